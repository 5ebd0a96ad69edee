#include "import/article_parser.h"
#include "import/import_service.h"
#include "import/text_decoder.h"
#include "storage/article_store.h"
#include "storage/database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <unistd.h>

using namespace newsmark;

namespace {

QString dataDir()
{
    return QStringLiteral(NEWSMARK_TEST_DATA "/import");
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", qPrintable(path));
    return f.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// An article in the seed's layout, written for these tests; `n` makes each one different.
QString koreanArticle(int n)
{
    return QStringLiteral("반도체\n%1번째 HBM 공장 착공…투자 %2조원\n수요 확대에 생산능력 두 배로\n"
                          "[누리경제 = 김하늘 기자] 한 반도체 기업이 경기 용인시에서 %1번째 공장을 "
                          "착공했다고 밝혔다. 투자 규모는 %2조원이다.\n"
                          "회사 관계자는 \"AI 메모리 수요가 빠르게 늘고 있다\"고 말했다.\n"
                          "김하늘 기자 sky@nuri.example\n- ⓒ누리경제(www.nuri.example).\n"
                          "무단전재&재배포 금지 -\n댓글\n[ 300자 이내 / 현재: 0자 ]\n"
                          "현재 총 0개의 댓글이 있습니다.\n")
            .arg(n)
            .arg(n % 50 + 1);
}

struct Library
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<ArticleStore> store;

    explicit Library(bool readOnly = false)
    {
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        if (readOnly) // create it through the migrations first, then reopen it read-only
            (void)Database::open(path);
        auto opened = Database::open(path, Database::Options {readOnly, std::nullopt});
        if (!opened)
            qFatal("cannot open library: %s", qPrintable(opened.error()));
        db = std::move(opened).value();
        store = std::make_unique<ArticleStore>(*db);
    }
    int count() { return store->count(ArticleQuery {}); }
};

QStringList pathsOf(const QList<ImportIssue> &issues)
{
    QStringList out;
    for (const ImportIssue &i : issues)
        out << QFileInfo(i.path).fileName();
    return out;
}

} // namespace

class ImportTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parse_data();
    void parse();
    void parseErrors_data();
    void parseErrors();
    void dateLines_data();
    void dateLines();
    void decode_data();
    void decode();
    void decodeErrors_data();
    void decodeErrors();
    void readFileErrors();
    void readUnreadableFile();
    void expandFolders();
    void symlinkLoop();
    void importWithBadFiles();
    void duplicatesAreSkipped();
    void failedBatchStoresNothing();
    void cancel();
    void manyArticlesInBatches();
    void samplesParse();
    void seedArticle();
};

void ImportTest::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QStringList>("subheadlines");
    QTest::addColumn<int>("paragraphs");
    QTest::addColumn<QString>("firstParagraphStart");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QString>("reporter");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("published");
    QTest::addColumn<QString>("language");

    const QString head =
            QStringLiteral("반도체\n삼성전자, 평택에 5조원 투자\n파운드리 2나노 라인 증설\n");
    const QString body = QStringLiteral("삼성전자가 평택캠퍼스에 5조원을 투자한다고 3일 밝혔다.\n"
                                        "회사는 2026년 가동을 목표로 하고 있다.\n");
    const QString foot =
            QStringLiteral("이서윤 기자 syoon@daon.example\n- "
                           "ⓒ다온테크(www.daon.example).\n무단전재&재배포 금지 -\n"
                           "댓글\n[ 300자 이내 / 현재: 0자 ]\n현재 총 0개의 댓글이 있습니다.\n");
    const QString hl = QStringLiteral("삼성전자, 평택에 5조원 투자");
    const QStringList subs = {QStringLiteral("파운드리 2나노 라인 증설")};
    const QString p0 = QStringLiteral("삼성전자가 평택캠퍼스에");
    const QString cat = QStringLiteral("반도체");
    const QString outlet = QStringLiteral("다온테크");
    const QString rep = QStringLiteral("이서윤");
    const QString mail = QStringLiteral("syoon@daon.example");
    const QString ko = QStringLiteral("ko");
    const QString en = QStringLiteral("en");

    QTest::newRow("korean seed layout")
            << QString(head + QStringLiteral("[다온테크 = 이서윤 기자] ") + body + foot) << hl
            << subs << 2 << p0 << cat << outlet << rep << mail << QString() << ko;
    QTest::newRow("korean byline without spaces")
            << QString(head + QStringLiteral("[다온테크=이서윤 기자]") + body + foot) << hl << subs
            << 2 << p0 << cat << outlet << rep << mail << QString() << ko;
    QTest::newRow("korean wire byline")
            << QString(head + QStringLiteral("(서울=다온테크) 이서윤 기자 = ") + body + foot) << hl
            << subs << 2 << p0 << cat << outlet << rep << mail << QString() << ko;
    QTest::newRow("korean bracketed place byline")
            << QString(head + QStringLiteral("[서울=다온테크]이서윤 기자 = ") + body + foot) << hl
            << subs << 2 << p0 << cat << outlet << rep << mail << QString() << ko;
    QTest::newRow("korean byline on its own line")
            << QString(head + QStringLiteral("[다온테크 = 이서윤 기자]\n") + body + foot) << hl
            << subs << 2 << p0 << cat << outlet << rep << mail << QString() << ko;
    QTest::newRow("korean missing byline") << QString(head + body + foot) << hl << subs << 2 << p0
                                           << cat << QString() << rep << mail << QString() << ko;
    QTest::newRow("korean no category, no footer")
            << QString(head.mid(4) + QStringLiteral("[다온테크 = 이서윤 기자] ") + body) << hl
            << subs << 2 << p0 << QString() << outlet << rep << QString() << QString() << ko;
    QTest::newRow("korean blank lines and stray whitespace") << QStringLiteral(
            "\n\n  반도체  \n\n삼성전자, 평택에 5조원 투자\t\n\n 파운드리 2나노 라인 "
            "증설\n\n[다온테크 = 이서윤 기자] 삼성전자가 평택캠퍼스에 5조원을 투자한다고 "
            "3일 밝혔다.\n\n   회사는 2026년 가동을 목표로 하고 있다.   \n\n\n")
                                                             << hl << subs << 2 << p0 << cat
                                                             << outlet << rep << QString()
                                                             << QString() << ko;
    QTest::newRow("korean date line in header")
            << QString(head + QStringLiteral("입력 2025.02.04 10:31\n[다온테크 = 이서윤 기자] ")
                       + body + foot)
            << hl << subs << 2 << p0 << cat << outlet << rep << mail
            << QStringLiteral("2025-02-04T10:31:00") << ko;
    QTest::newRow("korean date line after byline") << QString(
            head + QStringLiteral("[다온테크 = 이서윤 기자]\n기사입력 2025-02-04\n") + body + foot)
                                                   << hl << subs << 2 << p0 << cat << outlet << rep
                                                   << mail << QStringLiteral("2025-02-04") << ko;

    const QString ehl = QStringLiteral("Samsung to invest $2.5 billion in Texas plant");
    const QString ebody = QStringLiteral(
            "Samsung Electronics will spend $2.5 billion on a packaging plant in Taylor.\n\n"
            "Shares rose 12% in Seoul after the announcement.\n");
    const QString ep0 = QStringLiteral("Samsung Electronics will");
    QTest::newRow("english byline and date")
            << QString(ehl + QStringLiteral("\nBy Jane Park\nMarch 3, 2025\n\n") + ebody) << ehl
            << QStringList() << 2 << ep0 << QString() << QString() << QStringLiteral("Jane Park")
            << QString() << QStringLiteral("2025-03-03") << en;
    QTest::newRow("english byline with outlet after a bar")
            << QString(ehl + QStringLiteral("\nBy Jane Park | Harbor Street Tech\n2025-03-03\n\n")
                       + ebody + QStringLiteral("\n© 2025 Harbor Street Tech\n"))
            << ehl << QStringList() << 2 << ep0 << QString() << QStringLiteral("Harbor Street Tech")
            << QStringLiteral("Jane Park") << QString() << QStringLiteral("2025-03-03") << en;
    QTest::newRow("english byline with outlet and date after commas")
            << QString(ehl + QStringLiteral("\nBy Jane Park, Pacific Ledger, March 3, 2025\n")
                       + ebody)
            << ehl << QStringList() << 2 << ep0 << QString() << QStringLiteral("Pacific Ledger")
            << QStringLiteral("Jane Park") << QString() << QStringLiteral("2025-03-03") << en;
    QTest::newRow("english published label, no byline")
            << QString(ehl + QStringLiteral("\nPublished 3 March 2025\n\n") + ebody) << ehl
            << QStringList() << 2 << ep0 << QString() << QString() << QString() << QString()
            << QStringLiteral("2025-03-03") << en;
    QTest::newRow("english one paragraph per line, no byline, no date")
            << QString(ehl + u'\n'
                       + QString(ebody).replace(QStringLiteral("\n\n"), QStringLiteral("\n")))
            << ehl << QStringList() << 2 << ep0 << QString() << QString() << QString() << QString()
            << QString() << en;
    QTest::newRow("english wrapped lines joined")
            << QString(ehl
                       + QStringLiteral("\n\nSamsung Electronics will spend $2.5 billion\non a "
                                        "packaging plant in Taylor.\n\nShares rose 12%.\n"))
            << ehl << QStringList() << 2
            << QStringLiteral("Samsung Electronics will spend $2.5 billion on a packaging")
            << QString() << QString() << QString() << QString() << QString() << en;
    QTest::newRow("english standfirst and category")
            << QString(QStringLiteral("Technology\n") + ehl
                       + QStringLiteral("\nThe chipmaker bets on AI memory\nBy Jane Park\n\n")
                       + ebody)
            << ehl << QStringList {QStringLiteral("The chipmaker bets on AI memory")} << 2 << ep0
            << QStringLiteral("Technology") << QString() << QStringLiteral("Jane Park") << QString()
            << QString() << en;
}

void ImportTest::parse()
{
    QFETCH(QString, text);
    auto article = parseArticleText(text);
    QVERIFY2(article.ok(), article.ok() ? "" : qPrintable(article.error()));
    const Article &a = *article;
    QTEST(a.headline, "headline");
    QTEST(a.subheadlines, "subheadlines");
    QTEST(int(a.paragraphs.size()), "paragraphs");
    QFETCH(QString, firstParagraphStart);
    QVERIFY2(a.paragraphs.first().startsWith(firstParagraphStart),
             qPrintable(a.paragraphs.first()));
    QTEST(a.category, "category");
    QTEST(a.outlet, "outlet");
    QTEST(a.reporter, "reporter");
    QTEST(a.email, "email");
    QTEST(a.published, "published");
    QTEST(a.language, "language");
    QCOMPARE(a.contentHash, a.computeContentHash());
    QVERIFY(!a.contentHash.isEmpty());
    for (const QString &p : a.paragraphs) {
        QVERIFY2(!p.contains(QStringLiteral("댓글")) && !p.contains(u'ⓒ') && !p.contains(u'©')
                         && !p.contains(QStringLiteral("무단전재")) && !p.contains(u'@')
                         && !p.startsWith(u'['),
                 qPrintable(p));
    }
}

void ImportTest::parseErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << QString() << QStringLiteral("the file is empty");
    QTest::newRow("whitespace only")
            << QStringLiteral("  \n\t\n \u3000\n") << QStringLiteral("the file is empty");
    QTest::newRow("boilerplate only")
            << QStringLiteral("- ⓒ누리경제(www.nuri.example).\n무단전재&재배포 금지 -\n")
            << QStringLiteral("no headline: the text holds only copyright, date or comment lines");
    QTest::newRow("byline first") << QStringLiteral("[누리경제 = 김하늘 기자] 본문이 시작된다.\n")
                                  << QStringLiteral("no headline: the text opens with the byline");
    QTest::newRow("paragraph first")
            << QString(QString(400, u'가') + QStringLiteral("다.\n둘째 줄이다.\n"))
            << QStringLiteral("no headline: the first line is a paragraph of 402 characters");
}

void ImportTest::parseErrors()
{
    QFETCH(QString, text);
    auto article = parseArticleText(text);
    QVERIFY(!article.ok());
    QTEST(article.error(), "error");
}

void ImportTest::dateLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("iso");
    auto row = [](const char *line, const char *iso) {
        QTest::newRow(line) << QString::fromUtf8(line) << QString::fromUtf8(iso);
    };
    row("입력 2025.02.04 10:31", "2025-02-04T10:31:00");
    row("기사입력 2025-02-04 오후 3:05", "2025-02-04T15:05:00");
    row("2025.02.04 10:31", "2025-02-04T10:31:00");
    row("2025-02-04", "2025-02-04");
    row("2025년 2월 4일(화)", "2025-02-04");
    row("입력 2025.02.04 10:31 | 수정 2025.02.04 11:00", "2025-02-04T10:31:00");
    row("2025-02-04T10:31:00+09:00", "2025-02-04T10:31:00+09:00");
    row("March 3, 2025", "2025-03-03");
    row("Monday, March 3, 2025 10:30 a.m.", "2025-03-03T10:30:00");
    row("Published 3 March 2025", "2025-03-03");
    row("Updated: Mar. 3, 2025 at 4:15 PM UTC", "2025-03-03T16:15:00Z");
    row("2025.02.30", "");
    row("2025년 2월 4일 삼성전자가 실적을 발표했다.", "");
    row("March 3, 2025 was a busy day for chipmakers", "");
    row("올해 매출 2025억원", "");
}

void ImportTest::dateLines()
{
    QFETCH(QString, line);
    QFETCH(QString, iso);
    QCOMPARE(publishedFromDateLine(line).value_or(QString()), iso);
}

void ImportTest::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    const QByteArray utf8 = readAll(dataDir() + QStringLiteral("/korean-utf8.txt"));
    const QString text = QString::fromUtf8(utf8);
    auto encode = [&](QStringConverter::Encoding e, const QString &s) {
        QStringEncoder enc(e, QStringConverter::Flag::WriteBom);
        return QByteArray(enc.encode(s));
    };
    QTest::newRow("UTF-8") << utf8 << text;
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF" + utf8) << text;
    QTest::newRow("UTF-16LE with BOM") << encode(QStringConverter::Utf16LE, text) << text;
    QTest::newRow("UTF-16BE with BOM") << encode(QStringConverter::Utf16BE, text) << text;
    QTest::newRow("CP949") << readAll(dataDir() + QStringLiteral("/korean-cp949.txt")) << text;
    QTest::newRow("CRLF") << QByteArray(utf8).replace("\n", "\r\n") << text;
    QTest::newRow("CR") << QByteArray(utf8).replace("\n", "\r") << text;
    // 한 as the jamo sequence ᄒ ᅡ ᆫ, and é as e + combining acute
    QTest::newRow("NFD to NFC") << QByteArray(
            "\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB caf\x65\xCC\x81")
                                << QStringLiteral("한 café");
}

void ImportTest::decode()
{
    QFETCH(QByteArray, bytes);
    auto text = decodeArticleBytes(bytes);
    QVERIFY2(text.ok(), text.ok() ? "" : qPrintable(text.error()));
    QTEST(*text, "expected");
}

void ImportTest::decodeErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    const QString binary = QStringLiteral("looks like a binary file");
    const QString undecodable = QStringLiteral("not valid UTF-8, UTF-16 or CP949 text");
    static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
    QTest::newRow("NUL bytes") << QByteArray(png, sizeof png - 1) << binary;
    QByteArray controls;
    for (int i = 0; i < 200; ++i)
        controls += (i % 3 == 0) ? '\x01' : 'a';
    QTest::newRow("control characters") << controls << binary;
    QTest::newRow("neither UTF-8 nor CP949")
            << QByteArray("caf\xe9 \xff\xfe\xfd text") << undecodable;
    QTest::newRow("truncated CP949") << QByteArray("\xc7\xd1\xb1") << undecodable;
    QTest::newRow("odd-sized UTF-16") << QByteArray("\xFF\xFE\x41\x00\x42") << undecodable;
    QTest::newRow("UTF-16 lone surrogate")
            << QByteArray("\xFF\xFE\x00\xD8\x41\x00", 6) << undecodable;
}

void ImportTest::decodeErrors()
{
    QFETCH(QByteArray, bytes);
    auto text = decodeArticleBytes(bytes);
    QVERIFY(!text.ok());
    QTEST(text.error(), "error");
}

void ImportTest::readFileErrors()
{
    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("big.txt"));
    {
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(ImportService::kMaxFileSize + 1)); // sparse: no 20 MB written to disk
    }
    auto r = ImportService::readArticleFile(big);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().startsWith(QStringLiteral("larger than 20 MB")), qPrintable(r.error()));

    r = ImportService::readArticleFile(dir.filePath(QStringLiteral("missing.txt")));
    QCOMPARE(r.ok() ? QString() : r.error(), QStringLiteral("no such file"));

    const QString good = dir.filePath(QStringLiteral("sub/good.txt"));
    QVERIFY(writeFile(good, koreanArticle(1).toUtf8()));
    r = ImportService::readArticleFile(good);
    QVERIFY(r.ok());
    QCOMPARE(r->sourcePath, QFileInfo(good).absoluteFilePath());
}

void ImportTest::readUnreadableFile()
{
    if (::geteuid() == 0)
        QSKIP("running as root: permission bits do not stop root from reading");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.txt"));
    QVERIFY(writeFile(path, koreanArticle(1).toUtf8()));
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    auto r = ImportService::readArticleFile(path);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().startsWith(QStringLiteral("cannot be read")), qPrintable(r.error()));
}

void ImportTest::expandFolders()
{
    QTemporaryDir dir;
    const QString root = dir.path();
    for (const char *name : {"b.txt", "a.TXT", "notes.md", "sub/c.txt", "sub/deeper/d.txt",
                             "sub/image.png", ".hidden/e.txt"})
        QVERIFY(writeFile(root + u'/' + QString::fromLatin1(name), "x"));
    const QString explicitFile = root + QStringLiteral("/notes.md");
    QVERIFY(QFile::link(root + QStringLiteral("/nowhere.txt"), root + QStringLiteral("/dead.txt")));

    QList<ImportIssue> failures;
    const QStringList files =
            ImportService::expandPaths({root, explicitFile, root + QStringLiteral("/sub/c.txt"),
                                        root + QStringLiteral("/nope")},
                                       &failures);
    QStringList relative;
    for (const QString &f : files)
        relative << QDir(root).relativeFilePath(f);
    // c.txt named again is the same file: read once.
    QCOMPARE(relative,
             (QStringList {QStringLiteral("a.TXT"), QStringLiteral("b.txt"),
                           QStringLiteral("sub/c.txt"), QStringLiteral("sub/deeper/d.txt"),
                           QStringLiteral("notes.md")}));
    QCOMPARE(pathsOf(failures), (QStringList {QStringLiteral("dead.txt"), QStringLiteral("nope")}));
    QCOMPARE(failures[0].reason, QStringLiteral("a broken link (its target is missing)"));
    QCOMPARE(failures[1].reason, QStringLiteral("no such file or folder"));
}

void ImportTest::symlinkLoop()
{
    QTemporaryDir dir;
    const QString root = dir.path();
    QVERIFY(writeFile(root + QStringLiteral("/a/one.txt"), "x"));
    QVERIFY(QFile::link(root + QStringLiteral("/a"), root + QStringLiteral("/a/back")));
    QVERIFY(writeFile(root + QStringLiteral("/other/two.txt"), "x"));
    // A second way into a folder that is not a loop: its files come once, without a failure.
    QVERIFY(QFile::link(root + QStringLiteral("/other"), root + QStringLiteral("/a/again")));

    QList<ImportIssue> failures;
    const QStringList files = ImportService::expandPaths({root}, &failures);
    QCOMPARE(files.size(), 2);
    QCOMPARE(failures.size(), 1);
    QCOMPARE(QFileInfo(failures[0].path).fileName(), QStringLiteral("back"));
    QVERIFY2(failures[0].reason.startsWith(QStringLiteral("a folder link that loops back")),
             qPrintable(failures[0].reason));
}

void ImportTest::importWithBadFiles()
{
    Library lib;
    QTemporaryDir dir;
    const QString root = dir.path();
    QVERIFY(writeFile(root + QStringLiteral("/01-good.txt"), koreanArticle(1).toUtf8()));
    QVERIFY(writeFile(root + QStringLiteral("/02-empty.txt"), QByteArray()));
    QVERIFY(writeFile(root + QStringLiteral("/03-binary.txt"),
                      QByteArray("\x7f"
                                 "ELF\x02\x01\0\0",
                                 8)));
    QVERIFY(writeFile(root + QStringLiteral("/04-cp949.txt"),
                      readAll(dataDir() + QStringLiteral("/korean-cp949.txt"))));
    QVERIFY(writeFile(root + QStringLiteral("/05-garbage.txt"), QByteArray("\xff\xfd\xfc\x80")));
    QVERIFY(writeFile(root + QStringLiteral("/sub/06-good.txt"), koreanArticle(6).toUtf8()));

    ImportService service(*lib.store);
    QList<std::pair<qsizetype, qsizetype>> calls;
    const ImportReport report = service.importPaths({root}, [&](qsizetype done, qsizetype total) {
        calls.append({done, total});
        return true;
    });
    QCOMPARE(report.imported.size(), 3);
    QCOMPARE(lib.count(), 3);
    QVERIFY(report.duplicates.isEmpty());
    QVERIFY(!report.cancelled);
    QCOMPARE(pathsOf(report.failures),
             (QStringList {QStringLiteral("02-empty.txt"), QStringLiteral("03-binary.txt"),
                           QStringLiteral("05-garbage.txt")}));
    QCOMPARE(report.failures[0].reason, QStringLiteral("the file is empty"));
    QCOMPARE(report.failures[1].reason, QStringLiteral("looks like a binary file"));
    QCOMPARE(report.failures[2].reason, QStringLiteral("not valid UTF-8, UTF-16 or CP949 text"));
    QCOMPARE(calls.size(), 7);
    QCOMPARE(calls.first(), (std::pair<qsizetype, qsizetype>(0, 6)));
    QCOMPARE(calls.last(), (std::pair<qsizetype, qsizetype>(6, 6)));

    const auto stored = lib.store->find(report.imported[1]);
    QVERIFY(stored.has_value());
    QVERIFY(stored->headline.contains(QStringLiteral("똠얌꿍")));
    QCOMPARE(stored->outlet, QStringLiteral("가온경제"));
}

void ImportTest::duplicatesAreSkipped()
{
    Library lib;
    QTemporaryDir dir;
    const QString root = dir.path();
    QVERIFY(writeFile(root + QStringLiteral("/a.txt"), koreanArticle(1).toUtf8()));
    QVERIFY(writeFile(root + QStringLiteral("/b.txt"), koreanArticle(2).toUtf8()));
    // The same text in another encoding is the same article.
    QStringEncoder toUtf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    QVERIFY(writeFile(root + QStringLiteral("/c-copy-of-a.txt"), toUtf16.encode(koreanArticle(1))));

    ImportService service(*lib.store);
    ImportReport first = service.importPaths({root});
    QCOMPARE(first.imported.size(), 2);
    QCOMPARE(pathsOf(first.duplicates), QStringList {QStringLiteral("c-copy-of-a.txt")});
    QVERIFY2(first.duplicates[0].reason.startsWith(QStringLiteral("already in the library")),
             qPrintable(first.duplicates[0].reason));
    QVERIFY(first.duplicates[0].reason.contains(QStringLiteral("a.txt")));

    ImportReport second = service.importPaths({root});
    QVERIFY(second.imported.isEmpty());
    QVERIFY(second.failures.isEmpty());
    QCOMPARE(second.duplicates.size(), 3);
    QStringList names = pathsOf(second.duplicates);
    names.sort();
    QCOMPARE(names,
             (QStringList {QStringLiteral("a.txt"), QStringLiteral("b.txt"),
                           QStringLiteral("c-copy-of-a.txt")}));
    for (const ImportIssue &issue : second.duplicates)
        QVERIFY(issue.reason.startsWith(QStringLiteral("already in the library")));
    QCOMPARE(lib.count(), 2);
}

void ImportTest::failedBatchStoresNothing()
{
    Library lib(/*readOnly=*/true);
    QTemporaryDir dir;
    for (int i = 0; i < 3; ++i)
        QVERIFY(writeFile(dir.filePath(QStringLiteral("%1.txt").arg(i)),
                          koreanArticle(i).toUtf8()));
    ImportService service(*lib.store);
    const ImportReport report = service.importPaths({dir.path()});
    QVERIFY(report.imported.isEmpty());
    QCOMPARE(report.failures.size(), 3);
    for (const ImportIssue &issue : report.failures)
        QVERIFY2(issue.reason.startsWith(QStringLiteral("could not be stored: ")),
                 qPrintable(issue.reason));
    QCOMPARE(lib.count(), 0);
}

void ImportTest::cancel()
{
    Library lib;
    QTemporaryDir dir;
    for (int i = 0; i < 10; ++i)
        QVERIFY(writeFile(dir.filePath(QStringLiteral("%1.txt").arg(i)),
                          koreanArticle(i).toUtf8()));
    ImportService service(*lib.store);
    const ImportReport report =
            service.importPaths({dir.path()}, [](qsizetype done, qsizetype) { return done < 4; });
    QVERIFY(report.cancelled);
    QCOMPARE(report.imported.size(), 4);
    QCOMPARE(lib.count(), 4); // what was read before the cancel is stored, nothing after it
}

void ImportTest::manyArticlesInBatches()
{
    Library lib;
    QTemporaryDir dir;
    constexpr int n = 1000; // several batches, the last one partial
    for (int i = 0; i < n; ++i) {
        QVERIFY(writeFile(dir.filePath(QStringLiteral("%1/%2.txt").arg(i / 100).arg(i)),
                          koreanArticle(i).toUtf8()));
    }
    ImportService service(*lib.store);
    QElapsedTimer timer;
    timer.start();
    const ImportReport report = service.importPaths({dir.path()});
    const qint64 ms = qMax<qint64>(1, timer.elapsed());
    QCOMPARE(report.imported.size(), n);
    QVERIFY(report.failures.isEmpty());
    QCOMPARE(lib.count(), n);
    qInfo("imported %d articles in %lld ms: %lld articles/s", n, ms, n * 1000LL / ms);
}

void ImportTest::samplesParse()
{
    const QDir samples(QStringLiteral(NEWSMARK_SOURCE_DIR "/resources/samples"));
    const QStringList names = samples.entryList({QStringLiteral("*.txt")}, QDir::Files);
    QVERIFY(names.size() >= 5);
    int korean = 0;
    for (const QString &name : names) {
        auto a = ImportService::readArticleFile(samples.filePath(name));
        QVERIFY2(a.ok(), qPrintable(name + u": " + (a.ok() ? QString() : a.error())));
        QVERIFY2(!a->outlet.isEmpty() && !a->reporter.isEmpty() && !a->copyright.isEmpty(),
                 qPrintable(name));
        QVERIFY2(a->paragraphs.size() >= 4, qPrintable(name));
        QCOMPARE(a->language, name.left(2));
        if (a->language == u"ko") {
            ++korean;
            QVERIFY2(a->email.endsWith(QStringLiteral(".example")), qPrintable(name));
            QVERIFY2(!a->subheadlines.isEmpty() && !a->category.isEmpty(), qPrintable(name));
        } else {
            QVERIFY2(!a->published.isEmpty(), qPrintable(name));
        }
    }
    QVERIFY(korean >= 3);
}

void ImportTest::seedArticle()
{
    const QString path = QStringLiteral(NEWSMARK_SHARED_DIR "/seed/000_370fe3b5e7a16ed7.txt");
    if (!QFileInfo::exists(path))
        QSKIP("the shared seed article is not available here");
    auto a = ImportService::readArticleFile(path);
    QVERIFY2(a.ok(), a.ok() ? "" : qPrintable(a.error()));
    // The seed is copyrighted: its text is compared with the file itself, never quoted here.
    const QStringList lines = QString::fromUtf8(readAll(path)).split(u'\n');
    QCOMPARE(a->language, QStringLiteral("ko"));
    QCOMPARE(a->category, lines[0]);
    QCOMPARE(a->headline, lines[1]);
    QCOMPARE(a->subheadlines, lines.mid(2, 4));
    QCOMPARE(a->outlet, QStringLiteral("마이데일리"));
    QCOMPARE(a->reporter, QStringLiteral("황효원"));
    QCOMPARE(a->email, QStringLiteral("woniii@mydaily.co.kr"));
    QVERIFY(a->copyright.startsWith(u'ⓒ'));
    QVERIFY(a->copyright.contains(QStringLiteral("무단전재")));
    QCOMPARE(a->paragraphs.size(), 12);
    QVERIFY(lines[6].endsWith(a->paragraphs.first()));
    QVERIFY(lines[6].startsWith(u'['));
    QCOMPARE(a->paragraphs.last(), lines[17]);
    for (const QString &p : std::as_const(a->paragraphs)) {
        QVERIFY2(!p.contains(QStringLiteral("댓글")) && !p.contains(u'ⓒ')
                         && !p.contains(QStringLiteral("무단전재")) && !p.contains(u'@')
                         && !p.contains(QStringLiteral("기자]")),
                 qPrintable(p));
    }
}

QTEST_GUILESS_MAIN(ImportTest)
#include "tst_import.moc"
