#pragma once

#include "storage/feed_store.h"
#include "storage/saved_search_store.h"

#include <QHash>

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace newsmark::gui {

// The subscriptions beside the library list: All Articles, then folders and feeds with their
// unread counts (a failing feed shows a warning and says why in its tooltip), and the Trash with
// how many articles it holds. Choosing one filters the list (sourceChanged, trashChosen). Saved
// searches sit in a section of their own above the Trash, each with how many articles it finds;
// choosing one lists every article it finds (savedSearchChosen).
class FeedsPane final : public QWidget
{
    Q_OBJECT

public:
    explicit FeedsPane(QWidget *parent = nullptr);

    // Shows `feeds`, keeping the current choice when it is still there.
    void setFeeds(const QList<FeedRecord> &feeds);
    // New unread counts of the same feeds, written into the tree in place (no rebuild, the
    // selection kept); feeds added, removed or renamed meanwhile rebuild it as setFeeds() does.
    void updateUnread(const QList<FeedRecord> &feeds);
    [[nodiscard]] FeedId currentFeed() const { return m_feed; }
    [[nodiscard]] QString currentFolder() const { return m_folder; }
    [[nodiscard]] QList<FeedRecord> feeds() const { return m_feeds; }
    [[nodiscard]] QStringList folders() const;
    void selectAll();
    [[nodiscard]] QTreeWidget *tree() const { return m_tree; }
    // The Trash entry's count.
    void setTrashCount(int articles);
    [[nodiscard]] bool showsTrash() const { return m_trash; }
    void selectTrash();
    [[nodiscard]] QTreeWidgetItem *trashItem() const { return m_trashItem; }

    // Shows `searches` (by name), keeping the chosen one when it is still there. Their counts
    // show once setSavedSearchCounts() gives them.
    void setSavedSearches(const QList<SavedSearch> &searches);
    [[nodiscard]] QList<SavedSearch> savedSearches() const { return m_searches; }
    // Counts by name; a name without one shows no count.
    void setSavedSearchCounts(const QHash<QString, qint64> &counts);
    // The chosen saved search's name; empty when another entry is chosen.
    [[nodiscard]] QString currentSavedSearch() const { return m_search; }
    [[nodiscard]] QTreeWidgetItem *savedSearchItem(const QString &name) const;
    void selectSavedSearch(const QString &name);
    // Whether the current entry is a saved search or their section's heading (its own menu).
    [[nodiscard]] bool onSavedSearches() const;

Q_SIGNALS:
    // A feed (id > 0), a folder (id 0, folder set) or everything (id 0, no folder).
    void sourceChanged(newsmark::FeedId id, const QString &folder);
    // The Trash was chosen (true), or left for a source (false).
    void trashChosen(bool trash);
    void contextMenuRequested(const QPoint &globalPos);
    // A saved search was chosen (name and query), or left for another entry (both empty).
    void savedSearchChosen(const QString &name, const QString &query);

private:
    void onCurrentChanged(QTreeWidgetItem *item);
    QTreeWidgetItem *folderItem(const QString &path);
    void rebuild();
    void addSavedSearches(QTreeWidgetItem **current);

    QTreeWidget *m_tree;
    QTreeWidgetItem *m_all = nullptr;
    QTreeWidgetItem *m_trashItem = nullptr;
    QTreeWidgetItem *m_searchesItem = nullptr;
    QList<SavedSearch> m_searches;
    QHash<QString, qint64> m_searchCounts;
    QString m_search;
    int m_trashCount = 0;
    bool m_trash = false;
    QList<FeedRecord> m_feeds;
    FeedId m_feed = 0;
    QString m_folder;
    bool m_filling = false;
};

} // namespace newsmark::gui
