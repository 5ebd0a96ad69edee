// Markdown with YAML front matter, as Obsidian, Logseq and static site tools read it.

#include "i18n/ui_language.h"

#include "export/exporters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStringList>

namespace newsmark::exporters {

namespace {

// A YAML scalar: a JSON string is a valid YAML double-quoted one, escapes and all.
QString yamlString(const QString &text)
{
    const QByteArray json = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString yamlList(const QStringList &items)
{
    QStringList quoted;
    for (const QString &item : items)
        quoted << yamlString(item);
    return u'[' % quoted.join(QStringLiteral(", ")) % u']';
}

// Quotes and headlines are text, not Markdown: characters that would start markup are escaped.
QString escapeInline(const QString &text)
{
    static const QString special = QStringLiteral("\\`*_[]<>#|~");
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (special.contains(c))
            out += u'\\';
        out += c;
    }
    return out;
}

QString blockQuote(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(u'\n'))
        lines << (line.isEmpty() ? QStringLiteral(">") : QStringLiteral("> ") % escapeInline(line));
    return lines.join(u'\n');
}

// Obsidian tags cannot hold spaces: "follow up" becomes #follow-up.
QString hashTag(const QString &tag)
{
    QString t = tag;
    t.replace(u' ', u'-');
    return u'#' % t;
}

QStringList allTags(const QList<ExportedNote> &notes)
{
    QStringList tags;
    for (const ExportedNote &n : notes)
        tags += n.note.tags;
    return normalizeTags(tags);
}

QString noteSection(const ExportedNote &e)
{
    const Note &n = e.note;
    QString out = QStringLiteral("### ") % noteColorLabel(n.color) % QStringLiteral(" · ")
            % n.idText() % QStringLiteral("\n\n") % blockQuote(n.quote) % QStringLiteral("\n\n");
    if (n.isOrphaned()) {
        out += u'*' % CoreText::tr("No longer found in the article's text.")
                % QStringLiteral("*\n\n");
    } else if (n.textChanged() && n.originalQuote != n.quote) {
        out += u'*' % CoreText::tr("Text changed since the highlight; it read:")
                % QStringLiteral("*\n\n") % blockQuote(n.originalQuote) % QStringLiteral("\n\n");
    }
    if (!n.body.trimmed().isEmpty())
        out += n.body.trimmed() % QStringLiteral("\n\n");
    if (!n.tags.isEmpty()) {
        QStringList tags;
        for (const QString &tag : n.tags)
            tags << hashTag(tag);
        out += CoreText::tr("Tags:") % u' ' % tags.join(u' ') % QStringLiteral("  \n");
    }
    if (const QStringList entities = entityTexts(e, SpanStyle::Readable); !entities.isEmpty())
        out += CoreText::tr("Entities:") % u' ' % escapeInline(entities.join(QStringLiteral("; ")))
                % QStringLiteral("  \n");
    if (const QStringList amounts = amountTexts(e, SpanStyle::Readable); !amounts.isEmpty())
        out += CoreText::tr("Amounts:") % u' ' % escapeInline(amounts.join(QStringLiteral("; ")))
                % QStringLiteral("  \n");
    out += CoreText::tr("Created: %1 · Updated: %2")
                    .arg(noteTimeForReading(n.created), noteTimeForReading(n.updated))
            % QStringLiteral("  \n[") % CoreText::tr("Open in Newsmark") % QStringLiteral("](<")
            % noteLink(n) % QStringLiteral(">)\n\n");
    return out;
}

} // namespace

QByteArray markdown(const QList<ExportedNote> &notes)
{
    QSet<ArticleId> articles;
    for (const ExportedNote &n : notes)
        articles.insert(n.article.id);

    QString out = QStringLiteral("---\n");
    if (articles.size() == 1) {
        const ExportedArticle &a = notes.constFirst().article;
        out += QStringLiteral("title: ") % yamlString(a.headline) % u'\n'
                % QStringLiteral("outlet: ") % yamlString(a.outlet) % u'\n'
                % QStringLiteral("published: ") % yamlString(a.published) % u'\n'
                % QStringLiteral("source: ") % yamlString(a.sourcePath) % u'\n'
                % QStringLiteral("url: ") % yamlString(articleLink(a.id)) % u'\n';
    } else {
        out += QStringLiteral("title: ") % yamlString(CoreText::tr("Newsmark notes"))
                % QStringLiteral("\narticles: ") % QString::number(articles.size()) % u'\n';
    }
    out += QStringLiteral("notes: ") % QString::number(notes.size()) % u'\n'
            % QStringLiteral("tags: ") % yamlList(allTags(notes)) % u'\n'
            % QStringLiteral("generator: \"Newsmark\"\n---\n");

    ArticleId current = 0;
    for (const ExportedNote &e : notes) {
        if (e.article.id != current) {
            current = e.article.id;
            const ExportedArticle &a = e.article;
            out += QStringLiteral("\n## ") % escapeInline(a.headline) % QStringLiteral("\n\n");
            if (!a.outlet.isEmpty())
                out += QStringLiteral("- ") % CoreText::tr("Outlet:") % u' '
                        % escapeInline(a.outlet) % u'\n';
            if (!a.published.isEmpty())
                out += QStringLiteral("- ") % CoreText::tr("Published:") % u' ' % a.published
                        % u'\n';
            if (!a.sourcePath.isEmpty())
                out += QStringLiteral("- ") % CoreText::tr("Source:") % u' '
                        % escapeInline(a.sourcePath) % u'\n';
            out += QStringLiteral("- ") % CoreText::tr("Open:") % QStringLiteral(" <")
                    % articleLink(a.id) % QStringLiteral(">\n\n");
        }
        out += noteSection(e);
    }
    return out.toUtf8();
}

} // namespace newsmark::exporters
