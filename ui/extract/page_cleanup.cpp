#include "page_cleanup.h"

#include "import/article_parser.h"

#include <QRegularExpression>
#include <QSet>

namespace newsmark::extract {

namespace {

QRegularExpression re(const QString &pattern)
{
    return QRegularExpression(pattern,
                              QRegularExpression::UseUnicodePropertiesOption
                                      | QRegularExpression::CaseInsensitiveOption);
}

const QString kEmail = QStringLiteral(R"([\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+)");
const QString kReporterTitle =
        QStringLiteral(R"((?:기자|특파원|선임기자|전문기자|객원기자|수습기자|인턴기자|통신원))");

bool isCopyright(const QString &line)
{
    static const QRegularExpression copyright = re(QStringLiteral(
            R"(ⓒ|©|\(c\)\s*\d{4}|^\W*copyright\b|copyright\s*(?:\(c\)|\d{4})|저작권자|)"
            R"(무단\s*전재|)"
            R"(재\s*배포\s*금지|all rights reserved)"));
    return line.size() <= 200 && copyright.match(line).hasMatch();
}

bool isTipLine(const QString &line)
{
    static const QRegularExpression tip =
            re(QStringLiteral(R"(^\W*(?:기사\s*제보|뉴스\s*제보|제보\s*하기|제보는|보도\s*자료)|)"
                              R"(제보.{0,30}(?:@|카카오톡|전화|☎))"));
    return line.size() <= 120 && tip.match(line).hasMatch();
}

bool isCommentBox(const QString &line)
{
    static const QRegularExpression box = re(QStringLiteral(
            R"(^(?:댓글(?:\s*\d+\s*개?)?|댓글\s*(?:쓰기|달기|작성|보기|더\s*보기|입력|정렬)|)"
            R"([\[(]\s*\d+\s*자\s*이내.*[\])]|현재\s*총\s*\d+\s*개의\s*댓글이\s*있습니다\.?|)"
            R"(로그인\s*후\s*(?:댓글|이용).*|첫\s*(?:번째\s*)?댓글을\s*남겨\s*주세요\.?|)"
            R"(댓글을\s*입력.*|(?:\d+\s+)?comments?(?:\s*\(\d+\))?|leave a (?:comment|reply))$)"));
    return line.size() <= 80 && box.match(line).hasMatch();
}

// A line made only of the names of share and tool buttons ("공유 페이스북 트위터 URL복사"), at
// least one of them a service or an action that only such bars name ("link link" stays).
bool isShareBar(const QString &line)
{
    static const QSet<QString> strong = {
            QStringLiteral("공유"),      QStringLiteral("공유하기"),
            QStringLiteral("페이스북"),  QStringLiteral("트위터"),
            QStringLiteral("카카오톡"),  QStringLiteral("카카오스토리"),
            QStringLiteral("카카오"),    QStringLiteral("네이버밴드"),
            QStringLiteral("텔레그램"),  QStringLiteral("링크복사"),
            QStringLiteral("url복사"),   QStringLiteral("주소복사"),
            QStringLiteral("스크랩"),    QStringLiteral("글자크기"),
            QStringLiteral("글씨크기"),  QStringLiteral("기사저장"),
            QStringLiteral("facebook"),  QStringLiteral("twitter"),
            QStringLiteral("kakaotalk"), QStringLiteral("kakao"),
            QStringLiteral("share"),     QStringLiteral("tweet"),
            QStringLiteral("reddit"),    QStringLiteral("linkedin"),
            QStringLiteral("whatsapp"),  QStringLiteral("pinterest")};
    static const QSet<QString> weak = {
            QStringLiteral("네이버"), QStringLiteral("밴드"),   QStringLiteral("라인"),
            QStringLiteral("복사"),   QStringLiteral("url"),    QStringLiteral("인쇄"),
            QStringLiteral("프린트"), QStringLiteral("본문"),   QStringLiteral("글자"),
            QStringLiteral("크기"),   QStringLiteral("크게"),   QStringLiteral("작게"),
            QStringLiteral("가"),     QStringLiteral("좋아요"), QStringLiteral("구독"),
            QStringLiteral("북마크"), QStringLiteral("이메일"), QStringLiteral("메일"),
            QStringLiteral("저장"),   QStringLiteral("닫기"),   QStringLiteral("x"),
            QStringLiteral("band"),   QStringLiteral("line"),   QStringLiteral("email"),
            QStringLiteral("e-mail"), QStringLiteral("print"),  QStringLiteral("copy"),
            QStringLiteral("link"),   QStringLiteral("this"),   QStringLiteral("article"),
            QStringLiteral("on")};
    if (line.size() > 100)
        return false;
    static const QRegularExpression separators = re(QStringLiteral(R"([\s|·/,:+]+)"));
    const QStringList tokens = line.toLower().split(separators, Qt::SkipEmptyParts);
    bool named = false;
    for (const QString &token : tokens) {
        const bool isStrong = strong.contains(token);
        if (!isStrong && !weak.contains(token))
            return false;
        named = named || isStrong;
    }
    return named;
}

// "관련기사" and its kin; `rest` is what follows on the same line (an inline link's title).
bool isRelatedMarker(const QString &line, QString *rest)
{
    static const QRegularExpression related = re(QStringLiteral(
            R"(^[\[【<〈(]?\s*(?:관련\s*기사|관련\s*뉴스|함께\s*(?:보면|읽으면)\s*좋은\s*(?:기사|뉴스)|)"
            R"(많이\s*본\s*(?:기사|뉴스)|인기\s*기사|추천\s*기사|주요\s*뉴스|최신\s*기사|)"
            R"(이\s*시각\s*(?:주요|많이\s*본)\s*뉴스|related (?:articles?|stories|news|posts))\s*)"
            R"([\]】>〉)]?\s*[:：]?\s*(.*)$)"));
    if (line.size() > 150)
        return false;
    const QRegularExpressionMatch m = related.match(line);
    if (!m.hasMatch())
        return false;
    *rest = m.captured(1).trimmed();
    return true;
}

bool isPointerLink(const QString &line)
{
    return line.size() <= 120
            && (line.startsWith(u'▶') || line.startsWith(u'☞') || line.startsWith(u'▷'));
}

// "홈 > 문화 > 도서·출판", "Home › News › Local".
bool isBreadcrumb(const QString &line)
{
    static const QRegularExpression separator = re(QStringLiteral(R"(\s*[>›»]\s*)"));
    if (line.size() > 80)
        return false;
    const QStringList parts = line.split(separator);
    if (parts.size() < 2)
        return false;
    for (const QString &part : parts) {
        if (part.isEmpty() || part.size() > 15)
            return false;
    }
    const QString first = parts.first().toLower();
    return parts.size() >= 3 || first == u"홈" || first == u"home";
}

bool endsSentence(const QString &line)
{
    static const QRegularExpression end = re(QStringLiteral(R"([.!?。…]["'”’」』)\]]*$)"));
    return end.match(line).hasMatch();
}

// What follows a "관련기사" heading: list items and short headline-like lines.
bool isRelatedEntry(const PageBlock &block)
{
    if (block.kind == PageBlock::Kind::Heading)
        return false;
    if (block.kind == PageBlock::Kind::ListItem)
        return block.text.size() <= 200;
    return block.text.size() <= 100 && !endsSentence(block.text);
}

void noteReporter(const QString &line, RemovedBoilerplate &found)
{
    static const QRegularExpression email = re(kEmail);
    static const QRegularExpression reporter =
            re(QStringLiteral(R"(([가-힣]{2,5})\s*)") + kReporterTitle);
    if (found.email.isEmpty()) {
        if (const auto m = email.match(line); m.hasMatch())
            found.email = m.captured(0);
    }
    if (found.reporter.isEmpty()) {
        if (const auto m = reporter.match(line); m.hasMatch())
            found.reporter = m.captured(1);
    }
}

bool isSignOff(const QString &line)
{
    static const QRegularExpression signOff =
            re(QStringLiteral(R"(^[\[(]?\s*[가-힣]{2,5}(?:\s*·\s*[가-힣]{2,5})*\s*)")
               + kReporterTitle + QStringLiteral(R"(\s*[\])]?\s*(?:[(<\[]?\s*)") + kEmail
               + QStringLiteral(R"(\s*[)>\]]?)?$)"));
    static const QRegularExpression emailOnly =
            re(QStringLiteral(R"(^[(<\[]?\s*(?:e-?mail\s*:?\s*)?)") + kEmail
               + QStringLiteral(R"(\s*[)>\]]?$)"));
    return line.size() <= 80
            && (signOff.match(line).hasMatch() || emailOnly.match(line).hasMatch());
}

// "[마이데일리 = 황효원 기자] 샘 올트먼…" or "(서울=연합뉴스) 홍길동 기자 = 정부는…".
void cutOpeningByline(PageBlock &first, RemovedBoilerplate &found)
{
    static const QRegularExpression bracket =
            re(QStringLiteral(R"(^\s*\[\s*([^=\]]{1,30}?)\s*=\s*([가-힣]{2,5})\s*)")
               + kReporterTitle + QStringLiteral(R"(?\s*\]\s*)"));
    static const QRegularExpression agency =
            re(QStringLiteral(R"(^\s*\(\s*[^=)]{1,20}=\s*([^)]{1,20}?)\s*\)\s*([가-힣]{2,5})\s*)")
               + kReporterTitle + QStringLiteral(R"(\s*=\s*)"));
    QRegularExpressionMatch m = bracket.match(first.text);
    if (!m.hasMatch())
        m = agency.match(first.text);
    if (!m.hasMatch() || m.capturedEnd() >= first.text.size())
        return;
    if (found.outlet.isEmpty())
        found.outlet = m.captured(1).trimmed();
    if (found.reporter.isEmpty())
        found.reporter = m.captured(2);
    first.text = first.text.mid(m.capturedEnd()).trimmed();
}

} // namespace

RemovedBoilerplate removeBoilerplate(QList<PageBlock> &blocks)
{
    RemovedBoilerplate found;
    QList<PageBlock> kept;
    kept.reserve(blocks.size());
    bool inRelated = false;
    for (PageBlock &block : blocks) {
        const QString &line = block.text;
        QString rest;
        if (inRelated && isRelatedEntry(block)) {
            ++found.removedBlocks;
            continue;
        }
        if (block.kind == PageBlock::Kind::Image) { // its alt text is no line of the page
            kept.append(std::move(block));
            continue;
        }
        inRelated = false;
        if (isRelatedMarker(line, &rest)) {
            inRelated = rest.isEmpty();
        } else if (isCopyright(line)) {
            if (found.copyright.isEmpty())
                found.copyright = line;
            noteReporter(line, found);
        } else if (isSignOff(line)) {
            noteReporter(line, found);
        } else if (auto date = line.size() <= 90 ? publishedFromDateLine(line) : std::nullopt) {
            if (found.published.isEmpty())
                found.published = *date;
        } else if (!(isTipLine(line) || isCommentBox(line) || isShareBar(line)
                     || isPointerLink(line) || isBreadcrumb(line))) {
            kept.append(std::move(block));
            continue;
        }
        ++found.removedBlocks;
    }
    // The opening byline starts the body, which may follow a caption or a sub-headline.
    for (qsizetype i = 0; i < qMin<qsizetype>(kept.size(), 6); ++i) {
        if (kept[i].kind == PageBlock::Kind::Paragraph) {
            cutOpeningByline(kept[i], found);
            if (!found.reporter.isEmpty())
                break;
        }
    }
    blocks = std::move(kept);
    return found;
}

} // namespace newsmark::extract
