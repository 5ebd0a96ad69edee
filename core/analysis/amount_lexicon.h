#pragma once

#include "analysis/amount.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace newsmark {

// A currency code, unit name or counter as matched: the lexicon's own string, shared rather than
// copied (lookups run at every number, and most find nothing), or for an English count noun the
// word in the text. Trivially copyable, so a lookup's result costs no reference counting.
struct LexiconValue
{
    const QString *shared = nullptr;
    QStringView word;

    [[nodiscard]] QStringView view() const { return shared ? QStringView(*shared) : word; }
    [[nodiscard]] QString toString() const { return shared ? *shared : word.toString(); }
    friend bool operator==(const LexiconValue &a, const LexiconValue &b)
    {
        return a.view() == b.view();
    }
};

// The words of the amount grammar: currencies, counters, units, scales and qualifiers, each
// matched at a position of the text (after a number) or ending at one (before a number). The
// grammar that puts them together is AmountRecognizer's.
struct LexiconMatch
{
    qsizetype start = 0;
    qsizetype end = 0;
    LexiconValue value; // currency code, unit name or counter
    int exponent = 0; // English scale words
    AmountQualifier qualifier = AmountQualifier::None;
};

namespace amount_lexicon {

[[nodiscard]] inline bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode() | 0x20; // folds A-Z onto a-z and nothing else onto them
    return u >= u'a' && u <= u'z';
}
[[nodiscard]] inline bool isSpace(QChar c)
{
    return c == u' ' || c == QChar(0x00A0);
}

// Currency written after the number: 원, 달러, 홍콩달러, dollars, won, USD ... One space may come
// before it (150억 달러); English words need it (5 billion dollars).
[[nodiscard]] std::optional<LexiconMatch> currencyAfter(QStringView text, qsizetype pos);
// Currency written before the number, ending at `end`: $, US$, HK$, ₩, €, £, ¥, USD, 미화 ...
[[nodiscard]] std::optional<LexiconMatch> currencyBefore(QStringView text, qsizetype end);
// %, %p, %포인트, 퍼센트, percent, per cent, percentage points: unit "percent" or
// "percentage_point".
[[nodiscard]] std::optional<LexiconMatch> percentAfter(QStringView text, qsizetype pos);
// Whether percentAfter(), currencyAfter(), counterAfter() or nounAfter() may match at pos: false
// settles most numbers that carry no unit (6월, 2025년) in one look instead of four lookups.
[[nodiscard]] bool unitMayStartAt(QStringView text, qsizetype pos);
// Korean counters (명, 개, 대, 건, 곳, 주, 척, 톤 ...), one space allowed before.
[[nodiscard]] std::optional<LexiconMatch> counterAfter(QStringView text, qsizetype pos);
// An English plural count noun after one space: "2,000 engineers", "3 million people".
[[nodiscard]] std::optional<LexiconMatch> nounAfter(QStringView text, qsizetype pos);
// thousand, million, billion, trillion (after an optional space); with `allowShort` also k, m,
// mn, b, bn, tn, which only a currency makes unambiguous ($5m, €2bn).
[[nodiscard]] std::optional<LexiconMatch> englishScaleAfter(QStringView text, qsizetype pos,
                                                            bool allowShort);
// 약, 대략, 최대, 최소; about, roughly, more than, up to, at least ... ending at `end`.
[[nodiscard]] std::optional<LexiconMatch> qualifierBefore(QStringView text, qsizetype end);
// 이상, 이하, 초과, 미만, 가량, 안팎, 넘는; or more ... starting at pos (after an optional space).
[[nodiscard]] std::optional<LexiconMatch> qualifierAfter(QStringView text, qsizetype pos);
// Whether a Korean amount may end before this character: anything but a Hangul syllable, or a
// syllable that starts a particle or ending (를, 에서, 이다, 가량 ...). "7개월", "3원칙" and
// "2경기" fail, so they are not amounts.
[[nodiscard]] bool mayEndKoreanAmountBefore(QChar c);

} // namespace amount_lexicon
} // namespace newsmark
