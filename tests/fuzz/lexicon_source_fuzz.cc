// Lexicon source files as a user edits them.
#include <cstdint>
#include <string_view>

#include "lexicon/lexicon.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  sitrep::lexicon::Lexicon lex;
  std::vector<sitrep::lexicon::Diagnostic> diagnostics;
  sitrep::lexicon::ParseSource(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.lex", &lex,
                               &diagnostics);
  // What parses must survive a round trip through the binary.
  auto back = sitrep::lexicon::Deserialize(sitrep::lexicon::Serialize(lex));
  if (!back.ok() || back->content_hash != lex.content_hash) __builtin_trap();
  return 0;
}
