#include "analysis/ner/english_dates.h"

#include <QRegularExpression>

namespace newsmark::ner {

namespace {

const QString kMonths = QStringLiteral(
        "(?:January|February|March|April|May|June|July|August|September|October|November|"
        "December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)");
const QString kWeekdays = QStringLiteral("(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day");
const QString kYear = QStringLiteral("(?:1[89]\\d\\d|20\\d\\d)");
const QString kOrdinal = QStringLiteral(
        "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last)");
const QString kCount =
        QStringLiteral("(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})");

// Words after which a lone month or weekday is a date ("in May", "since March", "by June").
bool introducesDate(QStringView word)
{
    static const char16_t *const words[] = {
            u"in",      u"on",    u"since",  u"by",      u"until",      u"till",  u"from",
            u"to",      u"of",    u"during", u"before",  u"after",      u"early", u"late",
            u"mid",     u"last",  u"next",   u"this",    u"that",       u"each",  u"every",
            u"between", u"and",   u"or",     u"through", u"throughout", u"for",   u"In",
            u"On",      u"Since", u"By",     u"Until",   u"From",       u"Last",  u"Next",
            u"This",    u"Early", u"Late",   u"Before",  u"After",      u"During"};
    for (const char16_t *w : words) {
        if (word == QStringView(w))
            return true;
    }
    return false;
}

// The word before `pos` (letters only) and the one after `end`.
QStringView wordBefore(QStringView text, qsizetype pos)
{
    qsizetype end = pos;
    while (end > 0 && text[end - 1] == u' ')
        --end;
    qsizetype begin = end;
    while (begin > 0 && (text[begin - 1].isLetter() || text[begin - 1] == u'-'))
        --begin;
    QStringView word = text.mid(begin, end - begin);
    if (word.endsWith(u'-'))
        word.chop(1); // "mid-May"
    return word;
}

QStringView wordAfter(QStringView text, qsizetype end)
{
    qsizetype begin = end;
    while (begin < text.size() && text[begin] == u' ')
        ++begin;
    qsizetype stop = begin;
    while (stop < text.size() && text[stop].isLetter())
        ++stop;
    return text.mid(begin, stop - begin);
}

bool isCapitalisedWord(QStringView word)
{
    return !word.isEmpty() && word[0].isUpper();
}

bool overlapsAny(const QList<TypedRange> &found, qsizetype start, qsizetype end)
{
    for (const TypedRange &r : found) {
        if (r.start < end && start < r.end)
            return true;
    }
    return false;
}

} // namespace

QList<TypedRange> findEnglishDatesAndTimes(QStringView text)
{
    // Longest forms first; a later pattern only adds what does not overlap an earlier one.
    static const QRegularExpression times(QStringLiteral(
            "\\b(?:(?:[01]\\d|2[0-3])[0-5]\\d ?(?:GMT|BST|UTC|CET|EST|EDT|ET|"
            "local time)(?!\\w)|\\d{1,2}[:.][0-5]\\d ?(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b)"
            "(?: (?:GMT|BST|UTC|ET|EST|EDT))?|\\d{1,2}:[0-5]\\d(?: (?:GMT|BST|UTC|"
            "ET|EST|EDT)\\b)?|\\d{1,2} ?(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b)(?: "
            "(?:GMT|BST|UTC|ET|EST|EDT)\\b)?|(?:noon|midday|midnight)\\b)"));
    static const QRegularExpression fullDates(
            QStringLiteral("\\b(?:\\d{1,2}(?:st|nd|rd|th)? %1(?:,? %2)?|%1 "
                           "\\d{1,2}(?:st|nd|rd|th)?\\b(?:,? %2)?"
                           "|%1 %2|%1 quarter|(?:the )?(?:%3|\\d{1,2}(?:st|nd|rd|th)) "
                           "(?:quarter|half)(?: of "
                           "(?:%2|the "
                           "(?:year|financial year))| (?:%2))?|(?:first|last|past|next) %4 "
                           "(?:months|weeks|"
                           "years|quarters) of (?:%2|the year)|%2s|mid-%2s)(?![\\w%])")
                    .arg(kMonths, kYear, kOrdinal, kCount));
    static const QRegularExpression relative(QStringLiteral(
            "\\b(?:(?:last|next|this|previous|coming|past|same) (?:year|month|week|weekend|"
            "quarter|winter|summer|spring|autumn|decade|century)|(?:the )?(?:previous|following) "
            "(?:year|month|week|day)|yesterday|today|tomorrow|Christmas(?: Day| Eve)?|Easter|"
            "New Year(?:'s Day)?|(?:the )?(?:spring|summer|autumn|winter)(?= of \\d| (?:of|in) "
            "(?:19|20)\\d\\d|[,.;]| and\\b)|(?<=over the |during the |through the |throughout the "
            "|since the |until the |in the |for the )(?:spring|summer|autumn|winter)(?= "
            "(?:because|as|when|while|"
            "but|to|with|after|before|amid|despite|on|at|for|from|by|if|unless)\\b))\\b"));
    static const QRegularExpression single(
            QStringLiteral("\\b(?:%1|%2|%3)(?![\\w%,.]\\d)").arg(kMonths, kWeekdays, kYear));
    QList<TypedRange> found;
    auto addAll = [&](const QRegularExpression &pattern, EntityType type) {
        for (auto it = pattern.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            qsizetype start = m.capturedStart(), end = m.capturedEnd();
            // "the fourth quarter": the article is not part of the date.
            if (text.mid(start, end - start).startsWith(u"the "))
                start += 4;
            if (!overlapsAny(found, start, end))
                found.append({start, end, type});
        }
    };
    addAll(times, EntityType::Time);
    addAll(fullDates, EntityType::Date);
    // Seasons are dates only after "the" or a relative word ("in the autumn", "this winter"):
    // "winter fuel payments" is no date. The pattern's lookahead asks for that context: a
    // punctuation mark, "of 2005", or after "over/in/during the" a conjunction or preposition
    // ("over the winter because ...").
    addAll(relative, EntityType::Date);
    for (auto it = single.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype start = m.capturedStart(), end = m.capturedEnd();
        if (overlapsAny(found, start, end))
            continue;
        const QStringView word = m.capturedView();
        const bool isYear = word[0].isDigit();
        if (isYear) {
            // "£2004", "2004-05" stay amounts or ranges of the amount recogniser.
            if (start > 0 && !text[start - 1].isSpace() && text[start - 1] != u'(')
                continue;
            found.append({start, end, EntityType::Date});
            continue;
        }
        const QStringView before = wordBefore(text, start);
        const QStringView after = wordAfter(text, end);
        const bool isWeekday = word.endsWith(u"day");
        // A name or title before ("Theresa May", "Mrs May", "Judge April"), or a capitalised word
        // after ("May Day Bank", "June Sarpong"), makes the month part of a name.
        if (isCapitalisedWord(before) && !introducesDate(before))
            continue;
        if (isCapitalisedWord(after) && !(isWeekday && (after == u"GMT" || after == u"BST")))
            continue;
        // A lone "May" at a sentence's start is a name ("May said ..."); elsewhere it has to be
        // introduced like a date.
        if (word == u"May" && !introducesDate(before))
            continue;
        if (!isWeekday && !introducesDate(before) && !before.isEmpty())
            continue;
        found.append({start, end, EntityType::Date});
    }
    return found;
}

} // namespace newsmark::ner
