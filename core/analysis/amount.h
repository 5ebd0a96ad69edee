#pragma once

#include "analysis/decimal.h"
#include "analysis/span_kind.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace newsmark {

struct Span;

enum class AmountQualifier { None, Approx, AtLeast, AtMost, MoreThan, LessThan };

// "approx", "at_least", "at_most", "more_than", "less_than"; empty for None.
QString amountQualifierName(AmountQualifier qualifier);

// The normalized value of a MONEY, PERCENT or QUANTITY span, as docs/AMOUNTS.md describes it:
// either a value or a range (min and max), a currency (ISO 4217) for money or a unit for the
// rest, and a qualifier.
struct Amount
{
    SpanKind kind = SpanKind::Quantity;
    std::optional<Decimal> value;
    std::optional<Decimal> min;
    std::optional<Decimal> max;
    QString currency;
    QString unit;
    AmountQualifier qualifier = AmountQualifier::None;

    [[nodiscard]] bool isRange() const { return min.has_value() && max.has_value(); }
    // The value, or the middle of a range: what comparisons and conversions start from.
    [[nodiscard]] std::optional<Decimal> centre() const;

    // The keys Span::normalized() carries: "value" | "min"+"max", "currency" | "unit",
    // "qualifier".
    [[nodiscard]] QJsonObject toJson() const;
    // The span's amount; nullopt for spans that are not amounts.
    static std::optional<Amount> fromSpan(const Span &span);
    // Read back from toJson() (an exported or stored span); nullopt without a value or range.
    static std::optional<Amount> fromJson(SpanKind kind, const QJsonObject &json);

    friend bool operator==(const Amount &, const Amount &) = default;
};

} // namespace newsmark
