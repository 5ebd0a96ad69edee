#pragma once

#include "result.h"

#include <QObject>
#include <QString>

#include <memory>

namespace newsmark {
class Library;
class LibraryLock;
namespace cli {
class CommandHost;
}
} // namespace newsmark

namespace newsmark::gui {

class MainWindow;
class ReaderProfile;

// The CommandHost through which newsmark-cli's commands run in `window` while it holds the
// library at `libraryPath`: what they change is shown, a second start's files are opened. Null,
// with the reason in `error`, when it cannot listen.
std::unique_ptr<cli::CommandHost> serveCommandLine(MainWindow *window, const QString &libraryPath,
                                                   QString *error);

// The window on one library, with everything that must come and go with it: the library's
// exclusive lock (taken before the library is opened, released after its last connection has
// closed) and the CommandHost that serves newsmark-cli while the window holds the library.
// Preferences' Open Another Library… and New Library… switch it to another library: the new one
// is locked and opened first (so a library another window holds, or that will not open, leaves
// the current one as it was), then the old window goes, then its lock. The choice is remembered
// for the next start without --library.
class LibrarySession final : public QObject
{
    Q_OBJECT

public:
    // `profile` must outlive the session; `lock` is held on `library`'s path.
    LibrarySession(ReaderProfile &profile, std::unique_ptr<LibraryLock> lock,
                   std::unique_ptr<Library> library, QObject *parent = nullptr);
    ~LibrarySession() override;
    Q_DISABLE_COPY_MOVE(LibrarySession)

    [[nodiscard]] MainWindow *window() const { return m_window.get(); }
    [[nodiscard]] QString libraryPath() const;

    // Opens (or, with `create`, makes) the library at `path` in a new window in place of the
    // current one. An error names the library and the reason; the current window stays then.
    Status switchTo(const QString &path, bool create);

Q_SIGNALS:
    // The window was replaced (switchTo succeeded).
    void windowChanged(newsmark::gui::MainWindow *window);

private:
    void startWindow(std::unique_ptr<Library> library);
    void switchFromWindow(const QString &path, bool create);

    ReaderProfile &m_profile;
    // Declared first, destroyed last: after the window and its connections.
    std::unique_ptr<LibraryLock> m_lock;
    std::unique_ptr<MainWindow> m_window;
    // Destroyed first: a command running for newsmark-cli finishes before the window goes.
    std::unique_ptr<cli::CommandHost> m_commands;
};

} // namespace newsmark::gui
