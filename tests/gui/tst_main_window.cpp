#include "import_controller.h"
#include "library/library.h"
#include "library/roles.h"
#include "library_pane.h"
#include "main_window.h"
#include "reader_bridge.h"
#include "reader_profile.h"
#include "reader_view.h"
#include "request_interceptor.h"
#include "window_test_base.h"

#include <QApplication>
#include <QFile>
#include <QFont>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace newsmark;
using namespace newsmark::gui;

namespace {

constexpr int kTimeoutMs = 20000;

// An original test article in the Korean web layout, with an amount and a percentage in it.
const QString kHeadline = u"반도체 투자 5000억달러 시대…공급망 재편 가속"_s;
const QString kAmountArticle = u"경제\n"_s + kHeadline + uR"nm(
국내 장비업체 수주 기대감 커져
[뉴스마크 = 한지민 기자] 글로벌 반도체 설비 투자 규모가 올해 처음으로 5000억달러를 넘어설 것으로 보인다. 업계는 인공지능 수요가 투자를 이끌고 있다고 분석했다.
국내 장비업체들의 수출 물량 가운데 90%가 메모리 공장으로 향하는 것으로 집계됐다. 한 업계 관계자는 "내년까지 주문이 이어질 것"이라고 말했다.
한지민 기자 jimin@newsmark.example
)nm"_s;

// Markup in article text must stay text.
const QString kMarkupArticle = uR"nm(IT일반
본문에 태그가 들어간 기사 점검
표기 그대로 보여야 한다
[뉴스마크 = 한지민 기자] 이 문단에는 <script>alert(1)</script> 라는 글자가 그대로 보여야 한다.
이미지 태그 <img src=x onerror=alert(2)> 와 링크 <a href="javascript:alert(3)">여기</a> 도 글자로 남는다.
한지민 기자 jimin@newsmark.example
)nm"_s;

} // namespace

class TestMainWindow final : public WindowTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void importedArticleRendersWithHighlights();
    void clickedHighlightReachesStatusBar();
    void articleMarkupRendersAsText();
    void pageCannotReachNetwork();
    void interceptorBlocksRemoteNavigation();
    void bridgeRejectsInconsistentCalls();
    void droppedFilesAreImported();

private:
    QString writeArticle(const QString &name, const QString &text);
    // Imports through the window, as File > Import does, and returns the first imported id.
    ArticleId importThroughWindow(const QString &path);
    bool selectInList(ArticleId id);
    bool waitForArticle(ArticleId id);
    QWebEnginePage *page() const { return m_window->readerView()->page(); }
};

void TestMainWindow::initTestCase()
{
    setUpRun();
}

void TestMainWindow::init()
{
    QVERIFY(openWindow());
}

void TestMainWindow::cleanup()
{
    closeWindow();
}

void TestMainWindow::cleanupTestCase()
{
    tearDownRun();
}

QString TestMainWindow::writeArticle(const QString &name, const QString &text)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(text.toUtf8());
    return path;
}

ArticleId TestMainWindow::importThroughWindow(const QString &path)
{
    QSignalSpy finished(m_window->importController(), &ImportController::finished);
    m_window->importPaths({path});
    if (!QTest::qWaitFor([&] { return finished.count() == 1; }, kTimeoutMs))
        return 0;
    // The summary is shown without blocking; a user would close it.
    if (auto *summary = m_window->findChild<QMessageBox *>(u"importSummary"_s))
        summary->close();
    return m_window->libraryPane()->currentArticleId();
}

bool TestMainWindow::selectInList(ArticleId id)
{
    QTableView *list = m_window->findChild<QTableView *>(u"libraryList"_s);
    if (!list)
        return false;
    QAbstractItemModel *model = list->model();
    const QModelIndexList found =
            model->match(model->index(0, 0), ArticleIdRole, id, 1, Qt::MatchExactly);
    if (found.isEmpty())
        return false;
    list->setFocus();
    list->selectionModel()->setCurrentIndex(
            found.first(), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

bool TestMainWindow::waitForArticle(ArticleId id)
{
    const QString script = uR"nm((function () {
        const article = document.querySelector('article.nm-article');
        return document.readyState === 'complete' && article ? article.dataset.articleId : '';
    })())nm"_s;
    return QTest::qWaitFor([&] { return evaluateString(page(), script) == QString::number(id); },
                           kTimeoutMs);
}

void TestMainWindow::importedArticleRendersWithHighlights()
{
    const QString path = writeArticle(u"amount.txt"_s, kAmountArticle);
    const ArticleId id = importThroughWindow(path);
    QVERIFY(id > 0);
    const std::optional<Article> stored = m_window->library().articles().find(id);
    QVERIFY(stored);
    QCOMPARE(stored->headline, kHeadline);

    // The import selected it; away and back through the list, as a reader would click it.
    QTableView *list = m_window->findChild<QTableView *>(u"libraryList"_s);
    QVERIFY(list);
    list->selectionModel()->clear();
    m_window->readerView()->showPlaceholder(u"…"_s);
    QVERIFY(selectInList(id));
    QVERIFY(waitForArticle(id));

    QCOMPARE(evaluateString(page(), u"document.querySelector('h1.nm-headline').textContent"_s),
             stored->headline);
    QVERIFY(evaluate(page(), u"document.querySelectorAll('mark.nm-span').length"_s)
                    .value_or(0)
                    .toInt()
            > 0);
    QCOMPARE(evaluateString(page(),
                            u"document.querySelector('mark[data-kind=\"MONEY\"]')"
                            u".textContent"_s),
             u"5000억달러"_s);
    // The page's own resources came through the newsmark: scheme.
    QVERIFY(!evaluateString(page(),
                            u"getComputedStyle(document.documentElement)"
                            u".getPropertyValue('--nm-bg')"_s)
                     .trimmed()
                     .isEmpty());
    QCOMPARE(evaluateString(page(), u"typeof QWebChannel"_s), u"function"_s);

    // Reading it marked it read, and its row is no longer bold: the ui's proxy gives the font
    // (the core model gives data only).
    QTRY_VERIFY_WITH_TIMEOUT(m_window->library().articles().find(id)->read, kTimeoutMs);
    const QModelIndex row = list->selectionModel()->currentIndex();
    QTRY_VERIFY_WITH_TIMEOUT(!row.data(Qt::FontRole).value<QFont>().bold(), kTimeoutMs);
    QVERIFY(!list->model()->index(row.row(), 0).data(Qt::FontRole).isValid());
    // Every row: bold exactly when unread.
    int bold = 0;
    for (int r = 0; r < list->model()->rowCount(); ++r) {
        const QModelIndex cell = list->model()->index(r, 0);
        const bool isBold = cell.data(Qt::FontRole).value<QFont>().bold();
        QCOMPARE(isBold, !cell.data(ArticleReadRole).toBool());
        bold += isBold ? 1 : 0;
    }
    QVERIFY(bold > 0);
    QVERIFY(m_window->windowTitle().endsWith(u"library.sqlite"_s));
}

void TestMainWindow::clickedHighlightReachesStatusBar()
{
    const ArticleId id = importThroughWindow(writeArticle(u"amount.txt"_s, kAmountArticle));
    QVERIFY(id > 0);
    QVERIFY(waitForArticle(id));
    // The bridge connects asynchronously after load, so the click is repeated until it arrives.
    const QString click = u"document.querySelector('mark[data-kind=\"MONEY\"]').click(); true"_s;
    QTRY_VERIFY_WITH_TIMEOUT((evaluate(page(), click),
                              m_window->statusBar()->currentMessage().contains(u"5000억달러"_s)),
                             kTimeoutMs);
}

void TestMainWindow::articleMarkupRendersAsText()
{
    const ArticleId id = importThroughWindow(writeArticle(u"markup.txt"_s, kMarkupArticle));
    QVERIFY(id > 0);
    QVERIFY(waitForArticle(id));

    QCOMPARE(evaluate(page(),
                      u"document.querySelectorAll('article script, article img, "
                      u"article a, article iframe, img').length"_s)
                     .value_or(-1)
                     .toInt(),
             0);
    const QString text = evaluateString(page(), u"document.querySelector('article').innerText"_s);
    QVERIFY2(text.contains(u"<script>alert(1)</script>"_s), qPrintable(text));
    QVERIFY2(text.contains(u"<img src=x onerror=alert(2)>"_s), qPrintable(text));
    QVERIFY2(text.contains(u"<a href=\"javascript:alert(3)\">여기</a>"_s), qPrintable(text));
}

void TestMainWindow::pageCannotReachNetwork()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const ArticleId id = importThroughWindow(writeArticle(u"amount.txt"_s, kAmountArticle));
    QVERIFY(id > 0);
    QVERIFY(waitForArticle(id));

    const QString script = uR"nm((function () {
        window.nmProbe = '';
        const img = document.createElement('img');
        img.onerror = function () { window.nmProbe = 'refused'; };
        img.onload = function () { window.nmProbe = 'loaded'; };
        img.src = 'http://127.0.0.1:%1/x.png';
        document.body.appendChild(img);
        fetch('http://127.0.0.1:%1/y').catch(function () {});
        return true;
    })())nm"_s.arg(server.serverPort());
    QCOMPARE(evaluate(page(), script).value_or(false).toBool(), true);
    QTRY_COMPARE_WITH_TIMEOUT(evaluateString(page(), u"window.nmProbe"_s), u"refused"_s,
                              kTimeoutMs);
    QTest::qWait(300);
    QVERIFY(!server.hasPendingConnections());
}

void TestMainWindow::interceptorBlocksRemoteNavigation()
{
    // A plain page on the same profile: no CSP and no navigation filter, only the interceptor.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QSignalSpy blocked(m_profile->interceptor(), &RequestInterceptor::requestBlocked);
    QWebEnginePage plain(m_profile->profile());
    QSignalSpy loaded(&plain, &QWebEnginePage::loadFinished);
    QUrl target;
    target.setScheme(u"http"_s);
    target.setHost(u"127.0.0.1"_s);
    target.setPort(server.serverPort());
    target.setPath(u"/probe"_s);
    plain.load(target);

    QTRY_VERIFY_WITH_TIMEOUT(!blocked.isEmpty(), kTimeoutMs);
    QCOMPARE(blocked.first().first().toUrl(), target);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), kTimeoutMs);
    QCOMPARE(loaded.first().first().toBool(), false);
    QVERIFY(!server.hasPendingConnections());
}

void TestMainWindow::bridgeRejectsInconsistentCalls()
{
    const QString text = u"투자 5000억달러\n점유율 90%"_s;
    Span money;
    money.start = 3;
    money.end = 11;
    money.kind = SpanKind::Money;
    ReaderBridge bridge;
    bridge.setArticle(7, text, {money});
    QSignalSpy selections(&bridge, &ReaderBridge::selectionReported);
    QSignalSpy rejected(&bridge, &ReaderBridge::callRejected);
    QSignalSpy highlights(&bridge, &ReaderBridge::highlightActivated);

    bridge.selectionChanged(3, 11, u"5000억달러"_s);
    bridge.selectionChanged(0, 15,
                            u"투자 5000억달러\n\n점유율"_s); // block break read as a blank line
    QCOMPARE(selections.count(), 2);

    bridge.selectionChanged(3, 11, u"다른 글자"_s);
    bridge.selectionChanged(-2, 4, u"투자 "_s);
    bridge.selectionChanged(5, 3, QString());
    bridge.selectionChanged(0, 999, text);
    bridge.highlightClicked(u"MONEY"_s, 3, 10);
    bridge.highlightClicked(u"PERSON"_s, 3, 11);
    QCOMPARE(selections.count(), 2);
    QCOMPARE(rejected.count(), 6);

    bridge.highlightClicked(u"MONEY"_s, 3, 11);
    bridge.highlightClicked(u"money"_s, 3, 11);
    QCOMPARE(highlights.count(), 2);
}

void TestMainWindow::droppedFilesAreImported()
{
    const QString path = writeArticle(u"dropped.txt"_s, kAmountArticle);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QSignalSpy finished(m_window->importController(), &ImportController::finished);

    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeoutMs);
    QVERIFY(m_window->libraryPane()->currentArticleId() > 0);

    // Drops over the reader reach the window: no widget inside the web view takes them.
    QVERIFY(waitForArticle(m_window->libraryPane()->currentArticleId()));
    const auto inside = m_window->readerView()->findChildren<QWidget *>();
    QVERIFY(!inside.isEmpty());
    for (const QWidget *widget : inside)
        QVERIFY2(!widget->acceptDrops(), widget->metaObject()->className());
}

NEWSMARK_GUI_TEST_MAIN(TestMainWindow)

#include "tst_main_window.moc"
