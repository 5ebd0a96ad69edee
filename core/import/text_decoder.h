#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace newsmark {

// The text of an article file as Unicode: the encoding is found from a byte-order mark, else
// UTF-8 if the bytes are valid UTF-8, else CP949 (which includes EUC-KR) if they are valid CP949.
// Binary files are refused. The result is in NFC with '\n' line ends.
Result<QString> decodeArticleBytes(const QByteArray &bytes);

} // namespace newsmark
