#include "extract_logging.h"

namespace newsmark::extract {
Q_LOGGING_CATEGORY(lcExtract, "newsmark.extract")
} // namespace newsmark::extract
