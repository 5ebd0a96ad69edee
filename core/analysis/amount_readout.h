#pragma once

#include "analysis/amount.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace newsmark {

// How the reader says a normalized amount out loud. Korean news counts in 만/억/조 (four-digit
// groups) and English in thousand/million/billion (three-digit groups), so a reader fluent in
// one misreads the other by a factor of ten easily; the tooltip therefore reads an amount in the
// convention it was not written in, besides the exact figure.

// "US$", "₩", "€", "£", "¥", "CN¥", "HK$"; otherwise the code and a space ("SGD ").
QString currencySymbol(const QString &code);
// "dollars", "won", "euros" ...; the code for currencies without a name here.
QString currencyEnglishName(const QString &code);
// "달러", "원", "유로" ...; the code for currencies without a name here.
QString currencyKoreanName(const QString &code);

// 500000000000 → "500 billion", 1500000 → "1.5 million", 950 → "950" (exact, never rounded).
QString englishScaled(const Decimal &value);
// 1234567890000 → "1조 2345억 6789만", 500000000000 → "5000억", 3.5 → "3.5".
QString koreanScaled(const Decimal &value);

// The exact figure: "US$500,000,000,000", "about ₩720,000,000,000,000",
// "US$15,000,000,000–25,000,000,000", "90%", "2,000 engineers".
QString readExact(const Amount &amount);
// English scales: "US$500 billion", "about ₩720 trillion", "US$15–25 billion", "90 percent",
// "2.5 percentage points", "30 thousand people".
QString readEnglish(const Amount &amount);
// The words English speakers use: "500 billion dollars", "720 trillion won".
QString readEnglishWords(const Amount &amount);
// Korean scales: "5000억 달러", "약 720조 원", "150억~250억 달러", "90%", "3만 명".
QString readKorean(const Amount &amount);

// A money amount in another currency: values times `rate` (units of `currency` per one unit of
// the amount's currency), rounded to two decimals and marked approximate, since a rate is never
// exact. nullopt for amounts that are not money, a rate <= 0, or overflow.
std::optional<Amount> convertAmount(const Amount &amount, const QString &currency,
                                    const Decimal &rate);

// Whether an amount is written in Korean, so that its other reading is English: Hangul in the
// written text says Korean, a Latin letter English; bare figures ("90%", "1,200") belong to the
// article's language ("en", else Korean). The one rule for the Amounts panel and the tooltips.
bool writtenInKorean(QStringView writtenText, QStringView articleLanguage);

// The lines a highlight's tooltip adds under its text: the exact figure and, in brackets, the
// reading in the other convention ("US$500,000,000,000 (500 billion dollars)" for 5000억달러;
// "US$500,000,000,000 (5000억 달러)" for $500 billion).
QString amountReadout(const Amount &amount, QStringView writtenText, QStringView articleLanguage);

} // namespace newsmark
