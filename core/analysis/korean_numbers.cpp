#include "analysis/korean_numbers.h"

#include <algorithm>

namespace newsmark {

namespace {

// parseArabicNumber() into the caller's own record: inlined, because the number's value is
// 16 bytes that an optional returned by value copies through the stack at every number.
[[gnu::always_inline]] inline bool readArabic(QStringView text, qsizetype pos, ArabicNumber &a)
{
    const qsizetype n = text.size();
    const char16_t *const d = text.utf16();
    auto digitAt = [&](qsizetype i) { return i < n && char16_t(d[i] - u'0') <= 9; };
    if (pos >= n || !digitAt(pos))
        return false;
    // Numbers in news have a few digits (6월, 1,470,600원, 13.1%): the digits are summed while
    // they are read, and the value is made from the sum when it has at most 18 digits (a qint64
    // holds them; unsigned arithmetic wraps harmlessly beyond, and Decimal::parse takes over).
    quint64 mantissa = 0;
    a = ArabicNumber {};
    a.start = pos;
    qsizetype i = pos;
    for (; digitAt(i); ++i)
        mantissa = mantissa * 10 + (d[i] - u'0');
    a.digits = int(i - pos);
    // Thousands separators: exactly three digits after each comma, so "150, 250" and "1,2" stop.
    if (a.digits <= 3) {
        while (i + 3 < n && d[i] == u',' && digitAt(i + 1) && digitAt(i + 2) && digitAt(i + 3)
               && !digitAt(i + 4)) {
            mantissa = mantissa * 1000 + quint64(d[i + 1] - u'0') * 100
                    + quint64(d[i + 2] - u'0') * 10 + quint64(d[i + 3] - u'0');
            i += 4;
            a.digits += 3;
            a.grouped = true;
        }
        // Or a space (also no-break and thin spaces) as in "100 000 devices": exactly three
        // digits after each, and never after a leading zero ("02 752").
        auto groupSpace = [](char16_t c) {
            return c == u' ' || c == u'\u00A0' || c == u'\u2009' || c == u'\u202F';
        };
        while (!a.grouped && d[pos] != u'0' && i + 3 < n && groupSpace(d[i]) && digitAt(i + 1)
               && digitAt(i + 2) && digitAt(i + 3) && !digitAt(i + 4)
               && !(i + 5 < n && (d[i + 4] == u'.' || d[i + 4] == u',') && digitAt(i + 5))) {
            do {
                mantissa = mantissa * 1000 + quint64(d[i + 1] - u'0') * 100
                        + quint64(d[i + 2] - u'0') * 10 + quint64(d[i + 3] - u'0');
                i += 4;
                a.digits += 3;
            } while (i + 3 < n && groupSpace(d[i]) && digitAt(i + 1) && digitAt(i + 2)
                     && digitAt(i + 3) && !digitAt(i + 4));
            a.grouped = true;
        }
    }
    int fractionDigits = 0;
    if (i + 1 < n && d[i] == u'.' && digitAt(i + 1)) {
        for (i += 1; digitAt(i); ++i) {
            mantissa = mantissa * 10 + (d[i] - u'0');
            ++fractionDigits;
        }
        a.fraction = true;
    }
    a.end = i;
    if (a.digits + fractionDigits <= 18) {
        a.value = Decimal::fromInteger(qint64(mantissa));
        if (fractionDigits == 0)
            return true;
        // shifted() by a negative power canonicalises (3.50 → 3.5) as parse() does.
        const auto value = a.value.shifted(-fractionDigits);
        if (!value)
            return false;
        a.value = *value;
        return true;
    }
    const auto value = Decimal::parse(text.mid(pos, i - pos));
    if (!value)
        return false;
    a.value = *value;
    return true;
}

// Below 10^4: "3천5백", "2,345", "오백", "삼십오", "3.5".
struct Section
{
    Decimal value;
    qsizetype end = 0;
    bool any = false;
    bool digits = false;
    bool smallScale = false;
};

std::optional<Decimal> plusScaled(const Decimal &sum, const Decimal &coef, int exponent)
{
    const auto term = coef.shifted(exponent);
    return term ? sum.added(*term) : std::nullopt;
}

bool isSpace(QChar c)
{
    return c == u' ' || c == QChar(0x00A0);
}

Decimal powerOfTen(int exponent)
{
    qint64 v = 1;
    for (int i = 0; i < exponent; ++i)
        v *= 10;
    return Decimal::fromInteger(v);
}

// `known` is the digits at p when the caller has read them already; `below` bounds the small
// scale words the section may use (the rest after "1천 " may use 백 and 십 only).
std::optional<Section> parseSection(QStringView text, qsizetype p,
                                    const ArabicNumber *known = nullptr, int below = 4)
{
    const qsizetype n = text.size();
    Section s;
    s.end = p;
    int lastSmall = below;
    while (p < n) {
        qsizetype q = p;
        std::optional<Decimal> coef;
        bool arabic = false;
        const QChar c = text[q];
        if (isAsciiDigit(c)) {
            ArabicNumber a;
            if (known && q == known->start)
                a = *known;
            else if (!readArabic(text, q, a))
                return std::nullopt;
            coef = a.value;
            q = a.end;
            arabic = true;
        } else if (const int d = hangulDigit(c)) {
            const QChar next = q + 1 < n ? text[q + 1] : QChar();
            if (smallScaleExponent(next) || bigScaleExponent(next)) {
                coef = Decimal::fromInteger(d);
                ++q;
            } else if (s.smallScale) {
                // The units after Hangul tens: 삼십"오".
                const auto sum = s.value.added(Decimal::fromInteger(d));
                if (!sum)
                    return std::nullopt;
                s.value = *sum;
                s.end = q + 1;
                s.any = true;
                break;
            } else {
                break;
            }
        }
        const int small = q < n ? smallScaleExponent(text[q]) : 0;
        if (small && small < lastSmall && (coef || !s.any)) {
            const auto sum = plusScaled(s.value, coef.value_or(Decimal::fromInteger(1)), small);
            if (!sum)
                return std::nullopt;
            s.value = *sum;
            lastSmall = small;
            p = q + 1;
            s.end = p;
            s.any = true;
            s.smallScale = true;
            s.digits = s.digits || arabic;
            // "1천 500명", "7천 990명", "2천 5백만": the smaller rest of the group after one
            // space. It must be whole and end the group, so "3천 2025년" stops at 3천.
            if (p + 1 < n && isSpace(text[p])
                && (isAsciiDigit(text[p + 1]) || hangulDigit(text[p + 1]))) {
                const auto rest = parseSection(text, p + 1, nullptr, small);
                if (rest && rest->any && rest->value.isInteger() && rest->value < powerOfTen(small)
                    && (rest->end >= n || !smallScaleExponent(text[rest->end]))) {
                    const auto whole = s.value.added(rest->value);
                    if (!whole)
                        return std::nullopt;
                    s.value = *whole;
                    s.end = rest->end;
                    s.digits = s.digits || rest->digits;
                    break;
                }
            }
            continue;
        }
        if (coef) {
            const auto sum = s.value.added(*coef);
            if (!sum)
                return std::nullopt;
            s.value = *sum;
            s.end = q;
            s.any = true;
            s.digits = s.digits || arabic;
        }
        break;
    }
    return s;
}

// The scale word at pos, or after 여 at pos ("6천여만", "1400여만"): its exponent, 0 if none.
int scaleAt(QStringView text, qsizetype pos, bool *approx)
{
    const qsizetype n = text.size();
    *approx = false;
    if (pos >= n)
        return 0;
    if (text[pos] == u'여' && pos + 1 < n && bigScaleExponent(text[pos + 1])) {
        *approx = true;
        return bigScaleExponent(text[pos + 1]);
    }
    return bigScaleExponent(text[pos]);
}

} // namespace

std::optional<ArabicNumber> parseArabicNumber(QStringView text, qsizetype pos)
{
    ArabicNumber a;
    if (!readArabic(text, pos, a))
        return std::nullopt;
    return a;
}

bool readKoreanNumber(QStringView text, qsizetype pos, UnitProbe unitFollows, KoreanNumber &k)
{
    const qsizetype n = text.size();
    k = KoreanNumber {};
    // Most numbers are digits with no scale word after them (6월, 2025년, 13.1%): they are their
    // own value, without the section machinery below.
    ArabicNumber first;
    const bool digits = pos < n && isAsciiDigit(text[pos]);
    if (digits) {
        if (!readArabic(text, pos, first))
            return false;
        bool approx = false;
        if (first.end >= n
            || (!smallScaleExponent(text[first.end]) && !scaleAt(text, first.end, &approx))) {
            k.value = first.value;
            k.end = first.end;
            k.hasDigits = true;
            return true;
        }
    }
    Decimal total;
    int lastBig = 20;
    bool any = false;
    qsizetype p = pos;
    while (true) {
        const auto sec = parseSection(text, p, digits ? &first : nullptr);
        if (!sec)
            return false;
        bool approx = false;
        // "2천 만 명": a space may part 천, 백 or 십 from the scale word they multiply.
        const qsizetype gap = sec->smallScale && sec->end + 1 < n && text[sec->end] == u' '
                        && bigScaleExponent(text[sec->end + 1])
                ? 1
                : 0;
        int big = scaleAt(text, sec->end + gap, &approx);
        // "2경기" is two games and "2조원" two trillion won: a unit that starts with the scale
        // word takes it.
        if (big && !approx && unitFollows && unitFollows(text, sec->end + gap))
            big = 0;
        // A scale word without a number before it counts as one only at the start: "만 원".
        if (big && big < lastBig && (sec->any || (!any && big == 4))) {
            const auto sum =
                    plusScaled(total, sec->any ? sec->value : Decimal::fromInteger(1), big);
            if (!sum)
                return false;
            total = *sum;
            lastBig = big;
            k.topScale = std::max(k.topScale, big);
            k.lastScale = big;
            k.hasDigits = k.hasDigits || sec->digits;
            k.hasSmallScale = k.hasSmallScale || sec->smallScale;
            k.approx = k.approx || approx;
            any = true;
            p = sec->end + gap + (approx ? 2 : 1);
            if (p < n && canStartKoreanNumber(text[p]) && text[p] != u'만')
                continue;
            if (p + 1 < n && text[p] == u' ' && canStartKoreanNumber(text[p + 1])) {
                const auto peek = parseSection(text, p + 1);
                if (peek && peek->any && peek->end < n) {
                    bool peekApprox = false;
                    const int next = scaleAt(text, peek->end, &peekApprox);
                    // "1만 8000여 회": 여 may come before the unit.
                    const qsizetype unitAt = text[peek->end] == u'여' ? peek->end + 1 : peek->end;
                    // Words and digits are not mixed across a space: "구경 5.0mm" is a calibre.
                    const bool lastGroup = !next && unitFollows && peek->digits && k.hasDigits
                            && peek->value.isInteger() && peek->value < Decimal::fromInteger(10000)
                            && unitFollows(text, unitAt);
                    if ((next && next < lastBig) || lastGroup) {
                        p = p + 1;
                        continue;
                    }
                }
            }
            break;
        }
        if (sec->any) {
            const auto sum = total.added(sec->value);
            if (!sum)
                return false;
            total = *sum;
            p = sec->end;
            k.hasDigits = k.hasDigits || sec->digits;
            k.hasSmallScale = k.hasSmallScale || sec->smallScale;
            any = true;
        }
        break;
    }
    if (!any)
        return false;
    k.value = total;
    k.end = p;
    return true;
}

std::optional<KoreanNumber> parseKoreanNumber(QStringView text, qsizetype pos,
                                              UnitProbe unitFollows)
{
    KoreanNumber k;
    if (!readKoreanNumber(text, pos, unitFollows, k))
        return std::nullopt;
    return k;
}

} // namespace newsmark
