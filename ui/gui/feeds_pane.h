#pragma once

#include "storage/feed_store.h"

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace newsmark::gui {

// The subscriptions beside the library list: All Articles, then folders and feeds with their
// unread counts (a failing feed shows a warning and says why in its tooltip), and the Trash with
// how many articles it holds. Choosing one filters the list (sourceChanged, trashChosen).
class FeedsPane final : public QWidget
{
    Q_OBJECT

public:
    explicit FeedsPane(QWidget *parent = nullptr);

    // Shows `feeds`, keeping the current choice when it is still there.
    void setFeeds(const QList<FeedRecord> &feeds);
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

Q_SIGNALS:
    // A feed (id > 0), a folder (id 0, folder set) or everything (id 0, no folder).
    void sourceChanged(newsmark::FeedId id, const QString &folder);
    // The Trash was chosen (true), or left for a source (false).
    void trashChosen(bool trash);
    void contextMenuRequested(const QPoint &globalPos);

private:
    void onCurrentChanged(QTreeWidgetItem *item);
    QTreeWidgetItem *folderItem(const QString &path);

    QTreeWidget *m_tree;
    QTreeWidgetItem *m_all = nullptr;
    QTreeWidgetItem *m_trashItem = nullptr;
    int m_trashCount = 0;
    bool m_trash = false;
    QList<FeedRecord> m_feeds;
    FeedId m_feed = 0;
    QString m_folder;
    bool m_filling = false;
};

} // namespace newsmark::gui
