// Lemmas and candidate parts of speech for French (hunspell-fr's morphological fields) and
// English (WordNet's index and exception lists with its suffix rules), with the project's own
// word lists taking precedence. Results are cached per word form.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lexicon/lexicon.h"
#include "sitrep/status.h"
#include "text/segmenter.h"

namespace sitrep::morph {

// Lets string-keyed maps be searched with a string_view, without building a string per token.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};

struct Reading {
  std::string lemma;
  std::string upos;      // Universal POS tag
  std::string features;  // space-separated: "ipre 3pl" (French tense/person), "past", "pl", "fem sg"
  bool operator==(const Reading& o) const { return lemma == o.lemma && upos == o.upos && features == o.features; }
};

struct Analysis {
  uint32_t id = 0;     // dense, per Analyzer: later stages index their per-form caches by it
  std::string folded;  // accent- and case-folded form, the key for lexicon matching
  std::vector<Reading> readings;
  std::vector<std::string> keys;  // the folded form, then each distinct folded lemma
  uint32_t pos_mask = 0;          // one bit per part of speech among the readings (see UposBit)
  const char* source = "";  // which resource gave the readings: lexicon, hunspell, wordnet, guess

  bool Has(std::string_view upos) const;
  bool HasLemma(std::string_view lemma, std::string_view upos = {}) const;
  bool HasKey(std::string_view key) const;
  // A reading with this part of speech and one of these features ("ifut", "cond", "ppas").
  bool HasFeature(std::string_view upos, std::string_view feature) const;
};

// Whether the analysis's folded form is one of `words` (folded spellings: "apres", "d'").
inline bool IsWord(const Analysis& a, std::initializer_list<std::string_view> words) {
  const std::string& f = a.folded;
  if (f.empty()) return false;
  for (std::string_view w : words)  // the first letter settles nearly every comparison
    if (w.size() == f.size() && w[0] == f[0] && w == f) return true;
  return false;
}

// The bit of a Universal POS tag in Analysis::pos_mask (0 for an unknown tag).
uint32_t UposBit(std::string_view upos);

// What a language adds to the shared word lists: readings for a lowercase form, or none.
class Backend {
 public:
  virtual ~Backend() = default;
  virtual const char* name() const = 0;
  virtual void Analyze(const std::string& form, std::vector<Reading>* out) const = 0;
};

struct Resources {
  std::string hunspell_dir = "/usr/share/hunspell";
  std::string wordnet_dir = "/usr/share/wordnet";
};

Result<std::unique_ptr<Backend>> OpenFrenchBackend(const Resources& resources);
Result<std::unique_ptr<Backend>> OpenEnglishBackend(const Resources& resources);

// Not thread-safe: the cache grows as forms are seen.
class Analyzer {
 public:
  static Result<std::unique_ptr<Analyzer>> Create(const lexicon::Lexicon& lexicon, const std::string& lang,
                                                  const Resources& resources);

  // The analysis of one token of `text`; stable address for the Analyzer's lifetime.
  const Analysis& Analyze(std::string_view form, text::TokenKind kind);
  size_t cache_size() const { return cache_.size(); }

 private:
  Analyzer() = default;
  Analysis Compute(std::string_view form, text::TokenKind kind) const;

  std::string lang_;
  std::unique_ptr<Backend> backend_;
  std::unordered_map<std::string, std::vector<Reading>> words_;  // lowercase form -> readings
  std::unordered_map<std::string, std::unique_ptr<Analysis>, StringHash, std::equal_to<>> cache_;
};

}  // namespace sitrep::morph
