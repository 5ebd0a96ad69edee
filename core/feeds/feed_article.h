#pragma once

#include "feeds/feed_parser.h"
#include "model/article.h"

#include <QDateTime>
#include <QString>

namespace newsmark {

// An item's identity within its feed: "guid:" + its id, else "link:" + its link, else "hash:"
// + a hash of its title and content.
QString feedItemKey(const FeedItem &item);

// The article a feed item becomes: its title as the headline (the text's first words when it
// has none), its content (else its summary) as paragraphs, the feed's title as the outlet, its
// author as the reporter, its date (else `firstSeen`) in UTC, its link as the source. Korean
// when a good part of its letters are Hangul.
Article feedItemArticle(const FeedItem &item, const QString &feedTitle, const QDateTime &firstSeen,
                        const QString &fallbackSource);

} // namespace newsmark
