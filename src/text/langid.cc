#include "text/langid.h"

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include <cctype>

#include "text/fold.h"
#include "text/utf8.h"

namespace sitrep::text {

namespace {

LanguageGuess Detect(std::string_view utf8_text) {
  CLD2::Language top3[3];
  int percent3[3];
  int text_bytes = 0;
  bool reliable = false;
  CLD2::Language lang = CLD2::DetectLanguageSummary(utf8_text.data(), static_cast<int>(utf8_text.size()),
                                                   /*is_plain_text=*/true, top3, percent3, &text_bytes, &reliable);
  LanguageGuess guess;
  if (lang == CLD2::UNKNOWN_LANGUAGE) return guess;
  guess.code = CLD2::LanguageCode(lang);
  guess.name = CLD2::LanguageName(lang);
  guess.percent = percent3[0];
  guess.reliable = reliable;
  return guess;
}

}  // namespace

LanguageGuess IdentifyLanguage(std::string_view utf8_text) {
  // A news article's first 512 bytes (some eighty words) settle its language; more is read only
  // when CLD2 is unsure, up to 64 KiB. Prefixes never cut a character in two: CLD2 rejects that.
  LanguageGuess guess;
  for (size_t limit : {size_t{1} << 9, size_t{1} << 12, size_t{1} << 16}) {
    std::string_view prefix = PrefixUtf8(utf8_text, limit);
    guess = Detect(prefix);
    if (guess.reliable || prefix.size() == utf8_text.size()) break;
  }
  return guess;
}

std::string VoteByFunctionWords(std::string_view utf8_text, const FunctionWords& words) {
  std::string folded = Fold(PrefixUtf8(utf8_text, 2000));
  size_t fr = 0, en = 0;
  size_t start = 0;
  for (size_t i = 0; i <= folded.size(); ++i) {
    bool letter = i < folded.size() && (std::isalpha(static_cast<unsigned char>(folded[i])) || folded[i] == '\'');
    if (letter) continue;
    if (i > start) {
      std::string word = folded.substr(start, i - start);
      // An elided article or pronoun (l', d', qu') is French.
      size_t apostrophe = word.find('\'');
      if (apostrophe != std::string::npos && apostrophe + 1 < word.size() && words.fr.count(word.substr(0, apostrophe + 1)))
        ++fr;
      else {
        fr += words.fr.count(word);
        en += words.en.count(word);
      }
    }
    start = i + 1;
  }
  if (fr > 0 && fr >= 2 * en) return "fr";
  if (en > 0 && en >= 2 * fr) return "en";
  return "";
}

}  // namespace sitrep::text
