#include "feeds/feed_dates.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace newsmark {

namespace {

constexpr int kKoreanOffset = 9 * 3600;

int monthFromName(QStringView name)
{
    static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec"};
    if (name.size() < 3)
        return 0;
    const QString key = name.first(3).toString().toLower();
    for (int i = 0; i < 12; ++i) {
        if (key == QLatin1String(months[i]))
            return i + 1;
    }
    return 0;
}

// Seconds east of UTC for a zone as feeds write it; nullopt when unknown.
std::optional<int> zoneOffset(QStringView zone)
{
    if (zone.isEmpty())
        return kKoreanOffset;
    if (zone[0] == u'+' || zone[0] == u'-') {
        QString digits = zone.sliced(1).toString().remove(u':');
        if (digits.size() == 1 || digits.size() == 3)
            digits.prepend(u'0');
        if (digits.size() == 2)
            digits.append(QLatin1String("00"));
        if (digits.size() != 4)
            return std::nullopt;
        bool ok = false;
        const int hhmm = digits.toInt(&ok);
        if (!ok || hhmm / 100 > 14 || hhmm % 100 > 59)
            return std::nullopt;
        const int seconds = (hhmm / 100) * 3600 + (hhmm % 100) * 60;
        return zone[0] == u'-' ? -seconds : seconds;
    }
    struct Named
    {
        const char *name;
        int hours;
    };
    static constexpr Named named[] = {
            {"z", 0},    {"ut", 0},    {"utc", 0},   {"gmt", 0},   {"wet", 0},  {"est", -5},
            {"edt", -4}, {"cst", -6},  {"cdt", -5},  {"mst", -7},  {"mdt", -6}, {"pst", -8},
            {"pdt", -7}, {"akst", -9}, {"akdt", -8}, {"hst", -10}, {"ast", -4}, {"adt", -3},
            {"kst", 9},  {"jst", 9},   {"cet", 1},   {"cest", 2},  {"met", 1},  {"mest", 2},
            {"bst", 1},  {"eet", 2},   {"eest", 3},  {"msk", 3},   {"hkt", 8},  {"sgt", 8},
            {"awst", 8}, {"aest", 10}, {"aedt", 11}, {"nzst", 12}, {"nzdt", 13}};
    const QString key = zone.toString().toLower();
    for (const Named &n : named) {
        if (key == QLatin1String(n.name))
            return n.hours * 3600;
    }
    // "GMT+9", "UTC+09:00"
    if ((key.startsWith(QLatin1String("gmt")) || key.startsWith(QLatin1String("utc")))
        && key.size() > 3)
        return zoneOffset(zone.sliced(3));
    return std::nullopt;
}

int fullYear(int year, int digits, const QDateTime &now)
{
    if (digits > 2)
        return year;
    const int thisYear = now.isValid() ? now.date().year() : 2026;
    const int century = thisYear / 100 * 100;
    return century + year <= thisYear + 10 ? century + year : century - 100 + year;
}

std::optional<QDateTime> makeDate(int year, int month, int day, int hour, int minute, int second,
                                  int msec, QStringView zone)
{
    const QDate date(year, month, day);
    if (!date.isValid() || year < 1000)
        return std::nullopt;
    bool endOfDay = false;
    if (hour == 24 && minute == 0 && second == 0) {
        hour = 0;
        endOfDay = true;
    }
    second = std::min(second, 59); // a leap second
    const QTime time(hour, minute, second, msec);
    if (!time.isValid())
        return std::nullopt;
    const std::optional<int> offset = zoneOffset(zone);
    // An unknown zone name still means "a zone was given": better UTC than nothing.
    QDateTime result(date, time, QTimeZone(offset.value_or(0)));
    if (endOfDay)
        result = result.addDays(1);
    return result.toUTC();
}

int toInt(const QRegularExpressionMatch &m, int group, int fallback = 0)
{
    const QStringView s = m.capturedView(group);
    return s.isEmpty() ? fallback : s.toInt();
}

int millis(QStringView fraction)
{
    if (fraction.isEmpty())
        return 0;
    QString ms = fraction.first(std::min<qsizetype>(fraction.size(), 3)).toString();
    while (ms.size() < 3)
        ms.append(u'0');
    return ms.toInt();
}

} // namespace

std::optional<QDateTime> parseFeedDate(QStringView text, const QDateTime &now)
{
    QString s = text.toString().trimmed();
    if (s.isEmpty() || s.size() > 100)
        return std::nullopt;
    // "(KST)" after an offset, Korean date words, "오전/오후" are dropped or rewritten.
    static const QRegularExpression comment(QStringLiteral(R"(\s*\([^)]*\)\s*$)"));
    s.remove(comment);
    static const QRegularExpression koreanDate(
            QStringLiteral(R"((\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일)"));
    s.replace(koreanDate, QStringLiteral("\\1-\\2-\\3"));

    // Year first: ISO 8601 and the Korean sites' variants.
    static const QRegularExpression yearFirst(
            QStringLiteral(
                    R"(^(\d{4})(?:[-./](\d{1,2})(?:[-./](\d{1,2}))?|(\d{2})(\d{2}))\.?)"
                    R"((?:(?:T|\s+|T\s*)(\d{1,2})(?::?(\d{2}))(?::?(\d{2})(?:[.,](\d+))?)?)?)"
                    R"(\s*(Z|[A-Za-z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{1,2}(?::?\d{2})?)?$)"),
            QRegularExpression::CaseInsensitiveOption);
    if (const auto m = yearFirst.match(s); m.hasMatch()) {
        const bool compact = m.capturedLength(4) > 0;
        return makeDate(toInt(m, 1), toInt(m, compact ? 4 : 2, 1), toInt(m, compact ? 5 : 3, 1),
                        toInt(m, 6), toInt(m, 7), toInt(m, 8), millis(m.capturedView(9)),
                        m.capturedView(10));
    }

    // Day first: RFC 822 and its relatives ("Fri, 4 Dec 2026 09:30 KST", "04-Dec-26").
    static const QRegularExpression dayFirst(
            QStringLiteral(
                    R"(^(?:[A-Za-z]+\.?,?\s*)?(\d{1,2})[\s\-/]+([A-Za-z]{3,})\.?,?[\s\-/]+)"
                    R"((\d{4}|\d{2})(?:[\s,T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?)"
                    R"(\s*(Z|[A-Za-z]{1,5}(?:[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{1,2}:?\d{2})?$)"),
            QRegularExpression::CaseInsensitiveOption);
    if (const auto m = dayFirst.match(s); m.hasMatch()) {
        const int month = monthFromName(m.capturedView(2));
        if (month == 0)
            return std::nullopt;
        return makeDate(fullYear(toInt(m, 3), int(m.capturedLength(3)), now), month, toInt(m, 1),
                        toInt(m, 4), toInt(m, 5), toInt(m, 6), millis(m.capturedView(7)),
                        m.capturedView(8));
    }

    // Month first ("Dec 4, 2026 09:30:00 EST", asctime's "Fri Dec  4 09:30:00 2026").
    static const QRegularExpression monthFirst(
            QStringLiteral(R"(^(?:[A-Za-z]+,?\s+)?([A-Za-z]{3,})\.?\s+(\d{1,2}),?\s+)"
                           R"((?:(\d{4})\s*)?(?:(\d{1,2}):(\d{2})(?::(\d{2}))?)?)"
                           R"(\s*(Z|[A-Za-z]{1,5}|[+-]\d{1,2}:?\d{2})?\s*(\d{4})?$)"));
    if (const auto m = monthFirst.match(s); m.hasMatch()) {
        const int month = monthFromName(m.capturedView(1));
        const int year = m.capturedLength(3) ? toInt(m, 3) : toInt(m, 8);
        if (month == 0 || year == 0)
            return std::nullopt;
        return makeDate(year, month, toInt(m, 2), toInt(m, 4), toInt(m, 5), toInt(m, 6), 0,
                        m.capturedView(7));
    }
    return std::nullopt;
}

} // namespace newsmark
