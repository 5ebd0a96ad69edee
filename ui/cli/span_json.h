#pragma once

#include "analysis/span.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

namespace newsmark::cli {

// {"start", "end", "type", "text"} plus every key of the span's normalized value, with start and
// end counted in Unicode code points of `text` (end exclusive), as every offset that leaves the
// program is.
QJsonObject spanToJson(const Span &span, QStringView text);
QJsonArray spansToJson(const QList<Span> &spans, QStringView text);

// One span per line for people: "[start, end)  TYPE  text  key=value ...", offsets in code points.
QString spanToLine(const Span &span, QStringView text);

} // namespace newsmark::cli
