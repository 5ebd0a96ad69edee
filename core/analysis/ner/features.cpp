#include "analysis/ner/features.h"

#include "analysis/ner/korean_particles.h"
#include "analysis/ner/word_clusters.h"

#include <QChar>

#include <algorithm>

namespace newsmark::ner {

namespace {

enum CharClass : quint64 {
    Space = 1,
    Hangul,
    Jamo,
    Upper,
    Lower,
    Digit,
    Han,
    Punct,
    Other,
    Padding
};

constexpr char16_t kBefore = 0x0002;
constexpr char16_t kAfter = 0x0003;
constexpr quint64 kNone = 0x9e3779b97f4a7c15ULL;

quint64 charClass(char16_t c)
{
    if (c == kBefore || c == kAfter)
        return Padding;
    if (isHangulSyllable(c))
        return Hangul;
    if (c >= 0x3131 && c <= 0x318E)
        return Jamo;
    if (c >= u'A' && c <= u'Z')
        return Upper;
    if (c >= u'a' && c <= u'z')
        return Lower;
    if (c >= u'0' && c <= u'9')
        return Digit;
    if (c >= 0x4E00 && c <= 0x9FFF)
        return Han;
    const QChar qc(c);
    if (qc.isSpace())
        return Space;
    if (qc.isPunct() || qc.isSymbol())
        return Punct;
    if (qc.isDigit())
        return Digit;
    if (qc.isUpper())
        return Upper;
    if (qc.isLetter())
        return Lower;
    return Other;
}

// Digits collapse to '0' so that "2016년" and "1998년" share their n-grams.
char16_t normalized(char16_t c)
{
    return (c >= u'0' && c <= u'9') ? u'0' : c;
}

// A cheap, well-mixed hash: each value is folded in with a multiply, and the result goes through
// the splitmix64 finalizer so that the model may take any of its bits.
struct Hasher
{
    quint64 h;
    explicit Hasher(quint64 feature)
        : h(feature * 0xff51afd7ed558ccdULL + 0x632be59bd9b4e5ULL)
    { }
    Hasher &operator<<(quint64 v)
    {
        h = (h ^ v) * 0x100000001b3ULL + 0x9e3779b9ULL;
        h ^= h >> 29;
        return *this;
    }
    [[nodiscard]] quint64 done() const
    {
        quint64 z = h;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
};

quint64 hashRange(QStringView text, qsizetype from, qsizetype to)
{
    if (from >= to)
        return kNone;
    Hasher h(0xabc);
    for (qsizetype i = from; i < to; ++i)
        h << normalized(text[i].unicode());
    return h.done();
}

struct Eojeol
{
    qsizetype start = 0;
    qsizetype end = 0;
    qsizetype stemEnd = 0; // where the particle begins
    quint64 stem = kNone;
    quint64 particle = kNone;
    quint64 prefix = kNone;
    quint64 suffix = kNone;
    quint64 head = kNone; // first two characters, for the next eojeol's titles (회장, 대표)
    quint64 tail = kNone;
    quint64 lastOfStem = kNone;
    WordClusters::Ids cluster = {kNoCluster, kNoCluster, kNoCluster};
};

} // namespace

std::vector<EojeolRange> splitEojeols(QStringView text)
{
    std::vector<EojeolRange> words;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        const quint64 cls = charClass(text[i].unicode());
        if (cls == Space) {
            ++i;
            continue;
        }
        EojeolRange w;
        w.start = i;
        if (cls == Punct) {
            ++i;
        } else {
            while (i < n) {
                const quint64 next = charClass(text[i].unicode());
                if (next == Space || next == Punct)
                    break;
                ++i;
            }
        }
        w.end = i;
        w.stemEnd = w.end - particleSuffixLength(text.mid(w.start, w.end - w.start));
        words.push_back(w);
    }
    return words;
}

quint64 stemKey(QStringView stem)
{
    return hashRange(stem, 0, stem.size());
}

void extractFeatures(QStringView text, const std::vector<quint8> &gazetteerTags,
                     const std::vector<quint8> &lexiconTags, const WordClusters *clusters,
                     std::vector<quint64> &out)
{
    const qsizetype n = text.size();
    out.resize(size_t(n) * kFeaturesPerPosition);
    if (n == 0)
        return;

    // Padded copies: index p + 2 is position p. These and the eojeols below are kept per thread
    // rather than allocated for every line.
    thread_local std::vector<char16_t> c;
    thread_local std::vector<quint64> cls;
    c.resize(size_t(n) + 4);
    cls.resize(size_t(n) + 4);
    c[0] = c[1] = kBefore;
    c[size_t(n) + 2] = c[size_t(n) + 3] = kAfter;
    for (qsizetype i = 0; i < n; ++i)
        c[size_t(i) + 2] = normalized(text[i].unicode());
    for (size_t i = 0; i < c.size(); ++i)
        cls[i] = charClass(c[i]);
    // Character classes learnt from unlabeled text (the padding has none).
    thread_local std::vector<WordClusters::Ids> cc;
    cc.assign(c.size(), {kNoCluster, kNoCluster, kNoCluster});
    if (clusters && clusters->characterCount() > 0) {
        for (size_t i = 2; i < size_t(n) + 2; ++i)
            cc[i] = clusters->findCharacter(c[i]);
    }
    auto gaz = [&](qsizetype i) -> quint64 {
        if (i < 0 || i >= n || gazetteerTags.empty())
            return 99;
        return gazetteerTags[size_t(i)];
    };
    auto lex = [&](qsizetype i) -> quint64 {
        if (i < 0 || i >= n || lexiconTags.empty())
            return 99;
        return lexiconTags[size_t(i)];
    };

    // Eojeols, and for every position the index of its eojeol (-1 on spaces).
    thread_local std::vector<Eojeol> words;
    thread_local std::vector<int> wordOf;
    words.clear();
    wordOf.assign(size_t(n), -1);
    for (const EojeolRange &range : splitEojeols(text)) {
        Eojeol w;
        w.start = range.start;
        w.end = range.end;
        w.stemEnd = range.stemEnd;
        w.stem = hashRange(text, w.start, w.stemEnd);
        w.particle = hashRange(text, w.stemEnd, w.end);
        w.prefix = hashRange(text, w.start, std::min(w.start + 2, w.stemEnd));
        w.suffix = hashRange(text, std::max(w.start, w.stemEnd - 2), w.stemEnd);
        w.head = hashRange(text, w.start, std::min(w.start + 2, w.end));
        w.tail = hashRange(text, std::max(w.start, w.end - 2), w.end);
        w.lastOfStem = hashRange(text, std::max(w.start, w.stemEnd - 1), w.stemEnd);
        if (clusters)
            w.cluster = clusters->find(w.stem);
        for (qsizetype k = w.start; k < w.end; ++k)
            wordOf[size_t(k)] = int(words.size());
        words.push_back(w);
    }

    for (qsizetype i = 0; i < n; ++i) {
        const size_t p = size_t(i) + 2;
        quint64 *f = out.data() + size_t(i) * kFeaturesPerPosition;
        const int wi = wordOf[size_t(i)];
        const Eojeol none;
        const Eojeol &w = wi >= 0 ? words[size_t(wi)] : none;
        const Eojeol &prev = wi > 0 ? words[size_t(wi) - 1] : none;
        const Eojeol &next =
                (wi >= 0 && size_t(wi) + 1 < words.size()) ? words[size_t(wi) + 1] : none;
        // Where the character stands in its eojeol: 0 single, 1 first, 2 middle, 3 last, 4 space.
        quint64 pos = 4;
        quint64 fromStart = 0, toEnd = 0;
        // 0 stem (not its last), 1 last of the stem, 2 inside the particle, 3 space
        quint64 role = 3;
        if (wi >= 0) {
            const qsizetype len = w.end - w.start;
            pos = len == 1 ? 0 : (i == w.start ? 1 : (i == w.end - 1 ? 3 : 2));
            fromStart = quint64(std::min<qsizetype>(i - w.start, 4));
            toEnd = quint64(std::min<qsizetype>(w.end - 1 - i, 4));
            role = i >= w.stemEnd ? 2 : (i == w.stemEnd - 1 ? 1 : 0);
        }
        const quint64 g = gaz(i);
        int k = 0;
        f[k++] = Hasher(1).done();
        for (int d = -2; d <= 2; ++d)
            f[k++] = (Hasher(2 + quint64(d + 2)) << c[p + size_t(d)]).done();
        f[k++] = (Hasher(10) << c[p - 2] << c[p - 1]).done();
        f[k++] = (Hasher(11) << c[p - 1] << c[p]).done();
        f[k++] = (Hasher(12) << c[p] << c[p + 1]).done();
        f[k++] = (Hasher(13) << c[p + 1] << c[p + 2]).done();
        f[k++] = (Hasher(14) << c[p - 2] << c[p - 1] << c[p]).done();
        f[k++] = (Hasher(15) << c[p - 1] << c[p] << c[p + 1]).done();
        f[k++] = (Hasher(16) << c[p] << c[p + 1] << c[p + 2]).done();
        f[k++] = (Hasher(17) << c[p - 1] << c[p + 1]).done();
        f[k++] = (Hasher(18) << cls[p - 1] << cls[p] << cls[p + 1]).done();
        f[k++] = (Hasher(19) << cls[p - 2] << cls[p - 1] << cls[p] << cls[p + 1] << cls[p + 2])
                         .done();
        f[k++] = (Hasher(20) << c[p] << pos).done();
        f[k++] = (Hasher(21) << c[p] << fromStart).done();
        f[k++] = (Hasher(22) << c[p] << toEnd).done();
        f[k++] = (Hasher(23) << c[p] << role).done();
        f[k++] = (Hasher(24) << w.stem << pos).done();
        f[k++] = (Hasher(25) << w.stem << role << fromStart).done();
        f[k++] = (Hasher(26) << w.particle << role).done();
        f[k++] = (Hasher(27) << w.particle << c[p] << role).done();
        f[k++] = (Hasher(28) << w.prefix << pos).done();
        f[k++] = (Hasher(29) << w.suffix << role).done();
        f[k++] = (Hasher(30) << prev.stem << pos).done();
        f[k++] = (Hasher(31) << next.stem << pos).done();
        f[k++] = (Hasher(32) << next.head << role).done();
        f[k++] = (Hasher(33) << prev.tail << pos).done();
        f[k++] = (Hasher(34) << quint64(std::min<qsizetype>(w.end - w.start, 8)) << pos << cls[p])
                         .done();
        f[k++] = (Hasher(35) << g).done();
        f[k++] = (Hasher(36) << g << pos).done();
        f[k++] = (Hasher(37) << gaz(i - 1) << g << gaz(i + 1)).done();
        f[k++] = (Hasher(38) << w.stem << next.head).done();
        f[k++] = (Hasher(39) << prev.stem << w.stem << role).done();
        f[k++] = (Hasher(40) << lex(i)).done();
        f[k++] = (Hasher(41) << lex(i) << pos << g).done();
        f[k++] = (Hasher(42) << lex(i - 1) << lex(i) << lex(i + 1)).done();
        // Distributional classes: coarse and fine for this eojeol, middle for its neighbours.
        f[k++] = (Hasher(43) << w.cluster[0] << pos).done();
        f[k++] = (Hasher(44) << w.cluster[1] << role << fromStart).done();
        f[k++] = (Hasher(45) << w.cluster[2] << pos).done();
        f[k++] = (Hasher(46) << prev.cluster[1] << pos).done();
        f[k++] = (Hasher(47) << next.cluster[1] << pos).done();
        f[k++] = (Hasher(48) << prev.cluster[0] << w.cluster[0] << next.cluster[0] << role).done();
        f[k++] = (Hasher(50) << cc[p][1] << pos).done();
        f[k++] = (Hasher(51) << cc[p - 1][1] << cc[p][1] << cc[p + 1][1]).done();
        f[k++] = (Hasher(52) << cc[p][2] << c[p - 1]).done();
        f[k++] = (Hasher(53) << cc[p - 2][0] << cc[p - 1][0] << cc[p][0] << cc[p + 1][0]
                             << cc[p + 2][0])
                         .done();
        // The stem's last syllable: 시, 군, 행 (은행), 자 (전자) …
        f[k++] = (Hasher(49) << w.lastOfStem << role).done();
        Q_ASSERT(k == kFeaturesPerPosition);
    }
}

} // namespace newsmark::ner
