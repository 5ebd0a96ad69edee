#include "analysis/span.h"

#include "i18n/ui_language.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace newsmark {

QJsonObject Span::normalized() const
{
    if (amount)
        return amount->toJson();
    if (!entity.isEmpty())
        return QJsonObject {{QStringLiteral("entity"), entity}};
    return {};
}

QString spanKindName(SpanKind kind)
{
    switch (kind) {
    case SpanKind::Money: return QStringLiteral("MONEY");
    case SpanKind::Percent: return QStringLiteral("PERCENT");
    case SpanKind::Quantity: return QStringLiteral("QUANTITY");
    case SpanKind::Person: return QStringLiteral("PERSON");
    case SpanKind::Organization: return QStringLiteral("ORG");
    case SpanKind::Location: return QStringLiteral("LOCATION");
    case SpanKind::Date: return QStringLiteral("DATE");
    case SpanKind::Time: return QStringLiteral("TIME");
    case SpanKind::Count: return QStringLiteral("COUNT");
    }
    return {};
}

QString spanKindKey(SpanKind kind)
{
    return spanKindName(kind).toLower();
}

QString spanKindLabel(SpanKind kind)
{
    switch (kind) {
    case SpanKind::Money: return CoreText::tr("Money");
    case SpanKind::Percent: return CoreText::tr("Percentage");
    case SpanKind::Quantity: return CoreText::tr("Quantity");
    case SpanKind::Person: return CoreText::tr("Person");
    case SpanKind::Organization: return CoreText::tr("Organization");
    case SpanKind::Location: return CoreText::tr("Place");
    case SpanKind::Date: return CoreText::tr("Date");
    case SpanKind::Time: return CoreText::tr("Time");
    case SpanKind::Count: return CoreText::tr("Count");
    }
    return {};
}

QString normalizedValueText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return QStringLiteral("null");
}

qsizetype codePointOffset(QStringView text, qsizetype utf16Offset)
{
    qsizetype points = 0;
    const qsizetype end = qMin(utf16Offset, text.size());
    for (qsizetype i = 0; i < end; ++i) {
        // The second half of a surrogate pair belongs to the code point its first half began.
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++points;
    }
    return points;
}

qsizetype utf16Offset(QStringView text, qsizetype codePointOffset)
{
    qsizetype i = 0;
    for (qsizetype points = 0; points < codePointOffset && i < text.size(); ++points) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            i += 2;
        else
            ++i;
    }
    return i;
}

} // namespace newsmark
