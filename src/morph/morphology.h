// Lemmas and candidate parts of speech for French (hunspell-fr's morphological fields) and
// English (WordNet's index and exception lists with its suffix rules), with the project's own
// word lists taking precedence. Results are cached per word form.
#pragma once

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <iterator>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lexicon/lexicon.h"
#include "sitrep/status.h"
#include "text/segmenter.h"
#include "text/string_hash.h"

namespace sitrep::morph {

using text::StringHash;

struct Reading {
  std::string lemma;
  std::string upos;      // Universal POS tag
  std::string features;  // space-separated: "ipre 3pl" (French tense/person), "past", "pl", "fem sg"
  bool operator==(const Reading& o) const { return lemma == o.lemma && upos == o.upos && features == o.features; }
};

// The bit of a Universal POS tag in Analysis::pos_mask (0 for an unknown tag).
constexpr uint32_t UposBit(std::string_view u) {
  // Inline, so that a test with a literal (a.Has("NOUN")) folds to a constant mask.
  auto bit = [](int i) { return 1u << i; };
  switch (u.size()) {
    case 1: return u[0] == 'X' ? bit(16) : 0;
    case 3:
      if (u[0] == 'A') return u[1] == 'D' ? (u[2] == 'J' ? bit(0) : u[2] == 'P' ? bit(1) : u[2] == 'V' ? bit(2) : 0)
                                          : (u == "AUX" ? bit(3) : 0);
      return u == "DET" ? bit(5) : u == "NUM" ? bit(8) : u == "SYM" ? bit(14) : 0;
    case 4:
      switch (u[0]) {
        case 'I': return u == "INTJ" ? bit(6) : 0;
        case 'N': return u == "NOUN" ? bit(7) : 0;
        case 'P': return u[1] == 'A' ? (u == "PART" ? bit(9) : 0) : (u == "PRON" ? bit(10) : 0);
        case 'V': return u == "VERB" ? bit(15) : 0;
        default: return 0;
      }
    case 5:
      switch (u[0]) {
        case 'C': return u == "CCONJ" ? bit(4) : 0;
        case 'P': return u[1] == 'R' ? (u == "PROPN" ? bit(11) : 0) : (u == "PUNCT" ? bit(12) : 0);
        case 'S': return u == "SCONJ" ? bit(13) : 0;
        default: return 0;
      }
    default: return 0;
  }
}

// A part of speech named by a literal in a test (a.Has("NOUN")): resolved when compiled, so that an
// unknown tag is an error there rather than a test that is always false.
struct UposName {
  uint32_t bit;
  consteval UposName(const char* upos) : bit(UposBit(upos)) {
    if (bit == 0) throw "not a Universal POS tag";
  }
};

// The bit of a morphological feature the stages test (features are space-separated in
// Reading::features), or 0 for one they never test.
constexpr uint32_t FeatureBit(std::string_view f) {
  constexpr std::string_view kTested[] = {"past", "ppas", "ppre", "infi", "pl", "3sg",
                                          "ipre", "ipsi", "iimp", "ifut", "cond", "base"};
  for (uint32_t i = 0; i < std::size(kTested); ++i)
    if (kTested[i] == f) return 1u << i;
  return 0;
}

// A feature named by a literal in a test: one FeatureBit lists, checked when compiled.
struct FeatureName {
  uint32_t bit;
  consteval FeatureName(const char* feature) : bit(FeatureBit(feature)) {
    if (bit == 0) throw "a feature no stage tests: add it to FeatureBit";
  }
};

// Which readings a feature test looks at: those of any part of speech (""), of verbs or of nouns.
struct FeatureScope {
  uint8_t index;
  consteval FeatureScope(const char* upos)
      : index(std::string_view(upos).empty() ? 0 : std::string_view(upos) == "VERB" ? 1 : 2) {
    if (index == 2 && std::string_view(upos) != "NOUN") throw "features are recorded for any reading, VERB or NOUN";
  }
};

struct Analysis {
  // The facts every stage tests of most tokens come first, within the object's first cache line;
  // the strings and lists after them are read far less often.
  uint32_t id = 0;        // dense, per Analyzer: later stages index their per-form caches by it
  uint32_t pos_mask = 0;  // one bit per part of speech among the readings (see UposBit)
  // One bit per candidate cache of a later stage's lexicon index that found the form starts none of
  // its entries (coder/matcher.h): set by that stage, under the analyzer's own rule (one thread).
  mutable uint64_t starts_nothing_in = 0;
  // The features of the readings (FeatureBit), of any part of speech, of verbs and of nouns: tested
  // for most tokens by several stages, recorded once per form (see FeatureScope).
  uint32_t feature_mask[3] = {0, 0, 0};
  // Calendar names, tested for most tokens by several stages, recorded once per form.
  int8_t month = 0;               // 1..12 for a month name ("novembre", "Nov"), else 0
  bool singular_weekday = false;  // "mardi", "Sunday" (not "sundays")
  std::string folded;             // accent- and case-folded form, the key for lexicon matching
  std::vector<std::string> keys;  // the folded form, then each distinct folded lemma
  std::vector<Reading> readings;
  const char* source = "";  // which resource gave the readings: lexicon, hunspell, wordnet, guess

  bool Has(UposName upos) const { return (pos_mask & upos.bit) != 0; }
  bool HasLemma(std::string_view lemma, std::string_view upos = {}) const;
  bool HasKey(std::string_view key) const;
  // A reading with this part of speech (any for "") and this feature ("ifut", "cond", "ppas").
  bool HasFeature(FeatureScope upos, FeatureName feature) const { return (feature_mask[upos.index] & feature.bit) != 0; }
};

// Whether the analysis's folded form is one of `words` (folded spellings: "apres", "d'").
inline bool IsWord(const Analysis& a, std::initializer_list<std::string_view> words) {
  const std::string& f = a.folded;
  if (f.empty()) return false;
  for (std::string_view w : words)  // the first letter settles nearly every comparison
    if (w.size() == f.size() && w[0] == f[0] && w == f) return true;
  return false;
}


// What a language adds to the shared word lists: readings for a lowercase form, or none.
class Backend {
 public:
  virtual ~Backend() = default;
  virtual const char* name() const = 0;
  virtual void Analyze(const std::string& form, std::vector<Reading>* out) const = 0;
  // What its answers depend on (see FilesFingerprint): a compiled morphology made from other
  // resources is not used.
  virtual std::string Fingerprint() const = 0;
};

class CompiledMorphology;

struct Resources {
  std::string hunspell_dir = "/usr/share/hunspell";
  std::string wordnet_dir = "/usr/share/wordnet";
  // The backends' answers compiled ahead of time (compiled.h), used for the sections whose
  // resources are these; none, or none that match, leaves every question to the backends.
  std::shared_ptr<const CompiledMorphology> compiled;
};

Result<std::unique_ptr<Backend>> OpenFrenchBackend(const Resources& resources);
Result<std::unique_ptr<Backend>> OpenEnglishBackend(const Resources& resources);
// The backend of "fr" or "en"; Unsupported for another language.
Result<std::unique_ptr<Backend>> OpenBackend(const std::string& lang, const Resources& resources);

// The word forms each backend's resources spell, for the compiled morphology (compiled.h), some
// more than once. The French ones are every form hunspell's dictionary spells (hunspell_forms.h);
// the English ones are WordNet's single-word lemmas, their regular inflections and the irregular
// forms of its exception lists.
Status ForEachFrenchForm(const Resources& resources, const std::function<void(std::string_view)>& emit);
Status ForEachEnglishForm(const Resources& resources, const std::function<void(std::string_view)>& emit);

// Not thread-safe: the cache grows as forms are seen.
class Analyzer {
 public:
  static Result<std::unique_ptr<Analyzer>> Create(const lexicon::Lexicon& lexicon, const std::string& lang,
                                                  const Resources& resources);

  // The analysis of one token of `text`; stable address for the Analyzer's lifetime.
  const Analysis& Analyze(std::string_view form, text::TokenKind kind);
  size_t cache_size() const { return forms_.size(); }

 private:
  Analyzer() = default;
  Analysis Compute(std::string_view form, text::TokenKind kind) const;
  // The backend's readings for `query`, from the compiled morphology when it settles the query.
  void AskBackend(const std::string& query, std::vector<Reading>* out) const;

  std::string lang_;
  std::unique_ptr<Backend> backend_;
  std::shared_ptr<const CompiledMorphology> compiled_;
  size_t compiled_section_ = 0;
  std::unordered_map<std::string, std::vector<Reading>> words_;  // lowercase form -> readings
  // The analyses of the forms seen, by id, in blocks that never move (later stages keep references
  // to them) and hold the forms of a text side by side, and an open-addressing table over them:
  // every token is looked up, and a node-based map costs an allocation per form and a pointer chase
  // per probe.
  static constexpr size_t kBlockSize = 256;
  Analysis& At(uint32_t id) const { return blocks_[id / kBlockSize][id % kBlockSize]; }
  std::vector<std::unique_ptr<Analysis[]>> blocks_;
  std::vector<std::string> forms_;                    // by id
  std::vector<std::pair<uint64_t, uint32_t>> table_;  // (hash, id + 1); 0 marks an empty slot
};

}  // namespace sitrep::morph
