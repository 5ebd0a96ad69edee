#include "library/entity_indexer.h"

#include "analysis/analyzer.h"
#include "analysis/ner/entity_linker.h"
#include "logging.h"
#include "storage/article_store.h"
#include "storage/entity_store.h"

#include <QElapsedTimer>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <vector>

namespace newsmark {

namespace {

// Without a surrogate pair (nearly every article) a UTF-16 offset is its code-point offset, and
// the count per mention, which made storing an article quadratic in its length, is not needed.
bool hasSurrogates(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isSurrogate(); });
}

ArticleMentions analyse(ArticleId id, const Article &article, const EntityCorrections &corrections)
{
    const QString text = article.canonicalText();
    const bool surrogates = hasSurrogates(text);
    auto offset = [&](qsizetype utf16) {
        return surrogates ? codePointOffset(text, utf16) : utf16;
    };
    ArticleMentions found {id, article.contentHash, {}};
    for (const Span &s : Analyzer::standard().analyze(text, corrections)) {
        if (!isEntityKind(s.kind))
            continue;
        const QString surface = text.mid(s.start, s.length());
        found.mentions.append(
                {offset(s.start), offset(s.end), s.kind, entityName(s, text), surface});
    }
    return found;
}

// One batch of articles, analysed on every core while this thread stores the batch before it.
// The analysis only reads (the analyzer and the corrections are shared, const); the database is
// touched by this thread alone.
class BatchAnalysis final
{
public:
    explicit BatchAnalysis(const EntityCorrections &corrections)
        : m_corrections(corrections)
    {
        m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    }
    ~BatchAnalysis() { m_pool.waitForDone(); }
    Q_DISABLE_COPY_MOVE(BatchAnalysis)

    void start(std::vector<std::pair<ArticleId, Article>> articles)
    {
        m_articles = std::move(articles);
        m_found.assign(m_articles.size(), {});
        m_next = 0;
        // Articles are handed out one at a time: their lengths differ too much to split a
        // batch into equal parts.
        const int workers = std::min(m_pool.maxThreadCount(), int(m_articles.size()));
        for (int w = 0; w < workers; ++w) {
            m_pool.start([this] {
                for (size_t i = m_next++; i < m_articles.size(); i = m_next++)
                    m_found[i] = analyse(m_articles[i].first, m_articles[i].second, m_corrections);
            });
        }
    }

    // Waits for the batch; its mentions, in the order the articles were given.
    QList<ArticleMentions> take()
    {
        m_pool.waitForDone();
        QList<ArticleMentions> batch;
        batch.reserve(qsizetype(m_found.size()));
        for (ArticleMentions &found : m_found)
            batch.append(std::move(found));
        m_found.clear();
        m_articles.clear();
        return batch;
    }

private:
    const EntityCorrections &m_corrections;
    std::vector<std::pair<ArticleId, Article>> m_articles;
    std::vector<ArticleMentions> m_found;
    std::atomic<size_t> m_next = 0;
    QThreadPool m_pool; // last: destroyed (and so waited for) first
};

} // namespace

EntityIndexer::EntityIndexer(ArticleStore &articles, EntityStore &entities)
    : m_articles(articles)
    , m_entities(entities)
{ }

Result<IndexReport> EntityIndexer::run(const std::function<bool(int, int)> &progress)
{
    const QString analyzer = Analyzer::fingerprint();
    if (auto adopted = m_entities.adoptAnalyzer(analyzer); !adopted)
        return Error {adopted.error()};
    IndexReport report;
    const int total = m_entities.staleCount(analyzer);
    if (total == 0) { // the usual start: nothing to do, and nothing read to find that out
        if (progress)
            progress(0, 0);
        return report;
    }
    const EntityCorrections corrections = m_entities.corrections();
    QElapsedTimer timer;
    timer.start();
    // Walks the ids downwards, so each article is analysed once per run even if it stays stale
    // (one that changes meanwhile is left for the next run).
    ArticleId below = 0;
    auto nextBatch = [&] {
        std::vector<std::pair<ArticleId, Article>> articles;
        const QList<ArticleId> ids = m_entities.staleArticles(kBatchSize, below);
        if (!ids.isEmpty())
            below = ids.constLast();
        for (const ArticleId id : ids) {
            if (std::optional<Article> article = m_articles.find(id))
                articles.emplace_back(id, std::move(*article));
        }
        return std::pair {!ids.isEmpty(), std::move(articles)};
    };
    BatchAnalysis analysis(corrections);
    bool pending = false; // a batch is being analysed
    if (!progress || progress(0, total)) {
        auto [found, articles] = nextBatch();
        pending = found;
        if (pending)
            analysis.start(std::move(articles));
    } else {
        report.cancelled = true;
    }
    while (pending) {
        const QList<ArticleMentions> batch = analysis.take();
        // The next batch is read and analysed while this one is stored. Stopping after this
        // batch throws that analysis away: nothing of it has been written.
        auto [found, articles] = nextBatch();
        pending = found;
        if (pending)
            analysis.start(std::move(articles));
        if (auto stored = m_entities.storeMentions(batch, analyzer); !stored)
            return Error {stored.error()};
        report.analysed += int(batch.size());
        if (pending && progress && !progress(report.analysed, total)) {
            report.cancelled = true;
            break;
        }
    }
    // Entities only lose their last mention when an article is analysed again.
    if (report.analysed > 0) {
        if (auto pruned = m_entities.pruneEntities(); !pruned)
            return Error {pruned.error()};
    }
    report.remaining = report.cancelled ? m_entities.staleCount(analyzer) : 0;
    if (progress && !report.cancelled)
        progress(report.analysed, std::max(total, report.analysed));
    qCInfo(lcLibrary) << "entity index:" << report.analysed << "articles analysed in"
                      << timer.elapsed() << "ms" << (report.cancelled ? "(cancelled)" : "");
    return report;
}

} // namespace newsmark
