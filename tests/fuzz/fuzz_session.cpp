// libFuzzer target: arbitrary bytes as the request a newsmark-cli client sends the running window
// over the library's session socket (session/session.h). Decoding never crashes, and a request
// that decodes encodes back to one that decodes the same.
#include "session/session.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace newsmark;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto bytes =
            QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<SessionRequest> request = SessionRequest::decode(bytes);
    if (!request) {
        if (request.error().isEmpty()) {
            std::fputs("fuzz_session: a refusal without a reason\n", stderr);
            std::abort();
        }
        return 0;
    }
    const Result<SessionRequest> again = SessionRequest::decode(request->encode());
    if (!again || again->kind != request->kind || again->arguments != request->arguments
        || again->workingDirectory != request->workingDirectory
        || again->terminal != request->terminal) {
        std::fputs("fuzz_session: a request does not survive encoding\n", stderr);
        std::abort();
    }
    return 0;
}
