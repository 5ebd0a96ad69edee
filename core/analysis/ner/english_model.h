#pragma once

#include "analysis/ner/english_features.h"
#include "analysis/ner/labels.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace newsmark::ner {

class Gazetteer;

// The English entity model (docs/ENTITIES.md, "English"): a linear-chain CRF over hashed
// word-level features, int8 weights with one scale, decoded by the same Viterbi over valid BIO
// moves as the Korean model. Its labels are the Korean model's 13; it learns people, places and
// organizations, and Wikigold's MISC in the quantity slot, which is never reported.
//
// File format (little-endian): "NMNEREN\1", u32 labels, u32 bits (2^bits rows), u32 features per
// word | feature set version << 16, f32 scale, f32 transitions[(labels + 1) * labels] (first row:
// start), then the int8 weights row by row.
class EnglishTagger final
{
public:
    ~EnglishTagger();
    Q_DISABLE_COPY_MOVE(EnglishTagger)

    // The bytes are kept, not copied. `lists` must outlive the tagger.
    static std::unique_ptr<EnglishTagger> fromBytes(QByteArray bytes, const Gazetteer &lists,
                                                    QString *error = nullptr);
    // :/models/ner-en.bin with englishLists().
    static std::unique_ptr<EnglishTagger> loadShipped(QString *error = nullptr);
    static QByteArray serialize(int bits, const std::vector<float> &transitions,
                                const std::vector<float> &weights);

    // The place and currency names of :/models/ner-en-gazetteer.tsv and the English names of
    // :/models/ner-en-names.tsv: the model's list features. Read once on first use.
    static const Gazetteer &englishLists();

    // One label per token.
    [[nodiscard]] std::vector<quint8> tag(QStringView text,
                                          const std::vector<EnglishToken> &tokens) const;
    // People, places and organizations of one line, as UTF-16 ranges of `text`: the model's, then
    // the news conventions of refineEnglishEntities().
    [[nodiscard]] QList<TypedRange> find(QStringView text) const;

    [[nodiscard]] qsizetype byteSize() const { return m_bytes.size(); }

private:
    explicit EnglishTagger(const Gazetteer &lists);

    const Gazetteer &m_lists;
    QByteArray m_bytes;
    const qint8 *m_weights = nullptr;
    int m_bits = 0;
    float m_scale = 0;
    std::vector<float> m_transitions;
};

} // namespace newsmark::ner
