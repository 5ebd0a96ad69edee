#pragma once

#include "analysis/analyzer.h"

#include <QString>

#include <memory>
#include <mutex>

namespace newsmark {

namespace ner {
class EnglishTagger;
class SequenceTagger;
} // namespace ner

// People, organizations, places, dates and times: the trained sequence model (see
// docs/ENTITIES.md) on lines with Korean, the English model and date rules on lines without, and
// the shipped gazetteer on both. Gazetteer aliases carry their canonical name in Span::entity
// ("현대차" → 현대자동차) where it is written in the article's language: an English article
// keeps "London", not 런던. The model's quantities come out as SpanKind::Count (counts, ranks,
// ages); the Analyzer drops those that overlap an amount, which is the amount recogniser's.
// What no name can look like (a URL, markup, a lone syllable without a title, a quoted
// interjection) is dropped by ner::applyNameConstraints.
//
// The models are loaded on the first recognize() that needs them (or preload()), once, from
// whichever thread gets there first; constructing the recogniser costs nothing, so the first
// window never waits.
class EntityRecognizer final : public Recognizer
{
public:
    EntityRecognizer();
    ~EntityRecognizer() override;
    Q_DISABLE_COPY_MOVE(EntityRecognizer)

    [[nodiscard]] QList<Span> recognize(QStringView text) const override;

    // Loads the model now, e.g. on a worker thread at start-up. Returns false (and the reason in
    // loadError()) when it cannot be loaded; recognize() then falls back to gazetteer and patterns.
    bool preload() const;
    [[nodiscard]] QString loadError() const;

private:
    const ner::SequenceTagger *tagger() const;
    const ner::EnglishTagger *englishTagger() const;

    mutable std::once_flag m_loaded;
    mutable std::unique_ptr<ner::SequenceTagger> m_tagger;
    mutable QString m_error;
    mutable std::once_flag m_englishLoaded;
    mutable std::unique_ptr<ner::EnglishTagger> m_englishTagger;
    mutable QString m_englishError;
};

} // namespace newsmark
