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

// The number the words of [first, last) state, if any. `is_person(t)` says whether the noun at
// token t names people, so that "a soldier" counts one and "a checkpoint" nothing.
std::optional<int> CountIn(const morph::AnalyzedText& at, uint32_t first, uint32_t last,
                           const std::function<bool(uint32_t)>& is_person = nullptr);

}  // namespace sitrep::coder
