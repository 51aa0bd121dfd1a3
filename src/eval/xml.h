// What the peer-suite runners need of XML: their files are regular enough that a full parser
// would add a dependency and nothing else.
#pragma once

#include <cstring>
#include <string>
#include <utility>

namespace sitrep::eval {

// The five predefined entities decoded (&amp; last, so that "&amp;lt;" stays "&lt;").
inline std::string UnescapeXml(std::string s) {
  static const std::pair<const char*, const char*> kEntities[] = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}};
  for (const auto& [entity, ch] : kEntities)
    for (size_t at = s.find(entity); at != std::string::npos; at = s.find(entity, at + 1)) s.replace(at, std::strlen(entity), ch);
  return s;
}

}  // namespace sitrep::eval
