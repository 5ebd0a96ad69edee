#pragma once

#include "model/note.h"

#include <QString>
#include <QStringView>

#include <optional>

// Placing a note in an article's text, after the W3C Web Annotation selectors: a quote with its
// context (TextQuoteSelector) and a position (TextPositionSelector). Pure functions over UTF-16
// text and UTF-16 offsets: callers convert the code points that notes store (span.h).
namespace newsmark::anchoring {

// How much text before and after a quote is kept to tell its occurrences apart, in code points.
inline constexpr qsizetype kContextLength = 32;
// A fuzzy match may differ from the quote in at most this share of the quote's code points...
inline constexpr double kFuzzyMaxErrorRate = 0.25;
// ...and only quotes at least this long are matched fuzzily: in a shorter one, a quarter of
// errors would leave next to nothing of it.
inline constexpr qsizetype kFuzzyMinLength = 8;
// Fuzzy matching costs quote × text steps; above this the search keeps to a window around the
// hint (see anchorQuote).
inline constexpr qsizetype kFuzzyMaxCells = 20'000'000;

struct TextQuote
{
    QString exact;
    QString prefix;
    QString suffix;
};

struct AnchorMatch
{
    AnchorState state = AnchorState::Orphaned;
    qsizetype start = -1; // UTF-16, end exclusive; -1 when orphaned
    qsizetype end = -1;
    qsizetype distance = 0; // edit distance in code points of a fuzzy match; 0 otherwise

    [[nodiscard]] bool isPlaced() const { return state != AnchorState::Orphaned; }
};

// True when [start, end) is a non-empty range inside `text` that splits no surrogate pair.
bool isValidRange(QStringView text, qsizetype start, qsizetype end);

// The quote at [start, end) with up to kContextLength code points of context either side.
// The range must be valid (isValidRange).
TextQuote quoteAt(QStringView text, qsizetype start, qsizetype end);

// Whether a quote a page reported is the text at the offsets it reported. A DOM selection across
// paragraphs reads "\n\n" or " " where the canonical text has one '\n', so runs of white space
// compare equal to each other; everything else must be identical.
bool quotesMatch(QStringView canonical, QStringView reported);

// The UTF-16 offset of the n-th (1-based) occurrence of `quote`; occurrences may overlap
// ("aa" occurs twice in "aaa"). -1 when there are fewer.
qsizetype findOccurrence(QStringView text, QStringView quote, int occurrence);
int countOccurrences(QStringView text, QStringView quote);

// Places `quote` in `text`:
//  1. every exact occurrence of quote.exact is scored by how much of prefix and suffix agrees
//     with the text around it; the best wins, ties going to the one nearest `hint` (the UTF-16
//     position the note had). State Exact when it starts at the hint (or there is no hint),
//     Moved otherwise.
//  2. otherwise the substring with the least edit distance (code points) to quote.exact, if that
//     is at most kFuzzyMaxErrorRate of its length and the quote has kFuzzyMinLength code points;
//     ties go to the nearest to the hint. State Fuzzy. Past kFuzzyMaxCells the search keeps to
//     hint ± (2 × quote + 1000) code points, or to the beginning of the text without a hint.
//  3. otherwise Orphaned.
AnchorMatch anchorQuote(QStringView text, const TextQuote &quote,
                        std::optional<qsizetype> hint = std::nullopt);

// Edit distance (Levenshtein, code points) of the best match of `pattern` anywhere in `text`,
// with its UTF-16 range: the fuzzy step on its own, for tests and diagnostics.
AnchorMatch bestFuzzyMatch(QStringView text, QStringView pattern,
                           std::optional<qsizetype> hint = std::nullopt);

} // namespace newsmark::anchoring
