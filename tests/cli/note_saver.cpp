// Saves one note the way the app does, says "saved <id>" and then waits to be killed: the note
// must survive a SIGKILL that comes right after the save returned (tst_cli_notes).
// Usage: note_saver LIBRARY ARTICLE_ID QUOTE

#include "library/library.h"
#include "notes/note_service.h"
#include "storage/note_store.h"

#include <QCoreApplication>

#include <cstdio>

using namespace newsmark;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fputs("usage: note_saver LIBRARY ARTICLE_ID QUOTE\n", stderr);
        return 2;
    }
    auto library = Library::open(args.at(1));
    if (!library) {
        std::fprintf(stderr, "%s\n", qPrintable(library.error()));
        return 1;
    }
    NoteStore store(library.value()->database());
    NoteService service(library.value()->articles(), store);
    const auto note = service.createFromQuote(args.at(2).toLongLong(), args.at(3), 1,
                                              {NoteColor::Pink, QStringLiteral("kill -9"), {}});
    if (!note) {
        std::fprintf(stderr, "%s\n", qPrintable(note.error()));
        return 1;
    }
    std::printf("saved %s\n", qPrintable(note->idText()));
    std::fflush(stdout);
    // The connection stays open and nothing is closed cleanly: the test kills us here.
    for (;;)
        std::getchar();
}
