#include "analysis/ner/english_model.h"

#include "analysis/ner/english_rules.h"

#include "analysis/ner/gazetteer.h"
#include "analysis/ner/ner_resources.h"
#include "analysis/ner/viterbi.h"

#include <QFile>
#include <QResource>
#include <QtEndian>

#include <cmath>
#include <cstring>
#include <mutex>

namespace newsmark::ner {

namespace {

constexpr char kMagic[8] = {'N', 'M', 'N', 'E', 'R', 'E', 'N', '\1'};
constexpr qsizetype kTransitionCount = (kLabelCount + 1) * kLabelCount;
constexpr qsizetype kHeaderSize = 8 + 4 * 4 + 4 * kTransitionCount;
constexpr quint32 kFingerprint =
        quint32(kEnglishFeaturesPerWord) | (quint32(kEnglishFeatureSetVersion) << 16);

void fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

float readFloat(const char *p)
{
    const quint32 raw = qFromLittleEndian<quint32>(p);
    float value = 0;
    std::memcpy(&value, &raw, sizeof value);
    return value;
}

void appendU32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

void appendFloat(QByteArray &out, float value)
{
    quint32 raw = 0;
    std::memcpy(&raw, &value, sizeof raw);
    appendU32(out, raw);
}

} // namespace

EnglishTagger::EnglishTagger(const Gazetteer &lists)
    : m_lists(lists)
{ }

EnglishTagger::~EnglishTagger() = default;

std::unique_ptr<EnglishTagger> EnglishTagger::fromBytes(QByteArray bytes, const Gazetteer &lists,
                                                        QString *error)
{
    if (bytes.size() < kHeaderSize || std::memcmp(bytes.constData(), kMagic, 8) != 0) {
        fail(error, QStringLiteral("not an English entity model"));
        return nullptr;
    }
    const char *p = bytes.constData() + 8;
    const quint32 labels = qFromLittleEndian<quint32>(p);
    const quint32 bits = qFromLittleEndian<quint32>(p + 4);
    const quint32 fingerprint = qFromLittleEndian<quint32>(p + 8);
    if (labels != kLabelCount || bits < 10 || bits > 24) {
        fail(error, QStringLiteral("unexpected English model shape"));
        return nullptr;
    }
    if (fingerprint != kFingerprint) {
        fail(error, QStringLiteral("the English model was trained on other features"));
        return nullptr;
    }
    if (bytes.size() != kHeaderSize + (qsizetype(1) << bits) * kLabelCount) {
        fail(error, QStringLiteral("truncated English model"));
        return nullptr;
    }
    std::unique_ptr<EnglishTagger> tagger(new EnglishTagger(lists));
    tagger->m_bits = int(bits);
    tagger->m_scale = readFloat(p + 12);
    tagger->m_transitions.resize(size_t(kTransitionCount));
    for (qsizetype i = 0; i < kTransitionCount; ++i)
        tagger->m_transitions[size_t(i)] = readFloat(p + 16 + 4 * i);
    tagger->m_bytes = std::move(bytes);
    tagger->m_weights = reinterpret_cast<const qint8 *>(tagger->m_bytes.constData() + kHeaderSize);
    return tagger;
}

std::unique_ptr<EnglishTagger> EnglishTagger::loadShipped(QString *error)
{
    ensureNerResources();
    const QString path = QStringLiteral(":/models/ner-en.bin");
    const QResource resource(path);
    if (resource.isValid() && resource.compressionAlgorithm() == QResource::NoCompression) {
        return fromBytes(QByteArray::fromRawData(reinterpret_cast<const char *>(resource.data()),
                                                 qsizetype(resource.size())),
                         englishLists(), error);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        return nullptr;
    }
    return fromBytes(file.readAll(), englishLists(), error);
}

QByteArray EnglishTagger::serialize(int bits, const std::vector<float> &transitions,
                                    const std::vector<float> &weights)
{
    float largest = 0;
    for (float w : weights)
        largest = std::max(largest, std::abs(w));
    const float scale = largest > 0 ? largest / 127.0F : 1.0F;
    QByteArray out;
    out.reserve(kHeaderSize + qsizetype(weights.size()));
    out.append(kMagic, 8);
    appendU32(out, kLabelCount);
    appendU32(out, quint32(bits));
    appendU32(out, kFingerprint);
    appendFloat(out, scale);
    for (float t : transitions)
        appendFloat(out, t);
    for (float w : weights)
        out.append(char(qint8(std::lround(w / scale))));
    return out;
}

const Gazetteer &EnglishTagger::englishLists()
{
    static Gazetteer lists;
    static std::once_flag once;
    std::call_once(once, [] {
        ensureNerResources();
        for (const char *name : {":/models/ner-en-gazetteer.tsv", ":/models/ner-en-names.tsv"}) {
            QFile file(QString::fromLatin1(name));
            if (file.open(QIODevice::ReadOnly))
                lists.addTsv(QString::fromUtf8(file.readAll()));
        }
        lists.build();
    });
    return lists;
}

std::vector<quint8> EnglishTagger::tag(QStringView text,
                                       const std::vector<EnglishToken> &tokens) const
{
    const size_t n = tokens.size();
    std::vector<quint8> labels(n);
    if (n == 0)
        return labels;
    thread_local std::vector<quint64> features;
    thread_local std::vector<float> emissions;
    extractEnglishFeatures(text, tokens, m_lists, Gazetteer::standard(), features);
    emissions.assign(n * kLabelCount, 0.0F);
    const int shift = 64 - m_bits;
    for (size_t i = 0; i < n; ++i) {
        const quint64 *f = features.data() + i * kEnglishFeaturesPerWord;
        qint32 sums[kLabelCount] = {};
        for (int k = 0; k < kEnglishFeaturesPerWord; ++k) {
            const qint8 *row = m_weights + size_t(f[k] >> shift) * kLabelCount;
            for (int l = 0; l < kLabelCount; ++l)
                sums[l] += row[l];
        }
        float *scores = emissions.data() + i * kLabelCount;
        for (int l = 0; l < kLabelCount; ++l)
            scores[l] = float(sums[l]) * m_scale;
    }
    viterbi(emissions.data(), qsizetype(n), m_transitions.data(), labels.data());
    return labels;
}

QList<TypedRange> EnglishTagger::find(QStringView text) const
{
    const std::vector<EnglishToken> tokens = tokenizeEnglish(text);
    const std::vector<quint8> labels = tag(text, tokens);
    QList<TypedRange> found;
    for (const TypedRange &r : labelsToRanges(labels.data(), qsizetype(labels.size()))) {
        // Wikigold's MISC (nationalities, events, works) is learnt in the quantity slot so that
        // it is not read as a name; it is no entity of ours.
        if (r.type == EntityType::Quantity)
            continue;
        found.append({tokens[size_t(r.start)].start, tokens[size_t(r.end - 1)].end, r.type});
    }
    refineEnglishEntities(text, tokens, m_lists, found);
    return found;
}

} // namespace newsmark::ner
