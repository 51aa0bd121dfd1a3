// How many people a sentence says were killed, injured or abducted, counted as ACLED counts
// fatalities: the lowest figure stated ("between 10 and 15": 10; "at least 20": 20), "tens" 10,
// "dozens" and "des dizaines" 12, "scores" 20, "hundreds" 100, "thousands" 1,000, "une dizaine"
// 10, "une vingtaine" 20; coordinated counts add up ("two soldiers and three attackers": 5); "a
// soldier" is one. Vague amounts ("several", "many", "plusieurs") state no number.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>

#include "morph/analyzed_text.h"

namespace sitrep::coder {

// What a noun names, for counting: people count, things ("two explosive devices") do not.
enum class NounKind { kUnknown, kPerson, kThing };

// The number the words of [first, last) state, if any. `kind_of(t)` says what the noun at token t
// names, so that "a soldier" counts one, "a checkpoint" nothing and "eleven militants and two
// bombs" eleven. When the words are the object of a killing verb or the subject of a passive one
// (`victims`), a singular noun phrase names a person whatever its noun ("killed a social leader").
std::optional<int> CountIn(const morph::AnalyzedText& at, uint32_t first, uint32_t last,
                           const std::function<NounKind(uint32_t)>& kind_of = nullptr, bool victims = false);

}  // namespace sitrep::coder
