#include "cli_logging.h"

namespace newsmark::cli {
Q_LOGGING_CATEGORY(lcCli, "newsmark.cli")
} // namespace newsmark::cli
