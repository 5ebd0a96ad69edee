#pragma once

// The format writers behind exportNotes(); internal to core/export.

#include "export/note_export.h"

#include <QJsonObject>

namespace newsmark::exporters {

QByteArray markdown(const QList<ExportedNote> &notes);
QByteArray html(const QList<ExportedNote> &notes);
QByteArray csv(const QList<ExportedNote> &notes);
QByteArray webAnnotation(const QList<ExportedNote> &notes);

// One W3C Web Annotation for a note; also what note_import reads back.
QJsonObject annotation(const ExportedNote &note);

// The spans inside a note's quote, split the way every format lists them: as a reader reads them
// (readableSpanText) or with their keys (quotedSpanText, for CSV).
enum class SpanStyle { Readable, Keyed };
// entities: people, organizations, places ...
QStringList entityTexts(const ExportedNote &note, SpanStyle style);
QStringList amountTexts(const ExportedNote &note,
                        SpanStyle style); // money, percentages, quantities

} // namespace newsmark::exporters
