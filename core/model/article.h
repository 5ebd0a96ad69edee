#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace newsmark {

using ArticleId = qint64;

// One piece of an article's canonical text: the headline, a sub-headline or a body paragraph.
struct TextBlock
{
    enum class Kind { Headline, Subheadline, Paragraph };
    Kind kind = Kind::Paragraph;
    qsizetype start = 0; // UTF-16 offset of the block in Article::canonicalText()
    QString text;
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
    QString sourcePath;
    QString contentHash; // BLAKE2b-256 hex of canonicalText(), for de-duplication
    QDateTime importedAt;
    bool read = false;
    bool starred = false;
    QDateTime deletedAt; // when it went to the Trash; invalid while it is in the library

    [[nodiscard]] bool isInTrash() const { return deletedAt.isValid(); }
    [[nodiscard]] QList<TextBlock> blocks() const;
    [[nodiscard]] QString canonicalText() const;
    [[nodiscard]] QString computeContentHash() const;
};

} // namespace newsmark
