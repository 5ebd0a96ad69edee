#pragma once

#include "model/note.h"
#include "result.h"
#include "storage/note_store.h"

#include <QObject>
#include <QStringView>
#include <QUuid>

#include <functional>
#include <optional>
#include <utility>

namespace newsmark {

class ArticleStore;

// What a new note carries besides its place: all optional, since one key highlights at once.
struct NoteDraft
{
    NoteColor color = NoteColor::Yellow;
    QString body;
    QStringList tags;
};

struct ReanchorReport
{
    int unchanged = 0; // already anchored in the current text
    int exact = 0; // the quote is where it was
    int moved = 0;
    int fuzzy = 0;
    int orphaned = 0;
};

// The use cases of notes, for the GUI (whose undo stack calls these: every change returns the
// note as it now is, remove() returns the note as it was, and restore()/replace() put a note
// back exactly, same id and times) and for the CLI. Every write is committed before it returns.
class NoteService final : public QObject
{
    Q_OBJECT

public:
    NoteService(ArticleStore &articles, NoteStore &notes, QObject *parent = nullptr);

    // A selection from the reader page: [start, end) in UTF-16 units of the article's canonical
    // text (what the page's data-start offsets count), and the text the page saw there, which
    // must match the canonical text (runs of white space compare equal).
    Result<Note> create(ArticleId article, qsizetype start, qsizetype end,
                        const QString &reportedQuote, const NoteDraft &draft = {});
    // The n-th (1-based) occurrence of `quote` in the canonical text, for the command line.
    Result<Note> createFromQuote(ArticleId article, const QString &quote, int occurrence,
                                 const NoteDraft &draft = {});

    Result<Note> setBody(const QUuid &id, const QString &body);
    Result<Note> setTags(const QUuid &id, const QStringList &tags);
    Result<Note> recolor(const QUuid &id, NoteColor color);
    // Deletes for good and returns what was deleted, for undo to restore().
    Result<Note> remove(const QUuid &id);
    // Inserts `note` as it is (undo of remove, redo of create).
    Result<Note> restore(const Note &note);
    // Writes `note`'s comment, tags, colour, anchor and times as they are (undo of an edit).
    Result<Note> replace(const Note &note);
    // Inserts many notes in one transaction (an import); with skipExisting, ids already stored
    // are left alone and reported false.
    Result<QList<bool>> restoreMany(const QList<Note> &notes, bool skipExisting);

    // Places the article's notes again in its current text, when that changed since they were
    // placed (re-import, a new analysis): see anchoring::anchorQuote. Notes that cannot be placed
    // become orphaned and keep their quote. One transaction; cheap when nothing changed.
    Result<ReanchorReport> reanchor(ArticleId article);

    [[nodiscard]] std::optional<Note> find(const QUuid &id) { return m_notes.find(id); }
    [[nodiscard]] QList<Note> forArticle(ArticleId article) { return m_notes.forArticle(article); }
    // Every note `query` selects, in its order.
    [[nodiscard]] QList<NoteRow> list(const NoteQuery &query);
    // The notes as they lie in their articles' current text: their articles are re-anchored
    // first (a re-import may have changed the text), then the notes read again. Lists, exports
    // and the CLI show notes this way.
    Result<QList<NoteRow>> listPlaced(const NoteQuery &query);
    Result<QList<Note>> placed(const QList<Note> &notes);
    [[nodiscard]] NoteStore &store() { return m_notes; }
    [[nodiscard]] ArticleStore &articles() { return m_articles; }

Q_SIGNALS:
    void noteSaved(const newsmark::Note &note); // created, edited or restored
    void noteRemoved(const newsmark::Note &note);
    // Several notes of one article changed at once (reanchor, import); 0 for many articles.
    void notesChanged(newsmark::ArticleId article);

private:
    Result<Note> modify(const QUuid &id, const std::function<void(Note &)> &change);
    Result<Note> createAt(ArticleId article, const QString &text, const QString &hash,
                          qsizetype start, qsizetype end, const NoteDraft &draft);

    ArticleStore &m_articles;
    NoteStore &m_notes;
};

// Where a placed note lies in `text` (the text it is anchored in), in UTF-16 units: for
// rendering. Nothing for an orphaned note.
std::optional<std::pair<qsizetype, qsizetype>> noteUtf16Range(const Note &note, QStringView text);

} // namespace newsmark
