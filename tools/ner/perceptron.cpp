#include "perceptron.h"

#include "analysis/ner/features.h"
#include "analysis/ner/gazetteer.h"
#include "analysis/ner/viterbi.h"

#include <algorithm>
#include <numeric>
#include <random>

namespace newsmark::ner {

namespace {
constexpr size_t L = kLabelCount;
constexpr size_t kTransitions = (L + 1) * L;
} // namespace

Perceptron::Perceptron(int bits)
    : m_bits(bits)
    , m_weights((size_t(1) << bits) * L)
    , m_transitions(kTransitions)
    , m_weightSums(m_weights.size())
    , m_transitionSums(kTransitions)
{ }

Perceptron::Example Perceptron::prepare(const LabeledSentence &sentence, const Gazetteer &lexicon,
                                        const WordClusters *clusters) const
{
    std::vector<quint64> hashes;
    extractFeatures(sentence.text, Gazetteer::standard().tags(sentence.text),
                    lexicon.tags(sentence.text), clusters, hashes);
    Example example;
    example.sentence = &sentence;
    example.rows.resize(hashes.size());
    for (size_t i = 0; i < hashes.size(); ++i)
        example.rows[i] = quint32(hashes[i] >> (64 - m_bits));
    return example;
}

void Perceptron::decode(const Example &example, const std::vector<float> &weights,
                        const std::vector<float> &transitions, std::vector<quint8> &labels,
                        float cost) const
{
    const size_t n = example.sentence->labels.size();
    std::vector<float> emissions(n * L, 0.0F);
    for (size_t i = 0; i < n; ++i) {
        float *scores = emissions.data() + i * L;
        for (int k = 0; k < kFeaturesPerPosition; ++k) {
            const float *w =
                    weights.data() + size_t(example.rows[i * kFeaturesPerPosition + size_t(k)]) * L;
            for (size_t l = 0; l < L; ++l)
                scores[l] += w[l];
        }
        if (cost > 0) {
            for (size_t l = 0; l < L; ++l)
                scores[l] += l == example.sentence->labels[i] ? 0.0F : cost;
        }
    }
    labels.resize(n);
    viterbi(emissions.data(), qsizetype(n), transitions.data(), labels.data());
}

void Perceptron::trainEpoch(const std::vector<Example> &examples, quint32 seed, float cost)
{
    std::vector<size_t> order(examples.size());
    std::iota(order.begin(), order.end(), 0);
    std::mt19937 random(seed);
    std::shuffle(order.begin(), order.end(), random);
    std::vector<quint8> predicted;
    for (const size_t index : order) {
        const Example &example = examples[index];
        const std::vector<quint8> &gold = example.sentence->labels;
        decode(example, m_weights, m_transitions, predicted, cost);
        const double now = m_step;
        auto update = [&](size_t cell, float delta, std::vector<float> &w,
                          std::vector<double> &sum) {
            w[cell] += delta;
            sum[cell] += now * delta;
        };
        for (size_t i = 0; i < gold.size(); ++i) {
            if (gold[i] != predicted[i]) {
                for (int k = 0; k < kFeaturesPerPosition; ++k) {
                    const size_t row =
                            size_t(example.rows[i * kFeaturesPerPosition + size_t(k)]) * L;
                    update(row + gold[i], 1, m_weights, m_weightSums);
                    update(row + predicted[i], -1, m_weights, m_weightSums);
                }
            }
            const size_t goldFrom = i == 0 ? 0 : size_t(gold[i - 1]) + 1;
            const size_t predictedFrom = i == 0 ? 0 : size_t(predicted[i - 1]) + 1;
            if (goldFrom != predictedFrom || gold[i] != predicted[i]) {
                update(goldFrom * L + gold[i], 1, m_transitions, m_transitionSums);
                update(predictedFrom * L + predicted[i], -1, m_transitions, m_transitionSums);
            }
        }
        m_step += 1;
    }
    refreshAverage();
}

void Perceptron::refreshAverage()
{
    average(m_averageWeights, m_averageTransitions);
}

void Perceptron::average(std::vector<float> &weights, std::vector<float> &transitions) const
{
    // The running sums weight each update by the step it happened at, so the average over all
    // steps is w - sum / step.
    const double step = m_step;
    weights.resize(m_weights.size());
    for (size_t i = 0; i < m_weights.size(); ++i)
        weights[i] = float(m_weights[i] - m_weightSums[i] / step);
    transitions.resize(m_transitions.size());
    for (size_t i = 0; i < m_transitions.size(); ++i)
        transitions[i] = float(m_transitions[i] - m_transitionSums[i] / step);
}

std::vector<quint8> Perceptron::tagAveraged(const Example &example) const
{
    std::vector<quint8> labels;
    decode(example, m_averageWeights, m_averageTransitions, labels);
    return labels;
}

std::vector<quint8> Perceptron::tagWith(const Example &example, const std::vector<float> &weights,
                                        const std::vector<float> &transitions) const
{
    std::vector<quint8> labels;
    decode(example, weights, transitions, labels);
    return labels;
}

} // namespace newsmark::ner
