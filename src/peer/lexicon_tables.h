// Peer CAMEO dictionaries as sitrep lexicon sources, so that an imported PETRARCH or TABARI
// dictionary is edited, checked and compiled like every other lexicon (docs/LEXICON.md, kinds
// cameo_actors, cameo_agents, cameo_discards, cameo_verbs, cameo_patterns).

#pragma once

#include <string>
#include <string_view>

#include "peer/dictionary.h"
#include "lexicon/lexicon.h"
#include "sitrep/status.h"

namespace sitrep::peer {

// The lexicon source text (with @kind and @lang directives) for every kind the dictionaries fill.
std::string ToLexiconSource(const PeerDictionaries& dictionaries, std::string_view lang);

// The dictionaries held in a lexicon's cameo_* tables for `lang`. An empty model when there are
// none; an error naming the row's origin when a row cannot be read.
Result<PeerDictionaries> FromLexicon(const lexicon::Lexicon& lexicon, std::string_view lang);

}  // namespace sitrep::peer
