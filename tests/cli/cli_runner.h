#pragma once

// Runs the built newsmark-cli (NEWSMARK_CLI) in a scratch environment, for the CLI suites.

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace newsmark::test {

struct CliRun
{
    int exitCode = -1; // -1 when the process crashed
    QString out;
    QString err;
    QByteArray rawOut;
};

// XDG folders under `scratch`, so the user's own library and settings are never touched.
inline CliRun runCli(const QStringList &arguments, const QString &scratch)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), scratch + QStringLiteral("/xdg-data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), scratch + QStringLiteral("/xdg-config"));
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(NEWSMARK_CLI), arguments);
    if (!process.waitForStarted() || !process.waitForFinished(120000))
        qFatal("newsmark-cli %s did not run", qPrintable(arguments.join(QLatin1Char(' '))));
    CliRun result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.rawOut = process.readAllStandardOutput();
    result.out = QString::fromUtf8(result.rawOut);
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace newsmark::test
