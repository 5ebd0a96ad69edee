#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace newsmark {

struct FeedCandidate
{
    enum class Source {
        Declared, // the page's <link rel="alternate" type="application/rss+xml" ...>
        Conventional // a path where sites commonly keep their feed (/feed, /rss ...)
    };
    QUrl url; // absolute
    QString title; // the link's title attribute, if declared
    Source source = Source::Declared;

    friend bool operator==(const FeedCandidate &, const FeedCandidate &) = default;
};

// The feeds a web page might have, most likely first: the feeds the page declares (RSS, Atom,
// JSON Feed; resolved against <base href>, else the page's URL), in document order, then the
// conventional paths on the page's site. No duplicates. Pure: the caller fetches and parses
// each candidate to see which is a feed.
QList<FeedCandidate> discoverFeeds(const QByteArray &html, const QUrl &pageUrl,
                                   QByteArrayView httpCharset = {});

// Whether the bytes start like a feed (an rss, feed, RDF or channel root element, or a JSON
// Feed), so that a URL the user pastes can be taken as the feed itself rather than a page.
bool looksLikeFeed(const QByteArray &bytes);

} // namespace newsmark
