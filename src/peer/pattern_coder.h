// Codes a sentence with peer CAMEO dictionaries the way their shallow coders do, from raw text:
// actors and agents by longest match, the verb and its patterns, the source before the verb and
// the target after it, compounds ("Chad and Niger"), pronouns dereferenced to the last actor,
// paired codes (013:012), discards and null codes. No parse tree is needed.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "peer/dictionary.h"

namespace sitrep::peer {

struct PatternEvent {
  std::string source, target, code;
  std::string verb;     // the verb, upper case
  std::string pattern;  // the matched pattern, or "" for the verb's default code
  size_t verb_begin = 0, verb_end = 0;     // the verb's bytes in the sentence
  std::string source_text, target_text;    // the actors as written
};

struct PatternCoding {
  std::vector<PatternEvent> events;
  bool discarded = false;  // a discard phrase or a ### code
  bool complex = false;    // too many verbs or conjunctions: left uncoded
  std::vector<std::string> trace;  // why, line by line
};

struct PatternCoderOptions {
  size_t max_verbs = 0;         // more verbs than this make a sentence complex (0: no limit)
  size_t max_conjunctions = 0;  // likewise for conjunctions
  bool require_dyad = true;     // an event needs a source and a target
  size_t min_words = 0;         // shorter sentences are not coded
  // Comma-delimited clauses of so many words are dropped before coding ("Chad, a long-time
  // fiercest foe, ..."): inside the sentence, at its end and at its beginning. A range with
  // min > max is off. PETRARCH's documented defaults.
  size_t comma_min = 2, comma_max = 8;
  size_t comma_end_min = 2, comma_end_max = 8;
  size_t comma_begin_min = 1, comma_begin_max = 0;
  // PETRARCH reads agents anywhere in an actor's noun phrase and gives an agent before a
  // compound to all of it ("lawmakers from Chad and Niger"); TABARI only next to the actor.
  bool agents_in_noun_phrase = true;
  // PETRARCH's '%' marks a compound source that still takes a target after the verb; TABARI's
  // makes the compound's members each other's targets.
  bool compound_keeps_target = true;
  // TABARI discards a sentence that names an actor coded ###; PETRARCH writes the code.
  bool discard_actor_code = false;
  // What an agent without an actor codes as: PETRARCH's "---" (---GOV), TABARI's "~" (~GOV, with
  // CONVERT AGENT), or "" for no actor at all (TABARI's default).
  std::string lone_agent = "---";
  // One event per clause (the default), per sentence, or one per verb that has one.
  enum class CodeBy { kClause, kSentence, kAll } code_by = CodeBy::kClause;
  // TABARI's NOACTPRIOR: a sentence whose first verb has no actor before it is complex.
  bool actor_before_verb = false;
  // TABARI's DEFAULT: codes for a missing source or target. Without `default_source_prior` a
  // missing source is looked for after the verb; without `default_target_after` a compound
  // source without a target codes its first member against its second.
  std::string default_source, default_target;
  bool default_source_prior = false, default_target_after = false;
};

// TABARI's defaults, before its options file is read.
PatternCoderOptions TabariDefaultOptions();

class PatternCoder {
 public:
  PatternCoder(const PeerDictionaries& dictionaries, PatternCoderOptions options);
  ~PatternCoder();

  // `day`: days since 1970-01-01 of the story, which selects dated actor codes.
  PatternCoding Code(std::string_view sentence, long day) const;

  // Applies a TABARI options line: "COMPLEX: VERBS[5] CONJ[4]", "COMMA: MIN = 2 MAX = 10 ...",
  // "COMMA: OFF", "SET: MINIMUM WORDS = 4". False when the line changes nothing the coder does
  // (output labels, file settings).
  bool SetOption(std::string_view line);
  const PatternCoderOptions& options() const;

  struct Impl;  // the dictionaries indexed for matching (pattern_coder.cc)

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace sitrep::peer
