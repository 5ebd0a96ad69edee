#include "analysis/span.h"
#include "library/note_list_model.h"
#include "library/roles.h"
#include "notes/note_service.h"
#include "storage/article_store.h"
#include "storage/database.h"
#include "storage/note_store.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace newsmark;
using namespace Qt::StringLiterals;

namespace {

Article article(const QString &headline, const QStringList &paragraphs,
                const QString &outlet = u"한빛경제"_s)
{
    Article a;
    a.language = u"ko"_s;
    a.headline = headline;
    a.outlet = outlet;
    a.published = u"2025-02-04"_s;
    a.paragraphs = paragraphs;
    a.contentHash = a.computeContentHash();
    return a;
}

void rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    const QString error = message ? QString::fromUtf8(message) : QString();
    sqlite3_free(message);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(error));
}

} // namespace

class TestNotesStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"lib-%1.sqlite"_s.arg(++m_count));
        auto db = Database::open(m_path);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error()));
        m_db = std::move(db).value();
        m_articles = std::make_unique<ArticleStore>(*m_db);
        m_notes = std::make_unique<NoteStore>(*m_db);
        m_service = std::make_unique<NoteService>(*m_articles, *m_notes);
        auto a = m_articles->insert(
                article(u"누리반도체, 평택에 HBM 라인 증설 😀"_s,
                        {u"투자 규모는 3조2000억원이다."_s,
                         u"회사 관계자는 생산능력을 40% 늘릴 계획이라고 말했다."_s}));
        QVERIFY(a.ok());
        m_article = a->id;
        m_text = m_articles->find(m_article)->canonicalText();
    }
    void cleanup()
    {
        m_service.reset();
        m_notes.reset();
        m_articles.reset();
        m_db.reset();
    }

    void upgradeFromVersion2KeepsArticles()
    {
        const QString path = m_dir.filePath(u"v2.sqlite"_s);
        {
            Database::Options v2;
            v2.migrateTo = 2;
            auto db = Database::open(path, v2);
            QVERIFY(db.ok());
            QCOMPARE(db.value()->schemaVersion(), 2);
        }
        rawExec(path,
                "INSERT INTO articles (content_hash, headline, body, imported_at, published,"
                " sort_date) VALUES ('h1', '옛 기사', '3조원을 투자한다.', '2024-01-01T00:00:00Z',"
                " '2023-05-06', '2023-05-06')");
        auto db = Database::open(path);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error()));
        QVERIFY(db.value()->schemaVersion() >= 3);
        QVERIFY(QFile::exists(db.value()->backupPath()));
        ArticleStore articles(*db.value());
        NoteStore notes(*db.value());
        NoteService service(articles, notes);
        QCOMPARE(articles.count({}), 1);
        const ArticleId id = articles.allIds().constFirst();
        auto note = service.createFromQuote(id, u"3조원"_s, 1, {NoteColor::Green, {}, {u"a"_s}});
        QVERIFY2(note.ok(), note.ok() ? "" : qPrintable(note.error()));
        QCOMPARE(notes.forArticle(id).size(), 1);
        QCOMPARE(note->start, 5); // '옛 기사' and '\n' come first
    }

    void createFromPageOffsetsAcrossParagraphs()
    {
        // A selection from "3조2000억원" to "회사": page offsets are UTF-16, the note's code
        // points.
        const qsizetype start = m_text.indexOf(u"3조2000억원"_s);
        const qsizetype end = m_text.indexOf(u"회사"_s) + 2;
        const QString reported = u"3조2000억원이다.\n\n회사"_s; // a DOM selection's text
        QSignalSpy saved(m_service.get(), &NoteService::noteSaved);
        auto note = m_service->create(
                m_article, start, end, reported,
                {NoteColor::Blue, u"**check**"_s, {u" Claim "_s, u"claim"_s, u"follow  up"_s}});
        QVERIFY2(note.ok(), note.ok() ? "" : qPrintable(note.error()));
        QCOMPARE(saved.size(), 1);
        QCOMPARE(note->quote, u"3조2000억원이다.\n회사"_s);
        QCOMPARE(note->start, codePointOffset(m_text, start));
        QCOMPARE(note->start, start - 1); // the emoji in the headline is two UTF-16 units
        QCOMPARE(note->end - note->start, note->quote.size());
        QCOMPARE(note->tags, (QStringList {u"Claim"_s, u"follow up"_s}));
        QVERIFY(note->prefix.endsWith(u"투자 규모는 "_s));
        QVERIFY(note->suffix.startsWith(u" 관계자는"_s));
        QVERIFY(!note->textChanged());
        QCOMPARE(note->anchor, AnchorState::Exact);

        const std::optional<Note> found = m_notes->find(note->id);
        QVERIFY(found);
        QCOMPARE(*found, note.value());
        const auto range = noteUtf16Range(*found, m_text);
        QVERIFY(range);
        QCOMPARE(range->first, start);
        QCOMPARE(range->second, end);
    }

    void createRejectsWhatThePageGotWrong_data()
    {
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<QString>("quote");
        QTest::newRow("past the end") << 5 << 10000 << u"x"_s;
        QTest::newRow("empty") << 5 << 5 << QString();
        QTest::newRow("splits the emoji") << -1 << 2 << u"?"_s; // from inside the emoji
        QTest::newRow("quote differs") << 0 << 3 << u"삼성전"_s;
    }
    void createRejectsWhatThePageGotWrong()
    {
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(QString, quote);
        if (start < 0) {
            const qsizetype emoji = m_text.indexOf(u"😀"_s);
            QVERIFY(m_text.at(emoji).isHighSurrogate());
            start = int(emoji) + 1;
            end += start;
        }
        auto note = m_service->create(m_article, start, end, quote);
        QVERIFY(!note.ok());
        QCOMPARE(m_notes->count({}), 0);
    }

    void createFromQuoteOccurrence()
    {
        auto second = m_service->createFromQuote(m_article, u"는"_s, 2);
        QVERIFY(second.ok());
        QCOMPARE(utf16Offset(m_text, second->start),
                 m_text.indexOf(u"는"_s, m_text.indexOf(u"는"_s) + 1));
        auto missing = m_service->createFromQuote(m_article, u"삼성"_s, 1);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().contains(u"does not contain"_s));
        auto tooMany = m_service->createFromQuote(m_article, u"3조2000억원"_s, 2);
        QVERIFY(!tooMany.ok());
        QVERIFY(tooMany.error().contains(u"1 time"_s));
        QVERIFY(!m_service->createFromQuote(9999, u"x"_s, 1).ok());
    }

    void editRemoveAndRestoreForUndo()
    {
        auto note = m_service->createFromQuote(m_article, u"40%"_s, 1);
        QVERIFY(note.ok());
        const Note original = note.value();
        QTest::qWait(2); // so that the update time differs
        auto edited = m_service->setBody(original.id, u"평택 라인"_s);
        QVERIFY(edited.ok());
        QCOMPARE(edited->body, u"평택 라인"_s);
        QVERIFY(edited->updated > original.updated);
        QCOMPARE(edited->created, original.created);
        QCOMPARE(m_service->recolor(original.id, NoteColor::Pink)->color, NoteColor::Pink);
        QCOMPARE(m_service->setTags(original.id, {u"b"_s, u"a"_s})->tags,
                 (QStringList {u"a"_s, u"b"_s}));

        // Undo of the edits: put the old note back as it was.
        QVERIFY(m_service->replace(original).ok());
        QCOMPARE(*m_notes->find(original.id), original);

        QSignalSpy removed(m_service.get(), &NoteService::noteRemoved);
        auto gone = m_service->remove(original.id);
        QVERIFY(gone.ok());
        QCOMPARE(gone.value(), original);
        QCOMPARE(removed.size(), 1);
        QVERIFY(!m_notes->find(original.id));
        QVERIFY(!m_service->remove(original.id).ok());
        QVERIFY(!m_service->setBody(original.id, u"x"_s).ok());

        // Undo of the delete: the same note, same id and times.
        QVERIFY(m_service->restore(gone.value()).ok());
        QCOMPARE(*m_notes->find(original.id), original);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"UNIQUE constraint failed"_s));
        QVERIFY(!m_service->restore(gone.value()).ok()); // not twice
    }

    void overlappingNotesStaySeparate()
    {
        QVERIFY(m_service->createFromQuote(m_article, u"3조2000억원이다"_s, 1).ok());
        QVERIFY(m_service->createFromQuote(m_article, u"규모는 3조"_s, 1).ok());
        QVERIFY(m_service->createFromQuote(m_article, u"3조2000억원이다"_s, 1).ok());
        const QList<Note> notes = m_service->forArticle(m_article);
        QCOMPARE(notes.size(), 3);
        QVERIFY(notes.at(0).start <= notes.at(1).start); // text order
    }

    void queriesFilter()
    {
        auto other = m_articles->insert(article(u"Port operator orders cranes"_s,
                                                {u"It paid $310 million for twelve cranes."_s},
                                                u"Tidewater Ledger"_s));
        QVERIFY(other.ok());
        QVERIFY(m_service
                        ->createFromQuote(m_article, u"3조2000억원"_s, 1,
                                          {NoteColor::Green, u"투자 확인"_s, {u"figure"_s}})
                        .ok());
        QVERIFY(m_service
                        ->createFromQuote(other->id, u"$310 million"_s, 1,
                                          {NoteColor::Yellow, u"price?"_s, {u"Figure"_s, u"x"_s}})
                        .ok());
        QTest::qWait(2); // the newest by a millisecond at least
        QVERIFY(m_service->createFromQuote(other->id, u"cranes"_s, 2).ok());

        const auto count = [&](const NoteQuery &q) { return m_notes->count(q); };
        QCOMPARE(count({}), 3);
        NoteQuery q;
        q.tag = u"FIGURE"_s;
        QCOMPARE(count(q), 2);
        q = {};
        q.text = u"million price"_s;
        QCOMPARE(count(q), 1);
        q.text = u"투자"_s; // the comment and the quote's article
        QCOMPARE(count(q), 1);
        q = {};
        q.color = NoteColor::Yellow;
        QCOMPARE(count(q), 2);
        q = {};
        q.articleId = other->id;
        QCOMPARE(count(q), 2);
        q = {};
        q.outlet = u"tidewater"_s;
        QCOMPARE(count(q), 2);
        q = {};
        q.entity = u"3조2000억원"_s;
        QCOMPARE(count(q), 1);
        q = {};
        q.createdFrom = QDate::currentDate().addDays(-1);
        q.createdTo = QDate::currentDate().addDays(1);
        QCOMPARE(count(q), 3);
        q.createdFrom = QDate::currentDate().addDays(2);
        q.createdTo = {};
        QCOMPARE(count(q), 0);
        q = {};
        q.orphanedOnly = true;
        QCOMPARE(count(q), 0);

        const QList<NoteRow> rows = m_notes->page({}, 0, 10); // newest first
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.constFirst().note.quote, u"cranes"_s);
        QCOMPARE(rows.constFirst().outlet, u"Tidewater Ledger"_s);
        QCOMPARE(m_notes->tagCounts(),
                 (QList<std::pair<QString, int>> {{u"Figure"_s, 2}, {u"x"_s, 1}}));
    }

    void reanchorAfterTheTextChanged()
    {
        auto kept = m_service->createFromQuote(m_article, u"3조2000억원"_s, 1);
        auto edited = m_service->createFromQuote(m_article, u"생산능력을 40% 늘릴 계획이라고"_s, 1,
                                                 {NoteColor::Orange, {}, {}});
        auto lost = m_service->createFromQuote(m_article, u"회사 관계자는"_s, 1);
        QVERIFY(kept.ok() && edited.ok() && lost.ok());
        QCOMPARE(m_service->reanchor(m_article)->unchanged, 3);

        // A re-import of an edited file: a paragraph first, one passage reworded, one gone.
        rawExec(m_path,
                "UPDATE articles SET body = '새로 들어간 첫 문단.' || char(10) ||"
                " '투자 규모는 3조2000억원이다.' || char(10) ||"
                " '대변인은 생산능력을 45% 늘릴 계획이라고 말했다.'");
        QSignalSpy changed(m_service.get(), &NoteService::notesChanged);
        auto report = m_service->reanchor(m_article);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error()));
        QCOMPARE(report->moved, 1);
        QCOMPARE(report->fuzzy, 1);
        QCOMPARE(report->orphaned, 1);
        QCOMPARE(changed.size(), 1);
        const QString text = m_articles->find(m_article)->canonicalText();

        const Note moved = *m_notes->find(kept->id);
        QCOMPARE(moved.anchor, AnchorState::Moved);
        QVERIFY(moved.textChanged());
        const auto range = noteUtf16Range(moved, text);
        QCOMPARE(text.mid(range->first, range->second - range->first), u"3조2000억원"_s);

        const Note fuzzy = *m_notes->find(edited->id);
        QCOMPARE(fuzzy.anchor, AnchorState::Fuzzy);
        QCOMPARE(fuzzy.quote, u"생산능력을 45% 늘릴 계획이라고"_s);
        QCOMPARE(fuzzy.originalQuote, u"생산능력을 40% 늘릴 계획이라고"_s);
        QCOMPARE(fuzzy.color, NoteColor::Orange);

        const Note orphan = *m_notes->find(lost->id);
        QVERIFY(orphan.isOrphaned());
        QCOMPARE(orphan.quote, u"회사 관계자는"_s); // never dropped, quote kept
        QVERIFY(!noteUtf16Range(orphan, text));
        NoteQuery orphans;
        orphans.orphanedOnly = true;
        QCOMPARE(m_notes->count(orphans), 1);

        // Nothing changed since: nothing to do.
        QCOMPARE(m_service->reanchor(m_article)->unchanged, 3);
    }

    void failedBatchWritesNothing()
    {
        QVERIFY(m_db->exec("CREATE TEMP TRIGGER boom BEFORE INSERT ON note_tags "
                           "WHEN NEW.tag = 'boom' BEGIN SELECT RAISE(ABORT, 'disk full'); END"));
        auto note = m_service->createFromQuote(m_article, u"40%"_s, 1,
                                               {NoteColor::Yellow, {}, {u"boom"_s}});
        QVERIFY(!note.ok());
        QVERIFY2(note.error().contains(u"disk full"_s), qPrintable(note.error()));
        QCOMPARE(m_notes->count({}), 0);
    }

    void notesGoWithTheirArticle()
    {
        QVERIFY(m_service
                        ->createFromQuote(m_article, u"40%"_s, 1, {NoteColor::Yellow, {}, {u"t"_s}})
                        .ok());
        QVERIFY(m_db->exec("DELETE FROM articles"));
        Statement tags(*m_db, "SELECT count(*) FROM note_tags");
        QVERIFY(tags.step());
        QCOMPARE(tags.int64(0), 0);
        QCOMPARE(m_notes->count({}), 0);
    }

    void listModelPagesAndFollowsTheService()
    {
        NoteListModel model(*m_notes);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.follow(m_service.get());
        QCOMPARE(model.rowCount(), 0);
        for (int i = 0; i < NoteListModel::kPageSize + 5; ++i)
            QVERIFY(m_service->createFromQuote(m_article, u"는"_s, 1 + i % 2).ok());
        QCOMPARE(model.rowCount(), NoteListModel::kPageSize + 5);
        auto special =
                m_service->createFromQuote(m_article, u"3조2000억원이다."_s, 1,
                                           {NoteColor::Purple, u"본문\n둘째 줄"_s, {u"claim"_s}});
        QVERIFY(special.ok());
        const int row = model.rowOf(special->id);
        QCOMPARE(row, 0); // newest first
        const QModelIndex quote = model.index(row, NoteListModel::QuoteColumn);
        QCOMPARE(quote.data().toString(), u"3조2000억원이다."_s);
        QCOMPARE(model.index(row, NoteListModel::CommentColumn).data().toString(),
                 u"본문 둘째 줄"_s);
        QCOMPARE(quote.data(NoteIdRole).toUuid(), special->id);
        QCOMPARE(quote.data(NoteArticleIdRole).toLongLong(), m_article);
        QCOMPARE(quote.data(NoteColorRole).toString(), u"purple"_s);
        QCOMPARE(quote.data(NoteTagsRole).toStringList(), QStringList {u"claim"_s});
        QCOMPARE(quote.data(NoteAnchorStateRole).toString(), u"exact"_s);
        QCOMPARE(quote.data(NoteTextChangedRole).toBool(), false);
        QCOMPARE(model.index(row, NoteListModel::HeadlineColumn).data().toString(),
                 m_articles->find(m_article)->headline);
        // The last page, read on demand.
        QVERIFY(model.index(model.rowCount() - 1, 0).data(NoteIdRole).toUuid() != QUuid());

        NoteQuery tagged;
        tagged.tag = u"claim"_s;
        model.setQuery(tagged);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(m_service->remove(special->id).ok());
        QCOMPARE(model.rowCount(), 0);
        model.sort(NoteListModel::HeadlineColumn, Qt::AscendingOrder);
        QCOMPARE(model.query().sortKey, NoteSortKey::Article);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_count = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ArticleStore> m_articles;
    std::unique_ptr<NoteStore> m_notes;
    std::unique_ptr<NoteService> m_service;
    ArticleId m_article = 0;
    QString m_text;
};

QTEST_GUILESS_MAIN(TestNotesStore)
#include "tst_notes_store.moc"
