// A hash for string-keyed maps that lets them be searched with a string_view (with
// std::equal_to<>), without building a string per lookup.
#pragma once

#include <functional>
#include <string_view>

namespace sitrep::text {

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};

}  // namespace sitrep::text
