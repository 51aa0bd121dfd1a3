#include "coder/peer_lexicon.h"

#include <climits>
#include <map>
#include <set>

#include "time/calendar.h"
#include "time/tagger.h"

namespace sitrep::coder {
namespace {

std::string WordText(const DictWord& w) { return w.text + (w.stem ? "*" : ""); }

std::string PhraseText(const DictPhrase& phrase, size_t head = SIZE_MAX) {
  std::string out;
  for (size_t i = 0; i < phrase.size(); ++i)
    out += (out.empty() ? "" : " ") + std::string(i == head ? "+" : "") + WordText(phrase[i]);
  return out;
}

DictWord ParseWord(std::string_view text) {
  DictWord w;
  w.stem = text.size() > 1 && text.back() == '*';
  if (w.stem) text.remove_suffix(1);
  w.text = std::string(text);
  return w;
}

std::vector<std::string_view> SplitSpaces(std::string_view text) {
  std::vector<std::string_view> out;
  size_t at = 0;
  while (at < text.size()) {
    size_t end = text.find(' ', at);
    if (end == std::string_view::npos) end = text.size();
    if (end > at) out.push_back(text.substr(at, end - at));
    at = end + 1;
  }
  return out;
}

// A phrase; `head` receives the index of the word marked '+', if any.
DictPhrase ParsePhraseText(std::string_view text, size_t* head = nullptr) {
  DictPhrase phrase;
  for (std::string_view word : SplitSpaces(text)) {
    if (word.size() > 1 && word[0] == '+') {
      if (head) *head = phrase.size();
      word.remove_prefix(1);
    }
    phrase.push_back(ParseWord(word));
  }
  return phrase;
}

std::string DayText(long day) { return time::IsoDay(day); }


std::string ValidText(const DatedCode& c) {
  if (c.from == LONG_MIN && c.to == LONG_MAX) return "-";
  return (c.from == LONG_MIN ? "" : DayText(c.from)) + ".." + (c.to == LONG_MAX ? "" : DayText(c.to));
}

bool ParseValidText(std::string_view text, DatedCode* c) {
  return text == "-" || time::ParsePeriod(text, &c->from, &c->to);
}

std::string ElementText(const PatternElement& e) {
  std::string mark = e.adjacent ? "_" : "";
  switch (e.kind) {
    case PatternElement::Kind::kVerb: return mark + "*";
    case PatternElement::Kind::kSource: return mark + "$";
    case PatternElement::Kind::kTarget: return mark + "+";
    case PatternElement::Kind::kCompound: return mark + "%";
    case PatternElement::Kind::kSkip: return mark + "^";
    case PatternElement::Kind::kWords: break;
  }
  if (e.alternatives.size() == 1 && e.alternatives[0].size() == 1) return mark + WordText(e.alternatives[0][0]);
  std::string out = mark + "{";
  for (size_t i = 0; i < e.alternatives.size(); ++i) out += (i ? "|" : "") + PhraseText(e.alternatives[i]);
  return out + "}";
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

std::string EventCodeText(const EventCode& code) {
  std::string out = code.code;
  if (!code.reverse_code.empty()) out += ":" + code.reverse_code;
  return out + (code.weak ? "?" : "");
}

bool ParseEventCodeText(std::string_view text, EventCode* code) {
  *code = {};
  if (!text.empty() && text.back() == '?') {
    code->weak = true;
    text.remove_suffix(1);
  }
  size_t colon = text.find(':');
  code->code = std::string(text.substr(0, colon));
  if (colon != std::string_view::npos) code->reverse_code = std::string(text.substr(colon + 1));
  auto valid = [](const std::string& c) {
    return c.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-#+") == std::string::npos;
  };
  bool passive_only = code->code.empty() && !code->reverse_code.empty();
  return (!code->code.empty() || passive_only) && valid(code->code) && valid(code->reverse_code) &&
         (colon == std::string_view::npos || !code->reverse_code.empty());
}

std::string PatternText(const VerbPattern& pattern) {
  std::string out;
  for (const auto& e : pattern.elements) out += (out.empty() ? "" : " ") + ElementText(e);
  return out;
}

Result<VerbPattern> ParsePatternText(std::string_view text) {
  VerbPattern pattern;
  size_t verbs = 0;
  size_t at = 0;
  while (at < text.size()) {
    if (text[at] == ' ') {
      ++at;
      continue;
    }
    PatternElement e;
    if (text[at] == '_') {
      e.adjacent = true;
      if (++at >= text.size()) return Status::InvalidArgument("'_' ends the pattern");
    }
    if (text[at] == '{') {
      size_t close = text.find('}', at);
      if (close == std::string_view::npos) return Status::InvalidArgument("missing '}'");
      std::string_view inside = text.substr(at + 1, close - at - 1);
      for (size_t from = 0; from <= inside.size();) {
        size_t bar = inside.find('|', from);
        if (bar == std::string_view::npos) bar = inside.size();
        DictPhrase alternative = ParsePhraseText(inside.substr(from, bar - from));
        if (alternative.empty()) return Status::InvalidArgument("empty alternative in {...}");
        e.alternatives.push_back(std::move(alternative));
        from = bar + 1;
      }
      at = close + 1;
    } else {
      size_t end = text.find(' ', at);
      if (end == std::string_view::npos) end = text.size();
      std::string_view token = text.substr(at, end - at);
      at = end;
      if (token == "*") {
        e.kind = PatternElement::Kind::kVerb;
        ++verbs;
      } else if (token == "$") {
        e.kind = PatternElement::Kind::kSource;
      } else if (token == "+") {
        e.kind = PatternElement::Kind::kTarget;
      } else if (token == "%") {
        e.kind = PatternElement::Kind::kCompound;
      } else if (token == "^") {
        e.kind = PatternElement::Kind::kSkip;
      } else if (token.find_first_of("{}|_") != std::string_view::npos) {
        return Status::InvalidArgument("unexpected character in '" + std::string(token) + "'");
      } else {
        e.alternatives.push_back({ParseWord(token)});
      }
    }
    pattern.elements.push_back(std::move(e));
  }
  if (verbs != 1) return Status::InvalidArgument("a pattern has exactly one '*' (the verb)");
  pattern.text = std::string(text);
  return pattern;
}

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

}  // namespace sitrep::coder
