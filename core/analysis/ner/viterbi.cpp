#include "analysis/ner/viterbi.h"

#include "analysis/ner/labels.h"

#include <array>
#include <limits>
#include <vector>

namespace newsmark::ner {

void viterbi(const float *emissions, qsizetype count, const float *transitions, quint8 *labels)
{
    if (count <= 0)
        return;
    constexpr int L = kLabelCount;
    constexpr float kImpossible = -std::numeric_limits<float>::infinity();
    std::vector<quint8> back(size_t(count) * L);
    std::array<float, L> score {};
    std::array<float, L> nextScore {};
    for (int to = 0; to < L; ++to)
        score[size_t(to)] = validTransition(-1, to) ? transitions[to] + emissions[to] : kImpossible;
    for (qsizetype i = 1; i < count; ++i) {
        const float *emission = emissions + i * L;
        for (int to = 0; to < L; ++to) {
            float best = kImpossible;
            int arg = 0;
            for (int from = 0; from < L; ++from) {
                if (!validTransition(from, to))
                    continue;
                const float s = score[size_t(from)] + transitions[(from + 1) * L + to];
                if (s > best) {
                    best = s;
                    arg = from;
                }
            }
            nextScore[size_t(to)] = best + emission[to];
            back[size_t(i) * L + size_t(to)] = quint8(arg);
        }
        score = nextScore;
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
