#include "feeds/feed_encoding.h"

#include "i18n/ui_language.h"

#include "logging.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <cerrno>
#include <cstring>
#include <iconv.h>

namespace newsmark {

namespace {

const QString kUtf8 = QStringLiteral("utf-8");
const QString kCp949 = QStringLiteral("windows-949");
const QString kCp1252 = QStringLiteral("windows-1252");

// Decodes with glibc's iconv, U+FFFD for each byte it cannot read. Qt 6.4's ICU "cp949" is
// IBM's table and its "windows-949" drops unknown bytes silently (core/import/text_decoder.cpp).
QString decodeIconv(const char *encoding, QByteArrayView bytes, bool *hadErrors)
{
    *hadErrors = false;
    iconv_t cd = iconv_open("UTF-16LE", encoding);
    if (cd == reinterpret_cast<iconv_t>(-1)) {
        qCWarning(lcFeeds) << "iconv has no converter for" << encoding;
        *hadErrors = true;
        return QString::fromLatin1(bytes);
    }
    // One byte gives at most one UTF-16 unit in CP949; other tables may give more, and the
    // buffer grows when iconv says so (E2BIG).
    QString out(bytes.size() + 16, Qt::Uninitialized);
    char *in = const_cast<char *>(bytes.data());
    size_t inLeft = size_t(bytes.size());
    size_t used = 0; // bytes of `out` written
    while (inLeft > 0) {
        char *outPtr = reinterpret_cast<char *>(out.data()) + used;
        size_t outLeft = size_t(out.size()) * sizeof(char16_t) - used;
        const size_t rc = iconv(cd, &in, &inLeft, &outPtr, &outLeft);
        used = size_t(outPtr - reinterpret_cast<char *>(out.data()));
        if (rc != size_t(-1))
            break;
        if (errno == E2BIG || outLeft < sizeof(char16_t)) {
            out.resize(out.size() * 2);
            continue;
        }
        // EILSEQ or EINVAL (a truncated sequence at the end): one replacement per bad byte.
        *hadErrors = true;
        const char16_t replacement = 0xFFFD;
        std::memcpy(outPtr, &replacement, sizeof replacement);
        used += sizeof replacement;
        ++in;
        --inLeft;
        iconv(cd, nullptr, nullptr, nullptr, nullptr);
    }
    iconv_close(cd);
    out.truncate(qsizetype(used / sizeof(char16_t)));
    return out;
}

QString decodeAs(const QString &encoding, QByteArrayView bytes, bool *hadErrors)
{
    if (encoding == kCp949)
        return decodeIconv("CP949", bytes, hadErrors);
    QStringDecoder decoder(encoding.toLatin1().constData());
    if (!decoder.isValid())
        return decodeIconv(encoding.toLatin1().constData(), bytes, hadErrors);
    QString text = decoder.decode(bytes);
    *hadErrors = decoder.hasError();
    return text;
}

bool isUtf16Name(const QString &encoding)
{
    return encoding.startsWith(QLatin1String("utf-16"))
            || encoding.startsWith(QLatin1String("utf-32")) || encoding == QLatin1String("ucs-2")
            || encoding == QLatin1String("iso-10646-ucs-2");
}

bool knownEncoding(const QString &encoding)
{
    if (encoding == kCp949 || QStringDecoder(encoding.toLatin1().constData()).isValid())
        return true;
    iconv_t cd = iconv_open("UTF-16LE", encoding.toLatin1().constData());
    if (cd == reinterpret_cast<iconv_t>(-1))
        return false;
    iconv_close(cd);
    return true;
}

} // namespace

bool isKnownEncoding(QByteArrayView label)
{
    const QString name = canonicalEncodingName(label);
    return !name.isEmpty() && knownEncoding(name);
}

QString canonicalEncodingName(QByteArrayView label)
{
    QString name = QString::fromLatin1(label).trimmed().toLower();
    if (name.size() >= 2 && (name.front() == u'"' || name.front() == u'\''))
        name = name.mid(1, name.size() - 2).trimmed();
    if (name.isEmpty())
        return {};
    static const QStringList korean = {
            QStringLiteral("euc-kr"),         QStringLiteral("euckr"),
            QStringLiteral("x-euc-kr"),       QStringLiteral("cseuckr"),
            QStringLiteral("ks_c_5601-1987"), QStringLiteral("ks_c_5601-1989"),
            QStringLiteral("ksc_5601"),       QStringLiteral("ksc5601"),
            QStringLiteral("korean"),         QStringLiteral("csksc56011987"),
            QStringLiteral("iso-ir-149"),     QStringLiteral("cp949"),
            QStringLiteral("windows-949"),    QStringLiteral("x-windows-949"),
            QStringLiteral("ms949"),          QStringLiteral("uhc")};
    if (korean.contains(name))
        return kCp949;
    static const QStringList latin1 = {QStringLiteral("us-ascii"),    QStringLiteral("ascii"),
                                       QStringLiteral("iso-8859-1"),  QStringLiteral("iso8859-1"),
                                       QStringLiteral("latin1"),      QStringLiteral("l1"),
                                       QStringLiteral("cp1252"),      QStringLiteral("x-cp1252"),
                                       QStringLiteral("cp819"),       QStringLiteral("iso_8859-1"),
                                       QStringLiteral("windows-1252")};
    if (latin1.contains(name))
        return kCp1252;
    if (name == QLatin1String("utf8") || name == QLatin1String("unicode-1-1-utf-8"))
        return kUtf8;
    return name;
}

QByteArray declaredCharset(QByteArrayView bytes)
{
    const QString head = QString::fromLatin1(bytes.first(std::min<qsizetype>(bytes.size(), 2048)));
    static const QRegularExpression xmlDecl(
            QStringLiteral(R"(^\s*<\?xml[^>]*?encoding\s*=\s*["']?([A-Za-z0-9._:\-]+))"));
    if (const auto m = xmlDecl.match(head); m.hasMatch())
        return m.captured(1).toLatin1();
    static const QRegularExpression meta(
            QStringLiteral(R"(<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._:\-]+))"),
            QRegularExpression::CaseInsensitiveOption);
    if (const auto m = meta.match(head); m.hasMatch())
        return m.captured(1).toLatin1();
    return {};
}

DecodedDocument decodeDocument(const QByteArray &bytes, QByteArrayView httpCharset,
                               QByteArrayView encodingOverride)
{
    DecodedDocument doc;
    const QByteArrayView view(bytes);
    bool errors = false;
    const auto finish = [&](const QString &encoding, QByteArrayView body) {
        doc.text = decodeAs(encoding, body, &errors);
        doc.encoding = encoding;
        if (errors)
            doc.problems << CoreText::tr("bytes that are not valid %1").arg(encoding);
        return doc;
    };

    if (const QString forced = canonicalEncodingName(encodingOverride); !forced.isEmpty()) {
        if (knownEncoding(forced))
            return finish(forced, view);
        doc.problems << CoreText::tr("unknown encoding override '%1'").arg(forced);
    }
    // UTF-32 first: its little-endian mark starts like UTF-16's.
    if (view.startsWith(QByteArrayView("\0\0\xFE\xFF", 4)))
        return finish(QStringLiteral("utf-32be"), view.sliced(4));
    if (view.startsWith(QByteArrayView("\xFF\xFE\0\0", 4)))
        return finish(QStringLiteral("utf-32le"), view.sliced(4));
    if (view.startsWith(QByteArrayView("\0\0\0<", 4)))
        return finish(QStringLiteral("utf-32be"), view);
    if (view.startsWith(QByteArrayView("<\0\0\0", 4)))
        return finish(QStringLiteral("utf-32le"), view);
    if (view.startsWith("\xEF\xBB\xBF"))
        return finish(kUtf8, view.sliced(3));
    if (view.startsWith("\xFF\xFE"))
        return finish(QStringLiteral("utf-16le"), view.sliced(2));
    if (view.startsWith("\xFE\xFF"))
        return finish(QStringLiteral("utf-16be"), view.sliced(2));
    // UTF-16 without a mark still starts with '<' and a zero byte.
    if (view.startsWith(QByteArrayView("<\0", 2)))
        return finish(QStringLiteral("utf-16le"), view);
    if (view.startsWith(QByteArrayView("\0<", 2)))
        return finish(QStringLiteral("utf-16be"), view);

    const bool validUtf8 = [&] {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = utf8.decode(view); // decode() is lazy until converted
        return !utf8.hasError();
    }();
    const QByteArray inDocument = declaredCharset(view);
    for (const QByteArrayView label : {httpCharset, QByteArrayView(inDocument)}) {
        const QString declared = canonicalEncodingName(label);
        if (declared.isEmpty())
            continue;
        if (!knownEncoding(declared)) {
            doc.problems << CoreText::tr("unknown encoding '%1'").arg(declared);
            continue;
        }
        // A document whose declaration we could read in ASCII is not UTF-16, whatever it says.
        if (isUtf16Name(declared)) {
            doc.problems << CoreText::tr("declared %1 but the bytes are not").arg(declared);
            continue;
        }
        if (declared == kUtf8 && !validUtf8) {
            doc.problems << CoreText::tr("declared utf-8 but the bytes are not");
            continue;
        }
        QString text = decodeAs(declared, view, &errors);
        if (errors) {
            doc.problems << CoreText::tr("declared %1 but the bytes are not").arg(declared);
            continue;
        }
        doc.text = std::move(text);
        doc.encoding = declared;
        return doc;
    }
    if (validUtf8)
        return finish(kUtf8, view);
    QString korean = decodeIconv("CP949", view, &errors);
    if (!errors) {
        doc.text = std::move(korean);
        doc.encoding = kCp949;
        return doc;
    }
    return finish(kCp1252, view);
}

} // namespace newsmark
