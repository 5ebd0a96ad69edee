#include "article_text.h"

#include "console.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace newsmark::cli {

namespace {

QJsonValue orNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

// `list --json` and `show --json` write the import time alike: seconds, UTC, "Z".
QJsonValue importedAtJson(const QString &stored)
{
    const QDateTime at = QDateTime::fromString(stored, Qt::ISODate);
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate))
                        : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject articleToJson(const Article &article)
{
    QJsonArray kinds;
    for (qsizetype i = 0; i < article.paragraphs.size(); ++i)
        kinds.append(paragraphKindName(article.paragraphKind(i)));
    QJsonArray figures;
    for (const Figure &figure : article.figures) {
        figures.append(QJsonObject {
                {u"before_paragraph"_s, double(figure.beforeParagraph)},
                {u"source_url"_s, figure.sourceUrl},
                {u"alt"_s, figure.alt},
                {u"mime_type"_s, QString::fromLatin1(figure.mimeType)},
                {u"width"_s, figure.width},
                {u"height"_s, figure.height},
        });
    }
    return QJsonObject {
            {u"id"_s, double(article.id)},
            {u"language"_s, orNull(article.language)},
            {u"category"_s, orNull(article.category)},
            {u"headline"_s, article.headline},
            {u"subheadlines"_s, QJsonArray::fromStringList(article.subheadlines)},
            {u"outlet"_s, orNull(article.outlet)},
            {u"reporter"_s, orNull(article.reporter)},
            {u"email"_s, orNull(article.email)},
            {u"copyright"_s, orNull(article.copyright)},
            {u"published"_s, orNull(article.published)},
            {u"paragraphs"_s, QJsonArray::fromStringList(article.paragraphs)},
            {u"paragraph_kinds"_s, kinds},
            {u"figures"_s, figures},
            {u"source_path"_s, orNull(article.sourcePath)},
            {u"content_hash"_s, orNull(article.contentHash)},
            {u"imported_at"_s,
             importedAtJson(article.importedAt.isValid()
                                    ? article.importedAt.toUTC().toString(Qt::ISODate)
                                    : QString())},
            {u"read"_s, article.read},
            {u"starred"_s, article.starred},
            {u"deleted_at"_s,
             article.isInTrash() ? QJsonValue(article.deletedAt.toUTC().toString(Qt::ISODateWithMs))
                                 : QJsonValue(QJsonValue::Null)},
    };
}

QJsonObject summaryToJson(const ArticleSummary &summary)
{
    QJsonObject object {
            {u"id"_s, double(summary.id)},
            {u"headline"_s, summary.headline},
            {u"outlet"_s, orNull(summary.outlet)},
            // As `show --json` says it: an undated article has none (the list shows its import
            // date in its place).
            {u"published"_s,
             summary.undated ? QJsonValue(QJsonValue::Null) : orNull(summary.published)},
            {u"imported_at"_s, importedAtJson(summary.importedAt)},
            {u"read"_s, summary.read},
            {u"starred"_s, summary.starred},
    };
    // Only the Trash's rows have it (`trash list`): the library's list is unchanged.
    if (!summary.deletedAt.isEmpty())
        object.insert(u"deleted_at"_s, summary.deletedAt);
    return object;
}

QString summariesJson(const QList<ArticleSummary> &rows)
{
    QJsonArray array;
    for (const ArticleSummary &row : rows)
        array.append(summaryToJson(row));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

QList<ArticleSummary> allSummaries(ArticleStore &store, const ArticleQuery &query)
{
    constexpr int pageSize = 500;
    const int total = store.count(query);
    QList<ArticleSummary> rows;
    rows.reserve(total);
    for (int offset = 0; offset < total; offset += pageSize) {
        const QList<ArticleSummary> page = store.page(query, offset, pageSize);
        if (page.isEmpty())
            break; // the library changed under us; print what there is
        rows += page;
    }
    return rows;
}

QString summaryTable(const QList<ArticleSummary> &rows, const QString &dateHeader,
                     QString (*dateOf)(const ArticleSummary &))
{
    constexpr qsizetype maxOutletWidth = 24;
    qsizetype idWidth = 2;
    qsizetype outletWidth = 6;
    for (const ArticleSummary &row : rows) {
        idWidth = std::max(idWidth, QString::number(row.id).size());
        outletWidth = std::max(outletWidth, std::min(displayWidth(row.outlet), maxOutletWidth));
    }
    // Headers in the UI language, padded by display width (Korean letters take two columns).
    QString table = u"ID"_s.rightJustified(idWidth) % u"  " % fitToWidth(dateHeader, 10) % u"  "
            % fitToWidth(CliText::tr("OUTLET"), outletWidth) % u"  " % CliText::tr("HEADLINE")
            % u'\n';
    for (const ArticleSummary &row : rows) {
        // The date only: the time of day is noise in a list.
        table += QString::number(row.id).rightJustified(idWidth) % u"  "
                % dateOf(row).left(10).leftJustified(10) % u"  "
                % fitToWidth(row.outlet, outletWidth) % u"  " % row.headline % u'\n';
    }
    return table;
}

QString articleToText(const Article &article)
{
    QString text = article.headline % u'\n';
    for (const QString &subheadline : article.subheadlines)
        text += u"  "_s % subheadline % u'\n';

    QStringList byline;
    for (const QString &part : {article.outlet, article.reporter, article.published}) {
        if (!part.isEmpty())
            byline << part;
    }
    if (!article.email.isEmpty())
        byline << u'<' % article.email % u'>';
    text += u'\n';
    if (!byline.isEmpty())
        text += byline.join(u" · "_s) % u'\n';
    if (!article.category.isEmpty())
        text += u"Category: "_s % article.category % u'\n';

    // A saved page's layout in plain text: its images by name, list items and quotes marked.
    qsizetype figure = 0;
    auto figuresBefore = [&](qsizetype paragraph) {
        for (; figure < article.figures.size(); ++figure) {
            const Figure &f = article.figures.at(figure);
            if (paragraph >= 0 && f.beforeParagraph > paragraph)
                break;
            text += u"\n[image"_s % (f.alt.isEmpty() ? QString() : u": "_s % f.alt)
                    % u", %1×%2]\n"_s.arg(f.width).arg(f.height);
        }
    };
    for (qsizetype i = 0; i < article.paragraphs.size(); ++i) {
        figuresBefore(i);
        const QString &paragraph = article.paragraphs.at(i);
        switch (article.paragraphKind(i)) {
        case ParagraphKind::ListItem: text += u"\n  • "_s % paragraph % u'\n'; break;
        case ParagraphKind::Quote: text += u"\n  > "_s % paragraph % u'\n'; break;
        case ParagraphKind::Paragraph:
        case ParagraphKind::Heading:
        case ParagraphKind::Caption: text += u'\n' % paragraph % u'\n'; break;
        }
    }
    figuresBefore(-1);

    text += u'\n';
    if (!article.copyright.isEmpty())
        text += article.copyright % u'\n';
    text += u"#%1"_s.arg(article.id)
            % (article.read ? CliText::tr(", read") : CliText::tr(", unread"))
            % (article.starred ? CliText::tr(", starred") : QString())
            % (article.sourcePath.isEmpty() ? QString()
                                            : CliText::tr(", from %1").arg(article.sourcePath))
            % (article.isInTrash() ? CliText::tr(", in the Trash") : QString()) % u'\n';
    return text;
}

} // namespace newsmark::cli
