// Throughput of the amount recogniser on Korean news text, on one thread, beside a plain pass
// over the same text that only counts code points: the floor any scan of the text pays.
//
//     bench_amounts [FILE_OR_DIR]
//
// Without an argument it writes 2,000 synthetic articles with ../shared/tools/make_corpus.py.
// Figures are the median of 5 runs, in MB/s of UTF-8 input.
#include "analysis/amount_recognizer.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace newsmark;

namespace {

constexpr int kRuns = 5;

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

template<typename Pass>
double medianSeconds(Pass pass, qint64 *result)
{
    std::vector<double> seconds;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        *result = pass();
        seconds.push_back(double(timer.nsecsElapsed()) / 1e9);
    }
    std::sort(seconds.begin(), seconds.end());
    return seconds[kRuns / 2];
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

    qint64 points = 0;
    qint64 spans = 0;
    const double plain = medianSeconds([&] { return countCodePoints(texts); }, &points);
    const double amounts = medianSeconds([&] { return recognize(texts); }, &spans);

    std::printf("input: %lld texts, %.2f MB UTF-8, %lld code points, %lld amounts\n",
                static_cast<long long>(texts.size()), mb, static_cast<long long>(points),
                static_cast<long long>(spans));
    std::printf("code point count pass: %9.1f MB/s\n", mb / plain);
    std::printf("amount recogniser:     %9.1f MB/s\n", mb / amounts);
    std::printf("ratio (recogniser / plain pass): %.3f  (aim: >= 0.100)\n", plain / amounts);
    return 0;
}
