// libFuzzer target: arbitrary bytes as an OPML file (feeds/opml.h). Reading never crashes, a
// refusal says why and names the file, and what was read writes out as OPML that reads back
// to the same subscriptions in the same folders.
#include "feeds/opml.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace newsmark;

namespace {

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_opml: %s\n", what);
    std::abort();
}

QStringList summary(const OpmlDocument &document)
{
    QStringList lines;
    for (const OpmlFeed &feed : document.feeds)
        lines << feed.folderPath.join(u'/') + u'|' + feed.title + u'|'
                        + feed.xmlUrl.toString(QUrl::FullyEncoded);
    lines.sort();
    return lines;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto bytes =
            QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString name = QStringLiteral("fuzz.opml");
    const Result<OpmlDocument> document = readOpml(bytes, name);
    if (!document) {
        if (!document.error().startsWith(name + QLatin1String(": ")))
            fail("a refusal that does not name the file");
        return 0;
    }
    const Result<OpmlDocument> again = readOpml(writeOpml(*document), name);
    if (!again)
        fail("written OPML does not read back");
    if (summary(*again) != summary(*document)) {
        std::fprintf(stderr, "%s\n---\n%s\n", qPrintable(summary(*document).join(u'\n')),
                     qPrintable(summary(*again).join(u'\n')));
        fail("subscriptions do not survive writing");
    }
    return 0;
}
