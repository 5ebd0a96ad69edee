#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QXmlStreamAttributes>

namespace newsmark {

// Repairs what real feeds get wrong before an XML parser sees them: bare '&', HTML named
// entities (&nbsp; &eacute; ...), control characters and a DOCTYPE's external entities. CDATA
// sections, comments and entities the document's own DOCTYPE declares are left alone. Each kind
// of repair appends one reason to `reasons`.
QString repairXml(QStringView xml, QStringList *reasons);

// An element read from a (possibly broken) XML document. Text and child elements alternate:
// texts[i] precedes children[i], texts.last() follows the last child.
struct XmlElement
{
    QString namespaceUri;
    QString name; // local name
    QString qualifiedName;
    QXmlStreamAttributes attributes;
    QUrl base; // xml:base resolved against the parents' and the document's URL
    QList<int> children;
    QStringList texts;
    int parent = -1;
    bool complete = false; // its end tag was read
};

// A document as a flat list of elements (index 0 is the root). Reading stops at the first
// error the repairs could not prevent; what was read before it stays, and `error` says why.
struct XmlTree
{
    QList<XmlElement> elements;
    QString error; // empty when the whole document was read
    bool truncated = false; // the error is the document ending early
    qsizetype errorOffset =
            -1; // where in the text reading stopped, from the error's line and column

    const XmlElement *root() const { return elements.isEmpty() ? nullptr : &elements.front(); }
    const XmlElement &at(int index) const { return elements.at(index); }
    // Direct children with this local name (any namespace when `ns` is null).
    QList<const XmlElement *> children(const XmlElement &e, QStringView name,
                                       QStringView ns = {}) const;
    const XmlElement *child(const XmlElement &e, QStringView name, QStringView ns = {}) const;
    // All text below `e`, child elements' text included.
    QString text(const XmlElement &e) const;
    // The content of `e` as markup: its text and its child elements serialised again.
    QString innerXml(const XmlElement &e) const;
};

XmlTree readXmlTree(const QString &xml, const QUrl &documentUrl);

} // namespace newsmark
