// JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1).
#include "feeds/feed_dates.h"

#include "feeds/feed_formats.h"
#include "feeds/html_text.h"
#include "i18n/ui_language.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace newsmark::feeds_detail {

namespace {

QString authorName(const QJsonObject &object)
{
    // 1.1 has "authors", 1.0 "author".
    const QJsonArray authors = object.value(QLatin1String("authors")).toArray();
    QStringList names;
    for (const QJsonValue &a : authors) {
        const QString name = a.toObject().value(QLatin1String("name")).toString().simplified();
        if (!name.isEmpty())
            names << name;
    }
    if (names.isEmpty())
        return object.value(QLatin1String("author"))
                .toObject()
                .value(QLatin1String("name"))
                .toString()
                .simplified();
    return names.join(QLatin1String(", "));
}

// JSON Feed ids may be numbers, though the spec says strings.
QString idOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return {};
}

} // namespace

Result<ParsedFeed> parseJsonFeed(const QString &text, const FeedParseOptions &options)
{
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError error;
    QJsonDocument json = QJsonDocument::fromJson(utf8, &error);
    QString damage;
    if (json.isNull() && utf8.contains("jsonfeed.org/version/")) {
        // A body cut short: close the items array after the last complete item. (Trying a few
        // dozen cut points bounds the work on a hostile body.)
        qsizetype cut = error.offset;
        for (int attempt = 0; attempt < 32 && cut > 0; ++attempt) {
            cut = utf8.lastIndexOf('}', cut - 1);
            if (cut < 0)
                break;
            QJsonParseError retry;
            json = QJsonDocument::fromJson(utf8.left(cut + 1) + "]}", &retry);
            if (!json.isNull()) {
                damage = QStringLiteral("truncated or broken JSON (%1 at offset %2); the items "
                                        "before it are kept")
                                 .arg(error.errorString())
                                 .arg(error.offset);
                break;
            }
        }
    }
    if (json.isNull())
        return Error {CoreText::tr("not a feed: JSON that cannot be read (%1 at offset %2)")
                              .arg(error.errorString())
                              .arg(error.offset)};
    const QJsonObject root = json.object();
    const QString version = root.value(QLatin1String("version")).toString();
    if (!version.contains(QLatin1String("jsonfeed.org/version/")))
        return Error {CoreText::tr("not a feed: JSON without a JSON Feed version")};

    ParsedFeed feed;
    if (!damage.isEmpty())
        feed.malformed << damage;
    feed.format = FeedFormat::JsonFeed;
    feed.version = version.section(u'/', -1);
    feed.title = htmlToPlainText(root.value(QLatin1String("title")).toString());
    feed.siteLink =
            resolveLink(options.documentUrl, root.value(QLatin1String("home_page_url")).toString());
    feed.description = root.value(QLatin1String("description")).toString().simplified();
    const QString feedAuthor = authorName(root);
    bool badDate = false;
    const auto date = [&](const QJsonValue &value) -> std::optional<QDateTime> {
        const QString s = value.toString();
        if (s.isEmpty())
            return std::nullopt;
        auto parsed = parseFeedDate(s, options.now);
        if (!parsed && !badDate) {
            badDate = true;
            feed.malformed << QStringLiteral("unreadable dates such as '%1'").arg(s.left(60));
        }
        return parsed;
    };
    const QJsonArray items = root.value(QLatin1String("items")).toArray();
    for (const QJsonValue &value : items) {
        if (!value.isObject()) {
            feed.malformed << QStringLiteral("an item that is not a JSON object");
            continue;
        }
        const QJsonObject o = value.toObject();
        FeedItem item;
        item.id = idOf(o.value(QLatin1String("id")));
        item.link = resolveLink(options.documentUrl, o.value(QLatin1String("url")).toString());
        if (item.link.isEmpty())
            item.link = resolveLink(options.documentUrl,
                                    o.value(QLatin1String("external_url")).toString());
        item.title = htmlToPlainText(o.value(QLatin1String("title")).toString());
        item.author = authorName(o);
        if (item.author.isEmpty())
            item.author = feedAuthor;
        item.published = date(o.value(QLatin1String("date_published")));
        item.updated = date(o.value(QLatin1String("date_modified")));
        item.summary = o.value(QLatin1String("summary")).toString().toHtmlEscaped();
        item.content = o.value(QLatin1String("content_html")).toString();
        if (item.content.isEmpty())
            item.content = o.value(QLatin1String("content_text")).toString().toHtmlEscaped();
        QString image = o.value(QLatin1String("image")).toString();
        if (image.isEmpty())
            image = o.value(QLatin1String("banner_image")).toString();
        item.imageUrl = resolveLink(options.documentUrl, image);
        const QJsonArray attachments = o.value(QLatin1String("attachments")).toArray();
        if (!attachments.isEmpty()) {
            const QJsonObject a = attachments.first().toObject();
            item.enclosureUrl =
                    resolveLink(options.documentUrl, a.value(QLatin1String("url")).toString());
            item.enclosureType = a.value(QLatin1String("mime_type")).toString();
        }
        feed.items.append(std::move(item));
    }
    return feed;
}

} // namespace newsmark::feeds_detail
