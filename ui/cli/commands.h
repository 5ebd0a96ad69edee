#pragma once

#include <QStringList>

namespace newsmark::cli {

// Each command takes its own arguments (without the program and command names) and returns the
// process exit code (see ExitCode).
int runInit(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runList(const QStringList &arguments);
int runShow(const QStringList &arguments);
int runAnalyze(const QStringList &arguments);
int runNotes(const QStringList &arguments);
int runEntities(const QStringList &arguments);
int runFeeds(const QStringList &arguments);
int runSave(const QStringList &arguments);
int runDelete(const QStringList &arguments);
int runRestore(const QStringList &arguments);
int runTrash(const QStringList &arguments);
int runStar(const QStringList &arguments);
int runUnstar(const QStringList &arguments);
int runRead(const QStringList &arguments);
int runUnread(const QStringList &arguments);
int runSearch(const QStringList &arguments);
int runIndex(const QStringList &arguments);
int runSearches(const QStringList &arguments);

} // namespace newsmark::cli
