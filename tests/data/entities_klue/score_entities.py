#!/usr/bin/env python3
"""Scores what newsmark-cli prints for entities against KLUE-NER, the way a reader sees them.

    python3 score_entities.py NEWSMARK_CLI [--data DIR]              # the held-out tenth
    python3 score_entities.py NEWSMARK_CLI --part train              # the nine training tenths
    python3 score_entities.py NEWSMARK_CLI --cv-fold 0/3             # part 0 of 3 of those
    python3 score_entities.py NEWSMARK_CLI --errors                  # also list misses, spurious
    python3 score_entities.py NEWSMARK_CLI --min-f1 79 --min-type OG=70 --min-type LC=70  # ctest

DIR (default ../shared/data/klue-ner beside the repository) holds klue-ner-train-labeled.jsonl.
The split is the trainer's (docs/ENTITIES.md): FNV-1a (32-bit) of the sentence id's UTF-8 bytes,
`% 10 == 0` held out. Nothing from KLUE is stored in the repository: the sentences are read from
DIR at test time and fed to `newsmark-cli analyze --jsonl -`.

--cv-fold K/N picks the training sentences whose position among them (file order) is K modulo N:
the trainer's --cv-fold part, to score a CLI built with that fold's model (docs/ENTITIES.md).

The app's kinds map to KLUE's six types: PERSON PS, ORG OG, LOCATION LC, DATE DT, TIME TI, and
MONEY, PERCENT, QUANTITY (the amount recogniser) and COUNT (the entity model's counts, ranks and
ages) QT. Entity-level exact match: a printed span is right when its start, end (code points) and
type equal a gold entity's. Exit 77 when DIR is absent (ctest skips), 1 below a floor.
"""
import argparse
import collections
import json
import os
import subprocess
import sys

KLUE_TYPE = {'PERSON': 'PS', 'ORG': 'OG', 'LOCATION': 'LC', 'DATE': 'DT', 'TIME': 'TI',
             'MONEY': 'QT', 'PERCENT': 'QT', 'QUANTITY': 'QT', 'COUNT': 'QT'}
TYPES = ('PS', 'LC', 'OG', 'DT', 'TI', 'QT')


def held_out(sentence_id):
    h = 2166136261
    for byte in sentence_id.encode('utf-8'):
        h ^= byte
        h = (h * 16777619) & 0xFFFFFFFF
    return h % 10 == 0


def analyze(cli, sentences, env=None):
    """The CLI's spans of each sentence as {id: {(start, end, KLUE type)}}; `env` replaces the
    environment (e.g. with NEWSMARK_NER_KO_MODEL for a fold's model)."""
    lines = ''.join(json.dumps({'id': s['id'], 'text': s['text']}, ensure_ascii=False) + '\n'
                    for s in sentences)
    out = subprocess.run([cli, 'analyze', '--jsonl', '-'], input=lines.encode(),
                         capture_output=True, check=True, env=env).stdout.decode()
    found = {}
    for line in out.splitlines():
        o = json.loads(line)
        found[o['id']] = {(sp['start'], sp['end'], KLUE_TYPE[sp['type']])
                          for sp in o['spans'] if sp['type'] in KLUE_TYPE}
    return found


def load_sentences(data, held_out_part, cv_fold=None):
    """The labeled sentences of one part: the held-out tenth, or the nine training tenths; with
    cv_fold 'K/N', part K of the training tenths. None when the data is absent."""
    path = os.path.join(data, 'klue-ner-train-labeled.jsonl')
    if not os.path.exists(path):
        print(f'skipped: {path} is absent')
        return None
    sentences = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
    want_held_out = held_out_part and not cv_fold
    sentences = [s for s in sentences if held_out(s['id']) == want_held_out]
    if cv_fold:
        k, n = (int(x) for x in cv_fold.split('/'))
        sentences = [s for i, s in enumerate(sentences) if i % n == k]
    return sentences


def score(tp, fp, fn):
    p = 100.0 * tp / (tp + fp) if tp + fp else 0.0
    r = 100.0 * tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default_data = os.path.normpath(os.path.join(here, '..', '..', '..', '..', 'shared', 'data',
                                                 'klue-ner'))
    parser = argparse.ArgumentParser(description='Scores newsmark-cli on KLUE-NER entities.')
    parser.add_argument('cli')
    parser.add_argument('--data', default=default_data)
    parser.add_argument('--part', choices=('heldout', 'train'), default='heldout')
    parser.add_argument('--cv-fold', metavar='K/N')
    parser.add_argument('--errors', action='store_true')
    parser.add_argument('--min-f1', type=float, metavar='F1', help='exit 1 when micro F1 is lower')
    parser.add_argument('--min-type', action='append', default=[], metavar='TYPE=F1',
                        help='exit 1 when that type\'s F1 is lower (repeatable)')
    args = parser.parse_args()
    sentences = load_sentences(args.data, args.part == 'heldout', args.cv_fold)
    if sentences is None:
        return 77
    found = analyze(args.cli, sentences)

    counts = collections.defaultdict(lambda: [0, 0, 0])  # tp, fp, fn
    for s in sentences:
        gold = {(e['start'], e['end'], e['type']) for e in s['entities'] if e['type'] in TYPES}
        guess = found.get(s['id'], set())
        for g in guess:
            counts[g[2]][0 if g in gold else 1] += 1
        for g in gold - guess:
            counts[g[2]][2] += 1
        if args.errors:
            text = s['text']
            for g in sorted(gold - guess):
                print(f"MISS     {g[2]} {text[g[0]:g[1]]}  | {text}")
            for g in sorted(guess - gold):
                print(f"SPURIOUS {g[2]} {text[g[0]:g[1]]}  | {text}")

    print(f'{len(sentences)} sentences ({args.cv_fold or args.part})')
    print('| type | precision | recall | F1 | gold |')
    print('|---|---|---|---|---|')
    f1 = {}
    for t in TYPES:
        tp, fp, fn = counts[t]
        p, r, f1[t] = score(tp, fp, fn)
        print(f'| {t} | {p:.2f} | {r:.2f} | {f1[t]:.2f} | {tp + fn} |')
    total = [sum(counts[t][i] for t in TYPES) for i in range(3)]
    p, r, micro = score(*total)
    print(f'| **micro** | **{p:.2f}** | **{r:.2f}** | **{micro:.2f}** | {total[0] + total[2]} |')

    failed = False
    if args.min_f1 is not None and micro < args.min_f1:
        print(f'micro F1 {micro:.2f} is below {args.min_f1}', file=sys.stderr)
        failed = True
    for floor in args.min_type:
        t, _, value = floor.partition('=')
        if f1.get(t, 0.0) < float(value):
            print(f'{t} F1 {f1.get(t, 0.0):.2f} is below {value}', file=sys.stderr)
            failed = True
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
