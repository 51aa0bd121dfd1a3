#include "morph/hunspell_forms.h"

#include <charconv>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <unordered_map>
#include <vector>

#include "text/utf8.h"

namespace sitrep::morph {

namespace {

using Flag = uint32_t;

enum class FlagMode { kShort, kLong, kUtf8, kNumber };

// One element of an affix condition: ".", a character, or a [set] or [^set] of characters.
struct ConditionElement {
  bool any = false;
  bool negated = false;
  std::u32string chars;
  bool Matches(char32_t c) const {
    if (any) return true;
    bool in = chars.find(c) != std::u32string::npos;
    return in != negated;
  }
};

struct AffixRule {
  std::string strip, append;
  std::vector<Flag> continuation;
  std::vector<ConditionElement> condition;
};

struct AffixTables {
  FlagMode mode = FlagMode::kShort;
  std::vector<std::string> aliases;  // AF: flag sets named by their 1-based number
  std::unordered_map<Flag, std::vector<AffixRule>> prefixes, suffixes;
};

std::vector<std::string> Fields(const std::string& line) {
  std::vector<std::string> out;
  std::istringstream in(line);
  for (std::string f; in >> f;) out.push_back(f);
  return out;
}

std::u32string CodePoints(std::string_view s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) out.push_back(text::DecodeAt(s, &i));
  return out;
}

Result<std::vector<Flag>> ParseFlags(const AffixTables& t, std::string_view s) {
  std::vector<Flag> flags;
  if (!t.aliases.empty() && !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos) {
    size_t n = 0;
    auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), n);
    if (error != std::errc() || n == 0 || n > t.aliases.size()) return Status::Corrupt("no flag alias " + std::string(s));
    s = t.aliases[n - 1];
  }
  switch (t.mode) {
    case FlagMode::kShort:
      for (unsigned char c : s) flags.push_back(c);
      break;
    case FlagMode::kLong:
      if (s.size() % 2 != 0) return Status::Corrupt("odd number of characters in long flags " + std::string(s));
      for (size_t i = 0; i < s.size(); i += 2)
        flags.push_back(static_cast<Flag>(static_cast<unsigned char>(s[i])) << 8 | static_cast<unsigned char>(s[i + 1]));
      break;
    case FlagMode::kUtf8:
      for (char32_t c : CodePoints(s)) flags.push_back(c);
      break;
    case FlagMode::kNumber:
      for (size_t start = 0; start < s.size();) {
        size_t end = std::min(s.find(',', start), s.size());
        std::string_view number = s.substr(start, end - start);
        Flag flag = 0;
        auto [last, error] = std::from_chars(number.data(), number.data() + number.size(), flag);
        if (number.empty() || error != std::errc() || last != number.data() + number.size())
          return Status::Corrupt("not a numeric flag: " + std::string(number));
        flags.push_back(flag);
        start = end + 1;
      }
      break;
  }
  return flags;
}

Result<std::vector<ConditionElement>> ParseCondition(std::string_view s) {
  std::vector<ConditionElement> out;
  std::u32string cps = CodePoints(s);
  for (size_t i = 0; i < cps.size(); ++i) {
    ConditionElement e;
    if (cps[i] == U'.') {
      e.any = true;
    } else if (cps[i] == U'[') {
      size_t close = cps.find(U']', i + 1);
      if (close == std::u32string::npos) return Status::Corrupt("unclosed [ in condition " + std::string(s));
      size_t first = i + 1;
      if (first < close && cps[first] == U'^') {
        e.negated = true;
        ++first;
      }
      e.chars = cps.substr(first, close - first);
      i = close;
    } else {
      e.chars = cps.substr(i, 1);
    }
    out.push_back(std::move(e));
  }
  return out;
}

// Whether a suffix rule's condition holds at the end of `word` (a prefix's at its start).
bool ConditionHolds(const AffixRule& r, const std::u32string& word, bool suffix) {
  if (r.condition.size() > word.size()) return false;
  size_t offset = suffix ? word.size() - r.condition.size() : 0;
  for (size_t k = 0; k < r.condition.size(); ++k)
    if (!r.condition[k].Matches(word[offset + k])) return false;
  return true;
}

bool EndsWith(std::string_view s, std::string_view end) {
  return s.size() >= end.size() && s.compare(s.size() - end.size(), end.size(), end) == 0;
}

bool StartsWith(std::string_view s, std::string_view start) {
  return s.size() >= start.size() && s.compare(0, start.size(), start) == 0;
}

// Applies a suffix rule to `word` (whose code points are `cps`), or returns false.
bool ApplySuffix(const AffixRule& r, const std::string& word, const std::u32string& cps, std::string* out) {
  if (!EndsWith(word, r.strip) || !ConditionHolds(r, cps, true)) return false;
  *out = word.substr(0, word.size() - r.strip.size()) + r.append;
  return true;
}

// A prefix that is an elided word, "l'" or "jusqu'": the tokeniser splits it off.
bool IsElision(const AffixRule& r) {
  return r.append.find('\'') != std::string::npos || r.append.find("\u2019") != std::string::npos;
}

bool ApplyPrefix(const AffixRule& r, const std::string& word, const std::u32string& root, std::string* out) {
  if (!StartsWith(word, r.strip) || !ConditionHolds(r, root, false)) return false;
  *out = r.append + word.substr(r.strip.size());
  return true;
}

Status ParseAff(std::string_view aff, const std::string& name, AffixTables* t) {
  std::istringstream in{std::string(aff)};
  std::string line;
  size_t line_number = 0;
  auto error = [&](const std::string& what) {
    return Status::Corrupt(name + " line " + std::to_string(line_number) + ": " + what);
  };
  while (std::getline(in, line)) {
    ++line_number;
    std::vector<std::string> f = Fields(line);
    if (f.empty() || f[0][0] == '#') continue;
    const std::string& key = f[0];
    if (key == "FLAG" && f.size() >= 2) {
      t->mode = f[1] == "long" ? FlagMode::kLong : f[1] == "UTF-8" ? FlagMode::kUtf8 : f[1] == "num" ? FlagMode::kNumber
                                                                                       : FlagMode::kShort;
    } else if (key == "SET" && f.size() >= 2 && f[1] != "UTF-8") {
      return error("encoding " + f[1] + " (only UTF-8 dictionaries are read)");
    } else if (key == "AF" && f.size() >= 2) {
      // The first AF line gives the count; the others each name one flag set.
      if (f[1].find_first_not_of("0123456789") != std::string::npos || !t->aliases.empty() || f.size() > 2)
        t->aliases.push_back(f[1]);
    } else if (key.rfind("COMPOUND", 0) == 0 || key == "IGNORE" || key == "ONLYINCOMPOUND") {
      // Words built or matched by these rules are not among the stems' affixed forms.
      return Status::Unsupported(name + " line " + std::to_string(line_number) + ": " + key +
                                 " (compounding and ignored characters are not supported)");
    } else if ((key == "PFX" || key == "SFX") && f.size() >= 4) {
      bool suffix = key == "SFX";
      auto flag = ParseFlags(*t, f[1]);
      if (!flag.ok() || flag.value().size() != 1) return error("bad affix flag " + f[1]);
      // The header ("SFX A Y 12") has a count where a rule has its condition.
      bool header = f.size() == 4 && f[3].find_first_not_of("0123456789") == std::string::npos &&
                    (f[2] == "Y" || f[2] == "N");
      if (header) continue;
      AffixRule r;
      r.strip = f[2] == "0" ? "" : f[2];
      std::string append = f[3];
      if (size_t slash = append.find('/'); slash != std::string::npos) {
        auto cont = ParseFlags(*t, std::string_view(append).substr(slash + 1));
        if (!cont.ok()) return error(cont.status().message());
        r.continuation = std::move(cont.value());
        append.resize(slash);
      }
      r.append = append == "0" ? "" : append;
      auto condition = ParseCondition(f.size() >= 5 ? f[4] : ".");
      if (!condition.ok()) return error(condition.status().message());
      r.condition = std::move(condition.value());
      (suffix ? t->suffixes : t->prefixes)[flag.value()[0]].push_back(std::move(r));
    }
  }
  return Status::Ok();
}

// Splits a .dic line into the word and its flags: "abaisser/a0p+() po:v1" -> abaisser, a0p+().
// A slash escaped with a backslash belongs to the word.
void SplitEntry(const std::string& line, std::string* word, std::string* flags) {
  word->clear();
  flags->clear();
  size_t i = 0;
  for (; i < line.size() && line[i] != ' ' && line[i] != '\t'; ++i) {
    if (line[i] == '\\' && i + 1 < line.size() && line[i + 1] == '/') {
      word->push_back('/');
      ++i;
    } else if (line[i] == '/') {
      size_t end = line.find_first_of(" \t", i);
      *flags = line.substr(i + 1, end == std::string::npos ? std::string::npos : end - i - 1);
      return;
    } else {
      word->push_back(line[i]);
    }
  }
}

}  // namespace

Status ForEachHunspellForm(std::string_view aff, std::string_view dic, const std::string& aff_name,
                           const std::string& dic_name, const std::function<void(std::string_view)>& emit) {
  AffixTables t;
  if (Status s = ParseAff(aff, aff_name, &t); !s.ok()) return s;
  static const std::vector<AffixRule> kNone;
  auto rules = [&](const std::unordered_map<Flag, std::vector<AffixRule>>& table, Flag f) -> const std::vector<AffixRule>& {
    auto found = table.find(f);
    return found == table.end() ? kNone : found->second;
  };
  std::istringstream in{std::string(dic)};
  std::string line, word, flag_text, form, twice, prefixed;
  size_t line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (line_number == 1 || line.empty() || line[0] == '\t' || line[0] == '#') continue;  // the count; comments
    SplitEntry(line, &word, &flag_text);
    if (word.empty()) continue;
    auto flags = ParseFlags(t, flag_text);
    if (!flags.ok())
      return Status::Corrupt(dic_name + " line " + std::to_string(line_number) + ": " + flags.status().message());
    std::u32string root = CodePoints(word);
    emit(word);
    // The stem with each suffix its flags allow, and with a second suffix that suffix allows.
    std::vector<std::pair<std::string, const AffixRule*>> suffixed;
    for (Flag f : flags.value())
      for (const AffixRule& r : rules(t.suffixes, f)) {
        if (!ApplySuffix(r, word, root, &form)) continue;
        emit(form);
        suffixed.emplace_back(form, &r);
        std::u32string once = CodePoints(form);
        for (Flag g : r.continuation)
          for (const AffixRule& r2 : rules(t.suffixes, g))
            if (ApplySuffix(r2, form, once, &twice)) emit(twice);
      }
    // Prefixes the stem's flags or a suffix's continuation allow, on the stem and on each suffixed
    // form, and the suffixes a prefix's own continuation allows.
    std::vector<Flag> prefix_flags = flags.value();
    for (const auto& [_, r] : suffixed) prefix_flags.insert(prefix_flags.end(), r->continuation.begin(), r->continuation.end());
    for (Flag f : prefix_flags)
      for (const AffixRule& p : rules(t.prefixes, f)) {
        if (IsElision(p) || !ApplyPrefix(p, word, root, &prefixed)) continue;
        emit(prefixed);
        for (const auto& [suffixed_form, _] : suffixed)
          if (ApplyPrefix(p, suffixed_form, root, &prefixed)) emit(prefixed);
        for (Flag g : p.continuation)
          for (const AffixRule& r : rules(t.suffixes, g))
            if (ApplySuffix(r, word, root, &form) && ApplyPrefix(p, form, root, &prefixed)) emit(prefixed);
      }
  }
  return Status::Ok();
}

Status ForEachHunspellForm(const std::string& aff_path, const std::string& dic_path,
                           const std::function<void(std::string_view)>& emit) {
  auto slurp = [](const std::string& path, std::string* out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream buf;
    buf << in.rdbuf();
    *out = buf.str();
    return true;
  };
  std::string aff, dic;
  if (!slurp(aff_path, &aff)) return Status::NotFound("cannot read " + aff_path);
  if (!slurp(dic_path, &dic)) return Status::NotFound("cannot read " + dic_path);
  return ForEachHunspellForm(aff, dic, aff_path, dic_path, emit);
}

}  // namespace sitrep::morph
