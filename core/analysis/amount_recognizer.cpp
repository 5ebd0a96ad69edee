#include "analysis/amount_recognizer.h"

#include "analysis/amount.h"
#include "analysis/amount_lexicon.h"
#include "analysis/korean_numbers.h"

#include <algorithm>
#include <iterator>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace newsmark {

namespace {

using namespace amount_lexicon;

enum class UnitKind { None, Currency, Percent, Counter, Noun };

// A number with what is written right after it: a scale word, 여, a unit.
struct Core
{
    qsizetype numberEnd = 0;
    qsizetype end = 0;
    Decimal value;
    int koreanScale = 0;
    int englishScale = 0;
    bool wordsOnly = false; // 오백만: Hangul number words without a digit
    bool approx = false; // 100여명
    UnitKind unitKind = UnitKind::None;
    LexiconValue unit;

    [[nodiscard]] int scale() const { return koreanScale ? koreanScale : englishScale; }
};

bool isTilde(QChar c)
{
    return c == u'~' || c == u'∼' || c == u'〜' || c == u'～';
}

bool isDash(QChar c)
{
    return c == u'-' || c == u'–';
}

bool endsInHangul(QStringView text, qsizetype end)
{
    return end > 0 && isHangulSyllable(text[end - 1]);
}

// A Korean word may only end where a particle, a space or punctuation follows.
bool boundaryOk(QStringView text, qsizetype end)
{
    return !endsInHangul(text, end) || end >= text.size() || mayEndKoreanAmountBefore(text[end]);
}

qsizetype alnumRunEnd(QStringView text, qsizetype i)
{
    while (i < text.size() && (isAsciiDigit(text[i]) || isAsciiLetter(text[i])))
        ++i;
    return i;
}

// What comes right before the digit at i makes it part of a name, version or list: HBM3E, S25,
// v2.0, 1,2; "제3" is an ordinal.
bool contextRejects(QStringView text, qsizetype i)
{
    if (i == 0)
        return false;
    const QChar p = text[i - 1];
    if (isAsciiLetter(p) || isAsciiDigit(p) || p == u'.' || p == u'_' || p == u'/' || p == u':'
        || p == u'#' || p == u'@')
        return true;
    if ((p == u',' || isDash(p)) && i >= 2
        && (isAsciiDigit(text[i - 2]) || isAsciiLetter(text[i - 2])))
        return true;
    return p == u'제' && (i < 2 || !isHangulSyllable(text[i - 2]));
}

// The shape of the digit token at i: times (11:30), dates (2025.6.28, 6/28) and phone numbers
// (02-123-4567, 010-1234-5678) are not amounts. `skip` is where the token ends.
bool shapeRejects(QStringView text, qsizetype i, qsizetype *skip)
{
    const qsizetype n = text.size();
    qsizetype j = i;
    int dots = 0;
    int dashes = 0;
    bool colonOrSlash = false;
    while (j < n) {
        const QChar c = text[j];
        if (isAsciiDigit(c)) {
            ++j;
            continue;
        }
        if (j + 1 >= n || !isAsciiDigit(text[j + 1]))
            break;
        if (c == u'.')
            ++dots;
        else if (c == u'-')
            ++dashes;
        else if (c == u':' || c == u'/')
            colonOrSlash = true;
        else if (c != u',')
            break;
        ++j;
    }
    *skip = j;
    return colonOrSlash || dots > 1 || dashes > 1 || (dashes == 1 && text[i] == u'0');
}

// "2025 sales" reads as a year, not 2,025 sales.
bool looksLikeYear(QStringView digits)
{
    if (digits.size() != 4)
        return false;
    for (QChar c : digits) {
        if (!isAsciiDigit(c))
            return false;
    }
    return digits.front() == u'1' || digits.front() == u'2';
}

bool counterFits(const Core &c, QStringView counter)
{
    const bool integer = c.value.isInteger() && !c.scale();
    // "20대" is people in their twenties, "2주" two weeks far more often than two shares.
    if (counter == u"대" && integer) {
        for (int tens = 10; tens < 100; tens += 10) {
            if (c.value == Decimal::fromInteger(tens))
                return false;
        }
    }
    return !(counter == u"주" && c.value < Decimal::fromInteger(100));
}

std::optional<Core> parseCore(QStringView text, qsizetype s, bool currencyBefore)
{
    KoreanNumber number;
    const bool found = readKoreanNumber(
            text, s,
            [](QStringView t, qsizetype p) {
                return p < t.size() && isHangulSyllable(t[p])
                        && (currencyAfter(t, p).has_value() || counterAfter(t, p).has_value());
            },
            number);
    if (!found)
        return std::nullopt;
    const KoreanNumber *const num = &number;
    Core c;
    c.value = num->value;
    c.koreanScale = num->topScale;
    c.wordsOnly = !num->hasDigits;
    if (c.wordsOnly && !num->topScale && !num->hasSmallScale)
        return std::nullopt;
    qsizetype pos = num->end;
    c.numberEnd = pos;
    if (num->hasDigits && !num->topScale && !num->hasSmallScale) {
        if (const auto es = englishScaleAfter(text, pos, currencyBefore)) {
            const auto v = c.value.shifted(es->exponent);
            if (!v)
                return std::nullopt;
            c.value = *v;
            c.englishScale = es->exponent;
            pos = es->end;
        }
    }
    if (pos < text.size() && text[pos] == u'여' && !c.englishScale
        && (counterAfter(text, pos + 1) || currencyAfter(text, pos + 1))) {
        c.approx = true;
        ++pos;
    }
    auto accept = [&](const std::optional<LexiconMatch> &m, UnitKind kind) {
        if (!m || !boundaryOk(text, m->end))
            return false;
        c.unitKind = kind;
        c.unit = m->value;
        pos = m->end;
        return true;
    };
    if (unitMayStartAt(text, pos) && !accept(percentAfter(text, pos), UnitKind::Percent)
        && !accept(currencyAfter(text, pos), UnitKind::Currency) && !currencyBefore) {
        const auto counter = counterAfter(text, pos);
        if (!(counter && counterFits(c, counter->value.view())
              && accept(counter, UnitKind::Counter))
            && !c.wordsOnly && !c.koreanScale
            && !(looksLikeYear(text.mid(s, num->end - s)) && !c.englishScale))
            accept(nounAfter(text, pos), UnitKind::Noun);
    }
    c.end = pos;
    return c;
}

// Joins "150~250억 달러", "100억~200억달러", "$15 billion to $25 billion": the unit is shared and
// so is the scale when only the second number carries it.
bool mergeRange(Core &first, const Core &second, Decimal *low)
{
    if (first.unitKind != UnitKind::None && second.unitKind != UnitKind::None
        && (first.unitKind != second.unitKind || first.unit != second.unit))
        return false;
    if (first.unitKind == UnitKind::None && second.unitKind == UnitKind::None && !second.scale())
        return false;
    Decimal lo = first.value;
    if (!first.scale() && second.scale()) {
        const auto shifted = lo.shifted(second.scale());
        if (!shifted)
            return false;
        lo = *shifted;
    }
    if (lo > second.value)
        return false;
    *low = lo;
    first.value = second.value;
    if (first.unitKind == UnitKind::None) {
        first.unitKind = second.unitKind;
        first.unit = second.unit;
    }
    first.koreanScale = std::max(first.koreanScale, second.koreanScale);
    first.englishScale = std::max(first.englishScale, second.englishScale);
    first.approx = first.approx || second.approx;
    first.end = second.end;
    return true;
}

class Scanner
{
public:
    explicit Scanner(QStringView text)
        : m_text(text)
    { }

    QList<Span> run();

private:
    // Appends the amount that opens at s, if one does.
    bool amountAt(qsizetype s, qsizetype floor, qsizetype *resume, QList<Span> &spans) const;
    std::optional<Core> rangeEnd(const Core &first, bool currencyFirst, Decimal *low) const;

    QStringView m_text;
};

std::optional<Core> Scanner::rangeEnd(const Core &first, bool currencyFirst, Decimal *low) const
{
    const QStringView text = m_text;
    const qsizetype n = text.size();
    const qsizetype p = first.end;
    qsizetype next = -1;
    const qsizetype t = p + 1 < n && isSpace(text[p]) && isTilde(text[p + 1]) ? p + 1 : p;
    if (t < n && isTilde(text[t]))
        next = t + 1 < n && isSpace(text[t + 1]) ? t + 2 : t + 1;
    else if (p < n && isDash(text[p]))
        next = p + 1;
    else if (p + 4 <= n && text[p] == u' ' && text[p + 1] == u't' && text[p + 2] == u'o'
             && text[p + 3] == u' ') // " to ", compared in place: this runs after every number
        next = p + 4;
    if (next < 0 || next >= n)
        return std::nullopt;
    // The second number may repeat the currency symbol: "$15 billion to $25 billion".
    qsizetype digit = next;
    while (digit < n && digit < next + 4 && !isAsciiDigit(text[digit]))
        ++digit;
    if (digit >= n || !isAsciiDigit(text[digit]))
        return std::nullopt;
    const auto symbol = digit > next ? currencyBefore(text, digit) : std::nullopt;
    if (digit > next && (!symbol || symbol->start != next))
        return std::nullopt;
    qsizetype skip = 0;
    if (shapeRejects(text, digit, &skip))
        return std::nullopt;
    auto second = parseCore(text, digit, symbol || currencyFirst);
    if (!second)
        return std::nullopt;
    if (symbol && second->unitKind == UnitKind::None) {
        second->unitKind = UnitKind::Currency;
        second->unit = symbol->value;
    }
    Core merged = first;
    if (!mergeRange(merged, *second, low))
        return std::nullopt;
    return merged;
}

bool Scanner::amountAt(qsizetype s, qsizetype floor, qsizetype *resume, QList<Span> &spans) const
{
    const QStringView text = m_text;
    const qsizetype n = text.size();
    *resume = s + 1;
    const bool digit = isAsciiDigit(text[s]);
    if (digit) {
        qsizetype skip = s + 1;
        if (contextRejects(text, s)) {
            *resume = alnumRunEnd(text, s);
            return false;
        }
        if (shapeRejects(text, s, &skip)) {
            *resume = alnumRunEnd(text, skip);
            return false;
        }
    }
    const auto symbol = digit ? currencyBefore(text, s) : std::nullopt;
    auto core = parseCore(text, s, symbol.has_value());
    if (!core)
        return false;
    *resume = std::max(core->numberEnd, s + 1);
    qsizetype start = s;
    if (symbol && core->unitKind != UnitKind::Percent) {
        start = symbol->start;
        if (core->unitKind == UnitKind::None) {
            core->unitKind = UnitKind::Currency;
            core->unit = symbol->value;
        }
    }

    std::optional<Decimal> low;
    Decimal lowValue;
    if (auto merged = rangeEnd(*core, symbol.has_value(), &lowValue)) {
        core = merged;
        low = lowValue;
    }
    if (core->unitKind == UnitKind::None && (core->wordsOnly || !core->scale()))
        return false;

    AmountQualifier qualifier = core->approx ? AmountQualifier::Approx : AmountQualifier::None;
    qsizetype end = core->end;
    const bool unitTakesDae = core->unitKind == UnitKind::Currency
            || core->unitKind == UnitKind::Percent
            || (core->unitKind == UnitKind::Counter && core->unit.view() != u"대");
    if (unitTakesDae && end < n && text[end] == u'대' && boundaryOk(text, end + 1)) {
        qualifier = AmountQualifier::Approx; // 9천억원대: in the 900-billion range
        ++end;
    } else if (const auto after = qualifierAfter(text, end);
               after && boundaryOk(text, after->end)) {
        qualifier = after->qualifier;
        end = after->end;
    } else if (end + 2 < n && (text[end] == u'이' || text[end] == u'가') && isSpace(text[end + 1])
               && text[end + 2] == u'넘') {
        qualifier = AmountQualifier::MoreThan; // 100억원이 넘는: the particle stays outside
    }
    if (!boundaryOk(text, end))
        return false;

    bool negative = false;
    if (core->unitKind == UnitKind::Percent && start > 0 && start == s) {
        const QChar sign = text[start - 1];
        const bool minus = sign == u'-' || sign == u'−' || sign == u'△' || sign == u'▽';
        if ((minus || sign == u'+' || sign == u'▲')
            && (start < 2 || !(isAsciiDigit(text[start - 2]) || isAsciiLetter(text[start - 2])))) {
            negative = minus;
            --start;
        }
    }
    if (const auto before = qualifierBefore(text, start); before && before->start >= floor) {
        if (qualifier == AmountQualifier::None)
            qualifier = before->qualifier;
        start = before->start;
    }
    start = std::max(start, floor);

    // Built in its place in the list: a Span is some 200 bytes, and news has one every few
    // sentences.
    Span &span = spans.emplaceBack();
    span.start = start;
    span.end = end;
    Amount &amount = span.amount.emplace();
    amount.kind = core->unitKind == UnitKind::Currency
            ? SpanKind::Money
            : (core->unitKind == UnitKind::Percent ? SpanKind::Percent : SpanKind::Quantity);
    auto signed_ = [negative](const Decimal &d) {
        return negative ? Decimal().subtracted(d).value_or(d) : d;
    };
    if (low) {
        amount.min = signed_(*low);
        amount.max = signed_(core->value);
        if (negative)
            std::swap(amount.min, amount.max);
    } else {
        amount.value = signed_(core->value);
    }
    if (core->unitKind == UnitKind::Currency)
        amount.currency = core->unit.toString();
    else
        amount.unit = core->unit.toString();
    amount.qualifier = qualifier;
    *resume = end;
    span.kind = amount.kind;
    return true;
}

// The syllables that may open a Korean number: 일 .. 구, 십, 백, 천, 만.
constexpr char16_t kOpenerSyllables[] = u"일이삼사오육칠팔구십백천만";
constexpr int kOpenerCount = int(std::size(kOpenerSyllables)) - 1;

// Whether a Korean number word may open an amount here: 만, 십, 백, 천 at the start of a word,
// and 일 .. 구 only before a scale word (이 회장, 일본, 사과 stop at once).
bool hangulOpens(QStringView text, qsizetype i)
{
    const QChar c = text[i];
    if (i > 0 && isHangulSyllable(text[i - 1]))
        return false;
    if (hangulDigit(c))
        return i + 1 < text.size()
                && (smallScaleExponent(text[i + 1]) || bigScaleExponent(text[i + 1]));
    return canStartKoreanNumber(c);
}

// A superset of the positions where an amount may open: an ASCII digit, or an opener syllable
// that does not follow another syllable.
bool isCandidate(const char16_t *data, qsizetype i)
{
    const char16_t c = data[i];
    if (char16_t(c - u'0') <= 9)
        return true;
    if (i > 0 && isHangulSyllable(data[i - 1]))
        return false;
    for (int k = 0; k < kOpenerCount; ++k) {
        if (c == kOpenerSyllables[k])
            return true;
    }
    return false;
}

#if defined(__SSE2__)
// Every Hangul number that opens an amount has a scale syllable at its first or second unit:
// 만, 십, 백, 천 open one themselves, 일 .. 구 only right before a scale word. So the vector pass
// looks for digits and these seven syllables, and each hit looks back one unit for 일 .. 구.
constexpr char16_t kScaleSyllables[] = u"십백천만억조경";
constexpr int kScaleCount = int(std::size(kScaleSyllables)) - 1;

// The scale syllables in every lane, made once per text rather than once per eight units.
struct ScaleVectors
{
    __m128i lanes[kScaleCount];
    ScaleVectors()
    {
        for (int k = 0; k < kScaleCount; ++k)
            lanes[k] = _mm_set1_epi16(short(kScaleSyllables[k]));
    }
};

// Digits and scale syllables among the eight units at data[0 .. 8), as a movemask: two bits per
// unit. Text without numbers is most of every article, and this is its whole cost: a dozen
// vector operations per eight units and no branch per character.
inline int hitMask(const char16_t *data, const ScaleVectors &scales)
{
    const __m128i cur = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data));
    // SSE2 compares signed 16-bit lanes; flipping the top bit makes them unsigned.
    const __m128i digit = _mm_cmplt_epi16(
            _mm_xor_si128(_mm_sub_epi16(cur, _mm_set1_epi16(u'0')), _mm_set1_epi16(short(0x8000))),
            _mm_set1_epi16(short(0x8000 + 10)));
    __m128i hit = digit;
    // Unrolled, the seven compares are seven instructions; rolled, -O2 spends three times that on
    // the loop around them.
#pragma GCC unroll 7
    for (int k = 0; k < kScaleCount; ++k)
        hit = _mm_or_si128(hit, _mm_cmpeq_epi16(cur, scales.lanes[k]));
    return _mm_movemask_epi8(hit);
}
#endif

// Only ASCII digits and Hangul number words can open an amount: currency symbols, codes and
// qualifiers before a number are looked up from its first digit. Candidates are found eight
// units at a time where SSE2 is there, one at a time elsewhere; each is then checked in full.
// A position may be looked at twice (a failed candidate fails again), never out of order.
QList<Span> Scanner::run()
{
    QList<Span> spans;
    const QStringView text = m_text;
    const char16_t *const data = text.utf16();
    const qsizetype n = text.size();
    // News has an amount every hundred units or fewer; growing the list from empty copies every
    // span several times over.
    spans.reserve(n / 64);
    qsizetype floor = 0;
    qsizetype next = 0; // the first unit an amount found so far has not consumed
    // Cheap tests first: most hits are digits inside a number already read, or syllables such
    // as 경 in 경제, and the full parse below is a large function to enter.
    auto worthParsing = [&](qsizetype at) {
        return at >= next && (data[at] <= u'9' || hangulOpens(text, at));
    };
    auto parseAt = [&](qsizetype at) {
        qsizetype resume = at + 1;
        if (amountAt(at, floor, &resume, spans))
            floor = spans.back().end;
        next = std::max(resume, at + 1);
    };
    qsizetype i = 0;
#if defined(__SSE2__)
    const ScaleVectors scales;
    for (; i + 8 <= n; i += 8) {
        if (next >= i + 8)
            continue; // inside an amount already read
        int mask = hitMask(data + i, scales);
        if (next > i)
            mask &= -(1 << (2 * (next - i)));
        while (mask) {
            const int unit = __builtin_ctz(mask) / 2;
            mask &= ~(3 << (2 * unit)); // both bits of the unit
            const qsizetype hit = i + unit;
            // A scale syllable after a syllable can only be the second unit of 일 .. 구 + scale.
            const qsizetype at =
                    data[hit] > u'9' && hit > 0 && hangulDigit(data[hit - 1]) ? hit - 1 : hit;
            if (!worthParsing(at))
                continue;
            parseAt(at);
            // The rest of a number just read (its other digits) need not be looked at again.
            if (next >= i + 8)
                break;
            if (next > i)
                mask &= -(1 << (2 * (next - i)));
        }
    }
    // The unit before the tail may be 일 .. 구 whose scale word the tail holds.
    if (i > 0)
        --i;
#endif
    for (; i < n; ++i) {
        if (isCandidate(data, i) && worthParsing(i))
            parseAt(i);
    }
    return spans;
}

} // namespace

QList<Span> AmountRecognizer::recognize(QStringView text) const
{
    return Scanner(text).run();
}

} // namespace newsmark
