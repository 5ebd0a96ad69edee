#include "analysis/ner/viterbi.h"

#include "analysis/ner/labels.h"

#include <algorithm>
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

// next[to] = max over `from` of score[from] + allowed[from][to]. Invalid moves score -inf, so
// they never win. A maximum is exact whatever the order, so this is the best score the
// branching loop found.
void bestScores(const float *score, const float *allowed, float *next)
{
#if defined(__SSE2__)
    // Four named vectors, not an array: GCC kept an array on the stack and waited on its own
    // stores.
    static_assert(kPadded == 16);
    __m128 best0 = _mm_set1_ps(kImpossible), best1 = best0, best2 = best0, best3 = best0;
    for (int from = 0; from < L; ++from) {
        const __m128 base = _mm_set1_ps(score[from]);
        const float *row = allowed + from * kPadded;
        best0 = _mm_max_ps(_mm_add_ps(base, _mm_loadu_ps(row)), best0);
        best1 = _mm_max_ps(_mm_add_ps(base, _mm_loadu_ps(row + 4)), best1);
        best2 = _mm_max_ps(_mm_add_ps(base, _mm_loadu_ps(row + 8)), best2);
        best3 = _mm_max_ps(_mm_add_ps(base, _mm_loadu_ps(row + 12)), best3);
    }
    _mm_storeu_ps(next, best0);
    _mm_storeu_ps(next + 4, best1);
    _mm_storeu_ps(next + 8, best2);
    _mm_storeu_ps(next + 12, best3);
#else
    for (int to = 0; to < kPadded; ++to)
        next[to] = kImpossible;
    for (int from = 0; from < L; ++from) {
        for (int to = 0; to < L; ++to)
            next[to] = std::max(next[to], score[from] + allowed[from * kPadded + to]);
    }
#endif
}

// The label before `to`: the first `from` with the best score, as the branching loop chose.
int bestPrevious(const float *score, const float *allowed, int to)
{
    float best = kImpossible;
    int arg = 0;
    for (int from = 0; from < L; ++from) {
        const float s = score[from] + allowed[from * kPadded + to];
        if (s > best) {
            best = s;
            arg = from;
        }
    }
    return arg;
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
    // The forward pass keeps every position's scores instead of a back-pointer per label: the
    // maximum alone vectorizes, and the back-pointer is found again for the one label per
    // position that the best path goes through. This took a sixth of a library's first index.
    std::vector<float> scores(size_t(count) * kPadded, kImpossible);
    for (int to = 0; to < L; ++to)
        scores[size_t(to)] =
                validTransition(-1, to) ? transitions[to] + emissions[to] : kImpossible;
    for (qsizetype i = 1; i < count; ++i) {
        float *score = scores.data() + size_t(i) * kPadded;
        bestScores(score - kPadded, allowed.data(), score);
        const float *emission = emissions + i * L;
        for (int to = 0; to < L; ++to)
            score[to] += emission[to];
    }
    const float *last = scores.data() + size_t(count - 1) * kPadded;
    int best = 0;
    for (int to = 1; to < L; ++to) {
        if (last[to] > last[best])
            best = to;
    }
    for (qsizetype i = count - 1; i >= 0; --i) {
        labels[i] = quint8(best);
        if (i > 0)
            best = bestPrevious(scores.data() + size_t(i - 1) * kPadded, allowed.data(), best);
    }
}

} // namespace newsmark::ner
