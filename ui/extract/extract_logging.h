#pragma once

#include <QLoggingCategory>

namespace newsmark::extract {
Q_DECLARE_LOGGING_CATEGORY(lcExtract)
} // namespace newsmark::extract
