// The window's feeds against a scripted HTTP server on 127.0.0.1 (tests/support/feed_server.py):
// Add Feed finds a site's feed and brings its articles, the feeds pane filters the list, F5
// brings an edit made at the source into the same article, Mark All Read, and a feed that
// cannot be added says why.
#include "window_test_base.h"

#include "feed_server.h"

#include "feeds_controller.h"
#include "feeds_pane.h"
#include "library/article_list_model.h"
#include "library/roles.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace newsmark;
using namespace newsmark::gui;
using newsmark::test::FeedServer;

class TestFeedsGui final : public WindowTestBase
{
    Q_OBJECT

    FeedServer m_server;
    QString m_base;

    QAbstractItemModel *list() const { return m_window->libraryPane()->tableView()->model(); }
    QTreeWidget *tree() const { return m_window->feedsPane()->tree(); }

    QStringList headlines() const
    {
        QStringList out;
        for (int row = 0; row < list()->rowCount(); ++row)
            out << list()->index(row, ArticleListModel::HeadlineColumn).data().toString();
        return out;
    }

    QTreeWidgetItem *feedItem(const QString &title) const
    {
        const auto items = tree()->findItems(title, Qt::MatchExactly | Qt::MatchRecursive);
        return items.isEmpty() ? nullptr : items.constFirst();
    }

    // Types `address` into Add Feed and presses Subscribe.
    void addThroughTheDialog(const QString &address)
    {
        m_window->feeds()->addFeed();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(u"addFeedDialog"_s)) != nullptr);
        auto *edit = dialog->findChild<QLineEdit *>(u"feedAddress"_s);
        QVERIFY(edit);
        QTest::keyClicks(edit, address);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    }

private Q_SLOTS:
    void initTestCase()
    {
        setUpRun();
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_base = m_server.base();
    }

    void cleanupTestCase() { tearDownRun(); }

    void init()
    {
        QVERIFY(openWindow());
        m_server.get(u"/_control/edition/1"_s);
    }

    void cleanup() { closeWindow(); }

    void aSiteBecomesAFeedWhoseArticlesTheListShows()
    {
        const int samples = list()->rowCount();
        addThroughTheDialog(m_base + u"/site/"_s);
        QTreeWidgetItem *feed = nullptr;
        // The feed may show before its first fetch has stored anything (the sidebar's counts are
        // re-read after the sample article opened): its count comes with the articles.
        QTRY_COMPARE_WITH_TIMEOUT(
                feedItem(u"가온경제 속보"_s) ? feedItem(u"가온경제 속보"_s)->text(1) : QString(),
                u"3"_s, 20000); // unread
        feed = feedItem(u"가온경제 속보"_s);
        QTRY_COMPARE(list()->rowCount(), samples + 3);
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"가온경제 속보"_s));

        // Choosing the feed lists its articles only; All Articles lists everything again.
        tree()->setCurrentItem(feed);
        QCOMPARE(list()->rowCount(), 3);
        QVERIFY(headlines().contains(u"누리은행, 기준금리 동결 전망"_s));

        // Reading an unread article lowers the feed's count in the sidebar, which keeps the feed
        // chosen and the list as it is.
        const int unreadBefore = feed->text(1).toInt();
        QVERIFY(unreadBefore >= 2);
        m_window->libraryPane()->selectArticle(
                list()->index(2, 0).data(ArticleIdRole).toLongLong());
        QTRY_COMPARE(feedItem(u"가온경제 속보"_s)->text(1), QString::number(unreadBefore - 1));
        QCOMPARE(tree()->currentItem(), feed);
        QCOMPARE(list()->rowCount(), 3);

        // The source edits an item and adds one: F5 brings both, the edit into the same row.
        m_server.get(u"/_control/edition/2"_s);
        // F5 wherever the focus is: here in the feeds, as after choosing one.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        tree()->setFocus();
        QTest::keyClick(tree(), Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(list()->rowCount(), 4, 20000);
        QVERIFY(headlines().contains(u"누리은행, 기준금리 인하 전망"_s));
        QVERIFY(!headlines().contains(u"누리은행, 기준금리 동결 전망"_s));

        // Mark Feed as Read clears the feed's unread count, and Undo brings it back: one step
        // of the same undo stack as the list's own actions.
        feed = feedItem(u"가온경제 속보"_s);
        QVERIFY(feed);
        tree()->setCurrentItem(feed);
        const QString unreadBeforeMarking = feed->text(1);
        QVERIFY(!unreadBeforeMarking.isEmpty());
        QTest::keyClick(tree(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(feedItem(u"가온경제 속보"_s)
                    && feedItem(u"가온경제 속보"_s)->text(1).isEmpty());
        auto *undo = m_window->findChild<QAction *>(u"undoAction"_s);
        QVERIFY(undo);
        undo->trigger();
        QTRY_COMPARE(feedItem(u"가온경제 속보"_s)->text(1), unreadBeforeMarking);
        auto *redo = m_window->findChild<QAction *>(u"redoAction"_s);
        QVERIFY(redo);
        redo->trigger();
        QTRY_VERIFY(feedItem(u"가온경제 속보"_s)->text(1).isEmpty());

        // F5 while reading: the page does not take the key for itself.
        m_server.get(u"/_control/edition/1"_s);
        QWidget *reader = m_window->readerView()->focusProxy()
                ? m_window->readerView()->focusProxy()
                : m_window->readerView();
        reader->setFocus();
        QTest::keyClick(reader, Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(headlines().contains(u"누리은행, 기준금리 동결 전망"_s), 20000);

        tree()->setCurrentItem(tree()->topLevelItem(0));
        QCOMPARE(list()->rowCount(), samples + 4);
    }

    // File › Save Page: the article opens in the reader laid out as the page had it, its figure
    // served from the library by the app's scheme (the reader page itself reaches no network).
    void aSavedPageShowsItsFigureFromTheLibrary()
    {
        m_window->feeds()->savePage();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(u"savePageDialog"_s)) != nullptr);
        auto *edit = dialog->findChild<QLineEdit *>(u"pageAddress"_s);
        QVERIFY(edit);
        QTest::keyClicks(edit, m_base + u"/pages/story.html"_s);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        // "Saved "…" with 1 image": what follows the headline, in the running language.
        const QString saved =
                trIn("newsmark::gui::FeedsController", "Saved \"%1\" with %n image(s)", 1);
        const QString withImage = saved.mid(saved.indexOf(u"%1"_s) + 2);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->statusBar()->currentMessage().contains(withImage),
                                 30000);
        const QString loaded = u"(() => { const img = document.querySelector('figure.nm-figure "
                               u"img'); return img && img.complete ? img.naturalWidth + 'x' + "
                               u"img.naturalHeight : ''; })()"_s;
        QTRY_COMPARE_WITH_TIMEOUT(evaluateInPage(loaded).value_or(QVariant()).toString(),
                                  u"640x360"_s, 20000);
        QVERIFY(evaluateInPage(u"document.querySelector('figure.nm-figure img').src"_s)
                        ->toString()
                        .startsWith(u"newsmark://app/image/"_s));
        QCOMPARE(evaluateInPage(u"document.querySelector('figure figcaption').textContent"_s)
                         ->toString(),
                 u"전남 신안 앞바다 해상풍력 단지 조감도. 바람에너지 제공"_s);
        QCOMPARE(evaluateInPage(u"document.querySelector('h3.nm-heading').textContent"_s)
                         ->toString(),
                 u"유럽 시장을 겨냥한 생산 설비"_s);
        QCOMPARE(evaluateInPage(u"document.querySelectorAll('ul.nm-list > li.nm-block').length"_s)
                         ->toInt(),
                 3);
        QVERIFY(evaluateInPage(u"document.querySelector('blockquote.nm-quote').textContent"_s)
                        ->toString()
                        .startsWith(u"해상풍력은 앞으로"_s));
        const QString seen = m_server.get(u"/_control/requests"_s);
        QCOMPARE(seen.count(u"GET /img/wind.png"_s), 1); // fetched once, when saved
        QVERIFY(!seen.contains(u"tracker"_s));
    }

    // A feed that lies about its encoding reads as mojibake until its Properties name the
    // right one: then it is read again at once and its article is put right in place.
    void aWrongEncodingIsPutRightInTheFeedsProperties()
    {
        const int samples = list()->rowCount();
        addThroughTheDialog(m_base + u"/feeds/mislabelled.xml"_s);
        QTRY_COMPARE_WITH_TIMEOUT(list()->rowCount(), samples + 1, 20000);
        QVERIFY(!headlines().contains(u"똠양꿍 가게, 햏자 손님 늘어"_s));
        QTRY_COMPARE(m_window->feedsPane()->feeds().size(), 1);
        QTreeWidgetItem *feed = feedItem(m_window->feedsPane()->feeds().constFirst().title);
        QVERIFY(feed);
        tree()->setCurrentItem(feed);

        // An encoding nobody knows is refused with a reason, and nothing changes.
        m_window->feeds()->showProperties();
        QPointer<QDialog> dialog;
        QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(u"feedPropertiesDialog"_s))
                    != nullptr);
        auto *encoding = dialog->findChild<QComboBox *>(u"feedEncoding"_s);
        QVERIFY(encoding);
        encoding->setCurrentText(u"klingon-8"_s);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QMessageBox *refused = nullptr;
        QTRY_VERIFY(!dialog || (refused = dialog->findChild<QMessageBox *>(u"encodingRefused"_s)));
        QVERIFY2(dialog, "the dialog took an encoding nobody knows");
        QVERIFY2(refused->text().contains(u"klingon-8"_s), qPrintable(refused->text()));
        refused->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY(m_window->feedsPane()->feeds().constFirst().encoding.isEmpty());

        encoding->setCurrentIndex(encoding->findData(u"windows-949"_s));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY_WITH_TIMEOUT(headlines().contains(u"똠양꿍 가게, 햏자 손님 늘어"_s), 20000);
        // The list shows the chosen feed: its one article, put right in place, not a second one.
        QCOMPARE(list()->rowCount(), 1);
        QCOMPARE(m_window->feedsPane()->feeds().constFirst().encoding, u"windows-949"_s);
    }

    void aFeedThatCannotBeAddedSaysWhy()
    {
        addThroughTheDialog(m_base + u"/feeds/busy.xml"_s);
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
                (box = m_window->findChild<QMessageBox *>()) != nullptr && box->isVisible(), 20000);
        QVERIFY2(box->informativeText().contains(u"HTTP 429"_s),
                 qPrintable(box->informativeText()));
        box->close();
        QCOMPARE(m_window->feedsPane()->feeds().size(), 0);
    }
};

NEWSMARK_GUI_TEST_MAIN(TestFeedsGui)

#include "tst_feeds_gui.moc"
