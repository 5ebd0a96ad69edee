#include "analysis/korean_numbers.h"

#include <algorithm>

namespace newsmark {

namespace {

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

std::optional<Section> parseSection(QStringView text, qsizetype p)
{
    const qsizetype n = text.size();
    Section s;
    s.end = p;
    int lastSmall = 4;
    while (p < n) {
        qsizetype q = p;
        std::optional<Decimal> coef;
        bool arabic = false;
        const QChar c = text[q];
        if (isAsciiDigit(c)) {
            const auto a = parseArabicNumber(text, q);
            if (!a)
                return std::nullopt;
            coef = a->value;
            q = a->end;
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

} // namespace

std::optional<ArabicNumber> parseArabicNumber(QStringView text, qsizetype pos)
{
    const qsizetype n = text.size();
    if (pos >= n || !isAsciiDigit(text[pos]))
        return std::nullopt;
    ArabicNumber a;
    qsizetype i = pos;
    while (i < n && isAsciiDigit(text[i]))
        ++i;
    a.digits = int(i - pos);
    // Thousands separators: exactly three digits after each comma, so "150, 250" and "1,2" stop.
    if (a.digits <= 3) {
        while (i + 3 < n && text[i] == u',' && isAsciiDigit(text[i + 1])
               && isAsciiDigit(text[i + 2]) && isAsciiDigit(text[i + 3])
               && (i + 4 >= n || !isAsciiDigit(text[i + 4]))) {
            i += 4;
            a.digits += 3;
            a.grouped = true;
        }
    }
    const qsizetype point = i;
    if (i + 1 < n && text[i] == u'.' && isAsciiDigit(text[i + 1])) {
        i += 1;
        while (i < n && isAsciiDigit(text[i]))
            ++i;
        a.fraction = true;
    }
    a.end = i;
    // Numbers in news have a few digits (6월, 1,470,600원, 13.1%): up to 18 fit a qint64, and
    // the value is made from it without Decimal::parse reading the text again.
    const int fractionDigits = a.fraction ? int(i - point - 1) : 0;
    if (a.digits + fractionDigits <= 18) {
        qint64 mantissa = 0;
        for (qsizetype k = pos; k < i; ++k) {
            if (isAsciiDigit(text[k]))
                mantissa = mantissa * 10 + (text[k].unicode() - u'0');
        }
        // shifted() by a negative power canonicalises (3.50 → 3.5) as parse() does.
        const auto value = Decimal::fromInteger(mantissa).shifted(-fractionDigits);
        if (!value)
            return std::nullopt;
        a.value = *value;
        return a;
    }
    const auto value = Decimal::parse(text.mid(pos, i - pos));
    if (!value)
        return std::nullopt;
    a.value = *value;
    return a;
}

std::optional<KoreanNumber> parseKoreanNumber(QStringView text, qsizetype pos,
                                              UnitProbe unitFollows)
{
    const qsizetype n = text.size();
    KoreanNumber k;
    // Most numbers are digits with no scale word after them (6월, 2025년, 13.1%): they are their
    // own value, without the section machinery below.
    if (pos < n && isAsciiDigit(text[pos])) {
        const auto a = parseArabicNumber(text, pos);
        if (!a)
            return std::nullopt;
        if (a->end >= n || (!smallScaleExponent(text[a->end]) && !bigScaleExponent(text[a->end]))) {
            k.value = a->value;
            k.end = a->end;
            k.hasDigits = true;
            return k;
        }
    }
    Decimal total;
    int lastBig = 20;
    bool any = false;
    qsizetype p = pos;
    while (true) {
        const auto sec = parseSection(text, p);
        if (!sec)
            return std::nullopt;
        const int big = sec->end < n ? bigScaleExponent(text[sec->end]) : 0;
        // A scale word without a number before it counts as one only at the start: "만 원".
        if (big && big < lastBig && (sec->any || (!any && big == 4))) {
            const auto sum =
                    plusScaled(total, sec->any ? sec->value : Decimal::fromInteger(1), big);
            if (!sum)
                return std::nullopt;
            total = *sum;
            lastBig = big;
            k.topScale = std::max(k.topScale, big);
            k.lastScale = big;
            k.hasDigits = k.hasDigits || sec->digits;
            k.hasSmallScale = k.hasSmallScale || sec->smallScale;
            any = true;
            p = sec->end + 1;
            if (p < n && canStartKoreanNumber(text[p]) && text[p] != u'만')
                continue;
            if (p + 1 < n && text[p] == u' ' && canStartKoreanNumber(text[p + 1])) {
                const auto peek = parseSection(text, p + 1);
                if (peek && peek->any && peek->end < n) {
                    const int next = bigScaleExponent(text[peek->end]);
                    const bool lastGroup = !next && unitFollows && peek->digits
                            && peek->value < Decimal::fromInteger(10000)
                            && unitFollows(text, peek->end);
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
                return std::nullopt;
            total = *sum;
            p = sec->end;
            k.hasDigits = k.hasDigits || sec->digits;
            k.hasSmallScale = k.hasSmallScale || sec->smallScale;
            any = true;
        }
        break;
    }
    if (!any)
        return std::nullopt;
    k.value = total;
    k.end = p;
    return k;
}

} // namespace newsmark
