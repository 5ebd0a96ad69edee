#pragma once

#include "result.h"

#include <QString>

#include <functional>

namespace newsmark {

class ArticleStore;
class EntityStore;

struct IndexReport
{
    int analysed = 0;
    int remaining = 0; // stale articles left, after a cancel
    bool cancelled = false;
};

// Brings the library's entity index up to date: analyses every article whose mentions are
// missing, were made by another analyzer, or were made on other text, with the corrections
// stored in the library, and stores the mentions in batches, one transaction each. Safe to stop
// at any point: what is stored is complete per article, and the rest stays stale. A batch is
// analysed on every core while the one before is stored; only the thread that calls run()
// touches the database.
class EntityIndexer final
{
public:
    EntityIndexer(ArticleStore &articles, EntityStore &entities);

    // progress(done, total) is called between batches; returning false stops after the batch.
    Result<IndexReport> run(const std::function<bool(int, int)> &progress = {});

    static constexpr int kBatchSize = 64;

private:
    ArticleStore &m_articles;
    EntityStore &m_entities;
};

} // namespace newsmark
