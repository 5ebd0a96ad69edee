#include "analysis/amount.h"
#include "analysis/amount_recognizer.h"
#include "analysis/analyzer.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace newsmark;

namespace {

// Expected spans are written into the sentence: ⟦ and ⟧ mark [start, end).
constexpr char16_t kOpen = u'⟦';
constexpr char16_t kClose = u'⟧';

struct Marked
{
    QString text;
    QList<std::pair<qsizetype, qsizetype>> spans;
};

Marked unmark(const QString &marked)
{
    Marked m;
    qsizetype open = -1;
    for (QChar c : marked) {
        if (c == kOpen) {
            open = m.text.size();
        } else if (c == kClose) {
            m.spans.append({open, m.text.size()});
        } else {
            m.text += c;
        }
    }
    return m;
}

QString describe(const Span &s, QStringView text)
{
    return QStringLiteral("[%1,%2) %3 \"%4\" %5")
            .arg(s.start)
            .arg(s.end)
            .arg(spanKindName(s.kind), text.mid(s.start, s.length()).toString(),
                 QString::fromUtf8(QJsonDocument(s.normalized()).toJson(QJsonDocument::Compact)));
}

// One expected amount: kind name and the normalized JSON, every key of it.
QString expect(const char *kind, const char *json)
{
    return QString::fromUtf8(kind) + QLatin1Char(' ') + QString::fromUtf8(json);
}

void row(const char *name, const char16_t *marked, const QStringList &expected)
{
    QTest::newRow(name) << QString::fromUtf16(marked) << expected;
}

void one(const char *name, const char16_t *marked, const char *kind, const char *json)
{
    row(name, marked, {expect(kind, json)});
}

void none(const char *name, const char16_t *text)
{
    row(name, text, {});
}

} // namespace

class TestAmounts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recognizes_data();
    void recognizes();
    void offsetsOutsideTheBmp();
    void analyzerKeepsSpansOrdered();
    void seedArticle();
};

void TestAmounts::recognizes_data()
{
    QTest::addColumn<QString>("marked");
    QTest::addColumn<QStringList>("expected");

    // Korean money: scale words, mixtures, Hangul number words, currencies.
    one("5000억달러", u"오픈AI는 ⟦5000억달러⟧를 투자한다", "MONEY",
        R"({"currency":"USD","value":"500000000000"})");
    one("730조원", u"⟦730조원⟧ 규모 사업", "MONEY",
        R"({"currency":"KRW","value":"730000000000000"})");
    one("2조3000억원", u"⟦2조3000억원⟧의 매출", "MONEY",
        R"({"currency":"KRW","value":"2300000000000"})");
    one("1조 2,345억 6,789만 원", u"⟦1조 2,345억 6,789만 원⟧이 들었다", "MONEY",
        R"({"currency":"KRW","value":"1234567890000"})");
    one("3.5억달러", u"⟦3.5억달러⟧ 규모", "MONEY", R"({"currency":"USD","value":"350000000"})");
    one("1억2천만 원", u"연봉 ⟦1억2천만 원⟧을 받는다", "MONEY",
        R"({"currency":"KRW","value":"120000000"})");
    one("3,300원", u"⟦3,300원⟧에 팔았다", "MONEY", R"({"currency":"KRW","value":"3300"})");
    one("1만원짜리", u"⟦1만원⟧짜리 상품", "MONEY", R"({"currency":"KRW","value":"10000"})");
    one("만 원", u"입장료 ⟦만 원⟧을 냈다", "MONEY", R"({"currency":"KRW","value":"10000"})");
    one("천만 원 이상", u"⟦천만 원 이상⟧의 손해", "MONEY",
        R"({"currency":"KRW","qualifier":"at_least","value":"10000000"})");
    one("삼십억 원", u"⟦삼십억 원⟧을 모았다", "MONEY",
        R"({"currency":"KRW","value":"3000000000"})");
    one("오백만 원", u"상금 ⟦오백만 원⟧", "MONEY", R"({"currency":"KRW","value":"5000000"})");
    one("5백만원", u"⟦5백만원⟧ 상당", "MONEY", R"({"currency":"KRW","value":"5000000"})");
    one("100억 엔", u"⟦100억 엔⟧ 규모", "MONEY", R"({"currency":"JPY","value":"10000000000"})");
    one("50억 위안", u"⟦50억 위안⟧을", "MONEY", R"({"currency":"CNY","value":"5000000000"})");
    one("30억 유로", u"⟦30억 유로⟧의", "MONEY", R"({"currency":"EUR","value":"3000000000"})");
    one("2억 파운드", u"⟦2억 파운드⟧에", "MONEY", R"({"currency":"GBP","value":"200000000"})");
    one("10억 홍콩달러", u"⟦10억 홍콩달러⟧로", "MONEY",
        R"({"currency":"HKD","value":"1000000000"})");
    one("100억 달러화", u"⟦100억 달러화⟧를", "MONEY",
        R"({"currency":"USD","value":"10000000000"})");
    one("2경 원", u"⟦2경 원⟧에 달한다", "MONEY",
        R"({"currency":"KRW","value":"20000000000000000"})");
    one("1.5조원", u"⟦1.5조원⟧을", "MONEY", R"({"currency":"KRW","value":"1500000000000"})");
    one("0.5억원", u"⟦0.5억원⟧", "MONEY", R"({"currency":"KRW","value":"50000000"})");
    one("12,345,678원", u"⟦12,345,678원⟧", "MONEY", R"({"currency":"KRW","value":"12345678"})");
    one("1,234,567,890,000원", u"⟦1,234,567,890,000원⟧", "MONEY",
        R"({"currency":"KRW","value":"1234567890000"})");
    one("미화 5000만 달러", u"⟦미화 5000만 달러⟧를", "MONEY",
        R"({"currency":"USD","value":"50000000"})");
    one("원화 100억", u"⟦원화 100억⟧ 규모", "MONEY", R"({"currency":"KRW","value":"10000000000"})");
    one("9천억원대", u"⟦9천억원대⟧의 매출", "MONEY",
        R"({"currency":"KRW","qualifier":"approx","value":"900000000000"})");
    one("100억여원", u"⟦100억여원⟧을", "MONEY",
        R"({"currency":"KRW","qualifier":"approx","value":"10000000000"})");
    one("₩720조", u"⟦₩720조⟧", "MONEY", R"({"currency":"KRW","value":"720000000000000"})");
    one("₩1,000", u"⟦₩1,000⟧", "MONEY", R"({"currency":"KRW","value":"1000"})");
    one("1위안", u"⟦1위안⟧짜리", "MONEY", R"({"currency":"CNY","value":"1"})");
    one("2만 4000원", u"⟦2만 4000원⟧", "MONEY", R"({"currency":"KRW","value":"24000"})");

    // Particles after an amount stay outside it.
    one("particle 으로", u"⟦250억원⟧으로 늘었다", "MONEY",
        R"({"currency":"KRW","value":"25000000000"})");
    one("particle 에서", u"⟦250억원⟧에서 줄었다", "MONEY",
        R"({"currency":"KRW","value":"25000000000"})");
    one("particle 씩", u"⟦10억원⟧씩 나눴다", "MONEY", R"({"currency":"KRW","value":"1000000000"})");
    one("particle 과", u"⟦10억원⟧과 함께", "MONEY", R"({"currency":"KRW","value":"1000000000"})");
    one("particle 은", u"⟦10억원⟧은 많다", "MONEY", R"({"currency":"KRW","value":"1000000000"})");
    one("particle 의", u"⟦10억원⟧의 가치", "MONEY", R"({"currency":"KRW","value":"1000000000"})");
    one("particle 을", u"⟦10억달러⟧을", "MONEY", R"({"currency":"USD","value":"1000000000"})");
    one("particle 가", u"⟦5명⟧가 참석", "QUANTITY", R"({"unit":"명","value":"5"})");
    one("particle 에", u"⟦3곳⟧에 지었다", "QUANTITY", R"({"unit":"곳","value":"3"})");
    one("particle 로", u"⟦2대⟧로 늘렸다", "QUANTITY", R"({"unit":"대","value":"2"})");
    one("particle 는", u"⟦30%⟧는 넘지 않는다", "PERCENT", R"({"unit":"percent","value":"30"})");
    one("particle 이", u"⟦100명⟧이 모였다", "QUANTITY", R"({"unit":"명","value":"100"})");

    // Korean qualifiers.
    one("약", u"⟦약 720조원⟧ 규모", "MONEY",
        R"({"currency":"KRW","qualifier":"approx","value":"720000000000000"})");
    one("약 glued", u"⟦약720조원⟧", "MONEY",
        R"({"currency":"KRW","qualifier":"approx","value":"720000000000000"})");
    one("대략", u"⟦대략 100억원⟧이", "MONEY",
        R"({"currency":"KRW","qualifier":"approx","value":"10000000000"})");
    one("가량", u"⟦10억원가량⟧을", "MONEY",
        R"({"currency":"KRW","qualifier":"approx","value":"1000000000"})");
    one("안팎", u"⟦10억원 안팎⟧으로", "MONEY",
        R"({"currency":"KRW","qualifier":"approx","value":"1000000000"})");
    one("최대", u"⟦최대 50억원⟧을", "MONEY",
        R"({"currency":"KRW","qualifier":"at_most","value":"5000000000"})");
    one("최소", u"⟦최소 10억원⟧이", "MONEY",
        R"({"currency":"KRW","qualifier":"at_least","value":"1000000000"})");
    one("이상", u"⟦150억 달러 이상⟧을 투자", "MONEY",
        R"({"currency":"USD","qualifier":"at_least","value":"15000000000"})");
    one("이하", u"⟦30억 원 이하⟧로", "MONEY",
        R"({"currency":"KRW","qualifier":"at_most","value":"3000000000"})");
    one("초과", u"⟦3조원 초과⟧", "MONEY",
        R"({"currency":"KRW","qualifier":"more_than","value":"3000000000000"})");
    one("미만", u"⟦1억원 미만⟧의", "MONEY",
        R"({"currency":"KRW","qualifier":"less_than","value":"100000000"})");
    one("넘는", u"⟦100억원 넘는⟧ 투자", "MONEY",
        R"({"currency":"KRW","qualifier":"more_than","value":"10000000000"})");
    one("이 넘는", u"⟦100억원⟧이 넘는 투자", "MONEY",
        R"({"currency":"KRW","qualifier":"more_than","value":"10000000000"})");
    one("이상의", u"총 ⟦400억달러 이상⟧의 투자", "MONEY",
        R"({"currency":"USD","qualifier":"at_least","value":"40000000000"})");
    one("계약 is not 약", u"계약 ⟦100억원⟧", "MONEY",
        R"({"currency":"KRW","value":"10000000000"})");

    // Ranges share scale and currency.
    one("150~250억 달러", u"⟦150~250억 달러⟧를", "MONEY",
        R"({"currency":"USD","max":"25000000000","min":"15000000000"})");
    one("100억~200억달러", u"⟦100억~200억달러⟧", "MONEY",
        R"({"currency":"USD","max":"20000000000","min":"10000000000"})");
    one("2억-3억 원", u"⟦2억-3억 원⟧", "MONEY",
        R"({"currency":"KRW","max":"300000000","min":"200000000"})");
    one("5~10만원", u"⟦5~10만원⟧", "MONEY", R"({"currency":"KRW","max":"100000","min":"50000"})");
    one("3천~4천억원", u"⟦3천~4천억원⟧", "MONEY",
        R"({"currency":"KRW","max":"400000000000","min":"300000000000"})");
    one("100억원~200억원", u"⟦100억원~200억원⟧", "MONEY",
        R"({"currency":"KRW","max":"20000000000","min":"10000000000"})");
    one("1~2조원", u"⟦1~2조원⟧", "MONEY",
        R"({"currency":"KRW","max":"2000000000000","min":"1000000000000"})");
    one("spaced tilde", u"⟦150 ~ 250억 달러⟧", "MONEY",
        R"({"currency":"USD","max":"25000000000","min":"15000000000"})");
    one("약 range", u"⟦약 150~250억 달러⟧", "MONEY",
        R"({"currency":"USD","max":"25000000000","min":"15000000000","qualifier":"approx"})");
    one("10~20%", u"⟦10~20%⟧", "PERCENT", R"({"max":"20","min":"10","unit":"percent"})");
    one("10%~20%", u"⟦10%~20%⟧", "PERCENT", R"({"max":"20","min":"10","unit":"percent"})");
    one("3-5%", u"⟦3-5%⟧", "PERCENT", R"({"max":"5","min":"3","unit":"percent"})");
    one("2~3명", u"⟦2~3명⟧", "QUANTITY", R"({"max":"3","min":"2","unit":"명"})");
    one("$15 billion to $25 billion", u"⟦$15 billion to $25 billion⟧", "MONEY",
        R"({"currency":"USD","max":"25000000000","min":"15000000000"})");
    one("$15–25 billion", u"⟦$15–25 billion⟧", "MONEY",
        R"({"currency":"USD","max":"25000000000","min":"15000000000"})");
    one("2,000 to 3,000 engineers", u"⟦2,000 to 3,000 engineers⟧", "QUANTITY",
        R"({"max":"3000","min":"2000","unit":"engineers"})");
    one("range 2억~3억", u"⟦2억~3억⟧ 규모", "QUANTITY", R"({"max":"300000000","min":"200000000"})");

    // Percentages and percentage points.
    one("지분 90%", u"지분 ⟦90%⟧를 보유", "PERCENT", R"({"unit":"percent","value":"90"})");
    one("13.1%", u"⟦13.1%⟧ 증가", "PERCENT", R"({"unit":"percent","value":"13.1"})");
    one("0.5%p", u"⟦0.5%p⟧ 상승", "PERCENT", R"({"unit":"percentage_point","value":"0.5"})");
    one("1.2%포인트", u"⟦1.2%포인트⟧ 하락", "PERCENT",
        R"({"unit":"percentage_point","value":"1.2"})");
    one("3 퍼센트", u"⟦3 퍼센트⟧", "PERCENT", R"({"unit":"percent","value":"3"})");
    one("5퍼센트", u"⟦5퍼센트⟧", "PERCENT", R"({"unit":"percent","value":"5"})");
    one("2퍼센트포인트", u"⟦2퍼센트포인트⟧", "PERCENT",
        R"({"unit":"percentage_point","value":"2"})");
    one("5 percent", u"rose ⟦5 percent⟧", "PERCENT", R"({"unit":"percent","value":"5"})");
    one("5 per cent", u"rose ⟦5 per cent⟧", "PERCENT", R"({"unit":"percent","value":"5"})");
    one("2 percentage points", u"⟦2 percentage points⟧", "PERCENT",
        R"({"unit":"percentage_point","value":"2"})");
    one("1 percentage point", u"⟦1 percentage point⟧", "PERCENT",
        R"({"unit":"percentage_point","value":"1"})");
    one("-3.5%", u"성장률 ⟦-3.5%⟧", "PERCENT", R"({"unit":"percent","value":"-3.5"})");
    one("△2.1%", u"⟦△2.1%⟧", "PERCENT", R"({"unit":"percent","value":"-2.1"})");
    one("+4%", u"⟦+4%⟧", "PERCENT", R"({"unit":"percent","value":"4"})");
    one("10% 미만", u"⟦10% 미만⟧", "PERCENT",
        R"({"qualifier":"less_than","unit":"percent","value":"10"})");
    one("약 30%", u"⟦약 30%⟧", "PERCENT",
        R"({"qualifier":"approx","unit":"percent","value":"30"})");
    one("up to 30 percent", u"⟦up to 30 percent⟧", "PERCENT",
        R"({"qualifier":"at_most","unit":"percent","value":"30"})");
    one("20%대", u"⟦20%대⟧ 초반", "PERCENT",
        R"({"qualifier":"approx","unit":"percent","value":"20"})");
    one("fullwidth ％", u"⟦5％⟧", "PERCENT", R"({"unit":"percent","value":"5"})");
    one("0.25%p", u"⟦0.25%p⟧", "PERCENT", R"({"unit":"percentage_point","value":"0.25"})");
    one("100%", u"⟦100%⟧ 자회사", "PERCENT", R"({"unit":"percent","value":"100"})");

    // English money.
    one("$500 billion", u"⟦$500 billion⟧", "MONEY", R"({"currency":"USD","value":"500000000000"})");
    one("US$3.5bn", u"⟦US$3.5bn⟧", "MONEY", R"({"currency":"USD","value":"3500000000"})");
    one("HK$200 million", u"⟦HK$200 million⟧", "MONEY",
        R"({"currency":"HKD","value":"200000000"})");
    one("€2bn", u"⟦€2bn⟧", "MONEY", R"({"currency":"EUR","value":"2000000000"})");
    one("£5m", u"⟦£5m⟧", "MONEY", R"({"currency":"GBP","value":"5000000"})");
    one("¥300", u"⟦¥300⟧", "MONEY", R"({"currency":"JPY","value":"300"})");
    one("$1.2 trillion", u"⟦$1.2 trillion⟧", "MONEY",
        R"({"currency":"USD","value":"1200000000000"})");
    one("$3 tn", u"⟦$3 tn⟧", "MONEY", R"({"currency":"USD","value":"3000000000000"})");
    one("$5b", u"⟦$5b⟧", "MONEY", R"({"currency":"USD","value":"5000000000"})");
    one("$40k", u"⟦$40k⟧", "MONEY", R"({"currency":"USD","value":"40000"})");
    one("USD 5 billion", u"⟦USD 5 billion⟧", "MONEY", R"({"currency":"USD","value":"5000000000"})");
    one("KRW 720 trillion", u"⟦KRW 720 trillion⟧", "MONEY",
        R"({"currency":"KRW","value":"720000000000000"})");
    one("EUR 30 million", u"⟦EUR 30 million⟧", "MONEY", R"({"currency":"EUR","value":"30000000"})");
    one("5 billion dollars", u"⟦5 billion dollars⟧", "MONEY",
        R"({"currency":"USD","value":"5000000000"})");
    one("10 million won", u"⟦10 million won⟧", "MONEY", R"({"currency":"KRW","value":"10000000"})");
    one("3 billion euros", u"⟦3 billion euros⟧", "MONEY",
        R"({"currency":"EUR","value":"3000000000"})");
    one("2 billion yuan", u"⟦2 billion yuan⟧", "MONEY",
        R"({"currency":"CNY","value":"2000000000"})");
    one("500 million yen", u"⟦500 million yen⟧", "MONEY",
        R"({"currency":"JPY","value":"500000000"})");
    one("4 million pounds", u"⟦4 million pounds⟧", "MONEY",
        R"({"currency":"GBP","value":"4000000"})");
    one("5 billion USD", u"⟦5 billion USD⟧", "MONEY", R"({"currency":"USD","value":"5000000000"})");
    one("500억 USD", u"⟦500억 USD⟧", "MONEY", R"({"currency":"USD","value":"50000000000"})");
    one("about", u"⟦about $5 billion⟧", "MONEY",
        R"({"currency":"USD","qualifier":"approx","value":"5000000000"})");
    one("About", u"⟦About $5 billion⟧ was spent", "MONEY",
        R"({"currency":"USD","qualifier":"approx","value":"5000000000"})");
    one("roughly", u"⟦roughly $2m⟧", "MONEY",
        R"({"currency":"USD","qualifier":"approx","value":"2000000"})");
    one("around", u"⟦around €3bn⟧", "MONEY",
        R"({"currency":"EUR","qualifier":"approx","value":"3000000000"})");
    one("nearly", u"⟦nearly $1 trillion⟧", "MONEY",
        R"({"currency":"USD","qualifier":"approx","value":"1000000000000"})");
    one("some", u"⟦some $40 billion⟧", "MONEY",
        R"({"currency":"USD","qualifier":"approx","value":"40000000000"})");
    one("more than", u"⟦more than $10 billion⟧", "MONEY",
        R"({"currency":"USD","qualifier":"more_than","value":"10000000000"})");
    one("over", u"⟦over $10 billion⟧", "MONEY",
        R"({"currency":"USD","qualifier":"more_than","value":"10000000000"})");
    one("up to", u"⟦up to $2 billion⟧", "MONEY",
        R"({"currency":"USD","qualifier":"at_most","value":"2000000000"})");
    one("at least", u"⟦at least $1m⟧", "MONEY",
        R"({"currency":"USD","qualifier":"at_least","value":"1000000"})");
    one("less than", u"⟦less than $100 million⟧", "MONEY",
        R"({"currency":"USD","qualifier":"less_than","value":"100000000"})");
    one("or more", u"⟦$5 billion or more⟧", "MONEY",
        R"({"currency":"USD","qualifier":"at_least","value":"5000000000"})");
    one("$1,234,567,890,000", u"⟦$1,234,567,890,000⟧", "MONEY",
        R"({"currency":"USD","value":"1234567890000"})");
    one("$0.5 billion", u"⟦$0.5 billion⟧", "MONEY", R"({"currency":"USD","value":"500000000"})");
    one("$2.75", u"costs ⟦$2.75⟧.", "MONEY", R"({"currency":"USD","value":"2.75"})");
    one("handsome is not some", u"a handsome ⟦$5 billion⟧", "MONEY",
        R"({"currency":"USD","value":"5000000000"})");

    // Quantities.
    one("2,000 engineers", u"hire ⟦2,000 engineers⟧", "QUANTITY",
        R"({"unit":"engineers","value":"2000"})");
    one("3 million users", u"⟦3 million users⟧", "QUANTITY",
        R"({"unit":"users","value":"3000000"})");
    one("1.2 billion people", u"⟦1.2 billion people⟧", "QUANTITY",
        R"({"unit":"people","value":"1200000000"})");
    one("more than 2,000 engineers", u"⟦more than 2,000 engineers⟧", "QUANTITY",
        R"({"qualifier":"more_than","unit":"engineers","value":"2000"})");
    one("500 jobs", u"cut ⟦500 jobs⟧", "QUANTITY", R"({"unit":"jobs","value":"500"})");
    one("3 million", u"⟦3 million⟧ sold", "QUANTITY", R"({"value":"3000000"})");
    one("10만 명", u"⟦10만 명⟧이 몰렸다", "QUANTITY", R"({"unit":"명","value":"100000"})");
    one("오백만 명", u"⟦오백만 명⟧", "QUANTITY", R"({"unit":"명","value":"5000000"})");
    one("천 명", u"⟦천 명⟧", "QUANTITY", R"({"unit":"명","value":"1000"})");
    one("2만 4000명", u"직원 ⟦2만 4000명⟧", "QUANTITY", R"({"unit":"명","value":"24000"})");
    one("1만2천 명", u"⟦1만2천 명⟧", "QUANTITY", R"({"unit":"명","value":"12000"})");
    one("2,000개", u"⟦2,000개⟧", "QUANTITY", R"({"unit":"개","value":"2000"})");
    one("차량 3대", u"차량 ⟦3대⟧를", "QUANTITY", R"({"unit":"대","value":"3"})");
    one("100만대", u"⟦100만대⟧를 팔았다", "QUANTITY", R"({"unit":"대","value":"1000000"})");
    one("5건", u"⟦5건⟧의 특허", "QUANTITY", R"({"unit":"건","value":"5"})");
    one("1,000주", u"⟦1,000주⟧를 샀다", "QUANTITY", R"({"unit":"주","value":"1000"})");
    one("5만주", u"⟦5만주⟧", "QUANTITY", R"({"unit":"주","value":"50000"})");
    one("2척", u"⟦2척⟧", "QUANTITY", R"({"unit":"척","value":"2"})");
    one("100톤", u"⟦100톤⟧", "QUANTITY", R"({"unit":"톤","value":"100"})");
    one("30여 개국", u"⟦30여 개국⟧", "QUANTITY",
        R"({"qualifier":"approx","unit":"개국","value":"30"})");
    one("100여명", u"⟦100여명⟧이", "QUANTITY",
        R"({"qualifier":"approx","unit":"명","value":"100"})");
    one("20개사", u"⟦20개사⟧가", "QUANTITY", R"({"unit":"개사","value":"20"})");
    one("300가구", u"⟦300가구⟧", "QUANTITY", R"({"unit":"가구","value":"300"})");
    one("최소 10명", u"⟦최소 10명⟧", "QUANTITY",
        R"({"qualifier":"at_least","unit":"명","value":"10"})");
    one("5000억 bare", u"⟦5000억⟧ 규모", "QUANTITY", R"({"value":"500000000000"})");
    one("10만 bare", u"⟦10만⟧ 돌파", "QUANTITY", R"({"value":"100000"})");
    one("0개", u"⟦0개⟧의 댓글", "QUANTITY", R"({"unit":"개","value":"0"})");
    one("1,000 barrels", u"⟦1,000 barrels⟧", "QUANTITY", R"({"unit":"barrels","value":"1000"})");

    // Not amounts: years, dates, times, phone numbers, ranks, versions, model names, durations.
    none("year", u"2025년");
    none("date", u"2025년 6월 28일");
    none("month and day", u"6월 28일");
    none("time", u"오후 3시 30분");
    none("clock", u"11:30 개장");
    none("phone", u"02-123-4567");
    none("mobile", u"010-1234-5678");
    none("rank", u"세계 1위");
    none("quarter", u"3분기 실적");
    none("version", u"v2.0 출시");
    none("HBM3E", u"HBM3E 양산");
    none("갤럭시 S25", u"갤럭시 S25 출시");
    none("months", u"7개월 만에");
    none("weeks", u"2주간 다녀온");
    none("twenties", u"20대 남성");
    none("원칙", u"3원칙");
    none("이천시", u"이천시에서");
    none("만나서", u"만나서 논의");
    none("1년 만에", u"1년 만에 방문");
    none("제3자", u"제3자 배정");
    none("3자 회동", u"3자 회동");
    none("dotted date", u"2025.06.28");
    none("slash date", u"6/28 발표");
    none("코로나19", u"코로나19 확산");
    none("5G", u"5G 통신");
    none("4K", u"4K TV");
    none("1st", u"1st place");
    none("iPhone 16", u"iPhone 16 launch");
    none("English year", u"In 2024 sales rose");
    none("English year noun", u"The 2025 engineers");
    none("minutes", u"40분간 논의");
    none("years and months", u"4년5개월간");
    none("bare number", u"5583 건물");
    none("decade", u"the 1990s");
    none("Windows 11", u"Windows 11");
    none("COVID-19", u"COVID-19 cases");
    none("A-1", u"A-1 등급");
    none("dotted version", u"1.2.3 버전");
    none("bare decimal", u"3.5 정도");
    none("천만다행", u"천만다행이다");
    none("일본", u"일본 정부");
    none("이 회장", u"이 회장은");
    none("generation", u"5세대 이동통신");
    none("year range", u"2024-2025 시즌");
    none("hotline", u"1588-1234 문의");
    none("백만장자", u"백만장자");
    none("hours", u"2시간 동안");
    none("ordinal 대", u"제22대 국회와 22대 국회의원");
    none("score 대", u"4 대 1로 이겼다");
    none("ratio 대", u"경쟁률 12.5대 1");
    none("age after a modifier", u"길을 건너던 40대 여성");
    none("patient number", u"25번 환자가 퇴원");
    none("inning", u"7회 말 역전");
    none("words before an attached counter", u"입장을 천명했다");
    none("Manchuria", u"만주 벌판");
    one("calibre", u"구경 ⟦7.62mm⟧ 소총", "QUANTITY", R"({"unit":"mm","value":"7.62"})");
    none("giga", u"8기가바이트 메모리");

    // Units of measure, Korean and English, normalized to one symbol.
    one("km", u"터널 ⟦12km⟧를 뚫는다", "QUANTITY", R"({"unit":"km","value":"12"})");
    one("m", u"높이 ⟦35m⟧의 탑", "QUANTITY", R"({"unit":"m","value":"35"})");
    one("spaced m", u"⟦100 m⟧ 달리기", "QUANTITY", R"({"unit":"m","value":"100"})");
    one("㎜", u"시간당 ⟦80㎜⟧의 비", "QUANTITY", R"({"unit":"mm","value":"80"})");
    one("mm range", u"⟦30∼80mm⟧가 내리겠다", "QUANTITY", R"({"max":"80","min":"30","unit":"mm"})");
    one("full-width ｍ", u"⟦200ｍ⟧ 앞", "QUANTITY", R"({"unit":"m","value":"200"})");
    one("t", u"⟦25t⟧ 트럭", "QUANTITY", R"({"unit":"t","value":"25"})");
    one("㎢", u"⟦3.4㎢⟧ 부지", "QUANTITY", R"({"unit":"km2","value":"3.4"})");
    one("m2", u"⟦84m2⟧ 아파트", "QUANTITY", R"({"unit":"m2","value":"84"})");
    one("제곱미터", u"⟦1만 제곱미터⟧ 규모", "QUANTITY", R"({"unit":"m2","value":"10000"})");
    one("킬로미터", u"⟦400킬로미터⟧를 달린다", "QUANTITY", R"({"unit":"km","value":"400"})");
    one("마력", u"⟦최고 300마력⟧의 엔진", "QUANTITY",
        R"({"qualifier":"at_most","unit":"마력","value":"300"})");
    one("kg", u"⟦1.5kg⟧ 가벼워졌다", "QUANTITY", R"({"unit":"kg","value":"1.5"})");
    one("kW", u"⟦120만kW⟧급 원전", "QUANTITY", R"({"unit":"kW","value":"1200000"})");
    one("GB", u"⟦256GB⟧ 모델", "QUANTITY", R"({"unit":"GB","value":"256"})");
    one("인치", u"⟦6.1인치⟧ 화면", "QUANTITY", R"({"unit":"inch","value":"6.1"})");
    one("scaled km", u"⟦3,400만 km⟧ 떨어진 행성", "QUANTITY",
        R"({"unit":"km","value":"34000000"})");
    one("5m tall", u"⟦5m⟧ tall", "QUANTITY", R"({"unit":"m","value":"5"})");
    one("400m freestyle", u"won the ⟦400m⟧ freestyle", "QUANTITY", R"({"unit":"m","value":"400"})");
    one("110m hurdles", u"the ⟦110m⟧ hurdles final", "QUANTITY", R"({"unit":"m","value":"110"})");
    one("8 km", u"lies ⟦8 km⟧ north", "QUANTITY", R"({"unit":"km","value":"8"})");
    one("km²", u"⟦2,500 km²⟧ of forest", "QUANTITY", R"({"unit":"km2","value":"2500"})");
    one("mg is not m", u"⟦5mg⟧ 복용", "QUANTITY", R"({"unit":"mg","value":"5"})");

    // Korean counters.
    one("장", u"사진 ⟦24장⟧을 공개", "QUANTITY", R"({"unit":"장","value":"24"})");
    one("발", u"미사일 ⟦3발⟧을 쐈다", "QUANTITY", R"({"unit":"발","value":"3"})");
    one("경기", u"⟦12경기⟧ 연속 안타", "QUANTITY", R"({"unit":"경기","value":"12"})");
    one("석", u"의석 ⟦151석⟧을 얻었다", "QUANTITY", R"({"unit":"석","value":"151"})");
    row("기", u"원전 ⟦24기⟧ 가운데 ⟦6기⟧가 멈췄다",
        {expect("QUANTITY", R"({"unit":"기","value":"24"})"),
         expect("QUANTITY", R"({"unit":"기","value":"6"})")});
    one("가지", u"⟦5가지⟧ 방안", "QUANTITY", R"({"unit":"가지","value":"5"})");
    one("번", u"올해만 ⟦4번⟧이나 올랐다", "QUANTITY", R"({"unit":"번","value":"4"})");
    one("차례", u"⟦7차례⟧에 걸쳐", "QUANTITY", R"({"unit":"차례","value":"7"})");
    one("그릇", u"냉면 ⟦2천 그릇⟧", "QUANTITY", R"({"unit":"그릇","value":"2000"})");
    one("인", u"⟦4인⟧ 가족", "QUANTITY", R"({"unit":"인","value":"4"})");
    one("병상", u"⟦500병상⟧ 규모 병원", "QUANTITY", R"({"unit":"병상","value":"500"})");
    one("회 views", u"조회 ⟦3만회⟧를 넘었다", "QUANTITY", R"({"unit":"회","value":"30000"})");
    one("range of 회", u"⟦2∼3회⟧ 반복했다", "QUANTITY", R"({"max":"3","min":"2","unit":"회"})");
    one("models 30대", u"시제품 모델 ⟦30대⟧를 만든다", "QUANTITY", R"({"unit":"대","value":"30"})");
    one("cars 20여대", u"차량 ⟦20여대⟧가 불탔다", "QUANTITY",
        R"({"qualifier":"approx","unit":"대","value":"20"})");
    one("vehicles before a noun", u"버스 ⟦3대⟧ 추가 투입", "QUANTITY",
        R"({"unit":"대","value":"3"})");
    one("10기가", u"원전 ⟦10기⟧가 멈췄다", "QUANTITY", R"({"unit":"기","value":"10"})");

    // Numbers written with spaces between their parts.
    one("1천 500명", u"관객 ⟦1천 500명⟧이 찾았다", "QUANTITY", R"({"unit":"명","value":"1500"})");
    one("7천 990명", u"⟦7천 990명⟧", "QUANTITY", R"({"unit":"명","value":"7990"})");
    one("10억 5천 185만 달러", u"⟦10억 5천 185만 달러⟧를 벌었다", "MONEY",
        R"({"currency":"USD","value":"1051850000"})");
    one("2만 1천 명", u"⟦2만 1천 명⟧이 몰렸다", "QUANTITY", R"({"unit":"명","value":"21000"})");
    one("2천 5백만 원", u"⟦2천 5백만 원⟧을 냈다", "MONEY",
        R"({"currency":"KRW","value":"25000000"})");
    one("12억 6천여만원", u"⟦12억 6천여만원⟧이 들었다", "MONEY",
        R"({"currency":"KRW","qualifier":"approx","value":"1260000000"})");
    one("1400여만원", u"⟦1억1400여만원⟧을 빼돌렸다", "MONEY",
        R"({"currency":"KRW","qualifier":"approx","value":"114000000"})");
    one("1만 8000여 회", u"⟦1만 8000여 회⟧를 기록", "QUANTITY",
        R"({"qualifier":"approx","unit":"회","value":"18000"})");
    one("1억 여원", u"⟦3억 여원⟧의 손해", "MONEY",
        R"({"currency":"KRW","qualifier":"approx","value":"300000000"})");
    one("천 이상 stops", u"⟦3천 명 이상⟧", "QUANTITY",
        R"({"qualifier":"at_least","unit":"명","value":"3000"})");
    none("3천 2025년", u"3천 2025년");

    // English scale words without a currency sign, pence, between ... and.
    one("7.5bn euros", u"⟦7.5bn euros⟧ in fines", "MONEY",
        R"({"currency":"EUR","value":"7500000000"})");
    one("1.6m Muslims", u"⟦1.6m Muslims⟧ live there", "QUANTITY",
        R"({"unit":"Muslims","value":"1600000"})");
    one("3m people", u"⟦3m people⟧ voted", "QUANTITY", R"({"unit":"people","value":"3000000"})");
    one("2bn users", u"⟦2bn users⟧", "QUANTITY", R"({"unit":"users","value":"2000000000"})");
    one("pence", u"closed at ⟦274.5 pence⟧", "MONEY", R"({"currency":"GBP","value":"2.745"})");
    one("between and", u"⟦between 15,000 and 20,000 couples⟧ marry", "QUANTITY",
        R"({"max":"20000","min":"15000","unit":"couples"})");
    one("Between and money", u"⟦Between $2 and $3 billion⟧", "MONEY",
        R"({"currency":"USD","max":"3000000000","min":"2000000000"})");
    row("and without between", u"⟦200 cars⟧ and ⟦300 trucks⟧",
        {expect("QUANTITY", R"({"unit":"cars","value":"200"})"),
         expect("QUANTITY", R"({"unit":"trucks","value":"300"})")});

    // Qualifiers: 적어도, 최고, 가까이, 이내, 넘는 after a unit, after a bracketed aside.
    one("적어도", u"⟦적어도 40명⟧이 숨졌다", "QUANTITY",
        R"({"qualifier":"at_least","unit":"명","value":"40"})");
    one("최고", u"⟦최고 3천만원⟧을 준다", "MONEY",
        R"({"currency":"KRW","qualifier":"at_most","value":"30000000"})");
    one("가까이", u"⟦200명 가까이⟧ 모였다", "QUANTITY",
        R"({"qualifier":"approx","unit":"명","value":"200"})");
    one("이내", u"⟦3km 이내⟧의 학교", "QUANTITY",
        R"({"qualifier":"at_most","unit":"km","value":"3"})");
    one("넘는 after km", u"⟦20km 넘는⟧ 거리", "QUANTITY",
        R"({"qualifier":"more_than","unit":"km","value":"20"})");
    one("넘은", u"⟦100만명 넘은⟧ 관객", "QUANTITY",
        R"({"qualifier":"more_than","unit":"명","value":"1000000"})");
    row("이상 after a bracket", u"⟦5000만원⟧(이자 ⟦200만 원⟧) 이상을 갚았다",
        {expect("MONEY", R"({"currency":"KRW","qualifier":"at_least","value":"50000000"})"),
         expect("MONEY", R"({"currency":"KRW","value":"2000000"})")});
    row("정도 after a bracket", u"⟦500위안⟧(⟦약 9만원⟧) 정도",
        {expect("MONEY", R"({"currency":"CNY","qualifier":"approx","value":"500"})"),
         expect("MONEY", R"({"currency":"KRW","qualifier":"approx","value":"90000"})")});
    one("불", u"⟦15억 불⟧을 넘었다", "MONEY", R"({"currency":"USD","value":"1500000000"})");

    // Counters that were missing, and the ones that count only some things.
    one("개교", u"신설 학교 ⟦4개교⟧가 문을 연다", "QUANTITY", R"({"unit":"개교","value":"4"})");
    one("개팀", u"본선에 ⟦16개팀⟧이 오른다", "QUANTITY", R"({"unit":"개팀","value":"16"})");
    one("군데", u"세 군데가 아니라 ⟦12군데⟧다", "QUANTITY", R"({"unit":"군데","value":"12"})");
    one("곡", u"신곡 ⟦9곡⟧을 담았다", "QUANTITY", R"({"unit":"곡","value":"9"})");
    one("표", u"찬성 ⟦211표⟧로 가결됐다", "QUANTITY", R"({"unit":"표","value":"211"})");
    one("점 after a work", u"미술관은 작품 ⟦320점⟧을 내놓았다", "QUANTITY",
        R"({"unit":"점","value":"320"})");
    none("점 as a score", u"심사위원은 그 제안서에 82점을 줬다");
    one("점 after any noun", u"압수된 명품 가방 ⟦12점⟧과 시계", "QUANTITY",
        R"({"unit":"점","value":"12"})");
    none("점 after a word of scoring", u"응시자 평균 61점으로 떨어졌다");
    none("점 after a verb", u"학생이 스스로 평가해 5점 척도로 답한다");
    one("개조", u"수색에 ⟦3개조⟧를 보냈다", "QUANTITY", R"({"unit":"개조","value":"3"})");
    one("kw in lower case", u"하루 ⟦2만kw⟧를 아낀다", "QUANTITY",
        R"({"unit":"kW","value":"20000"})");
    one("구 after a body", u"유해 ⟦30여구⟧가 발굴됐다", "QUANTITY",
        R"({"qualifier":"approx","unit":"구","value":"30"})");
    none("구 as a district", u"이번 선거에서 서울 3구가 격전지다");
    one("부 in copies", u"초판 ⟦5만부⟧가 팔렸다", "QUANTITY", R"({"unit":"부","value":"50000"})");
    none("부 as a division", u"그는 2부 리그로 옮겼다");
    one("자 in characters", u"소감은 ⟦300자 이내⟧로 쓴다", "QUANTITY",
        R"({"qualifier":"at_most","unit":"자","value":"300"})");
    none("자 in a party count", u"세 정상이 3자 회담을 열었다");
    row("다 after a counter", u"남은 표는 ⟦4장⟧이 아니라 ⟦5장⟧다",
        {expect("QUANTITY", R"({"unit":"장","value":"4"})"),
         expect("QUANTITY", R"({"unit":"장","value":"5"})")});
    one("입니다 after a counter", u"구조된 승객은 ⟦42명⟧입니다", "QUANTITY",
        R"({"unit":"명","value":"42"})");
    none("native numeral and age", u"그의 두 20대 딸이 회사를 맡았다");
    one("mg", u"나트륨 ⟦1천230mg⟧이 들었다", "QUANTITY", R"({"unit":"mg","value":"1230"})");
    one("내외다", u"강수량은 ⟦5mm 내외⟧다", "QUANTITY",
        R"({"qualifier":"approx","unit":"mm","value":"5"})");
    one("에 가까운", u"⟦3만 명⟧에 가까운 관중이 모였다", "QUANTITY",
        R"({"qualifier":"approx","unit":"명","value":"30000"})");
    one("을 넘어섰다 is no bound", u"관객은 ⟦300만명⟧을 넘어섰다", "QUANTITY",
        R"({"unit":"명","value":"3000000"})");
    none("articles of a contract", u"계약서 7조 및 8조는 표준계약서 제9조 및 10조를 따랐다");
    none("article and clause", u"같은 법 3조 2항에 따라 처리했다");
    none("article after a law", u"근로기준법 2조는 근로자를 정의한다");
    one("조 as trillions", u"수출액이 ⟦7조⟧를 넘었다", "QUANTITY", R"({"value":"7000000000000"})");

    // English: units spelt out, weight in pounds, thousands grouped by spaces, half a trillion.
    one("feet", u"The tower is ⟦320 feet⟧ tall", "QUANTITY", R"({"unit":"ft","value":"320"})");
    one("kilometres", u"a pipeline of ⟦about 1,200 kilometres⟧", "QUANTITY",
        R"({"qualifier":"approx","unit":"km","value":"1200"})");
    one("lbs", u"the parcel weighed ⟦12 lbs⟧", "QUANTITY", R"({"unit":"lb","value":"12"})");
    one("pounds of weight", u"The boxer weighed in at ⟦201 pounds⟧.", "QUANTITY",
        R"({"unit":"lb","value":"201"})");
    one("pounds of money", u"The ticket cost ⟦40 pounds⟧.", "MONEY",
        R"({"currency":"GBP","value":"40"})");
    one("space-grouped thousands", u"The plant makes ⟦250 000 chips⟧ a day", "QUANTITY",
        R"({"unit":"chips","value":"250000"})");
    none("no grouping after a leading zero", u"Call 02 752 today");
    one("half a trillion", u"Investors lost ⟦half a trillion dollars⟧ in a week", "MONEY",
        R"({"currency":"USD","value":"500000000000"})");
    one("half a million people", u"⟦Half a million people⟧ marched", "QUANTITY",
        R"({"unit":"people","value":"500000"})");
    one("a year-like count after a qualifier", u"It sold ⟦over 1500 copies⟧ in 1998", "QUANTITY",
        R"({"qualifier":"more_than","unit":"copies","value":"1500"})");

    // Several amounts in one sentence, in reading order.
    row("conversion", u"⟦5000억달러⟧(⟦약 720조원⟧) 규모",
        {expect("MONEY", R"({"currency":"USD","value":"500000000000"})"),
         expect("MONEY", R"({"currency":"KRW","qualifier":"approx","value":"720000000000000"})")});
    row("investment plan",
        u"소프트뱅크는 ⟦150억 달러 이상⟧을 투자하고 ⟦150~250억 달러⟧를 더해 총 ⟦400억달러 "
        u"이상⟧의 투자를 계획한다",
        {expect("MONEY", R"({"currency":"USD","qualifier":"at_least","value":"15000000000"})"),
         expect("MONEY", R"({"currency":"USD","max":"25000000000","min":"15000000000"})"),
         expect("MONEY", R"({"currency":"USD","qualifier":"at_least","value":"40000000000"})")});
    row("results", u"2025년 매출 ⟦3조원⟧, 영업이익 ⟦5,000억원⟧, 이익률 ⟦16.7%⟧",
        {expect("MONEY", R"({"currency":"KRW","value":"3000000000000"})"),
         expect("MONEY", R"({"currency":"KRW","value":"500000000000"})"),
         expect("PERCENT", R"({"unit":"percent","value":"16.7"})")});
    row("English plan",
        u"The firm will invest ⟦$15 billion to $25 billion⟧ and hire ⟦2,000 engineers⟧ by 2027.",
        {expect("MONEY", R"({"currency":"USD","max":"25000000000","min":"15000000000"})"),
         expect("QUANTITY", R"({"unit":"engineers","value":"2000"})")});
    row("dated", u"6월 28일 오전 10시 직원 ⟦100명⟧이 ⟦3억원⟧을 모았다",
        {expect("QUANTITY", R"({"unit":"명","value":"100"})"),
         expect("MONEY", R"({"currency":"KRW","value":"300000000"})")});
}

void TestAmounts::recognizes()
{
    QFETCH(QString, marked);
    QFETCH(QStringList, expected);
    const Marked m = unmark(marked);
    QCOMPARE(m.spans.size(), expected.size());
    const QList<Span> spans = AmountRecognizer().recognize(m.text);
    QStringList got;
    for (const Span &s : spans)
        got << describe(s, m.text);
    QVERIFY2(spans.size() == expected.size(), qPrintable(got.join(QStringLiteral(" | "))));
    for (qsizetype i = 0; i < spans.size(); ++i) {
        const Span &s = spans[i];
        QCOMPARE(s.start, m.spans[i].first);
        QCOMPARE(s.end, m.spans[i].second);
        const QString kind = expected[i].section(QLatin1Char(' '), 0, 0);
        const QByteArray json = expected[i].section(QLatin1Char(' '), 1).toUtf8();
        QCOMPARE(spanKindName(s.kind), kind);
        QCOMPARE(s.normalized(), QJsonDocument::fromJson(json).object());
        // Whatever the recogniser writes, Amount reads back.
        QVERIFY(Amount::fromSpan(s).has_value());
    }
}

void TestAmounts::offsetsOutsideTheBmp()
{
    // Two emoji (surrogate pairs) before the amount: UTF-16 offsets inside, code points outside.
    const QString text = QStringLiteral("😀😀 5000억달러를");
    const QList<Span> spans = Analyzer::standard().analyze(text);
    QCOMPARE(spans.size(), 1);
    QCOMPARE(spans.first().start, qsizetype(5));
    QCOMPARE(spans.first().end, qsizetype(12));
    QCOMPARE(codePointOffset(text, spans.first().start), qsizetype(3));
    QCOMPARE(codePointOffset(text, spans.first().end), qsizetype(10));
}

void TestAmounts::analyzerKeepsSpansOrdered()
{
    const QString text = QStringLiteral(
            "매출 3조원, 2억-3억 원, $15–25 billion, 90%, 02-123-4567, 150~250억 달러, 100여명");
    const QList<Span> spans = Analyzer::standard().analyze(text);
    QCOMPARE(spans.size(), 6);
    for (qsizetype i = 1; i < spans.size(); ++i)
        QVERIFY(spans[i - 1].end <= spans[i].start);
}

void TestAmounts::seedArticle()
{
    QFile f(QStringLiteral(NEWSMARK_SHARED_DIR "/seed/000_370fe3b5e7a16ed7.txt"));
    if (!f.open(QIODevice::ReadOnly))
        QSKIP("the shared seed article is not here");
    const QString text = QString::fromUtf8(f.readAll());
    QStringList found;
    for (const Span &s : AmountRecognizer().recognize(text))
        found << text.mid(s.start, s.length()) + QLatin1Char('=')
                        + QString::fromUtf8(
                                QJsonDocument(s.normalized()).toJson(QJsonDocument::Compact));
    const QStringList expected = {
            QStringLiteral(R"(730조원={"currency":"KRW","value":"730000000000000"})"),
            QStringLiteral(R"(90%={"unit":"percent","value":"90"})"),
            QStringLiteral(R"(5000억달러={"currency":"USD","value":"500000000000"})"),
            QStringLiteral(
                    R"(약 720조원={"currency":"KRW","qualifier":"approx","value":"720000000000000"})"),
            QStringLiteral(
                    R"(150억 달러 이상={"currency":"USD","qualifier":"at_least","value":"15000000000"})"),
            QStringLiteral(
                    R"(150~250억 달러={"currency":"USD","max":"25000000000","min":"15000000000"})"),
            QStringLiteral(
                    R"(400억달러 이상={"currency":"USD","qualifier":"at_least","value":"40000000000"})"),
            // Under the article: the comment box's limit (0자 is below the tens that make 자 a
            // count of characters) and the count of zero comments.
            QStringLiteral(R"(300자 이내={"qualifier":"at_most","unit":"자","value":"300"})"),
            QStringLiteral(R"(0개={"unit":"개","value":"0"})"),
    };
    QCOMPARE(found, expected);
}

QTEST_APPLESS_MAIN(TestAmounts)
#include "tst_amounts.moc"
