// Throughput of the amount recogniser on Korean news text, on one thread, beside a plain pass
// over the same text that only counts code points: the floor any scan of the text pays.
//
//     bench_amounts [FILE_OR_DIR]
//
// Without an argument it writes 2,000 synthetic articles with ../shared/tools/make_corpus.py.
// The passes alternate over 11 runs; figures are medians, in MB/s of UTF-8 input, twice: by the
// thread's CPU time (what "on one core" means, and steady on a shared machine) and by the wall
// clock (which, when other processes compete for the cores, penalises the longer pass more: it is
// preempted more often).
#include "analysis/amount_recognizer.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace newsmark;

namespace {

constexpr int kRuns = 11;

QStringList readTexts(const QString &path, qint64 *bytes)
{
    QStringList texts;
    auto add = [&](const QString &file) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return;
        const QByteArray data = f.readAll();
        *bytes += data.size();
        texts << QString::fromUtf8(data);
    };
    if (QFileInfo(path).isDir()) {
        QDirIterator it(path, {QStringLiteral("*.txt")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            add(it.next());
    } else {
        add(path);
    }
    return texts;
}

// The baseline: one pass that decodes surrogate pairs and counts code points, nothing else.
qint64 countCodePoints(const QStringList &texts)
{
    qint64 points = 0;
    for (const QString &text : texts) {
        const QChar *p = text.constData();
        const QChar *end = p + text.size();
        while (p < end) {
            p += (p->isHighSurrogate() && p + 1 < end && (p + 1)->isLowSurrogate()) ? 2 : 1;
            ++points;
        }
    }
    return points;
}

qint64 recognize(const QStringList &texts)
{
    static const AmountRecognizer recognizer;
    qint64 spans = 0;
    for (const QString &text : texts)
        spans += recognizer.recognize(text).size();
    return spans;
}

double threadCpuSeconds()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

struct Seconds
{
    double cpu = 0; // this thread's CPU time
    double wall = 0; // wall-clock time
};

template<typename Pass>
Seconds timed(Pass pass, qint64 *result)
{
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = threadCpuSeconds();
    *result = pass();
    return {threadCpuSeconds() - cpuStart, double(timer.nsecsElapsed()) / 1e9};
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QString path;
    QTemporaryDir scratch;
    if (argc > 1) {
        path = QString::fromLocal8Bit(argv[1]);
    } else {
        const QString tool = QStringLiteral(NEWSMARK_MAKE_CORPUS);
        if (!QFileInfo::exists(tool)) {
            std::printf("bench_amounts: %s is missing; pass a file or folder of Korean news text\n",
                        qPrintable(tool));
            return 0;
        }
        path = scratch.path() + QStringLiteral("/corpus");
        QProcess make;
        make.start(QStringLiteral("python3"), {tool, QStringLiteral("2000"), path});
        if (!make.waitForFinished(300000) || make.exitCode() != 0) {
            std::printf("bench_amounts: make_corpus.py failed: %s\n",
                        make.readAllStandardError().constData());
            return 1;
        }
    }
    qint64 bytes = 0;
    const QStringList texts = readTexts(path, &bytes);
    if (texts.isEmpty() || bytes == 0) {
        std::printf("bench_amounts: no text in %s\n", qPrintable(path));
        return 1;
    }
    const double mb = double(bytes) / 1e6;

    // The two passes alternate, run after run, so that both meet the same machine: on a shared
    // or frequency-scaled core, passes timed minutes apart can differ by half from that alone.
    // Each run gives a ratio; the figures are medians over the runs.
    qint64 points = 0;
    qint64 spans = 0;
    std::vector<double> plainCpu, plainWall, amountsCpu, amountsWall, ratioCpu, ratioWall;
    for (int run = 0; run < kRuns; ++run) {
        const Seconds plain = timed([&] { return countCodePoints(texts); }, &points);
        const Seconds amounts = timed([&] { return recognize(texts); }, &spans);
        plainCpu.push_back(mb / plain.cpu);
        plainWall.push_back(mb / plain.wall);
        amountsCpu.push_back(mb / amounts.cpu);
        amountsWall.push_back(mb / amounts.wall);
        ratioCpu.push_back(plain.cpu / amounts.cpu);
        ratioWall.push_back(plain.wall / amounts.wall);
    }

    std::printf("input: %lld texts, %.2f MB UTF-8, %lld code points, %lld amounts\n",
                static_cast<long long>(texts.size()), mb, static_cast<long long>(points),
                static_cast<long long>(spans));
    std::printf("medians of %d alternating runs   CPU time   wall clock\n", kRuns);
    std::printf("code point count pass:          %9.1f  %9.1f  MB/s\n", median(plainCpu),
                median(plainWall));
    std::printf("amount recogniser:              %9.1f  %9.1f  MB/s\n", median(amountsCpu),
                median(amountsWall));
    std::printf("ratio (recogniser / plain pass): %.3f (CPU time), %.3f (wall clock)  "
                "(aim: >= 0.100); by CPU time per run %.3f to %.3f\n",
                median(ratioCpu), median(ratioWall),
                *std::min_element(ratioCpu.begin(), ratioCpu.end()),
                *std::max_element(ratioCpu.begin(), ratioCpu.end()));
    return 0;
}
