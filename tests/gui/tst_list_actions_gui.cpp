// The list as every news reader has it, in the real window on a real library: S stars and M marks
// read the selected rows (several at once), Shift+M marks the whole view read, each undone by
// Ctrl+Z; N goes to the next unread article round the end of the list, J and K move through it,
// Space pages through the article in the real reader and at its end opens the next unread one;
// the Unread and Starred filters narrow the list with the search; the context menu offers it all;
// and a star given by newsmark-cli shows in the window.
#include "command_host.h"
#include "library/roles.h"
#include "library_session.h"
#include "list_actions.h"
#include "storage/library_lock.h"
#include "trash_controller.h"
#include "window_test_base.h"

#include <QAction>
#include <QFont>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace newsmark;
using namespace newsmark::gui;

class TestListActionsGui final : public WindowTestBase
{
    Q_OBJECT

    QTableView *table() const { return m_window->libraryPane()->tableView(); }
    int rows() const { return table()->model()->rowCount(); }
    QModelIndex at(int row) const { return table()->model()->index(row, 0); }
    ArticleId idAt(int row) const { return at(row).data(ArticleIdRole).toLongLong(); }
    bool starredAt(int row) const { return at(row).data(ArticleStarredRole).toBool(); }
    bool readAt(int row) const { return at(row).data(ArticleReadRole).toBool(); }
    bool boldAt(int row) const
    {
        const QVariant font = at(row).data(Qt::FontRole);
        return font.isValid() && font.value<QFont>().bold();
    }
    ArticleStore &store() const { return m_window->library().articles(); }
    bool storedStar(ArticleId id) const { return store().find(id)->starred; }
    bool storedRead(ArticleId id) const { return store().find(id)->read; }
    ListActions *actions() const { return m_window->listActions(); }
    QAction *action(const QString &name) const { return m_window->findChild<QAction *>(name); }

    void selectRows(const QList<int> &rowsToSelect)
    {
        m_window->libraryPane()->selectRow(rowsToSelect.constFirst());
        for (const int row : rowsToSelect.mid(1))
            table()->selectionModel()->select(
                    at(row), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }

    void focusList()
    {
        table()->setFocus();
        QTRY_VERIFY(table()->hasFocus());
    }

    // A long article of our own: enough paragraphs for several screens.
    QString longArticle() const
    {
        QString text = u"Port authority publishes a long review of its cranes\n"
                       u"By Lena Ortiz | Quayside Weekly\nMarch 2, 2025\n\n"_s;
        for (int i = 1; i <= 60; ++i)
            text += u"Paragraph %1 of the review: the cranes at berth %1 moved more boxes "
                    u"an hour than last year, and the night shift kept pace with the day.\n\n"_s
                            .arg(i);
        return text;
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

    void starAndReadKeysOnOneRowWithUndo()
    {
        QCOMPARE(rows(), 5);
        m_window->libraryPane()->selectRow(1);
        const ArticleId id = idAt(1);
        QVERIFY(waitForPageOf(id));
        // Opened: read, and no longer bold.
        QVERIFY(storedRead(id));
        QVERIFY(!boldAt(1));
        QVERIFY(boldAt(2)); // never opened
        focusList();

        QVERIFY(at(1).data(Qt::DecorationRole).isValid());
        const QIcon before = at(1).data(Qt::DecorationRole).value<QIcon>();
        QTest::keyClick(table(), Qt::Key_S);
        QVERIFY(storedStar(id));
        QVERIFY(starredAt(1));
        // The star drawn before the headline.
        QVERIFY(before.pixmap(16).toImage()
                != at(1).data(Qt::DecorationRole).value<QIcon>().pixmap(16).toImage());
        QCOMPARE(action(u"toggleStarAction"_s)->text(), u"Un&star"_s);
        QCOMPARE(m_window->undoStack()->undoText(), u"Star 1 Article"_s);
        QTest::keyClick(table(), Qt::Key_S); // unstars
        QVERIFY(!storedStar(id));
        QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(storedStar(id));
        QVERIFY(starredAt(1));

        QTest::keyClick(table(), Qt::Key_M); // the open article: unread again, bold again
        QVERIFY(!storedRead(id));
        QVERIFY(boldAt(1));
        QCOMPARE(m_window->libraryPane()->currentArticleId(), id); // it stays where it is
        QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(storedRead(id));
        QVERIFY(!boldAt(1));
    }

    void severalRowsAtOnce()
    {
        QCOMPARE(rows(), 5);
        const ArticleId first = idAt(0);
        const ArticleId second = idAt(1);
        const ArticleId third = idAt(2);
        QVERIFY(store().setFlag({second}, ArticleFlag::Starred, true).ok());
        m_window->libraryPane()->refresh();
        selectRows({0, 1, 2});
        QCOMPARE(m_window->libraryPane()->selectedArticleIds(),
                 (QList<ArticleId> {first, second, third}));
        focusList();
        // One of them starred already: S stars them all, undo takes back only the two it starred.
        QCOMPARE(action(u"toggleStarAction"_s)->text(), u"&Star"_s);
        QTest::keyClick(table(), Qt::Key_S);
        QVERIFY(storedStar(first) && storedStar(second) && storedStar(third));
        QVERIFY(starredAt(0) && starredAt(1) && starredAt(2));
        QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!storedStar(first) && storedStar(second) && !storedStar(third));

        // Rows 0 (opened) read, 1 and 2 unread: M marks all three read; again, unread.
        QVERIFY(storedRead(first) && !storedRead(second) && !storedRead(third));
        QTest::keyClick(table(), Qt::Key_M);
        QVERIFY(storedRead(first) && storedRead(second) && storedRead(third));
        QVERIFY(!boldAt(1) && !boldAt(2));
        QCOMPARE(action(u"toggleReadAction"_s)->text(), u"Mark as &Unread"_s);
        QTest::keyClick(table(), Qt::Key_M);
        QVERIFY(!storedRead(first) && !storedRead(second) && !storedRead(third));
        QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(storedRead(first) && storedRead(second) && storedRead(third));
        QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(storedRead(first) && !storedRead(second) && !storedRead(third));

        // Delete on the same selection: to the Trash, and back with one undo.
        QTest::keyClick(table(), Qt::Key_Delete);
        QCOMPARE(rows(), 2);
        QCOMPARE(store().trashCount(), 3);
        QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(rows(), 5);
        QCOMPARE(store().trashCount(), 0);
    }

    void markAllReadInTheViewWithUndo()
    {
        QCOMPARE(store().unreadIds({}).size(), 4); // the first was opened
        // The view: a search that finds some of the samples.
        m_window->libraryPane()->setSearchText(u"반도체 OR 배터리 OR cloud"_s);
        QTRY_VERIFY(rows() > 0 && rows() < 5);
        QList<ArticleId> shown;
        int unreadShown = 0;
        for (int row = 0; row < rows(); ++row) {
            shown.append(idAt(row));
            unreadShown += readAt(row) ? 0 : 1;
        }
        QVERIFY(unreadShown > 0);
        focusList();
        QTest::keyClick(table(), Qt::Key_M, Qt::ShiftModifier);
        for (const ArticleId id : shown)
            QVERIFY(storedRead(id));
        for (int row = 0; row < rows(); ++row)
            QVERIFY(!boldAt(row));
        // The ones outside the view are untouched.
        const QList<ArticleId> unread = store().unreadIds({});
        QCOMPARE(int(unread.size()), 4 - unreadShown);
        for (const ArticleId id : unread)
            QVERIFY(!shown.contains(id));
        QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(store().unreadIds({}).size(), 4);
    }

    void nextUnreadGoesRoundTheEnd()
    {
        QCOMPARE(rows(), 5);
        // Only row 1 and row 3 unread.
        QList<ArticleId> read;
        for (const int row : {0, 2, 4})
            read.append(idAt(row));
        QVERIFY(store().setFlag(read, ArticleFlag::Read, true).ok());
        m_window->libraryPane()->refresh();
        const ArticleId second = idAt(1);
        const ArticleId fourth = idAt(3);
        m_window->libraryPane()->selectRow(4); // the last row
        focusList();
        QTest::keyClick(table(), Qt::Key_N); // past the end: round to the top
        QCOMPARE(m_window->libraryPane()->currentArticleId(), second);
        QVERIFY(waitForPageOf(second));
        QVERIFY(storedRead(second));
        QTest::keyClick(table(), Qt::Key_N);
        QCOMPARE(m_window->libraryPane()->currentArticleId(), fourth);
        QVERIFY(storedRead(fourth));
        // None left: it stays, and says so.
        QTest::keyClick(table(), Qt::Key_N);
        QCOMPARE(m_window->libraryPane()->currentArticleId(), fourth);
        QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(u"No unread article"_s));
    }

    void jAndKMoveThroughTheList()
    {
        m_window->libraryPane()->selectRow(0);
        focusList();
        QTest::keyClick(table(), Qt::Key_J);
        QCOMPARE(m_window->libraryPane()->currentArticleId(), idAt(1));
        QTest::keyClick(table(), Qt::Key_J);
        QCOMPARE(m_window->libraryPane()->currentArticleId(), idAt(2));
        QTest::keyClick(table(), Qt::Key_K);
        QCOMPARE(m_window->libraryPane()->currentArticleId(), idAt(1));
        // The arrows as ever.
        QTest::keyClick(table(), Qt::Key_Down);
        QCOMPARE(m_window->libraryPane()->currentArticleId(), idAt(2));
        // From the reader too.
        QVERIFY(waitForPageOf(idAt(2)));
        m_window->readerView()->setFocus();
        QTRY_VERIFY(m_window->readerView()->focusProxy()->hasFocus()
                    || m_window->readerView()->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_J);
        QTRY_COMPARE(m_window->libraryPane()->currentArticleId(), idAt(3));
    }

    void spaceAtTheEndOfTheArticleOpensTheNextUnread()
    {
        const ArticleId id = importText(u"long.txt"_s, longArticle());
        QVERIFY(id > 0);
        const int row = table()->currentIndex().row();
        QCOMPARE(idAt(row), id);
        m_window->activateWindow(); // the import's summary had it
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->readerView()->setFocus();
        QTRY_VERIFY(m_window->readerView()->focusProxy()->hasFocus()
                    || m_window->readerView()->hasFocus());
        const QString scrollY = u"Math.round(window.scrollY)"_s;
        QCOMPARE(evaluateInt(readerPage(), scrollY), 0);
        const int height = evaluateInt(readerPage(), u"window.innerHeight"_s);
        const int total = evaluateInt(readerPage(), u"document.scrollingElement.scrollHeight"_s);
        QVERIFY2(total > 3 * height, qPrintable(u"%1 of %2"_s.arg(height).arg(total)));

        // Space pages down, the article stays.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QTRY_VERIFY(evaluateInt(readerPage(), scrollY) > height / 2);
        QCOMPARE(m_window->libraryPane()->currentArticleId(), id);
        // Down to the end...
        for (int i = 0; i < 40 && evaluateInt(readerPage(), scrollY) + height < total - 2; ++i) {
            const int y = evaluateInt(readerPage(), scrollY);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
            QTRY_VERIFY(evaluateInt(readerPage(), scrollY) > y);
        }
        QCOMPARE(m_window->libraryPane()->currentArticleId(), id);
        // ...where Space opens the next unread article.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QTRY_VERIFY(m_window->libraryPane()->currentArticleId() != id);
        const ArticleId opened = m_window->libraryPane()->currentArticleId();
        QVERIFY(waitForPageOf(opened));
        QVERIFY(storedRead(opened));
    }

    void unreadAndStarredFiltersWithTheSearch()
    {
        QCOMPARE(rows(), 5);
        const ArticleId a = idAt(1);
        const ArticleId b = idAt(2);
        QVERIFY(store().setFlag({a, b}, ArticleFlag::Starred, true).ok());
        QVERIFY(store().setFlag({b}, ArticleFlag::Read, true).ok());
        m_window->libraryPane()->refresh();
        QAction *starred = actions()->starredOnlyAction();
        QAction *unread = actions()->unreadOnlyAction();
        // The buttons beside the search box.
        auto *starredButton = m_window->findChild<QToolButton *>(u"starredOnlyActionButton"_s);
        QVERIFY(starredButton && starredButton->isVisible());
        starredButton->click();
        QVERIFY(starred->isChecked());
        QCOMPARE(rows(), 2);
        unread->trigger();
        QCOMPARE(rows(), 1);
        QCOMPARE(idAt(0), a);
        unread->trigger();
        // With a search: the starred ones it finds.
        const QString headline = store().find(b)->headline;
        m_window->libraryPane()->setSearchText(
                u"headline:\"%1\""_s.arg(headline.section(u' ', 0, 0)));
        QTRY_COMPARE(rows(), 1);
        QCOMPARE(idAt(0), b);
        m_window->libraryPane()->clearSearch();
        QCOMPARE(rows(), 2);
        starred->trigger();
        QCOMPARE(rows(), 5);

        // The Unread view: an article opened there is read and stays in the list until the view
        // is refreshed, and M (on it as the current row, nothing selected) makes it unread again.
        unread->trigger();
        const int unreadRows = rows();
        QVERIFY(unreadRows >= 2);
        m_window->libraryPane()->selectRow(1);
        const ArticleId opened = idAt(1);
        QVERIFY(waitForPageOf(opened));
        QVERIFY(storedRead(opened));
        QCOMPARE(rows(), unreadRows);
        table()->selectionModel()->clearSelection();
        QCOMPARE(m_window->libraryPane()->selectedArticleIds(), QList<ArticleId> {opened});
        focusList();
        QTest::keyClick(table(), Qt::Key_M);
        QVERIFY(!storedRead(opened));
        QVERIFY(boldAt(1));
        unread->trigger();
    }

    void contextMenuAndArticleMenuOfferTheActions()
    {
        auto *menu = m_window->menuBar()->findChild<QMenu *>(u"articleMenu"_s);
        QVERIFY(menu);
        QStringList menuTexts;
        for (QAction *a : menu->actions())
            menuTexts << a->text();
        // The shown article is read: M would mark it unread, and says so.
        m_window->libraryPane()->selectRow(0);
        QVERIFY(readAt(0));
        for (const QString &text : {u"&Star"_s, u"Mark as &Unread"_s, u"Mark &All as Read"_s,
                                    u"Next &Unread Article"_s, u"Move to &Trash"_s})
            QVERIFY2(menuTexts.contains(text), qPrintable(menuTexts.join(u", "_s)));
        // The list's keys belong to no other action of the window.
        const QStringList listKeys {u"S"_s, u"M"_s, u"Shift+M"_s, u"N"_s,
                                    u"J"_s, u"K"_s, u"Space"_s};
        QStringList seen;
        for (QAction *a : m_window->findChildren<QAction *>()) {
            for (const QKeySequence &key : a->shortcuts()) {
                const QString k = key.toString();
                if (!listKeys.contains(k))
                    continue;
                QVERIFY2(!seen.contains(k), qPrintable(u"%1 twice (%2)"_s.arg(k, a->text())));
                seen.append(k);
            }
        }
        QCOMPARE(seen.size(), listKeys.size());

        selectRows({1, 2});
        QStringList contextTexts;
        QTimer::singleShot(200, this, [&] {
            if (auto *popup = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
                for (QAction *a : popup->actions())
                    contextTexts << a->text();
                popup->close();
            }
        });
        const QRect cell = table()->visualRect(at(1));
        Q_EMIT m_window->libraryPane()->contextMenuRequested(
                table()->viewport()->mapToGlobal(cell.center()));
        QVERIFY2(contextTexts.contains(u"&Star"_s), qPrintable(contextTexts.join(u", "_s)));
        QVERIFY(contextTexts.contains(u"Mark as &Read"_s));
        QVERIFY(contextTexts.contains(u"Move to &Trash"_s));
    }

    void theWindowSeesStarsGivenOnTheCommandLine()
    {
        const QString path = m_window->library().path();
        auto lock = LibraryLock::tryAcquire(path, LibraryLock::Mode::Exclusive, u"Newsmark"_s);
        QVERIFY(lock.lock);
        QString error;
        const auto host = serveCommandLine(m_window.get(), path, &error);
        QVERIFY2(host, qPrintable(error));
        const ArticleId id = idAt(3);
        QVERIFY(!starredAt(3));
        QVERIFY(boldAt(3));
        QVERIFY(!runCliBeside({u"star"_s, QString::number(id), u"--library"_s, path}).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(starredAt(3), kPageTimeoutMs);
        QVERIFY(!runCliBeside({u"read"_s, QString::number(id), u"--library"_s, path}).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!boldAt(3), kPageTimeoutMs);
        actions()->unreadOnlyAction()->trigger();
        QCOMPARE(rows(), 3); // the first (opened) and this one are read
        const QString unknown = runCliBeside({u"star"_s, u"4242"_s, u"--library"_s, path});
        QVERIFY(unknown.isEmpty()); // failed, exit 1
    }
};

NEWSMARK_GUI_TEST_MAIN(TestListActionsGui)
#include "tst_list_actions_gui.moc"
