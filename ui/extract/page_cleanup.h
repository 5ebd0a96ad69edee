#pragma once

#include "extracted_page.h"

#include <QList>
#include <QString>

namespace newsmark::extract {

// What the lines taken out of an article said about it.
struct RemovedBoilerplate
{
    QString outlet; // from an opening "[매체 = 기자명 기자]" or "(서울=연합뉴스)"
    QString reporter; // from that opening or a sign-off ("홍길동 기자 hong@example.com")
    QString email;
    QString copyright; // the first copyright line, as written
    QString published; // ISO 8601, from a date line ("입력 2025.02.04 10:31")
    qsizetype removedBlocks = 0;
};

// Takes out of an article's blocks what news pages (Korean ones above all) put around the text
// and Readability keeps: related-article lists ("관련기사" and the lines under it, "▶" links),
// share bars, comment boxes, copyright lines ("ⓒ … 무단전재 및 재배포 금지", "Copyright ©"),
// reporter sign-offs, tip-off lines ("기사제보"), breadcrumbs and date lines; an opening
// "[매체 = 기자명 기자]" is cut from the paragraph that starts the body. Lines are only removed
// whole and only when short, so body text that merely mentions these words stays.
RemovedBoilerplate removeBoilerplate(QList<PageBlock> &blocks);

} // namespace newsmark::extract
