#include "status_progress.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace newsmark::gui {

StatusProgress::StatusProgress(const QString &name, const QString &stopText,
                               const QString &stopToolTip)
    : m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_stop(new QToolButton(this))
{
    setObjectName(name + u"Status"_s);
    m_label->setObjectName(name + u"Label"_s);
    m_bar->setObjectName(name + u"Progress"_s);
    m_bar->setMaximumWidth(160);
    m_bar->setTextVisible(false);
    m_stop->setObjectName(name + u"Cancel"_s);
    m_stop->setText(stopText);
    m_stop->setToolTip(stopToolTip);
    m_stop->setAutoRaise(true);
    connect(m_stop, &QToolButton::clicked, this, &StatusProgress::stopRequested);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_stop);
    hide();
}

void StatusProgress::setProgress(const QString &text, qint64 done, qint64 total)
{
    constexpr qint64 kMost = std::numeric_limits<int>::max();
    m_label->setText(text);
    m_bar->setRange(0, int(std::min(total, kMost)));
    m_bar->setValue(int(std::min({done, total, kMost})));
}

bool StatusProgress::showUnlessCovered()
{
    const auto *bar = qobject_cast<QStatusBar *>(parentWidget());
    if (bar && !bar->currentMessage().isEmpty())
        return false;
    show();
    return true;
}

void StatusProgress::setStopping(const QString &text)
{
    m_label->setText(text);
    m_stop->setEnabled(false);
}

void StatusProgress::reset()
{
    hide();
    m_stop->setEnabled(true);
}

} // namespace newsmark::gui
