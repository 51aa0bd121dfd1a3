// The word forms a hunspell dictionary spells, generated from its stems (.dic) and affix rules (.aff)
// without hunspell itself. The compiled morphology (compiled.h) asks hunspell about each of them
// when it is built, so that running text seldom needs hunspell, which takes a tenth of a second to
// load and a third of a millisecond per word.
//
// The generation errs on the side of too many forms: it applies every affix whose flag and
// condition allow it, and leaves hunspell's finer rules (cross products, forbidden and
// affix-needing stems, circumfixes) to hunspell, whose answer for a form it does not spell is
// empty. Too few forms would be the fault: the compiled morphology takes a simple word it lacks
// for one hunspell does not know. Compounding rules are not supported; a dictionary that has them
// is refused. Forms behind an elided word ("l'armée", "jusqu'ici") are left out: the tokeniser
// splits the elided word off, and the compiled morphology asks hunspell about any word with an
// apostrophe.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "sitrep/status.h"

namespace sitrep::morph {

// Calls `emit` with each generated form (some more than once). Errors name the file and line.
Status ForEachHunspellForm(const std::string& aff_path, const std::string& dic_path,
                           const std::function<void(std::string_view form)>& emit);

// The same from the files' contents; `aff_name` and `dic_name` are for messages.
Status ForEachHunspellForm(std::string_view aff, std::string_view dic, const std::string& aff_name,
                           const std::string& dic_name, const std::function<void(std::string_view form)>& emit);

}  // namespace sitrep::morph
