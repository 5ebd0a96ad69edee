#include "analysis/ner/word_clusters.h"

#include "analysis/ner/features.h"

#include <QList>
#include <QStringTokenizer>

#include <algorithm>

namespace newsmark::ner {

void WordClusters::addTsv(QStringView tsv)
{
    for (QStringView line : tsv.tokenize(u'\n')) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QList<QStringView> fields = line.split(u'\t');
        if (fields.size() != kClusterLevels + 1)
            continue;
        Entry entry;
        entry.key = stemKey(fields[0]);
        bool ok = true;
        for (int level = 0; level < kClusterLevels && ok; ++level)
            entry.ids[size_t(level)] = fields[level + 1].toUShort(&ok);
        if (ok)
            m_entries.push_back(entry);
    }
}

void WordClusters::build()
{
    std::sort(m_entries.begin(), m_entries.end(),
              [](const Entry &a, const Entry &b) { return a.key < b.key; });
}

WordClusters::Ids WordClusters::find(quint64 key) const
{
    const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), key,
                                     [](const Entry &e, quint64 k) { return e.key < k; });
    if (it != m_entries.end() && it->key == key)
        return it->ids;
    Ids none;
    none.fill(kNoCluster);
    return none;
}

} // namespace newsmark::ner
