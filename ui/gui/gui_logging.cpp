#include "gui_logging.h"

namespace newsmark::gui {
Q_LOGGING_CATEGORY(lcGui, "newsmark.gui")
} // namespace newsmark::gui
