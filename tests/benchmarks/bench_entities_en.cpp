// Entity recogniser throughput on English text (the English model, its rules and the date
// rules), beside a plain code-point count over the same text (the floor any pass over the text
// pays), and the English model's load time. One thread.
//
//   bench_entities_en [FILE]   (default: Wikigold's sentences, tokens joined by spaces, one a line)

#include "analysis/analyzer.h"
#include "analysis/ner/english_model.h"
#include "analysis/ner/entity_recognizer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace newsmark;

namespace {

QString corpus(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString raw = QString::fromUtf8(file.readAll());
    if (!path.endsWith(QStringLiteral(".conll.txt")))
        return raw;
    QString text, line;
    for (const QString &row : raw.split(u'\n')) {
        const qsizetype space = row.lastIndexOf(u' ');
        if (row.trimmed().isEmpty() || space <= 0) {
            if (!line.isEmpty())
                text += line + u'\n';
            line.clear();
            continue;
        }
        const QString word = row.left(space);
        if (word == u"-DOCSTART-")
            continue;
        if (!line.isEmpty())
            line += u' ';
        line += word;
    }
    return text;
}

template<typename F>
double bestSeconds(F &&run)
{
    double best = 1e9;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        best = std::min(best, double(timer.nsecsElapsed()) / 1e9);
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString path = argc > 1
            ? QString::fromLocal8Bit(argv[1])
            : QStringLiteral(NEWSMARK_SHARED_DIR "/data/english-ner/wikigold.conll.txt");
    const QString once = corpus(path);
    if (once.isEmpty()) {
        std::printf("no text to measure\n");
        return 1;
    }
    const QString text = once.repeated(3);
    const double megabytes = double(text.toUtf8().size()) / 1e6;
    std::printf("text: %s (three times), %.2f MB UTF-8\n", qPrintable(path), megabytes);

    QElapsedTimer load;
    load.start();
    const auto tagger = ner::EnglishTagger::loadShipped();
    std::printf("English model load (resource, lists): %.1f ms\n",
                double(load.nsecsElapsed()) / 1e6);
    if (!tagger)
        return 1;

    qsizetype codePoints = 0;
    const double countSeconds = bestSeconds([&] {
        codePoints = 0;
        for (qsizetype i = 0; i < text.size(); ++i)
            codePoints += text[i].isLowSurrogate() ? 0 : 1;
    });
    const EntityRecognizer recognizer;
    recognizer.preload();
    qsizetype entities = 0;
    const double entitySeconds = bestSeconds([&] { entities = recognizer.recognize(text).size(); });
    qsizetype spans = 0;
    const double pipelineSeconds =
            bestSeconds([&] { spans = Analyzer::standard().analyze(text).size(); });
    std::printf("baseline code-point count: %10.1f MB/s (%lld code points)\n",
                megabytes / countSeconds, qlonglong(codePoints));
    std::printf("entity recogniser:         %10.2f MB/s (%lld entities)\n",
                megabytes / entitySeconds, qlonglong(entities));
    std::printf("whole analyzer (+amounts, linking): %.2f MB/s (%lld spans)\n",
                megabytes / pipelineSeconds, qlonglong(spans));
    return 0;
}
