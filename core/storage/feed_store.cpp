#include "storage/feed_store.h"

#include "i18n/ui_language.h"

#include "logging.h"

namespace newsmark {

namespace {

// The feed's columns, with the counts the feeds pane shows (articles, unread) or, for what a
// refresh reads every minute, without them.
QByteArray feedSelect(bool counted, const char *rest)
{
    return QByteArray("SELECT f.id, f.url, f.title, f.site_url, f.folder, f.full_text, f.encoding,"
                      " f.interval_minutes, f.etag, f.last_modified, f.body_hash, f.next_fetch_at,"
                      " f.last_fetched_at, f.last_error, f.error_count, f.malformed,"
                      " f.guids_trusted, f.links_trusted,")
            // Trashed articles are not the feed's any more, as far as the pane counts.
            + (counted ? " (SELECT count(*) FROM feed_items i JOIN articles a ON a.id = "
                         "i.article_id"
                         "   WHERE i.feed_id = f.id AND a.deleted_at IS NULL),"
                         " (SELECT count(*) FROM feed_items i JOIN articles a ON a.id = "
                         "i.article_id"
                         "   WHERE i.feed_id = f.id AND a.is_read = 0 AND a.deleted_at IS NULL)"
                       : " 0, 0")
            + " FROM feeds f" + rest;
}

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QString &text)
{
    if (text.isEmpty())
        return {};
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC(); // stored with a 'Z'
}

FeedRecord recordFrom(const Statement &s)
{
    FeedRecord f;
    f.id = s.int64(0);
    f.url = s.text(1);
    f.title = s.text(2);
    f.siteUrl = s.text(3);
    f.folder = s.text(4);
    f.fullText = fullTextFromName(s.text(5)).value_or(FullText::Auto);
    f.encoding = s.text(6);
    f.intervalMinutes = int(s.int64(7));
    f.etag = s.text(8);
    f.lastModified = s.text(9);
    f.bodyHash = s.text(10);
    f.nextFetchAt = fromIso(s.text(11));
    f.lastFetchedAt = fromIso(s.text(12));
    f.lastError = s.text(13);
    f.errorCount = int(s.int64(14));
    f.malformed = s.text(15);
    f.guidsTrusted = s.int64(16) != 0;
    f.linksTrusted = s.int64(17) != 0;
    f.articles = int(s.int64(18));
    f.unread = int(s.int64(19));
    return f;
}

Error writeError(Database &db)
{
    return Error {CoreText::tr("cannot write to the library: %1").arg(db.lastError())};
}

} // namespace

QString fullTextName(FullText mode)
{
    switch (mode) {
    case FullText::Auto: return QStringLiteral("auto");
    case FullText::Always: return QStringLiteral("always");
    case FullText::Never: return QStringLiteral("never");
    }
    return QStringLiteral("auto");
}

std::optional<FullText> fullTextFromName(QStringView name)
{
    for (const FullText mode : {FullText::Auto, FullText::Always, FullText::Never}) {
        if (name == fullTextName(mode))
            return mode;
    }
    return std::nullopt;
}

FeedStore::FeedStore(Database &db, ArticleStore &articles)
    : m_db(db)
    , m_articles(articles)
{ }

Result<FeedId> FeedStore::add(const FeedRecord &feed)
{
    if (const auto existing = findByUrl(feed.url)) {
        return Error {CoreText::tr("%1 is subscribed already (feed %2, \"%3\")")
                              .arg(feed.url)
                              .arg(existing->id)
                              .arg(existing->title)};
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return writeError(m_db);
    Statement s(m_db,
                "INSERT INTO feeds (url, title, site_url, folder, full_text, encoding,"
                " interval_minutes, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    s.bind(1, feed.url)
            .bind(2, feed.title)
            .bind(3, feed.siteUrl)
            .bind(4, feed.folder)
            .bind(5, fullTextName(feed.fullText))
            .bind(6, feed.encoding)
            .bind(7, qMax(1, feed.intervalMinutes))
            .bind(8, isoUtc(QDateTime::currentDateTimeUtc()));
    if (!s.exec())
        return writeError(m_db);
    const FeedId id = m_db.lastInsertId();
    if (!tx.commit())
        return writeError(m_db);
    qCInfo(lcLibrary) << "subscribed to" << feed.url << "as feed" << id;
    return id;
}

QList<FeedRecord> FeedStore::list()
{
    Statement s(m_db,
                feedSelect(true, " ORDER BY f.folder, f.title COLLATE NOCASE, f.id").constData());
    QList<FeedRecord> feeds;
    while (s.step())
        feeds.append(recordFrom(s));
    return feeds;
}

QList<FeedRecord> FeedStore::due(const QDateTime &now)
{
    // ISO 8601 UTC text compares in time order; '' (never fetched) is due.
    Statement s(m_db, feedSelect(false, " WHERE f.next_fetch_at <= ?1 ORDER BY f.id").constData());
    s.bind(1, isoUtc(now));
    QList<FeedRecord> feeds;
    while (s.step())
        feeds.append(recordFrom(s));
    return feeds;
}

QList<FeedId> FeedStore::feedsOf(ArticleId article)
{
    Statement feeds(m_db, "SELECT DISTINCT feed_id FROM feed_items WHERE article_id = ?1");
    feeds.bind(1, article);
    QList<FeedId> out;
    while (feeds.step())
        out.append(feeds.int64(0));
    return out;
}

std::optional<FeedRecord> FeedStore::find(FeedId id)
{
    Statement s(m_db, feedSelect(true, " WHERE f.id = ?1").constData());
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return recordFrom(s);
}

std::optional<FeedRecord> FeedStore::findByUrl(const QString &url)
{
    Statement s(m_db, feedSelect(true, " WHERE f.url = ?1").constData());
    s.bind(1, url);
    if (!s.step())
        return std::nullopt;
    return recordFrom(s);
}

Status FeedStore::changeOne(FeedId id, const char *sql,
                            const std::function<void(Statement &)> &bind)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return writeError(m_db);
    Statement s(m_db, sql);
    s.bind(1, id);
    if (bind)
        bind(s);
    if (!s.exec())
        return writeError(m_db);
    if (m_db.changes() != 1)
        return Error {CoreText::tr("there is no feed %1").arg(id)};
    if (!tx.commit())
        return writeError(m_db);
    return Done {};
}

Status FeedStore::remove(FeedId id)
{
    return changeOne(id, "DELETE FROM feeds WHERE id = ?1", {});
}

Status FeedStore::setFolder(FeedId id, const QString &folder)
{
    return changeOne(id, "UPDATE feeds SET folder = ?2 WHERE id = ?1",
                     [&](Statement &s) { s.bind(2, folder); });
}

Status FeedStore::setOptions(FeedId id, int intervalMinutes, FullText fullText,
                             const QString &encoding)
{
    // A shorter interval applies at once; a longer one from the next fetch on. Another encoding
    // reads the same body again.
    return changeOne(
            id,
            "UPDATE feeds SET interval_minutes = ?2, full_text = ?3, encoding = ?4,"
            " body_hash = CASE WHEN encoding <> ?4 THEN '' ELSE body_hash END,"
            " next_fetch_at = CASE WHEN interval_minutes > ?2 THEN '' ELSE next_fetch_at END"
            " WHERE id = ?1",
            [&](Statement &s) {
                s.bind(2, qMax(1, intervalMinutes))
                        .bind(3, fullTextName(fullText))
                        .bind(4, encoding);
            });
}

QList<ArticleId> FeedStore::unreadArticles(FeedId id, const QString &folder)
{
    Statement s(m_db,
                "SELECT DISTINCT a.id FROM articles a"
                " JOIN feed_items i ON i.article_id = a.id JOIN feeds f ON f.id = i.feed_id"
                " WHERE a.is_read = 0 AND a.deleted_at IS NULL"
                "  AND ((?1 > 0 AND f.id = ?1) OR (?1 = 0 AND (f.folder = ?2"
                "  OR substr(f.folder, 1, length(?2) + 1) = ?2 || '/')))");
    s.bind(1, id).bind(2, folder);
    QList<ArticleId> ids;
    while (s.step())
        ids.append(s.int64(0));
    return ids;
}

bool FeedStore::knowsItem(FeedId id, const QString &key)
{
    Statement s(m_db, "SELECT 1 FROM feed_items WHERE feed_id = ?1 AND item_key = ?2");
    s.bind(1, id).bind(2, key);
    return s.step();
}

Status FeedStore::writeState(FeedId id, const FeedFetchState &state)
{
    // A failure counts towards the back-off; anything else resets it. Title and site only
    // replace what was there when the feed says something.
    Statement s(m_db,
                "UPDATE feeds SET url = CASE WHEN ?2 <> '' THEN ?2 ELSE url END,"
                " title = CASE WHEN ?3 <> '' THEN ?3 ELSE title END,"
                " site_url = CASE WHEN ?4 <> '' THEN ?4 ELSE site_url END,"
                " etag = CASE WHEN ?11 = '' THEN ?5 ELSE etag END,"
                " last_modified = CASE WHEN ?11 = '' THEN ?6 ELSE last_modified END,"
                " body_hash = CASE WHEN ?11 = '' AND ?7 <> '' THEN ?7 ELSE body_hash END,"
                " last_fetched_at = ?8, next_fetch_at = ?9, malformed = ?10,"
                " last_error = ?11,"
                " error_count = CASE WHEN ?11 = '' THEN 0 ELSE error_count + 1 END,"
                // Once distrusted, for good: the keys its items were stored under depend on it.
                " guids_trusted = guids_trusted AND ?12, links_trusted = links_trusted AND ?13"
                " WHERE id = ?1");
    s.bind(1, id)
            .bind(2, state.url)
            .bind(3, state.title)
            .bind(4, state.siteUrl)
            .bind(5, state.etag)
            .bind(6, state.lastModified)
            .bind(7, state.bodyHash)
            .bind(8, isoUtc(state.fetchedAt))
            .bind(9, isoUtc(state.nextFetchAt))
            .bind(10, state.malformed)
            .bind(11, state.error)
            .bind(12, state.guidsTrusted)
            .bind(13, state.linksTrusted);
    if (!s.exec())
        return writeError(m_db);
    if (m_db.changes() != 1)
        return Error {CoreText::tr("there is no feed %1").arg(id)};
    return Done {};
}

Status FeedStore::storeState(FeedId id, const FeedFetchState &state)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return writeError(m_db);
    if (auto written = writeState(id, state); !written)
        return written;
    if (!tx.commit())
        return writeError(m_db);
    return Done {};
}

Result<FeedStoreOutcome> FeedStore::storeRefresh(FeedId id, const FeedFetchState &state,
                                                 const QList<FeedArticle> &items)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return writeError(m_db);
    if (auto written = writeState(id, state); !written)
        return Error {written.error()};
    Statement seen(m_db,
                   "SELECT article_id IS NULL, from_page FROM feed_items"
                   " WHERE feed_id = ?1 AND item_key = ?2");
    Statement record(m_db,
                     "INSERT INTO feed_items (feed_id, item_key, article_id, first_seen_at,"
                     " from_page) VALUES (?1, ?2, ?3, ?4, ?5)"
                     " ON CONFLICT (feed_id, item_key) DO NOTHING");
    const QString now = isoUtc(QDateTime::currentDateTimeUtc());
    FeedStoreOutcome outcome;
    for (const FeedArticle &item : items) {
        seen.bind(1, id).bind(2, item.key);
        const bool known = seen.step();
        const bool deleted = known && seen.int64(0) != 0;
        const bool keptPage = known && seen.int64(1) != 0;
        seen.reset();
        if (deleted) {
            ++outcome.skippedDeleted;
            continue;
        }
        if (keptPage && !item.fromPage) { // the whole page stays; the summary is no edit
            ++outcome.unchanged;
            continue;
        }
        auto stored = m_articles.insertWithin(item.article, SamePath::UpdateInPlace);
        if (!stored)
            return Error {stored.error()};
        if (stored->inTrash) {
            // Deleted, not yet for good: an edit is kept (a restore shows the article as the
            // feed has it now), but the article stays in the Trash.
            ++outcome.skippedDeleted;
            if (stored->updated)
                outcome.updatedIds.append(stored->id);
        } else if (stored->updated) {
            ++outcome.updated;
            outcome.updatedIds.append(stored->id);
        } else if (stored->duplicate || known) {
            ++outcome.unchanged;
        } else {
            ++outcome.added;
            outcome.addedIds.append(stored->id);
        }
        record.bind(1, id)
                .bind(2, item.key)
                .bind(3, stored->id)
                .bind(4, now)
                .bind(5, item.fromPage);
        if (!record.exec())
            return writeError(m_db);
        record.reset();
    }
    if (!tx.commit())
        return writeError(m_db);
    return outcome;
}

} // namespace newsmark
