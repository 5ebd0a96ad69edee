#pragma once

#include "feeds/feed_parser.h"
#include "model/article.h"

#include <QDateTime>
#include <QString>

namespace newsmark {

// Whether a feed's guids and links tell its items apart.
struct ItemIdentity
{
    bool guidsTrusted = true;
    bool linksTrusted = true;
};

// What `items` (one fetch of a feed) say about `known`: a guid two different items share (other
// title, link or content) is no identity, nor a link two different items share. Only ever
// takes trust away.
ItemIdentity itemIdentityOf(const QList<FeedItem> &items, ItemIdentity known);

// An item's identity within its feed: "guid:" + its id, else "link:" + its link, else "hash:"
// + a hash of its title and content; a guid or link the feed's `identity` distrusts is skipped.
QString feedItemKey(const FeedItem &item, ItemIdentity identity = {});

// The article a feed item becomes: its title as the headline (the text's first words when it
// has none), its content (else its summary) as paragraphs, the feed's title as the outlet, its
// author as the reporter, its date (else `firstSeen`) in UTC, its link as the source (or
// `fallbackSource` when it has none or the feed's links are distrusted: items that share a link
// must not overwrite each other). Korean when a good part of its letters are Hangul.
Article feedItemArticle(const FeedItem &item, const QString &feedTitle, const QDateTime &firstSeen,
                        const QString &fallbackSource, ItemIdentity identity = {});

} // namespace newsmark
