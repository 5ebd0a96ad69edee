#pragma once

#include "feeds/feed_parser.h"
#include "feeds/http_fetcher.h"
#include "result.h"
#include "storage/feed_store.h"

#include <QObject>
#include <QUrl>

#include <functional>

namespace newsmark {

// What one feed's refresh did, for the status bar and `feeds refresh`.
struct FeedRefreshReport
{
    FeedId id = 0;
    QString title;
    QString url;
    FeedStoreOutcome stored;
    bool notModified = false; // 304, or a body identical to the last one
    QString error; // empty when it worked
    QStringList malformed;
    QString movedTo; // the new address after a permanent redirect
};

// Whether an item's article should be read from its web page: always, never, or (auto) when
// the feed gives only a summary — no content, and a short or cut-off description.
bool needsFullText(FullText mode, const FeedItem &item);

// When a feed is fetched next: its interval, or longer when the feed's TTL or the server's
// Cache-Control/Expires ask for it (at most a day); after a failure, the interval doubled per
// failure in a row (Retry-After when the server gave one) with ±10 % jitter, at most a day.
QDateTime nextFetchTime(const FeedRecord &feed, const FetchResponse &response,
                        std::optional<int> ttlMinutes, bool failed, const QDateTime &now);

// Refreshes feeds: fetches them (HttpFetcher's limits), parses what changed and stores the new
// and edited items with the feed's state, one transaction per feed. Runs on the thread that
// owns the store's connection, which needs an event loop.
class FeedRefresher final : public QObject
{
    Q_OBJECT

public:
    FeedRefresher(FeedStore &store, HttpFetcher &fetcher, QObject *parent = nullptr);

    // Reads the article of a fetched web page (the front end's extraction: newsmark-extract)
    // and answers `done` on the refresher's thread. Without one, feeds keep their summaries.
    using PageReader = std::function<void(const FetchResponse &page, QObject *context,
                                          std::function<void(const Result<Article> &)> done)>;
    // Fetches an article's figures (Figure::sourceUrl) and answers with those it keeps, bytes
    // and all, on the refresher's thread; its fetchers are children of `context`, which
    // cancel() stops too. Without one, feed items keep no images.
    using FigureFetcher = std::function<void(Article article, QObject *context,
                                             std::function<void(Article)> done)>;
    // What the front end lends the refresher for the web: newsmark-extract's.
    struct WebReader
    {
        PageReader readPage;
        FigureFetcher fetchFigures;
    };
    void setWebReader(WebReader reader) { m_web = std::move(reader); }

    void refresh(const QList<FeedRecord> &feeds);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_pending > 0; }

Q_SIGNALS:
    void feedRefreshed(const FeedRefreshReport &report);
    void finished();

private:
    void onResponse(const FeedRecord &feed, const FetchResponse &response);
    // Fetches the pages of the items that need their full text and the images of new items
    // that carry them, then stores them all.
    void completeAndStore(const FeedRecord &feed, const FeedFetchState &state,
                          FeedRefreshReport report, QList<FeedArticle> items,
                          const QList<qsizetype> &needPage, const QList<QUrl> &links,
                          const QList<qsizetype> &needFigures);
    void done(const FeedRefreshReport &report);

    FeedStore &m_store;
    HttpFetcher &m_fetcher;
    int m_pending = 0;
    WebReader m_web;
};

// A feed found for what the user typed: the address itself when it is a feed, else the first
// feed the page declares or keeps at a usual path that really parses as one.
struct FoundFeed
{
    QUrl url;
    ParsedFeed feed;
};
void findFeed(HttpFetcher &fetcher, const QUrl &address,
              std::function<void(const Result<FoundFeed> &)> done);

} // namespace newsmark
