#include "analysis/ner/labels.h"

namespace newsmark::ner {

QList<TypedRange> labelsToRanges(const quint8 *labels, qsizetype count)
{
    QList<TypedRange> ranges;
    qsizetype i = 0;
    while (i < count) {
        const int label = labels[i];
        if (label == kOutside) {
            ++i;
            continue;
        }
        const EntityType type = labelType(label);
        qsizetype end = i + 1;
        while (end < count && labels[end] == insideLabel(type))
            ++end;
        ranges.append({i, end, type});
        i = end;
    }
    return ranges;
}

QString typeCode(EntityType type)
{
    switch (type) {
    case EntityType::Person: return QStringLiteral("PS");
    case EntityType::Location: return QStringLiteral("LC");
    case EntityType::Organization: return QStringLiteral("OG");
    case EntityType::Date: return QStringLiteral("DT");
    case EntityType::Time: return QStringLiteral("TI");
    case EntityType::Quantity: return QStringLiteral("QT");
    }
    return {};
}

std::optional<EntityType> typeFromCode(QStringView code)
{
    for (int t = 0; t < kTypeCount; ++t) {
        if (typeCode(EntityType(t)) == code)
            return EntityType(t);
    }
    return std::nullopt;
}

} // namespace newsmark::ner
