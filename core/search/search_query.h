#pragma once

#include "analysis/decimal.h"

#include <QString>

#include <optional>
#include <vector>

namespace newsmark::search {

// Where a piece of the query stands: code points, [start, end).
struct QuerySpan
{
    int start = 0;
    int end = 0;
};

// What went wrong, and where; message() says it as a user reads it ("at 1–5", 1-based).
struct QueryError
{
    QString problem;
    QuerySpan span;
    [[nodiscard]] QString message() const;
};

// The fields a query may name, and what the values of the filters mean.
enum class QueryField {
    Text, // a word or "phrase" anywhere in the article (headline, sub-headlines, outlet,
          // reporter, body) or, for notes, in the note (comment, quote, tags)
    Headline,
    Outlet,
    Reporter,
    Note, // in a note's comment
    Tag, // a note's tag, whole (case-insensitive)
    HasNote,
    IsUnread,
    IsRead,
    IsStarred,
    Feed, // a feed's title or address contains the value
    Date, // dateFrom ≤ sort_date < dateTo (ISO prefixes; either may be empty)
    // An amount the article states, compared by value: money in one currency, or a percentage.
    Person,
    Organization,
    Place,
    Money,
    Percent,
    // rate:USD=1400 (KRW per USD), rate:EUR-USD=1.08: a rate for this query's money: terms to
    // compare amounts across currencies; it finds nothing by itself.
    Rate,
};

struct QueryNode
{
    enum class Kind { Term, And, Or, Not };
    Kind kind = Kind::Term;
    QueryField field = QueryField::Text;
    QString text; // a term's word or phrase, a filter's value
    bool quoted = false;
    // A word that ends in a particle (삼성전자가) is searched as its bare form; `text` is then the
    // bare form and `original` the word as typed.
    QString original;
    QString dateFrom;
    QString dateTo;
    // money: and percent:: the amounts between these bounds (either may be missing), in
    // `currency` for money, as the app's AmountRecognizer reads them.
    std::optional<Decimal> low;
    std::optional<Decimal> high;
    bool lowInclusive = true;
    bool highInclusive = true;
    QString currency;
    // rate:: one `currency` is worth `low` of `rateQuote`.
    QString rateQuote;
    std::vector<QueryNode> children;
    QuerySpan span;
};

// The parsed query. Grammar, loosest first:
//   query := or;  or := and ("OR" and)*;  and := unary ("AND"? unary)*;
//   unary := ("NOT" | "-") unary | "(" or ")" | field ":" value | "\"phrase\"" | word
// AND, OR and NOT are operators only in capitals; "or" is a word.
struct SearchQuery
{
    QueryNode root;
};

struct ParsedQuery
{
    SearchQuery query;
    std::optional<QueryError> error;
    [[nodiscard]] bool ok() const { return !error.has_value(); }
};
[[nodiscard]] ParsedQuery parseQuery(const QString &text);

// Whether what the query finds depends on articles' read and starred flags (is:unread, is:read,
// is:starred anywhere in it).
[[nodiscard]] bool readsFlags(const SearchQuery &query);

// The name of a field as a query spells it ("org"), for messages.
[[nodiscard]] QString fieldName(QueryField field);

// The bare form of a Korean word with a particle attached (삼성전자가 → 삼성전자), or the word
// itself. Only particles that rarely end a noun are taken off, and only where two syllables
// stay: 전문가 stays, 한국은 is 한국.
[[nodiscard]] QString withoutParticle(const QString &word);

} // namespace newsmark::search
