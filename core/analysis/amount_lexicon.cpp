#include "analysis/amount_lexicon.h"

#include "analysis/korean_numbers.h"

#include <array>
#include <vector>

namespace newsmark::amount_lexicon {

namespace {

struct Word
{
    const char16_t *text;
    const char *value;
};

struct QualifierWord
{
    const char16_t *text;
    AmountQualifier qualifier;
};

// Longest first wherever one entry is a prefix of another.
constexpr Word kKoreanCurrencies[] = {
        {u"홍콩달러", "HKD"}, {u"대만달러", "TWD"},     {u"캐나다달러", "CAD"},
        {u"호주달러", "AUD"}, {u"싱가포르달러", "SGD"}, {u"달러화", "USD"},
        {u"달러", "USD"},     {u"원", "KRW"},           {u"엔화", "JPY"},
        {u"엔", "JPY"},       {u"위안화", "CNY"},       {u"위안", "CNY"},
        {u"유로화", "EUR"},   {u"유로", "EUR"},         {u"파운드화", "GBP"},
        {u"파운드", "GBP"},   {u"불", "USD"},
};
// Pence are hundredths of a pound: the value is shifted by the exponent.
struct CurrencyWord
{
    const char16_t *text;
    const char *value;
    int exponent;
};
constexpr CurrencyWord kEnglishCurrencies[] = {
        {u"Hong Kong dollars", "HKD", 0},
        {u"US dollars", "USD", 0},
        {u"dollars", "USD", 0},
        {u"dollar", "USD", 0},
        {u"won", "KRW", 0},
        {u"euros", "EUR", 0},
        {u"euro", "EUR", 0},
        {u"yen", "JPY", 0},
        {u"yuan", "CNY", 0},
        {u"pounds", "GBP", 0},
        {u"pound", "GBP", 0},
        {u"pence", "GBP", -2},
};
constexpr Word kCodes[] = {{u"USD", "USD"}, {u"KRW", "KRW"}, {u"EUR", "EUR"}, {u"JPY", "JPY"},
                           {u"CNY", "CNY"}, {u"GBP", "GBP"}, {u"HKD", "HKD"}, {u"RMB", "CNY"}};
constexpr Word kSymbols[] = {
        {u"US$", "USD"}, {u"HK$", "HKD"}, {u"NT$", "TWD"}, {u"C$", "CAD"}, {u"A$", "AUD"},
        {u"S$", "SGD"},  {u"$", "USD"},   {u"₩", "KRW"},   {u"￦", "KRW"}, {u"€", "EUR"},
        {u"£", "GBP"},   {u"CN¥", "CNY"}, {u"¥", "JPY"},   {u"￥", "JPY"},
};
constexpr Word kKoreanCurrencyPrefixes[] = {{u"미화", "USD"}, {u"원화", "KRW"}};
// 세대 is left out: "5세대" is a generation far more often than households. Longest first where
// one is a prefix of another (개국 before 개, 병상 before nothing shorter).
constexpr Word kCounters[] = {
        {u"개국", "개국"},
        {u"개사", "개사"},
        {u"개소", "개소"},
        {u"개교", "개교"},
        {u"개조", "개조"},
        {u"개팀", "개팀"},
        {u"개", "개"},
        {u"명", "명"},
        {u"대", "대"},
        {u"건", "건"},
        {u"곳", "곳"},
        {u"군데", "군데"},
        {u"주", "주"},
        {u"척", "척"},
        {u"톤", "톤"},
        {u"가구", "가구"},
        {u"채", "채"},
        {u"마리", "마리"},
        {u"그루", "그루"},
        {u"권", "권"},
        {u"편", "편"},
        {u"배럴", "배럴"},
        {u"종", "종"},
        {u"켤레", "켤레"},
        {u"평", "평"},
        {u"장", "장"},
        {u"발", "발"},
        {u"경기", "경기"},
        {u"석", "석"},
        {u"기", "기"},
        {u"가지", "가지"},
        {u"번", "번"},
        {u"차례", "차례"},
        {u"그릇", "그릇"},
        {u"인분", "인분"},
        {u"인", "인"},
        {u"병상", "병상"},
        {u"병", "병"},
        {u"마력", "마력"},
        {u"회", "회"},
        {u"팀", "팀"},
        {u"캐럿", "캐럿"},
        {u"곡", "곡"},
        {u"표", "표"},
        {u"필지", "필지"},
        {u"송이", "송이"},
        {u"자루", "자루"},
        {u"쌍", "쌍"},
        {u"량", "량"},
        // Counters only in some places (counterFits): 점 after a thing (작품 40점, not a
        // score), 구 after a body, 부 for copies, 자 for characters.
        {u"점", "점"},
        {u"구", "구"},
        {u"부", "부"},
        {u"자", "자"},
};
// Units of measure, written as symbols or Korean words, normalized to one symbol each. Symbols
// in Latin letters must end the word ("5mg" is not 5 m), longest first.
constexpr Word kMeasures[] = {
        // English words first: "metres" must not stop at the symbol m.
        {u"square kilometres", "km2"},
        {u"square kilometers", "km2"},
        {u"kilometres", "km"},
        {u"kilometers", "km"},
        {u"kilometre", "km"},
        {u"kilometer", "km"},
        {u"metres", "m"},
        {u"meters", "m"},
        {u"metre", "m"},
        {u"meter", "m"},
        {u"miles", "mi"},
        {u"mile", "mi"},
        {u"feet", "ft"},
        {u"foot", "ft"},
        {u"inches", "inch"},
        {u"lbs", "lb"},
        {u"lb", "lb"},
        {u"tonnes", "t"},
        {u"kilograms", "kg"},
        {u"hectares", "ha"},
        {u"litres", "l"},
        {u"liters", "l"},
        {u"gallons", "gallon"},
        {u"gallon", "gallon"},
        {u"km²", "km2"},
        {u"km2", "km2"},
        {u"km", "km"},
        {u"mm", "mm"},
        {u"mg", "mg"},
        {u"cm", "cm"},
        {u"m²", "m2"},
        {u"m2", "m2"},
        {u"m³", "m3"},
        {u"ml", "ml"},
        {u"mL", "ml"},
        {u"m", "m"},
        {u"kg", "kg"},
        {u"kcal", "kcal"},
        {u"cc", "cc"},
        {u"t", "t"},
        {u"ha", "ha"},
        {u"㎢", "km2"},
        {u"㎞", "km"},
        {u"㎜", "mm"},
        {u"㎝", "cm"},
        {u"㎡", "m2"},
        {u"㎥", "m3"},
        {u"㎖", "ml"},
        {u"ℓ", "l"},
        {u"㎏", "kg"},
        {u"㎎", "mg"},
        {u"㎉", "kcal"},
        {u"㏄", "cc"},
        {u"μg/m3", "µg/m3"},
        {u"μg/m³", "µg/m3"},
        {u"µg/m3", "µg/m3"},
        {u"µg/m³", "µg/m3"},
        {u"㎍/㎥", "µg/m3"},
        {u"㎍/m3", "µg/m3"},
        {u"μg", "µg"},
        {u"µg", "µg"},
        {u"㎍", "µg"},
        {u"ｋｍ", "km"},
        {u"ｍ", "m"},
        {u"g", "g"},
        {u"kWh", "kWh"},
        {u"kwh", "kWh"},
        {u"kw", "kW"},
        {u"MWh", "MWh"},
        {u"GWh", "GWh"},
        {u"kW", "kW"},
        {u"MW", "MW"},
        {u"GW", "GW"},
        {u"GB", "GB"},
        {u"MB", "MB"},
        {u"TB", "TB"},
        {u"ft", "ft"},
        {u"l", "l"},
        {u"㎾", "kW"},
        {u"제곱킬로미터", "km2"},
        {u"제곱미터", "m2"},
        {u"피트", "ft"},
        {u"인치", "inch"},
        {u"킬로미터", "km"},
        {u"밀리미터", "mm"},
        {u"센티미터", "cm"},
        {u"미터", "m"},
        {u"킬로그램", "kg"},
        {u"밀리그램", "mg"},
        {u"킬로칼로리", "kcal"},
        {u"마일", "mi"},
        {u"리터", "l"},
        {u"헥타르", "ha"},
};
constexpr Word kPercents[] = {
        {u"%포인트", "percentage_point"},
        {u"%p", "percentage_point"},
        {u"％포인트", "percentage_point"},
        {u"％p", "percentage_point"},
        {u"%", "percent"},
        {u"％", "percent"},
        {u"퍼센트포인트", "percentage_point"},
        {u"퍼센트", "percent"},
};
constexpr Word kEnglishPercents[] = {
        {u"percentage points", "percentage_point"},
        {u"percentage point", "percentage_point"},
        {u"per cent", "percent"},
        {u"percent", "percent"},
};
struct ScaleWord
{
    const char16_t *text;
    int exponent;
    bool shortForm;
};
constexpr ScaleWord kEnglishScales[] = {
        {u"thousand", 3, false},  {u"million", 6, false}, {u"billion", 9, false},
        {u"trillion", 12, false}, {u"mn", 6, true},       {u"bn", 9, true},
        {u"tn", 12, true},        {u"k", 3, true},        {u"m", 6, true},
        {u"b", 9, true},
};
constexpr QualifierWord kKoreanBefore[] = {
        {u"적어도", AmountQualifier::AtLeast}, {u"최고", AmountQualifier::AtMost},
        {u"대략", AmountQualifier::Approx},    {u"약", AmountQualifier::Approx},
        {u"최대", AmountQualifier::AtMost},    {u"최소", AmountQualifier::AtLeast}};
constexpr QualifierWord kEnglishBefore[] = {
        {u"approximately", AmountQualifier::Approx}, {u"about", AmountQualifier::Approx},
        {u"roughly", AmountQualifier::Approx},       {u"around", AmountQualifier::Approx},
        {u"nearly", AmountQualifier::Approx},        {u"almost", AmountQualifier::Approx},
        {u"some", AmountQualifier::Approx},          {u"more than", AmountQualifier::MoreThan},
        {u"over", AmountQualifier::MoreThan},        {u"up to", AmountQualifier::AtMost},
        {u"at most", AmountQualifier::AtMost},       {u"at least", AmountQualifier::AtLeast},
        {u"less than", AmountQualifier::LessThan},   {u"fewer than", AmountQualifier::LessThan},
        {u"under", AmountQualifier::LessThan},
};
constexpr QualifierWord kKoreanAfter[] = {
        {u"이상", AmountQualifier::AtLeast},  {u"이하", AmountQualifier::AtMost},
        {u"초과", AmountQualifier::MoreThan}, {u"미만", AmountQualifier::LessThan},
        {u"가량", AmountQualifier::Approx},   {u"안팎", AmountQualifier::Approx},
        {u"내외", AmountQualifier::Approx},   {u"정도", AmountQualifier::Approx},
        {u"남짓", AmountQualifier::MoreThan}, {u"넘는", AmountQualifier::MoreThan},
        {u"넘게", AmountQualifier::MoreThan}, {u"넘은", AmountQualifier::MoreThan},
        {u"가까이", AmountQualifier::Approx}, {u"이내", AmountQualifier::AtMost},
};
constexpr QualifierWord kEnglishAfter[] = {{u"or more", AmountQualifier::AtLeast},
                                           {u"or less", AmountQualifier::AtMost},
                                           {u"or so", AmountQualifier::Approx}};

// Plural nouns that count time or are not nouns at all; and plurals without an s.
constexpr const char16_t *kNotCountNouns[] = {
        u"years",   u"months", u"weeks",   u"days",   u"hours", u"minutes", u"seconds", u"times",
        u"decades", u"points", u"percent", u"was",    u"has",   u"is",      u"its",     u"this",
        u"does",    u"plus",   u"minus",   u"versus", u"thus",  u"yes",     u"as",      u"us",
        u"series",  u"goes",   u"dollars", u"euros",  u"pounds"};
constexpr const char16_t *kIrregularPlurals[] = {u"people", u"children",  u"staff", u"men",
                                                 u"women",  u"personnel", u"cattle"};

// Syllables that begin a particle or ending after an amount: 을/를, 이/가, 은/는, 의, 에(서),
// (으)로, 와/과, 도, 만, 까지, 부터, 보다, 씩, 쯤, 께, 꼴, 어치, 짜리, 밖에, 대, 선, 수준, 규모,
// 정도, 당, 였, 인, 일, 라는, 란, 나, 며, 고, 면, 이상/이하/이다, 미만, 초과, 넘는, 안팎,
// 내외, 남짓, 뿐, 랑, 엔, 든, 상당; 다 and 입니다 (the copula: "트윗 3개다", "28명입니다"); 중
// (among: "형제 11명중").
constexpr char16_t kParticleStarts[] =
        u"을를이가은는의에로으와과도만까부보씩쯤께꼴어짜밖대선수규정당"
        u"였인일라란나며고면야요상넘초미안내남뿐랑엔든다입중";

// A word list ready for matching: lengths measured once, values built once, and the first
// (or last) character compared before anything else, because these run at every number.
struct Entry
{
    QStringView text;
    QString value;
    AmountQualifier qualifier = AmountQualifier::None;
    int exponent = 0;
    bool shortForm = false;
};
// A superset test of "some entry starts (or ends) with this character" that rejects almost
// every position in one load and a bit test, before the entries are walked. 1,024 bits hashed
// from the code unit: ASCII and the punctuation around it keep a bit each, and any Hangul syllable
// shares its bit with about ten others, so a table of twenty words lets some 2 % of the syllables
// through. (A 64-bit mask, tried first, let a third of them through: after most numbers comes a
// syllable such as 년, 월 or 일, and every lookup then walked its table.)
class CharFilter
{
public:
    void add(char16_t c)
    {
        const unsigned s = slot(c);
        m_bits[s / 64] |= quint64(1) << (s % 64);
    }
    // Both ASCII cases, for the words matched without case.
    void addFolded(char16_t c)
    {
        const bool letter = (c | 0x20) >= u'a' && (c | 0x20) <= u'z';
        add(letter ? char16_t(c | 0x20) : c);
        if (letter)
            add(char16_t(c & ~0x20));
    }
    CharFilter &operator|=(const CharFilter &other)
    {
        for (size_t i = 0; i < m_bits.size(); ++i)
            m_bits[i] |= other.m_bits[i];
        return *this;
    }
    [[nodiscard]] bool mayContain(char16_t c) const
    {
        const unsigned s = slot(c);
        return (m_bits[s / 64] >> (s % 64)) & 1;
    }

private:
    static unsigned slot(char16_t c) { return (c ^ (c >> 10)) & 1023; }

    std::array<quint64, 16> m_bits {};
};

struct Table
{
    std::vector<Entry> entries;
    CharFilter firsts;
    CharFilter lasts;

    void add(Entry e)
    {
        firsts.addFolded(e.text.front().unicode());
        lasts.addFolded(e.text.back().unicode());
        entries.push_back(std::move(e));
    }
};

template<size_t N>
Table tableOf(const Word (&words)[N])
{
    Table t;
    for (const Word &w : words)
        t.add({QStringView(w.text), QString::fromUtf8(w.value)});
    return t;
}

template<size_t N>
Table tableOf(const CurrencyWord (&words)[N])
{
    Table t;
    for (const CurrencyWord &w : words)
        t.add({QStringView(w.text), QString::fromUtf8(w.value), AmountQualifier::None, w.exponent});
    return t;
}

template<size_t N>
Table tableOf(const QualifierWord (&words)[N])
{
    Table t;
    for (const QualifierWord &w : words)
        t.add({QStringView(w.text), {}, w.qualifier});
    return t;
}

template<size_t N>
Table tableOf(const ScaleWord (&words)[N])
{
    Table t;
    for (const ScaleWord &w : words)
        t.add({QStringView(w.text), {}, AmountQualifier::None, w.exponent, w.shortForm});
    return t;
}

// Only the English words are matched without case, so an ASCII fold is enough.
bool sameChar(QChar a, QChar b, Qt::CaseSensitivity cs)
{
    return a == b
            || (cs == Qt::CaseInsensitive && isAsciiLetter(a) && isAsciiLetter(b)
                && (a.unicode() | 0x20) == (b.unicode() | 0x20));
}

// The words are a few characters long: comparing in place beats a call into QString's
// general comparison.
bool sameText(const QChar *a, QStringView b, Qt::CaseSensitivity cs)
{
    for (qsizetype i = 0; i < b.size(); ++i) {
        if (!sameChar(a[i], b[i], cs))
            return false;
    }
    return true;
}

const Entry *findAt(const Table &table, QStringView text, qsizetype at, Qt::CaseSensitivity cs)
{
    const QChar first = text[at];
    for (const Entry &e : table.entries) {
        if (!sameChar(e.text.front(), first, cs) || text.size() - at < e.text.size())
            continue;
        if (sameText(text.data() + at, e.text, cs))
            return &e;
    }
    return nullptr;
}

const Entry *findEndingAt(const Table &table, QStringView text, qsizetype end,
                          Qt::CaseSensitivity cs)
{
    const QChar last = text[end - 1];
    for (const Entry &e : table.entries) {
        if (!sameChar(e.text.back(), last, cs) || end < e.text.size())
            continue;
        if (sameText(text.data() + end - e.text.size(), e.text, cs))
            return &e;
    }
    return nullptr;
}

// The first entry written at `at`. The mask test is inlined into every caller because it
// settles almost every lookup; only a possible match pays for the call that walks the table.
[[gnu::always_inline]] inline const Entry *matchAt(const Table &table, QStringView text,
                                                   qsizetype at,
                                                   Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    if (at >= text.size() || !table.firsts.mayContain(text[at].unicode()))
        return nullptr;
    return findAt(table, text, at, cs);
}

// The first entry written just before `end`; inlined like matchAt().
[[gnu::always_inline]] inline const Entry *matchEndingAt(const Table &table, QStringView text,
                                                         qsizetype end,
                                                         Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    if (end <= 0 || !table.lasts.mayContain(text[end - 1].unicode()))
        return nullptr;
    return findEndingAt(table, text, end, cs);
}

struct Tables
{
    Table koreanCurrencies = tableOf(kKoreanCurrencies);
    Table englishCurrencies = tableOf(kEnglishCurrencies);
    Table codes = tableOf(kCodes);
    Table symbols = tableOf(kSymbols);
    Table koreanPrefixes = tableOf(kKoreanCurrencyPrefixes);
    Table counters = tableOf(kCounters);
    Table measures = tableOf(kMeasures);
    Table percents = tableOf(kPercents);
    Table englishPercents = tableOf(kEnglishPercents);
    Table scales = tableOf(kEnglishScales);
    Table koreanBefore = tableOf(kKoreanBefore);
    Table englishBefore = tableOf(kEnglishBefore);
    Table koreanAfter = tableOf(kKoreanAfter);
    Table englishAfter = tableOf(kEnglishAfter);
    // What a unit written right after a number (no space) may start with.
    CharFilter unitFirsts = [this] {
        CharFilter f = percents.firsts;
        f |= koreanCurrencies.firsts;
        f |= codes.firsts;
        f |= counters.firsts;
        f |= measures.firsts;
        return f;
    }();
};

// Built before main() rather than on first use: a function-local static pays a guard check at
// every lookup, and lookups run at every number.
const Tables kTables;

[[gnu::always_inline]] inline const Tables &tables()
{
    return kTables;
}

// One bit per Hangul syllable (U+AC00 .. U+D7A3): whether it starts a particle or ending.
class SyllableSet
{
public:
    explicit SyllableSet(const char16_t *syllables)
    {
        for (const char16_t *p = syllables; *p; ++p)
            m_bits[(*p - kFirst) / 64] |= quint64(1) << ((*p - kFirst) % 64);
    }
    [[nodiscard]] bool contains(char16_t c) const
    {
        const unsigned i = unsigned(c) - kFirst;
        return i < kCount && ((m_bits[i / 64] >> (i % 64)) & 1);
    }

private:
    static constexpr unsigned kFirst = 0xAC00;
    static constexpr unsigned kCount = 0xD7A4 - 0xAC00;
    std::array<quint64, (kCount + 63) / 64> m_bits {};
};

const SyllableSet kParticleStartSet(kParticleStarts);

bool endsWordAt(QStringView text, qsizetype pos)
{
    return pos >= text.size() || !isAsciiLetter(text[pos]);
}

bool startsWordAt(QStringView text, qsizetype pos)
{
    return pos <= 0 || !(isAsciiLetter(text[pos - 1]) || isAsciiDigit(text[pos - 1]));
}

qsizetype skipOneSpace(QStringView text, qsizetype pos)
{
    return pos < text.size() && isSpace(text[pos]) ? pos + 1 : pos;
}

LexiconMatch matched(qsizetype start, qsizetype end, const Entry &e)
{
    return LexiconMatch {start, end, LexiconValue {&e.value, {}}, e.exponent, e.qualifier};
}

} // namespace

std::optional<LexiconMatch> currencyAfter(QStringView text, qsizetype pos)
{
    const Tables &t = tables();
    const qsizetype at = skipOneSpace(text, pos);
    if (const Entry *e = matchAt(t.koreanCurrencies, text, at))
        return matched(pos, at + e->text.size(), *e);
    if (const Entry *e = matchAt(t.codes, text, at); e && endsWordAt(text, at + e->text.size()))
        return matched(pos, at + e->text.size(), *e);
    if (at == pos)
        return std::nullopt;
    if (const Entry *e = matchAt(t.englishCurrencies, text, at);
        e && endsWordAt(text, at + e->text.size()))
        return matched(pos, at + e->text.size(), *e);
    return std::nullopt;
}

std::optional<LexiconMatch> currencyBefore(QStringView text, qsizetype end)
{
    // Most numbers follow a space or a Hangul word: one look at the last character before them
    // settles it without walking the tables.
    auto mayEndPrefix = [](QChar c) {
        switch (c.unicode()) {
        case u'$':
        case u'₩':
        case u'￦':
        case u'€':
        case u'£':
        case u'¥':
        case u'￥':
        case u'화':
        case u'D':
        case u'W':
        case u'R':
        case u'Y':
        case u'P':
        case u'B': return true;
        default: return false;
        }
    };
    if (end <= 0 || !(mayEndPrefix(text[end - 1]) || (end >= 2 && mayEndPrefix(text[end - 2]))))
        return std::nullopt;
    const Tables &t = tables();
    for (qsizetype e : {end, end - 1}) {
        if (e <= 0 || (e != end && !isSpace(text[e])))
            continue;
        if (const Entry *m = matchEndingAt(t.symbols, text, e);
            m && startsWordAt(text, e - m->text.size()))
            return matched(e - m->text.size(), end, *m);
        if (const Entry *m = matchEndingAt(t.koreanPrefixes, text, e);
            m && (e == m->text.size() || !isHangulSyllable(text[e - m->text.size() - 1])))
            return matched(e - m->text.size(), end, *m);
    }
    if (end >= 2 && isSpace(text[end - 1])) {
        if (const Entry *m = matchEndingAt(t.codes, text, end - 1);
            m && startsWordAt(text, end - 1 - m->text.size()))
            return matched(end - 1 - m->text.size(), end, *m);
    }
    return std::nullopt;
}

bool unitMayStartAt(QStringView text, qsizetype pos)
{
    return pos < text.size()
            && (isSpace(text[pos]) || tables().unitFirsts.mayContain(text[pos].unicode()));
}

std::optional<LexiconMatch> percentAfter(QStringView text, qsizetype pos)
{
    const Tables &t = tables();
    const qsizetype at = skipOneSpace(text, pos);
    // "%p" must not be the start of a word ("5%pa" is not percentage points).
    if (const Entry *e = matchAt(t.percents, text, at);
        e && (e->text.back() != u'p' || endsWordAt(text, at + e->text.size())))
        return matched(pos, at + e->text.size(), *e);
    if (at == pos)
        return std::nullopt;
    if (const Entry *e = matchAt(t.englishPercents, text, at);
        e && endsWordAt(text, at + e->text.size()))
        return matched(pos, at + e->text.size(), *e);
    return std::nullopt;
}

std::optional<LexiconMatch> counterAfter(QStringView text, qsizetype pos)
{
    const qsizetype at = skipOneSpace(text, pos);
    // Units of measure first: 인치 is not the counter 인.
    if (const Entry *e = matchAt(tables().measures, text, at);
        e && endsWordAt(text, at + e->text.size()))
        return matched(pos, at + e->text.size(), *e);
    if (const Entry *e = matchAt(tables().counters, text, at))
        return matched(pos, at + e->text.size(), *e);
    return std::nullopt;
}

std::optional<LexiconMatch> nounAfter(QStringView text, qsizetype pos)
{
    if (pos >= text.size() || text[pos] != u' ')
        return std::nullopt;
    qsizetype e = pos + 1;
    if (e < text.size() && text[e] >= u'A' && text[e] <= u'Z') // 1.6m Muslims, 400 Americans
        ++e;
    while (e < text.size() && text[e] >= u'a' && text[e] <= u'z')
        ++e;
    const QStringView word = text.mid(pos + 1, e - pos - 1);
    if (word.size() < 3 || (e < text.size() && (isAsciiLetter(text[e]) || isAsciiDigit(text[e]))))
        return std::nullopt;
    for (const char16_t *w : kIrregularPlurals) {
        if (word == QStringView(w))
            return LexiconMatch {pos, e, LexiconValue {nullptr, word}, 0, {}};
    }
    if (word.back() != u's' || word.endsWith(u"ss"))
        return std::nullopt;
    for (const char16_t *w : kNotCountNouns) {
        if (word.compare(QStringView(w), Qt::CaseInsensitive) == 0)
            return std::nullopt;
    }
    return LexiconMatch {pos, e, LexiconValue {nullptr, word}, 0, {}};
}

std::optional<LexiconMatch> englishScaleAfter(QStringView text, qsizetype pos, bool allowShort)
{
    const Table &scales = tables().scales;
    if (pos >= text.size() || !(isAsciiLetter(text[pos]) || isSpace(text[pos])))
        return std::nullopt;
    // Short forms attach to the number ($5m); words and "bn"/"tn" may also stand apart.
    for (qsizetype at : {pos, skipOneSpace(text, pos)}) {
        if (at >= text.size() || !isAsciiLetter(text[at]))
            continue;
        for (const Entry &s : scales.entries) {
            if ((s.shortForm && !allowShort) || (at != pos && s.shortForm && s.text.size() < 2))
                continue;
            if (text.size() - at >= s.text.size()
                && sameText(text.data() + at, s.text, Qt::CaseSensitive)
                && endsWordAt(text, at + s.text.size()))
                return matched(pos, at + s.text.size(), s);
        }
    }
    return std::nullopt;
}

std::optional<LexiconMatch> qualifierBefore(QStringView text, qsizetype end)
{
    const Tables &t = tables();
    for (qsizetype e : {end, end - 1}) {
        if (e <= 0 || (e != end && !isSpace(text[e])))
            continue;
        if (const Entry *m = matchEndingAt(t.koreanBefore, text, e);
            m && (e == m->text.size() || !isHangulSyllable(text[e - m->text.size() - 1])))
            return matched(e - m->text.size(), end, *m);
    }
    if (end < 2 || !isSpace(text[end - 1]))
        return std::nullopt;
    if (const Entry *m = matchEndingAt(t.englishBefore, text, end - 1, Qt::CaseInsensitive);
        m && startsWordAt(text, end - 1 - m->text.size()))
        return matched(end - 1 - m->text.size(), end, *m);
    return std::nullopt;
}

std::optional<LexiconMatch> qualifierAfter(QStringView text, qsizetype pos)
{
    const Tables &t = tables();
    const qsizetype at = skipOneSpace(text, pos);
    if (const Entry *e = matchAt(t.koreanAfter, text, at))
        return matched(pos, at + e->text.size(), *e);
    if (at == pos)
        return std::nullopt;
    if (const Entry *e = matchAt(t.englishAfter, text, at);
        e && endsWordAt(text, at + e->text.size()))
        return matched(pos, at + e->text.size(), *e);
    return std::nullopt;
}

bool mayEndKoreanAmountBefore(QChar c)
{
    return !isHangulSyllable(c) || kParticleStartSet.contains(c.unicode());
}

} // namespace newsmark::amount_lexicon
