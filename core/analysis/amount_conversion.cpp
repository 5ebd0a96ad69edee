#include "analysis/amount_conversion.h"

#include "i18n/ui_language.h"

#include "analysis/amount.h"

#include <QSettings>
#include <QStringBuilder>

using namespace Qt::StringLiterals;

namespace newsmark {

namespace {

// Digits kept when a rate is inverted: 1/1440 to 20 places turns ₩730조 into the exact
// US$506,944,444,444.44 (12 places, as articleRate keeps, would be $324 off), and the 128-bit
// mantissa still holds amounts up to 10^18 times such a rate (beyond, no conversion is shown).
constexpr int kInverseDigits = 20;

// Roughly from the unit worth most to the one worth least, so that a pair quoted base first
// reads as a figure above one.
int currencyRank(const QString &code)
{
    static const QStringList order = {u"GBP"_s, u"EUR"_s, u"USD"_s, u"SGD"_s, u"CAD"_s, u"AUD"_s,
                                      u"CNY"_s, u"HKD"_s, u"TWD"_s, u"JPY"_s, u"KRW"_s};
    const auto index = order.indexOf(code);
    return index < 0 ? int(order.size()) : int(index);
}

// A rate as people read it: grouped, at most four decimals, and more for tiny ones.
QString formatRate(const Decimal &rate)
{
    return rate.rounded(rate >= Decimal::fromInteger(1) ? 4 : 8).toGroupedString();
}

} // namespace

QStringList conversionCurrencies()
{
    return {u"KRW"_s, u"USD"_s, u"EUR"_s, u"JPY"_s, u"CNY"_s, u"GBP"_s};
}

CurrencyPair currencyPair(const QString &a, const QString &b)
{
    if (currencyRank(b) < currencyRank(a) || (currencyRank(a) == currencyRank(b) && b < a))
        return {b, a};
    return {a, b};
}

QString pairKey(const CurrencyPair &pair)
{
    return pair.base % u'-' % pair.quote;
}

QMap<QString, Decimal> savedUserRates(const QSettings &settings)
{
    QMap<QString, Decimal> rates;
    const QString prefix = kUserRatesGroup + u'/';
    for (const QString &key : settings.allKeys()) {
        if (!key.startsWith(prefix))
            continue;
        // Stored as text ("1440.5"); earlier versions stored a double, which reads the same way.
        const auto rate = Decimal::parse(settings.value(key).toString().trimmed());
        if (rate && *rate > Decimal::fromInteger(0))
            rates.insert(key.mid(prefix.size()), *rate);
    }
    return rates;
}

QString impliedRateText(const ImpliedRate &rate, QStringView text)
{
    qsizetype end = rate.converted.end;
    // The closing bracket belongs to the quotation; "(약 720조원" would read as a typo.
    if (end < text.size() && (text[end] == u')' || text[end] == u'）'))
        ++end;
    return text.mid(rate.source.start, end - rate.source.start).toString();
}

QString describeRate(const QString &from, const QString &to, const Decimal &rate)
{
    const CurrencyPair pair = currencyPair(from, to);
    Decimal shown = rate;
    if (pair.base != from) {
        if (const auto inverse = Decimal::fromInteger(1).divided(rate, 12))
            shown = *inverse;
    }
    // "1,440 KRW per USD"; Korean says "1 USD당 1,440 KRW".
    return CoreText::tr("%1 %2 per %3").arg(formatRate(shown), pair.quote, pair.base);
}

std::optional<ResolvedRate> resolveRate(const ConversionChoice &choice, const QString &from,
                                        const QList<ImpliedRate> &implied, QStringView text)
{
    const QString &to = choice.currency;
    if (to.isEmpty() || from.isEmpty())
        return std::nullopt;
    if (from == to)
        return ResolvedRate {Decimal::fromInteger(1), false, QString()};
    if (choice.useArticleRate) {
        // The first bracketed conversion between the two, whichever way it was written (what
        // articleRate picks), inverted here with more digits than articleRate keeps.
        for (const ImpliedRate &r : implied) {
            std::optional<Decimal> rate;
            if (r.from == from && r.to == to)
                rate = r.rate;
            else if (r.from == to && r.to == from)
                rate = Decimal::fromInteger(1).divided(r.rate, kInverseDigits);
            if (rate && !rate->isZero())
                return ResolvedRate {
                        *rate, true,
                        CoreText::tr("at %1, implied by %2")
                                .arg(describeRate(from, to, *rate), impliedRateText(r, text))};
        }
    }
    const CurrencyPair pair = currencyPair(from, to);
    const auto found = choice.userRates.constFind(pairKey(pair));
    if (found == choice.userRates.constEnd() || !(*found > Decimal::fromInteger(0)))
        return std::nullopt;
    const std::optional<Decimal> user = *found;
    std::optional<Decimal> rate = user;
    if (pair.base != from)
        rate = Decimal::fromInteger(1).divided(*user, kInverseDigits);
    if (!rate || rate->isZero())
        return std::nullopt;
    return ResolvedRate {*rate, false,
                         CoreText::tr("at %1, your rate")
                                 .arg(CoreText::tr("%1 %2 per %3")
                                              .arg(formatRate(*user), pair.quote, pair.base))};
}

} // namespace newsmark
