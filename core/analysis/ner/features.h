#pragma once

#include <QStringView>

#include <vector>

namespace newsmark::ner {

// Every position gets the same number of features (an absent one hashes a "none" value), so a
// sentence's features are one flat array and a position's are a fixed-size run of it.
inline constexpr int kFeaturesPerPosition = 50;
// Bumped whenever a feature changes meaning: a model trained on other features is refused.
inline constexpr int kFeatureSetVersion = 4;

class WordClusters;

// An eojeol: a run between spaces, or one punctuation character (so that "손정의(일본명" ends
// its name before the bracket); the stem is the eojeol without its particle.
struct EojeolRange
{
    qsizetype start = 0;
    qsizetype end = 0;
    qsizetype stemEnd = 0;
};
[[nodiscard]] std::vector<EojeolRange> splitEojeols(QStringView text);

// The hash the features use for a stem (digits folded to 0), also the key of WordClusters.
[[nodiscard]] quint64 stemKey(QStringView stem);

// Hashed features of every UTF-16 unit of `text`: character n-grams in a window of two, character
// classes, the position in the eojeol (space-separated word) and its distance to either end, the
// eojeol's stem (without its particle) and the particle itself, the neighbouring eojeols, and the
// BIO tags of the shipped gazetteer and of the lexicon mined from unlabeled text, and the
// distributional classes of the eojeol, its neighbours and the characters in a window of two
// (`clusters` may be null). Tags have one
// label per unit (or are empty). The model maps the hashes to its rows: `out` gets
// text.size() * kFeaturesPerPosition values.
void extractFeatures(QStringView text, const std::vector<quint8> &gazetteerTags,
                     const std::vector<quint8> &lexiconTags, const WordClusters *clusters,
                     std::vector<quint64> &out);

} // namespace newsmark::ner
