#pragma once

#include "analysis/ner/labels.h"

#include <QList>
#include <QString>

#include <functional>
#include <vector>

namespace newsmark::ner {

struct LabeledSentence
{
    QString id;
    QString text;
    std::vector<quint8> labels; // BIO per UTF-16 unit
};

// KLUE-NER's JSONL (code point offsets) as BIO labels over UTF-16 units.
[[nodiscard]] std::vector<LabeledSentence> readLabeledJsonl(const QString &path, QString *error);
// The "text" of every line of the unlabeled JSONL; with `source`, only of the lines from it.
[[nodiscard]] QStringList readRawJsonl(const QString &path, QString *error,
                                       const QString &source = QString());

// The deterministic split: FNV-1a of the id, one sentence in ten held out for model selection.
[[nodiscard]] bool isHeldOut(const QString &id);

struct TypeScore
{
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;
    [[nodiscard]] double precision() const;
    [[nodiscard]] double recall() const;
    [[nodiscard]] double f1() const;
};

// Entity-level exact-match scores per type, and micro-averaged over all six.
struct Evaluation
{
    TypeScore perType[kTypeCount];
    [[nodiscard]] TypeScore micro(bool withQuantity = true) const;
    [[nodiscard]] QString table() const;
};

using Tagger = std::function<std::vector<quint8>(const LabeledSentence &)>;
[[nodiscard]] Evaluation evaluate(const std::vector<const LabeledSentence *> &sentences,
                                  const Tagger &tagger);

} // namespace newsmark::ner
