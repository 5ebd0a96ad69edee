#include "storage/entity_store.h"

#include "i18n/ui_language.h"

#include "analysis/ner/entity_linker.h"
#include "logging.h"

#include <QDateTime>
#include <QHash>

#include <limits>

namespace newsmark {

namespace {

constexpr qsizetype kMaxSurfaceLength = 200;

std::optional<SpanKind> kindFromColumn(const QString &name)
{
    for (const SpanKind kind : {SpanKind::Person, SpanKind::Organization, SpanKind::Location}) {
        if (name == spanKindName(kind))
            return kind;
    }
    return std::nullopt;
}

EntityCorrection correctionFrom(const Statement &s)
{
    EntityCorrection c;
    c.id = s.int64(0);
    c.action = correctionActionFromName(s.text(1)).value_or(CorrectionAction::Mark);
    c.surface = s.text(2);
    c.kind = kindFromColumn(s.text(3)).value_or(SpanKind::Person);
    c.target = s.text(4);
    c.targetKind = kindFromColumn(s.text(5)).value_or(c.kind);
    c.createdAt = s.text(6);
    return c;
}

constexpr char kCorrectionColumns[] =
        "id, action, surface, kind, target, target_kind, created_at FROM entity_corrections";

// What a correction may say, checked before anything is written.
Status validate(const EntityCorrection &c)
{
    const auto check = [](const QString &text, const char *what) -> Status {
        if (text.trimmed().isEmpty())
            return Error {CoreText::tr("the %1 is empty").arg(QLatin1String(what))};
        if (text != text.trimmed())
            return Error {CoreText::tr("the %1 \"%2\" starts or ends with white space")
                                  .arg(QLatin1String(what), text)};
        if (text.size() > kMaxSurfaceLength)
            return Error {CoreText::tr("the %1 is longer than %2 characters")
                                  .arg(QLatin1String(what))
                                  .arg(kMaxSurfaceLength)};
        if (text.contains(QLatin1Char('\n')))
            return Error {CoreText::tr("the %1 \"%2\" spans more than one paragraph")
                                  .arg(QLatin1String(what), text)};
        return Done {};
    };
    if (auto ok = check(c.surface, "entity text"); !ok)
        return ok;
    if (!isEntityKind(c.kind))
        return Error {CoreText::tr("\"%1\": only people, organizations and places can be "
                                   "corrected (the kind given: %2)")
                              .arg(c.surface, spanKindLabel(c.kind))};
    if (c.action == CorrectionAction::Mark && !c.target.isEmpty())
        return check(c.target, "entity name");
    if (c.action != CorrectionAction::Merge)
        return Done {};
    if (auto ok = check(c.target, "entity to merge into"); !ok)
        return ok;
    if (!isEntityKind(c.targetKind))
        return Error {CoreText::tr("\"%1\" can be merged only into a person, an organization "
                                   "or a place (the kind given: %2)")
                              .arg(c.surface, spanKindLabel(c.targetKind))};
    if (c.target == c.surface && c.targetKind == c.kind)
        return Error {CoreText::tr("\"%1\" cannot be merged into itself").arg(c.surface)};
    return Done {};
}

Error writeError(Database &db)
{
    return Error {CoreText::tr("cannot write to the library: %1").arg(db.lastError())};
}

} // namespace

EntityStore::EntityStore(Database &db)
    : m_db(db)
{ }

EntityCorrections EntityStore::corrections()
{
    Statement s(
            m_db,
            QByteArray(QByteArray("SELECT ") + kCorrectionColumns + " ORDER BY id").constData());
    QList<EntityCorrection> all;
    while (s.step())
        all.append(correctionFrom(s));
    return EntityCorrections(all);
}

Status EntityStore::invalidateFor(const EntityCorrection &c)
{
    // The articles whose text contains the words, and those with a mention of the entity by
    // either name (a merged or linked name need not be written in the text).
    Statement s(m_db,
                "INSERT OR IGNORE INTO analysis_queue (article_id)"
                " SELECT id FROM articles"
                "  WHERE instr(headline, ?1) OR instr(subheadlines, ?1) OR instr(body, ?1)"
                " UNION SELECT m.article_id FROM mentions m JOIN entities e ON e.id = m.entity_id"
                "  WHERE e.name IN (?1, ?2)");
    s.bind(1, c.surface).bind(2, c.target.isEmpty() ? c.surface : c.target);
    if (!s.exec())
        return writeError(m_db);
    qCInfo(lcLibrary) << "correction of" << c.surface << "marks" << m_db.changes()
                      << "articles for re-analysis";
    return Done {};
}

Status EntityStore::insertCorrection(const EntityCorrection &c, qint64 *id)
{
    Statement s(m_db,
                "INSERT INTO entity_corrections (id, action, surface, kind, target, target_kind,"
                " created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (c.id > 0)
        s.bind(1, c.id);
    else
        s.bindNull(1);
    s.bind(2, correctionActionName(c.action))
            .bind(3, c.surface)
            .bind(4, spanKindName(c.kind))
            .bind(5, c.target)
            .bind(6, c.action == CorrectionAction::Merge ? spanKindName(c.targetKind) : QString())
            .bind(7, c.createdAt);
    if (!s.exec())
        return writeError(m_db);
    if (id)
        *id = m_db.lastInsertId();
    return Done {};
}

Result<CorrectionChange> EntityStore::addCorrection(const EntityCorrection &correction)
{
    if (auto ok = validate(correction); !ok)
        return Error {ok.error()};
    CorrectionChange change;
    change.added = correction;
    change.added.id = 0;
    change.added.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (change.added.action != CorrectionAction::Merge)
        change.added.targetKind = change.added.kind;

    Transaction tx(m_db);
    if (!tx.isActive())
        return writeError(m_db);
    {
        // What the new correction supersedes: it is the user's latest word on this text.
        const char *sql = correction.action == CorrectionAction::Merge
                ? "SELECT %1 WHERE (action = 'merge' AND surface = ?1 AND kind = ?2)"
                  " OR (action = 'merge' AND surface = ?3 AND target = ?1)"
                : "SELECT %1 WHERE action IN ('mark', 'remove') AND surface = ?1";
        const QByteArray query = QByteArray(sql).replace("%1", QByteArray(kCorrectionColumns));
        Statement s(m_db, query.constData());
        s.bind(1, correction.surface);
        if (correction.action == CorrectionAction::Merge)
            s.bind(2, spanKindName(correction.kind)).bind(3, correction.target);
        while (s.step())
            change.replaced.append(correctionFrom(s));
    }
    for (const EntityCorrection &old : std::as_const(change.replaced)) {
        Statement del(m_db, "DELETE FROM entity_corrections WHERE id = ?1");
        del.bind(1, old.id);
        if (!del.exec())
            return writeError(m_db);
        if (auto ok = invalidateFor(old); !ok)
            return Error {ok.error()};
    }
    if (auto ok = insertCorrection(change.added, &change.added.id); !ok)
        return Error {ok.error()};
    if (auto ok = invalidateFor(change.added); !ok)
        return Error {ok.error()};
    if (!tx.commit())
        return writeError(m_db);
    qCInfo(lcLibrary) << "correction" << correctionActionName(change.added.action)
                      << change.added.surface << spanKindName(change.added.kind) << "stored";
    return change;
}

Status EntityStore::revertCorrection(const CorrectionChange &change)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return writeError(m_db);
    Statement del(m_db, "DELETE FROM entity_corrections WHERE id = ?1");
    del.bind(1, change.added.id);
    if (!del.exec())
        return writeError(m_db);
    if (auto ok = invalidateFor(change.added); !ok)
        return ok;
    for (const EntityCorrection &old : change.replaced) {
        if (auto ok = insertCorrection(old, nullptr); !ok)
            return ok;
        if (auto ok = invalidateFor(old); !ok)
            return ok;
    }
    if (!tx.commit())
        return writeError(m_db);
    return Done {};
}

Result<EntityCorrection> EntityStore::removeCorrection(qint64 id)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return writeError(m_db);
    std::optional<EntityCorrection> old;
    {
        Statement s(m_db,
                    QByteArray(QByteArray("SELECT ") + kCorrectionColumns + " WHERE id = ?1")
                            .constData());
        s.bind(1, id);
        if (s.step())
            old = correctionFrom(s);
    }
    if (!old)
        return Error {CoreText::tr("there is no correction %1").arg(id)};
    Statement del(m_db, "DELETE FROM entity_corrections WHERE id = ?1");
    del.bind(1, id);
    if (!del.exec())
        return writeError(m_db);
    if (auto ok = invalidateFor(*old); !ok)
        return Error {ok.error()};
    if (!tx.commit())
        return writeError(m_db);
    return *old;
}

Result<bool> EntityStore::adoptAnalyzer(const QString &analyzer)
{
    {
        Statement s(m_db, "SELECT analyzer FROM analysis_state WHERE id = 1");
        if (s.step() && s.text(0) == analyzer)
            return false;
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return writeError(m_db);
    Statement queue(m_db,
                    "INSERT OR IGNORE INTO analysis_queue (article_id) SELECT id FROM articles");
    Statement adopt(m_db,
                    "INSERT INTO analysis_state (id, analyzer) VALUES (1, ?1)"
                    " ON CONFLICT (id) DO UPDATE SET analyzer = excluded.analyzer");
    adopt.bind(1, analyzer);
    if (!queue.exec() || !adopt.exec() || !tx.commit())
        return writeError(m_db);
    qCInfo(lcLibrary) << "a new analyzer," << analyzer << ": every article is queued for analysis";
    return true;
}

QList<ArticleId> EntityStore::staleArticles(int limit, ArticleId below)
{
    // Newest imports first: they are the likeliest to be read next.
    Statement s(m_db,
                "SELECT article_id FROM analysis_queue WHERE article_id < ?2"
                " ORDER BY article_id DESC LIMIT ?1");
    s.bind(1, limit).bind(2, below == 0 ? std::numeric_limits<ArticleId>::max() : below);
    QList<ArticleId> ids;
    while (s.step())
        ids.append(s.int64(0));
    return ids;
}

int EntityStore::staleCount(const QString &analyzer)
{
    Statement s(m_db,
                "SELECT CASE WHEN (SELECT analyzer FROM analysis_state WHERE id = 1) = ?1"
                " THEN (SELECT count(*) FROM analysis_queue)"
                " ELSE (SELECT articles + trashed FROM library_counts WHERE id = 1) END");
    s.bind(1, analyzer);
    return s.step() ? int(s.int64(0)) : 0;
}

Status EntityStore::storeMentions(const QList<ArticleMentions> &batch, const QString &analyzer)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return writeError(m_db);
    Statement clear(m_db, "DELETE FROM mentions WHERE article_id = ?1");
    Statement upsertEntity(m_db,
                           "INSERT INTO entities (kind, name) VALUES (?1, ?2)"
                           " ON CONFLICT (name, kind) DO UPDATE SET name = excluded.name"
                           " RETURNING id");
    Statement insertMention(m_db,
                            "INSERT OR REPLACE INTO mentions (article_id, start_pos, end_pos,"
                            " entity_id, surface) VALUES (?1, ?2, ?3, ?4, ?5)");
    Statement record(m_db,
                     "INSERT INTO article_analysis (article_id, analyzer, content_hash)"
                     " VALUES (?1, ?2, ?3) ON CONFLICT (article_id) DO UPDATE SET"
                     " analyzer = excluded.analyzer, content_hash = excluded.content_hash");
    // Done with an article only if its text is still the text analysed (a re-import meanwhile
    // queued it again) and the analyzer is the library's.
    Statement done(m_db,
                   "DELETE FROM analysis_queue WHERE article_id = ?1"
                   " AND ?2 = (SELECT content_hash FROM articles WHERE id = ?1)"
                   " AND ?3 = (SELECT analyzer FROM analysis_state WHERE id = 1)");
    QHash<QString, EntityId> ids; // "KIND\tname" → id, within this batch
    for (const ArticleMentions &article : batch) {
        clear.bind(1, article.article);
        if (!clear.exec())
            return writeError(m_db);
        clear.reset();
        for (const IndexedMention &m : article.mentions) {
            const QString key = spanKindName(m.kind) + QLatin1Char('\t') + m.name;
            auto it = ids.constFind(key);
            if (it == ids.constEnd()) {
                upsertEntity.bind(1, spanKindName(m.kind)).bind(2, m.name);
                if (!upsertEntity.step())
                    return writeError(m_db);
                it = ids.insert(key, upsertEntity.int64(0));
                upsertEntity.reset();
            }
            insertMention.bind(1, article.article)
                    .bind(2, qint64(m.start))
                    .bind(3, qint64(m.end))
                    .bind(4, *it)
                    .bind(5, m.surface);
            if (!insertMention.exec())
                return writeError(m_db);
            insertMention.reset();
        }
        record.bind(1, article.article).bind(2, analyzer).bind(3, article.contentHash);
        if (!record.exec())
            return writeError(m_db);
        record.reset();
        done.bind(1, article.article).bind(2, article.contentHash).bind(3, analyzer);
        if (!done.exec())
            return writeError(m_db);
        done.reset();
    }
    if (!tx.commit())
        return writeError(m_db);
    return Done {};
}

Status EntityStore::pruneEntities()
{
    Transaction tx(m_db);
    if (!tx.isActive()
        || !m_db.exec("DELETE FROM entities WHERE NOT EXISTS"
                      " (SELECT 1 FROM mentions m WHERE m.entity_id = entities.id)")
        || !tx.commit())
        return writeError(m_db);
    return Done {};
}

namespace {

// Mentions in trashed articles do not count: the Trash is small and read once per statement
// (an uncorrelated subquery over articles_in_trash, 0008_trash.sql), so this costs a lookup in
// a small set per mention.
constexpr char kOutsideTrash[] =
        " AND article_id NOT IN (SELECT id FROM articles WHERE deleted_at IS NOT NULL)";

// id, kind, name, articles, mentions, aliases ("\x1f"-separated, most frequent first).
QByteArray recordSelect()
{
    return QByteArray("SELECT e.id, e.kind, e.name,"
                      " (SELECT count(DISTINCT article_id) FROM mentions WHERE entity_id = e.id")
            + kOutsideTrash + "), (SELECT count(*) FROM mentions WHERE entity_id = e.id"
            + kOutsideTrash
            + "), (SELECT group_concat(surface, char(31)) FROM (SELECT surface FROM mentions"
              "   WHERE entity_id = e.id AND surface <> e.name"
            + kOutsideTrash
            + " GROUP BY surface ORDER BY count(*) DESC, surface LIMIT 20)) FROM entities e";
}

EntityRecord recordFrom(const Statement &s)
{
    EntityRecord r;
    r.id = s.int64(0);
    r.kind = kindFromColumn(s.text(1)).value_or(SpanKind::Person);
    r.name = s.text(2);
    r.articles = int(s.int64(3));
    r.mentions = int(s.int64(4));
    const QString aliases = s.text(5);
    if (!aliases.isEmpty())
        r.aliases = aliases.split(QChar(0x1f));
    return r;
}

} // namespace

std::optional<EntityRecord> EntityStore::find(EntityId id)
{
    Statement s(m_db, QByteArray(recordSelect() + " WHERE e.id = ?1").constData());
    s.bind(1, id);
    return s.step() ? std::optional(recordFrom(s)) : std::nullopt;
}

std::optional<EntityRecord> EntityStore::find(const QString &name, SpanKind kind)
{
    Statement s(m_db,
                QByteArray(recordSelect() + " WHERE e.name = ?1 AND e.kind = ?2").constData());
    s.bind(1, name).bind(2, spanKindName(kind));
    return s.step() ? std::optional(recordFrom(s)) : std::nullopt;
}

QList<EntityRecord> EntityStore::list(const QString &filter, int limit)
{
    // One statement: ranked by the articles mentioning each, counted once through the index on
    // entity_id, with each record's columns read in the same pass.
    QByteArray sql = recordSelect()
            + " JOIN (SELECT entity_id, count(DISTINCT article_id) AS n FROM mentions WHERE 1"
            + kOutsideTrash + " GROUP BY entity_id) r ON r.entity_id = e.id";
    const QString pattern = filter.trimmed();
    if (!pattern.isEmpty())
        sql += " WHERE instr(e.name, ?1) OR EXISTS (SELECT 1 FROM mentions m2"
               " WHERE m2.entity_id = e.id AND instr(m2.surface, ?1))";
    sql += " ORDER BY r.n DESC, e.name LIMIT ?2";
    Statement s(m_db, sql.constData());
    if (!pattern.isEmpty())
        s.bind(1, pattern);
    s.bind(2, limit);
    QList<EntityRecord> out;
    while (s.step())
        out.append(recordFrom(s));
    return out;
}

QList<EntityReference> EntityStore::references(EntityId id)
{
    // One statement: the articles mentioning the entity, and the notes whose quote overlaps one
    // of its mentions (both count code points in the same canonical text).
    Statement s(m_db,
                "SELECT m.article_id, a.headline, a.outlet, a.sort_date, count(*), 0 AS is_note,"
                "  '', '', min(m.start_pos) AS pos"
                " FROM mentions m JOIN articles a ON a.id = m.article_id"
                " WHERE m.entity_id = ?1 AND a.deleted_at IS NULL GROUP BY m.article_id"
                " UNION ALL "
                "SELECT n.article_id, a.headline, a.outlet, a.sort_date, 0, 1, n.id, n.quote,"
                "  n.start_pos"
                " FROM notes n JOIN articles a ON a.id = n.article_id"
                " WHERE n.anchor_state <> 'orphaned' AND a.deleted_at IS NULL"
                "  AND EXISTS (SELECT 1 FROM mentions m"
                "  WHERE m.entity_id = ?1 AND m.article_id = n.article_id"
                "  AND m.start_pos < n.end_pos AND n.start_pos < m.end_pos)"
                " ORDER BY 4 DESC, 1 DESC, 6, 9");
    s.bind(1, id);
    QList<EntityReference> out;
    while (s.step()) {
        out.append({s.int64(0), s.text(1), s.text(2), s.text(3), int(s.int64(4)),
                    s.int64(5) ? s.text(6) : QString(), s.text(7)});
    }
    return out;
}

QList<IndexedMention> EntityStore::mentionsIn(ArticleId article)
{
    Statement s(m_db,
                "SELECT m.start_pos, m.end_pos, e.kind, e.name, m.surface FROM mentions m"
                " JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ?1"
                " ORDER BY m.start_pos");
    s.bind(1, article);
    QList<IndexedMention> out;
    while (s.step()) {
        out.append({qsizetype(s.int64(0)), qsizetype(s.int64(1)),
                    kindFromColumn(s.text(2)).value_or(SpanKind::Person), s.text(3), s.text(4)});
    }
    return out;
}

} // namespace newsmark
