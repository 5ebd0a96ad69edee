// newsmark-cli entities end to end: the built executable on temporary libraries made of article
// files on disk.

#include "cli_runner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace newsmark::test;

namespace {

const QString firstArticle =
        u"반도체\n한빛전자, 평택 공장 증설\n"
        u"[누리경제 = 김하늘 기자] 한빛전자가 경기 평택시에 새 공장을 짓는다고 4일 밝혔다.\n"
        u"최태원 SK그룹 회장은 이날 SK하이닉스의 투자 계획을 설명했다. 최 회장은 "
        u"\"한빛전자와의 협력도 늘린다\"고 말했다.\n"_s;
const QString secondArticle =
        u"산업\nSK하이닉스, 새 라인 가동\n"
        u"[누리경제 = 김하늘 기자] SK하이닉스는 5일 이천 공장에서 새 라인을 가동했다.\n"_s;

} // namespace

class TestCliEntities : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        int n = 0;
        for (const QString &text : {firstArticle, secondArticle}) {
            QFile file(m_dir.filePath(u"article-%1.txt"_s.arg(++n)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text.toUtf8());
        }
    }

    void init()
    {
        m_library = m_dir.filePath(u"library-%1.sqlite"_s.arg(++m_count));
        const CliRun imported =
                cli({u"import"_s, u"--library"_s, m_library, m_dir.filePath(u"article-1.txt"_s),
                     m_dir.filePath(u"article-2.txt"_s)});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    }

    void listAndShowWhereAnEntityIsMentioned()
    {
        const CliRun list = entities({u"list"_s, u"--json"_s});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        QJsonObject hynix;
        for (const QJsonValue &e : QJsonDocument::fromJson(list.rawOut).array()) {
            if (e[u"name"].toString() == u"SK하이닉스")
                hynix = e.toObject();
        }
        QCOMPARE(hynix[u"type"].toString(), u"ORG"_s);
        // A library made by `import` holds what was imported and no sample articles.
        const QMap<QString, int> perArticle = mentionsPerArticle(u"SK하이닉스"_s);
        QCOMPARE(perArticle.size(), 2);
        QCOMPARE(perArticle.value(u"한빛전자, 평택 공장 증설"_s), 1);
        QCOMPARE(perArticle.value(u"SK하이닉스, 새 라인 가동"_s), 2);
        QCOMPARE(hynix[u"articles"].toInt(), perArticle.size());

        // A note on the sentence with the short mention of 최태원 ...
        const CliRun ids = cli({u"list"_s, u"--library"_s, m_library, u"--json"_s});
        QString first;
        for (const QJsonValue &row : QJsonDocument::fromJson(ids.rawOut).array()) {
            if (row[u"headline"].toString().contains(u"한빛전자"_s))
                first = QString::number(row[u"id"].toInteger());
        }
        const CliRun note = cli({u"notes"_s, u"add"_s, u"--library"_s, m_library, first,
                                 u"--quote"_s, u"최 회장은"_s});
        QVERIFY2(note.exitCode == 0, qPrintable(note.err));

        // ... is found with the person: one entity, its alias, its article and the note.
        const CliRun show = entities({u"show"_s, u"최태원"_s, u"--json"_s});
        QVERIFY2(show.exitCode == 0, qPrintable(show.err));
        const QJsonObject person = QJsonDocument::fromJson(show.rawOut).object();
        QCOMPARE(person[u"type"].toString(), u"PERSON"_s);
        QCOMPARE(person[u"mentions"].toInt(), 2);
        QVERIFY(person[u"aliases"].toArray().contains(u"최 회장"_s));
        QCOMPARE(person[u"inArticles"].toArray().size(), 1);
        const QJsonArray notes = person[u"inNotes"].toArray();
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.at(0)[u"id"].toString(), note.out.trimmed());
    }

    void correctionsApplyAcrossTheLibrary()
    {
        // 한빛전자 is a made-up company: the user says so once, for every article.
        const CliRun mark = entities({u"mark"_s, u"한빛전자"_s, u"--as"_s, u"org"_s});
        QVERIFY2(mark.exitCode == 0, qPrintable(mark.err));
        const CliRun show =
                entities({u"show"_s, u"한빛전자"_s, u"--kind"_s, u"org"_s, u"--json"_s});
        QVERIFY2(show.exitCode == 0, qPrintable(show.err));
        // Headline, two sentences (one before 가, one before 와의).
        QCOMPARE(QJsonDocument::fromJson(show.rawOut).object()[u"mentions"].toInt(), 3);

        const CliRun merge = entities({u"merge"_s, u"SK하이닉스"_s, u"--kind"_s, u"org"_s,
                                       u"--into"_s, u"에스케이하이닉스"_s});
        QVERIFY2(merge.exitCode == 0, qPrintable(merge.err));
        QCOMPARE(entities({u"show"_s, u"SK하이닉스"_s}).exitCode, 1);
        QCOMPARE(mentionsPerArticle(u"에스케이하이닉스"_s).value(u"SK하이닉스, 새 라인 가동"_s), 2);

        // Forgetting the merge brings the name back.
        const CliRun list = entities({u"corrections"_s, u"--json"_s});
        const QJsonArray all = QJsonDocument::fromJson(list.rawOut).array();
        QCOMPARE(all.size(), 2);
        const QString mergeId = QString::number(all.at(1)[u"id"].toInteger());
        QCOMPARE(entities({u"forget"_s, mergeId}).exitCode, 0);
        QCOMPARE(entities({u"show"_s, u"SK하이닉스"_s}).exitCode, 0);
    }

    void badCommandLinesSayWhat_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no subcommand") << QStringList {} << 2 << u"no subcommand given"_s;
        QTest::newRow("unknown kind") << QStringList {u"mark"_s, u"X"_s, u"--as"_s, u"fruit"_s} << 2
                                      << u"'fruit' is not a kind"_s;
        QTest::newRow("no kind") << QStringList {u"remove"_s, u"X"_s} << 2
                                 << u"--kind K is required"_s;
        QTest::newRow("merge into itself")
                << QStringList {u"merge"_s, u"X"_s, u"--kind"_s, u"org"_s, u"--into"_s, u"X"_s} << 1
                << u"cannot be merged into itself"_s;
        QTest::newRow("unknown entity")
                << QStringList {u"show"_s, u"없는이름"_s} << 1 << u"no entity named '없는이름'"_s;
        QTest::newRow("unknown correction")
                << QStringList {u"forget"_s, u"99"_s} << 1 << u"there is no correction 99"_s;
    }

    void badCommandLinesSayWhat()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const CliRun r = entities(arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(QJsonDocument::fromJson(entities({u"corrections"_s, u"--json"_s}).rawOut)
                        .array()
                        .isEmpty());
    }

private:
    // Headline → mentions, from `entities show NAME --json`.
    QMap<QString, int> mentionsPerArticle(const QString &name)
    {
        const CliRun show = entities({u"show"_s, name, u"--json"_s});
        QMap<QString, int> out;
        for (const QJsonValue &a : QJsonDocument::fromJson(show.rawOut)[u"inArticles"].toArray())
            out.insert(a[u"headline"].toString(), a[u"mentions"].toInt());
        return out;
    }

    CliRun cli(const QStringList &arguments) { return runCli(arguments, m_dir.path()); }
    CliRun entities(const QStringList &arguments)
    {
        return cli(QStringList {u"entities"_s, u"--library"_s, m_library} + arguments);
    }

    QTemporaryDir m_dir;
    QString m_library;
    int m_count = 0;
};

QTEST_GUILESS_MAIN(TestCliEntities)
#include "tst_cli_entities.moc"
