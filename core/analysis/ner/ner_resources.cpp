#include "analysis/ner/ner_resources.h"

#include <QtGlobal>

#include <mutex>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initNerResources()
{
    Q_INIT_RESOURCE(newsmark_ner_resources);
}

namespace newsmark::ner {

void ensureNerResources()
{
    static std::once_flag once;
    std::call_once(once, initNerResources);
}

} // namespace newsmark::ner
