#include "logging.h"

namespace newsmark {
Q_LOGGING_CATEGORY(lcStorage, "newsmark.storage")
// Off unless asked for: each statement and its time (storage/database.cpp).
Q_LOGGING_CATEGORY(lcSql, "newsmark.sql", QtWarningMsg)
Q_LOGGING_CATEGORY(lcImport, "newsmark.import")
Q_LOGGING_CATEGORY(lcAnalysis, "newsmark.analysis")
Q_LOGGING_CATEGORY(lcRender, "newsmark.render")
Q_LOGGING_CATEGORY(lcLibrary, "newsmark.library")
Q_LOGGING_CATEGORY(lcFeeds, "newsmark.feeds")
} // namespace newsmark
