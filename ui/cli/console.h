#pragma once

#include <QString>
#include <QStringView>

namespace newsmark::cli {

// The exit codes scripts can rely on.
enum ExitCode : int {
    ExitSuccess = 0,
    ExitFailure = 1, // the command ran and something went wrong (reason on stderr)
    ExitUsage = 2, // the command line itself was wrong
};

inline constexpr QStringView programName = u"newsmark-cli";

// Output is UTF-8 whatever the locale says, so that pipes and files get the same bytes everywhere.
void printOut(QStringView text);
void printErr(QStringView text);
// "newsmark-cli: <message>" on stderr; returns ExitFailure so callers can `return fail(...)`.
int fail(const QString &message);

// How many terminal columns `text` takes: East Asian wide characters take two.
qsizetype displayWidth(QStringView text);
// `text` padded with spaces (or cut, with an ellipsis) to exactly `width` columns.
QString fitToWidth(const QString &text, qsizetype width);

} // namespace newsmark::cli
