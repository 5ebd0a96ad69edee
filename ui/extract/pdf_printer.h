#pragma once

#include "result.h"

#include <QByteArray>
#include <QObject>
#include <QPageLayout>
#include <QQueue>

#include <functional>
#include <optional>

class QWebEngineProfile;

namespace newsmark {
struct ExportedNote;
}

namespace newsmark::extract {

class PageSchemeHandler;
class PageRequestInterceptor;

// The page every PDF of Newsmark is printed on: A4 portrait, 15 mm margins.
QPageLayout pdfPageLayout();

// Prints standalone HTML documents (styles inline, nothing to load: the notes' HTML export) to
// PDF in off-screen QtWebEngine pages, without a window, one document at a time. Its profile is
// off the record, runs no page script and loads nothing but the document, which it serves
// under newsmark-page: (no size limit, where setHtml() stops at 2 MB). Lives on the main thread,
// as QtWebEngine requires.
class PdfPrinter final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const Result<QByteArray> &)>;

    explicit PdfPrinter(QObject *parent = nullptr);
    ~PdfPrinter() override;
    Q_DISABLE_COPY_MOVE(PdfPrinter)

    // The process's printer on the main thread, made when first asked for (call it there).
    static PdfPrinter &shared();

    // `done` runs later on this object's thread with the PDF's bytes, or the reason there are
    // none.
    void print(const QByteArray &utf8Html, Done done);

private:
    struct Job
    {
        QByteArray html;
        Done done;
    };

    void startNext();
    void finish(const Result<QByteArray> &result);

    QWebEngineProfile *m_profile = nullptr;
    PageSchemeHandler *m_schemeHandler = nullptr;
    PageRequestInterceptor *m_interceptor = nullptr;
    QQueue<Job> m_queue;
    std::optional<Job> m_current;
    quint64 m_lastTicket = 0;
};

// The PDF of `utf8Html`, waiting for it: on the main thread by running its event loop, from
// another thread (a newsmark-cli command run by the window) by posting the document there. For
// the command line; the window uses PdfPrinter::shared() without waiting. Needs a
// QGuiApplication (an Error otherwise).
Result<QByteArray> printHtmlToPdf(const QByteArray &utf8Html);

// The notes' HTML export printed to PDF and written to `path` atomically, the file opened before
// printing so that an unwritable path fails at once. What `newsmark-cli notes export --format
// pdf` does; the window prints the same HTML with the same layout.
Status writeNotesPdf(const QList<ExportedNote> &notes, const QString &path);

} // namespace newsmark::extract
