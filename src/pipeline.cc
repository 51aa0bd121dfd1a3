#include "sitrep/pipeline.h"

#include <unistd.h>

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <limits>
#include <map>
#include <mutex>
#include <set>
#include <sstream>
#include <type_traits>
#include <utility>

#include <nlohmann/json.hpp>

#include "coder/coder.h"
#include "coder/taxonomy.h"
#include "peer/pattern_coder.h"
#include "peer/dictionary.h"
#include "peer/lexicon_tables.h"
#include "geo/gazetteer.h"
#include "geo/geocoder.h"
#include "lexicon/acled.h"
#include "lexicon/lexicon.h"
#include "morph/analyzed_text.h"
#include "morph/compiled.h"
#include "morph/morphology.h"
#include "stage_clock.h"
#include "text/fold.h"
#include "text/langid.h"
#include "text/utf8.h"
#include "text/segmenter.h"

#ifndef SITREP_VERSION
#define SITREP_VERSION "0.0.0"
#endif

namespace sitrep {

namespace fs = std::filesystem;

const char* Version() { return SITREP_VERSION; }

namespace {

struct LanguageStages {
  std::unique_ptr<text::Segmenter> segmenter;
  std::unique_ptr<morph::Analyzer> analyzer;
  std::unique_ptr<coder::Coder> coder;
  std::unique_ptr<geo::Geocoder> geocoder;
};

class PipelineImpl : public Pipeline {
 public:
  PipelineImpl(PipelineOptions options, std::shared_ptr<const lexicon::Lexicon> lexicon,
               std::shared_ptr<const geo::Gazetteer> gazetteer, std::shared_ptr<const peer::PatternCoder> dictionaries,
               std::shared_ptr<const morph::CompiledMorphology> morphology)
      : options_(std::move(options)),
        shared_lexicon_(std::move(lexicon)),
        lexicon_(*shared_lexicon_),
        gazetteer_(std::move(gazetteer)),
        dictionaries_(std::move(dictionaries)),
        morphology_(std::move(morphology)) {
    for (const char* lang : {"fr", "en"}) {
      auto& set = std::string_view(lang) == "fr" ? function_words_.fr : function_words_.en;
      for (const char* kind : {"words", "clitics"})
        for (const auto* table : lexicon_.Find(kind, lang))
          for (const auto& row : table->rows) set.insert(text::Fold(row[0]));
    }
    for (const char* lang : {"*", "fr", "en"})
      for (const auto* table : lexicon_.Find("agents", lang))
        for (const auto& row : table->rows) roles_.insert(row[1]);
    // Words both languages write alike prove nothing.
    for (auto it = function_words_.fr.begin(); it != function_words_.fr.end();) {
      if (function_words_.en.erase(*it)) it = function_words_.fr.erase(it);
      else ++it;
    }
  }

  Result<std::unique_ptr<Pipeline>> Fork() const override {
    return std::unique_ptr<Pipeline>(
        new PipelineImpl(options_, shared_lexicon_, gazetteer_, dictionaries_, morphology_));
  }

  Result<std::vector<Event>> Code(Document& doc) override {
    auto coding = Analyse(doc);
    if (!coding.ok()) return coding.status();
    return std::move(coding->events);
  }

  Result<Coding> Analyse(Document& doc) override {
    auto analyzed = Analyze(doc);
    if (!analyzed.ok()) return analyzed.status();
    const LanguageStages& stages = stages_[doc.lang];
    Coding coding = Timed(Stage::kCoderRest, [&] { return stages.coder->Code(*analyzed, nullptr); });
    Timed(Stage::kGeocoder, [&] { Locate(stages, *analyzed, &coding, nullptr); });
    CapCaches(doc.lang);
    return coding;
  }

  Result<std::string> Explain(Document& doc) override {
    auto analyzed = Analyze(doc);
    if (!analyzed.ok()) return analyzed.status();
    const morph::AnalyzedText& at = *analyzed;
    std::vector<std::vector<std::string>> trace;
    const LanguageStages& stages = stages_[doc.lang];
    Coding coding = stages.coder->Code(at, &trace);
    Locate(stages, at, &coding, &trace);
    std::ostringstream out;
    out << "document " << doc.id << " (" << doc.origin << ")\n";
    out << "  language " << doc.lang << " (" << language_note_ << ")\n";
    out << "  date " << (doc.date.known() ? doc.date.Iso() : "unknown") << " (" << PrecisionName(doc.date.precision)
        << " precision, from " << (doc.date_origin.empty() ? "nowhere" : doc.date_origin) << ")\n";
    if (!doc.title.empty()) out << "  title " << doc.title << "\n";
    out << "  " << at.seg.sentences.size() << " sentences, " << at.seg.tokens.size() << " tokens\n";
    for (size_t s = 0; s < at.seg.sentences.size(); ++s) {
      const auto& sent = at.seg.sentences[s];
      out << "\n[" << s << "] paragraph " << sent.paragraph << ", bytes " << sent.start << "-" << sent.end << ": "
          << at.SentenceText(s) << "\n";
      for (uint32_t i = sent.first_token; i < sent.first_token + sent.token_count; ++i) {
        const morph::Analysis& a = *at.analyses[i];
        std::string form(at.TokenText(i));
        out << "    " << form;
        for (size_t pad = Width(form); pad < 18; ++pad) out << ' ';
        bool first = true;
        for (const auto& r : a.readings) {
          out << (first ? "" : " | ") << r.lemma << " " << r.upos;
          if (!r.features.empty()) out << " (" << r.features << ")";
          first = false;
        }
        out << "   [" << a.source << "]\n";
      }
      for (const auto& line : trace[s]) out << "  " << line << "\n";
    }
    out << "\n" << coding.events.size() << " events, " << coding.control.size() << " statements of control\n";
    CapCaches(doc.lang);  // the account above read the analyses
    return out.str();
  }

  std::string LexiconVersion() const override { return lexicon_.Version(); }
  std::string GazetteerVersion() const override { return gazetteer_ ? gazetteer_->Version() : "none"; }

 private:
  // The places of the document, resolved together, then each event's location. A statement of
  // control is placed as an event whose place argument is the place it names, and only there: it
  // names its place, so a place found elsewhere in the document would be a guess.
  void Locate(const LanguageStages& stages, const morph::AnalyzedText& at, Coding* coding,
              std::vector<std::vector<std::string>>* trace) const {
    if (!stages.geocoder) return;  // --no-geocode
    std::vector<Event>& events = coding->events;
    size_t coded = events.size();
    for (const ControlStatement& st : coding->control) {
      Event e;
      e.id = st.id;
      e.source = st.controller;
      e.place_text = st.place_text;
      e.evidence = st.evidence;
      events.push_back(std::move(e));
    }
    auto places = stages.geocoder->Geocode(at, geo::Geocoder::EventPlaces(events));
    std::vector<bool> unambiguous;
    stages.geocoder->Locate(at, places, &events, trace, &unambiguous);
    for (size_t i = 0; i < coding->control.size(); ++i) {
      const std::optional<Place>& where = events[coded + i].location;
      if (where && text::Fold(where->text) == text::Fold(coding->control[i].place_text))
        coding->control[i].location = where;
    }
    events.resize(coded);
    for (size_t i = 0; i < coded; ++i) {
      if (unambiguous[i]) GiveCountry(events[i], coding->countries_named);
      // Whose territory was taken is read from the place only where the gazetteer had no doubt:
      // a village it lacks, read as a namesake abroad, does not make an army's recapture foreign.
      if (unambiguous[i]) coder::ClassifyTerritoryByPlace(&events[i], coding->countries_named);
      coder::ClassifyInteraction(&events[i]);
    }
    // An event changes who holds its place only where the gazetteer placed the place it names:
    // "took the airport", placed in the nearest town, says nothing of that town.
    for (Event& e : events)
      if (!e.control.empty() && (!e.location || text::Fold(e.location->text) != text::Fold(e.place_text)))
        e.control.clear();
  }

  // "Les jihadistes ont attaqué Djibo" in a text that names no country: the agents act where the
  // event happened (BFAREB), when the coder could give them no country or group of their own and
  // the gazetteer had no doubt where that is.
  // So do unarmed people whose country the coder took from the document as a whole ("civilians"
  // in a report on Ukraine that names Russia most): where they were hit says better, if the
  // document names that country too. (An army named without its country is rather the document's.)
  void GiveCountry(Event& e, const std::vector<std::string>& countries_named) const {
    if (!e.location || e.location->country.size() != 2) return;
    std::string iso3 = coder::Iso3Of(e.location->country);
    if (iso3.empty()) return;
    for (std::optional<Actor>* actor : {&e.source, &e.target}) {
      if (!*actor) continue;
      Actor& a = **actor;
      std::string role = a.code;
      bool named = std::find(countries_named.begin(), countries_named.end(), iso3) != countries_named.end();
      if (a.country_from_context && named && a.code.size() == 6 && unarmed_roles_.count(a.code.substr(3)))
        role = a.code.substr(3);
      else if (!roles_.count(a.code)) continue;
      a.code = iso3 + role;
      a.name = iso3 + " " + role;
    }
  }

  static size_t Width(const std::string& s) {
    size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
  }

  Status Identify(Document& doc) {
    if (!doc.lang.empty()) {
      language_note_ = "given";
    } else {
      StageScope identifying(Stage::kLanguageId);
      std::string_view body = std::string_view(doc.text).substr(doc.body_start);
      text::LanguageGuess guess = text::IdentifyLanguage(body);
      language_note_ = "CLD2: " + (guess.code.empty() ? std::string("unknown") : guess.name) + " " +
                       std::to_string(guess.percent) + "%" + (guess.reliable ? ", reliable" : ", unreliable");
      doc.lang = guess.code;
      if (!guess.reliable) {
        // Too little text for CLD2: French and English function words settle it, or nothing does.
        doc.lang = text::VoteByFunctionWords(body, function_words_);
        language_note_ += doc.lang.empty() ? "" : "; function words say " + doc.lang;
      }
      if (doc.lang.empty())
        return Status::Unsupported(doc.origin + ": language could not be identified (" + language_note_ +
                                   "); give it with --lang fr|en");
    }
    if (doc.lang != "fr" && doc.lang != "en")
      return Status::Unsupported(doc.origin + ": language '" + doc.lang +
                                 "' is not coded (sitrep codes French and English); skipped");
    return Status::Ok();
  }

  Result<LanguageStages*> StagesFor(const std::string& lang) {
    auto it = stages_.find(lang);
    if (it != stages_.end()) return &it->second;
    StageScope setting_up(Stage::kStageSetup);
    LanguageStages stages;
    auto segmenter = text::Segmenter::Create(lexicon_, lang);
    if (!segmenter.ok()) return segmenter.status();
    morph::Resources resources{options_.hunspell_dir, options_.wordnet_dir, morphology_};
    auto analyzer = morph::Analyzer::Create(lexicon_, lang, resources);
    if (!analyzer.ok()) return analyzer.status();
    // The CAMEO dictionaries are English: PETRARCH's and TABARI's words.
    auto coder = coder::Coder::Create(lexicon_, lang, **segmenter, **analyzer, lang == "en" ? dictionaries_ : nullptr);
    if (!coder.ok()) return coder.status();
    std::unique_ptr<geo::Geocoder> geocoder;
    if (gazetteer_) {
      auto created = geo::Geocoder::Create(*gazetteer_, lexicon_, lang, **segmenter, **analyzer);
      if (!created.ok()) return created.status();
      geocoder = std::move(created.value());
    }
    stages.segmenter = std::move(segmenter.value());
    stages.analyzer = std::move(analyzer.value());
    stages.coder = std::move(coder.value());
    stages.geocoder = std::move(geocoder);
    return &stages_.emplace(lang, std::move(stages)).first->second;
  }

  // Once a document is coded (nothing then points into the caches), drops the language's stages
  // if their caches have grown past the cap: the next document builds them again.
  void CapCaches(const std::string& lang) {
    auto it = stages_.find(lang);
    if (it != stages_.end() && it->second.analyzer->cache_size() > options_.max_cached_forms) stages_.erase(it);
  }

  Result<morph::AnalyzedText> Analyze(Document& doc) {
    if (Status s = Identify(doc); !s.ok()) return s;
    auto stages = StagesFor(doc.lang);
    if (!stages.ok()) return stages.status();
    return morph::AnalyzeText(doc, *(*stages)->segmenter, *(*stages)->analyzer, doc.body_start);
  }

  PipelineOptions options_;
  std::shared_ptr<const lexicon::Lexicon> shared_lexicon_;  // with the pipelines forked from this one
  const lexicon::Lexicon& lexicon_;
  std::shared_ptr<const geo::Gazetteer> gazetteer_;
  std::shared_ptr<const peer::PatternCoder> dictionaries_;
  std::shared_ptr<const morph::CompiledMorphology> morphology_;
  std::map<std::string, LanguageStages> stages_;
  // Roles of people who bear no arms: civilians, refugees, the press, aid and health workers.
  const std::set<std::string> unarmed_roles_ = {"CVL", "REF", "MED", "HLH", "EDU", "BUS", "LAB", "REL", "AGR", "NGO", "HRI"};
  std::set<std::string> roles_;  // agent role codes (MIL, REB...): an actor coded with one alone has no country
  text::FunctionWords function_words_;
  std::string language_note_;
};

}  // namespace

namespace {

// The pattern coder for the dictionaries imported into `lexicon` and those of `dir`, or null when
// there are none. It is read-only once built, and the Phoenix set takes a third of a second and
// some 160 MB, so the pipelines of one process (a server's workers) share it while any is open.
Result<std::shared_ptr<const peer::PatternCoder>> SharedPatternCoder(const lexicon::Lexicon& lexicon,
                                                                      const std::string& dir) {
  static std::mutex mutex;
  static std::map<std::pair<uint64_t, std::string>, std::weak_ptr<const peer::PatternCoder>> built;
  std::lock_guard<std::mutex> lock(mutex);
  auto key = std::make_pair(lexicon.content_hash, dir);
  if (auto shared = built[key].lock()) return shared;
  auto dictionaries = peer::FromLexicon(lexicon, "en");
  if (!dictionaries.ok()) return dictionaries.status();
  if (!dir.empty())
    if (Status read = peer::ReadPeerDictionaryDir(dir, &*dictionaries); !read.ok()) return read;
  if (dictionaries->verbs.empty()) return std::shared_ptr<const peer::PatternCoder>();
  auto coder = std::make_shared<const peer::PatternCoder>(*dictionaries, peer::PatternCoderOptions{});
  built[key] = coder;
  return std::shared_ptr<const peer::PatternCoder>(coder);
}

}  // namespace

Result<std::unique_ptr<Pipeline>> Pipeline::Open(const PipelineOptions& options) {
  auto lex = lexicon::LoadBinary(lexicon::FindBinary(options.lexicon_path));
  if (!lex.ok()) return lex.status();
  std::shared_ptr<const geo::Gazetteer> gazetteer;
  if (options.geocode) {
    auto opened = geo::Gazetteer::Open(geo::FindGazetteer(options.gazetteer_path));
    if (!opened.ok())
      return Status::NotFound(opened.status().message() + " (build it with `sitrep gazetteer compile`, see docs/GEO.md)");
    gazetteer = std::move(opened.value());
  }
  auto pattern_coder = SharedPatternCoder(*lex, options.cameo_dictionaries);
  if (!pattern_coder.ok()) return pattern_coder.status();
  auto morphology = morph::FindCompiledMorphology(options.morphology_path);
  if (!morphology.ok()) return morphology.status();
  return std::unique_ptr<Pipeline>(
      new PipelineImpl(options, std::make_shared<const lexicon::Lexicon>(std::move(lex.value())), std::move(gazetteer),
                       std::move(pattern_coder.value()), std::move(morphology.value())));
}

namespace {

// What JSON strings escape (RFC 8259): quotes, backslashes and control characters.
bool NeedsEscape(unsigned char c) { return c < 0x20 || c == '"' || c == '\\'; }

// Whether one of the eight bytes of `eight` needs an escape; a false alarm only costs a closer look.
bool AnyNeedsEscape(uint64_t eight) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHighBits = 0x8080808080808080ull;
  // The high bit of a byte of (v - kOnes) & ~v is set where v has a zero byte, or earlier a borrow.
  auto has_zero_byte = [](uint64_t v) { return ((v - kOnes) & ~v & kHighBits) != 0; };
  bool has_control = ((eight - kOnes * 0x20) & ~eight & kHighBits) != 0;  // a byte below 0x20
  return has_control || has_zero_byte(eight ^ (kOnes * '"')) || has_zero_byte(eight ^ (kOnes * '\\'));
}

// JSON string escaping. Bytes that are not UTF-8 (never in a checked document, but a caller may
// build an Event by hand) become U+FFFD.
void AppendJsonString(std::string_view text, std::string* out) {
  size_t bad = 0;
  if (!text::IsValidUtf8(text, &bad)) {
    std::string repaired(text.substr(0, bad));
    repaired += "\uFFFD";
    std::string_view rest = text.substr(bad + 1);
    while (!rest.empty()) {
      size_t next = 0;
      if (text::IsValidUtf8(rest, &next)) {
        repaired += rest;
        break;
      }
      repaired += rest.substr(0, next);
      repaired += "\uFFFD";
      rest = rest.substr(next + 1);
    }
    return AppendJsonString(repaired, out);
  }
  out->push_back('"');
  // Runs of characters that need no escape are copied whole (the evidence is most of a line), and
  // found eight bytes at a time: escapes are rare.
  size_t run = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (uint64_t eight; i + 8 <= text.size()) {
      std::memcpy(&eight, text.data() + i, 8);
      if (!AnyNeedsEscape(eight)) {
        i += 7;
        continue;
      }
    }
    auto c = static_cast<unsigned char>(text[i]);
    if (!NeedsEscape(c)) continue;
    out->append(text.substr(run, i - run));
    run = i + 1;
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      default: {  // other control characters
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", c);
        out->append(buf);
      }
    }
  }
  out->append(text.substr(run));
  out->push_back('"');
}

// With std::to_chars rather than printf: the same digits ("as if by printf" in the C locale, the
// standard says) without parsing a format for every number.
void AppendFixed(double v, int decimals, std::string* out) {
  char buf[400];  // room for any double in fixed notation with a few decimals
  out->append(buf, std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, decimals).ptr);
}

// Writes `"key":` then the value, with the comma that separates it from the previous one.
class JsonObject {
 public:
  explicit JsonObject(std::string* out) : out_(out) { out_->push_back('{'); }
  ~JsonObject() { out_->push_back('}'); }
  // Keys are this file's own ASCII names: written as they are, with no escaping to check.
  std::string* Key(std::string_view key) {
    out_->append(first_ ? std::string_view("\"") : std::string_view(",\"")).append(key).append(std::string_view("\":"));
    first_ = false;
    return out_;
  }
  void String(std::string_view key, std::string_view value) { AppendJsonString(value, Key(key)); }
  void Null(std::string_view key) { Key(key)->append("null"); }
  void Fixed(std::string_view key, double value, int decimals) { AppendFixed(value, decimals, Key(key)); }
  template <typename Int>
  void Integer(std::string_view key, Int value) {
    char buf[24];
    Key(key)->append(buf, std::to_chars(buf, buf + sizeof buf, value).ptr);
  }

 private:
  std::string* out_;
  bool first_ = true;
};

void AppendActor(JsonObject& parent, std::string_view key, const std::optional<Actor>& actor) {
  if (!actor) return parent.Null(key);
  JsonObject o(parent.Key(key));
  o.String("text", actor->text);
  o.String("code", actor->code);
  o.String("name", actor->name);
}

}  // namespace

std::string EventToJson(const Event& e) {
  std::string out;
  out.reserve(512 + e.evidence.text.size());
  {
    JsonObject j(&out);
    j.String("doc", e.doc);
    j.String("id", e.id);
    j.String("cameo", e.cameo);
    j.String("plover", e.plover);
    if (e.acled_type) {
      JsonObject acled(j.Key("acled"));
      acled.String("type", *e.acled_type);
      acled.String("sub_type", e.acled_sub_type ? *e.acled_sub_type : "");
      acled.String("disorder_type", lexicon::AcledDisorderTypeOf(e.acled_sub_type ? *e.acled_sub_type : ""));
      acled.Integer("inter1", e.inter1);
      acled.Integer("inter2", e.inter2);
      acled.Integer("interaction", e.interaction);
      acled.Key("civilian_targeting")->append(e.civilian_targeting ? "true" : "false");
    } else {
      j.Null("acled");
    }
    j.String("status", EventStatusName(e.status));
    AppendActor(j, "source", e.source);
    AppendActor(j, "target", e.target);
    if (e.location) {
      const Place& p = *e.location;
      JsonObject loc(j.Key("location"));
      loc.String("text", p.text);
      loc.String("name", p.name);
      loc.Integer("geonameid", p.geonameid);
      loc.String("country", p.country);
      loc.String("admin1", p.admin1);
      loc.Fixed("lat", p.lat, 5);
      loc.Fixed("lon", p.lon, 5);
      loc.String("precision", p.precision);
      loc.Integer("geo_precision", p.geo_precision);
    } else {
      j.Null("location");
    }
    {
      JsonObject date(j.Key("date"));
      date.String("start", e.date.start);
      date.String("end", e.date.end);
      date.String("precision", e.date.precision);
      date.String("text", e.date.text);
    }
    {
      JsonObject evidence(j.Key("evidence"));
      evidence.Integer("sentence", e.evidence.sentence);
      evidence.Integer("start", e.evidence.start);
      evidence.Integer("end", e.evidence.end);
      evidence.String("text", e.evidence.text);
    }
    j.String("trigger", e.trigger);
    if (!e.place_text.empty()) j.String("place_text", e.place_text);
    if (!e.control.empty()) j.String("control", e.control);
    if (e.fatalities) j.Integer("fatalities", *e.fatalities);
    else j.Null("fatalities");
    if (e.injured) j.Integer("injured", *e.injured);
    if (e.abducted) j.Integer("abducted", *e.abducted);
    if (!e.casualties_text.empty()) j.String("casualties_text", e.casualties_text);
    j.Fixed("confidence", e.confidence, 2);
  }
  return out;
}

namespace {

// Whether a number truncates to a value of T. The lowest T is exact as a double, and the one
// past the highest is a power of two, so the comparisons are exact too (NaN fails them).
template <typename T>
bool TruncatesInto(double v) {
  constexpr double kLowest = static_cast<double>(std::numeric_limits<T>::min());
  constexpr double kPastHighest = 2.0 * static_cast<double>(std::numeric_limits<T>::max() / 2 + 1);
  double whole = std::trunc(v);
  return whole >= kLowest && whole < kPastHighest;
}

// The number at `key` of `o` as a T (a fraction truncated), or 0 when there is none. One that T
// cannot hold (a line another program wrote, or a damaged one, may hold 1e300 where an offset
// belongs) is an error naming the field, not a conversion out of range.
template <typename T>
Result<T> NumberAt(const nlohmann::json& o, const char* key) {
  auto it = o.find(key);
  if (it == o.end() || !it->is_number()) return T{};
  if constexpr (std::is_floating_point_v<T>) {
    if (std::isfinite(it->get<double>())) return it->get<double>();
  } else if (it->is_number_unsigned()) {
    if (std::in_range<T>(it->get<uint64_t>())) return static_cast<T>(it->get<uint64_t>());
  } else if (it->is_number_integer()) {
    if (std::in_range<T>(it->get<int64_t>())) return static_cast<T>(it->get<int64_t>());
  } else if (TruncatesInto<T>(it->get<double>())) {
    return static_cast<T>(it->get<double>());
  }
  return Status::InvalidArgument(std::string("field '") + key + "' is out of range: " + it->dump());
}

}  // namespace

Result<Event> EventFromJson(std::string_view line) {
  auto j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) return Status::InvalidArgument("not a JSON object");
  auto text = [](const nlohmann::json& o, const char* key) {
    auto it = o.find(key);
    return it != o.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  // Each number read into its field, the first out of range kept to report.
  Status range = Status::Ok();
  auto number = [&]<typename T>(const nlohmann::json& o, const char* key, T* out) {
    auto read = NumberAt<T>(o, key);
    if (read.ok()) *out = *read;
    else if (range.ok()) range = read.status();
  };
  auto actor = [&](const char* key) -> std::optional<Actor> {
    auto it = j.find(key);
    if (it == j.end() || !it->is_object()) return std::nullopt;
    return Actor{text(*it, "text"), text(*it, "code"), text(*it, "name")};
  };
  Event e;
  e.doc = text(j, "doc");
  e.id = text(j, "id");
  e.cameo = text(j, "cameo");
  e.plover = text(j, "plover");
  if (auto it = j.find("acled"); it != j.end() && it->is_object()) {
    e.acled_type = text(*it, "type");
    e.acled_sub_type = text(*it, "sub_type");
    number(*it, "inter1", &e.inter1);
    number(*it, "inter2", &e.inter2);
    number(*it, "interaction", &e.interaction);
    auto targeting = it->find("civilian_targeting");
    e.civilian_targeting = targeting != it->end() && targeting->is_boolean() && targeting->get<bool>();
  }
  std::string status = text(j, "status");
  bool known_status = false;
  for (auto s : {EventStatus::kOccurred, EventStatus::kAttempted, EventStatus::kFailed, EventStatus::kPlanned,
                 EventStatus::kClaimed, EventStatus::kFeared, EventStatus::kNegated})
    if (status == EventStatusName(s)) e.status = s, known_status = true;
  if (!known_status) return Status::InvalidArgument("unknown status '" + status + "'");
  e.source = actor("source");
  e.target = actor("target");
  if (auto it = j.find("location"); it != j.end() && it->is_object()) {
    Place p;
    p.text = text(*it, "text");
    p.name = text(*it, "name");
    number(*it, "geonameid", &p.geonameid);
    p.country = text(*it, "country");
    p.admin1 = text(*it, "admin1");
    number(*it, "lat", &p.lat);
    number(*it, "lon", &p.lon);
    p.precision = text(*it, "precision");
    // Events stored before geo_precision was written: derived from the precision as then.
    int geo = 0;
    number(*it, "geo_precision", &geo);
    p.geo_precision = geo >= 1 && geo <= 3 ? geo
                      : p.precision == "site" || p.precision == "city" ? 1
                      : p.precision == "district"                       ? 2
                                                                        : 3;
    e.location = p;
  }
  if (auto it = j.find("date"); it != j.end() && it->is_object())
    e.date = {text(*it, "start"), text(*it, "end"), text(*it, "precision"), text(*it, "text")};
  if (auto it = j.find("evidence"); it != j.end() && it->is_object()) {
    number(*it, "sentence", &e.evidence.sentence);
    number(*it, "start", &e.evidence.start);
    number(*it, "end", &e.evidence.end);
    e.evidence.text = text(*it, "text");
  }
  e.trigger = text(j, "trigger");
  e.place_text = text(j, "place_text");
  e.control = text(j, "control");
  auto count = [&](const char* key) -> std::optional<int> {
    auto it = j.find(key);
    if (it == j.end() || !it->is_number_integer()) return std::nullopt;
    int value = 0;
    number(j, key, &value);
    return value;
  };
  e.fatalities = count("fatalities");
  e.injured = count("injured");
  e.abducted = count("abducted");
  e.casualties_text = text(j, "casualties_text");
  number(j, "confidence", &e.confidence);
  if (!range.ok()) return range;
  return e;
}

}  // namespace sitrep
