#include "corpus.h"

#include "analysis/span.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <set>
#include <tuple>

namespace newsmark::ner {

namespace {

QList<QByteArray> lines(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    return file.readAll().split('\n');
}

} // namespace

std::vector<LabeledSentence> readLabeledJsonl(const QString &path, QString *error)
{
    std::vector<LabeledSentence> sentences;
    for (const QByteArray &line : lines(path, error)) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject json = QJsonDocument::fromJson(line).object();
        LabeledSentence s;
        s.id = json.value(QStringLiteral("id")).toString();
        s.text = json.value(QStringLiteral("text")).toString();
        s.labels.assign(size_t(s.text.size()), quint8(kOutside));
        for (const QJsonValue &value : json.value(QStringLiteral("entities")).toArray()) {
            const QJsonObject e = value.toObject();
            const std::optional<EntityType> type =
                    typeFromCode(e.value(QStringLiteral("type")).toString());
            if (!type)
                continue;
            const qsizetype start = utf16Offset(s.text, e.value(QStringLiteral("start")).toInt());
            const qsizetype end = utf16Offset(s.text, e.value(QStringLiteral("end")).toInt());
            if (start < 0 || end > s.text.size() || start >= end)
                continue;
            s.labels[size_t(start)] = quint8(beginLabel(*type));
            for (qsizetype i = start + 1; i < end; ++i)
                s.labels[size_t(i)] = quint8(insideLabel(*type));
        }
        sentences.push_back(std::move(s));
    }
    return sentences;
}

QStringList readRawJsonl(const QString &path, QString *error, const QString &source)
{
    QStringList texts;
    for (const QByteArray &line : lines(path, error)) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (source.isEmpty() || object.value(QStringLiteral("source")).toString() == source)
            texts.append(object.value(QStringLiteral("text")).toString());
    }
    return texts;
}

bool isHeldOut(const QString &id)
{
    quint32 hash = 2166136261U;
    for (const char byte : id.toUtf8()) {
        hash ^= quint8(byte);
        hash *= 16777619U;
    }
    return hash % 10 == 0;
}

double TypeScore::precision() const
{
    const int predicted = truePositives + falsePositives;
    return predicted ? 100.0 * truePositives / predicted : 0.0;
}

double TypeScore::recall() const
{
    const int gold = truePositives + falseNegatives;
    return gold ? 100.0 * truePositives / gold : 0.0;
}

double TypeScore::f1() const
{
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

TypeScore Evaluation::micro(bool withQuantity) const
{
    TypeScore total;
    for (int t = 0; t < kTypeCount; ++t) {
        if (!withQuantity && EntityType(t) == EntityType::Quantity)
            continue;
        total.truePositives += perType[t].truePositives;
        total.falsePositives += perType[t].falsePositives;
        total.falseNegatives += perType[t].falseNegatives;
    }
    return total;
}

QString Evaluation::table() const
{
    QString out = QStringLiteral("type   precision  recall     F1   gold\n");
    auto row = [&](const QString &name, const TypeScore &s) {
        out += QStringLiteral("%1 %2 %3 %4 %5\n")
                       .arg(name, -5)
                       .arg(s.precision(), 10, 'f', 2)
                       .arg(s.recall(), 7, 'f', 2)
                       .arg(s.f1(), 6, 'f', 2)
                       .arg(s.truePositives + s.falseNegatives, 6);
    };
    for (int t = 0; t < kTypeCount; ++t)
        row(typeCode(EntityType(t)), perType[t]);
    row(QStringLiteral("micro"), micro(true));
    row(QStringLiteral("no-QT"), micro(false));
    return out;
}

Evaluation evaluate(const std::vector<const LabeledSentence *> &sentences, const Tagger &tagger)
{
    Evaluation result;
    for (const LabeledSentence *s : sentences) {
        const std::vector<quint8> predicted = tagger(*s);
        using Key = std::tuple<qsizetype, qsizetype, int>;
        std::set<Key> gold, guess;
        for (const TypedRange &r : labelsToRanges(s->labels.data(), qsizetype(s->labels.size())))
            gold.insert({r.start, r.end, int(r.type)});
        for (const TypedRange &r : labelsToRanges(predicted.data(), qsizetype(predicted.size())))
            guess.insert({r.start, r.end, int(r.type)});
        for (const Key &k : guess) {
            TypeScore &score = result.perType[std::get<2>(k)];
            if (gold.contains(k))
                ++score.truePositives;
            else
                ++score.falsePositives;
        }
        for (const Key &k : gold) {
            if (!guess.contains(k))
                ++result.perType[std::get<2>(k)].falseNegatives;
        }
    }
    return result;
}

} // namespace newsmark::ner
