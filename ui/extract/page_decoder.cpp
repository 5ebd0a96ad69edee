#include "page_decoder.h"

#include "extract_logging.h"

#include <QList>
#include <QRegularExpression>
#include <QStringDecoder>

#include <cerrno>
#include <iconv.h>

namespace newsmark::extract {

namespace {

enum class Charset { Utf8, Cp949, Other };

struct Candidate
{
    Charset charset = Charset::Other;
    QByteArray label; // for Other: a name QStringDecoder knows
};

Charset classify(const QByteArray &label)
{
    static const QList<QByteArray> korean = {
            "euc-kr",         "cp949",   "windows-949", "x-windows-949", "ks_c_5601-1987",
            "ks_c_5601-1989", "ksc5601", "ksc_5601",    "csksc56011987", "iso-ir-149",
            "korean",         "cseuckr", "x-euc-kr",    "uhc",           "ms949"};
    if (label == "utf-8" || label == "utf8" || label == "unicode-1-1-utf-8")
        return Charset::Utf8;
    if (korean.contains(label))
        return Charset::Cp949;
    return Charset::Other;
}

QByteArray normalizedLabel(QByteArrayView label)
{
    QByteArray out = label.trimmed().toByteArray().toLower();
    if (out.startsWith('"') || out.startsWith('\''))
        out = out.mid(1);
    if (out.endsWith('"') || out.endsWith('\''))
        out.chop(1);
    // WHATWG: these Latin labels all mean windows-1252.
    if (out == "iso-8859-1" || out == "latin1" || out == "us-ascii" || out == "ascii"
        || out == "iso8859-1" || out == "l1")
        return QByteArrayLiteral("windows-1252");
    return out;
}

// Windows code page 949 through glibc's iconv (Qt 6.4's ICU CP949 is IBM's table). Bad bytes
// become U+FFFD when lenient; otherwise the first one fails the decoding.
bool decodeCp949(const QByteArray &bytes, bool lenient, QString *out)
{
    iconv_t cd = iconv_open("UTF-16LE", "CP949");
    if (cd == reinterpret_cast<iconv_t>(-1)) {
        qCWarning(lcExtract) << "iconv has no CP949 converter";
        return false;
    }
    QString text(bytes.size() + 1, Qt::Uninitialized); // one UTF-16 unit per byte at most
    char *in = const_cast<char *>(bytes.constData());
    size_t inLeft = size_t(bytes.size());
    char *outPtr = reinterpret_cast<char *>(text.data());
    size_t outLeft = size_t(text.size()) * sizeof(char16_t);
    bool ok = true;
    while (inLeft > 0) {
        if (iconv(cd, &in, &inLeft, &outPtr, &outLeft) != size_t(-1))
            break;
        if (!lenient || errno == E2BIG) {
            ok = false;
            break;
        }
        // EILSEQ or a truncated sequence at the end: one replacement character per bad byte.
        const char16_t replacement = 0xFFFD;
        memcpy(outPtr, &replacement, sizeof replacement);
        outPtr += sizeof replacement;
        outLeft -= sizeof replacement;
        ++in;
        --inLeft;
    }
    iconv_close(cd);
    if (!ok)
        return false;
    text.truncate(qsizetype((size_t(text.size()) * sizeof(char16_t) - outLeft) / sizeof(char16_t)));
    *out = std::move(text);
    return true;
}

bool decodeWith(const Candidate &candidate, const QByteArray &bytes, bool lenient, QString *out)
{
    if (candidate.charset == Charset::Cp949)
        return decodeCp949(bytes, lenient, out);
    QStringDecoder decoder = candidate.charset == Charset::Utf8
            ? QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless)
            : QStringDecoder(candidate.label.constData(), QStringDecoder::Flag::Stateless);
    if (!decoder.isValid())
        return false;
    QString text = decoder.decode(bytes);
    if (decoder.hasError() && !lenient)
        return false;
    *out = std::move(text);
    return true;
}

QByteArray nameOf(const Candidate &candidate)
{
    switch (candidate.charset) {
    case Charset::Utf8: return QByteArrayLiteral("UTF-8");
    case Charset::Cp949: return QByteArrayLiteral("CP949");
    case Charset::Other: break;
    }
    return candidate.label;
}

void addCandidate(QList<Candidate> &candidates, QByteArrayView rawLabel)
{
    const QByteArray label = normalizedLabel(rawLabel);
    if (label.isEmpty())
        return;
    const Charset charset = classify(label);
    if (charset == Charset::Other
        && !QStringDecoder(label.constData(), QStringDecoder::Flag::Stateless).isValid()) {
        qCInfo(lcExtract) << "Unknown charset label" << label;
        return;
    }
    candidates.append(Candidate {charset, label});
}

} // namespace

QByteArray metaCharset(QByteArrayView bytes)
{
    // Covers <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html;
    // charset=x">.
    static const QRegularExpression meta(
            QStringLiteral(R"(<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+))"),
            QRegularExpression::CaseInsensitiveOption);
    const QString head = QString::fromLatin1(bytes.first(qMin<qsizetype>(bytes.size(), 4096)));
    const QRegularExpressionMatch m = meta.match(head);
    return m.hasMatch() ? m.captured(1).toLatin1().toLower() : QByteArray();
}

DecodedHtml decodeHtml(const QByteArray &bytes, QByteArrayView httpCharset)
{
    const QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF"))
        return {QString::fromUtf8(view.sliced(3)), QByteArrayLiteral("UTF-8")};
    if (view.startsWith("\xFF\xFE"))
        return {QStringDecoder(QStringDecoder::Utf16LE).decode(view.sliced(2)),
                QByteArrayLiteral("UTF-16LE")};
    if (view.startsWith("\xFE\xFF"))
        return {QStringDecoder(QStringDecoder::Utf16BE).decode(view.sliced(2)),
                QByteArrayLiteral("UTF-16BE")};

    QList<Candidate> candidates;
    addCandidate(candidates, httpCharset);
    addCandidate(candidates, metaCharset(view));
    candidates.append(Candidate {Charset::Utf8, {}});
    candidates.append(Candidate {Charset::Cp949, {}});
    candidates.append(Candidate {Charset::Other, QByteArrayLiteral("windows-1252")});

    QString text;
    for (const Candidate &candidate : std::as_const(candidates)) {
        if (decodeWith(candidate, bytes, false, &text))
            return {std::move(text), nameOf(candidate)};
    }
    for (const Candidate &candidate : std::as_const(candidates)) {
        if (decodeWith(candidate, bytes, true, &text)) {
            qCInfo(lcExtract) << "Page is not valid" << nameOf(candidate) << "; bad bytes replaced";
            return {std::move(text), nameOf(candidate)};
        }
    }
    return {QString::fromLatin1(bytes), QByteArrayLiteral("ISO-8859-1")};
}

} // namespace newsmark::extract
