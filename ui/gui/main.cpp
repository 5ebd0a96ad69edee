#include "benchmark_probe.h"
#include "extraction_web.h"
#include "gui_logging.h"
#include "gui_settings.h"
#include "library/library.h"
#include "library_session.h"
#include "main_window.h"
#include "notes_controller.h"
#include "reader_profile.h"
#include "web_setup.h"

#include "i18n/ui_language.h"
#include "session/session.h"
#include "storage/library_lock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace newsmark;

namespace {

// main() and its helpers are no QObject: their text has a context of its own.
class StartText final
{
    Q_DECLARE_TR_FUNCTIONS(newsmark::gui::Start)
};

void showError(const QString &message)
{
    qCCritical(gui::lcGui).noquote() << message;
    QMessageBox::critical(nullptr, StartText::tr("Newsmark"), message);
}

// Takes the library exclusively for this process (LibraryLock). While newsmark-cli commands hold
// it, waits for them with a dialog that names them; when another Newsmark holds it, hands this
// start's files to it. Null when this process should exit with *exitCode.
std::unique_ptr<LibraryLock> takeLibrary(const QString &path, const QStringList &handOver,
                                         int *exitCode)
{
    *exitCode = 1;
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        showError(StartText::tr("Cannot create the folder of the library %1.")
                          .arg(QDir::toNativeSeparators(path)));
        return nullptr;
    }
    std::unique_ptr<QProgressDialog> waiting;
    bool cancelled = false;
    for (;;) {
        LibraryLock::Attempt attempt =
                LibraryLock::tryAcquire(path, LibraryLock::Mode::Exclusive, u"Newsmark"_s);
        if (attempt.lock)
            return std::move(attempt.lock);
        if (!attempt.error.isEmpty()) {
            showError(StartText::tr("Cannot open the library %1:\n\n%2")
                              .arg(QDir::toNativeSeparators(path), attempt.error));
            return nullptr;
        }
        if (attempt.heldExclusively) {
            // Another window has it: show that one, with this start's files.
            SessionRequest request;
            request.kind = SessionRequest::Kind::Open;
            request.arguments = handOver;
            const Result<int> handed = SessionClient::run(path, request, {}, 5000);
            if (handed) {
                std::fprintf(stderr, "newsmark: %s is open in %s already; showed that window\n",
                             qPrintable(QDir::toNativeSeparators(path)),
                             qPrintable(LibraryLock::describe(attempt.holders)));
                *exitCode = 0;
                return nullptr;
            }
            showError(StartText::tr("The library %1 is open in %2, which does not answer (%3). "
                                    "Close it and "
                                    "start Newsmark again.")
                              .arg(QDir::toNativeSeparators(path),
                                   LibraryLock::describe(attempt.holders), handed.error()));
            return nullptr;
        }
        // Command lines are working on it: they finish on their own, so wait for them.
        if (!waiting) {
            waiting = std::make_unique<QProgressDialog>();
            waiting->setObjectName(u"waitForLibrary"_s);
            waiting->setWindowTitle(StartText::tr("Newsmark"));
            waiting->setRange(0, 0);
            waiting->setCancelButtonText(StartText::tr("Quit"));
            waiting->setMinimumDuration(0);
            QObject::connect(waiting.get(), &QProgressDialog::canceled,
                             [&cancelled] { cancelled = true; });
        }
        waiting->setLabelText(StartText::tr("Waiting for %1 to finish with the library %2…")
                                      .arg(LibraryLock::describe(attempt.holders),
                                           QDir::toNativeSeparators(path)));
        waiting->show();
        QEventLoop pause;
        QTimer::singleShot(250, &pause, &QEventLoop::quit);
        pause.exec();
        if (cancelled) {
            *exitCode = 0;
            return nullptr;
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    gui::prepareWebEngine(argc, argv);
    // The off-screen pages of Save Page and of printing notes to PDF, also for newsmark-cli's
    // `save` and `notes export --format pdf` handed over.
    extract::prepareExtraction();

    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Newsmark"_s);
    QApplication::setApplicationDisplayName(u"Newsmark"_s);
    QApplication::setOrganizationName(u"Newsmark"_s);
    QApplication::setOrganizationDomain(u"newsmark.io"_s);
    // Ties the window to packaging/linux/io.newsmark.Newsmark.desktop (icon, name in docks).
    QGuiApplication::setDesktopFileName(u"io.newsmark.Newsmark"_s);
    QApplication::setApplicationVersion(QStringLiteral(NEWSMARK_VERSION));

    // The language: --language or NEWSMARK_LANGUAGE, else Preferences (ui/language), else the
    // system's locale. Installed before any text is made, the --help text included.
    QStringList startArguments = QApplication::arguments();
    QString languageError;
    QString language = takeRequestedUiLanguage(&startArguments, &languageError);
    if (language.isEmpty())
        language = gui::GuiSettings().uiLanguage();
    installTranslations(language);
    if (!languageError.isEmpty()) {
        showError(languageError);
        return 2;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
            StartText::tr("Read news with amounts, people and places highlighted."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption libraryOption(u"library"_s,
                                           StartText::tr("Open the library at <path>."), u"path"_s);
    parser.addOption(libraryOption);
    // Read before the app exists (web_setup.cpp); here so that --help lists it.
    parser.addOption({u"gpu"_s,
                      StartText::tr("Render pages with the GPU (default: in software, "
                                    "which needs less memory).")});
    parser.addOption({u"language"_s,
                      StartText::tr("Speak <language>: en or ko (default: Preferences, else the "
                                    "system's language; also NEWSMARK_LANGUAGE)."),
                      u"language"_s});
    parser.addPositionalArgument(u"files"_s, StartText::tr("Article files or folders to import."),
                                 u"[files...]"_s);
    parser.process(app);

    // Without --library: the library the window switched to last (Preferences), else the
    // default; newsmark-cli opens the same one.
    const QString path = parser.isSet(libraryOption)
            ? QDir::current().absoluteFilePath(parser.value(libraryOption))
            : Library::currentPath();
    QStringList handOver; // files and links, absolute, as a first or a second start takes them
    for (const QString &argument : parser.positionalArguments()) {
        handOver.append(argument.startsWith(u"newsmark:"_s)
                                ? argument
                                : QDir::current().absoluteFilePath(argument));
    }

    // Held until the end of main(), after every connection of this process is closed.
    int exitCode = 0;
    std::unique_ptr<LibraryLock> lock = takeLibrary(path, handOver, &exitCode);
    if (!lock)
        return exitCode;
    Library::OpenOptions options;
    // Only the first start of the user's own library shows the sample articles.
    options.samplesIfNew = path == Library::defaultPath();
    auto library = Library::open(path, options);
    if (!library) {
        showError(StartText::tr("Cannot open the library %1:\n\n%2")
                          .arg(QDir::toNativeSeparators(path), library.error()));
        return 1;
    }

    // Declared before the window so that it is destroyed after it: pages must die before their
    // profile.
    gui::ReaderProfile profile;
    // The window, the lock and the CommandHost that serves newsmark-cli's commands in here while
    // the window has the library; the session lets them go in the right order (commands, window,
    // lock), also when Preferences switch to another library.
    gui::LibrarySession session(profile, std::move(lock), std::move(library).value());
    gui::MainWindow &window = *session.window();
    gui::BenchmarkProbe::attachIfRequested(window);
    window.show();

    // Files handed over by a file manager ("Open with") or the command line are imported.
    // newsmark://article/ID?note=UUID (an exported note's link, via x-scheme-handler) opens it.
    window.openFromOutside(handOver);
    return QApplication::exec();
}
