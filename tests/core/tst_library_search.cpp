// The library list's search (ArticleListModel::setSearch over ArticleSearch): what the list shows
// for a query is what the search index finds, within the list's scope, with a snippet whose
// marks sit on the words; a query that does not parse says why and keeps the rows.
#include "library/article_list_model.h"
#include "library/library.h"
#include "library/roles.h"
#include "storage/search_index.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace newsmark;
using namespace Qt::StringLiterals;

namespace {

// Original sentences written for this test.
Article article(const QString &headline, const QStringList &body, const QString &published,
                const QString &outlet = u"새벽일보"_s)
{
    Article a;
    a.headline = headline;
    a.outlet = outlet;
    a.reporter = u"윤다솜"_s;
    a.published = published;
    a.language = u"ko"_s;
    a.paragraphs = body;
    a.contentHash = a.computeContentHash();
    return a;
}

QList<ArticleId> shownIds(const ArticleListModel &model)
{
    QList<ArticleId> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.articleIdAt(row));
    return ids;
}

QList<ArticleId> sorted(QList<ArticleId> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

class TestLibrarySearch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        auto library = Library::open(m_dir.filePath(u"lib-%1.sqlite"_s.arg(++m_run)));
        QVERIFY(library.ok());
        m_library = std::move(library).value();
        const QList<Article> articles {
                article(u"반도체 장비 수출이 다시 늘었다"_s,
                        {u"지난달 반도체 장비 수출은 작년보다 12% 늘었다."_s,
                         u"업계는 메모리 투자가 이어진 덕분이라고 본다."_s},
                        u"2025-03-02"_s),
                article(u"항구 도시의 봄 축제"_s,
                        {u"바닷가 산책로를 따라 꽃시장이 열린다. 올해는 반도체 공장 견학도 "
                         u"프로그램에 들어갔다."_s},
                        u"2025-04-11"_s),
                article(u"금리 동결에 시장은 담담"_s,
                        {u"중앙은행이 기준금리를 그대로 두었다."_s,
                         u"채권 시장은 크게 움직이지 "
                         u"않았다."_s},
                        u"2025-01-20"_s, u"Harbor Ledger"_s),
                article(u"Chip exports climb for a third month"_s,
                        {u"Exporters of memory chips reported stronger orders from data centres."_s},
                        u"2025-02-14"_s, u"Harbor Ledger"_s),
        };
        auto stored = m_library->articles().insertMany(articles);
        QVERIFY(stored.ok());
        m_ids.clear();
        for (const InsertOutcome &outcome : stored.value())
            m_ids.append(outcome.id);
    }

    void cleanup() { m_library.reset(); }

    // What the list shows is exactly what the index matches, for words, phrases, operators and
    // fields, in Korean and English.
    void listsExactlyTheMatches_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("expected");
        QTest::newRow("korean word") << u"반도체"_s << 2;
        QTest::newRow("two syllables") << u"금리"_s << 1;
        QTest::newRow("or") << u"금리 OR 축제"_s << 2;
        QTest::newRow("not") << u"반도체 -축제"_s << 1;
        QTest::newRow("english stem") << u"exporter"_s << 1;
        QTest::newRow("outlet field") << u"outlet:\"Harbor Ledger\""_s << 2;
        QTest::newRow("nothing") << u"화성탐사"_s << 0;
    }
    void listsExactlyTheMatches()
    {
        QFETCH(QString, query);
        QFETCH(int, expected);
        ArticleListModel model(m_library->articles());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 4);
        QSignalSpy updated(&model, &ArticleListModel::searchUpdated);
        model.setSearch(query);
        QVERIFY(model.isSearching());
        QTRY_VERIFY(!model.isSearchPending());
        QVERIFY2(model.searchError().isEmpty(), qPrintable(model.searchError()));

        SearchIndex index(m_library->database());
        const auto parsed = search::parseQuery(query);
        QVERIFY(parsed.ok());
        auto matching = index.matchingArticles(parsed.query);
        QVERIFY(matching.ok());
        QCOMPARE(sorted(shownIds(model)), sorted(matching.value()));
        QCOMPARE(model.rowCount(), expected);

        model.setSearch(QString());
        QVERIFY(!model.isSearching());
        QCOMPARE(model.rowCount(), 4);
    }

    // The line under a headline is a passage of the article with the words marked where they
    // stand; the headline's own matches are marked too.
    void snippetMarksTheWords()
    {
        ArticleListModel model(m_library->articles());
        model.setSearch(u"반도체"_s);
        QTRY_VERIFY(!model.isSearchPending());
        const int row = model.rowOf(m_ids.at(1)); // the festival: 반도체 only in its body
        QVERIFY(row >= 0);
        const QModelIndex index = model.index(row, ArticleListModel::HeadlineColumn);
        const QString snippet = index.data(ArticleSnippetRole).toString();
        QVERIFY2(snippet.contains(u"반도체 공장"_s), qPrintable(snippet));
        const QList<int> marks = index.data(ArticleSnippetMatchesRole).value<QList<int>>();
        QCOMPARE(marks.size(), 2);
        QCOMPARE(snippet.mid(marks.at(0), marks.at(1) - marks.at(0)), u"반도체"_s);
        QVERIFY(index.data(ArticleHeadlineMatchesRole).value<QList<int>>().isEmpty());

        const QModelIndex first = model.index(model.rowOf(m_ids.at(0)), 0);
        const QList<int> inHeadline = first.data(ArticleHeadlineMatchesRole).value<QList<int>>();
        QCOMPARE(inHeadline, (QList<int> {0, 3}));
        // Outside a search there is no snippet to draw.
        model.setSearch(QString());
        QVERIFY(!model.index(0, 0).data(ArticleSnippetRole).isValid());
    }

    // A query that does not parse names the problem and where it is, and the rows of the last
    // good query stay on screen.
    void errorKeepsTheRows()
    {
        ArticleListModel model(m_library->articles());
        model.setSearch(u"반도체"_s);
        QTRY_VERIFY(!model.isSearchPending());
        QCOMPARE(model.rowCount(), 2);
        model.setSearch(u"orgg:삼성"_s);
        QVERIFY2(model.searchError().contains(u"orgg"_s), qPrintable(model.searchError()));
        QVERIFY2(model.searchError().contains(u"1–"_s), qPrintable(model.searchError()));
        QCOMPARE(model.rowCount(), 2);
        model.setSearch(u"(금리"_s);
        QVERIFY(!model.searchError().isEmpty());
        model.setSearch(u"금리"_s);
        QVERIFY(model.searchError().isEmpty());
        QTRY_COMPARE(model.rowCount(), 1);
    }

    // money: in the list compares other currencies at the Amounts panel's rates; without one,
    // the articles it cannot decide are left out and the list is told why.
    void moneyAtThePanelsRates()
    {
        auto stored = m_library->articles().insertMany(
                {article(u"물류센터 새로 짓는다"_s,
                         {u"한빛물류가 물류센터에 2조 1천억원을 쓴다."_s}, u"2025-05-02"_s)});
        QVERIFY(stored.ok());
        const ArticleId won = stored->constFirst().id;
        ArticleListModel model(m_library->articles());
        model.setSearch(u"money:>$1bn"_s);
        QTRY_VERIFY(!model.isSearchPending());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.searchUnconverted(), 1);
        QVERIFY2(model.searchNotice().contains(u"add rate:USD=1400"_s),
                 qPrintable(model.searchNotice()));
        // 2조 1천억원 is $1.5 billion at 1,400 won to the dollar.
        model.setSearchRatesSource([] {
            return QMap<QString, Decimal> {{u"USD-KRW"_s, *Decimal::parse(u"1400")}};
        });
        model.setSearch(u"money:>=$1bn"_s);
        QTRY_VERIFY(!model.isSearchPending());
        QCOMPARE(shownIds(model), QList<ArticleId> {won});
        QCOMPARE(model.searchUnconverted(), 0);
        QVERIFY(model.searchNotice().isEmpty());
    }

    // Relevance first, then any column; the two orders hold the same rows.
    void ordersByRelevanceOrColumn()
    {
        ArticleListModel model(m_library->articles());
        model.setSearch(u"반도체"_s);
        QTRY_VERIFY(!model.isSearchPending());
        QVERIFY(model.isRankedBySearch());
        const QList<ArticleId> ranked = shownIds(model);
        model.sort(ArticleListModel::DateColumn, Qt::DescendingOrder);
        QVERIFY(!model.isRankedBySearch());
        QCOMPARE(shownIds(model), (QList<ArticleId> {m_ids.at(1), m_ids.at(0)}));
        model.sort(ArticleListModel::DateColumn, Qt::AscendingOrder);
        QCOMPARE(shownIds(model), (QList<ArticleId> {m_ids.at(0), m_ids.at(1)}));
        model.setRankedBySearch(true);
        QCOMPARE(shownIds(model), ranked);
        QCOMPARE(model.rowOf(m_ids.at(1)), int(ranked.indexOf(m_ids.at(1))));
    }

    // The search stays inside the list's scope: the Trash view searches the Trash, the library
    // view no longer lists what went there.
    void searchesWithinTheTrashOrTheLibrary()
    {
        QVERIFY(m_library->articles().moveToTrash({m_ids.at(1)}).ok());
        ArticleListModel model(m_library->articles());
        model.setSearch(u"반도체"_s);
        QTRY_VERIFY(!model.isSearchPending());
        QCOMPARE(shownIds(model), QList<ArticleId> {m_ids.at(0)});
        model.setTrashView(true);
        QVERIFY(model.isSearchPending());
        QTRY_VERIFY(!model.isSearchPending());
        QCOMPARE(shownIds(model), QList<ArticleId> {m_ids.at(1)});
        model.setSearch(u"금리"_s);
        QTRY_VERIFY(!model.isSearchPending());
        QCOMPARE(model.rowCount(), 0);
    }

    // Only the newest query's rows arrive: a query typed over a running one replaces it.
    void staleResultsAreDropped()
    {
        ArticleListModel model(m_library->articles());
        QSignalSpy updated(&model, &ArticleListModel::searchUpdated);
        model.setSearch(u"축제"_s);
        model.setSearch(u"금리"_s);
        model.setSearch(u"Harbor"_s);
        QTRY_VERIFY(!model.isSearchPending());
        QTest::qWait(100);
        QCOMPARE(updated.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.searchText(), u"Harbor"_s);
    }

private:
    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<Library> m_library;
    QList<ArticleId> m_ids;
};

QTEST_GUILESS_MAIN(TestLibrarySearch)
#include "tst_library_search.moc"
