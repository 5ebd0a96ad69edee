// newsmark-cli search and index end to end: the built executable on real library files. The
// correctness check imports a few thousand synthetic articles (../shared/tools/make_corpus.py;
// skipped when ../shared is absent) and compares, for the 20 benchmark queries and one- and
// two-syllable words, the articles search finds with those a plain substring scan (LIKE) finds
// in the same text: 0 misses, 0 extras.
#include "cli_runner.h"

#include "library/library.h"
#include "search/search_query.h"
#include "storage/database.h"
#include "storage/search_index.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace newsmark::test;

namespace {

void writeText(const QString &path, const QString &text)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    file.write(text.toUtf8());
}

// Ids of the articles whose text contains every word as a substring (LIKE), outside the Trash.
QSet<qint64> likeIds(const QString &library, const QStringList &words)
{
    sqlite3 *db = nullptr;
    QSet<qint64> ids;
    if (sqlite3_open_v2(library.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr)
        != SQLITE_OK) {
        sqlite3_close(db);
        return ids;
    }
    QString sql = u"SELECT id FROM articles WHERE deleted_at IS NULL"_s;
    for (qsizetype i = 0; i < words.size(); ++i)
        sql += u" AND (headline || ' ' || subheadlines || ' ' || outlet || ' ' || reporter"
               u" || ' ' || body) LIKE ?%1"_s.arg(i + 1);
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db, utf8.constData(), -1, &stmt, nullptr) == SQLITE_OK) {
        std::vector<QByteArray> patterns;
        for (const QString &word : words)
            patterns.push_back((u'%' + word + u'%').toUtf8());
        for (size_t i = 0; i < patterns.size(); ++i)
            sqlite3_bind_text(stmt, int(i + 1), patterns[i].constData(), -1, SQLITE_STATIC);
        while (sqlite3_step(stmt) == SQLITE_ROW)
            ids.insert(sqlite3_column_int64(stmt, 0));
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return ids;
}

} // namespace

class TestCliSearch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_library;

    CliRun cli(QStringList arguments)
    {
        arguments << u"--library"_s << m_library;
        return runCli(arguments, m_dir.path());
    }

    QJsonObject searchJson(const QStringList &arguments)
    {
        const CliRun run = cli(QStringList {u"search"_s, u"--json"_s} + arguments);
        if (run.exitCode != 0)
            qWarning() << run.err;
        return QJsonDocument::fromJson(run.rawOut).object();
    }

    QSet<qint64> searchIds(const QString &query)
    {
        QSet<qint64> ids;
        const QJsonObject found = searchJson({u"--limit"_s, u"0"_s, query});
        for (const QJsonValue &v : found[u"results"_s].toArray())
            ids.insert(v[u"id"_s].toInteger());
        return ids;
    }

private Q_SLOTS:
    void init()
    {
        m_library = m_dir.filePath(
                u"lib-%1.sqlite"_s.arg(QLatin1StringView(QTest::currentTestFunction())));
    }

    void searchPrintsMatchesAndOffsets()
    {
        const QString folder = m_dir.filePath(u"articles"_s);
        QVERIFY(QDir().mkpath(folder));
        writeText(folder + u"/a.txt"_s,
                  u"기아, 3월 전기차 판매 늘어\n\n[한빛경제 김하늘 기자]\n\n기아가 3월 전기차 "
                  u"판매량을 발표했다.\n"_s);
        writeText(folder + u"/b.txt"_s,
                  u"한국은행 기준금리 동결\n\n한국은행은 기준금리를 연 3.5%로 유지했다.\n"_s);
        QCOMPARE(cli({u"import"_s, folder}).exitCode, 0);

        const CliRun text = cli({u"search"_s, u"기아"_s, u"전기차"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(u"«기아», 3월 «전기차» 판매 늘어"_s), qPrintable(text.out));
        QVERIFY2(text.out.contains(u"«기아»가 3월 «전기차» 판매량을"_s), qPrintable(text.out));
        QVERIFY(!text.out.contains(u"금리"_s));

        const QJsonObject json = searchJson({u"금리"_s});
        QCOMPARE(json[u"total"_s].toInteger(), 1);
        const QJsonObject hit = json[u"results"_s].toArray().first().toObject();
        QCOMPARE(hit[u"headline"_s].toString(), u"한국은행 기준금리 동결"_s);
        QCOMPARE(hit[u"headline_matches"_s].toArray(), (QJsonArray {QJsonArray {7, 9}}));
        const QString snippet = hit[u"snippet"_s].toString();
        const QJsonArray first = hit[u"snippet_matches"_s].toArray().first().toArray();
        QCOMPARE(snippet.mid(first[0].toInt(), first[1].toInt() - first[0].toInt()), u"금리"_s);

        const CliRun none = cli({u"search"_s, u"파운드리"_s});
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(none.out, u"No article matches 파운드리.\n"_s);
    }

    void errorsSayWhereAndExitTwo()
    {
        QCOMPARE(cli({u"init"_s}).exitCode, 0);
        const CliRun wrong = cli({u"search"_s, u"orgg:삼성"_s});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.startsWith(u"newsmark-cli search: unknown field 'orgg' at 1–5; did "
                                      u"you mean org:?\n"_s),
                 qPrintable(wrong.err));
        const CliRun open = cli({u"search"_s, u"(금리"_s});
        QCOMPARE(open.exitCode, 2);
        QVERIFY2(open.err.contains(u"'(' is not closed at 1"_s), qPrintable(open.err));
        const CliRun sort = cli({u"search"_s, u"--sort"_s, u"size"_s, u"금리"_s});
        QCOMPARE(sort.exitCode, 2);
        QVERIFY2(sort.err.contains(u"--sort takes rank or date, not 'size'"_s),
                 qPrintable(sort.err));
        const CliRun entity = cli({u"search"_s, u"org:가온전자"_s});
        QCOMPARE(entity.exitCode, 1);
        QVERIFY2(entity.err.contains(u"no organization '가온전자' in the library's entity index"_s),
                 qPrintable(entity.err));
    }

    void notesAreSearched()
    {
        const QString folder = m_dir.filePath(u"notes"_s);
        QVERIFY(QDir().mkpath(folder));
        writeText(folder + u"/a.txt"_s,
                  u"삼성전자 파운드리 투자\n\n삼성전자가 파운드리에 3조원을 투자한다.\n"_s);
        QCOMPARE(cli({u"import"_s, folder}).exitCode, 0);
        const CliRun added = cli({u"notes"_s, u"add"_s, u"1"_s, u"--quote"_s, u"3조원"_s,
                                  u"--text"_s, u"투자 규모 확인"_s, u"--tag"_s, u"금액"_s});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const CliRun byTag = cli({u"search"_s, u"--notes"_s, u"tag:금액"_s});
        QCOMPARE(byTag.exitCode, 0);
        QVERIFY2(byTag.out.contains(u"article 1  삼성전자 파운드리 투자"_s), qPrintable(byTag.out));
        QVERIFY2(byTag.out.contains(u"tags: 금액"_s), qPrintable(byTag.out));
        const CliRun byComment = cli({u"search"_s, u"--notes"_s, u"규모"_s});
        QVERIFY2(byComment.out.contains(u"투자 «규모» 확인"_s), qPrintable(byComment.out));
        // Articles with such a note.
        QCOMPARE(searchIds(u"tag:금액 has:note"_s), (QSet<qint64> {1}));
        // A trashed article is found no more, nor are its notes.
        QCOMPARE(cli({u"delete"_s, u"1"_s}).exitCode, 0);
        QCOMPARE(searchIds(u"파운드리"_s), QSet<qint64> {});
        QCOMPARE(cli({u"search"_s, u"--notes"_s, u"규모"_s}).out, u"No note matches 규모.\n"_s);
        QCOMPARE(cli({u"restore"_s, u"1"_s}).exitCode, 0);
        QCOMPARE(searchIds(u"파운드리"_s), (QSet<qint64> {1}));
    }

    void indexCommand()
    {
        QCOMPARE(cli({u"init"_s}).exitCode, 0);
        const CliRun up = cli({u"index"_s});
        QCOMPARE(up.exitCode, 0);
        QCOMPARE(up.out, u"The search index is up to date.\n"_s);
        const CliRun rebuilt = cli({u"index"_s, u"--rebuild"_s});
        QCOMPARE(rebuilt.exitCode, 0);
        QVERIFY(rebuilt.out.startsWith(u"Rebuilt the search index"_s));
    }

    // Search finds what LIKE finds, on a few thousand synthetic articles.
    void sameAsSubstringScan()
    {
        const QString tools = QStringLiteral(SHARED_TOOLS);
        if (!QFileInfo::exists(tools + u"/make_corpus.py"_s))
            QSKIP("../shared/tools is absent");
        const QString corpus = m_dir.filePath(u"corpus"_s);
        QProcess make;
        make.start(u"python3"_s, {tools + u"/make_corpus.py"_s, u"3000"_s, corpus});
        QVERIFY(make.waitForFinished(300000) && make.exitCode() == 0);
        QCOMPARE(cli({u"import"_s, corpus}).exitCode, 0);

        QProcess queries;
        queries.start(u"python3"_s,
                      {u"-c"_s,
                       u"import sys; sys.path.insert(0, '%1'); import korean_news;"
                       u" print('\\n'.join(korean_news.QUERIES))"_s.arg(tools)});
        QVERIFY(queries.waitForFinished(60000) && queries.exitCode() == 0);
        QStringList all =
                QString::fromUtf8(queries.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(all.size(), 20);
        all << u"금리"_s << u"기아"_s << u"차"_s << u"삼성"_s << u"반도체"_s << u"전"_s << u"값"_s
            << u"기아 전기차"_s << u"\"전기차 판매\""_s;
        int nonEmpty = 0;
        for (const QString &query : all) {
            QStringList words;
            if (query.startsWith(u'"'))
                words << query.mid(1, query.size() - 2);
            else
                words = query.split(u' ');
            const QSet<qint64> like = likeIds(m_library, words);
            const QSet<qint64> found = searchIds(query);
            const QSet<qint64> misses = like - found;
            const QSet<qint64> extras = found - like;
            QVERIFY2(misses.isEmpty() && extras.isEmpty(),
                     qPrintable(u"%1: LIKE %2, search %3, %4 misses, %5 extras"_s.arg(query)
                                        .arg(like.size())
                                        .arg(found.size())
                                        .arg(misses.size())
                                        .arg(extras.size())));
            if (!like.isEmpty())
                ++nonEmpty;
            qInfo().noquote() << query << like.size() << "articles";
        }
        // The comparison means something only where there was something to find.
        QVERIFY(nonEmpty >= all.size() - 2);
    }

    // money: across currencies through the CLI: at the query's rate, at the Amounts panel's
    // (the settings file the window writes); without either, what cannot be compared is left out
    // and said.
    void moneyAcrossCurrencies()
    {
        const QString folder = m_dir.filePath(u"money"_s);
        QVERIFY(QDir().mkpath(folder));
        writeText(
                folder + u"/a.txt"_s,
                u"누리자동차 새 공장\n\n누리자동차가 울산에 1조 5천억원을 들여 공장을 짓는다.\n"_s);
        writeText(folder + u"/b.txt"_s,
                  u"다온식품 설비 투자\n\n다온식품이 설비에 800억원을 쓴다.\n"_s);
        writeText(folder + u"/c.txt"_s,
                  u"Larkfield buys a rival\n\nLarkfield will pay $900 million for Oxbow.\n"_s);
        QCOMPARE(cli({u"import"_s, folder}).exitCode, 0);

        // No rate: the won articles cannot be compared with dollars; they are left out and
        // the user is told which rate would decide them.
        const CliRun noRate = cli({u"search"_s, u"money:>$1bn"_s});
        QCOMPARE(noRate.exitCode, 0);
        QVERIFY2(noRate.out.contains(u"No article matches"_s), qPrintable(noRate.out));
        QVERIFY2(noRate.err.contains(u"2 articles left out: no KRW rate for USD at 1–11; add "
                                     u"rate:USD=1400 (KRW per USD) or set one in the Amounts "
                                     u"panel"_s),
                 qPrintable(noRate.err));
        // 1조 5천억원 is $1.07bn at 1,400 won, $0.94bn at 1,600.
        QCOMPARE(searchIds(u"money:>$1bn rate:USD=1400"_s), (QSet<qint64> {1}));
        QCOMPARE(searchIds(u"money:>$1bn rate:USD=1600"_s), QSet<qint64> {});
        // $900 million is 1조 2,600억원 at 1,400 won.
        QCOMPARE(searchIds(u"money:>1조원 rate:USD=1400"_s), (QSet<qint64> {1, 3}));

        // The Amounts panel's rate, from the settings file of the user the command runs as.
        {
            QSettings settings(m_dir.filePath(u"xdg-config/Newsmark/Newsmark.conf"_s),
                               QSettings::IniFormat);
            settings.setValue(u"amounts/rates/USD-KRW"_s, u"1300"_s);
        }
        QCOMPARE(searchIds(u"money:>$1bn"_s), (QSet<qint64> {1}));
        QCOMPARE(searchIds(u"money:>=11000억원"_s), (QSet<qint64> {1, 3}));
        // The query's rate goes over the settings'.
        QCOMPARE(searchIds(u"money:>$1bn rate:USD=1600"_s), QSet<qint64> {});
        const CliRun text = cli({u"search"_s, u"money:>$1bn"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(u"누리자동차 새 공장"_s), qPrintable(text.out));
    }

    // An import queues its articles for the index and indexes them after its commit. Killed
    // (kill -9) during that, it loses nothing: every article is in the library, the ones still
    // queued are found by search all the same, and the next run indexes them.
    void killedWhileIndexingLosesNothing()
    {
        const QString folder = m_dir.filePath(u"many"_s);
        QVERIFY(QDir().mkpath(folder));
        // Filler words and, per article, a code word of syllables the filler never uses.
        const QStringList filler {u"경제"_s,   u"시장"_s, u"정부"_s, u"기업"_s, u"투자"_s,
                                  u"반도체"_s, u"수출"_s, u"금리"_s, u"은행"_s, u"발표"_s,
                                  u"증가"_s,   u"감소"_s, u"전망"_s, u"분석"_s, u"회의"_s,
                                  u"정책"_s,   u"산업"_s, u"기술"_s, u"개발"_s, u"성장"_s};
        const QString digits = u"갸냐댜랴뱌퍄햐꺄챠탸"_s;
        const auto code = [&](int i) {
            QString word;
            for (int k = 0; k < 4; ++k, i /= 10)
                word.prepend(digits.at(i % 10));
            return word;
        };
        constexpr int kArticles = 4000;
        quint32 seed = 12345;
        for (int i = 0; i < kArticles; ++i) {
            // About 4 KB each: four batches of the queue, each some tenths of a second.
            QString body;
            for (int w = 0; w < 450; ++w) {
                seed = seed * 1664525u + 1013904223u;
                body += filler.at(int((seed >> 16) % quint32(filler.size()))) + u' ';
            }
            writeText(folder + u"/%1.txt"_s.arg(i, 4, 10, QChar(u'0')),
                      u"표본 기사 %1\n\n%2%1 끝.\n"_s.arg(code(i), body));
        }
        QProcess import;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"xdg-data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"xdg-config"_s));
        // The index's batches are logged as they commit: the moment to kill the process.
        env.insert(u"QT_LOGGING_RULES"_s, u"newsmark.storage.debug=true"_s);
        import.setProcessEnvironment(env);
        import.setReadChannel(QProcess::StandardError);
        import.start(QStringLiteral(NEWSMARK_CLI),
                     {u"import"_s, folder, u"--library"_s, m_library});
        QVERIFY(import.waitForStarted());
        QByteArray err;
        while (!err.contains("search index: indexed")) {
            if (import.state() != QProcess::Running) {
                err += import.readAllStandardError();
                QVERIFY2(err.contains("search index: indexed"), err.constData());
                break;
            }
            import.waitForReadyRead(1000);
            err += import.readAllStandardError();
        }
        import.kill();
        QVERIFY(import.waitForFinished(30000));
        QCOMPARE(import.exitStatus(), QProcess::CrashExit);

        qint64 pendingId = 0;
        {
            auto opened = newsmark::Library::open(m_library);
            QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error()));
            newsmark::SearchIndex index(opened.value()->database());
            const qint64 pending = index.pendingCount();
            QVERIFY2(pending > 0 && pending < kArticles, qPrintable(QString::number(pending)));
            // Every article is in the library; a queued one is found by its code word, and a
            // common word finds what LIKE finds, indexed and queued alike.
            QCOMPARE(likeIds(m_library, {u"표본 기사"_s}).size(), kArticles);
            newsmark::Statement last(opened.value()->database(),
                                     "SELECT max(article_id) FROM search_pending");
            QVERIFY(last.step());
            pendingId = last.int64(0);
            newsmark::Statement headline(opened.value()->database(),
                                         "SELECT headline FROM articles WHERE id = ?1");
            headline.bind(1, pendingId);
            QVERIFY(headline.step());
            const QString word = headline.text(0).section(u' ', 2);
            const auto found = index.matchingArticles(newsmark::search::parseQuery(word).query);
            QVERIFY(found.ok());
            QCOMPARE(found.value(), QList<qint64> {pendingId});
            const auto common =
                    index.matchingArticles(newsmark::search::parseQuery(u"반도체 금리"_s).query);
            QVERIFY(common.ok());
            const QList<qint64> commonIds = common.value();
            QCOMPARE(QSet<qint64>(commonIds.begin(), commonIds.end()),
                     likeIds(m_library, {u"반도체"_s, u"금리"_s}));
        }
        // The next run that writes indexes what was left.
        const QString more = m_dir.filePath(u"more"_s);
        QVERIFY(QDir().mkpath(more));
        writeText(more + u"/x.txt"_s, u"추가 기사\n\n하나 더.\n"_s);
        const CliRun next = cli({u"import"_s, more});
        QVERIFY2(next.exitCode == 0, qPrintable(next.err));
        auto opened = newsmark::Library::open(m_library);
        QVERIFY(opened.ok());
        newsmark::SearchIndex index(opened.value()->database());
        QCOMPARE(index.pendingCount(), 0);
        newsmark::Statement indexed(opened.value()->database(),
                                    "SELECT count(*) FROM article_search WHERE article_search"
                                    " MATCH '\"표본\"'");
        QVERIFY(indexed.step());
        QCOMPARE(indexed.int64(0), kArticles);
    }
};

QTEST_GUILESS_MAIN(TestCliSearch)
#include "tst_cli_search.moc"
