#include "search/search_tokenizer.h"

#include <QChar>

#include <libstemmer.h>
#include <sqlite3.h>

#include <algorithm>
#include <array>

namespace newsmark::search {

namespace {

// Decodes one code point at p[i]; a malformed byte is U+FFFD of length 1.
inline int decode(const unsigned char *p, int n, int i, char32_t &c)
{
    const unsigned char b = p[i];
    if (b < 0x80) {
        c = b;
        return 1;
    }
    int length = 0;
    char32_t value = 0;
    if ((b & 0xE0) == 0xC0) {
        length = 2;
        value = b & 0x1F;
    } else if ((b & 0xF0) == 0xE0) {
        length = 3;
        value = b & 0x0F;
    } else if ((b & 0xF8) == 0xF0) {
        length = 4;
        value = b & 0x07;
    } else {
        c = 0xFFFD;
        return 1;
    }
    if (i + length > n) {
        c = 0xFFFD;
        return 1;
    }
    for (int k = 1; k < length; ++k) {
        if ((p[i + k] & 0xC0) != 0x80) {
            c = 0xFFFD;
            return 1;
        }
        value = (value << 6) | (p[i + k] & 0x3F);
    }
    c = value;
    return length;
}

inline bool isAsciiDigit(char32_t c)
{
    return c >= '0' && c <= '9';
}

inline bool isWordCharacter(char32_t c)
{
    if (c < 0x80)
        return isAsciiDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (c == 0xFFFD || isSyllabic(c))
        return false;
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

} // namespace

Tokenizer::Tokenizer()
    : m_stemmer(sb_stemmer_new("english", "UTF_8"))
{ }

Tokenizer::~Tokenizer()
{
    if (m_stemmer)
        sb_stemmer_delete(m_stemmer);
}

int Tokenizer::emitWord(std::string_view utf8, int start, int end, bool ascii, void *context,
                        Emit emit)
{
    const std::string_view word = utf8.substr(size_t(start), size_t(end - start));
    bool letters = false;
    for (const char c : word) {
        if (!(isAsciiDigit(char32_t(c)) || c == '.' || c == ','))
            letters = true;
    }
    if (!letters) // a number, whole
        return emit(context, Token {word, start, end, false});
    if (ascii) {
        m_folded.assign(word);
        for (char &c : m_folded) {
            if (c >= 'A' && c <= 'Z')
                c = char(c - 'A' + 'a');
        }
    } else {
        const QByteArray folded =
                QString::fromUtf8(word.data(), qsizetype(word.size())).toCaseFolded().toUtf8();
        m_folded.assign(folded.constData(), size_t(folded.size()));
    }
    std::string_view term = m_folded;
    if (m_stemmer && m_folded.size() > 2) {
        const sb_symbol *stem =
                sb_stemmer_stem(m_stemmer, reinterpret_cast<const sb_symbol *>(m_folded.data()),
                                int(m_folded.size()));
        if (stem) {
            term = std::string_view(reinterpret_cast<const char *>(stem),
                                    size_t(sb_stemmer_length(m_stemmer)));
        }
    }
    return emit(context, Token {term, start, end, false});
}

int Tokenizer::tokenize(std::string_view utf8, Mode mode, void *context, Emit emit)
{
    const auto *p = reinterpret_cast<const unsigned char *>(utf8.data());
    const int n = int(utf8.size());
    // The starts of a syllable run's last two syllables and of the one before, enough to emit
    // each bigram as the run goes: a run is never held whole.
    int i = 0;
    while (i < n) {
        char32_t c = 0;
        int length = decode(p, n, i, c);
        if (isSyllabic(c)) {
            int previous = i; // start of the syllable before the current one
            int current = i;
            int syllables = 1;
            i += length;
            while (i < n) {
                length = decode(p, n, i, c);
                if (!isSyllabic(c))
                    break;
                // A bigram: the previous syllable and this one.
                previous = current;
                current = i;
                i += length;
                ++syllables;
                if (const int rc = emit(context,
                                        Token {utf8.substr(size_t(previous), size_t(i - previous)),
                                               previous, i, false}))
                    return rc;
            }
            if (syllables == 1 || mode == Mode::Document) {
                if (const int rc = emit(context,
                                        Token {utf8.substr(size_t(current), size_t(i - current)),
                                               current, i, syllables > 1}))
                    return rc;
            }
            continue;
        }
        if (isWordCharacter(c)) {
            const int start = i;
            bool ascii = c < 0x80;
            bool digitsOnly = isAsciiDigit(c);
            bool lastDigit = digitsOnly;
            i += length;
            while (i < n) {
                length = decode(p, n, i, c);
                if (isWordCharacter(c)) {
                    ascii = ascii && c < 0x80;
                    lastDigit = isAsciiDigit(c);
                    digitsOnly = digitsOnly && lastDigit;
                    i += length;
                    continue;
                }
                // 3.5 and 1,000 stay one number.
                if ((c == '.' || c == ',') && digitsOnly && lastDigit && i + 1 < n
                    && isAsciiDigit(p[i + 1])) {
                    i += 1;
                    lastDigit = false;
                    continue;
                }
                break;
            }
            if (const int rc = emitWord(utf8, start, i, ascii, context, emit))
                return rc;
            continue;
        }
        i += length;
    }
    return 0;
}

std::vector<OwnedToken> tokenize(const QString &text, Tokenizer::Mode mode)
{
    static thread_local Tokenizer tokenizer;
    const QByteArray utf8 = text.toUtf8();
    std::vector<OwnedToken> tokens;
    tokenizer.tokenize(
            std::string_view(utf8.constData(), size_t(utf8.size())), mode, &tokens,
            [](void *context, const Token &token) {
                static_cast<std::vector<OwnedToken> *>(context)->push_back(
                        {std::string(token.text), token.start, token.end, token.colocated});
                return 0;
            });
    return tokens;
}

// --- FTS5
// -----------------------------------------------------------------------------------------

namespace {

struct Callback
{
    void *context;
    int (*xToken)(void *, int, const char *, int, int, int);
};

int createTokenizer(void *, const char **, int, Fts5Tokenizer **out)
{
    *out = reinterpret_cast<Fts5Tokenizer *>(new (std::nothrow) Tokenizer());
    return *out ? SQLITE_OK : SQLITE_NOMEM;
}

void deleteTokenizer(Fts5Tokenizer *tokenizer)
{
    delete reinterpret_cast<Tokenizer *>(tokenizer);
}

int runTokenizer(Fts5Tokenizer *tokenizer, void *context, int flags, const char *text, int bytes,
                 int (*xToken)(void *, int, const char *, int, int, int))
{
    if (!text || bytes <= 0)
        return SQLITE_OK;
    const auto mode =
            (flags & FTS5_TOKENIZE_QUERY) ? Tokenizer::Mode::Query : Tokenizer::Mode::Document;
    Callback callback {context, xToken};
    return reinterpret_cast<Tokenizer *>(tokenizer)->tokenize(
            std::string_view(text, size_t(bytes)), mode, &callback,
            [](void *c, const Token &token) {
                const auto *cb = static_cast<Callback *>(c);
                return cb->xToken(cb->context, token.colocated ? FTS5_TOKEN_COLOCATED : 0,
                                  token.text.data(), int(token.text.size()), token.start,
                                  token.end);
            });
}

// newsmark_rank(w1, w2, …): BM25 (k1 = 1.2, b = 0.75) with a weight per column, without the
// IDF factor: FTS5's bm25() finds each phrase's document count by reading every article that
// has the phrase once per query (10–40 ms for a common word over 100,000 articles, more than
// the search itself), and for a query whose phrases must all match anyway it mostly reorders
// ties. Negative, so that ORDER BY rank puts the best first, as with bm25().
void rankFunction(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context,
                  int valueCount, sqlite3_value **values)
{
    constexpr int kMaxColumns = 8;
    constexpr double k1 = 1.2;
    constexpr double b = 0.75;
    const int columns = std::min(api->xColumnCount(fts), kMaxColumns);
    std::array<double, kMaxColumns> frequency {};
    int instances = 0;
    if (api->xInstCount(fts, &instances) != SQLITE_OK) {
        sqlite3_result_error(context, "newsmark_rank: cannot read the matches", -1);
        return;
    }
    for (int i = 0; i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        if (api->xInst(fts, i, &phrase, &column, &offset) == SQLITE_OK && column >= 0
            && column < columns)
            frequency[size_t(column)] += 1;
    }
    sqlite3_int64 rows = 0;
    api->xRowCount(fts, &rows);
    double score = 0;
    for (int column = 0; column < columns; ++column) {
        const double tf = frequency[size_t(column)];
        if (tf == 0)
            continue;
        const double weight = column < valueCount ? sqlite3_value_double(values[column]) : 1.0;
        int length = 0;
        sqlite3_int64 total = 0;
        api->xColumnSize(fts, column, &length);
        api->xColumnTotalSize(fts, column, &total);
        const double average = rows > 0 && total > 0 ? double(total) / double(rows) : 1.0;
        score += weight * tf * (k1 + 1) / (tf + k1 * (1 - b + b * double(length) / average));
    }
    sqlite3_result_double(context, -score);
}

} // namespace

bool registerTokenizer(sqlite3 *db, QString *error)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK) {
        if (error)
            *error = QStringLiteral("this SQLite has no FTS5: %1")
                             .arg(QString::fromUtf8(sqlite3_errmsg(db)));
        return false;
    }
    sqlite3_bind_pointer(statement, 1, &api, "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    if (!api) {
        if (error)
            *error = QStringLiteral("this SQLite gives no fts5_api");
        return false;
    }
    static fts5_tokenizer methods {createTokenizer, deleteTokenizer, runTokenizer};
    if (api->xCreateTokenizer(api, kTokenizerName, nullptr, &methods, nullptr) != SQLITE_OK) {
        if (error)
            *error = QStringLiteral("cannot register the search tokenizer: %1")
                             .arg(QString::fromUtf8(sqlite3_errmsg(db)));
        return false;
    }
    if (api->xCreateFunction(api, "newsmark_rank", nullptr, rankFunction, nullptr) != SQLITE_OK) {
        if (error)
            *error = QStringLiteral("cannot register the search ranking: %1")
                             .arg(QString::fromUtf8(sqlite3_errmsg(db)));
        return false;
    }
    return true;
}

} // namespace newsmark::search
