#include "benchmark_probe.h"

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
