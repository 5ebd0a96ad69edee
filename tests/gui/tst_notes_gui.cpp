#include "import_controller.h"
#include "library/library.h"
#include "main_window.h"
#include "notes_controller.h"
#include "notes_dock.h"
#include "reader_profile.h"
#include "reader_view.h"
#include "storage/note_store.h"
#include "web_setup.h"
#include "window_test_base.h"

#include <QApplication>
#include <QFile>
#include <QListWidget>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QWebEnginePage>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace newsmark;
using namespace newsmark::gui;

namespace {

constexpr int kTimeoutMs = 20000;

// An original article in the Korean web layout, with an amount in its first paragraph.
const QString kDateline = u"[뉴스마크 = 오세린 기자] "_s;
// The first paragraph's canonical text: the importer keeps the dateline out of it.
const QString kFirstParagraph = u"항만 물류 자동화 설비 발주가 올해 처음으로 3200억원을 넘어설 "
                                u"전망이다. 업계는 인력난이 투자를 앞당겼다고 본다."_s;
const QString kArticle = u"산업\n항만 자동화 발주 3200억원 돌파 전망\n크레인 교체 수요 늘어\n"_s
        + kDateline + kFirstParagraph
        + u"\n부산과 인천의 신규 터미널이 발주의 절반가량을 차지할 것으로 보인다.\n"
          u"오세린 기자 serin@newsmark.example\n"_s;

std::optional<QVariant> evaluate(QWebEnginePage *page, const QString &script)
{
    auto result = std::make_shared<std::optional<QVariant>>();
    page->runJavaScript(script, [result](const QVariant &value) { *result = value; });
    if (!QTest::qWaitFor([&] { return result->has_value(); }, kTimeoutMs))
        return std::nullopt;
    return *result;
}

int evaluateInt(QWebEnginePage *page, const QString &script)
{
    return evaluate(page, script).value_or(QVariant(-1)).toInt();
}

QString evaluateString(QWebEnginePage *page, const QString &script)
{
    return evaluate(page, script).value_or(QVariant()).toString();
}

QString noteMarks(const QUuid &id, const QString &extra = {})
{
    return u"document.querySelectorAll('mark.nm-note%1[data-note-id=\"%2\"]').length"_s.arg(
            extra, id.toString(QUuid::WithoutBraces));
}

} // namespace

class TestNotesGui final : public WindowTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void highlightUndoRedoRecolor();
    void noteOverlappingAnAmountRendersBoth();
    void exportWritesFiles();
    void linkOpensArticleAtNote();

private:
    ArticleId importArticle();
    bool waitForArticle(ArticleId id);
    NotesController *notes() const { return m_window->notesController(); }
    QWebEnginePage *page() const { return m_window->readerView()->page(); }
};

void TestNotesGui::initTestCase()
{
    setUpRun();
}

void TestNotesGui::init()
{
    QVERIFY(openWindow());
}

void TestNotesGui::cleanup()
{
    closeWindow();
}

void TestNotesGui::cleanupTestCase()
{
    tearDownRun();
}

ArticleId TestNotesGui::importArticle()
{
    const QString path = m_dir->filePath(u"port.txt"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return 0;
    file.write(kArticle.toUtf8());
    file.close();
    QSignalSpy finished(m_window->importController(), &ImportController::finished);
    m_window->importPaths({path});
    if (!QTest::qWaitFor([&] { return finished.count() == 1; }, kTimeoutMs))
        return 0;
    if (auto *summary = m_window->findChild<QMessageBox *>(u"importSummary"_s))
        summary->close();
    const ArticleId id = m_window->readerView()->articleId();
    return waitForArticle(id) ? id : 0;
}

bool TestNotesGui::waitForArticle(ArticleId id)
{
    const QString script = uR"nm((function () {
        const article = document.querySelector('article.nm-article');
        return document.readyState === 'complete' && article ? article.dataset.articleId : '';
    })())nm"_s;
    return id != 0
            && QTest::qWaitFor(
                    [&] { return evaluateString(page(), script) == QString::number(id); },
                    kTimeoutMs);
}

void TestNotesGui::highlightUndoRedoRecolor()
{
    const ArticleId article = importArticle();
    QVERIFY(article > 0);
    // Nothing selected: nothing happens.
    QVERIFY(!notes()->highlightSelection());

    // The reader selects the first paragraph, amount and all; reader.js reports it after 120 ms.
    evaluate(page(), uR"nm((function () {
        const p = document.querySelector('p.nm-paragraph');
        const range = document.createRange();
        range.selectNodeContents(p);
        window.getSelection().removeAllRanges();
        window.getSelection().addRange(range);
        return window.getSelection().toString().length;
    })())nm"_s);
    // QTRY_ evaluates its condition again after success: the flag keeps it to one note.
    bool created = false;
    QTRY_VERIFY_WITH_TIMEOUT(created || (created = notes()->highlightSelection()), kTimeoutMs);

    NoteStore store(m_window->library().database());
    QList<Note> saved = store.forArticle(article);
    QCOMPARE(saved.size(), 1);
    const Note note = saved.constFirst();
    QCOMPARE(note.quote, kFirstParagraph);
    QCOMPARE(note.color, NoteColor::Yellow);
    QTRY_VERIFY_WITH_TIMEOUT(evaluateInt(page(), noteMarks(note.id)) > 0, kTimeoutMs);
    // The amount's mark is still there, inside the note's.
    QCOMPARE(
            evaluateInt(
                    page(),
                    u"document.querySelectorAll('mark.nm-note mark.nm-span[data-kind=\"MONEY\"]').length"_s),
            1);
    QCOMPARE(evaluateString(page(), u"document.querySelector('p.nm-paragraph').textContent"_s),
             kFirstParagraph);
    // The Notes panel lists it.
    QListWidget *list = notes()->dock()->list();
    QTRY_COMPARE_WITH_TIMEOUT(list->count(), 1, kTimeoutMs);
    QVERIFY(list->item(0)->text().contains(kFirstParagraph.left(20)));

    // Undo removes it from the library and the page; redo brings back the same note.
    QUndoStack *undo = notes()->undoStack();
    undo->undo();
    QVERIFY(store.forArticle(article).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(evaluateInt(page(), noteMarks(note.id)), 0, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(list->count(), 0, kTimeoutMs);
    undo->redo();
    QCOMPARE(store.find(note.id), std::optional<Note>(note));
    QTRY_VERIFY_WITH_TIMEOUT(evaluateInt(page(), noteMarks(note.id)) > 0, kTimeoutMs);

    // Recolour through the stack, and back.
    notes()->recolor(note.id, NoteColor::Green);
    QCOMPARE(store.find(note.id)->color, NoteColor::Green);
    QTRY_VERIFY_WITH_TIMEOUT(evaluateInt(page(), noteMarks(note.id, u".nm-note-green"_s)) > 0,
                             kTimeoutMs);
    notes()->setBody(note.id, u"확인 필요"_s);
    notes()->setTags(note.id, {u"물류"_s, u"투자"_s});
    QCOMPARE(store.find(note.id)->tags, QStringList({u"물류"_s, u"투자"_s}));
    undo->undo();
    undo->undo();
    QCOMPARE(store.find(note.id)->body, QString());
    undo->undo();
    QCOMPARE(store.find(note.id), std::optional<Note>(note));
    QTRY_VERIFY_WITH_TIMEOUT(evaluateInt(page(), noteMarks(note.id, u".nm-note-yellow"_s)) > 0,
                             kTimeoutMs);

    // Delete, and undo the delete.
    notes()->remove(note.id);
    QVERIFY(!store.contains(note.id));
    undo->undo();
    QCOMPARE(store.find(note.id), std::optional<Note>(note));
}

void TestNotesGui::noteOverlappingAnAmountRendersBoth()
{
    const ArticleId article = importArticle();
    QVERIFY(article > 0);
    // From the middle of the sentence into the middle of "3200억원".
    const auto first = notes()->service().createFromQuote(article, u"처음으로 3200억"_s, 1);
    QVERIFY(first.ok());
    const auto second = notes()->service().createFromQuote(article, u"올해 처음으로"_s, 1,
                                                           {NoteColor::Blue, {}, {}});
    QVERIFY(second.ok());
    QTRY_VERIFY_WITH_TIMEOUT(evaluateInt(page(), noteMarks(first->id)) > 0, kTimeoutMs);
    QVERIFY(evaluateInt(page(), noteMarks(second->id, u".nm-note-blue"_s)) > 0);
    QCOMPARE(evaluateString(page(),
                            u"document.querySelector('mark[data-kind=\"MONEY\"]').textContent"_s),
             u"3200억원"_s);
    // The page's text is the article's text, and what the notes cover is their quotes.
    QCOMPARE(evaluateString(page(), u"document.querySelector('p.nm-paragraph').textContent"_s),
             kFirstParagraph);
    const QString covered =
            uR"nm(Array.from(document.querySelectorAll('mark.nm-note[data-note-id="%1"]'))
            .map(m => m.textContent).join(''))nm"_s;
    QCOMPARE(evaluateString(page(), covered.arg(first->idText())), u"처음으로 3200억"_s);
    QCOMPARE(evaluateString(page(), covered.arg(second->idText())), u"올해 처음으로"_s);
    QTRY_COMPARE_WITH_TIMEOUT(notes()->dock()->list()->count(), 2, kTimeoutMs);
}

void TestNotesGui::exportWritesFiles()
{
    const ArticleId article = importArticle();
    QVERIFY(article > 0);
    const auto note = notes()->service().createFromQuote(article, u"항만 물류 자동화 설비"_s, 1);
    QVERIFY(note.ok());
    const QString md = m_dir->filePath(u"notes.md"_s);
    std::optional<Status> written;
    notes()->exportTo({*note}, u"md"_s, md, [&](const Status &status) { written = status; });
    QVERIFY(written && written->ok());
    QFile file(md);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(u"항만 물류 자동화 설비"_s));
    QVERIFY(text.contains(u"newsmark://article/"_s));

    const QString pdf = m_dir->filePath(u"notes.pdf"_s);
    written.reset();
    notes()->exportTo({*note}, u"pdf"_s, pdf, [&](const Status &status) { written = status; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), kTimeoutMs);
    QVERIFY2(written->ok(), qPrintable(written->ok() ? QString() : written->error()));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");
}

void TestNotesGui::linkOpensArticleAtNote()
{
    const ArticleId article = importArticle();
    QVERIFY(article > 0);
    const auto note = notes()->service().createFromQuote(article, u"신규 터미널"_s, 1);
    QVERIFY(note.ok());
    m_window->readerView()->showPlaceholder(u"…"_s);
    QVERIFY(!notes()->openLink(u"https://example.com/"_s));
    QVERIFY(notes()->openLink(u"newsmark://article/%1?note=%2"_s.arg(article).arg(note->idText())));
    QVERIFY(waitForArticle(article));
    QTRY_VERIFY_WITH_TIMEOUT(evaluateInt(page(), noteMarks(note->id, u".nm-note-active"_s)) > 0,
                             kTimeoutMs);
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    prepareWebEngine();
    QApplication app(argc, argv);
    TestNotesGui test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_notes_gui.moc"
