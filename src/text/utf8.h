// UTF-8 checks and small helpers shared by readers and segmentation.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace sitrep::text {

// Returns true when `s` is valid UTF-8 (no overlongs, no surrogates). On failure `*bad` is the
// offset of the first invalid byte.
bool IsValidUtf8(std::string_view s, size_t* bad);

// 1-based line number of byte `offset` in `s`.
size_t LineOf(std::string_view s, size_t offset);

// True when the bytes look like a binary file rather than text (NUL bytes, many control bytes).
bool LooksBinary(std::string_view s);

// "UTF-16LE", "UTF-16BE", "UTF-32LE" or "UTF-32BE" when the bytes are text in that encoding (by its
// byte order mark, or for UTF-16 without one, by the zero bytes that every other byte of Latin
// text is), else "".
std::string_view WideEncodingOf(std::string_view s);

// Decodes one code point at `*pos` and advances `*pos`; a byte that does not start a whole UTF-8
// sequence gives U+FFFD and advances by one.
char32_t DecodeAt(std::string_view s, size_t* pos);

void AppendUtf8(char32_t cp, std::string* out);

// The longest prefix of valid UTF-8 `s` of at most `n` bytes that does not cut a character.
std::string_view PrefixUtf8(std::string_view s, size_t n);

}  // namespace sitrep::text
