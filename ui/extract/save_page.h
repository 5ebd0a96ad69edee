#pragma once

#include "model/article.h"
#include "result.h"

#include <QUrl>

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
};

// Save Page, for the window and `newsmark-cli save` alike: fetches `url` (HttpFetcher, on the
// calling thread's event loop), extracts its article with PageExtractor on the application's
// main thread (where QtWebEngine lives: from another thread the call is posted there and this
// thread waits), and stores it in `library` with the page's canonical address as its source, so
// that saving the page again updates the article in place. Blocks until done.
Result<SavedPage> savePage(Library &library, const QUrl &url);

} // namespace newsmark::extract
