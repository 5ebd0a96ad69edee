// Page extraction throughput and memory: every page of ../shared's readability test pages (or
// the HTML files given) extracted in a row by one PageExtractor, beside a baseline measured in
// the same run: the same pages only loaded (no Readability) in the same kind of page. Memory is
// the PSS of the whole process tree (QtWebEngineProcess included), before and at its peak.
//
//   bench_extract [--text] [FILE.html | DIR ...]   (default: the readability test pages)

#include "extraction_web.h"
#include "page_extractor.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

#include <cstdio>
#include <optional>

using namespace newsmark;
using namespace newsmark::extract;

namespace {

QList<QString> pageFiles(const QStringList &arguments)
{
    QList<QString> files;
    for (const QString &argument : arguments) {
        if (QFileInfo(argument).isDir()) {
            QDirIterator it(argument, {QStringLiteral("source.html")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                files.append(it.next());
        } else {
            files.append(argument);
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

QList<qint64> processTree(qint64 root)
{
    QHash<qint64, QList<qint64>> children;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1)
            children[fields.at(1).toLongLong()].append(pid.toLongLong());
    }
    QList<qint64> tree {root};
    for (qsizetype i = 0; i < tree.size(); ++i)
        tree += children.value(tree.at(i));
    return tree;
}

// Proportional set size of this process and all its descendants, in KiB.
qint64 treePssKiB()
{
    qint64 pss = 0;
    for (const qint64 pid : processTree(QCoreApplication::applicationPid())) {
        QFile smaps(QStringLiteral("/proc/%1/smaps_rollup").arg(pid));
        if (!smaps.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : smaps.readAll().split('\n')) {
            if (line.startsWith("Pss:"))
                pss += line.mid(4).trimmed().split(' ').first().toLongLong();
        }
    }
    return pss;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The baseline: each page served and loaded the same way, without Readability, until its load
// event (the extractor starts as soon as the document is parsed, which can be earlier).
double loadOnlySeconds(const QList<QString> &files)
{
    QWebEngineProfile profile;
    PageSchemeHandler handler;
    PageRequestInterceptor interceptor;
    profile.installUrlSchemeHandler(kPageScheme, &handler);
    profile.setUrlRequestInterceptor(&interceptor);
    profile.settings()->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    profile.settings()->setAttribute(QWebEngineSettings::AutoLoadImages, false);
    ExtractionWebPage page(&profile);
    QElapsedTimer timer;
    timer.start();
    int n = 0;
    for (const QString &file : files) {
        const QUrl url(QString::fromLatin1(kPageScheme) + u":load" + QString::number(++n));
        handler.setPage(url, readFile(file));
        bool done = false;
        const auto c = QObject::connect(&page, &QWebEnginePage::loadFinished, [&] { done = true; });
        page.load(url);
        const QDeadlineTimer deadline(30'000);
        while (!done && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
        QObject::disconnect(c);
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    prepareExtraction();
    QGuiApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    const bool printText = arguments.removeAll(QStringLiteral("--text")) > 0;
    if (arguments.isEmpty())
        arguments.append(
                QStringLiteral(NEWSMARK_SHARED_DIR "/data/readability-test-pages/test/test-pages"));
    const QList<QString> files = pageFiles(arguments);
    if (files.isEmpty()) {
        std::fprintf(stderr, "no pages found\n");
        return 1;
    }
    qint64 bytes = 0;
    for (const QString &file : files)
        bytes += QFileInfo(file).size();

    ExtractionLimits limits;
    limits.acceptNonArticles = true;
    auto extractor = std::make_unique<PageExtractor>(limits);
    // Warm up: start the renderer process before the clock runs.
    {
        bool done = false;
        QObject::connect(extractor.get(), &PageExtractor::finished, [&] { done = true; });
        extractor->extract(QByteArrayLiteral("<title>warm</title><p>up</p>"),
                           QUrl(QStringLiteral("https://example.com/")));
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        QObject::disconnect(extractor.get(), &PageExtractor::finished, nullptr, nullptr);
    }
    const qint64 idlePss = treePssKiB();
    qint64 peakPss = idlePss;
    int failed = 0;
    qsizetype answered = 0;
    QHash<quint64, QString> fileOf;
    QObject::connect(
            extractor.get(), &PageExtractor::finished,
            [&](quint64 ticket, const Result<ExtractedPage> &result) {
                const QString file = fileOf.value(ticket);
                if (!result.ok()) {
                    ++failed;
                    std::printf("FAILED %s: %s\n", qPrintable(file), qPrintable(result.error()));
                } else if (printText) {
                    std::printf("== %s\n# %s\n%s\n", qPrintable(file), qPrintable(result->title),
                                qPrintable(result->plainText()));
                }
                if (++answered % 10 == 0)
                    peakPss = qMax(peakPss, treePssKiB());
            });
    QElapsedTimer timer;
    timer.start();
    for (const QString &file : files) {
        fileOf.insert(extractor->extract(readFile(file),
                                         QUrl(QStringLiteral("http://fakehost/test/page.html"))),
                      file);
    }
    while (answered < files.size())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    peakPss = qMax(peakPss, treePssKiB());
    extractor.reset();

    const double loadSeconds = loadOnlySeconds(files);
    std::printf("pages: %lld (%.1f MB of HTML), failed: %d\n", qint64(files.size()),
                double(bytes) / 1e6, failed);
    std::printf("%-28s %10s %12s\n", "", "pages/s", "ms/page");
    std::printf("%-28s %10.1f %12.1f\n", "extract (load + Readability)",
                double(files.size()) / seconds, 1000.0 * seconds / double(files.size()));
    std::printf("%-28s %10.1f %12.1f\n", "baseline: load only", double(files.size()) / loadSeconds,
                1000.0 * loadSeconds / double(files.size()));
    std::printf("memory, PSS of the process tree: %.0f MB after start-up, %.0f MB at the peak\n",
                double(idlePss) / 1024.0, double(peakPss) / 1024.0);
    return failed == 0 ? 0 : 2;
}
