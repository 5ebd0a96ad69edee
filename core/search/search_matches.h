#pragma once

#include "search/search_query.h"

#include <QList>
#include <QString>

#include <string>
#include <vector>

namespace newsmark {

// A matched passage: code points, [start, end), in the text it was found in.
struct SearchMatch
{
    int start = 0;
    int end = 0;
    friend bool operator==(const SearchMatch &, const SearchMatch &) = default;
};

// A passage of an article or note around its first match, with every match in it.
struct SearchSnippet
{
    QString text; // "…" where it was cut
    QList<SearchMatch> matches; // in `text`
};

// Where the terms of a query (not those under NOT) stand in a text: what the snippets and the
// headline marks show. The text is tokenized as the index tokenizes it, and each term's tokens
// are looked for in a row: exactly what the index matched.
QList<SearchMatch> findMatches(const search::SearchQuery &query, const QString &text);

namespace search {

// A term as the matches look for it: its tokens in a row, the last a prefix for one syllable.
struct Pattern
{
    std::vector<std::string> tokens;
    bool prefix = false;
};
[[nodiscard]] Pattern patternFor(const QString &text);
[[nodiscard]] std::vector<Pattern> patternsOf(const SearchQuery &query);
[[nodiscard]] QList<SearchMatch> matchesOf(const std::vector<Pattern> &patterns,
                                           const QString &text);
// Code points of `text` around its first match (40 before it, 200 in all), new lines as spaces.
[[nodiscard]] SearchSnippet snippetOf(const QString &text, const QList<SearchMatch> &matches);

} // namespace search

} // namespace newsmark
