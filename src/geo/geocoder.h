// Place names in a document: found by the gazetteer (with the words around them as cues and
// guards), then resolved together, each candidate ranked by the countries and divisions the
// document talks about, the kind of place the text says it is, its size and its distance to the
// other places named.
#pragma once

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "coder/matcher.h"
#include "geo/gazetteer.h"
#include "geo/gazetteer_cache.h"
#include "lexicon/lexicon.h"
#include "morph/analyzed_text.h"
#include "sitrep/event.h"
#include "sitrep/status.h"

namespace sitrep::geo {

struct Candidate {
  uint32_t place = kNoPlace;
  double score = 0;
  bool exact = false;  // written as one of the place's own spellings
};

struct Toponym {
  uint32_t first = 0, last = 0;  // tokens [first, last)
  uint32_t sentence = 0;
  std::string text;              // as written
  std::string cue;               // the place word next to it (city, region, crossing...), if any
  bool relative = false;         // "au nord de", "30 km south of": somewhere near, not there
  // "12 km north of X", "à 30 km au sud-est de X": how far from X, and towards which bearing
  // (degrees clockwise from north); 0 km when the text gives no distance and direction.
  double offset_km = 0, bearing = 0;
  bool introduced = false;       // after a locative or relative cue (à, en, in, near)
  bool demonym = false;          // "Syrian" standing for its country (only in given spans)
  bool given = false;            // a span the caller asked about
  bool dateline = false;         // where the report was filed ("BUNIA, March 7 -")
  bool speaker = false;          // a government speaking by its capital's name ("Ankara said")
  // Not in the gazetteer: resolved to the place named inside it (Vancouver Art Gallery) or, failing
  // that, to the settlement the document is about (Metcalfe County), with region precision.
  bool approximate = false;
  // Its only readings are in a country nothing else in the document points to, while the rest
  // points elsewhere: left unresolved (Geocoder, country coherence).
  bool abroad = false;
  // The text names another place inside it ("the Bankass district of Mopti region", "Gao, Mali"):
  // an event of its sentence happened in that one, not all over it.
  bool holds_another = false;
  uint32_t place = kNoPlace;     // the resolution, or kNoPlace when sitrep abstains
  // A district's seat: the town of its name inside it, whose point stands for the district (as
  // ACLED places an event known only by its district), or kNoPlace.
  uint32_t seat = kNoPlace;
  double score = 0, margin = 0;  // of the chosen candidate, and its lead over the next
  std::vector<Candidate> candidates;  // best first (the few kept for explain)
};

struct Geocoding {
  std::vector<Toponym> toponyms;
  std::vector<uint32_t> nations;  // the country or region of each country name and demonym, in order
};

class Geocoder {
 public:
  static Result<std::unique_ptr<Geocoder>> Create(const Gazetteer& gazetteer, const lexicon::Lexicon& lexicon,
                                                  const std::string& lang, text::Segmenter& segmenter,
                                                  morph::Analyzer& analyzer);

  // Finds and resolves the document's place names. Byte ranges in `given` are taken as place
  // names whatever recognition would say (the coder's place arguments; the geoparsing evaluation's
  // gold spans, which `given_are_places` says are surely places: never left unresolved for
  // country coherence), and are returned in the same order, first; the names found besides follow
  // in text order.
  Geocoding Geocode(const morph::AnalyzedText& at, const std::vector<std::pair<size_t, size_t>>& given = {},
                    bool given_are_places = false) const;

  // The byte ranges of the events' places as the coder found them ("Jisr al-Choughour" in its sentence),
  // to be resolved whatever recognition says.
  static std::vector<std::pair<size_t, size_t>> EventPlaces(const std::vector<Event>& events);

  // Gives each event a location: the toponym of its place argument, else a place in its sentence,
  // else the paragraph's last place, else the document's most named one, else the country its
  // actors belong to; `trace`, when given,
  // receives per sentence the toponyms and the level each event's place came from.
  // `unambiguous`, when given, receives per event whether its place was chosen with a clear lead
  // over the next candidate (Moura in Portugal or in Mali is not).
  void Locate(const morph::AnalyzedText& at, const Geocoding& geocoding, std::vector<Event>* events,
              std::vector<std::vector<std::string>>* trace, std::vector<bool>* unambiguous = nullptr) const;
  // The lead over the second candidate that makes a choice clear.
  static constexpr double kClearMargin = 1.2;

  // The place as the event contract writes it; `precision` overrides the one its kind gives.
  Place ToPlace(const Toponym& t, const std::string& precision = "") const;
  // site, city, district, region or country, from the kind of place.
  static const char* PrecisionOf(Category c);
  // One line per toponym for `explain`.
  std::string Describe(const Toponym& t) const;

 private:
  Geocoder(const Gazetteer& g) : g_(g) {}
  class Run;
  // What the gazetteer says of one word form, cached by its analysis id: the places it names
  // alone, and whether longer names start with it.
  struct FormInfo {
    std::span<const Posting> alone;
    bool starts_longer = false;
  };
  const FormInfo& Form(const morph::Analysis& a, std::string_view form) const;
  mutable std::vector<std::optional<FormInfo>> forms_;
  // The places a name looked up as a whole names, cached: news repeats its names of several words
  // (New York, Gaza Strip, la ville de Gao) from one article to the next.
  std::span<const Posting> Phrase(std::string_view text) const;
  struct PhraseSlot {
    uint64_t hash = 0;  // KeyHash of the text as written; 0 is an empty slot
    const Posting* data = nullptr;
    uint32_t size = 0;
  };
  static constexpr size_t kMaxPhraseSlots = 1u << 18;  // a bound for endless streams
  mutable std::vector<PhraseSlot> phrase_slots_;
  mutable size_t phrase_count_ = 0;
  // The country or region of each country name and demonym in the text, in order.
  std::vector<uint32_t> NationsNamed(const morph::AnalyzedText& at) const;
  // The gazetteer place of a CAMEO country or region code ("SYR" -> Syria, "EUR" -> Europe), or
  // kNoPlace: the first of the actor lexicon's names of the country that the gazetteer has as a
  // country or region, looked up when the code is first asked for.
  uint32_t NationOf(const std::string& code) const;
  std::unordered_map<std::string, std::vector<std::string>> country_names_;  // by code, in lexicon order
  mutable std::unordered_map<std::string, uint32_t> nations_;
  // The gazetteer, through what this geocoder has read of it; Geocode trims it between documents,
  // and with it forms_ and the phrases, whose postings it holds.
  mutable GazetteerCache g_;
  std::string lang_;
  coder::PhraseIndex place_words_, cues_, actors_, reporting_verbs_;
  // Whether the token is a verb that reports speech ("said", "a démenti").
  bool ReportsSpeech(const morph::AnalyzedText& at, uint32_t token) const;
  std::vector<std::string> place_word_features_, cue_kinds_;
  std::vector<std::string> division_words_;  // province, county, governorate...
  struct ActorName {
    std::string nation;  // CAMEO code of the country or region it names ("SYR"), or ""
    bool demonym = false;
    bool not_place = false;  // a group's, an organisation's, a person's or a government's name
    // Of a not_place name: as the lexicon writes it, whether a government's, and once a text has
    // held it, whether it is matched at all (ActorMatched).
    std::string name;
    bool government = false;
    mutable std::optional<bool> matched;
  };
  std::vector<ActorName> actor_names_;  // by id in actors_
  // The longest actor name that starts at token `i` and ends before `end`, among those matched.
  coder::PhraseIndex::Match LongestActor(const morph::AnalyzedText& at, size_t i, size_t end) const;
  // Whether an actor name is matched: a country or demonym always; the name of a group, an
  // organisation, a person or a government only where the gazetteer could take it for a place's.
  bool ActorMatched(uint32_t id) const;
  std::unordered_map<std::string, std::string> demonym_names_;  // folded demonym -> CAMEO code
};

}  // namespace sitrep::geo
