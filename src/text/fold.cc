#include "text/fold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>

#include "text/utf8.h"

namespace sitrep::text {

namespace {

// Folds one code point into `out`: case-folded, and for matching without accents, decomposed with
// its marks dropped. Each piece is folded again, so that folding twice changes nothing (İ, ẞ).
void FoldCodePoint(char32_t cp, bool strip_accents, std::string* out) {
  if (IsApostrophe(cp)) {
    out->push_back('\'');
    return;
  }
  switch (cp) {
    case U'\u0153': case U'\u0152': out->append("oe"); return;
    case U'\u00E6': case U'\u00C6': out->append("ae"); return;
    case U'\u00DF': case U'\u1E9E': out->append("ss"); return;
    case U'\u2010': case U'\u2011': out->push_back('-'); return;
    default: break;
  }
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
    return;
  }
  if (strip_accents && u_charType(static_cast<UChar32>(cp)) == U_NON_SPACING_MARK) return;
  auto lower = static_cast<char32_t>(u_foldCase(static_cast<UChar32>(cp), U_FOLD_CASE_DEFAULT));
  static const icu::Normalizer2* nfd = [] {
    UErrorCode err = U_ZERO_ERROR;
    return icu::Normalizer2::getNFDInstance(err);
  }();
  icu::UnicodeString decomposed;
  if (strip_accents && nfd && nfd->getDecomposition(static_cast<UChar32>(lower), decomposed)) {
    for (int32_t i = 0; i < decomposed.length();) {
      UChar32 c = decomposed.char32At(i);
      i += U16_LENGTH(c);
      if (static_cast<char32_t>(c) != lower) FoldCodePoint(static_cast<char32_t>(c), strip_accents, out);
      else AppendUtf8(lower, out);
    }
    return;
  }
  if (lower != cp && lower >= 0x80) {
    FoldCodePoint(lower, strip_accents, out);
    return;
  }
  AppendUtf8(lower, out);
}

std::string Transform(std::string_view s, bool strip_accents) {
  std::string out;
  out.reserve(s.size());
  size_t pos = 0;
  while (pos < s.size()) {
    auto c = static_cast<unsigned char>(s[pos]);
    if (c < 0x80 && c != '`') {
      out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
      ++pos;
      continue;
    }
    FoldCodePoint(DecodeAt(s, &pos), strip_accents, &out);
  }
  return out;
}

}  // namespace

std::string Fold(std::string_view s) { return Transform(s, true); }

std::string Lower(std::string_view s) { return Transform(s, false); }

bool IsApostrophe(char32_t cp) {
  return cp == U'\'' || cp == U'\u2019' || cp == U'\u2018' || cp == U'\u02BC' || cp == U'\u00B4' || cp == U'`';
}

bool IsUpperInitial(std::string_view s) {
  if (s.empty()) return false;
  size_t pos = 0;
  return u_isupper(static_cast<UChar32>(DecodeAt(s, &pos)));
}

std::string UpperAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  return out;
}

std::string_view TrimSpace(std::string_view s) {
  constexpr std::string_view kSpace = " \t\r\n\f\v";
  size_t begin = s.find_first_not_of(kSpace);
  if (begin == std::string_view::npos) return {};
  return s.substr(begin, s.find_last_not_of(kSpace) - begin + 1);
}

}  // namespace sitrep::text
