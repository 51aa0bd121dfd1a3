// Morphology compiled ahead of time, as MeCab compiles its dictionaries: a language backend's own
// answers (hunspell's, WordNet's) for the word forms texts hold, in a versioned binary that the
// analyser maps instead of asking the backend. Hunspell takes a tenth of a second to load and a
// third of a millisecond per unknown word; the lexicon's phrases alone ask it about two thousand
// words at start-up.
//
// A section is used only for the backend and resource files it was compiled from (their names,
// sizes and modification times), so that its answers are the backend's own. A section may also
// settle a query it does not hold: when it holds every form the dictionary spells (hunspell_forms.h),
// a simple word whose lower case it lacks is one the dictionary does not know.
// The layout is documented in docs/ARCHITECTURE.md ("Compiled morphology").
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "morph/morphology.h"
#include "sitrep/status.h"

namespace sitrep::morph {

// Bumped whenever the layout or the meaning of a field changes.
inline constexpr uint32_t kCompiledMorphologyVersion = 2;

// One language's answers, as the compiler gathers them.
struct CompiledSection {
  std::string lang, backend, fingerprint;
  // Whether a simple word (every character in `alphabet`) whose lower case is not the lower case of
  // a form the backend spells is one the backend does not know.
  bool complete = false;
  std::u32string alphabet;
  struct Answer {
    std::string query;
    std::vector<Reading> readings;  // the backend's, possibly none
    bool spelled = false;           // the query is the lower case of a form the backend spells
  };
  // Two tables: the answers every start asks for (the lexicon's words), kept together so that a
  // start touches a few pages of the file rather than all of them, then the others.
  std::vector<Answer> start_answers, answers;
};

std::string SerializeCompiledMorphology(const std::vector<CompiledSection>& sections);

class CompiledMorphology {
 public:
  // Maps the file. NotFound when there is none; Corrupt when it is not a compiled morphology of this
  // version. Later damage is caught per query: a record that does not parse is asked of the backend.
  static Result<std::shared_ptr<const CompiledMorphology>> Open(const std::string& path);
  // The same over bytes the caller keeps alive (tests, fuzzing).
  static Result<std::shared_ptr<const CompiledMorphology>> FromBytes(std::string_view bytes);
  ~CompiledMorphology();
  CompiledMorphology(const CompiledMorphology&) = delete;
  CompiledMorphology& operator=(const CompiledMorphology&) = delete;

  static constexpr size_t kNoSection = static_cast<size_t>(-1);
  // The section compiled for `lang` from `backend` with resources of this fingerprint, or kNoSection.
  size_t Find(std::string_view lang, std::string_view backend, std::string_view fingerprint) const;
  // Appends the backend's readings for `query` and returns true when the section settles the
  // query; false when the backend must be asked.
  bool Lookup(size_t section, std::string_view query, std::vector<Reading>* out) const;
  size_t size() const { return sections_.size(); }

 private:
  struct Table {
    std::string_view records;
    const unsigned char* slots = nullptr;  // little-endian u32 each: record offset + 1, 0 when empty
    uint32_t slot_count = 0;               // a power of two
  };
  struct Section {
    std::string lang, backend, fingerprint;
    bool complete = false;
    std::u32string alphabet;  // sorted
    std::string_view pool;
    std::vector<Table> tables;  // searched in order
  };
  CompiledMorphology() = default;
  Status Parse(std::string_view bytes);
  // The record of `key`: its readings start at *readings, or false.
  bool FindRecord(const Section& s, std::string_view key, std::string_view* readings) const;
  // Whether `key` is the lower case of a form the backend spells.
  bool IsSpelled(const Section& s, std::string_view key) const;
  bool IsSimple(const Section& s, std::string_view query) const;

  void* map_ = nullptr;
  size_t map_size_ = 0;
  std::vector<Section> sections_;
};

// Compiles the French and English sections: each backend's answers for every form its resources
// spell (ForEachFrenchForm, ForEachEnglishForm) and for every word of the lexicon's tables of the
// language, asked on `jobs` threads. The French section is complete for words without apostrophes,
// hyphens, digits or combining marks.
Result<std::string> CompileMorphology(const lexicon::Lexicon& lexicon, const Resources& resources, unsigned jobs);

// The compiled morphology a run uses: `given`, else $SITREP_MORPHOLOGY, else morphology.bin beside
// the executable, else the installed one. None (a null pointer) when no path was given and none is
// found there; a path given but missing, or a file that is not a compiled morphology, is an error.
Result<std::shared_ptr<const CompiledMorphology>> FindCompiledMorphology(const std::string& given);

// "name:size:mtime" of each file, joined by ";": what a section's answers depend on.
std::string FilesFingerprint(const std::vector<std::string>& paths);

}  // namespace sitrep::morph
