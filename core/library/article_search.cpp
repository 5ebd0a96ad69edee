#include "library/article_search.h"

#include "logging.h"
#include "storage/database.h"
#include "storage/search_index.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMetaObject>
#include <QThread>

#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

namespace newsmark {

// Lives on the search thread, with its own connection.
class ArticleSearch::Worker final : public QObject
{
public:
    Worker(QString path, const std::atomic<quint64> &latest)
        : m_path(std::move(path))
        , m_latest(latest)
    { }

    ArticleSearchOutcome run(quint64 generation, const QString &text, ArticleQuery scope,
                             const QMap<QString, Decimal> &rates)
    {
        ArticleSearchOutcome outcome;
        outcome.generation = generation;
        QElapsedTimer timer;
        timer.start();
        if (!open(outcome))
            return outcome;
        const search::ParsedQuery parsed = search::parseQuery(text);
        if (!parsed.ok()) {
            outcome.error = parsed.error->message();
            return outcome;
        }
        scope.filter.clear();
        if (scope.trash) {
            // The index holds the library, not the Trash: its few articles are read through.
            int rank = 0;
            for (const ArticleSummary &summary :
                 m_store->page(scope, 0, std::numeric_limits<int>::max())) {
                const std::optional<Article> article = m_store->find(summary.id);
                if (!article)
                    continue;
                const QString all = article->canonicalText() + u'\n' + article->outlet + u'\n'
                        + article->reporter;
                if (findMatches(parsed.query, all).isEmpty())
                    continue;
                outcome.rows.append({summary, findMatches(parsed.query, summary.headline), rank++,
                                     summary.published});
            }
        } else {
            SearchOptions options;
            options.sort = SearchOptions::Sort::Rank;
            options.limit = 0;
            options.snippets = false;
            m_index->setUserRates(rates);
            auto found = m_index->searchArticles(parsed.query, options);
            if (!found) {
                outcome.error = found.error();
                return outcome;
            }
            outcome.unconverted = found->unconverted;
            outcome.rateNotice = found->rateNotice;
            if (generation != m_latest.load())
                return outcome;
            const QList<ArticleHit> &hits = found.value().hits;
            QList<ArticleId> ids;
            ids.reserve(hits.size());
            for (const ArticleHit &hit : hits)
                ids.append(hit.id);
            // Only the hits' rows, and only those the list's scope (feed, folder, entity) keeps.
            QHash<ArticleId, ArticleSummary> inScope;
            for (ArticleSummary &summary : m_store->summaries(scope, ids))
                inScope.insert(summary.id, std::move(summary));
            int rank = 0;
            for (const ArticleHit &hit : hits) {
                const auto summary = inScope.constFind(hit.id);
                if (summary == inScope.constEnd())
                    continue;
                // Without snippets the index leaves the headline's matches to the caller.
                outcome.rows.append({*summary,
                                     hit.headlineMatches.isEmpty()
                                             ? findMatches(parsed.query, hit.headline)
                                             : hit.headlineMatches,
                                     rank++, hit.sortDate});
            }
        }
        outcome.elapsedMs = timer.elapsed();
        qCDebug(lcLibrary) << "search" << text << "found" << outcome.rows.size() << "in"
                           << outcome.elapsedMs << "ms";
        return outcome;
    }

private:
    bool open(ArticleSearchOutcome &outcome)
    {
        if (m_db)
            return true;
        auto db = Database::open(m_path);
        if (!db) {
            outcome.error = db.error();
            return false;
        }
        m_db = std::move(db).value();
        m_store = std::make_unique<ArticleStore>(*m_db);
        m_index = std::make_unique<SearchIndex>(*m_db);
        return true;
    }

    QString m_path;
    const std::atomic<quint64> &m_latest;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ArticleStore> m_store;
    std::unique_ptr<SearchIndex> m_index;
};

ArticleSearch::ArticleSearch(QString libraryPath, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new Worker(std::move(libraryPath), m_latest))
{
    m_thread->setObjectName(u"article search"_s);
    m_worker->moveToThread(m_thread);
    m_thread->start(QThread::LowPriority);
}

ArticleSearch::~ArticleSearch()
{
    m_latest.store(std::numeric_limits<quint64>::max());
    m_thread->quit();
    m_thread->wait();
    // The thread has ended: its connection is closed here, used by nobody.
    delete m_worker;
}

quint64 ArticleSearch::start(const QString &queryText, const ArticleQuery &scope,
                             const QMap<QString, Decimal> &rates)
{
    const quint64 generation = m_latest.fetch_add(1) + 1;
    QMetaObject::invokeMethod(
            m_worker,
            [this, generation, queryText, scope, rates] {
                // A newer request is queued behind this one: it is the one to run.
                if (generation != m_latest.load())
                    return;
                ArticleSearchOutcome outcome = m_worker->run(generation, queryText, scope, rates);
                QMetaObject::invokeMethod(
                        this,
                        [this, outcome = std::move(outcome)] {
                            if (outcome.generation == m_latest.load())
                                Q_EMIT finished(outcome);
                        },
                        Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    return generation;
}

void ArticleSearch::cancel()
{
    m_latest.fetch_add(1);
}

QList<std::pair<int, int>> utf16Ranges(const QString &text, const QList<SearchMatch> &matches)
{
    // Code point → UTF-16 offset, walking the text once for matches in order.
    QList<std::pair<int, int>> ranges;
    ranges.reserve(matches.size());
    auto toUtf16 = [&text](int codePoints) {
        int units = 0;
        for (int seen = 0; seen < codePoints && units < text.size(); ++seen)
            units += text.at(units).isHighSurrogate() && units + 1 < text.size() ? 2 : 1;
        return units;
    };
    for (const SearchMatch &match : matches) {
        const int start = toUtf16(match.start);
        const int end = toUtf16(match.end);
        if (end > start)
            ranges.append({start, end});
    }
    return ranges;
}

} // namespace newsmark
