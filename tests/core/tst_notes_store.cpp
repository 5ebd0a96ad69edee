#include "analysis/span.h"
#include "import/import_service.h"
#include "library/note_list_model.h"
#include "library/roles.h"
#include "notes/note_service.h"
#include "raw_sqlite.h"
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

using namespace newsmark;
using namespace Qt::StringLiterals;

using newsmark::test::rawExec;

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

void writeText(const QString &path, const QString &text)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    QCOMPARE(file.write(text.toUtf8()), text.toUtf8().size());
}

// An English article as a clipping file; the edit keeps the first paragraph and the last,
// rewords one sentence and replaces another.
const QString kClipping = u"Harbor cranes order tops $300 million\n"
                          u"By Jane Park\nMarch 3, 2025\n\n"
                          u"Port operators ordered automated cranes worth $300 million this year, "
                          u"the most since records began.\n\n"
                          u"The terminals in Busan and Incheon account for about half of the "
                          u"orders, officials said.\n\n"
                          u"Labour shortages pushed the investment forward, according to the "
                          u"industry association.\n\n"
                          u"Shares of crane makers rose 4% in Seoul.\n"_s;
const QString kClippingEdited = u"Harbor cranes order tops $300 million\n"
                                u"By Jane Park\nMarch 3, 2025\n\n"
                                u"Port operators ordered automated cranes worth $300 million this "
                                u"year, the most since records began.\n\n"
                                u"The terminals in Busan and Incheon account for nearly half of "
                                u"the orders, officials said on Monday.\n\n"
                                u"Deliveries are expected to start next spring.\n\n"
                                u"Shares of crane makers rose 4% in Seoul.\n"_s;

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

    void reimportOfAnEditedFileUpdatesTheArticleAndItsNotes()
    {
        const QString path = m_dir.filePath(u"clip-%1.txt"_s.arg(m_count));
        writeText(path, kClipping);
        ImportService importer(*m_articles);
        const ImportReport first = importer.importPaths({path});
        QCOMPARE(first.imported.size(), 1);
        QVERIFY(first.updated.isEmpty());
        const ArticleId id = first.imported.constFirst();
        QVERIFY(m_articles->markRead({id}).ok());
        QVERIFY(m_articles->markStarred({id}).ok());
        const Article before = *m_articles->find(id);

        auto stays = m_service->createFromQuote(id, u"the most since records began"_s, 1,
                                                {NoteColor::Green, u"record?"_s, {u"ports"_s}});
        auto reworded =
                m_service->createFromQuote(id, u"account for about half of the orders"_s, 1);
        auto deleted = m_service->createFromQuote(
                id, u"Labour shortages pushed the investment forward"_s, 1);
        auto after = m_service->createFromQuote(id, u"rose 4% in Seoul"_s, 1);
        QVERIFY(stays.ok() && reworded.ok() && deleted.ok() && after.ok());

        // The same file unchanged: a duplicate, nothing updated.
        const ImportReport again = importer.importPaths({path});
        QVERIFY(again.imported.isEmpty() && again.updated.isEmpty());
        QCOMPARE(again.duplicates.size(), 1);

        // Edited on disk and imported again: the same article, in place.
        writeText(path, kClippingEdited);
        const ImportReport edited = importer.importPaths({path});
        QVERIFY2(edited.failures.isEmpty(),
                 qPrintable(edited.failures.isEmpty() ? QString() : edited.failures[0].reason));
        QVERIFY(edited.imported.isEmpty());
        QVERIFY(edited.duplicates.isEmpty());
        QCOMPARE(edited.updated, QList<ArticleId> {id});
        QCOMPARE(m_articles->count({}), 2); // the fixture's article and this one
        const Article now = *m_articles->find(id);
        const QString text = now.canonicalText();
        QVERIFY(text.contains(u"nearly half of the orders, officials said on Monday"_s));
        QVERIFY(!text.contains(u"Labour"_s));
        QCOMPARE(now.contentHash, now.computeContentHash());
        QVERIFY(now.contentHash != before.contentHash);
        QCOMPARE(m_articles->findByHash(now.contentHash), std::optional<ArticleId>(id));
        QVERIFY(!m_articles->findByHash(before.contentHash));
        QCOMPARE(now.importedAt, before.importedAt);
        QCOMPARE(now.published, before.published);
        QVERIFY(!now.read); // it changed: unread again
        QVERIFY(now.starred);

        // The import itself leaves notes alone; reanchor places them in the new text.
        QCOMPARE(m_notes->forArticle(id).size(), 4);
        const auto report = m_service->reanchor(id);
        QVERIFY(report.ok());
        QCOMPARE(report->exact, 1);
        QCOMPARE(report->moved, 1);
        QCOMPARE(report->fuzzy, 1);
        QCOMPARE(report->orphaned, 1);
        QCOMPARE(m_notes->forArticle(id).size(), 4); // nothing lost

        const auto at = [&](const QString &quote) {
            const qsizetype start = text.indexOf(quote);
            return std::pair<qsizetype, qsizetype> {codePointOffset(text, start),
                                                    codePointOffset(text, start + quote.size())};
        };
        const Note kept = *m_notes->find(stays->id);
        QCOMPARE(kept.anchor, AnchorState::Exact);
        QCOMPARE(kept.quote, u"the most since records began"_s);
        QCOMPARE(std::pair(kept.start, kept.end), at(kept.quote));
        QCOMPARE(kept.body, u"record?"_s);
        QCOMPARE(kept.tags, QStringList {u"ports"_s});
        QCOMPARE(kept.color, NoteColor::Green);

        const Note fuzzy = *m_notes->find(reworded->id);
        QCOMPARE(fuzzy.anchor, AnchorState::Fuzzy);
        QVERIFY2(fuzzy.quote.contains(u"nearly half of the orders"_s), qPrintable(fuzzy.quote));
        QCOMPARE(std::pair(fuzzy.start, fuzzy.end), at(fuzzy.quote));
        QCOMPARE(fuzzy.originalQuote, u"account for about half of the orders"_s);
        QVERIFY(fuzzy.textChanged()); // "text changed since you highlighted", old beside new

        const Note orphan = *m_notes->find(deleted->id);
        QCOMPARE(orphan.anchor, AnchorState::Orphaned);
        QCOMPARE(orphan.quote, u"Labour shortages pushed the investment forward"_s);
        QVERIFY(!noteUtf16Range(orphan, text));
        NoteQuery orphans;
        orphans.orphanedOnly = true;
        QCOMPARE(m_notes->ids(orphans), QList<QUuid> {orphan.id});

        const Note moved = *m_notes->find(after->id);
        QCOMPARE(moved.anchor, AnchorState::Moved);
        QCOMPARE(std::pair(moved.start, moved.end), at(u"rose 4% in Seoul"_s));

        // Once placed, nothing more to do.
        QCOMPARE(m_service->reanchor(id)->unchanged, 4);
    }

    void reimportKeepsOtherFilesApart()
    {
        ImportService importer(*m_articles);
        const QString a = m_dir.filePath(u"same-a-%1.txt"_s.arg(m_count));
        const QString b = m_dir.filePath(u"same-b-%1.txt"_s.arg(m_count));
        writeText(a, kClipping);
        writeText(b, kClipping);
        // Two files with one text: the second is a duplicate, as before.
        const ImportReport both = importer.importPaths({a, b});
        QCOMPARE(both.imported.size(), 1);
        QCOMPARE(both.duplicates.size(), 1);
        const ArticleId id = both.imported.constFirst();

        // The other file edited: it was never stored (a duplicate), so it is a new article, and
        // the first file's article is untouched.
        writeText(b, kClippingEdited);
        const ImportReport other = importer.importPaths({b});
        QCOMPARE(other.imported.size(), 1);
        QVERIFY(other.updated.isEmpty());
        QVERIFY(m_articles->find(id)->canonicalText().contains(u"Labour"_s));

        // Editing the first file into the second's text is a duplicate of it, not an update.
        writeText(a, kClippingEdited);
        const ImportReport dup = importer.importPaths({a});
        QCOMPARE(dup.duplicates.size(), 1);
        QVERIFY(dup.updated.isEmpty());
        QVERIFY(m_articles->find(id)->canonicalText().contains(u"Labour"_s));
    }

    void queryByCreatedAndArticleDate()
    {
        auto other = m_articles->insert(article(u"Older story"_s, {u"Cranes arrive late."_s}));
        QVERIFY(other.ok());
        rawExec(m_path,
                "UPDATE articles SET published = '2024-12-30', sort_date = '2024-12-30'"
                " WHERE headline = 'Older story'");
        auto base = m_service->createFromQuote(m_article, u"3조2000억원"_s, 1);
        QVERIFY(base.ok());
        // Notes made at local noon 40, 5 and 0 days ago; the last on the other article.
        const QDate today = QDate::currentDate();
        QList<Note> made;
        for (const int daysAgo : {40, 5, 0}) {
            Note n = *base;
            n.id = QUuid::createUuid();
            n.created =
                    today.addDays(-daysAgo).startOfDay(Qt::LocalTime).addSecs(12 * 3600).toUTC();
            n.updated = n.created;
            made.append(n);
        }
        made.last().articleId = other->id;
        QVERIFY(m_notes->insertMany(made, false).ok());
        QVERIFY(m_service->remove(base->id).ok());

        const auto idsOf = [&](const NoteQuery &q) { return m_notes->ids(q); };
        NoteQuery q;
        q.createdFrom = today;
        QCOMPARE(idsOf(q), QList<QUuid> {made[2].id}); // "Today"
        q.createdFrom = today.addDays(-6);
        QCOMPARE(idsOf(q), (QList<QUuid> {made[2].id, made[1].id})); // "Last 7 days"
        q.createdTo = today.addDays(-1);
        QCOMPARE(idsOf(q), QList<QUuid> {made[1].id});
        q.createdFrom = {};
        QCOMPARE(idsOf(q), (QList<QUuid> {made[1].id, made[0].id}));
        q = {};
        q.createdTo = today.addDays(-40); // inclusive: the whole of that day
        QCOMPARE(idsOf(q), QList<QUuid> {made[0].id});

        // The article's date: 2025-02-04 for the fixture's article, 2024-12-30 for the other.
        q = {};
        q.articleDateFrom = QDate(2025, 1, 1);
        QCOMPARE(idsOf(q), (QList<QUuid> {made[1].id, made[0].id}));
        q.articleDateFrom = QDate(2024, 12, 30);
        q.articleDateTo = QDate(2024, 12, 30);
        QCOMPARE(idsOf(q), QList<QUuid> {made[2].id});
        q.createdFrom = today.addDays(-1); // both: the one note matches
        QCOMPARE(m_notes->count(q), 1);
        q.createdFrom = today.addDays(1);
        QCOMPARE(m_notes->count(q), 0);
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
