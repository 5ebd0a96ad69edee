#include "analysis/ner/ner_model.h"

#include "analysis/ner/features.h"
#include "analysis/ner/gazetteer.h"
#include "analysis/ner/name_lexicon.h"
#include "analysis/ner/ner_resources.h"
#include "analysis/ner/viterbi.h"
#include "analysis/ner/word_clusters.h"
#include "logging.h"

#include <QFile>
#include <QResource>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace newsmark::ner {

namespace {

constexpr char kMagic[8] = {'N', 'M', 'N', 'E', 'R', 1, 0, 0};
constexpr qsizetype kTransitionCount = (kLabelCount + 1) * kLabelCount;
constexpr quint32 kFeatureFingerprint = kFeaturesPerPosition | (kFeatureSetVersion << 16);
constexpr qsizetype kHeaderSize = 8 + 5 * 4 + kTransitionCount * 4;

void fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

template<typename T>
void append(QByteArray &out, T value)
{
    T le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&le), sizeof le);
}

float readFloat(const char *p)
{
    const quint32 bits = qFromLittleEndian<quint32>(p);
    float value = 0;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

} // namespace

NerModel::~NerModel() = default;

std::unique_ptr<NerModel> NerModel::fromBytes(QByteArray bytes, QString *error)
{
    if (bytes.size() < kHeaderSize || std::memcmp(bytes.constData(), kMagic, 8) != 0) {
        fail(error, QStringLiteral("not a Newsmark NER model"));
        return nullptr;
    }
    const char *p = bytes.constData() + 8;
    const auto labels = qFromLittleEndian<quint32>(p);
    const auto bits = qFromLittleEndian<quint32>(p + 4);
    const auto features = qFromLittleEndian<quint32>(p + 8);
    const auto width = qFromLittleEndian<quint32>(p + 12);
    if (labels != kLabelCount || features != kFeatureFingerprint || bits < 8 || bits > 26
        || (width != 1 && width != 2)) {
        fail(error, QStringLiteral("NER model built for another label or feature set"));
        return nullptr;
    }
    const qsizetype expected = kHeaderSize + (qsizetype(1) << bits) * kLabelCount * width;
    if (bytes.size() != expected) {
        fail(error,
             QStringLiteral("NER model truncated: %1 of %2 bytes").arg(bytes.size()).arg(expected));
        return nullptr;
    }
    std::unique_ptr<NerModel> model(new NerModel);
    model->m_bits = int(bits);
    model->m_bytesPerWeight = int(width);
    model->m_scale = readFloat(p + 16);
    model->m_transitions.resize(size_t(kTransitionCount));
    for (qsizetype i = 0; i < kTransitionCount; ++i)
        model->m_transitions[size_t(i)] = readFloat(p + 20 + 4 * i);
    model->m_bytes = std::move(bytes);
    model->m_weights = model->m_bytes.constData() + kHeaderSize;
    if (width == 1) {
        std::memcpy(model->m_lastRow.data(),
                    model->m_weights + ((qsizetype(1) << bits) - 1) * kLabelCount, kLabelCount);
    }
    return model;
}

std::unique_ptr<NerModel> NerModel::fromResource(const QString &path, QString *error)
{
    const QResource resource(path);
    if (resource.isValid() && resource.compressionAlgorithm() == QResource::NoCompression) {
        return fromBytes(QByteArray::fromRawData(reinterpret_cast<const char *>(resource.data()),
                                                 qsizetype(resource.size())),
                         error);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        return nullptr;
    }
    return fromBytes(file.readAll(), error);
}

QByteArray NerModel::serialize(int bits, int bytesPerWeight, const std::vector<float> &transitions,
                               const std::vector<float> &weights)
{
    float largest = 0;
    for (float w : weights)
        largest = std::max(largest, std::abs(w));
    const float limit = bytesPerWeight == 1 ? 127.0F : 32767.0F;
    const float scale = largest > 0 ? largest / limit : 1.0F;
    QByteArray out;
    out.reserve(kHeaderSize + qsizetype(weights.size()) * bytesPerWeight);
    out.append(kMagic, 8);
    append<quint32>(out, kLabelCount);
    append<quint32>(out, quint32(bits));
    append<quint32>(out, kFeatureFingerprint);
    append<quint32>(out, quint32(bytesPerWeight));
    auto appendFloat = [&](float value) {
        quint32 raw = 0;
        std::memcpy(&raw, &value, sizeof raw);
        append<quint32>(out, raw);
    };
    appendFloat(scale);
    for (float t : transitions)
        appendFloat(t);
    for (float w : weights) {
        const long q = std::lround(w / scale);
        if (bytesPerWeight == 1)
            out.append(char(qint8(q)));
        else
            append<qint16>(out, qint16(q));
    }
    return out;
}

void NerModel::addRow(quint64 hash, float *scores) const
{
    const size_t row = size_t(hash >> (64 - m_bits)) * kLabelCount;
    if (m_bytesPerWeight == 1) {
        const auto *w = reinterpret_cast<const qint8 *>(m_weights) + row;
        for (int l = 0; l < kLabelCount; ++l)
            scores[l] += float(w[l]);
    } else {
        const char *w = m_weights + row * 2;
        for (int l = 0; l < kLabelCount; ++l)
            scores[l] += float(qFromLittleEndian<qint16>(w + 2 * l));
    }
}

std::vector<quint8> NerModel::tag(QStringView text, const std::vector<quint8> &gazetteerTags,
                                  const std::vector<quint8> &lexiconTags,
                                  const WordClusters *clusters) const
{
    const qsizetype n = text.size();
    std::vector<quint8> labels(static_cast<size_t>(n));
    if (n == 0)
        return labels;
    thread_local std::vector<float> emissions;
    computeEmissions(text, gazetteerTags, lexiconTags, clusters, emissions);
    viterbi(emissions.data(), n, m_transitions.data(), labels.data());
    return labels;
}

std::vector<float> NerModel::emissions(QStringView text, const std::vector<quint8> &gazetteerTags,
                                       const std::vector<quint8> &lexiconTags,
                                       const WordClusters *clusters) const
{
    std::vector<float> emissions;
    if (!text.isEmpty())
        computeEmissions(text, gazetteerTags, lexiconTags, clusters, emissions);
    return emissions;
}

void NerModel::computeEmissions(QStringView text, const std::vector<quint8> &gazetteerTags,
                                const std::vector<quint8> &lexiconTags,
                                const WordClusters *clusters, std::vector<float> &emissions) const
{
    const qsizetype n = text.size();
    // 400 bytes of features per character: a long line's buffer went back to the system after
    // every line and came back page fault by page fault. Each thread keeps its own.
    thread_local std::vector<quint64> features;
    extractFeatures(text, gazetteerTags, lexiconTags, clusters, features);
    emissions.assign(size_t(n) * kLabelCount, 0.0F);
    if (m_bytesPerWeight == 1) {
        // The rows are scattered over megabytes: the time goes into cache misses, so every row
        // of the next position is asked for before the rows of this one are added (in integers).
        // A row is read as 16 bytes, which may straddle two cache lines: both are asked for.
        const auto *weights = reinterpret_cast<const qint8 *>(m_weights);
        const int shift = 64 - m_bits;
        const qint8 *const lastRow = weights + ((qsizetype(1) << m_bits) - 1) * kLabelCount;
        const qint8 *rows[2][kFeaturesPerPosition];
        auto request = [&](qsizetype i, const qint8 **out) {
            const quint64 *f = features.data() + i * kFeaturesPerPosition;
            for (int k = 0; k < kFeaturesPerPosition; ++k) {
                const qint8 *row = weights + size_t(f[k] >> shift) * kLabelCount;
                __builtin_prefetch(row);
                __builtin_prefetch(row + 15);
                out[k] = row == lastRow ? m_lastRow.data() : row;
            }
        };
        request(0, rows[0]);
        for (qsizetype i = 0; i < n; ++i) {
            if (i + 1 < n)
                request(i + 1, rows[(i + 1) & 1]);
            float *scores = emissions.data() + i * kLabelCount;
#if defined(__SSE2__)
            // A row at a time, sign-extended to 16 bits: 50 rows of at most 127 cannot
            // overflow, and integer sums are the same in any order. The three bytes past a row
            // (the next row's) land in lanes that are never read.
            __m128i low = _mm_setzero_si128();
            __m128i high = _mm_setzero_si128();
            for (const qint8 *row : rows[i & 1]) {
                const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(row));
                low = _mm_add_epi16(low, _mm_srai_epi16(_mm_unpacklo_epi8(v, v), 8));
                high = _mm_add_epi16(high, _mm_srai_epi16(_mm_unpackhi_epi8(v, v), 8));
            }
            static_assert(kFeaturesPerPosition * 128 <= 32767 && kLabelCount <= 16);
            alignas(16) qint16 sums[16];
            _mm_store_si128(reinterpret_cast<__m128i *>(sums), low);
            _mm_store_si128(reinterpret_cast<__m128i *>(sums + 8), high);
#else
            qint32 sums[kLabelCount] = {};
            for (const qint8 *row : rows[i & 1]) {
                for (int l = 0; l < kLabelCount; ++l)
                    sums[l] += row[l];
            }
#endif
            for (int l = 0; l < kLabelCount; ++l)
                scores[l] = float(sums[l]) * m_scale;
        }
    } else {
        for (qsizetype i = 0; i < n; ++i) {
            float *scores = emissions.data() + i * kLabelCount;
            const quint64 *f = features.data() + i * kFeaturesPerPosition;
            for (int k = 0; k < kFeaturesPerPosition; ++k)
                addRow(f[k], scores);
            for (int l = 0; l < kLabelCount; ++l)
                scores[l] *= m_scale;
        }
    }
}

SequenceTagger::SequenceTagger(std::unique_ptr<NerModel> model, const Gazetteer *gazetteer,
                               std::unique_ptr<NameLexicon> lexicon,
                               std::unique_ptr<WordClusters> clusters)
    : m_model(std::move(model))
    , m_gazetteer(gazetteer)
    , m_lexicon(std::move(lexicon))
    , m_clusters(std::move(clusters))
{ }

SequenceTagger::~SequenceTagger() = default;

namespace {

// The lexicon block beside a model: a compiled-in resource used in place, or a file read whole.
// None (or a damaged one, logged) leaves the lexicon empty: the model's other features still read.
std::unique_ptr<NameLexicon> loadLexicon(const QString &path)
{
    QByteArray blob;
    const QResource resource(path);
    if (resource.isValid() && resource.compressionAlgorithm() == QResource::NoCompression) {
        blob = QByteArray::fromRawData(reinterpret_cast<const char *>(resource.data()),
                                       qsizetype(resource.size()));
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return std::make_unique<NameLexicon>();
        blob = file.readAll();
    }
    QString error;
    std::unique_ptr<NameLexicon> lexicon = NameLexicon::fromBlob(blob, &error);
    if (!lexicon) {
        qCWarning(lcAnalysis).noquote() << path << error;
        return std::make_unique<NameLexicon>();
    }
    return lexicon;
}

} // namespace

std::unique_ptr<SequenceTagger> SequenceTagger::loadShipped(QString *error)
{
    ensureNerResources();
    // NEWSMARK_NER_KO_MODEL names another model file (its -lexicon.bin and -clusters.tsv beside
    // it), so that a cross-validation fold's model can be scored on what the app prints
    // (docs/ENTITIES.md); unset, the compiled-in model is used in place.
    const QString override = qEnvironmentVariable("NEWSMARK_NER_KO_MODEL");
    QString base = QStringLiteral(":/models/ner-ko");
    std::unique_ptr<NerModel> model;
    if (override.isEmpty()) {
        model = NerModel::fromResource(base + QStringLiteral(".bin"), error);
    } else {
        qCInfo(lcAnalysis) << "Korean entity model from NEWSMARK_NER_KO_MODEL:" << override;
        QFile modelFile(override);
        if (!modelFile.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("NEWSMARK_NER_KO_MODEL %1: %2")
                                 .arg(override, modelFile.errorString());
            return nullptr;
        }
        model = NerModel::fromBytes(modelFile.readAll(), error);
        base = override.endsWith(QStringLiteral(".bin")) ? override.chopped(4) : override;
    }
    if (!model)
        return nullptr;
    std::unique_ptr<NameLexicon> lexicon = loadLexicon(base + QStringLiteral("-lexicon.bin"));
    auto clusters = std::make_unique<WordClusters>();
    QFile clusterFile(base + QStringLiteral("-clusters.tsv"));
    if (clusterFile.open(QIODevice::ReadOnly))
        clusters->addTsv(QString::fromUtf8(clusterFile.readAll()));
    clusters->build();
    return std::make_unique<SequenceTagger>(std::move(model), &Gazetteer::standard(),
                                            std::move(lexicon), std::move(clusters));
}

std::vector<quint8> SequenceTagger::tag(QStringView text) const
{
    const std::vector<quint8> none;
    return m_model->tag(text, m_gazetteer ? m_gazetteer->tags(text) : none,
                        m_lexicon ? m_lexicon->tags(text) : none, m_clusters.get());
}

std::vector<float> SequenceTagger::emissions(QStringView text) const
{
    const std::vector<quint8> none;
    return m_model->emissions(text, m_gazetteer ? m_gazetteer->tags(text) : none,
                              m_lexicon ? m_lexicon->tags(text) : none, m_clusters.get());
}

} // namespace newsmark::ner
