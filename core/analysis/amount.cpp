#include "analysis/amount.h"

#include "analysis/span.h"

namespace newsmark {

QString amountQualifierName(AmountQualifier qualifier)
{
    switch (qualifier) {
    case AmountQualifier::None: return {};
    case AmountQualifier::Approx: return QStringLiteral("approx");
    case AmountQualifier::AtLeast: return QStringLiteral("at_least");
    case AmountQualifier::AtMost: return QStringLiteral("at_most");
    case AmountQualifier::MoreThan: return QStringLiteral("more_than");
    case AmountQualifier::LessThan: return QStringLiteral("less_than");
    }
    return {};
}

std::optional<Decimal> Amount::centre() const
{
    if (value)
        return value;
    if (!isRange())
        return std::nullopt;
    const auto sum = min->added(*max);
    return sum ? sum->divided(Decimal::fromInteger(2), 6) : std::nullopt;
}

QJsonObject Amount::toJson() const
{
    QJsonObject json;
    if (isRange()) {
        json.insert(QStringLiteral("min"), min->toString());
        json.insert(QStringLiteral("max"), max->toString());
    } else if (value) {
        json.insert(QStringLiteral("value"), value->toString());
    }
    if (!currency.isEmpty())
        json.insert(QStringLiteral("currency"), currency);
    else if (!unit.isEmpty())
        json.insert(QStringLiteral("unit"), unit);
    if (qualifier != AmountQualifier::None)
        json.insert(QStringLiteral("qualifier"), amountQualifierName(qualifier));
    return json;
}

std::optional<Amount> Amount::fromJson(SpanKind kind, const QJsonObject &json)
{
    const auto decimal = [&json](const QString &key) -> std::optional<Decimal> {
        const QJsonValue value = json.value(key);
        return value.isString() ? Decimal::parse(value.toString()) : std::nullopt;
    };
    Amount amount;
    amount.kind = kind;
    amount.value = decimal(QStringLiteral("value"));
    amount.min = decimal(QStringLiteral("min"));
    amount.max = decimal(QStringLiteral("max"));
    if (!amount.value && !amount.isRange())
        return std::nullopt;
    amount.currency = json.value(QStringLiteral("currency")).toString();
    amount.unit = json.value(QStringLiteral("unit")).toString();
    const QString qualifier = json.value(QStringLiteral("qualifier")).toString();
    for (const AmountQualifier q :
         {AmountQualifier::Approx, AmountQualifier::AtLeast, AmountQualifier::AtMost,
          AmountQualifier::MoreThan, AmountQualifier::LessThan}) {
        if (qualifier == amountQualifierName(q))
            amount.qualifier = q;
    }
    return amount;
}

std::optional<Amount> Amount::fromSpan(const Span &span)
{
    const bool amountKind = span.kind == SpanKind::Money || span.kind == SpanKind::Percent
            || span.kind == SpanKind::Quantity;
    return amountKind ? span.amount : std::nullopt;
}

} // namespace newsmark
