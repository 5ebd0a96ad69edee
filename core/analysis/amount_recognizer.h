#pragma once

#include "analysis/analyzer.h"

namespace newsmark {

// Money, percentages and counted quantities in Korean and English news, each with its exact
// normalized value (docs/AMOUNTS.md lists the keys and the grammar): "5000억달러", "약 720조원",
// "150~250억 달러", "지분 90%", "2,000 engineers", "$15 billion to $25 billion".
//
// A hand-written scanner rather than regular expressions: the text is walked once, and only
// digits and Hangul number words at the start of a word open a parse, so it keeps pace with
// reading whole libraries. Years, dates, times, phone numbers, ranks, versions and model names
// are left alone because nothing that may follow them is a unit.
class AmountRecognizer final : public Recognizer
{
public:
    [[nodiscard]] QList<Span> recognize(QStringView text) const override;
};

} // namespace newsmark
