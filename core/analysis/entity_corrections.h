#pragma once

#include "analysis/span.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace newsmark {

// What the user told the app about entities; stored in the library (EntityStore) and applied on
// every analysis, after the recognisers, so that a correction always wins.
enum class CorrectionAction {
    Mark, // every occurrence of the text is an entity of this kind
    Remove, // the text is not an entity of this kind, wherever the recogniser finds it
    Merge, // the entity named `surface` is the entity named `target`
};

struct EntityCorrection
{
    qint64 id = 0;
    CorrectionAction action = CorrectionAction::Mark;
    QString surface;
    SpanKind kind = SpanKind::Person;
    QString target; // Mark: the canonical name (empty: the surface); Merge: the entity kept
    SpanKind targetKind = SpanKind::Person; // Merge only
    QString createdAt; // ISO 8601 UTC

    friend bool operator==(const EntityCorrection &, const EntityCorrection &) = default;
};

// "mark", "remove", "merge" (the library's spelling), and back.
QString correctionActionName(CorrectionAction action);
std::optional<CorrectionAction> correctionActionFromName(QStringView name);

// The kinds the library indexes and the user corrects are people, organizations and places:
// isEntityKind (analysis/ner/entity_linker.h).
// PERSON/ORG/LOCATION (as spanKindName writes them, any case) and the user's words for them
// (person, organization, org, place, location); nullopt for anything else.
std::optional<SpanKind> indexedEntityKindFromName(QStringView name);

// The corrections of one library, in the order they were made.
class EntityCorrections final
{
public:
    EntityCorrections() = default;
    explicit EntityCorrections(QList<EntityCorrection> corrections);

    [[nodiscard]] bool isEmpty() const { return m_corrections.isEmpty(); }
    [[nodiscard]] const QList<EntityCorrection> &list() const { return m_corrections; }

    // Before linking, on resolved spans: a marked text becomes a span at each occurrence that
    // stands as a word (a particle may follow), replacing whatever overlapped it; removed texts
    // lose their spans. In the order the corrections were made, so the latest wins.
    void applyMarksAndRemovals(QStringView text, QList<Span> &spans) const;
    // After linking: spans naming a merged entity name the entity it was merged into.
    void applyMerges(QStringView text, QList<Span> &spans) const;

private:
    QList<EntityCorrection> m_corrections;
};

} // namespace newsmark
