#include "text/utf8.h"

#include <algorithm>

namespace sitrep::text {

bool IsValidUtf8(std::string_view s, size_t* bad) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size(), i = 0;
  while (i < n) {
    // Fast path over ASCII, eight bytes at a time.
    while (i + 8 <= n) {
      uint64_t w;
      std::copy(p + i, p + i + 8, reinterpret_cast<unsigned char*>(&w));
      if (w & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i >= n) break;
    unsigned char c = p[i];
    if (c < 0x80) { ++i; continue; }
    size_t len;
    unsigned lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) len = 2;
    else if (c == 0xE0) { len = 3; lo = 0xA0; }
    else if (c == 0xED) { len = 3; hi = 0x9F; }
    else if (c >= 0xE1 && c <= 0xEF) len = 3;
    else if (c == 0xF0) { len = 4; lo = 0x90; }
    else if (c >= 0xF1 && c <= 0xF3) len = 4;
    else if (c == 0xF4) { len = 4; hi = 0x8F; }
    else { if (bad) *bad = i; return false; }
    if (i + len > n) { if (bad) *bad = i; return false; }
    if (p[i + 1] < lo || p[i + 1] > hi) { if (bad) *bad = i; return false; }
    for (size_t k = 2; k < len; ++k)
      if ((p[i + k] & 0xC0) != 0x80) { if (bad) *bad = i; return false; }
    i += len;
  }
  return true;
}

size_t LineOf(std::string_view s, size_t offset) {
  offset = std::min(offset, s.size());
  return 1 + static_cast<size_t>(std::count(s.begin(), s.begin() + offset, '\n'));
}

bool LooksBinary(std::string_view s) {
  std::string_view head = s.substr(0, 8192);
  size_t control = 0;
  for (unsigned char c : head) {
    if (c == 0) return true;
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
  }
  return !head.empty() && control * 20 > head.size();
}

std::string_view WideEncodingOf(std::string_view s) {
  if (s.starts_with(std::string_view("\xFF\xFE\0\0", 4))) return "UTF-32LE";
  if (s.starts_with(std::string_view("\0\0\xFE\xFF", 4))) return "UTF-32BE";
  if (s.starts_with("\xFF\xFE")) return "UTF-16LE";
  if (s.starts_with("\xFE\xFF")) return "UTF-16BE";
  // Without a mark: in UTF-16, Latin text has a zero in every pair, on one side; UTF-8 text has none.
  std::string_view head = s.substr(0, 8192);
  size_t pairs = head.size() / 2, zero_even = 0, zero_odd = 0;
  for (size_t i = 0; i + 1 < head.size(); i += 2) {
    zero_even += head[i] == 0;
    zero_odd += head[i + 1] == 0;
  }
  if (pairs >= 2 && zero_odd * 2 > pairs && zero_even * 10 < pairs) return "UTF-16LE";
  if (pairs >= 2 && zero_even * 2 > pairs && zero_odd * 10 < pairs) return "UTF-16BE";
  return "";
}

char32_t DecodeAt(std::string_view s, size_t* pos) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t i = *pos;
  unsigned char c = p[i];
  if (c < 0x80) { *pos = i + 1; return c; }
  size_t len = c < 0xC0 ? 0 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF8 ? 4 : 0;
  // A stray continuation byte, a bad lead or a sequence cut by the end: one replacement character
  // for one byte, so that callers given unchecked text never read past it.
  bool whole = len != 0 && i + len <= s.size();
  for (size_t k = 1; whole && k < len; ++k) whole = (p[i + k] & 0xC0) == 0x80;
  if (!whole) { *pos = i + 1; return 0xFFFD; }
  *pos = i + len;
  if (len == 2) return ((c & 0x1F) << 6) | (p[i + 1] & 0x3F);
  if (len == 3) return ((c & 0x0F) << 12) | ((p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F);
  return ((c & 0x07) << 18) | ((p[i + 1] & 0x3F) << 12) | ((p[i + 2] & 0x3F) << 6) | (p[i + 3] & 0x3F);
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::string_view PrefixUtf8(std::string_view s, size_t n) {
  if (n >= s.size()) return s;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n);
}

}  // namespace sitrep::text
