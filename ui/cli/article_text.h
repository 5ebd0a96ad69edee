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
// The rows as `list --json` prints them: an indented JSON array, one summaryToJson each.
QString summariesJson(const QList<ArticleSummary> &rows);
// The article for reading in a terminal: headline, metadata, then the paragraphs.
QString articleToText(const Article &article);

// Every row `query` lists, read page by page (what there is, if the library changes meanwhile).
QList<ArticleSummary> allSummaries(ArticleStore &store, const ArticleQuery &query);
// The rows as a terminal table: ID, a date column (`dateHeader`, the day of `dateOf`), OUTLET,
// HEADLINE.
QString summaryTable(const QList<ArticleSummary> &rows, const QString &dateHeader,
                     QString (*dateOf)(const ArticleSummary &));

} // namespace newsmark::cli
