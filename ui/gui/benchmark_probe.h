#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace newsmark::gui {

class MainWindow;

// Reports start-up and article-open milestones on stderr for tests/benchmarks, when the
// environment sets NEWSMARK_BENCHMARK=1; otherwise it is never created. "settled" is the first
// article page that finished loading with the list filled; then it opens the next
// NEWSMARK_BENCHMARK_OPENS articles (default 10) one after another, timing each from selection
// to loadFinished, and says "done".
class BenchmarkProbe final : public QObject
{
    Q_OBJECT

public:
    static void attachIfRequested(MainWindow &window);

private:
    explicit BenchmarkProbe(MainWindow &window);
    void onLoadFinished(bool ok);
    void openNext();

    MainWindow &m_window;
    QElapsedTimer m_openTimer;
    int m_opensLeft = 10;
    int m_nextRow = 1;
    bool m_settled = false;
};

} // namespace newsmark::gui
