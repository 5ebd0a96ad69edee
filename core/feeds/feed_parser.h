#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace newsmark {

enum class FeedFormat {
    Rss, // RSS 0.91, 0.92, 0.93, 0.94, 2.0 (and a bare <channel>)
    RssRdf, // RSS 0.90 and 1.0: <rdf:RDF>
    Atom03,
    Atom10,
    JsonFeed, // JSON Feed 1.0 and 1.1
};

QString feedFormatName(FeedFormat format); // "RSS 2.0" style, for logs and the UI

struct FeedParseOptions
{
    QByteArray httpCharset; // the charset parameter of the HTTP Content-Type, if any
    QByteArray encodingOverride; // the user's per-feed choice; wins over everything
    QUrl documentUrl; // where the body came from: relative links resolve against it
    QDateTime now; // UTC; places two-digit years (feed_dates.h)
};

struct FeedItem
{
    QString id; // guid (RSS), id (Atom, JSON Feed); empty when the feed gives none
    QUrl link; // absolute; from guid when it is a permalink and there is no link
    QString title; // plain text, entities decoded, tags dropped
    QString author;
    std::optional<QDateTime> published; // UTC; nullopt when missing or unreadable
    std::optional<QDateTime> updated;
    QString summary; // HTML as the feed gives it (a plain-text summary is escaped)
    QString content; // HTML: content:encoded, Atom content, JSON content_html
    QUrl enclosureUrl;
    QString enclosureType;
    QUrl imageUrl; // the lead image if the feed names one (media:, image enclosure, JSON image)
};

struct ParsedFeed
{
    FeedFormat format = FeedFormat::Rss;
    QString version; // as the document states it: "2.0", "0.91", "1.1" ...; may be empty
    QString title; // plain text
    QUrl siteLink; // the site the feed belongs to, absolute
    QString description;
    std::optional<int> ttlMinutes; // RSS <ttl>
    QList<FeedItem> items; // in document order
    QString encoding; // the encoding the bytes were read in
    // Why the feed is malformed, one reason per kind of damage; empty for a clean feed. Items
    // the damage made unreadable are missing from `items`; the rest are there.
    QStringList malformed;

    bool isMalformed() const { return !malformed.isEmpty(); }
};

// Reads an RSS, Atom or JSON feed. Damage (bare '&', HTML entities, control characters, a
// wrong declared encoding, a truncated body) is repaired or survived and listed in `malformed`;
// only a body that is not a feed at all (an HTML page, other XML, garbage) is an Error.
Result<ParsedFeed> parseFeed(const QByteArray &body, const FeedParseOptions &options);

} // namespace newsmark
