#include "coder/matcher.h"

#include <algorithm>
#include <atomic>
#include <sstream>

#include "text/fold.h"
#include "time/calendar.h"

namespace sitrep::coder {

// Strings compare with "..."sv literals, whose lengths are constants: a bare literal would be
// measured and compared out of line at every test.
using namespace std::string_view_literals;

CandidateCache::CandidateCache() {
  static std::atomic<uint32_t> caches{0};
  uint32_t n = caches++;
  bit = n < 64 ? uint64_t{1} << n : 0;
}

void PhraseIndex::Add(const std::string& phrase, uint32_t id, text::Segmenter& segmenter, morph::Analyzer& analyzer) {
  text::Segmentation seg = segmenter.Segment(phrase);
  Entry entry{{}, id};
  for (const auto& t : seg.tokens)
    entry.tokens.push_back(&analyzer.Analyze(std::string_view(phrase).substr(t.start, t.end - t.start), t.kind));
  if (entry.tokens.empty()) return;
  auto index = static_cast<uint32_t>(phrases_.size());
  for (const auto& key : entry.tokens[0]->keys) {
    auto& list = by_key_[key];
    if (std::find(list.begin(), list.end(), index) == list.end()) list.push_back(index);
  }
  phrases_.push_back(std::move(entry));
}

// A lexicon word matches a text word when either's form is among the other's form and lemmas:
// "forces spéciales" matches "force spéciale", but the agent "armée" does not match "armés".
bool PhraseIndex::TokenMatches(const morph::Analysis& p, const morph::Analysis& t) {
  return &p == &t || t.HasKey(p.folded) || p.HasKey(t.folded);
}

// The union of the lists of each of the form's keys, computed once per form. Most forms start
// nothing: they cost one 4-byte slot, so that the scan of every token stays within cache.
template <typename Index>
const std::vector<uint32_t>& CachedCandidates(const morph::Analysis& a, const Index& by_key, CandidateCache* cache) {
  static const std::vector<uint32_t> kNone;
  if (a.starts_nothing_in & cache->bit) return kNone;
  if (cache->slot.size() <= a.id) cache->slot.resize(a.id + 1, 0);
  uint32_t& slot = cache->slot[a.id];
  if (slot == 0) {
    std::vector<uint32_t> list;
    for (const auto& key : a.keys) {
      auto found = by_key.find(key);
      if (found == by_key.end()) continue;
      for (uint32_t index : found->second)
        if (std::find(list.begin(), list.end(), index) == list.end()) list.push_back(index);
    }
    if (list.empty()) {
      slot = 1;
      a.starts_nothing_in |= cache->bit;
    } else {
      cache->lists.push_back(std::move(list));
      slot = static_cast<uint32_t>(cache->lists.size() + 1);
    }
  }
  return slot == 1 ? kNone : cache->lists[slot - 2];
}

const std::vector<uint32_t>& PhraseIndex::Candidates(const morph::Analysis& a) const {
  return CachedCandidates(a, by_key_, &candidates_);
}

bool PhraseIndex::Matches(const Entry& e, const morph::AnalyzedText& at, size_t i) {
  for (size_t k = 0; k < e.tokens.size(); ++k)
    if (!TokenMatches(*e.tokens[k], *at.analyses[i + k])) return false;
  return true;
}

Pattern ParsePattern(const std::string& text) {
  Pattern p;
  p.text = text;
  std::istringstream words(text);
  std::string word;
  bool first = true;
  while (words >> word) {
    if (first && (word == "se"sv || word == "s'"sv)) {
      p.pronominal = true;
      continue;
    }
    first = false;
    std::vector<std::string> alternatives;
    std::istringstream alts(word);
    for (std::string alt; std::getline(alts, alt, '|');)
      if (!alt.empty()) alternatives.push_back(text::Fold(alt));
    p.items.push_back(std::move(alternatives));
  }
  return p;
}

void PatternIndex::Add(Pattern pattern, uint32_t id) {
  if (pattern.items.empty()) return;
  if (patterns_.size() <= id) patterns_.resize(id + 1);
  for (const auto& head : pattern.items[0]) by_head_[head].push_back(id);
  patterns_[id] = std::move(pattern);
}

const std::vector<uint32_t>& PatternIndex::Candidates(const morph::Analysis& a) const {
  return CachedCandidates(a, by_head_, &candidates_);
}

bool IsReflexive(const morph::Analysis& a) { return morph::IsWord(a, {"se", "s'", "me", "m'", "te", "t'", "nous", "vous"}); }

namespace {

// Words that may stand between two items of a pattern: "mener UNE campagne", "prendre LE contrôle",
// and the day they happened: "se sont emparés MARDI SOIR de".
bool Skippable(const morph::Analysis& a) {
  return a.Has("DET") || a.Has("ADJ") || a.Has("ADV") || a.Has("NUM") || time::IsCalendarName(a) ||
         time::IsTimeOfDay(a.folded);
}

bool ItemMatches(const std::vector<std::string>& alternatives, const morph::Analysis& a) {
  for (const auto& alt : alternatives)
    if (a.HasKey(alt)) return true;
  return false;
}

}  // namespace

std::vector<PatternIndex::Match> PatternIndex::At(const morph::AnalyzedText& at, size_t i, size_t sentence_start,
                                                  size_t end) const {
  std::vector<Match> out;
  {
    for (uint32_t id : Candidates(*at.analyses[i])) {
      const Pattern& p = patterns_[id];
      if (p.pronominal) {
        bool found = false;
        for (size_t k = i; k > sentence_start && i - k < 4 && !found; --k) found = IsReflexive(*at.analyses[k - 1]);
        if (!found) continue;
      }
      size_t pos = i;
      bool ok = true;
      for (size_t item = 1; item < p.items.size() && ok; ++item) {
        size_t next = pos + 1;
        size_t gap = 0;
        while (next < end && !ItemMatches(p.items[item], *at.analyses[next]) && gap < 3 &&
               (Skippable(*at.analyses[next]) ||
                (wide_gaps_ && !at.analyses[next]->Has("VERB") && !at.analyses[next]->Has("AUX") &&
                 !at.analyses[next]->Has("PUNCT")))) {
          ++next;
          ++gap;
        }
        ok = next < end && ItemMatches(p.items[item], *at.analyses[next]);
        pos = next;
      }
      if (ok) out.push_back({id, static_cast<uint32_t>(i), static_cast<uint32_t>(pos), static_cast<uint32_t>(p.items.size())});
    }
  }
  // Longer patterns first; between equals, the pronominal one whose clitic was found (s'affronter
  // over affronter).
  std::sort(out.begin(), out.end(), [&](const Match& a, const Match& b) {
    if (a.items != b.items) return a.items > b.items;
    return patterns_[a.id].pronominal && !patterns_[b.id].pronominal;
  });
  return out;
}

}  // namespace sitrep::coder
