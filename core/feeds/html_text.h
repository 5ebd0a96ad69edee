#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace newsmark {

// The code point of an HTML named character reference ("eacute" → U+00E9), without '&' and ';'.
std::optional<char32_t> htmlEntityCodePoint(QStringView name);

struct CharacterReference
{
    char32_t codePoint;
    qsizetype length; // from '&' through ';'
};

// The reference (named, &#NNN; or &#xHHH;) that starts at text[at] == '&', if it is one.
std::optional<CharacterReference> readCharacterReference(QStringView text, qsizetype at);

// Every character reference in `text` replaced by its character; anything else kept as is.
QString decodeHtmlEntities(QStringView text);

// Tags dropped, references decoded, white space collapsed: a title or a name as plain text.
QString htmlToPlainText(QStringView html);

// The text blocks of an HTML fragment as plain text: one per paragraph, heading, list item,
// quote, table cell or line break; scripts and styles dropped, references decoded, white space
// collapsed, empty blocks left out. No markup survives.
QStringList htmlToParagraphs(QStringView html);

// An <img> of an HTML fragment: its address as written (references decoded), its alt text, and
// the paragraph it stands before.
struct HtmlImage
{
    QString src;
    QString alt;
    qsizetype beforeParagraph = 0;
};
struct HtmlText
{
    QStringList paragraphs; // as htmlToParagraphs gives them
    QList<HtmlImage> images;
};
// The paragraphs and the images of an HTML fragment.
HtmlText htmlToText(QStringView html);

// Runs of ASCII white space as one space, none at the ends; unlike QString::simplified(),
// no-break and other typographic spaces stay: authors put them there on purpose.
QString collapseWhitespace(QStringView text);

} // namespace newsmark
