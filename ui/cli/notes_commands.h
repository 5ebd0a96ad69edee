#pragma once

#include <QStringList>

namespace newsmark::cli {

// The subcommands of `notes` (see runNotes), each with its own arguments.
int runNotesAdd(const QStringList &arguments);
int runNotesList(const QStringList &arguments);
int runNotesExport(const QStringList &arguments);
int runNotesImport(const QStringList &arguments);

} // namespace newsmark::cli
