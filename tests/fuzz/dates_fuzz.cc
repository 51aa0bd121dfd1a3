// Dates in bylines and datelines (valid UTF-8 only: the readers reject anything else first).
#include <cstdint>
#include <string_view>

#include "text/utf8.h"
#include "time/calendar.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (size > 1024 || !sitrep::text::IsValidUtf8(text, nullptr)) return 0;
  auto date = sitrep::time::FindDate(text);
  if (date && (date->month < 1 || date->month > 12 || date->day < 1 || date->day > 31)) __builtin_trap();
  return 0;
}
