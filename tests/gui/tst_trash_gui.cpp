// The Trash in the window: Delete on the list moves the selected articles there (the next row is
// selected), Undo brings them back; the Trash in the feeds pane lists them with Restore, Delete
// Permanently and Empty Trash, which ask first and name the count.
#include "feeds_pane.h"
#include "library/roles.h"
#include "trash_controller.h"
#include "window_test_base.h"

#include <QAction>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace newsmark;
using namespace newsmark::gui;

class TestTrashGui final : public WindowTestBase
{
    Q_OBJECT

    QTableView *table() const { return m_window->libraryPane()->tableView(); }
    int rows() const { return table()->model()->rowCount(); }
    ArticleId idAt(int row) const
    {
        return table()->model()->index(row, 0).data(ArticleIdRole).toLongLong();
    }
    QList<ArticleId> shownIds() const
    {
        QList<ArticleId> ids;
        for (int row = 0; row < rows(); ++row)
            ids.append(idAt(row));
        return ids;
    }
    TrashController *trash() const { return m_window->trash(); }
    QString trashCountText() const { return m_window->feedsPane()->trashItem()->text(1); }

    // Clicks the confirmation's destructive button once it is up; false when it did not come.
    bool confirm(const QString &objectName, const QString &expectedText)
    {
        QMessageBox *box = nullptr;
        if (!QTest::qWaitFor(
                    [&] {
                        box = m_window->findChild<QMessageBox *>(objectName);
                        return box && box->isVisible();
                    },
                    kPageTimeoutMs))
            return false;
        if (!box->text().contains(expectedText)) {
            qWarning("the confirmation says: %s", qPrintable(box->text()));
            return false;
        }
        auto *yes = box->findChild<QPushButton *>(u"confirmButton"_s);
        if (!yes)
            return false;
        yes->click();
        return true;
    }

private Q_SLOTS:
    void initTestCase() { setUpRun(); }
    void init()
    {
        QVERIFY(openWindow());
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    void cleanup() { closeWindow(); }
    void cleanupTestCase() { tearDownRun(); }

    void deleteKeyMovesToTrashAndUndoBringsBack()
    {
        QCOMPARE(rows(), 5); // the samples
        m_window->libraryPane()->selectRow(1);
        const ArticleId gone = idAt(1);
        const ArticleId next = idAt(2);
        QCOMPARE(m_window->libraryPane()->currentArticleId(), gone);
        QVERIFY(waitForPageOf(gone));
        table()->setFocus();

        QTest::keyClick(table(), Qt::Key_Delete);
        QCOMPARE(rows(), 4);
        QVERIFY(!shownIds().contains(gone));
        // The next article took its place, and the reader shows it.
        QCOMPARE(m_window->libraryPane()->currentArticleId(), next);
        QVERIFY(waitForPageOf(next));
        QCOMPARE(trashCountText(), u"1"_s);
        QCOMPARE(m_window->library().articles().count({}), 4);
        // "Move 1 Article to Trash": the English plural forms come from newsmark_en.ts.
        QCOMPARE(m_window->undoStack()->undoText(),
                 trIn("newsmark::gui::TrashCommands", "Move %n Article(s) to Trash", 1));
        QVERIFY(!m_window->undoStack()->undoText().contains(u"(s)"_s));

        QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(rows(), 5);
        QVERIFY(shownIds().contains(gone));
        QCOMPARE(m_window->libraryPane()->currentArticleId(), gone); // selected as it returns
        QCOMPARE(trashCountText(), QString());
        QCOMPARE(m_window->library().articles().trashCount(), 0);

        QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier); // redo
        QCOMPARE(rows(), 4);
        QVERIFY(!shownIds().contains(gone));
    }

    void trashViewRestoresAndDeletesPermanently()
    {
        // Two rows at once.
        m_window->libraryPane()->selectRow(0);
        const ArticleId first = idAt(0);
        const ArticleId second = idAt(1);
        table()->selectionModel()->select(table()->model()->index(1, 0),
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(m_window->libraryPane()->selectedArticleIds(), (QList<ArticleId> {first, second}));
        trash()->moveToTrashAction()->trigger();
        QCOMPARE(rows(), 3);
        QCOMPARE(trashCountText(), u"2"_s);

        m_window->feedsPane()->selectTrash();
        QVERIFY(m_window->feedsPane()->showsTrash());
        QCOMPARE(rows(), 2);
        QCOMPARE(shownIds().size(), 2);
        QVERIFY(shownIds().contains(first) && shownIds().contains(second));
        m_window->libraryPane()->selectRow(0);
        QVERIFY(!trash()->moveToTrashAction()->isEnabled());
        QVERIFY(trash()->restoreAction()->isEnabled());
        QVERIFY(trash()->deletePermanentlyAction()->isEnabled());

        const ArticleId restored = idAt(0);
        trash()->restoreAction()->trigger();
        QCOMPARE(rows(), 1);
        QCOMPARE(trashCountText(), u"1"_s);
        const ArticleId purged = idAt(0);
        QVERIFY(purged != restored);

        // Delete Permanently asks first, naming the count.
        m_window->libraryPane()->selectRow(0);
        trash()->deletePermanentlyAction()->trigger();
        QVERIFY(confirm(
                u"deletePermanentlyConfirmation"_s,
                trIn("newsmark::gui::TrashController", "Delete %n article(s) permanently?", 1)));
        QCOMPARE(rows(), 0);
        QVERIFY(!m_window->library().articles().find(purged));
        QCOMPARE(trashCountText(), QString());

        m_window->feedsPane()->selectAll();
        QVERIFY(!m_window->feedsPane()->showsTrash());
        QCOMPARE(rows(), 4);
        QVERIFY(shownIds().contains(restored));

        // Empty Trash, from the library view.
        m_window->libraryPane()->selectArticle(restored);
        QTest::keyClick(table(), Qt::Key_Delete);
        QCOMPARE(rows(), 3);
        QVERIFY(trash()->emptyTrashAction()->isEnabled());
        trash()->emptyTrashAction()->trigger();
        QVERIFY(confirm(u"emptyTrashConfirmation"_s,
                        trIn("newsmark::gui::TrashController",
                             "Delete the %n article(s) in the Trash permanently?", 1)));
        QVERIFY(QTest::qWaitFor([&] { return m_window->library().articles().trashCount() == 0; }));
        QVERIFY(!m_window->library().articles().find(restored));
        QVERIFY(!trash()->emptyTrashAction()->isEnabled());
        QCOMPARE(rows(), 3);
    }
};

NEWSMARK_GUI_TEST_MAIN(TestTrashGui)

#include "tst_trash_gui.moc"
