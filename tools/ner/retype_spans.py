#!/usr/bin/python3
"""A second stage that re-decides the type (PS, OG, LC or no name) of each person, organization
and place the app prints, measured by nested cross-validation over the 3-fold out-of-fold output
(docs/ENTITIES.md, "Span re-typer (seventh round)"). An experiment: nothing here ships.

    # 1. per fold K: the fold's model, its spans with marginals, the app's output (see the doc)
    python3 tools/ner/retype_spans.py collect CLI --fold K/3 --model /tmp/cv-K/ner-ko.bin \
        --predictions /tmp/pred-K.jsonl --out /tmp/oof-K.jsonl
    # 2. the re-typer, trained on two folds' spans (C, margin and dropping chosen by an inner
    #    cross-validation over those two folds' sentences), applied to the third; app-level
    #    P/R/F1 counted as score_entities.py counts them, before and after
    /usr/bin/python3 tools/ner/retype_spans.py evaluate /tmp/oof-0.jsonl /tmp/oof-1.jsonl \
        /tmp/oof-2.jsonl --lexicon /tmp/ner-ko-lexicon.tsv [--inner 4] \
        [--drop-groups surface,context] [--mode both|retype|drop] [--learner lr|gbt] [--cross] \
        [--unlabeled /tmp/unl-K.jsonl]
    # (for --unlabeled, per fold K: KLUE's unlabeled sentences as fold K's app tags them)
    python3 tools/ner/retype_spans.py tag-unlabeled CLI --model /tmp/cv-K/ner-ko.bin \
        --out /tmp/unl-K.jsonl

Feature groups (--drop-groups leaves some out): model (the model's own type for the same words),
marginals (forward-backward marginals of the CRF over the span: `--predictions FILE --marginals`),
surface (the span's text, first and last syllables, length, script), lexicon (mecab-ko-dic's
people/places and the gazetteer, for the span and its last word), context (particle, next words,
the clause's predicate, the previous word), sentence (the other names of the sentence, adjacent
names, the sentence's last word), stats (how often the span's particle, next word, predicate …
followed a gold PS, OG or LC in the training folds, each training sentence's own entities left
out: people teach which predicates take an agent).

`collect` runs with any python3; `evaluate` needs scikit-learn (Debian: python3-sklearn, hence
/usr/bin/python3). Nothing from KLUE is written into the repository: the JSONL files hold the
sentences and belong in /tmp.
"""
import argparse
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', '..', 'tests', 'data', 'entities_klue'))
import score_entities  # noqa: E402

NAME_TYPES = ('PS', 'OG', 'LC')
TYPES = score_entities.TYPES
# Marginal columns: O, then B/I for PS, LC, OG, DT, TI, QT (the model's label order).
MARGINAL_TYPES = ('PS', 'LC', 'OG', 'DT', 'TI', 'QT')
PUNCT = set(' \t,.!?;:·…"\'“”‘’()[]{}<>《》〈〉「」『』/~-')


# ---------------------------------------------------------------- collect

def app_spans(cli, model, sentences, types):
    """The app's spans of `types` (KLUE's) with a fold's model, as {id: [[start, end, type]]}
    in reading order: score_entities.analyze run with NEWSMARK_NER_KO_MODEL."""
    found = score_entities.analyze(cli, sentences, dict(os.environ, NEWSMARK_NER_KO_MODEL=model))
    return {sid: sorted([list(sp) for sp in spans if sp[2] in types])
            for sid, spans in found.items()}


def collect(args):
    data = args.data
    sentences = score_entities.load_sentences(data, False, args.fold)
    app = app_spans(args.cli, args.model, sentences, set(score_entities.KLUE_TYPE.values()))
    model = {}
    for line in open(args.predictions, encoding='utf-8'):
        o = json.loads(line)
        model[o['id']] = o
    with open(args.out, 'w', encoding='utf-8') as f:
        for s in sentences:
            m = model.get(s['id'], {})
            f.write(json.dumps({
                'id': s['id'], 'fold': args.fold, 'text': s['text'],
                'gold': [[e['start'], e['end'], e['type']] for e in s['entities']],
                'app': app.get(s['id'], []),
                'model': [[sp['start'], sp['end'], sp['type']] for sp in m.get('spans', [])],
                'marginals': m.get('marginals'),
            }, ensure_ascii=False) + '\n')
    print(f'{len(sentences)} sentences of fold {args.fold} written to {args.out}')
    return 0


def tag_unlabeled(args):
    """KLUE's unlabeled sentences as the app with fold K's model tags them (its PS, OG, LC as
    `gold`), for `evaluate --unlabeled`."""
    path = os.path.join(args.data, 'klue-ner-train-raw-sentences.jsonl')
    sentences = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
    spans = app_spans(args.cli, args.model, sentences, {'PS', 'OG', 'LC'})
    with open(args.out, 'w', encoding='utf-8') as f:
        for s in sentences:
            f.write(json.dumps({'id': 'unlabeled-' + str(s['id']), 'text': s['text'],
                                'gold': spans.get(s['id'], [])}, ensure_ascii=False) + '\n')
    print(f'{len(sentences)} sentences, {sum(map(len, spans.values()))} names, to {args.out}')
    return 0


# ---------------------------------------------------------------- features

def load_lexicon(path):
    lexicon = collections.defaultdict(set)
    if path:
        for line in open(path, encoding='utf-8'):
            if line.startswith('#'):
                continue
            parts = line.rstrip('\n').split('\t')
            if len(parts) >= 2:
                lexicon[parts[0]].add(parts[1])
    return lexicon


def load_gazetteer(root):
    gazetteer = collections.defaultdict(set)
    for name in ('organizations', 'public_bodies', 'places'):
        path = os.path.join(root, 'resources', 'gazetteer', name + '.tsv')
        for line in open(path, encoding='utf-8'):
            if line.startswith('#') or not line.strip():
                continue
            parts = line.rstrip('\n').split('\t')
            kind = parts[1] + (':common' if len(parts) > 3 and 'common' in parts[3] else '')
            gazetteer[parts[0]].add(kind)
    return gazetteer


def eojeols(text):
    """(start, end) of each run of characters that are neither spaces nor punctuation."""
    out, start = [], None
    for i, c in enumerate(text + ' '):
        if c in PUNCT or c.isspace():
            if start is not None:
                out.append((start, i))
                start = None
        elif start is None:
            start = i
    return out


CLAUSE_ENDS = ('다', '며', '고', '면서', '지만', '는데', '해', '서', '나', '자', '면', '도록', '라고',
               '다고', '냐')


def is_predicate(word):
    return any(word.endswith(e) for e in CLAUSE_ENDS) and len(word) >= 2


def script(s):
    kinds = set()
    for c in s:
        if '가' <= c <= '힣':
            kinds.add('H')
        elif c.isascii() and c.isalpha():
            kinds.add('L')
        elif c.isdigit():
            kinds.add('D')
        elif c.isspace():
            kinds.add('S')
        else:
            kinds.add('O')
    return ''.join(sorted(kinds))


def context_keys(text, words, start, end):
    """What follows a span: its particle, the next word's head, the clause predicate's head and
    tail (the first word on that ends like a predicate, at most eight words on)."""
    idx = next((i for i, (a, b) in enumerate(words) if a < end <= b), None)
    if idx is None:
        return {}
    rest = text[end:words[idx][1]]
    keys = {'part': rest}
    nxt = words[idx + 1:]
    if nxt:
        keys['n1h'] = text[nxt[0][0]:nxt[0][1]][:2]
    for a, b in nxt[:8]:
        w = text[a:b]
        if is_predicate(w):
            keys['ph'] = w[:2]
            keys['pt'] = w[-2:]
            keys['pp'] = rest + '|' + w[:2]
            break
    first = next((i for i, (a, b) in enumerate(words) if a <= start < b), idx)
    if first is not None and first > 0:
        a, b = words[first - 1]
        keys['p1t'] = text[a:b][-2:]
    return keys


class ContextStats:
    """How often each context (particle, predicate head …) follows a gold PS, OG or LC in the
    training sentences: people teach which predicates take an agent, which no list of places
    can. A sentence's own entities are left out of its features (jackknife)."""

    def __init__(self, sentences):
        self.total = collections.defaultdict(collections.Counter)
        self.own = {}
        for sent in sentences:
            words = eojeols(sent['text'])
            mine = collections.defaultdict(collections.Counter)
            for g in sent['gold']:
                if g[2] in NAME_TYPES:
                    for kind, value in context_keys(sent['text'], words, g[0], g[1]).items():
                        mine[(kind, value)][g[2]] += 1
            for key, c in mine.items():
                self.total[key].update(c)
            self.own[sent['id']] = mine
        prior = collections.Counter()
        for key, c in self.total.items():
            if key[0] == 'part':
                prior.update(c)
        n = sum(prior.values()) or 1
        self.prior = {t: prior[t] / n for t in NAME_TYPES}

    def features(self, sent, keys, alpha=2.0):
        f = {}
        own = self.own.get(sent['id'], {})
        for kind, value in keys.items():
            c = collections.Counter(self.total.get((kind, value), {}))
            c.subtract(own.get((kind, value), {}))
            n = sum(c.values())
            for t in NAME_TYPES:
                p = (c[t] + alpha * self.prior[t]) / (n + alpha)
                f[f'stat_{kind}={t}'] = p - self.prior[t]
        return f


def span_features(sent, span, words, lexicon, gazetteer, groups, stats=None, ustats=None):
    """A dict of features of one printed span."""
    text = sent['text']
    start, end, app_type = span
    surface = text[start:end]
    f = {'bias': 1.0, 'app=' + app_type: 1.0}

    if 'model' in groups:
        exact = [m[2] for m in sent['model'] if m[0] == start and m[1] == end]
        f['model=' + (exact[0] if exact else 'none')] = 1.0
        over = {m[2] for m in sent['model'] if m[0] < end and start < m[1]}
        for t in over:
            f['model_over=' + t] = 1.0
        if exact and exact[0] != app_type:
            f['model_differs'] = 1.0
    if 'marginals' in groups and sent.get('marginals'):
        rows = sent['marginals'][start:end]
        n = max(1, len(rows))
        for k, t in enumerate(MARGINAL_TYPES):
            p = sum(r[1 + 2 * k] + r[2 + 2 * k] for r in rows) / n
            f['marg=' + t] = p
            if rows:
                f['margB=' + t] = rows[0][1 + 2 * k]
        f['marg=O'] = sum(r[0] for r in rows) / n
        k = MARGINAL_TYPES.index(app_type)
        f['marg_app'] = sum(r[1 + 2 * k] + r[2 + 2 * k] for r in rows) / n
        # Does the model's mass run on past the span (a longer name)?
        if end < len(sent['marginals']):
            nxt = sent['marginals'][end]
            f['marg_continues'] = sum(nxt[2 + 2 * k] for k in range(len(MARGINAL_TYPES)))
    if 'surface' in groups:
        f['w=' + surface] = 1.0
        f['last1=' + surface[-1:]] = 1.0
        f['last2=' + surface[-2:]] = 1.0
        f['first1=' + surface[:1]] = 1.0
        f['len=' + str(min(len(surface.replace(' ', '')), 8))] = 1.0
        f['script=' + script(surface)] = 1.0
        f['words=' + str(min(surface.count(' ') + 1, 4))] = 1.0
        last_word = surface.split(' ')[-1]
        f['lastword_last1=' + last_word[-1:]] = 1.0
    if 'lexicon' in groups:
        for kind in lexicon.get(surface, ()):
            f['lex=' + kind] = 1.0
        for kind in gazetteer.get(surface, ()):
            f['gaz=' + kind] = 1.0
        last_word = surface.split(' ')[-1]
        if last_word != surface:
            for kind in lexicon.get(last_word, ()):
                f['lex_last=' + kind] = 1.0
            for kind in gazetteer.get(last_word, ()):
                f['gaz_last=' + kind] = 1.0
        if not lexicon.get(surface) and not gazetteer.get(surface):
            f['unlisted'] = 1.0
    if 'context' in groups:
        # The eojeol holding the span's end, its rest (the particle), the words on to the
        # clause's predicate, the word before.
        idx = next((i for i, (a, b) in enumerate(words) if a < end <= b), None)
        first = next((i for i, (a, b) in enumerate(words) if a <= start < b), idx)
        if idx is not None:
            rest = text[end:words[idx][1]]
            f['part=' + rest] = 1.0
            f['part=' + rest + '|' + app_type] = 1.0
            after = text[words[idx][1]:words[idx][1] + 1]
            f['after_char=' + (after if after else '$')] = 1.0
            if after == '(':
                close = text.find(')', words[idx][1])
                inner = text[words[idx][1] + 1:close] if close > 0 else ''
                f['bracket_after'] = 1.0
                for kind in gazetteer.get(inner, set()) | lexicon.get(inner, set()):
                    f['bracket_inner=' + kind] = 1.0
            if start > 0 and text[start - 1] == '(':
                f['in_bracket'] = 1.0
            nxt = words[idx + 1:]
            if nxt:
                w1 = text[nxt[0][0]:nxt[0][1]]
                f['n1=' + w1] = 1.0
                f['n1h=' + w1[:2]] = 1.0
                f['n1t=' + w1[-2:]] = 1.0
            if len(nxt) > 1:
                w2 = text[nxt[1][0]:nxt[1][1]]
                f['n2h=' + w2[:2]] = 1.0
            pred = None
            for a, b in nxt[:8]:
                w = text[a:b]
                f['bag=' + w[:2]] = 1.0
                if is_predicate(w):
                    pred = w
                    break
            if pred:
                f['pred_head=' + pred[:2]] = 1.0
                f['pred_tail=' + pred[-2:]] = 1.0
                f['pred_head=' + pred[:2] + '|part=' + rest] = 1.0
            else:
                f['pred=none'] = 1.0
            f['n_words_after=' + str(min(len(nxt), 5))] = 1.0
        if first is not None and first > 0:
            a, b = words[first - 1]
            w = text[a:b]
            f['p1=' + w] = 1.0
            f['p1t=' + w[-2:]] = 1.0
        elif first == 0:
            f['sentence_start'] = 1.0
    if 'stats' in groups and stats is not None:
        f.update(stats.features(sent, context_keys(text, words, start, end)))
    if ustats is not None:
        f.update({'u' + k: v for k, v in
                  ustats.features(sent, context_keys(text, words, start, end)).items()})
    if CROSS:
        for key in list(f):
            if key.startswith(('part=', 'pred_', 'n1', 'p1', 'stat_', 'bag=', 'after_char')):
                f['x' + app_type + ':' + key] = f[key]
    if 'sentence' in groups:
        others = [a for a in sent['app'] if a[2] in NAME_TYPES and (a[0], a[1]) != (start, end)]
        for a in others:
            f['other=' + a[2]] = 1.0
            if text[a[0]:a[1]] == surface:
                f['same_text_other=' + a[2]] = 1.0
        # an adjacent name before or after (미국 워싱턴, 서울 김포공항)
        for a in others:
            if a[1] == start - 1 and text[a[1]] == ' ':
                f['adj_before=' + a[2]] = 1.0
            if a[0] == end + 1 and text[end] == ' ':
                f['adj_after=' + a[2]] = 1.0
        f['sent_len=' + str(min(len(text) // 40, 4))] = 1.0
        last = words[-1] if words else None
        if last:
            w = text[last[0]:last[1]]
            f['sent_last=' + w[-2:]] = 1.0
    return f


def gold_label(sent, span):
    for g in sent['gold']:
        if g[0] == span[0] and g[1] == span[1]:
            return g[2] if g[2] in NAME_TYPES else 'NONE'
    return 'NONE'


USTATS = None  # ContextStats of the unlabeled sentences as the outer fold's app tagged them


def build(sentences, lexicon, gazetteer, groups, stats=None):
    """Rows (sentence index, span index, features, gold label) of every PS/OG/LC span."""
    rows = []
    for si, sent in enumerate(sentences):
        words = eojeols(sent['text'])
        for pi, span in enumerate(sent['app']):
            if span[2] in NAME_TYPES:
                rows.append((si, pi, span_features(sent, span, words, lexicon, gazetteer, groups,
                                                   stats, USTATS),
                             gold_label(sent, span)))
    return rows


# ---------------------------------------------------------------- scoring

def counts_of(sentences, decisions=None):
    """tp, fp, fn per type as score_entities.py counts them; `decisions` maps (sentence, span
    index) to a new type or None (dropped)."""
    counts = collections.defaultdict(lambda: [0, 0, 0])
    for si, s in enumerate(sentences):
        gold = {(g[0], g[1], g[2]) for g in s['gold'] if g[2] in TYPES}
        guess = set()
        for pi, a in enumerate(s['app']):
            t = a[2]
            if decisions is not None and (si, pi) in decisions:
                t = decisions[(si, pi)]
                if t is None:
                    continue
            guess.add((a[0], a[1], t))
        for g in guess:
            counts[g[2]][0 if g in gold else 1] += 1
        for g in gold - guess:
            counts[g[2]][2] += 1
    return counts


def f1_table(counts):
    out = {}
    for t in TYPES:
        out[t] = score_entities.score(*counts[t])
    total = [sum(counts[t][i] for t in TYPES) for i in range(3)]
    out['micro'] = score_entities.score(*total)
    return out


def add_counts(a, b):
    c = collections.defaultdict(lambda: [0, 0, 0])
    for src in (a, b):
        for t, v in src.items():
            for i in range(3):
                c[t][i] += v[i]
    return c


# ---------------------------------------------------------------- the re-typer

LEARNER = 'lr'


class DenseVectorizer:
    def __init__(self):
        from sklearn.feature_extraction import DictVectorizer
        self.vec = DictVectorizer(sparse=False)

    def fit_transform(self, dicts):
        x = self.vec.fit_transform(dicts)
        self.vocabulary_ = self.vec.vocabulary_
        return x

    def transform(self, dicts):
        return self.vec.transform(dicts)

    def get_feature_names_out(self):
        return self.vec.get_feature_names_out()


def train(rows, c):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    y = [r[3] for r in rows]
    if LEARNER == 'gbt':
        from sklearn.ensemble import HistGradientBoostingClassifier
        vec = DenseVectorizer()
        x = vec.fit_transform([r[2] for r in rows])
        # c picks the number of trees: 0.1 -> 50, 0.3 -> 100, 1 -> 200, 3 -> 400
        trees = {0.1: 50, 0.3: 100, 1.0: 200, 3.0: 400}[c]
        clf = HistGradientBoostingClassifier(learning_rate=0.05, max_iter=trees, max_depth=3,
                                             l2_regularization=1.0, random_state=0)
        clf.fit(x, y)
        return vec, clf
    vec = DictVectorizer()
    x = vec.fit_transform([r[2] for r in rows])
    clf = LogisticRegression(C=c, max_iter=2000, solver='lbfgs')
    clf.fit(x, y)
    return vec, clf


CROSS = False
MODE = 'both'  # 'retype': never drop; 'drop': only drop, never change a type


def decide(vec, clf, rows, margin, allow_drop):
    """(sentence, span) -> new type or None, where the re-typer's best class beats the app's
    type by more than `margin` in probability."""
    if not rows:
        return {}
    probs = clf.predict_proba(vec.transform([r[2] for r in rows]))
    classes = list(clf.classes_)
    decisions = {}
    for r, p in zip(rows, probs):
        app_type = next(k[4:] for k in r[2] if k.startswith('app='))
        scores = {c: p[i] for i, c in enumerate(classes)}
        if not allow_drop or MODE == 'retype':
            scores.pop('NONE', None)
        best = max(scores, key=scores.get)
        if MODE == 'drop' and best != 'NONE':
            continue
        if best != app_type and scores[best] - scores.get(app_type, 0.0) > margin:
            decisions[(r[0], r[1])] = None if best == 'NONE' else best
    return decisions


GRID_C = (0.1, 0.3, 1.0, 3.0)
GRID_MARGIN = (0.0, 0.1, 0.2, 0.4)
GRID_DROP = (False, True)


INNER = 4


def choose(parts, lexicon, gazetteer, groups, fixed=None):
    """Hyper-parameters by INNER-fold CV over the training parts' sentences (interleaved): the
    setting with the best pooled micro F1 (ties to the earlier, more conservative, setting)."""
    if fixed:
        return fixed
    if INNER == 2:
        inner = parts
    else:
        pooled = parts[0] + parts[1]
        inner = [[s for j, s in enumerate(pooled) if j % INNER == i] for i in range(INNER)]
    rest = [[s for j, q in enumerate(inner) if j != i for s in q] for i in range(len(inner))]
    rows = [build(inner[i], lexicon, gazetteer, groups, ContextStats(rest[i]))
            for i in range(len(inner))]
    train_rows = [build(rest[i], lexicon, gazetteer, groups, ContextStats(rest[i]))
                  for i in range(len(inner))]
    best, best_f1 = None, -1
    for c in GRID_C:
        models = [train(train_rows[i], c) for i in range(len(inner))]
        for drop in GRID_DROP:
            for margin in GRID_MARGIN:
                total = collections.defaultdict(lambda: [0, 0, 0])
                for i in range(len(inner)):
                    d = decide(*models[i], rows[i], margin, drop)
                    total = add_counts(total, counts_of(inner[i], d))
                f1 = f1_table(total)['micro'][2]
                if f1 > best_f1 + 1e-9:
                    best, best_f1 = (c, margin, drop), f1
    return best


def evaluate(args):
    root = os.path.normpath(os.path.join(HERE, '..', '..'))
    lexicon = load_lexicon(args.lexicon)
    gazetteer = load_gazetteer(root)
    folds = [[json.loads(l) for l in open(p, encoding='utf-8')] for p in args.files]
    groups = {'model', 'marginals', 'surface', 'lexicon', 'context', 'sentence', 'stats'}
    groups -= set(filter(None, args.drop_groups.split(',')))
    global MODE, GRID_DROP, INNER, CROSS, LEARNER
    LEARNER = args.learner
    MODE = args.mode
    INNER = args.inner
    CROSS = args.cross
    GRID_DROP = {'both': (False, True), 'retype': (False,), 'drop': (True,)}[MODE]
    fixed = None
    if args.fixed:
        c, margin, drop = args.fixed.split(',')
        fixed = (float(c), float(margin), drop == 'drop')
    print(f'feature groups: {",".join(sorted(groups))}; mode {MODE}')
    table = []
    changes = collections.Counter()
    weights_rows = []
    global USTATS
    for k, test in enumerate(folds):
        if args.unlabeled:
            # the unlabeled sentences as fold K's app tags them (its model never saw fold K)
            head, _, tail = args.unlabeled.rpartition('K')
            path = head + str(k) + tail
            USTATS = ContextStats([json.loads(l) for l in open(path, encoding='utf-8')])
        train_parts = [f for i, f in enumerate(folds) if i != k]
        c, margin, drop = choose(train_parts, lexicon, gazetteer, groups, fixed)
        stats = ContextStats(train_parts[0] + train_parts[1])
        rows = build(train_parts[0] + train_parts[1], lexicon, gazetteer, groups, stats)
        # sentence indices of the second part are offset in `rows`, harmless for training
        vec, clf = train(rows, c)
        test_rows = build(test, lexicon, gazetteer, groups, stats)
        d = decide(vec, clf, test_rows, margin, drop)
        before, after = f1_table(counts_of(test)), f1_table(counts_of(test, d))
        table.append((before, after))
        for (si, pi), t in d.items():
            span = test[si]['app'][pi]
            right_before = gold_label(test[si], span) == span[2]
            right_after = gold_label(test[si], span) == (t or 'NONE')
            changes[(span[2], t or 'drop', 'fixed' if right_after else
                     'broke' if right_before else 'still wrong')] += 1
        print(f'fold {k}: C={c} margin={margin} drop={drop}; {len(test_rows)} name spans, '
              f'{len(d)} changed; {len(rows)} training spans, {len(vec.vocabulary_)} features')
        weights_rows.append((vec, clf))
    print()
    print('| fold | micro before | micro after | PS before | PS after | OG before | OG after '
          '| LC before | LC after |')
    print('|---|---|---|---|---|---|---|---|---|')
    means = collections.defaultdict(float)
    for k, (b, a) in enumerate(table):
        cells = []
        for t in ('micro', 'PS', 'OG', 'LC'):
            cells += [f'{b[t][2]:.2f}', f'{a[t][2]:.2f}']
            means[t + 'b'] += b[t][2] / len(table)
            means[t + 'a'] += a[t][2] / len(table)
        print(f'| {k} | ' + ' | '.join(cells) + ' |')
    print('| **mean** | ' + ' | '.join(f'**{means[t + s]:.2f}**' for t in ('micro', 'PS', 'OG', 'LC')
                                        for s in 'ba') + ' |')
    for t in ('micro', 'PS', 'OG', 'LC'):
        print(f'{t}: {means[t + "a"] - means[t + "b"]:+.2f}', end='  ')
    print()
    for t in ('micro', 'PS', 'OG', 'LC'):
        pb = sum(b[t][0] for b, _ in table) / len(table)
        rb = sum(b[t][1] for b, _ in table) / len(table)
        pa = sum(a[t][0] for _, a in table) / len(table)
        ra = sum(a[t][1] for _, a in table) / len(table)
        print(f'{t} mean P/R: {pb:.2f}/{rb:.2f} -> {pa:.2f}/{ra:.2f}')
    print('\nchanges (app type -> new type, outcome): count')
    for key, n in sorted(changes.items(), key=lambda kv: -kv[1]):
        print(f'  {key[0]} -> {key[1]}, {key[2]}: {n}')
    if args.weights and LEARNER == 'lr':
        vec, clf = weights_rows[0]
        names = vec.get_feature_names_out()
        for ci, cls in enumerate(clf.classes_):
            order = clf.coef_[ci].argsort()
            print(f'\nfold 0, class {cls}: strongest features')
            print('  + ' + ', '.join(f'{names[j]} {clf.coef_[ci][j]:.2f}'
                                     for j in order[::-1][:args.weights]))
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    sub = parser.add_subparsers(dest='command', required=True)
    c = sub.add_parser('collect')
    c.add_argument('cli')
    c.add_argument('--data', default=os.path.normpath(os.path.join(
        HERE, '..', '..', '..', 'shared', 'data', 'klue-ner')))
    c.add_argument('--fold', required=True, metavar='K/3')
    c.add_argument('--model', required=True)
    c.add_argument('--predictions', required=True,
                   help='newsmark-ner-train --evaluate --predictions FILE --marginals')
    c.add_argument('--out', required=True)
    u = sub.add_parser('tag-unlabeled')
    u.add_argument('cli')
    u.add_argument('--data', default=c.get_default('data'))
    u.add_argument('--model', required=True)
    u.add_argument('--out', required=True)
    e = sub.add_parser('evaluate')
    e.add_argument('files', nargs=3, help='the three folds written by collect')
    e.add_argument('--lexicon', help='mecab-ko-dic names (update.sh writes them)')
    e.add_argument('--drop-groups', default='',
                   help='leave out feature groups: model,marginals,surface,lexicon,context,sentence,'
                        'stats')
    e.add_argument('--fixed', metavar='C,MARGIN,drop|keep',
                   help='fixed hyper-parameters instead of the inner cross-validation')
    e.add_argument('--mode', choices=('both', 'retype', 'drop'), default='both',
                   help='retype: change types only; drop: only drop spans; both (default)')
    e.add_argument('--unlabeled', metavar='FILE',
                   help='stats also from unlabeled sentences tagged by the outer fold\'s app '
                        '(JSONL id, text, gold = the app\'s PS/OG/LC; K in the name is the fold)')
    e.add_argument('--learner', choices=('lr', 'gbt'), default='lr')
    e.add_argument('--inner', type=int, default=4,
                   help='inner folds over the training folds\' sentences (2: the two folds as they are)')
    e.add_argument('--cross', action='store_true', help='context features crossed with the app type')
    e.add_argument('--weights', type=int, default=0, help='print the N strongest features')
    args = parser.parse_args()
    return {'collect': collect, 'tag-unlabeled': tag_unlabeled,
            'evaluate': evaluate}[args.command](args)


if __name__ == '__main__':
    sys.exit(main())
