#include "analysis/amount_readout.h"

#include "analysis/korean_numbers.h"
#include "i18n/ui_language.h"

#include <QStringBuilder>
#include <QStringList>

#include <algorithm>

namespace newsmark {

namespace {

struct CurrencyNames
{
    const char16_t *code;
    const char16_t *symbol;
    const char16_t *english;
    const char16_t *korean;
};

constexpr CurrencyNames kCurrencies[] = {
        {u"USD", u"US$", u"dollars", u"달러"},
        {u"KRW", u"₩", u"won", u"원"},
        {u"EUR", u"€", u"euros", u"유로"},
        {u"JPY", u"¥", u"yen", u"엔"},
        {u"CNY", u"CN¥", u"yuan", u"위안"},
        {u"GBP", u"£", u"pounds", u"파운드"},
        {u"HKD", u"HK$", u"Hong Kong dollars", u"홍콩달러"},
        {u"TWD", u"NT$", u"Taiwan dollars", u"대만달러"},
        {u"CAD", u"C$", u"Canadian dollars", u"캐나다달러"},
        {u"AUD", u"A$", u"Australian dollars", u"호주달러"},
        {u"SGD", u"S$", u"Singapore dollars", u"싱가포르달러"},
};

// What a Korean counter counts, for readers of the English reading.
constexpr std::pair<const char16_t *, const char16_t *> kCounterNames[] = {
        {u"명", u"people"},      {u"개", u"units"},       {u"대", u"units"},
        {u"건", u"cases"},       {u"곳", u"places"},      {u"주", u"shares"},
        {u"척", u"ships"},       {u"톤", u"tonnes"},      {u"가구", u"households"},
        {u"개국", u"countries"}, {u"개사", u"companies"}, {u"개소", u"sites"},
        {u"채", u"homes"},       {u"마리", u"animals"},   {u"그루", u"trees"},
        {u"권", u"volumes"},     {u"편", u"pieces"},      {u"배럴", u"barrels"},
        {u"종", u"kinds"},       {u"켤레", u"pairs"},     {u"평", u"pyeong"},
        {u"장", u"sheets"},      {u"발", u"rounds"},      {u"경기", u"games"},
        {u"석", u"seats"},       {u"기", u"units"},       {u"가지", u"kinds"},
        {u"번", u"times"},       {u"차례", u"times"},     {u"회", u"times"},
        {u"그릇", u"bowls"},     {u"인분", u"servings"},  {u"인", u"people"},
        {u"병상", u"beds"},      {u"병", u"bottles"},     {u"마력", u"horsepower"},
        {u"팀", u"teams"},       {u"개팀", u"teams"},     {u"캐럿", u"carats"},
        {u"개교", u"schools"},   {u"군데", u"places"},    {u"곡", u"songs"},
        {u"표", u"votes"},       {u"필지", u"plots"},     {u"송이", u"flowers"},
        {u"자루", u"items"},     {u"쌍", u"pairs"},       {u"량", u"cars"},
        {u"점", u"items"},       {u"구", u"bodies"},      {u"부", u"copies"},
        {u"자", u"characters"},
};

const CurrencyNames *findCurrency(const QString &code)
{
    for (const CurrencyNames &c : kCurrencies) {
        if (code == QStringView(c.code))
            return &c;
    }
    return nullptr;
}

QString englishQualifier(AmountQualifier q)
{
    switch (q) {
    case AmountQualifier::None: return {};
    case AmountQualifier::Approx: return QStringLiteral("about ");
    case AmountQualifier::AtLeast: return QStringLiteral("at least ");
    case AmountQualifier::AtMost: return QStringLiteral("up to ");
    case AmountQualifier::MoreThan: return QStringLiteral("more than ");
    case AmountQualifier::LessThan: return QStringLiteral("less than ");
    }
    return {};
}

QString koreanBefore(AmountQualifier q)
{
    return q == AmountQualifier::Approx ? QStringLiteral("약 ") : QString();
}

QString koreanAfter(AmountQualifier q)
{
    switch (q) {
    case AmountQualifier::AtLeast: return QStringLiteral(" 이상");
    case AmountQualifier::AtMost: return QStringLiteral(" 이하");
    case AmountQualifier::MoreThan: return QStringLiteral(" 초과");
    case AmountQualifier::LessThan: return QStringLiteral(" 미만");
    default: return {};
    }
}

QString englishUnit(const QString &unit)
{
    if (unit == u"percent")
        return QStringLiteral("percent");
    if (unit == u"percentage_point")
        return QStringLiteral("percentage points");
    for (const auto &[korean, english] : kCounterNames) {
        if (unit == QStringView(korean))
            return QString::fromUtf16(english);
    }
    return unit;
}

QString koreanUnit(const QString &unit)
{
    if (unit == u"percent")
        return QStringLiteral("%");
    if (unit == u"percentage_point")
        return QStringLiteral("%포인트");
    return unit;
}

// The scale word for the larger end of an amount, and the power of ten it stands for.
std::pair<int, QString> englishScaleOf(const Decimal &value)
{
    static const std::pair<int, const char *> scales[] = {
            {12, "trillion"}, {9, "billion"}, {6, "million"}};
    const Decimal magnitude = value.abs();
    for (const auto &[exponent, word] : scales) {
        if (magnitude >= *Decimal::fromInteger(1).shifted(exponent))
            return {exponent, QString::fromLatin1(word)};
    }
    return {0, {}};
}

QString scaledBy(const Decimal &value, int exponent)
{
    return exponent ? value.shifted(-exponent).value_or(value).toGroupedString()
                    : value.toGroupedString();
}

// "500 billion", "15–25 billion"; without the currency.
QString englishFigure(const Amount &a)
{
    if (a.isRange()) {
        const auto [exponent, word] = englishScaleOf(*a.max);
        const QString tail = word.isEmpty() ? QString() : QLatin1Char(' ') % word;
        return scaledBy(*a.min, exponent) % u'–' % scaledBy(*a.max, exponent) % tail;
    }
    return a.value ? englishScaled(*a.value) : QString();
}

QString koreanFigure(const Amount &a)
{
    if (a.isRange())
        return koreanScaled(*a.min) % u'~' % koreanScaled(*a.max);
    return a.value ? koreanScaled(*a.value) : QString();
}

} // namespace

QString currencySymbol(const QString &code)
{
    const CurrencyNames *c = findCurrency(code);
    return c ? QString::fromUtf16(c->symbol) : code % QLatin1Char(' ');
}

QString currencyEnglishName(const QString &code)
{
    const CurrencyNames *c = findCurrency(code);
    return c ? QString::fromUtf16(c->english) : code;
}

QString currencyKoreanName(const QString &code)
{
    const CurrencyNames *c = findCurrency(code);
    return c ? QString::fromUtf16(c->korean) : code;
}

QString englishScaled(const Decimal &value)
{
    const auto [exponent, word] = englishScaleOf(value);
    return word.isEmpty() ? value.toGroupedString()
                          : scaledBy(value, exponent) % QLatin1Char(' ') % word;
}

QString koreanScaled(const Decimal &value)
{
    const Decimal magnitude = value.abs();
    if (magnitude < Decimal::fromInteger(10000))
        return value.toGroupedString();
    static const std::pair<int, char16_t> scales[] = {
            {16, u'경'}, {12, u'조'}, {8, u'억'}, {4, u'만'}};
    // Four-digit groups from the top; whatever is below 만 (and any fraction) ends the reading.
    QStringList parts;
    Decimal rest = magnitude;
    for (const auto &[exponent, word] : scales) {
        const Decimal unit = *Decimal::fromInteger(1).shifted(exponent);
        if (rest < unit)
            continue;
        const Decimal count = rest.divided(unit, 0).value_or(Decimal());
        Decimal whole = count;
        if (whole.multiplied(unit).value_or(rest) > rest) // divided() rounds; we need the floor
            whole = whole.subtracted(Decimal::fromInteger(1)).value_or(whole);
        parts << whole.toString() % word;
        rest = rest.subtracted(whole.multiplied(unit).value_or(Decimal())).value_or(Decimal());
    }
    if (!rest.isZero())
        parts << rest.toString();
    const QString joined = parts.join(QLatin1Char(' '));
    return value.isNegative() ? QLatin1Char('-') % joined : joined;
}

QString readExact(const Amount &a)
{
    // In the UI's language: "about 120,000 units" in English, "약 120,000대" in Korean; the
    // figure itself is the same digits in both.
    const bool korean = uiLanguage() == QStringView(kUiKorean);
    auto figure = [&a](const QString &prefix) -> QString {
        if (a.isRange())
            return prefix % a.min->toGroupedString() % u'–' % a.max->toGroupedString();
        return a.value ? prefix % a.value->toGroupedString() : QString();
    };
    QString read;
    switch (a.kind) {
    case SpanKind::Money: read = figure(currencySymbol(a.currency)); break;
    case SpanKind::Percent:
        read = figure({})
                % (a.unit == u"percentage_point" ? QStringLiteral("%p") : QStringLiteral("%"));
        break;
    default: {
        const QString unit = korean ? a.unit : englishUnit(a.unit);
        // Korean glues its counters to the digits (120,000대); words stand apart.
        const bool glued = !unit.isEmpty() && isHangulSyllable(unit.front());
        read = figure({})
                % (unit.isEmpty() ? QString() : (glued ? QString() : QStringLiteral(" ")) % unit);
        break;
    }
    }
    if (korean)
        return koreanBefore(a.qualifier) % read % koreanAfter(a.qualifier);
    return englishQualifier(a.qualifier) % read;
}

QString readEnglish(const Amount &a)
{
    const QString qualifier = englishQualifier(a.qualifier);
    if (a.kind == SpanKind::Money)
        return qualifier % currencySymbol(a.currency) % englishFigure(a);
    const QString unit = englishUnit(a.unit);
    return qualifier % englishFigure(a) % (unit.isEmpty() ? QString() : QLatin1Char(' ') % unit);
}

QString readEnglishWords(const Amount &a)
{
    if (a.kind != SpanKind::Money)
        return readEnglish(a);
    return englishQualifier(a.qualifier) % englishFigure(a) % QLatin1Char(' ')
            % currencyEnglishName(a.currency);
}

QString readKorean(const Amount &a)
{
    const QString figure = koreanFigure(a);
    // Korean glues a unit to digits (3,300원, 100명) and spaces it after a scale (720조 원).
    const QString space =
            !figure.isEmpty() && isAsciiDigit(figure.back()) ? QString() : QStringLiteral(" ");
    QString unit;
    if (a.kind == SpanKind::Money)
        unit = space % currencyKoreanName(a.currency);
    else if (a.kind == SpanKind::Percent)
        unit = koreanUnit(a.unit);
    else if (!a.unit.isEmpty())
        unit = (a.unit.front().unicode() < 0x80 ? QStringLiteral(" ") : space) % a.unit;
    return koreanBefore(a.qualifier) % figure % unit % koreanAfter(a.qualifier);
}

std::optional<Amount> convertAmount(const Amount &amount, const QString &currency,
                                    const Decimal &rate)
{
    if (amount.kind != SpanKind::Money || rate <= Decimal())
        return std::nullopt;
    Amount out = amount;
    auto convert = [&rate](std::optional<Decimal> &v) {
        if (!v)
            return true;
        const auto product = v->multiplied(rate);
        if (!product)
            return false;
        v = product->rounded(2);
        return true;
    };
    if (!convert(out.value) || !convert(out.min) || !convert(out.max))
        return std::nullopt;
    out.currency = currency;
    if (currency != amount.currency && out.qualifier == AmountQualifier::None)
        out.qualifier = AmountQualifier::Approx;
    return out;
}

bool writtenInKorean(QStringView writtenText, QStringView articleLanguage)
{
    if (std::any_of(writtenText.begin(), writtenText.end(),
                    [](QChar c) { return isHangulSyllable(c); }))
        return true;
    const bool latin = std::any_of(writtenText.begin(), writtenText.end(), [](QChar c) {
        return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
    });
    return !latin && articleLanguage != u"en";
}

QString amountReadout(const Amount &amount, QStringView writtenText, QStringView articleLanguage)
{
    const bool korean = writtenInKorean(writtenText, articleLanguage);
    // The exact figure already carries the qualifier; the bracket only translates the number.
    Amount plain = amount;
    plain.qualifier = AmountQualifier::None;
    const QString other = korean || amount.kind == SpanKind::Percent ? readEnglishWords(plain)
                                                                     : readKorean(plain);
    const QString exact = readExact(amount);
    // An English reader of "30,000 people" needs no "(30,000 people)" after it.
    if (readExact(plain) == other)
        return exact;
    return exact % QStringLiteral(" (") % other % QLatin1Char(')');
}

} // namespace newsmark
