#pragma once

#include <QLoggingCategory>

namespace newsmark::cli {
Q_DECLARE_LOGGING_CATEGORY(lcCli)
} // namespace newsmark::cli
