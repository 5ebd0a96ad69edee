#pragma once

#include "analysis/entity_corrections.h"
#include "model/article.h"
#include "result.h"
#include "storage/database.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace newsmark {

using EntityId = qint64;

// One person, organization or place of the library, with how widely it is mentioned.
struct EntityRecord
{
    EntityId id = 0;
    SpanKind kind = SpanKind::Person;
    QString name; // canonical
    int articles = 0; // articles mentioning it
    int mentions = 0;
    QStringList aliases; // the other ways it is written, most frequent first
};

// One indexed mention, in code points of the article's canonical text.
struct IndexedMention
{
    qsizetype start = 0;
    qsizetype end = 0;
    SpanKind kind = SpanKind::Person;
    QString name; // canonical
    QString surface;
};

// An article's mentions as one analysis found them.
struct ArticleMentions
{
    ArticleId article = 0;
    QString contentHash; // of the text the mentions are in
    QList<IndexedMention> mentions;
};

// Where an entity is mentioned: an article (noteId empty), or a note whose quote overlaps one of
// its mentions.
struct EntityReference
{
    ArticleId article = 0;
    QString headline;
    QString outlet;
    QString published;
    int mentions = 0; // in the article
    QString noteId; // a note's UUID, lower case; empty for the article itself
    QString quote; // the note's quote
};

// A correction and the ones it replaced (a new mark replaces earlier marks and removals of the
// same text): what undo needs to put back.
struct CorrectionChange
{
    EntityCorrection added;
    QList<EntityCorrection> replaced;
};

// The library's entity index and the user's corrections: the only SQL about entities. Every
// write is one transaction.
class EntityStore final
{
public:
    explicit EntityStore(Database &db);
    Q_DISABLE_COPY_MOVE(EntityStore)

    // --- Corrections. Each change marks the articles it may affect for re-analysis.
    [[nodiscard]] EntityCorrections corrections();
    // Validates and stores `correction` (its id and time are set here) and drops the
    // corrections it supersedes: for Mark and Remove, every earlier Mark or Remove of the same
    // text; for Merge, an earlier Merge of the same entity.
    Result<CorrectionChange> addCorrection(const EntityCorrection &correction);
    // Undo: deletes `change.added` and puts `change.replaced` back as they were.
    Status revertCorrection(const CorrectionChange &change);
    // Deletes one correction (the Corrections list); returns it as it was.
    Result<EntityCorrection> removeCorrection(qint64 id);

    // --- The index, written by EntityIndexer. Which articles are stale is kept up to date on
    // every write (analysis_queue, 0006_maintained_counts.sql): asking costs nothing however
    // big the library.
    // Makes the queue relative to `analyzer`: when the library's was another (a new model),
    // queues every article, once. Returns whether it did.
    Result<bool> adoptAnalyzer(const QString &analyzer);
    // Articles without mentions made by the adopted analyzer on their current text, with ids
    // below `below` (0: any), newest first.
    [[nodiscard]] QList<ArticleId> staleArticles(int limit, ArticleId below = 0);
    // How many articles `analyzer` would analyse: all of them when it is not the adopted one.
    [[nodiscard]] int staleCount(const QString &analyzer);
    // Replaces the mentions of each article and records the analysis: one transaction.
    Status storeMentions(const QList<ArticleMentions> &batch, const QString &analyzer);
    // Entities no mention points to any more.
    Status pruneEntities();

    // --- Queries.
    [[nodiscard]] std::optional<EntityRecord> find(EntityId id);
    [[nodiscard]] std::optional<EntityRecord> find(const QString &name, SpanKind kind);
    // Entities whose name or an alias contains `filter` (all when empty), the most widely
    // mentioned first.
    [[nodiscard]] QList<EntityRecord> list(const QString &filter = {}, int limit = 500);
    // Every article that mentions the entity and every note whose quote overlaps a mention of
    // it, in one query: articles newest first, each followed by its notes in text order.
    [[nodiscard]] QList<EntityReference> references(EntityId id);
    [[nodiscard]] QList<IndexedMention> mentionsIn(ArticleId article);

    [[nodiscard]] Database &database() { return m_db; }

private:
    Status invalidateFor(const EntityCorrection &correction);
    Status insertCorrection(const EntityCorrection &correction, qint64 *id);

    Database &m_db;
};

} // namespace newsmark
