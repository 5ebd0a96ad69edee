#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace newsmark {

using ArticleId = qint64;

// What a body paragraph was on the web page it came from. Files and feeds give plain
// paragraphs; a saved page keeps its headings, list items, quotes and captions apart, as plain
// text all the same.
enum class ParagraphKind : quint8 { Paragraph, Heading, ListItem, Quote, Caption };
// "paragraph", "heading", "list_item", "quote", "caption": the name JSON output uses.
QString paragraphKindName(ParagraphKind kind);

// An article's `published` as a reader wants to see it: a moment with its zone (a feed's "…Z",
// a page's "+09:00") in `zone`'s time, the date alone or with hours and minutes; a date or a
// zone-less time as written (the text's own wall clock). "2026-12-03T16:00:00Z" is 2026-12-04
// 01:00 in Seoul.
QString publishedForDisplay(const QString &published, bool withTime,
                            const QTimeZone &zone = QTimeZone::systemTimeZone());

// One piece of an article's canonical text: the headline, a sub-headline or a body paragraph.
struct TextBlock
{
    enum class Kind { Headline, Subheadline, Paragraph };
    Kind kind = Kind::Paragraph;
    qsizetype start = 0; // UTF-16 offset of the block in Article::canonicalText()
    QString text;
    ParagraphKind paragraphKind = ParagraphKind::Paragraph; // for Kind::Paragraph
    qsizetype paragraph = -1; // its index in Article::paragraphs, for Kind::Paragraph
};

// An image of a saved web page, kept in the library: the reader shows it from there, so the
// page never touches the network. It stands before body paragraph `beforeParagraph`
// (paragraphs.size(): after the last one); a Caption paragraph right after it is its caption.
struct Figure
{
    qsizetype beforeParagraph = 0;
    QString sourceUrl; // where it was fetched from
    QString alt;
    QByteArray mimeType; // image/png, image/jpeg, image/gif or image/webp
    int width = 0;
    int height = 0;
    // The image's bytes. An Article read from the library leaves them out (ArticleStore::image
    // reads one figure's when it is shown).
    QByteArray data;

    friend bool operator==(const Figure &, const Figure &) = default;
};

// An article as the importer extracted it. The canonical text (headline, sub-headlines and
// paragraphs joined by '\n', NFC) is what spans and notes anchor into; metadata lives beside it.
struct Article
{
    ArticleId id = 0;
    QString language; // "ko" or "en"
    QString category;
    QString headline;
    QStringList subheadlines;
    QString outlet;
    QString reporter;
    QString email;
    QString copyright;
    QString published; // ISO 8601 date or date-time as found in the text; empty when unknown
    QStringList paragraphs;
    // One per paragraph, or empty when every paragraph is a plain one.
    QList<ParagraphKind> paragraphKinds;
    QList<Figure> figures; // in text order
    QString sourcePath;
    QString contentHash; // BLAKE2b-256 hex of canonicalText(), for de-duplication
    QDateTime importedAt;
    bool read = false;
    bool starred = false;
    QDateTime deletedAt; // when it went to the Trash; invalid while it is in the library

    [[nodiscard]] bool isInTrash() const { return deletedAt.isValid(); }
    [[nodiscard]] QList<TextBlock> blocks() const;
    [[nodiscard]] ParagraphKind paragraphKind(qsizetype paragraph) const
    {
        return paragraph < paragraphKinds.size() ? paragraphKinds.at(paragraph)
                                                 : ParagraphKind::Paragraph;
    }
    [[nodiscard]] QString canonicalText() const;
    [[nodiscard]] QString computeContentHash() const;
};

} // namespace newsmark
