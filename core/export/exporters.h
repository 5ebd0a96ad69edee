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

// The spans inside a note's quote as quotedSpanText lines, split the way every format lists them.
QStringList entityTexts(const ExportedNote &note); // entities: people, organizations, places ...
QStringList amountTexts(const ExportedNote &note); // money, percentages, quantities

} // namespace newsmark::exporters
