#include "analysis/amount_consistency.h"
#include "analysis/amount_recognizer.h"

#include <QFile>
#include <QTest>

using namespace newsmark;

namespace {

QString spanText(const Span &s, const QString &text)
{
    return text.mid(s.start, s.length());
}

QList<AmountDisagreement> flagsIn(const QString &text)
{
    return findDisagreements(AmountRecognizer().recognize(text), text);
}

} // namespace

class TestAmountConsistency final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void impliedRate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("rate");
        QTest::newRow("Korean") << QStringLiteral("총 5000억달러(약 720조원) 규모다.")
                                << QStringLiteral("USD") << QStringLiteral("KRW")
                                << QStringLiteral("1440");
        QTest::newRow("한화") << QStringLiteral("300억달러(한화 약 43조2000억원)를 쓴다.")
                              << QStringLiteral("USD") << QStringLiteral("KRW")
                              << QStringLiteral("1440");
        QTest::newRow("English") << QStringLiteral("a $500 billion (about ₩720 trillion) plan")
                                 << QStringLiteral("USD") << QStringLiteral("KRW")
                                 << QStringLiteral("1440");
        QTest::newRow("won first")
                << QStringLiteral("1조원(약 7억달러)을 들였다.") << QStringLiteral("KRW")
                << QStringLiteral("USD") << QStringLiteral("0.0007");
        QTest::newRow("euros") << QStringLiteral("10억 유로(약 1조5000억원)")
                               << QStringLiteral("EUR") << QStringLiteral("KRW")
                               << QStringLiteral("1500");
    }
    void impliedRate()
    {
        QFETCH(QString, text);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, rate);
        const QList<ImpliedRate> rates = impliedRates(AmountRecognizer().recognize(text), text);
        QCOMPARE(rates.size(), 1);
        QCOMPARE(rates.first().from, from);
        QCOMPARE(rates.first().to, to);
        QCOMPARE(rates.first().rate.toString(), rate);
        QCOMPARE(articleRate(rates, from, to)->toString(), rate);
        QCOMPARE(articleRate(rates, from, from)->toString(), QStringLiteral("1"));
        QVERIFY(articleRate(rates, to, from).has_value()); // the inverse
        QVERIFY(!articleRate(rates, QStringLiteral("GBP"), to).has_value());
    }

    void noRateWithoutBrackets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("comma") << QStringLiteral("5000억달러, 720조원을 각각 쓴다.");
        QTest::newRow("same currency") << QStringLiteral("100억원(약 99억원)");
        QTest::newRow("unclosed") << QStringLiteral("5000억달러(약 720조원 규모");
        QTest::newRow("words between") << QStringLiteral("5000억달러(올해 기준 720조원)");
    }
    void noRateWithoutBrackets()
    {
        QFETCH(QString, text);
        QVERIFY(impliedRates(AmountRecognizer().recognize(text), text).isEmpty());
    }

    void flagsTheSameFigureWrittenTwice_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<bool>("converted");
        QTest::newRow("headline and body")
                << QStringLiteral("정부, 100조원 규모 반도체 지원 사업 발표\n"
                                  "정부는 이날 총 98조원 규모의 반도체 지원 사업을 공개했다.")
                << QStringLiteral("100조원") << QStringLiteral("98조원") << false;
        QTest::newRow("through the article's rate")
                << QStringLiteral("엔비디아는 300억달러(약 43조2000억원)를 데이터센터에 "
                                  "투자한다. 데이터센터 투자 44조원은 역대 최대다.")
                << QStringLiteral("약 43조2000억원") << QStringLiteral("44조원") << false;
        QTest::newRow("dollars vs converted won")
                << QStringLiteral("The $20 billion (about ₩28 trillion) fab opens in May. "
                                  "Analysts call the $21 billion fab a bet.")
                << QStringLiteral("$20 billion") << QStringLiteral("$21 billion") << false;
        QTest::newRow("won vs dollars")
                << QStringLiteral("1조원(약 7억달러) 규모 배터리 공장을 짓는다.\n"
                                  "배터리 공장 건설비 7억3000만달러가 들어간다.")
                << QStringLiteral("약 7억달러") << QStringLiteral("7억3000만달러") << false;
        QTest::newRow("three mentions")
                << QStringLiteral("300억달러(약 43조원) 규모 AI 투자.\n"
                                  "삼성은 AI 투자에 310억달러를 쓴다.\n"
                                  "이번 AI 투자 45조원은")
                << QStringLiteral("300억달러") << QStringLiteral("310억달러") << false;
        QTest::newRow("people") << QStringLiteral("공장 직원 2,000명을 새로 뽑는다.\n"
                                                  "이번 공장 직원 채용 규모 2,100명은 지역 최대다.")
                                << QStringLiteral("2,000명") << QStringLiteral("2,100명") << false;
    }
    void flagsTheSameFigureWrittenTwice()
    {
        QFETCH(QString, text);
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(bool, converted);
        const QList<AmountDisagreement> flags = flagsIn(text);
        QVERIFY(!flags.isEmpty());
        QCOMPARE(spanText(flags.first().first, text), first);
        QCOMPARE(spanText(flags.first().second, text), second);
        QCOMPARE(flags.first().converted, converted);
        QVERIFY(flags.first().relativeDifference > 0);
        QVERIFY(flags.first().relativeDifference <= 0.10);
        QVERIFY(!flags.first().sharedWords.isEmpty());
    }

    void convertedComparison()
    {
        // Dollars against won, linked only by the rate the first line implies (1,440원/달러):
        // 45조원 is 312억5000만달러, 0.8% off 310억달러.
        const QString text = QStringLiteral("환율 기준 300억달러(약 43조2000억원).\n"
                                            "반도체 설비 310억달러 투자 계획.\n"
                                            "반도체 설비 투자 45조원은 사상 최대.");
        const QList<AmountDisagreement> flags = flagsIn(text);
        QCOMPARE(flags.size(), 1);
        QCOMPARE(spanText(flags.first().first, text), QStringLiteral("310억달러"));
        QCOMPARE(spanText(flags.first().second, text), QStringLiteral("45조원"));
        QVERIFY(flags.first().converted);
        QCOMPARE(flags.first().currency, QStringLiteral("USD"));
        QCOMPARE(flags.first().firstValue.toString(), QStringLiteral("31000000000"));
        QCOMPARE(flags.first().secondValue.rounded(0).toString(), QStringLiteral("31250000000"));
    }

    void flagsNothing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("different subjects")
                << QStringLiteral("삼성전자는 시설 투자에 50조원을 쓴다.\n"
                                  "SK하이닉스 매출은 51조원이었다.");
        QTest::newRow("far apart values")
                << QStringLiteral("반도체 지원 사업에 100조원을 쓴다.\n"
                                  "반도체 지원 사업 가운데 20조원은 세액공제다.");
        QTest::newRow("different years") << QStringLiteral("2025년 삼성전자 매출은 300조원이다.\n"
                                                           "2024년 삼성전자 매출은 290조원이었다.");
        QTest::newRow("this year and last")
                << QStringLiteral("올해 반도체 수출은 1400억달러다.\n"
                                  "지난해 반도체 수출은 1350억달러였다.");
        QTest::newRow("same sentence")
                << QStringLiteral("매출은 3조원으로 전년 2.9조원보다 늘었다.");
        QTest::newRow("equal values")
                << QStringLiteral("730조원 규모 스타 사업\n스타 사업 규모는 730조원이다.");
        QTest::newRow("a conversion and its source")
                << QStringLiteral("5000억달러(약 720조원) 규모의 사업.");
        QTest::newRow("percentages")
                << QStringLiteral("삼성 지분 20%를 가진다.\n삼성 지분 21%는 외국인 몫이다.");
        QTest::newRow("no rate between currencies")
                << QStringLiteral("반도체 투자 100억달러.\n반도체 투자 14조원.");
        QTest::newRow("ranges") << QStringLiteral("AI 투자에 150~250억 달러.\nAI 투자 160억 달러.");
        QTest::newRow("years are not amounts")
                << QStringLiteral("2024년 사업 계획.\n2025년 사업 계획.");
        QTest::newRow("different units")
                << QStringLiteral("공장 직원 2,000명.\n공장 설비 2,010대.");
    }
    void flagsNothing()
    {
        QFETCH(QString, text);
        const QList<AmountDisagreement> flags = flagsIn(text);
        QStringList what;
        for (const AmountDisagreement &d : flags)
            what << spanText(d.first, text) + QStringLiteral(" / ") + spanText(d.second, text);
        QVERIFY2(flags.isEmpty(), qPrintable(what.join(QStringLiteral(", "))));
    }

    // The article's own conversion decides which of two figures is wrong: the one that stands
    // alone against a bracketed pair that agrees with itself.
    void oddOneOut_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("odd"); // empty: undecided
        QTest::newRow("alone first")
                << QStringLiteral("73조원 규모 평원 프로젝트 첫 삽\n회사는 평원 프로젝트에 "
                                  "500억달러(약 72조원)를 들인다.")
                << QStringLiteral("73조원");
        QTest::newRow("alone second")
                << QStringLiteral("회사는 평원 프로젝트에 500억달러(약 72조원)를 들인다.\n평원 "
                                  "프로젝트 예산은 73조원이다.")
                << QStringLiteral("73조원");
        QTest::newRow("no conversion")
                << QStringLiteral("평원 프로젝트 예산은 73조원이다.\n평원 프로젝트에 72조원을 "
                                  "들인다.")
                << QString();
        // The pair itself is off against another conversion of the article: nothing decides.
        QTest::newRow("two rates")
                << QStringLiteral("평원 프로젝트에 500억달러(약 72조원)를 들인다.\n평원 "
                                  "프로젝트 2단계는 510억달러(약 75조원)다.")
                << QString();
    }
    void oddOneOut()
    {
        QFETCH(QString, text);
        QFETCH(QString, odd);
        const QList<AmountDisagreement> flags = flagsIn(text);
        QVERIFY(!flags.isEmpty());
        const AmountDisagreement &d = flags.first();
        using Odd = AmountDisagreement::OddOne;
        if (odd.isEmpty()) {
            QCOMPARE(d.oddOne, Odd::Undecided);
            QVERIFY(!d.decidedBy);
            return;
        }
        QVERIFY(d.oddOne != Odd::Undecided);
        QCOMPARE(spanText(d.oddOne == Odd::First ? d.first : d.second, text), odd);
        QVERIFY(d.decidedBy);
        QCOMPARE(spanText(d.decidedBy->source, text), QStringLiteral("500억달러"));
        QCOMPARE(d.expected.toString(), QStringLiteral("72000000000000"));
    }

    void seed730vs720()
    {
        QFile f(QStringLiteral(NEWSMARK_SHARED_DIR "/seed/000_370fe3b5e7a16ed7.txt"));
        if (!f.open(QIODevice::ReadOnly))
            QSKIP("the shared seed article is not here");
        const QString text = QString::fromUtf8(f.readAll());
        const QList<Span> spans = AmountRecognizer().recognize(text);
        const QList<ImpliedRate> rates = impliedRates(spans, text);
        QCOMPARE(rates.size(), 1);
        QCOMPARE(rates.first().rate.toString(), QStringLiteral("1440"));
        const QList<AmountDisagreement> flags = findDisagreements(spans, text);
        QCOMPARE(flags.size(), 1);
        QCOMPARE(spanText(flags.first().first, text), QStringLiteral("730조원"));
        QCOMPARE(spanText(flags.first().second, text), QStringLiteral("약 720조원"));
        QCOMPARE(flags.first().firstValue.toString(), QStringLiteral("730000000000000"));
        QCOMPARE(flags.first().secondValue.toString(), QStringLiteral("720000000000000"));
        QCOMPARE(flags.first().currency, QStringLiteral("KRW"));
        QVERIFY(!flags.first().converted);
        QVERIFY(qAbs(flags.first().relativeDifference - 10.0 / 730.0) < 1e-6);
        QVERIFY(flags.first().sharedWords.contains(QStringLiteral("스타게이트")));
    }
};

QTEST_APPLESS_MAIN(TestAmountConsistency)
#include "tst_amount_consistency.moc"
