#include "entity_wording.h"

#include "i18n/ui_language.h"

#include <QCoreApplication>

namespace newsmark::gui {

namespace {

// The translation context of every sentence here. Each function picks its sentence, then fills
// it in and chooses its Korean particles once (koreanParticles).
class EntityWording
{
    Q_DECLARE_TR_FUNCTIONS(EntityWording)
};

} // namespace

QString markCommandText(const QString &surface, SpanKind kind)
{
    const QString text = [kind] {
        switch (kind) {
        case SpanKind::Person: return EntityWording::tr("Mark “%1” as a Person");
        case SpanKind::Organization: return EntityWording::tr("Mark “%1” as an Organization");
        case SpanKind::Location: return EntityWording::tr("Mark “%1” as a Place");
        default: return EntityWording::tr("Mark “%1” as an Entity");
        }
    }();
    return koreanParticles(text.arg(surface));
}

QString notEntityCommandText(const QString &surface, SpanKind kind)
{
    const QString text = [kind] {
        switch (kind) {
        case SpanKind::Person: return EntityWording::tr("“%1” Is Not a Person");
        case SpanKind::Organization: return EntityWording::tr("“%1” Is Not an Organization");
        case SpanKind::Location: return EntityWording::tr("“%1” Is Not a Place");
        default: return EntityWording::tr("“%1” Is Not an Entity");
        }
    }();
    return koreanParticles(text.arg(surface));
}

QString makeKindCommandText(const QString &surface, SpanKind kind)
{
    const QString text = [kind] {
        switch (kind) {
        case SpanKind::Person: return EntityWording::tr("Make “%1” a Person");
        case SpanKind::Organization: return EntityWording::tr("Make “%1” an Organization");
        case SpanKind::Location: return EntityWording::tr("Make “%1” a Place");
        default: return EntityWording::tr("Make “%1” an Entity");
        }
    }();
    return koreanParticles(text.arg(surface));
}

QString notEntityActionText(const QString &surface, SpanKind kind)
{
    const QString text = [kind] {
        switch (kind) {
        case SpanKind::Person: return EntityWording::tr("“%1” Is &Not a Person");
        case SpanKind::Organization: return EntityWording::tr("“%1” Is &Not an Organization");
        case SpanKind::Location: return EntityWording::tr("“%1” Is &Not a Place");
        default: return EntityWording::tr("“%1” Is &Not an Entity");
        }
    }();
    return koreanParticles(text.arg(surface));
}

QString markStatusTip(SpanKind kind)
{
    switch (kind) {
    case SpanKind::Person:
        return EntityWording::tr("Every occurrence of the selected words is a person, in every "
                                 "article");
    case SpanKind::Organization:
        return EntityWording::tr("Every occurrence of the selected words is an organization, in "
                                 "every article");
    case SpanKind::Location:
        return EntityWording::tr("Every occurrence of the selected words is a place, in every "
                                 "article");
    default:
        return EntityWording::tr("Every occurrence of the selected words is an entity, in every "
                                 "article");
    }
}

QString sameEntityLabel(const QString &surface, SpanKind kind)
{
    const QString text = [kind] {
        switch (kind) {
        case SpanKind::Person: return EntityWording::tr("“%1” is the same person as:");
        case SpanKind::Organization: return EntityWording::tr("“%1” is the same organization as:");
        case SpanKind::Location: return EntityWording::tr("“%1” is the same place as:");
        default: return EntityWording::tr("“%1” is the same entity as:");
        }
    }();
    return koreanParticles(text.arg(surface));
}

QString kindMenuText(SpanKind kind)
{
    switch (kind) {
    case SpanKind::Person: return EntityWording::tr("Person");
    case SpanKind::Organization: return EntityWording::tr("Organization");
    case SpanKind::Location: return EntityWording::tr("Place");
    default: return EntityWording::tr("Entity");
    }
}

QString entitySummaryText(const QString &name, SpanKind kind, const QString &articles)
{
    const QString text = [kind] {
        switch (kind) {
        case SpanKind::Person: return EntityWording::tr("%1 (person): %2 in the library");
        case SpanKind::Organization:
            return EntityWording::tr("%1 (organization): %2 in the library");
        case SpanKind::Location: return EntityWording::tr("%1 (place): %2 in the library");
        default: return EntityWording::tr("%1: %2 in the library");
        }
    }();
    return koreanParticles(text.arg(name, articles));
}

QString correctionMarkText(const QString &surface, SpanKind kind)
{
    const QString text = [kind] {
        switch (kind) {
        case SpanKind::Person: return EntityWording::tr("“%1” is a person");
        case SpanKind::Organization: return EntityWording::tr("“%1” is an organization");
        case SpanKind::Location: return EntityWording::tr("“%1” is a place");
        default: return EntityWording::tr("“%1” is an entity");
        }
    }();
    return koreanParticles(text.arg(surface));
}

QString correctionMarkNamedText(const QString &surface, SpanKind kind, const QString &name)
{
    const QString text = [kind] {
        switch (kind) {
        case SpanKind::Person: return EntityWording::tr("“%1” is a person named “%2”");
        case SpanKind::Organization: return EntityWording::tr("“%1” is an organization named “%2”");
        case SpanKind::Location: return EntityWording::tr("“%1” is a place named “%2”");
        default: return EntityWording::tr("“%1” is an entity named “%2”");
        }
    }();
    return koreanParticles(text.arg(surface, name));
}

QString correctionRemoveText(const QString &surface, SpanKind kind)
{
    const QString text = [kind] {
        switch (kind) {
        case SpanKind::Person: return EntityWording::tr("“%1” is not a person");
        case SpanKind::Organization: return EntityWording::tr("“%1” is not an organization");
        case SpanKind::Location: return EntityWording::tr("“%1” is not a place");
        default: return EntityWording::tr("“%1” is not an entity");
        }
    }();
    return koreanParticles(text.arg(surface));
}

QString correctionKindText(const QString &surface, SpanKind now, SpanKind before)
{
    // Each pair whole: "an organization, not a person" reads as one phrase in every language.
    using K = SpanKind;
    const QString text = [now, before] {
        if (now == K::Person && before == K::Organization)
            return EntityWording::tr("“%1” is a person, not an organization");
        if (now == K::Person && before == K::Location)
            return EntityWording::tr("“%1” is a person, not a place");
        if (now == K::Organization && before == K::Person)
            return EntityWording::tr("“%1” is an organization, not a person");
        if (now == K::Organization && before == K::Location)
            return EntityWording::tr("“%1” is an organization, not a place");
        if (now == K::Location && before == K::Person)
            return EntityWording::tr("“%1” is a place, not a person");
        if (now == K::Location && before == K::Organization)
            return EntityWording::tr("“%1” is a place, not an organization");
        return QString();
    }();
    if (text.isEmpty())
        return correctionMarkText(surface, now);
    return koreanParticles(text.arg(surface));
}

} // namespace newsmark::gui
