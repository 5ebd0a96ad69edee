#pragma once

#include "feeds/feed_refresh.h"
#include "feeds/http_fetcher.h"
#include "model/article.h"
#include "result.h"

#include <QObject>
#include <QUrl>

#include <functional>

namespace newsmark {
class Library;
}

namespace newsmark::extract {

struct SavedPage
{
    ArticleId id = 0;
    QString headline;
    QUrl url; // the page's canonical address: the article's source
    bool updated = false; // saved before with another text: rewritten in place
    bool duplicate = false; // the same text was in the library already
    int images = 0; // the page's images kept with it
};

// Save Page, for the window and `newsmark-cli save` alike: fetches `url` (HttpFetcher, on the
// calling thread's event loop), extracts its article with PageExtractor on the application's
// main thread (where QtWebEngine lives: from another thread the call is posted there and this
// thread waits), and stores it in `library` with the page's canonical address as its source, so
// that saving the page again updates the article in place; its images are fetched and stored
// with it (fetchFigures). Blocks until done.
Result<SavedPage> savePage(Library &library, const QUrl &url);

// FeedRefresher's PageReader: the article of a fetched page, read by one PageExtractor on the
// main thread (pages wait their turn there), with its images fetched on `context`'s thread,
// where `done` runs.
void readPageArticle(const FetchResponse &page, QObject *context,
                     std::function<void(const Result<Article> &)> done);

// What FeedRefresher borrows from newsmark-extract: readPageArticle, and fetchFigures for the
// images of feed items that carry their whole text.
FeedRefresher::WebReader feedWebReader();

} // namespace newsmark::extract
