#pragma once

#include <QDateTime>
#include <QStringView>

#include <optional>

namespace newsmark {

// A feed's date as a UTC QDateTime. Reads RFC 822 ("Fri, 04 Dec 2026 09:30:00 +0900") and ISO
// 8601 ("2026-12-04T09:30:00Z") and what feeds make of them: no seconds, no weekday or a wrong
// one, named zones (KST, EST, GMT, Z, UT), two-digit years, "2026-12-04 09:30:00",
// "2026.12.04 09:30", "2026/12/04", "2026년 12월 4일 09:30". Without a zone the time is Korean
// (UTC+9). `now` (UTC) places two-digit years: 00–(now+10) in this century, the rest in the
// last. nullopt when the text is not a date.
std::optional<QDateTime> parseFeedDate(QStringView text, const QDateTime &now);

} // namespace newsmark
