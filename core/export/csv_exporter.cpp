// CSV as RFC 4180 writes it, for spreadsheet apps: UTF-8 with a BOM (without one Excel reads
// Korean as mojibake), CRLF line ends, and fields quoted when they hold a comma, a quote or a
// line break.

#include "export/exporters.h"

#include <QStringList>

namespace newsmark::exporters {

namespace {

// A cell a spreadsheet would take for a formula (=, +, -, @ or a tab/CR at the start) gets a
// leading apostrophe, so that an opened export never computes anything. A plain number such as
// "-3" or "+5.1" stays as it is.
QString defuse(const QString &field)
{
    if (field.isEmpty())
        return field;
    const QChar first = field.at(0);
    const bool risky = first == u'=' || first == u'+' || first == u'-' || first == u'@'
            || first == u'\t' || first == u'\r';
    if (!risky)
        return field;
    bool isNumber = false;
    (void)field.toDouble(&isNumber);
    return isNumber ? field : u'\'' % field;
}

QString cell(const QString &text)
{
    const QString field = defuse(text);
    const bool needsQuotes = field.contains(u',') || field.contains(u'"') || field.contains(u'\n')
            || field.contains(u'\r')
            || (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' % quoted % u'"';
}

const QStringList kHeader = {
        QStringLiteral("note_id"),        QStringLiteral("article_id"), QStringLiteral("headline"),
        QStringLiteral("outlet"),         QStringLiteral("published"),  QStringLiteral("source"),
        QStringLiteral("quote"),          QStringLiteral("comment"),    QStringLiteral("tags"),
        QStringLiteral("color"),          QStringLiteral("entities"),   QStringLiteral("amounts"),
        QStringLiteral("start"),          QStringLiteral("end"),        QStringLiteral("anchor"),
        QStringLiteral("original_quote"), QStringLiteral("created"),    QStringLiteral("updated"),
        QStringLiteral("link"),
};

} // namespace

QByteArray csv(const QList<ExportedNote> &notes)
{
    QString out = kHeader.join(u',') % QStringLiteral("\r\n");
    for (const ExportedNote &e : notes) {
        const Note &n = e.note;
        const QStringList fields = {
                n.idText(),
                QString::number(e.article.id),
                e.article.headline,
                e.article.outlet,
                e.article.published,
                e.article.sourcePath,
                n.quote,
                n.body,
                n.tags.join(QStringLiteral("; ")),
                noteColorKey(n.color),
                entityTexts(e, SpanStyle::Keyed).join(QStringLiteral("; ")),
                amountTexts(e, SpanStyle::Keyed).join(QStringLiteral("; ")),
                n.isOrphaned() ? QString() : QString::number(n.start),
                n.isOrphaned() ? QString() : QString::number(n.end),
                anchorStateKey(n.anchor),
                n.originalQuote,
                noteTimestampText(n.created),
                noteTimestampText(n.updated),
                noteLink(n),
        };
        QStringList cells;
        for (const QString &field : fields)
            cells << cell(field);
        out += cells.join(u',') % QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace newsmark::exporters
