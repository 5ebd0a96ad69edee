#include "export/exporters.h"
#include "export/note_export.h"
#include "export/note_import.h"
#include "notes/note_service.h"
#include "storage/article_store.h"
#include "storage/database.h"
#include "storage/note_store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace newsmark;
using namespace Qt::StringLiterals;

namespace {

// Parses RFC 4180 CSV (quoted fields, doubled quotes, line breaks inside quotes).
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

class TestNoteExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(u"lib-%1.sqlite"_s.arg(++m_count)));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_articles = std::make_unique<ArticleStore>(*m_db);
        m_notes = std::make_unique<NoteStore>(*m_db);
        m_service = std::make_unique<NoteService>(*m_articles, *m_notes);
        Article a;
        a.language = u"ko"_s;
        a.headline = u"누리반도체, \"HBM\" 라인 증설, 3조2000억원 투자"_s;
        a.outlet = u"누리경제"_s;
        a.published = u"2025-02-04T10:31:00"_s;
        a.sourcePath = u"/data/기사 1.txt"_s;
        a.paragraphs = {
                u"누리반도체가 경기 평택시에 라인을 증설한다. 투자 규모는 3조2000억원이다."_s,
                u"Suppliers expect the market to reach $40 billion this year."_s};
        a.contentHash = a.computeContentHash();
        auto stored = m_articles->insert(a);
        QVERIFY(stored.ok());
        m_article = stored->id;
        m_first = m_service
                          ->createFromQuote(m_article, u"투자 규모는 3조2000억원이다."_s, 1,
                                            {NoteColor::Green,
                                             u"=SUM(A1), \"quoted\", comma\n둘째 줄 *markdown*"_s,
                                             {u"figure"_s, u"follow up"_s}})
                          .value();
        m_second = m_service->createFromQuote(m_article, u"$40 billion"_s, 1).value();
    }
    void cleanup()
    {
        m_service.reset();
        m_notes.reset();
        m_articles.reset();
        m_db.reset();
    }

    void everyFormatCarriesTheArticleAndTheNote_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::newRow("md") << ExportFormat::Markdown;
        QTest::newRow("html") << ExportFormat::Html;
        QTest::newRow("csv") << ExportFormat::Csv;
        QTest::newRow("json") << ExportFormat::Json;
    }
    void everyFormatCarriesTheArticleAndTheNote()
    {
        QFETCH(ExportFormat, format);
        const QByteArray bytes = exportAll(format);
        QString text = QString::fromUtf8(bytes);
        if (format == ExportFormat::Json) // compare the decoded strings, not JSON escapes
            text = QString::fromUtf8(QJsonDocument::fromJson(bytes).toJson(QJsonDocument::Compact))
                           .replace(u"\\\""_s, u"\""_s)
                           .replace(u"\\n"_s, u"\n"_s);
        if (format == ExportFormat::Html)
            text.replace(u"&quot;"_s, u"\""_s);
        for (const QString &expected :
             {u"누리경제"_s, u"2025-02-04T10:31:00"_s, u"/data/기사 1.txt"_s, u"figure"_s,
              u"follow up"_s, u"둘째 줄"_s,
              u"newsmark://article/%1?note=%2"_s.arg(m_article).arg(m_first.idText()),
              m_second.idText()}) {
            QVERIFY2(text.contains(expected), qPrintable(expected));
        }
        QVERIFY(text.contains(u"HBM"_s));
        QVERIFY(text.contains(u"3조2000억원이다"_s));
        // The amount inside the quote, recognised with its normalized value, whatever else the
        // recognisers find: with its keys for programs (CSV, JSON), as the window reads it for
        // people (Markdown, HTML: the kind in the UI language, the exact figure).
        const bool forPeople = format == ExportFormat::Markdown || format == ExportFormat::Html;
        if (forPeople) {
            const QString money =
                    spanKindLabel(SpanKind::Money) + u" 3조2000억원 (₩3,200,000,000,000)"_s;
            QVERIFY2(text.contains(money), qPrintable(text.left(3000)));
            QVERIFY(!text.contains(u"MONEY"_s));
            QVERIFY(!text.contains(u"currency="_s));
            // The colour by its name, the times to the minute in local time.
            QVERIFY(text.contains(noteColorLabel(NoteColor::Green)));
            QVERIFY(!text.contains(u"green ·"_s));
            QVERIFY(text.contains(noteTimeForReading(m_first.created)));
            QVERIFY(!text.contains(noteTimestampText(m_first.created)));
        } else {
            QVERIFY2(text.contains(u"MONEY"_s), qPrintable(text.left(3000)));
            QVERIFY(text.contains(u"3200000000000"_s));
        }
        // Deterministic: the same notes give the same bytes.
        QCOMPARE(exportAll(format), bytes);
    }

    void markdownHasFrontMatterAndEscapes()
    {
        const QString md = QString::fromUtf8(exportAll(ExportFormat::Markdown));
        QVERIFY(md.startsWith(
                u"---\ntitle: \"누리반도체, \\\"HBM\\\" 라인 증설, 3조2000억원 투자\"\n"_s));
        QVERIFY(md.contains(u"\noutlet: \"누리경제\"\n"_s));
        QVERIFY(md.contains(u"\ntags: [\"figure\", \"follow up\"]\n"_s));
        QVERIFY(md.contains(u"\n---\n"_s));
        QVERIFY(md.contains(u"> 투자 규모는 3조2000억원이다."_s));
        QVERIFY(md.contains(u"#figure #follow-up"_s));
        QVERIFY(md.contains(u"> \\$40 billion"_s) || md.contains(u"> $40 billion"_s));
        QVERIFY(md.indexOf(u"3조2000억원이다"_s) < md.indexOf(u"40 billion"_s)); // text order
    }

    void htmlIsStandaloneAndEscaped()
    {
        const QString html = QString::fromUtf8(exportAll(ExportFormat::Html));
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(html.contains(u"<meta charset=\"utf-8\">"_s));
        QVERIFY(!html.contains(u"<script"_s));
        QVERIFY(html.contains(u"&quot;HBM&quot;"_s));
        QVERIFY(html.contains(u"class=\"note note-green\""_s));
        QVERIFY(html.contains(u"id=\"note-%1\""_s.arg(m_first.idText())));
    }

    // Comments are Markdown: the HTML export (and the PDF printed from it) shows them rendered
    // by cmark-gfm, and never lets the comment's own HTML become part of the page.
    void htmlRendersTheCommentsMarkdown_data()
    {
        QTest::addColumn<QString>("comment");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("bold and emphasis")
                << u"**확인 필요** 그리고 _다시_ 볼 것"_s
                << QStringList {u"<strong>확인 필요</strong>"_s, u"<em>다시</em>"_s}
                << QStringList {u"**확인"_s, u"_다시_"_s};
        QTest::newRow("strikethrough")
                << u"~~3조원~~ 3조2000억원"_s << QStringList {u"<del>3조원</del>"_s}
                << QStringList {u"~~"_s};
        QTest::newRow("table") << u"| 항목 | 금액 |\n|---|---|\n| 투자 | 3조2000억원 |"_s
                               << QStringList {u"<table>"_s, u"<th>항목</th>"_s,
                                               u"<td>3조2000억원</td>"_s}
                               << QStringList {u"|---|"_s};
        QTest::newRow("list") << u"- 평택\n- 이천"_s
                              << QStringList {u"<ul>"_s, u"<li>평택</li>"_s, u"<li>이천</li>"_s}
                              << QStringList {u"- 평택"_s};
        QTest::newRow("autolink") << u"출처 www.example.com 참고"_s
                                  << QStringList {u"<a href=\"http://www.example.com\">"_s}
                                  << QStringList {};
        QTest::newRow("line break kept")
                << u"첫 줄\n둘째 줄"_s << QStringList {u"첫 줄<br />\n둘째 줄"_s} << QStringList {};
        QTest::newRow("script is text") << u"<script>alert(1)</script>"_s
                                        << QStringList {u"&lt;script&gt;alert(1)&lt;/script&gt;"_s}
                                        << QStringList {u"<script"_s};
        QTest::newRow("img onerror is text")
                << u"보기 <img src=x onerror=alert(1)> 끝"_s
                << QStringList {u"보기 &lt;img src=x onerror=alert(1)&gt; 끝"_s}
                << QStringList {u"<img"_s};
        QTest::newRow("html block is text")
                << u"<div onclick=\"steal()\">\n클릭\n</div>"_s
                << QStringList {u"&lt;div onclick=&quot;steal()&quot;&gt;<br />"_s}
                << QStringList {u"<div onclick"_s};
        QTest::newRow("javascript link dropped")
                << u"[열기](javascript:alert(1))"_s << QStringList {u">열기</a>"_s}
                << QStringList {u"javascript:"_s};
        QTest::newRow("image becomes a link")
                << u"![차트](https://example.com/chart.png)"_s
                << QStringList {u"<a href=\"https://example.com/chart.png\">차트</a>"_s}
                << QStringList {u"<img"_s};
    }
    void htmlRendersTheCommentsMarkdown()
    {
        QFETCH(QString, comment);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        QVERIFY(m_service->setBody(m_second.id, comment).ok());
        const QString html = QString::fromUtf8(exportAll(ExportFormat::Html));
        const qsizetype at = html.indexOf(u"id=\"note-%1\""_s.arg(m_second.idText()));
        QVERIFY(at > 0);
        const QString note = html.mid(at, html.indexOf(u"</article>"_s, at) - at);
        for (const QString &fragment : present)
            QVERIFY2(note.contains(fragment), qPrintable(fragment + u"\n in \n"_s + note));
        for (const QString &fragment : absent)
            QVERIFY2(!note.contains(fragment), qPrintable(fragment + u"\n in \n"_s + note));
        // Markdown is the comment's own format: that export keeps it as written.
        const QString md = QString::fromUtf8(exportAll(ExportFormat::Markdown));
        QVERIFY2(md.contains(comment), qPrintable(md));
    }

    // One article's notes are a page about the article: its headline is printed once, as the
    // title (the PDF printed it twice, as the title and again as the section's heading).
    void htmlShowsEachHeadlineOnce()
    {
        const QString headline = u"누리반도체, &quot;HBM&quot; 라인 증설, 3조2000억원 투자"_s;
        const auto inBody = [](const QString &html, const QString &text) {
            return html.mid(html.indexOf(u"<body>"_s)).count(text);
        };
        const QString one = QString::fromUtf8(exportAll(ExportFormat::Html));
        QCOMPARE(inBody(one, headline), 1);
        QVERIFY(one.contains(u"<h1>"_s + headline + u"</h1>"_s));
        QVERIFY(!one.contains(u"<h2>"_s));

        // Notes of two articles: a general title, and each headline once over its notes.
        Article b;
        b.language = u"ko"_s;
        b.headline = u"한빛항만, 자동화 부두 개장"_s;
        b.paragraphs = {u"한빛항만이 자동화 부두를 열었다."_s};
        b.contentHash = b.computeContentHash();
        const auto stored = m_articles->insert(b);
        QVERIFY(stored.ok());
        QVERIFY(m_service->createFromQuote(stored->id, u"자동화 부두"_s, 1).ok());
        QList<Note> notes = m_notes->forArticle(m_article) + m_notes->forArticle(stored->id);
        const QString two = QString::fromUtf8(
                exportNotes(prepareExport(*m_articles, notes), ExportFormat::Html));
        QCOMPARE(inBody(two, headline), 1);
        QCOMPARE(inBody(two, b.headline), 1);
        QVERIFY(two.contains(u"<h1>Newsmark notes</h1>"_s));
        QVERIFY(two.contains(u"3 notes from 2 articles"_s));
    }

    void csvEscapesForSpreadsheets()
    {
        const QByteArray bytes = exportAll(ExportFormat::Csv);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        QVERIFY(text.endsWith(u"\r\n"_s));
        const QList<QStringList> rows = parseCsv(text);
        QCOMPARE(rows.size(), 3);
        const QStringList header = rows.at(0);
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), header.size());
        const auto column = [&](int row, const QString &name) {
            return rows.at(row).at(header.indexOf(name));
        };
        QCOMPARE(column(1, u"headline"_s), u"누리반도체, \"HBM\" 라인 증설, 3조2000억원 투자"_s);
        // A comment that starts like a formula is defused; commas, quotes and line breaks survive.
        QCOMPARE(column(1, u"comment"_s), u"'=SUM(A1), \"quoted\", comma\n둘째 줄 *markdown*"_s);
        QCOMPARE(column(1, u"tags"_s), u"figure; follow up"_s);
        QCOMPARE(column(1, u"quote"_s), u"투자 규모는 3조2000억원이다."_s);
        QVERIFY(column(1, u"amounts"_s).contains(u"MONEY 3조2000억원"_s));
        QCOMPARE(column(2, u"quote"_s), u"$40 billion"_s);
        QCOMPARE(column(1, u"note_id"_s), m_first.idText());
        QVERIFY(text.contains(u"\"누리반도체, \"\"HBM\"\" 라인 증설, 3조2000억원 투자\""_s));
    }

    void jsonFollowsTheWebAnnotationModel()
    {
        const QJsonDocument doc = QJsonDocument::fromJson(exportAll(ExportFormat::Json));
        const QJsonObject collection = doc.object();
        QCOMPARE(collection.value(u"@context").toString(), u"http://www.w3.org/ns/anno.jsonld"_s);
        QCOMPARE(collection.value(u"type").toString(), u"AnnotationCollection"_s);
        QVERIFY(collection.value(u"id").toString().startsWith(u"urn:uuid:"_s));
        QCOMPARE(collection.value(u"total").toInt(), 2);
        const QJsonArray items = collection.value(u"first").toObject().value(u"items").toArray();
        QCOMPARE(items.size(), 2);
        const QJsonObject a = items.at(0).toObject();
        QCOMPARE(a.value(u"@context").toString(), u"http://www.w3.org/ns/anno.jsonld"_s);
        QCOMPARE(a.value(u"type").toString(), u"Annotation"_s);
        QCOMPARE(a.value(u"id").toString(), u"urn:uuid:"_s + m_first.idText());
        QVERIFY(QDateTime::fromString(a.value(u"created").toString(), Qt::ISODateWithMs).isValid());
        QVERIFY(a.contains(u"modified"));
        const QJsonArray bodies = a.value(u"body").toArray();
        QCOMPARE(bodies.size(), 3);
        QCOMPARE(bodies.at(0).toObject().value(u"purpose").toString(), u"commenting"_s);
        QCOMPARE(bodies.at(0).toObject().value(u"type").toString(), u"TextualBody"_s);
        QCOMPARE(bodies.at(1).toObject().value(u"purpose").toString(), u"tagging"_s);
        QCOMPARE(bodies.at(1).toObject().value(u"value").toString(), u"figure"_s);
        const QJsonObject target = a.value(u"target").toObject();
        QCOMPARE(target.value(u"source").toString(), u"newsmark://article/%1"_s.arg(m_article));
        const QJsonArray selectors = target.value(u"selector").toArray();
        QCOMPARE(selectors.at(0).toObject().value(u"type").toString(), u"TextQuoteSelector"_s);
        QCOMPARE(selectors.at(0).toObject().value(u"exact").toString(), m_first.quote);
        QCOMPARE(selectors.at(0).toObject().value(u"prefix").toString(), m_first.prefix);
        QCOMPARE(selectors.at(0).toObject().value(u"suffix").toString(), m_first.suffix);
        QCOMPARE(selectors.at(1).toObject().value(u"type").toString(), u"TextPositionSelector"_s);
        QCOMPARE(selectors.at(1).toObject().value(u"start").toInteger(), m_first.start);
        QCOMPARE(selectors.at(1).toObject().value(u"end").toInteger(), m_first.end);
        // A highlight without comment or tags has no body: the model allows that.
        QVERIFY(!items.at(1).toObject().contains(u"body"));
        QCOMPARE(items.at(1).toObject().value(u"motivation").toString(), u"highlighting"_s);
    }

    void jsonRoundTripIsIdempotent()
    {
        const QByteArray json = exportAll(ExportFormat::Json);
        const QList<Note> before = m_notes->forArticle(m_article);
        // Into the same library: everything is there already.
        auto again = importNotesJson(*m_service, json, u"notes.json"_s);
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error()));
        QCOMPARE(again->added, 0);
        QCOMPARE(again->skipped, 2);
        // After deleting them: back, same ids, quotes, places, tags and times.
        for (const Note &n : before)
            QVERIFY(m_service->remove(n.id).ok());
        auto restored = importNotesJson(*m_service, json, u"notes.json"_s);
        QVERIFY2(restored.ok(), restored.ok() ? "" : qPrintable(restored.error()));
        QCOMPARE(restored->added, 2);
        QCOMPARE(m_notes->forArticle(m_article), before);
        QCOMPARE(exportAll(ExportFormat::Json), json);
    }

    void importIsAllOrNothingAndNamesTheProblem()
    {
        QJsonObject doc = QJsonDocument::fromJson(exportAll(ExportFormat::Json)).object();
        for (const Note &n : m_notes->forArticle(m_article))
            QVERIFY(m_service->remove(n.id).ok());
        QJsonObject page = doc.value(u"first").toObject();
        QJsonArray items = page.value(u"items").toArray();
        QJsonObject broken = items.at(1).toObject();
        broken.insert(u"id"_s, u"not-a-uuid"_s);
        items.replace(1, broken);
        page.insert(u"items"_s, items);
        doc.insert(u"first"_s, page);
        auto result = importNotesJson(*m_service, QJsonDocument(doc).toJson(), u"bad.json"_s);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().startsWith(u"bad.json: annotation 2"_s),
                 qPrintable(result.error()));
        QVERIFY(result.error().contains(u"urn:uuid"_s));
        QCOMPARE(m_notes->count({}), 0); // the good first annotation was not kept either

        QVERIFY(!importNotesJson(*m_service, "{not json", u"x.json"_s).ok());
        auto missing = importNotesFile(*m_service, m_dir.filePath(u"missing.json"_s));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().contains(u"missing.json"_s));
    }

    void importPlacesNotesInChangedText()
    {
        const QJsonObject one = exporters::annotation(prepareExport(*m_articles, {m_second}).at(0));
        QVERIFY(m_service->remove(m_second.id).ok());
        QJsonObject moved = one;
        QJsonObject target = moved.value(u"target").toObject();
        QJsonArray selectors = target.value(u"selector").toArray();
        QJsonObject position = selectors.at(1).toObject();
        position.insert(u"start"_s, 3); // wrong place: the quote decides
        position.insert(u"end"_s, 14);
        selectors.replace(1, position);
        target.insert(u"selector"_s, selectors);
        moved.insert(u"target"_s, target);
        auto result = importNotesJson(*m_service, QJsonDocument(QJsonArray {moved}).toJson(),
                                      u"one.json"_s);
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error()));
        const Note note = *m_notes->find(m_second.id);
        QCOMPARE(note.start, m_second.start);
        QCOMPARE(note.anchor, AnchorState::Moved);
    }

    void linksParse()
    {
        const auto link = parseNoteLink(noteLink(m_first));
        QVERIFY(link);
        QCOMPARE(link->article, m_article);
        QCOMPARE(*link->note, m_first.id);
        QVERIFY(!parseNoteLink(u"newsmark://article/x"_s));
        QVERIFY(!parseNoteLink(u"https://article/1"_s));
        QCOMPARE(parseNoteLink(u"newsmark://article/7"_s)->article, 7);
    }

    void exportFilesAreWrittenAtomically()
    {
        const QString path = m_dir.filePath(u"out/notes.csv"_s);
        QVERIFY(QDir().mkpath(m_dir.filePath(u"out"_s)));
        QVERIFY(writeExportFile(path, "first").ok());
        QVERIFY(writeExportFile(path, exportAll(ExportFormat::Csv)).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), exportAll(ExportFormat::Csv));
        QCOMPARE(QDir(m_dir.filePath(u"out"_s)).entryList(QDir::Files).size(), 1);
        QVERIFY(!writeExportFile(m_dir.filePath(u"no/such/dir/x.csv"_s), "x").ok());
    }

private:
    QByteArray exportAll(ExportFormat format)
    {
        return exportNotes(prepareExport(*m_articles, m_notes->forArticle(m_article)), format);
    }

    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ArticleStore> m_articles;
    std::unique_ptr<NoteStore> m_notes;
    std::unique_ptr<NoteService> m_service;
    ArticleId m_article = 0;
    Note m_first;
    Note m_second;
};

QTEST_GUILESS_MAIN(TestNoteExport)
#include "tst_note_export.moc"
