#include "analysis/amount_recognizer.h"

#include "analysis/amount.h"
#include "analysis/amount_lexicon.h"
#include "analysis/korean_numbers.h"

#include <algorithm>
#include <iterator>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace newsmark {

namespace {

using namespace amount_lexicon;

enum class UnitKind { None, Currency, Percent, Counter, Noun };

// A number with what is written right after it: a scale word, 여, a unit.
struct Core
{
    qsizetype numberEnd = 0;
    qsizetype end = 0;
    Decimal value;
    int koreanScale = 0;
    int englishScale = 0;
    bool wordsOnly = false; // 오백만: Hangul number words without a digit
    bool approx = false; // 100여명
    UnitKind unitKind = UnitKind::None;
    LexiconValue unit;

    [[nodiscard]] int scale() const { return koreanScale ? koreanScale : englishScale; }
};

bool isTilde(QChar c)
{
    return c == u'~' || c == u'∼' || c == u'〜' || c == u'～';
}

bool isDash(QChar c)
{
    return c == u'-' || c == u'–';
}

bool endsInHangul(QStringView text, qsizetype end)
{
    return end > 0 && isHangulSyllable(text[end - 1]);
}

// A Korean word may only end where a particle, a space or punctuation follows.
bool boundaryOk(QStringView text, qsizetype end)
{
    return !endsInHangul(text, end) || end >= text.size() || mayEndKoreanAmountBefore(text[end]);
}

qsizetype alnumRunEnd(QStringView text, qsizetype i)
{
    while (i < text.size() && (isAsciiDigit(text[i]) || isAsciiLetter(text[i])))
        ++i;
    return i;
}

// What comes right before the digit at i makes it part of a name, version or list: HBM3E, S25,
// v2.0, 1,2; "제3" is an ordinal.
bool contextRejects(QStringView text, qsizetype i)
{
    if (i == 0)
        return false;
    const QChar p = text[i - 1];
    if (isAsciiLetter(p) || isAsciiDigit(p) || p == u'.' || p == u'_' || p == u'/' || p == u':'
        || p == u'#' || p == u'@')
        return true;
    if ((p == u',' || isDash(p)) && i >= 2
        && (isAsciiDigit(text[i - 2]) || isAsciiLetter(text[i - 2])))
        return true;
    return p == u'제' && (i < 2 || !isHangulSyllable(text[i - 2]));
}

// The shape of the digit token at i: times (11:30), dates (2025.6.28, 6/28) and phone numbers
// (02-123-4567, 010-1234-5678) are not amounts. `skip` is where the token ends.
bool shapeRejects(QStringView text, qsizetype i, qsizetype *skip)
{
    const qsizetype n = text.size();
    qsizetype j = i;
    int dots = 0;
    int dashes = 0;
    bool colonOrSlash = false;
    while (j < n) {
        const QChar c = text[j];
        if (isAsciiDigit(c)) {
            ++j;
            continue;
        }
        if (j + 1 >= n || !isAsciiDigit(text[j + 1]))
            break;
        if (c == u'.')
            ++dots;
        else if (c == u'-')
            ++dashes;
        else if (c == u':' || c == u'/')
            colonOrSlash = true;
        else if (c != u',')
            break;
        ++j;
    }
    *skip = j;
    return colonOrSlash || dots > 1 || dashes > 1 || (dashes == 1 && text[i] == u'0');
}

// "2025 sales" reads as a year, not 2,025 sales.
bool looksLikeYear(QStringView digits)
{
    if (digits.size() != 4)
        return false;
    for (QChar c : digits) {
        if (!isAsciiDigit(c))
            return false;
    }
    return digits.front() == u'1' || digits.front() == u'2';
}

// The syllables that end a particle or an ending ("A씨는", "특히", "함께", "중", "평가해",
// "올해"): a number right after one starts a new phrase.
constexpr char16_t kPhraseEndSyllables[] = u"는은이가을를의에도와과로서히게께고며면중들해돼";

// Whether a counter is the one syllable c: compared in place, because a literal made into a
// QStringView costs a length scan at every counter.
constexpr bool isCounter(QStringView counter, char16_t c)
{
    return counter.size() == 1 && counter.front() == c;
}

bool nativeNumeralBefore(QStringView text, qsizetype end);

// Whether the word before the number at s is a noun that the number counts: "모델 30대" (thirty
// models) against "특히 30대는", "A씨는 30대", "휘두른 20대" (people in their thirties).
bool countedNounBefore(QStringView text, qsizetype s)
{
    if (s < 2 || !isSpace(text[s - 1]))
        return false;
    const QChar last = text[s - 2];
    if (isAsciiLetter(last))
        return true;
    if (!isHangulSyllable(last))
        return false;
    // A final ㄴ ends a modifier (휘두른, 보낸, 지난), not a noun.
    constexpr int kFinalNieun = 4;
    if ((last.unicode() - 0xAC00) % 28 == kFinalNieun)
        return false;
    for (const char16_t *p = kPhraseEndSyllables; *p; ++p) {
        if (last == QChar(*p))
            return false;
    }
    // A native numeral counts the noun after the amount, not the amount: "두 10대 아들" (two
    // teenage sons).
    return !nativeNumeralBefore(text, s - 1);
}

// The word ending at `end` (before a space) is a native Korean numeral or 몇 (how many): 두, 세,
// 네, 다섯 … 열, 여러. (한 ends in ㄴ and is caught with the modifiers.)
bool nativeNumeralBefore(QStringView text, qsizetype end)
{
    if (end < 1)
        return false;
    switch (text[end - 1].unicode()) { // the numerals' last syllables
    case u'두':
    case u'세':
    case u'네':
    case u'섯':
    case u'곱':
    case u'덟':
    case u'홉':
    case u'열':
    case u'몇':
    case u'러':
    case u'무': break;
    default: return false;
    }
    static constexpr const char16_t *kNumerals[] = {u"두",   u"세",   u"네",   u"다섯",
                                                    u"여섯", u"일곱", u"여덟", u"아홉",
                                                    u"열",   u"몇",   u"여러", u"스무"};
    for (const char16_t *w : kNumerals) {
        const QStringView word(w);
        const qsizetype start = end - word.size();
        if (start >= 0 && text.mid(start, word.size()) == word
            && (start == 0 || !isHangulSyllable(text[start - 1])))
            return true;
    }
    return false;
}

// The noun before the number at s (the word before one space), or an empty view.
QStringView wordBefore(QStringView text, qsizetype s)
{
    if (s < 2 || !isSpace(text[s - 1]))
        return {};
    qsizetype b = s - 1;
    while (b > 0 && isHangulSyllable(text[b - 1]))
        --b;
    return text.mid(b, s - 1 - b);
}

// Counters that count only some things: 점 right after the noun it counts ("작품 40점", "장물
// 5점"; "79점" alone, "평균 58점" and "S5에 79점" are scores), 구 after a body ("시신 2구"), 부 in
// copies (hundreds and more: "1부 리그" is a division), 자 in characters (tens and more: "3자 회담"
// is a party count).
bool restrictedCounterFits(const Core &c, QStringView counter, QStringView text, qsizetype s)
{
    if (counter.size() != 1)
        return true;
    if (isCounter(counter, u'점')) {
        // Items are counted after the noun they count, with no particle between; a score
        // follows a particle (에 79점을) or a word of scoring.
        if (!c.value.isInteger() || !countedNounBefore(text, s))
            return false;
        const QStringView noun = wordBefore(text, s);
        static constexpr const char16_t *kScoring[] = {u"점수", u"평점", u"총점", u"평균", u"만점",
                                                       u"득점", u"학점", u"척도", u"기록", u"점"};
        for (const char16_t *w : kScoring) {
            if (noun.endsWith(QStringView(w)))
                return false;
        }
        return !noun.isEmpty();
    }
    if (isCounter(counter, u'구')) {
        const QStringView noun = wordBefore(text, s);
        static constexpr const char16_t *kBodies[] = {u"시신", u"시체", u"사체", u"유해",
                                                      u"유골", u"주검", u"미라"};
        for (const char16_t *w : kBodies) {
            if (noun.endsWith(QStringView(w)))
                return true;
        }
        return false;
    }
    if (isCounter(counter, u'부'))
        return !(c.value < Decimal::fromInteger(100));
    if (isCounter(counter, u'자'))
        return !(c.value < Decimal::fromInteger(10));
    return true;
}

// Counters that also make ordinals and ratios: "18대 국회" (the 18th), "14번 환자" (patient
// number 14), "6회 초" (the sixth inning), "24기 공채" (the 24th intake), "2.3대 1" and "3 대 0"
// (ratios and scores).
bool ordinalPlace(QStringView text, QStringView counter, qsizetype end)
{
    if (!isCounter(counter, u'대') && !isCounter(counter, u'번') && !isCounter(counter, u'회')
        && !isCounter(counter, u'기'))
        return false;
    const qsizetype n = text.size();
    if (end + 1 >= n || !isSpace(text[end]))
        return false;
    if (isAsciiDigit(text[end + 1]))
        return true;
    if (!isHangulSyllable(text[end + 1]))
        return false;
    // A qualifier or a word of counting after it keeps the count: "2만 회 이상", "24기 가운데",
    // "원전 23기 중", "3회 연속".
    if (qualifierAfter(text, end))
        return false;
    const QStringView next = text.mid(end + 1);
    const bool among =
            next.startsWith(u"중") && (next.size() == 1 || isSpace(next[1]) || next[1] == u'에');
    return !(among || next.startsWith(u"가운데") || next.startsWith(u"연속")
             || next.startsWith(u"만에"));
}

// `rangeEnd`: the number closes a range ("2∼3회 내리쳐"), which no ordinal does.
bool counterFits(const Core &c, QStringView text, qsizetype s, const LexiconMatch &m, bool rangeEnd)
{
    const QStringView counter = m.value.view();
    // 천명 (a declaration), 만주 (Manchuria), 구조개선: a number in words takes a counter only
    // after a space ("천 명", "오백만 명").
    if (c.wordsOnly && m.start < text.size() && !isSpace(text[m.start]))
        return false;
    const bool counted = countedNounBefore(text, s);
    // 대 and 기 count the noun before them when a word follows ("버스 3대 추가", "원전 2기
    // 건설"); after 번 and 회 a word makes an ordinal even so ("장한평역 1번 출구", "그러자 6회
    // 무사").
    if (!rangeEnd && ordinalPlace(text, counter, m.end)
        && !((isCounter(counter, u'대') || isCounter(counter, u'기')) && counted
             && !isAsciiDigit(text[m.end + 1])))
        return false;
    // "0대5", "1대1 수업": a score or a ratio.
    if (isCounter(counter, u'대') && m.end < text.size() && isAsciiDigit(text[m.end]))
        return false;
    // "120회를 맞이", "11회를 맞는": an edition, not a count.
    if ((isCounter(counter, u'회') || isCounter(counter, u'기')) && m.end + 3 < text.size()
        && (text[m.end] == u'를' || text[m.end] == u'을') && isSpace(text[m.end + 1])
        && text[m.end + 2] == u'맞')
        return false;
    const bool integer = c.value.isInteger() && !c.scale();
    // "20대" is people in their twenties, "2주" two weeks far more often than two shares; but
    // after a noun ("모델 30대", "택시 20대가") the tens count the noun.
    if (isCounter(counter, u'대') && integer && !counted) {
        for (int tens = 10; tens < 100; tens += 10) {
            if (c.value == Decimal::fromInteger(tens))
                return false;
        }
    }
    // "10기가바이트" is giga-, "10기가 정지" ten reactors.
    if (isCounter(counter, u'기') && m.end + 1 < text.size() && text[m.end] == u'가'
        && (isHangulSyllable(text[m.end + 1]) || isAsciiLetter(text[m.end + 1])))
        return false;
    if (!restrictedCounterFits(c, counter, text, s))
        return false;
    return !(isCounter(counter, u'주') && c.value < Decimal::fromInteger(100));
}

// Whether a short English scale after digits without a currency sign is a scale: "7.5bn euros",
// "2bn people", "1.6m Muslims"; but "60m hurdles" is metres, so a bare m means million only
// before a currency, a capitalised noun or people, or after a fraction.
bool shortScaleCounts(QStringView text, qsizetype numberStart, const LexiconMatch &scale)
{
    if (currencyAfter(text, scale.end))
        return true;
    const auto noun = nounAfter(text, scale.end);
    if (!noun)
        return false;
    const bool bareM = scale.end - scale.start == 1 && text[scale.start] == u'm';
    if (!bareM)
        return true;
    const QStringView word = noun->value.view();
    const bool fraction = text.mid(numberStart, scale.start - numberStart).contains(u'.');
    return fraction || (word.front() >= u'A' && word.front() <= u'Z') || word == u"people";
}

// "weighed 215 pounds", "six foot tall and 215 pounds": pounds after a word of weight or height
// are not sterling.
bool poundsOfWeight(QStringView text, qsizetype numberStart, const LexiconMatch &currency)
{
    if (currency.value.view() != u"GBP" || currency.exponent != 0)
        return false;
    const QStringView word = text.mid(currency.start, currency.end - currency.start).trimmed();
    if (!word.startsWith(u"pound"))
        return false;
    constexpr qsizetype kLookBack = 40;
    const qsizetype from = std::max<qsizetype>(0, numberStart - kLookBack);
    const QStringView before = text.mid(from, numberStart - from);
    return before.contains(u"weigh", Qt::CaseInsensitive) || before.contains(u" tall ");
}

std::optional<Core> parseCore(QStringView text, qsizetype s, bool currencyBefore,
                              bool rangeEnd = false)
{
    KoreanNumber number;
    const bool found = readKoreanNumber(
            text, s,
            [](QStringView t, qsizetype p) {
                const qsizetype q = p < t.size() && isSpace(t[p]) ? p + 1 : p;
                return q < t.size() && (isHangulSyllable(t[q]) || isAsciiLetter(t[q]))
                        && (currencyAfter(t, p).has_value() || counterAfter(t, p).has_value());
            },
            number);
    if (!found)
        return std::nullopt;
    const KoreanNumber *const num = &number;
    Core c;
    c.value = num->value;
    c.koreanScale = num->topScale;
    c.wordsOnly = !num->hasDigits;
    c.approx = num->approx;
    if (c.wordsOnly && !num->topScale && !num->hasSmallScale)
        return std::nullopt;
    qsizetype pos = num->end;
    c.numberEnd = pos;
    if (num->hasDigits && !num->topScale && !num->hasSmallScale) {
        auto es = englishScaleAfter(text, pos, currencyBefore);
        if (!es && !currencyBefore) {
            es = englishScaleAfter(text, pos, true);
            if (es && !shortScaleCounts(text, s, *es))
                es.reset();
        }
        if (es) {
            const auto v = c.value.shifted(es->exponent);
            if (!v)
                return std::nullopt;
            c.value = *v;
            c.englishScale = es->exponent;
            pos = es->end;
        }
    }
    // 100여명, 100억여원, and with a space "1억 여원".
    const qsizetype yeo =
            pos + 1 < text.size() && isSpace(text[pos]) && c.koreanScale ? pos + 1 : pos;
    if (yeo < text.size() && text[yeo] == u'여' && !c.englishScale
        && (counterAfter(text, yeo + 1) || currencyAfter(text, yeo + 1))) {
        c.approx = true;
        pos = yeo + 1;
    }
    auto accept = [&](const std::optional<LexiconMatch> &m, UnitKind kind) {
        if (!m || !boundaryOk(text, m->end))
            return false;
        if (m->exponent) { // 274.5 pence
            const auto v = c.value.shifted(m->exponent);
            if (!v)
                return false;
            c.value = *v;
        }
        c.unitKind = kind;
        c.unit = m->value;
        pos = m->end;
        return true;
    };
    const bool unitHere = unitMayStartAt(text, pos);
    auto currency = unitHere ? currencyAfter(text, pos) : std::nullopt;
    if (currency && poundsOfWeight(text, s, *currency)) {
        currency->value = LexiconValue {nullptr, QStringView(u"lb")};
        if (accept(currency, UnitKind::Counter)) {
            c.end = pos;
            return c;
        }
        currency.reset();
    }
    if (unitHere && !accept(percentAfter(text, pos), UnitKind::Percent)
        && !accept(currency, UnitKind::Currency) && !currencyBefore) {
        const auto counter = counterAfter(text, pos);
        if (!(counter && counterFits(c, text, s, *counter, rangeEnd)
              && accept(counter, UnitKind::Counter))
            && !c.wordsOnly && !c.koreanScale
            && !(looksLikeYear(text.mid(s, num->end - s)) && !c.englishScale
                 && !qualifierBefore(text, s)))
            accept(nounAfter(text, pos), UnitKind::Noun);
    }
    c.end = pos;
    return c;
}

// Joins "150~250억 달러", "100억~200억달러", "$15 billion to $25 billion": the unit is shared and
// so is the scale when only the second number carries it.
bool mergeRange(Core &first, const Core &second, Decimal *low)
{
    if (first.unitKind != UnitKind::None && second.unitKind != UnitKind::None
        && (first.unitKind != second.unitKind || first.unit != second.unit))
        return false;
    if (first.unitKind == UnitKind::None && second.unitKind == UnitKind::None && !second.scale())
        return false;
    Decimal lo = first.value;
    if (!first.scale() && second.scale()) {
        const auto shifted = lo.shifted(second.scale());
        if (!shifted)
            return false;
        lo = *shifted;
    }
    if (lo > second.value)
        return false;
    *low = lo;
    first.value = second.value;
    if (first.unitKind == UnitKind::None) {
        first.unitKind = second.unitKind;
        first.unit = second.unit;
    }
    first.koreanScale = std::max(first.koreanScale, second.koreanScale);
    first.englishScale = std::max(first.englishScale, second.englishScale);
    first.approx = first.approx || second.approx;
    first.end = second.end;
    return true;
}

constexpr int kJoExponent = 12;

// "전속계약 7조 및 8조", "제8조 및 9조", "7조 2항", "교원노조법 2조": articles of a law or a
// contract, not trillions.
// Only a bare 조 (no currency, no counter) is looked at.
bool legalArticle(QStringView text, qsizetype start, qsizetype end)
{
    const qsizetype n = text.size();
    qsizetype p = end < n && isSpace(text[end]) ? end + 1 : end;
    if (p < n && isAsciiDigit(text[p])) { // 7조 2항
        while (p < n && isAsciiDigit(text[p]))
            ++p;
        return p < n && text[p] == u'항';
    }
    // After: "7조 및 8조", "7조와 8조", "7조, 8조".
    for (const QStringView w : {QStringView(u" 및 "), QStringView(u"와 "), QStringView(u"과 "),
                                QStringView(u", "), QStringView(u"·")}) {
        if (text.mid(end, w.size()) == w) {
            const qsizetype q = end + w.size();
            if (q < n && (isAsciiDigit(text[q]) || text[q] == u'제'))
                return true;
        }
    }
    // After the name of a law, a treaty, a contract or rules: "교원노조법 2조는", "계약서 5조".
    const QStringView law = wordBefore(text, start);
    for (const QStringView w :
         {QStringView(u"법"), QStringView(u"법률"), QStringView(u"조약"), QStringView(u"협약"),
          QStringView(u"협정"), QStringView(u"계약"), QStringView(u"계약서"), QStringView(u"규정"),
          QStringView(u"조례"), QStringView(u"헌장"), QStringView(u"규칙")}) {
        if (law.endsWith(w))
            return true;
    }
    // Before: "8조 및 9조".
    for (const QStringView w : {QStringView(u"조 및 "), QStringView(u"조와 "),
                                QStringView(u"조과 "), QStringView(u"조, "), QStringView(u"조·")}) {
        if (start >= w.size() && text.mid(start - w.size(), w.size()) == w)
            return true;
    }
    return false;
}

// A qualifier after a particle: "100억원이 넘는", "8만 4000명에 가까운". The span
// ends before the particle.
std::optional<AmountQualifier> qualifierAfterParticle(QStringView text, qsizetype end)
{
    const qsizetype n = text.size();
    if (end + 2 >= n || !isSpace(text[end + 1]))
        return std::nullopt;
    const QChar particle = text[end];
    const QChar next = text[end + 2];
    // Not after 을/를: "200명을 넘어섰다" tells that a figure was passed, not an amount's bound.
    if ((particle == u'이' || particle == u'가') && next == u'넘')
        return AmountQualifier::MoreThan;
    if (particle == u'에' && next == u'가' && end + 3 < n && text[end + 3] == u'까')
        return AmountQualifier::Approx;
    return std::nullopt;
}

// A qualifier written after a bracketed aside that follows the amount: "7000만원(원금 300만 원)
// 이상", "1,000위안(약 17만원) 정도". The span stays the amount's own: the aside may hold an
// amount of its own.
std::optional<AmountQualifier> qualifierAfterBracket(QStringView text, qsizetype end)
{
    constexpr qsizetype kLongestAside = 40;
    const qsizetype n = text.size();
    if (end >= n || text[end] != u'(')
        return std::nullopt;
    qsizetype close = end + 1;
    while (close < n && close - end < kLongestAside && text[close] != u')' && text[close] != u'(')
        ++close;
    if (close >= n || text[close] != u')')
        return std::nullopt;
    const auto after = qualifierAfter(text, close + 1);
    if (!after || !boundaryOk(text, after->end))
        return std::nullopt;
    return after->qualifier;
}

class Scanner
{
public:
    explicit Scanner(QStringView text)
        : m_text(text)
    { }

    QList<Span> run();

private:
    // Appends the amount that opens at s, if one does.
    bool amountAt(qsizetype s, qsizetype floor, qsizetype *resume, QList<Span> &spans) const;
    std::optional<Core> rangeEnd(const Core &first, bool currencyFirst, bool between,
                                 Decimal *low) const;
    void addHalves(QList<Span> &spans) const;

    QStringView m_text;
};

// "between 15,000 and 20,000 couples": `between` is whether the word is written before the
// first number, the only place where " and " joins a range.
std::optional<Core> Scanner::rangeEnd(const Core &first, bool currencyFirst, bool between,
                                      Decimal *low) const
{
    const QStringView text = m_text;
    const qsizetype n = text.size();
    const qsizetype p = first.end;
    qsizetype next = -1;
    const qsizetype t = p + 1 < n && isSpace(text[p]) && isTilde(text[p + 1]) ? p + 1 : p;
    if (t < n && isTilde(text[t]))
        next = t + 1 < n && isSpace(text[t + 1]) ? t + 2 : t + 1;
    else if (p < n && isDash(text[p]))
        next = p + 1;
    else if (p + 4 <= n && text[p] == u' ' && text[p + 1] == u't' && text[p + 2] == u'o'
             && text[p + 3] == u' ') // " to ", compared in place: this runs after every number
        next = p + 4;
    else if (between && p + 5 <= n && text.mid(p, 5) == u" and ")
        next = p + 5;
    if (next < 0 || next >= n)
        return std::nullopt;
    // The second number may repeat the currency symbol: "$15 billion to $25 billion".
    qsizetype digit = next;
    while (digit < n && digit < next + 4 && !isAsciiDigit(text[digit]))
        ++digit;
    if (digit >= n || !isAsciiDigit(text[digit]))
        return std::nullopt;
    const auto symbol = digit > next ? currencyBefore(text, digit) : std::nullopt;
    if (digit > next && (!symbol || symbol->start != next))
        return std::nullopt;
    qsizetype skip = 0;
    if (shapeRejects(text, digit, &skip))
        return std::nullopt;
    auto second = parseCore(text, digit, symbol || currencyFirst, true);
    if (!second)
        return std::nullopt;
    if (symbol && second->unitKind == UnitKind::None) {
        second->unitKind = UnitKind::Currency;
        second->unit = symbol->value;
    }
    Core merged = first;
    if (!mergeRange(merged, *second, low))
        return std::nullopt;
    return merged;
}

bool Scanner::amountAt(qsizetype s, qsizetype floor, qsizetype *resume, QList<Span> &spans) const
{
    const QStringView text = m_text;
    const qsizetype n = text.size();
    *resume = s + 1;
    const bool digit = isAsciiDigit(text[s]);
    if (digit) {
        qsizetype skip = s + 1;
        if (contextRejects(text, s)) {
            *resume = alnumRunEnd(text, s);
            return false;
        }
        if (shapeRejects(text, s, &skip)) {
            *resume = alnumRunEnd(text, skip);
            return false;
        }
    }
    const auto symbol = digit ? currencyBefore(text, s) : std::nullopt;
    auto core = parseCore(text, s, symbol.has_value());
    if (!core)
        return false;
    *resume = std::max(core->numberEnd, s + 1);
    qsizetype start = s;
    if (symbol && core->unitKind != UnitKind::Percent) {
        start = symbol->start;
        if (core->unitKind == UnitKind::None) {
            core->unitKind = UnitKind::Currency;
            core->unit = symbol->value;
        }
    }

    std::optional<Decimal> low;
    Decimal lowValue;
    // Looked at after every amount: the last letter settles almost all of them.
    const bool between = start >= 8 && (text[start - 2].unicode() | 0x20) == u'n'
            && text.mid(start - 8, 8).compare(u"between ", Qt::CaseInsensitive) == 0
            && (start == 8 || !isAsciiLetter(text[start - 9]));
    if (auto merged = rangeEnd(*core, symbol.has_value(), between, &lowValue)) {
        if (between && merged->end > core->end && text.mid(core->end, 5) == u" and ")
            start -= 8; // the span holds "between ... and ..." whole
        core = merged;
        low = lowValue;
    }
    if (core->unitKind == UnitKind::None && (core->wordsOnly || !core->scale()))
        return false;
    if (core->unitKind == UnitKind::None && core->koreanScale == kJoExponent
        && legalArticle(text, s, core->end))
        return false;

    AmountQualifier qualifier = core->approx ? AmountQualifier::Approx : AmountQualifier::None;
    qsizetype end = core->end;
    const bool unitTakesDae = core->unitKind == UnitKind::Currency
            || core->unitKind == UnitKind::Percent
            || (core->unitKind == UnitKind::Counter && core->unit.view() != u"대");
    if (unitTakesDae && end < n && text[end] == u'대' && boundaryOk(text, end + 1)) {
        qualifier = AmountQualifier::Approx; // 9천억원대: in the 900-billion range
        ++end;
    } else if (const auto after = qualifierAfter(text, end);
               after && boundaryOk(text, after->end)) {
        qualifier = after->qualifier;
        end = after->end;
    } else if (const auto afterParticle = qualifierAfterParticle(text, end)) {
        qualifier = *afterParticle; // 100억원이 넘는: the particle stays outside
    } else if (const auto bracketed = qualifierAfterBracket(text, end)) {
        qualifier = *bracketed; // 7000만원(원금 300만 원) 이상: the aside stays outside
    }
    if (!boundaryOk(text, end))
        return false;

    bool negative = false;
    if (core->unitKind == UnitKind::Percent && start > 0 && start == s) {
        const QChar sign = text[start - 1];
        const bool minus = sign == u'-' || sign == u'−' || sign == u'△' || sign == u'▽';
        if ((minus || sign == u'+' || sign == u'▲')
            && (start < 2 || !(isAsciiDigit(text[start - 2]) || isAsciiLetter(text[start - 2])))) {
            negative = minus;
            --start;
        }
    }
    if (const auto before = qualifierBefore(text, start); before && before->start >= floor) {
        if (qualifier == AmountQualifier::None)
            qualifier = before->qualifier;
        start = before->start;
    }
    start = std::max(start, floor);

    // Built in its place in the list: a Span is some 200 bytes, and news has one every few
    // sentences.
    Span &span = spans.emplaceBack();
    span.start = start;
    span.end = end;
    Amount &amount = span.amount.emplace();
    amount.kind = core->unitKind == UnitKind::Currency
            ? SpanKind::Money
            : (core->unitKind == UnitKind::Percent ? SpanKind::Percent : SpanKind::Quantity);
    auto signed_ = [negative](const Decimal &d) {
        return negative ? Decimal().subtracted(d).value_or(d) : d;
    };
    if (low) {
        amount.min = signed_(*low);
        amount.max = signed_(core->value);
        if (negative)
            std::swap(amount.min, amount.max);
    } else {
        amount.value = signed_(core->value);
    }
    if (core->unitKind == UnitKind::Currency)
        amount.currency = core->unit.toString();
    else
        amount.unit = core->unit.toString();
    amount.qualifier = qualifier;
    *resume = end;
    span.kind = amount.kind;
    return true;
}

// The syllables that may open a Korean number: 일 .. 구, 십, 백, 천, 만.
constexpr char16_t kOpenerSyllables[] = u"일이삼사오육칠팔구십백천만";
constexpr int kOpenerCount = int(std::size(kOpenerSyllables)) - 1;

// Whether a Korean number word may open an amount here: 만, 십, 백, 천 at the start of a word,
// and 일 .. 구 only before a scale word (이 회장, 일본, 사과 stop at once).
bool hangulOpens(QStringView text, qsizetype i)
{
    const QChar c = text[i];
    if (i > 0 && isHangulSyllable(text[i - 1]))
        return false;
    if (hangulDigit(c))
        return i + 1 < text.size()
                && (smallScaleExponent(text[i + 1]) || bigScaleExponent(text[i + 1]));
    return canStartKoreanNumber(c);
}

// A superset of the positions where an amount may open: an ASCII digit, or an opener syllable
// that does not follow another syllable.
bool isCandidate(const char16_t *data, qsizetype i)
{
    const char16_t c = data[i];
    if (char16_t(c - u'0') <= 9)
        return true;
    if (i > 0 && isHangulSyllable(data[i - 1]))
        return false;
    for (int k = 0; k < kOpenerCount; ++k) {
        if (c == kOpenerSyllables[k])
            return true;
    }
    return false;
}

#if defined(__SSE2__)
// Every Hangul number that opens an amount has a scale syllable at its first or second unit:
// 만, 십, 백, 천 open one themselves, 일 .. 구 only right before a scale word. So the vector pass
// looks for digits and these seven syllables, and each hit looks back one unit for 일 .. 구.
constexpr char16_t kScaleSyllables[] = u"십백천만억조경";
constexpr int kScaleCount = int(std::size(kScaleSyllables)) - 1;

// The scale syllables in every lane, made once per text rather than once per eight units.
struct ScaleVectors
{
    __m128i lanes[kScaleCount];
    ScaleVectors()
    {
        for (int k = 0; k < kScaleCount; ++k)
            lanes[k] = _mm_set1_epi16(short(kScaleSyllables[k]));
    }
};

// Digits and scale syllables among the eight units at data[0 .. 8), as a movemask: two bits per
// unit. Text without numbers is most of every article, and this is its whole cost: a dozen
// vector operations per eight units and no branch per character.
inline int hitMask(const char16_t *data, const ScaleVectors &scales)
{
    const __m128i cur = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data));
    // SSE2 compares signed 16-bit lanes; flipping the top bit makes them unsigned.
    const __m128i digit = _mm_cmplt_epi16(
            _mm_xor_si128(_mm_sub_epi16(cur, _mm_set1_epi16(u'0')), _mm_set1_epi16(short(0x8000))),
            _mm_set1_epi16(short(0x8000 + 10)));
    __m128i hit = digit;
    // Unrolled, the seven compares are seven instructions; rolled, -O2 spends three times that on
    // the loop around them.
#pragma GCC unroll 7
    for (int k = 0; k < kScaleCount; ++k)
        hit = _mm_or_si128(hit, _mm_cmpeq_epi16(cur, scales.lanes[k]));
    return _mm_movemask_epi8(hit);
}
#endif

// Only ASCII digits and Hangul number words can open an amount: currency symbols, codes and
// qualifiers before a number are looked up from its first digit. Candidates are found eight
// units at a time where SSE2 is there, one at a time elsewhere; each is then checked in full.
// A position may be looked at twice (a failed candidate fails again), never out of order.
QList<Span> Scanner::run()
{
    QList<Span> spans;
    const QStringView text = m_text;
    const char16_t *const data = text.utf16();
    const qsizetype n = text.size();
    // News has an amount every hundred units or fewer; growing the list from empty copies every
    // span several times over.
    spans.reserve(n / 64);
    qsizetype floor = 0;
    qsizetype next = 0; // the first unit an amount found so far has not consumed
    // Cheap tests first: most hits are digits inside a number already read, or syllables such
    // as 경 in 경제, and the full parse below is a large function to enter.
    auto worthParsing = [&](qsizetype at) {
        return at >= next && (data[at] <= u'9' || hangulOpens(text, at));
    };
    auto parseAt = [&](qsizetype at) {
        qsizetype resume = at + 1;
        if (amountAt(at, floor, &resume, spans))
            floor = spans.back().end;
        next = std::max(resume, at + 1);
    };
    qsizetype i = 0;
#if defined(__SSE2__)
    const ScaleVectors scales;
    for (; i + 8 <= n; i += 8) {
        if (next >= i + 8)
            continue; // inside an amount already read
        int mask = hitMask(data + i, scales);
        if (next > i)
            mask &= -(1 << (2 * (next - i)));
        while (mask) {
            const int unit = __builtin_ctz(mask) / 2;
            mask &= ~(3 << (2 * unit)); // both bits of the unit
            const qsizetype hit = i + unit;
            // A scale syllable after a syllable can only be the second unit of 일 .. 구 + scale.
            const qsizetype at =
                    data[hit] > u'9' && hit > 0 && hangulDigit(data[hit - 1]) ? hit - 1 : hit;
            if (!worthParsing(at))
                continue;
            parseAt(at);
            // The rest of a number just read (its other digits) need not be looked at again.
            if (next >= i + 8)
                break;
            if (next > i)
                mask &= -(1 << (2 * (next - i)));
        }
    }
    // The unit before the tail may be 일 .. 구 whose scale word the tail holds.
    if (i > 0)
        --i;
#endif
    for (; i < n; ++i) {
        if (isCandidate(data, i) && worthParsing(i))
            parseAt(i);
    }
    addHalves(spans);
    return spans;
}

// "half a trillion dollars", "half a million people": the one amount in words that news writes
// often. Found by a search of its own, since the scan above opens only at digits and Hangul.
void Scanner::addHalves(QList<Span> &spans) const
{
    const QStringView text = m_text;
    constexpr QStringView kHalf(u"alf a ");
    // Looked for by its rare letter f, which a vectorised character search skips to: a search
    // for the whole word cost a fifth of the recogniser's time on Korean news.
    for (qsizetype f = text.indexOf(u'f'); f >= 0; f = text.indexOf(u'f', f + 1)) {
        const qsizetype at = f - 2;
        if (at < 1 || text.mid(at, kHalf.size()) != kHalf)
            continue;
        const qsizetype start = at - 1;
        if ((text[start] != u'h' && text[start] != u'H')
            || (start > 0 && isAsciiLetter(text[start - 1])))
            continue;
        const qsizetype scaleAt = at + kHalf.size();
        const auto scale = englishScaleAfter(text, scaleAt, false);
        if (!scale || scale->start != scaleAt || scale->exponent < 6)
            continue;
        std::optional<LexiconMatch> unit = currencyAfter(text, scale->end);
        const bool money = unit.has_value() && unit->exponent == 0;
        if (!money)
            unit = nounAfter(text, scale->end);
        if (!unit || !boundaryOk(text, unit->end))
            continue;
        const auto value = Decimal::fromInteger(5).shifted(scale->exponent - 1);
        if (!value)
            continue;
        const qsizetype end = unit->end;
        const auto overlaps = std::any_of(spans.cbegin(), spans.cend(), [&](const Span &sp) {
            return sp.start < end && start < sp.end;
        });
        if (overlaps)
            continue;
        Span span;
        span.start = start;
        span.end = end;
        Amount &amount = span.amount.emplace();
        amount.kind = money ? SpanKind::Money : SpanKind::Quantity;
        amount.value = *value;
        if (money)
            amount.currency = unit->value.toString();
        else
            amount.unit = unit->value.toString();
        span.kind = amount.kind;
        const auto place =
                std::lower_bound(spans.begin(), spans.end(), start,
                                 [](const Span &sp, qsizetype pos) { return sp.start < pos; });
        spans.insert(place, std::move(span));
    }
}

} // namespace

QList<Span> AmountRecognizer::recognize(QStringView text) const
{
    return Scanner(text).run();
}

} // namespace newsmark
