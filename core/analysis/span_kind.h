#pragma once

namespace newsmark {

// Its own header so that Amount (amount.h) can name a kind without knowing Span, which carries
// an Amount.
enum class SpanKind { Money, Percent, Quantity, Person, Organization, Location, Date, Time };

} // namespace newsmark
