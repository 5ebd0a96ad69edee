#pragma once

namespace newsmark {

// Registers the core's compiled-in resources (:/sql, :/web, :/samples). newsmark-core is a static
// library, so nothing else would make the linker keep the resource object; every core entry point
// that reads a resource calls this first. Cheap after the first call.
void ensureCoreResources();

} // namespace newsmark
