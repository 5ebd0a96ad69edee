#pragma once

#include "analysis/span.h"
#include "model/note.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace newsmark {

class ArticleStore;
class NoteService;

// The formats notes leave the app in; PDF is the GUI printing the HTML export.
enum class ExportFormat { Markdown, Html, Csv, Json };

// "md" or "markdown", "html", "csv", "json".
std::optional<ExportFormat> exportFormatFromName(QStringView name);

// An entity or amount recognised inside a note's quote.
struct QuotedSpan
{
    SpanKind kind = SpanKind::Money;
    QString text;
    QJsonObject normalized;

    [[nodiscard]] bool isAmount() const;
};

// The article a note belongs to, as every format names it.
struct ExportedArticle
{
    ArticleId id = 0;
    QString headline;
    QString outlet;
    QString published;
    QString sourcePath;
    QString contentHash;
};

struct ExportedNote
{
    Note note;
    ExportedArticle article;
    QList<QuotedSpan> spans; // inside the quote, in text order; none for orphaned notes
};

// The notes with their articles and the spans of Analyzer::standard() that lie wholly inside
// each quote, in export order: by article (published date, then id), then by place in the text,
// then by id. Notes should be reanchored first (NoteService::reanchor): a note anchored in an
// older text gets no spans. Notes of articles that are gone are left out.
QList<ExportedNote> prepareExport(ArticleStore &articles, const QList<Note> &notes);
// What every front end exports: the notes placed in their articles' current text first
// (NoteService::placed), then prepared. The GUI adds only the printing of the HTML to PDF.
Result<QList<ExportedNote>> preparePlacedExport(NoteService &service, ArticleStore &articles,
                                                const QList<Note> &notes);

// The bytes of an export. The same notes give the same bytes: nothing depends on the time or
// place of the export.
QByteArray exportNotes(const QList<ExportedNote> &notes, ExportFormat format);

// Writes `bytes` to `path` atomically (QSaveFile): the old file stays whole until the new one is.
Status writeExportFile(const QString &path, const QByteArray &bytes);

// The links exports carry back into the app: newsmark://article/ID and
// newsmark://article/ID?note=UUID (the UUID without braces). The GUI opens the article and
// scrolls to the note.
QString articleLink(ArticleId article);
QString noteLink(const Note &note);
struct NoteLink
{
    ArticleId article = 0;
    std::optional<QUuid> note;
};
std::optional<NoteLink> parseNoteLink(const QString &link);

// "MONEY 3조2000억원 (currency=KRW, value=3200000000000)": one span with its keys (CSV).
QString quotedSpanText(const QuotedSpan &span);
// "Money 3조2000억원 (₩3,200,000,000,000)", in Korean "금액 …": one span as a reader reads it
// (Markdown, HTML, PDF): its kind in the UI language, an amount's exact figure, an entity's
// main name where the text names it otherwise ("Person 최 회장 (최태원)").
QString readableSpanText(const QuotedSpan &span);

} // namespace newsmark
