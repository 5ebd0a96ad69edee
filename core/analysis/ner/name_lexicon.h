#pragma once

#include "analysis/ner/labels.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <memory>
#include <vector>

namespace newsmark::ner {

// A large list of typed names read by the model as a feature (the lexicon's BIO tags), such as the
// people and places of mecab-ko-dic (resources/models/ner-ko-lexicon.bin, 330,000 names). Unlike
// the Gazetteer it keeps no canonical forms and no trie: the names lie back to back, sorted, in
// one block that the compiled-in resource is used as in place (no parsing, no copy), and a match
// narrows a range of them one character at a time. Names match as the Gazetteer's do: at the
// start of a word, ending where it ends or before a particle.
//
// The block, little-endian: "NMLX", version 1, the number of names and of UTF-16 units; per name
// its offset (u32) and length (u16) in the units and its type (u8, EntityType) and a zero byte,
// sorted by the names' UTF-16 units without repeats; then the units.
class NameLexicon final
{
public:
    NameLexicon() = default;
    Q_DISABLE_COPY_MOVE(NameLexicon)

    // Lines "name<TAB>type" with KLUE's codes (PS, LC, OG) or ORG, LOCATION, PERSON; '#' starts a
    // comment, further columns are ignored; a name listed twice keeps its first type.
    static std::unique_ptr<NameLexicon> fromTsv(QStringView tsv);
    // A block written by toBlob(); null, with the reason in `error`, when it is not one.
    static std::unique_ptr<NameLexicon> fromBlob(const QByteArray &blob, QString *error = nullptr);
    [[nodiscard]] QByteArray toBlob() const { return m_blob; }

    // The longest matches as BIO labels per UTF-16 unit.
    [[nodiscard]] std::vector<quint8> tags(QStringView text) const;
    [[nodiscard]] qsizetype size() const { return m_count; }

private:
    struct Name
    {
        quint32 offset;
        quint16 length;
        quint8 type;
        quint8 zero;
    };
    static_assert(sizeof(Name) == 8);

    [[nodiscard]] QStringView text(const Name &name) const
    {
        return QStringView(m_chars + name.offset, name.length);
    }
    // The longest name at `start` that may end there, as its length (0: none) and type.
    [[nodiscard]] qsizetype longestMatchAt(QStringView text, qsizetype start,
                                           EntityType *type) const;

    // Where the names beginning with each Hangul syllable start (names are mostly Hangul): the
    // first step of a match without a search over all of them. One more entry than syllables.
    static constexpr char16_t kFirstSyllable = 0xAC00;
    static constexpr int kSyllables = 11172;
    std::vector<quint32> m_bySyllable;

    QByteArray m_blob;
    const Name *m_names = nullptr;
    const char16_t *m_chars = nullptr;
    qsizetype m_count = 0;
};

} // namespace newsmark::ner
