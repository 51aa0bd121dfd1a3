// Columns of the command line's tables.
#pragma once

#include <string>

namespace sitrep::cli {

// `s` cut or padded to `width` characters (UTF-8), and one space after.
inline std::string Cell(std::string s, size_t width) {
  size_t chars = 0, cut = s.size();
  for (size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
    if (chars == width) {
      cut = i;
      break;
    }
    ++chars;
  }
  if (cut < s.size()) {
    s.resize(cut);
    chars = width;
  }
  return s + std::string(width > chars ? width - chars + 1 : 1, ' ');
}

// `s` whole, padded to `width` characters when shorter, and one space after.
inline std::string WholeCell(const std::string& s, size_t width) {
  size_t chars = 0;
  for (unsigned char c : s) chars += (c & 0xC0) != 0x80;
  return s + std::string(width > chars ? width - chars + 1 : 1, ' ');
}

}  // namespace sitrep::cli
