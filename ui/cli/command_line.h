#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <limits>
#include <memory>
#include <optional>

namespace newsmark {
class Library;
}

namespace newsmark::cli {

// The parser of one command: every command answers --help and accepts --library PATH, and every
// command reports usage errors the same way (exit code 2 and a hint), so scripts can tell a wrong
// command line from a failed run.
class CommandLine final
{
public:
    // `synopsis` follows the command name in the usage line, e.g. "[options] PATH...".
    CommandLine(QString command, QString synopsis, const QString &description);
    Q_DISABLE_COPY_MOVE(CommandLine)

    QCommandLineParser &parser() { return m_parser; }

    // Nothing when the command should go on and run; otherwise the exit code to return at once:
    // ExitSuccess after printing --help, ExitUsage after reporting a bad option or a wrong count
    // of positional arguments: more than `maxPositional`, or none when `missing` (the error for
    // none, e.g. "missing article ID") is given.
    // `arguments` are the command's own, without the program or command name.
    [[nodiscard]] std::optional<int> parse(const QStringList &arguments, qsizetype maxPositional,
                                           const QString &missing = {});
    static constexpr qsizetype kAnyCount = std::numeric_limits<qsizetype>::max();

    [[nodiscard]] QStringList positional() const { return m_parser.positionalArguments(); }
    [[nodiscard]] bool isSet(const QCommandLineOption &option) const
    {
        return m_parser.isSet(option);
    }
    // --library (made absolute against the command's working directory), or the default library.
    [[nodiscard]] QString libraryPath() const;
    // Reports a usage error with a pointer to --help; returns ExitUsage.
    int usageError(const QString &message) const;
    [[nodiscard]] QString helpText() const;

private:
    QString m_command;
    QString m_synopsis;
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    QCommandLineOption m_library;
};

enum class OpenMode {
    Existing, // reading and most writing: a mistyped path must not make a new library
    Create, // import and init
};

// Opens the library at `path`; on failure says why on stderr and returns null.
std::unique_ptr<Library> openLibrary(const QString &path, OpenMode mode = OpenMode::Existing);

// A command made of subcommands (`notes add`, `entities show` ...).
struct Subcommand
{
    QStringView name;
    int (*run)(const QStringList &arguments);
};

// Finds the subcommand among `arguments` (--library may come before it) and runs it with the
// other arguments; answers --help with `help`, and reports a missing or unknown subcommand.
int runSubcommand(QStringView group, const QString &help, const QList<Subcommand> &subcommands,
                  const QStringList &arguments);

// The usage of the program as a whole, for `newsmark-cli --help`.
QString programHelp();
// Reports a usage error of the program as a whole (unknown command ...); returns ExitUsage.
int programUsageError(const QString &message);

} // namespace newsmark::cli
