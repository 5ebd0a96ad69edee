#!/usr/bin/env python3
"""Mines a lexicon of likely organization and place names for the entity model's lexicon feature
(docs/ENTITIES.md, "Mined lexicon"), from text that carries no labels:

- KLUE-NER's unlabeled news sentences (klue-ner-train-raw-sentences.jsonl, source wikitree):
  words (particle stripped) ending in an organization suffix (전자, 그룹, 은행, 협회, 위원회,
  대학교 ... and, after at least two syllables, 당, 부, 청) or a place suffix (공항, 역, 항 and,
  after at least two syllables, 시, 군, 구, 도, 동, 읍, 면), seen at least MIN times;
- Debian's iso-codes: the Korean names of the ISO 3166-1 countries (package iso-codes, its
  Korean translation in /usr/share/locale/ko/LC_MESSAGES/iso_3166-1.mo).

The lines are `name<TAB>OG|LC`, the lexicon format the trainer and the runtime read. They are a
feature, not an answer: the model learns how far to trust them. The labeled sentences are never
read, so nothing about the held-out tenth goes in.

    python3 tools/ner/mine_lexicon.py --data ../shared/data/klue-ner > /tmp/mined.tsv
"""
import argparse
import collections
import gettext
import json
import os
import re
import sys

# The particles of core/analysis/ner/korean_particles.cpp, longest first when stripping.
PARTICLES = sorted("""이 가 은 는 을 를 의 에 에서 에게 께 께서 와 과 도 만 로 으로 로서 으로서 로써
부터 까지 이나 나 이며 며 이다 다 라고 이라고 라는 이라는 처럼 보다 한테 랑 이랑 조차 마저 뿐 에는
에서는 에도 에서도 으로는 로는 와의 과의 에서의 으로의 로의 에의 이었다 였다 이고 이란 란 이든 든
에게는 께서는 측은 측이 측의 측 이라며 라며 이지만 지만 엔 에선 으론 론 이야 야 이여 까지는 부터는
만의 도의 과는 와는 과도 와도 이자 인 으로부터 로부터 에게서""".split(), key=len, reverse=True)

ORG_SUFFIXES = ['전자', '그룹', '은행', '협회', '위원회', '공사', '공단', '대학교', '대학', '재단',
                '연구원', '연구소', '증권', '보험', '건설', '화학', '제약', '통신', '항공', '중공업',
                '홀딩스', '엔터테인먼트', '방송', '일보', '신문', '학회', '연맹', '노조', '조합',
                '병원', '법원', '경찰서', '경찰청', '교육청', '구청', '시청', '도청', '의회', '구단',
                '뉴스', '닷컴', '컴퍼니', '코리아', '스포츠', '기획', '산업', '모터스', '캐피탈']
ORG_SHORT = ['당', '부', '청']       # after at least two syllables: 새누리당, 교육부, 국세청
PLACE_SUFFIXES = ['공항', '역', '광장', '공원']
PLACE_SHORT = ['시', '군', '구', '도', '동', '읍', '섬', '항']
HANGUL = re.compile(r'^[가-힣A-Za-z]+$')
STRIP = '\'"‘’“”「」『』<>《》〈〉()[]{},.·!?…:;~'


def stem(word):
    word = word.strip(STRIP)
    for p in PARTICLES:
        if len(word) > len(p) + 1 and word.endswith(p):
            return word[:-len(p)]
    return word


def kind_of(word, common=frozenset()):
    if not HANGUL.match(word) or not re.search('[가-힣]', word):
        return None
    # 범행도구, 언론보도, 울산지역: the word ends in a common noun of its own (a two-syllable word
    # seen often alone), not in a suffix of names.
    if len(word) >= 3 and word[-2:] in common and word[-2:] not in ORG_SUFFIXES + PLACE_SUFFIXES:
        return None
    for suffixes, short, kind in ((ORG_SUFFIXES, ORG_SHORT, 'OG'),
                                  (PLACE_SUFFIXES, PLACE_SHORT, 'LC')):
        for s in suffixes:
            if word.endswith(s) and len(word) >= len(s) + 1:
                return kind
        for s in short:
            if word.endswith(s) and len(word) >= len(s) + 2:
                return kind
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--data', required=True)
    parser.add_argument('--min', type=int, default=2, help='occurrences a suffix word needs')
    parser.add_argument('--common', type=int, default=5,
                        help='occurrences alone that make a two-syllable word a common noun')
    parser.add_argument('--no-suffixes', action='store_true')
    parser.add_argument('--no-countries', action='store_true')
    args = parser.parse_args()
    names = {}
    if not args.no_suffixes:
        words = collections.Counter()
        for line in open(os.path.join(args.data, 'klue-ner-train-raw-sentences.jsonl'),
                         encoding='utf-8'):
            o = json.loads(line)
            if o.get('source') == 'wikitree':
                words.update(stem(word) for word in o['text'].split())
        common = frozenset(w for w, n in words.items() if len(w) == 2 and n >= args.common)
        for w, n in words.items():
            if n >= args.min and kind_of(w, common):
                names[w] = kind_of(w, common)
    if not args.no_countries:
        mo = '/usr/share/locale/ko/LC_MESSAGES/iso_3166-1.mo'
        codes = '/usr/share/iso-codes/json/iso_3166-1.json'
        if os.path.exists(mo) and os.path.exists(codes):
            korean = gettext.GNUTranslations(open(mo, 'rb'))
            for c in json.load(open(codes, encoding='utf-8'))['3166-1']:
                for key in ('name', 'common_name'):
                    if key in c:
                        name = korean.gettext(c[key])
                        if re.fullmatch('[가-힣 ]+', name) and len(name) >= 2:
                            names[name] = 'LC'
        else:
            print('iso-codes not installed: no country names', file=sys.stderr)
    for w in sorted(names):
        print(f'{w}\t{names[w]}')
    print(f'{len(names)} names', file=sys.stderr)


if __name__ == '__main__':
    main()
