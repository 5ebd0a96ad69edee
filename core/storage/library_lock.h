#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

#include <memory>

namespace newsmark {

// Who may hold a SQLite connection on a library, across processes.
//
// SQLite coordinates processes through POSIX advisory locks, and Linux drops every such lock a
// process holds on a file as soon as the process closes *any* descriptor of that file: a file
// dialog sniffing the library's type, a backup copying its folder. Another process then believes
// it is alone and checkpoints, deletes or re-initialises the WAL under the first one ("How To
// Corrupt An SQLite Database File", 2.2). This lock lives in a file of its own beside the library
// (LIBRARY.lock) and is an open-file-description lock (F_OFD_SETLK), which belongs to the one
// descriptor that took it: no foreign close() drops it, and the kernel releases it when the
// process dies however it dies.
//
// - The GUI holds it exclusively for as long as it runs: no other process ever has a connection
//   while the GUI (whose toolkit opens files behind our back) has one. newsmark-cli hands its
//   command to the running GUI instead (SessionClient).
// - newsmark-cli processes hold it shared: they run side by side, and SQLite's own locking is
//   sound between them because they never open the library's files other than through SQLite.
class LibraryLock final
{
public:
    enum class Mode { Shared, Exclusive };

    // What holds a lock that could not be had.
    struct Holder
    {
        qint64 pid = 0;
        QString program; // "Newsmark", or a command line ("newsmark-cli import ~/news")
    };

    struct Attempt
    {
        std::unique_ptr<LibraryLock> lock; // set when acquired
        // When not acquired: whether it is held exclusively (the GUI) or shared (command lines).
        bool heldExclusively = false;
        QList<Holder> holders; // as far as they can be told (own user's processes on Linux)
        QString error; // set when the lock file itself could not be opened
    };

    // LIBRARY.lock
    static QString lockFilePath(const QString &libraryPath);
    // One try, no waiting. The folder of the library must exist. `program` is written into the
    // lock file by an exclusive holder so that the others can name it (shared holders are named
    // from /proc, so theirs is unused).
    static Attempt tryAcquire(const QString &libraryPath, Mode mode, const QString &program);

    ~LibraryLock();
    Q_DISABLE_COPY_MOVE(LibraryLock)

    [[nodiscard]] Mode mode() const { return m_mode; }
    [[nodiscard]] const QString &libraryPath() const { return m_libraryPath; }

    // "the library is open in Newsmark (pid 1234)" and the like, for messages.
    static QString describe(const QList<Holder> &holders);

private:
    LibraryLock(int fd, Mode mode, QString libraryPath);

    int m_fd = -1;
    Mode m_mode;
    QString m_libraryPath;
};

} // namespace newsmark
