#include "library/article_list_model.h"
#include "library/roles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace newsmark;

class TestArticleListModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(QStringLiteral("lib.sqlite")));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_store = std::make_unique<ArticleStore>(*m_db);
        QList<Article> batch;
        // More rows than fit in several pages, so paging and page eviction both happen.
        for (int i = 0; i < 5000; ++i) {
            Article a;
            a.headline = QStringLiteral("Headline %1").arg(i, 5, 10, QLatin1Char('0'));
            a.outlet = i % 2 ? QStringLiteral("한빛경제") : QStringLiteral("Daily Bridge");
            a.published = QStringLiteral("2025-%1-01").arg(1 + i % 12, 2, 10, QLatin1Char('0'));
            a.paragraphs = {QStringLiteral("본문 %1").arg(i)};
            a.contentHash = a.computeContentHash();
            batch.append(a);
        }
        QVERIFY(m_store->insertMany(batch).ok());
    }

    void passesTheModelTester()
    {
        ArticleListModel model(*m_store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 5000);
        QCOMPARE(model.columnCount(), 3);
        model.sort(ArticleListModel::HeadlineColumn, Qt::AscendingOrder);
        model.setFilter(QStringLiteral("한빛"));
        QCOMPARE(model.rowCount(), 2500);
        model.setFilter(QString());
        QCOMPARE(model.rowCount(), 5000);
    }

    void readsEveryRowInOrder()
    {
        ArticleListModel model(*m_store);
        model.sort(ArticleListModel::HeadlineColumn, Qt::AscendingOrder);
        for (int row = 0; row < model.rowCount(); row += 37) {
            QCOMPARE(model.index(row, ArticleListModel::HeadlineColumn).data().toString(),
                     QStringLiteral("Headline %1").arg(row, 5, 10, QLatin1Char('0')));
        }
        model.sort(ArticleListModel::HeadlineColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Headline 04999"));
        QCOMPARE(model.index(4999, 0).data().toString(), QStringLiteral("Headline 00000"));
        QVERIFY(!model.index(5000, 0).isValid());
    }

    // Flags on several rows change the rows in place; the Unread and Starred filters combine
    // with the text filter; next unread follows the list's order (each sort, either direction)
    // and goes round the end. Its own library: the shared one stays as it is for the others.
    void flagsFiltersAndNextUnread()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("flags.sqlite")));
        QVERIFY(db.ok());
        ArticleStore store(**db);
        QList<Article> batch;
        for (int i = 0; i < 600; ++i) { // more than two pages
            Article a;
            a.headline = QStringLiteral("Item %1").arg(i, 4, 10, QLatin1Char('0'));
            a.outlet = i % 3 ? QStringLiteral("Quay") : QStringLiteral("Dock");
            a.published = QStringLiteral("2025-01-01T%1:%2:00")
                                  .arg(i / 60, 2, 10, QLatin1Char('0'))
                                  .arg(i % 60, 2, 10, QLatin1Char('0'));
            a.paragraphs = {QStringLiteral("text %1").arg(i)};
            a.contentHash = a.computeContentHash();
            batch.append(a);
        }
        const auto inserted = store.insertMany(batch);
        QVERIFY(inserted.ok());
        QList<ArticleId> all;
        for (const InsertOutcome &o : *inserted)
            all.append(o.id);
        // Everything read but items 10, 300 and 590.
        QVERIFY(store.setFlag(all, ArticleFlag::Read, true).ok());
        const QList<ArticleId> unread {all.at(10), all.at(300), all.at(590)};
        const auto change =
                store.setFlag(unread + QList<ArticleId> {all.at(10)}, ArticleFlag::Read, false);
        QVERIFY(change.ok());
        QCOMPARE(change->changed, unread); // the repeated id once
        const auto unknown = store.setFlag({all.at(0), 999999}, ArticleFlag::Starred, true);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error(), QStringLiteral("there is no article 999999"));
        QVERIFY(!store.find(all.at(0))->starred); // nothing written

        ArticleListModel model(store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const int row0 = model.rowOf(all.at(0));
        QVERIFY(model.index(row0, 0).isValid());
        (void)model.index(row0, 0).data(); // its page cached
        QVERIFY(model.setFlag({all.at(0), all.at(10)}, ArticleFlag::Starred, true).ok());
        QVERIFY(model.index(row0, 0).data(ArticleStarredRole).toBool());
        QVERIFY(changed.count() >= 1);

        model.setFlagFilter(true, false);
        QCOMPARE(model.rowCount(), 3);
        model.setFlagFilter(false, true);
        QCOMPARE(model.rowCount(), 2);
        model.setFlagFilter(true, true);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.articleIdAt(0), all.at(10));
        model.setFlagFilter(true, false);
        model.setFilter(
                QStringLiteral("Dock")); // 300 is a Dock item (300 % 3 == 0), 10 and 590 not
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.articleIdAt(0), all.at(300));
        model.setFilter(QString());
        model.setFlagFilter(false, false);
        QCOMPARE(model.rowCount(), 600);

        // In each order the unread items follow one another as the list shows them.
        const std::pair<int, Qt::SortOrder> orders[] = {
                {ArticleListModel::DateColumn, Qt::DescendingOrder},
                {ArticleListModel::DateColumn, Qt::AscendingOrder},
                {ArticleListModel::HeadlineColumn, Qt::AscendingOrder},
                {ArticleListModel::HeadlineColumn, Qt::DescendingOrder},
                {ArticleListModel::OutletColumn, Qt::AscendingOrder}};
        for (const auto &[column, order] : orders) {
            model.sort(column, order);
            QList<int> expected;
            for (int row = 0; row < model.rowCount(); ++row) {
                if (!model.index(row, 0).data(ArticleReadRole).toBool())
                    expected.append(row);
            }
            QCOMPARE(expected.size(), 3);
            QCOMPARE(model.nextUnreadRow(-1), expected.at(0));
            QCOMPARE(model.nextUnreadRow(expected.at(0)), expected.at(1));
            QCOMPARE(model.nextUnreadRow(expected.at(1)), expected.at(2));
            QCOMPARE(model.nextUnreadRow(expected.at(2)), expected.at(0)); // round the end
            QCOMPARE(model.nextUnreadRow(model.rowCount() - 1), expected.at(0));
        }
        QCOMPARE(model.unreadIds().size(), 3);
        QVERIFY(model.setFlag(model.unreadIds(), ArticleFlag::Read, true).ok());
        QCOMPARE(model.nextUnreadRow(0), -1);
    }

    // A feed's or a page's moment is shown in the reader's time zone: 01:00 in Seoul on the 4th
    // is the 3rd in UTC, and a Korean reader sees the 4th. Dates and zone-less times as written.
    void publishedIsShownInTheReadersTime()
    {
        const QTimeZone seoul("Asia/Seoul");
        const QTimeZone utc = QTimeZone::utc();
        QVERIFY(seoul.isValid());
        QCOMPARE(publishedForDisplay(QStringLiteral("2026-12-03T16:00:00Z"), false, seoul),
                 QStringLiteral("2026-12-04"));
        QCOMPARE(publishedForDisplay(QStringLiteral("2026-12-03T16:00:00Z"), true, seoul),
                 QStringLiteral("2026-12-04 01:00"));
        QCOMPARE(publishedForDisplay(QStringLiteral("2026-03-10T14:22:00+09:00"), true, utc),
                 QStringLiteral("2026-03-10 05:22"));
        QCOMPARE(publishedForDisplay(QStringLiteral("2026-03-10T14:22:00.500+09:00"), false, seoul),
                 QStringLiteral("2026-03-10"));
        QCOMPARE(publishedForDisplay(QStringLiteral("2025-02-04T10:31:00"), true, utc),
                 QStringLiteral("2025-02-04 10:31"));
        QCOMPARE(publishedForDisplay(QStringLiteral("2025-02-04"), true, seoul),
                 QStringLiteral("2025-02-04"));
        QCOMPARE(publishedForDisplay(QString(), true, seoul), QString());
    }

    // An article without a date sorts by its import date (so that it stands where it came in)
    // but shows no date: the tooltip says it was imported then and carries none of its own.
    void anUndatedArticleShowsNoDateButSortsByItsImport()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("undated.sqlite")));
        QVERIFY(db.ok());
        ArticleStore store(*db.value());
        Article dated;
        dated.headline = QStringLiteral("날짜 있는 기사");
        dated.published = QStringLiteral("2025-02-04");
        dated.paragraphs = {QStringLiteral("본문")};
        Article undated = dated;
        undated.headline = QStringLiteral("날짜 없는 기사");
        undated.published.clear();
        undated.importedAt = QDateTime(QDate(2026, 12, 5), QTime(9, 30), QTimeZone::utc());
        QVERIFY(store.insertMany({dated, undated}).ok());
        ArticleListModel model(store);
        model.sort(ArticleListModel::DateColumn, Qt::DescendingOrder);
        const QModelIndex date = model.index(0, ArticleListModel::DateColumn);
        QCOMPARE(model.index(0, 0).data().toString(), undated.headline);
        // No date shown as if it were the article's; the tooltip says when it came in.
        QCOMPARE(date.data().toString(), QString());
        QVERIFY2(date.data(Qt::ToolTipRole).toString().contains(QStringLiteral("2026-12-05")),
                 qPrintable(date.data(Qt::ToolTipRole).toString()));
        QVERIFY(date.data(ArticleUndatedRole).toBool());
        QVERIFY2(date.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Imported on")),
                 qPrintable(date.data(Qt::ToolTipRole).toString()));
        const QModelIndex other = model.index(1, ArticleListModel::DateColumn);
        QCOMPARE(other.data().toString(), QStringLiteral("2025-02-04"));
        QVERIFY(!other.data(ArticleUndatedRole).toBool());
    }

    void rolesAndRowOf()
    {
        ArticleListModel model(*m_store);
        model.sort(ArticleListModel::DateColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, ArticleListModel::DateColumn).data().toString(),
                 QStringLiteral("2025-12-01"));
        const ArticleId id = model.index(1234, 0).data(ArticleIdRole).toLongLong();
        QVERIFY(id > 0);
        QCOMPARE(model.articleIdAt(1234), id);
        QCOMPARE(model.rowOf(id), 1234);
        QVERIFY(!model.index(1234, 0).data(ArticleReadRole).toBool());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setRead(id, true);
        QCOMPARE(changed.count(), 1);
        QVERIFY(model.index(1234, 0).data(ArticleReadRole).toBool());
        model.refresh();
        QVERIFY(model.index(1234, 0).data(ArticleReadRole).toBool()); // it was stored
    }

    void refreshSeesNewArticles()
    {
        ArticleListModel model(*m_store);
        const int before = model.rowCount();
        Article a;
        a.headline = QStringLiteral("새 기사");
        a.paragraphs = {QStringLiteral("본문")};
        QVERIFY(m_store->insert(a).ok());
        QCOMPARE(model.rowCount(), before);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.refresh();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), before + 1);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ArticleStore> m_store;
};

QTEST_GUILESS_MAIN(TestArticleListModel)
#include "tst_article_list_model.moc"
