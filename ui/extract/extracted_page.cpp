#include "extracted_page.h"

#include "i18n/ui_language.h"

#include "extract_logging.h"
#include "extraction_web.h"
#include "import/article_parser.h"
#include "page_cleanup.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace newsmark::extract {

namespace {

// One line of plain text: whitespace runs (line breaks included) become one space, control
// characters go, the text is NFC like every article's.
QString plainLine(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (c.isSpace() || u == 0x200B || u == 0xFEFF) {
            space = !out.isEmpty();
            continue;
        }
        if (u < 0x20 || (u >= 0x7F && u < 0xA0))
            continue;
        if (space)
            out.append(u' ');
        space = false;
        out.append(c);
    }
    return out.normalized(QString::NormalizationForm_C);
}

// At most this many images of one page are kept: a gallery page is not an article.
constexpr qsizetype kMaxFigures = 24;

// An image of the page, not yet fetched.
Figure figureAt(qsizetype beforeParagraph, const QUrl &url, const QString &alt)
{
    Figure figure;
    figure.beforeParagraph = beforeParagraph;
    figure.sourceUrl = url.toString(QUrl::FullyEncoded);
    figure.alt = alt;
    return figure;
}

ParagraphKind paragraphKind(PageBlock::Kind kind)
{
    switch (kind) {
    case PageBlock::Kind::Heading: return ParagraphKind::Heading;
    case PageBlock::Kind::ListItem: return ParagraphKind::ListItem;
    case PageBlock::Kind::Quote: return ParagraphKind::Quote;
    case PageBlock::Kind::Caption: return ParagraphKind::Caption;
    case PageBlock::Kind::Paragraph:
    case PageBlock::Kind::Image: break;
    }
    return ParagraphKind::Paragraph;
}

PageBlock::Kind kindOf(const QString &code)
{
    if (code == u"h")
        return PageBlock::Kind::Heading;
    if (code == u"li")
        return PageBlock::Kind::ListItem;
    if (code == u"q")
        return PageBlock::Kind::Quote;
    if (code == u"c")
        return PageBlock::Kind::Caption;
    return PageBlock::Kind::Paragraph;
}

// An http(s) URL written in the page, resolved against the page's base; empty otherwise.
QUrl webUrl(const QString &written, const QUrl &base)
{
    if (written.isEmpty())
        return {};
    // Readability makes the article's addresses absolute against the document's own address,
    // newsmark-page:<ticket>: "/img/a.png" comes back as "newsmark-page:/img/a.png". What
    // follows the scheme is the address as the page wrote it.
    QString address = written.trimmed();
    static const QString pageScheme = QLatin1String(kPageScheme) + u':';
    if (address.startsWith(pageScheme, Qt::CaseInsensitive))
        address = address.mid(pageScheme.size());
    const QUrl url = base.resolved(QUrl(address));
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https"))
        return {};
    return url.adjusted(QUrl::RemoveFragment);
}

// The Article's language: "ko" or "en", from the page's lang when it says one of them, else by
// the share of Hangul among the letters.
QString articleLanguage(const QString &declared, const QList<PageBlock> &blocks)
{
    const QString primary = declared.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
    if (primary == u"ko" || primary == u"en")
        return primary;
    QString text;
    for (const PageBlock &block : blocks) {
        if (block.kind != PageBlock::Kind::Image)
            text += block.text + u' ';
    }
    return detectLanguage(text);
}

QString isoPublished(const QString &published)
{
    if (published.isEmpty())
        return {};
    if (QDateTime::fromString(published, Qt::ISODate).isValid()
        || QDateTime::fromString(published, Qt::ISODateWithMs).isValid())
        return published;
    if (const QDate date = QDate::fromString(published.left(10), Qt::ISODate); date.isValid())
        return date.toString(Qt::ISODate);
    return publishedFromDateLine(published).value_or(QString());
}

// "By Jane Doe", "홍길동 기자 hong@example.com" → the name alone.
QString reporterFromByline(QString byline)
{
    static const QRegularExpression email(QStringLiteral(R"([\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+)"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression decoration(
            QStringLiteral(R"(^\s*(?:by|written by|글)\s*[:：]?\s+|\s*(?:기자|특파원)\s*$)"),
            QRegularExpression::CaseInsensitiveOption
                    | QRegularExpression::UseUnicodePropertiesOption);
    byline.remove(email);
    byline.remove(QStringLiteral("()"));
    byline = byline.trimmed();
    byline.remove(decoration);
    return byline.trimmed();
}

Article articleOf(const ExtractedPage &page, const RemovedBoilerplate &removed)
{
    Article article;
    article.headline = page.title;
    // Headings before the body are the article's sub-headlines ("다음 달부터 시범 운영…").
    bool body = false;
    QSet<QUrl> pictured;
    for (const PageBlock &block : page.blocks) {
        if (block.kind == PageBlock::Kind::Image) {
            if (article.figures.size() < kMaxFigures && !pictured.contains(block.image)) {
                pictured.insert(block.image);
                article.figures.append(
                        figureAt(article.paragraphs.size(), block.image, block.text));
            }
            continue;
        }
        body = body || block.kind != PageBlock::Kind::Heading;
        if (!body) {
            article.subheadlines.append(block.text);
            continue;
        }
        article.paragraphs.append(block.text);
        article.paragraphKinds.append(paragraphKind(block.kind));
    }
    // A page whose text has no image of its own shows its lead image above the text.
    if (article.figures.isEmpty() && page.leadImageUrl.isValid())
        article.figures.append(figureAt(0, page.leadImageUrl, {}));
    if (article.headline.isEmpty() && !article.subheadlines.isEmpty())
        article.headline = article.subheadlines.takeFirst();
    if (article.headline.isEmpty() && !article.paragraphs.isEmpty()) {
        article.headline = article.paragraphs.takeFirst();
        article.paragraphKinds.removeFirst();
        for (Figure &figure : article.figures)
            figure.beforeParagraph = qMax<qsizetype>(0, figure.beforeParagraph - 1);
    }
    if (std::all_of(article.paragraphKinds.cbegin(), article.paragraphKinds.cend(),
                    [](ParagraphKind k) { return k == ParagraphKind::Paragraph; }))
        article.paragraphKinds.clear();
    article.language = articleLanguage(page.language, page.blocks);
    article.outlet = !page.siteName.isEmpty() ? page.siteName : removed.outlet;
    article.reporter =
            removed.reporter.isEmpty() ? reporterFromByline(page.byline) : removed.reporter;
    article.email = removed.email;
    article.copyright = removed.copyright;
    article.published = isoPublished(page.publishedTime);
    if (article.published.isEmpty())
        article.published = removed.published;
    article.importedAt = QDateTime::currentDateTimeUtc();
    article.contentHash = article.computeContentHash();
    return article;
}

} // namespace

QString ExtractedPage::plainText() const
{
    QStringList lines;
    lines.reserve(blocks.size());
    for (const PageBlock &block : blocks) {
        if (block.kind != PageBlock::Kind::Image)
            lines.append(block.text);
    }
    return lines.join(u'\n');
}

Result<ExtractedPage> pageFromScriptResult(const QString &json, const QUrl &pageUrl)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (!document.isObject())
        return Error {CoreText::tr("the extraction script returned no result")};
    const QJsonObject result = document.object();
    if (!result.value(u"ok").toBool()) {
        const QString reason = result.value(u"error").toString().left(200);
        qCWarning(lcExtract) << "Extraction script failed on" << pageUrl.toDisplayString()
                             << reason;
        return Error {CoreText::tr("the article could not be extracted: %1").arg(reason)};
    }

    ExtractedPage page;
    page.url = pageUrl;
    page.readerable = result.value(u"readerable").toBool();
    page.title = plainLine(result.value(u"title").toString());
    page.byline = plainLine(result.value(u"byline").toString());
    page.excerpt = plainLine(result.value(u"excerpt").toString());
    page.siteName = plainLine(result.value(u"siteName").toString());
    page.publishedTime = plainLine(result.value(u"publishedTime").toString());
    page.language = plainLine(result.value(u"lang").toString());
    if (page.language.isEmpty())
        page.language = plainLine(result.value(u"documentLang").toString());

    // Relative URLs resolve against the page's <base> when it names a web address; the
    // document itself lives on the extractor's own scheme.
    const QUrl written(result.value(u"baseUri").toString());
    const QUrl base =
            written.scheme() == u"http" || written.scheme() == u"https" ? written : pageUrl;
    page.canonicalUrl = webUrl(result.value(u"canonical").toString(), base);
    if (page.canonicalUrl.isEmpty())
        page.canonicalUrl = webUrl(result.value(u"ogUrl").toString(), base);
    if (page.canonicalUrl.isEmpty())
        page.canonicalUrl = pageUrl;
    page.leadImageUrl = webUrl(result.value(u"image").toString(), base);

    const QJsonArray blocks = result.value(u"blocks").toArray();
    page.blocks.reserve(blocks.size());
    for (const QJsonValue &value : blocks) {
        const QJsonObject block = value.toObject();
        QString text = plainLine(block.value(u"t").toString());
        if (block.value(u"k").toString() == u"img") {
            if (const QUrl image = webUrl(block.value(u"src").toString(), base); image.isValid())
                page.blocks.append(PageBlock {PageBlock::Kind::Image, text.left(500), image});
        } else if (!text.isEmpty()) {
            page.blocks.append(PageBlock {kindOf(block.value(u"k").toString()), std::move(text)});
        }
    }
    const RemovedBoilerplate removed = removeBoilerplate(page.blocks);
    // Readability often keeps the page's own headline above the text: the Article has it.
    while (!page.blocks.isEmpty() && page.blocks.first().text == page.title
           && page.blocks.first().kind != PageBlock::Kind::Caption
           && page.blocks.first().kind != PageBlock::Kind::Image)
        page.blocks.removeFirst();
    if (std::none_of(page.blocks.cbegin(), page.blocks.cend(),
                     [](const PageBlock &b) { return b.kind != PageBlock::Kind::Image; }))
        return Error {CoreText::tr("no article text on the page")};
    page.article = articleOf(page, removed);
    return page;
}

} // namespace newsmark::extract
