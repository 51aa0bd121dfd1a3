// Peer CAMEO dictionaries as sitrep lexicon sources, so that an imported PETRARCH or TABARI
// dictionary is edited, checked and compiled like every other lexicon (docs/LEXICON.md, kinds
// cameo_actors, cameo_agents, cameo_discards, cameo_verbs, cameo_patterns).
//
// Words are upper case and separated by spaces; a final '*' marks a stem (ARGENTIN* matches
// ARGENTINA). A multi-word verb marks its inflected word with '+' (CARRIED +OUT is wrong, +CARRY
// OUT right). A pattern is a row of elements: words, '*' (the verb), '$' (source), '+' (target),
// '%' (compound), '^' (skip a noun phrase) and {A B|C} (alternatives, each a phrase); an element
// written with a leading '_' follows the one before it with no word between.
#pragma once

#include <string>
#include <string_view>

#include "coder/peer_dictionary.h"
#include "lexicon/lexicon.h"
#include "sitrep/status.h"

namespace sitrep::coder {

// The lexicon source text (with @kind and @lang directives) for every kind the dictionaries fill.
std::string ToLexiconSource(const PeerDictionaries& dictionaries, std::string_view lang);

// The dictionaries held in a lexicon's cameo_* tables for `lang`. An empty model when there are
// none; an error naming the row's origin when a row cannot be read.
Result<PeerDictionaries> FromLexicon(const lexicon::Lexicon& lexicon, std::string_view lang);

// One pattern written as above ("URGED _+ * HALT _{AIR|ARTILLERY} _STRIKES"), and back.
std::string PatternText(const VerbPattern& pattern);
Result<VerbPattern> ParsePatternText(std::string_view text);

// "064", "013:012", ":173", "023?", "---".
std::string EventCodeText(const EventCode& code);
bool ParseEventCodeText(std::string_view text, EventCode* code);

}  // namespace sitrep::coder
