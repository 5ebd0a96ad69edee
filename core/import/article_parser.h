#pragma once

#include "model/article.h"
#include "result.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace newsmark {

// Splits the decoded text of a news article file into headline, sub-headlines, body paragraphs
// and metadata. Two layouts are recognised, with tolerance for missing parts and stray blank
// lines: the Korean web layout (category, headline, sub-headlines, "[매체 = 기자명 기자]" opening
// the body, reporter e-mail, copyright and comment-box lines) and the plain English one (headline,
// "By Name", a date line, paragraphs). Boilerplate leaves the body; outlet, reporter, e-mail,
// copyright and the publication date are kept as metadata. The content hash is set.
Result<Article> parseArticleText(const QString &text);

// The ISO 8601 date or date-time of a line that holds only a publication date ("입력 2025.02.04
// 10:31", "March 3, 2025", "Published 3 March 2025"); nothing for any other line.
std::optional<QString> publishedFromDateLine(QStringView line);

// "ko" when more than half of the text's letters are Hangul, else "en": the one rule for an
// article's language, whether it came from a file, a feed or a web page.
QString detectLanguage(QStringView text);

} // namespace newsmark
