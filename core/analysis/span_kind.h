#pragma once

namespace newsmark {

// Its own header so that Amount (amount.h) can name a kind without knowing Span, which carries
// an Amount. Count is the entity model's quantity that no amount covers (a count, rank, age or
// score: "세 번째", "3위", "21세"); it carries no Amount.
enum class SpanKind { Money, Percent, Quantity, Person, Organization, Location, Date, Time, Count };

} // namespace newsmark
