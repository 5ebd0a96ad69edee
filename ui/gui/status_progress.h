#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace newsmark::gui {

// A status bar's item for work running in the background (the entity index, the search index):
// a label, a bar and a stop button. It shows itself only when asked and never over a status bar
// message (QStatusBar hides its widgets under a message and shows them again after it).
// Its children are named after `name`: nameStatus, nameLabel, nameProgress, nameCancel.
class StatusProgress final : public QWidget
{
    Q_OBJECT

public:
    StatusProgress(const QString &name, const QString &stopText, const QString &stopToolTip);

    // The label's text and the bar at done of total.
    void setProgress(const QString &text, qint64 done, qint64 total);
    // Shows the item unless its status bar shows a message now; whether it did.
    bool showUnlessCovered();
    // After the stop button: says so and disables the button until reset().
    void setStopping(const QString &text);
    // Hidden, the button enabled again: the work ended.
    void reset();

Q_SIGNALS:
    void stopRequested();

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_stop;
};

} // namespace newsmark::gui
