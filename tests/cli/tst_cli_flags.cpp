// newsmark-cli star, unstar, read and unread, and list --starred / --unread, on the built
// executable against a real library; list and show agree on every field they share, dates above
// all: an article that carries no date has none (null), and its import time apart.
#include "cli_runner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace newsmark::test;

namespace {

// Original texts: two with a date line, one without.
const QString kDatedA = u"Ferry operator orders six electric ships"_s;
const QString kDatedB = u"Rail freight volumes rise for a fourth quarter"_s;
const QString kUndated = u"City council approves harbour walkway plan"_s;

} // namespace

class TestCliFlags : public QObject
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

    QJsonArray listJson(const QStringList &options = {})
    {
        const CliRun run = cli(QStringList {u"list"_s, u"--json"_s} + options);
        if (run.exitCode != 0)
            qWarning("list failed: %s", qPrintable(run.err));
        return QJsonDocument::fromJson(run.rawOut).array();
    }

    QStringList headlines(const QStringList &options)
    {
        QStringList out;
        for (const QJsonValue &row : listJson(options))
            out.append(row[u"headline"_s].toString());
        out.sort();
        return out;
    }

    qint64 idOf(const QString &headline)
    {
        for (const QJsonValue &row : listJson()) {
            if (row[u"headline"_s].toString() == headline)
                return row[u"id"_s].toInteger();
        }
        return 0;
    }

    void importArticles()
    {
        const QString folder = m_dir.filePath(u"case-%1"_s.arg(m_case));
        const QList<std::pair<QString, QString>> texts {
                {u"a.txt"_s,
                 kDatedA
                         + u"\nBy Ada Moreno | Coastline Post\nMarch 3, 2025\n\nThe operator "
                           u"ordered six battery ferries for its island routes.\n"_s},
                {u"b.txt"_s,
                 kDatedB
                         + u"\nBy Ken Ito | Coastline Post\nMarch 9, 2025\n\nFreight trains "
                           u"carried more containers than a year earlier.\n"_s},
                {u"c.txt"_s,
                 kUndated
                         + u"\n\nThe council voted for a walkway along the old harbour "
                           u"wall.\n"_s},
        };
        for (const auto &[name, text] : texts) {
            QFile file(folder + u'/' + name);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text.toUtf8());
        }
        const CliRun imported = cli({u"import"_s, folder});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        ++m_case;
        QVERIFY(QDir(m_dir.path()).mkpath(u"case-%1"_s.arg(m_case)));
        m_library = m_dir.filePath(u"case-%1/library.sqlite"_s.arg(m_case));
    }

    void starReadAndListFilters()
    {
        importArticles();
        const qint64 a = idOf(kDatedA);
        const qint64 b = idOf(kDatedB);
        const qint64 c = idOf(kUndated);
        QVERIFY(a > 0 && b > 0 && c > 0);
        QVERIFY(headlines({u"--starred"_s}).isEmpty());
        QCOMPARE(headlines({u"--unread"_s}).size(), 3);

        // Several ids at once; one starred already is said so.
        CliRun run = cli({u"star"_s, QString::number(a), QString::number(c)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"starred: %1  %2"_s.arg(a).arg(kDatedA)), qPrintable(run.out));
        run = cli({u"star"_s, QString::number(a)});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"already starred: %1"_s.arg(a)), qPrintable(run.out));
        QCOMPARE(headlines({u"--starred"_s}), (QStringList {kUndated, kDatedA}));

        QCOMPARE(cli({u"read"_s, QString::number(a), QString::number(b)}).exitCode, 0);
        QCOMPARE(headlines({u"--unread"_s}), QStringList {kUndated});
        // Both filters: the unread starred ones.
        QCOMPARE(headlines({u"--unread"_s, u"--starred"_s}), QStringList {kUndated});
        QCOMPARE(cli({u"unread"_s, QString::number(b)}).exitCode, 0);
        QCOMPARE(cli({u"unstar"_s, QString::number(c)}).exitCode, 0);
        QCOMPARE(headlines({u"--unread"_s}), (QStringList {kUndated, kDatedB}));
        QCOMPARE(headlines({u"--starred"_s}), QStringList {kDatedA});

        // The flags as show --json has them.
        const QJsonObject shown =
                QJsonDocument::fromJson(cli({u"show"_s, QString::number(a), u"--json"_s}).rawOut)
                        .object();
        QCOMPARE(shown[u"starred"_s].toBool(), true);
        QCOMPARE(shown[u"read"_s].toBool(), true);
    }

    void unknownIdsChangeNothing()
    {
        importArticles();
        const qint64 a = idOf(kDatedA);
        QVERIFY(a > 0);
        const CliRun unknown = cli({u"star"_s, QString::number(a), u"4242"_s, u"4343"_s});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(
                         u"star: there is no article 4242, 4343; nothing was changed"_s),
                 qPrintable(unknown.err));
        QVERIFY(headlines({u"--starred"_s}).isEmpty()); // not even the known one
        const CliRun notAnId = cli({u"read"_s, u"seven"_s});
        QCOMPARE(notAnId.exitCode, 2);
        QVERIFY2(notAnId.err.contains(u"'seven' is not an article id"_s), qPrintable(notAnId.err));
        const CliRun none = cli({u"unread"_s});
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.contains(u"missing article ID"_s), qPrintable(none.err));
        const CliRun noLibrary =
                runCli({u"star"_s, u"1"_s, u"--library"_s, m_dir.filePath(u"none.sqlite"_s)},
                       m_dir.path());
        QCOMPARE(noLibrary.exitCode, 1);
        QVERIFY2(noLibrary.err.contains(u"no library at"_s), qPrintable(noLibrary.err));
    }

    // list --json and show --json: the same value for every key the list has; the undated
    // article's publication date null in both, its import time in imported_at.
    void listAndShowAgree()
    {
        importArticles();
        QCOMPARE(cli({u"star"_s, QString::number(idOf(kDatedB))}).exitCode, 0);
        const QJsonArray rows = listJson();
        QCOMPARE(rows.size(), 3);
        for (const QJsonValue &value : rows) {
            const QJsonObject row = value.toObject();
            const qint64 id = row[u"id"_s].toInteger();
            const QJsonObject shown =
                    QJsonDocument::fromJson(
                            cli({u"show"_s, QString::number(id), u"--json"_s}).rawOut)
                            .object();
            QVERIFY(!shown.isEmpty());
            QVERIFY2(row.contains(u"imported_at"_s), QJsonDocument(row).toJson().constData());
            for (auto it = row.begin(); it != row.end(); ++it) {
                QVERIFY2(shown.contains(it.key()), qPrintable(it.key()));
                QVERIFY2(shown.value(it.key()) == it.value(),
                         qPrintable(u"%1: list %2, show %3"_s.arg(
                                 it.key(), it.value().toVariant().toString(),
                                 shown.value(it.key()).toVariant().toString())));
            }
            if (row[u"headline"_s].toString() == kUndated) {
                QVERIFY(row[u"published"_s].isNull());
                QVERIFY(QDateTime::fromString(row[u"imported_at"_s].toString(), Qt::ISODate)
                                .isValid());
            } else {
                QVERIFY(row[u"published"_s].toString().startsWith(u"2025-03-0"_s));
            }
        }
    }

    // The table's DATE column is the publication date: empty for the undated article (its
    // import date, which orders it, is not passed off as one).
    void listTableLeavesTheUndatedDateEmpty()
    {
        importArticles();
        const CliRun run = cli({u"list"_s});
        QCOMPARE(run.exitCode, 0);
        bool sawUndated = false;
        bool sawDated = false;
        for (const QString &line : run.out.split(u'\n', Qt::SkipEmptyParts)) {
            if (line.contains(kUndated)) {
                sawUndated = true;
                QVERIFY2(!line.contains(QRegularExpression(u"\\d{4}-\\d{2}-\\d{2}"_s)),
                         qPrintable(line));
            } else if (line.contains(kDatedA)) {
                sawDated = true;
                QVERIFY2(line.contains(u"2025-03-03"_s), qPrintable(line));
            }
        }
        QVERIFY2(sawUndated && sawDated, qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(TestCliFlags)
#include "tst_cli_flags.moc"
