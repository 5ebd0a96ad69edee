#include "analysis/ner/name_lexicon.h"

#include "analysis/ner/gazetteer.h"
#include "analysis/ner/korean_particles.h"

#include <QSysInfo>
#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <limits>

namespace newsmark::ner {

namespace {

constexpr char kMagic[4] = {'N', 'M', 'L', 'X'};
constexpr quint32 kVersion = 1;
constexpr qsizetype kHeaderSize = 16;

} // namespace

std::unique_ptr<NameLexicon> NameLexicon::fromTsv(QStringView tsv)
{
    struct Entry
    {
        QStringView name;
        EntityType type;
    };
    std::vector<Entry> entries;
    qsizetype at = 0;
    while (at < tsv.size()) {
        qsizetype end = tsv.indexOf(u'\n', at);
        if (end < 0)
            end = tsv.size();
        const QStringView line = tsv.sliced(at, end - at);
        at = end + 1;
        const qsizetype tab = line.indexOf(u'\t');
        if (tab <= 0 || line.startsWith(u'#'))
            continue;
        const QStringView name = line.first(tab).trimmed();
        QStringView code = line.sliced(tab + 1);
        if (const qsizetype next = code.indexOf(u'\t'); next >= 0)
            code = code.first(next);
        const std::optional<EntityType> type = listedType(code.trimmed());
        if (type && !name.isEmpty() && name.size() <= std::numeric_limits<quint16>::max())
            entries.push_back({name, *type});
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &a, const Entry &b) { return a.name < b.name; });
    entries.erase(std::unique(entries.begin(), entries.end(),
                              [](const Entry &a, const Entry &b) { return a.name == b.name; }),
                  entries.end());
    qsizetype units = 0;
    for (const Entry &e : entries)
        units += e.name.size();
    QByteArray blob(kHeaderSize + qsizetype(entries.size()) * qsizetype(sizeof(Name)) + units * 2,
                    Qt::Uninitialized);
    char *out = blob.data();
    std::memcpy(out, kMagic, 4);
    qToLittleEndian<quint32>(kVersion, out + 4);
    qToLittleEndian<quint32>(quint32(entries.size()), out + 8);
    qToLittleEndian<quint32>(quint32(units), out + 12);
    char *names = out + kHeaderSize;
    char *chars = names + entries.size() * sizeof(Name);
    quint32 offset = 0;
    for (const Entry &e : entries) {
        qToLittleEndian<quint32>(offset, names);
        qToLittleEndian<quint16>(quint16(e.name.size()), names + 4);
        names[6] = char(e.type);
        names[7] = 0;
        names += sizeof(Name);
        for (const QChar c : e.name) {
            qToLittleEndian<quint16>(c.unicode(), chars);
            chars += 2;
        }
        offset += quint32(e.name.size());
    }
    return fromBlob(blob);
}

std::unique_ptr<NameLexicon> NameLexicon::fromBlob(const QByteArray &blob, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = QStringLiteral("name lexicon: %1").arg(why);
        return nullptr;
    };
    if (blob.size() < kHeaderSize || std::memcmp(blob.constData(), kMagic, 4) != 0)
        return fail(QStringLiteral("not a lexicon block"));
    const auto *head = blob.constData();
    if (qFromLittleEndian<quint32>(head + 4) != kVersion)
        return fail(QStringLiteral("version %1, expected %2")
                            .arg(qFromLittleEndian<quint32>(head + 4))
                            .arg(kVersion));
    const qsizetype count = qFromLittleEndian<quint32>(head + 8);
    const qsizetype units = qFromLittleEndian<quint32>(head + 12);
    if (blob.size() != kHeaderSize + count * qsizetype(sizeof(Name)) + units * 2)
        return fail(QStringLiteral("%1 bytes do not hold %2 names of %3 units")
                            .arg(blob.size())
                            .arg(count)
                            .arg(units));
    // The records and characters are read as they lie (little-endian, as x86 and ARM hold them).
    if (QSysInfo::ByteOrder != QSysInfo::LittleEndian)
        return fail(QStringLiteral("not readable on a big-endian machine"));
    auto lexicon = std::make_unique<NameLexicon>();
    // Used in place where aligned for its records (a resource compiled in uncompressed), copied
    // (and so aligned) otherwise.
    lexicon->m_blob = quintptr(blob.constData()) % alignof(Name) == 0
            ? blob
            : QByteArray(blob.constData(), blob.size());
    const char *data = lexicon->m_blob.constData();
    lexicon->m_names = reinterpret_cast<const Name *>(data + kHeaderSize);
    lexicon->m_chars = reinterpret_cast<const char16_t *>(data + kHeaderSize
                                                          + count * qsizetype(sizeof(Name)));
    lexicon->m_count = count;
    for (qsizetype i = 0; i < count; ++i) {
        const Name &n = lexicon->m_names[i];
        if (n.length == 0 || qsizetype(n.offset) + n.length > units || n.type >= quint8(kTypeCount))
            return fail(QStringLiteral("name %1 is out of bounds or of no type").arg(i));
    }
    lexicon->m_bySyllable.assign(kSyllables + 1, 0);
    for (qsizetype i = 0; i < count; ++i) {
        const int syllable = int(lexicon->m_chars[lexicon->m_names[i].offset]) - kFirstSyllable;
        if (syllable >= 0 && syllable < kSyllables)
            ++lexicon->m_bySyllable[size_t(syllable) + 1];
    }
    // Counts to starts: sorted names that begin with Hangul are one run, in syllable order.
    const auto hangul = std::lower_bound(
            lexicon->m_names, lexicon->m_names + count, kFirstSyllable,
            [&lexicon](const Name &n, char16_t c) { return lexicon->m_chars[n.offset] < c; });
    lexicon->m_bySyllable[0] = quint32(hangul - lexicon->m_names);
    for (int k = 1; k <= kSyllables; ++k)
        lexicon->m_bySyllable[size_t(k)] += lexicon->m_bySyllable[size_t(k) - 1];
    return lexicon;
}

qsizetype NameLexicon::longestMatchAt(QStringView text, qsizetype start, EntityType *type) const
{
    qsizetype best = 0;
    // A name that is exactly text[start, start + length): kept when it may end there.
    auto consider = [&](const Name &name, qsizetype length) {
        const qsizetype end = start + length;
        qsizetype wordEnd = end;
        while (wordEnd < text.size() && isLetterOrNumber(text[wordEnd]))
            ++wordEnd;
        if (nameEndsBefore(EntityType(name.type), text.sliced(end, wordEnd - end))) {
            best = length;
            *type = EntityType(name.type);
        }
    };
    // [lo, hi) holds the names that begin with text[start, start + depth); sorted, so the one
    // that is exactly that prefix (if any) comes first, and the rest are sorted by the next
    // character.
    const Name *lo = m_names;
    const Name *hi = m_names + m_count;
    qsizetype depth = 0;
    if (const int syllable = int(text[start].unicode()) - kFirstSyllable;
        syllable >= 0 && syllable < kSyllables) {
        lo = m_names + m_bySyllable[size_t(syllable)];
        hi = m_names + m_bySyllable[size_t(syllable) + 1];
        depth = 1;
        if (lo != hi && lo->length == 1)
            consider(*lo, 1);
    }
    for (; start + depth < text.size() && lo != hi; ++depth) {
        if (lo->length == depth)
            ++lo;
        const char16_t ch = text[start + depth].unicode();
        const auto next = [this, depth](const Name &n) { return m_chars[n.offset + depth]; };
        lo = std::lower_bound(lo, hi, ch,
                              [&next](const Name &n, char16_t c) { return next(n) < c; });
        hi = std::upper_bound(lo, hi, ch,
                              [&next](char16_t c, const Name &n) { return c < next(n); });
        if (lo != hi && lo->length == depth + 1)
            consider(*lo, depth + 1);
    }
    return best;
}

std::vector<quint8> NameLexicon::tags(QStringView text) const
{
    std::vector<quint8> labels(size_t(text.size()), quint8(kOutside));
    if (m_count == 0)
        return labels;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isLetterOrNumber(text[i]) || (i > 0 && isLetterOrNumber(text[i - 1]))) {
            ++i;
            continue;
        }
        EntityType type = EntityType::Organization;
        const qsizetype length = longestMatchAt(text, i, &type);
        if (length == 0) {
            ++i;
            continue;
        }
        labels[size_t(i)] = quint8(beginLabel(type));
        for (qsizetype k = i + 1; k < i + length; ++k)
            labels[size_t(k)] = quint8(insideLabel(type));
        i += length;
    }
    return labels;
}

} // namespace newsmark::ner
