#pragma once

#include "model/article.h"
#include "result.h"
#include "storage/article_store.h"
#include "storage/database.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace newsmark {

using FeedId = qint64;

// Whether a feed's items are fetched as whole pages: when the feed carries only a summary
// (auto), for every item, or never.
enum class FullText { Auto, Always, Never };
QString fullTextName(FullText mode); // "auto", "always", "never"
std::optional<FullText> fullTextFromName(QStringView name);

// A subscription as stored.
struct FeedRecord
{
    FeedId id = 0;
    QString url;
    QString title;
    QString siteUrl;
    QString folder; // "Korea/Business"; empty: at the top
    FullText fullText = FullText::Auto;
    QString encoding; // the user's override; empty: as the feed says
    int intervalMinutes = 30;
    QString etag;
    QString lastModified;
    QString bodyHash;
    QDateTime nextFetchAt; // invalid: due now
    QDateTime lastFetchedAt;
    QString lastError;
    int errorCount = 0;
    QString malformed;
    // Whether its guids and links tell its items apart (turned off for good once a refresh saw
    // two different items share one).
    bool guidsTrusted = true;
    bool linksTrusted = true;
    int articles = 0; // articles stored from it
    int unread = 0;
};

// One item of a refresh, already turned into an article; `key` is its identity in the feed.
struct FeedArticle
{
    QString key;
    Article article;
    bool fromPage = false; // its text is the item's web page's, not the feed's
};

// What storing a refresh's items did.
struct FeedStoreOutcome
{
    int added = 0;
    int updated = 0; // an item edited at the source: its article rewritten in place
    int unchanged = 0;
    // The user deleted its article: purged, it does not come back; in the Trash, it stays there
    // (an edit at the source is written to it there).
    int skippedDeleted = 0;
    QList<ArticleId> addedIds;
    QList<ArticleId> updatedIds; // their notes are placed again in the new text
};

// What a fetch learned about the feed, written with its items in one transaction.
struct FeedFetchState
{
    QString url; // the feed's address after a permanent redirect
    QString title;
    QString siteUrl;
    QString etag;
    QString lastModified;
    QString bodyHash;
    QDateTime fetchedAt;
    QDateTime nextFetchAt;
    QString error; // empty: it worked
    QString malformed;
    bool guidsTrusted = true;
    bool linksTrusted = true;
};

// The subscriptions and what their items became: the only SQL about feeds.
class FeedStore final
{
public:
    FeedStore(Database &db, ArticleStore &articles);
    Q_DISABLE_COPY_MOVE(FeedStore)

    // Fails when the URL is subscribed already (the message names the feed).
    Result<FeedId> add(const FeedRecord &feed);
    [[nodiscard]] QList<FeedRecord> list();
    // The feeds whose next fetch has come (or that were never fetched), without their counts.
    [[nodiscard]] QList<FeedRecord> due(const QDateTime &now);
    [[nodiscard]] std::optional<FeedRecord> find(FeedId id);
    // The feeds an article came from (none for an imported file), by the items index.
    [[nodiscard]] QList<FeedId> feedsOf(ArticleId article);
    [[nodiscard]] std::optional<FeedRecord> findByUrl(const QString &url);
    // The articles stay; only the subscription and its item identities go.
    Status remove(FeedId id);
    Status setFolder(FeedId id, const QString &folder);
    // The interval, full-text mode and encoding override of a feed, as its properties say.
    Status setOptions(FeedId id, int intervalMinutes, FullText fullText, const QString &encoding);
    // The unread articles (not in the Trash) of a feed (id > 0) or of a folder and the folders
    // in it, for Mark Feed as Read, which marks them through the list's undoable command.
    [[nodiscard]] QList<ArticleId> unreadArticles(FeedId id, const QString &folder);

    // Stores the items of one refresh and the feed's new state, in one transaction: all or
    // nothing. An item seen before updates its article in place when its text changed.
    Result<FeedStoreOutcome> storeRefresh(FeedId id, const FeedFetchState &state,
                                          const QList<FeedArticle> &items);
    // Records a failed or unchanged fetch (no items).
    Status storeState(FeedId id, const FeedFetchState &state);
    // The items of `id` the store knows, so that a refresh fetches full text only for new ones.
    [[nodiscard]] bool knowsItem(FeedId id, const QString &key);

private:
    Status writeState(FeedId id, const FeedFetchState &state);
    // One statement on one feed (?1 is its id) in a transaction of its own; "there is no feed"
    // when it touched none.
    Status changeOne(FeedId id, const char *sql, const std::function<void(Statement &)> &bind);

    Database &m_db;
    ArticleStore &m_articles;
};

} // namespace newsmark
