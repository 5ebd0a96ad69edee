// The Trash in core: moving articles there hides them from the list, the Notes view, the entity
// counts and the feeds' counts, and a restore brings them back with their notes; a purge deletes
// them with their notes, mentions and analysis, and their feed items never come back. The
// maintained counts (library_counts) stay what the list shows through all of it.

#include "import/import_service.h"
#include "library/article_list_model.h"
#include "library/entity_indexer.h"
#include "library/library.h"
#include "library/roles.h"
#include "storage/database.h"
#include "storage/entity_store.h"
#include "storage/feed_store.h"
#include "storage/note_store.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace newsmark;
using namespace Qt::StringLiterals;

namespace {

Article article(const QString &headline, const QString &body, const QString &published)
{
    Article a;
    a.language = u"ko"_s;
    a.headline = headline;
    a.outlet = u"한빛경제"_s;
    a.published = published;
    a.paragraphs = {body};
    a.contentHash = a.computeContentHash();
    return a;
}

// One number from the file through a connection of its own, as another program would see it.
qint64 scalar(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    qint64 value = -1;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr)
        == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK
            && sqlite3_step(stmt) == SQLITE_ROW)
            value = sqlite3_column_int64(stmt, 0);
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return value;
}

void writeText(const QString &path, const QString &text)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    file.write(text.toUtf8());
}

QList<ArticleId> listedIds(ArticleStore &store, const ArticleQuery &query)
{
    QList<ArticleId> ids;
    for (const ArticleSummary &row : store.page(query, 0, 100))
        ids.append(row.id);
    return ids;
}

ArticleQuery trashQuery()
{
    ArticleQuery q;
    q.trash = true;
    return q;
}

} // namespace

class TestTrash final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Library> m_library;
    int m_count = 0;
    QList<ArticleId> m_ids; // 1: 한빛전자 (newest), 2: 누리은행, 3: 가온자동차

    ArticleStore &store() { return m_library->articles(); }

    // The maintained counts are what counting the rows says, and what the list shows.
    void checkCounts()
    {
        const qint64 listed =
                scalar(m_path, "SELECT count(*) FROM articles WHERE deleted_at IS NULL");
        const qint64 trashed =
                scalar(m_path, "SELECT count(*) FROM articles WHERE deleted_at IS NOT NULL");
        QCOMPARE(scalar(m_path, "SELECT articles FROM library_counts"), listed);
        QCOMPARE(scalar(m_path, "SELECT trashed FROM library_counts"), trashed);
        QCOMPARE(store().count({}), int(listed));
        QCOMPARE(store().trashCount(), int(trashed));
        QCOMPARE(store().page({}, 0, 1000).size(), qsizetype(listed));
        QCOMPARE(store().page(trashQuery(), 0, 1000).size(), qsizetype(trashed));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_path = m_dir.filePath(u"lib-%1.sqlite"_s.arg(++m_count));
        auto opened = Library::open(m_path);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error()));
        m_library = std::move(opened).value();
        auto stored = store().insertMany({
                article(u"한빛전자, 평택에 3조원 투자"_s,
                        u"한빛전자가 평택에 3조원을 투자한다. 김하늘 한빛전자 사장이 밝혔다."_s,
                        u"2026-12-04"_s),
                article(u"누리은행, 기준금리 동결 전망"_s,
                        u"누리은행 연구소는 기준금리가 묶일 것으로 내다봤다."_s, u"2026-12-03"_s),
                article(u"가온자동차, 오하이오에 공장"_s,
                        u"가온자동차가 오하이오에 공장을 짓는다. 부품은 김하늘 한빛전자 사장이 댄다."_s,
                        u"2026-12-02"_s),
        });
        QVERIFY(stored.ok());
        m_ids.clear();
        for (const InsertOutcome &o : stored.value())
            m_ids.append(o.id);
    }

    void cleanup() { m_library.reset(); }

    // A purge relies on ON DELETE CASCADE and SET NULL, which only a connection with foreign
    // keys on carries out.
    void foreignKeysAreOn()
    {
        QCOMPARE(scalar(m_path, "PRAGMA user_version"), Database::latestSchemaVersion());
        Statement pragma(m_library->database(), "PRAGMA foreign_keys");
        QVERIFY(pragma.step());
        QCOMPARE(pragma.int64(0), 1);
    }

    void trashingHidesAndRestoringBringsBack()
    {
        const ArticleId first = m_ids.at(0);
        const ArticleId second = m_ids.at(1);
        auto moved = store().moveToTrash({first});
        QVERIFY2(moved.ok(), moved.ok() ? "" : qPrintable(moved.error()));
        QCOMPARE(moved->changed, QList<ArticleId> {first});
        QVERIFY(moved->unchanged.isEmpty());
        checkCounts();
        QCOMPARE(store().count({}), 2);
        QVERIFY(!listedIds(store(), {}).contains(first));
        QCOMPARE(listedIds(store(), trashQuery()), QList<ArticleId> {first});
        QVERIFY(!store().rowOf({}, first));
        QCOMPARE(store().rowOf(trashQuery(), first), 0);
        // Still there to read (the Trash view shows it), and says where it is.
        const auto found = store().find(first);
        QVERIFY(found);
        QVERIFY(found->isInTrash());
        QVERIFY(!store().find(second)->isInTrash());
        // A filter narrows the library or the Trash, never mixes them.
        ArticleQuery filtered;
        filtered.filter = u"한빛전자"_s;
        QCOMPARE(store().count(filtered), 0);
        filtered.trash = true;
        QCOMPARE(store().count(filtered), 1);

        // Moving again: what was there already is reported, not moved twice.
        moved = store().moveToTrash({first, second});
        QVERIFY(moved.ok());
        QCOMPARE(moved->changed, QList<ArticleId> {second});
        QCOMPARE(moved->unchanged, QList<ArticleId> {first});
        checkCounts();

        auto restored = store().restoreFromTrash({first, m_ids.at(2)});
        QVERIFY(restored.ok());
        QCOMPARE(restored->changed, QList<ArticleId> {first});
        QCOMPARE(restored->unchanged, QList<ArticleId> {m_ids.at(2)});
        checkCounts();
        QCOMPARE(listedIds(store(), {}), (QList<ArticleId> {first, m_ids.at(2)}));
        QVERIFY(!store().find(first)->isInTrash());
    }

    // An unknown id fails the whole call and names itself; nothing moves.
    void unknownIdsChangeNothing()
    {
        const auto moved = store().moveToTrash({m_ids.at(0), 998, 999});
        QVERIFY(!moved.ok());
        QCOMPARE(moved.error(), u"there is no article 998, 999"_s);
        QCOMPARE(store().trashCount(), 0);
        QVERIFY(!store().restoreFromTrash({997}).ok());
        const auto purged = store().purge({m_ids.at(0)});
        QVERIFY(!purged.ok());
        QVERIFY2(purged.error().contains(u"is not in the Trash"_s), qPrintable(purged.error()));
        checkCounts();
        QCOMPARE(store().count({}), 3);
    }

    // Notes wait in the Trash with their article: out of the Notes view and the tag counts,
    // back on restore; a purge deletes them with their tags, mentions and analysis.
    void notesComeBackOnRestoreAndGoWithAPurge()
    {
        const ArticleId first = m_ids.at(0);
        NoteService &notes = m_library->notes();
        NoteDraft draft;
        draft.tags = {u"투자"_s};
        const auto note = notes.createFromQuote(first, u"3조원"_s, 1, draft);
        QVERIFY2(note.ok(), note.ok() ? "" : qPrintable(note.error()));
        QVERIFY(notes.createFromQuote(m_ids.at(1), u"기준금리"_s, 1).ok());
        EntityIndexer indexer(store(), m_library->entities());
        QVERIFY(indexer.run().ok());
        QVERIFY(scalar(m_path, "SELECT count(*) FROM mentions WHERE article_id = 1") > 0);
        NoteStore &noteStore = m_library->noteStore();
        QCOMPARE(noteStore.count({}), 2);

        QVERIFY(store().moveToTrash({first}).ok());
        QCOMPARE(noteStore.count({}), 1);
        QCOMPARE(noteStore.page({}, 0, 10).size(), 1);
        QVERIFY(noteStore.tagCounts().isEmpty());
        NoteQuery ofArticle;
        ofArticle.articleId = first;
        QCOMPARE(noteStore.count(ofArticle), 1); // asked for by its article: still there
        QCOMPARE(noteStore.forArticle(first).size(), 1);

        QVERIFY(store().restoreFromTrash({first}).ok());
        QCOMPARE(noteStore.count({}), 2);
        QCOMPARE(noteStore.tagCounts().size(), 1);

        QVERIFY(store().moveToTrash({first}).ok());
        const auto purged = store().purge({first});
        QVERIFY2(purged.ok(), purged.ok() ? "" : qPrintable(purged.error()));
        QCOMPARE(*purged, 1);
        QVERIFY(!store().find(first));
        QCOMPARE(scalar(m_path, "SELECT count(*) FROM notes WHERE article_id = 1"), 0);
        QCOMPARE(scalar(m_path, "SELECT count(*) FROM note_tags"), 0);
        QCOMPARE(scalar(m_path, "SELECT count(*) FROM mentions WHERE article_id = 1"), 0);
        QCOMPARE(scalar(m_path, "SELECT count(*) FROM article_analysis WHERE article_id = 1"), 0);
        QCOMPARE(noteStore.count({}), 1);
        checkCounts();
    }

    void emptyingTheTrashPurgesOnlyIt()
    {
        QVERIFY(store().moveToTrash({m_ids.at(0), m_ids.at(2)}).ok());
        const auto purged = store().emptyTrash();
        QVERIFY(purged.ok());
        QCOMPARE(*purged, 2);
        checkCounts();
        QCOMPARE(listedIds(store(), {}), QList<ArticleId> {m_ids.at(1)});
        QCOMPARE(store().emptyTrash().value(), 0);
    }

    // An entity mentioned only in trashed articles counts none of them, nor lists them.
    void entityCountsLeaveOutTheTrash()
    {
        EntityStore &entities = m_library->entities();
        QVERIFY(EntityIndexer(store(), entities).run().ok());
        const auto before = entities.find(u"한빛전자"_s, SpanKind::Organization);
        QVERIFY(before);
        QCOMPARE(before->articles, 2);
        QVERIFY(store().moveToTrash({m_ids.at(0)}).ok());
        const auto after = entities.find(u"한빛전자"_s, SpanKind::Organization);
        QCOMPARE(after->articles, 1);
        QVERIFY(after->mentions < before->mentions);
        for (const EntityReference &reference : entities.references(after->id))
            QVERIFY(reference.article != m_ids.at(0));
        bool listed = false;
        for (const EntityRecord &record : entities.list()) {
            if (record.id == after->id) {
                listed = true;
                QCOMPARE(record.articles, 1);
            }
        }
        QVERIFY(listed);
        ArticleQuery mentioning;
        mentioning.entityId = after->id;
        QCOMPARE(store().count(mentioning), 1);
        QVERIFY(store().restoreFromTrash({m_ids.at(0)}).ok());
        QCOMPARE(entities.find(u"한빛전자"_s, SpanKind::Organization)->articles, 2);
    }

    // A file whose article is in the Trash, imported again: the article stays in the Trash
    // (the same text is a duplicate that says so; another text rewrites it there).
    void reimportingATrashedFileLeavesItInTheTrash()
    {
        const QString file = m_dir.filePath(u"clip-%1.txt"_s.arg(m_count));
        writeText(file,
                  u"Harbor cranes order tops $300 million\n\nPort operators ordered cranes.\n"_s);
        ImportService importer(store());
        const ImportReport first = importer.importPaths({file});
        QCOMPARE(first.imported.size(), 1);
        const ArticleId id = first.imported.constFirst();
        QVERIFY(store().moveToTrash({id}).ok());

        const ImportReport again = importer.importPaths({file});
        QVERIFY(again.imported.isEmpty());
        QCOMPARE(again.duplicates.size(), 1);
        QVERIFY2(again.duplicates.constFirst().reason.contains(
                         u"in the Trash (article %1)"_s.arg(id)),
                 qPrintable(again.duplicates.constFirst().reason));
        QCOMPARE(again.inTrash, QList<ArticleId> {id});
        QVERIFY(store().find(id)->isInTrash());

        writeText(file,
                  u"Harbor cranes order tops $300 million\n\nPort operators ordered more.\n"_s);
        const ImportReport edited = importer.importPaths({file});
        QCOMPARE(edited.updated, QList<ArticleId> {id});
        QCOMPARE(edited.inTrash, QList<ArticleId> {id});
        const auto rewritten = store().find(id);
        QVERIFY(rewritten->isInTrash());
        QCOMPARE(rewritten->paragraphs, QStringList {u"Port operators ordered more."_s});
        checkCounts();
        QCOMPARE(store().count({}), 3);
    }

    // A feed item whose article is in the Trash is seen again: it stays there (an edit is
    // written to it there); purged, it never comes back. The feed counts leave the Trash out.
    void feedItemsOfDeletedArticlesStayOut()
    {
        FeedStore &feeds = m_library->feeds();
        FeedRecord record;
        record.url = u"http://127.0.0.1:1/feed.xml"_s;
        const auto feed = feeds.add(record);
        QVERIFY(feed.ok());
        auto item = [](const QString &key, const QString &headline, const QString &body) {
            Article a = article(headline, body, u"2026-12-05"_s);
            a.sourcePath = u"http://127.0.0.1:1/articles/"_s + key;
            return FeedArticle {key, a, false};
        };
        const QList<FeedArticle> edition1 {item(u"g-1"_s, u"하나"_s, u"첫 기사 본문."_s),
                                           item(u"g-2"_s, u"둘"_s, u"둘째 기사 본문."_s)};
        FeedFetchState state;
        state.fetchedAt = QDateTime::currentDateTimeUtc();
        auto stored = feeds.storeRefresh(*feed, state, edition1);
        QVERIFY(stored.ok());
        QCOMPARE(stored->added, 2);
        const ArticleId trashed = stored->addedIds.at(0);
        QCOMPARE(feeds.find(*feed)->articles, 2);
        QVERIFY(store().moveToTrash({trashed}).ok());
        QCOMPARE(feeds.find(*feed)->articles, 1);
        QCOMPARE(feeds.find(*feed)->unread, 1);

        stored = feeds.storeRefresh(*feed, state, edition1);
        QVERIFY(stored.ok());
        QCOMPARE(stored->added, 0);
        QCOMPARE(stored->skippedDeleted, 1);
        QCOMPARE(stored->unchanged, 1);
        QVERIFY(store().find(trashed)->isInTrash());
        QCOMPARE(store().count({}), 4);

        const QList<FeedArticle> edition2 {item(u"g-1"_s, u"하나"_s, u"첫 기사 고친 본문."_s),
                                           item(u"g-2"_s, u"둘"_s, u"둘째 기사 본문."_s)};
        stored = feeds.storeRefresh(*feed, state, edition2);
        QVERIFY(stored.ok());
        QCOMPARE(stored->skippedDeleted, 1);
        QCOMPARE(stored->updated, 0);
        QCOMPARE(stored->updatedIds, QList<ArticleId> {trashed}); // its notes follow the edit
        QVERIFY(store().find(trashed)->isInTrash());
        QCOMPARE(store().find(trashed)->paragraphs, QStringList {u"첫 기사 고친 본문."_s});

        QVERIFY(store().purge({trashed}).ok());
        QCOMPARE(scalar(m_path, "SELECT count(*) FROM feed_items WHERE article_id IS NULL"), 1);
        stored = feeds.storeRefresh(*feed, state, edition1);
        QVERIFY(stored.ok());
        QCOMPARE(stored->added, 0);
        QCOMPARE(stored->skippedDeleted, 1);
        QCOMPARE(store().count({}), 4);
        QCOMPARE(store().trashCount(), 0);
        checkCounts();
    }

    // The Trash is a mode of the one list model.
    void theListModelShowsTheLibraryOrTheTrash()
    {
        ArticleListModel model(store());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(store().moveToTrash({m_ids.at(1)}).ok());
        model.refresh();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(m_ids.at(1)), -1);
        model.setTrashView(true);
        QVERIFY(model.showsTrash());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.articleIdAt(0), m_ids.at(1));
        QCOMPARE(model.index(0, ArticleListModel::HeadlineColumn).data().toString(),
                 u"누리은행, 기준금리 동결 전망"_s);
        model.setTrashView(false);
        QCOMPARE(model.rowCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestTrash)
#include "tst_trash.moc"
