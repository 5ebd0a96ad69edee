// Search latency at scale, beside FTS5's trigram tokenizer, LIKE and ripgrep over the same
// articles, measured in the same run; index size against the text, build time, and how much
// the index slows an import.
//
//   bench_search LIBRARY CORPUS_DIR [--runs N] [--import-corpus DIR]
//
// LIBRARY is a scratch copy of a Newsmark library (e.g. of /var/tmp/peers/newsmark/lib.sqlite,
// never the template itself): it is upgraded and indexed in place, and a trigram table is
// written into a file beside it. CORPUS_DIR holds the same articles as text files (ripgrep's
// input). Needs ripgrep (`apt install ripgrep`) and ../shared/tools (the queries).

#include "import/import_service.h"
#include "library/library.h"
#include "search/search_query.h"
#include "search/search_tokenizer.h"
#include "storage/database.h"
#include "storage/search_index.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace newsmark;
using namespace Qt::StringLiterals;

namespace {

struct Timing
{
    std::vector<double> ms;
    void add(double v) { ms.push_back(v); }
    double percentile(double p) const
    {
        if (ms.empty())
            return 0;
        std::vector<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        const size_t at = std::min(sorted.size() - 1, size_t(p * double(sorted.size() - 1) + 0.5));
        return sorted[at];
    }
};

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

qint64 scalar(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW)
        value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return value;
}

// Rows of one statement with the words bound as ?1, ?2 …
qint64 countRows(sqlite3 *db, const QString &sql, const QStringList &binds)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db, utf8.constData(), -1, &stmt, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "%s: %s\n", utf8.constData(), sqlite3_errmsg(db));
        return -1;
    }
    std::vector<QByteArray> values;
    for (const QString &b : binds)
        values.push_back(b.toUtf8());
    for (size_t i = 0; i < values.size(); ++i)
        sqlite3_bind_text(stmt, int(i + 1), values[i].constData(), -1, SQLITE_STATIC);
    qint64 rows = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW)
        ++rows;
    sqlite3_finalize(stmt);
    return rows;
}

QStringList wordsOf(const QString &query)
{
    if (query.startsWith(u'"'))
        return {query.mid(1, query.size() - 2)};
    QStringList words;
    for (const QString &w : query.split(u' ', Qt::SkipEmptyParts)) {
        if (!w.contains(u':'))
            words << w;
    }
    return words;
}

// Files (under `dir`) containing every word: rg -l for the first, then the others on its list.
qint64 ripgrep(const QString &dir, const QStringList &words)
{
    QString script = u"rg -l -F -g '*.txt' -e \"$1\" \"$DIR\""_s;
    for (int i = 1; i < words.size(); ++i)
        script += u" | tr '\\n' '\\0' | xargs -0 -r rg -l -F -e \"$%1\""_s.arg(i + 1);
    script += u" | wc -l"_s;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DIR"_s, dir);
    process.setProcessEnvironment(env);
    process.start(u"sh"_s, QStringList {u"-c"_s, script, u"rg"_s} + words);
    process.waitForFinished(-1);
    return process.readAllStandardOutput().trimmed().toLongLong();
}

QStringList benchmarkQueries()
{
    QProcess process;
    process.start(u"python3"_s,
                  {u"-c"_s,
                   u"import sys; sys.path.insert(0, '%1'); import korean_news;"
                   u" print('\\n'.join(korean_news.QUERIES))"_s.arg(
                           QStringLiteral(NEWSMARK_SHARED_DIR "/tools"))});
    process.waitForFinished(-1);
    QStringList queries =
            QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    // One- and two-syllable words, a phrase and field queries of our own.
    queries << u"금리"_s << u"기아"_s << u"삼성"_s << u"차"_s << u"전"_s << u"기아 전기차"_s
            << u"\"전기차 판매\""_s << u"headline:반도체"_s << u"금리 is:unread"_s;
    return queries;
}

// The index's size on disk against the text it indexes.
qint64 reportSizes(sqlite3 *db)
{
    const qint64 articles = scalar(db, "SELECT count(*) FROM articles WHERE deleted_at IS NULL");
    const qint64 textBytes = scalar(db,
                                    "SELECT sum(length(CAST(headline AS BLOB)) + length(CAST("
                                    "subheadlines AS BLOB)) + length(CAST(outlet AS BLOB)) + "
                                    "length(CAST(reporter AS BLOB)) + length(CAST(body AS BLOB)))"
                                    " FROM articles WHERE deleted_at IS NULL");
    // Pages on disk (SQLite's dbstat), and what they hold (payload).
    const qint64 indexBytes = scalar(db,
                                     "SELECT sum(pgsize) FROM dbstat WHERE name IN"
                                     " ('article_search_data', 'article_search_idx',"
                                     " 'article_search_docsize', 'article_search_config')");
    const qint64 indexPayload = scalar(db,
                                       "SELECT sum(payload) FROM dbstat WHERE name IN"
                                       " ('article_search_data', 'article_search_idx',"
                                       " 'article_search_docsize', 'article_search_config')");
    std::printf("articles: %lld, text: %.1f MB, index: %.1f MB on disk (%.3f× the text), "
                "%.1f MB of payload (%.3f×)\n",
                articles, double(textBytes) / 1e6, double(indexBytes) / 1e6,
                double(indexBytes) / double(textBytes), double(indexPayload) / 1e6,
                double(indexPayload) / double(textBytes));

    return textBytes;
}

enum class Indexing { None, InTransaction, Queued };

struct ImportTimes
{
    double committed = -1; // seconds until the import's transactions are committed
    double indexed = -1; // until its articles are in the search index too
    double committedCpu = -1; // CPU seconds, the same two moments
    double indexedCpu = -1;
};

// An import of `corpus` into a new library: without the search index (its triggers dropped),
// with the index written inside the import's transactions (format 11's trigger, put back), or
// as the library does it now (format 13: the import queues its articles, SearchIndex::build
// indexes the queue after the commit, as newsmark-cli import does).
ImportTimes importSeconds(const QString &library, const QString &corpus, Indexing indexing)
{
    QFile::remove(library);
    QFile::remove(library + u"-wal"_s);
    QFile::remove(library + u"-shm"_s);
    auto opened = Library::open(library);
    if (!opened.ok())
        return {};
    Library &lib = *opened.value();
    if (indexing == Indexing::None) {
        lib.database().exec("DROP TRIGGER articles_searched_in");
        lib.database().exec("DROP TRIGGER articles_searched_out");
        lib.database().exec("DROP TRIGGER articles_searched_changed");
    } else if (indexing == Indexing::InTransaction) {
        lib.database().exec("DROP TRIGGER articles_searched_in");
        lib.database().exec(
                "CREATE TRIGGER articles_searched_in AFTER INSERT ON articles"
                " WHEN new.deleted_at IS NULL BEGIN"
                " INSERT INTO article_search (rowid, headline, subheadlines, outlet, reporter,"
                " body) VALUES (new.id, new.headline, new.subheadlines, new.outlet,"
                " new.reporter, new.body); END");
    }
    // Experiments: NEWSMARK_FTS_CONFIG="automerge=0;hashsize=8388608" sets FTS5 options first.
    for (const QString &setting :
         qEnvironmentVariable("NEWSMARK_FTS_CONFIG").split(u';', Qt::SkipEmptyParts)) {
        const QStringList kv = setting.split(u'=');
        const QByteArray sql = "INSERT INTO article_search (article_search, rank) VALUES ('"
                + kv.value(0).toUtf8() + "', " + kv.value(1).toUtf8() + ")";
        lib.database().exec(sql.constData());
    }
    ImportService importer(lib.articles());
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpu = std::clock();
    const ImportReport report = importer.importPaths({corpus}, {});
    Q_UNUSED(report);
    ImportTimes times;
    times.committed = msSince(timer) / 1000.0;
    const double committedCpu = double(std::clock() - cpu) / CLOCKS_PER_SEC;
    if (indexing == Indexing::Queued) {
        SearchIndex index(lib.database());
        // Experiments: NEWSMARK_BUILD_BATCH=256 indexes the queue in the import's batch size.
        const int batch = qEnvironmentVariableIntValue("NEWSMARK_BUILD_BATCH");
        if (!index.build({}, batch > 0 ? batch : 1000).ok())
            std::fprintf(stderr, "the queue's build failed\n");
    }
    times.indexed = indexing == Indexing::None ? times.committed : msSince(timer) / 1000.0;
    times.committedCpu = committedCpu;
    times.indexedCpu = double(std::clock() - cpu) / CLOCKS_PER_SEC;
    const char *names[] = {"without the index", "indexed in its transaction",
                           "queued, then indexed"};
    // CPU time too: beside jobs of a higher priority, wall time says more about them than us.
    std::printf("  import %s: %.1f s wall until committed (%.1f s CPU), %.1f s until indexed"
                " (%.1f s CPU)\n",
                names[int(indexing)], times.committed, committedCpu, times.indexed,
                double(std::clock() - cpu) / CLOCKS_PER_SEC);
    if (indexing != Indexing::None) {
        std::printf("  ");
        reportSizes(lib.database().handle());
    }
    return times;
}

// The three imports one after the other, in the same run, and the slowdowns against none.
void compareImports(const QString &scratch, const QString &corpus)
{
    // Experiments: NEWSMARK_IMPORTS=queued runs that import alone (its time and the index size).
    if (qEnvironmentVariable("NEWSMARK_IMPORTS") == u"queued") {
        importSeconds(scratch, corpus, Indexing::Queued);
        return;
    }
    // A first import reads the corpus from the disk; the ones compared read it from the cache.
    std::printf("  (warm-up)");
    importSeconds(scratch, corpus, Indexing::None);
    const ImportTimes none = importSeconds(scratch, corpus, Indexing::None);
    const ImportTimes inside = importSeconds(scratch, corpus, Indexing::InTransaction);
    const ImportTimes queued = importSeconds(scratch, corpus, Indexing::Queued);
    std::printf("import %s: %.1f s without the index; index in the import's transaction %.1f s"
                " (%+.0f %%); queued: committed after %.1f s (%+.0f %%), indexed after %.1f s"
                " (%+.0f %%)\n",
                qPrintable(corpus), none.committed, inside.committed,
                (inside.committed / none.committed - 1) * 100, queued.committed,
                (queued.committed / none.committed - 1) * 100, queued.indexed,
                (queued.indexed / none.committed - 1) * 100);
    std::printf("  CPU: %.1f s without; %.1f s in the transaction (%+.0f %%); queued %.1f s until"
                " committed (%+.0f %%), %.1f s until indexed (%+.0f %%)\n",
                none.committedCpu, inside.committedCpu,
                (inside.committedCpu / none.committedCpu - 1) * 100, queued.committedCpu,
                (queued.committedCpu / none.committedCpu - 1) * 100, queued.indexedCpu,
                (queued.indexedCpu / none.committedCpu - 1) * 100);
}

void measureTokenizer(sqlite3 *db)
{
    QElapsedTimer timer;
    {
        // The tokenizer alone over the first 10,000 articles' text, beside a plain code-point
        // count of the same bytes.
        QByteArray text;
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(db,
                           "SELECT headline || ' ' || subheadlines || ' ' || outlet || ' ' ||"
                           " reporter || ' ' || body FROM articles ORDER BY id LIMIT 10000",
                           -1, &stmt, nullptr);
        while (sqlite3_step(stmt) == SQLITE_ROW)
            text.append(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)),
                        sqlite3_column_bytes(stmt, 0));
        sqlite3_finalize(stmt);
        search::Tokenizer tokenizer;
        qint64 tokens = 0;
        timer.restart();
        tokenizer.tokenize(std::string_view(text.constData(), size_t(text.size())),
                           search::Tokenizer::Mode::Document, &tokens,
                           [](void *count, const search::Token &) {
                               ++*static_cast<qint64 *>(count);
                               return 0;
                           });
        const double tokenizeMs = msSince(timer);
        timer.restart();
        qint64 points = 0;
        for (const char c : text)
            points += (uchar(c) & 0xC0) != 0x80;
        const double countMs = msSince(timer);
        std::printf("tokenizer: %.1f MB, %lld tokens (%.2f per code point) in %.0f ms = %.0f MB/s"
                    " (a code-point count: %.0f ms)\n",
                    double(text.size()) / 1e6, tokens, double(tokens) / double(points), tokenizeMs,
                    double(text.size()) / 1e3 / tokenizeMs, countMs);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int runs = 5;
    QString importCorpus;
    bool importOnly = false;
    bool searchOnly = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--runs" && i + 1 < args.size()) {
            runs = args.at(i + 1).toInt();
            args.remove(i, 2);
            --i;
        } else if (args.at(i) == u"--search-only") {
            searchOnly = true;
            args.remove(i, 1);
            --i;
        } else if (args.at(i) == u"--import-only") {
            importOnly = true;
            args.remove(i, 1);
            --i;
        } else if (args.at(i) == u"--import-corpus" && i + 1 < args.size()) {
            importCorpus = args.at(i + 1);
            args.remove(i, 2);
            --i;
        }
    }
    if (args.size() != 2) {
        std::fprintf(stderr,
                     "usage: bench_search LIBRARY CORPUS_DIR [--runs N] "
                     "[--import-corpus DIR]\n");
        return 2;
    }
    const QString path = args.at(0);
    const QString corpus = args.at(1);
    if (importOnly) {
        const QString scratch = path + u".import.sqlite"_s;
        compareImports(scratch, importCorpus);
        sqlite3 *db = nullptr;
        sqlite3_open(scratch.toUtf8().constData(), &db);
        measureTokenizer(db);
        sqlite3_close(db);
        return 0;
    }
    const QStringList queries = benchmarkQueries();

    // Upgrade and build.
    QElapsedTimer timer;
    timer.start();
    auto opened = Library::open(path);
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    Library &library = *opened.value();
    std::printf("open (and upgrade, if needed): %.1f s\n", msSince(timer) / 1000);
    for (const QString &pragma :
         qEnvironmentVariable("NEWSMARK_PRAGMAS").split(u';', Qt::SkipEmptyParts))
        library.database().exec((u"PRAGMA "_s + pragma).toUtf8().constData());
    SearchIndex index(library.database());
    const qint64 pending = index.pendingCount();
    timer.restart();
    if (!index.build().ok())
        return 1;
    if (pending > 0)
        std::printf("index build: %lld articles in %.1f s\n", pending, msSince(timer) / 1000);
    sqlite3 *db = library.database().handle();
    const qint64 textBytes = reportSizes(db);

    measureTokenizer(db);

    if (searchOnly) {
        for (const QString &query : queries) {
            const search::ParsedQuery parsed = search::parseQuery(query);
            Timing allOne;
            Timing topOne;
            for (int r = 0; r < runs; ++r) {
                timer.restart();
                auto ids = index.matchingArticles(parsed.query);
                allOne.add(msSince(timer));
                timer.restart();
                SearchOptions options;
                auto hits = index.searchArticles(parsed.query, options);
                topOne.add(msSince(timer));
                Q_UNUSED(ids);
                Q_UNUSED(hits);
            }
            std::printf("%-36s | %9.2f %9.2f\n", qPrintable(query), allOne.percentile(0.5),
                        topOne.percentile(0.5));
        }
        return 0;
    }

    // The trigram baseline, in a file of its own.
    const QString trigramPath = path + u".trigram"_s;
    QFile::remove(trigramPath);
    sqlite3 *tri = nullptr;
    sqlite3_open(trigramPath.toUtf8().constData(), &tri);
    sqlite3_exec(tri, "PRAGMA journal_mode = OFF", nullptr, nullptr, nullptr);
    const QByteArray attach = "ATTACH '" + path.toUtf8() + "' AS lib";
    sqlite3_exec(tri, attach.constData(), nullptr, nullptr, nullptr);
    timer.restart();
    sqlite3_exec(tri,
                 "CREATE VIRTUAL TABLE t USING fts5(text, tokenize = 'trigram');"
                 "INSERT INTO t (rowid, text) SELECT id, headline || ' ' || subheadlines || ' '"
                 " || outlet || ' ' || reporter || ' ' || body FROM lib.articles"
                 " WHERE deleted_at IS NULL;"
                 "INSERT INTO t (t) VALUES ('optimize');",
                 nullptr, nullptr, nullptr);
    const double trigramBuild = msSince(timer) / 1000;
    const qint64 trigramIndexOnly = scalar(tri,
                                           "SELECT sum(pgsize) FROM dbstat WHERE name IN"
                                           " ('t_data', 't_idx', 't_docsize', 't_config')");
    const qint64 trigramBytes =
            scalar(tri, "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 't\\_%' ESCAPE '\\'");
    std::printf("trigram: build %.1f s, index %.1f MB on disk (%.3f× the text; with its copy of "
                "the text %.3f×)\n",
                trigramBuild, double(trigramIndexOnly) / 1e6,
                double(trigramIndexOnly) / double(textBytes),
                double(trigramBytes) / double(textBytes));

    Timing all;
    Timing top;
    Timing trigram;
    Timing like;
    Timing rg;
    std::printf("\n%-36s %8s %8s %8s %8s | %9s %9s %9s %9s %9s\n", "query", "search", "trigram",
                "LIKE", "rg", "all ms", "top50 ms", "trigr ms", "LIKE ms", "rg ms");
    for (const QString &query : queries) {
        const search::ParsedQuery parsed = search::parseQuery(query);
        if (!parsed.ok()) {
            std::printf("%s: %s\n", qPrintable(query), qPrintable(parsed.error->message()));
            continue;
        }
        qint64 found = 0;
        Timing allOne;
        Timing topOne;
        for (int r = 0; r < runs; ++r) {
            timer.restart();
            auto ids = index.matchingArticles(parsed.query);
            allOne.add(msSince(timer));
            found = ids.ok() ? ids->size() : -1;
            timer.restart();
            SearchOptions options;
            options.limit = 50;
            auto hits = index.searchArticles(parsed.query, options);
            topOne.add(msSince(timer));
        }
        all.ms.insert(all.ms.end(), allOne.ms.begin(), allOne.ms.end());
        top.ms.insert(top.ms.end(), topOne.ms.begin(), topOne.ms.end());

        const QStringList words = wordsOf(query);
        const bool fieldQuery = query.contains(u':');
        // Trigram: each word a quoted string (FTS5 drops what is shorter than three characters).
        QStringList quotedWords;
        for (const QString &w : words)
            quotedWords << u'"' + w + u'"';
        qint64 trigramFound = -1;
        double trigramMs = 0;
        qint64 likeFound = -1;
        double likeMs = 0;
        qint64 rgFound = -1;
        double rgMs = 0;
        if (!fieldQuery) {
            Timing one;
            for (int r = 0; r < runs; ++r) {
                timer.restart();
                trigramFound = countRows(tri, u"SELECT rowid FROM t WHERE t MATCH ?1"_s,
                                         {quotedWords.join(u" AND "_s)});
                one.add(msSince(timer));
            }
            trigramMs = one.percentile(0.5);
            trigram.ms.insert(trigram.ms.end(), one.ms.begin(), one.ms.end());
            QString sql = u"SELECT id FROM articles WHERE deleted_at IS NULL"_s;
            QStringList patterns;
            for (qsizetype i = 0; i < words.size(); ++i) {
                sql += u" AND (headline || ' ' || subheadlines || ' ' || outlet || ' ' || "
                       u"reporter || ' ' || body) LIKE ?%1"_s.arg(i + 1);
                patterns << u'%' + words.at(i) + u'%';
            }
            timer.restart();
            likeFound = countRows(db, sql, patterns);
            likeMs = msSince(timer);
            like.add(likeMs);
            timer.restart();
            rgFound = ripgrep(corpus, words);
            rgMs = msSince(timer);
            rg.add(rgMs);
        }
        std::printf("%-36s %8lld %8lld %8lld %8lld | %9.2f %9.2f %9.2f %9.1f %9.1f\n",
                    qPrintable(query), found, trigramFound, likeFound, rgFound,
                    allOne.percentile(0.5), topOne.percentile(0.5), trigramMs, likeMs, rgMs);
        std::fflush(stdout);
    }
    std::printf("\nmedian / p95 ms: search all %.2f / %.2f, top 50 with snippets %.2f / %.2f, "
                "trigram %.2f / %.2f, LIKE %.0f / %.0f, ripgrep %.0f / %.0f\n",
                all.percentile(0.5), all.percentile(0.95), top.percentile(0.5),
                top.percentile(0.95), trigram.percentile(0.5), trigram.percentile(0.95),
                like.percentile(0.5), like.percentile(0.95), rg.percentile(0.5),
                rg.percentile(0.95));
    std::printf("ripgrep / search (medians): %.0f×\n", rg.percentile(0.5) / all.percentile(0.5));
    sqlite3_close(tri);
    QFile::remove(trigramPath);

    if (!importCorpus.isEmpty()) {
        const QString scratch = path + u".import.sqlite"_s;
        compareImports(scratch, importCorpus);
        QFile::remove(scratch);
        QFile::remove(scratch + u"-wal"_s);
        QFile::remove(scratch + u"-shm"_s);
    }
    return 0;
}
