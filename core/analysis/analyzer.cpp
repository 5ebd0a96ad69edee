#include "analysis/analyzer.h"

#include "analysis/amount_recognizer.h"
#include "analysis/entity_corrections.h"
#include "analysis/ner/entity_linker.h"
#include "analysis/ner/entity_recognizer.h"

#include "analysis/ner/ner_resources.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>

#include <algorithm>
#include <iterator>
#include <map>

namespace newsmark {

Analyzer::Analyzer()
{
    m_recognizers.push_back(std::make_unique<AmountRecognizer>());
    m_recognizers.push_back(std::make_unique<EntityRecognizer>());
}

Analyzer::Analyzer(std::vector<std::unique_ptr<Recognizer>> recognizers)
    : m_recognizers(std::move(recognizers))
{ }

Analyzer::~Analyzer() = default;

QString Analyzer::fingerprint()
{
    // Bump when recognition or linking code changes what it finds; models and gazetteers are
    // hashed, so shipping a new one is noticed without it.
    constexpr int kRulesVersion = 2;
    static const QString value = [] {
        ner::ensureNerResources();
        QCryptographicHash hash(QCryptographicHash::Blake2b_256);
        for (const QString &folder : {QStringLiteral(":/models"), QStringLiteral(":/gazetteer")}) {
            QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
            QStringList files;
            while (it.hasNext())
                files << it.next();
            files.sort();
            for (const QString &path : std::as_const(files)) {
                QFile file(path);
                if (file.open(QIODevice::ReadOnly)) {
                    hash.addData(path.toUtf8());
                    hash.addData(&file);
                }
            }
        }
        return QStringLiteral("rules%1-%2")
                .arg(kRulesVersion)
                .arg(QString::fromLatin1(hash.result().toHex().left(16)));
    }();
    return value;
}

const Analyzer &Analyzer::standard()
{
    static const Analyzer pipeline;
    return pipeline;
}

QList<Span> Analyzer::analyze(QStringView text) const
{
    static const EntityCorrections none;
    return analyze(text, none);
}

QList<Span> Analyzer::analyze(QStringView text, const EntityCorrections &corrections) const
{
    struct Candidate
    {
        Span span;
        size_t rank; // the recogniser's position: earlier wins ties
    };
    std::vector<Candidate> candidates;
    for (size_t r = 0; r < m_recognizers.size(); ++r) {
        for (const Span &s : m_recognizers[r]->recognize(text)) {
            if (s.start >= 0 && s.end <= text.size() && s.start < s.end)
                candidates.push_back({s, r});
        }
    }
    // The entity model's counts add what the amount recogniser does not read; where both read
    // the same words, the amount (with its value and unit) is what the reader gets.
    std::vector<std::pair<qsizetype, qsizetype>> amounts; // start, end
    for (const Candidate &c : candidates) {
        if (c.span.kind == SpanKind::Money || c.span.kind == SpanKind::Percent
            || c.span.kind == SpanKind::Quantity)
            amounts.emplace_back(c.span.start, c.span.end);
    }
    if (!amounts.empty()) {
        std::sort(amounts.begin(), amounts.end());
        // Each amount's end becomes the largest end of the amounts up to it: a count overlaps
        // some amount exactly when the last amount starting before the count ends reaches it.
        for (size_t i = 1; i < amounts.size(); ++i)
            amounts[i].second = std::max(amounts[i].second, amounts[i - 1].second);
        std::erase_if(candidates, [&](const Candidate &c) {
            if (c.span.kind != SpanKind::Count)
                return false;
            const auto after = std::lower_bound(amounts.cbegin(), amounts.cend(), c.span.end,
                                                [](const std::pair<qsizetype, qsizetype> &a,
                                                   qsizetype end) { return a.first < end; });
            return after != amounts.cbegin() && std::prev(after)->second > c.span.start;
        });
    }
    // Greedy by preference, then keep what does not overlap anything already kept.
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) {
                         if (a.span.length() != b.span.length())
                             return a.span.length() > b.span.length();
                         if (a.rank != b.rank)
                             return a.rank < b.rank;
                         return a.span.start < b.span.start;
                     });
    // The kept spans by start. They never overlap, so their ends rise with their starts, and a
    // candidate overlaps one of them exactly when it overlaps the last one starting before the
    // candidate ends: one look-up instead of a pass over all kept spans, which made a long text
    // (a whole book of sentences) quadratic.
    std::map<qsizetype, Span> byStart;
    for (const Candidate &c : candidates) {
        auto after = byStart.lower_bound(c.span.end);
        if (after != byStart.begin() && std::prev(after)->second.end > c.span.start)
            continue;
        byStart.emplace_hint(after, c.span.start, c.span);
    }
    QList<Span> kept;
    kept.reserve(qsizetype(byStart.size()));
    for (auto &[start, span] : byStart)
        kept.append(std::move(span));
    corrections.applyMarksAndRemovals(text, kept);
    // Linking reads the resolved spans: a short mention is tied only to names that survived.
    EntityLinker().link(text, kept);
    corrections.applyMerges(text, kept);
    return kept;
}

} // namespace newsmark
