#pragma once

#include "analysis/analyzer.h"

namespace newsmark {

// A first, deliberately small amount recogniser: numbers with a currency word, symbol or code, and
// percentages. It proves the path from analysis to highlight; the full amount grammar (scales,
// ranges, qualifiers, normalized values) replaces it.
class SimpleAmountRecognizer final : public Recognizer
{
public:
    [[nodiscard]] QList<Span> recognize(QStringView text) const override;
};

} // namespace newsmark
