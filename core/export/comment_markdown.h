#pragma once

#include <QString>

namespace newsmark {

// A note's Markdown comment as HTML, through cmark-gfm: CommonMark with GitHub's tables,
// ~~strikethrough~~ and bare www./https:// links. A line break the user typed stays a line
// break (the comment box is plain text, where Enter means a new line). What the comment says
// never becomes markup of the page: raw HTML in it (<script>, <img onerror=…>) shows as the
// text it is, images become links to their address (an export loads nothing), and cmark's safe
// mode drops javascript:, vbscript:, file: and data: link targets.
QString commentHtml(const QString &markdown);

} // namespace newsmark
