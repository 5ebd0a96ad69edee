#include "feeds/opml.h"

#include "i18n/ui_language.h"

#include "feeds/feed_encoding.h"
#include "feeds/html_text.h"
#include "feeds/xml_tree.h"
#include "logging.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QXmlStreamWriter>

namespace newsmark {

namespace {

QString attribute(const XmlElement &e, QLatin1String name)
{
    for (const QXmlStreamAttribute &a : e.attributes) {
        if (a.name().compare(name, Qt::CaseInsensitive) == 0)
            return a.value().trimmed().toString();
    }
    return {};
}

class OpmlReader final
{
public:
    OpmlReader(const XmlTree &tree, OpmlDocument *document)
        : m_tree(tree)
        , m_document(document)
    { }

    void readOutlines(const XmlElement &parent, const QStringList &path)
    {
        for (const int c : parent.children) {
            const XmlElement &e = m_tree.at(c);
            if (e.name.compare(QLatin1String("head"), Qt::CaseInsensitive) == 0)
                continue;
            if (e.name.compare(QLatin1String("outline"), Qt::CaseInsensitive) != 0) {
                // Some writers wrap groups in elements of their own; look inside them.
                readOutlines(e, path);
                continue;
            }
            QString title = collapseWhitespace(attribute(e, QLatin1String("title")));
            if (title.isEmpty())
                title = collapseWhitespace(attribute(e, QLatin1String("text")));
            QString xmlUrl = attribute(e, QLatin1String("xmlUrl"));
            const QString type = attribute(e, QLatin1String("type")).toLower();
            if (xmlUrl.isEmpty() && (type == QLatin1String("rss") || type == QLatin1String("atom")))
                xmlUrl = attribute(e, QLatin1String("url"));
            if (xmlUrl.isEmpty()) {
                if (e.children.isEmpty() && title.isEmpty())
                    continue;
                if (e.children.isEmpty()) {
                    // A folder with nothing in it, or a link (type="link") that is no feed.
                    if (type == QLatin1String("link")
                        || !attribute(e, QLatin1String("url")).isEmpty())
                        continue;
                }
                const QStringList folder = path + QStringList {title};
                m_document->folders.append(folder);
                readOutlines(e, folder);
                continue;
            }
            const QUrl url(xmlUrl, QUrl::TolerantMode);
            if (!url.isValid() || url.isRelative()) {
                m_badUrls << xmlUrl.left(80);
                continue;
            }
            OpmlFeed feed;
            feed.folderPath = path;
            feed.title = title.isEmpty() ? url.host() : title;
            feed.xmlUrl = url;
            const QUrl html(attribute(e, QLatin1String("htmlUrl")), QUrl::TolerantMode);
            if (html.isValid() && !html.isRelative())
                feed.htmlUrl = html;
            m_document->feeds.append(std::move(feed));
        }
    }

    QStringList m_badUrls;

private:
    const XmlTree &m_tree;
    OpmlDocument *m_document;
};

void writeFolder(QXmlStreamWriter &xml, const OpmlDocument &document, const QStringList &path)
{
    const auto isDirectChild = [&](const QStringList &p) {
        return p.size() == path.size() + 1 && p.mid(0, path.size()) == path;
    };
    for (const OpmlFeed &feed : document.feeds) {
        if (feed.folderPath != path)
            continue;
        xml.writeStartElement(QStringLiteral("outline"));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("rss"));
        xml.writeAttribute(QStringLiteral("text"), feed.title);
        xml.writeAttribute(QStringLiteral("title"), feed.title);
        xml.writeAttribute(QStringLiteral("xmlUrl"), feed.xmlUrl.toString(QUrl::FullyEncoded));
        if (!feed.htmlUrl.isEmpty())
            xml.writeAttribute(QStringLiteral("htmlUrl"),
                               feed.htmlUrl.toString(QUrl::FullyEncoded));
        xml.writeEndElement();
    }
    // Subfolders in the order they first appear, among the folders and the feeds' paths.
    QList<QStringList> children;
    const auto note = [&](const QStringList &p) {
        for (qsizetype n = path.size() + 1; n <= p.size(); ++n) {
            const QStringList prefix = p.mid(0, n);
            if (isDirectChild(prefix) && !children.contains(prefix))
                children.append(prefix);
        }
    };
    for (const QStringList &folder : document.folders)
        note(folder);
    for (const OpmlFeed &feed : document.feeds)
        note(feed.folderPath);
    for (const QStringList &child : std::as_const(children)) {
        xml.writeStartElement(QStringLiteral("outline"));
        xml.writeAttribute(QStringLiteral("text"), child.last());
        xml.writeAttribute(QStringLiteral("title"), child.last());
        writeFolder(xml, document, child);
        xml.writeEndElement();
    }
}

} // namespace

Result<OpmlDocument> readOpml(const QByteArray &bytes, const QString &name)
{
    if (bytes.trimmed().isEmpty())
        return Error {CoreText::tr("%1: the file is empty").arg(name)};
    const DecodedDocument decoded = decodeDocument(bytes);
    OpmlDocument document;
    document.malformed = decoded.problems;
    const XmlTree tree = readXmlTree(repairXml(decoded.text, &document.malformed), QUrl());
    const XmlElement *root = tree.root();
    if (!root)
        return Error {CoreText::tr("%1: not an OPML file: not XML (%2)").arg(name, tree.error)};
    if (root->name.compare(QLatin1String("opml"), Qt::CaseInsensitive) != 0)
        return Error {CoreText::tr("%1: not an OPML file: its root element is <%2>")
                              .arg(name, root->qualifiedName)};
    if (!tree.error.isEmpty())
        document.malformed << QStringLiteral("%1: %2; what comes before it is kept")
                                      .arg(tree.truncated ? QStringLiteral("truncated")
                                                          : QStringLiteral("not well-formed XML"),
                                           tree.error);
    for (const int c : root->children) {
        const XmlElement &e = tree.at(c);
        if (e.name.compare(QLatin1String("head"), Qt::CaseInsensitive) == 0) {
            for (const int h : e.children) {
                if (tree.at(h).name.compare(QLatin1String("title"), Qt::CaseInsensitive) == 0)
                    document.title = collapseWhitespace(tree.text(tree.at(h)));
            }
        }
    }
    // Outlines belong in <body>; some files put them straight under <opml>.
    OpmlReader reader(tree, &document);
    reader.readOutlines(*root, {});
    if (!reader.m_badUrls.isEmpty())
        document.malformed << QStringLiteral("feed addresses that are not absolute URLs (%1), "
                                             "such as '%2'; skipped")
                                      .arg(reader.m_badUrls.size())
                                      .arg(reader.m_badUrls.front());
    if (document.feeds.isEmpty() && document.folders.isEmpty() && !tree.error.isEmpty())
        return Error {CoreText::tr("%1: not an OPML file: %2").arg(name, tree.error)};
    return document;
}

Result<OpmlDocument> readOpmlFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {QStringLiteral("%1: %2").arg(name, file.errorString())};
    // Subscription lists are kilobytes; a huge file is not one.
    constexpr qint64 kMaxSize = 64 * 1024 * 1024;
    if (file.size() > kMaxSize)
        return Error {CoreText::tr("%1: too large for a subscription list").arg(name)};
    return readOpml(file.readAll(), name);
}

QByteArray writeOpml(const OpmlDocument &document)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("opml"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.0"));
    xml.writeStartElement(QStringLiteral("head"));
    xml.writeTextElement(QStringLiteral("title"),
                         document.title.isEmpty() ? QStringLiteral("Newsmark subscriptions")
                                                  : document.title);
    xml.writeTextElement(QStringLiteral("dateCreated"),
                         QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("body"));
    writeFolder(xml, document, {});
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

Status writeOpmlFile(const QString &path, const OpmlDocument &document)
{
    const QString name = QFileInfo(path).fileName();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {QStringLiteral("%1: %2").arg(name, file.errorString())};
    const QByteArray bytes = writeOpml(document);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        qCWarning(lcFeeds) << "writing" << path << "failed:" << file.errorString();
        return Error {QStringLiteral("%1: %2").arg(name, file.errorString())};
    }
    return Done {};
}

} // namespace newsmark
