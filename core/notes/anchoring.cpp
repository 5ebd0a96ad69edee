#include "notes/anchoring.h"

#include "analysis/span.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace newsmark::anchoring {

namespace {

bool splitsPair(QStringView text, qsizetype at)
{
    return at > 0 && at < text.size() && text.at(at).isLowSurrogate()
            && text.at(at - 1).isHighSurrogate();
}

// How many UTF-16 units the last `points` code points before `at` take.
qsizetype unitsBefore(QStringView text, qsizetype at, qsizetype points)
{
    qsizetype i = at;
    for (qsizetype n = 0; n < points && i > 0; ++n) {
        --i;
        if (splitsPair(text, i))
            --i;
    }
    return at - i;
}

qsizetype unitsAfter(QStringView text, qsizetype at, qsizetype points)
{
    return utf16Offset(text.mid(at), points);
}

// Code points of agreement between the stored context and the text around an occurrence.
qsizetype contextScore(QStringView text, qsizetype start, qsizetype end, const TextQuote &quote)
{
    qsizetype score = 0;
    const QStringView before = text.left(start);
    const QStringView prefix(quote.prefix);
    while (score < prefix.size() && score < before.size()
           && prefix.at(prefix.size() - 1 - score) == before.at(before.size() - 1 - score))
        ++score;
    const QStringView after = text.mid(end);
    const QStringView suffix(quote.suffix);
    qsizetype tail = 0;
    while (tail < suffix.size() && tail < after.size() && suffix.at(tail) == after.at(tail))
        ++tail;
    return score + tail;
}

qsizetype distanceTo(qsizetype position, std::optional<qsizetype> hint)
{
    return hint ? qAbs(position - *hint) : position;
}

std::vector<char32_t> codePoints(QStringView text)
{
    std::vector<char32_t> out;
    out.reserve(size_t(text.size()));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out.push_back(QChar::surrogateToUcs4(c, text.at(i + 1)));
            ++i;
        } else {
            out.push_back(c.unicode());
        }
    }
    return out;
}

// UTF-16 offset of every code point boundary: index i is where code point i begins.
std::vector<qsizetype> boundaries(QStringView text)
{
    std::vector<qsizetype> out;
    out.reserve(size_t(text.size()) + 1);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!splitsPair(text, i))
            out.push_back(i);
    }
    out.push_back(text.size());
    return out;
}

bool isSpace(QChar c)
{
    return c.isSpace();
}

} // namespace

bool isValidRange(QStringView text, qsizetype start, qsizetype end)
{
    return start >= 0 && start < end && end <= text.size() && !splitsPair(text, start)
            && !splitsPair(text, end);
}

TextQuote quoteAt(QStringView text, qsizetype start, qsizetype end)
{
    const qsizetype before = unitsBefore(text, start, kContextLength);
    const qsizetype after = unitsAfter(text, end, kContextLength);
    return TextQuote {text.mid(start, end - start).toString(),
                      text.mid(start - before, before).toString(), text.mid(end, after).toString()};
}

bool quotesMatch(QStringView canonical, QStringView reported)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < canonical.size() && j < reported.size()) {
        const bool spaceA = isSpace(canonical.at(i));
        const bool spaceB = isSpace(reported.at(j));
        if (spaceA != spaceB)
            return false;
        if (spaceA) {
            while (i < canonical.size() && isSpace(canonical.at(i)))
                ++i;
            while (j < reported.size() && isSpace(reported.at(j)))
                ++j;
            continue;
        }
        if (canonical.at(i) != reported.at(j))
            return false;
        ++i;
        ++j;
    }
    return i == canonical.size() && j == reported.size();
}

qsizetype findOccurrence(QStringView text, QStringView quote, int occurrence)
{
    if (quote.isEmpty() || occurrence < 1)
        return -1;
    qsizetype at = -1;
    for (int n = 0; n < occurrence; ++n) {
        at = text.indexOf(quote, at + 1);
        if (at < 0)
            return -1;
    }
    return at;
}

int countOccurrences(QStringView text, QStringView quote)
{
    if (quote.isEmpty())
        return 0;
    int count = 0;
    for (qsizetype at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1))
        ++count;
    return count;
}

AnchorMatch bestFuzzyMatch(QStringView text, QStringView pattern, std::optional<qsizetype> hint)
{
    const std::vector<char32_t> p = codePoints(pattern);
    const qsizetype m = qsizetype(p.size());
    if (m < kFuzzyMinLength)
        return {};
    const auto maxDistance = qsizetype(double(m) * kFuzzyMaxErrorRate);

    // Past the budget, search a window around where the note was: a long quote in a long
    // article moves by edits near it, rarely by a whole article's length.
    QStringView window = text;
    qsizetype windowStart = 0;
    if (m * codePointOffset(text, text.size()) > kFuzzyMaxCells) {
        const qsizetype reach = 2 * m + 1000;
        const qsizetype centre = hint ? codePointOffset(text, *hint) : 0;
        const qsizetype from = utf16Offset(text, qMax<qsizetype>(0, centre - reach));
        const qsizetype to = utf16Offset(text, centre + reach);
        windowStart = from;
        window = text.mid(from, to - from);
    }
    const std::vector<char32_t> t = codePoints(window);
    const std::vector<qsizetype> at = boundaries(window);

    // Sellers' algorithm: edit distance of the pattern against a substring ending at each text
    // position, with a free start; `from` carries where that cheapest substring began.
    std::vector<qsizetype> cost(size_t(m) + 1);
    std::vector<qsizetype> from(size_t(m) + 1);
    for (qsizetype i = 0; i <= m; ++i) {
        cost[size_t(i)] = i;
        from[size_t(i)] = 0;
    }
    AnchorMatch best;
    qsizetype bestDistance = std::numeric_limits<qsizetype>::max();
    for (qsizetype j = 1; j <= qsizetype(t.size()); ++j) {
        qsizetype diagCost = cost[0];
        qsizetype diagFrom = from[0];
        cost[0] = 0;
        from[0] = j;
        for (qsizetype i = 1; i <= m; ++i) {
            const qsizetype upCost = cost[size_t(i)];
            const qsizetype upFrom = from[size_t(i)];
            qsizetype c = diagCost + (p[size_t(i - 1)] == t[size_t(j - 1)] ? 0 : 1);
            qsizetype f = diagFrom;
            if (upCost + 1 < c) {
                c = upCost + 1;
                f = upFrom;
            }
            if (cost[size_t(i - 1)] + 1 < c) {
                c = cost[size_t(i - 1)] + 1;
                f = from[size_t(i - 1)];
            }
            diagCost = upCost;
            diagFrom = upFrom;
            cost[size_t(i)] = c;
            from[size_t(i)] = f;
        }
        const qsizetype d = cost[size_t(m)];
        if (d > maxDistance || d > bestDistance)
            continue;
        const qsizetype start = windowStart + at[size_t(from[size_t(m)])];
        const qsizetype end = windowStart + at[size_t(j)];
        if (start >= end)
            continue;
        if (d < bestDistance || distanceTo(start, hint) < distanceTo(best.start, hint)) {
            bestDistance = d;
            best = AnchorMatch {AnchorState::Fuzzy, start, end, d};
        }
    }
    return best;
}

AnchorMatch anchorQuote(QStringView text, const TextQuote &quote, std::optional<qsizetype> hint)
{
    const QStringView exact(quote.exact);
    if (exact.isEmpty())
        return {};

    AnchorMatch best;
    qsizetype bestScore = -1;
    for (qsizetype at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
        const qsizetype end = at + exact.size();
        if (!isValidRange(text, at, end))
            continue;
        const qsizetype score = contextScore(text, at, end, quote);
        if (score > bestScore
            || (score == bestScore && distanceTo(at, hint) < distanceTo(best.start, hint))) {
            bestScore = score;
            best = AnchorMatch {AnchorState::Moved, at, end, 0};
        }
    }
    if (best.isPlaced()) {
        // Without a hint (a quote typed on the command line) the first fit is as exact as it gets.
        if (!hint || best.start == *hint)
            best.state = AnchorState::Exact;
        return best;
    }
    return bestFuzzyMatch(text, exact, hint);
}

} // namespace newsmark::anchoring
