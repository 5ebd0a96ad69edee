#pragma once

#include <QtGlobal>

namespace newsmark::ner {

// Best label sequence under first-order transitions, allowing only valid BIO moves (I-X after
// B-X or I-X). `emissions` is count x kLabelCount; `transitions` is (kLabelCount + 1) x
// kLabelCount, its first row scoring the sequence's first label.
void viterbi(const float *emissions, qsizetype count, const float *transitions, quint8 *labels);

} // namespace newsmark::ner
