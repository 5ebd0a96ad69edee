#include "library_session.h"

#include "command_host.h"
#include "gui_logging.h"
#include "gui_settings.h"
#include "library/library.h"
#include "main_window.h"
#include "storage/library_lock.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace newsmark::gui {

LibrarySession::LibrarySession(ReaderProfile &profile, std::unique_ptr<LibraryLock> lock,
                               std::unique_ptr<Library> library, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_lock(std::move(lock))
{
    startWindow(std::move(library));
}

LibrarySession::~LibrarySession()
{
    m_commands.reset();
    m_window.reset();
    m_lock.reset();
}

QString LibrarySession::libraryPath() const
{
    return m_lock ? m_lock->libraryPath() : QString();
}

void LibrarySession::startWindow(std::unique_ptr<Library> library)
{
    const QString path = library->path();
    m_window = std::make_unique<MainWindow>(std::move(library), m_profile);
    MainWindow *window = m_window.get();
    // Queued: the request comes from the Preferences dialog, a child of the window that the
    // switch deletes.
    connect(window, &MainWindow::libraryRequested, this, &LibrarySession::switchFromWindow,
            Qt::QueuedConnection);
    // newsmark-cli's commands run in here while the window has the library.
    QString error;
    m_commands = serveCommandLine(window, path, &error);
    if (!m_commands) {
        qCWarning(lcGui).noquote() << error;
        window->statusBar()->showMessage(
                tr("newsmark-cli cannot reach this window (%1); it will say so").arg(error));
    }
}

std::unique_ptr<cli::CommandHost> serveCommandLine(MainWindow *window, const QString &libraryPath,
                                                   QString *error)
{
    auto host = std::make_unique<cli::CommandHost>(libraryPath);
    QObject::connect(host.get(), &cli::CommandHost::commandFinished, window,
                     [window](const QStringList &arguments) {
                         window->showOutsideChanges(u"newsmark-cli "_s + arguments.join(u' '));
                     });
    QObject::connect(host.get(), &cli::CommandHost::openRequested, window,
                     &MainWindow::openFromOutside);
    if (!host->listen(error))
        return nullptr;
    return host;
}

Status LibrarySession::switchTo(const QString &requested, bool create)
{
    const QString path = QFileInfo(requested).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo(path).canonicalFilePath() == QFileInfo(libraryPath()).canonicalFilePath())
        return Error {tr("The library %1 is the one open in this window.").arg(shown)};
    if (create && QFileInfo::exists(path))
        return Error {tr("Cannot make a new library at %1: a file is there already (Open Another "
                         "Library… opens a library).")
                              .arg(shown)};
    if (!create && !QFileInfo::exists(path))
        return Error {tr("There is no library at %1.").arg(shown)};
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error {tr("Cannot create the folder of the library %1.").arg(shown)};

    // The new library is taken before the old one is let go.
    LibraryLock::Attempt attempt =
            LibraryLock::tryAcquire(path, LibraryLock::Mode::Exclusive, u"Newsmark"_s);
    if (!attempt.lock) {
        if (!attempt.error.isEmpty())
            return Error {tr("Cannot open the library %1: %2").arg(shown, attempt.error)};
        if (attempt.heldExclusively)
            return Error {tr("The library %1 is open in %2; switch to that window instead.")
                                  .arg(shown, LibraryLock::describe(attempt.holders))};
        return Error {tr("The library %1 is in use by %2; try again when they are done.")
                              .arg(shown, LibraryLock::describe(attempt.holders))};
    }
    Library::OpenOptions options;
    options.create = create;
    options.samplesIfNew = false;
    auto library = Library::open(path, options);
    if (!library)
        return Error {tr("Cannot open the library %1: %2").arg(shown, library.error())};

    // The old window: commands for newsmark-cli end, a comment being typed is saved, the
    // window's layout is kept for the new one, and its background work stops.
    m_commands.reset();
    m_window->prepareToClose();
    std::unique_ptr<MainWindow> old = std::move(m_window);
    std::unique_ptr<LibraryLock> oldLock = std::move(m_lock);
    {
        Library::setCurrentPath(path); // newsmark-cli's library from now on, too
        GuiSettings settings;
        settings.clearLastArticle(); // an id of the other library
        settings.sync();
    }
    m_lock = std::move(attempt.lock);
    // The new window is up before the old one goes, so the application never has no window.
    startWindow(std::move(library).value());
    m_window->show();
    old.reset(); // its last connection closes here …
    oldLock.reset(); // … and only then may another process have the old library
    qCInfo(lcGui).noquote() << "switched to the library" << path;
    m_window->statusBar()->showMessage(create ? tr("New library %1").arg(shown)
                                              : tr("Opened the library %1").arg(shown),
                                       8000);
    Q_EMIT windowChanged(m_window.get());
    return Done {};
}

void LibrarySession::switchFromWindow(const QString &path, bool create)
{
    const Status switched = switchTo(path, create);
    if (switched)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Library"), switched.error(),
                                QMessageBox::Ok, m_window.get());
    box->setObjectName(u"librarySwitchError"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace newsmark::gui
