#pragma once

#include "analysis/ner/labels.h"

#include <QList>
#include <QStringView>

namespace newsmark::ner {

// Dates and times in English text, by rules beside the model (which learnt no dates: Wikigold
// has none): "2 February", "February 2, 2005", "May 2004", "Monday", "last year", "the fourth
// quarter" (without "the"), "first nine months of 2005", "Christmas", "1200 GMT", "10:30 am",
// "3pm", "noon". A month alone is a date only where it reads as one ("in May", "since March"),
// never after a name or a title ("Theresa May", "Mrs May") or before a capitalised word.
[[nodiscard]] QList<TypedRange> findEnglishDatesAndTimes(QStringView text);

} // namespace newsmark::ner
