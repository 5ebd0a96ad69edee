#include "library/library.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace newsmark;

class TestLibrary final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void newLibraryStartsWithTheSamples()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nested/lib.sqlite"));
        auto library = Library::open(path);
        QVERIFY2(library.ok(), library.ok() ? "" : qPrintable(library.error()));
        QVERIFY(library.value()->isNew());
        const int samples = int(QDir(QStringLiteral(":/samples")).entryList(QDir::Files).size());
        QVERIFY(samples >= 5);
        QCOMPARE(library.value()->articles().count({}), samples);
        // Korean and English samples, each with a headline and a body.
        bool korean = false;
        bool english = false;
        for (ArticleId id : library.value()->articles().allIds()) {
            const auto a = library.value()->articles().find(id);
            QVERIFY(a && !a->headline.isEmpty() && !a->paragraphs.isEmpty());
            korean |= a->language == QLatin1String("ko");
            english |= a->language == QLatin1String("en");
        }
        QVERIFY(korean && english);
    }

    void reopeningDoesNotSeedAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lib.sqlite"));
        int before = 0;
        {
            auto library = Library::open(path);
            QVERIFY(library.ok());
            before = library.value()->articles().count({});
        }
        auto again = Library::open(path);
        QVERIFY(again.ok());
        QVERIFY(!again.value()->isNew());
        QCOMPARE(again.value()->articles().count({}), before);
    }

    void defaultPathIsTheSameForEveryFrontEnd()
    {
        const QString path = Library::defaultPath();
        QVERIFY(path.endsWith(QStringLiteral("Newsmark/library.sqlite")));
        QCoreApplication::setOrganizationName(QStringLiteral("Other"));
        QCoreApplication::setApplicationName(QStringLiteral("something-else"));
        QCOMPARE(Library::defaultPath(), path);
    }
};

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
