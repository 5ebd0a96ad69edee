#pragma once

#include "analysis/ner/english_features.h"
#include "analysis/ner/labels.h"

#include <QList>
#include <QStringView>

#include <vector>

namespace newsmark::ner {

class Gazetteer;

// News conventions the Wikipedia-trained English model does not know, applied to its people,
// places and organizations (token ranges over `tokens`, changed in place):
// - a name in `lists` (parties, parliaments, departments, international bodies; places) wins
//   over what overlaps it, a place only where nothing was found;
// - an organization head ends or opens a name: "... Airways", "... Bank", "Bank of England",
//   "Department for Transport", "House of Commons", "Lloyds TSB";
// - titles are not part of a person ("Prime Minister [Theresa May]"), and a capitalised name
//   after Mr/Mrs/Ms/Dr or a role noun ("leader Ed Miliband", "chief executive Josef Ackermann")
//   is a person; a capitalised name before a role noun ("Ryanair chief", "Yukos shareholders")
//   is an organization;
// - an acronym nobody tagged (BA, AOL, HSBC) is an organization, unless it is a known word
//   (CEO, GDP, GMT ...).
void refineEnglishEntities(QStringView text, const std::vector<EnglishToken> &tokens,
                           const Gazetteer &lists, QList<TypedRange> &entities);

} // namespace newsmark::ner
