// NotesController: File > Export Notes… and Import Notes…, and the export itself.
#include "background_job.h"
#include "export/note_export.h"
#include "export/note_import.h"
#include "file_dialogs.h"
#include "gui_logging.h"
#include "library/library.h"
#include "notes_browser.h"
#include "notes_controller.h"
#include "notes_dock.h"
#include "pdf_printer.h"
#include "storage/note_store.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QMainWindow>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace newsmark::gui {

namespace {

enum class Scope { Article, PanelSelection, BrowserSelection, Tag, Library };

// What the export worker hands back: an error, or (for PDF) the HTML still to be printed.
struct ExportOutcome
{
    QString error;
    QByteArray htmlToPrint;
};

} // namespace

void NotesController::exportTo(const QList<Note> &notes, const QString &format, const QString &path,
                               const std::function<void(const Status &)> &done)
{
    if (isLibraryFile(m_library.path(), path)) {
        return done(Error {tr("%1 is one of the library's own files; choose another file.")
                                   .arg(QDir::toNativeSeparators(path))});
    }
    std::optional<ExportFormat> kind;
    if (format != u"pdf"_s) {
        kind = exportFormatFromName(format);
        if (!kind)
            return done(Error {tr("Unknown export format “%1”.").arg(format)});
    }
    // Placing the notes in their articles' current text and finding the spans inside each quote
    // analyses every article: off the GUI thread, on a connection of its own.
    auto *job = new BackgroundJob(u"newsmark-export"_s, this);
    job->start<ExportOutcome>(
            [libraryPath = m_library.path(), notes, kind, path](const BackgroundJob::Progress &) {
                auto library = Library::open(libraryPath);
                if (!library)
                    return ExportOutcome {library.error(), {}};
                const auto prepared = preparePlacedExport(library.value()->notes(),
                                                          library.value()->articles(), notes);
                if (!prepared)
                    return ExportOutcome {prepared.error(), {}};
                if (!kind)
                    return ExportOutcome {{}, exportNotes(prepared.value(), ExportFormat::Html)};
                const Status written = writeExportFile(path, exportNotes(prepared.value(), *kind));
                return ExportOutcome {written ? QString() : written.error(), {}};
            },
            [this, job, kind, path, done](const ExportOutcome &outcome) {
                job->deleteLater();
                reloadFromLibrary(); // the worker may have placed notes anew
                if (!outcome.error.isEmpty())
                    return done(Error {outcome.error});
                if (kind)
                    return done(Done {});
                printToPdf(outcome.htmlToPrint, path, done);
            });
}

void NotesController::printToPdf(const QByteArray &html, const QString &path,
                                 const std::function<void(const Status &)> &done)
{
    // The HTML export printed by newsmark-extract's printer, as `newsmark-cli notes export
    // --format pdf` prints it: the same page, the same layout. It answers on this thread.
    extract::PdfPrinter::shared().print(html, [path, done](const Result<QByteArray> &pdf) {
        if (!pdf)
            return done(Error {pdf.error()});
        done(writeExportFile(path, pdf.value()));
    });
}

void NotesController::chooseExport()
{
    auto *dialog = new QDialog(m_window);
    dialog->setObjectName(u"exportNotesDialog"_s);
    dialog->setWindowTitle(tr("Export Notes"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *form = new QFormLayout(dialog);
    auto *scope = new QComboBox(dialog);
    if (m_shownArticle != 0)
        scope->addItem(tr("Notes of this article"), int(Scope::Article));
    if (!m_dock->selectedNoteIds().isEmpty())
        scope->addItem(tr("Notes selected in the Notes panel"), int(Scope::PanelSelection));
    if (!m_browser->selectedNotes().isEmpty())
        scope->addItem(tr("Notes selected in All Notes"), int(Scope::BrowserSelection));
    scope->addItem(tr("Notes with a tag"), int(Scope::Tag));
    scope->addItem(tr("All notes in the library"), int(Scope::Library));
    auto *tag = new QComboBox(dialog);
    for (const auto &[name, count] : m_store->tagCounts())
        tag->addItem(u"#%1 (%2)"_s.arg(name).arg(count), name);
    auto *format = new QComboBox(dialog);
    format->addItem(tr("Markdown (.md)"), u"md"_s);
    format->addItem(tr("HTML (.html)"), u"html"_s);
    format->addItem(tr("CSV (.csv)"), u"csv"_s);
    format->addItem(tr("Web Annotation JSON (.json)"), u"json"_s);
    format->addItem(tr("PDF (.pdf)"), u"pdf"_s);
    form->addRow(tr("Export:"), scope);
    form->addRow(tr("Tag:"), tag);
    form->addRow(tr("Format:"), format);
    const auto updateTag = [scope, tag] {
        tag->setEnabled(Scope(scope->currentData().toInt()) == Scope::Tag && tag->count() > 0);
    };
    connect(scope, &QComboBox::currentIndexChanged, dialog, updateTag);
    updateTag();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, scope, tag, format] {
        QList<Note> notes;
        NoteQuery query;
        query.sortKey = NoteSortKey::Article;
        switch (Scope(scope->currentData().toInt())) {
        case Scope::Article: notes = m_service->forArticle(m_shownArticle); break;
        case Scope::PanelSelection:
            for (const QUuid &id : m_dock->selectedNoteIds()) {
                if (auto note = m_service->find(id))
                    notes.append(*note);
            }
            break;
        case Scope::BrowserSelection: notes = m_browser->selectedNotes(); break;
        case Scope::Tag:
            query.tag = tag->currentData().toString();
            if (query.tag.isEmpty())
                break;
            [[fallthrough]];
        case Scope::Library:
            for (const NoteRow &row : m_service->list(query))
                notes.append(row.note);
            break;
        }
        const QString extension = format->currentData().toString();
        dialog->accept();
        if (notes.isEmpty()) {
            showMessage(tr("No notes to export."));
            return;
        }
        const QString documents =
                QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const auto count = notes.size();
        askForSaveFile(
                m_window, tr("Export Notes"), QDir(documents).filePath(u"notes."_s + extension),
                tr("%1 files (*.%2)").arg(extension.toUpper(), extension),
                [this, notes, extension, count](const QString &path) {
                    exportTo(notes, extension, path, [this, path, count](const Status &status) {
                        if (status) {
                            showMessage(tr("Exported %n note(s) to %1", nullptr, int(count))
                                                .arg(QDir::toNativeSeparators(path)));
                            return;
                        }
                        auto *box = new QMessageBox(
                                QMessageBox::Warning, tr("Export Notes"),
                                tr("The notes could not be exported:\n\n%1").arg(status.error()),
                                QMessageBox::Ok, m_window);
                        box->setAttribute(Qt::WA_DeleteOnClose);
                        box->open();
                    });
                });
    });
    dialog->open();
}

void NotesController::chooseImport()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    askForFiles(m_window, tr("Import Notes"), documents,
                tr("Web Annotation JSON (*.json *.jsonld);;All files (*)"),
                QFileDialog::ExistingFile,
                [this](const QStringList &files) { importFrom(files.constFirst()); });
}

void NotesController::importFrom(const QString &path)
{
    // Each note is placed in its article's text, which may mean analysing it: off the GUI thread.
    auto *job = new BackgroundJob(u"newsmark-import-notes"_s, this);
    job->start<Result<NoteImportReport>>(
            [libraryPath = m_library.path(), path](const BackgroundJob::Progress &) {
                auto library = Library::open(libraryPath);
                if (!library)
                    return Result<NoteImportReport>(Error {library.error()});
                return importNotesFile(library.value()->notes(), path);
            },
            [this, job](const Result<NoteImportReport> &report) {
                job->deleteLater();
                if (!report) {
                    auto *box =
                            new QMessageBox(QMessageBox::Warning, tr("Import Notes"),
                                            tr("No notes were imported:\n\n%1").arg(report.error()),
                                            QMessageBox::Ok, m_window);
                    box->setObjectName(u"importNotesError"_s);
                    box->setAttribute(Qt::WA_DeleteOnClose);
                    box->open();
                    return;
                }
                QString message = tr("Imported %1 note(s), skipped %2 already here.")
                                          .arg(report->added)
                                          .arg(report->skipped);
                if (report->orphaned > 0)
                    message += u' '
                            + tr("%1 could not be placed in their article's text.")
                                      .arg(report->orphaned);
                showMessage(message);
                reloadFromLibrary();
            });
}

} // namespace newsmark::gui
