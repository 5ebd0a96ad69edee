// The search in the window: the box above the list searches as the user types and shows
// snippets, counts and errors; opening a result marks every match in the reader's page and
// scrolls to the first; the find bar finds inside the shown article, with a count, and steps.
#include "find_bar.h"
#include "library/article_list_model.h"
#include "library/roles.h"
#include "search/search_matches.h"
#include "storage/search_index.h"
#include "window_test_base.h"

#include <QAbstractProxyModel>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTableView>

using namespace newsmark;
using namespace newsmark::gui;
using namespace Qt::StringLiterals;

namespace {

// An original long article whose rare word (등대지기) stands only far down, three times, so that
// opening it from a search must scroll.
QString longArticle()
{
    QStringList lines {u"바닷가 마을의 겨울 이야기"_s, u"2025-02-08"_s, QString()};
    for (int i = 1; i <= 40; ++i) {
        lines << u"%1번째 문단. 마을 사람들은 아침마다 방파제를 따라 걸으며 바람의 방향을 "
                 u"살폈고, 어선들은 날이 풀리기를 기다렸다."_s.arg(i)
              << QString();
    }
    lines << u"그 겨울 등대지기는 매일 밤 불을 밝혔다. 마을에는 3억 원의 수리비가 배정되었다."_s
          << QString() << u"등대지기의 일지에는 파도의 높이가 적혀 있었다."_s << QString()
          << u"봄이 오자 새 등대지기가 왔다."_s;
    return lines.join(u'\n');
}

// Korean arrives through the input method: syllables being composed (preedit), then committed.
void typeKorean(QWidget *widget, const QString &text)
{
    QInputMethodEvent composing(text.right(1), {});
    QApplication::sendEvent(widget, &composing);
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(widget, &commit);
}

} // namespace

class TestSearchGui final : public WindowTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpRun(); }
    void init() { QVERIFY(openWindow()); }
    void cleanup() { closeWindow(); }
    void cleanupTestCase() { tearDownRun(); }

    // Typing lists exactly what the index matches, with the count in the status bar and a
    // snippet whose marks sit on the word.
    void typingListsTheMatches()
    {
        LibraryPane *pane = m_window->libraryPane();
        auto *box = pane->findChild<QLineEdit *>(u"librarySearch"_s);
        QVERIFY(box);
        auto *model = qobject_cast<ArticleListModel *>(
                qobject_cast<QAbstractProxyModel *>(pane->tableView()->model())->sourceModel());
        QVERIFY(model);
        const int all = model->rowCount();
        QVERIFY(all >= 5);
        box->setFocus();
        typeKorean(box, u"반도체"_s);
        QTRY_VERIFY_WITH_TIMEOUT(model->isSearching() && !model->isSearchPending(), 5000);

        SearchIndex index(m_window->library().database());
        auto matching = index.matchingArticles(search::parseQuery(u"반도체"_s).query);
        QVERIFY(matching.ok());
        QVERIFY(!matching.value().isEmpty());
        QList<ArticleId> shown;
        for (int row = 0; row < model->rowCount(); ++row)
            shown.append(model->articleIdAt(row));
        std::sort(shown.begin(), shown.end());
        QList<ArticleId> expected = matching.value();
        std::sort(expected.begin(), expected.end());
        QCOMPARE(shown, expected);
        QVERIFY(shown.size() < all);

        const auto labels = m_window->statusBar()->findChildren<QLabel *>();
        const QString count = shown.size() == 1
                ? trIn("newsmark::gui::LibraryPane", "1 match")
                : trIn("newsmark::gui::LibraryPane", "%1 matches").arg(shown.size());
        QVERIFY(std::any_of(labels.begin(), labels.end(),
                            [&](QLabel *label) { return label->text().startsWith(count); }));
        const QModelIndex first = pane->tableView()->model()->index(0, 0);
        const QString snippet = first.data(ArticleSnippetRole).toString();
        const QList<int> marks = first.data(ArticleSnippetMatchesRole).value<QList<int>>();
        QVERIFY2(marks.size() >= 2, qPrintable(snippet));
        QCOMPARE(snippet.mid(marks.at(0), marks.at(1) - marks.at(0)), u"반도체"_s);
        // Two lines per row: the headline and the snippet.
        QVERIFY(pane->tableView()->rowHeight(0) >= 2 * pane->tableView()->fontMetrics().height());
    }

    // A query that does not parse says why, under the box.
    void errorShowsItsMessage()
    {
        LibraryPane *pane = m_window->libraryPane();
        pane->setSearchText(u"orgg:삼성"_s);
        auto *message = pane->findChild<QLabel *>(u"searchMessage"_s);
        QVERIFY(message);
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(u"orgg"_s), qPrintable(message->text()));
        QVERIFY2(message->text().contains(u"1–"_s), qPrintable(message->text()));
    }

    // Opening a result marks every match in the page (inside the entity marks, which stay)
    // and scrolls to the first; Esc in the box lists the library again with it still selected.
    void openingAResultMarksEveryMatch()
    {
        const ArticleId id = importText(u"lighthouse.txt"_s, longArticle());
        QVERIFY(id != 0);
        LibraryPane *pane = m_window->libraryPane();
        // Another article is read when the search starts.
        QVERIFY(pane->selectRow(pane->firstSelectedRow() == 0 ? 1 : 0));
        QVERIFY(pane->currentArticleId() != id);
        QVERIFY(waitForPageOf(pane->currentArticleId()));
        pane->setSearchText(u"등대지기"_s);
        QTRY_COMPARE_WITH_TIMEOUT(pane->tableView()->model()->rowCount(), 1, 5000);
        QVERIFY(pane->selectRow(0));
        QCOMPARE(pane->currentArticleId(), id);
        QTRY_COMPARE_WITH_TIMEOUT(
                evaluateInt(readerPage(),
                            u"new Set(Array.from(document.querySelectorAll('mark.nm-match'),"
                            u" m => m.dataset.match)).size"_s),
                3, kPageTimeoutMs);
        QCOMPARE(evaluateString(readerPage(),
                                u"Array.from(document.querySelectorAll('mark.nm-match'),"
                                u" m => m.textContent).join('|')"_s),
                 u"등대지기|등대지기|등대지기"_s);
        // Scrolled down to the first match, which is on screen.
        QTRY_VERIFY_WITH_TIMEOUT(evaluateInt(readerPage(), u"window.scrollY"_s) > 200, 5000);
        QCOMPARE(evaluateInt(readerPage(),
                             u"(function () { const r = document.querySelector('mark.nm-match')"
                             u".getBoundingClientRect(); return r.top >= 0 && r.bottom <= "
                             u"window.innerHeight ? 1 : 0; })()"_s),
                 1);
        // The amount in the same paragraph is still marked as one.
        QVERIFY(evaluateInt(readerPage(),
                            u"document.querySelectorAll('mark.nm-span[data-kind=\"MONEY\"]')"
                            u".length"_s)
                > 0);

        auto *box = pane->findChild<QLineEdit *>(u"librarySearch"_s);
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Escape);
        QVERIFY(box->text().isEmpty());
        QTRY_VERIFY(pane->tableView()->model()->rowCount() > 1);
        QCOMPARE(pane->currentArticleId(), id);
        QCOMPARE(pane->selectedArticleIds(), QList<ArticleId> {id});
        QTRY_COMPARE_WITH_TIMEOUT(
                evaluateInt(readerPage(), u"document.querySelectorAll('mark.nm-match').length"_s),
                0, kPageTimeoutMs);
    }

    // Find in the article: a Korean substring, its count, F3 / Shift+F3 stepping round, Esc.
    void findInArticleCountsAndSteps()
    {
        const ArticleId id = importText(u"lighthouse.txt"_s, longArticle());
        QVERIFY(id != 0);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->readerView()->setFocus();
        QTRY_VERIFY(QApplication::focusWidget()
                    && (QApplication::focusWidget() == m_window->readerView()
                        || m_window->readerView()->isAncestorOf(QApplication::focusWidget())));
        FindBar *bar = m_window->findBar();
        QVERIFY(!bar->isVisible());
        // Ctrl+F with the reader focused opens the find bar, not the library's search.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(bar->isVisible());
        auto *text = bar->findChild<QLineEdit *>(u"findText"_s);
        QVERIFY(text->hasFocus());

        // A syllable still being composed is not searched yet.
        QInputMethodEvent composing(u"대"_s, {});
        QApplication::sendEvent(text, &composing);
        QCOMPARE(bar->matchCount(), 0);
        QInputMethodEvent commit;
        commit.setCommitString(u"대지"_s); // inside 등대지기: a substring, not a word
        QApplication::sendEvent(text, &commit);
        QCOMPARE(bar->matchCount(), 3);
        QCOMPARE(bar->countText(), trIn("newsmark::gui::FindBar", "%1 of %2").arg(1).arg(3));
        const QString current = u"Array.from(document.querySelectorAll('mark.nm-find-current'),"
                                u" m => m.dataset.match).join()"_s;
        QTRY_COMPARE_WITH_TIMEOUT(evaluateString(readerPage(), current), u"0"_s, kPageTimeoutMs);
        QCOMPARE(evaluateInt(readerPage(), u"document.querySelectorAll('mark.nm-find').length"_s),
                 3);
        QTest::keyClick(text, Qt::Key_F3);
        QCOMPARE(bar->countText(), trIn("newsmark::gui::FindBar", "%1 of %2").arg(2).arg(3));
        QTest::keyClick(text, Qt::Key_Return);
        QCOMPARE(bar->countText(), trIn("newsmark::gui::FindBar", "%1 of %2").arg(3).arg(3));
        QTest::keyClick(text, Qt::Key_Return);
        QCOMPARE(bar->countText(), trIn("newsmark::gui::FindBar", "%1 of %2").arg(1).arg(3));
        QTest::keyClick(text, Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(bar->countText(), trIn("newsmark::gui::FindBar", "%1 of %2").arg(3).arg(3));
        QTRY_COMPARE_WITH_TIMEOUT(evaluateString(readerPage(), current), u"2"_s, kPageTimeoutMs);
        QVERIFY(evaluateInt(readerPage(), u"window.scrollY"_s) > 200);

        typeKorean(text, u"없는말"_s);
        QCOMPARE(bar->countText(), trIn("newsmark::gui::FindBar", "No matches"));
        QTest::keyClick(text, Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(
                evaluateInt(readerPage(), u"document.querySelectorAll('mark.nm-find').length"_s), 0,
                kPageTimeoutMs);
        // The list's search was never touched.
        QVERIFY(m_window->libraryPane()->searchText().isEmpty());
    }
};

NEWSMARK_GUI_TEST_MAIN(TestSearchGui)
#include "tst_search_gui.moc"
