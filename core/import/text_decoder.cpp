#include "import/text_decoder.h"

#include "logging.h"

#include <QStringDecoder>

#include <cerrno>
#include <iconv.h>

namespace newsmark {

namespace {

QString errorNotText()
{
    return QStringLiteral("not valid UTF-8, UTF-16 or CP949 text");
}

QString errorBinary()
{
    return QStringLiteral("looks like a binary file");
}

// Text editors and news sites never emit C0 controls other than tab, line ends and form feed; a
// few stray ones are tolerated (old CP949 files sometimes carry an ESC or a SUB at the end), but
// more than one in a hundred characters means this is not an article.
template<typename Unit>
bool hasManyControls(const Unit *data, qsizetype size)
{
    qsizetype controls = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<uint>(data[i]);
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
            ++controls;
    }
    return controls > 4 && controls * 100 > size;
}

Result<QString> decodeStrict(QStringDecoder::Encoding encoding, QByteArrayView bytes)
{
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return Error {errorNotText()};
    return text;
}

// Qt 6.4's ICU "CP949" is IBM's variant and flags valid Windows code page 949 text as broken, and
// "windows-949" silently drops invalid bytes; glibc's iconv knows the Windows table (the superset
// of EUC-KR that Korean Windows wrote) and stops at the first invalid sequence.
Result<QString> decodeCp949(const QByteArray &bytes)
{
    iconv_t cd = iconv_open("UTF-16LE", "CP949");
    if (cd == reinterpret_cast<iconv_t>(-1)) {
        qCWarning(lcImport) << "iconv has no CP949 converter";
        return Error {errorNotText()};
    }
    // Each CP949 byte yields at most one UTF-16 unit.
    QString out(bytes.size(), Qt::Uninitialized);
    char *in = const_cast<char *>(bytes.constData());
    size_t inLeft = size_t(bytes.size());
    char *outPtr = reinterpret_cast<char *>(out.data());
    size_t outLeft = size_t(out.size()) * sizeof(char16_t);
    const size_t rc = iconv(cd, &in, &inLeft, &outPtr, &outLeft);
    iconv_close(cd);
    if (rc == size_t(-1) || inLeft != 0)
        return Error {errorNotText()};
    out.truncate(qsizetype((size_t(out.size()) * sizeof(char16_t) - outLeft) / sizeof(char16_t)));
    return out;
}

Result<QString> decodeUtf16(QByteArrayView bytes, QStringDecoder::Encoding encoding)
{
    if (bytes.size() % 2 != 0)
        return Error {errorNotText()};
    // Qt's UTF-16 decoder passes unpaired surrogates through; they are not text.
    Result<QString> text = decodeStrict(encoding, bytes);
    if (text && !QStringView(*text).isValidUtf16())
        return Error {errorNotText()};
    return text;
}

Result<QString> decodeWithoutBom(const QByteArray &bytes)
{
    if (hasManyControls(reinterpret_cast<const uchar *>(bytes.constData()), bytes.size()))
        return Error {errorBinary()};
    if (Result<QString> utf8 = decodeStrict(QStringDecoder::Utf8, bytes))
        return utf8;
    return decodeCp949(bytes);
}

QString normalizeLineEnds(QString text)
{
    if (!text.contains(QLatin1Char('\r')))
        return text;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

} // namespace

Result<QString> decodeArticleBytes(const QByteArray &bytes)
{
    const QByteArrayView view(bytes);
    Result<QString> decoded = Error {QString()};
    if (view.startsWith("\xEF\xBB\xBF"))
        decoded = decodeStrict(QStringDecoder::Utf8, view.sliced(3));
    else if (view.startsWith("\xFF\xFE"))
        decoded = decodeUtf16(view.sliced(2), QStringDecoder::Utf16LE);
    else if (view.startsWith("\xFE\xFF"))
        decoded = decodeUtf16(view.sliced(2), QStringDecoder::Utf16BE);
    else
        decoded = decodeWithoutBom(bytes);
    if (!decoded)
        return decoded;
    if (hasManyControls(decoded->utf16(), decoded->size()))
        return Error {errorBinary()};
    return normalizeLineEnds(std::move(decoded).value().normalized(QString::NormalizationForm_C));
}

} // namespace newsmark
