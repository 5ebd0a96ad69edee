#include "entity_wording.h"

#include "i18n/ui_language.h"

#include <QCoreApplication>

namespace newsmark::gui {

namespace {

// The translation context of every sentence here.
class EntityWording
{
    Q_DECLARE_TR_FUNCTIONS(EntityWording)
};

} // namespace

QString markCommandText(const QString &surface, SpanKind kind)
{
    switch (kind) {
    case SpanKind::Person:
        return koreanParticles(EntityWording::tr("Mark “%1” as a Person").arg(surface));
    case SpanKind::Organization:
        return koreanParticles(EntityWording::tr("Mark “%1” as an Organization").arg(surface));
    case SpanKind::Location:
        return koreanParticles(EntityWording::tr("Mark “%1” as a Place").arg(surface));
    default: return koreanParticles(EntityWording::tr("Mark “%1” as an Entity").arg(surface));
    }
}

QString notEntityCommandText(const QString &surface, SpanKind kind)
{
    switch (kind) {
    case SpanKind::Person:
        return koreanParticles(EntityWording::tr("“%1” Is Not a Person").arg(surface));
    case SpanKind::Organization:
        return koreanParticles(EntityWording::tr("“%1” Is Not an Organization").arg(surface));
    case SpanKind::Location:
        return koreanParticles(EntityWording::tr("“%1” Is Not a Place").arg(surface));
    default: return koreanParticles(EntityWording::tr("“%1” Is Not an Entity").arg(surface));
    }
}

QString makeKindCommandText(const QString &surface, SpanKind kind)
{
    switch (kind) {
    case SpanKind::Person:
        return koreanParticles(EntityWording::tr("Make “%1” a Person").arg(surface));
    case SpanKind::Organization:
        return koreanParticles(EntityWording::tr("Make “%1” an Organization").arg(surface));
    case SpanKind::Location:
        return koreanParticles(EntityWording::tr("Make “%1” a Place").arg(surface));
    default: return koreanParticles(EntityWording::tr("Make “%1” an Entity").arg(surface));
    }
}

QString notEntityActionText(const QString &surface, SpanKind kind)
{
    switch (kind) {
    case SpanKind::Person:
        return koreanParticles(EntityWording::tr("“%1” Is &Not a Person").arg(surface));
    case SpanKind::Organization:
        return koreanParticles(EntityWording::tr("“%1” Is &Not an Organization").arg(surface));
    case SpanKind::Location:
        return koreanParticles(EntityWording::tr("“%1” Is &Not a Place").arg(surface));
    default: return koreanParticles(EntityWording::tr("“%1” Is &Not an Entity").arg(surface));
    }
}

QString markStatusTip(SpanKind kind)
{
    switch (kind) {
    case SpanKind::Person:
        return koreanParticles(
                EntityWording::tr("Every occurrence of the selected words is a person, in every "
                                  "article"));
    case SpanKind::Organization:
        return koreanParticles(
                EntityWording::tr("Every occurrence of the selected words is an organization, in "
                                  "every article"));
    case SpanKind::Location:
        return koreanParticles(
                EntityWording::tr("Every occurrence of the selected words is a place, in every "
                                  "article"));
    default:
        return koreanParticles(
                EntityWording::tr("Every occurrence of the selected words is an entity, in every "
                                  "article"));
    }
}

QString sameEntityLabel(const QString &surface, SpanKind kind)
{
    switch (kind) {
    case SpanKind::Person:
        return koreanParticles(EntityWording::tr("“%1” is the same person as:").arg(surface));
    case SpanKind::Organization:
        return koreanParticles(EntityWording::tr("“%1” is the same organization as:").arg(surface));
    case SpanKind::Location:
        return koreanParticles(EntityWording::tr("“%1” is the same place as:").arg(surface));
    default: return koreanParticles(EntityWording::tr("“%1” is the same entity as:").arg(surface));
    }
}

QString kindMenuText(SpanKind kind)
{
    switch (kind) {
    case SpanKind::Person: return koreanParticles(EntityWording::tr("Person"));
    case SpanKind::Organization: return koreanParticles(EntityWording::tr("Organization"));
    case SpanKind::Location: return koreanParticles(EntityWording::tr("Place"));
    default: return koreanParticles(EntityWording::tr("Entity"));
    }
}

QString entitySummaryText(const QString &name, SpanKind kind, const QString &articles)
{
    switch (kind) {
    case SpanKind::Person:
        return koreanParticles(
                EntityWording::tr("%1 (person): %2 in the library").arg(name, articles));
    case SpanKind::Organization:
        return koreanParticles(
                EntityWording::tr("%1 (organization): %2 in the library").arg(name, articles));
    case SpanKind::Location:
        return koreanParticles(
                EntityWording::tr("%1 (place): %2 in the library").arg(name, articles));
    default: return koreanParticles(EntityWording::tr("%1: %2 in the library").arg(name, articles));
    }
}

QString correctionMarkText(const QString &surface, SpanKind kind)
{
    switch (kind) {
    case SpanKind::Person:
        return koreanParticles(EntityWording::tr("“%1” is a person").arg(surface));
    case SpanKind::Organization:
        return koreanParticles(EntityWording::tr("“%1” is an organization").arg(surface));
    case SpanKind::Location:
        return koreanParticles(EntityWording::tr("“%1” is a place").arg(surface));
    default: return koreanParticles(EntityWording::tr("“%1” is an entity").arg(surface));
    }
}

QString correctionMarkNamedText(const QString &surface, SpanKind kind, const QString &name)
{
    switch (kind) {
    case SpanKind::Person:
        return koreanParticles(EntityWording::tr("“%1” is a person named “%2”").arg(surface, name));
    case SpanKind::Organization:
        return koreanParticles(
                EntityWording::tr("“%1” is an organization named “%2”").arg(surface, name));
    case SpanKind::Location:
        return koreanParticles(EntityWording::tr("“%1” is a place named “%2”").arg(surface, name));
    default:
        return koreanParticles(
                EntityWording::tr("“%1” is an entity named “%2”").arg(surface, name));
    }
}

QString correctionRemoveText(const QString &surface, SpanKind kind)
{
    switch (kind) {
    case SpanKind::Person:
        return koreanParticles(EntityWording::tr("“%1” is not a person").arg(surface));
    case SpanKind::Organization:
        return koreanParticles(EntityWording::tr("“%1” is not an organization").arg(surface));
    case SpanKind::Location:
        return koreanParticles(EntityWording::tr("“%1” is not a place").arg(surface));
    default: return koreanParticles(EntityWording::tr("“%1” is not an entity").arg(surface));
    }
}

QString correctionKindText(const QString &surface, SpanKind now, SpanKind before)
{
    // Each pair whole: "an organization, not a person" reads as one phrase in every language.
    using K = SpanKind;
    if (now == K::Person && before == K::Organization)
        return koreanParticles(
                EntityWording::tr("“%1” is a person, not an organization").arg(surface));
    if (now == K::Person && before == K::Location)
        return koreanParticles(EntityWording::tr("“%1” is a person, not a place").arg(surface));
    if (now == K::Organization && before == K::Person)
        return koreanParticles(
                EntityWording::tr("“%1” is an organization, not a person").arg(surface));
    if (now == K::Organization && before == K::Location)
        return koreanParticles(
                EntityWording::tr("“%1” is an organization, not a place").arg(surface));
    if (now == K::Location && before == K::Person)
        return koreanParticles(EntityWording::tr("“%1” is a place, not a person").arg(surface));
    if (now == K::Location && before == K::Organization)
        return koreanParticles(
                EntityWording::tr("“%1” is a place, not an organization").arg(surface));
    return correctionMarkText(surface, now);
}

} // namespace newsmark::gui
