#pragma once

#include "analysis/decimal.h"

#include <QStringView>

#include <optional>

namespace newsmark {

// A number as Korean news writes it: Arabic digits with thousands separators and a decimal point
// (1,234.5), Korean scale words and their mixtures (2조3000억, 1억2천만, 1조 2,345억
// 6,789만, 3.5억) and Hangul number words (오백만, 삼십억).
struct KoreanNumber
{
    Decimal value;
    qsizetype end = 0; // one past the last character of the number
    int topScale = 0; // exponent of the largest 만/억/조/경 used (4, 8, 12, 16); 0 if none
    int lastScale = 0; // exponent of the smallest of them; 0 if none
    bool hasDigits = false; // some Arabic digit: without one, only words make the number
    bool hasSmallScale = false; // 십, 백 or 천 appears
};

[[nodiscard]] inline bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}
[[nodiscard]] inline bool isHangulSyllable(QChar c)
{
    return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3;
}
// 1..9 for 일 .. 구, 0 otherwise.
[[nodiscard]] int hangulDigit(QChar c);
// 1, 2, 3 for 십, 백, 천; 0 otherwise.
[[nodiscard]] int smallScaleExponent(QChar c);
// 4, 8, 12, 16 for 만, 억, 조, 경; 0 otherwise.
[[nodiscard]] int bigScaleExponent(QChar c);
// Whether a Korean number could begin with this character (a digit, a Hangul number word).
[[nodiscard]] bool canStartKoreanNumber(QChar c);

// Arabic digits only, from pos: 1,234,567 (groups of three after the first) and an optional
// fraction. `end` is one past the number; nullopt if pos holds no digit.
struct ArabicNumber
{
    Decimal value;
    qsizetype end = 0;
    bool grouped = false;
    bool fraction = false;
    int digits = 0; // before the point
};
[[nodiscard]] std::optional<ArabicNumber> parseArabicNumber(QStringView text, qsizetype pos);

// Whether a unit (원, 명 ...) starts at pos; the number grammar itself knows no units.
using UnitProbe = bool (*)(QStringView text, qsizetype pos);

// The longest Korean number that starts at pos. Between scale groups it accepts one space only
// when a smaller scale word follows ("1조 2,345억") or, for the last group, a unit that
// `unitFollows` recognises ("2만 4000명"), so "3조 2025년" stops after 3조.
[[nodiscard]] std::optional<KoreanNumber> parseKoreanNumber(QStringView text, qsizetype pos,
                                                            UnitProbe unitFollows = nullptr);

} // namespace newsmark
