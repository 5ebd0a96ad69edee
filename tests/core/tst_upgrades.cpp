// A library of every earlier format, with what that format can hold — articles from format 1,
// notes and tags from 3, source paths from 4, feed items from 7 — opens in this version: upgraded
// in place to the latest format with a copy of the old file kept beside it, every article and
// note as it was, and everything newer working on it (notes, the entity index, corrections, the
// Trash).

#include "analysis/analyzer.h"
#include "analysis/entity_corrections.h"
#include "library/entity_indexer.h"
#include "library/library.h"
#include "notes/note_service.h"
#include "raw_sqlite.h"
#include "search/search_query.h"
#include "storage/entity_store.h"
#include "storage/feed_store.h"
#include "storage/note_store.h"
#include "storage/saved_search_store.h"
#include "storage/search_index.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace newsmark;
using newsmark::test::rawExec;

namespace {

const QString kBody =
        u"삼성전자가 평택에 3조원을 투자한다.\n김하늘 삼성전자 사장은 \"공급망을 다시 짠다\"고 말했다."_s;

int scalar(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    int value = -1;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr)
        == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK
            && sqlite3_step(stmt) == SQLITE_ROW)
            value = sqlite3_column_int(stmt, 0);
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return value;
}

} // namespace

class TestUpgrades final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyEarlierFormatUpgradesWithItsData_data()
    {
        QTest::addColumn<int>("format");
        const int latest = Database::latestSchemaVersion();
        // Formats are the migrations' numbers, which may leave one out (0012 is another
        // branch's while 0013 is here).
        const QStringList migrations = QDir(u":/sql"_s).entryList({u"*.sql"_s}, QDir::Files);
        for (int format = 1; format < latest; ++format) {
            if (migrations.filter(QRegularExpression(u"^%1_"_s.arg(format, 4, 10, QChar(u'0'))))
                        .isEmpty())
                continue;
            QTest::addRow("format %d", format) << format;
        }
    }

    void everyEarlierFormatUpgradesWithItsData()
    {
        QFETCH(int, format);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.sqlite"_s);
        {
            Database::Options old;
            old.migrateTo = format;
            auto db = Database::open(path, old);
            QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error()));
            QCOMPARE(db.value()->schemaVersion(), format);
        }
        // What that version of Newsmark wrote, in its own columns.
        const QByteArray body = kBody.toUtf8();
        QByteArray articles =
                "INSERT INTO articles (id, content_hash, language, headline, body, outlet,"
                " imported_at, published, is_read) VALUES"
                " (1, 'hash-1', 'ko', '삼성전자, 평택 투자', '"
                + body
                + "', '가온경제',"
                  " '2024-01-01T00:00:00Z', '2023-05-06', 1),"
                  " (2, 'hash-2', 'en', 'Undated brief', 'Nothing to see.', '',"
                  " '2024-01-02T00:00:00Z', '', 0)";
        rawExec(path, articles.constData());
        if (format >= 2)
            rawExec(path,
                    "UPDATE articles SET sort_date = CASE WHEN published <> ''"
                    " THEN published ELSE imported_at END");
        if (format >= 3) {
            rawExec(path,
                    "INSERT INTO notes (id, article_id, quote, prefix, suffix, start_pos, end_pos,"
                    " original_quote, text_hash, anchored_hash, color, body, created_at,"
                    " updated_at) VALUES ('6f1c2a4e-0000-4000-8000-000000000001', 1, '3조원',"
                    " '', '', 22, 25, '3조원', 'hash-1', 'hash-1', 'green', '확인',"
                    " '2024-02-01T00:00:00.000Z', '2024-02-01T00:00:00.000Z')");
            rawExec(path,
                    "INSERT INTO note_tags (note_id, tag) VALUES"
                    " ('6f1c2a4e-0000-4000-8000-000000000001', '투자')");
        }
        if (format >= 4)
            rawExec(path, "UPDATE articles SET source_path = '/news/gaon.txt' WHERE id = 1");
        // From format 5 the entity index: article 2 analysed by this version's analyzer, 1 not.
        if (format >= 5)
            rawExec(path,
                    qPrintable(u"INSERT INTO article_analysis (article_id, analyzer,"
                               " content_hash) VALUES (2, '%1', 'hash-2')"_s.arg(
                                       Analyzer::fingerprint())));
        // From format 6 the index keeps its queue: what that version wrote when it indexed 2.
        if (format >= 6) {
            rawExec(path, "DELETE FROM analysis_queue WHERE article_id = 2");
            rawExec(path,
                    qPrintable(u"UPDATE analysis_state SET analyzer = '%1'"_s.arg(
                            Analyzer::fingerprint())));
        }

        // From format 7 the feeds: article 2 came from a feed's item.
        if (format >= 7) {
            rawExec(path,
                    "INSERT INTO feeds (id, url, created_at) VALUES"
                    " (1, 'http://127.0.0.1/feed.xml', '2024-01-02T00:00:00Z')");
            rawExec(path,
                    "INSERT INTO feed_items (feed_id, item_key, article_id, first_seen_at)"
                    " VALUES (1, 'g-2', 2, '2024-01-02T00:00:00Z')");
        }

        auto opened = Library::open(path);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error()));
        Library &library = *opened.value();
        QCOMPARE(library.database().schemaVersion(), Database::latestSchemaVersion());

        // The copy beside it is the old file as it was.
        const QString copy = library.database().backupPath();
        QCOMPARE(copy, path + u".v%1.bak"_s.arg(format));
        QCOMPARE(scalar(copy, "PRAGMA user_version"), format);
        QCOMPARE(scalar(copy, "SELECT count(*) FROM articles"), 2);

        // The articles, as they were, in the list's order (newest first, by date or import).
        ArticleStore &store = library.articles();
        QCOMPARE(store.count({}), 2);
        const QList<ArticleSummary> rows = store.page({}, 0, 10);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).headline, u"Undated brief"_s);
        QCOMPARE(rows.at(1).headline, u"삼성전자, 평택 투자"_s);
        QVERIFY(rows.at(1).read);
        const auto article = store.find(1);
        QVERIFY(article);
        QCOMPARE(article->outlet, u"가온경제"_s);
        QVERIFY(article->canonicalText().contains(u"3조원을 투자한다"_s));
        if (format >= 4)
            QCOMPARE(article->sourcePath, u"/news/gaon.txt"_s);

        // The notes, as they were, and placed again in the text they are in now.
        NoteStore notes(library.database());
        NoteService service(store, notes);
        QVERIFY(service.reanchor(1).ok());
        const QList<Note> kept = notes.forArticle(1);
        if (format >= 3) {
            QCOMPARE(kept.size(), 1);
            QCOMPARE(kept.constFirst().quote, u"3조원"_s);
            QCOMPARE(kept.constFirst().color, NoteColor::Green);
            QCOMPARE(kept.constFirst().body, u"확인"_s);
            QCOMPARE(kept.constFirst().tags, QStringList {u"투자"_s});
            QVERIFY(!kept.constFirst().isOrphaned());
        } else {
            QVERIFY(kept.isEmpty());
        }
        // And what came after that format works on it: a new note, the entity index, a
        // correction.
        QVERIFY(service.createFromQuote(1, u"공급망"_s, 1).ok());
        EntityStore entities(library.database());
        EntityIndexer indexer(store, entities);
        const auto indexed = indexer.run();
        QVERIFY2(indexed.ok(), indexed.ok() ? "" : qPrintable(indexed.error()));
        // What that format had indexed is not analysed again.
        QCOMPARE(indexed->analysed, format >= 5 ? 1 : 2);
        QVERIFY(entities.find(u"삼성전자"_s, SpanKind::Organization));
        const auto corrected = entities.addCorrection({0,
                                                       CorrectionAction::Mark,
                                                       u"김하늘"_s,
                                                       SpanKind::Person,
                                                       {},
                                                       SpanKind::Person,
                                                       {}});
        QVERIFY2(corrected.ok(), corrected.ok() ? "" : qPrintable(corrected.error()));
        QCOMPARE(entities.corrections().list().size(), 1);

        // And the Trash (format 9): nothing is in it, and the counts follow a move there.
        QCOMPARE(store.trashCount(), 0);
        QVERIFY(store.moveToTrash({2}).ok());
        QCOMPARE(store.count({}), 1);
        QCOMPARE(store.trashCount(), 1);
        QCOMPARE(store.page({}, 0, 10).size(), 1);
        QVERIFY(store.restoreFromTrash({2}).ok());
        QCOMPARE(store.count({}), 2);

        // And search (format 11, remade by 13): the articles of an earlier format wait for the
        // index and are found meanwhile by a scan (13 made the index anew, so libraries of
        // formats 11 and 12 index theirs again); the notes are indexed by the upgrade; once
        // built, the index finds them all.
        SearchIndex search(library.database());
        QCOMPARE(search.pendingCount(), 2);
        const auto found = [&](const QString &query) {
            auto ids = search.matchingArticles(search::parseQuery(query).query);
            return ids.ok() ? ids.value() : QList<ArticleId> {-1};
        };
        QCOMPARE(found(u"평택"_s), QList<ArticleId> {1});
        QVERIFY(search.build().ok());
        QCOMPARE(search.pendingCount(), 0);
        QCOMPARE(found(u"평택"_s), QList<ArticleId> {1});
        QCOMPARE(found(u"undated"_s), QList<ArticleId> {2});
        QCOMPARE(found(u"tag:투자"_s), format >= 3 ? QList<ArticleId> {1} : QList<ArticleId> {});
        const auto notesFound = search.searchNotes(search::parseQuery(u"확인"_s).query, {});
        QVERIFY(notesFound.ok());
        QCOMPARE(notesFound->hits.size(), format >= 3 ? 1 : 0);

        // Saved searches (format 12): none yet, and one saved runs.
        SavedSearchStore searches(library.database());
        QVERIFY(searches.all().isEmpty());
        const auto saved = searches.save(u"평택"_s, u"평택 OR undated"_s);
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error()));
        QCOMPARE(found(searches.find(u"평택"_s)->query), (QList<ArticleId> {1, 2}));
    }

    // Format 7 to 9 (8 added figures): the Trash's column, the list's indexes made partial (every
    // row of the old library is outside the Trash, so they list the same rows), and the counts
    // split into the list's and the Trash's.
    void formatSevenGainsTheTrash()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"seven.sqlite"_s);
        {
            Database::Options old;
            old.migrateTo = 7;
            QVERIFY(Database::open(path, old).ok());
        }
        rawExec(path,
                "INSERT INTO articles (id, content_hash, headline, body, imported_at, sort_date)"
                " VALUES (1, 'h1', 'One', 'First.', '2024-01-01T00:00:00Z', '2024-01-01'),"
                " (2, 'h2', 'Two', 'Second.', '2024-01-02T00:00:00Z', '2024-01-02')");
        rawExec(path,
                "INSERT INTO feeds (id, url, created_at) VALUES"
                " (1, 'http://127.0.0.1/feed.xml', '2024-01-02T00:00:00Z')");
        rawExec(path,
                "INSERT INTO feed_items (feed_id, item_key, article_id, first_seen_at)"
                " VALUES (1, 'g-2', 2, '2024-01-02T00:00:00Z')");
        QCOMPARE(scalar(path, "SELECT articles FROM library_counts"), 2);

        auto opened = Library::open(path);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error()));
        Library &library = *opened.value();
        QCOMPARE(library.database().backupPath(), path + u".v7.bak"_s);
        QCOMPARE(scalar(path, "PRAGMA user_version"), Database::latestSchemaVersion());
        QCOMPARE(scalar(path, "SELECT count(*) FROM articles WHERE deleted_at IS NULL"), 2);
        QCOMPARE(scalar(path, "SELECT articles FROM library_counts"), 2);
        QCOMPARE(scalar(path, "SELECT trashed FROM library_counts"), 0);
        QCOMPARE(scalar(path,
                        "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN"
                        " ('articles_by_date', 'articles_by_headline', 'articles_by_outlet')"
                        " AND sql LIKE '%WHERE deleted_at IS NULL'"),
                 3);
        QCOMPARE(
                scalar(path, "SELECT count(*) FROM sqlite_master WHERE name = 'articles_in_trash'"),
                1);

        ArticleStore &store = library.articles();
        QCOMPARE(store.count({}), 2);
        QCOMPARE(library.feeds().find(1)->articles, 1);
        QVERIFY(store.moveToTrash({2}).ok());
        QCOMPARE(scalar(path, "SELECT articles FROM library_counts"), 1);
        QCOMPARE(scalar(path, "SELECT trashed FROM library_counts"), 1);
        QCOMPARE(library.feeds().find(1)->articles, 0);
        QVERIFY(store.purge({2}).ok());
        QCOMPARE(scalar(path, "SELECT count(*) FROM feed_items WHERE article_id IS NULL"), 1);
        QCOMPARE(scalar(path, "SELECT trashed FROM library_counts"), 0);
        QCOMPARE(store.count({}), 1);
    }

    // The latest format, with articles, notes and corrections, opens as it is: nothing to
    // upgrade, no copy.
    void theLatestFormatOpensUnchanged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"new.sqlite"_s);
        {
            auto library = Library::open(path);
            QVERIFY(library.ok());
            rawExec(path,
                    "INSERT INTO articles (content_hash, headline, body, imported_at,"
                    " sort_date) VALUES ('h', '기사', '가온전자가 투자한다.',"
                    " '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')");
            NoteStore notes(library.value()->database());
            NoteService service(library.value()->articles(), notes);
            QVERIFY(service.createFromQuote(1, u"투자"_s, 1).ok());
            EntityStore entities(library.value()->database());
            QVERIFY(entities.addCorrection({0,
                                            CorrectionAction::Remove,
                                            u"가온전자"_s,
                                            SpanKind::Organization,
                                            {},
                                            SpanKind::Organization,
                                            {}})
                            .ok());
        }
        auto again = Library::open(path);
        QVERIFY(again.ok());
        QVERIFY(again.value()->database().backupPath().isEmpty());
        NoteStore notes(again.value()->database());
        QCOMPARE(notes.forArticle(1).size(), 1);
        EntityStore entities(again.value()->database());
        QCOMPARE(entities.corrections().list().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestUpgrades)
#include "tst_upgrades.moc"
