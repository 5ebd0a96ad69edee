#include "search_result_delegate.h"

#include "library/roles.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace newsmark::gui {

namespace {

// The marks of the list: the colour of a highlighter pen, dark text on it in either theme, as a
// browser's find marks are.
const QColor kMarkBackground(0xff, 0xd8, 0x4d);
const QColor kMarkText(0x1a, 0x1a, 0x1a);

QList<QTextLayout::FormatRange> markRanges(const QList<int> &flat, int shift, int length)
{
    QList<QTextLayout::FormatRange> ranges;
    for (int i = 0; i + 1 < flat.size(); i += 2) {
        const int start = std::max(0, flat.at(i) - shift);
        const int end = std::min(length, flat.at(i + 1) - shift);
        if (end <= start)
            continue;
        QTextLayout::FormatRange range;
        range.start = start;
        range.length = end - start;
        range.format.setBackground(kMarkBackground);
        range.format.setForeground(kMarkText);
        ranges.append(range);
    }
    return ranges;
}

// Draws one line of `text` in `rect`, its marks highlighted, with "…" where it is cut at the
// right. A passage (`lead`) whose first mark would fall past the first third of the line is cut
// before it too, so that the match is seen; a headline is always shown from its start.
void drawMarkedLine(QPainter *painter, const QRect &rect, const QFont &font, QString text,
                    QList<int> marks, const QColor &color, bool lead)
{
    int shift = 0;
    if (lead) {
        QTextLayout probe(text, font);
        probe.beginLayout();
        QTextLine line = probe.createLine();
        probe.endLayout();
        if (line.isValid() && marks.size() >= 2) {
            const qreal x = line.cursorToX(marks.first());
            if (x > rect.width() / 3.0) {
                const int cut = line.xToCursor(x - rect.width() / 4.0);
                if (cut > 0) {
                    text = u"…"_s + text.mid(cut);
                    shift = cut - 1;
                }
            }
        }
    }
    int markable = int(text.size()); // the marks stop at the "…"
    {
        QTextLayout probe(text, font);
        probe.beginLayout();
        QTextLine line = probe.createLine();
        probe.endLayout();
        if (line.isValid() && line.naturalTextWidth() > rect.width()) {
            const qreal room = rect.width() - QFontMetricsF(font).horizontalAdvance(u"…"_s);
            text = text.left(line.xToCursor(std::max<qreal>(0, room), QTextLine::CursorOnCharacter))
                    + u"…"_s;
            markable = int(text.size()) - 1;
        }
    }
    QTextLayout layout(text, font);
    layout.setFormats(markRanges(marks, shift, markable));
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(textOption);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (!line.isValid()) {
        layout.endLayout();
        return;
    }
    line.setLineWidth(1e6);
    layout.endLayout();
    painter->save();
    painter->setClipRect(rect);
    painter->setPen(color);
    const qreal y = rect.top() + (rect.height() - line.height()) / 2.0;
    layout.draw(painter, QPointF(rect.left(), y));
    painter->restore();
}

} // namespace

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    const QVariant snippet = index.data(ArticleSnippetRole);
    if (!snippet.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString headline = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background, selection and focus as the style draws them, without the text.
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect text =
            style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 3, -2, -3);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
            opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor foreground =
            opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = foreground;
    muted.setAlphaF(selected ? 0.85f : 0.68f);

    const QRect top(text.left(), text.top(), text.width(), text.height() / 2);
    const QRect bottom(text.left(), top.bottom() + 1, text.width(), text.height() - top.height());
    drawMarkedLine(painter, top, opt.font, headline,
                   index.data(ArticleHeadlineMatchesRole).value<QList<int>>(), foreground, false);
    QFont small = opt.font;
    small.setBold(false);
    small.setPointSizeF(small.pointSizeF() * 0.92);
    drawMarkedLine(painter, bottom, small, snippet.toString(),
                   index.data(ArticleSnippetMatchesRole).value<QList<int>>(), muted, true);
}

} // namespace newsmark::gui
