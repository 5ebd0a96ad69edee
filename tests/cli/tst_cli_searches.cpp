// newsmark-cli searches and search --saved end to end: the built executable on a real library
// file, on its own and handed over to a process that holds the library as the window does
// (library_holder, whose exclusive lock lets no other process open the file).
#include "cli_runner.h"
#include "library_holder_process.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace newsmark::test;

class TestCliSearches : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_library;
    int m_case = 0;

    CliRun cli(QStringList arguments)
    {
        arguments << u"--library"_s << m_library;
        return runCli(arguments, m_dir.path());
    }

    // name -> count, as `searches --json` lists them.
    QMap<QString, qint64> counts()
    {
        const CliRun run = cli({u"searches"_s, u"--json"_s});
        QMap<QString, qint64> out;
        for (const QJsonValue &v : QJsonDocument::fromJson(run.rawOut).array())
            out.insert(v[u"name"_s].toString(), v[u"count"_s].toInteger(-1));
        return out;
    }

    QStringList headlines(const QStringList &search)
    {
        const CliRun run = cli(search + QStringList {u"--json"_s});
        QStringList out;
        for (const QJsonValue &v : QJsonDocument::fromJson(run.rawOut)[u"results"_s].toArray())
            out.append(v[u"headline"_s].toString());
        out.sort();
        return out;
    }

    void importArticles()
    {
        // Original samples: two about ports, one of them in Korean, one about chips.
        const QStringList texts {
                u"Harbor cranes order tops $300 million\n\nPort operators ordered automated "
                u"cranes for the harbor this year.\n"_s,
                u"항만 크레인 발주 늘어\n\n부산 항만 운영사들이 올해 자동화 크레인을 더 "
                u"발주했다.\n"_s,
                u"Chip plant breaks ground\n\nThe plant will package advanced chips from "
                u"2027.\n"_s,
        };
        const QString folder = m_dir.filePath(u"case-%1"_s.arg(++m_case));
        for (int i = 0; i < texts.size(); ++i) {
            QFile file(folder + u"/article-%1.txt"_s.arg(i + 1));
            QVERIFY(QDir().mkpath(folder));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(texts.at(i).toUtf8());
        }
        const CliRun imported = cli({u"import"_s, folder});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    }

    // What either way of running must do: save, list with counts, run, rename, delete, and
    // refuse with a clear error.
    void exerciseSearches()
    {
        QCOMPARE(cli({u"searches"_s}).out,
                 u"No saved searches. `newsmark-cli searches save NAME QUERY` saves one.\n"_s);
        CliRun run = cli({u"searches"_s, u"save"_s, u"Ports"_s, u"harbor OR 항만"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out, u"Saved the search 'Ports': harbor OR 항만\n"_s);
        // The query may come as several words, as `search` takes it.
        run = cli({u"searches"_s, u"save"_s, u"Chips"_s, u"chip"_s, u"plant"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(counts(), (QMap<QString, qint64> {{u"Chips"_s, 1}, {u"Ports"_s, 2}}));
        run = cli({u"searches"_s});
        QCOMPARE(run.out, u"      1  Chips  chip plant\n      2  Ports  harbor OR 항만\n"_s);

        QCOMPARE(headlines({u"search"_s, u"--saved"_s, u"ports"_s}),
                 (QStringList {u"Harbor cranes order tops $300 million"_s,
                               u"항만 크레인 발주 늘어"_s}));

        // Refusals name the search and the reason.
        run = cli({u"searches"_s, u"save"_s, u"PORTS"_s, u"crane"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(
                         u"saved search 'Ports': a saved search of that name exists already"_s),
                 qPrintable(run.err));
        run = cli({u"searches"_s, u"save"_s, u"Deals"_s, u"orgg:삼성전자"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"saved search 'Deals': invalid query: unknown field 'orgg' "
                                  u"at 1–5; did you mean org:?"_s),
                 qPrintable(run.err));
        run = cli({u"search"_s, u"--saved"_s, u"Nothing"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(
                         u"saved search 'Nothing': there is no saved search of that name"_s),
                 qPrintable(run.err));
        run = cli({u"search"_s, u"--saved"_s, u"Ports"_s, u"crane"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"either --saved NAME or a QUERY"_s));
        run = cli({u"searches"_s, u"rename"_s, u"Nothing"_s, u"Else"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"saved search 'Nothing': there is no saved search"_s));
        run = cli({u"searches"_s, u"rename"_s, u"Chips"_s, u"ports"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"saved search 'Ports': a saved search of that name exists"_s));

        run = cli({u"searches"_s, u"rename"_s, u"chips"_s, u"Fabs"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(counts(), (QMap<QString, qint64> {{u"Fabs"_s, 1}, {u"Ports"_s, 2}}));
        run = cli({u"searches"_s, u"delete"_s, u"Fabs"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out, u"Deleted the search 'Fabs' (chip plant).\n"_s);
        run = cli({u"searches"_s, u"delete"_s, u"Fabs"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"saved search 'Fabs': there is no saved search"_s));
        QCOMPARE(counts(), (QMap<QString, qint64> {{u"Ports"_s, 2}}));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init() { m_library = m_dir.filePath(u"library-%1.sqlite"_s.arg(m_case + 1)); }

    void onItsOwn()
    {
        importArticles();
        exerciseSearches();
        // A count follows the library: a new article about ports counts at once.
        QFile more(m_dir.filePath(u"more.txt"_s));
        QVERIFY(more.open(QIODevice::WriteOnly));
        more.write("Harbor dredging starts\n\nThe harbor will be dredged in spring.\n");
        more.close();
        QCOMPARE(cli({u"import"_s, more.fileName()}).exitCode, 0);
        QCOMPARE(counts(), (QMap<QString, qint64> {{u"Ports"_s, 3}}));
    }

    // While another process holds the library exclusively, the commands run inside it.
    void handedToTheWindow()
    {
        importArticles();
        HolderProcess window({m_library}, m_dir.path());
        QCOMPARE(window.line(), u"ready"_s);
        exerciseSearches();
    }
};

QTEST_GUILESS_MAIN(TestCliSearches)
#include "tst_cli_searches.moc"
