// libFuzzer target: arbitrary bytes, read as UTF-8, as a search query. The parser either gives a
// query or an error whose position lies inside the text; a parsed query compiles to SQL that
// SQLite accepts on an empty library, and its matches in the query's own text lie inside it.
#include "search/search_query.h"
#include "storage/database.h"
#include "storage/search_index.h"

#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace newsmark;

namespace {

void require(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz_query: invariant broken: %s\n", what);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    static std::unique_ptr<Database> db = [] {
        auto opened = Database::open(QStringLiteral(":memory:"));
        require(opened.ok(), "an in-memory library opens");
        return std::move(opened).value();
    }();
    static SearchIndex index(*db);
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype points = text.toUcs4().size();
    const search::ParsedQuery parsed = search::parseQuery(text);
    if (!parsed.ok()) {
        const search::QuerySpan span = parsed.error->span;
        require(span.start >= 0 && span.start <= span.end && span.end <= points,
                "an error's position lies in the query");
        require(!parsed.error->message().isEmpty(), "an error says something");
        return 0;
    }
    auto found = index.matchingArticles(parsed.query);
    // On an empty library a query finds nothing, or says why it cannot run (an unknown entity).
    require(!found.ok() || found->isEmpty(), "an empty library has no matches");
    if (!found.ok())
        require(!found.error().contains(QStringLiteral("the search failed")),
                "the compiled SQL is valid");
    const QList<SearchMatch> matches = findMatches(parsed.query, text);
    for (const SearchMatch &m : matches)
        require(m.start >= 0 && m.start < m.end && m.end <= points, "matches lie in the text");
    return 0;
}
