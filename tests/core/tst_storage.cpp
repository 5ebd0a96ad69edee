#include "raw_sqlite.h"
#include "storage/article_store.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace newsmark;

using newsmark::test::rawExec;

namespace {

Article sampleArticle(const QString &headline, const QString &published = QString())
{
    Article a;
    a.language = QStringLiteral("ko");
    a.category = QStringLiteral("반도체");
    a.headline = headline;
    a.subheadlines = {QStringLiteral("부제 하나"), QStringLiteral("부제 둘 😀")};
    a.outlet = QStringLiteral("한빛경제");
    a.reporter = QStringLiteral("김하늘");
    a.email = QStringLiteral("sky@hanbit.example");
    a.copyright = QStringLiteral("ⓒ한빛경제");
    a.published = published;
    a.paragraphs = {QStringLiteral("첫 문단 5000억달러."),
                    QStringLiteral("둘째 문단 <b>&amp;</b>")};
    a.sourcePath = QStringLiteral("/tmp/x.txt");
    a.contentHash = a.computeContentHash();
    return a;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestStorage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("lib.sqlite"));
        QFile::remove(m_path);
    }

    void freshLibraryIsMigratedAndInWal()
    {
        auto db = Database::open(m_path);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error()));
        QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 2);
        Statement mode(*db.value(), "PRAGMA journal_mode");
        QVERIFY(mode.step());
        QCOMPARE(mode.text(0), QStringLiteral("wal"));
        Statement fk(*db.value(), "PRAGMA foreign_keys");
        QVERIFY(fk.step());
        QCOMPARE(fk.int64(0), 1);
        QVERIFY(db.value()->backupPath().isEmpty()); // nothing to keep a copy of
    }

    void insertAndFindKeepEveryField()
    {
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        ArticleStore store(*db.value());
        const Article a = sampleArticle(QStringLiteral("삼성전자, 😀 HBM 증산"),
                                        QStringLiteral("2025-02-04T10:31:00"));
        auto inserted = store.insert(a);
        QVERIFY(inserted.ok());
        QVERIFY(!inserted->duplicate);
        const auto found = store.find(inserted->id);
        QVERIFY(found.has_value());
        QCOMPARE(found->headline, a.headline);
        QCOMPARE(found->subheadlines, a.subheadlines);
        QCOMPARE(found->paragraphs, a.paragraphs);
        QCOMPARE(found->outlet, a.outlet);
        QCOMPARE(found->reporter, a.reporter);
        QCOMPARE(found->email, a.email);
        QCOMPARE(found->copyright, a.copyright);
        QCOMPARE(found->published, a.published);
        QCOMPARE(found->category, a.category);
        QCOMPARE(found->sourcePath, a.sourcePath);
        QCOMPARE(found->contentHash, a.contentHash);
        QCOMPARE(found->canonicalText(), a.canonicalText());
        QVERIFY(found->importedAt.isValid());
        QVERIFY(!found->read);
        QVERIFY(!store.find(inserted->id + 1000).has_value());
    }

    // A saved page's paragraph kinds and images: stored with the article, read back without
    // the bytes, one image's bytes on demand; the same text saved again with images it lacked
    // fills them in; an edit replaces them.
    void pageLayoutAndFiguresAreKept()
    {
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        ArticleStore store(*db.value());
        Article a = sampleArticle(QStringLiteral("사진 있는 기사"));
        a.sourcePath = QStringLiteral("https://news.example/a");
        a.paragraphKinds = {ParagraphKind::Caption, ParagraphKind::Quote};
        const auto plain = store.insertMany({a}, SamePath::UpdateInPlace);
        QVERIFY(plain.ok());
        const ArticleId id = plain->first().id;
        QCOMPARE(store.find(id)->paragraphKinds, a.paragraphKinds);
        QVERIFY(store.find(id)->figures.isEmpty());

        Figure figure;
        figure.beforeParagraph = 0;
        figure.sourceUrl = QStringLiteral("https://news.example/a.png");
        figure.alt = QStringLiteral("조감도");
        figure.mimeType = "image/png";
        figure.width = 640;
        figure.height = 360;
        figure.data = QByteArray("\x89PNG\r\n\x1a\n\0\0binary", 16);
        a.figures = {figure};
        const auto again = store.insertMany({a}, SamePath::UpdateInPlace);
        QVERIFY(again.ok());
        QVERIFY(again->first().duplicate);
        const Article found = *store.find(id);
        QCOMPARE(found.figures.size(), 1);
        QVERIFY(found.figures.first().data.isEmpty());
        Figure withoutBytes = figure;
        withoutBytes.data.clear();
        QCOMPARE(found.figures.first(), withoutBytes);
        QCOMPARE(store.figure(id, 0), std::optional<Figure>(figure));
        QVERIFY(!store.figure(id, 1));
        QVERIFY(!store.figure(id + 1, 0));

        // Saved again without images (they were out of reach): what the library has stays.
        a.figures.clear();
        QVERIFY(store.insertMany({a}, SamePath::UpdateInPlace).ok());
        QCOMPARE(store.find(id)->figures.size(), 1);

        // Edited at the source: text and kinds are the new page's; its images replace the
        // stored ones, and an edit that brings none (out of reach again) keeps them.
        a.paragraphs.append(QStringLiteral("새 문단"));
        a.paragraphKinds.append(ParagraphKind::ListItem);
        a.contentHash = a.computeContentHash();
        const auto edited = store.insertMany({a}, SamePath::UpdateInPlace);
        QVERIFY(edited.ok() && edited->first().updated);
        QCOMPARE(edited->first().id, id);
        QCOMPARE(store.find(id)->paragraphKinds, a.paragraphKinds);
        QCOMPARE(store.find(id)->figures.size(), 1);
        Figure other = figure;
        other.sourceUrl = QStringLiteral("https://news.example/b.png");
        other.beforeParagraph = 2;
        Figure unfetched; // never fetched: not stored
        unfetched.sourceUrl = QStringLiteral("https://news.example/c.png");
        a.figures = {unfetched, other};
        a.paragraphs.append(QStringLiteral("또 새 문단"));
        a.paragraphKinds.append(ParagraphKind::Paragraph);
        a.contentHash = a.computeContentHash();
        QVERIFY(store.insertMany({a}, SamePath::UpdateInPlace).ok());
        QCOMPARE(store.find(id)->figures.size(), 1);
        QCOMPARE(store.find(id)->figures.first().sourceUrl, other.sourceUrl);
        QCOMPARE(store.figure(id, 0)->data, other.data);

        // A file's plain paragraphs store no kinds at all.
        const Article file = sampleArticle(QStringLiteral("파일 기사"));
        const auto stored = store.insert(file);
        QVERIFY(stored.ok());
        QVERIFY(store.find(stored->id)->paragraphKinds.isEmpty());
        QCOMPARE(store.find(stored->id)->paragraphKind(1), ParagraphKind::Paragraph);
    }

    void duplicateIsReportedNotStoredTwice()
    {
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        ArticleStore store(*db.value());
        const Article a = sampleArticle(QStringLiteral("같은 기사"));
        auto first = store.insert(a);
        auto second = store.insert(a);
        QVERIFY(first.ok() && second.ok());
        QVERIFY(second->duplicate);
        QCOMPARE(second->id, first->id);
        QCOMPARE(store.count({}), 1);
    }

    void failedBatchWritesNothing()
    {
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        // A write that fails half-way through a batch, as a full disk would.
        QVERIFY(db.value()->exec(
                "CREATE TEMP TRIGGER boom BEFORE INSERT ON articles "
                "WHEN NEW.headline = 'boom' BEGIN SELECT RAISE(ABORT, 'disk full'); END"));
        ArticleStore store(*db.value());
        auto result = store.insertMany({sampleArticle(QStringLiteral("좋은 기사")),
                                        sampleArticle(QStringLiteral("boom"))});
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(QStringLiteral("disk full")), qPrintable(result.error()));
        QCOMPARE(store.count({}), 0);
    }

    void upgradeFromVersion1KeepsDataAndACopy()
    {
        {
            Database::Options v1;
            v1.migrateTo = 1;
            auto db = Database::open(m_path, v1);
            QVERIFY(db.ok());
            QCOMPARE(db.value()->schemaVersion(), 1);
        }
        rawExec(m_path,
                "INSERT INTO articles (content_hash, headline, body, imported_at, published)"
                " VALUES ('h1', '옛 기사', '본문', '2024-01-01T00:00:00Z', '2023-05-06'),"
                " ('h2', '날짜 없는 기사', '본문', '2024-01-02T00:00:00Z', '')");
        auto db = Database::open(m_path);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error()));
        QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
        ArticleStore store(*db.value());
        QCOMPARE(store.count({}), 2);
        const auto rows = store.page({}, 0, 10); // newest first by published, else import date
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).headline, QStringLiteral("날짜 없는 기사"));
        QCOMPARE(rows.at(0).published, QStringLiteral("2024-01-02T00:00:00Z"));
        QCOMPARE(rows.at(1).published, QStringLiteral("2023-05-06"));

        const QString copy = db.value()->backupPath();
        QVERIFY(QFile::exists(copy));
        Database::Options readOnly;
        readOnly.readOnly = true;
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open_v2(copy.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr),
                 SQLITE_OK);
        sqlite3_stmt *s = nullptr;
        QCOMPARE(sqlite3_prepare_v2(raw,
                                    "SELECT (SELECT user_version FROM pragma_user_version), "
                                    "count(*) FROM articles",
                                    -1, &s, nullptr),
                 SQLITE_OK);
        QCOMPARE(sqlite3_step(s), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(s, 0), 1);
        QCOMPARE(sqlite3_column_int(s, 1), 2);
        sqlite3_finalize(s);
        sqlite3_close(raw);
    }

    void newerLibraryIsRefusedUntouched()
    {
        {
            auto db = Database::open(m_path);
            QVERIFY(db.ok());
        }
        rawExec(m_path, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99");
        const QByteArray before = fileHash(m_path);
        auto db = Database::open(m_path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(QStringLiteral("newer version")), qPrintable(db.error()));
        QVERIFY(db.error().contains(QStringLiteral("lib.sqlite")));
        QCOMPARE(fileHash(m_path), before);
        QVERIFY(!QFile::exists(m_path + QStringLiteral("-wal"))
                || QFileInfo(m_path + QStringLiteral("-wal")).size() == 0);
    }

    void foreignFilesAreRefusedUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("sqlite");
        QTest::addColumn<QString>("reason");
        QTest::newRow("text file") << QByteArray("just some notes\n") << false
                                   << QStringLiteral("not a Newsmark library");
        QTest::newRow("other app's database")
                << QByteArray() << true << QStringLiteral("not a Newsmark library");
    }
    void foreignFilesAreRefusedUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, sqlite);
        QFETCH(QString, reason);
        if (sqlite) {
            rawExec(m_path, "CREATE TABLE recipes (name TEXT)");
        } else {
            QFile f(m_path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content.repeated(100));
        }
        const QByteArray before = fileHash(m_path);
        auto db = Database::open(m_path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(reason), qPrintable(db.error()));
        QCOMPARE(fileHash(m_path), before);
    }

    void pagingSortingAndFiltering()
    {
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        ArticleStore store(*db.value());
        QList<Article> batch;
        for (int i = 0; i < 600; ++i) {
            Article a = sampleArticle(
                    QStringLiteral("기사 %1 %2")
                            .arg(i, 3, 10, QLatin1Char('0'))
                            .arg(i % 3 == 0 ? QStringLiteral("파운드리")
                                            : QStringLiteral("배터리")),
                    QStringLiteral("2025-01-%1").arg(1 + i % 28, 2, 10, QLatin1Char('0')));
            a.outlet = i % 2 ? QStringLiteral("Bravo Daily") : QStringLiteral("alpha news");
            a.contentHash = a.computeContentHash();
            batch.append(a);
        }
        auto stored = store.insertMany(batch);
        QVERIFY(stored.ok());
        QCOMPARE(store.count({}), 600);

        ArticleQuery byHeadline {QString(), ArticleSortKey::Headline, false};
        const auto first = store.page(byHeadline, 0, 5);
        QCOMPARE(first.size(), 5);
        QCOMPARE(first.at(0).headline, QStringLiteral("기사 000 파운드리"));
        const auto last = store.page(byHeadline, 595, 10);
        QCOMPARE(last.size(), 5);
        QCOMPARE(last.at(4).headline, QStringLiteral("기사 599 배터리"));

        ArticleQuery byOutlet {QString(), ArticleSortKey::Outlet, false};
        QCOMPARE(store.page(byOutlet, 0, 1).at(0).outlet,
                 QStringLiteral("alpha news")); // case-insensitive

        ArticleQuery filtered {QStringLiteral("파운드리"), ArticleSortKey::Headline, false};
        QCOMPARE(store.count(filtered), 200);
        ArticleQuery twoWords {QStringLiteral("파운드리 bravo"), ArticleSortKey::Headline, false};
        QCOMPARE(store.count(twoWords), 100);
        ArticleQuery wildcard {QStringLiteral("100%"), ArticleSortKey::Headline, false};
        QCOMPARE(store.count(wildcard), 0); // % is a character, not a wildcard

        // rowOf agrees with page() in every order.
        for (const ArticleQuery &q : {byHeadline, byOutlet, ArticleQuery {}, filtered}) {
            const auto rows = store.page(q, 0, 600);
            for (int row : {0, 1, 57, int(rows.size()) - 1})
                QCOMPARE(store.rowOf(q, rows.at(row).id).value_or(-1), row);
        }
        QVERIFY(!store.rowOf(filtered,
                             store.page(ArticleQuery {QStringLiteral("배터리")}, 0, 1).at(0).id)
                         .has_value());
    }

    void readFlagPersists()
    {
        ArticleId id = 0;
        {
            auto db = Database::open(m_path);
            QVERIFY(db.ok());
            ArticleStore store(*db.value());
            id = store.insert(sampleArticle(QStringLiteral("읽은 기사"))).value().id;
            QVERIFY(store.markRead({id}).ok());
            QVERIFY(store.markStarred({id}).ok());
        }
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        ArticleStore store(*db.value());
        QVERIFY(store.find(id)->read);
        QVERIFY(store.find(id)->starred);
        QVERIFY(store.page({}, 0, 1).at(0).read);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
