#include "library/library.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace newsmark;

class TestLibrary final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aNewLibraryIsEmptyUnlessSamplesAreAskedFor()
    {
        QTemporaryDir dir;
        auto plain = Library::open(dir.filePath(QStringLiteral("plain.sqlite")));
        QVERIFY2(plain.ok(), plain.ok() ? "" : qPrintable(plain.error()));
        QVERIFY(plain.value()->isNew());
        QCOMPARE(plain.value()->articles().count({}), 0);
    }

    void aMissingLibraryIsNotCreatedWhenOnlyAnExistingOneWillDo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("typo/lib.sqlite"));
        Library::OpenOptions existing;
        existing.create = false;
        auto library = Library::open(path, existing);
        QVERIFY(!library.ok());
        QVERIFY2(library.error().contains(QStringLiteral("no library there")),
                 qPrintable(library.error()));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("typo"))));
    }

    void theLibrarysOwnFilesAreKnown()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lib.sqlite"));
        for (const char *own : {"lib.sqlite", "lib.sqlite-wal", "lib.sqlite-shm",
                                "lib.sqlite-journal", "lib.sqlite.lock", "lib.sqlite.v3.bak"})
            QVERIFY2(isLibraryFile(path, dir.filePath(QLatin1StringView(own))), own);
        for (const char *other : {"lib.sqlite.txt", "other.sqlite", "lib.sqlite2", "notes.md"})
            QVERIFY2(!isLibraryFile(path, dir.filePath(QLatin1StringView(other))), other);
        // Through a relative path or a link to the folder, it is the same file.
        QVERIFY(QFile::link(dir.path(), dir.filePath(QStringLiteral("alias"))));
        QVERIFY(isLibraryFile(path, dir.filePath(QStringLiteral("alias/lib.sqlite-wal"))));
    }

    void newLibraryStartsWithTheSamplesWhenAsked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nested/lib.sqlite"));
        Library::OpenOptions options;
        options.samplesIfNew = true;
        auto library = Library::open(path, options);
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
        Library::OpenOptions options;
        options.samplesIfNew = true;
        {
            auto library = Library::open(path, options);
            QVERIFY(library.ok());
            before = library.value()->articles().count({});
        }
        QVERIFY(before > 0);
        auto again = Library::open(path, options);
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
