#pragma once

#include "analysis/span_kind.h"

#include <QString>

namespace newsmark::gui {

// The sentences that name an entity's kind, each written whole for each kind: one tr() string
// per kind, never an article ("a", "an") or a particle glued to a kind name, so that English
// reads "an organization" and a translation words each kind as its language does (Korean
// chooses 이/가 by the noun's last syllable). Kinds that are not people, organizations or
// places get the general "entity" wording. `surface` is the entity's text as written.

QString markCommandText(const QString &surface, SpanKind kind); // Mark “X” as a Person
QString notEntityCommandText(const QString &surface, SpanKind kind); // “X” Is Not an Organization
QString makeKindCommandText(const QString &surface, SpanKind kind); // Make “X” a Place
QString notEntityActionText(const QString &surface, SpanKind kind); // “X” Is &Not a Person
QString markStatusTip(SpanKind kind); // Every occurrence … is an organization, in every article
QString sameEntityLabel(const QString &surface, SpanKind kind); // “X” is the same place as:
QString kindMenuText(SpanKind kind); // Person, Organization, Place (Change To › …)
// X (person): 3 articles in the library; `articles` says how many ("3 articles")
QString entitySummaryText(const QString &name, SpanKind kind, const QString &articles);

// One correction, as the Corrections dialog lists it.
QString correctionMarkText(const QString &surface, SpanKind kind); // “X” is a person
QString correctionMarkNamedText(const QString &surface, SpanKind kind, const QString &name);
QString correctionRemoveText(const QString &surface, SpanKind kind); // “X” is not a place
// “X” is an organization, not a person
QString correctionKindText(const QString &surface, SpanKind now, SpanKind before);

} // namespace newsmark::gui
