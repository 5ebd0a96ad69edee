#include "library/entity_indexer.h"

#include "analysis/analyzer.h"
#include "analysis/ner/entity_linker.h"
#include "logging.h"
#include "storage/article_store.h"
#include "storage/entity_store.h"

#include <QElapsedTimer>

#include <algorithm>

namespace newsmark {

EntityIndexer::EntityIndexer(ArticleStore &articles, EntityStore &entities)
    : m_articles(articles)
    , m_entities(entities)
{ }

Result<IndexReport> EntityIndexer::run(const std::function<bool(int, int)> &progress)
{
    const QString analyzer = Analyzer::fingerprint();
    const EntityCorrections corrections = m_entities.corrections();
    IndexReport report;
    const int total = m_entities.staleCount(analyzer);
    QElapsedTimer timer;
    timer.start();
    // Walks the ids downwards, so each article is analysed once per run even if it stays stale
    // (one that changes meanwhile is left for the next run).
    ArticleId below = 0;
    while (true) {
        if (progress && !progress(report.analysed, total)) {
            report.cancelled = true;
            break;
        }
        const QList<ArticleId> ids = m_entities.staleArticles(analyzer, kBatchSize, below);
        if (ids.isEmpty())
            break;
        below = ids.constLast();
        QList<ArticleMentions> batch;
        for (const ArticleId id : ids) {
            const std::optional<Article> article = m_articles.find(id);
            if (!article)
                continue;
            const QString text = article->canonicalText();
            ArticleMentions found {id, article->contentHash, {}};
            for (const Span &s : Analyzer::standard().analyze(text, corrections)) {
                if (!isEntityKind(s.kind))
                    continue;
                const QString surface = text.mid(s.start, s.length());
                found.mentions.append({codePointOffset(text, s.start), codePointOffset(text, s.end),
                                       s.kind, entityName(s, text), surface});
            }
            batch.append(std::move(found));
        }
        if (auto stored = m_entities.storeMentions(batch, analyzer); !stored)
            return Error {stored.error()};
        report.analysed += int(batch.size());
    }
    if (auto pruned = m_entities.pruneEntities(); !pruned)
        return Error {pruned.error()};
    report.remaining = report.cancelled ? m_entities.staleCount(analyzer) : 0;
    if (progress && !report.cancelled)
        progress(report.analysed, std::max(total, report.analysed));
    qCInfo(lcLibrary) << "entity index:" << report.analysed << "articles analysed in"
                      << timer.elapsed() << "ms" << (report.cancelled ? "(cancelled)" : "");
    return report;
}

} // namespace newsmark
