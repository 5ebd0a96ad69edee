#pragma once

#include <QStringView>

#include <vector>

namespace newsmark::ner {

class Gazetteer;

// Word-level features of the English model (docs/ENTITIES.md, "English"): every word gets the
// same number of hashed features, so a sentence's are one flat array.
inline constexpr int kEnglishFeaturesPerWord = 28;
// Bumped whenever a feature changes meaning: a model trained on other features is refused.
inline constexpr int kEnglishFeatureSetVersion = 1;

struct EnglishToken
{
    qsizetype start = 0;
    qsizetype end = 0;
};

// Words as the English model sees them (close to CoNLL's tokens): letters and digits with inner
// hyphens, apostrophes, ampersands and dots ("Wal-Mart", "O'Leary", "M&S", "U.S.", "1.2"), an
// abbreviation's dot ("Mr.", "Inc."), a possessive "'s" on its own, and each other
// non-space character alone.
[[nodiscard]] std::vector<EnglishToken> tokenizeEnglish(QStringView text);

// kEnglishFeaturesPerWord hashes per token of `text`: the word, its lowercase form, shape,
// prefixes and suffixes, capitalisation and whether it starts a sentence, the words and shapes
// around it, and the BIO tags of `lists` (places and currencies, English names) and of the shipped
// gazetteer at the word's start. `out` gets tokens.size() * kEnglishFeaturesPerWord values.
void extractEnglishFeatures(QStringView text, const std::vector<EnglishToken> &tokens,
                            const Gazetteer &lists, const Gazetteer &standard,
                            std::vector<quint64> &out);

} // namespace newsmark::ner
