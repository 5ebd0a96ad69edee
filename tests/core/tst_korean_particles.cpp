// Korean particles picked for the words filled into a translation (koreanParticles).

#include "i18n/ui_language.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace newsmark;

class TestKoreanParticles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void picksTheParticle_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        // A final consonant, none, and ㄹ (which takes 로 like a vowel).
        QTest::newRow("final 은") << u"“서울”은(는) 장소가 아님"_s << u"“서울”은 장소가 아님"_s;
        QTest::newRow("vowel 는") << u"“SK하이닉스”은(는) 기관이 아님"_s
                                  << u"“SK하이닉스”는 기관이 아님"_s;
        QTest::newRow("을") << u"“최태원”을(를) 인물로 표시"_s << u"“최태원”을 인물로 표시"_s;
        QTest::newRow("를") << u"“카카오”을(를) 기관으로 바꾸기"_s
                            << u"“카카오”를 기관으로 바꾸기"_s;
        QTest::newRow("이") << u"메모 한빛전자이(가) 없습니다"_s << u"메모 한빛전자가 없습니다"_s;
        QTest::newRow("ㄹ 로") << u"서울(으)로 이동"_s << u"서울로 이동"_s;
        QTest::newRow("으로") << u"휴지통(으)로 이동"_s << u"휴지통으로 이동"_s;
        QTest::newRow("과 와") << u"삼성과(와) 애플와(과) 구글"_s << u"삼성과 애플과 구글"_s;
        QTest::newRow("(이)라") << u"뉴스(이)라는 말"_s << u"뉴스라는 말"_s;
        // Numbers as they are read: 3 삼, 2 이, 10 십, 1,000 천, 1조 is 조.
        QTest::newRow("3") << u"메모 3이(가) 없습니다"_s << u"메모 3이 없습니다"_s;
        QTest::newRow("2") << u"메모 2이(가) 없습니다"_s << u"메모 2가 없습니다"_s;
        QTest::newRow("10") << u"기사 10을(를)"_s << u"기사 10을"_s;
        QTest::newRow("1,000") << u"1,000(으)로"_s << u"1,000으로"_s;
        QTest::newRow("1조") << u"1000000000000은(는)"_s << u"1000000000000는"_s;
        QTest::newRow("7 ㄹ") << u"7(으)로"_s << u"7로"_s;
        // Past a bracketed aside and closing quotes to the word.
        QTest::newRow("aside") << u"730조원(부제)이(가) 어긋납니다"_s
                               << u"730조원(부제)이 어긋납니다"_s;
        QTest::newRow("quote") << u"'%1'은(는)"_s.arg(u"날짜"_s) << u"'날짜'는"_s;
        // Other letters cannot be told: both forms stay.
        QTest::newRow("latin") << u"/tmp/notes.pdf(으)로 내보냈습니다"_s
                               << u"/tmp/notes.pdf(으)로 내보냈습니다"_s;
        QTest::newRow("nothing before") << u"(으)로"_s << u"(으)로"_s;
        QTest::newRow("no particle") << u"부제 (sub-headline)"_s << u"부제 (sub-headline)"_s;
        QTest::newRow("two") << u"“A”은(는) “서울”이(가)"_s << u"“A”은(는) “서울”이"_s;
    }
    void picksTheParticle()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(koreanParticles(text), expected);
    }
};

QTEST_GUILESS_MAIN(TestKoreanParticles)
#include "tst_korean_particles.moc"
