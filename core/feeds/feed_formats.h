#pragma once

// The parts of parseFeed (feed_parser.h) that the format files share; not for other callers.

#include "feeds/feed_parser.h"

namespace newsmark::feeds_detail {

Result<ParsedFeed> parseJsonFeed(const QString &text, const FeedParseOptions &options);
Result<ParsedFeed> parseXmlFeed(const QString &text, const FeedParseOptions &options,
                                QStringList malformed);
// `href` resolved against `base`; empty when it is no URL or would run script (javascript:).
QUrl resolveLink(const QUrl &base, QStringView href);

} // namespace newsmark::feeds_detail
