#include "peer/lexicon_tables.h"

#include <climits>
#include <map>
#include <set>

#include "time/calendar.h"
#include "time/tagger.h"

namespace sitrep::peer {

using lexicon::EventCodeText;
using lexicon::ParseEventCodeText;
using lexicon::ParsePatternText;
using lexicon::ParsePhraseText;
using lexicon::PatternText;
using lexicon::PhraseText;
using lexicon::WordText;
namespace {

std::string DayText(long day) { return time::IsoDay(day); }

std::string ValidText(const DatedCode& c) {
  if (c.from == LONG_MIN && c.to == LONG_MAX) return "-";
  return (c.from == LONG_MIN ? "" : DayText(c.from)) + ".." + (c.to == LONG_MAX ? "" : DayText(c.to));
}

bool ParseValidText(std::string_view text, DatedCode* c) {
  return text == "-" || time::ParsePeriod(text, &c->from, &c->to);
}

std::string TabRow(std::initializer_list<std::string> fields) {
  std::string out;
  for (const auto& f : fields) out += (out.empty() ? "" : "\t") + f;
  return out + "\n";
}

std::string Header(std::string_view kind, std::string_view lang) {
  return "\n@kind " + std::string(kind) + "\n@lang " + std::string(lang) + "\n";
}

// Verbs of one PETRARCH block share their patterns: a block is written once with its patterns.
bool SamePatterns(const VerbEntry& a, const VerbEntry& b) {
  if (a.patterns.size() != b.patterns.size()) return false;
  for (size_t i = 0; i < a.patterns.size(); ++i)
    if (a.patterns[i].code != b.patterns[i].code || PatternText(a.patterns[i]) != PatternText(b.patterns[i]))
      return false;
  return true;
}

}  // namespace

std::string ToLexiconSource(const PeerDictionaries& d, std::string_view lang) {
  std::string out;
  // Peer dictionaries repeat themselves (a name listed twice under one actor); a lexicon row is
  // written once.
  std::set<std::string> written;
  auto Row = [&written](std::initializer_list<std::string> fields) {
    std::string row = TabRow(fields);
    return written.insert(row).second ? row : std::string();
  };
  if (!d.actors.empty()) {
    out += Header("cameo_actors", lang);
    for (const auto& a : d.actors)
      for (const auto& phrase : a.phrases)
        for (const auto& c : a.codes) out += Row({PhraseText(phrase), c.code, ValidText(c)});
  }
  if (!d.agents.empty()) {
    out += Header("cameo_agents", lang);
    for (const auto& a : d.agents)
      for (const auto& phrase : a.phrases)
        out += Row({PhraseText(phrase), a.prefix ? a.code + "~" : "~" + a.code});
  }
  if (!d.discards.empty()) {
    out += Header("cameo_discards", lang);
    for (const auto& x : d.discards) out += Row({PhraseText(x.phrase), x.story ? "story" : "sentence"});
  }
  if (!d.verbs.empty()) {
    std::string verbs = Header("cameo_verbs", lang), patterns = Header("cameo_patterns", lang);
    std::map<std::string, int> names;
    std::string block;
    for (size_t i = 0; i < d.verbs.size(); ++i) {
      const VerbEntry& v = d.verbs[i];
      if (i == 0 || !SamePatterns(d.verbs[i - 1], v)) {
        block = v.phrase.empty() ? "VERB" : v.phrase[v.head].text;
        if (int n = ++names[block]; n > 1) block += "~" + std::to_string(n);
        for (const auto& p : v.patterns) patterns += Row({block, PatternText(p), EventCodeText(p.code)});
      }
      std::string forms;
      for (const auto& f : v.forms) forms += (forms.empty() ? "" : ",") + f;
      verbs += Row({block, PhraseText(v.phrase, v.phrase.size() > 1 ? v.head : SIZE_MAX), forms.empty() ? "-" : forms,
                    EventCodeText(v.code)});
    }
    out += verbs + patterns;
  }
  return out;
}

Result<PeerDictionaries> FromLexicon(const lexicon::Lexicon& lexicon, std::string_view lang) {
  PeerDictionaries d;
  auto bad = [](const lexicon::Table& t, size_t row, const std::string& why) {
    return Status::InvalidArgument(t.origins[row] + ": " + why);
  };
  for (const lexicon::Table* t : lexicon.Find("cameo_actors", lang))
    for (size_t r = 0; r < t->rows.size(); ++r) {
      const auto& row = t->rows[r];
      DatedCode code{row[1]};
      if (!ParseValidText(row[2], &code)) return bad(*t, r, "valid must be '-' or FROM..TO");
      // Consecutive rows of one phrase are one actor's dated codes.
      if (d.actors.empty() || PhraseText(d.actors.back().phrases[0]) != row[0]) {
        d.actors.push_back({{ParsePhraseText(row[0])}, {}, t->origins[r]});
      }
      d.actors.back().codes.push_back(code);
    }
  for (const lexicon::Table* t : lexicon.Find("cameo_agents", lang))
    for (size_t r = 0; r < t->rows.size(); ++r) {
      const auto& row = t->rows[r];
      bool prefix = row[1].back() == '~';
      std::string code = prefix ? row[1].substr(0, row[1].size() - 1) : row[1].substr(1);
      d.agents.push_back({{ParsePhraseText(row[0])}, code, prefix, t->origins[r]});
    }
  for (const lexicon::Table* t : lexicon.Find("cameo_discards", lang))
    for (size_t r = 0; r < t->rows.size(); ++r)
      d.discards.push_back({ParsePhraseText(t->rows[r][0]), t->rows[r][1] == "story", t->origins[r]});
  std::map<std::string, std::vector<VerbPattern>> blocks;
  for (const lexicon::Table* t : lexicon.Find("cameo_patterns", lang))
    for (size_t r = 0; r < t->rows.size(); ++r) {
      const auto& row = t->rows[r];
      auto pattern = ParsePatternText(row[1]);
      if (!pattern.ok()) return bad(*t, r, pattern.status().message());
      if (!ParseEventCodeText(row[2], &pattern->code)) return bad(*t, r, "malformed event code '" + row[2] + "'");
      pattern->origin = t->origins[r];
      blocks[row[0]].push_back(std::move(*pattern));
    }
  for (const lexicon::Table* t : lexicon.Find("cameo_verbs", lang))
    for (size_t r = 0; r < t->rows.size(); ++r) {
      const auto& row = t->rows[r];
      VerbEntry v;
      v.phrase = ParsePhraseText(row[1], &v.head);
      if (v.phrase.empty()) return bad(*t, r, "empty verb");
      if (row[2] != "-")
        for (size_t from = 0; from <= row[2].size();) {
          size_t comma = row[2].find(',', from);
          if (comma == std::string::npos) comma = row[2].size();
          if (comma > from) v.forms.push_back(row[2].substr(from, comma - from));
          from = comma + 1;
        }
      if (!ParseEventCodeText(row[3], &v.code)) return bad(*t, r, "malformed event code '" + row[3] + "'");
      if (auto it = blocks.find(row[0]); it != blocks.end()) v.patterns = it->second;
      v.origin = t->origins[r];
      d.verbs.push_back(std::move(v));
    }
  return d;
}

}  // namespace sitrep::peer
