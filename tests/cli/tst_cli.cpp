// newsmark-cli end to end: the built executable, run through QProcess on temporary libraries.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QByteArray rawOut;
};

// Articles written for these tests, one per layout the importer knows.
const QString koreanHeadline = u"누리반도체, 평택에 HBM 전용 라인 증설"_s;
const QString koreanArticle = u"반도체\n"_s % koreanHeadline
        % u"\n"
          u"투자 규모 3조2000억원\n"
          u"[누리경제 = 김하늘 기자] 누리반도체가 경기 평택시에 고대역폭메모리(HBM) 전용 라인을 "
          u"증설한다고 4일 밝혔다. 투자 규모는 3조2000억원이다.\n"
          u"회사 관계자는 \"생산능력을 40% 늘릴 계획\"이라고 말했다.\n"
          u"김하늘 기자 sky@nuri.example\n"
          u"- ⓒ누리경제(www.nuri.example).\n"
          u"무단전재&재배포 금지 -\n"
          u"댓글\n"
          u"[ 300자 이내 / 현재: 0자 ]\n"
          u"현재 총 0개의 댓글이 있습니다.\n"_s;
// Markup in the headline: the HTML page must show it as text.
const QString englishHeadline = u"Chips & <Memory> prices climb for a third month"_s;
const QString englishArticle = englishHeadline
        % u"\n"
          u"By Mina Park | Tidewater Ledger\n"
          u"March 5, 2025\n"
          u"\n"
          u"Contract prices for server memory rose 8% in February, the third monthly gain in a "
          u"row, "
          u"as cloud operators stocked up on parts for AI servers.\n"
          u"\n"
          u"Suppliers expect the market to reach $40 billion this year.\n"_s;
const QString secondEnglishHeadline = u"Port operator orders twelve electric cranes"_s;
const QString secondEnglishArticle = secondEnglishHeadline
        % u"\n"
          u"By Owen Hale | Tidewater Ledger\n"
          u"March 6, 2025\n"
          u"\n"
          u"The operator of the city's container port has ordered twelve electric cranes for "
          u"$310 million, it said on Thursday.\n"
          u"\n"
          u"Deliveries begin next year.\n"_s;

void writeFile(const QString &path, const QString &text)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    const QByteArray bytes = text.toUtf8();
    QCOMPARE(file.write(bytes), qint64(bytes.size()));
}

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    (void)decoder.decode(bytes);
    return !decoder.hasError();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void importReportsDuplicatesAndFailures();
    void importWithoutFailuresExitsZero();
    void listJsonHasTheSummaryFields();
    void listTableHasAHeaderAndARow();
    void libraryOptionMayPrecedeTheCommand();
    void withoutLibraryTheWindowsLibraryIsUsed();
    void showJsonHasEveryStoredField();
    void showHtmlEscapesAndHasNoScript();
    void showTextIsUtf8WhateverTheLocale();
    void showUnknownIdFails();
    void analyzeJsonCountsCodePoints_data();
    void analyzeJsonCountsCodePoints();
    void analyzeReadsAFile();
    void analyzeJsonListsRatesAndDisagreements();
    void analyzeJsonLines();
    void analyzeJsonLinesNamesTheMalformedLine();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void helpOnEveryCommand_data();
    void helpOnEveryCommand();

private:
    Run run(const QStringList &arguments, const QByteArray &input = {},
            const QProcessEnvironment &environment = {});
    // Runs a library command against this test's library.
    Run runOnLibrary(const QString &command, const QStringList &arguments = {},
                     const QProcessEnvironment &environment = {});
    QJsonArray listJson();
    qint64 idOf(const QString &headline);
    void importGoodFiles();

    QTemporaryDir m_dir;
    QString m_articles; // a folder of fixtures: good ones, a copy and an empty file
    QString m_library;
    int m_libraryCount = 0;
};

void TestCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo(QStringLiteral(NEWSMARK_CLI)).isExecutable(), NEWSMARK_CLI);
    QVERIFY(m_dir.isValid());
    m_articles = m_dir.filePath(u"articles"_s);
    // Folders are imported in sorted order, so the copy (c-) is the one reported as a duplicate.
    writeFile(m_articles + u"/a-korean.txt", koreanArticle);
    writeFile(m_articles + u"/b-english.txt", englishArticle);
    writeFile(m_articles + u"/c-korean-again.txt", koreanArticle);
    writeFile(m_articles + u"/d-empty.txt", QString());
    writeFile(m_articles + u"/more/e-english.txt", secondEnglishArticle);
}

void TestCli::init()
{
    m_library = m_dir.filePath(u"library-%1.sqlite"_s.arg(++m_libraryCount));
}

Run TestCli::run(const QStringList &arguments, const QByteArray &input,
                 const QProcessEnvironment &environment)
{
    QProcess process;
    QProcessEnvironment env =
            environment.isEmpty() ? QProcessEnvironment::systemEnvironment() : environment;
    // Whatever a command does by default, it must not touch the real user's files.
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"xdg-data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"xdg-config"_s));
    env.remove(u"QT_LOGGING_RULES"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(NEWSMARK_CLI), arguments);
    if (!process.waitForStarted())
        qFatal("cannot start %s", NEWSMARK_CLI);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        qFatal("newsmark-cli %s did not finish", qPrintable(arguments.join(u' ')));
    Run result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.rawOut = process.readAllStandardOutput();
    result.out = QString::fromUtf8(result.rawOut);
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

Run TestCli::runOnLibrary(const QString &command, const QStringList &arguments,
                          const QProcessEnvironment &environment)
{
    return run(QStringList {command, u"--library"_s, m_library} + arguments, {}, environment);
}

void TestCli::importGoodFiles()
{
    const Run r = runOnLibrary(
            u"import"_s,
            {m_articles + u"/a-korean.txt", m_articles + u"/b-english.txt", m_articles + u"/more"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

QJsonArray TestCli::listJson()
{
    const Run r = runOnLibrary(u"list"_s, {u"--json"_s});
    if (r.exitCode != 0)
        qWarning("list failed: %s", qPrintable(r.err));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(r.rawOut, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        qWarning("list --json printed no JSON array: %s", qPrintable(error.errorString()));
    return document.array();
}

qint64 TestCli::idOf(const QString &headline)
{
    for (const QJsonValue &row : listJson()) {
        if (row[u"headline"].toString() == headline)
            return row[u"id"].toInteger();
    }
    return 0;
}

void TestCli::importReportsDuplicatesAndFailures()
{
    const Run r = runOnLibrary(u"import"_s, {m_articles});
    QCOMPARE(r.exitCode, 1);

    // The failure goes to stderr, prefixed and naming the file.
    const QStringList errLines = r.err.split(u'\n', Qt::SkipEmptyParts);
    QStringList emptyFileLines;
    for (const QString &line : errLines) {
        if (line.contains(u"d-empty.txt"))
            emptyFileLines << line;
    }
    QCOMPARE(emptyFileLines.size(), 1);
    QVERIFY(emptyFileLines.constFirst().startsWith(u"newsmark-cli: "));
    QVERIFY(!r.out.contains(u"d-empty.txt"));

    // The duplicate is named on stdout with a reason; the good files are not reported as issues.
    QVERIFY2(r.out.contains(QRegularExpression(u"duplicate.*c-korean-again\\.txt: \\S"_s)),
             qPrintable(r.out));
    // (The duplicate's reason may name the file it repeats, but no line is about a good file.)
    QVERIFY(!r.out.contains(QRegularExpression(u"duplicate \\S*a-korean\\.txt:"_s)));
    QVERIFY(!r.err.contains(u"a-korean.txt"));
    QVERIFY2(r.out.contains(u"Imported 3 articles"), qPrintable(r.out));
    QVERIFY(r.out.contains(u"1 duplicate"));
    QVERIFY(r.out.contains(u"1 file failed"));

    // The three good articles (one from the subfolder) are in the library.
    QVERIFY(idOf(koreanHeadline) > 0);
    QVERIFY(idOf(englishHeadline) > 0);
    QVERIFY(idOf(secondEnglishHeadline) > 0);
}

void TestCli::importWithoutFailuresExitsZero()
{
    importGoodFiles();
    // Everything again, plus the copy: only duplicates, which is not a failure.
    const Run r = runOnLibrary(u"import"_s,
                               {m_articles + u"/a-korean.txt", m_articles + u"/c-korean-again.txt",
                                m_articles + u"/more"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QVERIFY(r.out.contains(u"Imported 0 articles"));
    QVERIFY(r.out.contains(u"3 duplicates"));
}

void TestCli::listJsonHasTheSummaryFields()
{
    importGoodFiles();
    const QJsonArray rows = listJson();
    QVERIFY(rows.size() >= 3);
    for (const QJsonValue &row : rows) {
        QVERIFY(row.isObject());
        for (const auto key : {u"id", u"headline", u"outlet", u"published", u"read", u"starred"})
            QVERIFY2(row.toObject().contains(key), qPrintable(QStringView(key).toString()));
        QVERIFY(row[u"id"].toInteger() > 0);
        QVERIFY(row[u"read"].isBool());
        QVERIFY(row[u"starred"].isBool());
    }
    const qint64 id = idOf(englishHeadline);
    for (const QJsonValue &row : rows) {
        if (row[u"id"].toInteger() != id)
            continue;
        QCOMPARE(row[u"outlet"].toString(), u"Tidewater Ledger"_s);
        QVERIFY2(row[u"published"].toString().startsWith(u"2025-03-05"),
                 qPrintable(row[u"published"].toString()));
        QCOMPARE(row[u"read"].toBool(), false);
        QCOMPARE(row[u"starred"].toBool(), false);
    }
    // The Korean article carries no date: the list does not pass its import date off as one,
    // and agrees with `show --json`.
    const qint64 undated = idOf(koreanHeadline);
    for (const QJsonValue &row : rows) {
        if (row[u"id"].toInteger() == undated)
            QVERIFY2(row[u"published"].isNull(), qPrintable(row[u"published"].toString()));
    }
    const Run shown = runOnLibrary(u"show"_s, {QString::number(undated), u"--json"_s});
    QVERIFY(QJsonDocument::fromJson(shown.rawOut).object()[u"published"].isNull());
}

void TestCli::listTableHasAHeaderAndARow()
{
    importGoodFiles();
    const Run r = runOnLibrary(u"list"_s);
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 4);
    QVERIFY(lines.constFirst().contains(QRegularExpression(u"ID +DATE +OUTLET +HEADLINE"_s)));
    const QString id = QString::number(idOf(koreanHeadline));
    bool found = false;
    for (const QString &line : lines) {
        if (line.trimmed().startsWith(id + u"  ")) {
            // No date line in the text: no date in the column (the import date is not the
            // article's).
            found = line.contains(koreanHeadline) && line.contains(u"누리경제")
                    && !line.contains(QRegularExpression(u"\\d{4}-\\d{2}-\\d{2}"_s));
            break;
        }
    }
    QVERIFY2(found, qPrintable(r.out));
}

void TestCli::libraryOptionMayPrecedeTheCommand()
{
    importGoodFiles();
    const Run before = run({u"--library"_s, m_library, u"list"_s, u"--json"_s});
    QCOMPARE(before.exitCode, 0);
    const Run after = run({u"list"_s, u"--json"_s, u"--library=%1"_s.arg(m_library)});
    QCOMPARE(after.exitCode, 0);
    QCOMPARE(before.rawOut, after.rawOut);
    QVERIFY(QJsonDocument::fromJson(before.rawOut).array().size() >= 3);
}

// The window remembers the library it switched to (Preferences, File › Open Another Library) in
// its settings; newsmark-cli without --library opens that one, and the default again once the
// chosen file is gone.
void TestCli::withoutLibraryTheWindowsLibraryIsUsed()
{
    importGoodFiles();
    const QString settingsPath = m_dir.filePath(u"xdg-config/Newsmark/Newsmark.conf"_s);
    {
        QSettings settings(settingsPath, QSettings::IniFormat);
        settings.setValue(u"library/path"_s, m_library);
    }
    const Run chosen = run({u"list"_s, u"--json"_s});
    QCOMPARE(chosen.exitCode, 0);
    QCOMPARE(chosen.rawOut, runOnLibrary(u"list"_s, {u"--json"_s}).rawOut);
    QVERIFY(QJsonDocument::fromJson(chosen.rawOut).array().size() >= 3);
    // The help names the library a command would open.
    const Run help = run({u"list"_s, u"--help"_s});
    QVERIFY2(help.out.contains(m_library), qPrintable(help.out));

    // The chosen library gone: the default one, which has none of its articles.
    const QString moved = m_library + u".moved"_s;
    QVERIFY(QFile::rename(m_library, moved));
    const Run fallback = run({u"list"_s, u"--json"_s});
    QVERIFY(!fallback.out.contains(koreanHeadline));
    QVERIFY(QFile::rename(moved, m_library));
    QFile::remove(settingsPath);
}

void TestCli::showJsonHasEveryStoredField()
{
    importGoodFiles();
    const qint64 id = idOf(koreanHeadline);
    QVERIFY(id > 0);
    const Run r = runOnLibrary(u"show"_s, {QString::number(id), u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject article = QJsonDocument::fromJson(r.rawOut).object();
    for (const auto key : {u"id", u"headline", u"subheadlines", u"category", u"outlet", u"reporter",
                           u"email", u"copyright", u"published", u"paragraphs", u"language",
                           u"source_path", u"content_hash", u"imported_at", u"read", u"starred"})
        QVERIFY2(article.contains(key), qPrintable(QStringView(key).toString()));

    QCOMPARE(article[u"id"].toInteger(), id);
    QCOMPARE(article[u"headline"].toString(), koreanHeadline);
    QCOMPARE(article[u"category"].toString(), u"반도체"_s);
    QCOMPARE(article[u"subheadlines"].toArray(), QJsonArray {u"투자 규모 3조2000억원"_s});
    QCOMPARE(article[u"outlet"].toString(), u"누리경제"_s);
    QCOMPARE(article[u"reporter"].toString(), u"김하늘"_s);
    QCOMPARE(article[u"email"].toString(), u"sky@nuri.example"_s);
    QCOMPARE(article[u"language"].toString(), u"ko"_s);
    QVERIFY(article[u"source_path"].toString().endsWith(u"a-korean.txt"));
    QVERIFY(article[u"content_hash"].toString().contains(QRegularExpression(u"^[0-9a-f]{64}$"_s)));
    QVERIFY(QDateTime::fromString(article[u"imported_at"].toString(), Qt::ISODate).isValid());
    QCOMPARE(article[u"read"].toBool(true), false);
    QCOMPARE(article[u"starred"].toBool(true), false);

    const QJsonArray paragraphs = article[u"paragraphs"].toArray();
    QCOMPARE(paragraphs.size(), 2);
    QVERIFY(paragraphs.at(0).toString().contains(u"투자 규모는 3조2000억원이다."));
    QVERIFY(paragraphs.at(1).toString().contains(u"40%"));
    // Boilerplate is metadata or gone, never body text.
    for (const QJsonValue &paragraph : paragraphs)
        QVERIFY(!paragraph.toString().contains(u"무단전재"));
}

void TestCli::showHtmlEscapesAndHasNoScript()
{
    importGoodFiles();
    const qint64 id = idOf(englishHeadline);
    QVERIFY(id > 0);
    const Run r = runOnLibrary(u"show"_s, {QString::number(id), u"--html"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.trimmed().startsWith(u"<!DOCTYPE html>", Qt::CaseInsensitive));
    QVERIFY2(r.out.contains(u"Chips &amp; &lt;Memory&gt; prices climb"), qPrintable(r.out));
    QVERIFY(!r.out.contains(u"<Memory>"));
    QVERIFY(!r.out.contains(u"<script", Qt::CaseInsensitive));
    QVERIFY(!r.out.contains(u"newsmark:"));
}

void TestCli::showTextIsUtf8WhateverTheLocale()
{
    importGoodFiles();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C"_s);
    env.insert(u"LANG"_s, u"C"_s);
    const Run r = runOnLibrary(u"show"_s, {QString::number(idOf(koreanHeadline))}, env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(isValidUtf8(r.rawOut));
    QVERIFY(r.out.contains(koreanHeadline));
    QVERIFY(r.out.contains(u"투자 규모는 3조2000억원이다."));
}

void TestCli::showUnknownIdFails()
{
    importGoodFiles();
    const Run r = runOnLibrary(u"show"_s, {u"999999"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err, u"newsmark-cli: no article with id 999999 in "_s % m_library % u'\n');
}

void TestCli::analyzeJsonCountsCodePoints_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("start"); // of the amount, in code points
    QTest::addColumn<QString>("amount");

    QTest::newRow("BMP only") << u"가격은 5000억달러"_s << 4 << u"5000억달러"_s;
    // U+1F600 is two UTF-16 units but one code point.
    QTest::newRow("emoji before") << u"😀 가격은 5000억달러"_s << 6 << u"5000억달러"_s;
    QTest::newRow("two emoji") << u"😀😀 가격은 5000억달러"_s << 7 << u"5000억달러"_s;
}

void TestCli::analyzeJsonCountsCodePoints()
{
    QFETCH(QString, text);
    QFETCH(int, start);
    QFETCH(QString, amount);

    const Run r = run({u"analyze"_s, u"--json"_s}, text.toUtf8());
    QCOMPARE(r.exitCode, 0);
    const QJsonObject result = QJsonDocument::fromJson(r.rawOut).object();
    QCOMPARE(result[u"text"].toString(), text);
    const QList<uint> codePoints = text.toUcs4();
    bool found = false;
    for (const QJsonValue &value : result[u"spans"].toArray()) {
        const QJsonObject span = value.toObject();
        const int spanStart = span[u"start"].toInt();
        const int spanEnd = span[u"end"].toInt();
        QVERIFY(0 <= spanStart && spanStart < spanEnd && spanEnd <= codePoints.size());
        // Every span's text is what its code point offsets cut out of the text.
        const QList<uint> cut = codePoints.mid(spanStart, spanEnd - spanStart);
        const QString cutText =
                QString::fromUcs4(reinterpret_cast<const char32_t *>(cut.constData()), cut.size());
        QCOMPARE(span[u"text"].toString(), cutText);
        QVERIFY(!span[u"type"].toString().isEmpty());
        if (span[u"type"] == u"MONEY"_s) {
            QCOMPARE(spanStart, start);
            QCOMPARE(spanEnd, start + int(amount.toUcs4().size()));
            QCOMPARE(span[u"text"].toString(), amount);
            found = true;
        }
    }
    QVERIFY2(found, qPrintable(r.out));
}

void TestCli::analyzeReadsAFile()
{
    const QString path = m_dir.filePath(u"analyze-input.txt"_s);
    writeFile(path, u"😀 가격은 5000억달러\n"_s);
    const Run json = run({u"analyze"_s, path, u"--json"_s});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray spans = QJsonDocument::fromJson(json.rawOut)[u"spans"].toArray();
    QVERIFY(!spans.isEmpty());
    QCOMPARE(spans.at(0)[u"start"].toInt(), 6);
    QCOMPARE(spans.at(0)[u"type"].toString(), u"MONEY"_s);

    const Run human = run({u"analyze"_s, path});
    QCOMPARE(human.exitCode, 0);
    QVERIFY2(human.out.contains(QRegularExpression(u"\\[6, 13\\) +MONEY +5000억달러"_s)),
             qPrintable(human.out));

    const Run missing = run({u"analyze"_s, m_dir.filePath(u"no-such-file.txt"_s)});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.startsWith(u"newsmark-cli: "));
    QVERIFY(missing.err.contains(u"no-such-file.txt"));
}

void TestCli::analyzeJsonListsRatesAndDisagreements()
{
    // An original article: the sub-headline's 73조원 against the body's 500억달러(약 72조원).
    const QString path = QStringLiteral(NEWSMARK_TEST_DATA "/amounts/odd-one-out.txt");
    const Run r = run({u"analyze"_s, u"--json"_s, path});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject result = QJsonDocument::fromJson(r.rawOut).object();

    const QJsonArray rates = result[u"implied_rates"].toArray();
    QCOMPARE(rates.size(), 1);
    const QJsonObject rate = rates.at(0).toObject();
    QCOMPARE(rate[u"from"].toString(), u"USD"_s);
    QCOMPARE(rate[u"to"].toString(), u"KRW"_s);
    QCOMPARE(rate[u"rate"].toString(), u"1440"_s);
    QCOMPARE(rate[u"source"][u"text"].toString(), u"500억달러"_s);
    QCOMPARE(rate[u"converted"][u"text"].toString(), u"약 72조원"_s);

    const QJsonArray disagreements = result[u"disagreements"].toArray();
    QCOMPARE(disagreements.size(), 1);
    const QJsonObject d = disagreements.at(0).toObject();
    QCOMPARE(d[u"first"][u"text"].toString(), u"73조원"_s);
    QCOMPARE(d[u"second"][u"text"].toString(), u"약 72조원"_s);
    QCOMPARE(d[u"first_value"].toString(), u"73000000000000"_s);
    QCOMPARE(d[u"second_value"].toString(), u"72000000000000"_s);
    QCOMPARE(d[u"currency"].toString(), u"KRW"_s);
    QCOMPARE(d[u"converted"].toBool(), false);
    QCOMPARE(d[u"relative_difference"].toString(), u"0.0137"_s);
    QVERIFY(d[u"shared_words"].toArray().contains(u"프로젝트"_s));
    QCOMPARE(d[u"odd_one_out"].toString(), u"first"_s);
    QCOMPARE(d[u"decided_by"][u"source"][u"text"].toString(), u"500억달러"_s);
    QCOMPARE(d[u"decided_by"][u"expected"].toString(), u"72000000000000"_s);
    // Offsets are code points into "text", as the spans' are.
    const QList<uint> codePoints = result[u"text"].toString().toUcs4();
    const int start = d[u"first"][u"start"].toInt();
    QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData() + start),
                               d[u"first"][u"end"].toInt() - start),
             u"73조원"_s);

    // Text without amounts: both lists are there, empty.
    const Run none = run({u"analyze"_s, u"--json"_s}, QByteArray("오늘은 맑다."));
    QCOMPARE(none.exitCode, 0);
    const QJsonObject empty = QJsonDocument::fromJson(none.rawOut).object();
    QVERIFY(empty[u"implied_rates"].isArray() && empty[u"implied_rates"].toArray().isEmpty());
    QVERIFY(empty[u"disagreements"].isArray() && empty[u"disagreements"].toArray().isEmpty());
}

void TestCli::analyzeJsonLines()
{
    const QByteArray input =
            u"{\"id\": \"s1\", \"text\": \"😀 가격은 5000억달러\"}\n"
            u"\n"
            u"{\"id\": 2, \"text\": \"아무 금액도 없다\", \"source\": \"x\"}\n"_s.toUtf8();
    const Run r = run({u"analyze"_s, u"--jsonl"_s, u"-"_s}, input);
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.rawOut.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);

    const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
    QCOMPARE(first[u"id"].toString(), u"s1"_s);
    const QJsonArray spans = first[u"spans"].toArray();
    QVERIFY(!spans.isEmpty());
    QCOMPARE(spans.at(0)[u"start"].toInt(), 6);
    QCOMPARE(spans.at(0)[u"end"].toInt(), 13);

    const QJsonObject second = QJsonDocument::fromJson(lines.at(1)).object();
    QCOMPARE(second[u"id"].toInt(), 2);
    QVERIFY(second[u"spans"].isArray());
}

void TestCli::analyzeJsonLinesNamesTheMalformedLine()
{
    const QByteArray badJson = "{\"id\": 1, \"text\": \"ok\"}\n{\"id\": 2, \"text\": \n";
    Run r = run({u"analyze"_s, u"--jsonl"_s}, badJson);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith(u"newsmark-cli: line 2"), qPrintable(r.err));

    const QByteArray noText = "{\"id\": 1, \"text\": \"ok\"}\n\n[1, 2]\n";
    r = run({u"analyze"_s, u"--jsonl"_s}, noText);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith(u"newsmark-cli: line 3"), qPrintable(r.err));
}

void TestCli::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");

    QTest::newRow("no command") << QStringList {};
    QTest::newRow("unknown command") << QStringList {u"frobnicate"_s};
    QTest::newRow("unknown program option") << QStringList {u"--frobnicate"_s};
    QTest::newRow("unknown command option") << QStringList {u"list"_s, u"--frobnicate"_s};
    QTest::newRow("import without path") << QStringList {u"import"_s};
    QTest::newRow("show without id") << QStringList {u"show"_s};
    QTest::newRow("show with a bad id") << QStringList {u"show"_s, u"abc"_s};
    QTest::newRow("show json and html")
            << QStringList {u"show"_s, u"1"_s, u"--json"_s, u"--html"_s};
    QTest::newRow("library without path") << QStringList {u"list"_s, u"--library"_s};
    QTest::newRow("analyze two files") << QStringList {u"analyze"_s, u"a"_s, u"b"_s};
    QTest::newRow("analyze json and jsonl")
            << QStringList {u"analyze"_s, u"--json"_s, u"--jsonl"_s};
}

void TestCli::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith(u"newsmark-cli"), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"--help"), qPrintable(r.err));
    // A wrong command line never creates a library.
    QVERIFY(!QFileInfo::exists(m_dir.filePath(u"xdg-data/Newsmark/library.sqlite"_s)));
}

void TestCli::helpOnEveryCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("usage");

    QTest::newRow("program") << QStringList {u"--help"_s} << u"Usage: newsmark-cli COMMAND"_s;
    QTest::newRow("program -h") << QStringList {u"-h"_s} << u"Usage: newsmark-cli COMMAND"_s;
    for (const QString &command : {u"import"_s, u"list"_s, u"show"_s, u"analyze"_s}) {
        QTest::addRow("%s", qPrintable(command))
                << QStringList {command, u"--help"_s} << u"Usage: newsmark-cli "_s % command;
        QTest::addRow("%s with library", qPrintable(command))
                << QStringList {command, u"--library"_s, u"x.sqlite"_s, u"--help"_s}
                << u"Usage: newsmark-cli "_s % command;
    }
}

void TestCli::helpOnEveryCommand()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, usage);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(usage), qPrintable(r.out));
    QVERIFY(r.out.contains(u"--library"));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
