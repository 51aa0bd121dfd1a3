// Numbers written in words, French and English, for the stages that read counts and durations:
// the temporal tagger ("deux jours", "fourteen months") and the casualty counts ("vingt-cinq
// soldats", "dozens of civilians").
#pragma once

#include <string_view>

namespace sitrep::text {

// The value of a cardinal number written in words, folded (no accents): "deux", "seventeen",
// "mille", and hyphenated compounds ("dix-sept", "quatre-vingt-dix", "twenty-five"); 0 when the
// word is none. Articles ("un", "a") are not counted here.
int CardinalWord(std::string_view folded);

// The figure an approximate amount stands for, read as ACLED reads tolls (the lowest it can
// mean): "dizaine" 10, "vingtaine" 20, "dozens" and "dizaines" 12, "scores" 20, "hundreds" and
// "centaines" 100, "thousands" and "milliers" 1,000; 0 when the word is none.
int ApproximateAmount(std::string_view folded);

}  // namespace sitrep::text
