#include "feeds/feed_parser.h"

#include "i18n/ui_language.h"

#include "feeds/feed_dates.h"
#include "feeds/feed_encoding.h"
#include "feeds/feed_formats.h"
#include "feeds/html_text.h"
#include "feeds/xml_tree.h"
#include "logging.h"

#include <QRegularExpression>

namespace newsmark {

using namespace feeds_detail;

namespace {

const QString kAtom10 = QStringLiteral("http://www.w3.org/2005/Atom");
const QString kAtom03 = QStringLiteral("http://purl.org/atom/ns#");
const QString kContent = QStringLiteral("http://purl.org/rss/1.0/modules/content/");
const QString kDc = QStringLiteral("http://purl.org/dc/elements/1.1/");
const QString kDcTerms = QStringLiteral("http://purl.org/dc/terms/");
const QString kMedia = QStringLiteral("http://search.yahoo.com/mrss/");
const QString kRss10 = QStringLiteral("http://purl.org/rss/1.0/");
const QString kRss090 = QStringLiteral("http://my.netscape.com/rdf/simple/0.9/");
const QString kRss09x = QStringLiteral("http://backend.userland.com/rss2");
const QString kRssBlogChannel = QStringLiteral("http://purl.org/net/rss1.1#");

// Atom 0.3's mode="base64", or Atom 1.0's content of a media type that is neither text nor XML.
bool isBase64(const XmlElement &e)
{
    const QStringView type = e.attributes.value(QLatin1String("type"));
    return e.attributes.value(QLatin1String("mode")) == QLatin1String("base64")
            || (type.contains(u'/') && !type.startsWith(QLatin1String("text/"))
                && !type.contains(QLatin1String("xml")));
}

QString base64Text(const QString &text)
{
    return QString::fromUtf8(QByteArray::fromBase64(text.trimmed().toLatin1()));
}

// Reads one document's elements. RSS elements live in no namespace (or RSS 1.0's, or one of
// the namespaces feeds invented for RSS 2.0); Atom's in one of its two.
class FeedReader final
{
public:
    FeedReader(const XmlTree &tree, const FeedParseOptions &options, QStringList *malformed)
        : m_tree(tree)
        , m_options(options)
        , m_malformed(malformed)
    { }

    ParsedFeed read(const XmlElement &root, FeedFormat format);

private:
    static bool isRssNamespace(const QString &ns)
    {
        return ns.isEmpty() || ns == kRss10 || ns == kRss090 || ns == kRss09x
                || ns == kRssBlogChannel;
    }
    bool isAtom(const XmlElement &e) const
    {
        return e.namespaceUri == kAtom10 || e.namespaceUri == kAtom03
                || (m_atom && e.namespaceUri == m_atomNamespace);
    }
    const XmlElement *rss(const XmlElement &parent, QStringView name) const;
    const XmlElement *atom(const XmlElement &parent, QStringView name) const;
    const XmlElement *ns(const XmlElement &parent, QStringView name, const QString &uri) const
    {
        return m_tree.child(parent, name, uri);
    }
    QString textOf(const XmlElement *e) const { return e ? m_tree.text(*e).trimmed() : QString(); }
    QString markupOf(const XmlElement *e) const;
    QString atomHtml(const XmlElement *e) const;
    QString atomPlain(const XmlElement *e) const;
    static QString rssPlain(const QString &text);
    QUrl atomLink(const XmlElement &parent, QStringView rel) const;
    std::optional<QDateTime> date(const XmlElement *e);
    FeedItem readRssItem(const XmlElement &item);
    FeedItem readAtomEntry(const XmlElement &entry);
    void readMedia(const XmlElement &item, FeedItem *out) const;

    const XmlTree &m_tree;
    const FeedParseOptions &m_options;
    QStringList *m_malformed;
    bool m_atom = false;
    QString m_atomNamespace; // the root's: Atom 0.3 feeds made up their own
    QString m_badDate;
};

const XmlElement *FeedReader::rss(const XmlElement &parent, QStringView name) const
{
    for (const int c : parent.children) {
        const XmlElement &e = m_tree.at(c);
        // Podcast apps read element names regardless of case, and feeds rely on it.
        if (e.name.compare(name, Qt::CaseInsensitive) == 0 && isRssNamespace(e.namespaceUri))
            return &e;
    }
    return nullptr;
}

const XmlElement *FeedReader::atom(const XmlElement &parent, QStringView name) const
{
    for (const int c : parent.children) {
        const XmlElement &e = m_tree.at(c);
        if (e.name == name && isAtom(e))
            return &e;
    }
    return nullptr;
}

// RSS puts escaped HTML in its text; some feeds put the HTML in as elements instead.
QString FeedReader::markupOf(const XmlElement *e) const
{
    if (!e)
        return {};
    return (e->children.isEmpty() ? m_tree.text(*e) : m_tree.innerXml(*e)).trimmed();
}

QString FeedReader::atomHtml(const XmlElement *e) const
{
    if (!e)
        return {};
    const QString type = e->attributes.value(QLatin1String("type")).toString().toLower();
    const QString mode = e->attributes.value(QLatin1String("mode")).toString().toLower();
    if (isBase64(*e)) {
        const QString decoded = base64Text(m_tree.text(*e));
        return type.contains(QLatin1String("html")) ? decoded : decoded.toHtmlEscaped();
    }
    if (type == QLatin1String("xhtml") || type.contains(QLatin1String("xml"))
        || (!e->children.isEmpty() && mode != QLatin1String("escaped"))) {
        // Atom wraps XHTML content in one <div>, which is not part of it.
        if (e->children.size() == 1 && m_tree.at(e->children[0]).name == QLatin1String("div")
            && e->texts.join(QString()).trimmed().isEmpty())
            return m_tree.innerXml(m_tree.at(e->children[0])).trimmed();
        return m_tree.innerXml(*e).trimmed();
    }
    if (type == QLatin1String("html") || type.contains(QLatin1String("html"))
        || mode == QLatin1String("escaped"))
        return m_tree.text(*e).trimmed();
    return m_tree.text(*e).trimmed().toHtmlEscaped();
}

QString FeedReader::atomPlain(const XmlElement *e) const
{
    if (!e)
        return {};
    const QString type = e->attributes.value(QLatin1String("type")).toString().toLower();
    if (isBase64(*e) && !type.contains(QLatin1String("html")))
        return collapseWhitespace(base64Text(m_tree.text(*e)));
    if (type.isEmpty() || type == QLatin1String("text") || type == QLatin1String("text/plain"))
        return e->children.isEmpty() ? collapseWhitespace(m_tree.text(*e))
                                     : htmlToPlainText(m_tree.innerXml(*e));
    return htmlToPlainText(atomHtml(e));
}

QString FeedReader::rssPlain(const QString &text)
{
    // Titles are meant to be plain, but many feeds escape HTML into them ("AT&amp;amp;T", <b>).
    if (text.contains(u'<') || text.contains(u'&'))
        return htmlToPlainText(text);
    return collapseWhitespace(text);
}

QUrl FeedReader::atomLink(const XmlElement &parent, QStringView wanted) const
{
    QUrl fallback;
    for (const int c : parent.children) {
        const XmlElement &e = m_tree.at(c);
        if (e.name != QLatin1String("link") || !isAtom(e))
            continue;
        QString rel = e.attributes.value(QLatin1String("rel")).toString().trimmed().toLower();
        if (rel.isEmpty())
            rel = QStringLiteral("alternate");
        if (rel != wanted)
            continue;
        const QUrl url = resolveLink(e.base, e.attributes.value(QLatin1String("href")));
        const QStringView type = e.attributes.value(QLatin1String("type"));
        if (type.isEmpty() || type.contains(QLatin1String("html")))
            return url;
        if (fallback.isEmpty())
            fallback = url;
    }
    return fallback;
}

std::optional<QDateTime> FeedReader::date(const XmlElement *e)
{
    const QString text = textOf(e);
    if (text.isEmpty())
        return std::nullopt;
    auto parsed = parseFeedDate(text, m_options.now);
    if (!parsed && m_badDate.isEmpty()) {
        m_badDate = text.left(60);
        *m_malformed << QStringLiteral("unreadable dates such as '%1'").arg(m_badDate);
    }
    return parsed;
}

void FeedReader::readMedia(const XmlElement &item, FeedItem *out) const
{
    const auto isImage = [](const XmlElement &e) {
        return e.attributes.value(QLatin1String("medium")) == QLatin1String("image")
                || e.attributes.value(QLatin1String("type")).startsWith(QLatin1String("image/"));
    };
    QList<const XmlElement *> candidates = m_tree.children(item, u"content", kMedia);
    if (const XmlElement *group = ns(item, u"group", kMedia))
        candidates += m_tree.children(*group, u"content", kMedia);
    for (const XmlElement *media : std::as_const(candidates)) {
        if (isImage(*media) && out->imageUrl.isEmpty())
            out->imageUrl = resolveLink(media->base, media->attributes.value(QLatin1String("url")));
    }
    if (out->imageUrl.isEmpty()) {
        if (const XmlElement *thumb = ns(item, u"thumbnail", kMedia))
            out->imageUrl = resolveLink(thumb->base, thumb->attributes.value(QLatin1String("url")));
    }
    if (out->enclosureUrl.isEmpty() && !candidates.isEmpty()) {
        out->enclosureUrl = resolveLink(candidates.front()->base,
                                        candidates.front()->attributes.value(QLatin1String("url")));
        out->enclosureType = candidates.front()->attributes.value(QLatin1String("type")).toString();
    }
}

FeedItem FeedReader::readRssItem(const XmlElement &item)
{
    FeedItem out;
    const XmlElement *guid = rss(item, u"guid");
    out.id = textOf(guid);
    out.link = resolveLink(item.base, textOf(rss(item, u"link")));
    if (out.link.isEmpty())
        out.link = atomLink(item, u"alternate");
    if (out.link.isEmpty() && guid
        && guid->attributes.value(QLatin1String("isPermaLink"))
                        .compare(QLatin1String("false"), Qt::CaseInsensitive)
                != 0
        && (out.id.startsWith(QLatin1String("http://"))
            || out.id.startsWith(QLatin1String("https://"))))
        out.link = resolveLink(item.base, out.id);
    if (out.id.isEmpty()) // RSS 1.0 names an item by its rdf:about
        out.id = item.attributes
                         .value(QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
                                QStringLiteral("about"))
                         .toString();
    const XmlElement *title = rss(item, u"title");
    out.title = title ? rssPlain(textOf(title)) : rssPlain(textOf(ns(item, u"title", kDc)));
    QString author = textOf(ns(item, u"creator", kDc));
    if (author.isEmpty()) {
        author = textOf(rss(item, u"author"));
        // "reporter@example.com (Kim Haneul)" names the person in parentheses.
        const qsizetype open = author.indexOf(u'(');
        if (open > 0 && author.endsWith(u')') && author.left(open).contains(u'@'))
            author = author.mid(open + 1, author.size() - open - 2);
    }
    if (author.isEmpty())
        author = textOf(atom(item, u"author") ? atom(*atom(item, u"author"), u"name") : nullptr);
    out.author = rssPlain(author);
    const XmlElement *pub = rss(item, u"pubDate");
    if (!pub)
        pub = ns(item, u"date", kDc);
    if (!pub)
        pub = atom(item, u"published");
    out.published = date(pub);
    const XmlElement *upd = atom(item, u"updated");
    if (!upd)
        upd = ns(item, u"modified", kDcTerms);
    out.updated = date(upd);
    out.summary = markupOf(rss(item, u"description"));
    if (out.summary.isEmpty())
        out.summary = atomHtml(atom(item, u"summary"));
    out.content = markupOf(ns(item, u"encoded", kContent));
    if (out.content.isEmpty())
        out.content = atomHtml(atom(item, u"content"));
    if (const XmlElement *enclosure = rss(item, u"enclosure")) {
        out.enclosureUrl =
                resolveLink(enclosure->base, enclosure->attributes.value(QLatin1String("url")));
        out.enclosureType = enclosure->attributes.value(QLatin1String("type")).toString();
        if (out.enclosureType.startsWith(QLatin1String("image/")))
            out.imageUrl = out.enclosureUrl;
    }
    readMedia(item, &out);
    return out;
}

FeedItem FeedReader::readAtomEntry(const XmlElement &entry)
{
    FeedItem out;
    out.id = textOf(atom(entry, u"id"));
    out.link = atomLink(entry, u"alternate");
    out.title = atomPlain(atom(entry, u"title"));
    if (const XmlElement *author = atom(entry, u"author"))
        out.author = textOf(atom(*author, u"name")).simplified();
    if (out.author.isEmpty())
        out.author = textOf(ns(entry, u"creator", kDc)).simplified();
    const XmlElement *pub = atom(entry, u"published");
    if (!pub)
        pub = atom(entry, u"issued");
    if (!pub)
        pub = atom(entry, u"created");
    if (!pub)
        pub = ns(entry, u"date", kDc);
    out.published = date(pub);
    const XmlElement *upd = atom(entry, u"updated");
    if (!upd)
        upd = atom(entry, u"modified");
    out.updated = date(upd);
    out.summary = atomHtml(atom(entry, u"summary"));
    out.content = atomHtml(atom(entry, u"content"));
    out.enclosureUrl = atomLink(entry, u"enclosure");
    for (const int c : entry.children) {
        const XmlElement &e = m_tree.at(c);
        if (e.name == QLatin1String("link") && isAtom(e)
            && e.attributes.value(QLatin1String("rel")) == QLatin1String("enclosure")) {
            out.enclosureType = e.attributes.value(QLatin1String("type")).toString();
            break;
        }
    }
    if (out.enclosureType.startsWith(QLatin1String("image/")))
        out.imageUrl = out.enclosureUrl;
    readMedia(entry, &out);
    return out;
}

ParsedFeed FeedReader::read(const XmlElement &root, FeedFormat format)
{
    ParsedFeed feed;
    feed.format = format;
    m_atom = format == FeedFormat::Atom03 || format == FeedFormat::Atom10;
    m_atomNamespace = root.namespaceUri;
    if (m_atom) {
        feed.version = format == FeedFormat::Atom03 ? QStringLiteral("0.3") : QStringLiteral("1.0");
        feed.title = atomPlain(atom(root, u"title"));
        feed.siteLink = atomLink(root, u"alternate");
        const XmlElement *subtitle = atom(root, u"subtitle");
        feed.description = atomPlain(subtitle ? subtitle : atom(root, u"tagline"));
        for (const XmlElement *entry : m_tree.children(root, u"entry")) {
            if (entry->complete && isAtom(*entry))
                feed.items.append(readAtomEntry(*entry));
        }
        return feed;
    }
    feed.version = root.attributes.value(QLatin1String("version")).toString();
    if (format == FeedFormat::RssRdf)
        feed.version = root.namespaceUri == kRss090 || m_tree.child(root, u"channel", kRss090)
                ? QStringLiteral("0.90")
                : QStringLiteral("1.0");
    const XmlElement *channel =
            root.name.compare(QLatin1String("channel"), Qt::CaseInsensitive) == 0
            ? &root
            : rss(root, u"channel");
    if (channel) {
        feed.title = rssPlain(textOf(rss(*channel, u"title")));
        if (feed.title.isEmpty())
            feed.title = rssPlain(textOf(ns(*channel, u"title", kDc)));
        feed.siteLink = resolveLink(channel->base, textOf(rss(*channel, u"link")));
        if (feed.siteLink.isEmpty())
            feed.siteLink = atomLink(*channel, u"alternate");
        if (feed.siteLink.isEmpty()) // CDF, Microsoft's RSS of 1997
            feed.siteLink =
                    resolveLink(channel->base, channel->attributes.value(QLatin1String("HREF")));
        feed.description = htmlToPlainText(textOf(rss(*channel, u"description")));
        bool ok = false;
        const int ttl = textOf(rss(*channel, u"ttl")).toInt(&ok);
        if (ok && ttl > 0)
            feed.ttlMinutes = ttl;
    }
    // RSS 2.0 items are in the channel; RSS 0.90 and 1.0 items are its siblings.
    QList<const XmlElement *> items;
    if (channel)
        items += m_tree.children(*channel, u"item");
    if (channel != &root)
        items += m_tree.children(root, u"item");
    for (const XmlElement *item : std::as_const(items)) {
        if (item->complete && isRssNamespace(item->namespaceUri))
            feed.items.append(readRssItem(*item));
    }
    return feed;
}

bool startsLikeHtml(QStringView text)
{
    const QString head = text.first(std::min<qsizetype>(text.size(), 1024)).toString().toLower();
    return head.contains(QLatin1String("<!doctype html")) || head.contains(QLatin1String("<html"));
}

// After a well-formedness error (an unescaped <br> in a description, a stray end tag), each
// <item> or <entry> from the damaged one on is read on its own inside a copy of the root's start
// tag (which declares the namespaces), so that one broken item costs only itself.
void recoverLaterItems(const QString &xml, const XmlTree &tree, FeedFormat format,
                       const FeedParseOptions &options, QList<FeedItem> *items,
                       QStringList *malformed)
{
    const XmlElement &root = *tree.root();
    const bool atom = format == FeedFormat::Atom03 || format == FeedFormat::Atom10;
    const QString itemName = atom ? QStringLiteral("entry") : QStringLiteral("item");
    const QRegularExpression rootTag(u'<' + QRegularExpression::escape(root.qualifiedName)
                                     + QLatin1String(R"((?:\s[^>]*)?>)"));
    const QRegularExpressionMatch rootMatch = rootTag.match(xml);
    if (!rootMatch.hasMatch())
        return;
    const bool inChannel = format == FeedFormat::Rss
            && root.name.compare(QLatin1String("channel"), Qt::CaseInsensitive) != 0;
    const QString open =
            rootMatch.captured() + (inChannel ? QStringLiteral("<channel>") : QString());
    const QString close = (inChannel ? QStringLiteral("</channel>") : QString())
            + QLatin1String("</") + root.qualifiedName + u'>';
    const QRegularExpression itemStart(u'<' + itemName + QLatin1String(R"([\s>/])"));
    const QString itemEnd = QLatin1String("</") + itemName + u'>';

    // The damaged item: the last one that starts before the error and had not ended by then.
    qsizetype from = xml.lastIndexOf(itemStart, tree.errorOffset);
    if (from >= 0) {
        const qsizetype end = xml.indexOf(itemEnd, from);
        if (end >= 0 && end + itemEnd.size() <= tree.errorOffset)
            from = end + itemEnd.size();
    } else {
        from = tree.errorOffset;
    }
    int recovered = 0;
    int lost = 0;
    for (;;) {
        const qsizetype start = xml.indexOf(itemStart, from);
        if (start < 0)
            break;
        const qsizetype end = xml.indexOf(itemEnd, start);
        if (end < 0) {
            ++lost; // cut off at the end of the body
            break;
        }
        from = end + itemEnd.size();
        const XmlTree piece =
                readXmlTree(open + xml.sliced(start, from - start) + close, options.documentUrl);
        if (!piece.root()) {
            ++lost;
            continue;
        }
        FeedReader reader(piece, options, malformed);
        const QList<FeedItem> read = reader.read(*piece.root(), format).items;
        if (read.isEmpty())
            ++lost;
        for (const FeedItem &item : read) {
            items->append(item);
            ++recovered;
        }
    }
    *malformed << QStringLiteral("%1 items after the damage read one by one, %2 unreadable")
                          .arg(recovered)
                          .arg(lost);
}

} // namespace

namespace feeds_detail {

QUrl resolveLink(const QUrl &base, QStringView href)
{
    const QString trimmed = href.trimmed().toString();
    if (trimmed.isEmpty())
        return {};
    QUrl url(trimmed, QUrl::TolerantMode);
    if (!url.isValid())
        return {};
    if (url.isRelative() && base.isValid())
        url = base.resolved(url);
    if (url.isRelative()) // no base to resolve it against: useless to the caller
        return {};
    // The link opens in a browser: a script in it must not run.
    static const QStringList unsafe = {QStringLiteral("javascript"), QStringLiteral("vbscript"),
                                       QStringLiteral("data")};
    if (unsafe.contains(url.scheme().toLower()))
        return {};
    return url;
}

Result<ParsedFeed> parseXmlFeed(const QString &text, const FeedParseOptions &options,
                                QStringList malformed)
{
    const QString repaired = repairXml(text, &malformed);
    const XmlTree tree = readXmlTree(repaired, options.documentUrl);
    const XmlElement *root = tree.root();
    if (!root) {
        if (startsLikeHtml(text))
            return Error {CoreText::tr("an HTML page, not a feed")};
        return Error {CoreText::tr("not a feed: not XML (%1)").arg(tree.error)};
    }
    FeedFormat format;
    const QString name = root->name.toLower();
    if (name == QLatin1String("rss") || name == QLatin1String("channel"))
        format = FeedFormat::Rss;
    else if (name == QLatin1String("rdf"))
        format = FeedFormat::RssRdf;
    else if (name == QLatin1String("feed"))
        format = root->namespaceUri == kAtom03
                        || root->attributes.value(QLatin1String("version")) == QLatin1String("0.3")
                ? FeedFormat::Atom03
                : FeedFormat::Atom10;
    else if (name == QLatin1String("html"))
        return Error {CoreText::tr("an HTML page, not a feed")};
    else
        return Error {CoreText::tr("not a feed: an XML document whose root is <%1>")
                              .arg(root->qualifiedName)};
    if (tree.truncated)
        malformed << QStringLiteral("truncated: %1; the items before it are kept").arg(tree.error);
    else if (!tree.error.isEmpty())
        malformed << QStringLiteral("not well-formed XML: %1").arg(tree.error);
    FeedReader reader(tree, options, &malformed);
    ParsedFeed feed = reader.read(*root, format);
    if (!tree.error.isEmpty() && !tree.truncated)
        recoverLaterItems(repaired, tree, format, options, &feed.items, &malformed);
    QStringList reasons;
    for (const QString &reason : std::as_const(malformed)) {
        // One example of an unreadable date is enough.
        if (!reason.startsWith(QLatin1String("unreadable dates"))
            || !reasons.filter(QLatin1String("unreadable dates")).size())
            reasons << reason;
    }
    feed.malformed = std::move(reasons);
    return feed;
}

} // namespace feeds_detail

QString feedFormatName(FeedFormat format)
{
    switch (format) {
    case FeedFormat::Rss: return QStringLiteral("RSS");
    case FeedFormat::RssRdf: return QStringLiteral("RSS 1.0 (RDF)");
    case FeedFormat::Atom03: return QStringLiteral("Atom 0.3");
    case FeedFormat::Atom10: return QStringLiteral("Atom 1.0");
    case FeedFormat::JsonFeed: return QStringLiteral("JSON Feed");
    }
    return {};
}

Result<ParsedFeed> parseFeed(const QByteArray &body, const FeedParseOptions &options)
{
    if (body.trimmed().isEmpty())
        return Error {CoreText::tr("not a feed: the body is empty")};
    DecodedDocument doc = decodeDocument(body, options.httpCharset, options.encodingOverride);
    const QStringView text = QStringView(doc.text).trimmed();
    Result<ParsedFeed> feed = Error {QString()};
    if (text.startsWith(u'{')) {
        feed = parseJsonFeed(doc.text, options);
        if (feed)
            feed.value().malformed = doc.problems + feed->malformed;
    } else if (text.startsWith(u'<')) {
        feed = parseXmlFeed(doc.text, options, doc.problems);
    } else {
        return Error {CoreText::tr("not a feed: neither XML nor JSON")};
    }
    if (!feed) {
        qCDebug(lcFeeds) << "not a feed:" << options.documentUrl << feed.error();
        return feed;
    }
    feed.value().encoding = doc.encoding;
    return feed;
}

} // namespace newsmark
