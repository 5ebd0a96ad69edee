#include "analysis/ner/gazetteer.h"

#include "analysis/ner/korean_particles.h"
#include "analysis/ner/ner_resources.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <mutex>

namespace newsmark::ner {

namespace {

bool isWordChar(QChar c)
{
    return isLetterOrNumber(c);
}

} // namespace

std::optional<EntityType> listedType(QStringView name)
{
    if (name == u"ORG")
        return EntityType::Organization;
    if (name == u"LOCATION")
        return EntityType::Location;
    if (name == u"PERSON")
        return EntityType::Person;
    // Lexicons (mined from unlabeled text, mecab-ko-dic's) speak KLUE's codes.
    return typeFromCode(name);
}

void Gazetteer::addTsv(QStringView tsv)
{
    for (QStringView line : tsv.tokenize(u'\n')) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QList<QStringView> fields = line.split(u'\t');
        if (fields.size() < 2)
            continue;
        const std::optional<EntityType> type = listedType(fields[1].trimmed());
        if (!type)
            continue;
        const QStringView surface = fields[0].trimmed();
        const QStringView canonical = fields.size() > 2 ? fields[2].trimmed() : QStringView();
        add(surface, *type, canonical.isEmpty() ? surface : canonical);
        if (fields.size() > 3 && fields[3].trimmed() == u"common")
            m_entries.back().common = true;
    }
}

void Gazetteer::add(QStringView surface, EntityType type, QStringView canonical)
{
    if (surface.isEmpty())
        return;
    m_entries.push_back({canonical.toString(), type});
    m_surfaces.emplace_back(surface.toString(), int(m_entries.size() - 1));
}

void Gazetteer::build()
{
    std::stable_sort(m_surfaces.begin(), m_surfaces.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    m_surfaces.erase(std::unique(m_surfaces.begin(), m_surfaces.end(),
                                 [](const auto &a, const auto &b) { return a.first == b.first; }),
                     m_surfaces.end());
    m_nodes.assign(1, Node());
    m_edges.clear();
    // Every node's edges are laid out together before its children are built, so that each
    // node's children form one sorted run.
    struct Pending
    {
        quint32 node;
        size_t lo, hi, depth;
    };
    std::vector<Pending> stack {{0, 0, m_surfaces.size(), 0}};
    while (!stack.empty()) {
        Pending p = stack.back();
        stack.pop_back();
        if (p.lo < p.hi && size_t(m_surfaces[p.lo].first.size()) == p.depth) {
            m_nodes[p.node].entry = m_surfaces[p.lo].second;
            ++p.lo;
        }
        m_nodes[p.node].firstEdge = quint32(m_edges.size());
        size_t i = p.lo;
        while (i < p.hi) {
            const char16_t ch = m_surfaces[i].first.at(qsizetype(p.depth)).unicode();
            size_t j = i + 1;
            while (j < p.hi && m_surfaces[j].first.at(qsizetype(p.depth)).unicode() == ch)
                ++j;
            const auto child = quint32(m_nodes.size());
            m_nodes.push_back(Node());
            m_edges.push_back({ch, child});
            stack.push_back({child, i, j, p.depth + 1});
            i = j;
        }
        m_nodes[p.node].edgeCount = quint32(m_edges.size()) - m_nodes[p.node].firstEdge;
    }
}

namespace {

// "인도행", "서울발", "중국산", "일본계", "미국령을": a place with a suffix meaning bound for,
// from, made in, of descent or territory of (and a particle after it) still names the place.
bool isPlaceSuffix(QStringView rest)
{
    if (rest.isEmpty())
        return false;
    const char16_t first = rest[0].unicode();
    const bool suffix =
            first == u'행' || first == u'발' || first == u'산' || first == u'계' || first == u'령';
    return suffix && (rest.size() == 1 || isParticle(rest.mid(1)));
}

// "시민들에게" in "서울시민들에게": two Hangul syllables or more before any particle.
bool isCompoundRest(QStringView rest)
{
    const QStringView word = rest.left(rest.size() - particleSuffixLength(rest));
    return word.size() >= 2 && std::all_of(word.begin(), word.end(), [](QChar c) {
               return isHangulSyllable(c.unicode());
           });
}

} // namespace

bool nameEndsBefore(EntityType type, QStringView rest)
{
    return rest.isEmpty() || isParticle(rest)
            || (type == EntityType::Location && isPlaceSuffix(rest));
}

qsizetype Gazetteer::longestMatchAt(QStringView text, qsizetype start, int *entry,
                                    bool inCompounds) const
{
    if (m_nodes.empty())
        return 0;
    quint32 node = 0;
    qsizetype best = 0;
    for (qsizetype i = start; i < text.size(); ++i) {
        const Node &n = m_nodes[node];
        const auto first = m_edges.begin() + n.firstEdge;
        const auto last = first + n.edgeCount;
        const char16_t ch = text[i].unicode();
        const auto it = std::lower_bound(first, last, ch,
                                         [](const Edge &e, char16_t c) { return e.ch < c; });
        if (it == last || it->ch != ch)
            break;
        node = it->child;
        const qint32 found = m_nodes[node].entry;
        if (found < 0)
            continue;
        const qsizetype end = i + 1;
        qsizetype wordEnd = end;
        while (wordEnd < text.size() && isWordChar(text[wordEnd]))
            ++wordEnd;
        const QStringView rest = text.mid(end, wordEnd - end);
        if (nameEndsBefore(m_entries[size_t(found)].type, rest)
            || (inCompounds && m_entries[size_t(found)].type == EntityType::Location
                && !m_entries[size_t(found)].common && end - start >= 2 && isCompoundRest(rest))) {
            best = end - start;
            *entry = found;
        }
    }
    return best;
}

QList<GazetteerMatch> Gazetteer::find(QStringView text, bool inCompounds) const
{
    QList<GazetteerMatch> matches;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isWordChar(text[i]) || (i > 0 && isWordChar(text[i - 1]))) {
            ++i;
            continue;
        }
        int entry = -1;
        const qsizetype length = longestMatchAt(text, i, &entry, inCompounds);
        if (length > 0) {
            matches.append({i, i + length, entry});
            i += length;
        } else {
            ++i;
        }
    }
    return matches;
}

std::vector<quint8> Gazetteer::tags(QStringView text) const
{
    std::vector<quint8> labels(size_t(text.size()), quint8(kOutside));
    for (const GazetteerMatch &m : find(text)) {
        // A name that is also a common word tells the model nothing by itself.
        if (entry(m.entry).common)
            continue;
        const EntityType type = entry(m.entry).type;
        labels[size_t(m.start)] = quint8(beginLabel(type));
        for (qsizetype i = m.start + 1; i < m.end; ++i)
            labels[size_t(i)] = quint8(insideLabel(type));
    }
    return labels;
}

const Gazetteer &Gazetteer::standard()
{
    static Gazetteer gazetteer;
    static std::once_flag once;
    std::call_once(once, [] {
        ensureNerResources();
        const QDir dir(QStringLiteral(":/gazetteer"));
        for (const QString &name : dir.entryList({QStringLiteral("*.tsv")}, QDir::Files)) {
            QFile file(dir.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                gazetteer.addTsv(QString::fromUtf8(file.readAll()));
        }
        gazetteer.build();
    });
    return gazetteer;
}

} // namespace newsmark::ner
