#include "storage/note_store.h"

#include "i18n/ui_language.h"

#include "logging.h"

#include <QStringBuilder>

#include <variant>

namespace newsmark {

namespace {

constexpr char kNoteColumns[] =
        "n.id, n.article_id, n.quote, n.prefix, n.suffix, n.start_pos, n.end_pos,"
        " n.original_quote, n.text_hash, n.anchored_hash, n.anchor_state, n.color, n.body,"
        " n.created_at, n.updated_at,"
        " (SELECT group_concat(t.tag, char(31)) FROM note_tags t WHERE t.note_id = n.id)";
constexpr int kNoteColumnCount = 16;

QString idKey(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

Note noteFrom(const Statement &s)
{
    Note n;
    n.id = QUuid::fromString(s.text(0));
    n.articleId = s.int64(1);
    n.quote = s.text(2);
    n.prefix = s.text(3);
    n.suffix = s.text(4);
    n.start = s.int64(5);
    n.end = s.int64(6);
    n.originalQuote = s.text(7);
    n.textHash = s.text(8);
    n.anchoredHash = s.text(9);
    n.anchor = anchorStateFromKey(s.text(10)).value_or(AnchorState::Orphaned);
    n.color = noteColorFromKey(s.text(11)).value_or(NoteColor::Yellow);
    n.body = s.text(12);
    n.created = noteTimestampFromText(s.text(13));
    n.updated = noteTimestampFromText(s.text(14));
    if (!s.isNull(15))
        n.tags = normalizeTags(s.text(15).split(QChar(31)));
    return n;
}

QString likePattern(const QString &text)
{
    QString escaped = text.trimmed();
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') % escaped % QLatin1Char('%');
}

using Parameter = std::variant<qint64, QString>;

// The first instant of a local calendar day, as stored timestamps are written.
QString localDayStart(QDate day)
{
    return noteTimestampText(day.startOfDay(Qt::LocalTime).toUTC());
}

// The WHERE clause of a query with its parameters, numbered ?1, ?2 ... in `parameters`.
QString whereClause(const NoteQuery &q, QList<Parameter> *parameters)
{
    QStringList terms;
    auto param = [&](Parameter value) {
        parameters->append(std::move(value));
        return QStringLiteral("?%1").arg(parameters->size());
    };
    for (const QString &word : q.text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString p = param(likePattern(word));
        terms << QStringLiteral("(n.quote LIKE %1 ESCAPE '\\' OR n.body LIKE %1 ESCAPE '\\'"
                                " OR n.original_quote LIKE %1 ESCAPE '\\'"
                                " OR a.headline LIKE %1 ESCAPE '\\'"
                                " OR EXISTS (SELECT 1 FROM note_tags t WHERE t.note_id = n.id"
                                " AND t.tag LIKE %1 ESCAPE '\\'))")
                         .arg(p);
    }
    if (!q.tag.trimmed().isEmpty()) {
        terms << QStringLiteral("EXISTS (SELECT 1 FROM note_tags t WHERE t.note_id = n.id AND "
                                "t.tag = %1 COLLATE NOCASE)")
                         .arg(param(q.tag.simplified()));
    }
    if (q.color)
        terms << QStringLiteral("n.color = %1").arg(param(noteColorKey(*q.color)));
    if (q.articleId)
        terms << QStringLiteral("n.article_id = %1").arg(param(*q.articleId));
    if (!q.outlet.trimmed().isEmpty())
        terms << QStringLiteral("a.outlet LIKE %1 ESCAPE '\\'").arg(param(likePattern(q.outlet)));
    if (!q.entity.trimmed().isEmpty()) {
        // The words inside the quote, or an entity of that name (or written so) mentioned in
        // it: "최태원" finds a note on "최 회장은 …" through the library's entity index.
        const QString like = param(likePattern(q.entity));
        const QString name = param(q.entity.trimmed());
        terms << QStringLiteral("(n.quote LIKE %1 ESCAPE '\\' OR EXISTS (SELECT 1 FROM mentions m"
                                " JOIN entities e ON e.id = m.entity_id"
                                " WHERE m.article_id = n.article_id AND m.start_pos < n.end_pos"
                                " AND n.start_pos < m.end_pos"
                                " AND (e.name = %2 COLLATE NOCASE OR m.surface = %2)))")
                         .arg(like, name);
    }
    // created_at is ISO 8601 UTC text in one format (noteTimestampText), so the local day's
    // bounds, written the same way, compare as text and the range walks notes_by_created.
    if (q.createdFrom.isValid())
        terms << QStringLiteral("n.created_at >= %1").arg(param(localDayStart(q.createdFrom)));
    if (q.createdTo.isValid()) {
        terms << QStringLiteral("n.created_at < %1")
                         .arg(param(localDayStart(q.createdTo.addDays(1))));
    }
    // sort_date is the published date as the text gave it ("2025-03-03", maybe with a time) or
    // the UTC import time: a day compares as a prefix of either, over articles_by_date.
    if (q.articleDateFrom.isValid()) {
        terms << QStringLiteral("a.sort_date >= %1")
                         .arg(param(q.articleDateFrom.toString(Qt::ISODate)));
    }
    if (q.articleDateTo.isValid()) {
        terms << QStringLiteral("a.sort_date < %1")
                         .arg(param(q.articleDateTo.addDays(1).toString(Qt::ISODate)));
    }
    if (q.orphanedOnly)
        terms << QStringLiteral("n.anchor_state = 'orphaned'");
    if (q.ids) {
        QStringList keys;
        for (const QUuid &id : *q.ids)
            keys << u'"' + idKey(id) + u'"';
        terms << QStringLiteral("n.id IN (SELECT value FROM json_each(%1))")
                         .arg(param(u'[' + keys.join(u',') + u']'));
    }
    // The notes of trashed articles wait in the Trash with them (kept until a purge); one
    // article's notes, asked for by id, are its notes wherever it is.
    if (!q.articleId)
        terms << QStringLiteral("a.deleted_at IS NULL");
    return terms.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") % terms.join(QStringLiteral(" AND "));
}

QString orderBy(const NoteQuery &q)
{
    // arg() rather than QStringBuilder: GCC 12 at -O2 raises a false -Warray-bounds on the builder.
    const QString dir = q.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    switch (q.sortKey) {
    case NoteSortKey::Updated: return QStringLiteral(" ORDER BY n.updated_at %1, n.id %1").arg(dir);
    case NoteSortKey::Article:
        return QStringLiteral(
                       " ORDER BY a.sort_date %1, n.article_id %1, n.start_pos, n.end_pos, n.id")
                .arg(dir);
    case NoteSortKey::Created: break;
    }
    return QStringLiteral(" ORDER BY n.created_at %1, n.id %1").arg(dir);
}

void bindAll(Statement &s, const QList<Parameter> &parameters)
{
    for (int i = 0; i < parameters.size(); ++i) {
        std::visit([&](const auto &value) { s.bind(i + 1, value); }, parameters.at(i));
    }
}

const QString kFrom = QStringLiteral(" FROM notes n JOIN articles a ON a.id = n.article_id");

} // namespace

NoteStore::NoteStore(Database &db)
    : m_db(db)
    , m_insert(db,
               "INSERT INTO notes (id, article_id, quote, prefix, suffix, start_pos, end_pos,"
               " original_quote, text_hash, anchored_hash, anchor_state, color, body,"
               " created_at, updated_at)"
               " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)")
    , m_update(db,
               "UPDATE notes SET quote = ?2, prefix = ?3, suffix = ?4, start_pos = ?5,"
               " end_pos = ?6, anchored_hash = ?7, anchor_state = ?8, color = ?9, body = ?10,"
               " updated_at = ?11 WHERE id = ?1")
    , m_deleteTags(db, "DELETE FROM note_tags WHERE note_id = ?1")
    , m_insertTag(db, "INSERT OR IGNORE INTO note_tags (note_id, tag) VALUES (?1, ?2)")
    , m_exists(db, "SELECT 1 FROM notes WHERE id = ?1")
{ }

bool NoteStore::writeTags(const Note &note)
{
    m_deleteTags.bind(1, idKey(note.id));
    if (!m_deleteTags.exec())
        return false;
    for (const QString &tag : normalizeTags(note.tags)) {
        m_insertTag.bind(1, idKey(note.id)).bind(2, tag);
        if (!m_insertTag.exec())
            return false;
    }
    return true;
}

bool NoteStore::insertOne(const Note &n)
{
    m_insert.bind(1, idKey(n.id))
            .bind(2, n.articleId)
            .bind(3, n.quote)
            .bind(4, n.prefix)
            .bind(5, n.suffix)
            .bind(6, qint64(n.start))
            .bind(7, qint64(n.end))
            .bind(8, n.originalQuote)
            .bind(9, n.textHash)
            .bind(10, n.anchoredHash)
            .bind(11, anchorStateKey(n.anchor))
            .bind(12, noteColorKey(n.color))
            .bind(13, n.body)
            .bind(14, noteTimestampText(n.created))
            .bind(15, noteTimestampText(n.updated));
    return m_insert.exec() && writeTags(n);
}

Status NoteStore::insert(const Note &note)
{
    auto all = insertMany({note}, false);
    if (!all)
        return Error {all.error()};
    return Done {};
}

Result<QList<bool>> NoteStore::insertMany(const QList<Note> &notes, bool skipExisting)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Error {CoreText::tr("cannot write to the library: %1").arg(m_db.lastError())};
    QList<bool> inserted;
    inserted.reserve(notes.size());
    for (const Note &note : notes) {
        if (skipExisting && contains(note.id)) {
            inserted.append(false);
            continue;
        }
        if (!insertOne(note)) {
            return Error {
                    CoreText::tr("cannot store note %1: %2").arg(note.idText(), m_db.lastError())};
        }
        inserted.append(true);
    }
    if (!tx.commit())
        return Error {CoreText::tr("cannot write to the library: %1").arg(m_db.lastError())};
    return inserted;
}

Status NoteStore::update(const Note &note)
{
    return updateMany({note});
}

Status NoteStore::updateMany(const QList<Note> &notes)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Error {CoreText::tr("cannot write to the library: %1").arg(m_db.lastError())};
    for (const Note &n : notes) {
        m_update.bind(1, idKey(n.id))
                .bind(2, n.quote)
                .bind(3, n.prefix)
                .bind(4, n.suffix)
                .bind(5, qint64(n.start))
                .bind(6, qint64(n.end))
                .bind(7, n.anchoredHash)
                .bind(8, anchorStateKey(n.anchor))
                .bind(9, noteColorKey(n.color))
                .bind(10, n.body)
                .bind(11, noteTimestampText(n.updated));
        if (!m_update.exec()) {
            return Error {
                    CoreText::tr("cannot update note %1: %2").arg(n.idText(), m_db.lastError())};
        }
        if (m_db.changes() == 0)
            return Error {CoreText::tr("there is no note %1").arg(n.idText())};
        if (!writeTags(n)) {
            return Error {CoreText::tr("cannot update the tags of note %1: %2")
                                  .arg(n.idText(), m_db.lastError())};
        }
    }
    if (!tx.commit())
        return Error {CoreText::tr("cannot write to the library: %1").arg(m_db.lastError())};
    return Done {};
}

Result<std::optional<Note>> NoteStore::remove(const QUuid &id)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Error {CoreText::tr("cannot write to the library: %1").arg(m_db.lastError())};
    std::optional<Note> old = find(id);
    if (!old)
        return std::optional<Note>();
    Statement s(m_db, "DELETE FROM notes WHERE id = ?1");
    s.bind(1, idKey(id));
    if (!s.exec() || !tx.commit()) {
        return Error {CoreText::tr("cannot delete note %1: %2").arg(idKey(id), m_db.lastError())};
    }
    return old;
}

std::optional<Note> NoteStore::find(const QUuid &id)
{
    const QByteArray sql = QByteArray("SELECT ") + kNoteColumns + " FROM notes n WHERE n.id = ?1";
    Statement s(m_db, sql.constData());
    s.bind(1, idKey(id));
    if (!s.step())
        return std::nullopt;
    return noteFrom(s);
}

bool NoteStore::contains(const QUuid &id)
{
    m_exists.bind(1, idKey(id));
    const bool found = m_exists.step();
    m_exists.reset();
    return found;
}

QList<Note> NoteStore::forArticle(ArticleId id)
{
    const QByteArray sql = QByteArray("SELECT ") + kNoteColumns
            + " FROM notes n WHERE n.article_id = ?1 ORDER BY n.start_pos, n.end_pos, n.id";
    Statement s(m_db, sql.constData());
    s.bind(1, id);
    QList<Note> notes;
    while (s.step())
        notes.append(noteFrom(s));
    return notes;
}

int NoteStore::count(const NoteQuery &query)
{
    QList<Parameter> parameters;
    const QString sql = QStringLiteral("SELECT count(*)") % kFrom % whereClause(query, &parameters);
    Statement s(m_db, sql.toUtf8().constData());
    bindAll(s, parameters);
    return s.step() ? int(s.int64(0)) : 0;
}

QList<NoteRow> NoteStore::page(const NoteQuery &query, int offset, int limit)
{
    QList<Parameter> parameters;
    const QString sql = QStringLiteral("SELECT ") % QLatin1String(kNoteColumns)
            % QStringLiteral(", a.headline, a.outlet, a.sort_date") % kFrom
            % whereClause(query, &parameters) % orderBy(query)
            % QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit).arg(offset);
    Statement s(m_db, sql.toUtf8().constData());
    bindAll(s, parameters);
    QList<NoteRow> rows;
    while (s.step()) {
        rows.append(NoteRow {noteFrom(s), s.text(kNoteColumnCount), s.text(kNoteColumnCount + 1),
                             s.text(kNoteColumnCount + 2)});
    }
    return rows;
}

QList<QUuid> NoteStore::ids(const NoteQuery &query)
{
    QList<Parameter> parameters;
    const QString sql = QStringLiteral("SELECT n.id") % kFrom % whereClause(query, &parameters)
            % orderBy(query);
    Statement s(m_db, sql.toUtf8().constData());
    bindAll(s, parameters);
    QList<QUuid> out;
    while (s.step())
        out.append(QUuid::fromString(s.text(0)));
    return out;
}

QList<std::pair<QString, int>> NoteStore::tagCounts()
{
    Statement s(m_db,
                "SELECT min(t.tag), count(*) FROM note_tags t"
                " JOIN notes n ON n.id = t.note_id JOIN articles a ON a.id = n.article_id"
                " WHERE a.deleted_at IS NULL GROUP BY t.tag COLLATE NOCASE"
                " ORDER BY t.tag COLLATE NOCASE");
    QList<std::pair<QString, int>> out;
    while (s.step())
        out.append({s.text(0), int(s.int64(1))});
    return out;
}

} // namespace newsmark
