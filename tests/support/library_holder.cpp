// Stands in for the Newsmark window in the tests and the stress script that run real processes on
// one library (tests/cli/tst_library_sharing.cpp, tests/stress/library_stress.py). It holds the
// library the way the window does — the exclusive LibraryLock, a connection of its own, and the
// session socket on which newsmark-cli hands over its commands — and then does what the window
// may do at any time, on command from standard input, one line each:
//   note ARTICLE QUOTE   saves a note through NoteService; prints "saved UUID" once committed
//   touch                opens, reads and closes the library's files with QFile and copies them,
//                        as a file dialog, a thumbnailer or a backup in the process would
//   import PATH          imports a file or folder on its own connection
//   count                prints "notes N articles M"
//   quit                 closes everything cleanly and exits 0
// Options: --shared holds the lock shared and serves nothing, as a newsmark-cli process would
// (the stress script's "cli" mode); --unlocked takes no lock at all, as Newsmark did before the
// lock (only for showing what the lock prevents); --write-every MS and --touch-every MS do the
// same on a timer. Prints "ready" once it holds the library.

#include "command_host.h"
#include "import/import_service.h"
#include "library/library.h"
#include "notes/note_service.h"
#include "storage/library_lock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <iostream>
#include <string>

using namespace newsmark;
using namespace Qt::StringLiterals;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

// What a file dialog's type sniffing or a backup does: open, read, close — each close drops
// every POSIX lock this process holds on that file.
void touchFiles(const QString &libraryPath)
{
    const QFileInfo library(libraryPath);
    const QString copies = library.absolutePath() + u"/holder-copies"_s;
    QDir().mkpath(copies);
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u".lock"_s}) {
        QFile file(libraryPath + suffix);
        if (file.open(QIODevice::ReadOnly)) {
            file.read(4096);
            file.close();
        }
        const QString copy = copies + u'/' + library.fileName() + suffix;
        QFile::remove(copy);
        QFile::copy(libraryPath + suffix, copy);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    const bool shared = args.removeAll(u"--shared"_s) > 0;
    const bool unlocked = args.removeAll(u"--unlocked"_s) > 0;
    int writeEvery = 0;
    int touchEvery = 0;
    ArticleId autoArticle = 0;
    QString autoQuote;
    for (qsizetype i = 0; i + 1 < args.size();) {
        if (args.at(i) == u"--write-every" && i + 3 < args.size()) {
            writeEvery = args.at(i + 1).toInt();
            autoArticle = args.at(i + 2).toLongLong();
            autoQuote = args.at(i + 3);
            args.remove(i, 4);
        } else if (args.at(i) == u"--touch-every") {
            touchEvery = args.at(i + 1).toInt();
            args.remove(i, 2);
        } else {
            ++i;
        }
    }
    if (args.size() != 1) {
        std::fputs("usage: library_holder [--shared|--unlocked] [--write-every MS ARTICLE QUOTE] "
                   "[--touch-every MS] LIBRARY\n",
                   stderr);
        return 2;
    }
    const QString path = QDir::current().absoluteFilePath(args.constFirst());

    std::unique_ptr<LibraryLock> lock;
    if (!unlocked) {
        auto attempt = LibraryLock::tryAcquire(
                path, shared ? LibraryLock::Mode::Shared : LibraryLock::Mode::Exclusive,
                u"library_holder"_s);
        if (!attempt.lock) {
            std::fprintf(stderr, "library_holder: cannot lock: %s %s\n", qPrintable(attempt.error),
                         qPrintable(LibraryLock::describe(attempt.holders)));
            return 1;
        }
        lock = std::move(attempt.lock);
    }
    auto opened = Library::open(path);
    if (!opened) {
        std::fprintf(stderr, "library_holder: %s\n", qPrintable(opened.error()));
        return 1;
    }
    std::unique_ptr<Library> library = std::move(opened).value();
    NoteService &notes = library->notes();

    // The window's own CommandHost runs newsmark-cli's commands here.
    auto host = std::make_unique<cli::CommandHost>(path);
    if (!shared && !unlocked) {
        if (QString error; !host->listen(&error)) {
            std::fprintf(stderr, "library_holder: %s\n", qPrintable(error));
            return 1;
        }
    }

    int written = 0;
    const auto saveNote = [&](ArticleId article, const QString &quote) {
        const auto note = notes.createFromQuote(
                article, quote, 1, {NoteColor::Yellow, u"holder %1"_s.arg(++written), {}});
        if (note)
            say(u"saved "_s + note->idText());
        else
            say(u"error "_s + note.error());
    };

    const auto handle = [&](const QString &line) {
        const QStringList words = line.split(u' ', Qt::SkipEmptyParts);
        const QString verb = words.value(0);
        if (verb == u"note" && words.size() >= 3) {
            saveNote(words.at(1).toLongLong(), words.mid(2).join(u' '));
        } else if (verb == u"touch") {
            touchFiles(path);
            say(u"touched"_s);
        } else if (verb == u"import" && words.size() >= 2) {
            ImportService importer(library->articles());
            const ImportReport report = importer.importPaths({words.mid(1).join(u' ')});
            say(u"imported %1 failed %2"_s.arg(report.imported.size()).arg(report.failures.size()));
        } else if (verb == u"count") {
            NoteQuery all;
            say(u"notes %1 articles %2"_s.arg(notes.list(all).size())
                        .arg(library->articles().count({})));
        } else if (verb == u"quit") {
            QCoreApplication::quit();
        } else {
            say(u"error unknown command: "_s + line);
        }
    };

    // Standard input is read on a thread of its own and handed to the event loop line by line;
    // its end means quit.
    QThread *input = QThread::create([&app, &handle] {
        std::string line;
        while (std::getline(std::cin, line)) {
            const QString text = QString::fromStdString(line).trimmed();
            QMetaObject::invokeMethod(
                    &app, [&handle, text] { handle(text); }, Qt::QueuedConnection);
            if (text == u"quit")
                return;
        }
        QMetaObject::invokeMethod(&app, &QCoreApplication::quit, Qt::QueuedConnection);
    });
    input->start();

    QTimer writer;
    if (writeEvery > 0) {
        QObject::connect(&writer, &QTimer::timeout, &app,
                         [&] { saveNote(autoArticle, autoQuote); });
        writer.start(writeEvery);
    }
    QTimer toucher;
    if (touchEvery > 0) {
        QObject::connect(&toucher, &QTimer::timeout, &app, [&] { touchFiles(path); });
        toucher.start(touchEvery);
    }

    say(u"ready"_s);
    const int code = QCoreApplication::exec();
    writer.stop();
    toucher.stop();
    // Closed cleanly, in order: the commands, the connection, then the lock.
    host.reset();
    library.reset();
    lock.reset();
    input->wait(100);
    say(u"bye"_s);
    std::_Exit(code); // the input thread may still sit in getline
}
