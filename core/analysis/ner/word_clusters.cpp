#include "analysis/ner/word_clusters.h"

#include "analysis/ner/features.h"

#include <QList>
#include <QStringTokenizer>

#include <algorithm>

namespace newsmark::ner {

void WordClusters::addTsv(QStringView tsv)
{
    bool characters = false;
    for (QStringView line : tsv.tokenize(u'\n')) {
        if (line == u"[characters]") {
            characters = true;
            continue;
        }
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QList<QStringView> fields = line.split(u'\t');
        if (fields.size() != kClusterLevels + 1)
            continue;
        if (characters && fields[0].size() != 1)
            continue;
        Entry entry;
        entry.key = characters ? fields[0][0].unicode() : stemKey(fields[0]);
        bool ok = true;
        for (int level = 0; level < kClusterLevels && ok; ++level)
            entry.ids[size_t(level)] = fields[level + 1].toUShort(&ok);
        if (ok)
            (characters ? m_characters : m_entries).push_back(entry);
    }
}

namespace {

template<typename Entries>
WordClusters::Ids lookUp(const Entries &entries, quint64 key)
{
    const auto it = std::lower_bound(entries.begin(), entries.end(), key,
                                     [](const auto &e, quint64 k) { return e.key < k; });
    if (it != entries.end() && it->key == key)
        return it->ids;
    WordClusters::Ids none;
    none.fill(kNoCluster);
    return none;
}

size_t characterSlot(char16_t c, size_t mask)
{
    return (size_t(c) * 0x9E3779B1U >> 8) & mask;
}

} // namespace

void WordClusters::build()
{
    for (std::vector<Entry> *entries : {&m_entries, &m_characters})
        std::sort(entries->begin(), entries->end(),
                  [](const Entry &a, const Entry &b) { return a.key < b.key; });
    size_t slots = 16;
    while (slots < 2 * m_characters.size())
        slots *= 2;
    m_characterTable.assign(m_characters.empty() ? 0 : slots, {});
    // In sorted order, the first of equal keys is kept: the one the binary search found.
    for (const Entry &entry : m_characters) {
        const auto c = char16_t(entry.key);
        size_t i = characterSlot(c, slots - 1);
        while (m_characterTable[i].used && m_characterTable[i].key != c)
            i = (i + 1) & (slots - 1);
        if (!m_characterTable[i].used)
            m_characterTable[i] = {c, true, entry.ids};
    }
}

WordClusters::Ids WordClusters::find(quint64 key) const
{
    return lookUp(m_entries, key);
}

WordClusters::Ids WordClusters::findCharacter(char16_t c) const
{
    const size_t mask = m_characterTable.size() - 1;
    for (size_t i = characterSlot(c, mask); !m_characterTable.empty(); i = (i + 1) & mask) {
        const CharacterSlot &slot = m_characterTable[i];
        if (!slot.used)
            break;
        if (slot.key == c)
            return slot.ids;
    }
    Ids none;
    none.fill(kNoCluster);
    return none;
}

} // namespace newsmark::ner
