#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace newsmark::ner {

// The six KLUE-NER types, in the order their BIO labels are numbered. Quantities are learnt
// because they tell the model what is not a date, but they are never reported: amounts belong
// to the amount recogniser.
enum class EntityType : quint8 { Person, Location, Organization, Date, Time, Quantity };

inline constexpr int kTypeCount = 6;
// O, then B-type and I-type for each type.
inline constexpr int kLabelCount = 1 + 2 * kTypeCount;
inline constexpr int kOutside = 0;

constexpr int beginLabel(EntityType type)
{
    return 1 + 2 * int(type);
}
constexpr int insideLabel(EntityType type)
{
    return 2 + 2 * int(type);
}
constexpr bool isInside(int label)
{
    return label > 0 && label % 2 == 0;
}
constexpr EntityType labelType(int label)
{
    return EntityType((label - 1) / 2);
}

// I-X may only follow B-X or I-X; `from` is -1 at the start of a sequence.
constexpr bool validTransition(int from, int to)
{
    if (!isInside(to))
        return true;
    return from > 0 && labelType(from) == labelType(to);
}

struct TypedRange
{
    qsizetype start = 0;
    qsizetype end = 0;
    EntityType type = EntityType::Person;
    friend bool operator==(const TypedRange &, const TypedRange &) = default;
};

// Entities of a label sequence; a stray I-X (which Viterbi never produces) starts an entity.
QList<TypedRange> labelsToRanges(const quint8 *labels, qsizetype count);

// "PS", "LC", "OG", "DT", "TI", "QT": KLUE's codes.
QString typeCode(EntityType type);
std::optional<EntityType> typeFromCode(QStringView code);

} // namespace newsmark::ner
