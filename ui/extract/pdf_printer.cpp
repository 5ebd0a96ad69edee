#include "pdf_printer.h"

#include "i18n/ui_language.h"

#include "extract_logging.h"
#include "extraction_web.h"
#include "main_thread_wait.h"

#include "export/note_export.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QPageSize>
#include <QPointer>
#include <QSaveFile>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

namespace newsmark::extract {

namespace { } // namespace

QPageLayout pdfPageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                       QPageLayout::Millimeter);
}

PdfPrinter::PdfPrinter(QObject *parent)
    : QObject(parent)
    , m_profile(new QWebEngineProfile(this)) // no storage name: off the record
    , m_schemeHandler(new PageSchemeHandler(this))
    , m_interceptor(new PageRequestInterceptor(this))
{
    lockDownProfile(m_profile, m_schemeHandler, m_interceptor);
}

PdfPrinter::~PdfPrinter()
{
    // The pages (children of this object) before their profile, as QtWebEngine asks.
    const auto pages = findChildren<QWebEnginePage *>();
    qDeleteAll(pages);
    delete m_profile;
    m_profile = nullptr;
}

PdfPrinter &PdfPrinter::shared()
{
    static QPointer<PdfPrinter> printer;
    if (!printer)
        printer = new PdfPrinter(QCoreApplication::instance());
    return *printer;
}

void PdfPrinter::print(const QByteArray &utf8Html, Done done)
{
    m_queue.enqueue(Job {utf8Html, std::move(done)});
    if (!m_current)
        QMetaObject::invokeMethod(this, &PdfPrinter::startNext, Qt::QueuedConnection);
}

void PdfPrinter::startNext()
{
    if (m_current || m_queue.isEmpty())
        return;
    m_current = m_queue.dequeue();
    const QUrl url(QString::fromLatin1(kPageScheme) + u":print-" + QString::number(++m_lastTicket));
    m_schemeHandler->setPage(url, m_current->html);
    // A page per document: nothing of the last one (its layout, its scroll) stays.
    auto *page = new ExtractionWebPage(m_profile, this);
    connect(page, &QWebEnginePage::loadFinished, this, [this, page](bool ok) {
        if (!ok) {
            page->deleteLater();
            finish(Error {CoreText::tr("the notes could not be laid out for printing")});
            return;
        }
        page->printToPdf(
                [this, page](const QByteArray &pdf) {
                    page->deleteLater();
                    if (pdf.isEmpty())
                        finish(Error {CoreText::tr("printing to PDF failed")});
                    else
                        finish(pdf);
                },
                pdfPageLayout());
    });
    qCDebug(lcExtract) << "Printing" << m_current->html.size() << "bytes of HTML to PDF";
    page->load(url);
}

void PdfPrinter::finish(const Result<QByteArray> &result)
{
    m_schemeHandler->clear();
    const Done done = std::move(m_current->done);
    m_current.reset();
    if (!m_queue.isEmpty())
        QMetaObject::invokeMethod(this, &PdfPrinter::startNext, Qt::QueuedConnection);
    done(result);
}

Result<QByteArray> printHtmlToPdf(const QByteArray &utf8Html)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!qobject_cast<QGuiApplication *>(app))
        return Error {CoreText::tr("printing to PDF needs QtWebEngine, which this program has not "
                                   "started")};
    return waitForMainThread<Result<QByteArray>>(
            [utf8Html](const std::function<void(const Result<QByteArray> &)> &done) {
                PdfPrinter::shared().print(utf8Html, done);
            });
}

Status writeNotesPdf(const QList<ExportedNote> &notes, const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {CoreText::tr("%1: cannot write: %2").arg(name, file.errorString())};
    const Result<QByteArray> pdf = printHtmlToPdf(exportNotes(notes, ExportFormat::Html));
    if (!pdf)
        return Error {name + u": " + pdf.error()};
    if (file.write(*pdf) != pdf->size() || !file.commit())
        return Error {CoreText::tr("%1: cannot write: %2").arg(name, file.errorString())};
    return Done {};
}

} // namespace newsmark::extract
