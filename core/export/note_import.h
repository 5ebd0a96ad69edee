#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace newsmark {

class NoteService;

struct NoteImportReport
{
    int added = 0;
    int skipped = 0; // a note with the same id is in the library already
    int orphaned = 0; // added, but the quote has no place in the article's current text
};

// Restores notes from W3C Web Annotation JSON: our export (an AnnotationCollection), an
// AnnotationPage, an array of annotations or one annotation. Each annotation needs an
// "urn:uuid:" id, a target naming a library article (by the exported content hash, else by
// newsmark://article/ID) and a TextQuoteSelector; the note is placed in the article's current
// text like a reanchored one. Idempotent by id: notes already present are skipped, unchanged.
// All or nothing: any annotation that cannot be read fails the import, naming the file, the
// annotation and the reason, and nothing is written.
Result<NoteImportReport> importNotesFile(NoteService &service, const QString &path);
Result<NoteImportReport> importNotesJson(NoteService &service, const QByteArray &json,
                                         const QString &sourceName);

} // namespace newsmark
