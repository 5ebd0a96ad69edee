#pragma once

#include "corpus.h"
#include "perceptron.h"

#include <vector>

namespace newsmark::ner {

// The comparison with liblinear (Debian's liblinear-tools): the perceptron's examples as one
// liblinear instance per UTF-16 unit (label, then the hashed rows + 1 as binary features), and a
// model liblinear-train wrote turned back into rows of per-label weights for NerModel, so that
// both are decoded by the same Viterbi over valid BIO moves.
bool writeLiblinear(const QString &path, const std::vector<Perceptron::Example> &examples,
                    QString *error);
bool readLiblinearModel(const QString &path, int bits, std::vector<float> &weights, QString *error);

// log P(label | previous label) from the training labels (add-one smoothed), times `weight`; the
// first row is the start. With weight 0 only the validity of the BIO moves remains.
[[nodiscard]] std::vector<float>
transitionsFromCounts(const std::vector<const LabeledSentence *> &sentences, float weight);

} // namespace newsmark::ner
