#!/usr/bin/env python3
"""Picks the real sentences of the amounts evaluation, reproducibly.

    python3 pick_sentences.py ../../../shared/data > sentences.jsonl

Korean: news sentences (source "wikitree") of KLUE-NER's unlabeled training set that hold a
number which is not plainly a date or a time; English: sentences of Wikigold with a digit next to
a currency sign, a scale word or a unit-like word. Both are shuffled with a fixed seed and the
first ones kept; each sentence is assigned to the development or the held-out part by its place
in that order (every third one is held out), before anything is annotated or scored. The sentences after the first ones form a second
held-out part ("heldout2"), all of it held out, and so on (LATER_PARTS).
"""
import json
import random
import re
import sys

SEED = 20261205
KOREAN_COUNT = 420
ENGLISH_COUNT = 40
# Later held-out parts, each picked and annotated before the recogniser was changed after it:
# the next sentences of the same shuffled orders, all held out (their README section says when
# and how each was annotated).
LATER_PARTS = (('heldout2', 150, 20), ('heldout3', 120, 20), ('heldout4', 150, 20),
               ('heldout5', 150, 20))

# A number (digits, or Hangul number words ending in a scale word) followed by anything but a
# date, a time, an age or a rank: 년 월 일 시 분 초 세 위 차 회 or a closing bracket (정모(36)씨).
NUMBER = re.compile(r'(?<![0-9A-Za-z.가-힣])([0-9][0-9,.]*|[일이삼사오육칠팔구십백천]+[만억조])\s?(\S)')
DATE_TIME = set('년월일시분초세위차회)·')


def korean(data_dir):
    picked = []
    with open(f'{data_dir}/klue-ner/klue-ner-train-raw-sentences.jsonl', encoding='utf-8') as f:
        for line in f:
            o = json.loads(line)
            if o['source'] != 'wikitree':
                continue
            text = o['text']
            if any(m.group(2) not in DATE_TIME and not re.fullmatch(r'(19|20)\d\d', m.group(1))
                   for m in NUMBER.finditer(text)):
                picked.append((o['id'], text))
    random.Random(SEED).shuffle(picked)
    return picked[:KOREAN_COUNT + sum(p[1] for p in LATER_PARTS)]


def english(data_dir):
    sentences, words, doc = [], [], 0
    with open(f'{data_dir}/english-ner/wikigold.conll.txt', encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if line.startswith('-DOCSTART-'):
                doc += 1
                continue
            if not line:
                if words:
                    sentences.append((f'wikigold_{len(sentences):05d}', detokenize(words)))
                words = []
                continue
            words.append(line.rsplit(' ', 1)[0])
    amount = re.compile(r'[$£€¥]\s?\d|\d[\d,.]*\s?(%|percent|million|billion|bn|m\b|km|'
                        r'pence|dollars|euros|pounds|[a-z]+s\b)')
    picked = [s for s in sentences if amount.search(s[1])]
    random.Random(SEED).shuffle(picked)
    return picked[:ENGLISH_COUNT + sum(p[2] for p in LATER_PARTS)]


def detokenize(words):
    text = ' '.join(words)
    text = re.sub(r' ([.,;:!?%)\]])', r'\1', text)
    text = re.sub(r'([(\[$£€]) ', r'\1', text)
    text = re.sub(r' (\'s|n\'t)\b', r'\1', text)
    return text


def main():
    data_dir = sys.argv[1] if len(sys.argv) > 1 else '../shared/data'
    for lang, rows, first, column in (('ko', korean(data_dir), KOREAN_COUNT, 1),
                                      ('en', english(data_dir), ENGLISH_COUNT, 2)):
        bounds, end = [], first
        for later in LATER_PARTS:
            end += later[column]
            bounds.append((end, later[0]))
        for i, (sid, text) in enumerate(rows):
            if i < first:
                part = 'heldout' if i % 3 == 2 else 'dev'
            else:
                part = next(name for end, name in bounds if i < end)
            print(json.dumps({'id': sid, 'lang': lang, 'part': part, 'text': text},
                             ensure_ascii=False))


if __name__ == '__main__':
    main()
