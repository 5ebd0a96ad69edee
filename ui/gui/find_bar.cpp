#include "find_bar.h"

#include "reader_bridge.h"
#include "reader_view.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace newsmark::gui {

FindBar::FindBar(ReaderView &reader, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_text(new QLineEdit(this))
    , m_count(new QLabel(this))
{
    setObjectName(u"findBar"_s);
    m_text->setObjectName(u"findText"_s);
    m_text->setPlaceholderText(tr("Find in article"));
    m_text->setClearButtonEnabled(true);
    m_text->installEventFilter(this);
    m_count->setObjectName(u"findCount"_s);
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(u"888 of 888"_s) + 8);
    auto *previous = new QToolButton(this);
    previous->setObjectName(u"findPrevious"_s);
    previous->setArrowType(Qt::UpArrow);
    previous->setAutoRaise(true);
    previous->setToolTip(tr("Previous match (Shift+F3)"));
    auto *next = new QToolButton(this);
    next->setObjectName(u"findNext"_s);
    next->setArrowType(Qt::DownArrow);
    next->setAutoRaise(true);
    next->setToolTip(tr("Next match (F3)"));
    auto *closeButton = new QToolButton(this);
    closeButton->setObjectName(u"findClose"_s);
    closeButton->setText(u"✕"_s);
    closeButton->setAutoRaise(true);
    closeButton->setToolTip(tr("Close (Esc)"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_count);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(closeButton);

    // Each change of the text marks again at once: a substring scan of one article is fast, and
    // the line edit reports composed text only, so an IME's unfinished syllable is not searched.
    connect(m_text, &QLineEdit::textChanged, this, &FindBar::search);
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(closeButton, &QToolButton::clicked, this, &FindBar::close);
    // Another article: its own occurrences.
    connect(&m_reader, &ReaderView::articleChanged, this, [this] {
        if (isVisible())
            search();
    });
    hide();
}

void FindBar::open()
{
    show();
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
    search();
}

void FindBar::close()
{
    hide();
    m_matches.clear();
    m_current = -1;
    m_reader.setFindMatches({}, -1);
    m_reader.setFocus(Qt::ShortcutFocusReason);
}

void FindBar::findNext()
{
    step(1);
}

void FindBar::findPrevious()
{
    step(-1);
}

void FindBar::search()
{
    m_matches.clear();
    const QString needle = m_text->text();
    const QString &text = m_reader.bridge()->text();
    if (!needle.isEmpty()) {
        for (qsizetype at = text.indexOf(needle, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(needle, at + needle.size(), Qt::CaseInsensitive)) {
            m_matches.append({int(at), int(at + needle.size())});
        }
    }
    m_current = m_matches.isEmpty() ? -1 : 0;
    m_reader.setFindMatches(m_matches, m_current);
    updateCount();
}

void FindBar::step(int delta)
{
    if (!isVisible()) {
        open();
        return;
    }
    if (m_matches.isEmpty())
        return;
    const int count = int(m_matches.size());
    m_current = ((m_current + delta) % count + count) % count;
    m_reader.showFindMatch(m_current);
    updateCount();
}

QString FindBar::countText() const
{
    return m_count->text();
}

void FindBar::updateCount()
{
    if (m_text->text().isEmpty())
        m_count->clear();
    else if (m_matches.isEmpty())
        m_count->setText(tr("No matches"));
    else
        m_count->setText(tr("%1 of %2").arg(m_current + 1).arg(m_matches.size()));
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool shift = key->modifiers() & Qt::ShiftModifier;
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter: step(shift ? -1 : 1); return true;
        case Qt::Key_Escape: close(); return true;
        default: break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace newsmark::gui
