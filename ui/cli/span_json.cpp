#include "span_json.h"

#include <QJsonDocument>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace newsmark::cli {

QJsonObject spanToJson(const Span &span, QStringView text)
{
    // The normalized keys come first so that a recogniser can never overwrite the offsets.
    QJsonObject json = span.normalized();
    json.insert(u"start"_s, double(codePointOffset(text, span.start)));
    json.insert(u"end"_s, double(codePointOffset(text, span.end)));
    json.insert(u"type"_s, spanKindName(span.kind));
    json.insert(u"text"_s, text.mid(span.start, span.length()).toString());
    return json;
}

QJsonArray spansToJson(const QList<Span> &spans, QStringView text)
{
    QJsonArray array;
    for (const Span &span : spans)
        array.append(spanToJson(span, text));
    return array;
}

QString spanToLine(const Span &span, QStringView text)
{
    QStringList values;
    const QJsonObject normalized = span.normalized();
    for (auto it = normalized.constBegin(); it != normalized.constEnd(); ++it)
        values << it.key() % u'=' % normalizedValueText(it.value());
    QString line = u"[%1, %2)"_s.arg(codePointOffset(text, span.start))
                           .arg(codePointOffset(text, span.end))
                           .leftJustified(14)
            % spanKindName(span.kind).leftJustified(10) % text.mid(span.start, span.length());
    if (!values.isEmpty())
        line += u"  "_s % values.join(u"  "_s);
    return line;
}

} // namespace newsmark::cli
