#pragma once

#include "analysis/ner/labels.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <array>
#include <memory>
#include <vector>

namespace newsmark::ner {

class Gazetteer;
class NameLexicon;
class WordClusters;

// A linear-chain sequence model over hashed features: each feature hash picks a row of
// kLabelCount weights, a position's emission scores are the sums of its rows, and Viterbi adds
// label-to-label transitions. The weights are quantized to int8 or int16 with one scale.
//
// File format (little-endian): "NMNER\1\0\0", then u32 labels, u32 bits (2^bits rows), u32
// features per position | feature set version << 16, u32 bytes per weight (1 or 2), f32
// scale, f32 transitions[(labels + 1) * labels] (first row: start), and the weights row by row.
class NerModel final
{
public:
    ~NerModel();
    Q_DISABLE_COPY_MOVE(NerModel)

    // The bytes are kept, not copied: a resource compiled in without compression is used where
    // it lies.
    static std::unique_ptr<NerModel> fromBytes(QByteArray bytes, QString *error = nullptr);
    static std::unique_ptr<NerModel> fromResource(const QString &path, QString *error = nullptr);
    static QByteArray serialize(int bits, int bytesPerWeight, const std::vector<float> &transitions,
                                const std::vector<float> &weights);

    [[nodiscard]] int bits() const { return m_bits; }
    [[nodiscard]] qsizetype byteSize() const { return m_bytes.size(); }

    // One BIO label per UTF-16 unit of `text`; the tags and clusters as for extractFeatures.
    [[nodiscard]] std::vector<quint8> tag(QStringView text,
                                          const std::vector<quint8> &gazetteerTags,
                                          const std::vector<quint8> &lexiconTags,
                                          const WordClusters *clusters) const;
    // The emission scores tag() decodes, count x kLabelCount (for marginals in experiments).
    [[nodiscard]] std::vector<float> emissions(QStringView text,
                                               const std::vector<quint8> &gazetteerTags,
                                               const std::vector<quint8> &lexiconTags,
                                               const WordClusters *clusters) const;
    // (kLabelCount + 1) x kLabelCount, the first row scoring the first label (as for viterbi()).
    [[nodiscard]] const std::vector<float> &transitions() const { return m_transitions; }

private:
    NerModel() = default;
    void computeEmissions(QStringView text, const std::vector<quint8> &gazetteerTags,
                          const std::vector<quint8> &lexiconTags, const WordClusters *clusters,
                          std::vector<float> &emissions) const;
    void addRow(quint64 hash, float *scores) const;

    QByteArray m_bytes;
    const char *m_weights = nullptr;
    int m_bits = 0;
    int m_bytesPerWeight = 0;
    float m_scale = 0;
    std::vector<float> m_transitions;
    // The last row of an int8 table, padded: rows are read 16 bytes at a time, and only this
    // one would read past the table.
    std::array<qint8, 16> m_lastRow {};
};

// The model with what its features read: the shipped gazetteer, and the lexicon and the stem and
// character classes computed from unlabeled text when the model was trained.
class SequenceTagger final
{
public:
    SequenceTagger(std::unique_ptr<NerModel> model, const Gazetteer *gazetteer,
                   std::unique_ptr<NameLexicon> lexicon,
                   std::unique_ptr<WordClusters> clusters = nullptr);
    ~SequenceTagger();
    Q_DISABLE_COPY_MOVE(SequenceTagger)

    // :/models/ner-ko.bin, :/models/ner-ko-lexicon.bin and :/models/ner-ko-clusters.tsv (each
    // when present) and Gazetteer::standard().
    static std::unique_ptr<SequenceTagger> loadShipped(QString *error = nullptr);

    [[nodiscard]] std::vector<quint8> tag(QStringView text) const;
    [[nodiscard]] std::vector<float> emissions(QStringView text) const;
    [[nodiscard]] const NerModel &model() const { return *m_model; }

private:
    std::unique_ptr<NerModel> m_model;
    const Gazetteer *m_gazetteer;
    std::unique_ptr<NameLexicon> m_lexicon;
    std::unique_ptr<WordClusters> m_clusters;
};

} // namespace newsmark::ner
