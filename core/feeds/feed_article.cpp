#include "feeds/feed_article.h"

#include "feeds/html_text.h"
#include "import/article_parser.h"

#include <QCryptographicHash>
#include <QHash>

#include <algorithm>

namespace newsmark {

namespace {

constexpr qsizetype kHeadlineFromText = 80; // code units of text for an untitled item
constexpr qsizetype kMaxFigures = 24; // as for a web page

// What the reader gets of an item: its content, else its summary.
const QString &itemText(const FeedItem &item)
{
    return item.content.isEmpty() ? item.summary : item.content;
}

} // namespace

ItemIdentity itemIdentityOf(const QList<FeedItem> &items, ItemIdentity known)
{
    // Two items that differ in what the reader sees of them are two items.
    const auto sameStory = [](const FeedItem &a, const FeedItem &b) {
        return a.title == b.title && itemText(a) == itemText(b);
    };
    QHash<QString, const FeedItem *> byGuid;
    QHash<QString, const FeedItem *> byLink;
    for (const FeedItem &item : items) {
        const QString guid = item.id.trimmed();
        if (known.guidsTrusted && !guid.isEmpty()) {
            if (const FeedItem *seen = byGuid.value(guid))
                known.guidsTrusted = sameStory(*seen, item) && seen->link == item.link;
            else
                byGuid.insert(guid, &item);
        }
        if (known.linksTrusted && item.link.isValid() && !item.link.isEmpty()) {
            const QString link = item.link.toString();
            if (const FeedItem *seen = byLink.value(link))
                known.linksTrusted = sameStory(*seen, item);
            else
                byLink.insert(link, &item);
        }
    }
    return known;
}

QString feedItemKey(const FeedItem &item, ItemIdentity identity)
{
    if (identity.guidsTrusted && !item.id.trimmed().isEmpty())
        return QStringLiteral("guid:") + item.id.trimmed();
    if (identity.linksTrusted && item.link.isValid() && !item.link.isEmpty())
        return QStringLiteral("link:") + item.link.toString(QUrl::FullyEncoded);
    QCryptographicHash hash(QCryptographicHash::Blake2b_256);
    hash.addData(item.title.toUtf8());
    hash.addData(QByteArrayView("\x1f", 1));
    hash.addData(itemText(item).toUtf8());
    return QStringLiteral("hash:") + QString::fromLatin1(hash.result().toHex());
}

Article feedItemArticle(const FeedItem &item, const QString &feedTitle, const QDateTime &firstSeen,
                        const QString &fallbackSource, ItemIdentity identity)
{
    Article a;
    const HtmlText html = htmlToText(itemText(item));
    a.paragraphs = html.paragraphs;
    a.headline = item.title.trimmed();
    if (a.headline.isEmpty() && !a.paragraphs.isEmpty()) {
        a.headline = a.paragraphs.constFirst().left(kHeadlineFromText);
        if (a.paragraphs.constFirst().size() > kHeadlineFromText)
            a.headline += QChar(0x2026);
    }
    // The title is no paragraph of its own: some feeds repeat it at the top of the content.
    const bool titleRepeated = !a.paragraphs.isEmpty() && a.paragraphs.constFirst() == a.headline;
    if (titleRepeated)
        a.paragraphs.removeFirst();
    // The content's images, by address only: FeedRefresher fetches those of new items.
    const QUrl base = item.link.isValid() ? item.link : QUrl();
    for (const HtmlImage &image : html.images) {
        if (a.figures.size() >= kMaxFigures)
            break;
        const QUrl url = base.resolved(QUrl(image.src));
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https"))
            continue;
        Figure figure;
        figure.beforeParagraph = qBound<qsizetype>(
                0, image.beforeParagraph - (titleRepeated ? 1 : 0), a.paragraphs.size());
        figure.sourceUrl = url.adjusted(QUrl::RemoveFragment).toString(QUrl::FullyEncoded);
        figure.alt = image.alt;
        if (std::none_of(a.figures.cbegin(), a.figures.cend(),
                         [&](const Figure &f) { return f.sourceUrl == figure.sourceUrl; }))
            a.figures.append(figure);
    }
    a.outlet = feedTitle;
    a.reporter = item.author;
    const QDateTime when = item.published ? *item.published
            : item.updated                ? *item.updated
                                          : firstSeen;
    a.published = when.toUTC().toString(Qt::ISODate);
    a.sourcePath = identity.linksTrusted && item.link.isValid() && !item.link.isEmpty()
            ? item.link.toString(QUrl::FullyEncoded)
            : fallbackSource;
    a.language = detectLanguage(QString(a.headline + u' ' + a.paragraphs.join(u' ')));
    a.importedAt = firstSeen;
    a.contentHash = a.computeContentHash();
    return a;
}

} // namespace newsmark
