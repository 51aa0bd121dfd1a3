// Language identification with CLD2.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

namespace sitrep::text {

struct LanguageGuess {
  std::string code;   // ISO 639-1 ("fr", "en", "de"...), or "" when unknown
  std::string name;   // "FRENCH"
  int percent = 0;    // share of the text in that language
  bool reliable = false;
};

// Looks at the first 512 bytes, and at up to 64 KiB when that is not enough: bounded for huge inputs.
LanguageGuess IdentifyLanguage(std::string_view utf8_text);

// Function words of the coded languages, for short texts where CLD2 is unreliable.
struct FunctionWords {
  std::unordered_set<std::string> fr, en;  // folded forms
};

// "fr" or "en" when the words of the first sentences clearly belong to one of them, else "".
std::string VoteByFunctionWords(std::string_view utf8_text, const FunctionWords& words);

}  // namespace sitrep::text
