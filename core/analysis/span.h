#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

namespace newsmark {

enum class SpanKind { Money, Percent, Quantity, Person, Organization, Location, Date, Time };

// A recognised stretch of an article's canonical text: [start, end) in UTF-16 units inside the
// program (code points at its edges: see codePointOffset), what kind it is and, for amounts and
// linked entities, its normalized value (e.g. {"value": "500000000000", "currency": "USD"}).
struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;
    SpanKind kind = SpanKind::Money;
    QJsonObject normalized;

    [[nodiscard]] qsizetype length() const { return end - start; }
    friend bool operator==(const Span &, const Span &) = default;
};

// "MONEY", "PERCENT", "QUANTITY", "PERSON", "ORG", "LOCATION", "DATE", "TIME": the names the CLI
// prints and the reader page's data-kind attributes carry.
QString spanKindName(SpanKind kind);
// "money", "person" ...: CSS class suffixes and legend keys.
QString spanKindKey(SpanKind kind);
// What a reader calls it: "Amount", "Person" ...
QString spanKindLabel(SpanKind kind);
QList<SpanKind> allSpanKinds();

// A normalized value as text: strings as they are, numbers without drift, arrays and objects as
// compact JSON. Exports and the command line print values this way.
QString normalizedValueText(const QJsonValue &value);

// Offsets that leave the program count Unicode code points; Qt counts UTF-16 units.
qsizetype codePointOffset(QStringView text, qsizetype utf16Offset);
qsizetype utf16Offset(QStringView text, qsizetype codePointOffset);

} // namespace newsmark
