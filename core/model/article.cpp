#include "model/article.h"

#include <QCryptographicHash>

namespace newsmark {

QString publishedForDisplay(const QString &published, bool withTime, const QTimeZone &zone)
{
    const bool hasZone = published.size() > 19
            && (published.endsWith(u'Z') || published.at(published.size() - 6) == u'+'
                || published.at(published.size() - 6) == u'-');
    if (hasZone) {
        QDateTime moment = QDateTime::fromString(published, Qt::ISODateWithMs);
        if (moment.isValid()) {
            moment = moment.toTimeZone(zone);
            return moment.toString(withTime ? QStringLiteral("yyyy-MM-dd HH:mm")
                                            : QStringLiteral("yyyy-MM-dd"));
        }
    }
    if (!withTime || published.size() <= 10)
        return published.left(10);
    // "2025-02-04T10:31:00" as written: the date and the minutes.
    return published.left(16).replace(u'T', u' ');
}

QString paragraphKindName(ParagraphKind kind)
{
    switch (kind) {
    case ParagraphKind::Heading: return QStringLiteral("heading");
    case ParagraphKind::ListItem: return QStringLiteral("list_item");
    case ParagraphKind::Quote: return QStringLiteral("quote");
    case ParagraphKind::Caption: return QStringLiteral("caption");
    case ParagraphKind::Paragraph: break;
    }
    return QStringLiteral("paragraph");
}

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
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        add(TextBlock::Kind::Paragraph, paragraphs.at(i));
        out.last().paragraphKind = paragraphKind(i);
        out.last().paragraph = i;
    }
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
