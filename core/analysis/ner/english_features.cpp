#include "analysis/ner/english_features.h"

#include "analysis/ner/gazetteer.h"

#include <QChar>

#include <array>

namespace newsmark::ner {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

// "Mr.", "Inc.", "St.": the dot belongs to the word, not to the sentence.
bool isAbbreviation(QStringView word)
{
    static const char16_t *const abbreviations[] = {
            u"Mr",  u"Mrs", u"Ms",  u"Dr",  u"St",   u"Inc", u"Corp", u"Co",  u"Ltd", u"Jr",
            u"Sr",  u"Gen", u"Col", u"Lt",  u"Sgt",  u"Rev", u"Prof", u"Sen", u"Rep", u"Gov",
            u"Jan", u"Feb", u"Aug", u"Sep", u"Sept", u"Oct", u"Nov",  u"Dec", u"No",  u"vs"};
    if (word.size() == 1 && word[0].isUpper())
        return true;
    for (const char16_t *a : abbreviations) {
        if (word == QStringView(a))
            return true;
    }
    return false;
}

constexpr quint64 kPrime = 0x100000001b3ULL;

quint64 mix(quint64 h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

quint64 start(int slot)
{
    return 0xcbf29ce484222325ULL ^ (quint64(slot + 1) * 0x9e3779b97f4a7c15ULL);
}

quint64 add(quint64 h, char16_t c)
{
    return (h ^ c) * kPrime;
}

quint64 add(quint64 h, QStringView s)
{
    for (QChar c : s)
        h = add(h, c.unicode());
    return add(h, 0xffff);
}

quint64 addNumber(quint64 h, quint64 v)
{
    return (h ^ (v + 0x51ed27)) * kPrime;
}

// What a word looks like: upper X, lower x, digit d, other kept; runs collapsed ("Xx", "X.X.",
// "d,d").
struct WordInfo
{
    QStringView word;
    std::array<char16_t, 24> lower {};
    qsizetype lowerSize = 0;
    quint64 lowerHash = 0;
    quint64 shapeHash = 0;
    quint8 capitalisation = 0; // 0 lower, 1 Initial, 2 ALL, 3 mixed/other, 4 digits, 5 punctuation
    bool sentenceStart = false;
    quint8 listTag = 0;
    quint8 standardTag = 0;
};

quint8 capitalisationOf(QStringView w)
{
    bool upper = false, lower = false, digit = false, letter = false;
    for (QChar c : w) {
        upper |= c.isUpper();
        lower |= c.isLower();
        digit |= c.isDigit();
        letter |= c.isLetter();
    }
    if (!letter)
        return digit ? 4 : 5;
    if (!upper)
        return 0;
    if (!lower)
        return 2;
    if (w[0].isUpper()) {
        bool restLower = true;
        for (qsizetype i = 1; i < w.size(); ++i)
            restLower &= !w[i].isUpper();
        return restLower ? 1 : 3;
    }
    return 3;
}

WordInfo describe(QStringView text, EnglishToken token, bool sentenceStart, quint8 listTag,
                  quint8 standardTag)
{
    WordInfo info;
    info.word = text.mid(token.start, token.end - token.start);
    info.sentenceStart = sentenceStart;
    info.listTag = listTag;
    info.standardTag = standardTag;
    quint64 lowerHash = 0xcbf29ce484222325ULL, shapeHash = 0xcbf29ce484222325ULL;
    char16_t lastShape = 0;
    for (QChar c : info.word) {
        QChar l = c.toLower();
        if (l.isDigit())
            l = u'0';
        if (info.lowerSize < qsizetype(info.lower.size()))
            info.lower[size_t(info.lowerSize++)] = l.unicode();
        lowerHash = add(lowerHash, l.unicode());
        const char16_t shape = c.isUpper() ? u'X'
                : c.isLower()              ? u'x'
                : c.isDigit()              ? u'd'
                                           : c.unicode();
        if (shape != lastShape)
            shapeHash = add(shapeHash, shape);
        lastShape = shape;
    }
    info.lowerHash = mix(lowerHash);
    info.shapeHash = mix(shapeHash);
    info.capitalisation = capitalisationOf(info.word);
    return info;
}

bool endsSentence(QStringView word)
{
    return word == u"." || word == u"!" || word == u"?" || word == u":" || word == u";";
}

} // namespace

std::vector<EnglishToken> tokenizeEnglish(QStringView text)
{
    std::vector<EnglishToken> tokens;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (!isWordChar(c)) {
            // A possessive "'s" is a token of its own, as in CoNLL.
            if (isApostrophe(c) && i + 1 < n && (text[i + 1] == u's' || text[i + 1] == u'S')
                && (i + 2 == n || !isWordChar(text[i + 2])) && i > 0 && isWordChar(text[i - 1])) {
                tokens.push_back({i, i + 2});
                i += 2;
                continue;
            }
            tokens.push_back({i, i + 1});
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < n) {
            const QChar e = text[end];
            if (isWordChar(e)) {
                ++end;
                continue;
            }
            const bool nextIsWord = end + 1 < n && isWordChar(text[end + 1]);
            if ((e == u'-' || e == u'&' || e == u'.') && nextIsWord) {
                ++end;
                continue;
            }
            if (e == u',' && nextIsWord && text[end - 1].isDigit() && text[end + 1].isDigit()) {
                ++end;
                continue;
            }
            // "O'Leary" goes on, "Sainsbury's" stops before its "'s".
            if (isApostrophe(e) && nextIsWord
                && !((text[end + 1] == u's' || text[end + 1] == u'S')
                     && (end + 2 == n || !isWordChar(text[end + 2])))) {
                ++end;
                continue;
            }
            break;
        }
        if (end < n && text[end] == u'.') {
            const QStringView word = text.mid(i, end - i);
            if (isAbbreviation(word) || word.contains(u'.'))
                ++end;
        }
        tokens.push_back({i, end});
        i = end;
    }
    return tokens;
}

void extractEnglishFeatures(QStringView text, const std::vector<EnglishToken> &tokens,
                            const Gazetteer &lists, const Gazetteer &standard,
                            std::vector<quint64> &out)
{
    const size_t count = tokens.size();
    out.resize(count * kEnglishFeaturesPerWord);
    if (count == 0)
        return;
    const std::vector<quint8> listTags = lists.tags(text);
    const std::vector<quint8> standardTags = standard.tags(text);
    std::vector<WordInfo> words;
    words.reserve(count + 4);
    for (size_t t = 0; t < count; ++t) {
        const bool first = t == 0
                || endsSentence(text.mid(tokens[t - 1].start,
                                         tokens[t - 1].end - tokens[t - 1].start))
                || (t == 1 && text[tokens[0].start] == u'"');
        words.push_back(describe(text, tokens[t], first, listTags[size_t(tokens[t].start)],
                                 standardTags[size_t(tokens[t].start)]));
    }
    // Neighbours beyond the sentence: fixed "none" values.
    WordInfo none;
    none.lowerHash = mix(0x1234);
    none.shapeHash = mix(0x5678);
    none.capitalisation = 6;
    auto at = [&](qsizetype t) -> const WordInfo & {
        return t < 0 || t >= qsizetype(count) ? none : words[size_t(t)];
    };
    for (size_t t = 0; t < count; ++t) {
        const WordInfo &w = words[t];
        const WordInfo &p1 = at(qsizetype(t) - 1), &p2 = at(qsizetype(t) - 2);
        const WordInfo &n1 = at(qsizetype(t) + 1), &n2 = at(qsizetype(t) + 2);
        const QStringView lower(w.lower.data(), w.lowerSize);
        quint64 *f = out.data() + t * kEnglishFeaturesPerWord;
        int slot = 0;
        auto put = [&](quint64 h) { f[slot++] = mix(h); };
        put(start(0));
        put(addNumber(start(1), w.lowerHash));
        put(add(start(2), w.word));
        put(addNumber(start(3), w.shapeHash));
        put(add(start(4), lower.left(2)));
        put(add(start(5), lower.left(3)));
        put(add(start(6), lower.right(2)));
        put(add(start(7), lower.right(3)));
        put(add(start(8), lower.right(4)));
        put(addNumber(start(9), w.capitalisation * 2 + w.sentenceStart));
        put(addNumber(start(10), p1.lowerHash));
        put(addNumber(start(11), n1.lowerHash));
        put(addNumber(start(12), p2.lowerHash));
        put(addNumber(start(13), n2.lowerHash));
        put(addNumber(addNumber(start(14), p1.shapeHash), w.shapeHash));
        put(addNumber(addNumber(start(15), w.shapeHash), n1.shapeHash));
        put(addNumber(addNumber(start(16), p1.lowerHash), w.shapeHash));
        put(addNumber(addNumber(start(17), w.shapeHash), n1.lowerHash));
        put(addNumber(start(18), w.listTag));
        put(addNumber(addNumber(start(19), p1.listTag), n1.listTag));
        put(addNumber(start(20), w.standardTag));
        put(addNumber(start(21),
                      quint64(std::min<qsizetype>(w.word.size(), 12)) * 8 + w.capitalisation));
        put(addNumber(addNumber(start(22), w.lowerHash), n1.lowerHash));
        put(addNumber(addNumber(start(23), p1.lowerHash), w.lowerHash));
        put(addNumber(start(24),
                      quint64(p1.capitalisation) * 64 + w.capitalisation * 8 + n1.capitalisation));
        put(addNumber(addNumber(start(25), p2.lowerHash), p1.lowerHash));
        put(addNumber(addNumber(start(26), n1.lowerHash), n2.lowerHash));
        put(addNumber(addNumber(start(27), w.listTag * 16 + w.standardTag), w.capitalisation));
        Q_ASSERT(slot == kEnglishFeaturesPerWord);
    }
}

} // namespace newsmark::ner
