// Keys under which place names are indexed and looked up, so that the spellings news agencies,
// French and English transcriptions and GeoNames give of one name meet: "Deir Ezzor", "Deir
// ez-Zor", "Dayr az Zawr" and "Deir al-Zour" share a key, as do "Boukamal" and "Al-Bukamal".
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace sitrep::geo {

// The loose key: case, accents, punctuation and spaces folded; Arabic articles (al-, el-, ez-, and
// the assimilated "Ezzor") dropped; transcription pairs merged (ou/u/o, ch/sh, q/k, kh/k, dj/j,
// ay/ei/e, aw/o, y/i, ph/f) and doubled letters collapsed. Empty when nothing is left.
std::string NameKey(std::string_view name);

// The name folded only for case, accents, punctuation and spaces: "Deir ez-Zor" -> "deirezzor".
// Lookups by the loose key prefer candidates whose exact key equals the query's.
std::string ExactKey(std::string_view name);

// A 64-bit hash that is never 0 (0 marks an empty slot in the index).
uint64_t KeyHash(std::string_view key);

}  // namespace sitrep::geo
