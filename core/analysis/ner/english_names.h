#pragma once

#include "analysis/ner/labels.h"

#include <QList>
#include <QStringView>

namespace newsmark::ner {

// Entities in English text by pattern, for lines the Korean model was not trained on: runs of
// capitalised words (a title before them or "said" after them makes a person; Inc, Bank,
// University ... at their end an organization; "in"/"at" before an unknown single word a place),
// dates ("March 4, 2025", "on Monday") and clock times ("3 p.m.", "10:30 am"). The gazetteer
// is matched separately and wins where both find something.
[[nodiscard]] QList<TypedRange> findEnglishEntities(QStringView text);

} // namespace newsmark::ner
