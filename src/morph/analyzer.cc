#include <algorithm>
#include <iterator>
#include <sstream>

#include "morph/compiled.h"
#include "morph/morphology.h"

#include "text/calendar_names.h"
#include "text/fold.h"
#include "text/string_hash.h"

namespace sitrep::morph {

bool Analysis::HasLemma(std::string_view lemma, std::string_view upos) const {
  return std::any_of(readings.begin(), readings.end(),
                     [&](const Reading& r) { return r.lemma == lemma && (upos.empty() || r.upos == upos); });
}

bool Analysis::HasKey(std::string_view key) const {
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

Result<std::unique_ptr<Backend>> OpenBackend(const std::string& lang, const Resources& resources) {
  if (lang == "fr") return OpenFrenchBackend(resources);
  if (lang == "en") return OpenEnglishBackend(resources);
  return Status::Unsupported("no morphology for " + lang);
}

Result<std::unique_ptr<Analyzer>> Analyzer::Create(const lexicon::Lexicon& lexicon, const std::string& lang,
                                                   const Resources& resources) {
  std::unique_ptr<Analyzer> analyzer(new Analyzer());
  analyzer->lang_ = lang;
  auto backend = OpenBackend(lang, resources);
  if (!backend.ok()) return backend.status();
  analyzer->backend_ = std::move(backend.value());
  if (resources.compiled) {
    size_t section = resources.compiled->Find(lang, analyzer->backend_->name(), analyzer->backend_->Fingerprint());
    if (section != CompiledMorphology::kNoSection) {
      analyzer->compiled_ = resources.compiled;
      analyzer->compiled_section_ = section;
    }
  }
  // Clitics are words of their own once the tokenizer has split them off.
  for (const char* kind : {"words", "clitics"}) {
    bool clitic = std::string_view(kind) == "clitics";
    for (const auto* table : lexicon.Find(kind, lang)) {
      for (const auto& row : table->rows) {
        auto& readings = analyzer->words_[text::Lower(row[0])];
        std::istringstream tags(row[clitic ? 3 : 2]);
        // "VERB:base past": a part of speech and its features.
        for (std::string tag; std::getline(tags, tag, ',');) {
          size_t colon = tag.find(':');
          readings.push_back({row[clitic ? 2 : 1], tag.substr(0, colon),
                              colon == std::string::npos ? "" : tag.substr(colon + 1)});
        }
      }
    }
  }
  return analyzer;
}

const Analysis& Analyzer::Analyze(std::string_view form, text::TokenKind kind) {
  uint64_t hash = text::SlotHash(form);
  if (!table_.empty()) {
    size_t mask = table_.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      const auto& [h, id] = table_[i];
      if (id == 0) break;
      if (h == hash && forms_[id - 1] == form) return At(id - 1);
    }
  }
  const auto id = static_cast<uint32_t>(forms_.size());
  if (id % kBlockSize == 0) blocks_.push_back(std::make_unique<Analysis[]>(kBlockSize));
  Analysis* analysis = &At(id);
  *analysis = Compute(form, kind);
  analysis->id = id;
  for (const auto& r : analysis->readings) {
    analysis->pos_mask |= UposBit(r.upos);
    uint32_t features = 0;
    for (size_t start = 0; start < r.features.size();) {
      size_t end = std::min(r.features.find(' ', start), r.features.size());
      features |= FeatureBit(std::string_view(r.features).substr(start, end - start));
      start = end + 1;
    }
    analysis->feature_mask[0] |= features;
    if (r.upos == "VERB") analysis->feature_mask[1] |= features;
    if (r.upos == "NOUN") analysis->feature_mask[2] |= features;
  }
  analysis->keys.push_back(analysis->folded);
  analysis->month = static_cast<int8_t>(text::MonthFromName(analysis->folded));
  analysis->singular_weekday = !analysis->folded.empty() && analysis->folded.back() != 's' &&
                               text::WeekdayFromName(analysis->folded) >= 0;
  for (const auto& r : analysis->readings) {
    std::string key = text::Fold(r.lemma);
    if (!analysis->HasKey(key)) analysis->keys.push_back(std::move(key));
  }
  forms_.emplace_back(form);
  // At most half full: probes stay short.
  if (forms_.size() * 2 > table_.size()) {
    std::vector<std::pair<uint64_t, uint32_t>> grown(std::max<size_t>(1024, table_.size() * 2), {0, 0});
    size_t mask = grown.size() - 1;
    for (uint32_t seen = 0; seen < forms_.size(); ++seen) {
      uint64_t h = seen == id ? hash : text::SlotHash(forms_[seen]);
      size_t i = h & mask;
      while (grown[i].second != 0) i = (i + 1) & mask;
      grown[i] = {h, seen + 1};
    }
    table_ = std::move(grown);
  } else {
    size_t mask = table_.size() - 1, i = hash & mask;
    while (table_[i].second != 0) i = (i + 1) & mask;
    table_[i] = {hash, static_cast<uint32_t>(forms_.size())};
  }
  return *analysis;
}

void Analyzer::AskBackend(const std::string& query, std::vector<Reading>* out) const {
  if (compiled_ && compiled_->Lookup(compiled_section_, query, out)) return;
  backend_->Analyze(query, out);
}

Analysis Analyzer::Compute(std::string_view form, text::TokenKind kind) const {
  Analysis a;
  a.folded = text::Fold(form);
  if (kind == text::TokenKind::kNumber) {
    std::string digits;
    for (char c : form)
      if ((c >= '0' && c <= '9') || c == '.' || c == ',') digits.push_back(c);
    a.readings.push_back({digits, "NUM", ""});
    a.source = "guess";
    return a;
  }
  if (kind != text::TokenKind::kWord) {
    a.readings.push_back({std::string(form), kind == text::TokenKind::kPunct ? "PUNCT" : "SYM", ""});
    a.source = "guess";
    return a;
  }
  std::string lower = text::Lower(form);
  if (auto w = words_.find(lower); w != words_.end()) {
    a.readings = w->second;
    a.source = "lexicon";
  }
  std::vector<Reading> more;
  AskBackend(lower, &more);
  // A capitalised form the dictionary knows only capitalised (hunspell keeps "Syrie").
  if (more.empty() && lower != form) AskBackend(std::string(form), &more);
  for (auto& r : more) {
    auto same = std::find_if(a.readings.begin(), a.readings.end(),
                             [&](const Reading& x) { return x.lemma == r.lemma && x.upos == r.upos; });
    if (same == a.readings.end()) {
      a.readings.push_back(std::move(r));
    } else if (same->features.empty()) {
      // The lexicon names a word's part of speech; the dictionary knows its tense and mood
      // ("serait" is a conditional of être, which says an event is not asserted).
      same->features = std::move(r.features);
    }
  }
  if (!more.empty() && *a.source == '\0') a.source = backend_->name();
  // A capitalised open-class word may be a name (Syria, Tuesday, Boko Haram); closed-class words
  // from the lexicon (Les, The) are not.
  bool closed_class = *a.source != '\0' && std::string_view(a.source) == "lexicon";
  bool acronym = form.size() >= 2 && text::Lower(form) != form && std::none_of(form.begin(), form.end(), [](char c) {
                   return c >= 'a' && c <= 'z';
                 });  // US, IS, UA: all capitals
  if (!a.readings.empty() && (!closed_class || acronym) && text::IsUpperInitial(form) && !a.Has("PROPN"))
    a.readings.push_back({std::string(form), "PROPN", ""});
  if (a.readings.empty()) {
    // Unknown words: capitalised ones, or compounds with a capitalised part (al-Din), are names.
    bool capital = text::IsUpperInitial(form);
    for (size_t h = form.find('-'); !capital && h != std::string_view::npos; h = form.find('-', h + 1))
      capital = text::IsUpperInitial(form.substr(h + 1));
    a.readings.push_back({std::string(capital ? form : std::string_view(lower)), capital ? "PROPN" : "X", ""});
    a.source = "guess";
  }
  return a;
}

}  // namespace sitrep::morph
