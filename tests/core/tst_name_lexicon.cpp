// The name lexicon the Korean model reads as a feature (core/analysis/ner/name_lexicon.*): where
// names match, its block format and what it refuses, and the shipped mecab-ko-dic list.

#include "analysis/ner/name_lexicon.h"
#include "analysis/ner/ner_resources.h"

#include <QFile>
#include <QTest>

using namespace newsmark::ner;
using namespace Qt::StringLiterals;

namespace {

// The tags as a string: '.' outside names (spaces too), the type's letter (P, L, O) at a name's
// first unit and a lower-case letter inside it.
QString picture(const std::vector<quint8> &tags)
{
    QString out;
    for (const quint8 label : tags) {
        if (label == kOutside) {
            out += u'.';
            continue;
        }
        const QChar letter = labelType(label) == EntityType::Person ? u'P'
                : labelType(label) == EntityType::Location          ? u'L'
                                                                    : u'O';
        out += isInside(label) ? letter.toLower() : letter;
    }
    return out;
}

const QString kList = u"# a comment line\n"
                      u"서울\tLC\n"
                      u"뉴욕\tLC\n"
                      u"뉴욕주\tLC\n"
                      u"인도\tLC\n"
                      u"손정의\tPS\n"
                      u"김\tPS\n"
                      u"손정의\tLC\n" // listed twice: the first type stays
                      u"Arm\tORG\n"
                      u"broken line without a tab\n"
                      u"누리\tXX\n"_s; // no such type

} // namespace

class TestNameLexicon final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesMatchWhereWordsBeginAndEnd()
    {
        const auto lexicon = NameLexicon::fromTsv(kList);
        QVERIFY(lexicon);
        QCOMPARE(lexicon->size(), 7); // the repeat, the broken line and the unknown type left out
        // Before a particle, at the word's end, the longest name; never inside a word.
        QCOMPARE(picture(lexicon->tags(u"서울에서 뉴욕주로"_s)), u"Ll...Lll."_s);
        QCOMPARE(picture(lexicon->tags(u"손정의는 서울시민"_s)), u"Ppp......"_s);
        QCOMPARE(picture(lexicon->tags(u"인도적 지원"_s)), u"......"_s);
        // A place takes 행 ("bound for"); a person does not.
        QCOMPARE(picture(lexicon->tags(u"인도행 김행"_s)), u"Ll...."_s);
        // One syllable and Latin names match too.
        QCOMPARE(picture(lexicon->tags(u"김은 Arm의"_s)), u"P..Ooo."_s);
        QCOMPARE(picture(lexicon->tags(u"누리"_s)), u".."_s);
        QCOMPARE(picture(NameLexicon().tags(u"서울"_s)), u".."_s);
    }

    void aBlockReadsBackAsTheListItWasWrittenFrom()
    {
        const auto written = NameLexicon::fromTsv(kList);
        QString error;
        const auto read = NameLexicon::fromBlob(written->toBlob(), &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->size(), written->size());
        const QString text = u"손정의는 서울에서 뉴욕주로, 인도행 Arm의 김은"_s;
        QCOMPARE(read->tags(text), written->tags(text));
    }

    void aDamagedBlockIsRefusedWithTheReason()
    {
        const QByteArray good = NameLexicon::fromTsv(kList)->toBlob();
        auto refused = [](const QByteArray &blob, const QString &reason) {
            QString error;
            if (NameLexicon::fromBlob(blob, &error))
                return false;
            if (!error.contains(reason))
                qWarning("%s", qPrintable(error));
            return error.contains(reason);
        };
        QVERIFY(refused(QByteArray("NMLX"), u"not a lexicon block"_s));
        QVERIFY(refused(QByteArray(good).replace(0, 4, "XXXX"), u"not a lexicon block"_s));
        QVERIFY(refused(good.first(good.size() - 2), u"do not hold"_s));
        QByteArray version = good;
        version[4] = 9;
        QVERIFY(refused(version, u"version 9"_s));
        QByteArray outside = good;
        outside[16] = char(0xff); // the first name's offset, far past the characters
        outside[17] = char(0xff);
        QVERIFY(refused(outside, u"out of bounds"_s));
        QByteArray typeless = good;
        typeless[16 + 6] = 42;
        QVERIFY(refused(typeless, u"no type"_s));
    }

    // The list that ships with the model: mecab-ko-dic's people and places.
    void theShippedListKnowsPeopleAndPlaces()
    {
        ensureNerResources();
        QFile file(u":/models/ner-ko-lexicon.bin"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString error;
        const auto lexicon = NameLexicon::fromBlob(file.readAll(), &error);
        QVERIFY2(lexicon, qPrintable(error));
        QVERIFY2(lexicon->size() > 300000, qPrintable(QString::number(lexicon->size())));
        QCOMPARE(picture(lexicon->tags(u"손정의 회장은 샌프란시스코에서"_s)),
                 u"Ppp.....Llllll.."_s);
    }
};

QTEST_GUILESS_MAIN(TestNameLexicon)
#include "tst_name_lexicon.moc"
