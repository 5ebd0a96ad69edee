#include "analysis/ner/viterbi.h"

#include "analysis/ner/labels.h"

#include <array>
#include <limits>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace newsmark::ner {

namespace {

constexpr int L = kLabelCount;
// Labels padded to whole vectors of four floats; the padding is never a valid label.
constexpr int kPadded = (L + 3) / 4 * 4;
constexpr float kImpossible = -std::numeric_limits<float>::infinity();

// One step: for every label `to`, the best `from` (the first one on a tie) and its score.
// Invalid moves score -inf instead of being skipped: a score plus -inf never beats the best so
// far, which starts at -inf, so the choice is the one the branching loop made.
void step(const float *score, const float *allowed, float *best, quint8 *arg)
{
#if defined(__SSE2__)
    // Branchless, four labels at a time: the branching loop mispredicted on nearly every
    // comparison and took 15 % of a library's first index.
    __m128 bestV[kPadded / 4];
    __m128i argV[kPadded / 4];
    for (int v = 0; v < kPadded / 4; ++v) {
        bestV[v] = _mm_set1_ps(kImpossible);
        argV[v] = _mm_setzero_si128();
    }
    for (int from = 0; from < L; ++from) {
        const __m128 base = _mm_set1_ps(score[from]);
        const __m128i fromV = _mm_set1_epi32(from);
        for (int v = 0; v < kPadded / 4; ++v) {
            const __m128 s = _mm_add_ps(base, _mm_loadu_ps(allowed + from * kPadded + 4 * v));
            const __m128 better = _mm_cmpgt_ps(s, bestV[v]);
            bestV[v] = _mm_or_ps(_mm_and_ps(better, s), _mm_andnot_ps(better, bestV[v]));
            const __m128i mask = _mm_castps_si128(better);
            argV[v] = _mm_or_si128(_mm_and_si128(mask, fromV), _mm_andnot_si128(mask, argV[v]));
        }
    }
    alignas(16) qint32 args[kPadded];
    for (int v = 0; v < kPadded / 4; ++v) {
        _mm_storeu_ps(best + 4 * v, bestV[v]);
        _mm_store_si128(reinterpret_cast<__m128i *>(args + 4 * v), argV[v]);
    }
    for (int to = 0; to < L; ++to)
        arg[to] = quint8(args[to]);
#else
    for (int to = 0; to < kPadded; ++to) {
        best[to] = kImpossible;
        if (to < L)
            arg[to] = 0;
    }
    for (int from = 0; from < L; ++from) {
        for (int to = 0; to < L; ++to) {
            const float s = score[from] + allowed[from * kPadded + to];
            if (s > best[to]) {
                best[to] = s;
                arg[to] = quint8(from);
            }
        }
    }
#endif
}

} // namespace

void viterbi(const float *emissions, qsizetype count, const float *transitions, quint8 *labels)
{
    if (count <= 0)
        return;
    std::array<float, L * kPadded> allowed;
    allowed.fill(kImpossible);
    for (int from = 0; from < L; ++from) {
        for (int to = 0; to < L; ++to) {
            if (validTransition(from, to))
                allowed[size_t(from * kPadded + to)] = transitions[(from + 1) * L + to];
        }
    }
    std::vector<quint8> back(size_t(count) * L);
    std::array<float, kPadded> score {};
    for (int to = 0; to < L; ++to)
        score[size_t(to)] = validTransition(-1, to) ? transitions[to] + emissions[to] : kImpossible;
    std::array<float, kPadded> stepBest {};
    for (qsizetype i = 1; i < count; ++i) {
        quint8 *backRow = back.data() + size_t(i) * L;
        step(score.data(), allowed.data(), stepBest.data(), backRow);
        const float *emission = emissions + i * L;
        for (int to = 0; to < L; ++to)
            score[size_t(to)] = stepBest[size_t(to)] + emission[to];
    }
    int best = 0;
    for (int to = 1; to < L; ++to) {
        if (score[size_t(to)] > score[size_t(best)])
            best = to;
    }
    for (qsizetype i = count - 1; i >= 0; --i) {
        labels[i] = quint8(best);
        if (i > 0)
            best = back[size_t(i) * L + size_t(best)];
    }
}

} // namespace newsmark::ner
