// Matching lexicon entries against analysed tokens. Phrases (actors, agents, place words) match
// word for word, on form or lemma; patterns (predicates, cues) match lemmas in order with short gaps.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "morph/analyzed_text.h"
#include "morph/morphology.h"
#include "text/segmenter.h"

namespace sitrep::coder {

// The entries that may start at each word form, by the form's analysis id: slot 0 not yet known,
// 1 none, k + 2 the k-th list. Most forms start nothing in most indexes: that is also marked by
// the cache's bit in the form's own Analysis::starts_nothing_in, which the scan has at hand,
// so that it need not reach the slot (a cache miss per token and index otherwise).
struct CandidateCache {
  CandidateCache();
  std::vector<uint32_t> slot;
  std::vector<std::vector<uint32_t>> lists;
  uint64_t bit;  // 0 past the 64th cache of the process: no mark then
};

class PhraseIndex {
 public:
  struct Match {
    uint32_t length = 0;  // in tokens; 0 when nothing matched
    uint32_t id = 0;
  };

  // Tokenises `phrase` with the language's own segmenter and analyser, whose analyses the index
  // keeps: the analyser must outlive it, and analyse the texts it is matched against.
  void Add(const std::string& phrase, uint32_t id, text::Segmenter& segmenter, morph::Analyzer& analyzer);
  // The longest phrase that starts at token `i` and ends before `end`.
  Match Longest(const morph::AnalyzedText& at, size_t i, size_t end) const {
    return Longest(at, i, end, [](uint32_t) { return true; });
  }
  // The same among the phrases whose id `accept` takes: it is asked only of a phrase that matches
  // and is longer than any accepted so far, so that it may do what costs (and remember it).
  template <typename Accept>
  Match Longest(const morph::AnalyzedText& at, size_t i, size_t end, Accept accept) const {
    Match best;
    for (uint32_t index : Candidates(*at.analyses[i])) {
      const Entry& e = phrases_[index];
      if (e.tokens.size() <= best.length || i + e.tokens.size() > end || !Matches(e, at, i) || !accept(e.id)) continue;
      best = {static_cast<uint32_t>(e.tokens.size()), e.id};
    }
    return best;
  }
  size_t size() const { return phrases_.size(); }

 private:
  // A lexicon phrase, tokenised and analysed like running text: "armée de l'air" -> four tokens.
  struct Entry {
    std::vector<const morph::Analysis*> tokens;
    uint32_t id;
  };
  static bool TokenMatches(const morph::Analysis& p, const morph::Analysis& t);
  // Whether the entry's words are the text's from token `i` on (the text holds as many).
  static bool Matches(const Entry& e, const morph::AnalyzedText& at, size_t i);
  const std::vector<uint32_t>& Candidates(const morph::Analysis& a) const;
  std::vector<Entry> phrases_;
  // Phrases that may start at a word form, cached by analysis id (one per distinct form).
  mutable CandidateCache candidates_;
  std::unordered_map<std::string, std::vector<uint32_t>, morph::StringHash, std::equal_to<>> by_key_;
};

// A lemma pattern: "se emparer de", "mener campagne de bombardement", "take control of".
struct Pattern {
  bool pronominal = false;                       // a reflexive clitic precedes the head
  std::vector<std::vector<std::string>> items;   // folded alternatives per position
  std::string text;                              // as written in the lexicon
};

Pattern ParsePattern(const std::string& text);

class PatternIndex {
 public:
  // Cue patterns ("tenter de") may step over any word but a verb or punctuation between their
  // words: "ont tenté mardi soir de reprendre". Predicates only over articles and modifiers.
  explicit PatternIndex(bool wide_gaps = false) : wide_gaps_(wide_gaps) {}
  struct Match {
    uint32_t id = 0;
    uint32_t head = 0;  // token of the head
    uint32_t last = 0;  // last matched token
    uint32_t items = 0; // how many items the pattern has: longer patterns win
  };
  void Add(Pattern pattern, uint32_t id);
  // Every pattern whose head is token `i` and that fits before `end`, longest first.
  std::vector<Match> At(const morph::AnalyzedText& at, size_t i, size_t sentence_start, size_t end) const;
  const Pattern& pattern(uint32_t id) const { return patterns_[id]; }

 private:
  const std::vector<uint32_t>& Candidates(const morph::Analysis& a) const;
  std::vector<Pattern> patterns_;
  std::unordered_map<std::string, std::vector<uint32_t>, morph::StringHash, std::equal_to<>> by_head_;
  mutable CandidateCache candidates_;
  bool wide_gaps_;
};

// Reflexive clitics that mark a pronominal verb: se, s', me, te, nous, vous.
bool IsReflexive(const morph::Analysis& a);

}  // namespace sitrep::coder
