#include "export/note_export.h"
#include "import_controller.h"
#include "library/library.h"
#include "library/note_list_model.h"
#include "main_window.h"
#include "notes_browser.h"
#include "notes_controller.h"
#include "notes_dock.h"
#include "reader_profile.h"
#include "reader_view.h"
#include "storage/note_store.h"
#include "window_test_base.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
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

QString noteMarks(const QUuid &id, const QString &extra = {})
{
    return u"document.querySelectorAll('mark.nm-note%1[data-note-id=\"%2\"]').length"_s.arg(
            extra, id.toString(QUuid::WithoutBraces));
}

// A PDF's text in printing order, as poppler's pdftotext -raw reads it (Debian poppler-utils);
// empty when it could not.
QString pdfText(const QString &file)
{
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, file, u"-"_s});
    if (!pdftotext.waitForFinished(60000) || pdftotext.exitCode() != 0)
        return {};
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
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
    void importThroughTheDialogRestoresNotes();
    void linkOpensArticleAtNote();
    void clickOnANoteMarkSelectsTheNote();
    void undoKeysReachNotesWhileTheReaderHasFocus();
    void reimportPlacesNotesInTheNewText();
    void allNotesFilterByDate();

private:
    ArticleId importArticle();
    bool waitForArticle(ArticleId id);
    bool highlightFirstParagraph();
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
    return importText(u"port.txt"_s, kArticle);
}

bool TestNotesGui::waitForArticle(ArticleId id)
{
    return waitForPageOf(id);
}

// The reader selects the first paragraph, amount and all (reader.js reports a selection after
// 120 ms), and Highlight makes a note of it once the report has arrived.
bool TestNotesGui::highlightFirstParagraph()
{
    evaluate(page(), uR"nm((function () {
        const p = document.querySelector('p.nm-paragraph');
        const range = document.createRange();
        range.selectNodeContents(p);
        window.getSelection().removeAllRanges();
        window.getSelection().addRange(range);
    })())nm"_s);
    // QTest::qWaitFor stops at the first success (QTRY_ would evaluate it again: a second note).
    return QTest::qWaitFor([this] { return notes()->highlightSelection(); }, kTimeoutMs);
}

void TestNotesGui::highlightUndoRedoRecolor()
{
    const ArticleId article = importArticle();
    QVERIFY(article > 0);
    // Nothing selected: nothing happens.
    QVERIFY(!notes()->highlightSelection());

    QVERIFY(highlightFirstParagraph());

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
    // Off the GUI thread: the window goes on meanwhile.
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), kTimeoutMs);
    QVERIFY2(written->ok(), qPrintable(written->ok() ? QString() : written->error()));
    QFile file(md);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(u"항만 물류 자동화 설비"_s));
    QVERIFY(text.contains(u"newsmark://article/"_s));

    // PDF: the HTML export printed by newsmark-extract's printer, its comment rendered from
    // Markdown. The note's comment first gets some.
    QVERIFY(notes()->service().setBody(note->id, u"**설비 투자** 확인"_s).ok());
    const QString pdf = m_dir->filePath(u"notes.pdf"_s);
    written.reset();
    const auto fresh = notes()->service().find(note->id);
    QVERIFY(fresh);
    notes()->exportTo({*fresh}, u"pdf"_s, pdf, [&](const Status &status) { written = status; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), kTimeoutMs);
    QVERIFY2(written->ok(), qPrintable(written->ok() ? QString() : written->error()));
    const QString windowText = pdfText(pdf);
    QVERIFY2(windowText.contains(u"항만 물류 자동화 설비"_s), qPrintable(windowText));
    QVERIFY2(windowText.contains(u"설비 투자 확인"_s), qPrintable(windowText));
    QVERIFY2(!windowText.contains(u"**"_s), qPrintable(windowText));

    // newsmark-cli, handed to this window (which holds the library), prints the same PDF: same
    // text, same pages. Its command runs on a thread of the window; the printing on this one.
    const QString cliPdf = m_dir->filePath(u"notes-cli.pdf"_s);
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"xdg-data"_s));
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(NEWSMARK_CLI),
              {u"notes"_s, u"export"_s, u"--library"_s, m_window->library().path(), u"--format"_s,
               u"pdf"_s, u"--article"_s, QString::number(article), u"-o"_s, cliPdf});
    QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, kTimeoutMs);
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    QCOMPARE(pdfText(cliPdf), windowText);

    // Never over the library itself (a save dialog lists its folder).
    written.reset();
    const QString libraryPath = m_window->library().path();
    notes()->exportTo({*note}, u"md"_s, libraryPath,
                      [&](const Status &status) { written = status; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), kTimeoutMs);
    QVERIFY(!written->ok());
    QCOMPARE(written->error(),
             trIn("newsmark::gui::NotesController",
                  "%1 is one of the library's own files; choose another file.")
                     .arg(libraryPath));
    QVERIFY(m_window->library().articles().find(article));
}

// File > Import Notes…: the dialog does not block (the call returns with it open), and the
// import runs off the GUI thread, then the panel shows the notes again.
void TestNotesGui::importThroughTheDialogRestoresNotes()
{
    const ArticleId article = importArticle();
    QVERIFY(article > 0);
    const auto note =
            notes()->service().createFromQuote(article, u"항만 물류 자동화 설비"_s, 1,
                                               {NoteColor::Pink, u"다시 볼 것"_s, {u"물류"_s}});
    QVERIFY(note.ok());
    const QString json = m_dir->filePath(u"notes.json"_s);
    std::optional<Status> written;
    notes()->exportTo({*note}, u"json"_s, json, [&](const Status &status) { written = status; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value() && written->ok(), kTimeoutMs);
    QVERIFY(notes()->service().remove(note->id).ok());
    QListWidget *panel = notes()->dock()->list();
    QTRY_COMPARE_WITH_TIMEOUT(panel->count(), 0, kTimeoutMs);

    notes()->chooseImport();
    auto *dialog = m_window->findChild<QFileDialog *>(u"openFileDialog"_s);
    QVERIFY(dialog && dialog->isVisible());
    dialog->selectFile(json);
    static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() is protected
    NoteStore store(m_window->library().database());
    QTRY_VERIFY_WITH_TIMEOUT(store.contains(note->id), kTimeoutMs);
    QCOMPARE(store.find(note->id)->body, u"다시 볼 것"_s);
    QTRY_COMPARE_WITH_TIMEOUT(panel->count(), 1, kTimeoutMs);
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

void TestNotesGui::clickOnANoteMarkSelectsTheNote()
{
    const ArticleId article = importArticle();
    QVERIFY(article > 0);
    // One note inside another: a click inside the inner one means the inner one.
    const auto outer = notes()->service().createFromQuote(
            article, u"항만 물류 자동화 설비 발주가"_s, 1, {NoteColor::Blue, u"바깥"_s, {}});
    const auto inner = notes()->service().createFromQuote(article, u"자동화 설비"_s, 1,
                                                          {NoteColor::Pink, u"안쪽 메모"_s, {}});
    QVERIFY(outer.ok() && inner.ok());
    QTRY_VERIFY_WITH_TIMEOUT(evaluateInt(page(), noteMarks(inner->id)) > 0, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(notes()->dock()->list()->count(), 2, kTimeoutMs);
    QCOMPARE(evaluateInt(page(),
                         u"document.querySelectorAll('mark.nm-note[data-note-id=\"%1\"] "
                         u"mark.nm-note[data-note-id=\"%2\"]').length"_s.arg(outer->idText(),
                                                                             inner->idText())),
             1);

    // The outer note's own text, clicked from script.
    evaluate(page(),
             u"document.querySelector('mark.nm-note[data-note-id=\"%1\"]').click()"_s.arg(
                     outer->idText()));
    QTRY_COMPARE_WITH_TIMEOUT(notes()->dock()->currentNoteId(), std::optional<QUuid>(outer->id),
                              kTimeoutMs);
    auto *comment = notes()->dock()->findChild<QPlainTextEdit *>();
    QVERIFY(comment);
    QCOMPARE(comment->toPlainText(), u"바깥"_s);

    // The inner note, clicked with the mouse where the page draws it, with the panel closed.
    notes()->dock()->hide();
    const QJsonArray rect =
            QJsonDocument::fromJson(
                    evaluateString(page(),
                                   u"JSON.stringify((function (r) { return [r.left, r.top, "
                                   u"r.width, r.height]; })(document.querySelector("
                                   u"'mark.nm-note[data-note-id=\"%1\"]')"
                                   u".getBoundingClientRect()))"_s.arg(inner->idText()))
                            .toUtf8())
                    .array();
    QCOMPARE(rect.size(), 4);
    const qreal zoom = m_window->readerView()->zoomFactor();
    const QPoint centre(qRound((rect[0].toDouble() + rect[2].toDouble() / 2) * zoom),
                        qRound((rect[1].toDouble() + rect[3].toDouble() / 2) * zoom));
    QWidget *surface = m_window->readerView()->focusProxy();
    QVERIFY(surface);
    QTest::mouseClick(surface, Qt::LeftButton, {}, centre);
    QTRY_COMPARE_WITH_TIMEOUT(notes()->dock()->currentNoteId(), std::optional<QUuid>(inner->id),
                              kTimeoutMs);
    QVERIFY(notes()->dock()->isVisible());
    QCOMPARE(comment->toPlainText(), u"안쪽 메모"_s);
    QTRY_VERIFY_WITH_TIMEOUT(evaluateInt(page(), noteMarks(inner->id, u".nm-note-active"_s)) > 0,
                             kTimeoutMs);
    QCOMPARE(evaluateInt(page(), noteMarks(outer->id, u".nm-note-active"_s)), 0);

    // A made-up id from the page selects nothing.
    evaluate(page(),
             u"document.querySelector('mark.nm-note').dataset.noteId = "
             u"'00000000-0000-0000-0000-000000000001'"_s);
    evaluate(page(), u"document.querySelector('mark.nm-note').click()"_s);
    QTest::qWait(200);
    QCOMPARE(notes()->dock()->currentNoteId(), std::optional<QUuid>(inner->id));
}

void TestNotesGui::undoKeysReachNotesWhileTheReaderHasFocus()
{
    const ArticleId article = importArticle();
    QVERIFY(article > 0);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(highlightFirstParagraph());
    NoteStore store(m_window->library().database());
    QCOMPARE(store.forArticle(article).size(), 1);
    const Note note = store.forArticle(article).constFirst();

    QWidget *surface = m_window->readerView()->focusProxy();
    QVERIFY(surface);
    surface->setFocus();
    QTRY_VERIFY_WITH_TIMEOUT(surface->hasFocus(), kTimeoutMs);
    // The page's render widget must leave undo and redo to the window's shortcuts: had it
    // accepted the override (as Chromium does for its editing commands in an editable field), the
    // keys would never be shortcuts. The reader page has nothing editable, and QtWebEngine 6.4
    // then declines them, so no filter is needed; this keeps it that way.
    for (const QKeyCombination key :
         {QKeyCombination(Qt::ControlModifier, Qt::Key_Z),
          QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z)}) {
        QKeyEvent override(QEvent::ShortcutOverride, key.key(), key.keyboardModifiers());
        override.setAccepted(false);
        QApplication::sendEvent(surface, &override);
        QVERIFY(!override.isAccepted());
    }
    QTest::keyClick(surface, Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(store.forArticle(article).isEmpty(), kTimeoutMs);
    QTest::keyClick(surface, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(store.find(note.id), std::optional<Note>(note), kTimeoutMs);
    QTest::keyClick(surface, Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(store.forArticle(article).isEmpty(), kTimeoutMs);
    QTest::keyClick(surface, Qt::Key_Y, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(store.contains(note.id), kTimeoutMs);
}

void TestNotesGui::reimportPlacesNotesInTheNewText()
{
    const ArticleId article = importArticle();
    QVERIFY(article > 0);
    const auto kept = notes()->service().createFromQuote(article, u"항만 물류 자동화 설비"_s, 1);
    const auto reworded = notes()->service().createFromQuote(
            article, u"발주의 절반가량을 차지할 것으로 보인다"_s, 1);
    const auto gone = notes()->service().createFromQuote(article, u"인력난이 투자를 앞당겼다"_s, 1);
    QVERIFY(kept.ok() && reworded.ok() && gone.ok());
    QTRY_COMPARE_WITH_TIMEOUT(notes()->dock()->list()->count(), 3, kTimeoutMs);

    // The file edited on disk and imported again while the article is open.
    const QString path = m_dir->filePath(u"port.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QString(kArticle)
                       .replace(u" 업계는 인력난이 투자를 앞당겼다고 본다."_s, QString())
                       .replace(u"것으로 보인다."_s, u"것으로 본다."_s)
                       .toUtf8());
    file.close();
    QSignalSpy finished(m_window->importController(), &ImportController::finished);
    m_window->importPaths({path});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeoutMs);
    const auto report = finished.at(0).at(0).value<ImportReport>();
    QCOMPARE(report.updated, QList<ArticleId> {article});
    QVERIFY(report.imported.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<QMessageBox *>(u"importSummary"_s), kTimeoutMs);
    auto *summary = m_window->findChild<QMessageBox *>(u"importSummary"_s);
    QVERIFY2(summary->text().contains(trIn("newsmark::gui::MainWindow", "updated: %1").arg(1)),
             qPrintable(summary->text()));
    summary->close();

    NoteStore store(m_window->library().database());
    QCOMPARE(store.find(kept->id)->anchor, AnchorState::Exact);
    QCOMPARE(store.find(reworded->id)->anchor, AnchorState::Fuzzy);
    QCOMPARE(store.find(gone->id)->anchor, AnchorState::Orphaned);
    // The reader shows the new text with the placed notes marked.
    QTRY_VERIFY_WITH_TIMEOUT(
            !evaluateString(page(), u"document.body.textContent"_s).contains(u"인력난"_s)
                    && evaluateInt(page(), noteMarks(kept->id)) > 0,
            kTimeoutMs);
    QCOMPARE(m_window->readerView()->articleId(), article);
    QCOMPARE(evaluateInt(page(), noteMarks(gone->id)), 0);
    QCOMPARE(evaluateString(
                     page(),
                     u"Array.from(document.querySelectorAll('mark.nm-note[data-note-id=\"%1\"]'))"
                     u".map(m => m.textContent).join('')"_s.arg(reworded->idText())),
             u"발주의 절반가량을 차지할 것으로 본다"_s);
    // The panel lists all three: the orphan says so, the reworded one shows its old quote.
    QListWidget *list = notes()->dock()->list();
    QTRY_COMPARE_WITH_TIMEOUT(list->count(), 3, kTimeoutMs);
    QHash<QString, QString> lines;
    for (int row = 0; row < list->count(); ++row)
        lines.insert(list->item(row)->text().section(u'\n', 0, 0), list->item(row)->text());
    const QString keptText = lines.value(u"“항만 물류 자동화 설비”"_s);
    QVERIFY2(!keptText.isEmpty() && !keptText.contains(u"⚠"_s), qPrintable(keptText));
    const QString rewordedText = lines.value(u"“발주의 절반가량을 차지할 것으로 본다”"_s);
    QVERIFY2(rewordedText.contains(trIn("newsmark::gui::NotesDock",
                                        "⚠ Text changed since you highlighted. Was: “%1”")
                                           .arg(u"발주의 절반가량을 차지할 것으로 보인다"_s)),
             qPrintable(rewordedText));
    const QString goneText = lines.value(u"“인력난이 투자를 앞당겼다”"_s);
    QVERIFY2(
            goneText.contains(trIn("newsmark::gui::NotesDock",
                                   "⚠ Orphaned: this passage is no longer in the article's text.")),
            qPrintable(goneText));
}

void TestNotesGui::allNotesFilterByDate()
{
    const ArticleId article = importArticle();
    QVERIFY(article > 0);
    QVERIFY(notes()->service().createFromQuote(article, u"신규 터미널"_s, 1).ok());
    NotesBrowser *browser = notes()->browser();
    auto *preset = browser->findChild<QComboBox *>(u"notesDateFilter"_s);
    auto *field = browser->findChild<QComboBox *>(u"notesDateField"_s);
    auto *from = browser->findChild<QDateEdit *>(u"notesDateFrom"_s);
    auto *to = browser->findChild<QDateEdit *>(u"notesDateTo"_s);
    QVERIFY(preset && field && from && to);
    QCOMPARE(preset->currentText(), trIn("newsmark::gui::NotesBrowser", "Any date"));
    QVERIFY(from->isHidden() && to->isHidden());
    QTRY_COMPARE_WITH_TIMEOUT(browser->model()->rowCount(), 1, kTimeoutMs);

    preset->setCurrentIndex(preset->findText(trIn("newsmark::gui::NotesBrowser", "Last 7 days")));
    QCOMPARE(browser->model()->query().createdFrom, QDate::currentDate().addDays(-6));
    QCOMPARE(browser->model()->query().createdTo, QDate::currentDate());
    QCOMPARE(browser->model()->rowCount(), 1);

    preset->setCurrentIndex(preset->findText(trIn("newsmark::gui::NotesBrowser", "Between…")));
    QVERIFY(!from->isHidden() && !to->isHidden());
    from->setDate(QDate(2001, 1, 1));
    to->setDate(QDate(2001, 1, 31));
    QCOMPARE(browser->model()->rowCount(), 0);

    // The article's date instead: this one has none, so its import date (today) counts.
    field->setCurrentIndex(field->findData(u"article"_s));
    QCOMPARE(browser->model()->query().articleDateFrom, QDate(2001, 1, 1));
    QVERIFY(!browser->model()->query().createdFrom.isValid());
    QCOMPARE(browser->model()->rowCount(), 0);
    preset->setCurrentIndex(preset->findText(trIn("newsmark::gui::NotesBrowser", "Today")));
    QCOMPARE(browser->model()->rowCount(), 1);
}

NEWSMARK_GUI_TEST_MAIN(TestNotesGui)
#include "tst_notes_gui.moc"
