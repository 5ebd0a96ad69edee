#include "feeds_pane.h"

#include <QFont>
#include <QHeaderView>
#include <QIcon>
#include <QLocale>
#include <QStyle>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace newsmark::gui {

namespace {

constexpr int kFeedRole = Qt::UserRole + 1;
constexpr int kFolderRole = Qt::UserRole + 2;
constexpr int kTrashRole = Qt::UserRole + 3;
constexpr int kSearchRole = Qt::UserRole + 4; // a saved search's name
constexpr int kQueryRole = Qt::UserRole + 5;
enum Column { NameColumn, UnreadColumn };

QString unreadText(int unread)
{
    return unread > 0 ? QLocale().toString(unread) : QString();
}

} // namespace

FeedsPane::FeedsPane(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(u"feedsPane"_s);
    m_tree->setObjectName(u"feedsTree"_s);
    m_tree->setColumnCount(2);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(UnreadColumn, QHeaderView::ResizeToContents);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setAccessibleName(tr("Feeds"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { onCurrentChanged(item); });
    connect(m_tree, &QTreeWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (QTreeWidgetItem *item = m_tree->itemAt(pos))
            m_tree->setCurrentItem(item);
        Q_EMIT contextMenuRequested(m_tree->viewport()->mapToGlobal(pos));
    });
    setFeeds({});
}

QStringList FeedsPane::folders() const
{
    QStringList out;
    for (const FeedRecord &f : m_feeds) {
        if (!f.folder.isEmpty() && !out.contains(f.folder))
            out << f.folder;
    }
    out.sort(Qt::CaseInsensitive);
    return out;
}

QTreeWidgetItem *FeedsPane::folderItem(const QString &path)
{
    QTreeWidgetItem *parent = nullptr;
    QString sofar;
    for (const QString &part : path.split(u'/', Qt::SkipEmptyParts)) {
        sofar = sofar.isEmpty() ? part : sofar + u'/' + part;
        QTreeWidgetItem *found = nullptr;
        const int count = parent ? parent->childCount() : m_tree->topLevelItemCount();
        for (int i = 0; i < count && !found; ++i) {
            QTreeWidgetItem *child = parent ? parent->child(i) : m_tree->topLevelItem(i);
            if (child->data(NameColumn, kFeedRole).toLongLong() == 0
                && child->data(NameColumn, kFolderRole).toString() == sofar)
                found = child;
        }
        if (!found) {
            found = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
            found->setText(NameColumn, part);
            found->setIcon(NameColumn, style()->standardIcon(QStyle::SP_DirIcon));
            found->setData(NameColumn, kFolderRole, sofar);
            found->setData(NameColumn, kFeedRole, qint64(0));
            found->setExpanded(true);
        }
        parent = found;
    }
    return parent;
}

void FeedsPane::setFeeds(const QList<FeedRecord> &feeds)
{
    m_feeds = feeds;
    rebuild();
}

void FeedsPane::updateUnread(const QList<FeedRecord> &feeds)
{
    auto sameTree = [this, &feeds] {
        if (feeds.size() != m_feeds.size())
            return false;
        for (qsizetype i = 0; i < feeds.size(); ++i) {
            const FeedRecord &a = feeds[i];
            const FeedRecord &b = m_feeds[i];
            if (a.id != b.id || a.title != b.title || a.url != b.url || a.folder != b.folder
                || a.lastError != b.lastError || a.malformed != b.malformed)
                return false;
        }
        return true;
    };
    if (!sameTree()) {
        setFeeds(feeds);
        return;
    }
    m_feeds = feeds;
    // Counts only: the tree, its selection and what the list shows stay as they are.
    QHash<FeedId, int> unread;
    for (const FeedRecord &f : feeds)
        unread.insert(f.id, f.unread);
    QHash<QTreeWidgetItem *, int> folderUnread;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        QTreeWidgetItem *item = *it;
        const FeedId id = item->data(NameColumn, kFeedRole).toLongLong();
        if (id == 0 || !unread.contains(id))
            continue;
        item->setText(UnreadColumn, unreadText(unread.value(id)));
        for (QTreeWidgetItem *up = item->parent(); up && up != m_searchesItem; up = up->parent())
            folderUnread[up] += unread.value(id);
    }
    for (auto it = folderUnread.cbegin(); it != folderUnread.cend(); ++it)
        it.key()->setText(UnreadColumn, unreadText(it.value()));
}

void FeedsPane::setSavedSearches(const QList<SavedSearch> &searches)
{
    m_searches = searches;
    rebuild();
}

void FeedsPane::setSavedSearchCounts(const QHash<QString, qint64> &counts)
{
    m_searchCounts = counts;
    if (!m_searchesItem)
        return;
    for (int i = 0; i < m_searchesItem->childCount(); ++i) {
        QTreeWidgetItem *item = m_searchesItem->child(i);
        const auto count = counts.constFind(item->data(NameColumn, kSearchRole).toString());
        item->setText(UnreadColumn,
                      count == counts.cend() ? QString() : QLocale().toString(count.value()));
    }
}

QTreeWidgetItem *FeedsPane::savedSearchItem(const QString &name) const
{
    for (int i = 0; m_searchesItem && i < m_searchesItem->childCount(); ++i) {
        if (m_searchesItem->child(i)->data(NameColumn, kSearchRole).toString() == name)
            return m_searchesItem->child(i);
    }
    return nullptr;
}

bool FeedsPane::onSavedSearches() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item && m_searchesItem && (item == m_searchesItem || item->parent() == m_searchesItem);
}

void FeedsPane::selectSavedSearch(const QString &name)
{
    if (QTreeWidgetItem *item = savedSearchItem(name))
        m_tree->setCurrentItem(item);
}

void FeedsPane::addSavedSearches(QTreeWidgetItem **current)
{
    m_searchesItem = nullptr;
    if (m_searches.isEmpty())
        return;
    m_searchesItem = new QTreeWidgetItem(m_tree, {tr("Saved Searches")});
    m_searchesItem->setFlags(Qt::ItemIsEnabled);
    QFont bold = m_searchesItem->font(NameColumn);
    bold.setBold(true);
    m_searchesItem->setFont(NameColumn, bold);
    m_searchesItem->setData(NameColumn, kFeedRole, qint64(0));
    m_searchesItem->setData(NameColumn, kFolderRole, QString());
    m_searchesItem->setToolTip(NameColumn,
                               tr("Searches you saved (Edit › Save Search…), with how many "
                                  "articles each finds"));
    const QIcon icon = QIcon::fromTheme(u"edit-find"_s,
                                        style()->standardIcon(QStyle::SP_FileDialogContentsView));
    for (const SavedSearch &s : std::as_const(m_searches)) {
        auto *item = new QTreeWidgetItem(m_searchesItem, {s.name});
        item->setIcon(NameColumn, icon);
        item->setData(NameColumn, kSearchRole, s.name);
        item->setData(NameColumn, kQueryRole, s.query);
        item->setData(NameColumn, kFeedRole, qint64(0));
        item->setData(NameColumn, kFolderRole, QString());
        item->setTextAlignment(UnreadColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(NameColumn, s.query);
        if (s.name == m_search)
            *current = item;
    }
    m_searchesItem->setExpanded(true);
    setSavedSearchCounts(m_searchCounts);
}

void FeedsPane::rebuild()
{
    m_filling = true;
    const QList<FeedRecord> &feeds = m_feeds;
    m_tree->clear();
    m_all = new QTreeWidgetItem(m_tree, {tr("All Articles")});
    m_all->setData(NameColumn, kFeedRole, qint64(0));
    m_all->setData(NameColumn, kFolderRole, QString());
    QTreeWidgetItem *current = m_all;
    QHash<QTreeWidgetItem *, int> folderUnread;
    for (const FeedRecord &f : feeds) {
        QTreeWidgetItem *folder = f.folder.isEmpty() ? nullptr : folderItem(f.folder);
        auto *item = folder ? new QTreeWidgetItem(folder) : new QTreeWidgetItem(m_tree);
        item->setText(NameColumn, f.title.isEmpty() ? f.url : f.title);
        item->setText(UnreadColumn, unreadText(f.unread));
        item->setTextAlignment(UnreadColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(NameColumn, kFeedRole, f.id);
        item->setData(NameColumn, kFolderRole, f.folder);
        QString tip = u"%1\n%2"_s.arg(item->text(NameColumn), f.url);
        if (!f.lastError.isEmpty()) {
            item->setIcon(NameColumn, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            tip += u"\n"_s
                    + tr("Failing: %1 (%n time(s) in a row)", nullptr, f.errorCount)
                              .arg(f.lastError);
        }
        if (!f.malformed.isEmpty())
            tip += u"\n"_s + tr("Malformed, read anyway: %1").arg(f.malformed);
        if (f.lastFetchedAt.isValid())
            tip += u"\n"_s
                    + tr("Last fetched %1")
                              .arg(QLocale().toString(f.lastFetchedAt.toLocalTime(),
                                                      QLocale::ShortFormat));
        item->setToolTip(NameColumn, tip);
        for (QTreeWidgetItem *up = folder; up; up = up->parent())
            folderUnread[up] += f.unread;
        if (f.id == m_feed)
            current = item;
    }
    for (auto it = folderUnread.cbegin(); it != folderUnread.cend(); ++it) {
        it.key()->setText(UnreadColumn, unreadText(it.value()));
        it.key()->setTextAlignment(UnreadColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (m_feed == 0 && !m_folder.isEmpty()
            && it.key()->data(NameColumn, kFolderRole).toString() == m_folder)
            current = it.key();
    }
    if (!m_search.isEmpty())
        current = m_all; // unless the search is still there
    addSavedSearches(&current);
    // Last, as mail clients place it: what was deleted, until it is restored or purged.
    m_trashItem = new QTreeWidgetItem(m_tree, {tr("Trash")});
    m_trashItem->setIcon(NameColumn, style()->standardIcon(QStyle::SP_TrashIcon));
    m_trashItem->setData(NameColumn, kTrashRole, true);
    m_trashItem->setData(NameColumn, kFeedRole, qint64(0));
    m_trashItem->setData(NameColumn, kFolderRole, QString());
    m_trashItem->setTextAlignment(UnreadColumn, Qt::AlignRight | Qt::AlignVCenter);
    m_trashItem->setToolTip(NameColumn,
                            tr("Deleted articles, with their notes, until you restore them or "
                               "empty the Trash"));
    setTrashCount(m_trashCount);
    if (m_trash)
        current = m_trashItem;
    m_tree->setCurrentItem(current);
    m_filling = false;
    onCurrentChanged(current);
}

void FeedsPane::setTrashCount(int articles)
{
    m_trashCount = articles;
    if (m_trashItem)
        m_trashItem->setText(UnreadColumn, unreadText(articles));
}

void FeedsPane::selectTrash()
{
    m_tree->setCurrentItem(m_trashItem);
}

void FeedsPane::selectAll()
{
    m_tree->setCurrentItem(m_all);
}

void FeedsPane::onCurrentChanged(QTreeWidgetItem *item)
{
    if (m_filling)
        return;
    const bool trash = item && item->data(NameColumn, kTrashRole).toBool();
    const QString search = item ? item->data(NameColumn, kSearchRole).toString() : QString();
    const QString query = item ? item->data(NameColumn, kQueryRole).toString() : QString();
    const FeedId feed = item ? item->data(NameColumn, kFeedRole).toLongLong() : 0;
    const QString folder = item ? item->data(NameColumn, kFolderRole).toString() : QString();
    const QString effective = feed > 0 ? QString() : folder;
    // The Trash first: the list then reads the new source once it shows the right articles.
    if (trash != m_trash) {
        m_trash = trash;
        Q_EMIT trashChosen(m_trash);
    }
    if (feed != m_feed || effective != m_folder) {
        m_feed = feed;
        m_folder = effective;
        Q_EMIT sourceChanged(m_feed, m_folder);
    }
    // After the source: a saved search lists what it finds among all articles.
    if (search != m_search) {
        m_search = search;
        Q_EMIT savedSearchChosen(search, query);
    }
}

} // namespace newsmark::gui
