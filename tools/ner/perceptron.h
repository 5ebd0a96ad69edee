#pragma once

#include "corpus.h"

#include <vector>

namespace newsmark::ner {

class NameLexicon;
class WordClusters;

// An averaged structured perceptron over the same hashed features and Viterbi decoder the
// shipped model uses: the training side of NerModel.
class Perceptron final
{
public:
    explicit Perceptron(int bits);

    // Features of a sentence, hashed to rows once and reused for every epoch.
    struct Example
    {
        const LabeledSentence *sentence = nullptr;
        std::vector<quint32> rows; // text.size() * kFeaturesPerPosition
    };
    [[nodiscard]] Example prepare(const LabeledSentence &sentence, const NameLexicon &lexicon,
                                  const WordClusters *clusters) const;

    // `cost` > 0 trains against cost-augmented decoding: every wrong label gets `cost` added to
    // its score, so that an update also happens where the gold path wins by less than a margin.
    void trainEpoch(const std::vector<Example> &examples, quint32 seed, float cost = 0);
    // One epoch of a linear-chain CRF on the same weights instead: the gradient of the
    // sentence's negative log-likelihood (marginals by forward-backward over the valid BIO
    // moves) with AdaGrad steps of `rate`, an L2 penalty `l2` on the cells a sentence touches,
    // and with `cost` > 0 softmax-margin (every wrong label's score raised by `cost`). The
    // average of the iterates is kept as for the perceptron.
    void trainEpochCrf(const std::vector<Example> &examples, quint32 seed, float cost, float rate,
                       float l2);
    // Decoding with the averaged weights, as the model would ship.
    [[nodiscard]] std::vector<quint8> tagAveraged(const Example &example) const;
    void average(std::vector<float> &weights, std::vector<float> &transitions) const;
    // Decoding with given weights (one ensemble member's, say).
    [[nodiscard]] std::vector<quint8> tagWith(const Example &example,
                                              const std::vector<float> &weights,
                                              const std::vector<float> &transitions) const;

    [[nodiscard]] int bits() const { return m_bits; }

private:
    void decode(const Example &example, const std::vector<float> &weights,
                const std::vector<float> &transitions, std::vector<quint8> &labels,
                float cost = 0) const;
    void refreshAverage();

    int m_bits;
    std::vector<float> m_weights, m_transitions;
    // Sums of step * update, in double: a float loses the small late updates.
    std::vector<double> m_weightSums, m_transitionSums;
    std::vector<float> m_averageWeights, m_averageTransitions;
    // AdaGrad's sums of squared gradients (CRF only).
    std::vector<float> m_squares, m_transitionSquares;
    double m_step = 1;
};

} // namespace newsmark::ner
