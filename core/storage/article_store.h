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
};

// The columns the list shows, without the body.
struct ArticleSummary
{
    ArticleId id = 0;
    QString headline;
    QString outlet;
    QString published; // or the import date when the text carried none
    bool read = false;
    bool starred = false;
};

struct InsertOutcome
{
    ArticleId id = 0;
    bool duplicate = false; // an article with the same content hash was already stored
    bool updated = false; // the stored article from the same source path now has this text
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
    [[nodiscard]] int count(const ArticleQuery &query);
    [[nodiscard]] QList<ArticleSummary> page(const ArticleQuery &query, int offset, int limit);
    // The row at which `id` stands in `query`'s order, if it matches the filter.
    [[nodiscard]] std::optional<int> rowOf(const ArticleQuery &query, ArticleId id);
    [[nodiscard]] QList<ArticleId> allIds();

    Status markRead(const QList<ArticleId> &ids, bool read = true);
    Status markStarred(const QList<ArticleId> &ids, bool starred = true);

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

    Database &m_db;
    Statement m_insert;
    Statement m_find;
    Statement m_findFigures;
    Statement m_findHash;
    Statement m_findSource;
    Statement m_update;
};

} // namespace newsmark
