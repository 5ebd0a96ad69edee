#pragma once

#include "analysis/span.h"

#include <QList>
#include <QStringView>

#include <memory>
#include <vector>

namespace newsmark {

class EntityCorrections;

// One stage of the analysis pipeline: text in, spans out. Recognisers are stateless after
// construction, so one instance may serve several threads.
class Recognizer
{
public:
    virtual ~Recognizer() = default;
    [[nodiscard]] virtual QList<Span> recognize(QStringView text) const = 0;
};

// Runs the recognisers in order and resolves overlaps: the longer span wins, and on a tie the
// earlier recogniser (amounts come first) wins. The result is sorted and non-overlapping.
class Analyzer final
{
public:
    Analyzer();
    explicit Analyzer(std::vector<std::unique_ptr<Recognizer>> recognizers);
    ~Analyzer();
    Q_DISABLE_COPY_MOVE(Analyzer)

    [[nodiscard]] QList<Span> analyze(QStringView text) const;
    // With the user's corrections applied: marks and removals before linking (so that a marked
    // name's short mentions link to it), merges after.
    [[nodiscard]] QList<Span> analyze(QStringView text, const EntityCorrections &corrections) const;

    // Names the models and rules this build analyses with: stored beside an article's mentions,
    // so that mentions made by another version are found and made again.
    static QString fingerprint();

    // The pipeline the app ships with.
    static const Analyzer &standard();

private:
    std::vector<std::unique_ptr<Recognizer>> m_recognizers;
};

} // namespace newsmark
