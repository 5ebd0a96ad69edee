#pragma once

#include <QString>

#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sb_stemmer;

namespace newsmark::search {

// The name the FTS5 tables of format 11 give in their `tokenize=` option.
inline constexpr char kTokenizerName[] = "newsmark";

// One token of a text: its bytes in the UTF-8 text [start, end) and whether it stands at the
// position of the token before it (FTS5_TOKEN_COLOCATED).
struct Token
{
    std::string_view text;
    int start = 0;
    int end = 0;
    bool colocated = false;
};

// Splits text into the terms of the search index, the same way for articles and for queries:
//  - Hangul (and Han, kana) runs become overlapping two-syllable tokens: 삼성전자 → 삼성 성전 전자,
//    so that any substring of two or more syllables is the phrase of its bigrams. A document's
//    run also gives its last syllable alone, at the position of its last bigram (colocated), so
//    that every syllable of the text begins some token: a one-syllable query `차` is the prefix
//    query `차*` and finds 차 wherever it stands, and a phrase across a space ("삼성전자 말했다")
//    still sees its bigrams at consecutive positions. A one-syllable run is that syllable. The
//    index holds as many tokens per run as it has syllables: the same as single syllables.
//  - Other letters and digits form words, case-folded and stemmed by Snowball's English stemmer
//    (libstemmer): "Reports" and "reported" are "report".
//  - Numbers are whole, with the separators between their digits: 3.5, 1,000 (never 1 and 000).
// Not thread-safe (one stemmer per instance): FTS5 creates one per table and connection.
class Tokenizer final
{
public:
    enum class Mode { Document, Query };
    Tokenizer();
    ~Tokenizer();
    Tokenizer(const Tokenizer &) = delete;
    Tokenizer &operator=(const Tokenizer &) = delete;

    // Calls emit(context, token) for each token; stops at the first non-zero return and
    // returns it (FTS5's convention), else 0.
    using Emit = int (*)(void *context, const Token &token);
    int tokenize(std::string_view utf8, Mode mode, void *context, Emit emit);

private:
    int emitWord(std::string_view utf8, int start, int end, bool ascii, void *context, Emit emit);

    sb_stemmer *m_stemmer = nullptr;
    std::string m_folded;
};

// The tokens of `text` as strings, for the query compiler and tests.
struct OwnedToken
{
    std::string text;
    int start = 0; // bytes in the UTF-8 text
    int end = 0;
    bool colocated = false;
};
std::vector<OwnedToken> tokenize(const QString &text, Tokenizer::Mode mode);

// Registers the tokenizer and the ranking function newsmark_rank() on a connection, through
// fts5_api (SELECT fts5(?1) with a pointer bound as "fts5_api_ptr"). Must run before a
// statement touches a table that uses them.
[[nodiscard]] bool registerTokenizer(sqlite3 *db, QString *error);

// True for the characters tokenized as syllables (bigrams): Hangul syllables and compatibility
// jamo, Han ideographs, hiragana and katakana.
[[nodiscard]] constexpr bool isSyllabic(char32_t c)
{
    return (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x3131 && c <= 0x318E)
            || (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF)
            || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF);
}

} // namespace newsmark::search
