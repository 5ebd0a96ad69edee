#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace newsmark::extract {

// A web page's text and the encoding it was read in ("UTF-8", "CP949", "windows-1252" ...).
struct DecodedHtml
{
    QString html;
    QByteArray encoding;
};

// Decodes a page the way a browser would, except for Korean: a byte-order mark, then the charset
// of the HTTP response, then <meta charset> or <meta http-equiv> in the first bytes, then UTF-8
// if the bytes are valid UTF-8, then CP949, then windows-1252. The first of these whose decoding
// has no error wins (a declared charset is often wrong); when none fits, the first is used and
// bad bytes become U+FFFD. Every Korean label (euc-kr, ks_c_5601-1987, cp949 ...) is read as
// Windows code page 949 (the WHATWG rule), whose extra syllables (똠, 햏) a plain EUC-KR decoder,
// such as the one QtWebEngine uses on Debian, drops.
DecodedHtml decodeHtml(const QByteArray &bytes, QByteArrayView httpCharset);

// The charset a page declares in a <meta> element in its first 4 KiB, lower-case; empty if none.
QByteArray metaCharset(QByteArrayView bytes);

} // namespace newsmark::extract
