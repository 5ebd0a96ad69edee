#include "resources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initCoreResources()
{
    Q_INIT_RESOURCE(newsmark_core_resources);
}

namespace newsmark {

void ensureCoreResources()
{
    static const bool once = [] {
        initCoreResources();
        return true;
    }();
    Q_UNUSED(once);
}

} // namespace newsmark
