#include "analysis/entity_corrections.h"

#include "analysis/ner/entity_linker.h"

#include <algorithm>

namespace newsmark {

namespace {

// The one place this file writes a span's linked name.
void setEntityName(Span &span, const QString &name, QStringView text)
{
    span.entity = name.isEmpty() || text.mid(span.start, span.length()) == name ? QString() : name;
}

bool overlaps(const Span &s, qsizetype start, qsizetype end)
{
    return s.start < end && start < s.end;
}

void applyMark(const EntityCorrection &c, QStringView text, QList<Span> &spans)
{
    for (qsizetype at = text.indexOf(c.surface); at >= 0; at = text.indexOf(c.surface, at + 1)) {
        const qsizetype end = at + c.surface.size();
        if (!isWordStart(text, at) || !isNameEnd(text, end))
            continue;
        spans.removeIf([&](const Span &s) { return overlaps(s, at, end); });
        Span span;
        span.start = at;
        span.end = end;
        span.kind = c.kind;
        setEntityName(span, c.target, text);
        spans.append(span);
    }
}

void applyRemove(const EntityCorrection &c, QStringView text, QList<Span> &spans)
{
    spans.removeIf([&](const Span &s) {
        return s.kind == c.kind
                && (text.mid(s.start, s.length()) == c.surface || entityName(s, text) == c.surface);
    });
}

} // namespace

QString correctionActionName(CorrectionAction action)
{
    switch (action) {
    case CorrectionAction::Mark: return QStringLiteral("mark");
    case CorrectionAction::Remove: return QStringLiteral("remove");
    case CorrectionAction::Merge: return QStringLiteral("merge");
    }
    return {};
}

std::optional<CorrectionAction> correctionActionFromName(QStringView name)
{
    for (const auto action :
         {CorrectionAction::Mark, CorrectionAction::Remove, CorrectionAction::Merge}) {
        if (name == correctionActionName(action))
            return action;
    }
    return std::nullopt;
}

std::optional<SpanKind> indexedEntityKindFromName(QStringView name)
{
    const QString n = name.trimmed().toString().toLower();
    if (n == u"person" || n == u"people" || n == u"ps")
        return SpanKind::Person;
    if (n == u"org" || n == u"organization" || n == u"organisation" || n == u"og")
        return SpanKind::Organization;
    if (n == u"location" || n == u"place" || n == u"lc")
        return SpanKind::Location;
    return std::nullopt;
}

EntityCorrections::EntityCorrections(QList<EntityCorrection> corrections)
    : m_corrections(std::move(corrections))
{
    std::stable_sort(
            m_corrections.begin(), m_corrections.end(),
            [](const EntityCorrection &a, const EntityCorrection &b) { return a.id < b.id; });
}

void EntityCorrections::applyMarksAndRemovals(QStringView text, QList<Span> &spans) const
{
    bool changed = false;
    for (const EntityCorrection &c : m_corrections) {
        if (c.surface.isEmpty())
            continue;
        if (c.action == CorrectionAction::Mark) {
            applyMark(c, text, spans);
            changed = true;
        } else if (c.action == CorrectionAction::Remove) {
            applyRemove(c, text, spans);
        }
    }
    if (changed)
        std::sort(spans.begin(), spans.end(),
                  [](const Span &a, const Span &b) { return a.start < b.start; });
}

void EntityCorrections::applyMerges(QStringView text, QList<Span> &spans) const
{
    // Merges may chain (A into B, later B into C) in either order: repeat until nothing moves,
    // with a bound so that a cycle (A into B, B into A) cannot loop.
    for (int pass = 0; pass < 8; ++pass) {
        bool moved = false;
        for (const EntityCorrection &c : m_corrections) {
            if (c.action != CorrectionAction::Merge || c.target.isEmpty())
                continue;
            for (Span &s : spans) {
                if (s.kind == c.kind && entityName(s, text) == c.surface
                    && (s.kind != c.targetKind || c.surface != c.target)) {
                    s.kind = c.targetKind;
                    setEntityName(s, c.target, text);
                    moved = true;
                }
            }
        }
        if (!moved)
            return;
    }
}

} // namespace newsmark
