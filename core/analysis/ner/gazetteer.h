#pragma once

#include "analysis/ner/labels.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <vector>

namespace newsmark::ner {

struct GazetteerEntry
{
    QString canonical;
    EntityType type = EntityType::Organization;
    // Also a common word ("기아" famine, "카카오" the bean): found only where the model names it
    // too, somewhere in the same text (a fourth column "common" in the list).
    bool common = false;
};

struct GazetteerMatch
{
    qsizetype start = 0;
    qsizetype end = 0; // the name only, without the particle after it
    int entry = -1;
};

// The type a list's line names: ORG, LOCATION, PERSON or KLUE's codes (PS, LC, OG ...).
[[nodiscard]] std::optional<EntityType> listedType(QStringView name);

// Whether a name of `type` may end where `rest`, the rest of its word, begins: at the word's end,
// before a particle ("삼성전자는"), and for a place before 행, 발, 산, 계 and 령 ("인도행").
[[nodiscard]] bool nameEndsBefore(EntityType type, QStringView rest);

// Names of organizations, public bodies and places, matched in a compact trie (children of a
// node are one sorted run of edges, found by binary search). A name matches where a word begins
// and ends either where the word does or where a Korean particle follows ("삼성전자는"), so that
// "인도" never matches inside "인도적" and "SK" never inside "SK하이닉스".
class Gazetteer final
{
public:
    Gazetteer() = default;

    // Lines "surface<TAB>ORG|LOCATION|PERSON<TAB>canonical<TAB>common" (or KLUE's codes PS, OG
    // ...); the canonical name may be left empty or out when it is the surface itself, "common"
    // marks a surface that is also a common word; '#' starts a comment. A place matches before
    // 행, 발, 산, 계 and 령 too ("인도행"). Call build() after the last file.
    void addTsv(QStringView tsv);
    void add(QStringView surface, EntityType type, QStringView canonical);
    void build();

    // Longest matches, left to right, not overlapping.
    // With `inCompounds`, a place (not a common word) also matches at the start of a compound
    // whose rest is two syllables or more ("서울시민", "중국영화"; never "인도적"): what the
    // reader is shown, not what the model reads.
    [[nodiscard]] QList<GazetteerMatch> find(QStringView text, bool inCompounds = false) const;
    // The matches as BIO labels per UTF-16 unit: a feature for the model.
    [[nodiscard]] std::vector<quint8> tags(QStringView text) const;

    [[nodiscard]] const GazetteerEntry &entry(int index) const { return m_entries[size_t(index)]; }
    [[nodiscard]] qsizetype size() const { return qsizetype(m_surfaces.size()); }

    // The shipped lists (:/gazetteer/*.tsv), read once on first use from any thread.
    static const Gazetteer &standard();

private:
    struct Node
    {
        quint32 firstEdge = 0;
        quint32 edgeCount = 0;
        qint32 entry = -1;
    };
    struct Edge
    {
        char16_t ch = 0;
        quint32 child = 0;
    };

    [[nodiscard]] qsizetype longestMatchAt(QStringView text, qsizetype start, int *entry,
                                           bool inCompounds) const;

    std::vector<GazetteerEntry> m_entries;
    std::vector<std::pair<QString, int>> m_surfaces;
    std::vector<Node> m_nodes;
    std::vector<Edge> m_edges;
};

} // namespace newsmark::ner
