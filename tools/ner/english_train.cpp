// newsmark-ner-train-en: trains and evaluates the English entity model on Wikigold
// (docs/ENTITIES.md, "English"). The CRF is the Korean trainer's (Perceptron::trainEpochCrf) on
// word-level features: a word is one position.

#include "corpus.h"
#include "perceptron.h"

#include "analysis/ner/english_features.h"
#include "analysis/ner/english_model.h"
#include "analysis/ner/features.h"
#include "analysis/ner/gazetteer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <cmath>

using namespace newsmark::ner;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// The trainer's positions carry kFeaturesPerPosition rows (the Korean model's count); a word's
// features fill the first kEnglishFeaturesPerWord, the rest repeat the bias row, which is folded
// into the transitions before the model is written.
static_assert(kEnglishFeaturesPerWord <= kFeaturesPerPosition);
constexpr int kBiasCopies = kFeaturesPerPosition - kEnglishFeaturesPerWord + 1;

struct Sentence
{
    int document = 0;
    QString text; // the tokens joined by spaces
    std::vector<EnglishToken> tokens;
    LabeledSentence labeled; // one BIO label per token
};

std::optional<EntityType> wikigoldType(QStringView tag)
{
    if (tag.endsWith(u"PER"))
        return EntityType::Person;
    if (tag.endsWith(u"LOC"))
        return EntityType::Location;
    if (tag.endsWith(u"ORG"))
        return EntityType::Organization;
    // MISC is learnt in the quantity slot, which is never reported (english_model.h).
    if (tag.endsWith(u"MISC"))
        return EntityType::Quantity;
    return std::nullopt;
}

// CoNLL lines "token TAG" with IO tags; blank lines end sentences, -DOCSTART- documents.
std::vector<Sentence> readConll(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    std::vector<Sentence> sentences;
    Sentence current;
    int document = 0;
    std::optional<EntityType> previous;
    auto finish = [&] {
        if (!current.tokens.empty()) {
            current.document = document;
            current.labeled.id = QString::number(sentences.size());
            sentences.push_back(std::move(current));
        }
        current = Sentence();
        previous.reset();
    };
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty()) {
            finish();
            continue;
        }
        const qsizetype space = line.lastIndexOf(u' ');
        if (space <= 0)
            continue;
        const QString word = line.left(space);
        if (word == u"-DOCSTART-") {
            finish();
            ++document;
            continue;
        }
        const std::optional<EntityType> type = wikigoldType(QStringView(line).mid(space + 1));
        if (!current.text.isEmpty())
            current.text += u' ';
        current.tokens.push_back({current.text.size(), current.text.size() + word.size()});
        current.text += word;
        const bool begins = type && (line.mid(space + 1).startsWith(u"B-") || previous != type);
        current.labeled.labels.push_back(quint8(!type            ? kOutside
                                                        : begins ? beginLabel(*type)
                                                                 : insideLabel(*type)));
        previous = type;
    }
    finish();
    return sentences;
}

enum class Part { Train, Dev, HeldOut };
// Whole documents: one in ten held out (reported only), one in ten chooses the epoch.
Part partOf(const Sentence &s)
{
    return s.document % 10 == 0 ? Part::HeldOut : s.document % 10 == 5 ? Part::Dev : Part::Train;
}

Perceptron::Example prepare(const Sentence &s, int bits)
{
    std::vector<quint64> hashes;
    extractEnglishFeatures(s.text, s.tokens, EnglishTagger::englishLists(), Gazetteer::standard(),
                           hashes);
    Perceptron::Example example;
    example.sentence = &s.labeled;
    example.rows.resize(s.tokens.size() * kFeaturesPerPosition);
    for (size_t t = 0; t < s.tokens.size(); ++t) {
        const quint64 *f = hashes.data() + t * kEnglishFeaturesPerWord;
        quint32 *rows = example.rows.data() + t * kFeaturesPerPosition;
        for (int k = 0; k < kFeaturesPerPosition; ++k)
            rows[k] = quint32(f[k < kEnglishFeaturesPerWord ? k : 0] >> (64 - bits));
    }
    return example;
}

std::vector<const LabeledSentence *> labeledOf(const std::vector<const Sentence *> &sentences)
{
    std::vector<const LabeledSentence *> result;
    for (const Sentence *s : sentences)
        result.push_back(&s->labeled);
    return result;
}

void printEvaluation(const QString &title, const Evaluation &e)
{
    out() << title << "  (QT here is Wikigold's MISC; 'no-QT' is PS+LC+OG)\n" << e.table();
    out().flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Trains or evaluates the English entity model on Wikigold."));
    parser.addHelpOption();
    const QCommandLineOption dataOption(
            QStringLiteral("data"), QStringLiteral("wikigold.conll.txt"), QStringLiteral("FILE"));
    const QCommandLineOption outOption(
            QStringLiteral("out"), QStringLiteral("Model file to write."), QStringLiteral("FILE"));
    const QCommandLineOption epochsOption(QStringLiteral("epochs"), QStringLiteral("Epochs."),
                                          QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption fixedOption(
            QStringLiteral("fixed-epoch"),
            QStringLiteral("Keep this epoch instead of the one best on the dev documents."),
            QStringLiteral("N"));
    const QCommandLineOption bitsOption(QStringLiteral("bits"), QStringLiteral("2^bits rows."),
                                        QStringLiteral("B"), QStringLiteral("18"));
    const QCommandLineOption costOption(QStringLiteral("cost"), QStringLiteral("Softmax-margin."),
                                        QStringLiteral("C"), QStringLiteral("2"));
    const QCommandLineOption rateOption(QStringLiteral("crf-rate"), QStringLiteral("AdaGrad step."),
                                        QStringLiteral("R"), QStringLiteral("0.03"));
    const QCommandLineOption evaluateOption(
            QStringLiteral("evaluate"),
            QStringLiteral("Score the shipped model on the held-out documents."));
    const QCommandLineOption minOption(QStringLiteral("min-f1"),
                                       QStringLiteral("With --evaluate: exit 1 below this PS+LC+OG "
                                                      "micro F1."),
                                       QStringLiteral("F1"));
    parser.addOptions({dataOption, outOption, epochsOption, fixedOption, bitsOption, costOption,
                       rateOption, evaluateOption, minOption});
    parser.process(app);

    const QString dataPath = parser.value(dataOption);
    if (!QFile::exists(dataPath)) {
        out() << "Wikigold not found at " << dataPath << ": skipped\n";
        return 77;
    }
    QString error;
    const std::vector<Sentence> sentences = readConll(dataPath, &error);
    if (sentences.empty()) {
        out() << "cannot read " << dataPath << ": " << error << '\n';
        return 1;
    }
    std::vector<const Sentence *> train, dev, heldOut;
    for (const Sentence &s : sentences) {
        const Part part = partOf(s);
        (part == Part::Train ? train : part == Part::Dev ? dev : heldOut).push_back(&s);
    }
    out() << sentences.size() << " sentences: " << train.size() << " train, " << dev.size()
          << " dev, " << heldOut.size() << " held out\n";

    if (parser.isSet(evaluateOption)) {
        std::unique_ptr<EnglishTagger> tagger = EnglishTagger::loadShipped(&error);
        if (!tagger) {
            out() << "no shipped model: " << error << '\n';
            return 1;
        }
        std::map<const LabeledSentence *, const Sentence *> owner;
        for (const Sentence *s : heldOut)
            owner[&s->labeled] = s;
        const Evaluation e = evaluate(labeledOf(heldOut), [&](const LabeledSentence &l) {
            const Sentence *s = owner.at(&l);
            return tagger->tag(s->text, s->tokens);
        });
        printEvaluation(QStringLiteral("shipped model, held-out documents"), e);
        const double f1 = e.micro(false).f1();
        if (parser.isSet(minOption) && f1 < parser.value(minOption).toDouble()) {
            out() << "PS+LC+OG micro F1 " << f1 << " is below " << parser.value(minOption) << '\n';
            return 1;
        }
        return 0;
    }

    const int bits = parser.value(bitsOption).toInt();
    const int epochs = parser.value(epochsOption).toInt();
    const int fixedEpoch = parser.isSet(fixedOption) ? parser.value(fixedOption).toInt() : 0;
    const float cost = parser.value(costOption).toFloat();
    const float rate = parser.value(rateOption).toFloat();
    std::vector<Perceptron::Example> trainExamples, devExamples;
    for (const Sentence *s : train)
        trainExamples.push_back(prepare(*s, bits));
    for (const Sentence *s : dev)
        devExamples.push_back(prepare(*s, bits));
    std::map<const LabeledSentence *, const Perceptron::Example *> devExample;
    for (const Perceptron::Example &e : devExamples)
        devExample[e.sentence] = &e;

    Perceptron crf(bits);
    std::vector<float> bestWeights, bestTransitions;
    double bestF1 = -1;
    int bestEpoch = 0;
    QElapsedTimer timer;
    timer.start();
    for (int epoch = 1; epoch <= epochs; ++epoch) {
        crf.trainEpochCrf(trainExamples, quint32(epoch), cost, rate, 0);
        const Evaluation e = evaluate(labeledOf(dev), [&](const LabeledSentence &l) {
            return crf.tagAveraged(*devExample.at(&l));
        });
        const double f1 = e.micro(false).f1();
        out() << "epoch " << epoch << ": dev PS+LC+OG F1 " << QString::number(f1, 'f', 2) << " ("
              << timer.elapsed() / 1000 << " s)\n";
        out().flush();
        if (fixedEpoch ? epoch == fixedEpoch : f1 > bestF1) {
            bestF1 = f1;
            bestEpoch = epoch;
            crf.average(bestWeights, bestTransitions);
        }
    }
    out() << "kept epoch " << bestEpoch << " (dev " << QString::number(bestF1, 'f', 2) << ")\n";

    // The bias row (and its copies that pad a position to kFeaturesPerPosition) is a constant
    // per label: it moves into the transitions into that label, the start row included.
    const size_t biasRow = size_t(trainExamples.front().rows.front()) * kLabelCount;
    for (size_t to = 0; to < size_t(kLabelCount); ++to) {
        for (size_t from = 0; from <= size_t(kLabelCount); ++from)
            bestTransitions[from * kLabelCount + to] += kBiasCopies * bestWeights[biasRow + to];
        bestWeights[biasRow + to] = 0;
    }
    const QByteArray bytes = EnglishTagger::serialize(bits, bestTransitions, bestWeights);
    std::unique_ptr<EnglishTagger> tagger =
            EnglishTagger::fromBytes(bytes, EnglishTagger::englishLists(), &error);
    if (!tagger) {
        out() << "the written model does not load: " << error << '\n';
        return 1;
    }
    auto score = [&](const std::vector<const Sentence *> &part) {
        std::map<const LabeledSentence *, const Sentence *> owner;
        for (const Sentence *s : part)
            owner[&s->labeled] = s;
        return evaluate(labeledOf(part), [&](const LabeledSentence &l) {
            const Sentence *s = owner.at(&l);
            return tagger->tag(s->text, s->tokens);
        });
    };
    printEvaluation(QStringLiteral("quantized model, dev documents"), score(dev));
    printEvaluation(QStringLiteral("quantized model, held-out documents"), score(heldOut));
    if (parser.isSet(outOption)) {
        QFile file(parser.value(outOption));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            out() << "cannot write " << file.fileName() << '\n';
            return 1;
        }
        out() << "wrote " << file.fileName() << " (" << bytes.size() << " bytes)\n";
    }
    return 0;
}
