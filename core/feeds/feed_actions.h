#pragma once

#include "feeds/feed_refresh.h"
#include "feeds/opml.h"
#include "result.h"
#include "storage/feed_store.h"

#include <QList>
#include <QUrl>

#include <functional>

namespace newsmark {

class Library;

// What both front ends do with feeds, each call running the calling thread's event loop until
// it is done (the CLI's main thread, or a worker thread of the window's).

// The address the user typed, as an http(s) URL; without a scheme, https. Invalid when it is no
// web address.
QUrl feedAddressFromUserInput(const QString &typed, bool *guessedScheme = nullptr);

// Finds the feed at or behind `address` (findFeed; when the scheme was guessed and https gets
// nothing, plain http), subscribes to it with `options`' folder, full-text mode and interval.
Result<FeedId> subscribeToFeed(Library &library, const QString &typed, const FeedRecord &options);

// Refreshes `feeds`, reporting each as it is done; `progress` returning false stops the rest.
// The notes of articles edited at the source are placed again in their new text.
// With a `web` reader (newsmark-extract's feedWebReader()), the items that need it get the full
// text of their web page (FeedRecord::fullText), and new items keep their images.
QList<FeedRefreshReport>
refreshFeeds(Library &library, const QList<FeedRecord> &feeds,
             const std::function<bool(const FeedRefreshReport &, int done, int total)> &progress,
             const FeedRefresher::WebReader &web = {});

// The subscriptions as an OPML document, folders nested.
OpmlDocument subscriptionsAsOpml(FeedStore &store, const QString &title);

struct OpmlSubscribed
{
    int added = 0;
    int known = 0; // subscribed already
};
// Subscribes to every feed of `document` not subscribed yet, in its folder.
Result<OpmlSubscribed> subscribeFromOpml(FeedStore &store, const OpmlDocument &document);

} // namespace newsmark
