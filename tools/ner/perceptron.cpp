#include "perceptron.h"

#include "analysis/ner/features.h"
#include "analysis/ner/gazetteer.h"
#include "analysis/ner/name_lexicon.h"
#include "analysis/ner/viterbi.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
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

Perceptron::Example Perceptron::prepare(const LabeledSentence &sentence, const NameLexicon &lexicon,
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

namespace {

float logSumExp(const float *values, size_t count)
{
    float top = -std::numeric_limits<float>::infinity();
    for (size_t i = 0; i < count; ++i)
        top = std::max(top, values[i]);
    if (std::isinf(top))
        return top;
    float sum = 0;
    for (size_t i = 0; i < count; ++i)
        sum += std::exp(values[i] - top);
    return top + std::log(sum);
}

} // namespace

void Perceptron::trainEpochCrf(const std::vector<Example> &examples, quint32 seed, float cost,
                               float rate, float l2)
{
    constexpr float kImpossible = -std::numeric_limits<float>::infinity();
    // Gradients this small change nothing worth the time (most cells of a confident position).
    constexpr float kNegligible = 1e-3F;
    if (m_squares.empty()) {
        m_squares.assign(m_weights.size(), 0.0F);
        m_transitionSquares.assign(kTransitions, 0.0F);
    }
    std::vector<size_t> order(examples.size());
    std::iota(order.begin(), order.end(), 0);
    std::mt19937 random(seed);
    std::shuffle(order.begin(), order.end(), random);
    std::vector<float> emissions, alpha, beta, gradient;
    std::vector<float> transitionGradient(kTransitions);
    std::array<float, L> terms {};
    for (const size_t index : order) {
        const Example &example = examples[index];
        const std::vector<quint8> &gold = example.sentence->labels;
        const size_t n = gold.size();
        if (n == 0)
            continue;
        emissions.assign(n * L, 0.0F);
        for (size_t i = 0; i < n; ++i) {
            float *scores = emissions.data() + i * L;
            for (int k = 0; k < kFeaturesPerPosition; ++k) {
                const float *w = m_weights.data()
                        + size_t(example.rows[i * kFeaturesPerPosition + size_t(k)]) * L;
                for (size_t l = 0; l < L; ++l)
                    scores[l] += w[l];
            }
            if (cost > 0) {
                for (size_t l = 0; l < L; ++l)
                    scores[l] += l == gold[i] ? 0.0F : cost;
            }
        }
        const float *t = m_transitions.data();
        // Forward and backward in log space over the valid moves only.
        alpha.assign(n * L, kImpossible);
        beta.assign(n * L, kImpossible);
        for (size_t to = 0; to < L; ++to) {
            if (validTransition(-1, int(to)))
                alpha[to] = t[to] + emissions[to];
        }
        for (size_t i = 1; i < n; ++i) {
            for (size_t to = 0; to < L; ++to) {
                size_t count = 0;
                for (size_t from = 0; from < L; ++from) {
                    if (validTransition(int(from), int(to)))
                        terms[count++] = alpha[(i - 1) * L + from] + t[(from + 1) * L + to];
                }
                alpha[i * L + to] = logSumExp(terms.data(), count) + emissions[i * L + to];
            }
        }
        for (size_t l = 0; l < L; ++l)
            beta[(n - 1) * L + l] = 0;
        for (size_t i = n - 1; i > 0; --i) {
            for (size_t from = 0; from < L; ++from) {
                size_t count = 0;
                for (size_t to = 0; to < L; ++to) {
                    if (validTransition(int(from), int(to)))
                        terms[count++] =
                                t[(from + 1) * L + to] + emissions[i * L + to] + beta[i * L + to];
                }
                beta[(i - 1) * L + from] = logSumExp(terms.data(), count);
            }
        }
        const float logZ = logSumExp(alpha.data() + (n - 1) * L, L);
        // d(-log p(gold)) / d(score): expected minus observed.
        gradient.assign(n * L, 0.0F);
        std::fill(transitionGradient.begin(), transitionGradient.end(), 0.0F);
        for (size_t i = 0; i < n; ++i) {
            for (size_t l = 0; l < L; ++l) {
                const float a = alpha[i * L + l];
                gradient[i * L + l] = (std::isinf(a) ? 0.0F : std::exp(a + beta[i * L + l] - logZ))
                        - (l == gold[i] ? 1.0F : 0.0F);
            }
        }
        for (size_t to = 0; to < L; ++to)
            transitionGradient[to] = gradient[to];
        for (size_t i = 1; i < n; ++i) {
            for (size_t from = 0; from < L; ++from) {
                const float a = alpha[(i - 1) * L + from];
                if (std::isinf(a))
                    continue;
                for (size_t to = 0; to < L; ++to) {
                    if (!validTransition(int(from), int(to)))
                        continue;
                    transitionGradient[(from + 1) * L + to] +=
                            std::exp(a + t[(from + 1) * L + to] + emissions[i * L + to]
                                     + beta[i * L + to] - logZ);
                }
            }
            transitionGradient[(size_t(gold[i - 1]) + 1) * L + gold[i]] -= 1.0F;
        }
        const double now = m_step;
        auto step = [&](size_t cell, float g, std::vector<float> &w, std::vector<float> &squares,
                        std::vector<double> &sums) {
            g += l2 * w[cell];
            squares[cell] += g * g;
            const float delta = -rate * g / (std::sqrt(squares[cell]) + 1e-6F);
            w[cell] += delta;
            sums[cell] += now * delta;
        };
        for (size_t i = 0; i < n; ++i) {
            const float *g = gradient.data() + i * L;
            for (int k = 0; k < kFeaturesPerPosition; ++k) {
                const size_t row = size_t(example.rows[i * kFeaturesPerPosition + size_t(k)]) * L;
                for (size_t l = 0; l < L; ++l) {
                    if (std::abs(g[l]) >= kNegligible)
                        step(row + l, g[l], m_weights, m_squares, m_weightSums);
                }
            }
        }
        for (size_t cell = 0; cell < kTransitions; ++cell) {
            if (std::abs(transitionGradient[cell]) >= kNegligible)
                step(cell, transitionGradient[cell], m_transitions, m_transitionSquares,
                     m_transitionSums);
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
