#pragma once

#include "storage/note_store.h"

#include <QJsonObject>

namespace newsmark::cli {

// A note as `notes list --json` prints it: snake_case keys, offsets in code points.
QJsonObject noteRowToJson(const NoteRow &row);

} // namespace newsmark::cli
