// Search (issue 12) in core: the tokenizer, the query language with its errors, the index kept
// in step with every write (import, re-import, Trash, purge, notes), the build an upgraded
// library needs, and what a search finds and marks.

#include "library/library.h"
#include "search/search_query.h"
#include "search/search_tokenizer.h"
#include "storage/database.h"
#include "storage/search_index.h"

#include "raw_sqlite.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace newsmark;
using namespace newsmark::search;
using namespace Qt::StringLiterals;

namespace {

Article article(const QString &headline, const QStringList &body, const QString &published = {})
{
    Article a;
    a.language = u"ko"_s;
    a.headline = headline;
    a.outlet = u"한빛경제"_s;
    a.reporter = u"김하늘"_s;
    a.published = published;
    a.paragraphs = body;
    a.contentHash = a.computeContentHash();
    return a;
}

QStringList terms(const QString &text, Tokenizer::Mode mode)
{
    QStringList out;
    for (const OwnedToken &token : tokenize(text, mode))
        out << (token.colocated ? u"+"_s : QString())
                        + QString::fromUtf8(token.text.data(), qsizetype(token.text.size()));
    return out;
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<SearchIndex> m_index;

    QList<ArticleId> ids(const QString &query)
    {
        const ParsedQuery parsed = parseQuery(query);
        if (!parsed.ok()) {
            qWarning() << parsed.error->message();
            return {-1};
        }
        auto found = m_index->matchingArticles(parsed.query);
        if (!found) {
            qWarning() << found.error();
            return {-2};
        }
        return found.value();
    }

    void raw(const QString &sql) { QVERIFY(m_library->database().exec(sql.toUtf8().constData())); }

    // Stores the article and indexes the queue after the write, as newsmark-cli does.
    ArticleId add(const Article &a)
    {
        auto stored = m_library->articles().insert(a);
        if (!stored.ok() || !m_index->build().ok())
            return 0;
        return stored.value().id;
    }

    qint64 count(const char *sql)
    {
        Statement statement(m_library->database(), sql);
        return statement.step() ? statement.int64(0) : -1;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_index.reset();
        m_library.reset();
        QFile::remove(m_dir.filePath(u"search.sqlite"_s));
        auto opened = Library::open(m_dir.filePath(u"search.sqlite"_s));
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error()));
        m_library = std::move(opened).value();
        m_index = std::make_unique<SearchIndex>(m_library->database());
    }

    void cleanup()
    {
        m_index.reset();
        m_library.reset();
    }

    void tokenizer_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("hangul run") << u"삼성전자"_s << false
                                    << QStringList {u"삼성"_s, u"성전"_s, u"전자"_s, u"+자"_s};
        QTest::newRow("hangul query")
                << u"삼성전자"_s << true << QStringList {u"삼성"_s, u"성전"_s, u"전자"_s};
        QTest::newRow("one syllable") << u"차"_s << false << QStringList {u"차"_s};
        QTest::newRow("one syllable query") << u"차 값"_s << true << QStringList {u"차"_s, u"값"_s};
        QTest::newRow("english stems") << u"Reports REPORTED reporting"_s << false
                                       << QStringList {u"report"_s, u"report"_s, u"report"_s};
        QTest::newRow("numbers whole") << u"3.5% 1,000명 2025"_s << false
                                       << QStringList {u"3.5"_s, u"1,000"_s, u"명"_s, u"2025"_s};
        QTest::newRow("mixed") << u"LG전자가"_s << false
                               << QStringList {u"lg"_s, u"전자"_s, u"자가"_s, u"+가"_s};
        QTest::newRow("punctuation")
                << u"[서울=뉴시스] ...!"_s << false
                << QStringList {u"서울"_s, u"+울"_s, u"뉴시"_s, u"시스"_s, u"+스"_s};
    }

    void tokenizer()
    {
        QFETCH(QString, text);
        QFETCH(bool, query);
        QFETCH(QStringList, expected);
        QCOMPARE(terms(text, query ? Tokenizer::Mode::Query : Tokenizer::Mode::Document), expected);
    }

    // As many tokens as syllables: the index grows with the text, not faster.
    void tokensPerSyllable()
    {
        const QString text = u"한국은행이 기준금리를 동결했다"_s;
        QCOMPARE(terms(text, Tokenizer::Mode::Document).size(), 14);
    }

    void queryErrors_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown field")
                << u"orgg:삼성"_s << u"unknown field 'orgg' at 1–5; did you mean org:?"_s;
        QTest::newRow("empty") << u"   "_s << u"the query is empty"_s;
        QTest::newRow("open quote") << u"금리 \"기준"_s << u"the quote is not closed at 4–6"_s;
        QTest::newRow("open paren") << u"(금리 OR 환율"_s << u"'(' is not closed at 1"_s;
        QTest::newRow("stray paren") << u"금리)"_s << u"')' with no '(' before it at 3"_s;
        QTest::newRow("dangling OR") << u"금리 OR"_s << u"OR needs something after it at 4–5"_s;
        QTest::newRow("leading OR") << u"OR 금리"_s << u"OR needs something before it at 1–2"_s;
        QTest::newRow("no letters")
                << u"!!!"_s << u"'!!!' has no letters or digits to search for at 1–3"_s;
        QTest::newRow("bad date") << u"date:2025-13"_s
                                  << u"'2025-13' is not a date at 6–12; dates are 2025, 2025-03 "
                                     u"or 2025-03-14, and date: takes one, a range "
                                     u"2025-01..2025-03, or >, >=, <, <= and a date"_s;
        QTest::newRow("bad is") << u"is:new"_s
                                << u"is: takes unread, read or starred, not 'new' at 4–6"_s;
        QTest::newRow("money") << u"money:>많이"_s
                               << u"'많이' is not an amount of money at 7–9; write it as an "
                                  u"article would: 1조원, 100억원, $1bn"_s;
        QTest::newRow("bad rate")
                << u"money:>$1bn rate:USD=많이"_s
                << u"'USD=많이' is not a rate at 18–23; write rate:USD=1400 (KRW per USD) or "
                   u"rate:EUR-USD=1.08 (USD per EUR)"_s;
        QTest::newRow("rate of itself")
                << u"rate:KRW=1"_s << u"rate:KRW=1 converts KRW into itself at 6–10"_s;
        QTest::newRow("two currencies")
                << u"money:1억원..$1bn"_s << u"the range 1억원..$1bn has two currencies at 7–15"_s;
    }

    void queryErrors()
    {
        QFETCH(QString, query);
        QFETCH(QString, message);
        const ParsedQuery parsed = parseQuery(query);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error->message(), message);
    }

    void particles_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("bare");
        QTest::newRow("가") << u"삼성전자가"_s << u"삼성전자"_s;
        QTest::newRow("은") << u"올트먼은"_s << u"올트먼"_s;
        QTest::newRow("에서는") << u"서울에서는"_s << u"서울"_s;
        QTest::newRow("two syllables stay") << u"주가"_s << u"주가"_s;
        QTest::newRow("noun ending 나") << u"코로나"_s << u"코로나"_s;
        QTest::newRow("noun ending 이") << u"디스플레이"_s << u"디스플레이"_s;
        QTest::newRow("no particle") << u"파운드리"_s << u"파운드리"_s;
    }

    void particles()
    {
        QFETCH(QString, word);
        QFETCH(QString, bare);
        QCOMPARE(withoutParticle(word), bare);
    }

    void findsWhatLikeFinds()
    {
        const ArticleId a = add(
                article(u"기아, 전기차 판매 늘어"_s, {u"기아가 3월 전기차 판매량을 발표했다."_s}));
        const ArticleId b = add(article(u"한국은행 기준금리 동결"_s,
                                        {u"한국은행은 기준금리를 연 3.5%로 유지했다."_s}));
        const ArticleId c = add(article(u"삼성전자 파운드리 투자"_s,
                                        {u"삼성전자가 파운드리에 3조원을 투자한다."_s,
                                         u"Samsung reported strong demand for its chips."_s}));
        QVERIFY(a && b && c);
        QCOMPARE(ids(u"기아"_s), (QList<ArticleId> {a}));
        QCOMPARE(ids(u"금리"_s), (QList<ArticleId> {b}));
        // One syllable: wherever it stands in a word (전기차: last; 차: never alone here).
        QCOMPARE(ids(u"차"_s), (QList<ArticleId> {a}));
        QCOMPARE(ids(u"전"_s), (QList<ArticleId> {a, c}));
        // Both words, not either: 기아 is not dropped from "기아 전기차".
        QCOMPARE(ids(u"기아 전기차"_s), (QList<ArticleId> {a}));
        QCOMPARE(ids(u"기아 파운드리"_s), QList<ArticleId> {});
        // Control characters separate words like spaces (a NUL would end FTS5's string).
        QCOMPARE(ids(u"기아\t전기차"_s), (QList<ArticleId> {a}));
        QCOMPARE(ids(QStringLiteral("\"기아\u0000전기차\"")), (QList<ArticleId> {a}));
        QCOMPARE(ids(u"기아 OR 파운드리"_s), (QList<ArticleId> {a, c}));
        QCOMPARE(ids(u"전 -기아"_s), (QList<ArticleId> {c}));
        QCOMPARE(ids(u"NOT 기아"_s), (QList<ArticleId> {b, c}));
        QCOMPARE(ids(u"(기아 OR 금리) 판매"_s), (QList<ArticleId> {a}));
        // A particle attached to the query word finds the bare word.
        QCOMPARE(ids(u"삼성전자가"_s), (QList<ArticleId> {c}));
        QCOMPARE(ids(u"한국은행은"_s), (QList<ArticleId> {b}));
        // English words match their stems, and only them.
        QCOMPARE(ids(u"reports"_s), (QList<ArticleId> {c}));
        QCOMPARE(ids(u"DEMANDS"_s), (QList<ArticleId> {c}));
        QCOMPARE(ids(u"rep"_s), QList<ArticleId> {});
        // Numbers whole.
        QCOMPARE(ids(u"3.5"_s), (QList<ArticleId> {b}));
        QCOMPARE(ids(u"5"_s), QList<ArticleId> {});
        QCOMPARE(ids(u"3"_s), (QList<ArticleId> {a, c})); // 3월, 3조원
        // Phrases keep their order and adjacency, across a space.
        QCOMPARE(ids(u"\"전기차 판매\""_s), (QList<ArticleId> {a}));
        QCOMPARE(ids(u"\"판매 전기차\""_s), QList<ArticleId> {});
        // Fields.
        QCOMPARE(ids(u"headline:파운드리"_s), (QList<ArticleId> {c}));
        QCOMPARE(ids(u"headline:발표"_s), QList<ArticleId> {});
        QCOMPARE(ids(u"reporter:김하늘 금리"_s), (QList<ArticleId> {b}));
    }

    void filters()
    {
        const ArticleId a = add(article(u"금리 오른다"_s, {u"금리가 오른다."_s}, u"2025-01-15"_s));
        const ArticleId b = add(article(u"금리 내린다"_s, {u"금리가 내린다."_s}, u"2025-03-02"_s));
        QVERIFY(a && b);
        QVERIFY(m_library->articles().markRead({a}).ok());
        QVERIFY(m_library->articles().markStarred({b}).ok());
        QCOMPARE(ids(u"금리 is:unread"_s), (QList<ArticleId> {b}));
        QCOMPARE(ids(u"is:read"_s), (QList<ArticleId> {a}));
        QCOMPARE(ids(u"is:starred"_s), (QList<ArticleId> {b}));
        QCOMPARE(ids(u"date:2025-01"_s), (QList<ArticleId> {a}));
        QCOMPARE(ids(u"date:2025-01..2025-03"_s), (QList<ArticleId> {a, b}));
        QCOMPARE(ids(u"date:>2025-02-01"_s), (QList<ArticleId> {b}));
        QCOMPARE(ids(u"금리 date:<2025-02"_s), (QList<ArticleId> {a}));
        QCOMPARE(ids(u"has:note"_s), QList<ArticleId> {});

        auto note = m_library->notes().createFromQuote(b, u"내린다"_s, 1);
        QVERIFY(note.ok());
        QVERIFY(m_library->notes().setTags(note.value().id, {u"금액"_s, u"Follow-up"_s}).ok());
        QVERIFY(m_library->notes().setBody(note.value().id, u"인하 폭을 확인할 것"_s).ok());
        QCOMPARE(ids(u"has:note"_s), (QList<ArticleId> {b}));
        QCOMPARE(ids(u"tag:금액"_s), (QList<ArticleId> {b}));
        QCOMPARE(ids(u"tag:follow-up"_s), (QList<ArticleId> {b}));
        QCOMPARE(ids(u"note:인하"_s), (QList<ArticleId> {b}));
        QCOMPARE(ids(u"note:금리"_s), QList<ArticleId> {});

        // Notes searched as notes: comment, quote and tags.
        SearchOptions options;
        auto byTag = m_index->searchNotes(parseQuery(u"금액"_s).query, options);
        QVERIFY(byTag.ok());
        QCOMPARE(byTag->hits.size(), 1);
        QCOMPARE(byTag->hits.front().articleId, b);
        auto byComment = m_index->searchNotes(parseQuery(u"인하"_s).query, options);
        QVERIFY(byComment.ok());
        QCOMPARE(byComment->hits.size(), 1);
        QCOMPARE(byComment->hits.front().commentMatches, (QList<SearchMatch> {{0, 2}}));
        QVERIFY(m_library->notes().setTags(note.value().id, {}).ok());
        QCOMPARE(m_index->searchNotes(parseQuery(u"금액"_s).query, options)->hits.size(), 0);
        auto wrongField = m_index->searchNotes(parseQuery(u"is:unread"_s).query, options);
        QVERIFY(!wrongField.ok());
        QCOMPARE(wrongField.error(),
                 u"is: applies to articles at 1–9; notes are searched by their words, note: "
                 u"and tag:"_s);
    }

    // money: and percent: read their values with the AmountRecognizer and keep the articles
    // whose text states such an amount, in any currency at a rate the query or the settings give.
    void amounts()
    {
        const ArticleId a =
                add(article(u"평택 투자"_s, {u"삼성전자가 평택에 3조원을 투자한다."_s}));
        const ArticleId b =
                add(article(u"카카오 투자"_s, {u"카카오가 500억원을 투자한다. 점유율은 45%다."_s}));
        const ArticleId c = add(article(u"Apple plant"_s, {u"Apple will invest $2 billion."_s}));
        QVERIFY(a && b && c);
        // No rate between the won and the dollar: the dollar article cannot be decided, so it
        // is left out, and the search says how many were and which rate would decide them.
        QCOMPARE(ids(u"money:>1조원"_s), (QList<ArticleId> {a}));
        QCOMPARE(m_index->rateGap().articles, 1);
        QCOMPARE(m_index->rateGap().message,
                 u"no USD rate for KRW at 1–10; add rate:USD=1400 (KRW per USD) or set one in "
                 u"the Amounts panel"_s);
        auto unknownUsd = m_index->searchArticles(parseQuery(u"투자 money:>$1bn"_s).query, {});
        QVERIFY(unknownUsd.ok());
        QCOMPARE(unknownUsd->total, 0);
        QCOMPARE(unknownUsd->unconverted, 2);
        QCOMPARE(unknownUsd->rateNotice,
                 u"no KRW rate for USD at 4–14; add rate:USD=1400 (KRW per USD) or set one in "
                 u"the Amounts panel"_s);
        // Within one currency no rate is needed.
        QCOMPARE(ids(u"투자 money:>1조원"_s), (QList<ArticleId> {a}));
        QCOMPARE(ids(u"money:100억..1000억원 카카오"_s), (QList<ArticleId> {b}));

        // The query's rate: $2 billion is 2조 8천억원, 3조원 is $2.14 billion.
        QCOMPARE(ids(u"money:>1조원 rate:USD=1400"_s), (QList<ArticleId> {a, c}));
        QCOMPARE(ids(u"money:>$1bn rate:USD=1400"_s), (QList<ArticleId> {a, c}));
        QCOMPARE(ids(u"rate:usd-krw=1,400 money:>$2.1bn"_s), (QList<ArticleId> {a}));
        QCOMPARE(ids(u"money:100억..1000억원 rate:USD=1400"_s), (QList<ArticleId> {b}));
        QCOMPARE(ids(u"money:>=500억원 rate:USD=1400"_s), (QList<ArticleId> {a, b, c}));
        QCOMPARE(ids(u"money:3조원 rate:USD=1400"_s), (QList<ArticleId> {a}));
        // The settings' rate (the Amounts panel's), and the query's over it.
        m_index->setUserRates({{u"USD-KRW"_s, *Decimal::parse(u"1300")}});
        QCOMPARE(ids(u"money:>$2.2bn"_s), (QList<ArticleId> {a}));
        QCOMPARE(ids(u"money:>$2.2bn rate:USD=1400"_s), QList<ArticleId> {});
        QCOMPARE(ids(u"money:>500억원"_s), (QList<ArticleId> {a, c}));
        QCOMPARE(ids(u"percent:>=40"_s), (QList<ArticleId> {b}));
        QCOMPARE(ids(u"percent:<40"_s), QList<ArticleId> {});
        QCOMPARE(ids(u"투자 money:<1조원"_s), (QList<ArticleId> {b}));
        SearchOptions options;
        options.limit = 1;
        auto top = m_index->searchArticles(parseQuery(u"투자 money:>=500억원"_s).query, options);
        QVERIFY(top.ok());
        QCOMPARE(top->total, 2);
        QCOMPARE(top->hits.size(), 1);
        // A euro amount with no euro rate: left out again, naming the pair.
        const ArticleId d = add(article(u"Airbus"_s, {u"Airbus spends €3 billion."_s}));
        QVERIFY(d);
        QCOMPARE(ids(u"money:>$1bn"_s), (QList<ArticleId> {a, c}));
        QCOMPARE(m_index->rateGap().articles, 1);
        QVERIFY2(m_index->rateGap().message.startsWith(
                         u"no EUR rate for USD at 1–11; add rate:EUR-USD="_s),
                 qPrintable(m_index->rateGap().message));
        QCOMPARE(ids(u"money:>$1bn rate:EUR-USD=1.08"_s), (QList<ArticleId> {a, c, d}));
        m_index->setUserRates({});
        auto nested = m_index->matchingArticles(parseQuery(u"(money:>1조원 OR 기아)"_s).query);
        QVERIFY(!nested.ok());
        QCOMPARE(
                nested.error(),
                u"money: goes with the rest of a query by AND only, not under OR or NOT at 2–11"_s);
        auto alone = m_index->matchingArticles(parseQuery(u"투자 rate:USD=1400"_s).query);
        QVERIFY(!alone.ok());
        QCOMPARE(alone.error(),
                 u"rate: is the rate for the query's money: terms and finds nothing by itself at "
                 u"4–16; add one such as money:>$1bn"_s);
    }

    void feedsAndOutlets()
    {
        const ArticleId a = add(article(u"반도체 수출"_s, {u"반도체 수출이 늘었다."_s}));
        const ArticleId b = add(article(u"반도체 투자"_s, {u"반도체 투자가 늘었다."_s}));
        auto noFeeds = m_index->matchingArticles(parseQuery(u"feed:가온"_s).query);
        QVERIFY(!noFeeds.ok());
        QCOMPARE(noFeeds.error(), u"feed: this library has no feeds at 1–7"_s);
        raw(u"INSERT INTO feeds (id, url, title, created_at) VALUES (1,"
            u" 'http://127.0.0.1/gaon.xml', '가온 경제', '2024-01-01T00:00:00Z');"
            u"INSERT INTO feed_items (feed_id, item_key, article_id, first_seen_at) VALUES"
            u" (1, 'g-1', %1, '2024-01-01T00:00:00Z')"_s.arg(b));
        QCOMPARE(ids(u"반도체 feed:가온"_s), (QList<ArticleId> {b}));
        QCOMPARE(ids(u"feed:gaon.xml"_s), (QList<ArticleId> {b}));
        QCOMPARE(ids(u"반도체 -feed:가온"_s), (QList<ArticleId> {a}));
        QCOMPARE(ids(u"outlet:한빛경제"_s), (QList<ArticleId> {a, b}));
        QCOMPARE(ids(u"outlet:반도체"_s), QList<ArticleId> {});
    }

    void entities()
    {
        const ArticleId a = add(article(u"최태원 회장"_s, {u"최 회장이 말했다."_s}));
        QVERIFY(a);
        raw(u"INSERT INTO entities (id, kind, name) VALUES (7, 'PERSON', '최태원');"
            u"INSERT INTO mentions (article_id, start_pos, end_pos, entity_id, surface) VALUES"
            u" (%1, 0, 3, 7, '최태원'), (%1, 7, 11, 7, '최 회장')"_s.arg(a));
        QCOMPARE(ids(u"person:최태원"_s), (QList<ArticleId> {a}));
        QCOMPARE(ids(u"person:\"최 회장\""_s), (QList<ArticleId> {a}));
        const ParsedQuery unknown = parseQuery(u"org:최태원"_s);
        auto found = m_index->matchingArticles(unknown.query);
        QVERIFY(!found.ok());
        QCOMPARE(found.error(),
                 u"no organization '최태원' in the library's entity index at 1–7; "
                 u"`newsmark-cli entities list` lists the names it has"_s);
    }

    // Every write keeps the index in step, in its own transaction.
    void indexFollowsWrites()
    {
        ArticleStore &store = m_library->articles();
        const ArticleId a = add(article(u"반도체 수출"_s, {u"반도체 수출이 늘었다."_s}));
        QCOMPARE(ids(u"반도체"_s), (QList<ArticleId> {a}));
        QVERIFY(store.moveToTrash({a}).ok());
        QCOMPARE(ids(u"반도체"_s), QList<ArticleId> {});
        QVERIFY(store.restoreFromTrash({a}).ok());
        QCOMPARE(ids(u"반도체"_s), (QList<ArticleId> {a}));
        // A re-import of the same file with new text: the old words go.
        raw(u"UPDATE articles SET body = '자동차 수출이 줄었다.' WHERE id = %1"_s.arg(a));
        QCOMPARE(ids(u"반도체"_s), (QList<ArticleId> {a})); // still in the headline
        QCOMPARE(ids(u"늘었다"_s), QList<ArticleId> {});
        QCOMPARE(ids(u"줄었다"_s), (QList<ArticleId> {a}));
        QVERIFY(store.moveToTrash({a}).ok());
        QVERIFY(store.purge({a}).ok());
        QCOMPARE(ids(u"수출"_s), QList<ArticleId> {});
        raw("INSERT INTO article_search (article_search) VALUES ('integrity-check')"_L1);
    }

    // A word in the headline counts ten in the body (the weights follow the index's columns,
    // body first since format 13).
    void headlineWordsRankFirst()
    {
        const ArticleId inBody = add(article(
                u"시장 동향"_s, {u"반도체 업황이 좋다. 반도체 재고도 줄었다. 시장이 움직였다."_s}));
        const ArticleId inHeadline = add(article(u"반도체 수출 늘어"_s,
                                                 {u"수출이 늘었다. 시장이 움직였다. 재고도 "
                                                  u"줄었다. 업황이 좋다."_s}));
        QVERIFY(inBody && inHeadline);
        SearchOptions options;
        auto ranked = m_index->searchArticles(parseQuery(u"반도체"_s).query, options);
        QVERIFY(ranked.ok());
        QCOMPARE(ranked->hits.size(), 2);
        QCOMPARE(ranked->hits.at(0).id, inHeadline);
        QCOMPARE(ranked->hits.at(1).id, inBody);
    }

    // A new article is queued in its insert's transaction and indexed after it; found all along.
    void newArticlesAreQueued()
    {
        auto stored = m_library->articles().insert(
                article(u"기아 전기차 판매"_s, {u"기아가 3월 전기차 판매량을 발표했다."_s}));
        QVERIFY(stored.ok());
        const ArticleId id = stored.value().id;
        QCOMPARE(m_index->pendingCount(), 1);
        QCOMPARE(count("SELECT count(*) FROM article_search_docsize"), 0);
        QCOMPARE(ids(u"기아 전기차"_s), (QList<ArticleId> {id}));
        QCOMPARE(ids(u"판매량을"_s), (QList<ArticleId> {id}));
        // Queries without words read the articles' rows: a waiting article is listed once,
        // and the index, which does not hold it yet, decides nothing about it.
        QCOMPARE(ids(u"is:unread"_s), (QList<ArticleId> {id}));
        QCOMPARE(ids(u"is:unread -기아"_s), QList<ArticleId> {});
        QCOMPARE(ids(u"(기아 OR is:starred)"_s), (QList<ArticleId> {id}));
        SearchOptions all;
        all.limit = 0;
        auto listed = m_index->searchArticles(parseQuery(u"is:unread"_s).query, all);
        QVERIFY(listed.ok());
        QCOMPARE(listed->hits.size(), 1);
        QCOMPARE(listed->total, 1);
        QVERIFY(m_index->build().ok());
        QCOMPARE(m_index->pendingCount(), 0);
        QCOMPARE(count("SELECT count(*) FROM article_search_docsize"), 1);
        QCOMPARE(ids(u"기아 전기차"_s), (QList<ArticleId> {id}));
        QCOMPARE(ids(u"판매량을"_s), (QList<ArticleId> {id}));
        raw("INSERT INTO article_search (article_search) VALUES ('integrity-check')"_L1);
    }

    // A search while another connection builds the index (the window's background build)
    // sees each article once, indexed or waiting, whichever moment a batch commits at.
    void searchesDuringABuildSeeEveryArticle()
    {
        constexpr int kArticles = 400;
        QList<Article> articles;
        for (int i = 0; i < kArticles; ++i)
            articles.append(article(u"등대 %1"_s.arg(i), {u"등대지기 이야기 %1"_s.arg(i)}));
        QVERIFY(m_library->articles().insertMany(articles).ok());
        QCOMPARE(m_index->pendingCount(), kArticles);
        const QString path = m_library->database().path();
        std::atomic<bool> done {false};
        QString buildError;
        std::thread builder([&] {
            auto db = Database::open(path);
            if (!db) {
                buildError = db.error();
            } else {
                SearchIndex other(*db.value());
                const Status built = other.build({}, 1);
                if (!built)
                    buildError = built.error();
            }
            done = true;
        });
        int searches = 0;
        int wrong = 0;
        const SearchQuery query = parseQuery(u"등대지기"_s).query;
        while (!done) {
            SearchOptions options;
            options.limit = 5;
            options.snippets = false;
            const auto found = m_index->searchArticles(query, options);
            const auto all = m_index->matchingArticles(query);
            if (!found.ok() || !all.ok() || found->total != kArticles || all->size() != kArticles)
                ++wrong;
            ++searches;
        }
        builder.join();
        QVERIFY2(buildError.isEmpty(), qPrintable(buildError));
        QVERIFY2(searches >= 2, "the build ended before searches could run beside it");
        QVERIFY2(wrong == 0,
                 qPrintable(u"%1 of %2 searches miscounted"_s.arg(wrong).arg(searches)));
        QCOMPARE(m_index->pendingCount(), 0);
        QCOMPARE(m_index->matchingArticles(query)->size(), kArticles);
    }

    // An upgraded library: its articles wait for the build, which resumes where it stopped;
    // searches find them meanwhile, and writes meanwhile keep the index right.
    void upgradeBuildsResumably()
    {
        cleanup();
        const QString path = m_dir.filePath(u"ten.sqlite"_s);
        {
            Database::Options ten;
            ten.migrateTo = 10;
            QVERIFY(Database::open(path, ten).ok());
        }
        QString values;
        for (int i = 1; i <= 25; ++i) {
            values += u"%1(%2, 'h%2', '기사 %2', '금리 본문 %2', '2024-01-01T00:00:00Z', "
                      u"'2024-01-01')"_s.arg(i > 1 ? u","_s : QString())
                              .arg(i);
        }
        test::rawExec(path,
                      (u"INSERT INTO articles (id, content_hash, headline, body, imported_at,"
                       u" sort_date) VALUES "_s
                       + values)
                              .toUtf8()
                              .constData());
        auto opened = Library::open(path);
        QVERIFY(opened.ok());
        m_library = std::move(opened).value();
        m_index = std::make_unique<SearchIndex>(m_library->database());
        QCOMPARE(m_index->pendingCount(), 25);
        // Not built yet: found by a scan meanwhile.
        QCOMPARE(ids(u"금리"_s).size(), 25);
        QCOMPARE(ids(u"금리 -\"본문 7\""_s).size(), 24);
        SearchOptions firstFive;
        firstFive.limit = 5;
        auto scanned = m_index->searchArticles(parseQuery(u"본문"_s).query, firstFive);
        QVERIFY(scanned.ok());
        QCOMPARE(scanned->total, 25);
        QCOMPARE(scanned->pending, 25);
        QCOMPARE(scanned->hits.size(), 5);
        QCOMPARE(scanned->hits.front().snippet.matches.size(), 1);
        // Stopped after the first batch of 10.
        QList<qint64> seen;
        QVERIFY(m_index->build(
                               [&](qint64 done, qint64) {
                                   seen << done;
                                   return false;
                               },
                               10)
                        .ok());
        QCOMPARE(seen, (QList<qint64> {10}));
        QCOMPARE(m_index->pendingCount(), 15);
        QCOMPARE(ids(u"금리"_s).size(), 25); // 10 from the index, 15 by the scan
        // Writes to built and pending articles alike.
        raw(u"UPDATE articles SET body = '환율' WHERE id IN (2, 20)"_s);
        QVERIFY(m_library->articles().moveToTrash({3, 21}).ok());
        QCOMPARE(ids(u"금리"_s).size(), 25 - 4);
        QCOMPARE(ids(u"환율"_s), (QList<ArticleId> {2, 20}));
        QVERIFY(m_index->build({}, 10).ok());
        QCOMPARE(m_index->pendingCount(), 0);
        QCOMPARE(ids(u"금리"_s).size(), 25 - 4);
        QCOMPARE(ids(u"환율"_s), (QList<ArticleId> {2, 20}));
        QVERIFY(m_library->articles().restoreFromTrash({21}).ok());
        QCOMPARE(ids(u"금리"_s).size(), 25 - 3);
        raw("INSERT INTO article_search (article_search) VALUES ('integrity-check')"_L1);
        // A rebuild finds the same.
        QVERIFY(m_index->rebuild().ok());
        QCOMPARE(ids(u"금리"_s).size(), 25 - 3);
    }

    void snippetsMarkTheMatches()
    {
        const ArticleId a = add(
                article(u"기아 전기차"_s, {u"첫 문단이다."_s, u"기아가 전기차 판매를 늘렸다."_s}));
        SearchOptions options;
        auto found = m_index->searchArticles(parseQuery(u"기아 차"_s).query, options);
        QVERIFY(found.ok());
        QCOMPARE(found->total, 1);
        const ArticleHit &hit = found->hits.front();
        QCOMPARE(hit.id, a);
        QCOMPARE(hit.headlineMatches, (QList<SearchMatch> {{0, 2}, {5, 6}}));
        QCOMPARE(hit.snippet.text, u"첫 문단이다. 기아가 전기차 판매를 늘렸다."_s);
        QCOMPARE(hit.snippet.matches, (QList<SearchMatch> {{8, 10}, {14, 15}}));
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
