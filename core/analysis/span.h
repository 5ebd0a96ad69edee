#pragma once

#include "analysis/amount.h"
#include "analysis/span_kind.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace newsmark {

// A recognised stretch of an article's canonical text: [start, end) in UTF-16 units inside the
// program (code points at its edges: see codePointOffset), what kind it is and, for amounts and
// linked entities, its normalized value. The value is kept typed, not as JSON: recognisers make
// tens of thousands of spans per second of reading and most are never printed, so JSON is built
// only at the edges (exports, the command line, the reader page) by normalized().
struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;
    SpanKind kind = SpanKind::Money;
    std::optional<Amount> amount; // MONEY, PERCENT, QUANTITY (never COUNT)
    QString entity; // the canonical name of a linked entity when it differs from the text

    [[nodiscard]] qsizetype length() const { return end - start; }
    // {"value": "500000000000", "currency": "USD"}, {"entity": "현대자동차"}; empty if neither.
    [[nodiscard]] QJsonObject normalized() const;
    friend bool operator==(const Span &, const Span &) = default;
};

// "MONEY", "PERCENT", "QUANTITY", "PERSON", "ORG", "LOCATION", "DATE", "TIME", "COUNT": the names
// the CLI prints and the reader page's data-kind attributes carry.
QString spanKindName(SpanKind kind);
// "money", "person" ...: CSS class suffixes and legend keys.
QString spanKindKey(SpanKind kind);
// What a reader calls it: "Amount", "Person" ...
QString spanKindLabel(SpanKind kind);

// A normalized value as text: strings as they are, numbers without drift, arrays and objects as
// compact JSON. Exports and the command line print values this way.
QString normalizedValueText(const QJsonValue &value);

// Offsets that leave the program count Unicode code points; Qt counts UTF-16 units.
qsizetype codePointOffset(QStringView text, qsizetype utf16Offset);
qsizetype utf16Offset(QStringView text, qsizetype codePointOffset);

} // namespace newsmark
