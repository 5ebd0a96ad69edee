#pragma once

#include "model/article.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace newsmark::extract {

// One block of an extracted article, as plain text on one line (no markup, no line breaks), or
// one of its images: its address and alt text.
struct PageBlock
{
    enum class Kind { Paragraph, Heading, ListItem, Quote, Caption, Image };
    Kind kind = Kind::Paragraph;
    QString text; // an image's alt text
    QUrl image {}; // an image's http(s) address

    friend bool operator==(const PageBlock &, const PageBlock &) = default;
};

// What a web page holds as an article: Readability's metadata, the article's text blocks with
// the page's boilerplate removed, and the same as the library's Article.
struct ExtractedPage
{
    QUrl url; // where the page was fetched from
    QUrl canonicalUrl; // <link rel="canonical">, else og:url, else url
    QUrl leadImageUrl; // og:image
    QString title;
    QString byline;
    QString excerpt;
    QString siteName;
    QString language; // as the page says it ("ko", "en-US"); empty if it does not
    QString publishedTime; // as the page says it (usually ISO 8601); empty if it does not
    QByteArray encoding; // what the page's bytes were read as
    bool readerable = false; // Readability's isProbablyReaderable()
    QList<PageBlock> blocks;
    // headline = title; sub-headlines = the headings before the body; paragraphs = the other
    // blocks' text; outlet, reporter, e-mail, copyright, published and language ("ko" or "en")
    // from the metadata and the removed lines; figures: the images in the text (else the lead
    // image) with their place, not yet fetched (fetchFigures() does that).
    Article article;

    // The text blocks' text joined by '\n' (the Article's sub-headlines and paragraphs).
    [[nodiscard]] QString plainText() const;
};

// Builds an ExtractedPage from the JSON extract_page.js returned for the page at pageUrl.
// Fails when the script failed or found no article text.
Result<ExtractedPage> pageFromScriptResult(const QString &json, const QUrl &pageUrl);

} // namespace newsmark::extract
