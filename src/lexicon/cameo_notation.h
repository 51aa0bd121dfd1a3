// The CAMEO notation of the lexicon's cameo_* tables (docs/LEXICON.md), which are PETRARCH and
// TABARI dictionaries imported into sitrep's lexicon: dictionary words and phrases, verb
// patterns and event codes, with their text forms. It lives with the lexicon because the
// lexicon checks these tables when it compiles them; the pattern coder (peer/) reads them.
//
// Words are upper case and separated by spaces; a final '*' marks a stem (ARGENTIN* matches
// ARGENTINA). A multi-word verb marks its inflected word with '+' (CARRIED +OUT is wrong, +CARRY
// OUT right). A pattern is a row of elements: words, '*' (the verb), '$' (source), '+' (target),
// '%' (compound), '^' (skip a noun phrase) and {A B|C} (alternatives, each a phrase); an element
// written with a leading '_' follows the one before it with no word between.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/status.h"

namespace sitrep::lexicon {

// One word of a dictionary phrase, upper case. A stem matches every text word it begins
// (TABARI's ARGENTIN matches ARGENTINA and ARGENTINES); an exact word matches itself only.
struct DictWord {
  std::string text;
  bool stem = false;
  bool operator==(const DictWord&) const = default;
};
using DictPhrase = std::vector<DictWord>;

// One position of a verb pattern.
struct PatternElement {
  enum class Kind {
    kWords,     // one of `alternatives` (a plain word is a single one-word alternative)
    kVerb,      // '*': the verb itself
    kSource,    // '$': the actor here is the source
    kTarget,    // '+': the actor here is the target
    kCompound,  // '%': a compound actor here is both source and target
    kSkip,      // '^': skip one noun phrase
  } kind = Kind::kWords;
  std::vector<DictPhrase> alternatives;  // synsets and '{ a | b }' expanded to their phrases
  bool adjacent = false;  // joined to the element before it ('_'): no word may come between
};

// A code of a verb or pattern: "064", "013:012" (an event and its reverse), "---" (null), "###"
// (discard), "+++" (complex).
struct EventCode {
  std::string code, reverse_code;
  // TABARI's "[023?]": a verb that codes only when no other verb of its clause does ("said he
  // regretted" is a regret, not a comment).
  bool weak = false;
  bool operator==(const EventCode&) const = default;
};

struct VerbPattern {
  std::vector<PatternElement> elements;  // includes exactly one kVerb
  EventCode code;
  std::string text;    // as written, for explain
  std::string origin;
};

std::string WordText(const DictWord& w);
DictWord ParseWord(std::string_view text);
// A phrase's words; `head`, when given, marks the word written with a leading '+'.
std::string PhraseText(const DictPhrase& phrase, size_t head = SIZE_MAX);
// A phrase; `head` receives the index of the word marked '+', if any.
DictPhrase ParsePhraseText(std::string_view text, size_t* head = nullptr);

// One pattern written as above ("URGED _+ * HALT _{AIR|ARTILLERY} _STRIKES"), and back.
std::string PatternText(const VerbPattern& pattern);
Result<VerbPattern> ParsePatternText(std::string_view text);

// "064", "013:012", ":173", "023?", "---".
std::string EventCodeText(const EventCode& code);
bool ParseEventCodeText(std::string_view text, EventCode* code);

}  // namespace sitrep::lexicon
