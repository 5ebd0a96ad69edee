#include "cli_logging.h"
#include "command_line.h"
#include "commands.h"
#include "console.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <array>

using namespace Qt::StringLiterals;
using namespace newsmark::cli;

namespace {

struct Command
{
    QStringView name;
    int (*run)(const QStringList &arguments);
};

constexpr std::array commands {
        Command {u"import", runImport}, Command {u"list", runList},
        Command {u"show", runShow},     Command {u"analyze", runAnalyze},
        Command {u"notes", runNotes},   Command {u"entities", runEntities},
};

// Splits the command line into the command name and its arguments. Options given before the
// command (`newsmark-cli --library L list`) go to the command like the ones after it; only
// --help and --version belong to the program itself.
int dispatch(const QStringList &arguments)
{
    QStringList forwarded;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"-h" || argument == u"--help") {
            printOut(programHelp());
            return ExitSuccess;
        }
        if (argument == u"-v" || argument == u"--version") {
            printOut(QString(programName % u' ' % QLatin1StringView(NEWSMARK_VERSION) % u'\n'));
            return ExitSuccess;
        }
        if (argument == u"--library") {
            forwarded << argument;
            if (i + 1 < arguments.size())
                forwarded << arguments.at(++i);
            continue;
        }
        if (argument.startsWith(u"--library=")) {
            forwarded << argument;
            continue;
        }
        if (argument.startsWith(u'-'))
            return programUsageError(
                    u"unknown option '%1' (options follow the command)"_s.arg(argument));

        for (const Command &command : commands) {
            if (command.name == argument)
                return command.run(forwarded + arguments.mid(i + 1));
        }
        return programUsageError(u"unknown command '%1'"_s.arg(argument));
    }
    return programUsageError(u"no command given"_s);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The GUI's name: Library::defaultPath() derives from it, and both must open the same library.
    QCoreApplication::setApplicationName(u"Newsmark"_s);
    QCoreApplication::setApplicationVersion(QLatin1StringView(NEWSMARK_VERSION));

    // Core's diagnostics go to stderr like our own messages; debug chatter only when asked for
    // through QT_LOGGING_RULES, which takes precedence over these rules.
    qSetMessagePattern(u"newsmark-cli: %{if-category}%{category}: %{endif}%{message}"_s);
    QLoggingCategory::setFilterRules(u"newsmark.*.debug=false\nnewsmark.*.info=false"_s);

    qCDebug(lcCli) << "arguments" << QCoreApplication::arguments();
    return dispatch(QCoreApplication::arguments().mid(1));
}
