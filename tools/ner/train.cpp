// newsmark-ner-train: trains the entity model on KLUE-NER and measures it on the held-out tenth.
//
//   newsmark-ner-train --data ../shared/data/klue-ner --out resources/models/ner-ko.bin
//   newsmark-ner-train --data ../shared/data/klue-ner --evaluate [--model FILE] [--min-f1 N]
//
// Without --model, --evaluate measures the model compiled into newsmark-core, the one that ships.

#include "corpus.h"
#include "perceptron.h"

#include "analysis/ner/gazetteer.h"
#include "analysis/ner/ner_model.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <QStringBuilder>

#include <array>
#include <map>
#include <numeric>

using namespace newsmark::ner;

namespace {

// ctest's SKIP_RETURN_CODE: no corpus on this machine is not a failure.
constexpr int kSkipped = 77;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

Tagger tagTheSentence(const SequenceTagger &tagger)
{
    return [&tagger](const LabeledSentence &s) { return tagger.tag(s.text); };
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        out() << "cannot write " << path << ": " << file.errorString() << '\n';
        return false;
    }
    out() << "wrote " << path << '\n';
    return true;
}

struct TrainingRun
{
    int bits = 18;
    int bytesPerWeight = 1;
    int epochs = 12;
    std::vector<const LabeledSentence *> training, heldOut;
};

// Averaged perceptron epochs; the epoch whose averaged weights score best on the held-out tenth
// is kept (model selection), quantized and returned in the model file format.
QByteArray train(const TrainingRun &run, const Gazetteer &lexicon)
{
    Perceptron perceptron(run.bits);
    std::vector<Perceptron::Example> trainExamples, heldOutExamples;
    for (const LabeledSentence *s : run.training)
        trainExamples.push_back(perceptron.prepare(*s, lexicon));
    for (const LabeledSentence *s : run.heldOut)
        heldOutExamples.push_back(perceptron.prepare(*s, lexicon));
    std::vector<float> bestWeights, bestTransitions;
    double bestF1 = -1;
    int bestEpoch = 0;
    for (int epoch = 1; epoch <= run.epochs; ++epoch) {
        QElapsedTimer timer;
        timer.start();
        perceptron.trainEpoch(trainExamples, quint32(epoch));
        size_t next = 0;
        const Evaluation result = evaluate(run.heldOut, [&](const LabeledSentence &) {
            return perceptron.tagAveraged(heldOutExamples[next++]);
        });
        const double f1 = result.micro().f1();
        out() << "epoch " << epoch << ": held-out micro F1 " << QString::number(f1, 'f', 2) << " ("
              << timer.elapsed() << " ms)\n";
        out().flush();
        if (f1 > bestF1) {
            bestF1 = f1;
            bestEpoch = epoch;
            perceptron.average(bestWeights, bestTransitions);
        }
    }
    out() << "best epoch " << bestEpoch << '\n';
    return NerModel::serialize(run.bits, run.bytesPerWeight, bestTransitions, bestWeights);
}

// Self-training turned into a feature: the first model tags the unlabeled sentences, and the
// names it finds at least twice, nearly always with the same type, become a lexicon whose
// matches the second model reads. This carries names the labeled sentences never show.
QString mineLexicon(const SequenceTagger &tagger, const QStringList &sentences)
{
    std::map<QString, std::array<int, kTypeCount>> counts;
    for (const QString &text : sentences) {
        const std::vector<quint8> labels = tagger.tag(text);
        for (const TypedRange &r : labelsToRanges(labels.data(), qsizetype(labels.size()))) {
            if (r.type != EntityType::Person && r.type != EntityType::Location
                && r.type != EntityType::Organization)
                continue;
            if (r.end - r.start < 2)
                continue;
            counts[text.mid(r.start, r.end - r.start)][size_t(r.type)] += 1;
        }
    }
    QString tsv =
            QStringLiteral("# Names the stage-1 model found in KLUE-NER's unlabeled sentences "
                           "(CC BY-SA 4.0, see docs/ENTITIES.md)\n");
    for (const auto &[surface, perType] : counts) {
        const int total = std::accumulate(perType.begin(), perType.end(), 0);
        const auto best = std::max_element(perType.begin(), perType.end());
        if (total >= 2 && *best * 10 >= total * 8)
            tsv += surface % u'\t' % typeCode(EntityType(best - perType.begin())) % u'\n';
    }
    return tsv;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Train and evaluate Newsmark's entity model."));
    parser.addHelpOption();
    const QCommandLineOption dataOption(
            QStringLiteral("data"), QStringLiteral("The klue-ner folder."), QStringLiteral("DIR"));
    const QCommandLineOption outOption(
            QStringLiteral("out"), QStringLiteral("Write the model here."), QStringLiteral("FILE"));
    const QCommandLineOption epochsOption(QStringLiteral("epochs"),
                                          QStringLiteral("Most epochs (default 12)."),
                                          QStringLiteral("N"), QStringLiteral("12"));
    const QCommandLineOption bitsOption(QStringLiteral("bits"),
                                        QStringLiteral("2^bits weight rows (default 19)."),
                                        QStringLiteral("N"), QStringLiteral("19"));
    const QCommandLineOption widthOption(QStringLiteral("bytes-per-weight"),
                                         QStringLiteral("1 or 2 (default 1)."), QStringLiteral("N"),
                                         QStringLiteral("1"));
    const QCommandLineOption evaluateOption(
            QStringLiteral("evaluate"),
            QStringLiteral("Only measure a model on the held-out tenth."));
    const QCommandLineOption modelOption(
            QStringLiteral("model"),
            QStringLiteral("With --evaluate: a model file instead of the shipped one."),
            QStringLiteral("FILE"));
    const QCommandLineOption minF1Option(QStringLiteral("min-f1"),
                                         QStringLiteral("Fail when the micro F1 is below N."),
                                         QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption noSelfTrainingOption(
            QStringLiteral("no-self-training"),
            QStringLiteral("Train once, without the lexicon mined from the unlabeled sentences."));
    parser.addOptions({dataOption, outOption, epochsOption, bitsOption, widthOption, evaluateOption,
                       modelOption, minF1Option, noSelfTrainingOption});
    parser.process(app);

    const QString dataDir = parser.value(dataOption);
    const QString labeledPath =
            QDir(dataDir).filePath(QStringLiteral("klue-ner-train-labeled.jsonl"));
    if (dataDir.isEmpty() || !QFile::exists(labeledPath)) {
        out() << "no KLUE-NER data at '" << dataDir << "': skipped\n";
        return kSkipped;
    }
    QString error;
    const std::vector<LabeledSentence> corpus = readLabeledJsonl(labeledPath, &error);
    if (!error.isEmpty()) {
        out() << error << '\n';
        return 1;
    }
    std::vector<const LabeledSentence *> training, heldOut;
    for (const LabeledSentence &s : corpus)
        (isHeldOut(s.id) ? heldOut : training).push_back(&s);
    out() << corpus.size() << " labeled sentences: " << training.size() << " to train, "
          << heldOut.size() << " held out\n";
    const double minF1 = parser.value(minF1Option).toDouble();

    if (parser.isSet(evaluateOption)) {
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<SequenceTagger> tagger;
        if (parser.isSet(modelOption)) {
            const QString modelPath = parser.value(modelOption);
            QFile file(modelPath);
            std::unique_ptr<NerModel> model;
            if (file.open(QIODevice::ReadOnly))
                model = NerModel::fromBytes(file.readAll(), &error);
            else
                error = file.errorString();
            auto lexicon = std::make_unique<Gazetteer>();
            QFile lexiconFile(QString(modelPath).replace(QStringLiteral(".bin"),
                                                         QStringLiteral("-lexicon.tsv")));
            if (lexiconFile.open(QIODevice::ReadOnly))
                lexicon->addTsv(QString::fromUtf8(lexiconFile.readAll()));
            lexicon->build();
            if (model)
                tagger = std::make_unique<SequenceTagger>(std::move(model), &Gazetteer::standard(),
                                                          std::move(lexicon));
        } else {
            tagger = SequenceTagger::loadShipped(&error);
        }
        if (!tagger) {
            out() << "cannot load the model: " << error << '\n';
            return 1;
        }
        out() << "model loaded in " << timer.nsecsElapsed() / 1000 << " µs\n";
        const Evaluation result = evaluate(heldOut, tagTheSentence(*tagger));
        out() << result.table();
        const double f1 = result.micro().f1();
        if (f1 < minF1) {
            out() << "micro F1 " << f1 << " is below " << minF1 << '\n';
            return 1;
        }
        return 0;
    }

    TrainingRun run;
    run.bits = parser.value(bitsOption).toInt();
    run.bytesPerWeight = parser.value(widthOption).toInt();
    run.epochs = parser.value(epochsOption).toInt();
    run.training = training;
    run.heldOut = heldOut;

    auto lexicon = std::make_unique<Gazetteer>();
    lexicon->build();
    out() << "stage 1: without a mined lexicon\n";
    QByteArray bytes = train(run, *lexicon);
    const QString rawPath =
            QDir(dataDir).filePath(QStringLiteral("klue-ner-train-raw-sentences.jsonl"));
    QString lexiconTsv;
    if (!parser.isSet(noSelfTrainingOption) && QFile::exists(rawPath)) {
        const QStringList raw = readRawJsonl(rawPath, &error);
        const SequenceTagger stage1(NerModel::fromBytes(bytes), &Gazetteer::standard(),
                                    std::move(lexicon));
        lexiconTsv = mineLexicon(stage1, raw);
        lexicon = std::make_unique<Gazetteer>();
        lexicon->addTsv(lexiconTsv);
        lexicon->build();
        out() << "stage 2: lexicon of " << lexicon->size() << " names mined from " << raw.size()
              << " unlabeled sentences\n";
        bytes = train(run, *lexicon);
    }
    const SequenceTagger tagger(NerModel::fromBytes(bytes, &error), &Gazetteer::standard(),
                                std::move(lexicon));
    const Evaluation result = evaluate(heldOut, tagTheSentence(tagger));
    out() << "shipped (quantized) model, " << bytes.size() << " bytes, on the held-out tenth:\n"
          << result.table();
    if (parser.isSet(outOption)) {
        const QString modelPath = parser.value(outOption);
        QString lexiconPath = modelPath;
        lexiconPath.replace(QStringLiteral(".bin"), QStringLiteral("-lexicon.tsv"));
        if (!writeFile(modelPath, bytes) || !writeFile(lexiconPath, lexiconTsv.toUtf8()))
            return 1;
    }
    return result.micro().f1() >= minF1 ? 0 : 1;
}
