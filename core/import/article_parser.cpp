#include "import/article_parser.h"

#include "i18n/ui_language.h"

#include <QDate>
#include <QRegularExpression>
#include <QStringList>
#include <QTime>

#include <utility>

namespace newsmark {

namespace {

// A non-empty, trimmed line and whether a blank line stood before it.
struct Line
{
    QString text;
    bool blankBefore = false;
};

// What the byline told: the body opens after `rest`, which may still hold the first paragraph.
struct Byline
{
    QString outlet;
    QString reporter;
    QString published;
    QString rest;
    bool consumesLine = false; // an English "By ..." line carries no body text
};

constexpr qsizetype kMaxHeadline = 300;
constexpr qsizetype kMaxHeadingLike = 150;
constexpr qsizetype kMaxSubheadlines = 8;
// A byline further down than this is a quotation in the body, not the start of it.
constexpr qsizetype kBylineSearchLines = 12;

QRegularExpression re(const QString &pattern, bool caseInsensitive = false)
{
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (caseInsensitive)
        options |= QRegularExpression::CaseInsensitiveOption;
    return QRegularExpression(pattern, options);
}

bool isHangul(char16_t c)
{
    return (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x11FF)
            || (c >= 0x3130 && c <= 0x318F);
}

bool hasHangul(QStringView s)
{
    for (QChar c : s) {
        if (isHangul(c.unicode()))
            return true;
    }
    return false;
}

// A paragraph ends a sentence; headlines, sub-headlines and labels do not, even when they end in
// a quotation ("올트먼 \"원더풀\"").
bool endsSentence(QStringView s)
{
    static const QString closers = QStringLiteral("\"'”’」』)]");
    qsizetype end = s.size();
    while (end > 0 && closers.contains(s.at(end - 1)))
        --end;
    if (end == 0)
        return false;
    const QChar last = s.at(end - 1);
    return last == u'.' || last == u'!' || last == u'?' || last == u'。' || last == u'…';
}

QString stripDecoration(QString s)
{
    static const QRegularExpression lead = re(QStringLiteral(R"(^[\s\-–—<\[]+)"));
    static const QRegularExpression trail = re(QStringLiteral(R"([\s\-–—>\]]+$)"));
    s.remove(lead);
    s.remove(trail);
    return s;
}

// ---------------------------------------------------------------------------------------------
// Dates

int monthFromName(QStringView name)
{
    static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec"};
    const QString lower = name.left(3).toString().toLower();
    for (int i = 0; i < 12; ++i) {
        if (lower == QLatin1String(months[i]))
            return i + 1;
    }
    return 0;
}

QString isoOffset(const QString &zone)
{
    if (zone.isEmpty())
        return {};
    const QString upper = zone.toUpper();
    if (upper == u"Z" || upper == u"UTC" || upper == u"GMT")
        return QStringLiteral("Z");
    if (upper == u"KST")
        return QStringLiteral("+09:00");
    if (zone.startsWith(u'+') || zone.startsWith(u'-')) {
        QString digits = zone.mid(1);
        digits.remove(u':');
        if (digits.size() == 4)
            return zone.left(1) + digits.left(2) + u':' + digits.mid(2);
    }
    return {};
}

std::optional<QString> formatIso(int year, int month, int day, int hour, int minute, int second,
                                 const QString &meridiem, const QString &zone)
{
    const QDate date(year, month, day);
    if (!date.isValid() || year < 1900 || year > 2200)
        return std::nullopt;
    if (hour < 0)
        return date.toString(Qt::ISODate);
    const QString m = meridiem.toLower();
    const bool pm = m == u"오후" || m.startsWith(u'p');
    const bool am = m == u"오전" || m.startsWith(u'a');
    if ((pm || am) && (hour < 1 || hour > 12))
        return std::nullopt;
    if (pm && hour < 12)
        hour += 12;
    if (am && hour == 12)
        hour = 0;
    const QTime time(hour, minute, second);
    if (!time.isValid())
        return std::nullopt;
    return date.toString(Qt::ISODate) + u'T' + time.toString(Qt::ISODate) + isoOffset(zone);
}

int capturedInt(const QRegularExpressionMatch &m, int group, int fallback)
{
    bool ok = false;
    const int value = m.capturedView(group).toInt(&ok);
    return ok ? value : fallback;
}

} // namespace

std::optional<QString> publishedFromDateLine(QStringView line)
{
    if (line.size() > 90 || line.size() < 6)
        return std::nullopt;
    static const QRegularExpression label = re(
            QStringLiteral(
                    R"(^(?:기사\s*입력|최초\s*입력|입력|등록|게재|발행|송고|승인|최종\s*수정|수정|)"
                    R"(업데이트|published(?:\s+on)?|posted(?:\s+on)?|updated(?:\s+on)?|date)"
                    R"()\s*[:：]?\s*)"),
            true);
    // 2025.02.04 10:31 · 2025-02-04T10:31:00+09:00 · 2025년 2월 4일(화) 오후 3:05
    static const QRegularExpression numeric = re(
            QStringLiteral(R"((\d{4})\s*[.\-/년]\s*(\d{1,2})\s*[.\-/월]\s*(\d{1,2})(?:\s*[.일])?)"
                           R"((?:\s*\([월화수목금토일]\))?)"
                           R"((?:(?:\s*T|\s+)(오전|오후|AM|PM)?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?)"
                           R"((?:\.\d+)?\s*(AM|PM)?)?)"
                           R"(\s*(Z|[+\-]\d{2}:?\d{2}|KST|UTC|GMT)?)"),
            true);
    static const QString month = QStringLiteral(
            R"((Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|)"
            R"(Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?)");
    static const QString clock =
            QStringLiteral(R"((?:\s*(?:,|at|/|\||-|–)?\s*(\d{1,2})[:.](\d{2})\s*([ap]\.?m\.?)?)?)"
                           R"(\s*(UTC|GMT|KST|Z)?)");
    // Monday, March 3, 2025 · 3 March 2025 10:31 am
    static const QRegularExpression english = re(
            QStringLiteral(R"((?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:)") + month
                    + QStringLiteral(
                            R"(\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})|(\d{1,2})(?:st|nd|rd|th)?)"
                            R"(\s+)")
                    + month + QStringLiteral(R"(,?\s+(\d{4})))") + clock,
            true);
    // What may follow the date on its line: a second, labelled date ("| 수정 2025.02.04 11:00").
    static const QRegularExpression tail =
            re(QStringLiteral(
                       R"(^[\s|·,/()\-–—:.\d]*(?:(?:기사\s*입력|최종\s*수정|수정|입력|업데이트|)"
                       R"(updated|modified|오전|오후|[ap]m|kst|utc|gmt|[년월일]|)")
                       + month + QStringLiteral(R"()[\s|·,/()\-–—:.\d]*)*$)"),
               true);

    const QString text = line.toString();
    const auto labelled = label.match(text);
    const qsizetype start = labelled.hasMatch() ? labelled.capturedLength() : 0;
    std::optional<QString> iso;
    qsizetype end = -1;
    if (const auto m = numeric.match(text, start, QRegularExpression::NormalMatch,
                                     QRegularExpression::AnchorAtOffsetMatchOption);
        m.hasMatch()) {
        const bool hasTime = m.capturedLength(5) > 0;
        const QString meridiem = m.capturedLength(4) > 0 ? m.captured(4) : m.captured(8);
        iso = formatIso(capturedInt(m, 1, 0), capturedInt(m, 2, 0), capturedInt(m, 3, 0),
                        hasTime ? capturedInt(m, 5, -1) : -1, capturedInt(m, 6, 0),
                        capturedInt(m, 7, 0), meridiem, m.captured(9));
        end = m.capturedEnd();
    } else if (const auto e = english.match(text, start, QRegularExpression::NormalMatch,
                                            QRegularExpression::AnchorAtOffsetMatchOption);
               e.hasMatch()) {
        const bool monthFirst = e.capturedLength(1) > 0;
        const int monthNo = monthFromName(e.capturedView(monthFirst ? 1 : 5));
        const int day = capturedInt(e, monthFirst ? 2 : 4, 0);
        const int year = capturedInt(e, monthFirst ? 3 : 6, 0);
        const bool hasTime = e.capturedLength(7) > 0;
        iso = formatIso(year, monthNo, day, hasTime ? capturedInt(e, 7, -1) : -1,
                        capturedInt(e, 8, 0), 0, e.captured(9), e.captured(10));
        end = e.capturedEnd();
    }
    if (!iso || !tail.match(QStringView(text).mid(end)).hasMatch())
        return std::nullopt;
    return iso;
}

namespace {

// ---------------------------------------------------------------------------------------------
// Boilerplate and metadata lines

bool isCommentBox(QStringView line)
{
    if (line.size() > 60)
        return false;
    static const QRegularExpression box =
            re(QStringLiteral(
                       R"(^(?:댓글(?:\s*\d+\s*개?)?|댓글\s*(?:쓰기|달기|작성|보기|더보기|입력)|)"
                       R"(\[\s*\d+\s*자\s*이내.*\]|현재\s*총\s*\d+\s*개의\s*댓글이\s*있습니다\.?|)"
                       R"((?:\d+\s+)?comments?(?:\s*\(\d+\))?|leave a (?:comment|reply))$)"),
               true);
    return box.match(line).hasMatch();
}

bool isCopyright(QStringView line)
{
    if (line.size() > 160)
        return false;
    static const QRegularExpression mark =
            re(QStringLiteral(R"(^[\s\-–—<\[(]*(?:ⓒ|©|\(c\)\s|copyright\b|저작권자)|무단\s*전재|)"
                              R"(재\s*배포\s*금지|all rights reserved)"),
               true);
    return mark.match(line).hasMatch();
}

const QRegularExpression &emailPattern()
{
    static const QRegularExpression email =
            re(QStringLiteral(R"([A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)"));
    return email;
}

const QString &reporterTitles()
{
    static const QString titles = QStringLiteral(
            R"((?:선임기자|전문기자|객원기자|인턴기자|수습기자|기자|특파원|논설위원))");
    return titles;
}

// "황효원 기자 woniii@mydaily.co.kr", "gildong@yna.co.kr", "Contact: Jane Doe, jane@x.example"
bool takeEmailLine(QStringView line, QString *email, QString *reporter)
{
    if (line.size() > 100 || !line.contains(u'@'))
        return false;
    const auto m = emailPattern().match(line);
    if (!m.hasMatch())
        return false;
    static const QRegularExpression decoration = re(
            QStringLiteral(R"(^(?:e-?mail|contact|메일|이메일)\s*[:：]?\s*|[\s,:;()<>\[\]|/·=\-]+)")
                    + QStringLiteral(R"(|\s*)") + reporterTitles() + QStringLiteral(R"(\s*)"),
            true);
    QString before = line.left(m.capturedStart()).toString();
    const QString after = line.mid(m.capturedEnd()).toString();
    before.replace(decoration, QStringLiteral(" "));
    before = before.simplified();
    if (before.size() > 40 || after.trimmed().size() > 20 || endsSentence(line))
        return false;
    if (email->isEmpty())
        *email = m.captured();
    if (reporter->isEmpty() && !before.isEmpty() && before.count(u' ') < 4)
        *reporter = before;
    return true;
}

bool isCategory(QStringView line)
{
    static const QStringList known = {
            QStringLiteral("경제"),      QStringLiteral("산업"),     QStringLiteral("정치"),
            QStringLiteral("사회"),      QStringLiteral("국제"),     QStringLiteral("금융"),
            QStringLiteral("증권"),      QStringLiteral("부동산"),   QStringLiteral("IT"),
            QStringLiteral("IT일반"),    QStringLiteral("IT/과학"),  QStringLiteral("과학"),
            QStringLiteral("테크"),      QStringLiteral("모바일"),   QStringLiteral("게임"),
            QStringLiteral("반도체"),    QStringLiteral("배터리"),   QStringLiteral("자동차"),
            QStringLiteral("통신"),      QStringLiteral("바이오"),   QStringLiteral("유통"),
            QStringLiteral("조선·방산"), QStringLiteral("재계"),     QStringLiteral("경제일반"),
            QStringLiteral("산업일반"),  QStringLiteral("Business"), QStringLiteral("Technology"),
            QStringLiteral("Tech"),      QStringLiteral("Markets"),  QStringLiteral("Economy"),
            QStringLiteral("Finance"),   QStringLiteral("World"),    QStringLiteral("Companies"),
            QStringLiteral("Science"),   QStringLiteral("Energy"),   QStringLiteral("Autos")};
    for (const QString &k : known) {
        if (line.compare(k, Qt::CaseInsensitive) == 0)
            return true;
    }
    // Korean sites name a section in one short word ("IT일반", "조선·방산"); a headline that short,
    // without a space or a comma, does not occur in practice.
    static const QRegularExpression section = re(QStringLiteral(R"(^[\p{L}\p{N}·/&]{2,10}$)"));
    return hasHangul(line) && section.match(line).hasMatch();
}

// ---------------------------------------------------------------------------------------------
// Bylines

QString stripTitle(const QString &reporter)
{
    static const QRegularExpression title =
            re(QStringLiteral(R"(\s*)") + reporterTitles() + QStringLiteral(R"(\s*$)"));
    return QString(reporter).remove(title).trimmed();
}

std::optional<Byline> koreanByline(const QString &line)
{
    static const QRegularExpression endsWithTitle =
            re(QStringLiteral(R"(\s*)") + reporterTitles() + QStringLiteral("$"));
    // "[마이데일리 = 황효원 기자] ..." or "[서울=뉴시스]홍길동 기자 = ..."
    static const QRegularExpression squareEq =
            re(QStringLiteral(R"(^\[\s*([^\]=]{1,40}?)\s*=\s*([^\]]{1,60}?)\s*\]\s*)"));
    // "[아이뉴스24 홍길동 기자] ..."
    static const QRegularExpression squareName = re(
            QStringLiteral(R"(^\[\s*([^\]=]{1,40}?)\s+)") + QStringLiteral(R"(([^\]\s=]{2,20})\s*)")
            + reporterTitles() + QStringLiteral(R"(\s*\]\s*)"));
    // "(서울=연합뉴스) 홍길동 기자 = ..."
    static const QRegularExpression paren =
            re(QStringLiteral(R"(^\(\s*([^)=]{1,20}?)\s*=\s*([^)]{1,30}?)\s*\)\s*)"));
    static const QRegularExpression reporterEq =
            re(QStringLiteral(R"(^([^=\[\]()]{1,40}?)\s*)") + reporterTitles()
               + QStringLiteral(R"(\s*=\s*)"));

    const QChar first = line.isEmpty() ? QChar() : line.at(0);
    if (first != u'[' && first != u'(')
        return std::nullopt;
    Byline b;
    qsizetype end = 0;
    if (const auto m = squareEq.match(line); m.hasMatch()) {
        const QString right = m.captured(2);
        end = m.capturedEnd();
        if (endsWithTitle.match(right).hasMatch()) {
            b.outlet = m.captured(1);
            b.reporter = stripTitle(right);
        } else {
            b.outlet = right;
        }
    } else if (const auto n = squareName.match(line); n.hasMatch()) {
        b.outlet = n.captured(1);
        b.reporter = n.captured(2);
        end = n.capturedEnd();
    } else if (const auto p = paren.match(line); p.hasMatch()) {
        b.outlet = p.captured(2);
        end = p.capturedEnd();
    } else {
        return std::nullopt;
    }
    if (b.reporter.isEmpty()) {
        const auto r = reporterEq.match(QStringView(line).mid(end));
        if (r.hasMatch()) {
            b.reporter = r.captured(1).trimmed();
            end += r.capturedEnd();
        }
    }
    b.rest = line.mid(end).trimmed();
    return b;
}

// "By Jane Doe", "By Jane Doe, Reuters", "By Jane Doe | Outlet | March 3, 2025"
std::optional<Byline> englishByline(const QString &line)
{
    static const QRegularExpression by = re(QStringLiteral(R"(^(?:By|BY)\s+(\p{Lu}.*)$)"));
    static const QRegularExpression separator = re(QStringLiteral(R"(\s*(?:[|,;–—]|\s-\s)\s*)"));
    if (line.size() > 120 || (line.size() > 40 && endsSentence(line)))
        return std::nullopt;
    const auto m = by.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    const QString rest = m.captured(1);
    QList<qsizetype> cuts; // where each part of the byline starts
    QList<qsizetype> ends; // where the part before it ends
    cuts << 0;
    for (auto it = separator.globalMatch(rest); it.hasNext();) {
        const auto s = it.next();
        ends << s.capturedStart();
        cuts << s.capturedEnd();
    }
    ends << rest.size();
    Byline b;
    b.consumesLine = true;
    b.reporter = rest.left(ends.first()).trimmed();
    if (b.reporter.split(u' ', Qt::SkipEmptyParts).size() > 8)
        return std::nullopt;
    for (qsizetype i = 1; i < cuts.size(); ++i) {
        if (const auto date = publishedFromDateLine(QStringView(rest).mid(cuts[i]))) {
            b.published = *date;
            break;
        }
        if (b.outlet.isEmpty())
            b.outlet = rest.mid(cuts[i], ends[i] - cuts[i]).trimmed();
    }
    return b;
}

std::optional<Byline> findByline(const QString &line)
{
    if (auto k = koreanByline(line))
        return k;
    return englishByline(line);
}

// ---------------------------------------------------------------------------------------------

QList<Line> splitLines(const QString &text)
{
    QList<Line> lines;
    bool blank = false;
    for (QStringView raw : QStringView(text).split(u'\n')) {
        const QStringView t = raw.trimmed();
        if (t.isEmpty()) {
            blank = true;
            continue;
        }
        lines.append(Line {t.toString(), blank && !lines.isEmpty()});
        blank = false;
    }
    return lines;
}

// One line per paragraph, unless blank lines separate paragraphs: then a line that stops
// mid-sentence was wrapped by an editor and continues on the next.
QStringList joinParagraphs(const QList<Line> &body)
{
    bool blankMode = false;
    for (qsizetype i = 1; i < body.size() && !blankMode; ++i)
        blankMode = body[i].blankBefore;
    QStringList paragraphs;
    bool open = false;
    for (const Line &line : body) {
        if (blankMode && open && !line.blankBefore && !endsSentence(paragraphs.last()))
            paragraphs.last() += u' ' + line.text;
        else
            paragraphs.append(line.text);
        open = true;
    }
    return paragraphs;
}

} // namespace

Result<Article> parseArticleText(const QString &text)
{
    QList<Line> all = splitLines(text);
    if (all.isEmpty())
        return Error {CoreText::tr("the file is empty")};

    Article a;
    a.language = detectLanguage(text);

    // Metadata and boilerplate lines leave the text wherever they stand; a comment box ends it.
    QList<Line> lines;
    QStringList copyright;
    lines.reserve(all.size());
    bool pendingBlank = false;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QString &t = all[i].text;
        if (!lines.isEmpty() && isCommentBox(t))
            break;
        const bool metadata = [&] {
            if (isCopyright(t)) {
                copyright << stripDecoration(t);
                return true;
            }
            if (auto date = publishedFromDateLine(t)) {
                if (a.published.isEmpty())
                    a.published = *date;
                return true;
            }
            return !lines.isEmpty() && takeEmailLine(t, &a.email, &a.reporter);
        }();
        if (metadata) {
            pendingBlank = pendingBlank || all[i].blankBefore;
            continue;
        }
        lines.append(Line {t, (all[i].blankBefore || pendingBlank) && !lines.isEmpty()});
        pendingBlank = false;
    }
    a.copyright = copyright.join(u' ');
    if (lines.isEmpty())
        return Error {CoreText::tr("no headline: the text holds only copyright, date or "
                                   "comment lines")};

    qsizetype first = 0;
    if (lines.size() >= 3 && isCategory(lines[0].text) && !findByline(lines[1].text)) {
        a.category = lines[0].text;
        first = 1;
    }

    qsizetype bylineAt = -1;
    std::optional<Byline> byline;
    for (qsizetype i = first; i < lines.size() && i < first + kBylineSearchLines; ++i) {
        if ((byline = findByline(lines[i].text))) {
            bylineAt = i;
            break;
        }
        // A long line before any byline means the body has begun without one.
        if (lines[i].text.size() > kMaxHeadingLike && i > first)
            break;
    }
    if (bylineAt == first)
        return Error {CoreText::tr("no headline: the text opens with the byline")};

    const QString &headline = lines[first].text;
    if (headline.size() > kMaxHeadline)
        return Error {CoreText::tr("no headline: the first line is a paragraph of %1 characters")
                              .arg(headline.size())};
    a.headline = headline;

    QList<Line> body;
    if (byline) {
        for (qsizetype i = first + 1; i < bylineAt; ++i)
            a.subheadlines << lines[i].text;
        a.outlet = byline->outlet;
        if (!byline->reporter.isEmpty())
            a.reporter = byline->reporter;
        if (a.published.isEmpty())
            a.published = byline->published;
        if (!byline->consumesLine && !byline->rest.isEmpty())
            body.append(Line {byline->rest, false});
        body.append(lines.mid(bylineAt + 1));
    } else {
        // Without a byline, sub-headlines are the short lines after the headline that do not
        // read as sentences; the body starts at the first that does.
        // A blank line after the headline ends the header, unless blank lines stand everywhere.
        bool blankEverywhere = true;
        for (qsizetype j = first + 1; j < lines.size() && blankEverywhere; ++j)
            blankEverywhere = lines[j].blankBefore;
        qsizetype i = first + 1;
        while (i < lines.size() && a.subheadlines.size() < kMaxSubheadlines
               && (blankEverywhere || !lines[i].blankBefore)
               && lines[i].text.size() <= kMaxHeadingLike && !endsSentence(lines[i].text)) {
            a.subheadlines << lines[i].text;
            ++i;
        }
        body = lines.mid(i);
        if (body.isEmpty()) {
            for (const QString &s : std::as_const(a.subheadlines))
                body.append(Line {s, false});
            a.subheadlines.clear();
        }
    }
    a.paragraphs = joinParagraphs(body);
    if (a.paragraphs.isEmpty())
        return Error {CoreText::tr("no article text after the headline")};
    a.contentHash = a.computeContentHash();
    return a;
}

QString detectLanguage(QStringView text)
{
    qsizetype letters = 0;
    qsizetype hangul = 0;
    for (QChar c : text) {
        if (isHangul(c.unicode()))
            ++hangul;
        if (c.isLetter())
            ++letters;
    }
    return hangul * 2 > letters ? QStringLiteral("ko") : QStringLiteral("en");
}

} // namespace newsmark
