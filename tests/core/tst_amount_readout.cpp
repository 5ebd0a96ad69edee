#include "analysis/amount.h"
#include "analysis/amount_readout.h"
#include "analysis/amount_recognizer.h"
#include "analysis/decimal.h"
#include "analysis/korean_numbers.h"
#include "i18n/ui_language.h"

#include <QTest>

using namespace newsmark;
using namespace Qt::StringLiterals;

// The pieces under the recogniser: exact decimals, the Korean number grammar, and the readout
// the tooltip and the Amounts panel show.
class TestAmountReadout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decimalIsExact_data();
    void decimalIsExact();
    void decimalArithmetic();
    void koreanNumbers_data();
    void koreanNumbers();
    void readout_data();
    void readout();
    void writtenLanguage_data();
    void writtenLanguage();
    void convertsAtARate();
    // Last: it switches the interface to Korean for the rest of the run.
    void koreanInterface_data();
    void koreanInterface();
};

void TestAmountReadout::decimalIsExact_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("grouped");
    QTest::newRow("integer") << QStringLiteral("500000000000") << QStringLiteral("500000000000")
                             << QStringLiteral("500,000,000,000");
    QTest::newRow("big") << QStringLiteral("1,234,567,890,000") << QStringLiteral("1234567890000")
                         << QStringLiteral("1,234,567,890,000");
    QTest::newRow("trailing zeros")
            << QStringLiteral("3.50") << QStringLiteral("3.5") << QStringLiteral("3.5");
    QTest::newRow("below one") << QStringLiteral("0.05") << QStringLiteral("0.05")
                               << QStringLiteral("0.05");
    QTest::newRow("negative") << QStringLiteral("-1234.5") << QStringLiteral("-1234.5")
                              << QStringLiteral("-1,234.5");
    QTest::newRow("경 and more") << QStringLiteral("99999999999999999999.25")
                                 << QStringLiteral("99999999999999999999.25")
                                 << QStringLiteral("99,999,999,999,999,999,999.25");
}

void TestAmountReadout::decimalIsExact()
{
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    QFETCH(QString, grouped);
    const auto d = Decimal::parse(input);
    QVERIFY(d.has_value());
    QCOMPARE(d->toString(), canonical);
    QCOMPARE(d->toGroupedString(), grouped);
}

void TestAmountReadout::decimalArithmetic()
{
    // 1조 2,345억 6,789만 as a sum of scaled parts: a double gets this right, but not
    // 0.1 + 0.2 or 9,999경 + 0.01.
    const Decimal jo = *Decimal::fromInteger(1).shifted(12);
    const Decimal eok = *Decimal::fromInteger(2345).shifted(8);
    const Decimal man = *Decimal::fromInteger(6789).shifted(4);
    QCOMPARE(jo.added(eok)->added(man)->toString(), QStringLiteral("1234567890000"));
    QCOMPARE(Decimal::parse(u"0.1")->added(*Decimal::parse(u"0.2"))->toString(),
             QStringLiteral("0.3"));
    QCOMPARE(Decimal::parse(u"99990000000000000000")->added(*Decimal::parse(u"0.01"))->toString(),
             QStringLiteral("99990000000000000000.01"));
    QCOMPARE(Decimal::parse(u"3.5")->shifted(8)->toString(), QStringLiteral("350000000"));
    QCOMPARE(Decimal::parse(u"720000000000000")
                     ->divided(*Decimal::parse(u"500000000000"))
                     ->toString(),
             QStringLiteral("1440"));
    QCOMPARE(Decimal::fromInteger(1).divided(Decimal::fromInteger(3), 4)->toString(),
             QStringLiteral("0.3333"));
    QCOMPARE(Decimal::fromInteger(2).divided(Decimal::fromInteger(3), 2)->toString(),
             QStringLiteral("0.67"));
    QVERIFY(!Decimal::fromInteger(1).divided(Decimal()).has_value());
    QVERIFY(Decimal::parse(u"1.5") < *Decimal::parse(u"1.50001"));
    QVERIFY(*Decimal::parse(u"2.0") == Decimal::fromInteger(2));
    QVERIFY(!Decimal::parse(u"1.2.3").has_value());
    QVERIFY(!Decimal::parse(u"").has_value());
    QVERIFY(!Decimal::parse(u"1234567890123456789012345678901234567").has_value());
    const Decimal huge = *Decimal::parse(u"100000000000000000000000000000000000");
    QVERIFY(!huge.multiplied(huge).has_value()); // overflow is refused, not wrapped
    QCOMPARE(Decimal::parse(u"2.345")->rounded(2).toString(), QStringLiteral("2.35"));
}

void TestAmountReadout::koreanNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("end");
    QTest::newRow("digits") << QStringLiteral("5000") << QStringLiteral("5000") << 4;
    QTest::newRow("억") << QStringLiteral("5000억달러") << QStringLiteral("500000000000") << 5;
    QTest::newRow("mixture") << QStringLiteral("2조3000억") << QStringLiteral("2300000000000") << 7;
    QTest::newRow("천 inside") << QStringLiteral("1억2천만") << QStringLiteral("120000000") << 5;
    QTest::newRow("spaced") << QStringLiteral("1조 2,345억 6,789만")
                            << QStringLiteral("1234567890000") << 16;
    QTest::newRow("stops before year")
            << QStringLiteral("3조 2025년") << QStringLiteral("3000000000000") << 2;
    QTest::newRow("words") << QStringLiteral("오백만") << QStringLiteral("5000000") << 3;
    QTest::newRow("tens and units") << QStringLiteral("삼십오") << QStringLiteral("35") << 3;
    QTest::newRow("leading 만") << QStringLiteral("만 원") << QStringLiteral("10000") << 1;
    QTest::newRow("particle 이 after 억")
            << QStringLiteral("1억이") << QStringLiteral("100000000") << 2;
    QTest::newRow("decimal scale") << QStringLiteral("3.5억") << QStringLiteral("350000000") << 4;
    QTest::newRow("bad separator") << QStringLiteral("1,23") << QStringLiteral("1") << 1;
}

void TestAmountReadout::koreanNumbers()
{
    QFETCH(QString, text);
    QFETCH(QString, value);
    QFETCH(int, end);
    const auto n = parseKoreanNumber(text, 0);
    QVERIFY(n.has_value());
    QCOMPARE(n->value.toString(), value);
    QCOMPARE(n->end, qsizetype(end));
}

void TestAmountReadout::readout_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("exact");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("korean");
    QTest::addColumn<QString>("tooltip");
    QTest::newRow("5000억달러") << QStringLiteral("5000억달러")
                                << QStringLiteral("US$500,000,000,000")
                                << QStringLiteral("US$500 billion") << QStringLiteral("5000억 달러")
                                << QStringLiteral("US$500,000,000,000 (500 billion dollars)");
    QTest::newRow("약 720조원") << QStringLiteral("약 720조원")
                                << QStringLiteral("about ₩720,000,000,000,000")
                                << QStringLiteral("about ₩720 trillion")
                                << QStringLiteral("약 720조 원")
                                << QStringLiteral("about ₩720,000,000,000,000 (720 trillion won)");
    QTest::newRow("range") << QStringLiteral("150~250억 달러")
                           << QStringLiteral("US$15,000,000,000–25,000,000,000")
                           << QStringLiteral("US$15–25 billion")
                           << QStringLiteral("150억~250억 달러")
                           << QStringLiteral("US$15,000,000,000–25,000,000,000 (15–25 billion "
                                             "dollars)");
    QTest::newRow("percent") << QStringLiteral("지분 90%") << QStringLiteral("90%")
                             << QStringLiteral("90 percent") << QStringLiteral("90%")
                             << QStringLiteral("90% (90 percent)");
    QTest::newRow("English to Korean")
            << QStringLiteral("$1.2 trillion") << QStringLiteral("US$1,200,000,000,000")
            << QStringLiteral("US$1.2 trillion") << QStringLiteral("1조 2000억 달러")
            << QStringLiteral("US$1,200,000,000,000 (1조 2000억 달러)");
    QTest::newRow("mixture") << QStringLiteral("1조 2,345억 6,789만 원")
                             << QStringLiteral("₩1,234,567,890,000")
                             << QStringLiteral("₩1.23456789 trillion")
                             << QStringLiteral("1조 2345억 6789만 원")
                             << QStringLiteral("₩1,234,567,890,000 (1.23456789 trillion won)");
    // Counters are read out in the UI's language (English here; Korean in koreanInterface()).
    QTest::newRow("counter") << QStringLiteral("3만 명") << QStringLiteral("30,000 people")
                             << QStringLiteral("30,000 people") << QStringLiteral("3만 명")
                             << QStringLiteral("30,000 people");
    QTest::newRow("votes") << QStringLiteral("찬성 211표") << QStringLiteral("211 votes")
                           << QStringLiteral("211 votes") << QStringLiteral("211표")
                           << QStringLiteral("211 votes");
    QTest::newRow("about units") << QStringLiteral("약 12만대")
                                 << QStringLiteral("about 120,000 units")
                                 << QStringLiteral("about 120,000 units")
                                 << QStringLiteral("약 12만 대")
                                 << QStringLiteral("about 120,000 units");
    QTest::newRow("small won") << QStringLiteral("3,300원") << QStringLiteral("₩3,300")
                               << QStringLiteral("₩3,300") << QStringLiteral("3,300원")
                               << QStringLiteral("₩3,300 (3,300 won)");
    QTest::newRow("at least") << QStringLiteral("at least $1m")
                              << QStringLiteral("at least US$1,000,000")
                              << QStringLiteral("at least US$1 million")
                              << QStringLiteral("100만 달러 이상")
                              << QStringLiteral("at least US$1,000,000 (100만 달러)");
    QTest::newRow("points") << QStringLiteral("0.5%p") << QStringLiteral("0.5%p")
                            << QStringLiteral("0.5 percentage points")
                            << QStringLiteral("0.5%포인트")
                            << QStringLiteral("0.5%p (0.5 percentage points)");
}

void TestAmountReadout::readout()
{
    QFETCH(QString, text);
    QFETCH(QString, exact);
    QFETCH(QString, english);
    QFETCH(QString, korean);
    QFETCH(QString, tooltip);
    const QList<Span> spans = AmountRecognizer().recognize(text);
    QCOMPARE(spans.size(), 1);
    const auto amount = Amount::fromSpan(spans.first());
    QVERIFY(amount.has_value());
    QCOMPARE(readExact(*amount), exact);
    QCOMPARE(readEnglish(*amount), english);
    QCOMPARE(readKorean(*amount), korean);
    QCOMPARE(amountReadout(*amount,
                           QStringView(text).mid(spans.first().start, spans.first().length()),
                           u"ko"),
             tooltip);
}

// The one rule the Amounts panel and the tooltips share for the language an amount is written
// in (its other reading is in the other language).
void TestAmountReadout::writtenLanguage_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("articleLanguage");
    QTest::addColumn<bool>("korean");
    QTest::newRow("hangul in an English article") << u"5000억달러"_s << u"en"_s << true;
    QTest::newRow("latin in a Korean article") << u"$5 billion"_s << u"ko"_s << false;
    QTest::newRow("bare percent, Korean article") << u"90%"_s << u"ko"_s << true;
    QTest::newRow("bare percent, English article") << u"90%"_s << u"en"_s << false;
    QTest::newRow("bare figure, no language") << u"1,200"_s << QString() << true;
    QTest::newRow("points sign is a letter") << u"0.5%p"_s << u"ko"_s << false;
}

void TestAmountReadout::writtenLanguage()
{
    QFETCH(QString, written);
    QFETCH(QString, articleLanguage);
    QFETCH(bool, korean);
    QCOMPARE(writtenInKorean(written, articleLanguage), korean);
}

void TestAmountReadout::convertsAtARate()
{
    Amount dollars;
    dollars.kind = SpanKind::Money;
    dollars.value = *Decimal::parse(u"500000000000");
    dollars.currency = QStringLiteral("USD");
    const auto won = convertAmount(dollars, QStringLiteral("KRW"), Decimal::fromInteger(1440));
    QVERIFY(won.has_value());
    QCOMPARE(won->value->toString(), QStringLiteral("720000000000000"));
    QCOMPARE(won->currency, QStringLiteral("KRW"));
    QCOMPARE(won->qualifier, AmountQualifier::Approx);
    QCOMPARE(readEnglish(*won), QStringLiteral("about ₩720 trillion"));
    const auto back = convertAmount(*won, QStringLiteral("USD"),
                                    *Decimal::fromInteger(1).divided(Decimal::fromInteger(1440)));
    QVERIFY(back.has_value());
    QCOMPARE(back->value->rounded(0).toString(),
             QStringLiteral("499999999680")); // 1/1440 rounded to 12 digits
    Amount people;
    people.kind = SpanKind::Quantity;
    people.value = Decimal::fromInteger(5);
    QVERIFY(!convertAmount(people, QStringLiteral("KRW"), Decimal::fromInteger(2)).has_value());
    QVERIFY(!convertAmount(dollars, QStringLiteral("KRW"), Decimal()).has_value());
}

void TestAmountReadout::koreanInterface_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("exact");
    QTest::addColumn<QString>("tooltip");
    // Korean counters glued to the digits, qualifiers where Korean puts them.
    QTest::newRow("about units") << QStringLiteral("약 12만대") << QStringLiteral("약 120,000대")
                                 << QStringLiteral("약 120,000대 (120,000 units)");
    QTest::newRow("people") << QStringLiteral("3만 명") << QStringLiteral("30,000명")
                            << QStringLiteral("30,000명 (30,000 people)");
    QTest::newRow("at least") << QStringLiteral("at least $1m")
                              << QStringLiteral("US$1,000,000 이상")
                              << QStringLiteral("US$1,000,000 이상 (100만 달러)");
    QTest::newRow("money") << QStringLiteral("5000억달러") << QStringLiteral("US$500,000,000,000")
                           << QStringLiteral("US$500,000,000,000 (500 billion dollars)");
}

void TestAmountReadout::koreanInterface()
{
    QFETCH(QString, text);
    QFETCH(QString, exact);
    QFETCH(QString, tooltip);
    if (uiLanguage() != u"ko")
        QCOMPARE(installTranslations(QStringLiteral("ko")), QStringLiteral("ko"));
    const QList<Span> spans = AmountRecognizer().recognize(text);
    QCOMPARE(spans.size(), 1);
    const auto amount = Amount::fromSpan(spans.first());
    QVERIFY(amount.has_value());
    QCOMPARE(readExact(*amount), exact);
    QCOMPARE(amountReadout(*amount,
                           QStringView(text).mid(spans.first().start, spans.first().length()),
                           u"ko"),
             tooltip);
}

QTEST_GUILESS_MAIN(TestAmountReadout)
#include "tst_amount_readout.moc"
