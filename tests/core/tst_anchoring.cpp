#include "analysis/span.h"
#include "notes/anchoring.h"

#include <QElapsedTimer>
#include <QTest>

using namespace newsmark;
using namespace newsmark::anchoring;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(newsmark::AnchorState)

class TestAnchoring final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validRange_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<bool>("valid");
        QTest::newRow("whole") << u"abc"_s << 0 << 3 << true;
        QTest::newRow("empty") << u"abc"_s << 1 << 1 << false;
        QTest::newRow("reversed") << u"abc"_s << 2 << 1 << false;
        QTest::newRow("past end") << u"abc"_s << 1 << 4 << false;
        QTest::newRow("negative") << u"abc"_s << -1 << 2 << false;
        QTest::newRow("emoji whole") << u"a😀b"_s << 1 << 3 << true;
        QTest::newRow("splits emoji at start") << u"a😀b"_s << 2 << 4 << false;
        QTest::newRow("splits emoji at end") << u"a😀b"_s << 0 << 2 << false;
    }
    void validRange()
    {
        QFETCH(QString, text);
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(bool, valid);
        QCOMPARE(isValidRange(text, start, end), valid);
    }

    void quoteContextCountsCodePoints()
    {
        // 40 emoji before and after: the context keeps 32 code points (64 UTF-16 units) each.
        const QString emojis = QString(u"😀"_s).repeated(40);
        const QString text = emojis % u"핵심 문장"_s % emojis;
        const qsizetype start = emojis.size();
        const TextQuote q = quoteAt(text, start, start + 5);
        QCOMPARE(q.exact, u"핵심 문장"_s);
        QCOMPARE(q.prefix, QString(u"😀"_s).repeated(32));
        QCOMPARE(q.suffix, QString(u"😀"_s).repeated(32));
        const TextQuote atEdges = quoteAt(u"ab"_s, 0, 2);
        QVERIFY(atEdges.prefix.isEmpty());
        QVERIFY(atEdges.suffix.isEmpty());
    }

    void quotesMatch_data()
    {
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<QString>("reported");
        QTest::addColumn<bool>("match");
        QTest::newRow("same") << u"3조2000억원"_s << u"3조2000억원"_s << true;
        QTest::newRow("paragraph break as blank line")
                << u"끝.\n다음"_s << u"끝.\n\n다음"_s << true;
        QTest::newRow("paragraph break as space") << u"end.\nNext"_s << u"end. Next"_s << true;
        QTest::newRow("missing space") << u"a b"_s << u"ab"_s << false;
        QTest::newRow("different text") << u"삼성"_s << u"삼송"_s << false;
        QTest::newRow("longer") << u"abc"_s << u"abcd"_s << false;
        QTest::newRow("emoji") << u"x😀y"_s << u"x😀y"_s << true;
    }
    void quotesMatch()
    {
        QFETCH(QString, canonical);
        QFETCH(QString, reported);
        QFETCH(bool, match);
        QCOMPARE(anchoring::quotesMatch(canonical, reported), match);
    }

    void occurrences()
    {
        QCOMPARE(findOccurrence(u"aaa"_s, u"aa"_s, 1), 0);
        QCOMPARE(findOccurrence(u"aaa"_s, u"aa"_s, 2), 1);
        QCOMPARE(findOccurrence(u"aaa"_s, u"aa"_s, 3), -1);
        QCOMPARE(findOccurrence(u"aaa"_s, u"aa"_s, 0), -1);
        QCOMPARE(countOccurrences(u"원 원 원"_s, u"원"_s), 3);
        QCOMPARE(findOccurrence(u"😀x😀x"_s, u"x"_s, 2), 5);
    }

    void anchor_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("exact");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<int>("hint"); // -1: none
        QTest::addColumn<AnchorState>("state");
        QTest::addColumn<QString>("found"); // the text at the match; empty when orphaned
        QTest::addColumn<int>("start"); // UTF-16; -1 when orphaned

        QTest::newRow("exact at hint")
                << u"투자 규모는 3조2000억원이다."_s << u"3조2000억원"_s << u"규모는 "_s
                << u"이다"_s << 7 << AnchorState::Exact << u"3조2000억원"_s << 7;
        QTest::newRow("no hint, found") << u"abc def"_s << u"def"_s << QString() << QString() << -1
                                        << AnchorState::Exact << u"def"_s << 4;
        QTest::newRow("moved by an inserted paragraph")
                << u"새 문단.\n투자 규모는 3조2000억원이다."_s << u"3조2000억원"_s << u"규모는 "_s
                << u"이다"_s << 7 << AnchorState::Moved << u"3조2000억원"_s << 13;
        QTest::newRow("context picks the second of two")
                << u"매출 10억원, 이익 10억원."_s << u"10억원"_s << u"이익 "_s << u"."_s << 3
                << AnchorState::Moved << u"10억원"_s << 12;
        QTest::newRow("context beats the hint")
                << u"이익 10억원. 매출 10억원,"_s << u"10억원"_s << u"매출 "_s << u","_s << 3
                << AnchorState::Moved << u"10억원"_s << 12;
        QTest::newRow("equal context: nearest to hint")
                << u"x ab x ab x ab"_s << u"ab"_s << QString() << QString() << 6
                << AnchorState::Moved << u"ab"_s << 7;
        QTest::newRow("fuzzy: one word edited")
                << u"The company said revenue rose sharply in the third quarter."_s
                << u"revenue grew sharply in the third quarter"_s << u"said "_s << u"."_s << 17
                << AnchorState::Fuzzy << u"revenue rose sharply in the third quarter"_s << 17;
        QTest::newRow("fuzzy: korean spacing changed")
                << u"회사는 고대역폭메모리 전용 라인을 증설한다고 밝혔다."_s
                << u"고대역폭 메모리 전용라인을 증설한다고"_s << QString() << QString() << 4
                << AnchorState::Fuzzy << u"고대역폭메모리 전용 라인을 증설한다고"_s << 4;
        QTest::newRow("fuzzy keeps emoji whole")
                << u"앞 😀 반도체 공장을 새로 짓는다 뒤"_s << u"😀 반도체 공장을 새로 지었다"_s
                << QString() << QString() << 2 << AnchorState::Fuzzy
                << u"😀 반도체 공장을 새로 짓는다"_s << 2;
        QTest::newRow("orphaned: text gone")
                << u"Completely different article text here."_s
                << u"revenue rose sharply in the third quarter"_s << QString() << QString() << 0
                << AnchorState::Orphaned << QString() << -1;
        QTest::newRow("orphaned: short quote not fuzzed")
                << u"매출 10억원"_s << u"11억원"_s << QString() << QString() << 3
                << AnchorState::Orphaned << QString() << -1;
        QTest::newRow("orphaned: too many edits")
                << u"abcdefghijklmnop"_s << u"abcdXXXXXjklmnop"_s << QString() << QString() << 0
                << AnchorState::Orphaned << QString() << -1;
        QTest::newRow("non-BMP exact") << u"𝔘𝔫𝔦 😀 code 😀"_s << u"😀"_s << u"code "_s << QString()
                                       << 9 << AnchorState::Moved << u"😀"_s << 15;
    }
    void anchor()
    {
        QFETCH(QString, text);
        QFETCH(QString, exact);
        QFETCH(QString, prefix);
        QFETCH(QString, suffix);
        QFETCH(int, hint);
        QFETCH(AnchorState, state);
        QFETCH(QString, found);
        QFETCH(int, start);
        const AnchorMatch m = anchorQuote(text, {exact, prefix, suffix},
                                          hint < 0 ? std::nullopt : std::optional<qsizetype>(hint));
        QCOMPARE(m.state, state);
        QCOMPARE(m.start, qsizetype(start));
        if (m.isPlaced()) {
            QVERIFY(isValidRange(text, m.start, m.end));
            QCOMPARE(text.mid(m.start, m.end - m.start), found);
        }
    }

    void fuzzyDistanceAndThreshold()
    {
        const QString text = u"xxxxx abcdefghijklmnopqrst yyyyy"_s;
        const AnchorMatch one = bestFuzzyMatch(text, u"abcdefghijKlmnopqrst"_s);
        QCOMPARE(one.state, AnchorState::Fuzzy);
        QCOMPARE(one.distance, 1);
        QCOMPARE(one.start, 6);
        QCOMPARE(one.end, 26);
        // 20 code points: up to 5 errors pass, 6 do not.
        QVERIFY(bestFuzzyMatch(text, u"abcdeXXXXXklmnopqrst"_s).isPlaced());
        QVERIFY(!bestFuzzyMatch(text, u"abcdeXXXXXXlmnopqrst"_s).isPlaced());
    }

    void longTextSearchesAWindowAroundTheHint()
    {
        // Large enough to pass kFuzzyMaxCells: the search keeps to the window and stays quick.
        QString text = QString(u"가나다라마바사 "_s).repeated(30000);
        const QString passage = u"이 문장은 조금 바뀐 인용문으로 창 안에서만 찾아야 한다"_s;
        const qsizetype at = text.size() / 2;
        text.insert(at, passage);
        const QString quote = u"이 문장은 조금 바꾼 인용문으로 창 안에서만 찾아야 한다"_s;
        QElapsedTimer timer;
        timer.start();
        const AnchorMatch m = anchorQuote(text, {quote, {}, {}}, at + 10);
        QCOMPARE(m.state, AnchorState::Fuzzy);
        QCOMPARE(m.start, at);
        QVERIFY2(timer.elapsed() < 5000, "fuzzy search took too long");
    }

    void codePointRoundTrip()
    {
        const QString text = u"a😀b𝔘c"_s;
        for (qsizetype i = 0; i <= 5; ++i)
            QCOMPARE(codePointOffset(text, utf16Offset(text, i)), i);
    }
};

QTEST_GUILESS_MAIN(TestAnchoring)
#include "tst_anchoring.moc"
