// newsmark-ner-train: trains the entity model on KLUE-NER and measures it on the held-out tenth.
//
//   newsmark-ner-train --data ../shared/data/klue-ner --out resources/models/ner-ko.bin
//   newsmark-ner-train --data ../shared/data/klue-ner --evaluate [--model FILE] [--min-f1 N]
//                      [--predictions FILE] [--cv-fold K/N]
//   newsmark-ner-train --data ../shared/data/klue-ner --write-liblinear DIR
//   newsmark-ner-train --data ../shared/data/klue-ner --from-liblinear DIR/MODEL [--out FILE]
//
// Without --model, --evaluate measures the model compiled into newsmark-core, the one that ships.

#include "clusters.h"
#include "corpus.h"
#include "liblinear.h"
#include "perceptron.h"

#include "analysis/ner/gazetteer.h"
#include "analysis/ner/name_lexicon.h"
#include "analysis/ner/ner_model.h"
#include "analysis/ner/word_clusters.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTextStream>

#include <QStringBuilder>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
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

// Per-position label marginals of the model's scores (forward-backward over the valid BIO moves
// the Viterbi decodes, the scores read as a CRF's log-potentials), count x kLabelCount.
std::vector<double> labelMarginals(const std::vector<float> &emissions,
                                   const std::vector<float> &transitions)
{
    constexpr int L = kLabelCount;
    constexpr double impossible = -std::numeric_limits<double>::infinity();
    const qsizetype n = qsizetype(emissions.size()) / L;
    auto logAdd = [](double a, double b) {
        if (a == impossible)
            return b;
        if (b == impossible)
            return a;
        const double m = std::max(a, b);
        return m + std::log(std::exp(a - m) + std::exp(b - m));
    };
    auto trans = [&](int from, int to) { return double(transitions[size_t((from + 1) * L + to)]); };
    auto at = [](qsizetype i, int l) { return size_t(i * L + l); };
    std::vector<double> alpha(size_t(n * L), impossible), beta(size_t(n * L), impossible);
    for (int l = 0; l < L; ++l) {
        if (validTransition(-1, l))
            alpha[at(0, l)] = trans(-1, l) + emissions[at(0, l)];
    }
    for (qsizetype i = 1; i < n; ++i) {
        for (int to = 0; to < L; ++to) {
            double sum = impossible;
            for (int from = 0; from < L; ++from) {
                if (validTransition(from, to))
                    sum = logAdd(sum, alpha[at(i - 1, from)] + trans(from, to));
            }
            alpha[at(i, to)] = sum + emissions[at(i, to)];
        }
    }
    for (int l = 0; l < L; ++l)
        beta[at(n - 1, l)] = 0;
    for (qsizetype i = n - 2; i >= 0; --i) {
        for (int from = 0; from < L; ++from) {
            double sum = impossible;
            for (int to = 0; to < L; ++to) {
                if (validTransition(from, to))
                    sum = logAdd(sum,
                                 trans(from, to) + emissions[at(i + 1, to)] + beta[at(i + 1, to)]);
            }
            beta[at(i, from)] = sum;
        }
    }
    double logZ = impossible;
    for (int l = 0; l < L; ++l)
        logZ = logAdd(logZ, alpha[at(n - 1, l)]);
    std::vector<double> marginals(size_t(n * L));
    for (size_t k = 0; k < marginals.size(); ++k)
        marginals[k] = std::exp(alpha[k] + beta[k] - logZ);
    return marginals;
}

// The model's own spans, before the app's constraints, repairs, gazetteer and amounts: one JSON
// line per sentence, offsets in code points as in KLUE's files and newsmark-cli's output. With
// `marginals`, also "marginals": per code point the 13 label marginals (O, B-PS, I-PS, B-LC,
// I-LC, B-OG, I-OG, B-DT, I-DT, B-TI, I-TI, B-QT, I-QT) to three decimals, for experiments
// (tools/ner/retype_spans.py).
QByteArray predictionsJsonl(const std::vector<const LabeledSentence *> &sentences,
                            const SequenceTagger &tagger, bool marginals = false)
{
    QByteArray bytes;
    for (const LabeledSentence *s : sentences) {
        const std::vector<quint8> labels = tagger.tag(s->text);
        auto codePoint = [&](qsizetype utf16) {
            return QStringView(s->text).left(utf16).toUcs4().size();
        };
        QJsonArray spans;
        for (const TypedRange &r : labelsToRanges(labels.data(), qsizetype(labels.size())))
            spans.append(QJsonObject {{QStringLiteral("start"), codePoint(r.start)},
                                      {QStringLiteral("end"), codePoint(r.end)},
                                      {QStringLiteral("type"), typeCode(r.type)}});
        QJsonObject line {{QStringLiteral("id"), s->id}, {QStringLiteral("spans"), spans}};
        if (marginals && !s->text.isEmpty()) {
            const std::vector<double> m =
                    labelMarginals(tagger.emissions(s->text), tagger.model().transitions());
            QJsonArray rows;
            for (qsizetype i = 0; i < s->text.size(); ++i) {
                if (s->text.at(i).isLowSurrogate())
                    continue;
                QJsonArray row;
                for (int l = 0; l < kLabelCount; ++l)
                    row.append(std::round(m[size_t(i * kLabelCount + l)] * 1000) / 1000);
                rows.append(row);
            }
            line.insert(QStringLiteral("marginals"), rows);
        }
        bytes += QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    }
    return bytes;
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

constexpr int kFolds = 10;

QString goldNames(const std::vector<const LabeledSentence *> &sentences, int skipFold);

// Each ensemble member's averaged weights and transitions at its best epoch (float).
using Members = std::vector<std::pair<std::vector<float>, std::vector<float>>>;

struct TrainingRun
{
    int bits = 18;
    int bytesPerWeight = 1;
    int epochs = 12;
    std::vector<const LabeledSentence *> training, heldOut;
    const WordClusters *clusters = nullptr;
    QString clustersTsv;
    std::vector<float> outsidePenalties = {0};
    bool goldLexicon = false;
    double clipQuantile = 1;
    int ensemble = 1;
    float cost = 0;
    // --crf: a linear-chain CRF (AdaGrad) instead of the perceptron, same features and decoder.
    bool crf = false;
    float crfRate = 0.1F;
    float l2 = 0;
    // --fixed-epoch: keep this epoch's weights instead of the best on held-out (0: the best).
    int fixedEpoch = 0;
    // When set, train() leaves each ensemble member here too.
    Members *members = nullptr;
    // What ships and what held-out sentences read: the training names (with --gold-lexicon)
    // before the mined ones, so that they win where both list a name.
    [[nodiscard]] QString fullLexiconTsv(const QString &minedTsv) const
    {
        return (goldLexicon ? goldNames(training, -1) : QString()) + minedTsv;
    }
};

std::unique_ptr<WordClusters> makeClusters(const QString &tsv)
{
    auto clusters = std::make_unique<WordClusters>();
    clusters->addTsv(tsv);
    clusters->build();
    return clusters;
}

std::unique_ptr<NameLexicon> makeLexicon(const QString &tsv)
{
    return NameLexicon::fromTsv(tsv);
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The files that go with a model: FILE.bin, FILE-lexicon.bin (NameLexicon's block),
// FILE-clusters.tsv.
QString companion(const QString &modelPath, const QString &what)
{
    QString path = modelPath;
    const QString suffix = what == u"lexicon" ? QStringLiteral(".bin") : QStringLiteral(".tsv");
    return path.replace(QStringLiteral(".bin"), u'-' + what + suffix);
}

std::unique_ptr<NameLexicon> readLexicon(const QString &path)
{
    QFile file(path);
    std::unique_ptr<NameLexicon> lexicon;
    if (file.open(QIODevice::ReadOnly))
        lexicon = NameLexicon::fromBlob(file.readAll());
    return lexicon ? std::move(lexicon) : std::make_unique<NameLexicon>();
}

// Names of the labeled sentences as lexicon lines (PS, LC, OG, at least two characters, their most
// frequent type), leaving out the sentences of fold `skipFold` (-1: none).
QString goldNames(const std::vector<const LabeledSentence *> &sentences, int skipFold)
{
    std::map<QString, std::array<int, kTypeCount>> counts;
    for (size_t i = 0; i < sentences.size(); ++i) {
        if (int(i % kFolds) == skipFold)
            continue;
        const LabeledSentence &s = *sentences[i];
        for (const TypedRange &r : labelsToRanges(s.labels.data(), qsizetype(s.labels.size()))) {
            if ((r.type == EntityType::Person || r.type == EntityType::Location
                 || r.type == EntityType::Organization)
                && r.end - r.start >= 2)
                counts[s.text.mid(r.start, r.end - r.start)][size_t(r.type)] += 1;
        }
    }
    QString tsv;
    for (const auto &[surface, perType] : counts) {
        const auto best = std::max_element(perType.begin(), perType.end());
        tsv += QStringLiteral("%1\t%2\n")
                       .arg(surface, typeCode(EntityType(best - perType.begin())));
    }
    return tsv;
}

// The lexicon a sentence's features read: the names mined from unlabeled text and, with
// --gold-lexicon, the training sentences' own names, jackknifed: a training sentence sees only
// the names of the other folds, as a new sentence sees only the names of the training ones, so
// that the model learns how far a match is to be trusted for a name it has not been taught.
void prepareAll(const TrainingRun &run, const QString &minedTsv, const Perceptron &perceptron,
                std::vector<Perceptron::Example> &trainExamples,
                std::vector<Perceptron::Example> &heldOutExamples)
{
    std::vector<std::unique_ptr<NameLexicon>> folds;
    for (int fold = 0; fold < kFolds; ++fold)
        folds.push_back(makeLexicon((run.goldLexicon ? goldNames(run.training, fold) : QString())
                                    + minedTsv));
    for (size_t i = 0; i < run.training.size(); ++i)
        trainExamples.push_back(
                perceptron.prepare(*run.training[i], *folds[i % kFolds], run.clusters));
    const std::unique_ptr<NameLexicon> all = makeLexicon(run.fullLexiconTsv(minedTsv));
    for (const LabeledSentence *s : run.heldOut)
        heldOutExamples.push_back(perceptron.prepare(*s, *all, run.clusters));
}

// Averaged perceptron epochs; the epoch whose averaged weights score best on the held-out tenth
// is kept (model selection), quantized and returned in the model file format.
QByteArray train(const TrainingRun &run, const QString &minedTsv)
{
    std::vector<Perceptron::Example> trainExamples, heldOutExamples;
    prepareAll(run, minedTsv, Perceptron(run.bits), trainExamples, heldOutExamples);
    // With --ensemble N, N perceptrons that saw the sentences in different orders, each at its
    // best epoch, are averaged into one: the same size and speed, less variance.
    std::vector<float> bestWeights, bestTransitions;
    for (int member = 0; member < run.ensemble; ++member) {
        Perceptron perceptron(run.bits);
        std::vector<float> memberWeights, memberTransitions;
        double bestF1 = -1;
        int bestEpoch = 0;
        for (int epoch = 1; epoch <= run.epochs; ++epoch) {
            QElapsedTimer timer;
            timer.start();
            if (run.crf)
                perceptron.trainEpochCrf(trainExamples, quint32(epoch + 1000 * member), run.cost,
                                         run.crfRate, run.l2);
            else
                perceptron.trainEpoch(trainExamples, quint32(epoch + 1000 * member), run.cost);
            size_t next = 0;
            const Evaluation result = evaluate(run.heldOut, [&](const LabeledSentence &) {
                return perceptron.tagAveraged(heldOutExamples[next++]);
            });
            const double f1 = result.micro().f1();
            out() << "epoch " << epoch << ": held-out micro F1 " << QString::number(f1, 'f', 2)
                  << " (" << timer.elapsed() << " ms)\n";
            out().flush();
            if (run.fixedEpoch > 0 ? epoch == run.fixedEpoch : f1 > bestF1) {
                bestF1 = f1;
                bestEpoch = epoch;
                perceptron.average(memberWeights, memberTransitions);
            }
            if (epoch == run.fixedEpoch)
                break;
        }
        out() << "best epoch " << bestEpoch << '\n';
        if (run.members != nullptr)
            run.members->emplace_back(memberWeights, memberTransitions);
        if (member == 0) {
            bestWeights = std::move(memberWeights);
            bestTransitions = std::move(memberTransitions);
        } else {
            for (size_t i = 0; i < bestWeights.size(); ++i)
                bestWeights[i] += memberWeights[i];
            for (size_t i = 0; i < bestTransitions.size(); ++i)
                bestTransitions[i] += memberTransitions[i];
        }
    }
    for (float &w : bestWeights)
        w /= float(run.ensemble);
    for (float &t : bestTransitions)
        t /= float(run.ensemble);

    // The always-present bias feature's row is a constant per label: it moves, exactly, into
    // the transitions into that label (the start row included), where it stays a float. Being
    // the largest row, it would otherwise set the int8 scale and coarsen every other weight.
    const size_t biasRow = size_t(trainExamples.front().rows.front()) * kLabelCount;
    for (size_t to = 0; to < size_t(kLabelCount); ++to) {
        for (size_t from = 0; from <= size_t(kLabelCount); ++from)
            bestTransitions[from * kLabelCount + to] += bestWeights[biasRow + to];
        bestWeights[biasRow + to] = 0;
    }
    // A few outlying weights would set the scale too: clip them at a high quantile.
    if (run.clipQuantile < 1) {
        std::vector<float> magnitudes;
        for (const float w : bestWeights) {
            if (w != 0)
                magnitudes.push_back(std::abs(w));
        }
        const size_t at = size_t(double(magnitudes.size() - 1) * run.clipQuantile);
        std::nth_element(magnitudes.begin(), magnitudes.begin() + qsizetype(at), magnitudes.end());
        const float limit = magnitudes[at];
        out() << "clipping " << *std::max_element(magnitudes.begin(), magnitudes.end()) << " to "
              << limit << '\n';
        for (float &w : bestWeights)
            w = std::clamp(w, -limit, limit);
    }

    // The perceptron ends up more precise than it recalls (names it has not seen score low):
    // lowering O's score by a constant, on the transitions into O, trades the surplus precision
    // for recall. The constant is chosen on the held-out tenth, like the epoch.
    std::vector<float> transitions = bestTransitions;
    QByteArray best;
    double bestF1 = -1;
    for (const float penalty : run.outsidePenalties) {
        for (size_t from = 0; from <= size_t(kLabelCount); ++from)
            transitions[from * kLabelCount + kOutside] =
                    bestTransitions[from * kLabelCount + kOutside] - penalty;
        QByteArray bytes =
                NerModel::serialize(run.bits, run.bytesPerWeight, transitions, bestWeights);
        const SequenceTagger tagger(NerModel::fromBytes(bytes), &Gazetteer::standard(),
                                    makeLexicon(run.fullLexiconTsv(minedTsv)),
                                    makeClusters(run.clustersTsv));
        const double f1 =
                evaluate(run.heldOut, [&](const LabeledSentence &s) { return tagger.tag(s.text); })
                        .micro()
                        .f1();
        out() << "O penalty " << penalty << ": held-out micro F1 " << QString::number(f1, 'f', 2)
              << '\n';
        if (f1 > bestF1) {
            bestF1 = f1;
            best = std::move(bytes);
        }
    }
    out().flush();
    return best;
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

// Self-training with pseudo-labeled sentences: the ensemble members of the first model tag the
// unlabeled news sentences, and a sentence on which every member chose the same labels, with at
// least one entity among them, becomes a training sentence of the second model. Agreement is the
// confidence test (members trained in different orders disagree where the evidence is thin);
// sentences without an entity are left out because the model's typical error is a missed name,
// which an all-O sentence would teach again. Sentences that are also labeled are skipped.
std::vector<LabeledSentence> pseudoLabel(const TrainingRun &run, const Members &members,
                                         const QStringList &texts,
                                         const std::vector<LabeledSentence> &corpus)
{
    QSet<QString> labeled;
    for (const LabeledSentence &s : corpus)
        labeled.insert(s.text);
    const Perceptron features(run.bits);
    const std::unique_ptr<NameLexicon> lexicon = makeLexicon(run.fullLexiconTsv(QString()));
    std::vector<LabeledSentence> result;
    int agreed = 0;
    for (const QString &text : texts) {
        if (text.isEmpty() || labeled.contains(text))
            continue;
        LabeledSentence sentence;
        sentence.id = QStringLiteral("pseudo-%1").arg(result.size());
        sentence.text = text;
        sentence.labels.assign(size_t(text.size()), kOutside);
        const Perceptron::Example example = features.prepare(sentence, *lexicon, run.clusters);
        const std::vector<quint8> first =
                features.tagWith(example, members.front().first, members.front().second);
        bool agree = true;
        for (size_t m = 1; m < members.size() && agree; ++m)
            agree = features.tagWith(example, members[m].first, members[m].second) == first;
        if (!agree)
            continue;
        ++agreed;
        if (std::all_of(first.begin(), first.end(), [](quint8 l) { return l == kOutside; }))
            continue;
        sentence.labels = first;
        result.push_back(std::move(sentence));
    }
    out() << "pseudo-labels: members agree on " << agreed << " of " << texts.size()
          << " sentences, " << result.size() << " with an entity kept\n";
    return result;
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
    const QCommandLineOption predictionsOption(
            QStringLiteral("predictions"),
            QStringLiteral("With --evaluate: write the model's spans of every held-out sentence "
                           "to FILE (JSONL: id, spans with code point offsets and KLUE types), "
                           "for tests/data/entities_klue/error_analysis.py."),
            QStringLiteral("FILE"));
    const QCommandLineOption marginalsOption(
            QStringLiteral("marginals"),
            QStringLiteral("With --predictions: add each position's label marginals "
                           "(forward-backward over the model's scores)."));
    const QCommandLineOption minF1Option(QStringLiteral("min-f1"),
                                         QStringLiteral("Fail when the micro F1 is below N."),
                                         QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption noSelfTrainingOption(
            QStringLiteral("no-self-training"),
            QStringLiteral("Train once, without the lexicon mined from the unlabeled sentences."));
    const QCommandLineOption lexiconFileOption(
            QStringLiteral("lexicon"),
            QStringLiteral("A lexicon (name<TAB>OG|LC lines, e.g. from tools/ner/mine_lexicon.py) "
                           "for the lexicon feature; it ships beside the model."),
            QStringLiteral("FILE"));
    const QCommandLineOption clustersOption(
            QStringLiteral("clusters"),
            QStringLiteral("Stem class counts, coarse to fine (default 32,128,512; 0: none)."),
            QStringLiteral("LIST"), QStringLiteral("32,128,512"));
    const QCommandLineOption clusterMinOption(
            QStringLiteral("cluster-min-count"),
            QStringLiteral("Cluster stems seen at least N times (default 3)."), QStringLiteral("N"),
            QStringLiteral("3"));
    const QCommandLineOption writeLiblinearOption(
            QStringLiteral("write-liblinear"),
            QStringLiteral("After training, write the same features for liblinear-train to DIR."),
            QStringLiteral("DIR"));
    const QCommandLineOption fromLiblinearOption(
            QStringLiteral("from-liblinear"),
            QStringLiteral("Turn a liblinear-train model (in a --write-liblinear DIR) into a "
                           "model file, decode with Viterbi and measure it."),
            QStringLiteral("MODEL"));
    const QCommandLineOption penaltyOption(
            QStringLiteral("outside-penalties"),
            QStringLiteral("Values tried for lowering O's score (default 0.5,1,2,3,4,6)."),
            QStringLiteral("LIST"), QStringLiteral("0.5,1,2,3,4,6"));
    const QCommandLineOption goldLexiconOption(
            QStringLiteral("gold-lexicon"),
            QStringLiteral("Add the training sentences' names to the lexicon (jackknifed)."));
    const QCommandLineOption clipOption(
            QStringLiteral("clip-quantile"),
            QStringLiteral("Clip weights at this quantile of their magnitudes before quantizing "
                           "(default 1: no clipping)."),
            QStringLiteral("Q"), QStringLiteral("1"));
    const QCommandLineOption ensembleOption(
            QStringLiteral("ensemble"),
            QStringLiteral("Average N perceptrons trained in different orders (default 1)."),
            QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption charClustersOption(
            QStringLiteral("char-clusters"),
            QStringLiteral("Character class counts, coarse to fine (default 0: none)."),
            QStringLiteral("LIST"), QStringLiteral("0"));
    const QCommandLineOption costOption(
            QStringLiteral("cost"),
            QStringLiteral("Train against cost-augmented decoding: C per wrong label (default 0)."),
            QStringLiteral("C"), QStringLiteral("0"));
    const QCommandLineOption charMinOption(
            QStringLiteral("char-min-count"),
            QStringLiteral("Class characters seen at least N times (default 5)."),
            QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption pseudoOption(
            QStringLiteral("pseudo-labels"),
            QStringLiteral("Retrain with the unlabeled news sentences the first model's ensemble "
                           "members agree on (needs --ensemble 2 or more)."));
    const QCommandLineOption foldOption(
            QStringLiteral("cv-fold"),
            QStringLiteral("Cross-validation on the nine training tenths: K/N holds out their "
                           "K-th of N parts (by position) instead of the held-out tenth, which "
                           "is then not read at all."),
            QStringLiteral("K/N"));
    const QCommandLineOption crfOption(
            QStringLiteral("crf"),
            QStringLiteral("Train a linear-chain CRF (AdaGrad, softmax-margin with --cost) "
                           "instead of the perceptron."));
    const QCommandLineOption crfRateOption(QStringLiteral("crf-rate"),
                                           QStringLiteral("AdaGrad step of --crf (default 0.1)."),
                                           QStringLiteral("R"), QStringLiteral("0.1"));
    const QCommandLineOption l2Option(
            QStringLiteral("l2"),
            QStringLiteral("L2 penalty of --crf on the cells each sentence touches (default 0)."),
            QStringLiteral("L"), QStringLiteral("0"));
    const QCommandLineOption fixedEpochOption(
            QStringLiteral("fixed-epoch"),
            QStringLiteral("Keep epoch N's weights rather than choosing the epoch on held-out."),
            QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({crfOption, crfRateOption, l2Option, fixedEpochOption});
    parser.addOption(pseudoOption);
    parser.addOption(foldOption);
    parser.addOption(marginalsOption);
    parser.addOptions({charMinOption,      costOption,        charClustersOption,
                       ensembleOption,     clipOption,        goldLexiconOption,
                       lexiconFileOption,  penaltyOption,     dataOption,
                       outOption,          epochsOption,      bitsOption,
                       widthOption,        evaluateOption,    modelOption,
                       minF1Option,        predictionsOption, noSelfTrainingOption,
                       clustersOption,     clusterMinOption,  writeLiblinearOption,
                       fromLiblinearOption});
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
    if (parser.isSet(foldOption)) {
        const QStringList parts = parser.value(foldOption).split(u'/');
        const int fold = parts.value(0).toInt();
        const int folds = parts.value(1).toInt();
        if (folds < 2 || fold < 0 || fold >= folds) {
            out() << "--cv-fold wants K/N with 0 <= K < N, N >= 2\n";
            return 1;
        }
        std::vector<const LabeledSentence *> rest, part;
        for (size_t i = 0; i < training.size(); ++i)
            (int(i % size_t(folds)) == fold ? part : rest).push_back(training[i]);
        training = std::move(rest);
        heldOut = std::move(part);
        out() << "cross-validation fold " << fold << " of " << folds
              << " on the training part (the held-out tenth is not used)\n";
    }
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
            if (model)
                tagger = std::make_unique<SequenceTagger>(
                        std::move(model), &Gazetteer::standard(),
                        readLexicon(companion(modelPath, QStringLiteral("lexicon"))),
                        makeClusters(readText(companion(modelPath, QStringLiteral("clusters")))));
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
        if (parser.isSet(predictionsOption)
            && !writeFile(parser.value(predictionsOption),
                          predictionsJsonl(heldOut, *tagger, parser.isSet(marginalsOption))))
            return 1;
        const double f1 = result.micro().f1();
        if (f1 < minF1) {
            out() << "micro F1 " << f1 << " is below " << minF1 << '\n';
            return 1;
        }
        return 0;
    }

    if (parser.isSet(fromLiblinearOption)) {
        // The liblinear weights as a model file: same features (the lexicon and clusters written
        // with them), same quantization and Viterbi; transitions either only forbid invalid BIO
        // moves or add log P(label | previous) times a weight, the weight chosen on held-out.
        const QString modelPath = parser.value(fromLiblinearOption);
        const QDir dir = QFileInfo(modelPath).dir();
        const int bits = readText(dir.filePath(QStringLiteral("bits"))).trimmed().toInt();
        const QString lexiconTsv = readText(dir.filePath(QStringLiteral("lexicon.tsv")));
        const QString clustersTsv = readText(dir.filePath(QStringLiteral("clusters.tsv")));
        std::vector<float> weights;
        if (bits < 8 || !readLiblinearModel(modelPath, bits, weights, &error)) {
            out() << "cannot read " << modelPath << ": " << error << '\n';
            return 1;
        }
        QByteArray bestBytes;
        double bestF1 = -1;
        for (const float weight : {0.0F, 0.05F, 0.1F, 0.15F, 0.25F, 0.5F, 1.0F}) {
            const QByteArray bytes =
                    NerModel::serialize(bits, parser.value(widthOption).toInt(),
                                        transitionsFromCounts(training, weight), weights);
            const SequenceTagger tagger(NerModel::fromBytes(bytes), &Gazetteer::standard(),
                                        makeLexicon(lexiconTsv), makeClusters(clustersTsv));
            const Evaluation result = evaluate(heldOut, tagTheSentence(tagger));
            out() << "transition weight " << weight << ": held-out micro F1 "
                  << QString::number(result.micro().f1(), 'f', 2) << '\n';
            if (result.micro().f1() > bestF1) {
                bestF1 = result.micro().f1();
                bestBytes = bytes;
                out() << result.table();
            }
            out().flush();
        }
        if (parser.isSet(outOption)) {
            const QString outPath = parser.value(outOption);
            if (!writeFile(outPath, bestBytes)
                || !writeFile(companion(outPath, QStringLiteral("lexicon")),
                              makeLexicon(lexiconTsv)->toBlob())
                || !writeFile(companion(outPath, QStringLiteral("clusters")), clustersTsv.toUtf8()))
                return 1;
        }
        return bestF1 >= minF1 ? 0 : 1;
    }

    TrainingRun run;
    run.bits = parser.value(bitsOption).toInt();
    run.bytesPerWeight = parser.value(widthOption).toInt();
    run.epochs = parser.value(epochsOption).toInt();
    run.training = training;
    run.heldOut = heldOut;

    const QString rawPath =
            QDir(dataDir).filePath(QStringLiteral("klue-ner-train-raw-sentences.jsonl"));
    const QStringList raw = QFile::exists(rawPath) ? readRawJsonl(rawPath, &error) : QStringList();

    // Stage 0: stem classes from the unlabeled sentences and the training nine tenths (never the
    // held-out tenth).
    QString clustersTsv;
    std::vector<int> clusterSizes;
    for (const QString &size : parser.value(clustersOption).split(u',')) {
        if (size.toInt() > 0)
            clusterSizes.push_back(size.toInt());
    }
    if (clusterSizes.size() == size_t(kClusterLevels)) {
        QElapsedTimer timer;
        timer.start();
        QStringList texts = raw;
        for (const LabeledSentence *s : training)
            texts.append(s->text);
        clustersTsv =
                computeClusters(texts, clusterSizes, parser.value(clusterMinOption).toInt(), 20);
        out() << "stage 0: stem classes for " << makeClusters(clustersTsv)->size() << " stems ("
              << timer.elapsed() << " ms)\n";
    }
    std::vector<int> characterSizes;
    for (const QString &size : parser.value(charClustersOption).split(u',')) {
        if (size.toInt() > 0)
            characterSizes.push_back(size.toInt());
    }
    if (characterSizes.size() == size_t(kClusterLevels)) {
        QElapsedTimer timer;
        timer.start();
        QStringList texts = raw;
        for (const LabeledSentence *s : training)
            texts.append(s->text);
        clustersTsv += computeCharacterClusters(texts, characterSizes,
                                                parser.value(charMinOption).toInt(), 20);
        out() << "stage 0: character classes for " << makeClusters(clustersTsv)->characterCount()
              << " characters (" << timer.elapsed() << " ms)\n";
    }
    if (!clusterSizes.empty() && clusterSizes.size() != size_t(kClusterLevels)) {
        out() << "--clusters needs " << kClusterLevels << " sizes\n";
        return 1;
    }
    const std::unique_ptr<WordClusters> clusters = makeClusters(clustersTsv);
    run.clusters = clusters.get();
    run.clustersTsv = clustersTsv;
    for (const QString &penalty : parser.value(penaltyOption).split(u','))
        run.outsidePenalties.push_back(penalty.toFloat());

    run.goldLexicon = parser.isSet(goldLexiconOption);
    run.clipQuantile = parser.value(clipOption).toDouble();
    run.ensemble = std::max(1, parser.value(ensembleOption).toInt());
    run.cost = parser.value(costOption).toFloat();
    run.crf = parser.isSet(crfOption);
    run.crfRate = parser.value(crfRateOption).toFloat();
    run.l2 = parser.value(l2Option).toFloat();
    run.fixedEpoch = parser.value(fixedEpochOption).toInt();
    out() << "stage 1: without a mined lexicon\n";
    Members members;
    const bool pseudoLabels = parser.isSet(pseudoOption) && run.ensemble >= 2;
    if (pseudoLabels)
        run.members = &members;
    // --lexicon: a lexicon given from outside (mined from unlabeled text) is read from stage 1 on.
    QString givenLexicon;
    if (parser.isSet(lexiconFileOption)) {
        givenLexicon = readText(parser.value(lexiconFileOption));
        out() << "lexicon of " << makeLexicon(givenLexicon)->size() << " names from "
              << parser.value(lexiconFileOption) << '\n';
    }
    QByteArray bytes = train(run, givenLexicon);
    std::vector<LabeledSentence> pseudo;
    if (pseudoLabels) {
        pseudo = pseudoLabel(run, members,
                             readRawJsonl(rawPath, &error, QStringLiteral("wikitree")), corpus);
        members.clear();
        run.members = nullptr;
        for (const LabeledSentence &s : pseudo)
            run.training.push_back(&s);
        out() << "stage 1b: " << training.size() << " labeled and " << pseudo.size()
              << " pseudo-labeled sentences\n";
        bytes = train(run, givenLexicon);
    }
    QString minedTsv = givenLexicon;
    if (!parser.isSet(noSelfTrainingOption) && !raw.isEmpty()) {
        const SequenceTagger stage1(NerModel::fromBytes(bytes), &Gazetteer::standard(),
                                    makeLexicon(run.fullLexiconTsv(givenLexicon)),
                                    makeClusters(clustersTsv));
        minedTsv = givenLexicon + mineLexicon(stage1, raw);
        out() << "stage 2: lexicon of " << makeLexicon(minedTsv)->size() << " names mined from "
              << raw.size() << " unlabeled sentences\n";
        bytes = train(run, minedTsv);
    }
    const QString lexiconTsv = run.fullLexiconTsv(minedTsv);
    if (parser.isSet(writeLiblinearOption)) {
        const QDir dir(parser.value(writeLiblinearOption));
        const Perceptron features(run.bits);
        std::vector<Perceptron::Example> trainExamples, heldOutExamples;
        prepareAll(run, minedTsv, features, trainExamples, heldOutExamples);
        if (!writeLiblinear(dir.filePath(QStringLiteral("train.txt")), trainExamples, &error)
            || !writeLiblinear(dir.filePath(QStringLiteral("heldout.txt")), heldOutExamples, &error)
            || !writeFile(dir.filePath(QStringLiteral("bits")), QByteArray::number(run.bits))
            || !writeFile(dir.filePath(QStringLiteral("lexicon.tsv")), lexiconTsv.toUtf8())
            || !writeFile(dir.filePath(QStringLiteral("clusters.tsv")), clustersTsv.toUtf8())) {
            out() << "cannot write the liblinear files: " << error << '\n';
            return 1;
        }
        out() << "wrote the liblinear files to " << dir.path() << '\n';
    }
    const SequenceTagger tagger(NerModel::fromBytes(bytes, &error), &Gazetteer::standard(),
                                makeLexicon(lexiconTsv), makeClusters(clustersTsv));
    const Evaluation result = evaluate(heldOut, tagTheSentence(tagger));
    out() << "shipped (quantized) model, " << bytes.size() << " bytes, on the held-out tenth:\n"
          << result.table();
    if (parser.isSet(outOption)) {
        const QString modelPath = parser.value(outOption);
        // A companion file is written only when the model reads it, and a stale one removed:
        // the resources take every file of the folder.
        auto writeCompanion = [&](const QString &what, const QString &tsv,
                                  const QByteArray &bytesOfTsv) {
            const QString path = companion(modelPath, what);
            if (tsv.isEmpty())
                return !QFile::exists(path) || QFile::remove(path);
            return writeFile(path, bytesOfTsv);
        };
        if (!writeFile(modelPath, bytes)
            || !writeCompanion(QStringLiteral("lexicon"), lexiconTsv,
                               makeLexicon(lexiconTsv)->toBlob())
            || !writeCompanion(QStringLiteral("clusters"), clustersTsv, clustersTsv.toUtf8()))
            return 1;
    }
    return result.micro().f1() >= minF1 ? 0 : 1;
}
