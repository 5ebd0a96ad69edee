#include "note_json.h"

#include "export/note_export.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace newsmark::cli {

QJsonObject noteRowToJson(const NoteRow &row)
{
    const Note &n = row.note;
    const QJsonValue position = n.isOrphaned() ? QJsonValue(QJsonValue::Null) : QJsonValue();
    return QJsonObject {
            {u"id"_s, n.idText()},
            {u"article_id"_s, double(n.articleId)},
            {u"headline"_s, row.headline},
            {u"outlet"_s, row.outlet},
            {u"quote"_s, n.quote},
            {u"prefix"_s, n.prefix},
            {u"suffix"_s, n.suffix},
            {u"start"_s, n.isOrphaned() ? position : QJsonValue(double(n.start))},
            {u"end"_s, n.isOrphaned() ? position : QJsonValue(double(n.end))},
            {u"color"_s, noteColorKey(n.color)},
            {u"comment"_s, n.body},
            {u"tags"_s, QJsonArray::fromStringList(n.tags)},
            {u"anchor"_s, anchorStateKey(n.anchor)},
            {u"text_changed"_s, n.textChanged()},
            {u"original_quote"_s, n.originalQuote},
            {u"created"_s, noteTimestampText(n.created)},
            {u"updated"_s, noteTimestampText(n.updated)},
            {u"link"_s, noteLink(n)},
    };
}

} // namespace newsmark::cli
