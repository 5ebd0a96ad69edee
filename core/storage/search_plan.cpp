#include "storage/search_plan.h"

#include "search/search_matches.h"
#include "storage/database.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace newsmark {

using search::QueryField;
using search::QueryNode;
using search::SearchQuery;

namespace {

// --- The query as SQL
// ------------------------------------------------------------------------------

using Bind = SearchBind;

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
    if (search::patternFor(node.text).prefix)
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
        case QueryField::Money:
        case QueryField::Percent:
        case QueryField::Rate:
            return fail(node,
                        u"%1: goes with the rest of a query by AND only, not under OR or NOT"_s.arg(
                                search::fieldName(node.field)));
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
                        u"no %1 '%2' in the library's entity index; `newsmark-cli entities list` "
                        u"lists the names it has"_s.arg(
                                node.field == QueryField::Person                 ? u"person"_s
                                        : node.field == QueryField::Organization ? u"organization"_s
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

} // namespace

namespace {

bool isAmount(const QueryNode &node)
{
    return node.kind == QueryNode::Kind::Term
            && (node.field == QueryField::Money || node.field == QueryField::Percent
                || node.field == QueryField::Rate);
}

// Takes the query's money: and percent: terms (AND-ed with the rest) out of it: what is left is
// answered in SQL, they by analysing what it finds. Nothing left: every article.
std::optional<QueryNode> withoutAmounts(const QueryNode &root, std::vector<QueryNode> &amounts)
{
    if (isAmount(root)) {
        amounts.push_back(root);
        return std::nullopt;
    }
    if (root.kind != QueryNode::Kind::And)
        return root;
    QueryNode rest = root;
    rest.children.clear();
    for (const QueryNode &c : root.children) {
        if (isAmount(c))
            amounts.push_back(c);
        else
            rest.children.push_back(c);
    }
    if (rest.children.empty())
        return std::nullopt;
    if (rest.children.size() == 1)
        return rest.children.front();
    return rest;
}

} // namespace

Result<SearchPlan> planQuery(Database &db, const SearchQuery &query, bool notes)
{
    Compiler compiler(db, notes);
    SearchPlan plan;
    const std::optional<QueryNode> rest = withoutAmounts(query.root, plan.amounts);
    if (notes && !plan.amounts.empty()) {
        return Error {search::QueryError {
                u"%1: applies to articles; notes are searched by their "
                u"words, note: and tag:"_s.arg(search::fieldName(plan.amounts.front().field)),
                plan.amounts.front().span}
                              .message()};
    }
    // A rate only serves the money: terms beside it.
    const auto isField = [&](QueryField field) {
        return std::find_if(plan.amounts.begin(), plan.amounts.end(),
                            [&](const QueryNode &n) { return n.field == field; });
    };
    if (const auto rate = isField(QueryField::Rate);
        rate != plan.amounts.end() && isField(QueryField::Money) == plan.amounts.end()) {
        return Error {search::QueryError {u"rate: is the rate for the query's money: terms and "
                                          u"finds nothing by itself; add one such as "
                                          u"money:>$1bn"_s,
                                          rate->span}
                              .message()};
    }
    if (!rest) {
        plan.conditions = u"1"_s;
        return plan;
    }
    const QueryNode &root = *rest;
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

Result<SearchPlan> scanPlan(Database &db, const SearchQuery &query)
{
    Compiler compiler(db, false);
    compiler.setScanning(true);
    SearchPlan plan;
    const std::optional<QueryNode> rest = withoutAmounts(query.root, plan.amounts);
    const QString condition = rest ? compiler.sql(*rest) : u"1"_s;
    if (const auto error = compiler.error())
        return Error {*error};
    plan.conditions = condition;
    plan.binds = std::move(compiler.binds());
    return plan;
}

void bindAll(Statement &statement, const SearchPlan &plan)
{
    int index = 1;
    if (!plan.match.isEmpty())
        statement.bind(index++, plan.match);
    for (const SearchBind &value : plan.binds) {
        if (const auto *text = std::get_if<QString>(&value))
            statement.bind(index++, *text);
        else
            statement.bind(index++, std::get<qint64>(value));
    }
}

} // namespace newsmark
