#include "benchmark_probe.h"
#include "gui_logging.h"
#include "library/library.h"
#include "main_window.h"
#include "notes_controller.h"
#include "reader_profile.h"
#include "web_setup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>

using namespace Qt::StringLiterals;
using namespace newsmark;

int main(int argc, char *argv[])
{
    gui::prepareWebEngine();

    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Newsmark"_s);
    QApplication::setApplicationDisplayName(u"Newsmark"_s);
    QApplication::setOrganizationName(u"Newsmark"_s);
    QApplication::setOrganizationDomain(u"newsmark.io"_s);
    // Ties the window to packaging/linux/io.newsmark.Newsmark.desktop (icon, name in docks).
    QGuiApplication::setDesktopFileName(u"io.newsmark.Newsmark"_s);
    QApplication::setApplicationVersion(QStringLiteral(NEWSMARK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
            "main", "Read news with amounts, people and places highlighted."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption libraryOption(
            u"library"_s, QApplication::translate("main", "Open the library at <path>."),
            u"path"_s);
    parser.addOption(libraryOption);
    parser.addPositionalArgument(
            u"files"_s, QApplication::translate("main", "Article files or folders to import."),
            u"[files...]"_s);
    parser.process(app);

    const QString path = parser.isSet(libraryOption)
            ? QDir::current().absoluteFilePath(parser.value(libraryOption))
            : Library::defaultPath();
    auto library = Library::open(path);
    if (!library) {
        qCCritical(gui::lcGui).noquote() << "Cannot open library" << path << ":" << library.error();
        QMessageBox::critical(nullptr, QApplication::translate("main", "Newsmark"),
                              QApplication::translate("main", "Cannot open the library %1:\n\n%2")
                                      .arg(QDir::toNativeSeparators(path), library.error()));
        return 1;
    }

    // Declared before the window so that it is destroyed after it: pages must die before their
    // profile.
    gui::ReaderProfile profile;
    gui::MainWindow window(std::move(library).value(), profile);
    gui::BenchmarkProbe::attachIfRequested(window);
    window.show();
    // Files handed over by a file manager ("Open with") or the command line are imported.
    // newsmark://article/ID?note=UUID (an exported note's link, via x-scheme-handler) opens it.
    QStringList toImport;
    for (const QString &argument : parser.positionalArguments()) {
        if (argument.startsWith(u"newsmark:"_s))
            window.notesController()->openLink(argument);
        else
            toImport.append(QDir::current().absoluteFilePath(argument));
    }
    window.importPaths(toImport);
    return QApplication::exec();
}
