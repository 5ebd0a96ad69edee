#include "command_line.h"

#include "console.h"

#include "library/library.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace newsmark::cli {

CommandLine::CommandLine(QString command, QString synopsis, const QString &description)
    : m_command(std::move(command))
    , m_synopsis(std::move(synopsis))
    , m_help({u"h"_s, u"help"_s}, CliText::tr("Show this help and exit."))
    , m_library(u"library"_s,
                CliText::tr("The library file to use (default: %1).").arg(Library::currentPath()),
                u"PATH"_s)
{
    m_parser.setApplicationDescription(description);
    m_parser.addOption(m_help);
    m_parser.addOption(m_library);
}

std::optional<int> CommandLine::parse(const QStringList &arguments, qsizetype maxPositional,
                                      const QString &missing)
{
    // QCommandLineParser takes the program name as the first argument.
    if (!m_parser.parse(QStringList {programName.toString()} + arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(m_help)) {
        printOut(helpText());
        return ExitSuccess;
    }
    if (m_parser.isSet(m_library) && m_parser.value(m_library).isEmpty())
        return usageError(CliText::tr("--library needs a file path"));
    const QStringList positional = m_parser.positionalArguments();
    if (positional.isEmpty() && !missing.isEmpty())
        return usageError(missing);
    if (positional.size() > maxPositional)
        return usageError(
                CliText::tr("unexpected argument '%1'").arg(positional.at(maxPositional)));
    return std::nullopt;
}

QString CommandLine::libraryPath() const
{
    return m_parser.isSet(m_library) ? absolutePath(m_parser.value(m_library))
                                     : Library::currentPath();
}

int CommandLine::usageError(const QString &message) const
{
    printErr(QString(programName % u' ' % m_command % u": " % message % u'\n'
                     % CliText::tr("Try '%1 --help' for more information.\n")
                               .arg(QString(programName % u' ' % m_command))));
    return ExitUsage;
}

QString CommandLine::helpText() const
{
    // The parser's own usage line names only the program; ours names the command as well.
    QString text = m_parser.helpText();
    const qsizetype firstLineEnd = text.indexOf(u'\n');
    return CliText::tr("Usage:") % u' ' % programName % u' ' % m_command % u' ' % m_synopsis
            % QStringView(text).mid(firstLineEnd);
}

std::unique_ptr<Library> openLibrary(const QString &path, OpenMode mode)
{
    if (mode == OpenMode::Existing && !QFileInfo::exists(path)) {
        fail(CliText::tr(
                     "no library at %1 (`%2 init %1` creates one; `import` creates it as needed)")
                     .arg(path, programName));
        return nullptr;
    }
    Library::OpenOptions options;
    options.create = mode == OpenMode::Create;
    auto library = Library::open(path, options);
    if (!library) {
        fail(CliText::tr("cannot open library %1: %2").arg(path, library.error()));
        return nullptr;
    }
    return std::move(library).value();
}

QString programHelp()
{
    return CliText::tr(R"(Usage: newsmark-cli COMMAND [options] [arguments]
A news reader's library from the command line.

Commands:
  init [PATH] [--samples]            Create a library (import creates one as needed too).
  import PATH...                     Import article files or folders (recursively).
  list [--json] [--unread] [--starred]
                                     List the articles in the library (not the Trash).
  show ID [--json|--html]            Show one article as text, JSON or a web page.
  search QUERY [--json] [--notes]    Search articles or notes: words, "phrases", OR, NOT,
                                     fields such as headline: tag: date: org: (see search
                                     --help).
  searches [list|save|rename|delete] Saved searches with their counts; run one with
                                     search --saved NAME (see searches --help).
  index [--rebuild]                  Build the search index (after an upgrade) or rebuild it.
  delete ID...                       Move articles to the Trash (their notes go with them).
  restore ID...                      Bring articles back from the Trash.
  trash list|empty                   The Trash: list it, or delete what is in it for good
                                     (empty --yes; see trash --help).
  star|unstar ID...                  Star articles, or take the star off.
  read|unread ID...                  Mark articles as read or unread.
  analyze [FILE|-] [--json|--jsonl]  Find amounts, people, places ... in text.
  notes add|list|export|import       Highlights, comments and tags (see notes --help).
  entities list|show|index|mark|remove|merge|corrections|forget
                                     People, organizations and places across the library,
                                     and corrections to them (see entities --help).
  save URL                           Keep a web page's article (text only) in the library.
  feeds add|list|refresh|remove|import|export
                                     Subscriptions: new items become articles (see feeds
                                     --help); OPML in and out.

Every command accepts --help and --library PATH (default: %1).
While Newsmark has the library open, commands run inside it (their output comes here, and
the window shows their changes at once).

Options:
  -h, --help     Show this help and exit.
  -v, --version  Show the version and exit.

Exit status: 0 on success, 1 on failure, 2 on a wrong command line.
Offsets in JSON output count Unicode code points; end offsets are exclusive.
)")
            .arg(Library::currentPath());
}

int runSubcommand(QStringView group, const QString &help, const QList<Subcommand> &subcommands,
                  const QStringList &arguments)
{
    const auto usageError = [group](const QString &message) {
        printErr(QString(programName % u' ' % group % u": " % message % u'\n'
                         % CliText::tr("Try '%1 --help' for more information.\n")
                                   .arg(QString(programName % u' ' % group))));
        return int(ExitUsage);
    };
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--library") {
            ++i;
            continue;
        }
        if (argument.startsWith(u"--library="))
            continue;
        if (argument == u"-h" || argument == u"--help") {
            printOut(help);
            return ExitSuccess;
        }
        if (argument.startsWith(u'-'))
            return usageError(CliText::tr("unknown option '%1' (options follow the subcommand)")
                                      .arg(argument));
        for (const Subcommand &subcommand : subcommands) {
            if (subcommand.name == argument) {
                QStringList rest = arguments;
                rest.removeAt(i);
                return subcommand.run(rest);
            }
        }
        return usageError(CliText::tr("unknown subcommand '%1'").arg(argument));
    }
    return usageError(CliText::tr("no subcommand given"));
}

int programUsageError(const QString &message)
{
    printErr(QString(
            programName % u": " % message % u'\n'
            % CliText::tr("Try '%1 --help' for more information.\n").arg(programName.toString())));
    return ExitUsage;
}

} // namespace newsmark::cli
