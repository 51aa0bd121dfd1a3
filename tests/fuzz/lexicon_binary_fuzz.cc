// Compiled lexicon binaries, which a user may hand over damaged or from another version.
#include <cstdint>
#include <string_view>

#include "lexicon/lexicon.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto lex = sitrep::lexicon::Deserialize(std::string_view(reinterpret_cast<const char*>(data), size));
  (void)lex;
  return 0;
}
