#pragma once

#include "analysis/decimal.h"
#include "model/article.h"
#include "result.h"
#include "search/search_matches.h"
#include "search/search_query.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

namespace newsmark {

class Database;

struct ArticleHit
{
    ArticleId id = 0;
    QString headline;
    QList<SearchMatch> headlineMatches;
    QString published; // as stored; '' when unknown
    QString sortDate; // published, else the import time
    SearchSnippet snippet; // of the body (of the sub-headlines when the body has no match)
};

struct NoteHit
{
    QString id;
    ArticleId articleId = 0;
    QString headline; // the article's
    QString quote;
    QList<SearchMatch> quoteMatches;
    QString comment;
    QList<SearchMatch> commentMatches;
    QStringList tags;
    QString createdAt;
};

struct SearchOptions
{
    enum class Sort { Rank, Date };
    Sort sort = Sort::Rank;
    int limit = 50; // 0: every match
    bool snippets = true;
};

template<typename Hit>
struct SearchResults
{
    QList<Hit> hits;
    qint64 total = 0; // every match, whatever the limit
    // Articles not in the index yet (an upgraded library whose build has not finished): they
    // are found by a substring scan (LIKE; English words unstemmed), slower, and come after
    // the ranked ones.
    qint64 pending = 0;
    // Articles left out because whether they match depends on a rate between currencies that
    // neither the query nor the settings give, and which rate would decide them.
    qint64 unconverted = 0;
    QString rateNotice;
};

// What the last search left out for want of a rate (see SearchResults::unconverted).
struct RateGap
{
    qint64 articles = 0;
    QString message; // "no USD rate for KRW at 1–11; add rate:USD=1400 (KRW per USD) or …"
};

// The full-text index of format 11 (resources/sql/0011_search.sql) and the searches over it.
// Writes keep the index in step through triggers; this class builds what an upgrade left
// pending and answers queries parsed by search::parseQuery.
class SearchIndex final
{
public:
    explicit SearchIndex(Database &db);
    Q_DISABLE_COPY_MOVE(SearchIndex)

    // Articles waiting for the index. Searches find them meanwhile by a substring scan.
    [[nodiscard]] qint64 pendingCount();
    // Indexes the pending articles in batches, one transaction each, so that an interrupted
    // build resumes where it stopped and the library stays usable between batches.
    // progress(done, total) after each batch; returning false stops after that batch.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    Status build(const Progress &progress = {}, int batchSize = 1000);
    // Empties the index and builds it again from the articles and notes.
    Status rebuild(const Progress &progress = {}, int batchSize = 1000);

    // The user's rates between currencies (the Amounts panel's, keyed by pairKey(): "USD-KRW"
    // is KRW per USD), at which money: compares amounts in other currencies than its own; a
    // query's rate: terms take precedence. An article whose match depends on an amount in a
    // currency without a rate is left out, counted in rateGap() and the results.
    void setUserRates(const QMap<QString, Decimal> &rates) { m_userRates = rates; }
    // What the last searchArticles or matchingArticles left out for want of a rate.
    [[nodiscard]] const RateGap &rateGap() const { return m_rateGap; }

    Result<SearchResults<ArticleHit>> searchArticles(const search::SearchQuery &query,
                                                     const SearchOptions &options);
    // Every matching article's id, in id order: what the benchmarks time as "all matches".
    Result<QList<ArticleId>> matchingArticles(const search::SearchQuery &query);
    Result<SearchResults<NoteHit>> searchNotes(const search::SearchQuery &query,
                                               const SearchOptions &options);

private:
    // Every pending article the query finds by a substring scan, newest first.
    Result<QList<ArticleHit>> scanPending(const search::SearchQuery &query);
    // Whether the article's text states an amount for every money:/percent: term; one that
    // would only with a missing rate counts in m_rateGap.
    Result<bool> statesAmounts(ArticleId id, const std::vector<search::QueryNode> &amounts);

    Database &m_db;
    QMap<QString, Decimal> m_userRates;
    RateGap m_rateGap;
};

} // namespace newsmark
