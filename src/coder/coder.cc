#include "coder/coder.h"

#include <algorithm>
#include <sstream>

#include "coder/run.h"
#include "stage_clock.h"

namespace sitrep::coder {

// Strings compare with "..."sv literals, whose lengths are constants: a bare literal would be
// measured and compared out of line at every test.
using namespace std::string_view_literals;

Result<std::unique_ptr<Coder>> Coder::Create(const lexicon::Lexicon& lexicon, const std::string& lang,
                                             text::Segmenter& segmenter, morph::Analyzer& analyzer,
                                             std::shared_ptr<const peer::PatternCoder> dictionaries) {
  std::unique_ptr<Coder> c(new Coder());
  c->lang_ = lang;
  c->dictionaries_ = std::move(dictionaries);
  auto mentions = MentionFinder::Create(lexicon, lang, segmenter, analyzer);
  if (!mentions.ok()) return mentions.status();
  c->mentions_ = std::move(mentions.value());
  c->tagger_ = std::make_unique<time::TimeTagger>(lang);
  std::map<std::string, size_t> by_pattern;
  for (const auto* table : lexicon.Find("predicates", lang)) {
    for (const auto& row : table->rows) {
      std::string object = row[2].substr(0, row[2].find(':'));
      Predicate p{row[1], object, {}, "", "", {}};
      if (object.size() < row[2].size()) {
        std::istringstream senses(row[2].substr(object.size() + 1));
        for (std::string sense; std::getline(senses, sense, '|');) {
          auto eq = sense.find('='), slash = sense.find('/');
          std::string state = sense.substr(eq + 1, slash == std::string::npos ? std::string::npos : slash - eq - 1);
          p.senses[sense.substr(0, eq)] = {state, slash == std::string::npos ? state : sense.substr(slash + 1)};
        }
      }
      if (row[3] != "-"sv) {
        std::istringstream slots(row[3]);
        for (std::string slot; std::getline(slots, slot, ',');) {
          auto eq = slot.find('=');
          std::vector<std::string> words;
          std::istringstream prep(slot.substr(0, eq));
          for (std::string w; prep >> w;) words.push_back(w);
          std::string role = slot.substr(eq + 1);
          if (words == std::vector<std::string>{"subject"}) p.subject_role = role;
          else if (words == std::vector<std::string>{"alone"}) p.alone_cameo = role;
          else p.slots.push_back({words, role});
        }
      }
      by_pattern[row[0]] = c->predicates_.size();
      c->predicate_index_.Add(ParsePattern(row[0]), static_cast<uint32_t>(c->predicates_.size()));
      c->predicates_.push_back(std::move(p));
    }
  }
  for (const auto* table : lexicon.Find("acled_senses", lang))
    for (const auto& row : table->rows) {
      auto p = by_pattern.find(row[0]);
      if (p == by_pattern.end())
        return Status::InvalidArgument("acled_senses: '" + row[0] + "' is no predicate pattern of " + lang);
      c->predicates_[p->second].acled_sub_type = row[1];
    }
  for (const auto* table : lexicon.Find("means", lang))
    for (const auto& row : table->rows) {
      c->means_index_.Add(ParsePattern(row[0]), static_cast<uint32_t>(c->means_.size()));
      c->means_.push_back({row[1], row[2] == "-"sv ? "" : row[2]});
    }
  for (const auto* table : lexicon.Find("cues", lang))
    for (const auto& row : table->rows) {
      c->cue_index_.Add(ParsePattern(row[0]), static_cast<uint32_t>(c->cue_kinds_.size()));
      c->cue_kinds_.push_back(row[1]);
    }
  for (const auto* table : lexicon.Find("control", lang))
    for (const auto& row : table->rows) c->control_[row[0]] = row[1];
  for (const auto* table : lexicon.Find("cameo", lang))
    for (const auto& row : table->rows) c->cameo_[row[0]] = {row[1], row[2] == "-"sv ? "" : row[2], row[3] == "-"sv ? "" : row[3]};
  return c;
}

namespace {

// The row of a table keyed by CAMEO code that a code takes: its own, else its longest listed prefix.
template <typename Map>
const typename Map::mapped_type* LongestPrefix(const Map& table, const std::string& cameo) {
  for (size_t n = cameo.size(); n > 0; --n)
    if (auto it = table.find(cameo.substr(0, n)); it != table.end()) return &it->second;
  return nullptr;
}

}  // namespace

std::string Coder::ControlEffect(const std::string& cameo) const {
  const std::string* effect = LongestPrefix(control_, cameo);
  return effect && *effect != "-"sv ? *effect : "";
}

const Coder::CameoInfo& Coder::InfoFor(const std::string& cameo) const {
  static const CameoInfo kNone{"OTHER", "", ""};
  const CameoInfo* info = LongestPrefix(cameo_, cameo);
  return info ? *info : kNone;
}

Coding Coder::Run::Code() {
  size_t n = at_.seg.sentences.size();
  std::vector<std::vector<MentionFinder::Label>> labels(n);
  for (size_t s = 0; s < n; ++s)
    labels[s] = Timed(Stage::kMentionFinding, [&] { return c_.mentions_->Labels(at_, s); });
  std::vector<std::string> countries =
      Timed(Stage::kMentionFinding, [&] { return c_.mentions_->CountriesNamed(labels); });
  context_country_ = countries.empty() ? "" : countries.front();
  mentions_.resize(n);
  cues_.assign(n, std::nullopt);
  clause_breaks_.assign(n, {});
  for (size_t s = 0; s < n; ++s)
    mentions_[s] = Timed(Stage::kMentionFinding, [&] { return c_.mentions_->Find(at_, s, labels[s], context_country_); });
  TakeInventory();
  labels_ = std::move(labels);
  if (trace_) trace_->assign(n, {});
  timexes_.resize(n);
  long reference = 0;
  for (size_t s = 0; s < n; ++s) {
    timexes_[s] = Timed(Stage::kTimeTagger, [&] { return c_.tagger_->Tag(at_, s, at_.doc->date, &reference); });
    for (const auto& t : timexes_[s])
      if (trace_) Note(s, "time '" + Text(t.first, t.last) + "' " + t.type + " " + t.value +
                  (t.start.empty() ? "" : " [" + t.start + " .. " + t.end + "]"));
  }
  DropDatelineDates();
  story_day_ = StoryDay();
  NoteParagraphDates();
  for (size_t s = 0; s < n; ++s) LearnHolders(s);
  FindQuotes();
  for (size_t s = 0; s < n; ++s) {
    RememberActors(s);
    CodeSentence(s);
  }
  return {std::move(events_), std::move(statements_), std::move(countries)};
}

void Coder::Run::Note(size_t s, std::string line) {
  if (trace_) (*trace_)[s].push_back(std::move(line));
}

std::string Coder::Run::Text(uint32_t first, uint32_t last) const {
  if (first >= last) return "";
  return std::string(at_.doc->text.substr(at_.seg.tokens[first].start,
                                          at_.seg.tokens[last - 1].end - at_.seg.tokens[first].start));
}

std::string Coder::Run::Describe(const Mention& m) const {
  if (!trace_) return {};  // only explain reads the notes
  std::string out = "'" + Text(m.first, m.last) + "'";
  if (m.kind == Mention::Kind::kPronoun) return out + " pronoun";
  for (const auto& a : m.actors) out += " " + a.code + (a.from_context ? "(context)" : "");
  if (m.possessor) out += " (owner)";
  if (m.IsPlace()) out += " place " + (m.place_name.empty() ? "<" + m.feature + ">" : m.place_name);
  if (m.IsOwnedSite()) out += " site <" + m.feature + ">";
  if (!m.thing_class.empty()) out += " " + m.thing_class;
  return out;
}

// A sentence's mentions are disjoint and in text order (MentionFinder::Find): the one that ends
// after a token is found by bisection, so that the walks that ask at every token (a verb's subject)
// stay linear in the sentence.
const Mention* Coder::Run::MentionEndingAfter(size_t s, uint32_t token) const {
  const std::vector<Mention>& ms = mentions_[s];
  auto it = std::partition_point(ms.begin(), ms.end(), [&](const Mention& m) { return m.last <= token; });
  return it == ms.end() ? nullptr : &*it;
}

const Mention* Coder::Run::MentionEndingAt(size_t s, uint32_t last) const {
  const Mention* m = last > 0 ? MentionEndingAfter(s, last - 1) : nullptr;
  return m && m->last == last ? m : nullptr;
}

const Mention* Coder::Run::MentionStartingAt(size_t s, uint32_t first) const {
  const Mention* m = MentionEndingAfter(s, first);
  return m && m->first == first ? m : nullptr;
}

const Mention* Coder::Run::MentionCovering(size_t s, uint32_t token) const {
  const Mention* m = MentionEndingAfter(s, token);
  return m && m->first <= token ? m : nullptr;
}

uint32_t Coder::Run::SentenceEnd(size_t s) const {
  return at_.seg.sentences[s].first_token + at_.seg.sentences[s].token_count;
}

uint32_t Coder::Run::TokenAt(size_t s, size_t at) const {
  for (uint32_t t = SentenceBegin(s); t < SentenceEnd(s); ++t)
    if (at_.seg.tokens[t].end > at) return t;
  return SentenceEnd(s) - 1;
}

Coding Coder::Code(const morph::AnalyzedText& at, std::vector<std::vector<std::string>>* trace) const {
  Run run(*this, at, trace);
  return run.Code();
}

}  // namespace sitrep::coder
