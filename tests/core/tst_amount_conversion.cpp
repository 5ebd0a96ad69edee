// Which rate converts an amount for the Amounts panel and the reader's tooltips: the article's
// own bracketed conversion when the user prefers it, else the user's rate for the pair (exact,
// as typed), either way round; nothing when neither exists.

#include "analysis/amount_conversion.h"
#include "analysis/amount_recognizer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace newsmark;

class TestAmountConversion final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolvesTheRate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("useArticleRate");
        QTest::addColumn<QString>("userRate"); // USD-KRW, empty for none
        QTest::addColumn<QString>("rate"); // rounded to 8 places; empty: no rate
        QTest::addColumn<bool>("fromArticle");
        QTest::addColumn<QString>("noteContains");

        const QString bracketed = u"가온전자는 5000억달러(약 720조원)를 투자한다."_s;
        const QString plain = u"가온전자는 5000억달러를 투자한다."_s;
        QTest::newRow("the article's rate")
                << bracketed << u"USD"_s << u"KRW"_s << true << QString() << u"1440"_s << true
                << u"implied by 5000억달러(약 720조원)"_s;
        QTest::newRow("the article's rate, inverted")
                << bracketed << u"KRW"_s << u"USD"_s << true << QString() << u"0.00069444"_s << true
                << u"1,440 KRW per USD"_s;
        QTest::newRow("the user's rate over the article's")
                << bracketed << u"USD"_s << u"KRW"_s << false << u"1300.5"_s << u"1300.5"_s << false
                << u"1,300.5 KRW per USD, your rate"_s;
        QTest::newRow("the user's rate when the article has none")
                << plain << u"USD"_s << u"KRW"_s << true << u"1300.5"_s << u"1300.5"_s << false
                << u"your rate"_s;
        QTest::newRow("the user's rate, inverted")
                << plain << u"KRW"_s << u"USD"_s << true << u"1250"_s << u"0.0008"_s << false
                << u"1,250 KRW per USD"_s;
        QTest::newRow("no rate at all") << plain << u"USD"_s << u"KRW"_s << true << QString()
                                        << QString() << false << QString();
        QTest::newRow("the same currency") << plain << u"KRW"_s << u"KRW"_s << true << QString()
                                           << u"1"_s << false << QString();
        QTest::newRow("no target") << plain << u"USD"_s << QString() << true << u"1300"_s
                                   << QString() << false << QString();
    }

    void resolvesTheRate()
    {
        QFETCH(QString, text);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(bool, useArticleRate);
        QFETCH(QString, userRate);
        QFETCH(QString, rate);
        QFETCH(bool, fromArticle);
        QFETCH(QString, noteContains);

        ConversionChoice choice;
        choice.currency = to;
        choice.useArticleRate = useArticleRate;
        if (!userRate.isEmpty())
            choice.userRates.insert(u"USD-KRW"_s, *Decimal::parse(userRate));
        const QList<ImpliedRate> implied = impliedRates(AmountRecognizer().recognize(text), text);
        const std::optional<ResolvedRate> resolved = resolveRate(choice, from, implied, text);
        if (rate.isEmpty()) {
            QVERIFY(!resolved);
            return;
        }
        QVERIFY(resolved);
        QCOMPARE(resolved->rate.rounded(8), *Decimal::parse(rate));
        QCOMPARE(resolved->fromArticle, fromArticle);
        QVERIFY2(resolved->note.contains(noteContains), qPrintable(resolved->note));
    }

    // A rate the user typed stays exactly that: no binary fraction creeps in.
    void userRatesAreExact()
    {
        ConversionChoice choice;
        choice.currency = u"KRW"_s;
        choice.useArticleRate = false;
        choice.userRates.insert(u"USD-KRW"_s, *Decimal::parse(u"1440.1"));
        const auto resolved = resolveRate(choice, u"USD"_s, {}, {});
        QVERIFY(resolved);
        QCOMPARE(resolved->rate.toString(), u"1440.1"_s);
    }

    void pairsAreQuotedAboveOne_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<QString>("key");
        QTest::newRow("won and dollar") << u"KRW"_s << u"USD"_s << u"USD-KRW"_s;
        QTest::newRow("dollar and won") << u"USD"_s << u"KRW"_s << u"USD-KRW"_s;
        QTest::newRow("euro and dollar") << u"USD"_s << u"EUR"_s << u"EUR-USD"_s;
        QTest::newRow("yen and won") << u"KRW"_s << u"JPY"_s << u"JPY-KRW"_s;
    }

    void pairsAreQuotedAboveOne()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(QString, key);
        QCOMPARE(pairKey(currencyPair(a, b)), key);
    }
};

QTEST_GUILESS_MAIN(TestAmountConversion)
#include "tst_amount_conversion.moc"
