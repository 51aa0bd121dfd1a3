#include "sitrep/pipeline.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "coder/coder.h"
#include "lexicon/lexicon.h"
#include "morph/analyzed_text.h"
#include "morph/morphology.h"
#include "text/fold.h"
#include "text/langid.h"
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
};

class PipelineImpl : public Pipeline {
 public:
  PipelineImpl(PipelineOptions options, lexicon::Lexicon lexicon)
      : options_(std::move(options)), lexicon_(std::move(lexicon)) {
    for (const char* lang : {"fr", "en"}) {
      auto& set = std::string_view(lang) == "fr" ? function_words_.fr : function_words_.en;
      for (const char* kind : {"words", "clitics"})
        for (const auto* table : lexicon_.Find(kind, lang))
          for (const auto& row : table->rows) set.insert(text::Fold(row[0]));
    }
    // Words both languages write alike prove nothing.
    for (auto it = function_words_.fr.begin(); it != function_words_.fr.end();) {
      if (function_words_.en.erase(*it)) it = function_words_.fr.erase(it);
      else ++it;
    }
  }

  Result<std::vector<Event>> Code(Document& doc) override {
    auto analyzed = Analyze(doc);
    if (!analyzed.ok()) return analyzed.status();
    return stages_[doc.lang].coder->Code(*analyzed, nullptr);
  }

  Result<std::string> Explain(Document& doc) override {
    auto analyzed = Analyze(doc);
    if (!analyzed.ok()) return analyzed.status();
    const morph::AnalyzedText& at = *analyzed;
    std::vector<std::vector<std::string>> trace;
    std::vector<Event> events = stages_[doc.lang].coder->Code(at, &trace);
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
    out << "\n" << events.size() << " events\n";
    return out.str();
  }

  std::string LexiconVersion() const override { return lexicon_.Version(); }

 private:
  static size_t Width(const std::string& s) {
    size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
  }

  Status Identify(Document& doc) {
    if (!doc.lang.empty()) {
      language_note_ = "given";
    } else {
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
    LanguageStages stages;
    auto segmenter = text::Segmenter::Create(lexicon_, lang);
    if (!segmenter.ok()) return segmenter.status();
    morph::Resources resources{options_.hunspell_dir, options_.wordnet_dir};
    auto analyzer = morph::Analyzer::Create(lexicon_, lang, resources);
    if (!analyzer.ok()) return analyzer.status();
    auto coder = coder::Coder::Create(lexicon_, lang, **segmenter, **analyzer);
    if (!coder.ok()) return coder.status();
    stages.segmenter = std::move(segmenter.value());
    stages.analyzer = std::move(analyzer.value());
    stages.coder = std::move(coder.value());
    return &stages_.emplace(lang, std::move(stages)).first->second;
  }

  Result<morph::AnalyzedText> Analyze(Document& doc) {
    if (Status s = Identify(doc); !s.ok()) return s;
    auto stages = StagesFor(doc.lang);
    if (!stages.ok()) return stages.status();
    morph::AnalyzedText at;
    at.doc = &doc;
    at.seg = (*stages)->segmenter->Segment(doc.text, doc.body_start);
    at.analyses.reserve(at.seg.tokens.size());
    for (size_t i = 0; i < at.seg.tokens.size(); ++i)
      at.analyses.push_back(&(*stages)->analyzer->Analyze(at.TokenText(i), at.seg.tokens[i].kind));
    return at;
  }

  PipelineOptions options_;
  lexicon::Lexicon lexicon_;
  std::map<std::string, LanguageStages> stages_;
  text::FunctionWords function_words_;
  std::string language_note_;
};

}  // namespace

Result<std::unique_ptr<Pipeline>> Pipeline::Open(const PipelineOptions& options) {
  auto lex = lexicon::LoadBinary(lexicon::FindBinary(options.lexicon_path));
  if (!lex.ok()) return lex.status();
  return std::unique_ptr<Pipeline>(new PipelineImpl(options, std::move(lex.value())));
}

std::string EventToJson(const Event& e) {
  using nlohmann::ordered_json;
  auto actor = [](const std::optional<Actor>& a) -> ordered_json {
    if (!a) return nullptr;
    return ordered_json{{"text", a->text}, {"code", a->code}, {"name", a->name}};
  };
  ordered_json j;
  j["doc"] = e.doc;
  j["id"] = e.id;
  j["cameo"] = e.cameo;
  j["plover"] = e.plover;
  if (e.acled_type)
    j["acled"] = ordered_json{{"type", *e.acled_type}, {"sub_type", e.acled_sub_type ? *e.acled_sub_type : ""}};
  else
    j["acled"] = nullptr;
  j["status"] = EventStatusName(e.status);
  j["source"] = actor(e.source);
  j["target"] = actor(e.target);
  if (e.location) {
    const Place& p = *e.location;
    j["location"] = ordered_json{{"text", p.text},       {"name", p.name},   {"geonameid", p.geonameid},
                                 {"country", p.country}, {"admin1", p.admin1}, {"lat", p.lat},
                                 {"lon", p.lon},         {"precision", p.precision}};
  } else {
    j["location"] = nullptr;
  }
  j["date"] = ordered_json{{"start", e.date.start}, {"end", e.date.end}, {"precision", e.date.precision},
                           {"text", e.date.text}};
  j["evidence"] = ordered_json{{"sentence", e.evidence.sentence},
                               {"start", e.evidence.start},
                               {"end", e.evidence.end},
                               {"text", e.evidence.text}};
  j["trigger"] = e.trigger;
  if (!e.place_text.empty()) j["place_text"] = e.place_text;
  j["confidence"] = e.confidence;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace sitrep
