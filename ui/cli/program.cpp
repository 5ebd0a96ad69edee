#include "program.h"

#include "cli_logging.h"
#include "command_line.h"
#include "commands.h"
#include "console.h"

#include "library/library.h"
#include "session/session.h"

#include <QDir>

#include <algorithm>
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
        Command {u"init", runInit, true, true},
        Command {u"import", runImport, true, true},
        Command {u"list", runList, true, false},
        Command {u"show", runShow, true, false},
        Command {u"analyze", runAnalyze, false, false},
        Command {u"notes", runNotes, true, false},
        Command {u"entities", runEntities, true, false},
        Command {u"feeds", runFeeds, true, true},
        Command {u"save", runSave, true, true},
        Command {u"delete", runDelete, true, false},
        Command {u"restore", runRestore, true, false},
        Command {u"trash", runTrash, true, false},
        Command {u"star", runStar, true, false},
        Command {u"unstar", runUnstar, true, false},
        Command {u"read", runRead, true, false},
        Command {u"unread", runUnread, true, false},
        Command {u"search", runSearch, true, false},
        Command {u"index", runIndex, true, false},
        Command {u"searches", runSearches, true, false},
};

bool isHelp(QStringView argument)
{
    return argument == u"-h" || argument == u"--help";
}

// The command line split once, for running it and for finding its library: options given before
// the command (`newsmark-cli --library L list`) go to the command like the ones after it; only
// --help and --version belong to the program itself.
struct ProgramLine
{
    enum class Early { None, Help, Version, UnknownOption, UnknownCommand, NoCommand };
    Early early = Early::None;
    QString offending; // the unknown option or command
    const Command *command = nullptr;
    QStringList arguments; // the command's own, --library included
    QString library; // the first --library, before or after the command name, as given
};

ProgramLine splitProgramLine(const QStringList &arguments)
{
    ProgramLine line;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (isHelp(argument)) {
            line.early = ProgramLine::Early::Help;
            return line;
        }
        if (argument == u"-v" || argument == u"--version") {
            line.early = ProgramLine::Early::Version;
            return line;
        }
        if (argument == u"--library") {
            line.arguments << argument;
            if (i + 1 < arguments.size()) {
                line.arguments << arguments.at(++i);
                if (line.library.isEmpty())
                    line.library = arguments.at(i);
            }
            continue;
        }
        if (argument.startsWith(u"--library=")) {
            line.arguments << argument;
            if (line.library.isEmpty())
                line.library = argument.mid(10);
            continue;
        }
        if (argument.startsWith(u'-')) {
            line.early = ProgramLine::Early::UnknownOption;
            line.offending = argument;
            return line;
        }
        for (const Command &command : commands) {
            if (command.name == argument)
                line.command = &command;
        }
        if (!line.command) {
            line.early = ProgramLine::Early::UnknownCommand;
            line.offending = argument;
            return line;
        }
        line.arguments += arguments.mid(i + 1);
        // The command takes --library after its name too.
        for (qsizetype j = i + 1; j < arguments.size() && line.library.isEmpty(); ++j) {
            if (arguments.at(j) == u"--library" && j + 1 < arguments.size())
                line.library = arguments.at(j + 1);
            else if (arguments.at(j).startsWith(u"--library="))
                line.library = arguments.at(j).mid(10);
        }
        return line;
    }
    line.early = ProgramLine::Early::NoCommand;
    return line;
}

} // namespace

int runProgram(const QStringList &arguments)
{
    const ProgramLine line = splitProgramLine(arguments);
    switch (line.early) {
    case ProgramLine::Early::Help: printOut(programHelp()); return ExitSuccess;
    case ProgramLine::Early::Version:
        printOut(QString(programName % u' ' % QLatin1StringView(NEWSMARK_VERSION) % u'\n'));
        return ExitSuccess;
    case ProgramLine::Early::UnknownOption:
        return programUsageError(CliText::tr("unknown option '%1' (options follow the command)")
                                         .arg(line.offending));
    case ProgramLine::Early::UnknownCommand:
        return programUsageError(CliText::tr("unknown command '%1'").arg(line.offending));
    case ProgramLine::Early::NoCommand: return programUsageError(CliText::tr("no command given"));
    case ProgramLine::Early::None: break;
    }
    return line.command->run(line.arguments);
}

bool needsWebEngine(const QStringList &arguments)
{
    const ProgramLine line = splitProgramLine(arguments);
    if (line.early != ProgramLine::Early::None)
        return false;
    // save, and feeds (add, refresh) for the full text of summary-only feeds.
    if (line.command->name == u"save" || line.command->name == u"feeds")
        return true;
    // notes export --format pdf: printed by QtWebEngine.
    if (line.command->name != u"notes" || !line.arguments.contains(u"export"_s))
        return false;
    for (qsizetype i = 0; i < line.arguments.size(); ++i) {
        const QString &argument = line.arguments.at(i);
        if (argument.compare(u"--format=pdf"_s, Qt::CaseInsensitive) == 0)
            return true;
        if (argument == u"--format" && i + 1 < line.arguments.size()
            && line.arguments.at(i + 1).compare(u"pdf"_s, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

LibraryUse libraryUse(const QStringList &arguments)
{
    const ProgramLine line = splitProgramLine(arguments);
    // Help, usage errors and commands without a library run as they are.
    if (line.early != ProgramLine::Early::None || !line.command->usesLibrary
        || line.arguments.contains(u"-h"_s) || line.arguments.contains(u"--help"_s))
        return {};
    QString library = line.library;
    // `init PATH` names its library without --library: its first argument that is not an option.
    if (line.command->name == u"init" && library.isEmpty()) {
        const auto path = std::find_if(line.arguments.cbegin(), line.arguments.cend(),
                                       [](const QString &a) { return !a.startsWith(u'-'); });
        if (path != line.arguments.cend())
            library = *path;
    }
    LibraryUse use;
    use.needed = true;
    use.creates = line.command->createsLibrary;
    use.path =
            library.isEmpty() ? Library::currentPath() : QDir::current().absoluteFilePath(library);
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
