#include "liblinear.h"

#include "analysis/ner/features.h"

#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace newsmark::ner {

bool writeLiblinear(const QString &path, const std::vector<Perceptron::Example> &examples,
                    QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    QByteArray line;
    std::vector<quint32> rows;
    for (const Perceptron::Example &example : examples) {
        const std::vector<quint8> &labels = example.sentence->labels;
        for (size_t i = 0; i < labels.size(); ++i) {
            // liblinear wants ascending, distinct indices from 1; colliding hashes add up.
            rows.assign(example.rows.begin() + qsizetype(i * kFeaturesPerPosition),
                        example.rows.begin() + qsizetype((i + 1) * kFeaturesPerPosition));
            std::sort(rows.begin(), rows.end());
            line = QByteArray::number(labels[i]);
            for (size_t k = 0; k < rows.size();) {
                size_t same = k;
                while (same < rows.size() && rows[same] == rows[k])
                    ++same;
                line += ' ';
                line += QByteArray::number(rows[k] + 1);
                line += ':';
                line += QByteArray::number(quint64(same - k));
                k = same;
            }
            line += '\n';
            file.write(line);
        }
    }
    return true;
}

bool readLiblinearModel(const QString &path, int bits, std::vector<float> &weights, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = file.errorString();
        return false;
    }
    std::vector<int> classLabel;
    qsizetype features = 0;
    double bias = -1;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line == "w")
            break;
        const QList<QByteArray> fields = line.split(' ');
        if (fields[0] == "label") {
            for (qsizetype i = 1; i < fields.size(); ++i)
                classLabel.push_back(fields[i].toInt());
        } else if (fields[0] == "nr_feature") {
            features = fields[1].toLongLong();
        } else if (fields[0] == "bias") {
            bias = fields[1].toDouble();
        }
    }
    const size_t classes = classLabel.size();
    if (classes < 3 || bias >= 0) {
        *error = QStringLiteral("expected a multi-class liblinear model without bias");
        return false;
    }
    weights.assign((size_t(1) << bits) * kLabelCount, 0.0F);
    for (qsizetype feature = 0; feature < features && !file.atEnd(); ++feature) {
        const QList<QByteArray> fields = file.readLine().simplified().split(' ');
        if (size_t(fields.size()) < classes) {
            *error = QStringLiteral("short weight line %1").arg(feature);
            return false;
        }
        // Feature f + 1 is hashed row f.
        if (feature >= (qsizetype(1) << bits))
            continue;
        for (size_t c = 0; c < classes; ++c)
            weights[size_t(feature) * kLabelCount + size_t(classLabel[c])] =
                    fields[qsizetype(c)].toFloat();
    }
    return true;
}

std::vector<float> transitionsFromCounts(const std::vector<const LabeledSentence *> &sentences,
                                         float weight)
{
    constexpr size_t L = kLabelCount;
    std::vector<double> counts((L + 1) * L, 1.0);
    for (const LabeledSentence *s : sentences) {
        for (size_t i = 0; i < s->labels.size(); ++i) {
            const size_t from = i == 0 ? 0 : size_t(s->labels[i - 1]) + 1;
            counts[from * L + s->labels[i]] += 1;
        }
    }
    std::vector<float> transitions((L + 1) * L);
    for (size_t from = 0; from <= L; ++from) {
        double total = 0;
        for (size_t to = 0; to < L; ++to)
            total += counts[from * L + to];
        for (size_t to = 0; to < L; ++to)
            transitions[from * L + to] = weight * float(std::log(counts[from * L + to] / total));
    }
    return transitions;
}

} // namespace newsmark::ner
