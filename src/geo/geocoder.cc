#include "geo/geocoder.h"

#include <algorithm>
#include <limits>
#include <unordered_map>
#include <array>
#include <cmath>
#include <charconv>
#include <cstring>
#include <optional>
#include <map>
#include <optional>
#include <set>
#include <unordered_set>

#include "geo/names.h"
#include "geo/settlements.h"
#include "text/fold.h"
#include "text/numbers.h"
#include "time/calendar.h"
#include "text/utf8.h"

#include <unicode/uchar.h>

namespace sitrep::geo {

// Strings compare with, and braced lists hold, "..."sv literals, whose lengths are constants: a
// bare literal would be measured at every test, and compared out of line.
using namespace std::string_view_literals;

namespace {

using morph::IsWord;

constexpr size_t kMaxNameTokens = 6;
constexpr size_t kMaxCandidates = 30;
constexpr double kAbstainBelow = 1.0;
constexpr double kClearLead = 4.0;

bool HasUpper(std::string_view token) {
  for (size_t pos = 0; pos < token.size();) {
    auto c = static_cast<unsigned char>(token[pos]);
    if (c < 0x80) {
      if (c >= 'A' && c <= 'Z') return true;
      ++pos;
    } else if (u_isupper(static_cast<UChar32>(text::DecodeAt(token, &pos)))) {
      return true;
    }
  }
  return false;
}

// Words that join the parts of a name or stand between a place noun and its name.
bool IsConnector(const morph::Analysis& a) {
  return IsWord(a, {"de", "d'", "du", "des", "la", "le", "l'", "les", "of", "the", "al", "el", "ez", "ed", "es",
                    "as", "ar", "az", "ad", "an", "ash", "en", "sur", "upon", "on", "am", "an", "-"});
}

// Compass words and the like that may precede a name without being a person's first name.
bool IsNameModifier(const morph::Analysis& a) {
  return IsWord(a, {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                    "upper", "lower", "greater", "nord", "sud", "est", "ouest", "haute", "haut", "basse", "bas",
                    "grand", "grande", "new", "old", "northeast", "northwest", "southeast", "southwest"});
}

// A two-letter country code as an index 0..675, or -1.
int CountryIndex(const char* cc) {
  if (cc[0] < 'A' || cc[0] > 'Z' || cc[1] < 'A' || cc[1] > 'Z') return -1;
  return (cc[0] - 'A') * 26 + (cc[1] - 'A');
}

// Whether a place's feature code is `code` ("ADM1", "PPLA2"). The record pads its code with NULs
// to 8 bytes: comparing the code's bytes and the NUL after them, a size known when compiling,
// takes a few instructions where strnlen or strncmp cost a library call per candidate.
template <size_t N>
bool HasFeatureCode(const PlaceRecord& r, const char (&code)[N]) {
  static_assert(N - 1 <= sizeof r.feature_code);
  return std::memcmp(r.feature_code, code, std::min(N, sizeof r.feature_code)) == 0;
}

bool IsCountryCategory(uint8_t c) {
  return c == static_cast<uint8_t>(Category::kCountry) || c == static_cast<uint8_t>(Category::kContinent);
}

}  // namespace

const char* Geocoder::PrecisionOf(Category c) {
  switch (c) {
    case Category::kCity: return "city";
    case Category::kDistrict: return "district";
    case Category::kCountry:
    case Category::kContinent: return "country";
    case Category::kSite:
    case Category::kCrossing: return "site";
    default: return "region";
  }
}

Result<std::unique_ptr<Geocoder>> Geocoder::Create(const Gazetteer& gazetteer, const lexicon::Lexicon& lexicon,
                                                   const std::string& lang, text::Segmenter& segmenter,
                                                   morph::Analyzer& analyzer) {
  std::unique_ptr<Geocoder> g(new Geocoder(gazetteer));
  g->lang_ = lang;
  for (const auto* table : lexicon.Find("place_words", lang))
    for (const auto& row : table->rows) {
      g->place_words_.Add(row[0], static_cast<uint32_t>(g->place_word_features_.size()), segmenter, analyzer);
      g->place_word_features_.push_back(row[1]);
    }
  // The coder's reporting verbs (say, affirmer, deny, accuser: its claim, denial and accusation
  // cues), one word each: what a capital standing for its government does ("Ankara said"), and
  // what makes the place before it where an event was told.
  for (const auto* table : lexicon.Find("cues", lang))
    for (const auto& row : table->rows)
      if ((row[1] == "claim"sv || row[1] == "denial"sv || row[1] == "accusation"sv) && row[0].find(' ') == std::string::npos)
        g->reporting_verbs_.Add(row[0], 0, segmenter, analyzer);
  // Division words in English: GeoNames names divisions in English ("Limpopo Province").
  for (const auto* table : lexicon.Find("geo_cues", "en"))
    for (const auto& row : table->rows)
      if (row[1] == "division"sv) g->division_words_.push_back(row[0]);
  for (const auto* table : lexicon.Find("geo_cues", lang))
    for (const auto& row : table->rows) {
      g->cues_.Add(row[0], static_cast<uint32_t>(g->cue_kinds_.size()), segmenter, analyzer);
      g->cue_kinds_.push_back(row[1]);
    }
  // Named actors: a country or a demonym names a country; the name of a group, organisation or
  // person (Boko Haram, Ansar Dine) is not a place even where a village shares it, so those whose
  // first word could start a place name are kept too (ActorMatched). Capitals standing for
  // governments are places like any other.
  for (const auto* table : lexicon.Find("actors", lang))
    for (const auto& row : table->rows) {
      bool national = (row[3] == "country"sv || row[3] == "demonym"sv) && row[1].size() == 3;
      bool government = row[3] == "government"sv;
      bool not_place = row[3] == "group"sv || row[3] == "org"sv || row[3] == "person"sv || government;
      if (!national && !not_place) continue;
      g->actors_.Add(row[0], static_cast<uint32_t>(g->actor_names_.size()), segmenter, analyzer);
      if (row[3] == "demonym"sv) g->demonym_names_.emplace(text::Fold(row[0]), row[1]);
      g->actor_names_.push_back(
          {national ? row[1] : "", row[3] == "demonym"sv, not_place, not_place ? row[0] : "", government, {}});
      // The place of a country or region code: "Syria" SYR -> the country, "Europe" EUR -> the continent.
      if (row[3] == "country"sv && row[1].size() == 3) g->country_names_[row[1]].push_back(row[0]);
    }
  return g;
}

// Asking the gazetteer about each of the lexicon's two thousand names of groups, organisations,
// people and governments at start-up brought most of it into memory (158 MB for a one-sentence
// run): each is asked when a text first holds it, and the answer kept.
bool Geocoder::ActorMatched(uint32_t id) const {
  const ActorName& actor = actor_names_[id];
  if (!actor.not_place) return true;
  if (actor.matched) return *actor.matched;
  GazetteerCache& gazetteer = g_;
  const std::string& name = actor.name;
  bool not_place = true;
  // A government named by its armed forces or agencies (FACA, Barkhane) is no place, though a
  // village may share the name; one named by its capital (Bamako, Niamey) is the capital.
  if (actor.government) {
    uint32_t exact = ExactHash(name);
    bool capital = false;
    for (const Posting& p : gazetteer.Lookup(name))
      capital |= p.place < gazetteer.size() && p.exact_hash() == exact &&
                 static_cast<Category>(gazetteer.place(p.place).category) == Category::kCity &&
                 gazetteer.place(p.place).population >= 100000;
    not_place = !capital;
  }
  if (not_place) {
    std::string first_word = NameKey(std::string_view(name).substr(0, name.find(' ')));
    not_place = !gazetteer.LookupKey(first_word).empty() || gazetteer.StartsLongerName(first_word);
  }
  actor.matched = not_place;
  return not_place;
}

coder::PhraseIndex::Match Geocoder::LongestActor(const morph::AnalyzedText& at, size_t i, size_t end) const {
  return actors_.Longest(at, i, end, [this](uint32_t id) { return ActorMatched(id); });
}

uint32_t Geocoder::NationOf(const std::string& code) const {
  auto [known, first_asked] = nations_.try_emplace(code, kNoPlace);
  if (!first_asked) return known->second;
  auto names = country_names_.find(code);
  if (names == country_names_.end()) return kNoPlace;
  for (const std::string& name : names->second)
    for (const Posting& p : g_.Lookup(name)) {
      if (p.place >= g_.size()) continue;
      auto c = static_cast<Category>(g_.place(p.place).category);
      if (c == Category::kCountry || c == Category::kContinent || c == Category::kRegion) return known->second = p.place;
    }
  return kNoPlace;
}

class Geocoder::Run {
 public:
  Run(const Geocoder& c, const morph::AnalyzedText& at, bool given_are_places)
      : c_(c), g_(c.g_), at_(at), given_are_places_(given_are_places) {}

  Geocoding Go(const std::vector<std::pair<size_t, size_t>>& given) {
    nations_ = c_.NationsNamed(at_);
    tops_.reserve(given.size() + 32);
    found_.reserve(given.size() + 32);
    std::vector<bool> taken(at_.seg.tokens.size(), false);
    for (const auto& [start, end] : given) AddGiven(start, end, &taken);
    for (uint32_t s = 0; s < at_.seg.sentences.size(); ++s) Recognise(s, &taken);  // in text order
    MarkDateline();
    MarkSpeakers();
    Resolve();
    return {std::move(tops_), std::move(nations_)};
  }

 private:
  // The postings a name may be: a view into the index when nothing had to be left out (nearly
  // always), else a copy of those kept.
  struct PostingList {
    std::span<const Posting> view;
    std::vector<Posting> kept;
    bool filtered = false;
    std::span<const Posting> get() const { return filtered ? std::span<const Posting>(kept) : view; }
    bool empty() const { return get().empty(); }
  };

  struct Found {
    PostingList postings;
    std::optional<uint32_t> exact;  // ExactHash of the name looked up (the text, or a name inside it)
    std::vector<Candidate> own;     // the candidates with their OwnScore
    uint32_t nation = kNoPlace;  // the country or region a demonym names
  };

  std::string_view Text(uint32_t first, uint32_t last) const {
    const auto& tok = at_.seg.tokens;
    return std::string_view(at_.doc->text).substr(tok[first].start, tok[last - 1].end - tok[first].start);
  }
  const morph::Analysis& A(uint32_t i) const { return *at_.analyses[i]; }
  uint32_t SentenceOf(uint32_t token) const {
    const auto& ss = at_.seg.sentences;
    auto it = std::upper_bound(ss.begin(), ss.end(), token,
                               [](uint32_t t, const text::Sentence& s) { return t < s.first_token; });
    return it == ss.begin() ? 0 : static_cast<uint32_t>(it - ss.begin() - 1);
  }

  // "BAMAKO, 19 octobre -", "BUNIA (Reuters) -": where the report was filed, not where its events
  // happened (the capital-as-default-location error).
  void MarkDateline() {
    if (at_.seg.sentences.empty()) return;
    uint32_t first = at_.seg.sentences[0].first_token;
    for (auto& t : tops_) {
      if (t.first != first || t.last >= at_.seg.tokens.size()) continue;
      std::string_view next = Text(t.last, t.last + 1);
      bool dash = next == "-"sv || next == "("sv || next == "\u2013"sv || next == "\u2014"sv;
      // "Bunia, March 7 -", or a name in capitals: a comma alone opens many a first sentence.
      bool dated = false;
      for (uint32_t k = t.last + 1; k < at_.seg.tokens.size() && k <= t.last + 3 && !dated; ++k)
        dated = A(k).month != 0;
      t.dateline = dash || (next == ","sv && (dated || std::none_of(t.text.begin(), t.text.end(), [](char c) {
                                              return c >= 'a' && c <= 'z';
                                            })));
    }
  }

  // "Ankara said", "Moscou a démenti": a name heading its clause as the subject of a reporting verb
  // is the government it stands for, not a place anything happened in ("the governor of X said",
  // "police in X said" name a place).
  void MarkSpeakers() {
    const auto& tok = at_.seg.tokens;
    for (auto& t : tops_) {
      if (t.first >= t.last || t.introduced || t.last >= tok.size()) continue;
      if (t.first > 0 && SentenceOf(t.first - 1) == t.sentence &&
          IsWord(A(t.first - 1), {"of", "from", "to", "the", "de", "d'", "du", "des", "le", "la", "l'", "les"}))
        continue;
      uint32_t k = t.last;
      while (k < tok.size() && k < t.last + 2 && (A(k).Has("AUX") || IsWord(A(k), {"also", "aussi", "then", "alors"})))
        ++k;
      // (A bare English form after a name is no finite verb: "New York state" is the state.)
      bool finite = k > t.last || std::any_of(A(k).readings.begin(), A(k).readings.end(), [](const morph::Reading& r) {
                      return r.upos == "VERB"sv && !r.features.empty() && r.features != "base"sv;
                    });
      t.speaker = k < tok.size() && SentenceOf(k) == t.sentence && c_.ReportsSpeech(at_, k) && finite;
    }
  }

  // The country or region a demonym names: "Syrian" -> Syria, "European" -> Europe.
  uint32_t DemonymOf(uint32_t first, uint32_t last) const {
    auto m = c_.LongestActor(at_, first, last);
    if (m.length != last - first || !c_.actor_names_[m.id].demonym) return kNoPlace;
    return c_.NationOf(c_.actor_names_[m.id].nation);
  }

  void AddGiven(size_t start, size_t end, std::vector<bool>* taken) {
    const auto& tok = at_.seg.tokens;
    // The tokens the span overlaps: from the first that ends after its start.
    auto from = std::partition_point(tok.begin(), tok.end(), [&](const text::Token& k) { return k.end <= start; });
    auto first = static_cast<uint32_t>(from - tok.begin()), last = first;
    while (last < tok.size() && tok[last].start < end) ++last;
    Toponym t;
    t.given = true;
    if (first >= last) {  // a span between tokens: kept so that the caller's order holds
      tops_.push_back(t);
      found_.push_back({});
      return;
    }
    t.first = first;
    t.last = last;
    t.sentence = SentenceOf(first);
    t.text = std::string(at_.doc->text.substr(start, end - start));
    for (uint32_t i = first; i < last; ++i) (*taken)[i] = true;
    Found f;
    // A span inside a token ("Turkish" of "Turkish-Russian") is matched by its text alone.
    std::string_view covered = Text(first, last);
    if (covered == t.text) {
      f.nation = DemonymOf(first, last);
    } else if (auto d = c_.demonym_names_.find(text::Fold(t.text)); d != c_.demonym_names_.end()) {
      f.nation = c_.NationOf(d->second);
    }
    t.demonym = f.nation != kNoPlace;
    auto phrase = Cues(&t);
    // The span may leave out the period its last token carries ("Ky" of "Ky.").
    if (!t.demonym)
      f.postings = covered == t.text ? LookupName(first, last) : LookupName(t.text, covered == t.text + ".");
    // A division the gazetteer names with its word ("Limpopo Province") and the text without.
    for (size_t w = 0; w < c_.division_words_.size() && f.postings.empty() && !t.demonym; ++w) {
      std::string named = t.text + " " + c_.division_words_[w];
      f.postings = Compatible(named, c_.Phrase(named));
    }
    if (!t.demonym) PreferFeature(phrase, t, &f.postings);
    tops_.push_back(std::move(t));
    found_.push_back(f);
  }

  bool CanStart(uint32_t i) const {
    const auto& tok = at_.seg.tokens[i];
    if (tok.kind != text::TokenKind::kWord) return false;
    std::string_view w = Text(i, i + 1);
    if (w.ends_with('\'') || w.ends_with("\u2019")) return false;  // L', D': the name starts after the elision
    auto c = static_cast<unsigned char>(w[0]);
    if (c >= 'A' && c <= 'Z') return true;
    if (c >= 0x80 && text::IsUpperInitial(w)) return true;
    size_t hyphen = w.find('-');  // al-Bab, el-Fasher, as-Suwayda
    return hyphen != std::string_view::npos && hyphen <= 3 && UpperAt(i);
  }

  // Whether token i has a capital letter anywhere (as-Suwayda, McAllen), computed once per token.
  bool UpperAt(uint32_t i) const {
    if (upper_.size() != at_.seg.tokens.size()) upper_.assign(at_.seg.tokens.size(), 0);
    if (!upper_[i]) upper_[i] = HasUpper(Text(i, i + 1)) ? 2 : 1;
    return upper_[i] == 2;
  }

  // The place word, locative or relative cue next to a name. Returns the tokens of the name with
  // its place word ("le fleuve Tigre" -> "fleuve Tigre", "Rafah crossing"), or the name's own.
  std::pair<uint32_t, uint32_t> Cues(Toponym* t) const {
    std::pair<uint32_t, uint32_t> phrase{t->first, t->last};
    const auto& sent = at_.seg.sentences[t->sentence];
    uint32_t begin = sent.first_token, end = sent.first_token + sent.token_count;
    uint32_t lead = t->first;  // where the words that introduce the name start
    for (uint32_t k = t->first; k-- > begin && k + 5 >= t->first;) {
      auto m = c_.place_words_.Longest(at_, k, t->first);
      if (!m.length) continue;
      bool adjacent = true;
      for (uint32_t j = k + m.length; j < t->first; ++j) adjacent &= IsConnector(A(j));
      // "the Shostka raion of Sumy oblast": a place word after another name is that name's.
      if (adjacent && k + m.length < t->first && k > begin && UpperAt(k - 1) && !IsConnector(A(k - 1))) break;
      if (adjacent) {
        t->cue = c_.place_word_features_[m.id];
        phrase.first = k;
        lead = k;
        while (lead > begin && IsConnector(A(lead - 1)) && lead + 8 > t->first) --lead;
        break;
      }
    }
    if (t->cue.empty() && t->last < end) {
      auto m = c_.place_words_.Longest(at_, t->last, end);
      if (m.length) {
        t->cue = c_.place_word_features_[m.id];
        phrase.second = t->last + m.length;
      } else if (auto d = c_.cues_.Longest(at_, t->last, end); d.length) {
        // "Borno state", "Tsafe local government area": words that make the name a division.
        const std::string& kind = c_.cue_kinds_[d.id];
        if (kind == "division"sv || kind == "district_after"sv) {
          t->cue = kind == "district_after"sv || IsWord(A(t->last), {"county", "district", "department"}) ? "district"
                                                                                                        : "region";
          phrase.second = t->last + d.length;
        }
      }
    }
    // "dans le nord du Burkina Faso", "in the north of the Central African Republic": the cue
    // comes before the name's article.
    uint32_t article = t->first > begin && IsWord(A(t->first - 1), {"l'", "le", "la", "les", "the"}) ? t->first - 1 : t->first;
    const uint32_t stops[] = {t->first, lead, article};
    for (const uint32_t* stop = stops; stop != std::end(stops); ++stop) {
      // A stop met before finds the same cue again (mostly all three are the name's first token).
      if (std::find(stops, stop, *stop) != stop) continue;
      for (uint32_t k = *stop; k-- > begin && k + 6 >= *stop;) {
        auto m = c_.cues_.Longest(at_, k, *stop);
        if (!m.length || k + m.length != *stop) continue;
        const std::string& kind = c_.cue_kinds_[m.id];
        if (kind == "relative"sv) t->relative = true;
        // (Past an article only a relative cue counts: "à l'Hôpital" introduces no place.)
        if ((kind == "locative"sv && (*stop != article || article == t->first)) || kind == "relative"sv) t->introduced = true;
        break;
      }
    }
    if (t->relative) Offset(t, begin);
    return phrase;
  }

  // "12 km north of X", "à une trentaine de kilomètres au sud-est de X", "20 miles west of X":
  // the distance and the compass bearing written before a relative cue.
  void Offset(Toponym* t, uint32_t begin) const {
    static constexpr std::pair<std::string_view, double> kBearings[] = {
        {"north", 0},        {"nord", 0},          {"northeast", 45},   {"nord-est", 45},  {"north-east", 45},
        {"east", 90},        {"est", 90},          {"southeast", 135},  {"sud-est", 135},  {"south-east", 135},
        {"south", 180},      {"sud", 180},         {"southwest", 225},  {"sud-ouest", 225}, {"south-west", 225},
        {"west", 270},       {"ouest", 270},       {"northwest", 315},  {"nord-ouest", 315}, {"north-west", 315}};
    double km = 0;
    std::optional<double> bearing;
    for (uint32_t k = t->first; k-- > begin && k + 10 >= t->first;) {
      const morph::Analysis& a = A(k);
      for (const auto& [word, degrees] : kBearings)
        if (!bearing && IsWord(a, {word})) bearing = degrees;
      bool unit_km = IsWord(a, {"km", "kilometres", "kilometers", "kilometre", "kilometer", "kms"});
      bool unit_miles = IsWord(a, {"miles", "mile"});
      if ((unit_km || unit_miles) && k > begin && km == 0) {
        // "12 km", "une trentaine de kilomètres", "a dozen kilometres"
        for (uint32_t n = k; n-- > begin && n + 3 >= k && km == 0;) {
          std::string_view w = Text(n, n + 1);
          double v = 0;
          if (at_.seg.tokens[n].kind == text::TokenKind::kNumber) std::from_chars(w.data(), w.data() + w.size(), v);
          if (!v) v = text::CardinalWord(A(n).folded);
          if (!v) v = text::ApproximateAmount(A(n).folded);
          km = v * (unit_miles ? 1.609 : 1.0);
        }
      }
    }
    if (km > 0 && km < 500 && bearing) t->offset_km = km, t->bearing = *bearing;
  }

  // The places tokens [first, last) may name. "Ky" followed by its period is the abbreviation "Ky."
  // when the gazetteer has it as one; otherwise the period ends the sentence ("à Kidal.").
  PostingList LookupName(uint32_t first, uint32_t last) const {
    bool period = last < at_.seg.tokens.size() && Text(last, last + 1) == "."sv && !at_.seg.tokens[last].space_before;
    std::string_view name = Text(first, last);
    return LookupName(name, period, last - first == 1 ? c_.Form(*at_.analyses[first], name).alone : c_.Phrase(name));
  }
  PostingList LookupName(std::string_view name, bool period_follows) const {
    return LookupName(name, period_follows, c_.Phrase(name));
  }
  PostingList LookupName(std::string_view name, bool period_follows, std::span<const Posting> raw) const {
    // Abbreviations are short: "Ky.", "Calif.", "Ont."
    if (period_follows && name.size() <= 5) {
      std::string with_period = std::string(name) + ".";
      auto dotted = Compatible(with_period, c_.Phrase(with_period));
      auto kept = dotted.get();
      if (std::any_of(kept.begin(), kept.end(), [](const Posting& p) { return p.abbreviation(); })) return dotted;
    }
    return Compatible(name, raw);
  }

  // The gazetteer may know a feature by its name with the place word (the Tigris as "fleuve
  // Tigre", "Rafah crossing", "champ pétrolier d'Al-Omar"), apart from the town it is named after:
  // then the name is that feature's.
  void PreferFeature(std::pair<uint32_t, uint32_t> phrase, const Toponym& t, PostingList* postings) const {
    if (phrase.first == t.first && phrase.second == t.last) return;
    std::string_view whole = Text(phrase.first, phrase.second);
    auto feature = Compatible(whole, c_.Phrase(whole));
    if (!feature.empty()) *postings = std::move(feature);
  }

  bool NotAlone(uint32_t i) const {
    auto m = c_.cues_.Longest(at_, i, i + 1);
    return m.length == 1 && c_.cue_kinds_[m.id] == "not_alone"sv;
  }

  // A word of the language (police, turkey, mobile) rather than a name only.
  bool CommonWord(uint32_t i) const {
    const morph::Analysis& a = A(i);
    if (std::strcmp(a.source, "guess") == 0 || a.readings.empty()) return false;
    for (const auto& r : a.readings)
      if (r.upos != "PROPN"sv) return true;
    return false;
  }

  void Recognise(uint32_t s, std::vector<bool>* taken) {
    const auto& sent = at_.seg.sentences[s];
    uint32_t begin = sent.first_token, end = sent.first_token + sent.token_count;
    for (uint32_t i = begin; i < end; ++i) {
      if ((*taken)[i] || !CanStart(i)) continue;
      uint32_t length = 0;
      PostingList postings;
      // Most capitalised words start no name of several words: their one-word lookup is all.
      bool longer = c_.Form(A(i), Text(i, i + 1)).starts_longer;
      for (uint32_t n = longer ? std::min<uint32_t>(kMaxNameTokens, end - i) : 1; n >= 1 && !length; --n) {
        uint32_t last = i + n - 1;
        if (!UpperAt(last)) continue;
        bool clean = true;
        for (uint32_t j = i; j <= last && clean; ++j)
          clean = !(*taken)[j] && at_.seg.tokens[j].kind != text::TokenKind::kPunct &&
                  (j == i || j == last || UpperAt(j) || IsConnector(A(j)));
        if (!clean) continue;
        postings = LookupName(i, last + 1);
        // A name that starts with a preposition or an article ("En Somalie" folding into
        // "Somalie") must be written as the gazetteer writes it (Le Caire, La Paz).
        if (n > 1 && !postings.empty() && FunctionWord(A(i)) && !HasExact(Text(i, last + 1), postings.get()))
          postings = {};
        if (!postings.empty()) length = n;
      }
      if (!length) continue;
      // The name of an actor that is not a place (Boko Haram, Ansar Dine, Katiba Macina); a capital
      // standing for its government is still a place.
      auto actor = c_.LongestActor(at_, i, end);
      if (actor.length >= length && c_.actor_names_[actor.id].not_place) {
        i += actor.length - 1;
        continue;
      }
      Toponym t;
      t.first = i;
      t.last = i + length;
      t.sentence = s;
      t.text = std::string(Text(i, i + length));
      auto phrase = Cues(&t);
      if (!Plausible(t, postings.get())) continue;
      PreferFeature(phrase, t, &postings);
      for (uint32_t j = t.first; j < t.last; ++j) (*taken)[j] = true;
      Found f;
      f.postings = std::move(postings);
      tops_.push_back(std::move(t));
      found_.push_back(f);
      i += length - 1;
    }
  }

  // An abbreviation in a gazetteer (Ill., US) matches only an abbreviation in the text, not the
  // word "Il"; an acronym in the text (OLA, GSIM, MSF) matches only such an abbreviation, never a
  // name it folds into (Ola). Longer words in capitals are datelines (BAMAKO, DAKAR).
  static PostingList Compatible(std::string_view text, std::span<const Posting> postings) {
    size_t letters = std::count_if(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    bool abbreviation = IsAbbreviation(text) && letters <= 4;
    // The most populous are weighed; the rest never are.
    auto head = postings.first(std::min(postings.size(), kMaxCandidates));
    if (!abbreviation && std::none_of(head.begin(), head.end(), [](const Posting& p) { return p.abbreviation(); }))
      return {head, {}, false};
    uint32_t exact = abbreviation ? ExactHash(text) : 0;
    PostingList out{{}, {}, true};
    for (const Posting& p : postings) {
      if (abbreviation ? p.abbreviation() && p.exact_hash() == exact : !p.abbreviation()) out.kept.push_back(p);
      if (out.kept.size() == kMaxCandidates) break;
    }
    return out;
  }

  static bool FunctionWord(const morph::Analysis& a) {
    return a.Has("PRON") || a.Has("DET") || a.Has("ADP") || a.Has("CCONJ") || a.Has("SCONJ") || a.Has("AUX");
  }
  static bool HasExact(std::string_view text, std::span<const Posting> postings) {
    uint32_t exact = ExactHash(text);
    return std::any_of(postings.begin(), postings.end(), [&](const Posting& p) { return p.exact_hash() == exact; });
  }

  // Guards against names that are words or parts of a person's name.
  bool Plausible(const Toponym& t, std::span<const Posting> postings) const {
    const auto& sent = at_.seg.sentences[t.sentence];
    uint32_t begin = sent.first_token, end = sent.first_token + sent.token_count;
    // Among the most populous candidates (postings come in that order): a country, a continent or
    // a first-level division (major), or else a capital or a town of some size (notable).
    // A word of the language is a place only by a place's own name: "Hospital" is one of the
    // alternate names of a Colombian town, not a town.
    bool major = false, notable = false, major_own = false, notable_own = false;
    for (const Posting& p : postings.first(std::min<size_t>(postings.size(), 5))) {
      if (p.place >= g_.size()) continue;
      const PlaceRecord& r = g_.place(p.place);
      bool is_major = IsCountryCategory(r.category) || HasFeatureCode(r, "ADM1");
      bool is_notable = is_major || r.population >= 20000 || HasFeatureCode(r, "PPLA") || HasFeatureCode(r, "PPLA2") ||
                        HasFeatureCode(r, "PPLC");
      major |= is_major, notable |= is_notable;
      major_own |= is_major && p.primary(), notable_own |= is_notable && p.primary();
    }
    if (t.last - t.first == 1) {
      const morph::Analysis& a = A(t.first);
      if (time::IsCalendarName(a)) return false;  // "in March", "en août"
      if (NotAlone(t.first)) return t.introduced;
      if (t.introduced) return true;
      bool initial = t.first == begin || at_.seg.tokens[t.first - 1].kind == text::TokenKind::kPunct;
      // A capitalised preposition, article or pronoun starts a sentence, wherever the segmenter
      // put its start ("Posted 2023-03-14 At least nine..."): never a place on its own. An acronym
      // in capitals (US) is not that word.
      bool acronym = IsAbbreviation(t.text);
      if (FunctionWord(a) && (initial || !acronym)) return false;
      // "Two men were killed": a number word names no place, whatever a division's alternate
      // names say ("Two" for Nepal's Province No. 2).
      if (a.Has("NUM") && !acronym) return false;
      // A word of the language: at the start of a sentence only a country or a division is taken,
      // or a notable place set off by a comma ("Kirkuk, Iraq's oil hub", "SUMY, May 12");
      // capitalised within one ("in Kirkuk", which WordNet also lists), a notable place.
      bool set_off = t.last < end && (Text(t.last, t.last + 1) == ","sv || Text(t.last, t.last + 1) == ":"sv);
      if (CommonWord(t.first) && !(initial ? major_own || (notable_own && set_off) : notable_own || !t.cue.empty()))
        return false;
    } else if (t.introduced) {
      return true;
    }
    // Part of a longer capitalised name: Edward Said, Jordan Peterson, Victoria Nuland, Chad Wolf.
    if (t.first > begin) {
      uint32_t p = t.first - 1;
      std::string_view prev = Text(p, p + 1);
      bool sentence_initial = p == begin;
      if (text::IsUpperInitial(prev) && !IsNameModifier(A(p)) && !sentence_initial && !major &&
          at_.seg.tokens[p].kind == text::TokenKind::kWord && !c_.place_words_.Longest(at_, p, t.first).length)
        return false;
    }
    if (t.last < end) {
      std::string_view next = Text(t.last, t.last + 1);
      if (text::IsUpperInitial(next) && at_.seg.tokens[t.last].kind == text::TokenKind::kWord &&
          !time::IsCalendarName(A(t.last)) && !c_.place_words_.Longest(at_, t.last, end).length &&
          c_.Form(A(t.last), next).alone.empty())
        return false;
    }
    return true;
  }

  // ---- resolution -----------------------------------------------------------------------------

  bool CueFits(const std::string& cue, Category c) const {
    if (cue == "city"sv || cue == "village"sv) return c == Category::kCity;
    if (cue == "district"sv) return c == Category::kDistrict || c == Category::kCity || c == Category::kRegion;
    if (cue == "region"sv) return c == Category::kRegion || c == Category::kTerrain || c == Category::kDistrict;
    if (cue == "country"sv) return c == Category::kCountry;
    if (cue == "crossing"sv) return c == Category::kCrossing || c == Category::kSite;
    if (cue == "site"sv) return c == Category::kSite || c == Category::kCrossing;
    if (cue == "water"sv) return c == Category::kWater;
    return true;
  }

  static double Prior(const PlaceRecord& r) {
    switch (static_cast<Category>(r.category)) {
      case Category::kCountry: return 4.5;
      case Category::kContinent: return 3.5;
      case Category::kRegion: return HasFeatureCode(r, "ADM1") ? 3.0 : 1.5;
      case Category::kCity:
        if (HasFeatureCode(r, "PPLC")) return 4.5;
        if (HasFeatureCode(r, "PPLA")) return 1.5;
        if (HasFeatureCode(r, "PPLA2")) return 0.8;
        if (HasFeatureCode(r, "PPLA3") || HasFeatureCode(r, "PPLA4")) return 0.3;
        return 0;
      case Category::kDistrict: return HasFeatureCode(r, "ADM2") ? 1.0 : 0;
      case Category::kWater: return 0.5;
      default: return 0;
    }
  }

  struct Context {
    std::array<double, 26 * 26> countries{};  // weight by CountryIndex
    double total = 0;
    std::unordered_set<uint32_t> admin1;      // divisions named
    Settlements settlements;                  // what the toponyms that name no country resolved to
  };

  // What a candidate is worth whatever the rest of the document says: its kind, size, spelling
  // and the place word next to the name. Computed once per toponym and candidate.
  double OwnScore(const Toponym& t, const Posting& p, uint32_t query_exact) const {
    const PlaceRecord& r = g_.place(p.place);
    double score = Prior(r) + 0.6 * std::log10(1.0 + r.population);
    // The place's own name counts more than one of its alternates, which in GeoNames include old,
    // foreign and neighbouring names ("Venice" among Dayton's).
    bool exact = p.exact_hash() == query_exact;
    score += p.primary() ? (exact ? 2.5 : 1.5) : (exact ? 0.8 : 0);
    // Countries are written as their lists spell them: one only sounding like the name ("Suomi"
    // for "Sumy") is another place.
    if (!exact && IsCountryCategory(r.category)) score -= 3.0;
    if (!t.cue.empty()) score += CueFits(t.cue, static_cast<Category>(r.category)) ? 3.0 : -4.0;
    // A division named after its seat ("Sumy" for Sumy Oblast, the district of Tessalit):
    // without "province", "district" and the like the news means the town.
    auto category = static_cast<Category>(r.category);
    if (t.cue.empty() && (category == Category::kDistrict || (category == Category::kRegion && !p.primary())))
      score -= 2.5;
    return score;
  }

  // What the document adds: its countries, its divisions, the name that contains this one.
  double ContextScore(size_t index, uint32_t place, const Context& ctx) const {
    const PlaceRecord& r = g_.place(place);
    double score = 0;
    int cc = CountryIndex(r.country);
    if (cc >= 0 && ctx.total > 0) {
      double own = own_country_[index] == cc ? own_weight_[index] : 0;
      double weight = ctx.countries[cc] - own;
      if (weight > 0.01) score += 2.0 + 4.0 * weight / std::max(1.0, ctx.total - own);
    }
    if (r.admin1 != kNoPlace && r.admin1 != place && ctx.admin1.count(r.admin1))
      score += 2.0;
    if (containers_[index] != kNoPlace) {
      uint32_t holder = tops_[containers_[index]].place;
      if (holder != kNoPlace && (holder == r.admin1 || (IsCountryCategory(g_.place(holder).category) &&
                                                        std::memcmp(g_.place(holder).country, r.country, 2) == 0)))
        score += 4.0;
    }
    return score;
  }

  // Places named together are near one another: a local paper's Edmonton is the one beside its
  // Enfield and Tottenham. At most kMaxNearness.
  static constexpr double kMaxNearness = 3.0;
  double Nearness(size_t index, uint32_t place, const Context& ctx) const {
    const PlaceRecord& r = g_.place(place);
    // A country is near the places named in it.
    if (IsCountryCategory(r.category)) return r.country[0] && ctx.settlements.OtherInCountry(r.country, index) ? 2.0 : 0;
    double nearest = ctx.settlements.NearestKm(r, index, place, 800, 50);
    return nearest < 50 ? kMaxNearness : nearest < 150 ? 2.0 : nearest < 400 ? 1.0 : nearest < 800 ? 0.3 : 0;
  }

  void Choose(size_t index, const Context& ctx) {
    Toponym& t = tops_[index];
    Found& f = found_[index];
    t.candidates.clear();
    if (f.nation != kNoPlace) {
      t.place = f.nation;
      t.score = 5;
      t.candidates.push_back({t.place, t.score, true});
      return;
    }
    if (f.own.empty()) ScoreOwn(index);
    // One candidate: context cannot change the choice, only whether it clears the threshold.
    if (f.own.size() == 1) {
      Candidate c = f.own[0];
      c.score += ContextScore(index, c.place, ctx);
      t.place = c.score >= kAbstainBelow ? c.place : kNoPlace;
      t.seat = kNoPlace;
      t.score = t.margin = c.score;
      t.candidates.assign(1, c);
      return;
    }
    std::vector<Candidate>& all = scratch_;  // reused: its capacity outlives the call
    all = f.own;
    double best = -1e9;
    for (auto& c : all) {
      c.score += ContextScore(index, c.place, ctx);
      best = std::max(best, c.score);
    }
    // Nearness can only lift a candidate by kMaxNearness: those further behind need no distances.
    for (auto& c : all)
      if (c.score + kMaxNearness >= best) c.score += Nearness(index, c.place, ctx);
    // A division and its capital share a name (Mopti, Idlib, Hodeïda): without a word for a
    // region, the text means the town, unless the division is so large that the town would
    // misplace it (Quebec).
    // So does a district and its seat (Tubas the governorate, Ţūbās the town, which GeoNames also
    // calls Tubas): the text named both, and a district needs its word.
    if (t.cue != "region"sv)
      for (auto& division : all) {
        const PlaceRecord& d = g_.place(division.place);
        bool first_level = HasFeatureCode(d, "ADM1");
        bool district = static_cast<Category>(d.category) == Category::kDistrict && t.cue != "district"sv;
        if (!first_level && !district) continue;
        for (auto& town : all) {
          const PlaceRecord& c = g_.place(town.place);
          if (static_cast<Category>(c.category) != Category::kCity || town.score >= division.score ||
              std::memcmp(c.country, d.country, 2) != 0)
            continue;
          double km = DistanceKm(c.lat, c.lon, d.lat, d.lon);
          if (district) {
            if (km < 60) town.score = division.score + 0.1;
            continue;
          }
          // In the division: its own record or another of the same name (GeoNames' and Who's On
          // First's tables may both list it).
          const std::string& key = NameKeyOf(division.place);
          bool in_division = c.admin1 == division.place || (g_.Admin1Of(c) && NameKeyOf(c.admin1) == key);
          // The town may carry the name as an alternate only ("New York" of New York City), when
          // it is a metropolis: smaller towns keep old names of their divisions (an emirate's).
          bool named_alike = NameKeyOf(town.place) == key || (c.population >= 1000000 && NameKey(t.text) == key);
          if (km < 300 && in_division && named_alike) town.score = division.score + 0.1;
        }
      }
    size_t kept = std::min<size_t>(3, all.size());
    std::partial_sort(all.begin(), all.begin() + static_cast<long>(kept), all.end(),
                      [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
    all.resize(kept);
    t.place = !all.empty() && all[0].score >= kAbstainBelow ? all[0].place : kNoPlace;
    // A hamlet outside the division the text puts it in is another place of that name.
    if (t.place != kNoPlace && containers_[index] != kNoPlace) {
      uint32_t holder = tops_[containers_[index]].place;
      const PlaceRecord& r = g_.place(t.place);
      if (holder != kNoPlace && HasFeatureCode(g_.place(holder), "ADM1") && r.admin1 != holder &&
          static_cast<Category>(r.category) == Category::kCity && r.population < 1000)
        t.place = kNoPlace;
    }
    t.seat = t.place == kNoPlace ? kNoPlace : SeatOf(t.place, f.own);
    t.score = all.empty() ? 0 : all[0].score;
    t.margin = all.size() > 1 ? all[0].score - all[1].score : t.score;
    t.candidates.assign(all.begin(), all.end());
  }

  // Once per toponym (and per name inside it that Approximate tries): one candidate per place, with
  // its best spelling's OwnScore. A name repeated with the same postings and place word takes its
  // first mention's (news repeats its names: a town besieged or a capital a dozen times an article).
  void ScoreOwn(size_t index) {
    const Toponym& t = tops_[index];
    Found& f = found_[index];
    if (!f.exact) {  // the name as written, not a name inside it
      auto [first, is_first] = first_mention_.try_emplace(t.text, index);
      const Found& earlier = found_[first->second];
      auto postings = f.postings.get(), earlier_postings = earlier.postings.get();
      if (!is_first && !earlier.own.empty() && earlier_postings.data() == postings.data() &&
          earlier_postings.size() == postings.size() && tops_[first->second].cue == t.cue) {
        f.exact = earlier.exact;
        f.own = earlier.own;
        return;
      }
      f.exact = ExactHash(t.text);
    }
    for (const Posting& p : f.postings.get()) {
      if (p.place >= g_.size()) continue;
      Candidate c{p.place, OwnScore(t, p, *f.exact), p.exact_hash() == *f.exact};
      auto same = std::find_if(f.own.begin(), f.own.end(), [&](const Candidate& o) { return o.place == p.place; });
      if (same == f.own.end()) f.own.push_back(c);
      else if (c.score > same->score) *same = c;
    }
  }

  // The town a district is named after, among the places its name may be: in its country and
  // within 150 km of its centre (a district of the Sahel spans 250): "le cercle de Douentza" is
  // placed at Douentza.
  uint32_t SeatOf(uint32_t place, const std::vector<Candidate>& readings) const {
    const PlaceRecord& d = g_.place(place);
    if (static_cast<Category>(d.category) != Category::kDistrict) return kNoPlace;
    for (const Candidate& c : readings) {
      const PlaceRecord& town = g_.place(c.place);
      if (static_cast<Category>(town.category) == Category::kCity && std::memcmp(town.country, d.country, 2) == 0 &&
          NameKeyOf(c.place) == NameKeyOf(place) && DistanceKm(town.lat, town.lon, d.lat, d.lon) < 150)
        return c.place;
    }
    return kNoPlace;
  }

  // The NameKey of a place's own name, computed when first asked for in the document: Choose asks
  // it of the same divisions and towns on each of its passes.
  const std::string& NameKeyOf(uint32_t place) const {
    auto [known, first_asked] = name_keys_.try_emplace(place);
    if (first_asked) known->second = NameKey(g_.Name(g_.place(place)));
    return known->second;
  }

  // Countries the document talks about: its country actors and demonyms, weighted by mention.
  void ActorCountries(Context* ctx) const {
    for (uint32_t nation : nations_)
      if (CountryIndex(g_.place(nation).country) >= 0) {
        ctx->countries[CountryIndex(g_.place(nation).country)] += 0.5;
        ctx->total += 0.5;
      }
  }

  void Resolve() {
    // "Aleppo, Syria", "Springfield, Illinois": the second name contains the first.
    // The name after the comma is the last toponym that starts at the token after it.
    containers_.assign(tops_.size(), kNoPlace);
    std::unordered_map<uint32_t, uint32_t> starting_at;  // by first token: the last toponym there
    for (size_t b = 0; b < tops_.size(); ++b) starting_at[tops_[b].first] = static_cast<uint32_t>(b);
    for (size_t a = 0; a < tops_.size(); ++a) {
      auto b = starting_at.find(tops_[a].last + 1);
      if (b != starting_at.end() && tops_[a].last < at_.seg.tokens.size() &&
          Text(tops_[a].last, tops_[a].last + 1) == ","sv && tops_[b->second].sentence == tops_[a].sentence)
        containers_[a] = b->second;
    }
    // "X in Y Local Government Area of Z State", "X, dans la région de Z": a division named a few
    // words after a place, past "in" or "of", holds it (a window of eight tokens: linear).
    for (size_t a = 0; a < tops_.size(); ++a)
      for (size_t b = a + 1; b < tops_.size() && containers_[a] == kNoPlace; ++b) {
        if (tops_[b].sentence != tops_[a].sentence || tops_[b].first > tops_[a].last + 8) break;
        // (Named as a division: "Zamfara State", "la région de Gao", "Idlib province".)
        std::string_view last_word = Text(tops_[b].last - 1, tops_[b].last);
        bool division = tops_[b].cue == "region"sv || tops_[b].cue == "district"sv || last_word == "State"sv ||
                        last_word == "Province"sv ||
                        last_word == "Region"sv || last_word == "Governorate"sv || last_word == "Oblast"sv ||
                        IsWord(A(tops_[b].first), {"etat", "region", "province", "gouvernorat", "oblast"});
        if (!division || tops_[b].first <= tops_[a].last) continue;
        bool joined = false;
        for (uint32_t k = tops_[a].last; k < tops_[b].first; ++k)
          joined |= IsWord(A(k), {"in", "of", "dans", "de", "du"});
        for (uint32_t k = tops_[a].last; k < tops_[b].first && joined; ++k)
          joined = !(A(k).Has("VERB") || A(k).Has("AUX")) || A(k).Has("NOUN");
        if (joined) containers_[a] = static_cast<uint32_t>(b);
      }
    for (uint32_t holder : containers_)
      if (holder != kNoPlace) tops_[holder].holds_another = true;
    Context ctx;
    ActorCountries(&ctx);
    own_country_.assign(tops_.size(), -1);
    own_weight_.assign(tops_.size(), 0);
    // First pass: the actors' countries and each name's own best reading.
    for (size_t i = 0; i < tops_.size(); ++i) Choose(i, ctx);
    for (int pass = 0; pass < 2; ++pass) {
      Context next;
      ActorCountries(&next);
      for (size_t i = 0; i < tops_.size(); ++i) {
        const Toponym& t = tops_[i];
        if (t.place == kNoPlace || t.relative) continue;
        const PlaceRecord& r = g_.place(t.place);
        int cc = CountryIndex(r.country);
        if (cc < 0) continue;
        // A sure reading weighs more than a doubtful one.
        double weight = t.margin > 2 ? 1.0 : 0.5;
        next.countries[cc] += weight;
        next.total += weight;
        own_country_[i] = cc;
        own_weight_[i] = weight;
        if (r.category == static_cast<uint8_t>(Category::kRegion) && HasFeatureCode(r, "ADM1"))
          next.admin1.insert(t.place);
        if (!IsCountryCategory(r.category)) next.settlements.Add(i, t.place, r);
      }
      // The last round revisits only the close calls: a clear winner stays one as context firms up.
      for (size_t i = 0; i < tops_.size(); ++i)
        if (pass == 0 || tops_[i].margin < kClearLead) Choose(i, next);
      if (pass == 1) {
        Cohere();
        Approximate(next);
      }
    }
  }

  // A document about one country's war does not jump continents: a settlement placed in a
  // country nothing else in the document points to (no actor, demonym or other place), while the
  // rest points elsewhere, is a name of something else ("Hassan's shop") or a village the
  // gazetteer lacks; it is left unresolved rather than put abroad. Not a country, nor a name
  // given with its country or state ("Rochester, New York"), nor a span the caller says is a
  // place (the geoparsing evaluations' gold spans).
  void Cohere() {
    // Each country's weight from the actors and every resolved name, and each place's own share,
    // so that a name's evidence without itself is a subtraction (linear in the names).
    Context all;
    ActorCountries(&all);
    std::unordered_map<uint32_t, double> own;  // by place
    for (size_t j = 0; j < tops_.size(); ++j)
      if (own_country_[j] >= 0 && tops_[j].place != kNoPlace) {
        all.countries[own_country_[j]] += own_weight_[j];
        own[tops_[j].place] += own_weight_[j];
      }
    // How many countries the document points to at least twice, kept as weights drop below.
    size_t pointed_twice = std::count_if(all.countries.begin(), all.countries.end(), [](double w) { return w >= 2; });
    for (size_t i = 0; i < tops_.size(); ++i) {
      Toponym& t = tops_[i];
      int cc = own_country_[i];
      if (t.place == kNoPlace || t.demonym || t.relative || (t.given && given_are_places_) || cc < 0 ||
          containers_[i] != kNoPlace || IsCountryCategory(g_.place(t.place).category))
        continue;
      // Elsewhere: another country the document points to at least twice (a town facing the
      // border named once, "Kobané face à Suruç", stays where the gazetteer puts it). The
      // other countries' weights do not include this place, which lies in its own.
      bool elsewhere = pointed_twice > (all.countries[cc] >= 2 ? 1u : 0u);
      if (all.countries[cc] - own[t.place] > 0 || !elsewhere) continue;
      // Left unresolved, it points nowhere for the names after it.
      if (all.countries[cc] >= 2 && all.countries[cc] - own_weight_[i] < 2) --pointed_twice;
      all.countries[cc] -= own_weight_[i];
      own[t.place] -= own_weight_[i];
      t.place = kNoPlace;
      t.abroad = true;
    }
  }

  static bool Broad(const PlaceRecord& r) {
    return IsCountryCategory(r.category) || HasFeatureCode(r, "ADM1");
  }
  bool NearOthers(size_t index, const PlaceRecord& r, const Context& ctx, double km) const {
    return ctx.settlements.NearestKm(r, index, kNoPlace, km, km) < km;
  }

  // A name of several words the gazetteer lacks is resolved to the place named inside it
  // ("Vancouver Art Gallery", "Southern Europe"), else to the document's main settlement.
  void Approximate(const Context& ctx) {
    // The main settlement: the city named most often in the country the document points to most
    // (a person's name that happens to be a hamlet abroad is no story's focus).
    int top_country = -1;
    for (int cc = 0; cc < 26 * 26; ++cc)
      if (ctx.countries[cc] > 0 && (top_country < 0 || ctx.countries[cc] > ctx.countries[top_country])) top_country = cc;
    const Toponym* focus = nullptr;
    std::map<uint32_t, int> counts;
    for (const auto& t : tops_)
      if (t.place != kNoPlace && !t.demonym && !t.approximate &&
          static_cast<Category>(g_.place(t.place).category) == Category::kCity &&
          (top_country < 0 || CountryIndex(g_.place(t.place).country) == top_country) &&
          ++counts[t.place] > (focus ? counts[focus->place] : 0))
        focus = &t;
    for (size_t i = 0; i < tops_.size(); ++i) {
      Toponym& t = tops_[i];
      if (t.place != kNoPlace || t.demonym || t.last - t.first < 2 || !found_[i].postings.empty()) continue;
      // The names inside: runs of words, longest first, then the first part of hyphenated words
      // ("Montreal" of "Montreal-Pierre Elliott Trudeau International Airport"). A run is no
      // longer than a name found in the text can be: a place phrase the coder gives may run on
      // for a whole sentence of capitalised words.
      std::vector<std::pair<std::string_view, bool>> inners;  // text, a common word alone
      for (uint32_t n = std::min<uint32_t>(t.last - t.first - 1, kMaxNameTokens); n >= 1; --n)
        for (uint32_t a = t.first; a + n <= t.last; ++a) inners.push_back({Text(a, a + n), n == 1 && CommonWord(a)});
      for (uint32_t a = t.first; a < t.last; ++a) {
        std::string_view word = Text(a, a + 1);
        size_t hyphen = word.find('-');
        if (hyphen != std::string_view::npos && hyphen > 2) inners.push_back({word.substr(0, hyphen), false});
      }
      for (const auto& [inner, common] : inners) {
        if (t.place != kNoPlace) break;
        {
          if (!text::IsUpperInitial(inner)) continue;
          found_[i].postings = Compatible(inner, c_.Phrase(inner));
          // A word of the language alone ("Hospital", "France" of "Stade de France") names nothing
          // inside, but a country after a compass word does, though the dictionary lists it
          // ("northern Burkina Faso").
          bool compass = t.last - t.first == 2 && IsNameModifier(A(t.first));
          auto country = [&](const Posting& p) {
            return p.place < g_.size() && p.primary() && IsCountryCategory(g_.place(p.place).category);
          };
          if (common && !(compass && std::any_of(found_[i].postings.get().begin(), found_[i].postings.get().end(), country))) {
            found_[i].postings = {};
            continue;
          }
          found_[i].exact = ExactHash(inner);
          found_[i].own.clear();
          if (found_[i].postings.empty()) continue;
          Choose(i, ctx);
          // A town inside a longer name (Metcalfe in "Metcalfe County") is kept only near the
          // document's other places: a county or a hospital is rarely named after a distant town.
          if (t.place != kNoPlace && !Broad(g_.place(t.place)) && !NearOthers(i, g_.place(t.place), ctx, 300))
            t.place = kNoPlace;
        }
      }
      if (t.place == kNoPlace && focus) {
        t.place = focus->place;
        t.score = 0;
        t.candidates = {{focus->place, 0, false}};
      }
      t.approximate = t.place != kNoPlace;
    }
  }

  const Geocoder& c_;
  GazetteerCache& g_;
  const morph::AnalyzedText& at_;
  bool given_are_places_;  // the given spans are surely places (gold spans)
  std::vector<Toponym> tops_;
  std::vector<Found> found_;
  std::vector<uint32_t> nations_;  // the country or region of each country actor and demonym
  mutable std::vector<uint8_t> upper_;  // per token: 0 not yet known, 1 no capital, 2 a capital
  std::vector<Candidate> scratch_;      // Choose's working list
  mutable std::unordered_map<uint32_t, std::string> name_keys_;  // NameKeyOf, by place
  std::unordered_map<std::string_view, size_t> first_mention_;   // by spelling: a toponym's index (ScoreOwn)
  std::vector<uint32_t> containers_;
  std::vector<int> own_country_;  // each toponym's own vote (CountryIndex), left out of its own context
  std::vector<double> own_weight_;
};

const Geocoder::FormInfo& Geocoder::Form(const morph::Analysis& a, std::string_view form) const {
  if (a.id >= forms_.size()) forms_.resize(a.id + 1);
  auto& info = forms_[a.id];
  if (!info) {
    std::string key = NameKey(form);
    info = FormInfo{g_.LookupKey(key), g_.StartsLongerName(key)};
  }
  return *info;
}

std::span<const Posting> Geocoder::Phrase(std::string_view text) const {
  // An open-addressing table of text hashes: a node-based map costs a cache miss or two per probe.
  uint64_t hash = KeyHash(text);
  if (phrase_slots_.empty()) phrase_slots_.resize(1u << 14);
  size_t mask = phrase_slots_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    PhraseSlot& slot = phrase_slots_[i];
    if (slot.hash == hash) return {slot.data, slot.size};
    if (slot.hash != 0) continue;
    if ((phrase_count_ + 1) * 2 > phrase_slots_.size()) {  // grow, or start again past the bound
      std::vector<PhraseSlot> old = std::move(phrase_slots_);
      phrase_slots_.assign(old.size() < kMaxPhraseSlots ? old.size() * 2 : old.size(), PhraseSlot{});
      phrase_count_ = 0;
      if (old.size() < kMaxPhraseSlots)
        for (const auto& o : old)
          if (o.hash) {
            size_t j = o.hash & (phrase_slots_.size() - 1);
            while (phrase_slots_[j].hash) j = (j + 1) & (phrase_slots_.size() - 1);
            phrase_slots_[j] = o;
            ++phrase_count_;
          }
      return Phrase(text);
    }
    auto postings = g_.Lookup(text);
    slot = {hash, postings.data(), static_cast<uint32_t>(postings.size())};
    ++phrase_count_;
    return postings;
  }
}

std::vector<uint32_t> Geocoder::NationsNamed(const morph::AnalyzedText& at) const {
  std::vector<uint32_t> out;
  for (const auto& sent : at.seg.sentences) {
    uint32_t end = sent.first_token + sent.token_count;
    for (uint32_t i = sent.first_token; i < end; ++i) {
      auto m = LongestActor(at, i, end);
      if (!m.length) continue;
      if (uint32_t nation = NationOf(actor_names_[m.id].nation); nation != kNoPlace) out.push_back(nation);
      i += m.length - 1;
    }
  }
  return out;
}

Geocoding Geocoder::Geocode(const morph::AnalyzedText& at, const std::vector<std::pair<size_t, size_t>>& given,
                            bool given_are_places) const {
  if (g_.Trim()) {
    forms_.clear();
    phrase_slots_ = {};
    phrase_count_ = 0;
  }
  return Run(*this, at, given_are_places).Go(given);
}

namespace {

// Toponyms of one kind (a spelling, a paragraph), to find the last of them in the geocoding's
// order among those of the sentences before a given one: sorted by sentence, with the running
// greatest index, so that an event costs a bisection rather than a pass over the document's names.
class LastBefore {
 public:
  void Add(uint32_t sentence, size_t toponym) { entries_.push_back({sentence, toponym}); }
  // Call once all are added.
  void Index() {
    std::sort(entries_.begin(), entries_.end());
    for (size_t i = 1; i < entries_.size(); ++i)
      entries_[i].second = std::max(entries_[i].second, entries_[i - 1].second);
  }
  std::optional<size_t> Before(uint32_t sentence) const {
    auto after = std::lower_bound(entries_.begin(), entries_.end(), std::pair<uint32_t, size_t>{sentence, 0});
    if (after == entries_.begin()) return std::nullopt;
    return (after - 1)->second;
  }

 private:
  std::vector<std::pair<uint32_t, size_t>> entries_;  // (sentence, greatest toponym index up to it)
};

// The name in a place phrase as the coder wrote it, without the words that ran on after it
// ("Sumy overnight", "Gao dimanche") and the article before it, capitalised or not ("The
// village" has no name).
std::string_view NamePart(std::string_view place_text) {
  while (!place_text.empty()) {
    size_t space = place_text.rfind(' ');
    if (space == std::string_view::npos || HasUpper(place_text.substr(space + 1))) break;
    place_text = place_text.substr(0, space);
  }
  for (std::string_view article : {"The"sv, "the"sv, "A"sv, "a"sv, "An"sv, "an"sv, "Le"sv, "le"sv, "La"sv, "la"sv,
                                   "Les"sv, "les"sv, "Un"sv, "un"sv, "Une"sv, "une"sv})
    if (place_text == article) return {};
    else if (place_text.starts_with(article) && place_text.size() > article.size() && place_text[article.size()] == ' ')
      return place_text.substr(article.size() + 1);
  return place_text;
}

// "a village", "another district", "une localité": a place phrase that introduces a place
// without naming it.
bool IntroducesUnnamed(std::string_view place_text) {
  if (place_text.empty() || HasUpper(NamePart(place_text))) return false;
  for (std::string_view article :
       {"a "sv, "an "sv, "another "sv, "one "sv, "un "sv, "une "sv, "A "sv, "An "sv, "Another "sv, "Un "sv, "Une "sv})
    if (place_text.starts_with(article)) return true;
  return false;
}

}  // namespace

std::vector<std::pair<size_t, size_t>> Geocoder::EventPlaces(const std::vector<Event>& events) {
  std::vector<std::pair<size_t, size_t>> spans;
  std::set<std::pair<size_t, size_t>> seen;
  for (const Event& e : events) {
    std::string_view name = NamePart(e.place_text);
    if (!HasUpper(name)) continue;  // "la ville" is resolved by the coder
    size_t at = e.evidence.text.find(name);
    if (at == std::string::npos) continue;  // an antecedent in an earlier sentence
    std::pair<size_t, size_t> span{e.evidence.start + at, e.evidence.start + at + name.size()};
    if (seen.insert(span).second) spans.push_back(span);
  }
  return spans;
}

void Geocoder::Locate(const morph::AnalyzedText& at, const Geocoding& geocoding, std::vector<Event>* events,
                      std::vector<std::vector<std::string>>* trace, std::vector<bool>* unambiguous) const {
  if (unambiguous) unambiguous->assign(events->size(), false);
  const std::vector<Toponym>& tops = geocoding.toponyms;
  // "au sud du Tigre", "north of the Orontes": a side of a river spans hundreds of
  // kilometres, no place to put an event.
  auto usable = [&](const Toponym& t) {
    return t.place != kNoPlace && !t.demonym && !t.dateline && !t.speaker &&
           !(t.relative && static_cast<Category>(g_.place(t.place).category) == Category::kWater);
  };
  auto is_country = [&](const Toponym& t) { return IsCountryCategory(g_.place(t.place).category); };
  auto paragraph = [&](uint32_t s) { return at.seg.sentences[s].paragraph; };
  if (trace)
    for (const auto& t : tops)
      if (!t.given || t.first < t.last) (*trace)[t.sentence].push_back(Describe(t));
  // The document's focus: its most named settlement or division, else its most named country.
  const Toponym* focus = nullptr;
  {
    std::map<uint32_t, std::pair<int, const Toponym*>> counts;
    for (const auto& t : tops)
      if (usable(t)) {
        auto& c = counts[t.place];
        if (!c.second) c.second = &t;
        c.first += is_country(t) ? 1 : 3;
      }
    int best = 0;
    for (const auto& [place, c] : counts)
      if (c.first > best || (c.first == best && focus && c.second->first < focus->first)) {
        best = c.first;
        focus = c.second;
      }
  }
  std::vector<uint32_t> exact;  // each toponym's spelling, to find an event's place argument
  exact.reserve(tops.size());
  for (const auto& t : tops) exact.push_back(ExactHash(t.text));
  // The usable toponyms of each sentence, in order; and, to look further back, those of each
  // spelling and those of each paragraph that name no country: an event looks at the names of its
  // own sentence, never at all the document's.
  std::vector<std::vector<size_t>> usable_in(at.seg.sentences.size());
  std::unordered_map<uint32_t, LastBefore> by_spelling, by_paragraph;
  for (size_t k = 0; k < tops.size(); ++k) {
    if (!usable(tops[k])) continue;
    usable_in[tops[k].sentence].push_back(k);
    by_spelling[exact[k]].Add(tops[k].sentence, k);
    if (!is_country(tops[k])) by_paragraph[paragraph(tops[k].sentence)].Add(tops[k].sentence, k);
  }
  for (auto* index : {&by_spelling, &by_paragraph})
    for (auto& [key, last] : *index) last.Index();
  // Failing any place name, the country the document's actors belong to (l'armée malienne).
  Toponym nation;
  {
    std::map<uint32_t, int> counts;
    int best = 0;
    for (uint32_t n : geocoding.nations)
      if (++counts[n] > best && IsCountryCategory(g_.place(n).category)) {
        best = counts[n];
        nation.place = n;
        nation.text = std::string(g_.Name(g_.place(n)));
      }
  }
  std::vector<bool> telling(at.seg.sentences.size(), false);  // the sentences that code an event
  for (const Event& e : *events)
    if (e.evidence.sentence >= 0 && static_cast<size_t>(e.evidence.sentence) < telling.size()) telling[e.evidence.sentence] = true;
  for (size_t k_event = 0; k_event < events->size(); ++k_event) {
    Event& e = (*events)[k_event];
    auto s = static_cast<uint32_t>(e.evidence.sentence);
    const Toponym* chosen = nullptr;
    std::string level, precision;
    if (!e.place_text.empty()) {
      uint32_t wanted = ExactHash(NamePart(e.place_text));
      // (A name the gazetteer lacks, taken for the document's main settlement, says less than the
      // places its own sentence names: "attacked Unity School in Zamfara State".)
      auto guessed = [&](size_t k) { return tops[k].approximate && tops[k].score == 0; };
      for (size_t k : usable_in[s])
        if (exact[k] == wanted && !guessed(k)) chosen = &tops[k];
      if (auto spelled = by_spelling.find(wanted); !chosen && spelled != by_spelling.end())
        if (auto k = spelled->second.Before(s); k && !guessed(*k)) chosen = &tops[*k];
      if (chosen) level = "its place argument";
    }
    // A name the event's own actors are written with ("President Tollan") is no place of it.
    auto is_actor = [&](const Toponym& t) {
      return t.sentence == s &&
             ((e.source && !e.source->text.empty() && e.source->text.find(t.text) != std::string::npos) ||
              (e.target && !e.target->text.empty() && e.target->text.find(t.text) != std::string::npos));
    };
    size_t at_trigger = e.evidence.text.find(e.trigger);
    size_t trigger = e.trigger_start != std::string::npos ? e.trigger_start
                     : at_trigger == std::string::npos    ? e.evidence.start
                                                          : e.evidence.start + at_trigger;
    // "A spokesman told journalists in Pemba that the rebels had seized...": a place of the clause
    // that reports the event, before its "that", is where it was told, not where it happened.
    // (Only a place after the reporting verb: "Dans la région du Kordofan, une source a dit que
    // l'armée avait frappé" sets the scene of both.)
    auto where_told = [&](const Toponym& t) {
      if (t.sentence != s || t.first >= t.last) return false;
      bool told = false;
      for (uint32_t k = t.first; k-- > 0 && k + 8 >= t.first && !told;)
        told = ReportsSpeech(at, k);
      if (!told) return false;
      for (uint32_t k = t.last; k < at.seg.tokens.size() && at.seg.tokens[k].start < trigger; ++k)
        if (IsWord(*at.analyses[k], {"that", "que", "qu'"})) return true;
      return false;
    };
    // A place the text puts another resolved place of the sentence in is not where it happened.
    auto holds_resolved = [&](const Toponym& t) {
      if (!t.holds_another) return false;
      for (size_t k : usable_in[s])
        if (&tops[k] != &t && tops[k].first < t.first && tops[k].last + 8 >= t.first && !is_country(tops[k])) return true;
      return false;
    };
    if (!chosen) {
      // The place nearest its predicate, after it rather than before ("Officials in the province
      // said three farmers died in the town of X": X).
      auto distance = [&](const Toponym& t) {
        if (t.first >= t.last) return std::numeric_limits<size_t>::max();  // a span with no token
        size_t start = at.seg.tokens[t.first].start, end = at.seg.tokens[t.last - 1].end;
        return start >= trigger ? start - trigger : 2 * (trigger - std::min(end, trigger)) + 1;
      };
      for (int want_country = 0; want_country < 2 && !chosen; ++want_country)
        for (size_t k : usable_in[s])
          if (const Toponym& t = tops[k]; is_country(t) == (want_country == 1) && !is_actor(t) && !where_told(t) &&
                                          !(t.approximate && t.score == 0) && !holds_resolved(t) &&
                                          (!chosen || distance(t) < distance(*chosen)))
            chosen = &t;
      if (chosen) level = "its sentence";
    }
    // "Rebels captured a village in the east on Saturday. The defence ministry said they had taken
    // X": a place the event's sentence only introduces, unnamed, the next sentence names, within
    // what this one said (the country, or the part of it).
    if ((!chosen || is_country(*chosen) || chosen->relative || chosen->approximate) && IntroducesUnnamed(e.place_text) &&
        s + 1 < usable_in.size())
      for (size_t k : usable_in[s + 1])
        if (const Toponym& t = tops[k];
            !is_country(t) && !t.relative && !where_told(t) && !(t.approximate && t.score == 0) &&
            (!chosen || std::memcmp(g_.place(chosen->place).country, g_.place(t.place).country, 2) == 0)) {
          chosen = &t;
          level = "the next sentence, which names it";
          break;
        }
    if (!chosen) {
      // The paragraph's last place that is no country, its actors' names in this sentence and
      // where it was told aside.
      std::optional<size_t> last;
      if (auto in_paragraph = by_paragraph.find(paragraph(s)); in_paragraph != by_paragraph.end())
        last = in_paragraph->second.Before(s);
      for (size_t k : usable_in[s])
        if (!is_country(tops[k]) && !is_actor(tops[k]) && !where_told(tops[k]) && (!last || k > *last)) last = k;
      // Else the incident the next sentence of the paragraph names, when it tells no event of its
      // own ("Gunmen attacked a convoy on Monday. The convoy was travelling to X.").
      if (!last && s + 1 < usable_in.size() && paragraph(s + 1) == paragraph(s) && !telling[s + 1])
        for (size_t k : usable_in[s + 1])
          if (!last && !is_country(tops[k])) last = k;
      if (last) {
        chosen = &tops[*last];
        level = "its paragraph";
      }
    }
    if (!chosen && focus && !is_actor(*focus)) {
      chosen = focus;
      level = "the document";
    }
    if (!chosen && nation.place != kNoPlace) {
      chosen = &nation;
      level = "the country its actors belong to";
    }
    if (!chosen) {
      if (trace) (*trace)[s].push_back(e.id + ": no location (no place resolved in the document)");
      continue;
    }
    // Beyond the sentence the place is a neighbourhood, not a spot.
    if (level != "its place argument"sv && level != "its sentence"sv && level != "the next sentence, which names it"sv)
      precision = is_country(*chosen) ? "country" : "region";
    e.location = ToPlace(*chosen, precision);
    // The paragraph's place is near the event; the document's, a larger region.
    if (level == "its paragraph"sv) e.location->geo_precision = std::max(e.location->geo_precision, 2);
    if (level == "the document"sv || level == "the country its actors belong to"sv) e.location->geo_precision = 3;
    // A clear lead over the best candidate in another country, or none: the place's country can
    // be trusted (a town and its district of one name leave no doubt about the country).
    if (unambiguous) {
      double rival = -1e9;
      for (const Candidate& c : chosen->candidates)
        if (c.place != chosen->place && std::memcmp(g_.place(c.place).country, g_.place(chosen->place).country, 2) != 0)
          rival = std::max(rival, c.score);
      (*unambiguous)[k_event] = chosen->score - rival >= kClearMargin;
    }
    if (trace)
      (*trace)[s].push_back(e.id + ": location " + e.location->name + " (" + e.location->precision + ") from " + level);
  }
}

bool Geocoder::ReportsSpeech(const morph::AnalyzedText& at, uint32_t token) const {
  return at.analyses[token]->Has("VERB") && reporting_verbs_.Longest(at, token, token + 1).length == 1;
}

Place Geocoder::ToPlace(const Toponym& t, const std::string& precision) const {
  Place p;
  p.text = t.text;
  if (t.place == kNoPlace) return p;
  const PlaceRecord& r = g_.place(t.place);
  p.name = std::string(g_.Name(r));
  p.geonameid = r.geonameid >= kLocalIdBase ? 0 : r.geonameid;
  p.country = std::string(r.country, r.country[0] ? 2 : 0);
  if (const PlaceRecord* a1 = g_.Admin1Of(r)) p.admin1 = std::string(g_.Name(*a1));
  else if (HasFeatureCode(r, "ADM1")) p.admin1 = p.name;
  const PlaceRecord& point = t.seat != kNoPlace ? g_.place(t.seat) : r;
  p.lat = point.lat;
  p.lon = point.lon;
  if (t.offset_km > 0) {  // on a flat earth: at these distances the error is under a kilometre
    constexpr double kDegree = M_PI / 180, kKmPerDegree = 111.32;
    p.lat += t.offset_km * std::cos(t.bearing * kDegree) / kKmPerDegree;
    p.lon += t.offset_km * std::sin(t.bearing * kDegree) / (kKmPerDegree * std::cos(point.lat * kDegree));
  }
  bool around = t.relative || (t.approximate && t.score == 0);
  p.precision = !precision.empty() ? precision : around ? "region" : PrecisionOf(static_cast<Category>(r.category));
  // "northern Burkina Faso": a part of the country the name is inside.
  if (t.approximate && p.precision == "country"sv) p.precision = "region";
  bool spot = static_cast<Category>(r.category) == Category::kCity || static_cast<Category>(r.category) == Category::kSite ||
              static_cast<Category>(r.category) == Category::kCrossing;
  p.geo_precision = !spot || (t.approximate && t.score == 0) ? 3 : around || p.precision == "district"sv ? 2 : 1;
  if (t.seat != kNoPlace) p.geo_precision = 2;
  return p;
}

std::string Geocoder::Describe(const Toponym& t) const {
  std::string out = "place '" + t.text + "'";
  if (!t.cue.empty()) out += " [" + t.cue + "]";
  if (t.relative) out += " [relative]";
  if (t.demonym) out += " [demonym]";
  if (t.dateline) out += " [dateline: never an event's place]";
  if (t.speaker) out += " [a speaker: never an event's place]";
  if (t.approximate) out += t.score == 0 ? " [not in the gazetteer: the document's main settlement]" : " [not in the gazetteer: the place named in it]";
  if (t.place == kNoPlace && t.abroad)
    return out + ": abstained (its readings are in a country nothing else in the document points to)";
  if (t.place == kNoPlace) return out + (t.candidates.empty() ? ": not in the gazetteer" : ": abstained (score too low)");
  char buf[64];
  for (size_t i = 0; i < t.candidates.size(); ++i) {
    const PlaceRecord& r = g_.place(t.candidates[i].place);
    std::snprintf(buf, sizeof buf, " (%u, %.2s, %.*s, %.4f,%.4f) %.1f", r.geonameid, r.country,
                  static_cast<int>(strnlen(r.feature_code, 8)), r.feature_code, r.lat, r.lon, t.candidates[i].score);
    out += (i == 0 ? " -> " : i == 1 ? "; then " : ", ") + std::string(g_.Name(r)) + buf;
  }
  return out;
}

}  // namespace sitrep::geo
