#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace newsmark {

// One subscription in an OPML file. An outline without xmlUrl is a folder; folderPath names the
// folders it sits in, outermost first (empty at the top level).
struct OpmlFeed
{
    QStringList folderPath;
    QString title;
    QUrl xmlUrl;
    QUrl htmlUrl;

    friend bool operator==(const OpmlFeed &, const OpmlFeed &) = default;
};

struct OpmlDocument
{
    QString title;
    QList<OpmlFeed> feeds; // in document order
    QList<QStringList> folders; // every folder's path, empty ones too, in document order
    QStringList malformed; // what was wrong and got skipped or repaired; empty if nothing
};

// Reads OPML 1.0 or 2.0 as subscription lists are written in the wild: any encoding
// (feed_encoding.h), HTML entities, xmlUrl/xmlurl/url spelled in any case, outlines outside
// <body>, a truncated file (what was read before the damage is kept). `name` (a file name)
// starts every error message.
Result<OpmlDocument> readOpml(const QByteArray &bytes, const QString &name);
Result<OpmlDocument> readOpmlFile(const QString &path);

// OPML 2.0 in UTF-8, folders as nested outlines.
QByteArray writeOpml(const OpmlDocument &document);
// Written atomically (QSaveFile): an existing file is replaced only when the new one is complete.
Status writeOpmlFile(const QString &path, const OpmlDocument &document);

} // namespace newsmark
