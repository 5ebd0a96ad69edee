// The library-wide entity index and the user's corrections, on a real library file: one row per
// entity, its mentions in articles and notes found with one query, corrections that apply across
// the library and always win, and re-analysis that can stop half-way without losing anything.
#include "analysis/analyzer.h"
#include "library/entity_indexer.h"
#include "notes/note_service.h"
#include "storage/article_store.h"
#include "storage/database.h"
#include "storage/entity_store.h"
#include "storage/note_store.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace newsmark;
using namespace Qt::StringLiterals;

namespace {

Article article(const QString &headline, const QStringList &paragraphs)
{
    Article a;
    a.language = u"ko"_s;
    a.headline = headline;
    a.outlet = u"테스트일보"_s;
    a.published = u"2026-11-20"_s;
    a.paragraphs = paragraphs;
    a.contentHash = a.computeContentHash();
    return a;
}

} // namespace

class TestEntityIndex final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ArticleStore> m_articles;
    std::unique_ptr<EntityStore> m_entities;
    ArticleId m_chips = 0;
    ArticleId m_group = 0;
    ArticleId m_other = 0;

    ArticleId add(const Article &a)
    {
        auto stored = m_articles->insert(a);
        if (!stored)
            qFatal("%s", qPrintable(stored.error()));
        return stored->id;
    }

    IndexReport index()
    {
        EntityIndexer indexer(*m_articles, *m_entities);
        auto report = indexer.run();
        if (!report)
            qFatal("%s", qPrintable(report.error()));
        return *report;
    }

    int mentionsOf(const QString &name, SpanKind kind)
    {
        const auto e = m_entities->find(name, kind);
        return e ? e->mentions : 0;
    }

private Q_SLOTS:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_entities.reset();
        m_articles.reset();
        m_db.reset();
        // A library file of the test's own, without the samples.
        const QString path = m_dir.filePath(
                u"lib-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction())
                                       + QString::fromLatin1(QTest::currentDataTag())));
        auto db = Database::open(path);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error()));
        m_db = std::move(db).value();
        m_articles = std::make_unique<ArticleStore>(*m_db);
        m_entities = std::make_unique<EntityStore>(*m_db);
        m_chips = add(article(u"SK하이닉스, 고대역폭메모리 증산"_s,
                              {u"SK하이닉스는 20일 경기 이천 공장에서 새 생산라인을 공개했다."_s,
                               u"업계에서는 SK하이닉스가 삼성전자와의 격차를 벌렸다고 본다."_s}));
        m_group = add(article(u"최태원 회장, 인공지능 투자 확대"_s,
                              {u"최태원 SK그룹 회장은 이날 서울에서 기자들과 만났다."_s,
                               u"최 회장은 SK하이닉스의 투자 계획도 설명했다."_s}));
        m_other = add(article(u"비 오는 주말"_s, {u"주말 내내 비가 내리겠다."_s}));
    }

    void oneRowPerEntityWithItsMentions()
    {
        QCOMPARE(m_entities->staleCount(Analyzer::fingerprint()), 3);
        const IndexReport report = index();
        QCOMPARE(report.analysed, 3);
        QCOMPARE(m_entities->staleCount(Analyzer::fingerprint()), 0);

        const auto hynix = m_entities->find(u"SK하이닉스"_s, SpanKind::Organization);
        QVERIFY(hynix);
        QCOMPARE(hynix->articles, 2);
        QCOMPARE(hynix->mentions, 4); // headline and two sentences, and the other article once
        // The short mention is the person's row, not a row of its own.
        const auto chey = m_entities->find(u"최태원"_s, SpanKind::Person);
        QVERIFY(chey);
        QCOMPARE(chey->mentions, 3);
        QVERIFY2(chey->aliases.contains(u"최 회장"_s), qPrintable(chey->aliases.join(u", "_s)));
        QVERIFY(!m_entities->find(u"최 회장"_s, SpanKind::Person));

        // The library list filtered by the entity.
        ArticleQuery query;
        query.entityId = hynix->id;
        QCOMPARE(m_articles->count(query), 2);
        query.entityId = chey->id;
        QCOMPARE(m_articles->count(query), 1);

        // Positions count code points and point at the name in the canonical text.
        const auto a = m_articles->find(m_chips);
        const QString text = a->canonicalText();
        for (const IndexedMention &m : m_entities->mentionsIn(m_chips)) {
            if (m.name == u"SK하이닉스")
                QCOMPARE(text.mid(utf16Offset(text, m.start), m.end - m.start), m.surface);
        }

        // Analysing again finds nothing to do.
        QCOMPARE(index().analysed, 0);
    }

    void articlesAndNotesMentioningAnEntityInOneQuery()
    {
        index();
        NoteStore notes(*m_db);
        NoteService service(*m_articles, notes);
        // A note over the sentence naming SK하이닉스, and one over a sentence that does not.
        const auto on =
                service.createFromQuote(m_group, u"최 회장은 SK하이닉스의 투자 계획도"_s, 1);
        QVERIFY2(on.ok(), on.ok() ? "" : qPrintable(on.error()));
        const auto off = service.createFromQuote(m_group, u"기자들과 만났다"_s, 1);
        QVERIFY(off.ok());

        const auto hynix = m_entities->find(u"SK하이닉스"_s, SpanKind::Organization);
        QVERIFY(hynix);
        const QList<EntityReference> refs = m_entities->references(hynix->id);
        QStringList seen;
        for (const EntityReference &r : refs)
            seen << (r.noteId.isEmpty() ? u"article %1"_s.arg(r.article) : u"note "_s + r.quote);
        const QStringList expected {
                u"article %1"_s.arg(m_group),
                u"note "_s + on->quote,
                u"article %1"_s.arg(m_chips),
        };
        QCOMPARE(seen, expected);
        // The person's references hold the same note: its quote names 최 회장.
        const auto chey = m_entities->find(u"최태원"_s, SpanKind::Person);
        QVERIFY(chey);
        bool noteFound = false;
        for (const EntityReference &r : m_entities->references(chey->id))
            noteFound |= r.noteId == on->id.toString(QUuid::WithoutBraces);
        QVERIFY(noteFound);

        // The Notes view's entity filter finds it by the full name its quote never writes.
        NoteQuery query;
        query.entity = u"최태원"_s;
        const QList<NoteRow> rows = notes.page(query, 0, 10);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.constFirst().note.id, on->id);
        query.entity = u"SK하이닉스"_s;
        QCOMPARE(notes.count(query), 1);
        query.entity = u"서울"_s; // named in the sentence before, not in either note
        QCOMPARE(notes.count(query), 0);
    }

    void aMarkAppliesAcrossTheLibraryAndWins()
    {
        // Whatever the recogniser makes of the name, the user says it is a person (a pen name).
        const ArticleId extra = add(article(u"뉴마크랩스, 새 서비스"_s,
                                            {u"뉴마크랩스는 분석가를 위한 도구를 내놨다."_s,
                                             u"뉴마크랩스코리아는 별도 법인이다."_s}));
        index();
        QVERIFY(!m_entities->find(u"뉴마크랩스"_s, SpanKind::Person));

        const auto change = m_entities->addCorrection(
                {0, CorrectionAction::Mark, u"뉴마크랩스"_s, SpanKind::Person, {}, {}, {}});
        QVERIFY2(change.ok(), change.ok() ? "" : qPrintable(change.error()));
        // Only the article with the words is analysed again.
        QCOMPARE(m_entities->staleCount(Analyzer::fingerprint()), 1);
        QCOMPARE(index().analysed, 1);
        const auto e = m_entities->find(u"뉴마크랩스"_s, SpanKind::Person);
        QVERIFY(e);
        // In the headline and before a particle; not inside the longer word.
        QCOMPARE(e->mentions, 2);
        QCOMPARE(e->articles, 1);
        QVERIFY(!m_entities->find(u"뉴마크랩스"_s, SpanKind::Organization));

        // The reader's analysis applies the same correction.
        const QString text = m_articles->find(extra)->canonicalText();
        int marked = 0;
        for (const Span &s : Analyzer::standard().analyze(text, m_entities->corrections()))
            marked += s.kind == SpanKind::Person && text.mid(s.start, s.length()) == u"뉴마크랩스";
        QCOMPARE(marked, 2);

        // Undo takes it back everywhere.
        QVERIFY(m_entities->revertCorrection(*change).ok());
        QVERIFY(m_entities->corrections().isEmpty());
        QCOMPARE(index().analysed, 1);
        QVERIFY(!m_entities->find(u"뉴마크랩스"_s, SpanKind::Person));
    }

    void aRemovalDropsTheEntityEverywhere()
    {
        index();
        QCOMPARE(mentionsOf(u"삼성전자"_s, SpanKind::Organization), 1);
        const auto change = m_entities->addCorrection(
                {0, CorrectionAction::Remove, u"삼성전자"_s, SpanKind::Organization, {}, {}, {}});
        QVERIFY(change.ok());
        index();
        QVERIFY(!m_entities->find(u"삼성전자"_s, SpanKind::Organization));
        // SK하이닉스 in the same article is untouched.
        QCOMPARE(mentionsOf(u"SK하이닉스"_s, SpanKind::Organization), 4);
    }

    void aMergeMovesTheMentionsToTheEntityKept()
    {
        index();
        const auto change = m_entities->addCorrection({0,
                                                       CorrectionAction::Merge,
                                                       u"SK하이닉스"_s,
                                                       SpanKind::Organization,
                                                       u"에스케이하이닉스"_s,
                                                       SpanKind::Organization,
                                                       {}});
        QVERIFY(change.ok());
        QCOMPARE(m_entities->staleCount(Analyzer::fingerprint()), 2);
        index();
        QVERIFY(!m_entities->find(u"SK하이닉스"_s, SpanKind::Organization));
        const auto kept = m_entities->find(u"에스케이하이닉스"_s, SpanKind::Organization);
        QVERIFY(kept);
        QCOMPARE(kept->mentions, 4);
        QCOMPARE(kept->aliases.value(0), u"SK하이닉스"_s);
    }

    void theLatestCorrectionOfATextWins()
    {
        const auto first = m_entities->addCorrection(
                {0, CorrectionAction::Mark, u"이천"_s, SpanKind::Organization, {}, {}, {}});
        QVERIFY(first.ok());
        const auto second = m_entities->addCorrection(
                {0, CorrectionAction::Mark, u"이천"_s, SpanKind::Location, {}, {}, {}});
        QVERIFY(second.ok());
        QCOMPARE(second->replaced.size(), 1);
        QCOMPARE(second->replaced.first().kind, SpanKind::Organization);
        QCOMPARE(m_entities->corrections().list().size(), 1);
        index();
        QVERIFY(m_entities->find(u"이천"_s, SpanKind::Location));
        QVERIFY(!m_entities->find(u"이천"_s, SpanKind::Organization));
        // Undoing the second puts the first back, with its id.
        QVERIFY(m_entities->revertCorrection(*second).ok());
        QCOMPARE(m_entities->corrections().list(), QList<EntityCorrection> {first->added});
    }

    void badCorrectionsAreRefusedWithTheReason_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("surface");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("reason");
        const int mark = int(CorrectionAction::Mark);
        const int merge = int(CorrectionAction::Merge);
        const int org = int(SpanKind::Organization);
        QTest::newRow("empty") << mark << u"  "_s << org << QString() << u"empty"_s;
        QTest::newRow("padded") << mark << u" 삼성"_s << org << QString() << u"white space"_s;
        QTest::newRow("two paragraphs")
                << mark << u"삼성\n전자"_s << org << QString() << u"more than one paragraph"_s;
        QTest::newRow("too long") << mark << QString(201, u'가') << org << QString()
                                  << u"longer than 200"_s;
        QTest::newRow("a date") << mark << u"20일"_s << int(SpanKind::Date) << QString()
                                << u"only people, organizations and places"_s;
        QTest::newRow("into itself")
                << merge << u"삼성전자"_s << org << u"삼성전자"_s << u"into itself"_s;
        QTest::newRow("into nothing") << merge << u"삼성전자"_s << org << QString() << u"empty"_s;
    }

    void badCorrectionsAreRefusedWithTheReason()
    {
        QFETCH(int, action);
        QFETCH(QString, surface);
        QFETCH(int, kind);
        QFETCH(QString, target);
        QFETCH(QString, reason);
        const auto change = m_entities->addCorrection({0,
                                                       CorrectionAction(action),
                                                       surface,
                                                       SpanKind(kind),
                                                       target,
                                                       SpanKind::Organization,
                                                       {}});
        QVERIFY(!change.ok());
        QVERIFY2(change.error().contains(reason), qPrintable(change.error()));
        QVERIFY(m_entities->corrections().isEmpty());
        QCOMPARE(m_entities->staleCount(Analyzer::fingerprint()), 3);
    }

    // Which articles are stale is kept up to date on every write, so that asking reads nothing
    // of the articles: a re-import with other text, a new analyzer, text that changed while it
    // was being analysed. The list's count is kept the same way.
    void staleArticlesAreKeptUpToDateOnWrite()
    {
        const QString analyzer = Analyzer::fingerprint();
        Article first = article(u"가온전자, 새 공장"_s, {u"가온전자는 대전에 공장을 짓는다."_s});
        first.sourcePath = m_dir.filePath(u"gaon.txt"_s);
        const ArticleId gaon = add(first);
        QCOMPARE(m_articles->count({}), 4);
        QCOMPARE(index().analysed, 4);
        QCOMPARE(m_entities->staleCount(analyzer), 0);
        QCOMPARE(index().analysed, 0);

        Article edited = article(u"가온전자, 새 공장"_s, {u"가온전자는 세종에 공장을 짓는다."_s});
        edited.sourcePath = first.sourcePath;
        const auto updated = m_articles->insertMany({edited}, SamePath::UpdateInPlace);
        QVERIFY(updated.ok() && updated->constFirst().updated);
        QCOMPARE(updated->constFirst().id, gaon);
        QCOMPARE(m_articles->count({}), 4);
        QCOMPARE(m_entities->staleCount(analyzer), 1);
        QCOMPARE(m_entities->staleArticles(10), QList<ArticleId> {gaon});
        QCOMPARE(index().analysed, 1);
        QVERIFY(m_entities->find(u"세종"_s, SpanKind::Location));

        // Mentions stored for text the article no longer has leave it queued.
        QVERIFY(m_db->exec(
                qPrintable(u"INSERT INTO analysis_queue (article_id) VALUES (%1)"_s.arg(m_other))));
        QVERIFY(m_entities->storeMentions({{m_other, u"an-older-text"_s, {}}}, analyzer).ok());
        QCOMPARE(m_entities->staleCount(analyzer), 1);
        QCOMPARE(index().analysed, 1);

        // A library indexed by another analyzer (a new model shipped): every article, once.
        QVERIFY(m_db->exec("UPDATE analysis_state SET analyzer = 'rules0-older'"));
        QCOMPARE(m_entities->staleCount(analyzer), 4);
        QCOMPARE(index().analysed, 4);
        QCOMPARE(m_entities->staleCount(analyzer), 0);
        QCOMPARE(index().analysed, 0);
    }

    void aStoppedRunKeepsWhatItStoredAndTheNextOneFinishes()
    {
        for (int i = 0; i < EntityIndexer::kBatchSize + 10; ++i)
            add(article(u"삼성전자 소식 %1"_s.arg(i), {u"삼성전자는 %1일 발표했다."_s.arg(i)}));
        const int total = m_entities->staleCount(Analyzer::fingerprint());
        QCOMPARE(total, EntityIndexer::kBatchSize + 13);
        EntityIndexer indexer(*m_articles, *m_entities);
        int calls = 0;
        const auto stopped = indexer.run([&](int, int) { return ++calls < 2; });
        QVERIFY(stopped.ok());
        QVERIFY(stopped->cancelled);
        QCOMPARE(stopped->analysed, EntityIndexer::kBatchSize);
        QCOMPARE(stopped->remaining, total - EntityIndexer::kBatchSize);
        QCOMPARE(m_entities->staleCount(Analyzer::fingerprint()), stopped->remaining);
        const auto rest = indexer.run();
        QVERIFY(rest.ok() && !rest->cancelled);
        QCOMPARE(rest->analysed, total - EntityIndexer::kBatchSize);
        QCOMPARE(mentionsOf(u"삼성전자"_s, SpanKind::Organization),
                 1 + 2 * (EntityIndexer::kBatchSize + 10));
    }
};

QTEST_GUILESS_MAIN(TestEntityIndex)
#include "tst_entity_index.moc"
