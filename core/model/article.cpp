#include "model/article.h"

#include <QCryptographicHash>

namespace newsmark {

QList<TextBlock> Article::blocks() const
{
    QList<TextBlock> out;
    out.reserve(1 + subheadlines.size() + paragraphs.size());
    qsizetype pos = 0;
    auto add = [&](TextBlock::Kind kind, const QString &text) {
        out.append(TextBlock {kind, pos, text});
        pos += text.size() + 1; // the '\n' that joins blocks
    };
    add(TextBlock::Kind::Headline, headline);
    for (const QString &s : subheadlines)
        add(TextBlock::Kind::Subheadline, s);
    for (const QString &p : paragraphs)
        add(TextBlock::Kind::Paragraph, p);
    return out;
}

QString Article::canonicalText() const
{
    QStringList parts;
    parts.reserve(1 + subheadlines.size() + paragraphs.size());
    parts << headline << subheadlines << paragraphs;
    return parts.join(QLatin1Char('\n'));
}

QString Article::computeContentHash() const
{
    // BLAKE2b rather than SHA-256: as collision-resistant for telling articles apart, and Qt's
    // portable SHA-256 was a third of the import time.
    return QString::fromLatin1(
            QCryptographicHash::hash(canonicalText().toUtf8(), QCryptographicHash::Blake2b_256)
                    .toHex());
}

} // namespace newsmark
