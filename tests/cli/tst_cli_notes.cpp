// newsmark-cli notes end to end: the built executable, run through QProcess on temporary
// libraries; and a note saved by a process that is then killed with SIGKILL.

#include "cli_runner.h"
#include "library/library.h"
#include "storage/note_store.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace newsmark;

namespace {

using Run = newsmark::test::CliRun;

const QString koreanArticle =
        u"반도체\n누리반도체, 평택에 HBM 전용 라인 증설\n투자 규모 3조2000억원\n"
        u"[누리경제 = 김하늘 기자] 누리반도체가 경기 평택시에 고대역폭메모리(HBM) 전용 라인을 "
        u"증설한다고 4일 밝혔다. 투자 규모는 3조2000억원이다.\n"
        u"회사 관계자는 \"생산능력을 40% 늘릴 계획\"이라고 말했다.\n"
        u"김하늘 기자 sky@nuri.example\n"_s;

} // namespace

class TestCliNotes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_article = m_dir.filePath(u"a-korean.txt"_s);
        QFile file(m_article);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(koreanArticle.toUtf8());
    }
    void init()
    {
        m_library = m_dir.filePath(u"library-%1.sqlite"_s.arg(++m_count));
        QCOMPARE(run({u"import"_s, u"--library"_s, m_library, m_article}).exitCode, 0);
        const Run list = run({u"list"_s, u"--library"_s, m_library, u"--json"_s});
        for (const QJsonValue &row : QJsonDocument::fromJson(list.rawOut).array()) {
            if (row[u"headline"].toString().contains(u"누리반도체"_s))
                m_id = QString::number(row[u"id"].toInteger());
        }
        QVERIFY(!m_id.isEmpty());
    }

    void addListAndJson()
    {
        const Run added = notes({u"add"_s, m_id, u"--quote"_s, u"3조2000억원"_s, u"--occurrence"_s,
                                 u"2"_s, u"--text"_s, u"확인 필요"_s, u"--tag"_s, u"figure"_s,
                                 u"--tag"_s, u"follow up"_s, u"--color"_s, u"green"_s});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const QString id = added.out.trimmed();
        QVERIFY(!QUuid::fromString(id).isNull());

        const Run json = notes({u"list"_s, u"--json"_s, u"--article"_s, m_id});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(json.rawOut).array();
        QCOMPARE(rows.size(), 1);
        const QJsonObject note = rows.at(0).toObject();
        QCOMPARE(note[u"id"].toString(), id);
        QCOMPARE(note[u"quote"].toString(), u"3조2000억원"_s);
        QCOMPARE(note[u"comment"].toString(), u"확인 필요"_s);
        QCOMPARE(note[u"color"].toString(), u"green"_s);
        QCOMPARE(note[u"tags"].toArray().size(), 2);
        QCOMPARE(note[u"end"].toInteger() - note[u"start"].toInteger(), 8);
        QCOMPARE(note[u"anchor"].toString(), u"exact"_s);

        const Run table = notes({u"list"_s});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains(id.left(8)));
        QVERIFY(table.out.contains(u"figure, follow up"_s));
    }

    void addFailures_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no quote") << QStringList {u"add"_s, u"ID"_s} << 2;
        QTest::newRow("bad colour")
                << QStringList {u"add"_s, u"ID"_s, u"--quote"_s, u"HBM"_s, u"--color"_s, u"red"_s}
                << 2;
        QTest::newRow("bad occurrence") << QStringList {u"add"_s, u"ID"_s,           u"--quote"_s,
                                                        u"HBM"_s, u"--occurrence"_s, u"0"_s}
                                        << 2;
        QTest::newRow("not an id") << QStringList {u"add"_s, u"x"_s, u"--quote"_s, u"HBM"_s} << 2;
        QTest::newRow("quote not in article")
                << QStringList {u"add"_s, u"ID"_s, u"--quote"_s, u"삼성전자"_s} << 1;
        QTest::newRow("too few occurrences")
                << QStringList {u"add"_s, u"ID"_s,           u"--quote"_s,
                                u"HBM"_s, u"--occurrence"_s, u"9"_s}
                << 1;
        QTest::newRow("no article")
                << QStringList {u"add"_s, u"999"_s, u"--quote"_s, u"HBM"_s} << 1;
        QTest::newRow("unknown subcommand") << QStringList {u"frobnicate"_s} << 2;
        QTest::newRow("no subcommand") << QStringList {} << 2;
        QTest::newRow("export without selection")
                << QStringList {u"export"_s, u"--format"_s, u"md"_s} << 2;
        QTest::newRow("export bad format")
                << QStringList {u"export"_s, u"--format"_s, u"docx"_s, u"--all"_s} << 2;
        QTest::newRow("export without notes")
                << QStringList {u"export"_s, u"--format"_s, u"md"_s, u"--all"_s} << 1;
        QTest::newRow("export pdf without notes")
                << QStringList {u"export"_s, u"--format"_s, u"pdf"_s, u"--article"_s, u"ID"_s} << 1;
        QTest::newRow("import missing file") << QStringList {u"import"_s, u"/no/such.json"_s} << 1;
    }
    void addFailures()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        arguments.replaceInStrings(u"ID"_s, m_id);
        const Run r = notes(arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(r.err.startsWith(u"newsmark-cli"_s));
        QVERIFY(r.out.isEmpty());
    }

    void helpOnEverySubcommand_data()
    {
        QTest::addColumn<QString>("subcommand");
        for (const char *name : {"", "add", "list", "export", "import"})
            QTest::newRow(*name ? name : "group") << QString::fromLatin1(name);
    }
    void helpOnEverySubcommand()
    {
        QFETCH(QString, subcommand);
        QStringList arguments {u"notes"_s};
        if (!subcommand.isEmpty())
            arguments << subcommand;
        const Run r = run(arguments << u"--help"_s);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(u"Usage: newsmark-cli notes"_s), qPrintable(r.out));
        QVERIFY(r.err.isEmpty());
    }

    void exportToFileAndImportBack()
    {
        QCOMPARE(notes({u"add"_s, m_id, u"--quote"_s, u"HBM"_s, u"--tag"_s, u"chips"_s}).exitCode,
                 0);
        QCOMPARE(notes({u"add"_s, m_id, u"--quote"_s, u"40%"_s, u"--text"_s, u"a, \"b\""_s})
                         .exitCode,
                 0);
        for (const QString &format : {u"md"_s, u"html"_s, u"csv"_s, u"json"_s}) {
            const Run once = notes({u"export"_s, u"--format"_s, format, u"--all"_s});
            QVERIFY2(once.exitCode == 0, qPrintable(once.err));
            QVERIFY(once.rawOut.contains("HBM"));
            QCOMPARE(notes({u"export"_s, u"--format"_s, format, u"--all"_s}).rawOut, once.rawOut);
        }
        const Run csv = notes({u"export"_s, u"--format"_s, u"csv"_s, u"--article"_s, m_id});
        QVERIFY(csv.rawOut.startsWith("\xEF\xBB\xBF"));
        QVERIFY(csv.rawOut.contains("\"a, \"\"b\"\"\""));
        const Run tagged = notes({u"export"_s, u"--format"_s, u"json"_s, u"--tag"_s, u"chips"_s});
        QCOMPARE(QJsonDocument::fromJson(tagged.rawOut).object()[u"total"].toInt(), 1);

        const QString file = m_dir.filePath(u"notes-%1.json"_s.arg(m_count));
        const Run exported =
                notes({u"export"_s, u"--format"_s, u"json"_s, u"--all"_s, u"-o"_s, file});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY(QFile::exists(file));

        // Into a fresh library with the same article: both come back; a second time, none.
        m_library = m_dir.filePath(u"library-import-%1.sqlite"_s.arg(m_count));
        QCOMPARE(run({u"import"_s, u"--library"_s, m_library, m_article}).exitCode, 0);
        const Run first = notes({u"import"_s, file});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.out.contains(u"imported 2 note(s), skipped 0"_s), qPrintable(first.out));
        const Run second = notes({u"import"_s, file});
        QVERIFY(second.out.contains(u"imported 0 note(s), skipped 2"_s));
        QCOMPARE(QJsonDocument::fromJson(notes({u"list"_s, u"--json"_s}).rawOut).array().size(), 2);
    }

    // notes export --format pdf: the HTML export printed by newsmark-extract, as the window
    // prints it. The PDF's text (poppler's pdftotext) holds the note, the quoted passage and the
    // comment rendered from Markdown, and the headline once.
    void exportsPdf()
    {
        QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
                 "pdftotext (Debian poppler-utils, packaging/deps.sh) is needed to read PDFs");
        const Run added = notes({u"add"_s, m_id, u"--quote"_s, u"3조2000억원"_s, u"--occurrence"_s,
                                 u"2"_s, u"--text"_s, u"**증설 규모 확인** ~~2조원~~ 아님"_s});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));

        const QString file = m_dir.filePath(u"notes-%1.pdf"_s.arg(m_count));
        const Run exported =
                notes({u"export"_s, u"--format"_s, u"pdf"_s, u"--article"_s, m_id, u"-o"_s, file});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY2(exported.out.contains(u"exported 1 note to"_s), qPrintable(exported.out));
        QFile pdf(file);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        const QString text = pdfText(file);
        QString flat = text;
        flat.remove(QRegularExpression(u"\\s+"_s));
        QCOMPARE(flat.count(u"누리반도체,평택에HBM전용라인증설"_s), 1);
        QVERIFY2(text.contains(u"3조2000억원"_s), qPrintable(text));
        QVERIFY2(text.contains(u"증설 규모 확인"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"**"_s) && !text.contains(u"~~"_s), qPrintable(text));
        QVERIFY2(text.contains(u"누리경제"_s), qPrintable(text));

        // To standard output, as the other formats.
        const Run piped = notes({u"export"_s, u"--format"_s, u"pdf"_s, u"--all"_s});
        QVERIFY2(piped.exitCode == 0, qPrintable(piped.err));
        QVERIFY(piped.rawOut.startsWith("%PDF-"));

        // A folder that is not there: a clear error naming the file, nothing written.
        const QString missing = m_dir.filePath(u"no/such/folder/notes.pdf"_s);
        const Run refused =
                notes({u"export"_s, u"--format"_s, u"pdf"_s, u"--all"_s, u"-o"_s, missing});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(missing) && refused.err.contains(u"cannot write"_s),
                 qPrintable(refused.err));
        QVERIFY(!QFile::exists(missing));
        // Nor over the library.
        const Run own =
                notes({u"export"_s, u"--format"_s, u"pdf"_s, u"--all"_s, u"-o"_s, m_library});
        QCOMPARE(own.exitCode, 1);
        QVERIFY2(own.err.contains(u"library's own files"_s), qPrintable(own.err));
        // A tag no note has: said so, nothing written.
        const QString none = m_dir.filePath(u"none-%1.pdf"_s.arg(m_count));
        const Run empty = notes(
                {u"export"_s, u"--format"_s, u"pdf"_s, u"--tag"_s, u"없는태그"_s, u"-o"_s, none});
        QCOMPARE(empty.exitCode, 1);
        QVERIFY2(empty.err.contains(u"no note has the tag '없는태그'"_s), qPrintable(empty.err));
        QVERIFY(!QFile::exists(none));
    }

    void savedNoteSurvivesKillNine()
    {
        QProcess saver;
        saver.start(QStringLiteral(NOTE_SAVER), {m_library, m_id, u"평택시"_s});
        QVERIFY(saver.waitForStarted());
        QByteArray out;
        while (!out.contains('\n') && saver.waitForReadyRead(30000))
            out += saver.readAllStandardOutput();
        QVERIFY2(out.startsWith("saved "), out.constData());
        saver.kill(); // SIGKILL: no destructor, no checkpoint, the WAL as it is
        QVERIFY(saver.waitForFinished());
        QCOMPARE(saver.exitStatus(), QProcess::CrashExit);

        const QUuid id = QUuid::fromString(QString::fromLatin1(out.mid(6).trimmed()));
        QVERIFY(!id.isNull());
        auto library = Library::open(m_library);
        QVERIFY2(library.ok(), library.ok() ? "" : qPrintable(library.error()));
        NoteStore store(library.value()->database());
        const std::optional<Note> note = store.find(id);
        QVERIFY(note);
        QCOMPARE(note->quote, u"평택시"_s);
        QCOMPARE(note->body, u"kill -9"_s);
    }

    void reimportOfAnEditedFileKeepsItsNotes()
    {
        const QString path = m_dir.filePath(u"clipping-%1.txt"_s.arg(m_count));
        const auto write = [&](const QString &text) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(text.toUtf8());
        };
        write(koreanArticle);
        // A library of its own: the fixture's already holds this text from another file.
        m_library = m_dir.filePath(u"library-reimport-%1.sqlite"_s.arg(m_count));
        const Run imported = run({u"import"_s, u"--library"_s, m_library, path});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY(imported.out.contains(u"updated: 0"_s));
        const QJsonArray articles =
                QJsonDocument::fromJson(
                        run({u"list"_s, u"--library"_s, m_library, u"--json"_s}).rawOut)
                        .array();
        QString id;
        for (const QJsonValue &row : articles) {
            if (row[u"headline"].toString().contains(u"누리반도체"_s))
                id = QString::number(row[u"id"].toInteger());
        }
        QVERIFY(!id.isEmpty());

        QStringList noteIds;
        for (const QString &quote :
             {u"고대역폭메모리(HBM) 전용 라인"_s, u"투자 규모는 3조2000억원이다"_s,
              u"생산능력을 40% 늘릴 계획"_s}) {
            const Run added = notes({u"add"_s, id, u"--quote"_s, quote});
            QVERIFY2(added.exitCode == 0, qPrintable(added.err));
            noteIds << added.out.trimmed();
        }

        // Imported again unchanged: a duplicate.
        const Run same = run({u"import"_s, u"--library"_s, m_library, path});
        QCOMPARE(same.exitCode, 0);
        QVERIFY2(same.out.contains(u"updated: 0; 1 duplicate skipped"_s), qPrintable(same.out));

        // One figure edited, the quote's paragraph replaced.
        QString edited = koreanArticle;
        edited.replace(u"3조2000억원이다"_s, u"3조5000억원이다"_s);
        edited.replace(u"회사 관계자는 \"생산능력을 40% 늘릴 계획\"이라고 말했다."_s,
                       u"공장은 2027년 가동을 목표로 한다."_s);
        QVERIFY(edited != koreanArticle);
        write(edited);
        const Run updated = run({u"import"_s, u"--library"_s, m_library, path});
        QVERIFY2(updated.exitCode == 0, qPrintable(updated.err));
        QVERIFY2(updated.out.contains(u"Imported 0 articles"_s), qPrintable(updated.out));
        QVERIFY2(updated.out.contains(u"updated: 1;"_s), qPrintable(updated.out));
        QVERIFY2(updated.out.contains(u"1 in place, 0 moved, 1 changed, 1 orphaned"_s),
                 qPrintable(updated.out));

        const Run shown = run({u"show"_s, u"--library"_s, m_library, id});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY(shown.out.contains(u"3조5000억원"_s));
        QVERIFY(!shown.out.contains(u"생산능력"_s));

        const Run listed = notes({u"list"_s, u"--json"_s, u"--article"_s, id});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue &row : QJsonDocument::fromJson(listed.rawOut).array())
            byId.insert(row[u"id"].toString(), row.toObject());
        QCOMPARE(byId.size(), 3); // nothing dropped
        const QJsonObject kept = byId.value(noteIds[0]);
        QCOMPARE(kept[u"anchor"].toString(), u"exact"_s);
        QCOMPARE(kept[u"article_id"].toInteger(), id.toLongLong());
        const QJsonObject fuzzy = byId.value(noteIds[1]);
        QCOMPARE(fuzzy[u"anchor"].toString(), u"fuzzy"_s);
        QCOMPARE(fuzzy[u"quote"].toString(), u"투자 규모는 3조5000억원이다"_s);
        QCOMPARE(fuzzy[u"original_quote"].toString(), u"투자 규모는 3조2000억원이다"_s);
        QCOMPARE(fuzzy[u"text_changed"].toBool(), true);
        QCOMPARE(fuzzy[u"end"].toInteger() - fuzzy[u"start"].toInteger(), 17);
        const QJsonObject orphan = byId.value(noteIds[2]);
        QCOMPARE(orphan[u"anchor"].toString(), u"orphaned"_s);
        QCOMPARE(orphan[u"quote"].toString(), u"생산능력을 40% 늘릴 계획"_s);
    }

private:
    // The PDF's text in printing order (pdftotext -raw keeps "3조2000억원" whole, where its
    // reading order splits the digits from the Hangul); empty when it could not.
    static QString pdfText(const QString &file)
    {
        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_s, {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, file, u"-"_s});
        if (!pdftotext.waitForFinished(60'000) || pdftotext.exitCode() != 0)
            return {};
        return QString::fromUtf8(pdftotext.readAllStandardOutput());
    }
    Run run(const QStringList &arguments)
    {
        return newsmark::test::runCli(arguments, m_dir.path());
    }
    Run notes(const QStringList &arguments)
    {
        return run(QStringList {u"notes"_s, u"--library"_s, m_library} + arguments);
    }

    QTemporaryDir m_dir;
    QString m_article;
    QString m_library;
    QString m_id;
    int m_count = 0;
};

QTEST_GUILESS_MAIN(TestCliNotes)
#include "tst_cli_notes.moc"
