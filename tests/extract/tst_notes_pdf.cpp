// The notes' HTML export as a browser shows it (its DOM in a real QtWebEngine page) and as
// newsmark-extract's PdfPrinter prints it (the PDF's text, read back by poppler's pdftotext):
// comments rendered from Markdown, the comment's own HTML shown as text, the headline once.

#include "extraction_web.h"
#include "pdf_printer.h"

#include "export/note_export.h"
#include "notes/note_service.h"
#include "storage/article_store.h"
#include "storage/database.h"
#include "storage/note_store.h"

#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QWebEnginePage>

#include <functional>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace newsmark;
using namespace newsmark::extract;

namespace {

// An original sample; no real outlet's text.
const QString kHeadline = u"한빛항만, 자동화 부두 개장…물동량 30% 늘린다"_s;
const QString kQuote = u"연간 물동량을 30% 늘릴 계획"_s;
const QString kComment = u"**핵심 수치** 확인, ~~20%~~ 아님\n\n"
                         u"| 항목 | 값 |\n|---|---|\n| 물동량 | 30% |\n\n"
                         u"<script>document.title='pwned'</script>\n\n"
                         u"보기 <img src=x onerror=\"document.title='pwned'\"> 끝"_s;

// Waits in a local event loop (QTest::qWaitFor's 10 ms naps slow WebEngine down).
template<typename T>
std::optional<T> waitFor(const std::function<void(std::function<void(T)>)> &start,
                         int timeoutMs = 120'000)
{
    std::optional<T> answer;
    QEventLoop loop;
    start([&](T value) {
        answer = std::move(value);
        loop.quit();
    });
    if (!answer) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return answer;
}

QVariant evaluate(QWebEnginePage &page, const QString &script)
{
    return waitFor<QVariant>([&](std::function<void(QVariant)> done) {
               page.runJavaScript(script, [done](const QVariant &v) { done(v); });
           })
            .value_or(QVariant());
}

// The PDF's text in the order it was printed (pdftotext -raw: its default reading order puts
// the digits of "3조2000억원", set in another font than the Hangul, on a line of their own);
// empty if pdftotext failed.
QString pdfText(const QByteArray &pdf, const QString &folder)
{
    const QString path = folder + u"/read.pdf"_s;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    file.close();
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    if (!pdftotext.waitForFinished(60'000) || pdftotext.exitCode() != 0)
        return {};
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

Result<QByteArray> printAndWait(const QByteArray &html)
{
    return waitFor<Result<QByteArray>>([&](std::function<void(Result<QByteArray>)> done) {
               PdfPrinter::shared().print(html, [done](const Result<QByteArray> &r) { done(r); });
           })
            .value_or(Result<QByteArray>(Error {u"no answer within two minutes"_s}));
}

} // namespace

class TestNotesPdf final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
                 "pdftotext (Debian poppler-utils, packaging/deps.sh) is needed to read PDFs");
        // A real library file through the real migrations.
        auto db = Database::open(m_dir.filePath(u"library.sqlite"_s));
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error()));
        m_db = std::move(db).value();
        m_articles = std::make_unique<ArticleStore>(*m_db);
        m_notes = std::make_unique<NoteStore>(*m_db);
        m_service = std::make_unique<NoteService>(*m_articles, *m_notes);
        Article a;
        a.language = u"ko"_s;
        a.headline = kHeadline;
        a.outlet = u"뉴스마크 경제"_s;
        a.published = u"2025-03-02T09:00:00"_s;
        a.paragraphs = {u"한빛항만이 부산에 자동화 부두를 열었다. 회사는 연간 물동량을 30% 늘릴 "
                        u"계획이라고 밝혔다."_s};
        a.contentHash = a.computeContentHash();
        const auto stored = m_articles->insert(a);
        QVERIFY(stored.ok());
        const auto note = m_service->createFromQuote(stored->id, kQuote, 1,
                                                     {NoteColor::Blue, kComment, {u"항만"_s}});
        QVERIFY2(note.ok(), qPrintable(note.ok() ? QString() : note.error()));
        m_exported = prepareExport(*m_articles, {note.value()});
        QCOMPARE(m_exported.size(), 1);
    }
    void cleanupTestCase()
    {
        m_service.reset();
        m_notes.reset();
        m_articles.reset();
        m_db.reset();
    }

    // The page a browser opening the HTML export builds: Markdown as elements, the comment's
    // script and image as the text the user wrote, and no script run.
    void htmlExportInThePage()
    {
        const QByteArray html = exportNotes(m_exported, ExportFormat::Html);
        QWebEnginePage page;
        const auto loaded = waitFor<bool>([&](std::function<void(bool)> done) {
            QObject::connect(&page, &QWebEnginePage::loadFinished, &page,
                             [done](bool ok) { done(ok); });
            page.setHtml(QString::fromUtf8(html));
        });
        QVERIFY(loaded.value_or(false));
        QCOMPARE(evaluate(page, u"document.querySelector('.comment strong').textContent"_s)
                         .toString(),
                 u"핵심 수치"_s);
        QCOMPARE(evaluate(page, u"document.querySelector('.comment del').textContent"_s).toString(),
                 u"20%"_s);
        QCOMPARE(evaluate(page, u"document.querySelectorAll('.comment table td').length"_s).toInt(),
                 2);
        QCOMPARE(evaluate(page, u"document.scripts.length"_s).toInt(), 0);
        QCOMPARE(evaluate(page, u"document.images.length"_s).toInt(), 0);
        QCOMPARE(evaluate(page, u"document.title"_s).toString(), kHeadline);
        const QString comment =
                evaluate(page, u"document.querySelector('.comment').textContent"_s).toString();
        QVERIFY2(comment.contains(u"<script>document.title='pwned'</script>"_s),
                 qPrintable(comment));
        QVERIFY2(comment.contains(u"<img src=x onerror=\"document.title='pwned'\">"_s),
                 qPrintable(comment));
        QVERIFY(!comment.contains(u"**"_s));
        // The headline once, as the page's heading.
        QCOMPARE(evaluate(page, u"document.querySelectorAll('h1, h2').length"_s).toInt(), 1);
        QCOMPARE(evaluate(page,
                          u"document.body.innerText.split(%1).length - 1"_s.arg(
                                  u"'한빛항만, 자동화 부두 개장'"_s))
                         .toInt(),
                 1);
    }

    void pdfHoldsTheNoteOnce()
    {
        const Result<QByteArray> pdf = printAndWait(exportNotes(m_exported, ExportFormat::Html));
        QVERIFY2(pdf.ok(), qPrintable(pdf.ok() ? QString() : pdf.error()));
        QVERIFY(pdf->startsWith("%PDF-"));
        const QString text = pdfText(*pdf, m_dir.path());
        QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
        // pdftotext may break the headline's line; compare without white space.
        QString flat = text;
        flat.remove(QRegularExpression(u"\\s+"_s));
        QString headline = kHeadline;
        headline.remove(u' ');
        QCOMPARE(flat.count(headline), 1);
        QVERIFY2(flat.contains(QString(kQuote).remove(u' ')), qPrintable(text));
        QVERIFY2(text.contains(u"핵심 수치"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"**"_s) && !text.contains(u"~~"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"|---|"_s), qPrintable(text));
        QVERIFY2(flat.contains(u"<script>document.title='pwned'</script>"_s), qPrintable(text));
        QVERIFY2(text.contains(u"뉴스마크 경제"_s), qPrintable(text));
    }

    // A document past the 2 MB that setHtml() takes prints whole: the printer serves it through
    // its scheme. Most of it is an HTML comment, so that it lays out in moments.
    void largeDocumentPrintsWhole()
    {
        QByteArray html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><p>"
                          "first page</p><!--";
        html += QByteArray(3 * 1024 * 1024, 'x');
        html += "--><p>the last words 마지막</p></body></html>";
        const Result<QByteArray> pdf = printAndWait(html);
        QVERIFY2(pdf.ok(), qPrintable(pdf.ok() ? QString() : pdf.error()));
        const QString text = pdfText(*pdf, m_dir.path());
        QVERIFY2(text.contains(u"the last words 마지막"_s), qPrintable(text.left(500)));
    }

    // newsmark-cli's commands run on a thread of the window while it holds the library: the
    // printing happens on the main thread, the command waits for it.
    void printsForAnotherThread()
    {
        std::optional<Result<QByteArray>> answer;
        QThread *worker = QThread::create(
                [&] { answer = printHtmlToPdf(exportNotes(m_exported, ExportFormat::Html)); });
        worker->start();
        QTRY_VERIFY_WITH_TIMEOUT(worker->isFinished(), 120'000);
        delete worker;
        QVERIFY(answer.has_value());
        QVERIFY2(answer->ok(), qPrintable(answer->ok() ? QString() : answer->error()));
        QVERIFY(answer->value().startsWith("%PDF-"));
    }

    void writesAtomicallyAndSaysWhy()
    {
        const QString path = m_dir.filePath(u"notes.pdf"_s);
        QVERIFY(writeNotesPdf(m_exported, path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        // A folder that is not there: refused before anything is printed, the path named.
        const QString missing = m_dir.filePath(u"no/such/folder/notes.pdf"_s);
        const Status refused = writeNotesPdf(m_exported, missing);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(missing), qPrintable(refused.error()));
        QVERIFY(!QFile::exists(missing));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ArticleStore> m_articles;
    std::unique_ptr<NoteStore> m_notes;
    std::unique_ptr<NoteService> m_service;
    QList<ExportedNote> m_exported;
};

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    prepareExtraction();
    QGuiApplication app(argc, argv);
    TestNotesPdf test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_notes_pdf.moc"
