#include "storage/search_index.h"

#include "analysis/amount_conversion.h"
#include "analysis/amount_recognizer.h"
#include "logging.h"
#include "storage/database.h"
#include "storage/search_plan.h"

#include <QByteArray>
#include <QElapsedTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace newsmark {

namespace {
// Outside the queue: what the index holds (pending articles are never in it, see 0013).
const QString kIndexed = u"a.id NOT IN (SELECT article_id FROM search_pending)"_s;
} // namespace

using search::SearchQuery;

SearchIndex::SearchIndex(Database &db)
    : m_db(db)
{ }

qint64 SearchIndex::pendingCount()
{
    Statement count(m_db, "SELECT count(*) FROM search_pending");
    return count.step() ? count.int64(0) : 0;
}

Status SearchIndex::build(const Progress &progress, int batchSize)
{
    const qint64 total = pendingCount();
    qint64 done = 0;
    bool built = false;
    while (true) {
        Transaction transaction(m_db);
        if (!transaction.isActive())
            return Error {u"cannot build the search index: %1"_s.arg(m_db.lastError())};
        Statement index(m_db,
                        "INSERT INTO article_search (rowid, headline, subheadlines, outlet,"
                        " reporter, body) SELECT a.id, a.headline, a.subheadlines, a.outlet,"
                        " a.reporter, a.body FROM articles a WHERE a.id IN (SELECT article_id"
                        " FROM search_pending ORDER BY article_id LIMIT ?1)"
                        " AND a.deleted_at IS NULL");
        Statement forget(m_db,
                         "DELETE FROM search_pending WHERE article_id IN (SELECT article_id"
                         " FROM search_pending ORDER BY article_id LIMIT ?1)");
        index.bind(1, batchSize);
        forget.bind(1, batchSize);
        if (!index.exec() || !forget.exec())
            return Error {u"cannot build the search index: %1"_s.arg(m_db.lastError())};
        const int batch = m_db.changes();
        if (batch == 0)
            break;
        if (!transaction.commit())
            return Error {u"cannot build the search index: %1"_s.arg(m_db.lastError())};
        built = true;
        done += batch;
        qCDebug(lcStorage) << "search index: indexed" << done << "of" << total;
        if (progress && !progress(std::min(done, total), total))
            return Done {};
    }
    // Merged into one b-tree, the index is smaller and answers faster. Worth it when this build
    // wrote at least half of what the index holds (an upgrade, a rebuild, a first import); after
    // a smaller one FTS5's automerge keeps the segments few, and merging all of a large index
    // again after every small import would cost more than the import.
    Statement held(m_db, "SELECT count(*) FROM articles WHERE deleted_at IS NULL");
    const qint64 indexed = held.step() ? held.int64(0) : 0;
    if (built && done * 2 >= indexed
        && !m_db.exec("INSERT INTO article_search (article_search) VALUES ('optimize')"))
        qCWarning(lcStorage) << "could not optimise the search index:" << m_db.lastError();
    qCInfo(lcStorage) << "search index built:" << done << "articles";
    return Done {};
}

Status SearchIndex::rebuild(const Progress &progress, int batchSize)
{
    {
        Transaction transaction(m_db);
        if (!transaction.isActive()
            || !m_db.exec("INSERT INTO article_search (article_search) VALUES ('delete-all')")
            || !m_db.exec("DELETE FROM search_pending")
            || !m_db.exec("INSERT INTO search_pending (article_id)"
                          " SELECT id FROM articles WHERE deleted_at IS NULL")
            || !m_db.exec("DELETE FROM note_search")
            || !m_db.exec("INSERT INTO note_search (note_id, comment, quote, tags)"
                          " SELECT n.id, n.body, n.quote, coalesce((SELECT group_concat(tag, ' ')"
                          " FROM note_tags t WHERE t.note_id = n.id), '') FROM notes n")
            || !transaction.commit()) {
            return Error {u"cannot rebuild the search index: %1"_s.arg(m_db.lastError())};
        }
    }
    return build(progress, batchSize);
}

Result<QList<ArticleId>> SearchIndex::matchingArticles(const SearchQuery &query)
{
    // The index and the queue read at one moment: a batch of the build committed between
    // them would move articles out of the one and into the other unseen.
    const ReadSnapshot snapshot(m_db);
    m_rateGap = {};
    auto planned = planQuery(m_db, query, false);
    if (!planned)
        return Error {planned.error()};
    const SearchPlan &p = planned.value();
    // The index holds only articles outside the Trash: a query of words alone is answered by
    // the index alone, without reading an article's row.
    QString sql;
    if (!p.match.isEmpty() && p.conditions == u"1") {
        sql = u"SELECT rowid FROM article_search WHERE article_search MATCH ?1 ORDER BY rowid"_s;
    } else if (!p.match.isEmpty()) {
        sql = u"SELECT a.id FROM article_search s JOIN articles a ON a.id = s.rowid"
              u" WHERE article_search MATCH ?1 AND "_s
                + p.conditions + u" ORDER BY a.id"_s;
    } else {
        // Articles waiting for the index are the scan's below, found by their text: here the
        // conditions may ask the index about them (NOT, OR), which does not hold them yet.
        sql = u"SELECT a.id FROM articles a WHERE a.deleted_at IS NULL AND "_s + kIndexed
                + u" AND "_s + p.conditions + u" ORDER BY a.id"_s;
    }
    Statement statement(m_db, sql.toUtf8().constData());
    if (!statement.isValid())
        return Error {u"the search failed: %1"_s.arg(m_db.lastError())};
    bindAll(statement, p);
    QList<ArticleId> ids;
    while (statement.step())
        ids.append(statement.int64(0));
    if (!statement.ok())
        return Error {u"the search failed: %1"_s.arg(m_db.lastError())};
    auto pending = scanPending(query);
    if (!pending)
        return Error {pending.error()};
    if (!pending->isEmpty()) {
        for (const ArticleHit &hit : pending.value())
            ids.append(hit.id);
        std::sort(ids.begin(), ids.end());
    }
    if (!p.amounts.empty()) {
        QList<ArticleId> kept;
        for (const ArticleId id : std::as_const(ids)) {
            const Result<bool> states = statesAmounts(id, p.amounts);
            if (!states)
                return Error {states.error()};
            if (states.value())
                kept.append(id);
        }
        return kept;
    }
    return ids;
}

Result<bool> SearchIndex::statesAmounts(ArticleId id, const std::vector<search::QueryNode> &amounts)
{
    Statement text(m_db, "SELECT headline, subheadlines, body FROM articles WHERE id = ?1");
    text.bind(1, id);
    if (!text.step())
        return false;
    static const AmountRecognizer recognizer;
    const QString all = text.text(0) + u'\n' + text.text(1) + u'\n' + text.text(2);
    const QList<Span> spans = recognizer.recognize(all);
    // The settings' rates, then the query's own over them.
    QMap<QString, Decimal> rates = m_userRates;
    for (const search::QueryNode &given : amounts) {
        if (given.field != search::QueryField::Rate || !given.low)
            continue;
        const CurrencyPair pair = currencyPair(given.currency, given.rateQuote);
        std::optional<Decimal> rate = given.low;
        if (pair.base != given.currency)
            rate = Decimal::fromInteger(1).divided(*given.low);
        if (rate)
            rates.insert(pairKey(pair), *rate);
    }
    // `value` of `from` in `to`, at the rate known for the pair.
    const auto converted = [&](const Decimal &value, const QString &from,
                               const QString &to) -> std::optional<Decimal> {
        const CurrencyPair pair = currencyPair(from, to);
        const auto rate = rates.constFind(pairKey(pair));
        if (rate == rates.constEnd() || !(*rate > Decimal::fromInteger(0)))
            return std::nullopt;
        return pair.base == from ? value.multiplied(*rate) : value.divided(*rate);
    };
    for (const search::QueryNode &filter : amounts) {
        if (filter.field == search::QueryField::Rate)
            continue;
        const SpanKind want =
                filter.field == search::QueryField::Percent ? SpanKind::Percent : SpanKind::Money;
        QString unconverted;
        bool found = false;
        for (const Span &span : spans) {
            if (span.kind != want || !span.amount)
                continue;
            // A range ("150~250억 달러") counts by its middle.
            std::optional<Decimal> value = span.amount->centre();
            if (!value)
                continue;
            if (want == SpanKind::Money && span.amount->currency != filter.currency) {
                if (span.amount->currency.isEmpty())
                    continue;
                value = converted(*value, span.amount->currency, filter.currency);
                if (!value) {
                    unconverted = span.amount->currency;
                    continue;
                }
            }
            if (filter.low && (filter.lowInclusive ? *value < *filter.low : *value <= *filter.low))
                continue;
            if (filter.high
                && (filter.highInclusive ? *value > *filter.high : *value >= *filter.high))
                continue;
            found = true;
            break;
        }
        if (found)
            continue;
        if (!unconverted.isEmpty()) {
            // Whether the article belongs depends on a rate nobody gave: it is left out, and
            // the results say how many were and which rate would decide them.
            const CurrencyPair pair = currencyPair(unconverted, filter.currency);
            const QString example = pair.quote == u"KRW"
                    ? u"rate:%1=1400 (KRW per %1)"_s.arg(pair.base)
                    : u"rate:%1-%2=1.1 (%2 per %1)"_s.arg(pair.base, pair.quote);
            ++m_rateGap.articles;
            if (m_rateGap.message.isEmpty()) {
                m_rateGap.message = search::QueryError {u"no %1 rate for %2"_s.arg(unconverted,
                                                                                   filter.currency),
                                                        filter.span}
                                            .message()
                        + u"; add %1 or set one in the Amounts panel"_s.arg(example);
            }
        }
        return false;
    }
    return true;
}

Result<SearchResults<ArticleHit>> SearchIndex::searchArticles(const SearchQuery &query,
                                                              const SearchOptions &options)
{
    // The index and the queue read at one moment: a batch of the build committed between
    // them would move articles out of the one and into the other unseen.
    const ReadSnapshot snapshot(m_db);
    m_rateGap = {};
    auto planned = planQuery(m_db, query, false);
    if (!planned)
        return Error {planned.error()};
    const SearchPlan &p = planned.value();
    const bool ranked = !p.match.isEmpty();
    const bool byRank = ranked && options.sort == SearchOptions::Sort::Rank;
    // money: and percent: are decided by analysing what the rest finds: all of it.
    const bool analysed = !p.amounts.empty();
    const QString limit =
            options.limit > 0 && !analysed ? u" LIMIT %1"_s.arg(options.limit) : QString();
    QString select;
    QString count;
    if (ranked && p.conditions == u"1") {
        // Words alone: ranked (or counted) in the index, then only the shown rows are read.
        count = u"SELECT count(*) FROM article_search WHERE article_search MATCH ?1"_s;
        if (byRank) {
            select = u"SELECT a.id, a.headline, a.published, a.sort_date FROM (SELECT rowid AS"
                     u" id, rank FROM article_search WHERE article_search MATCH ?1 ORDER BY rank"_s
                    + limit + u") m JOIN articles a ON a.id = m.id ORDER BY m.rank"_s;
        } else {
            select = u"SELECT a.id, a.headline, a.published, a.sort_date FROM articles a"
                     u" WHERE a.deleted_at IS NULL AND a.id IN (SELECT rowid FROM article_search"
                     u" WHERE article_search MATCH ?1) ORDER BY a.sort_date DESC, a.id DESC"_s
                    + limit;
        }
    } else {
        QString from;
        QString where;
        if (ranked) {
            from = u"FROM article_search s JOIN articles a ON a.id = s.rowid"_s;
            where = u"WHERE article_search MATCH ?1 AND "_s + p.conditions;
        } else {
            from = u"FROM articles a"_s;
            // Pending articles are the scan's (below), as in matchingArticles.
            where = u"WHERE a.deleted_at IS NULL AND "_s + kIndexed + u" AND "_s + p.conditions;
        }
        const QString order =
                byRank ? u"ORDER BY s.rank"_s : u"ORDER BY a.sort_date DESC, a.id DESC"_s;
        select = u"SELECT a.id, a.headline, a.published, a.sort_date "_s + from + u' ' + where
                + u' ' + order + limit;
        count = u"SELECT count(*) "_s + from + u' ' + where;
    }

    auto prepare = [&](const QString &sql) {
        Statement statement(m_db, sql.toUtf8().constData());
        bindAll(statement, p);
        return statement;
    };
    QElapsedTimer timer;
    timer.start();
    SearchResults<ArticleHit> results;
    Statement rows = prepare(select);
    if (!rows.isValid())
        return Error {u"the search failed: %1"_s.arg(m_db.lastError())};
    while (rows.step()) {
        ArticleHit hit;
        hit.id = rows.int64(0);
        hit.headline = rows.text(1);
        hit.published = rows.text(2);
        hit.sortDate = rows.text(3);
        results.hits.append(hit);
    }
    if (!rows.ok())
        return Error {u"the search failed: %1"_s.arg(m_db.lastError())};
    if (!analysed && options.limit > 0 && results.hits.size() >= options.limit) {
        Statement total = prepare(count);
        results.total = total.step() ? total.int64(0) : results.hits.size();
    } else {
        results.total = results.hits.size();
    }
    results.pending = pendingCount();
    if (results.pending > 0) {
        // Not indexed yet: found by a scan, after the ranked ones (or in date order with them).
        auto scanned = scanPending(query);
        if (!scanned)
            return Error {scanned.error()};
        results.total += scanned->size();
        for (const ArticleHit &hit : scanned.value()) {
            if (!analysed && options.limit > 0 && results.hits.size() >= options.limit)
                break;
            results.hits.append(hit);
        }
        if (!byRank) {
            std::stable_sort(results.hits.begin(), results.hits.end(),
                             [](const ArticleHit &a, const ArticleHit &b) {
                                 return a.sortDate != b.sortDate ? a.sortDate > b.sortDate
                                                                 : a.id > b.id;
                             });
        }
    }
    if (analysed) {
        QList<ArticleHit> kept;
        for (const ArticleHit &hit : std::as_const(results.hits)) {
            const Result<bool> states = statesAmounts(hit.id, p.amounts);
            if (!states)
                return Error {states.error()};
            if (states.value())
                kept.append(hit);
        }
        results.total = kept.size();
        results.unconverted = m_rateGap.articles;
        results.rateNotice = m_rateGap.message;
        if (options.limit > 0 && kept.size() > options.limit)
            kept.resize(options.limit);
        results.hits = std::move(kept);
    }
    const qint64 rankedNs = timer.nsecsElapsed();

    if (options.snippets) {
        const std::vector<search::Pattern> patterns = search::patternsOf(query);
        Statement text(m_db, "SELECT subheadlines, body FROM articles WHERE id = ?1");
        for (ArticleHit &hit : results.hits) {
            hit.headlineMatches = search::matchesOf(patterns, hit.headline);
            text.reset();
            text.bind(1, hit.id);
            if (!text.step())
                continue;
            const QString body = text.text(1);
            QList<SearchMatch> matches = search::matchesOf(patterns, body);
            if (matches.isEmpty()) {
                const QString subheadlines = text.text(0);
                const QList<SearchMatch> sub = search::matchesOf(patterns, subheadlines);
                if (!sub.isEmpty()) {
                    hit.snippet = search::snippetOf(subheadlines, sub);
                    continue;
                }
            }
            hit.snippet = search::snippetOf(body, matches);
        }
    }
    qCDebug(lcStorage) << "search:" << results.hits.size() << "of" << results.total << "in"
                       << rankedNs / 1000 << "µs, snippets"
                       << (timer.nsecsElapsed() - rankedNs) / 1000 << "µs";
    return results;
}

Result<QList<ArticleHit>> SearchIndex::scanPending(const SearchQuery &query)
{
    Statement any(m_db, "SELECT EXISTS (SELECT 1 FROM search_pending)");
    if (!any.step() || any.int64(0) == 0)
        return QList<ArticleHit> {};
    auto planned = scanPlan(m_db, query);
    if (!planned)
        return Error {planned.error()};
    const QString sql = u"SELECT a.id, a.headline, a.published, a.sort_date FROM articles a"
                        u" WHERE a.id IN (SELECT article_id FROM search_pending)"
                        u" AND a.deleted_at IS NULL AND "_s
            + planned->conditions + u" ORDER BY a.sort_date DESC, a.id DESC"_s;
    Statement rows(m_db, sql.toUtf8().constData());
    bindAll(rows, planned.value());
    QList<ArticleHit> hits;
    while (rows.step()) {
        ArticleHit hit;
        hit.id = rows.int64(0);
        hit.headline = rows.text(1);
        hit.published = rows.text(2);
        hit.sortDate = rows.text(3);
        hits.append(hit);
    }
    if (!rows.ok())
        return Error {u"the search failed: %1"_s.arg(m_db.lastError())};
    return hits;
}

Result<SearchResults<NoteHit>> SearchIndex::searchNotes(const SearchQuery &query,
                                                        const SearchOptions &options)
{
    // The index and the queue read at one moment: a batch of the build committed between
    // them would move articles out of the one and into the other unseen.
    const ReadSnapshot snapshot(m_db);
    auto planned = planQuery(m_db, query, true);
    if (!planned)
        return Error {planned.error()};
    const SearchPlan &p = planned.value();
    const bool ranked = !p.match.isEmpty();
    QString from = u"FROM notes n JOIN articles a ON a.id = n.article_id"_s;
    QString where = u"WHERE a.deleted_at IS NULL AND "_s;
    if (ranked) {
        from = u"FROM note_search s JOIN notes n ON n.id = s.note_id"
               u" JOIN articles a ON a.id = n.article_id"_s;
        where = u"WHERE note_search MATCH ?1 AND a.deleted_at IS NULL AND "_s + p.conditions;
    } else {
        where += p.conditions;
    }
    const QString order = ranked && options.sort == SearchOptions::Sort::Rank
            ? u"ORDER BY s.rank"_s
            : u"ORDER BY n.created_at DESC, n.id"_s;
    const QString limit = options.limit > 0 ? u" LIMIT %1"_s.arg(options.limit) : QString();
    const QString select = u"SELECT n.id, n.article_id, a.headline, n.quote, n.body, n.created_at,"
                           u" (SELECT group_concat(tag, char(10)) FROM (SELECT tag FROM note_tags"
                           u" WHERE note_id = n.id ORDER BY tag)) "_s
            + from + u' ' + where + u' ' + order + limit;
    Statement rows(m_db, select.toUtf8().constData());
    if (!rows.isValid())
        return Error {u"the search failed: %1"_s.arg(m_db.lastError())};
    bindAll(rows, p);
    const std::vector<search::Pattern> patterns = search::patternsOf(query);
    SearchResults<NoteHit> results;
    while (rows.step()) {
        NoteHit hit;
        hit.id = rows.text(0);
        hit.articleId = rows.int64(1);
        hit.headline = rows.text(2);
        hit.quote = rows.text(3);
        hit.comment = rows.text(4);
        hit.createdAt = rows.text(5);
        const QString tags = rows.text(6);
        if (!tags.isEmpty())
            hit.tags = tags.split(u'\n');
        if (options.snippets) {
            hit.quoteMatches = search::matchesOf(patterns, hit.quote);
            hit.commentMatches = search::matchesOf(patterns, hit.comment);
        }
        results.hits.append(hit);
    }
    if (!rows.ok())
        return Error {u"the search failed: %1"_s.arg(m_db.lastError())};
    results.total = results.hits.size();
    return results;
}

} // namespace newsmark
