#pragma once

// How SearchIndex turns a parsed query into SQL (internal to core/storage).

#include "result.h"
#include "search/search_query.h"

#include <QString>

#include <variant>
#include <vector>

namespace newsmark {

class Database;
class Statement;

using SearchBind = std::variant<QString, qint64>;

// The query split into what drives the search (one FTS5 MATCH, ?1, ranked) and the conditions
// on the articles (`a`) or notes (`n`) whose values follow it.
struct SearchPlan
{
    QString match; // empty: no text to rank by
    QString conditions; // SQL, "1" when none
    std::vector<SearchBind> binds;
    // money: and percent: terms, AND-ed with the rest: the articles the rest finds are kept
    // when the AmountRecognizer finds such an amount in their text (no amounts are stored).
    // rate: terms too: the rates the money: terms compare other currencies at.
    std::vector<search::QueryNode> amounts;
};

// Over the index: words and phrases in one MATCH where FTS5 can answer them, the rest as SQL.
// Errors (an unknown entity, a field that does not apply) name where they are in the query.
Result<SearchPlan> planQuery(Database &db, const search::SearchQuery &query, bool notes);
// Over the articles not indexed yet: the whole query as SQL, every word a LIKE.
Result<SearchPlan> scanPlan(Database &db, const search::SearchQuery &query);
// Binds the MATCH (if any) as ?1 and the conditions' values after it.
void bindAll(Statement &statement, const SearchPlan &plan);

} // namespace newsmark
