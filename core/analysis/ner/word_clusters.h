#pragma once

#include <QStringView>

#include <array>
#include <vector>

namespace newsmark::ner {

// Distributional classes of eojeol stems, at a few granularities (coarse to fine), computed by
// the trainer from unlabeled sentences: stems that appear in the same contexts ("… 회장은",
// "… 에서 열린") share a class, so a name the labeled sentences never show still reads like
// the names they do show.
inline constexpr int kClusterLevels = 3;
inline constexpr quint16 kNoCluster = 0xffff;

class WordClusters final
{
public:
    using Ids = std::array<quint16, kClusterLevels>;

    // Lines "stem<TAB>id<TAB>id<TAB>id" (coarse to fine); '#' starts a comment. After a line
    // "[characters]" the lines class single characters instead (the same way, from their
    // neighbouring characters). Call build() after the last one.
    void addTsv(QStringView tsv);
    void build();

    // The classes of a stem by its stemKey() (features.h); all kNoCluster when unknown.
    [[nodiscard]] Ids find(quint64 key) const;
    // The classes of a character (digits folded to 0 by the caller); all kNoCluster when unknown.
    [[nodiscard]] Ids findCharacter(char16_t c) const;
    [[nodiscard]] qsizetype size() const { return qsizetype(m_entries.size()); }
    [[nodiscard]] qsizetype characterCount() const { return qsizetype(m_characters.size()); }

private:
    // Sorted by key: a binary search per eojeol, and no string kept.
    struct Entry
    {
        quint64 key = 0;
        Ids ids {};
    };
    std::vector<Entry> m_entries;
    std::vector<Entry> m_characters; // key: the UTF-16 unit
    // The characters again, hashed (open addressing, at most half full): every character of a
    // sentence is looked up, and a binary search there was 3 % of a library's first index.
    struct CharacterSlot
    {
        char16_t key = 0;
        bool used = false;
        Ids ids {};
    };
    std::vector<CharacterSlot> m_characterTable;
};

} // namespace newsmark::ner
