// Saved searches in the sidebar (counts, choosing one, the Save/Edit dialog with its errors,
// Delete with Undo), the Notes view's search through the index, and the search index built in
// the background by the running window for a library that has articles waiting for it. Real
// library files, a real window and WebEngine page; the counts are checked against articles
// written for the test.
#include "window_test_base.h"

#include "feeds_pane.h"
#include "gui_settings.h"
#include "library/note_list_model.h"
#include "notes/note_service.h"
#include "notes_browser.h"
#include "notes_controller.h"
#include "raw_sqlite.h"
#include "saved_searches_controller.h"
#include "search/search_query.h"
#include "search_index_controller.h"
#include "storage/database.h"
#include "storage/saved_search_store.h"
#include "storage/search_index.h"

#include <QAction>
#include <QDeadlineTimer>
#include <QDialog>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace newsmark;
using namespace newsmark::gui;

namespace {

constexpr int kTimeoutMs = 20000;

QString lighthouse(int i)
{
    return u"Lighthouse keepers %1 return\n\nThe old lighthouse on the point is kept again, "
           u"the %1th such post this decade.\n"_s.arg(i);
}

} // namespace

// The query error for "orgg:…" up to its position, in the running language ("unknown field 'orgg'
// at 1–5", "알 수 없는 필드 'orgg' 1–5번째 글자").
QString unknownOrggAt()
{
    const QString problem = newsmark::CoreText::tr("unknown field '%1'; did you mean %2:?")
                                    .arg(u"orgg"_s, u"org"_s);
    return problem.left(problem.indexOf(u';')) + u' '
            + newsmark::CoreText::tr("at %1–%2").arg(1).arg(5);
}

class TestSavedSearchesGui final : public WindowTestBase
{
    Q_OBJECT

    FeedsPane *pane() const { return m_window->feedsPane(); }
    SavedSearchesController *searches() const { return m_window->savedSearches(); }
    QString countOf(const QString &name) const
    {
        QTreeWidgetItem *item = pane()->savedSearchItem(name);
        return item ? item->text(1) : u"<missing>"_s;
    }
    QDialog *dialog() const { return searches()->dialog(); }
    void fillDialog(const QString &name, const QString &query)
    {
        dialog()->findChild<QLineEdit *>(u"savedSearchName"_s)->setText(name);
        dialog()->findChild<QLineEdit *>(u"savedSearchQuery"_s)->setText(query);
    }
    QString dialogError() const
    {
        auto *label = dialog()->findChild<QLabel *>(u"savedSearchError"_s);
        return label->isVisible() ? label->text() : QString();
    }

    // A library of format 10 (before the index) with `count` articles, opened (and so upgraded)
    // by a window: every article waits for the index.
    // Background indexing is off until the test turns it on (startBuildWhileLocked), so that the
    // build starts when the test says, not 500 ms after the window whatever the test is doing.
    bool openUpgradedWindow(int count, int batchSize)
    {
        QSettings().clear();
        GuiSettings().setBackgroundIndexing(false);
        m_dir = std::make_unique<QTemporaryDir>();
        const QString path = m_dir->filePath(u"ten.sqlite"_s);
        {
            Database::Options ten;
            ten.migrateTo = 10;
            if (!Database::open(path, ten).ok())
                return false;
        }
        QString values;
        for (int i = 1; i <= count; ++i) {
            values += u"%1(%2, 'h%2', '등대지기 %2', '등대 본문 %2 lighthouse', "
                      u"'2024-01-01T00:00:00Z', '2024-01-01')"_s.arg(i > 1 ? u","_s : QString())
                              .arg(i);
        }
        test::rawExec(path,
                      (u"INSERT INTO articles (id, content_hash, headline, body, imported_at,"
                       u" sort_date) VALUES "_s
                       + values)
                              .toUtf8()
                              .constData());
        auto library = Library::open(path);
        if (!library)
            return false;
        m_window = std::make_unique<MainWindow>(std::move(library).value(), *m_profile);
        m_window->searchIndex()->setBatchSize(batchSize);
        m_window->show();
        return QTest::qWaitForWindowExposed(m_window.get());
    }

    // Starts the background build while another connection (as a newsmark-cli writing to the
    // library would) holds the write lock: the build announces itself, then waits for the lock
    // before its first batch, so the test sees the build under way whatever the machine's load.
    // `lock`'s ROLLBACK lets it go on.
    bool startBuildWhileLocked(Database &lock)
    {
        if (!lock.exec("BEGIN IMMEDIATE"))
            return false;
        m_window->searchIndex()->setEnabled(true);
        return QTest::qWaitFor(
                [this] { return m_window->searchIndex()->statusWidget()->isVisible(); },
                kLockedWaitMs);
    }
    // Under the worker's busy timeout (5 s), after which its batch would fail.
    static constexpr int kLockedWaitMs = 3000;

private Q_SLOTS:
    void initTestCase() { setUpRun(); }
    void cleanup() { closeWindow(); }
    void cleanupTestCase() { tearDownRun(); }

    void sidebarShowsCountsAndChoosingOneSearches()
    {
        QVERIFY(openWindow());
        QVERIFY(importText(u"l1.txt"_s, lighthouse(1)) != 0);
        QVERIFY(importText(u"l2.txt"_s, lighthouse(2)) != 0);
        // No searches yet: no section.
        QVERIFY(!pane()->savedSearchItem(u"Lighthouses"_s));
        // Saved on another connection (as newsmark-cli's commands run, handed to the window):
        // the window reads them again when told the library changed.
        {
            auto other = Database::open(m_window->library().path());
            QVERIFY(other.ok());
            SavedSearchStore store(*other.value());
            QVERIFY(store.save(u"Lighthouses"_s, u"lighthouse"_s).ok());
            QVERIFY(store.save(u"Nothing"_s, u"zzyzx"_s).ok());
        }
        m_window->showOutsideChanges(u"searches save"_s);
        QTRY_COMPARE_WITH_TIMEOUT(countOf(u"Lighthouses"_s), u"2"_s, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(countOf(u"Nothing"_s), u"0"_s, kTimeoutMs);

        pane()->selectSavedSearch(u"Lighthouses"_s);
        QCOMPARE(pane()->currentSavedSearch(), u"Lighthouses"_s);
        QCOMPARE(m_window->libraryPane()->searchText(), u"lighthouse"_s);
        QVERIFY(searches()->editAction()->isEnabled());

        // An import changes the count.
        QVERIFY(importText(u"l3.txt"_s, lighthouse(3)) != 0);
        QTRY_COMPARE_WITH_TIMEOUT(countOf(u"Lighthouses"_s), u"3"_s, kTimeoutMs);

        // Leaving the search for All Articles takes its query out of the box.
        pane()->selectAll();
        QCOMPARE(pane()->currentSavedSearch(), QString());
        QCOMPARE(m_window->libraryPane()->searchText(), QString());
        QVERIFY(!searches()->editAction()->isEnabled());
    }

    // A search on the flags counts again as articles are read: opening one is reading it.
    void anUnreadSearchCountsDownAsArticlesAreRead()
    {
        QVERIFY(openWindow());
        SavedSearchStore store(m_window->library().database());
        QVERIFY(store.save(u"To read"_s, u"is:unread"_s).ok());
        QVERIFY(store.save(u"Lighthouses"_s, u"lighthouse"_s).ok());
        searches()->reload();
        // The samples, less the one the window opened at start.
        QTRY_VERIFY_WITH_TIMEOUT(countOf(u"To read"_s).toInt() > 1, kTimeoutMs);
        const int unread = countOf(u"To read"_s).toInt();
        const auto *list = m_window->libraryPane()->tableView()->model();
        int row = 0;
        while (row < list->rowCount()
               && !list->index(row, 0).data(Qt::FontRole).value<QFont>().bold())
            ++row;
        QVERIFY(row < list->rowCount());
        m_window->libraryPane()->selectRow(row);
        QTRY_COMPARE_WITH_TIMEOUT(countOf(u"To read"_s), QString::number(unread - 1), kTimeoutMs);
        QCOMPARE(countOf(u"Lighthouses"_s), u"0"_s);
    }

    void saveEditAndDeleteThroughTheDialog()
    {
        QVERIFY(openWindow());
        QVERIFY(importText(u"l1.txt"_s, lighthouse(1)) != 0);
        SavedSearchStore store(m_window->library().database());
        QVERIFY(store.save(u"Lighthouses"_s, u"lighthouse"_s).ok());
        searches()->reload();

        // Save Search… takes the box's text; a bad query is refused in the dialog.
        m_window->libraryPane()->setSearchText(u"orgg:가온"_s);
        searches()->saveAction()->trigger();
        QVERIFY(dialog());
        QTRY_VERIFY(dialog()->isVisible());
        QCOMPARE(dialog()->findChild<QLineEdit *>(u"savedSearchQuery"_s)->text(), u"orgg:가온"_s);
        QVERIFY2(dialogError().contains(unknownOrggAt()), qPrintable(dialogError()));
        fillDialog(u"Bad"_s, u"orgg:가온"_s);
        dialog()->accept();
        QVERIFY(dialog() && dialog()->isVisible());
        QVERIFY2(dialogError().contains(
                         trIn("newsmark::gui::SavedSearchesController", "Invalid query: %1")
                                 .arg(unknownOrggAt())),
                 qPrintable(dialogError()));
        QVERIFY(!store.find(u"Bad"_s));
        // A taken name (names ignore case).
        fillDialog(u"LIGHTHOUSES"_s, u"keepers"_s);
        dialog()->accept();
        QVERIFY(dialog() && dialog()->isVisible());
        QVERIFY2(dialogError().contains(trIn("newsmark::gui::SavedSearchesController",
                                             "A saved search named “%1” exists already.")
                                                .arg(u"Lighthouses"_s)),
                 qPrintable(dialogError()));
        fillDialog(u"Keepers"_s, u"keepers -zzyzx"_s);
        dialog()->accept();
        QTRY_VERIFY(!dialog());
        QCOMPARE(store.find(u"Keepers"_s)->query, u"keepers -zzyzx"_s);
        QTRY_COMPARE_WITH_TIMEOUT(countOf(u"Keepers"_s), u"1"_s, kTimeoutMs);
        QCOMPARE(pane()->currentSavedSearch(), u"Keepers"_s);

        // Edit: a new name and query, checked the same way.
        searches()->editAction()->trigger();
        QTRY_VERIFY(dialog() && dialog()->isVisible());
        QCOMPARE(dialog()->findChild<QLineEdit *>(u"savedSearchName"_s)->text(), u"Keepers"_s);
        fillDialog(u"Keepers"_s, u"keepers (\"old lighthouse\""_s);
        dialog()->accept();
        QVERIFY2(dialogError().contains(
                         trIn("newsmark::gui::SavedSearchesController", "Invalid query: %1")
                                 .arg(QString())),
                 qPrintable(dialogError()));
        fillDialog(u"Posts"_s, u"post OR zzyzx"_s);
        dialog()->accept();
        QTRY_VERIFY(!dialog());
        QVERIFY(!store.find(u"Keepers"_s));
        QCOMPARE(store.find(u"Posts"_s)->query, u"post OR zzyzx"_s);
        QCOMPARE(m_window->libraryPane()->searchText(), u"post OR zzyzx"_s);

        // Delete, then Undo brings it back as it was; Undo again takes back the edit.
        QCOMPARE(pane()->currentSavedSearch(), u"Posts"_s);
        searches()->deleteAction()->trigger();
        QVERIFY(!store.find(u"Posts"_s));
        QVERIFY(!pane()->savedSearchItem(u"Posts"_s));
        m_window->undoStack()->undo();
        QCOMPARE(store.find(u"Posts"_s)->query, u"post OR zzyzx"_s);
        QVERIFY(pane()->savedSearchItem(u"Posts"_s));
        m_window->undoStack()->undo();
        QCOMPARE(store.find(u"Keepers"_s)->query, u"keepers -zzyzx"_s);
        QVERIFY(!store.find(u"Posts"_s));
        m_window->undoStack()->redo();
        QVERIFY(store.find(u"Posts"_s));
    }

    void notesViewSearchesTheIndex()
    {
        QVERIFY(openWindow());
        const ArticleId article =
                importText(u"port.txt"_s,
                           u"항만 자동화 투자 확대\n\n부산 항만의 자동화 설비에 3200억원이 "
                           u"투입된다. 신규 터미널은 2027년 문을 연다.\n"_s);
        QVERIFY(article != 0);
        NotesController *notes = m_window->notesController();
        const auto money = notes->service().createFromQuote(article, u"3200억원"_s, 1);
        QVERIFY(money.ok());
        QVERIFY(notes->service().setTags(money->id, {u"금액"_s}).ok());
        const auto terminal = notes->service().createFromQuote(article, u"신규 터미널"_s, 1);
        QVERIFY(terminal.ok());
        QVERIFY(notes->service().setBody(terminal->id, u"개장 시기 확인"_s).ok());

        NotesBrowser *browser = notes->browser();
        browser->show();
        auto *error = browser->findChild<QLabel *>(u"notesSearchError"_s);
        browser->searchBox()->setText(u"tag:금액"_s);
        browser->applyNow();
        QCOMPARE(browser->model()->rowCount(), 1);
        QCOMPARE(browser->model()->noteAt(0)->id, money->id);
        browser->searchBox()->setText(u"터미널 OR 개장"_s);
        browser->applyNow();
        QCOMPARE(browser->model()->rowCount(), 1);
        QCOMPARE(browser->model()->noteAt(0)->id, terminal->id);
        QVERIFY2(browser->highlightedTerms().contains(u"터미널"_s),
                 qPrintable(browser->highlightedTerms().join(u'|')));
        QVERIFY(browser->highlightedTerms().contains(u"개장"_s));
        // -word, as in the list's search.
        browser->searchBox()->setText(u"항만 OR 터미널 OR 3200억원 -tag:금액"_s);
        browser->applyNow();
        QCOMPARE(browser->model()->rowCount(), 1);
        // A mistake is said under the box; the last result stays meanwhile.
        browser->searchBox()->setText(u"orgg:항만"_s);
        browser->applyNow();
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(unknownOrggAt()), qPrintable(error->text()));
        QCOMPARE(browser->model()->rowCount(), 1);
        // The filters still narrow what the search found.
        browser->searchBox()->setText(u"터미널 OR 3200억원"_s);
        browser->applyNow();
        QVERIFY(!error->isVisible());
        QCOMPARE(browser->model()->rowCount(), 2);
        browser->searchBox()->setText(QString());
        browser->applyNow();
        QVERIFY(browser->highlightedTerms().isEmpty());
        QCOMPARE(browser->model()->rowCount(), 2);
    }

    // An upgraded library's articles wait for the index: the window builds it in the background,
    // with progress in the status bar, and a search finds every article during and after.
    void buildsThePendingIndexInTheBackground()
    {
        constexpr int kArticles = 1200;
        QVERIFY(openUpgradedWindow(kArticles, 20));
        SearchIndex index(m_window->library().database());
        const search::ParsedQuery query = search::parseQuery(u"등대"_s);
        QVERIFY(query.ok());
        SearchOptions options;
        options.limit = 10;
        QSignalSpy finished(m_window->searchIndex(), &SearchIndexController::finished);
        auto *status = m_window->searchIndex()->statusWidget();
        auto lock = Database::open(m_window->library().path());
        QVERIFY(lock.ok());
        QVERIFY2(startBuildWhileLocked(*lock.value()), "the build's progress did not show");
        QVERIFY(status->findChild<QLabel *>(u"searchIndexLabel"_s)
                        ->text()
                        .startsWith(trIn("newsmark::gui::SearchIndexController",
                                         "Building the search index: %1 of %2 articles")
                                            .section(u':', 0, 0)));
        // While the build waits, every article is still pending and found by the scan.
        QCOMPARE(index.pendingCount(), qint64(kArticles));
        const auto waiting = index.searchArticles(query.query, options);
        QVERIFY2(waiting.ok(), waiting.ok() ? "" : qPrintable(waiting.error()));
        QCOMPARE(waiting->total, qint64(kArticles));
        QVERIFY(lock.value()->exec("ROLLBACK"));
        // Then batch after batch; searches beside it see every article whichever batch has
        // committed (core's tst_search checks the half-built index itself).
        QDeadlineTimer deadline(60000);
        while (finished.isEmpty() && !deadline.hasExpired()) {
            QTest::qWait(5);
            if (index.pendingCount() > 0) {
                const auto found = index.searchArticles(query.query, options);
                QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.error()));
                QCOMPARE(found->total, qint64(kArticles));
            }
        }
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toLongLong(), qint64(kArticles));
        QCOMPARE(finished.at(0).at(1).toLongLong(), qint64(0));
        QVERIFY(!status->isVisible());
        QCOMPARE(index.pendingCount(), 0);
        const auto found = index.searchArticles(query.query, options);
        QVERIFY(found.ok());
        QCOMPARE(found->total, qint64(kArticles));
        QCOMPARE(found->pending, qint64(0));
        QCOMPARE(index.matchingArticles(search::parseQuery(u"lighthouse 17"_s).query)->size(), 1);
    }

    // Cancel stops after a batch; what was built stays, and the next start goes on from there.
    void cancelledBuildResumesAtTheNextStart()
    {
        constexpr int kArticles = 1500;
        QVERIFY(openUpgradedWindow(kArticles, 10));
        auto *status = m_window->searchIndex()->statusWidget();
        QSignalSpy finished(m_window->searchIndex(), &SearchIndexController::finished);
        // Cancel while the build runs (here it waits for a writer's lock): it stops after the
        // batch under way, and what that batch built stays.
        auto lock = Database::open(m_window->library().path());
        QVERIFY(lock.ok());
        QVERIFY2(startBuildWhileLocked(*lock.value()), "the build's progress did not show");
        status->findChild<QToolButton *>(u"searchIndexCancel"_s)->click();
        QVERIFY(lock.value()->exec("ROLLBACK"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
        const qint64 left = finished.at(0).at(1).toLongLong();
        QCOMPARE(left, qint64(kArticles - 10));
        const QString path = m_window->library().path();
        SearchIndex index(m_window->library().database());
        QCOMPARE(index.pendingCount(), left);

        // The next start of the window on that library, indexing in the background as it is
        // by default.
        m_window.reset();
        GuiSettings().setBackgroundIndexing(true);
        auto library = Library::open(path);
        QVERIFY(library.ok());
        m_window = std::make_unique<MainWindow>(std::move(library).value(), *m_profile);
        m_window->show();
        QSignalSpy again(m_window->searchIndex(), &SearchIndexController::finished);
        QTRY_COMPARE_WITH_TIMEOUT(again.size(), 1, 60000);
        QCOMPARE(again.at(0).at(0).toLongLong(), left);
        QCOMPARE(SearchIndex(m_window->library().database()).pendingCount(), 0);
    }
};

NEWSMARK_GUI_TEST_MAIN(TestSavedSearchesGui)
#include "tst_saved_searches_gui.moc"
