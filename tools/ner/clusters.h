#pragma once

#include <QStringList>

#include <vector>

namespace newsmark::ner {

// Distributional classes of eojeol stems for WordClusters: every stem seen at least `minCount`
// times gets a sparse vector of its contexts (the stems before and after it, its own particle,
// its last syllable), weighted by positive PMI and normalised, and spherical k-means groups the
// vectors once per entry of `sizes` (coarse to fine). Returns the TSV WordClusters reads.
[[nodiscard]] QString computeClusters(const QStringList &sentences, const std::vector<int> &sizes,
                                      int minCount, int iterations);

// The same for single characters, from the characters up to two before and after them; the
// lines follow a "[characters]" line, to be appended to the stems' TSV.
[[nodiscard]] QString computeCharacterClusters(const QStringList &sentences,
                                               const std::vector<int> &sizes, int minCount,
                                               int iterations);

} // namespace newsmark::ner
