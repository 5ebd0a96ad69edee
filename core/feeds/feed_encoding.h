#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace newsmark {

// Bytes of a feed or a web page as text, and how the encoding was chosen.
struct DecodedDocument
{
    QString text;
    QString encoding; // the encoding actually used, by its canonical name ("windows-949")
    QStringList problems; // why the declared encoding was not used, undecodable bytes ...
};

// The encoding label as browsers treat it: euc-kr, ks_c_5601-1987, cp949 ... all mean
// windows-949 (WHATWG), because plain EUC-KR decoders drop syllables such as 똠 and 햏; latin1
// and us-ascii mean windows-1252. Empty for an empty label.
QString canonicalEncodingName(QByteArrayView label);
// Whether a document can be decoded as `label` (Qt's decoders or iconv know it).
bool isKnownEncoding(QByteArrayView label);

// Decodes a document: the per-feed override if given, else the byte-order mark, else the HTTP
// charset, else the XML declaration or <meta charset>, else UTF-8 if the bytes are valid UTF-8,
// else windows-949 if they are valid windows-949, else windows-1252. A declared encoding the
// bytes contradict (say UTF-8 declared, the bytes not UTF-8) gives way to the next rule, with a
// problem recorded. Never fails: undecodable bytes become U+FFFD.
DecodedDocument decodeDocument(const QByteArray &bytes, QByteArrayView httpCharset = {},
                               QByteArrayView encodingOverride = {});

// The charset declared inside the document: an XML declaration's encoding, or an HTML
// <meta charset> / http-equiv Content-Type within the first 2 KiB. Empty if none.
QByteArray declaredCharset(QByteArrayView bytes);

} // namespace newsmark
