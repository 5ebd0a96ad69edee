#pragma once

#include "analysis/amount_consistency.h"
#include "analysis/decimal.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringView>

#include <optional>

class QSettings;

namespace newsmark {

// What the user asked the Amounts panel and the reader's tooltips to convert to, and at which
// rate: domain rules, in core, so that the reader page, the panel and any front end apply the
// same ones.
struct ConversionChoice
{
    QString currency; // ISO code; empty: no conversion
    bool useArticleRate = true;
    // The user's own rates, keyed by pairKey(): units of the pair's quote per one of its base,
    // exact as typed (a double would turn 1,440.1 into 1,440.09999…).
    QMap<QString, Decimal> userRates;

    friend bool operator==(const ConversionChoice &, const ConversionChoice &) = default;
};

// The currencies the panel offers to convert to.
QStringList conversionCurrencies();

// A pair of currencies the way rates are quoted: the unit worth more first, so the figure is
// above one ("1 USD = 1,440 KRW", "1 EUR = 1.08 USD").
struct CurrencyPair
{
    QString base;
    QString quote;
};
CurrencyPair currencyPair(const QString &a, const QString &b);
// "USD-KRW": the settings key of a pair's user rate.
QString pairKey(const CurrencyPair &pair);

// Where the Amounts panel keeps the user's rates in the application's settings: one key per
// pair under this group ("amounts/rates/USD-KRW" = "1440.5", KRW per USD), read by the window
// and by newsmark-cli's money: searches alike.
inline constexpr QStringView kUserRatesGroup = u"amounts/rates";
// The positive rates of that group, keyed by pairKey(); text that is no number is skipped.
QMap<QString, Decimal> savedUserRates(const QSettings &settings);

// A rate to convert one currency into another, with the words that say where it comes from.
struct ResolvedRate
{
    Decimal rate; // units of `to` per one unit of `from`
    bool fromArticle = false;
    QString note; // "at 1,440 KRW per USD, implied by 5000억달러(약 720조원)"
};

// The rate for converting `from` into the choice's currency: the article's own when the user
// prefers it and the article has one, else the user's rate for the pair; nullopt when neither.
std::optional<ResolvedRate> resolveRate(const ConversionChoice &choice, const QString &from,
                                        const QList<ImpliedRate> &implied, QStringView text);

// "5000억달러(약 720조원)": the bracketed conversion as the article writes it.
QString impliedRateText(const ImpliedRate &rate, QStringView text);
// "1,440 KRW per USD", whichever way the rate was written.
QString describeRate(const QString &from, const QString &to, const Decimal &rate);

} // namespace newsmark
