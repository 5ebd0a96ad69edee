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
    bool approx = false; // 여 before a scale word: "6천여만" is some 6,000만
};

[[nodiscard]] inline bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}
[[nodiscard]] inline bool isHangulSyllable(QChar c)
{
    return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3;
}
// The character classes below are inline: the amount scanner asks them at every character.
// 1..9 for 일 .. 구, 0 otherwise.
[[nodiscard]] inline int hangulDigit(QChar c)
{
    switch (c.unicode()) {
    case u'일': return 1;
    case u'이': return 2;
    case u'삼': return 3;
    case u'사': return 4;
    case u'오': return 5;
    case u'육': return 6;
    case u'칠': return 7;
    case u'팔': return 8;
    case u'구': return 9;
    default: return 0;
    }
}
// 1, 2, 3 for 십, 백, 천; 0 otherwise.
[[nodiscard]] inline int smallScaleExponent(QChar c)
{
    switch (c.unicode()) {
    case u'십': return 1;
    case u'백': return 2;
    case u'천': return 3;
    default: return 0;
    }
}
// 4, 8, 12, 16 for 만, 억, 조, 경; 0 otherwise.
[[nodiscard]] inline int bigScaleExponent(QChar c)
{
    switch (c.unicode()) {
    case u'만': return 4;
    case u'억': return 8;
    case u'조': return 12;
    case u'경': return 16;
    default: return 0;
    }
}
// Whether a Korean number could begin with this character (a digit, a Hangul number word).
[[nodiscard]] inline bool canStartKoreanNumber(QChar c)
{
    return isAsciiDigit(c) || hangulDigit(c) || smallScaleExponent(c) || c == u'만';
}

// Arabic digits only, from pos: 1,234,567 (groups of three after the first) and an optional
// fraction. `end` is one past the number; nullopt if pos holds no digit.
struct ArabicNumber
{
    Decimal value;
    qsizetype start = 0;
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
// `unitFollows` recognises ("2만 4000명", "2만 1천 명"), so "3조 2025년" stops after 3조. After
// 천, 백 or 십 one space may come before the smaller rest of the group ("1천 500명", "2천 5백만").
// A scale word that begins a unit is the unit's ("2경기" is two games).
[[nodiscard]] std::optional<KoreanNumber> parseKoreanNumber(QStringView text, qsizetype pos,
                                                            UnitProbe unitFollows = nullptr);
// The same into the caller's record, which the recogniser reuses at every number (a 16-byte
// value returned in an optional is copied through the stack); false where there is no number.
[[nodiscard]] bool readKoreanNumber(QStringView text, qsizetype pos, UnitProbe unitFollows,
                                    KoreanNumber &out);

} // namespace newsmark
