#include "storage/search_index.h"

#include "logging.h"
#include "search/search_tokenizer.h"
#include "storage/database.h"

#include <QByteArray>
#include <QElapsedTimer>

#include <algorithm>
#include <map>
#include <variant>

using namespace Qt::StringLiterals;

namespace newsmark {

using search::QueryField;
using search::QueryNode;
using search::SearchQuery;
using search::Tokenizer;

namespace {

// --- Matches and snippets
// --------------------------------------------------------------------------

// A term as the snippets look for it: its tokens in a row, the last a prefix for a syllable.
struct Pattern
{
    std::vector<std::string> tokens;
    bool prefix = false;
};

bool isOneSyllable(const std::string &token)
{
    const QString text = QString::fromUtf8(token.data(), qsizetype(token.size()));
    const QList<uint> ucs4 = text.toUcs4();
    return ucs4.size() == 1 && search::isSyllabic(char32_t(ucs4.front()));
}

Pattern patternFor(const QString &text)
{
    Pattern pattern;
    for (search::OwnedToken &token : search::tokenize(text, Tokenizer::Mode::Query))
        pattern.tokens.push_back(std::move(token.text));
    pattern.prefix = !pattern.tokens.empty() && isOneSyllable(pattern.tokens.back());
    return pattern;
}

bool isTextField(QueryField field)
{
    return field == QueryField::Text || field == QueryField::Headline || field == QueryField::Outlet
            || field == QueryField::Reporter || field == QueryField::Note;
}

// The terms a query looks for (not those under NOT).
void collectPatterns(const QueryNode &node, bool negated, std::vector<Pattern> &patterns)
{
    if (node.kind == QueryNode::Kind::Not) {
        for (const QueryNode &child : node.children)
            collectPatterns(child, !negated, patterns);
        return;
    }
    if (node.kind != QueryNode::Kind::Term) {
        for (const QueryNode &child : node.children)
            collectPatterns(child, negated, patterns);
        return;
    }
    if (!negated && isTextField(node.field)) {
        Pattern pattern = patternFor(node.text);
        if (!pattern.tokens.empty())
            patterns.push_back(std::move(pattern));
    }
}

QList<SearchMatch> matchesOf(const std::vector<Pattern> &patterns, const QString &text)
{
    if (patterns.empty() || text.isEmpty())
        return {};
    const std::vector<search::OwnedToken> tokens =
            search::tokenize(text, Tokenizer::Mode::Document);
    // Tokens by position (a run's last syllable shares its bigram's): those at position p are
    // tokens[first[p]] up to tokens[first[p + 1]].
    std::vector<size_t> first;
    first.reserve(tokens.size() + 1);
    for (size_t i = 0; i < tokens.size(); ++i) {
        if (!tokens[i].colocated || first.empty())
            first.push_back(i);
    }
    const size_t positions = first.size();
    first.push_back(tokens.size());
    std::vector<std::pair<int, int>> bytes;
    for (const Pattern &pattern : patterns) {
        const size_t k = pattern.tokens.size();
        for (size_t p = 0; p + k <= positions; ++p) {
            int start = -1;
            int end = -1;
            bool all = true;
            for (size_t j = 0; j < k && all; ++j) {
                const std::string &want = pattern.tokens[j];
                const bool prefix = pattern.prefix && j + 1 == k;
                bool found = false;
                for (size_t t = first[p + j]; t < first[p + j + 1]; ++t) {
                    const std::string &have = tokens[t].text;
                    if (prefix ? have.compare(0, want.size(), want) == 0 : have == want) {
                        if (j == 0)
                            start = tokens[t].start;
                        // A one-syllable prefix marks its syllable, not the bigram.
                        end = prefix && k == 1 ? tokens[t].start + int(want.size()) : tokens[t].end;
                        found = true;
                        break;
                    }
                }
                all = found;
            }
            if (all)
                bytes.emplace_back(start, end);
        }
    }
    if (bytes.empty())
        return {};
    std::sort(bytes.begin(), bytes.end());
    // Byte offsets to code points.
    const QByteArray utf8 = text.toUtf8();
    std::vector<int> points(size_t(utf8.size()) + 1, 0);
    int count = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        points[size_t(i)] = count;
        if ((uchar(utf8.at(i)) & 0xC0) != 0x80)
            ++count;
    }
    points[size_t(utf8.size())] = count;
    QList<SearchMatch> merged;
    for (const auto &[start, end] : bytes) {
        const int s = points[size_t(start)];
        const int e = points[size_t(end)];
        if (!merged.isEmpty() && s <= merged.back().end)
            merged.back().end = std::max(merged.back().end, e);
        else
            merged.append({s, e});
    }
    return merged;
}

// Code points of `text` around its first match: 40 before it, 200 in all.
SearchSnippet snippetOf(const QString &text, const QList<SearchMatch> &matches)
{
    constexpr int kBefore = 40;
    constexpr int kLength = 200;
    QList<uint> ucs4 = text.toUcs4();
    for (uint &c : ucs4) {
        if (c == '\n' || c == '\t' || c == '\r')
            c = ' ';
    }
    const int first = matches.isEmpty() ? 0 : matches.front().start;
    int start = std::max(0, first - kBefore);
    // Start at a word where one is near.
    for (int k = start; k > 0 && k > start - 10; --k) {
        if (ucs4.at(k - 1) == ' ') {
            start = k;
            break;
        }
    }
    const int end = std::min(int(ucs4.size()), start + kLength);
    SearchSnippet snippet;
    const int lead = start > 0 ? 1 : 0;
    snippet.text = (start > 0 ? u"…"_s : QString())
            + QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData()) + start,
                                end - start)
            + (end < ucs4.size() ? u"…"_s : QString());
    for (const SearchMatch &m : matches) {
        if (m.end <= start || m.start >= end)
            continue;
        snippet.matches.append(
                {std::max(m.start, start) - start + lead, std::min(m.end, end) - start + lead});
    }
    return snippet;
}

// --- The query as SQL
// ------------------------------------------------------------------------------

using Bind = std::variant<QString, qint64>;

QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

// A term as FTS5 query syntax: the phrase of its tokens (FTS5 tokenizes the quoted text with
// the same tokenizer), a prefix when it ends in one syllable, within a column when a field says.
QString ftsTerm(const QueryNode &node, bool notes)
{
    QString column;
    switch (node.field) {
    case QueryField::Headline: column = u"headline"_s; break;
    case QueryField::Outlet: column = u"outlet"_s; break;
    case QueryField::Reporter: column = u"reporter"_s; break;
    case QueryField::Note: column = notes ? u"comment"_s : QString(); break;
    default: break;
    }
    QString phrase = quoted(node.text);
    if (patternFor(node.text).prefix)
        phrase += u" *"_s;
    return column.isEmpty() ? phrase : column + u" : "_s + phrase;
}

class Compiler
{
public:
    Compiler(Database &db, bool notes)
        : m_db(db)
        , m_notes(notes)
    { }

    std::optional<QString> error() const { return m_error; }
    void setFirstIndex(int first) { m_first = first; }
    // For the articles not in the index yet: every word a substring scan (LIKE), as slow as
    // that is, so that a search finds them while the index is built.
    void setScanning(bool scanning) { m_scanning = scanning; }
    std::vector<Bind> &binds() { return m_binds; }

    // Whether FTS5 alone can answer the node (in the table this search drives).
    bool ftsAble(const QueryNode &node) const
    {
        if (m_scanning)
            return false;
        switch (node.kind) {
        case QueryNode::Kind::Term:
            if (m_notes)
                return node.field == QueryField::Text || node.field == QueryField::Note;
            return node.field == QueryField::Text || node.field == QueryField::Headline
                    || node.field == QueryField::Outlet || node.field == QueryField::Reporter;
        case QueryNode::Kind::Or:
            return std::all_of(node.children.begin(), node.children.end(),
                               [this](const QueryNode &c) { return ftsAble(c); });
        case QueryNode::Kind::And: {
            bool positive = false;
            for (const QueryNode &c : node.children) {
                if (c.kind == QueryNode::Kind::Not && ftsAble(c.children.front()))
                    continue;
                if (!ftsAble(c))
                    return false;
                positive = true;
            }
            return positive;
        }
        case QueryNode::Kind::Not: return false;
        }
        return false;
    }

    QString fts(const QueryNode &node) const
    {
        switch (node.kind) {
        case QueryNode::Kind::Term: return ftsTerm(node, m_notes);
        case QueryNode::Kind::Or: {
            QStringList parts;
            for (const QueryNode &c : node.children)
                parts << u'(' + fts(c) + u')';
            return parts.join(u" OR "_s);
        }
        case QueryNode::Kind::And: {
            QStringList positive;
            QString negative;
            for (const QueryNode &c : node.children) {
                if (c.kind == QueryNode::Kind::Not)
                    negative += u" NOT ("_s + fts(c.children.front()) + u')';
                else
                    positive << u'(' + fts(c) + u')';
            }
            return u'(' + positive.join(u" AND "_s) + u')' + negative;
        }
        case QueryNode::Kind::Not: break;
        }
        return QString();
    }

    // The node as a condition on `a` (articles) or `n` (notes).
    QString sql(const QueryNode &node)
    {
        if (ftsAble(node))
            return matchCondition(fts(node));
        switch (node.kind) {
        case QueryNode::Kind::And: {
            // The children FTS5 can answer together, in one MATCH.
            QueryNode text;
            text.kind = QueryNode::Kind::And;
            QStringList rest;
            for (const QueryNode &c : node.children) {
                const bool textual =
                        c.kind == QueryNode::Kind::Not ? ftsAble(c.children.front()) : ftsAble(c);
                if (textual)
                    text.children.push_back(c);
                else
                    rest << sql(c);
            }
            if (ftsAble(text))
                rest.prepend(matchCondition(fts(text)));
            else
                for (const QueryNode &c : text.children)
                    rest << sql(c);
            return u'(' + rest.join(u" AND "_s) + u')';
        }
        case QueryNode::Kind::Or: {
            QStringList parts;
            for (const QueryNode &c : node.children)
                parts << sql(c);
            return u'(' + parts.join(u" OR "_s) + u')';
        }
        case QueryNode::Kind::Not: return u"NOT "_s + sql(node.children.front());
        case QueryNode::Kind::Term: return filter(node);
        }
        return u"0"_s;
    }

private:
    QString bind(Bind value)
    {
        m_binds.push_back(std::move(value));
        return u'?' + QString::number(m_first - 1 + int(m_binds.size()));
    }

    QString matchCondition(const QString &expression)
    {
        if (m_notes)
            return u"n.id IN (SELECT note_id FROM note_search WHERE note_search MATCH %1)"_s.arg(
                    bind(expression));
        return u"a.id IN (SELECT rowid FROM article_search WHERE article_search MATCH %1)"_s.arg(
                bind(expression));
    }

    QString fail(const QueryNode &node, const QString &problem)
    {
        if (!m_error)
            m_error = search::QueryError {problem, node.span}.message();
        return u"0"_s;
    }

    QString filter(const QueryNode &node)
    {
        if (m_notes) {
            if (node.field == QueryField::Tag) {
                return u"n.id IN (SELECT note_id FROM note_tags WHERE tag = %1 COLLATE NOCASE)"_s
                        .arg(bind(node.text));
            }
            return fail(node,
                        u"%1: applies to articles; notes are searched by their words, note: "
                        u"and tag:"_s.arg(search::fieldName(node.field)));
        }
        switch (node.field) {
        case QueryField::Text:
        case QueryField::Headline:
        case QueryField::Outlet:
        case QueryField::Reporter: {
            QString pattern = node.text;
            pattern.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
            const QString column = node.field == QueryField::Headline ? u"a.headline"_s
                    : node.field == QueryField::Outlet                ? u"a.outlet"_s
                    : node.field == QueryField::Reporter
                    ? u"a.reporter"_s
                    : u"(a.headline || ' ' || a.subheadlines || ' ' || a.outlet || ' ' || "
                      u"a.reporter || ' ' || a.body)"_s;
            return u"%1 LIKE %2 ESCAPE '\\'"_s.arg(column, bind(u'%' + pattern + u'%'));
        }
        case QueryField::Note:
            return u"a.id IN (SELECT n.article_id FROM notes n WHERE n.id IN (SELECT note_id FROM "
                   u"note_search WHERE note_search MATCH %1))"_s.arg(bind(ftsTerm(node, true)));
        case QueryField::Tag:
            return u"a.id IN (SELECT n.article_id FROM note_tags t JOIN notes n ON n.id = "
                   u"t.note_id WHERE t.tag = %1 COLLATE NOCASE)"_s.arg(bind(node.text));
        case QueryField::HasNote:
            return u"EXISTS (SELECT 1 FROM notes n WHERE n.article_id = a.id)"_s;
        case QueryField::IsUnread: return u"a.is_read = 0"_s;
        case QueryField::IsRead: return u"a.is_read = 1"_s;
        case QueryField::IsStarred: return u"a.is_starred = 1"_s;
        case QueryField::Date: {
            QStringList parts;
            if (!node.dateFrom.isEmpty())
                parts << u"a.sort_date >= %1"_s.arg(bind(node.dateFrom));
            if (!node.dateTo.isEmpty())
                parts << u"a.sort_date < %1"_s.arg(bind(node.dateTo));
            return u'(' + parts.join(u" AND "_s) + u')';
        }
        case QueryField::Feed: {
            Statement feeds(m_db, "SELECT count(*) FROM feeds");
            if (!feeds.step() || feeds.int64(0) == 0)
                return fail(node, u"feed: this library has no feeds"_s);
            QString pattern = node.text;
            pattern.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
            const QString like = bind(u'%' + pattern + u'%');
            return u"a.id IN (SELECT i.article_id FROM feed_items i JOIN feeds f ON f.id = "
                   u"i.feed_id WHERE f.title LIKE %1 ESCAPE '\\' OR f.url LIKE %1 ESCAPE '\\')"_s
                           .arg(like);
        }
        case QueryField::Person:
        case QueryField::Organization:
        case QueryField::Place: return entity(node);
        default: break;
        }
        return fail(node, u"%1: cannot be searched here"_s.arg(search::fieldName(node.field)));
    }

    // The entity's articles: the entity named so, else those the index linked text written so
    // to (an alias: "최 회장" for 최태원).
    QString entity(const QueryNode &node)
    {
        const QString kind = node.field == QueryField::Person ? u"PERSON"_s
                : node.field == QueryField::Organization      ? u"ORG"_s
                                                              : u"LOCATION"_s;
        QStringList ids;
        Statement named(m_db, "SELECT id FROM entities WHERE kind = ?1 AND name = ?2");
        named.bind(1, kind).bind(2, node.text);
        while (named.step())
            ids << QString::number(named.int64(0));
        if (ids.isEmpty()) {
            Statement alias(m_db,
                            "SELECT DISTINCT m.entity_id FROM mentions m JOIN entities e"
                            " ON e.id = m.entity_id WHERE m.surface = ?2 AND e.kind = ?1");
            alias.bind(1, kind).bind(2, node.text);
            while (alias.step())
                ids << QString::number(alias.int64(0));
        }
        if (ids.isEmpty()) {
            return fail(node,
                        u"no %1 '%2' in the library's entity index; `newsmark-cli entities` "
                        u"lists the names it has"_s.arg(
                                node.field == QueryField::Person                 ? u"person"_s
                                        : node.field == QueryField::Organization ? u"organisation"_s
                                                                                 : u"place"_s,
                                node.text));
        }
        return u"a.id IN (SELECT article_id FROM mentions WHERE entity_id IN (%1))"_s.arg(
                ids.join(u", "_s));
    }

    Database &m_db;
    bool m_notes;
    std::vector<Bind> m_binds;
    int m_first = 1;
    bool m_scanning = false;
    std::optional<QString> m_error;
};

// The query split into what drives the search (one MATCH, ranked) and the other conditions.
struct Plan
{
    QString match; // empty: no text to rank by
    QString conditions; // SQL, "1" when none
    std::vector<Bind> binds;
};

Result<Plan> plan(Database &db, const SearchQuery &query, bool notes)
{
    Compiler compiler(db, notes);
    Plan plan;
    const QueryNode &root = query.root;
    // What drives the search is decided first: its MATCH is ?1, the conditions' values follow.
    QueryNode text;
    text.kind = QueryNode::Kind::And;
    std::vector<const QueryNode *> others;
    if (compiler.ftsAble(root)) {
        plan.match = compiler.fts(root);
    } else if (root.kind == QueryNode::Kind::And) {
        for (const QueryNode &c : root.children) {
            const bool textual = c.kind == QueryNode::Kind::Not
                    ? compiler.ftsAble(c.children.front())
                    : compiler.ftsAble(c);
            if (textual)
                text.children.push_back(c);
            else
                others.push_back(&c);
        }
        if (compiler.ftsAble(text))
            plan.match = compiler.fts(text);
        else
            for (const QueryNode &c : text.children)
                others.push_back(&c);
    } else {
        others.push_back(&root);
    }
    compiler.setFirstIndex(plan.match.isEmpty() ? 1 : 2);
    QStringList conditions;
    for (const QueryNode *node : others)
        conditions << compiler.sql(*node);
    if (const auto error = compiler.error())
        return Error {*error};
    plan.conditions = conditions.isEmpty() ? u"1"_s : conditions.join(u" AND "_s);
    plan.binds = std::move(compiler.binds());
    return plan;
}

// The query as conditions over the articles still waiting for the index (LIKE for words).
Result<Plan> scanPlan(Database &db, const SearchQuery &query)
{
    Compiler compiler(db, false);
    compiler.setScanning(true);
    Plan plan;
    const QString condition = compiler.sql(query.root);
    if (const auto error = compiler.error())
        return Error {*error};
    plan.conditions = condition;
    plan.binds = std::move(compiler.binds());
    return plan;
}

void bindAll(Statement &statement, const Plan &plan)
{
    int index = 1;
    if (!plan.match.isEmpty())
        statement.bind(index++, plan.match);
    for (const Bind &value : plan.binds) {
        if (const auto *text = std::get_if<QString>(&value))
            statement.bind(index++, *text);
        else
            statement.bind(index++, std::get<qint64>(value));
    }
}

} // namespace

QList<SearchMatch> findMatches(const SearchQuery &query, const QString &text)
{
    std::vector<Pattern> patterns;
    collectPatterns(query.root, false, patterns);
    return matchesOf(patterns, text);
}

// --- SearchIndex
// -----------------------------------------------------------------------------------

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
        if (progress && !progress(std::min(done, total), total))
            return Done {};
    }
    // Merged into one b-tree, the index is smaller and answers faster.
    if (built && !m_db.exec("INSERT INTO article_search (article_search) VALUES ('optimize')"))
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
    auto planned = plan(m_db, query, false);
    if (!planned)
        return Error {planned.error()};
    const Plan &p = planned.value();
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
        sql = u"SELECT a.id FROM articles a WHERE a.deleted_at IS NULL AND "_s + p.conditions
                + u" ORDER BY a.id"_s;
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
    return ids;
}

Result<SearchResults<ArticleHit>> SearchIndex::searchArticles(const SearchQuery &query,
                                                              const SearchOptions &options)
{
    auto planned = plan(m_db, query, false);
    if (!planned)
        return Error {planned.error()};
    const Plan &p = planned.value();
    const bool ranked = !p.match.isEmpty();
    const bool byRank = ranked && options.sort == SearchOptions::Sort::Rank;
    const QString limit = options.limit > 0 ? u" LIMIT %1"_s.arg(options.limit) : QString();
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
            where = u"WHERE a.deleted_at IS NULL AND "_s + p.conditions;
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
    if (options.limit > 0 && results.hits.size() >= options.limit) {
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
            if (options.limit > 0 && results.hits.size() >= options.limit)
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
    const qint64 rankedNs = timer.nsecsElapsed();

    if (options.snippets) {
        std::vector<Pattern> patterns;
        collectPatterns(query.root, false, patterns);
        Statement text(m_db, "SELECT subheadlines, body FROM articles WHERE id = ?1");
        for (ArticleHit &hit : results.hits) {
            hit.headlineMatches = matchesOf(patterns, hit.headline);
            text.reset();
            text.bind(1, hit.id);
            if (!text.step())
                continue;
            const QString body = text.text(1);
            QList<SearchMatch> matches = matchesOf(patterns, body);
            if (matches.isEmpty()) {
                const QString subheadlines = text.text(0);
                const QList<SearchMatch> sub = matchesOf(patterns, subheadlines);
                if (!sub.isEmpty()) {
                    hit.snippet = snippetOf(subheadlines, sub);
                    continue;
                }
            }
            hit.snippet = snippetOf(body, matches);
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
    auto planned = plan(m_db, query, true);
    if (!planned)
        return Error {planned.error()};
    const Plan &p = planned.value();
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
    std::vector<Pattern> patterns;
    collectPatterns(query.root, false, patterns);
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
            hit.quoteMatches = matchesOf(patterns, hit.quote);
            hit.commentMatches = matchesOf(patterns, hit.comment);
        }
        results.hits.append(hit);
    }
    if (!rows.ok())
        return Error {u"the search failed: %1"_s.arg(m_db.lastError())};
    results.total = results.hits.size();
    return results;
}

} // namespace newsmark
