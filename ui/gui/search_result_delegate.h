#pragma once

#include <QStyledItemDelegate>

namespace newsmark::gui {

// The headline cell of a search result: the headline with its matched words marked, and under
// it, smaller, the passage of the article around its first match with the words marked there
// too. Outside a search (no snippet) it draws the cell as any other.
class SearchResultDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace newsmark::gui
