// String hashes: one for string-keyed maps that lets them be searched with a string_view (with
// std::equal_to<>), without building a string per lookup; and FNV-1a, which is the same on every
// machine and build, so that files and stores may keep it.
#pragma once

#include <cstdint>
#include <functional>
#include <string_view>

namespace sitrep::text {

// FNV-1a, 64 bits, continuing from `h` (the offset basis by default).
inline uint64_t Fnv1a(std::string_view s, uint64_t h = 1469598103934665603ull) {
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h;
}

// FNV-1a mixed so that its low bits, an open-addressing table's slot, depend on every byte.
inline uint64_t SlotHash(std::string_view s) {
  uint64_t h = Fnv1a(s);
  return h ^ (h >> 29);
}

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};

}  // namespace sitrep::text
