#include "analysis/ner/name_constraints.h"

#include "analysis/ner/gazetteer.h"
#include "analysis/ner/korean_particles.h"

#include <algorithm>

namespace newsmark::ner {

namespace {

// Titles and roles written after a person's name, as a word of their own ("박 의원", "이
// 팀장은", "성 전 회장"). A family name alone before one of them is a person.
const char16_t *const kPersonTitles[] = {
        u"회장",     u"부회장",   u"명예회장", u"총괄회장", u"사장",     u"부사장",   u"대표",
        u"대표이사", u"의장",     u"부의장",   u"총재",     u"원장",     u"장관",     u"차관",
        u"총리",     u"부총리",   u"의원",     u"감독",     u"교수",     u"전무",     u"상무",
        u"시장",     u"부시장",   u"지사",     u"도지사",   u"군수",     u"구청장",   u"청장",
        u"총장",     u"후보",     u"후보자",   u"예비후보", u"당선인",   u"당선자",   u"내정자",
        u"대통령",   u"위원",     u"위원장",   u"부위원장", u"팀장",     u"부장",     u"과장",
        u"차장",     u"국장",     u"실장",     u"소장",     u"본부장",   u"이사",     u"이사장",
        u"선수",     u"코치",     u"기자",     u"앵커",     u"아나운서", u"배우",     u"가수",
        u"작가",     u"판사",     u"부장판사", u"대법관",   u"검사",     u"부장검사", u"검사장",
        u"지검장",   u"지청장",   u"변호사",   u"변호인",   u"목사",     u"신부",     u"스님",
        u"씨",       u"모",       u"군",       u"양",       u"옹",       u"여사",     u"병장",
        u"상병",     u"일병",     u"이병",     u"하사",     u"중사",     u"상사",     u"원사",
        u"소위",     u"중위",     u"대위",     u"소령",     u"중령",     u"대령",     u"준장",
        u"중장",     u"대장",     u"장군",     u"사령관",   u"경사",     u"경장",     u"순경",
        u"경위",     u"경감",     u"경정",     u"총경",     u"박사",     u"원내대표", u"대변인",
        u"비서관",   u"비서실장", u"수석",     u"고문",     u"대사",     u"영사",     u"주석",
        u"총서기",   u"사무총장", u"창업자",   u"CEO",      u"CFO",      u"CTO",      u"COO",
        u"전"}; // "성 전 회장": former

bool isQuote(QChar c)
{
    switch (c.unicode()) {
    case u'\'':
    case u'"':
    case u'\u2018': // ‘ ’
    case u'\u2019':
    case u'\u201C': // “ ”
    case u'\u201D':
    case u'\u300C': // 「 」
    case u'\u300D':
    case u'\u300E': // 『 』
    case u'\u300F':
    case u'\u3008': // 〈 〉
    case u'\u3009':
    case u'\u300A': // 《 》
    case u'\u300B':
    case u'<':
    case u'>': return true;
    default: return false;
    }
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\u00A0' || c == u'\u3000';
}

} // namespace

bool isCodeLike(QStringView token)
{
    if (token.contains(u"://") || token.startsWith(u"www.", Qt::CaseInsensitive))
        return true;
    for (qsizetype i = 0; i < token.size(); ++i) {
        const QChar c = token[i];
        if (c == u'=' || c == u'{' || c == u'}')
            return true;
        // '<' and '>' as markup ("<img", "/>"), not as quotes around Korean titles (<레이>).
        if ((c == u'<' || c == u'>') && i + 1 < token.size() && token[i + 1].isLetter()
            && token[i + 1].unicode() < 0x80)
            return true;
        if (c == u'/' && i > 0 && i + 1 < token.size() && token[i - 1].unicode() < 0x80
            && token[i + 1].unicode() < 0x80 && token[i - 1].isLetterOrNumber()
            && token[i + 1].isLetterOrNumber() && token.contains(u'.'))
            return true; // example.com/2024/05 (not 2-3, not 1/2)
        if (c == u'@' && i > 0 && token.indexOf(u'.', i) > i)
            return true;
    }
    return false;
}

namespace {

// [start, end) of the token around position `at`.
std::pair<qsizetype, qsizetype> tokenAround(QStringView line, qsizetype at)
{
    qsizetype start = at, end = at;
    while (start > 0 && !isSpace(line[start - 1]))
        --start;
    while (end < line.size() && !isSpace(line[end]))
        ++end;
    return {start, end};
}

bool insideCode(QStringView line, const TypedRange &r)
{
    for (qsizetype at = r.start; at < r.end;) {
        const auto [start, end] = tokenAround(line, at);
        if (isCodeLike(line.mid(start, end - start)))
            return true;
        at = end + 1;
    }
    return false;
}

// "김씨", "A씨", "박모(45)", "B(3)군", "최 회장": a single character with a sign of a name.
bool singleCharacterIsPerson(QStringView line, qsizetype end)
{
    if (end >= line.size())
        return false;
    const QChar next = line[end];
    if (next == u'씨' || next == u'모' || next == u'군' || next == u'양' || next == u'옹')
        return true;
    if (next == u'(' && end + 1 < line.size() && line[end + 1].isDigit())
        return true;
    if (isSpace(next))
        return startsWithPersonTitle(line, end + 1);
    return false;
}

bool isSpeechMarker(QStringView after)
{
    static const char16_t *const markers[] = {u"이라고",   u"라고",   u"이라며", u"라며",
                                              u"이라면서", u"라면서", u"하고",   u"하며"};
    return std::any_of(std::begin(markers), std::end(markers),
                       [&](const char16_t *m) { return after.startsWith(QStringView(m)); });
}

// "원더풀(굉장했다)"이라고, "베리 굿"이라며: a quoted utterance of at most three words that
// begins with the person span, glossed in brackets or followed by a quoting ending (이라고, 라며
// ...). A name quoted alone ('홍설'이라는 인물) is left to the model.
bool isQuotedUtterance(QStringView line, const TypedRange &r)
{
    if (r.start == 0 || !isQuote(line[r.start - 1]))
        return false;
    const qsizetype limit = std::min(line.size(), r.start + 40);
    qsizetype at = r.end;
    int words = 1;
    bool glossed = false;
    while (at < limit && !isQuote(line[at])) {
        if (line[at] == u'(') {
            const qsizetype close = line.indexOf(u')', at);
            if (close < 0 || close >= limit)
                return false;
            glossed = true;
            at = close + 1;
            continue;
        }
        if (isSpace(line[at]) && ++words > 3)
            return false;
        ++at;
    }
    if (at >= limit)
        return false;
    return glossed || isSpeechMarker(line.mid(at + 1));
}

// "손정의 소프트뱅크 그룹 회장": a title among the next `words` words, the words before it
// carrying no particle (an organization's name between the name and its title).
bool titleWithinWords(QStringView line, qsizetype at, int words)
{
    for (int n = 0; n < words && at < line.size(); ++n) {
        if (startsWithPersonTitle(line, at))
            return true;
        qsizetype end = at;
        while (end < line.size() && !isSpace(line[end]))
            ++end;
        const QStringView word = line.mid(at, end - at);
        if (word.isEmpty() || particleSuffixLength(word) > 0
            || !std::all_of(word.begin(), word.end(), [](QChar c) { return c.isLetterOrNumber(); }))
            return false;
        at = end + 1;
    }
    return false;
}

} // namespace

bool looksLikeKoreanName(QStringView word)
{
    // The commonest family names, which begin about 90 % of Korean names.
    static const QStringView surnames =
            u"김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나"
            u"지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경"
            u"봉";
    return word.size() == 3 && surnames.contains(word[0])
            && std::all_of(word.begin(), word.end(),
                           [](QChar c) { return isHangulSyllable(c.unicode()); });
}

bool startsWithPersonTitle(QStringView line, qsizetype at)
{
    qsizetype wordEnd = at;
    while (wordEnd < line.size() && isLetterOrNumber(line[wordEnd]))
        ++wordEnd;
    const QStringView word = line.mid(at, wordEnd - at);
    return std::any_of(
            std::begin(kPersonTitles), std::end(kPersonTitles), [&](const char16_t *title) {
                const QStringView t(title);
                if (!word.startsWith(t))
                    return false;
                QStringView rest = word.mid(t.size());
                if (rest.startsWith(u'측')) // "안 의원측도"
                    rest = rest.mid(1);
                return rest.isEmpty() || isParticle(rest) || rest == u"과" || rest == u"와";
            });
}

namespace {

// Whether the shipped lists hold `word` as a whole name that is not also a common word.
bool isListedName(QStringView word)
{
    const Gazetteer &gazetteer = Gazetteer::standard();
    const QList<GazetteerMatch> matches = gazetteer.find(word);
    return std::any_of(matches.cbegin(), matches.cend(), [&](const GazetteerMatch &m) {
        return m.start == 0 && m.end == word.size() && !gazetteer.entry(m.entry).common;
    });
}

// Whether the range touches or holds a Latin letter glued to its digits.
bool partOfLatinToken(QStringView line, const TypedRange &r)
{
    auto latin = [](QChar c) { return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z'); };
    if (r.start > 0 && (latin(line[r.start - 1]) || line[r.start - 1].isDigit()))
        return true;
    if (r.end < line.size() && latin(line[r.end]))
        return true;
    for (qsizetype i = r.start + 1; i < r.end; ++i) {
        if (latin(line[i]) && line[i - 1].isDigit())
            return true;
    }
    return false;
}

} // namespace

bool breaksNameConstraints(QStringView line, const TypedRange &r)
{
    if (r.start >= r.end || insideCode(line, r))
        return true;
    const bool name = r.type == EntityType::Person || r.type == EntityType::Organization
            || r.type == EntityType::Location;
    if (name && r.end - r.start == 1 && line[r.start].isLetter()
        && (r.type != EntityType::Person || !singleCharacterIsPerson(line, r.end)))
        return true;
    if (r.type == EntityType::Person && isQuotedUtterance(line, r))
        return true;
    // "한미", "남북", "한중일": countries abbreviated to a syllable each name no organization
    // and no single place; a country's own name that happens to be spelt with those syllables
    // ("북한", "독일", "남한") is a name: the lists know it.
    if ((r.type == EntityType::Organization || r.type == EntityType::Location)
        && r.end - r.start <= 3
        && std::all_of(line.begin() + r.start, line.begin() + r.end,
                       [](QChar c) { return QStringView(u"한미중일북남러영독불호인").contains(c); })
        && !isListedName(line.mid(r.start, r.end - r.start)))
        return true;
    // "HBM4E", "M17", "S25": digits in a model or plant name are no count (the amount
    // recogniser refuses them for the same reason).
    if (r.type == EntityType::Quantity && partOfLatinToken(line, r))
        return true;
    return false;
}

void applyNameConstraints(QStringView line, QList<TypedRange> &ranges)
{
    // "손정의(일본명 …)", "손정의 회장": a genitive 의 is followed by a space and the thing
    // possessed, never by a bracket, and a person's title does not follow a person's genitive;
    // so a two-syllable person before 의 there is a three-syllable name ending in 의.
    for (TypedRange &r : ranges) {
        if (r.type != EntityType::Person || r.end - r.start != 2 || r.end >= line.size()
            || line[r.end] != u'의' || !isHangulSyllable(line[r.start].unicode())
            || !isHangulSyllable(line[r.start + 1].unicode()))
            continue;
        const qsizetype after = r.end + 1;
        if (after == line.size() || QStringView(u"(,.·!?").contains(line[after])
            || (isSpace(line[after]) && titleWithinWords(line, after + 1, 3)))
            r.end = after;
    }
    // "샘 올트먼" tagged as two people is one name (the recogniser joins them): a given name of
    // one syllable before a person's surname needs no title.
    auto personAfter = [&](const TypedRange &r) {
        return r.type == EntityType::Person && r.end + 1 < line.size() && isSpace(line[r.end])
                && std::any_of(ranges.cbegin(), ranges.cend(), [&](const TypedRange &o) {
                       return o.type == EntityType::Person && o.start == r.end + 1;
                   });
    };
    ranges.removeIf([&](const TypedRange &r) {
        return breaksNameConstraints(line, r) && !(r.end - r.start == 1 && personAfter(r));
    });
}

} // namespace newsmark::ner
