#pragma once

#include <QLoggingCategory>

namespace newsmark::gui {
// The GUI's own category, beside the core ones in core/logging.h.
Q_DECLARE_LOGGING_CATEGORY(lcGui)
} // namespace newsmark::gui
