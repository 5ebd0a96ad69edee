#include "benchmark_probe.h"

#include "feeds_controller.h"
#include "library_pane.h"
#include "main_window.h"
#include "reader_view.h"

#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace newsmark::gui {

namespace {
void report(const QByteArray &line)
{
    std::fprintf(stderr, "newsmark-benchmark: %s\n", line.constData());
    std::fflush(stderr);
}
} // namespace

void BenchmarkProbe::attachIfRequested(MainWindow &window)
{
    if (qEnvironmentVariableIntValue("NEWSMARK_BENCHMARK") != 1)
        return;
    new BenchmarkProbe(window);
}

BenchmarkProbe::BenchmarkProbe(MainWindow &window)
    : QObject(&window)
    , m_window(window)
{
    bool ok = false;
    const int opens = qEnvironmentVariableIntValue("NEWSMARK_BENCHMARK_OPENS", &ok);
    if (ok)
        m_opensLeft = opens;
    connect(window.readerView(), &QWebEngineView::loadFinished, this,
            &BenchmarkProbe::onLoadFinished);
    m_tick.setTimerType(Qt::PreciseTimer);
    m_tick.setInterval(5);
    connect(&m_tick, &QTimer::timeout, this, &BenchmarkProbe::onTick);
    connect(window.feeds(), &FeedsController::refreshStarted, this, [this](int feeds) {
        report("feeds_refresh_started feeds=" + QByteArray::number(feeds));
        m_maxGapNs = 0;
        m_gapsOver50 = 0;
        m_watching = true;
        m_refreshClock.start();
        m_tickClock.start();
        m_tick.start();
    });
    connect(window.feeds(), &FeedsController::refreshFinished, this, [this] {
        const qint64 refreshNs = m_refreshClock.nsecsElapsed();
        // The window's own work after the refresh (list, feeds pane, index) counts too.
        QTimer::singleShot(1000, this, [this, refreshNs] {
            m_tick.stop();
            m_watching = false;
            report("feeds_refresh_ms=" + QByteArray::number(double(refreshNs) / 1e6, 'f', 0)
                   + " max_stall_ms=" + QByteArray::number(double(m_maxGapNs) / 1e6, 'f', 1)
                   + " stalls_over_50ms=" + QByteArray::number(m_gapsOver50));
        });
    });
}

void BenchmarkProbe::onTick()
{
    if (!m_watching)
        return;
    // The gap beyond the 5 ms interval is time the event loop could not run.
    const qint64 gap = m_tickClock.nsecsElapsed() - 5'000'000;
    m_tickClock.start();
    m_maxGapNs = std::max(m_maxGapNs, gap);
    if (gap > 50'000'000)
        ++m_gapsOver50;
}

void BenchmarkProbe::onLoadFinished(bool ok)
{
    if (!ok || m_window.readerView()->articleId() == 0)
        return; // a placeholder, not an article
    if (!m_settled) {
        m_settled = true;
        report("settled rows="
               + QByteArray::number(m_window.libraryPane()->tableView()->model()->rowCount()));
        // Let the memory figures be read with the page shown before anything else happens.
        QTimer::singleShot(4000, this, &BenchmarkProbe::openNext);
        return;
    }
    if (m_openTimer.isValid()) {
        report("open_ms=" + QByteArray::number(double(m_openTimer.nsecsElapsed()) / 1e6, 'f', 2));
        m_openTimer.invalidate();
        QTimer::singleShot(50, this, &BenchmarkProbe::openNext);
    }
}

void BenchmarkProbe::openNext()
{
    QTableView *table = m_window.libraryPane()->tableView();
    if (m_opensLeft-- <= 0 || m_nextRow >= table->model()->rowCount()) {
        report("done");
        return;
    }
    m_openTimer.start();
    table->selectRow(m_nextRow++);
}

} // namespace newsmark::gui
