#!/usr/bin/env python3
"""Breaks the app's entity errors on KLUE-NER down by class, and compares them with the model's.

    python3 error_analysis.py NEWSMARK_CLI [--data DIR] [--cv-fold K/3] [--model PREDICTIONS]
                              [--types OG,LC] [--examples N]

Scores what `newsmark-cli analyze --jsonl` prints (as score_entities.py does, same split and
type mapping) and sorts every gold entity it does not match exactly into:
  type      the same words under another type (OG read as LC …);
  boundary  the same type over other borders (with what was added or left out: a particle, 사,
            시, a nested place …);
  both      other borders and another type;
  miss      nothing printed over it;
and every printed span that matches no gold entity and overlaps none into `spurious`.

--model FILE reads the model's own spans (`newsmark-ner-train --evaluate --predictions FILE`,
with the same --cv-fold, and the fold's model) and shows, per type, the gold entities the model
got and the app lost, and the reverse, so that the app's constraints and repairs can be judged on
KLUE. Nothing from KLUE is written into the repository.
"""
import argparse
import collections
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score_entities  # noqa: E402


def classify(gold, guess, text):
    """The class of each missed gold entity, and the spurious guesses."""
    errors = []
    for g in sorted(gold - guess):
        over = [p for p in guess if p[0] < g[1] and g[0] < p[1]]
        same_span = [p for p in over if p[0] == g[0] and p[1] == g[1]]
        same_type = [p for p in over if p[2] == g[2]]
        if same_span:
            errors.append(('type', g, same_span[0], f'{g[2]}->{same_span[0][2]}'))
        elif same_type:
            p = same_type[0]
            errors.append(('boundary', g, p, border_note(g, p, text)))
        elif over:
            p = over[0]
            errors.append(('both', g, p, f'{g[2]}->{p[2]} ' + border_note(g, p, text)))
        else:
            errors.append(('miss', g, None, ''))
    for p in sorted(guess - gold):
        if not any(g[0] < p[1] and p[0] < g[1] for g in gold):
            errors.append(('spurious', None, p, ''))
    return errors


def border_note(g, p, text):
    notes = []
    if p[0] < g[0]:
        notes.append(f'+left "{text[p[0]:g[0]]}"')
    elif p[0] > g[0]:
        notes.append(f'-left "{text[g[0]:p[0]]}"')
    if p[1] > g[1]:
        notes.append(f'+right "{text[g[1]:p[1]]}"')
    elif p[1] < g[1]:
        notes.append(f'-right "{text[p[1]:g[1]]}"')
    return ' '.join(notes)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description='Entity error classes on KLUE-NER.')
    parser.add_argument('cli')
    parser.add_argument('--data', default=os.path.normpath(
        os.path.join(here, '..', '..', '..', '..', 'shared', 'data', 'klue-ner')))
    parser.add_argument('--cv-fold', metavar='K/N')
    parser.add_argument('--model', metavar='PREDICTIONS')
    parser.add_argument('--types', default='OG,LC')
    parser.add_argument('--examples', type=int, default=12)
    args = parser.parse_args()
    sentences = score_entities.load_sentences(args.data, not args.cv_fold, args.cv_fold)
    if sentences is None:
        return 77
    systems = {'app': score_entities.analyze(args.cli, sentences)}
    if args.model:
        model = {}
        for line in open(args.model, encoding='utf-8'):
            o = json.loads(line)
            model[o['id']] = {(sp['start'], sp['end'], sp['type']) for sp in o['spans']}
        systems['model'] = model
    types = args.types.split(',')

    for name, found in systems.items():
        classes = collections.defaultdict(collections.Counter)
        notes = collections.defaultdict(collections.Counter)
        examples = collections.defaultdict(list)
        for s in sentences:
            gold = {(e['start'], e['end'], e['type']) for e in s['entities']
                    if e['type'] in score_entities.TYPES}
            text = s['text']
            for cls, g, p, note in classify(gold, found.get(s['id'], set()), text):
                t = (g or p)[2]
                classes[t][cls] += 1
                if cls in ('type', 'boundary', 'both'):
                    notes[t][f'{cls}: {note}'] += 1
                shown = text[g[0]:g[1]] if g else ''
                if p:
                    shown += f' => {p[2]} "{text[p[0]:p[1]]}"'
                examples[(t, cls)].append(f'{shown}  | {text[:90]}')
        print(f'== {name}: errors by class ({len(sentences)} sentences, '
              f'{args.cv_fold or "held-out tenth"})')
        print('| type | type confusion | boundary | both | miss | spurious |')
        print('|---|---|---|---|---|---|')
        for t in score_entities.TYPES:
            c = classes[t]
            print(f"| {t} | {c['type']} | {c['boundary']} | {c['both']} | {c['miss']} "
                  f"| {c['spurious']} |")
        for t in types:
            print(f'-- {name} {t}: most frequent border and type notes')
            for note, count in notes[t].most_common(25):
                print(f'  {count:4d}  {note}')
            for cls in ('type', 'boundary', 'both', 'miss', 'spurious'):
                print(f'-- {name} {t} {cls}, examples')
                for line in examples[(t, cls)][:args.examples]:
                    print('   ', line)

    if 'model' in systems:
        print('== model against app, per gold entity (exact match)')
        print('| type | both right | model only | app only | neither |')
        print('|---|---|---|---|---|')
        lost = collections.defaultdict(list)
        won = collections.defaultdict(list)
        table = collections.defaultdict(collections.Counter)
        spurious = collections.defaultdict(collections.Counter)
        for s in sentences:
            gold = {(e['start'], e['end'], e['type']) for e in s['entities']
                    if e['type'] in score_entities.TYPES}
            app = systems['app'].get(s['id'], set())
            model = systems['model'].get(s['id'], set())
            text = s['text']
            for g in gold:
                key = (g in model, g in app)
                table[g[2]][key] += 1
                if key == (True, False):
                    shown = [f'{p[2]} "{text[p[0]:p[1]]}"' for p in app
                             if p[0] < g[1] and g[0] < p[1]]
                    lost[g[2]].append(f'{text[g[0]:g[1]]} => {shown}  | {text[:90]}')
                elif key == (False, True):
                    won[g[2]].append(f'{text[g[0]:g[1]]}  | {text[:90]}')
            for p in app - gold:
                spurious[p[2]]['app'] += 1
            for p in model - gold:
                spurious[p[2]]['model'] += 1
        for t in score_entities.TYPES:
            c = table[t]
            print(f'| {t} | {c[(True, True)]} | {c[(True, False)]} | {c[(False, True)]} '
                  f'| {c[(False, False)]} |')
        print('wrong spans printed (model / app):',
              ', '.join(f"{t} {spurious[t]['model']}/{spurious[t]['app']}"
                        for t in score_entities.TYPES))
        for t in types:
            print(f'-- {t}: the model right, the app wrong')
            for line in lost[t][:args.examples * 2]:
                print('   ', line)
            print(f'-- {t}: the app right, the model wrong')
            for line in won[t][:args.examples]:
                print('   ', line)
    return 0


if __name__ == '__main__':
    sys.exit(main())
