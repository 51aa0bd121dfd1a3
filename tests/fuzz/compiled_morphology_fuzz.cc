// Compiled morphology binaries, which a user may hand over damaged or from another version: opening
// one and asking it about words must fail cleanly or answer, never read outside the bytes.
#include <cstdint>
#include <string_view>
#include <vector>

#include "morph/compiled.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto compiled = sitrep::morph::CompiledMorphology::FromBytes(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!compiled.ok()) return 0;
  std::vector<sitrep::morph::Reading> readings;
  for (size_t section = 0; section < (*compiled)->size(); ++section)
    for (std::string_view word : {"ville", "Ville", "xylophage", "sud-est", "aujourd'hui", "town", ""})
      (*compiled)->Lookup(section, word, &readings);
  return 0;
}
