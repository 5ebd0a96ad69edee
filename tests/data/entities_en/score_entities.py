#!/usr/bin/env python3
"""Scores what newsmark-cli finds in English news sentences against hand annotation.

    python3 score_entities.py NEWSMARK_CLI [--part test|test2|dev|all] # per-type table
    python3 score_entities.py NEWSMARK_CLI --part dev --errors        # also list the misses
    python3 score_entities.py NEWSMARK_CLI --part test --min-f1 70    # exit 1 below (ctest)

The parts are dev.txt, test.txt and test2.txt beside this script (README.md): one sentence a line, entities
written [TYPE words] with KLUE's types PS, OG, LC, DT, TI. The app's span kinds map to them
(PERSON → PS, ORG → OG, LOCATION → LC, DATE → DT, TIME → TI; amounts are not scored). Exact match
of start, end and type; micro over the five types.
"""
import argparse
import json
import os
import re
import subprocess
import sys

TYPES = ('PS', 'OG', 'LC', 'DT', 'TI')
KINDS = {'PERSON': 'PS', 'ORG': 'OG', 'LOCATION': 'LC', 'DATE': 'DT', 'TIME': 'TI'}
MARK = re.compile(r'\[(PS|OG|LC|DT|TI) ([^\[\]]+)\]')


def load(path):
    sentences = []
    for n, line in enumerate(open(path, encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line or line.startswith('#'):
            continue
        text, gold, last = '', set(), 0
        for m in MARK.finditer(line):
            text += line[last:m.start()]
            gold.add((len(text), len(text) + len(m.group(2)), m.group(1)))
            text += m.group(2)
            last = m.end()
        text += line[last:]
        assert '[' not in text and ']' not in text, f'{path}:{n}: stray bracket'
        sentences.append({'id': f'{os.path.basename(path)}:{n}', 'text': text, 'gold': gold})
    return sentences


def analyze(cli, sentences):
    lines = ''.join(json.dumps({'id': s['id'], 'text': s['text']}, ensure_ascii=False) + '\n'
                    for s in sentences)
    out = subprocess.run([cli, 'analyze', '--jsonl', '-'], input=lines.encode(),
                         capture_output=True, check=True).stdout.decode()
    found = {}
    for line in out.splitlines():
        o = json.loads(line)
        found[o['id']] = {(sp['start'], sp['end'], KINDS[sp['type']]) for sp in o['spans']
                          if sp['type'] in KINDS}
    return found


def f1(tp, fp, fn):
    p = 100.0 * tp / (tp + fp) if tp + fp else 0.0
    r = 100.0 * tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument('cli')
    ap.add_argument('--part', choices=('test', 'test2', 'dev', 'all'), default='test')
    ap.add_argument('--errors', action='store_true')
    ap.add_argument('--min-f1', type=float)
    args = ap.parse_args()
    parts = ('dev', 'test', 'test2') if args.part == 'all' else (args.part,)
    sentences = [s for p in parts for s in load(os.path.join(here, p + '.txt'))]
    found = analyze(args.cli, sentences)
    counts = {t: [0, 0, 0] for t in TYPES}
    for s in sentences:
        got = found.get(s['id'], set())
        for e in got & s['gold']:
            counts[e[2]][0] += 1
        for e in got - s['gold']:
            counts[e[2]][1] += 1
        for e in s['gold'] - got:
            counts[e[2]][2] += 1
        if args.errors and got != s['gold']:
            show = lambda es: ', '.join(f'{t} "{s["text"][a:b]}"' for a, b, t in sorted(es))
            print(s['id'], s['text'])
            print('   missed:', show(s['gold'] - got))
            print('   wrong: ', show(got - s['gold']))
    print(f'part: {args.part}, {len(sentences)} sentences')
    print('| type | precision | recall | F1 | gold |')
    print('|---|---|---|---|---|')
    for t in TYPES:
        tp, fp, fn = counts[t]
        p, r, f = f1(tp, fp, fn)
        print(f'| {t} | {p:.1f} | {r:.1f} | {f:.1f} | {tp + fn} |')
    tp, fp, fn = (sum(c[i] for c in counts.values()) for i in range(3))
    p, r, f = f1(tp, fp, fn)
    print(f'| **micro** | **{p:.1f}** | **{r:.1f}** | **{f:.1f}** | {tp + fn} |')
    if args.min_f1 is not None and f < args.min_f1:
        print(f'micro F1 {f:.1f} is below {args.min_f1}', file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
