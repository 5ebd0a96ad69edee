#!/usr/bin/env python3
"""Scores what newsmark-cli prints for the amounts in real sentences against hand annotation.

    python3 score_amounts.py NEWSMARK_CLI [DIR]          # DIR holds sentences.jsonl, gold.tsv
    python3 score_amounts.py NEWSMARK_CLI [DIR] --errors dev   # also list the dev part's misses
    python3 score_amounts.py NEWSMARK_CLI [DIR] --draft        # the CLI's amounts as gold lines
    python3 score_amounts.py NEWSMARK_CLI --min-exact 97 --min-qualifiers 90   # ctest: exit 1 below

gold.tsv: one amount a line, `id<TAB>span text<TAB>KIND<TAB>normalized JSON` (KIND MONEY, PERCENT
or QUANTITY; the JSON exactly as `analyze --jsonl` prints it, without start/end/type/text); a
gold amounts are listed in reading order and each is found after the one before it. A gold amount is
exact when the CLI prints a span with the same start, end, type and normalized keys and values.
A printed amount that overlaps no gold amount is counted as spurious.
"""
import argparse
import collections
import json
import os
import subprocess
import sys

KINDS = ('MONEY', 'PERCENT', 'QUANTITY')
SKIP = {'start', 'end', 'type', 'text'}


def load(directory):
    sentences = [json.loads(l) for l in open(os.path.join(directory, 'sentences.jsonl'),
                                             encoding='utf-8')]
    gold = collections.defaultdict(list)
    for n, line in enumerate(open(os.path.join(directory, 'gold.tsv'), encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line or line.startswith('#'):
            continue
        sid, text, kind, value = line.split('\t')
        assert kind in KINDS, f'gold.tsv:{n}: kind {kind}'
        gold[sid].append((text, kind, json.loads(value), n))
    return sentences, gold


def analyze(cli, sentences):
    lines = ''.join(json.dumps({'id': s['id'], 'text': s['text']}, ensure_ascii=False) + '\n'
                    for s in sentences)
    out = subprocess.run([cli, 'analyze', '--jsonl', '-'], input=lines.encode(),
                         capture_output=True, check=True).stdout.decode()
    found = {}
    for line in out.splitlines():
        o = json.loads(line)
        found[o['id']] = [sp for sp in o['spans'] if sp['type'] in KINDS]
    return found


def placed(sentence, amounts):
    """Gold amounts with their code point offsets: each is looked for after the one before it
    (gold.tsv lists them in reading order), so "8천만원" after "235억8천만원" is the second one."""
    text, after, result = sentence['text'], 0, []
    for span, kind, value, n in amounts:
        start = text.find(span, after)
        assert start >= 0, f'gold.tsv:{n}: "{span}" not in {sentence["id"]} after {after}'
        after = start + len(span)
        result.append({'start': start, 'end': start + len(span), 'type': kind, 'text': span,
                       'value': value})
    return result


def strip(span):
    return {k: v for k, v in span.items() if k not in SKIP}


def main():
    parser = argparse.ArgumentParser(description='Scores newsmark-cli on the amounts in gold.tsv.')
    parser.add_argument('cli')
    parser.add_argument('dir', nargs='?', default=os.path.dirname(os.path.abspath(__file__)))
    parser.add_argument('--errors', metavar='PART', help='list the misses of PART (dev, heldout …)')
    parser.add_argument('--draft', action='store_true')
    parser.add_argument('--min-exact', type=float, metavar='PERCENT',
                        help='exit 1 when the exact share of any part is below PERCENT')
    parser.add_argument('--min-qualifiers', type=float, metavar='PERCENT',
                        help='exit 1 when the exact share of qualified amounts of any part is '
                             'below PERCENT')
    args = parser.parse_args()
    sentences, gold = load(args.dir)
    parts = list(dict.fromkeys(s['part'] for s in sorted(sentences, key=lambda s: s['part'] != 'dev')))
    found = analyze(args.cli, sentences)
    if args.draft:
        for s in sentences:
            for sp in found.get(s['id'], []):
                print(f"{s['id']}\t{sp['text']}\t{sp['type']}\t"
                      f"{json.dumps(strip(sp), ensure_ascii=False, sort_keys=True)}")
        return
    show = args.errors
    table = collections.defaultdict(lambda: [0, 0])
    spurious = collections.Counter()
    for s in sentences:
        part = s['part']
        golds = placed(s, gold.get(s['id'], []))
        preds = found.get(s['id'], [])
        for g in golds:
            ok = any(p['start'] == g['start'] and p['end'] == g['end'] and p['type'] == g['type']
                     and strip(p) == g['value'] for p in preds)
            keys = [(part, g['type']), (part, 'all')]
            if 'qualifier' in g['value']:
                keys.append((part, 'qualifier'))
            for k in keys:
                table[k][0] += ok
                table[k][1] += 1
            if not ok and show == part:
                near = [f"{p['text']} {json.dumps(strip(p), ensure_ascii=False)}" for p in preds
                        if p['start'] < g['end'] and g['start'] < p['end']]
                print(f"MISS {s['id']} {g['type']} {g['text']} "
                      f"{json.dumps(g['value'], ensure_ascii=False)} <- {near}")
        for p in preds:
            if not any(p['start'] < g['end'] and g['start'] < p['end'] for g in golds):
                spurious[part] += 1
                if show == part:
                    print(f"SPURIOUS {s['id']} {p['text']} "
                          f"{json.dumps(strip(p), ensure_ascii=False)}  | {s['text']}")
    print('| part | money | percent | quantity | all amounts | with a qualifier | spurious |')
    print('|---|---|---|---|---|---|---|')
    for part in parts:
        cells = []
        for k in ('MONEY', 'PERCENT', 'QUANTITY', 'all', 'qualifier'):
            ok, n = table[(part, k)]
            cells.append(f'{ok}/{n} ({100 * ok / n:.1f}%)' if n else '-')
        print(f"| {part} | {' | '.join(cells)} | {spurious[part]} |")
    failed = False
    for key, floor, what in (('all', args.min_exact, 'exact'),
                             ('qualifier', args.min_qualifiers, 'of qualified amounts exact')):
        if floor is None:
            continue
        for part in parts:
            ok, n = table[(part, key)]
            if n and 100 * ok / n < floor:
                print(f'{part}: {100 * ok / n:.1f}% {what}, below {floor}%')
                failed = True
    if failed:
        sys.exit(1)


if __name__ == '__main__':
    main()
