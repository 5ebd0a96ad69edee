#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace newsmark::gui {

class MainWindow;

// Reports start-up and article-open milestones on stderr for tests/benchmarks, when the
// environment sets NEWSMARK_BENCHMARK=1; otherwise it is never created. "settled" is the first
// article page that finished loading with the list filled; then it opens the next
// NEWSMARK_BENCHMARK_OPENS articles (default 10) one after another, timing each from selection
// to loadFinished, and says "done". During every feed refresh it watches the event loop with a
// 5 ms timer and reports the refresh's wall time and the longest gap between two ticks (a stall
// the user would feel), up to one second after the refresh ended.
class BenchmarkProbe final : public QObject
{
    Q_OBJECT

public:
    static void attachIfRequested(MainWindow &window);

private:
    explicit BenchmarkProbe(MainWindow &window);
    void onLoadFinished(bool ok);
    void openNext();
    void onTick();

    QElapsedTimer m_tickClock; // since the last tick
    QElapsedTimer m_refreshClock; // since the refresh started
    qint64 m_maxGapNs = 0;
    int m_gapsOver50 = 0;
    bool m_watching = false;

    MainWindow &m_window;
    QElapsedTimer m_openTimer;
    int m_opensLeft = 10;
    int m_nextRow = 1;
    bool m_settled = false;
    QTimer m_tick;
};

} // namespace newsmark::gui
