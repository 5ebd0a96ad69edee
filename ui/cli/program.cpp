#include "program.h"

#include "cli_logging.h"
#include "command_line.h"
#include "commands.h"
#include "console.h"

#include "library/library.h"
#include "session/session.h"

#include <QDir>

#include <array>

using namespace Qt::StringLiterals;

namespace newsmark::cli {

namespace {

struct Command
{
    QStringView name;
    int (*run)(const QStringList &arguments);
    bool usesLibrary;
    bool createsLibrary;
};

constexpr std::array commands {
        Command {u"init", runInit, true, true},          Command {u"import", runImport, true, true},
        Command {u"list", runList, true, false},         Command {u"show", runShow, true, false},
        Command {u"analyze", runAnalyze, false, false},  Command {u"notes", runNotes, true, false},
        Command {u"entities", runEntities, true, false},
};

bool isHelp(QStringView argument)
{
    return argument == u"-h" || argument == u"--help";
}

} // namespace

// Splits the command line into the command name and its arguments. Options given before the
// command (`newsmark-cli --library L list`) go to the command like the ones after it; only
// --help and --version belong to the program itself.
int runProgram(const QStringList &arguments)
{
    QStringList forwarded;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (isHelp(argument)) {
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

LibraryUse libraryUse(const QStringList &arguments)
{
    LibraryUse use;
    QString library;
    const Command *command = nullptr;
    QStringList positional;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (isHelp(argument) || argument == u"-v" || argument == u"--version")
            return {};
        if (argument == u"--library") {
            if (++i < arguments.size() && library.isEmpty())
                library = arguments.at(i);
            continue;
        }
        if (argument.startsWith(u"--library=")) {
            if (library.isEmpty())
                library = argument.mid(10);
            continue;
        }
        if (argument.startsWith(u'-'))
            continue;
        if (!command) {
            for (const Command &candidate : commands) {
                if (candidate.name == argument)
                    command = &candidate;
            }
            if (!command)
                return {}; // a usage error, reported when it runs
            continue;
        }
        positional.append(argument);
    }
    if (!command || !command->usesLibrary)
        return {};
    // `init PATH` names its library without --library.
    if (command->name == u"init" && library.isEmpty() && !positional.isEmpty())
        library = positional.constFirst();
    use.needed = true;
    use.creates = command->createsLibrary;
    use.path =
            library.isEmpty() ? Library::defaultPath() : QDir::current().absoluteFilePath(library);
    return use;
}

void serveCommand(const SessionRequest &request, const std::shared_ptr<SessionChannel> &channel,
                  std::shared_ptr<const std::atomic_bool> stop)
{
    CommandStreams streams;
    streams.out = [channel](const QByteArray &bytes) { channel->writeOut(bytes); };
    streams.err = [channel](const QByteArray &bytes) { channel->writeErr(bytes); };
    streams.workingDirectory = request.workingDirectory;
    streams.errorIsTerminal = request.terminal;
    streams.cancelled = [channel, stop] { return channel->clientGone() || (stop && stop->load()); };
    int exitCode = ExitFailure;
    {
        const ScopedStreams scoped(streams);
        qCDebug(lcCli) << "running for a client:" << request.arguments;
        exitCode = runProgram(request.arguments);
    }
    channel->finish(exitCode);
}

} // namespace newsmark::cli
