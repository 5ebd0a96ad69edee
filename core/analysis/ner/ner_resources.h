#pragma once

namespace newsmark::ner {

// Registers :/models and :/gazetteer, compiled into newsmark-core like the other resources.
void ensureNerResources();

} // namespace newsmark::ner
