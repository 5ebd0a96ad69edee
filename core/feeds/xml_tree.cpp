#include "feeds/xml_tree.h"

#include "i18n/ui_language.h"

#include "feeds/html_text.h"

#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

namespace newsmark {

namespace {

// Deeper nesting than this is no feed; the limit keeps innerXml's recursion bounded.
constexpr int kMaxDepth = 200;

bool isXmlNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.' || c == u':';
}

bool isForbiddenControl(char16_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || c == 0xFFFE || c == 0xFFFF;
}

QSet<QString> declaredEntities(QStringView xml)
{
    QSet<QString> names;
    const qsizetype doctype = xml.indexOf(QLatin1String("<!DOCTYPE"));
    if (doctype < 0)
        return names;
    static const QRegularExpression entity(QStringLiteral(R"(<!ENTITY\s+([^\s%]+)\s)"));
    const QStringView head = xml.sliced(doctype, std::min<qsizetype>(xml.size() - doctype, 65536));
    auto it = entity.globalMatch(head);
    while (it.hasNext())
        names.insert(it.next().captured(1));
    return names;
}

void appendEscapedText(QString &out, QStringView text)
{
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'<': out += QLatin1String("&lt;"); break;
        case u'>': out += QLatin1String("&gt;"); break;
        case u'&': out += QLatin1String("&amp;"); break;
        case u'"': out += QLatin1String("&quot;"); break;
        default: out += c;
        }
    }
}

} // namespace

QString repairXml(QStringView source, QStringList *reasons)
{
    // Blank lines before the XML declaration (a PHP file's trailing newline) are common, and
    // anything before it makes it an error; the declaration says nothing the decoding has not
    // already used, so it goes.
    QString head;
    QStringView xml = source.trimmed();
    const qsizetype declaration =
            xml.first(std::min<qsizetype>(xml.size(), 4096)).indexOf(QLatin1String("<?xml"));
    if (declaration > 0) {
        const qsizetype end = xml.indexOf(QLatin1String("?>"), declaration);
        if (end > 0) {
            head = xml.first(declaration).toString();
            xml = xml.sliced(end + 2);
            *reasons << CoreText::tr("content before the XML declaration");
        }
    }
    if (!head.isEmpty()) {
        QStringList ignored;
        return repairXml(head, &ignored) + repairXml(xml, reasons);
    }
    const QSet<QString> declared = declaredEntities(xml);
    bool bareAmpersand = false;
    bool htmlEntity = false;
    bool controls = false;
    QString out;
    out.reserve(xml.size() + xml.size() / 16);
    for (qsizetype i = 0; i < xml.size(); ++i) {
        const QChar c = xml[i];
        if (c == u'<' && xml.sliced(i).startsWith(QLatin1String("<![CDATA["))) {
            qsizetype end = xml.indexOf(QLatin1String("]]>"), i + 9);
            end = end < 0 ? xml.size() : end + 3;
            for (qsizetype j = i; j < end; ++j) {
                if (isForbiddenControl(xml[j].unicode()))
                    controls = true;
                else
                    out += xml[j];
            }
            i = end - 1;
            continue;
        }
        if (c == u'<' && xml.sliced(i).startsWith(QLatin1String("<!--"))) {
            qsizetype end = xml.indexOf(QLatin1String("-->"), i + 4);
            end = end < 0 ? xml.size() : end + 3;
            out += xml.sliced(i, end - i);
            i = end - 1;
            continue;
        }
        if (isForbiddenControl(c.unicode())) {
            controls = true;
            continue;
        }
        if (c != u'&') {
            out += c;
            continue;
        }
        // An entity or character reference XML knows stays; an HTML one becomes its character.
        qsizetype j = i + 1;
        if (j < xml.size() && xml[j] == u'#') {
            if (const auto ref = readCharacterReference(xml, i)) {
                // Written again as browsers read it: &#150; is an en dash, &#1; is nothing.
                if (ref->codePoint < 0x10000 && isForbiddenControl(char16_t(ref->codePoint)))
                    controls = true;
                else
                    out += QStringLiteral("&#%1;").arg(uint(ref->codePoint));
                i += ref->length - 1;
                continue;
            }
        } else {
            while (j < xml.size() && j - i < 64 && isXmlNameChar(xml[j]))
                ++j;
            if (j > i + 1 && j < xml.size() && xml[j] == u';') {
                const QStringView name = xml.sliced(i + 1, j - i - 1);
                static const QStringList xmlEntities = {
                        QStringLiteral("amp"), QStringLiteral("lt"), QStringLiteral("gt"),
                        QStringLiteral("quot"), QStringLiteral("apos")};
                if (xmlEntities.contains(name) || declared.contains(name.toString())) {
                    out += xml.sliced(i, j + 1 - i);
                    i = j;
                    continue;
                }
                if (const auto cp = htmlEntityCodePoint(name)) {
                    htmlEntity = true;
                    out += QStringLiteral("&#%1;").arg(uint(*cp));
                    i = j;
                    continue;
                }
            }
        }
        bareAmpersand = true;
        out += QLatin1String("&amp;");
    }
    if (bareAmpersand)
        *reasons << CoreText::tr("a bare '&' or an unknown entity");
    if (htmlEntity)
        *reasons << CoreText::tr("HTML named entities in XML");
    if (controls)
        *reasons << CoreText::tr("control characters");
    return out;
}

XmlTree readXmlTree(const QString &xml, const QUrl &documentUrl)
{
    XmlTree tree;
    QXmlStreamReader reader(xml);
    reader.setNamespaceProcessing(true);
    int current = -1;
    int depth = 0;
    int skipping = 0; // depth of elements ignored below kMaxDepth
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (current < 0 && !tree.elements.isEmpty()) {
                reader.raiseError(CoreText::tr("a second root element"));
                break;
            }
            if (skipping > 0 || depth >= kMaxDepth) {
                ++skipping;
                continue;
            }
            XmlElement e;
            e.namespaceUri = reader.namespaceUri().toString();
            e.name = reader.name().toString();
            e.qualifiedName = reader.qualifiedName().toString();
            e.attributes = reader.attributes();
            e.parent = current;
            const QUrl parentBase = current >= 0 ? tree.elements[current].base : documentUrl;
            const QStringView xmlBase = e.attributes.value(
                    QStringLiteral("http://www.w3.org/XML/1998/namespace"), QStringLiteral("base"));
            e.base = parentBase;
            if (!xmlBase.isEmpty()) {
                // A base that does not resolve to an absolute URL is ignored.
                const QUrl resolved =
                        parentBase.resolved(QUrl(xmlBase.trimmed().toString(), QUrl::TolerantMode));
                if (resolved.isValid() && !resolved.isRelative())
                    e.base = resolved;
            }
            e.texts.append(QString());
            const int index = int(tree.elements.size());
            tree.elements.append(std::move(e));
            if (current >= 0) {
                XmlElement &p = tree.elements[current];
                p.children.append(index);
                p.texts.append(QString());
            }
            current = index;
            ++depth;
        } else if (token == QXmlStreamReader::EndElement) {
            if (skipping > 0) {
                --skipping;
                continue;
            }
            tree.elements[current].complete = true;
            current = tree.elements[current].parent;
            --depth;
        } else if (token == QXmlStreamReader::Characters && current >= 0 && skipping == 0) {
            tree.elements[current].texts.last() += reader.text();
        } else if (token == QXmlStreamReader::EntityReference && current >= 0 && skipping == 0) {
            // An entity the DOCTYPE declares but Qt did not expand (an external one).
            tree.elements[current].texts.last() += reader.text();
        }
    }
    if (reader.hasError()) {
        tree.truncated = reader.error() == QXmlStreamReader::PrematureEndOfDocumentError;
        tree.error = CoreText::tr("%1 at line %2, column %3")
                             .arg(reader.errorString())
                             .arg(reader.lineNumber())
                             .arg(reader.columnNumber());
        qsizetype offset = 0;
        for (qint64 line = 1; line < reader.lineNumber() && offset >= 0; ++line) {
            offset = xml.indexOf(u'\n', offset);
            offset = offset < 0 ? -1 : offset + 1;
        }
        tree.errorOffset = offset < 0
                ? xml.size()
                : std::min<qsizetype>(xml.size(), offset + reader.columnNumber());
    }
    return tree;
}

QList<const XmlElement *> XmlTree::children(const XmlElement &e, QStringView name,
                                            QStringView ns) const
{
    QList<const XmlElement *> found;
    for (const int c : e.children) {
        const XmlElement &child = elements.at(c);
        if (child.name == name && (ns.isNull() || child.namespaceUri == ns))
            found.append(&child);
    }
    return found;
}

const XmlElement *XmlTree::child(const XmlElement &e, QStringView name, QStringView ns) const
{
    for (const int c : e.children) {
        const XmlElement &child = elements.at(c);
        if (child.name == name && (ns.isNull() || child.namespaceUri == ns))
            return &child;
    }
    return nullptr;
}

QString XmlTree::text(const XmlElement &e) const
{
    QString out = e.texts.value(0);
    for (qsizetype i = 0; i < e.children.size(); ++i) {
        out += text(elements.at(e.children[i]));
        out += e.texts.value(i + 1);
    }
    return out;
}

QString XmlTree::innerXml(const XmlElement &e) const
{
    QString out;
    appendEscapedText(out, e.texts.value(0));
    for (qsizetype i = 0; i < e.children.size(); ++i) {
        const XmlElement &c = elements.at(e.children[i]);
        out += u'<' + c.name;
        for (const QXmlStreamAttribute &a : c.attributes) {
            if (!a.namespaceUri().isEmpty())
                continue;
            out += u' ' + a.name().toString() + QLatin1String("=\"");
            appendEscapedText(out, a.value());
            out += u'"';
        }
        static const QStringList voidElements = {
                QStringLiteral("br"),   QStringLiteral("img"),   QStringLiteral("hr"),
                QStringLiteral("wbr"),  QStringLiteral("input"), QStringLiteral("source"),
                QStringLiteral("meta"), QStringLiteral("link"),  QStringLiteral("col"),
                QStringLiteral("area"), QStringLiteral("embed"), QStringLiteral("param"),
                QStringLiteral("track")};
        if (c.children.isEmpty() && c.texts.value(0).isEmpty() && voidElements.contains(c.name)) {
            out += QLatin1String(" />");
        } else {
            out += u'>' + innerXml(c) + QLatin1String("</") + c.name + u'>';
        }
        appendEscapedText(out, e.texts.value(i + 1));
    }
    return out;
}

} // namespace newsmark
