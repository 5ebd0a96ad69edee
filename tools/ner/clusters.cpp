#include "clusters.h"

#include "analysis/ner/features.h"

#include <QHash>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <random>

namespace newsmark::ner {

namespace {

// Stems with digits folded, as the features see them.
QString foldDigits(QStringView text)
{
    QString out = text.toString();
    for (QChar &c : out) {
        if (c >= u'0' && c <= u'9')
            c = u'0';
    }
    return out;
}

struct SparseVector
{
    std::vector<int> index;
    std::vector<float> value;
};

// Spherical k-means: unit vectors, centroids the normalised sums of their members, assignment
// by the largest dot product. Deterministic (fixed seed, the k most frequent stems to start).
std::vector<int> sphericalKMeans(const std::vector<SparseVector> &vectors, int dimensions, int k,
                                 int iterations)
{
    const size_t n = vectors.size();
    const size_t K = size_t(std::min<size_t>(size_t(k), n));
    // Feature-major centroids: one nonzero of a vector adds a contiguous run of K scores.
    std::vector<float> centroids(size_t(dimensions) * K, 0.0F);
    std::vector<int> assignment(n, 0);
    // Start from K stems spread over the frequency ranks (vectors come sorted by frequency), so
    // that the rare ones have centres too.
    std::mt19937 random(1234);
    std::vector<size_t> seeds(n);
    for (size_t i = 0; i < n; ++i)
        seeds[i] = i;
    std::shuffle(seeds.begin(), seeds.end(), random);
    for (size_t c = 0; c < K; ++c) {
        const SparseVector &v = vectors[seeds[c]];
        for (size_t j = 0; j < v.index.size(); ++j)
            centroids[size_t(v.index[j]) * K + c] = v.value[j];
    }
    std::vector<float> scores(K);
    for (int iteration = 0; iteration < iterations; ++iteration) {
        size_t moved = 0;
        for (size_t i = 0; i < n; ++i) {
            std::fill(scores.begin(), scores.end(), 0.0F);
            const SparseVector &v = vectors[i];
            for (size_t j = 0; j < v.index.size(); ++j) {
                const float *row = centroids.data() + size_t(v.index[j]) * K;
                const float x = v.value[j];
                for (size_t c = 0; c < K; ++c)
                    scores[c] += x * row[c];
            }
            const int best = int(std::max_element(scores.begin(), scores.end()) - scores.begin());
            moved += best != assignment[i] || iteration == 0;
            assignment[i] = best;
        }
        std::fill(centroids.begin(), centroids.end(), 0.0F);
        std::vector<double> norms(K, 0.0);
        for (size_t i = 0; i < n; ++i) {
            const SparseVector &v = vectors[i];
            for (size_t j = 0; j < v.index.size(); ++j)
                centroids[size_t(v.index[j]) * K + size_t(assignment[i])] += v.value[j];
        }
        for (size_t d = 0; d < size_t(dimensions); ++d) {
            for (size_t c = 0; c < K; ++c)
                norms[c] += double(centroids[d * K + c]) * centroids[d * K + c];
        }
        for (size_t d = 0; d < size_t(dimensions); ++d) {
            for (size_t c = 0; c < K; ++c) {
                if (norms[c] > 0)
                    centroids[d * K + c] /= float(std::sqrt(norms[c]));
            }
        }
        if (moved == 0)
            break;
    }
    return assignment;
}

// Positive PMI rows of a count matrix, each scaled to unit length.
std::vector<SparseVector> ppmiVectors(const std::vector<QHash<int, float>> &cooccurrence,
                                      const std::vector<double> &rowCounts,
                                      const std::vector<double> &dimensionCount, double total)
{
    std::vector<SparseVector> vectors(cooccurrence.size());
    for (size_t r = 0; r < cooccurrence.size(); ++r) {
        SparseVector &v = vectors[r];
        double norm = 0;
        for (auto it = cooccurrence[r].cbegin(); it != cooccurrence[r].cend(); ++it) {
            const double pmi = std::log(double(it.value()) * total
                                        / (rowCounts[r] * dimensionCount[size_t(it.key())]));
            if (pmi <= 0)
                continue;
            v.index.push_back(it.key());
            v.value.push_back(float(pmi));
            norm += pmi * pmi;
        }
        for (float &x : v.value)
            x = float(x / std::sqrt(norm));
    }
    return vectors;
}

} // namespace

QString computeCharacterClusters(const QStringList &sentences, const std::vector<int> &sizes,
                                 int minCount, int iterations)
{
    constexpr char16_t kEdge = 0x0002;
    auto fold = [](char16_t c) -> char16_t { return (c >= u'0' && c <= u'9') ? u'0' : c; };
    std::vector<int> counts(0x10000, 0);
    for (const QString &text : sentences) {
        for (const QChar c : text)
            counts[fold(c.unicode())] += 1;
    }
    std::vector<int> row(0x10000, -1);
    std::vector<char16_t> vocabulary;
    for (int c = 0; c < 0x10000; ++c) {
        if (counts[size_t(c)] >= minCount && !QChar(char16_t(c)).isSpace()) {
            row[size_t(c)] = int(vocabulary.size());
            vocabulary.push_back(char16_t(c));
        }
    }
    // Dimensions: (offset -2..2 without 0) x character; spaces and the sentence edges count.
    QHash<quint32, int> dimensionOf;
    std::vector<double> dimensionCount;
    std::vector<QHash<int, float>> cooccurrence(vocabulary.size());
    std::vector<double> rowCounts(vocabulary.size(), 0);
    double total = 0;
    for (const QString &text : sentences) {
        const qsizetype n = text.size();
        auto at = [&](qsizetype i) -> char16_t {
            return (i < 0 || i >= n) ? kEdge : fold(text[i].unicode());
        };
        for (qsizetype i = 0; i < n; ++i) {
            const int r = row[at(i)];
            if (r < 0)
                continue;
            for (int offset : {-2, -1, 1, 2}) {
                char16_t context = at(i + offset);
                if (context != kEdge && row[context] < 0 && !QChar(context).isSpace())
                    context = 0x0001; // a rare character
                const quint32 key = (quint32(offset + 2) << 16) | context;
                auto it = dimensionOf.constFind(key);
                int d = 0;
                if (it == dimensionOf.constEnd()) {
                    d = int(dimensionCount.size());
                    dimensionOf.insert(key, d);
                    dimensionCount.push_back(0);
                } else {
                    d = it.value();
                }
                dimensionCount[size_t(d)] += 1;
                cooccurrence[size_t(r)][d] += 1;
                rowCounts[size_t(r)] += 1;
                total += 1;
            }
        }
    }
    const std::vector<SparseVector> vectors =
            ppmiVectors(cooccurrence, rowCounts, dimensionCount, total);
    std::vector<std::vector<int>> levels;
    for (const int k : sizes)
        levels.push_back(sphericalKMeans(vectors, int(dimensionCount.size()), k, iterations));
    QString tsv;
    QTextStream stream(&tsv);
    stream << "# Character classes (spherical k-means, " << sizes.size()
           << " sizes) from KLUE-NER's sentences (CC BY-SA 4.0, see docs/ENTITIES.md)\n"
           << "[characters]\n";
    for (size_t r = 0; r < vocabulary.size(); ++r) {
        stream << QChar(vocabulary[r]);
        for (const std::vector<int> &level : levels)
            stream << '\t' << level[r];
        stream << '\n';
    }
    stream.flush();
    return tsv;
}

QString computeClusters(const QStringList &sentences, const std::vector<int> &sizes, int minCount,
                        int iterations)
{
    // Every sentence as its stems and particles.
    struct Token
    {
        int stem;
        int particle;
    };
    QHash<QString, int> ids;
    std::vector<QString> names;
    std::vector<int> counts;
    auto intern = [&](const QString &s) {
        const auto it = ids.constFind(s);
        if (it != ids.constEnd())
            return it.value();
        const int id = int(names.size());
        ids.insert(s, id);
        names.push_back(s);
        counts.push_back(0);
        return id;
    };
    const int boundary = intern(QStringLiteral("<s>"));
    const int noParticle = intern(QString());
    std::vector<std::vector<Token>> corpus;
    corpus.reserve(size_t(sentences.size()));
    for (const QString &text : sentences) {
        std::vector<Token> tokens;
        for (const EojeolRange &w : splitEojeols(text)) {
            const int stem =
                    intern(foldDigits(QStringView(text).mid(w.start, w.stemEnd - w.start)));
            const int particle =
                    w.stemEnd < w.end ? intern(text.mid(w.stemEnd, w.end - w.stemEnd)) : noParticle;
            counts[size_t(stem)] += 1;
            tokens.push_back({stem, particle});
        }
        corpus.push_back(std::move(tokens));
    }

    // The stems to cluster, most frequent first.
    std::vector<int> vocabulary;
    for (size_t id = 0; id < names.size(); ++id) {
        if (counts[id] >= minCount && int(id) != boundary && int(id) != noParticle)
            vocabulary.push_back(int(id));
    }
    std::sort(vocabulary.begin(), vocabulary.end(), [&](int a, int b) {
        return counts[size_t(a)] != counts[size_t(b)] ? counts[size_t(a)] > counts[size_t(b)]
                                                      : names[size_t(a)] < names[size_t(b)];
    });
    std::vector<int> row(names.size(), -1);
    for (size_t r = 0; r < vocabulary.size(); ++r)
        row[size_t(vocabulary[r])] = int(r);

    // Context dimensions: (kind, id) pairs. Kinds: 0 stem before, 1 stem after, 2 own particle,
    // 3 particle of the stem before, 4 last syllable of the stem.
    QHash<quint64, int> dimensionOf;
    std::vector<double> dimensionCount;
    std::vector<QHash<int, float>> cooccurrence(vocabulary.size());
    double total = 0;
    auto add = [&](int r, quint64 kind, quint64 id) {
        const quint64 key = (kind << 40) | id;
        auto it = dimensionOf.constFind(key);
        int d = 0;
        if (it == dimensionOf.constEnd()) {
            d = int(dimensionCount.size());
            dimensionOf.insert(key, d);
            dimensionCount.push_back(0);
        } else {
            d = it.value();
        }
        dimensionCount[size_t(d)] += 1;
        cooccurrence[size_t(r)][d] += 1;
        total += 1;
    };
    for (const std::vector<Token> &tokens : corpus) {
        for (size_t i = 0; i < tokens.size(); ++i) {
            const int r = row[size_t(tokens[i].stem)];
            if (r < 0)
                continue;
            const int before = i > 0 ? tokens[i - 1].stem : boundary;
            const int after = i + 1 < tokens.size() ? tokens[i + 1].stem : boundary;
            // Rare neighbours say little and cost dimensions: they count as one "rare" context.
            add(r, 0,
                row[size_t(before)] >= 0 || before == boundary ? quint64(before) : 1ULL << 39);
            add(r, 1, row[size_t(after)] >= 0 || after == boundary ? quint64(after) : 1ULL << 39);
            add(r, 2, quint64(tokens[i].particle));
            add(r, 3, i > 0 ? quint64(tokens[i - 1].particle) : quint64(boundary));
            const QString &stem = names[size_t(tokens[i].stem)];
            add(r, 4, stem.isEmpty() ? 0 : stem.back().unicode());
        }
    }

    // Positive PMI, then unit length.
    std::vector<SparseVector> vectors(vocabulary.size());
    for (size_t r = 0; r < vocabulary.size(); ++r) {
        const double wordCount = counts[size_t(vocabulary[r])] * 5.0; // five contexts a token
        SparseVector &v = vectors[r];
        double norm = 0;
        for (auto it = cooccurrence[r].cbegin(); it != cooccurrence[r].cend(); ++it) {
            const double pmi = std::log(double(it.value()) * total
                                        / (wordCount * dimensionCount[size_t(it.key())]));
            if (pmi <= 0)
                continue;
            v.index.push_back(it.key());
            v.value.push_back(float(pmi));
            norm += pmi * pmi;
        }
        for (float &x : v.value)
            x = float(x / std::sqrt(norm));
    }

    std::vector<std::vector<int>> levels;
    for (const int k : sizes)
        levels.push_back(sphericalKMeans(vectors, int(dimensionCount.size()), k, iterations));

    QString tsv;
    QTextStream stream(&tsv);
    stream << "# Stem classes (spherical k-means, " << sizes.size()
           << " sizes) from KLUE-NER's sentences (CC BY-SA 4.0, see docs/ENTITIES.md)\n";
    for (size_t r = 0; r < vocabulary.size(); ++r) {
        stream << names[size_t(vocabulary[r])];
        for (const std::vector<int> &level : levels)
            stream << '\t' << level[r];
        stream << '\n';
    }
    stream.flush();
    return tsv;
}

} // namespace newsmark::ner
