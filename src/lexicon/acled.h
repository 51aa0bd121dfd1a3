// ACLED's event types and sub-event types, as its codebook names them: what the lexicons may name
// and what the coder's taxonomy chooses among.
#pragma once

#include <string_view>
#include <vector>

namespace sitrep::lexicon {

struct AcledSubType {
  std::string_view type, sub_type;
};

// The 25 sub-event types with their event type, in the codebook's order.
const std::vector<AcledSubType>& AcledSubTypes();

// The event type of a sub-event type ("Grenade" -> "Explosions/Remote violence"), "" when unknown.
std::string_view AcledTypeOf(std::string_view sub_type);

// ACLED's disorder type of a sub-event type: "Political violence" (battles, explosions, violence
// against civilians, mob violence), "Demonstrations" (protests, violent demonstrations), both for
// excessive force against protesters ("Political violence; Demonstrations"), or "Strategic
// developments"; "" when unknown.
std::string_view AcledDisorderTypeOf(std::string_view sub_type);

}  // namespace sitrep::lexicon
