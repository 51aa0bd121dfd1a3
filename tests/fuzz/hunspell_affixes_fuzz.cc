// Hunspell dictionaries (.aff and .dic), read from the system or a user's directory when the
// morphology is compiled. The input is the .aff text, a line "====", then the .dic text.
#include <cstdint>
#include <string_view>

#include "morph/hunspell_forms.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  size_t split = input.find("\n====\n");
  std::string_view aff = input.substr(0, split), dic = split == std::string_view::npos ? "" : input.substr(split + 6);
  size_t forms = 0;
  (void)sitrep::morph::ForEachHunspellForm(aff, dic, "fuzz.aff", "fuzz.dic", [&](std::string_view) { ++forms; });
  return 0;
}
