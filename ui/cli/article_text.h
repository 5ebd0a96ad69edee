#pragma once

#include "model/article.h"
#include "storage/article_store.h"

#include <QJsonObject>
#include <QString>

namespace newsmark::cli {

// Every stored field of an article, with snake_case keys; unknown values are null.
QJsonObject articleToJson(const Article &article);
// The columns of the library list.
QJsonObject summaryToJson(const ArticleSummary &summary);
// The article for reading in a terminal: headline, metadata, then the paragraphs.
QString articleToText(const Article &article);

} // namespace newsmark::cli
