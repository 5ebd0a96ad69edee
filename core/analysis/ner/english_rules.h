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
//   (CEO, GDP, GMT ...);
// - a name that opens its sentence is an organization when the sentence refers back to it as one
//   ("its" with no nearer name, "..., the carmaker said", "X named Y as chief executive" — and Y
//   is then a person); names in a list with an organization ("Ocado, Tesco and Asda") are
//   organizations; a name followed by "'s" and a verb or the list's end keeps its "'s"
//   (Sainsbury's, Moody's); "the A and B Authority" is one name; a nationality before a noun
//   ("the South Korean firm") is no place.
void refineEnglishEntities(QStringView text, const std::vector<EnglishToken> &tokens,
                           const Gazetteer &lists, QList<TypedRange> &entities);

} // namespace newsmark::ner
