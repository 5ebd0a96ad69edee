#pragma once

#include "model/article.h"
#include "result.h"
#include "storage/database.h"

#include <QList>
#include <QString>

#include <optional>

namespace newsmark {

// Which column the library list sorts by.
enum class ArticleSortKey { Published, Headline, Outlet };

// What the library list asks for: a filter text (matched in headline, outlet, reporter, category)
// and an order. Rows come back in pages so that a 100,000-article library opens at once.
struct ArticleQuery
{
    QString filter;
    ArticleSortKey sortKey = ArticleSortKey::Published;
    bool descending = true;
    // Only articles that mention this entity (EntityStore's id); 0 for all.
    qint64 entityId = 0;
    // Only articles from this feed (FeedStore's id); 0 for all.
    qint64 feedId = 0;
    // Only articles from the feeds in this folder and the folders in it ("A" takes "A/B"); empty
    // for all.
    QString feedFolder {};
    // The Trash instead of the library: the list shows one or the other, never both.
    bool trash = false;
    // Only unread articles; only starred ones (both: the unread starred ones).
    bool unreadOnly = false;
    bool starredOnly = false;
};

// The columns the list shows, without the body.
struct ArticleSummary
{
    ArticleId id = 0;
    QString headline;
    QString outlet;
    QString published; // or the import date when the text carried none (see `undated`)
    bool read = false;
    bool starred = false;
    QString deletedAt {}; // when it went to the Trash (ISO 8601 UTC); empty outside it
    bool undated = false; // the text carried no date: `published` is the import date
    QString importedAt {}; // when it entered the library (ISO 8601 UTC)
};

// Which of an article's two flags a change is about.
enum class ArticleFlag { Read, Starred };

// What setting a flag on articles did: the ones whose flag changed now, and the ones that had
// the value already (an undo puts back only the first).
struct FlagChange
{
    QList<ArticleId> changed;
    QList<ArticleId> unchanged;
};

struct InsertOutcome
{
    ArticleId id = 0;
    bool duplicate = false; // an article with the same content hash was already stored
    bool updated = false; // the stored article from the same source path now has this text
    bool inTrash = false; // the stored article (duplicate or updated) is in the Trash: stays there
};

// What moving articles to or from the Trash did.
struct TrashChange
{
    QList<ArticleId> changed; // moved (or restored) now
    QList<ArticleId> unchanged; // were there already
};

// What storing an article does when a stored one came from the same source path with another
// text. AddNew keeps both (two files may well share a path over time, e.g. a folder reused for
// each day's clippings); UpdateInPlace is the importer's: the file was edited, so its article is
// rewritten under the same id and its notes, star and list place stay with it.
enum class SamePath { AddNew, UpdateInPlace };

class ArticleStore final
{
public:
    explicit ArticleStore(Database &db);
    Q_DISABLE_COPY_MOVE(ArticleStore)

    // Stores one article (a duplicate of a stored one is reported, not stored twice).
    Result<InsertOutcome> insert(const Article &article);
    // Stores many in one transaction: all or none are written. A text already stored is a
    // duplicate whatever its path; with UpdateInPlace, a new text from the source path of stored
    // articles replaces the newest of them (marked unread, first import time kept).
    Result<QList<InsertOutcome>> insertMany(const QList<Article> &articles,
                                            SamePath samePath = SamePath::AddNew);

    [[nodiscard]] std::optional<Article> find(ArticleId id);
    [[nodiscard]] std::optional<ArticleId> findByHash(const QString &contentHash);
    // One of the article's images with its bytes (find() reads the figures without them).
    [[nodiscard]] std::optional<Figure> figure(ArticleId id, int ordinal);
    [[nodiscard]] bool hasFigures(ArticleId id);
    [[nodiscard]] int count(const ArticleQuery &query);
    [[nodiscard]] QList<ArticleSummary> page(const ArticleQuery &query, int offset, int limit);
    // The rows of these articles that `query` lists (its filters, not its order): the library
    // list's search reads only the articles the index found, within the list's scope.
    [[nodiscard]] QList<ArticleSummary> summaries(const ArticleQuery &query,
                                                  const QList<ArticleId> &ids);
    // The row at which `id` stands in `query`'s order, if it matches the filter.
    [[nodiscard]] std::optional<int> rowOf(const ArticleQuery &query, ArticleId id);
    [[nodiscard]] QList<ArticleId> allIds();

    Status markRead(const QList<ArticleId> &ids, bool read = true);
    Status markStarred(const QList<ArticleId> &ids, bool starred = true);
    // Sets a flag on articles in one transaction; fails as a whole (changing nothing) when an id
    // names no article, and the message names every such id ("there is no article 7, 9").
    Result<FlagChange> setFlag(const QList<ArticleId> &ids, ArticleFlag flag, bool value);
    // The unread articles `query` lists, in its order (Mark All Read of a view).
    [[nodiscard]] QList<ArticleId> unreadIds(const ArticleQuery &query);
    // The first unread article after `after` in `query`'s order (after 0: from the top), or
    // nothing when none follows.
    [[nodiscard]] std::optional<ArticleId> nextUnread(const ArticleQuery &query, ArticleId after);

    // --- The Trash. Each call is one transaction, and fails as a whole (changing nothing) when
    // an id names no article; the message names every such id.
    // Hides the articles from the list, the Notes view and the entity counts; their notes,
    // mentions and feed items are kept for a restore.
    Result<TrashChange> moveToTrash(const QList<ArticleId> &ids);
    Result<TrashChange> restoreFromTrash(const QList<ArticleId> &ids);
    // Deletes articles of the Trash for good, with their notes, mentions and analysis (ON DELETE
    // CASCADE); their feed items keep their identity without an article, so a refresh leaves
    // them out. An id outside the Trash fails the call. Returns how many were deleted.
    Result<int> purge(const QList<ArticleId> &ids);
    // Purges every article in the Trash.
    Result<int> emptyTrash();
    // Kept up to date on write (library_counts, 0008_trash.sql).
    [[nodiscard]] int trashCount();

    // One article inside the caller's open Transaction: FeedStore writes a refresh's articles
    // and the feed's new state together.
    Result<InsertOutcome> insertWithin(const Article &article, SamePath samePath)
    {
        return insertOne(article, samePath);
    }

    [[nodiscard]] Database &database() { return m_db; }

private:
    Result<InsertOutcome> insertOne(const Article &article, SamePath samePath);
    // Replaces the article's images with these.
    [[nodiscard]] bool writeFigures(ArticleId id, const QList<Figure> &figures);
    // The paragraph kinds and images of `article` for stored article `id`, where it has none.
    Status fillInLayout(ArticleId id, const Article &article);
    // The stored article with this content hash, and whether it is in the Trash.
    std::optional<std::pair<ArticleId, bool>> storedWithHash(const QString &contentHash);
    bool isInTrash(ArticleId id);
    // The ids of `ids` that name no article: "there is no article 7, 9", or nothing.
    std::optional<Error> missingArticles(const QList<ArticleId> &ids);
    Result<TrashChange> setTrashed(const QList<ArticleId> &ids, bool trashed);

    Database &m_db;
    Statement m_insert;
    Statement m_find;
    Statement m_findFigures;
    Statement m_findHash;
    Statement m_findSource;
    Statement m_update;
    Statement m_trashState;
};

} // namespace newsmark
