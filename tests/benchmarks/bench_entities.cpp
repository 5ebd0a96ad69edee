// Entity pipeline throughput on Korean news text, beside a plain code-point count over the same
// text (the floor any pass over the text pays), and the model's load time. One thread.
//
//   bench_entities [FILE]   (default: KLUE-NER's unlabeled news sentences, else the seed)

#include "analysis/analyzer.h"
#include "analysis/ner/entity_recognizer.h"
#include "analysis/ner/ner_model.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace newsmark;

namespace {

QString corpus(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    if (!path.endsWith(QStringLiteral(".jsonl")))
        return QString::fromUtf8(file.readAll());
    QString text;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QJsonObject json = QJsonDocument::fromJson(line).object();
        if (json.value(QStringLiteral("source")).toString() == QStringLiteral("wikitree"))
            text += json.value(QStringLiteral("text")).toString() + u'\n';
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
    QString path = argc > 1 ? QString::fromLocal8Bit(argv[1])
                            : QStringLiteral(NEWSMARK_SHARED_DIR
                                             "/data/klue-ner/klue-ner-train-raw-sentences.jsonl");
    QString text = corpus(path);
    if (text.isEmpty()) {
        path = QStringLiteral(NEWSMARK_SHARED_DIR "/seed/000_370fe3b5e7a16ed7.txt");
        text = corpus(path);
    }
    if (text.isEmpty()) {
        std::printf("no text to measure\n");
        return 1;
    }
    const double megabytes = double(text.toUtf8().size()) / 1e6;
    std::printf("text: %s, %.2f MB UTF-8\n", qPrintable(path), megabytes);

    QElapsedTimer load;
    load.start();
    const auto tagger = ner::SequenceTagger::loadShipped();
    std::printf("model load (resource, gazetteer, lexicon): %.1f ms\n",
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
