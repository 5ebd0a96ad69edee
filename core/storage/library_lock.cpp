#include "storage/library_lock.h"

#include "logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace newsmark {

namespace {

// The whole lock is one byte; the exclusive holder's pid and name follow it in the file.
constexpr off_t kLockByte = 0;

struct flock lockRange(short type)
{
    struct flock range
    {
    };
    range.l_type = type;
    range.l_whence = SEEK_SET;
    range.l_start = kLockByte;
    range.l_len = 1;
    range.l_pid = 0; // required for open file description locks
    return range;
}

QString commandLineOf(qint64 pid)
{
    QFile file(u"/proc/%1/cmdline"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList words;
    for (const QByteArray &word : file.readAll().split('\0')) {
        if (!word.isEmpty())
            words.append(QString::fromLocal8Bit(word));
    }
    if (!words.isEmpty())
        words.first() = QFileInfo(words.first()).fileName();
    return words.join(u' ');
}

// The processes (of this user, on Linux) that have the lock file open, other than this one.
QList<LibraryLock::Holder> processesWithOpen(const QString &lockPath)
{
    QList<LibraryLock::Holder> holders;
    struct stat wanted
    {
    };
    if (::stat(QFile::encodeName(lockPath).constData(), &wanted) != 0)
        return holders;
    const qint64 self = ::getpid();
    const QDir proc(u"/proc"_s);
    for (const QString &entry : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid || pid == self)
            continue;
        const QDir fds(proc.filePath(entry + u"/fd"_s));
        for (const QString &fd : fds.entryList(QDir::AllEntries | QDir::System)) {
            struct stat seen
            {
            };
            if (::stat(QFile::encodeName(fds.filePath(fd)).constData(), &seen) == 0
                && seen.st_dev == wanted.st_dev && seen.st_ino == wanted.st_ino) {
                holders.append({pid, commandLineOf(pid)});
                break;
            }
        }
    }
    return holders;
}

QList<LibraryLock::Holder> exclusiveHolder(int fd)
{
    char buffer[512] = {};
    const ssize_t read = ::pread(fd, buffer, sizeof buffer - 1, 1);
    if (read <= 0)
        return {};
    const QStringList lines = QString::fromUtf8(buffer, read).split(u'\n');
    bool isPid = false;
    const qint64 pid = lines.value(0).toLongLong(&isPid);
    if (!isPid || pid <= 0)
        return {};
    return {LibraryLock::Holder {pid, lines.value(1)}};
}

} // namespace

QString LibraryLock::lockFilePath(const QString &libraryPath)
{
    return libraryPath + u".lock"_s;
}

LibraryLock::LibraryLock(int fd, Mode mode, QString libraryPath)
    : m_fd(fd)
    , m_mode(mode)
    , m_libraryPath(std::move(libraryPath))
{ }

LibraryLock::~LibraryLock()
{
    if (m_mode == Mode::Exclusive) {
        // The next holder must not be named after us.
        if (::ftruncate(m_fd, 1) != 0)
            qCDebug(lcStorage) << "cannot clear the lock file:" << std::strerror(errno);
    }
    ::close(m_fd); // releases the lock
}

LibraryLock::Attempt LibraryLock::tryAcquire(const QString &libraryPath, Mode mode,
                                             const QString &program)
{
    Attempt attempt;
    const QString lockPath = lockFilePath(QFileInfo(libraryPath).absoluteFilePath());
    // O_CLOEXEC: a child process (QtWebEngineProcess) must not inherit the description, or the
    // lock would outlive us in it.
    const int fd =
            ::open(QFile::encodeName(lockPath).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        attempt.error = u"%1: cannot open the lock file: %2"_s.arg(
                QDir::toNativeSeparators(lockPath), QString::fromLocal8Bit(std::strerror(errno)));
        return attempt;
    }
    struct flock range = lockRange(mode == Mode::Exclusive ? F_WRLCK : F_RDLCK);
    int locked = ::fcntl(fd, F_OFD_SETLK, &range);
    bool ofd = true;
    if (locked != 0 && errno == EINVAL) {
        // A file system without open file description locks (some FUSE and network ones):
        // flock() belongs to the open file description too.
        ofd = false;
        locked = ::flock(fd, (mode == Mode::Exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB);
    }
    if (locked == 0) {
        if (mode == Mode::Exclusive) {
            const QByteArray owner =
                    "\n" + QByteArray::number(qint64(::getpid())) + "\n" + program.toUtf8() + "\n";
            if (::ftruncate(fd, 1) != 0
                || ::pwrite(fd, owner.constData(), size_t(owner.size()), 0)
                        != ssize_t(owner.size()))
                qCWarning(lcStorage)
                        << lockPath << "cannot record the holder:" << std::strerror(errno);
        }
        attempt.lock.reset(new LibraryLock(fd, mode, libraryPath));
        return attempt;
    }
    const int reason = errno;
    if (reason != EAGAIN && reason != EACCES && reason != EWOULDBLOCK) {
        attempt.error = u"%1: cannot lock: %2"_s.arg(QDir::toNativeSeparators(lockPath),
                                                     QString::fromLocal8Bit(std::strerror(reason)));
        ::close(fd);
        return attempt;
    }
    // Which kind of holder is in the way: an exclusive lock blocks a shared probe as well.
    if (ofd) {
        struct flock probe = lockRange(F_RDLCK);
        attempt.heldExclusively = ::fcntl(fd, F_OFD_GETLK, &probe) == 0 && probe.l_type != F_UNLCK;
    } else {
        attempt.heldExclusively = ::flock(fd, LOCK_SH | LOCK_NB) != 0;
    }
    attempt.holders = attempt.heldExclusively ? exclusiveHolder(fd) : processesWithOpen(lockPath);
    ::close(fd);
    return attempt;
}

QString LibraryLock::describe(const QList<Holder> &holders)
{
    if (holders.isEmpty())
        return u"another Newsmark program"_s;
    QStringList names;
    for (const Holder &holder : holders) {
        names.append(u"%1 (pid %2)"_s.arg(holder.program.isEmpty() ? u"Newsmark"_s : holder.program)
                             .arg(holder.pid));
    }
    return names.join(u", "_s);
}

} // namespace newsmark
