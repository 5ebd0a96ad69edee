#pragma once

#include "model/note.h"
#include "result.h"
#include "storage/database.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace newsmark {

enum class NoteSortKey { Created, Updated, Article };

// What the Notes view asks for. Every field that is set narrows the result.
struct NoteQuery
{
    QString text; // words, each in the quote, the comment, a tag or the headline
    QString tag; // a tag, whole, ignoring case
    std::optional<NoteColor> color;
    std::optional<ArticleId> articleId;
    QString outlet; // part of the article's outlet
    QString entity; // an entity mentioned in the quote (by name or as written), or any text in it
    // When the note was made: calendar days in the local time zone (an analyst's "today"),
    // inclusive; either may be left invalid for an open end.
    QDate createdFrom;
    QDate createdTo;
    // The article's date (its published date, or its import date when it has none), inclusive.
    QDate articleDateFrom;
    QDate articleDateTo;
    bool orphanedOnly = false;
    // Only these notes (what a search of the index found); an empty list matches none.
    std::optional<QList<QUuid>> ids;
    NoteSortKey sortKey = NoteSortKey::Created;
    bool descending = true; // Article order is always text order within an article
};

// A note with the article columns the Notes view shows beside it.
struct NoteRow
{
    Note note;
    QString headline;
    QString outlet;
    QString published; // the article's date, or its import date when it had none
};

// The notes and their tags: the only SQL about notes. Every write is one transaction.
class NoteStore final
{
public:
    explicit NoteStore(Database &db);
    Q_DISABLE_COPY_MOVE(NoteStore)

    // Fails when a note with the same id exists.
    Status insert(const Note &note);
    // All or none. With skipExisting, notes whose id is stored already are left as they are and
    // reported false; otherwise one of them fails the whole batch.
    Result<QList<bool>> insertMany(const QList<Note> &notes, bool skipExisting);
    // Writes every field but id, article, original quote, text hash and creation time.
    Status update(const Note &note);
    Status updateMany(const QList<Note> &notes);
    // The note as it was, or nothing when there was none.
    Result<std::optional<Note>> remove(const QUuid &id);

    [[nodiscard]] std::optional<Note> find(const QUuid &id);
    [[nodiscard]] bool contains(const QUuid &id);
    // In text order.
    [[nodiscard]] QList<Note> forArticle(ArticleId id);
    [[nodiscard]] int count(const NoteQuery &query);
    [[nodiscard]] QList<NoteRow> page(const NoteQuery &query, int offset, int limit);
    // The ids in `query`'s order: cheap enough for rowOf over a library's notes.
    [[nodiscard]] QList<QUuid> ids(const NoteQuery &query);
    // Every tag in use (spelt as its first spelling in code point order, since tags compare
    // ignoring case) with how many notes carry it, by name.
    [[nodiscard]] QList<std::pair<QString, int>> tagCounts();

    [[nodiscard]] Database &database() { return m_db; }

private:
    bool writeTags(const Note &note);
    bool insertOne(const Note &note);

    Database &m_db;
    Statement m_insert;
    Statement m_update;
    Statement m_deleteTags;
    Statement m_insertTag;
    Statement m_exists;
};

} // namespace newsmark
