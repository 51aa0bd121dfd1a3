// The CAMEO dictionaries that TABARI and PETRARCH users maintain (actors with dated codes and
// synonyms, agents, discards, verbs with synsets and patterns), read into one model that the
// pattern coder (peer/pattern_coder.h) runs on raw text. Three dialects are read: TABARI
// (.actors, .verbs, .agents; ';' comments, '{ a | b }' alternatives, stems unless a word ends in
// '_'), PETRARCH-1 ('--- VERB [code] ---' blocks, '#' comments, exact words) and PETRARCH-2
// (PETRARCH-1 plus '{noun phrase}' and '(prepositional phrase)' groups in patterns).
#pragma once

#include <climits>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/cameo_notation.h"
#include "sitrep/status.h"

namespace sitrep::peer {

// The dictionaries' phrases, patterns and codes are the lexicon's CAMEO notation.
using lexicon::DictWord;
using lexicon::DictPhrase;
using lexicon::PatternElement;
using lexicon::EventCode;
using lexicon::VerbPattern;

enum class DictionaryDialect { kTabari, kPetrarch1, kPetrarch2 };

// A code and the days (since 1970-01-01, inclusive) in which it holds.
struct DatedCode {
  std::string code;  // ARN, USAGOV, "---" (a null actor), "###" (discard the sentence)
  long from = LONG_MIN, to = LONG_MAX;
  bool operator==(const DatedCode&) const = default;
};

struct ActorEntry {
  std::vector<DictPhrase> phrases;  // the first is the entry's name; the others its '+' synonyms
  std::vector<DatedCode> codes;
  std::string origin;               // "file:line"
};

struct AgentEntry {
  std::vector<DictPhrase> phrases;  // the entry and its plural or listed forms
  std::string code;                 // GOV, GOVFRM: the code's letters without the '~'
  bool prefix = false;              // "[NGO~]": the agent's code goes before the actor's
  std::string origin;
};

struct DiscardEntry {
  DictPhrase phrase;
  bool story = false;  // PETRARCH's '+': the whole story is discarded, not only the sentence
  std::string origin;
};

struct VerbEntry {
  DictPhrase phrase;                   // the verb and any words of a multi-word verb
  size_t head = 0;                     // which word of `phrase` is the inflected verb
  std::vector<std::string> forms;      // every form of the head, regular and irregular, upper case
  EventCode code;                      // the block's default code
  std::vector<VerbPattern> patterns;   // shared by every verb of a PETRARCH block
  std::string origin;
};

// A PETRARCH-2 transformation: "a (b . ATTACK) SAY = a b 112". Kept as written.
struct Transformation {
  std::string text;
  std::string origin;
};

struct PeerDictionaries {
  std::vector<ActorEntry> actors;
  std::vector<AgentEntry> agents;
  std::vector<DiscardEntry> discards;
  std::vector<VerbEntry> verbs;
  std::vector<Transformation> transformations;
  // TABARI's <NOUN> and <ADJECTIVE> lists: a verb form next to one of them is no verb.
  std::vector<DictPhrase> nouns, adjectives;
  // Problems that did not stop reading: "file:line: message".
  std::vector<std::string> warnings;
};

// Reads one dictionary file of the given kind ("actors", "agents", "discards", "verbs") and
// dialect into `into`. Malformed lines are skipped with a warning naming the file and line;
// only an unreadable file is an error.
Status ReadPeerDictionary(const std::string& path, std::string_view kind, DictionaryDialect dialect,
                          PeerDictionaries* into);
// The same from text; `path` is only used in origins and warnings.
void ParsePeerDictionary(std::string_view text, const std::string& path, std::string_view kind,
                         DictionaryDialect dialect, PeerDictionaries* into);

// Reads every dictionary under `dir` by its name: *actors*, *agents*, *discards*, *verbs* (and
// CAMEO.*.txt as verbs). The dialect is TABARI for files without a .txt extension.
Status ReadPeerDictionaryDir(const std::string& dir, PeerDictionaries* into);

// Days since 1970-01-01 for a TABARI/PETRARCH date: YYMMDD (years < 30 are 20YY) or YYYYMMDD.
bool ParsePeerDate(std::string_view digits, long* day);

}  // namespace sitrep::peer
