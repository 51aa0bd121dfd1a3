// Month and weekday names of French and English: words of the language that every stage tests
// (the morphology records them once per word form; the temporal tagger reads dates with them).
#pragma once

#include <string_view>

namespace sitrep::text {

// Month number (1..12) for a folded French or English month name or abbreviation ("novembre",
// "nov", "november", "fevrier", "aout", "sept"), else 0.
int MonthFromName(std::string_view folded);

// Day of the week (0 Monday .. 6 Sunday) for a folded French or English weekday name, singular or
// plural ("mardi", "sundays"), else -1.
int WeekdayFromName(std::string_view folded);

}  // namespace sitrep::text
