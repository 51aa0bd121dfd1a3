// Keys under which place names are indexed and looked up, so that the spellings news agencies,
// French and English transcriptions and GeoNames give of one name meet: "Cheikh Zoueid",
// "Sheikh Zuweid", "Shaykh Zuwayd" and "El-Sheikh Zuweid" share a key, as do "Soueïda" and "As-Suwayda".
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace sitrep::geo {

// The loose key: case, accents, punctuation and spaces folded; Arabic articles (al-, el-, es-, and
// the assimilated "Essalam") dropped; transcription pairs merged (ou/u/o, ch/sh, q/k, kh/k, dj/j,
// ay/ei/e, aw/o, y/i, ph/f) and doubled letters collapsed. Empty when nothing is left.
std::string NameKey(std::string_view name);

// The name folded only for case, accents, punctuation and spaces: "Sheikh Zuweid" -> "sheikhzuweid".
// Lookups by the loose key prefer candidates whose exact key equals the query's.
std::string ExactKey(std::string_view name);

// A 64-bit hash that is never 0 (0 marks an empty slot in the index).
uint64_t KeyHash(std::string_view key);

}  // namespace sitrep::geo
