// A standalone HTML page: styles inline, no script, nothing loaded (its Content-Security-Policy
// says so to the browser too). newsmark-extract's PdfPrinter prints it to PDF for the window and
// newsmark-cli alike.

#include "export/comment_markdown.h"
#include "export/exporters.h"
#include "i18n/ui_language.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace newsmark::exporters {

namespace {

QString escape(const QString &text)
{
    return text.toHtmlEscaped();
}

// Paragraph breaks of a quote or comment stay breaks.
QString withBreaks(const QString &text)
{
    return escape(text).replace(u'\n', QStringLiteral("<br>\n"));
}

constexpr char16_t kStyle[] =
        u"body{font-family:sans-serif;max-width:48em;margin:2em auto;padding:0 1em;"
        u"line-height:1.5;color:#222}"
        u"h1{font-size:1.4em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ccc}"
        u".meta{color:#555;font-size:.9em}"
        u".note{margin:1.2em 0;padding:.6em 1em;border-left:4px solid #999;break-inside:avoid}"
        u"blockquote{margin:0 0 .5em 0}"
        u"mark{padding:0 .1em}"
        u".note-yellow{border-color:#e6c200}.note-yellow mark{background:#fff3a3}"
        u".note-green{border-color:#3a9d4a}.note-green mark{background:#c9f2c7}"
        u".note-blue{border-color:#3a6fd0}.note-blue mark{background:#c8dcff}"
        u".note-pink{border-color:#d0487f}.note-pink mark{background:#ffd0e2}"
        u".note-purple{border-color:#8a4fc9}.note-purple mark{background:#e5d4ff}"
        u".note-orange{border-color:#e07b00}.note-orange mark{background:#ffdcb0}"
        u".changed,.orphaned{color:#8a5a00;font-style:italic}"
        u".comment p{margin:.4em 0}.comment ul,.comment ol{margin:.4em 0;padding-left:1.6em}"
        u".comment blockquote{margin:.4em 0;padding-left:.8em;border-left:3px solid #ddd;"
        u"color:#555}"
        // "monospace" twice: alone, it makes Chromium shrink the text to 13 px.
        u".comment code{font-family:monospace,monospace;font-size:.9em;background:#f3f3f3;"
        u"padding:0 .2em}"
        u".comment pre{background:#f3f3f3;padding:.5em;white-space:pre-wrap}"
        u".comment pre code{padding:0}"
        u".comment table{border-collapse:collapse;margin:.4em 0}"
        u".comment th,.comment td{border:1px solid #ccc;padding:.2em .5em;text-align:left}"
        u".tag{display:inline-block;border:1px solid #bbb;border-radius:.8em;padding:0 .5em;"
        u"margin-right:.3em;font-size:.85em}"
        u"dl{font-size:.9em}dt{font-weight:bold}dd{margin:0 0 .3em 1em}";

QString noteArticle(const ExportedNote &e)
{
    const Note &n = e.note;
    QString out = QStringLiteral("<article class=\"note note-") % noteColorKey(n.color)
            % QStringLiteral("\" id=\"note-") % n.idText()
            % QStringLiteral("\">\n<blockquote><mark>") % withBreaks(n.quote)
            % QStringLiteral("</mark></blockquote>\n");
    if (n.isOrphaned()) {
        out += QStringLiteral("<p class=\"orphaned\">")
                % escape(CoreText::tr("No longer found in the article's text."))
                % QStringLiteral("</p>\n");
    } else if (n.textChanged() && n.originalQuote != n.quote) {
        out += QStringLiteral("<p class=\"changed\">")
                % escape(CoreText::tr("Text changed since the highlight; it read:")) % u' '
                % withBreaks(n.originalQuote) % QStringLiteral("</p>\n");
    }
    if (!n.body.trimmed().isEmpty())
        out += QStringLiteral("<div class=\"comment\">\n") % commentHtml(n.body.trimmed())
                % QStringLiteral("</div>\n");
    if (!n.tags.isEmpty()) {
        out += QStringLiteral("<p class=\"tags\">");
        for (const QString &tag : n.tags)
            out += QStringLiteral("<span class=\"tag\">") % escape(tag) % QStringLiteral("</span>");
        out += QStringLiteral("</p>\n");
    }
    const QStringList entities = entityTexts(e, SpanStyle::Readable);
    const QStringList amounts = amountTexts(e, SpanStyle::Readable);
    if (!entities.isEmpty() || !amounts.isEmpty()) {
        out += QStringLiteral("<dl>");
        if (!entities.isEmpty())
            out += QStringLiteral("<dt>") % escape(CoreText::tr("Entities"))
                    % QStringLiteral("</dt><dd>") % escape(entities.join(QStringLiteral("; ")))
                    % QStringLiteral("</dd>");
        if (!amounts.isEmpty())
            out += QStringLiteral("<dt>") % escape(CoreText::tr("Amounts"))
                    % QStringLiteral("</dt><dd>") % escape(amounts.join(QStringLiteral("; ")))
                    % QStringLiteral("</dd>");
        out += QStringLiteral("</dl>\n");
    }
    out += QStringLiteral("<p class=\"meta\">") % escape(noteColorLabel(n.color))
            % QStringLiteral(" · ")
            % escape(CoreText::tr("created %1").arg(noteTimeForReading(n.created)))
            % QStringLiteral(" · ")
            % escape(CoreText::tr("updated %1").arg(noteTimeForReading(n.updated)))
            % QStringLiteral(" · <a href=\"") % escape(noteLink(n)) % QStringLiteral("\">")
            % escape(CoreText::tr("Open in Newsmark")) % QStringLiteral("</a></p>\n</article>\n");
    return out;
}

} // namespace

QByteArray html(const QList<ExportedNote> &notes)
{
    QString out = QStringLiteral(
            "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            "style-src 'unsafe-inline'\">\n"
            "<meta name=\"generator\" content=\"Newsmark\">\n<title>");
    QSet<ArticleId> articles;
    for (const ExportedNote &e : notes)
        articles.insert(e.article.id);
    // The notes of one article are a page about that article: its headline is the page's title,
    // printed once (a section heading repeating it printed the headline twice in the PDF).
    const bool oneArticle = articles.size() == 1;
    const QString title =
            oneArticle ? notes.constFirst().article.headline : CoreText::tr("Newsmark notes");
    const QString count = CoreText::tr("%n note(s)", nullptr, int(notes.size()));
    // Two articles or more have two notes or more.
    const QString summary = oneArticle || articles.isEmpty()
            ? count
            : CoreText::tr("%1 notes from %2 articles").arg(notes.size()).arg(articles.size());
    out += escape(title) % QStringLiteral("</title>\n<style>") % QStringView(kStyle)
            % QStringLiteral("</style>\n</head>\n<body>\n<h1>") % escape(title)
            % QStringLiteral("</h1>\n");
    if (!oneArticle)
        out += QStringLiteral("<p class=\"meta\">") % escape(summary) % QStringLiteral("</p>\n");
    ArticleId current = 0;
    for (const ExportedNote &e : notes) {
        if (e.article.id != current) {
            if (current != 0)
                out += QStringLiteral("</section>\n");
            current = e.article.id;
            const ExportedArticle &a = e.article;
            QStringList meta;
            for (const QString &part : {a.outlet, a.published, a.sourcePath}) {
                if (!part.isEmpty())
                    meta << escape(part);
            }
            if (oneArticle)
                meta << escape(count);
            meta << QStringLiteral("<a href=\"") % escape(articleLink(a.id)) % QStringLiteral("\">")
                            % escape(CoreText::tr("Open in Newsmark")) % QStringLiteral("</a>");
            out += QStringLiteral("<section class=\"article\">\n");
            if (!oneArticle)
                out += QStringLiteral("<h2>") % escape(a.headline) % QStringLiteral("</h2>\n");
            out += QStringLiteral("<p class=\"meta\">") % meta.join(QStringLiteral(" · "))
                    % QStringLiteral("</p>\n");
        }
        out += noteArticle(e);
    }
    if (current != 0)
        out += QStringLiteral("</section>\n");
    out += QStringLiteral("</body>\n</html>\n");
    return out.toUtf8();
}

} // namespace newsmark::exporters
