#include "text/fold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>

#include "text/utf8.h"

namespace sitrep::text {

namespace {

// Folds one code point into `out`; letters with diacritics lose them through canonical
// decomposition, ligatures are spelled out.
void FoldCodePoint(char32_t cp, bool strip_accents, std::string* out) {
  if (IsApostrophe(cp)) {
    out->push_back('\'');
    return;
  }
  switch (cp) {
    case U'\u0153': case U'\u0152': out->append("oe"); return;
    case U'\u00E6': case U'\u00C6': out->append("ae"); return;
    case U'\u00DF': out->append("ss"); return;
    case U'\u2010': case U'\u2011': out->push_back('-'); return;
    default: break;
  }
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
    return;
  }
  char32_t lower = u_foldCase(cp, U_FOLD_CASE_DEFAULT);
  if (!strip_accents) { AppendUtf8(lower, out); return; }
  static const icu::Normalizer2* nfd = [] {
    UErrorCode err = U_ZERO_ERROR;
    return icu::Normalizer2::getNFDInstance(err);
  }();
  icu::UnicodeString decomposed;
  if (nfd && nfd->getDecomposition(lower, decomposed)) {
    for (int32_t i = 0; i < decomposed.length();) {
      UChar32 c = decomposed.char32At(i);
      i += U16_LENGTH(c);
      if (u_charType(c) != U_NON_SPACING_MARK) AppendUtf8(static_cast<char32_t>(c), out);
    }
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

}  // namespace sitrep::text
