// Readers for the TABARI and PETRARCH dictionary formats. Each file is first cut into logical
// lines (comments removed, blank lines dropped, line numbers kept for messages); one reader per
// kind then walks them. Malformed lines give a warning and are skipped: a dictionary of tens of
// thousands of hand-edited lines always has a few, and the rest is still worth coding with.
#include "peer/dictionary.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>

#include "text/fold.h"
#include "time/calendar.h"
#include "time/tagger.h"

namespace sitrep::peer {

namespace fs = std::filesystem;

namespace {

// A synset or '{ a | b }' choice may multiply a pattern; past this the dictionary is broken.
constexpr size_t kMaxExpansions = 20000;
// Patterns of all verbs together, each verb holding its own copy of its block's patterns.
constexpr size_t kMaxPatternCopies = 500000;
constexpr int kMaxSynsetDepth = 16;

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }



std::vector<std::string> SplitBlank(std::string_view s) {
  std::vector<std::string> out;
  size_t at = 0;
  while (at < s.size()) {
    while (at < s.size() && IsBlank(s[at])) ++at;
    size_t start = at;
    while (at < s.size() && !IsBlank(s[at])) ++at;
    if (at > start) out.emplace_back(s.substr(start, at - start));
  }
  return out;
}

bool IsVowel(char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'; }

// The regular English plural. PETRARCH's own rule turns every final Y into IES (ENVOIES); the
// vowel check gives the word the text actually contains.
std::string Plural(const std::string& noun) {
  if (noun.empty()) return noun;
  if (noun.ends_with("S") || noun.ends_with("X") || noun.ends_with("Z") || noun.ends_with("CH") ||
      noun.ends_with("SH"))
    return noun + "ES";
  if (noun.size() > 1 && noun.back() == 'Y' && !IsVowel(noun[noun.size() - 2]))
    return noun.substr(0, noun.size() - 1) + "IES";
  return noun + "S";
}

// VERB, VERB+S, VERB+ED, VERB+ING with the final E and Y rules. No consonant doubling: neither
// TABARI nor PETRARCH generates it, and their dictionaries list BANNED, STOPPING... explicitly.
std::vector<std::string> RegularForms(const std::string& verb) {
  std::vector<std::string> forms = {verb};
  if (verb.empty()) return forms;
  forms.push_back(Plural(verb));
  bool consonant_y = verb.size() > 1 && verb.back() == 'Y' && !IsVowel(verb[verb.size() - 2]);
  if (verb.back() == 'E')
    forms.push_back(verb + "D");
  else if (consonant_y)
    forms.push_back(verb.substr(0, verb.size() - 1) + "IED");
  else
    forms.push_back(verb + "ED");
  if (verb.ends_with("IE"))
    forms.push_back(verb.substr(0, verb.size() - 2) + "YING");
  else if (verb.back() == 'E' && !verb.ends_with("EE") && !verb.ends_with("OE") && !verb.ends_with("YE"))
    forms.push_back(verb.substr(0, verb.size() - 1) + "ING");
  else
    forms.push_back(verb + "ING");
  return forms;
}

void AddUnique(std::vector<std::string>* list, const std::string& item) {
  if (std::find(list->begin(), list->end(), item) == list->end()) list->push_back(item);
}

struct Line {
  size_t number;
  std::string text;  // trimmed, without comments, never empty
};

// Cuts a file into lines without their comments. '<!-- ... -->' (PETRARCH; also written '<! --',
// and possibly spanning lines) goes in every dialect: TABARI never uses '<!'. ';' starts a comment
// in both dialects (PETRARCH-1 files kept TABARI's habit), '#' at the start of a line in both and
// anywhere in PETRARCH. Inside [...] neither is a comment: [###] is a code. TABARI stops at its
// '~~FINISH' end marker.
std::vector<Line> LogicalLines(std::string_view text, DictionaryDialect dialect) {
  std::vector<Line> lines;
  bool in_markup_comment = false;
  size_t number = 0;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view rest = text.substr(start, end - start);
    start = end + 1;
    ++number;

    std::string kept;
    while (!rest.empty()) {
      if (in_markup_comment) {
        size_t close = rest.find("-->");
        if (close == std::string_view::npos) break;
        rest.remove_prefix(close + 3);
        in_markup_comment = false;
      }
      size_t open = rest.find("<!");
      kept += rest.substr(0, open);
      if (open == std::string_view::npos) break;
      rest.remove_prefix(open + 2);
      in_markup_comment = true;
    }
    std::string_view line = text::TrimSpace(kept);
    if (dialect == DictionaryDialect::kTabari && line.starts_with("~~FINISH")) break;
    if (line.starts_with("#")) continue;

    int bracket_depth = 0;
    for (size_t i = 0; i < line.size(); ++i) {
      char c = line[i];
      if (c == '[') ++bracket_depth;
      if (c == ']' && bracket_depth > 0) --bracket_depth;
      bool comment = c == ';' || (c == '#' && dialect != DictionaryDialect::kTabari);
      if (comment && bracket_depth == 0) {
        line = text::TrimSpace(line.substr(0, i));
        break;
      }
    }
    if (!line.empty()) lines.push_back({number, std::string(line)});
  }
  return lines;
}

// Where messages and origins go for one file.
class Source {
 public:
  Source(const std::string& path, PeerDictionaries* into) : path_(path), into_(into) {}
  void Warn(size_t line, const std::string& message) const {
    into_->warnings.push_back(path_ + ":" + std::to_string(line) + ": " + message);
  }
  std::string Origin(size_t line) const { return path_ + ":" + std::to_string(line); }
  PeerDictionaries* into() const { return into_; }

 private:
  const std::string& path_;
  PeerDictionaries* into_;
};

// One word as written, with TABARI's marks: 'WORD_' (exact, and joined to the next word when one
// follows), 'WORD=' (exact; on a verb also: no regular forms) and 'WORD~_' (joined to the next
// word but still a stem: the validation suite's RECENT~_* matches "recently allowed").
DictWord MakeWord(std::string_view raw, bool followed_by_underscore, DictionaryDialect dialect,
                  bool* equals_mark = nullptr) {
  bool exact_mark = false, keep_stem = false;
  while (!raw.empty() && (raw.back() == '=' || raw.back() == '~')) {
    (raw.back() == '=' ? exact_mark : keep_stem) = true;
    raw.remove_suffix(1);
  }
  if (equals_mark) *equals_mark = exact_mark;
  bool stem = dialect == DictionaryDialect::kTabari && !exact_mark && (!followed_by_underscore || keep_stem);
  return {text::UpperAscii(raw), stem};
}

// Calls `take(word, underscore)` for each word of `text`, words being separated by spaces or
// '_'; `underscore` says whether a '_' follows the word.
template <typename Take>
void ForEachWord(std::string_view text, Take take) {
  size_t at = 0;
  while (at < text.size()) {
    size_t start = at;
    while (at < text.size() && text[at] != '_' && !IsBlank(text[at])) ++at;
    bool underscore = at < text.size() && text[at] == '_';
    if (at > start) take(text.substr(start, at - start), underscore);
    ++at;
  }
}

// A phrase of words separated by spaces or '_'. Every PETRARCH word is exact; a TABARI word is a
// stem unless marked (see MakeWord). TABARI's space connector (other words may come between the
// two) cannot be told apart from '_' in a DictPhrase: both read as consecutive.
DictPhrase ParsePhrase(std::string_view text, DictionaryDialect dialect) {
  DictPhrase phrase;
  ForEachWord(text, [&](std::string_view raw, bool underscore) {
    DictWord word = MakeWord(raw, underscore, dialect);
    if (!word.text.empty()) phrase.push_back(std::move(word));
  });
  return phrase;
}

bool IsSpecialCode(std::string_view code) { return code == "---" || code == "###" || code == "+++"; }

bool ValidActorCode(std::string_view code) {
  return IsSpecialCode(code) ||
         (!code.empty() &&
          code.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/") == std::string_view::npos);
}

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// TABARI/PETRARCH <NOUN> and <ADJECTIVE> lists, one phrase a line.
class WordLists {
 public:
  // True when `line` was a list tag or a list entry.
  bool Take(const Line& line, DictionaryDialect dialect, PeerDictionaries* into) {
    const std::string& t = line.text;
    if (t == "<NOUN>" || t == "<ADJECTIVE>") {
      list_ = t == "<NOUN>" ? &into->nouns : &into->adjectives;
      return true;
    }
    if (t == "</NOUN>" || t == "</ADJECTIVE>") {
      list_ = nullptr;
      return true;
    }
    if (!list_) return false;
    DictPhrase phrase = ParsePhrase(t, dialect);
    if (!phrase.empty()) list_->push_back(std::move(phrase));
    return true;
  }

 private:
  std::vector<DictPhrase>* list_ = nullptr;
};

// ---------------------------------------------------------------------------------------------
// Actors

// "[CODE]", "[CODE <D]", "[CODE >D]", "[CODE D-D]" with any spacing. '<D' holds until the day
// before D and '>D' from D on: an entry coded [ABC < 950601] [ABCGOV 950601 - 990815] [ABCREB >
// 990816] then has one code on every day. (PETRARCH's reader documents both as "or equal",
// which would give 950601 two codes.)
std::optional<DatedCode> ParseDatedCode(std::string_view inside, size_t line, const Source& source) {
  std::string content = text::UpperAscii(text::TrimSpace(inside));
  if (content.empty()) {
    source.Warn(line, "empty code []");
    return std::nullopt;
  }
  size_t code_end = 0;
  while (code_end < content.size() && !IsBlank(content[code_end]) && content[code_end] != '<' &&
         content[code_end] != '>')
    ++code_end;
  std::string code = content.substr(0, code_end);
  std::string restriction;
  for (char c : content.substr(code_end))
    if (!IsBlank(c)) restriction += c;

  if (code.empty() || AllDigits(code) ||
      (std::isdigit(static_cast<unsigned char>(code[0])) && code.find('-') != std::string::npos)) {
    source.Warn(line, "date without a code in [" + content + "]; block skipped");
    return std::nullopt;
  }
  if (!ValidActorCode(code)) {
    source.Warn(line, "malformed code in [" + content + "]; block skipped");
    return std::nullopt;
  }
  DatedCode dated{code};
  if (restriction.empty()) return dated;

  long day = 0;
  if (restriction[0] == '<' || restriction[0] == '>') {
    if (!ParsePeerDate(std::string_view(restriction).substr(1), &day)) {
      source.Warn(line, "bad date in [" + content + "]; block skipped");
      return std::nullopt;
    }
    if (restriction[0] == '<')
      dated.to = day - 1;
    else
      dated.from = day;
    return dated;
  }
  size_t dash = restriction.find('-');
  long until = 0;
  if (dash == std::string::npos) {
    source.Warn(line, "a date needs '<', '>' or a range FROM-TO in [" + content + "]; block skipped");
    return std::nullopt;
  }
  if (!ParsePeerDate(std::string_view(restriction).substr(0, dash), &day) ||
      !ParsePeerDate(std::string_view(restriction).substr(dash + 1), &until)) {
    source.Warn(line, "bad date range in [" + content + "]; block skipped");
    return std::nullopt;
  }
  if (until < day) {
    source.Warn(line, "date range ends before it starts in [" + content + "]; block skipped");
    return std::nullopt;
  }
  dated.from = day;
  dated.to = until;
  return dated;
}

// TABARI's exact nouns take the plural ending (GUERRILLA_ codes "guerrillas");
// a final '=' keeps the word exactly as written (MILITIA= does not code "militias").
std::optional<DictPhrase> TabariPlural(std::string_view text, DictionaryDialect dialect, const DictPhrase& phrase) {
  text = text::TrimSpace(text);
  if (dialect != DictionaryDialect::kTabari || !text.ends_with("_") || phrase.empty()) return std::nullopt;
  DictPhrase plural = phrase;
  plural.back().text = Plural(plural.back().text);
  return plural;
}

// The [...] blocks of `text`, which must hold nothing else.
void ParseCodeBlocks(std::string_view text, size_t line, const Source& source,
                     std::vector<DatedCode>* codes) {
  size_t at = 0;
  while (at < text.size()) {
    size_t open = text.find('[', at);
    std::string_view between = text::TrimSpace(text.substr(at, open == std::string_view::npos ? open : open - at));
    if (!between.empty()) source.Warn(line, "text outside [...] ignored: '" + std::string(between) + "'");
    if (open == std::string_view::npos) return;
    size_t close = text.find(']', open);
    if (close == std::string_view::npos) {
      source.Warn(line, "missing ']'");
      return;
    }
    if (auto code = ParseDatedCode(text.substr(open + 1, close - open - 1), line, source))
      codes->push_back(*code);
    at = close + 1;
  }
}

// Restricted codes first, in file order (the first whose dates hold wins, as PETRARCH's
// "this should override the next restriction" expects), then the unrestricted default. Without a
// default, TABARI and PETRARCH give the null code outside the restrictions: it is made explicit.
void FinishActor(ActorEntry* actor, size_t line, const Source& source) {
  auto restricted = [](const DatedCode& c) { return c.from != LONG_MIN || c.to != LONG_MAX; };
  std::stable_partition(actor->codes.begin(), actor->codes.end(), restricted);
  if (actor->codes.empty())
    source.Warn(line, "actor " + PhraseText(actor->phrases.front()) + " has no code; null code used");
  if (actor->codes.empty() || restricted(actor->codes.back())) actor->codes.push_back({"---"});
}

// An entry line without a code followed by another entry line shares that entry's codes, as in
// PETRARCH-1's reader: the Phoenix dictionaries list a person's names one a line, the codes after the
// last ("LEONID_BREZHNEV_", "LEONID_ILYICH_BREZHNEV", then "\t[RUSGOV ...]").
void ParseActors(const std::vector<Line>& lines, DictionaryDialect dialect, const Source& source) {
  PeerDictionaries* into = source.into();
  WordLists word_lists;
  std::optional<ActorEntry> actor;
  size_t actor_line = 0;
  bool code_written = false;  // the entry has had a [...], even a malformed one
  auto finish = [&] {
    if (!actor) return;
    FinishActor(&*actor, actor_line, source);
    into->actors.push_back(std::move(*actor));
    actor.reset();
    code_written = false;
  };
  for (const Line& line : lines) {
    if (word_lists.Take(line, dialect, into)) continue;
    std::string_view text = line.text;
    if (text[0] == '[') {
      if (actor)
        ParseCodeBlocks(text, line.number, source, &actor->codes);
      else
        source.Warn(line.number, "code block without an actor");
      code_written = true;
      continue;
    }
    bool synonym = text[0] == '+';
    if (synonym && !actor) {
      source.Warn(line.number, "synonym without an actor");
      continue;
    }
    if (synonym) text.remove_prefix(1);
    size_t open = text.find('[');
    DictPhrase phrase = ParsePhrase(text.substr(0, open), dialect);
    if (phrase.empty()) {
      source.Warn(line.number, "no phrase before the code");
      continue;
    }
    std::optional<DictPhrase> plural = TabariPlural(text.substr(0, open), dialect, phrase);
    if (!synonym && !(actor && !code_written)) {
      finish();
      actor.emplace();
      actor->origin = source.Origin(line.number);
      actor_line = line.number;
    }
    actor->phrases.push_back(std::move(phrase));
    if (plural) actor->phrases.push_back(std::move(*plural));
    if (open != std::string_view::npos) {
      ParseCodeBlocks(text.substr(open), line.number, source, &actor->codes);
      code_written = true;
    }
  }
  finish();
}

// ---------------------------------------------------------------------------------------------
// Agents

// PETRARCH's "!PERSON! = MAN, MEN, WOMAN": every alternative replaces the marker.
using Substitutions = std::map<std::string, std::vector<std::string>>;

bool DefineSubstitution(std::string_view text, Substitutions* substitutions) {
  size_t first = text.find('!');
  size_t second = first == std::string_view::npos ? first : text.find('!', first + 1);
  size_t equals = second == std::string_view::npos ? second : text.find('=', second);
  if (equals == std::string_view::npos) return false;
  std::string name = text::UpperAscii(text.substr(first + 1, second - first - 1));
  std::vector<std::string>& alternatives = (*substitutions)[name];
  alternatives.clear();
  std::string_view list = text.substr(equals + 1);
  while (!list.empty()) {
    size_t comma = list.find(',');
    std::string_view item = text::TrimSpace(list.substr(0, comma));
    if (!item.empty()) alternatives.push_back(text::UpperAscii(item));
    if (comma == std::string_view::npos) break;
    list.remove_prefix(comma + 1);
  }
  return !alternatives.empty();
}

// Every text `phrase` stands for, its !MARKERS! replaced from left to right, each alternative
// taken as written; nothing when a marker is unknown or the markers multiply past kMaxExpansions
// phrases, the problem then in `*error`. (Re-reading the inserted alternatives made "!A! = X!A!"
// recurse until the stack overflowed, and "!A!!A!!A!!A!" over a list of a hundred was a hundred
// million phrases.)
std::vector<std::string> Substitute(std::string_view phrase, const Substitutions& substitutions,
                                    std::string* error) {
  size_t open = phrase.find('!');
  if (open == std::string_view::npos) return {std::string(phrase)};
  size_t close = phrase.find('!', open + 1);
  if (close == std::string_view::npos) {
    *error = "unknown substitution marker " + std::string(phrase.substr(open));
    return {};
  }
  std::string name(phrase.substr(open + 1, close - open - 1));
  auto it = substitutions.find(name);
  if (it == substitutions.end()) {
    *error = "unknown substitution marker !" + name + "!";
    return {};
  }
  std::vector<std::string> rest = Substitute(phrase.substr(close + 1), substitutions, error);
  if (rest.empty()) return {};
  if (it->second.size() * rest.size() > kMaxExpansions) {
    *error = "substitution markers expand to too many phrases";
    return {};
  }
  std::vector<std::string> out;
  for (const auto& alternative : it->second)
    for (const auto& tail : rest) out.push_back(std::string(phrase.substr(0, open)) + alternative + tail);
  return out;
}

void ParseAgents(const std::vector<Line>& lines, DictionaryDialect dialect, const Source& source) {
  bool petrarch = dialect != DictionaryDialect::kTabari;
  Substitutions substitutions;
  for (const Line& line : lines) {
    std::string_view text = line.text;
    size_t open = text.find('[');
    if (petrarch && open == std::string_view::npos && text.find('!') != std::string_view::npos &&
        text.find('=') != std::string_view::npos) {
      if (!DefineSubstitution(text, &substitutions))
        source.Warn(line.number, "substitution set must read !NAME! = A, B, ...");
      continue;
    }
    size_t close = open == std::string_view::npos ? open : text.find(']', open);
    if (close == std::string_view::npos) {
      source.Warn(line.number, open == std::string_view::npos ? "agent without a [code]" : "missing ']'");
      continue;
    }
    if (!text::TrimSpace(text.substr(close + 1)).empty())
      source.Warn(line.number,
                  "text after the code ignored: '" + std::string(text::TrimSpace(text.substr(close + 1))) + "'");

    std::string code;
    for (char c : text::UpperAscii(text.substr(open + 1, close - open - 1)))
      if (!IsBlank(c)) code += c;
    AgentEntry agent;
    agent.prefix = code.ends_with("~");
    if (code.size() < 2 || (code.front() == '~') == agent.prefix) {
      source.Warn(line.number, "agent code [" + code + "] needs one '~', before or after it");
      continue;
    }
    agent.code = agent.prefix ? code.substr(0, code.size() - 1) : code.substr(1);
    if (!ValidActorCode(agent.code)) {
      source.Warn(line.number, "malformed agent code [" + code + "]");
      continue;
    }
    agent.origin = source.Origin(line.number);

    std::string_view head = text.substr(0, open);
    std::optional<std::string_view> listed_forms;
    if (size_t brace = head.find('{'); brace != std::string_view::npos) {
      size_t end = head.find('}', brace);
      if (end == std::string_view::npos) {
        source.Warn(line.number, "missing '}'");
        continue;
      }
      listed_forms = head.substr(brace + 1, end - brace - 1);
      head = head.substr(0, brace);
    }
    std::string phrase_text(text::TrimSpace(head));
    if (petrarch && phrase_text.find('!') != std::string::npos) {
      // Substituted alternatives are complete forms: no plural is added.
      std::string error;
      for (const auto& expanded : Substitute(text::UpperAscii(phrase_text), substitutions, &error))
        agent.phrases.push_back(ParsePhrase(expanded, dialect));
      if (!error.empty()) {
        source.Warn(line.number, error);
        continue;
      }
    } else {
      agent.phrases.push_back(ParsePhrase(phrase_text, dialect));
      if (auto plural = TabariPlural(phrase_text, dialect, agent.phrases[0])) agent.phrases.push_back(*plural);
      if (listed_forms) {
        for (const auto& form : SplitBlank(*listed_forms))
          agent.phrases.push_back(ParsePhrase(form, dialect));
      } else if (petrarch && !phrase_text.ends_with("_") && !agent.phrases[0].empty()) {
        // A final '_' is TABARI's "this exact word": PETRARCH's synsets take it as "no plural".
        DictPhrase plural = agent.phrases[0];
        plural.back().text = Plural(plural.back().text);
        agent.phrases.push_back(std::move(plural));
      }
    }
    std::erase_if(agent.phrases, [](const DictPhrase& p) { return p.empty(); });
    if (agent.phrases.empty()) {
      source.Warn(line.number, "agent without a phrase");
      continue;
    }
    source.into()->agents.push_back(std::move(agent));
  }
}

// ---------------------------------------------------------------------------------------------
// Discards

// PETRARCH-1 matched a discard as a prefix of the text from a word start, so its last word is a
// stem unless it ends in '_'; PETRARCH-2 matches whole words.
void ParseDiscards(const std::vector<Line>& lines, DictionaryDialect dialect, const Source& source) {
  for (const Line& line : lines) {
    std::string_view text = line.text;
    DiscardEntry discard;
    discard.story = text[0] == '+';
    if (discard.story) text.remove_prefix(1);
    text = text::TrimSpace(text);
    discard.phrase = ParsePhrase(text, dialect);
    if (discard.phrase.empty()) {
      source.Warn(line.number, "empty discard phrase");
      continue;
    }
    if (dialect == DictionaryDialect::kPetrarch1) discard.phrase.back().stem = !text.ends_with("_");
    discard.origin = source.Origin(line.number);
    source.into()->discards.push_back(std::move(discard));
  }
}

// ---------------------------------------------------------------------------------------------
// Verbs

// "064", "013:012" (the event and its passive reading), ":173" (PETRARCH-2: a passive reading
// only), "---", "031!" (TABARI's dominant-event mark, dropped), "023?" (a weak verb), "174K",
// "abc" (upper-cased).
std::optional<EventCode> ParseEventCode(std::string_view inside, size_t line, const Source& source) {
  std::string content = text::UpperAscii(text::TrimSpace(inside));
  bool weak = false;
  while (!content.empty() && (content.back() == '!' || content.back() == '?')) {
    weak |= content.back() == '?';
    content.pop_back();
  }
  size_t colon = content.find(':');
  EventCode code{content.substr(0, colon), colon == std::string::npos ? "" : content.substr(colon + 1), weak};
  auto valid = [](const std::string& c) {
    return !c.empty() && c.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-#+") == std::string::npos;
  };
  bool passive_only = code.code.empty() && colon != std::string::npos;
  if (!(valid(code.code) || passive_only) || (colon != std::string::npos && !valid(code.reverse_code))) {
    source.Warn(line, "malformed event code [" + content + "]");
    return std::nullopt;
  }
  return code;
}

// The last "[code]" of a line and the text before it.
struct CodedText {
  std::string_view text;
  std::optional<EventCode> code;
  bool bracket = false;  // a [...] was there, valid or not
};

CodedText SplitCode(std::string_view line_text, size_t line, const Source& source) {
  CodedText out{line_text};
  size_t open = line_text.rfind('[');
  if (open == std::string_view::npos) return out;
  size_t close = line_text.find(']', open);
  out.bracket = true;
  out.text = text::TrimSpace(line_text.substr(0, open));
  if (close == std::string_view::npos) {
    source.Warn(line, "missing ']'");
    return out;
  }
  if (!text::TrimSpace(line_text.substr(close + 1)).empty())
    source.Warn(line,
                "text after the code ignored: '" + std::string(text::TrimSpace(line_text.substr(close + 1))) + "'");
  out.code = ParseEventCode(line_text.substr(open + 1, close - open - 1), line, source);
  return out;
}

// One token of a pattern as written, before synsets and choices are expanded.
struct PatternToken {
  enum class Kind { kWord, kSpecial, kSynset, kChoice } kind = Kind::kWord;
  DictWord word;                                   // kWord
  PatternElement::Kind special{};                  // kSpecial
  std::string synset;                              // kSynset: the name without '&' or final '_'
  std::vector<std::vector<PatternToken>> choices;  // kChoice
  bool adjacent = false;
};
using TokenList = std::vector<PatternToken>;

// Reads pattern text into tokens. Spaces separate tokens, '_' joins them (the next must follow at
// once). '*' '$' '+' '%' '^' are the verb, source, target, compound and skip; '&NAME' a synset;
// '{ a | b_c }' TABARI alternatives. PETRARCH-2's '{NOUN PHRASE}' and '(PREP PHRASE)' are word
// sequences: each word of a group follows the one before it at once (the head-and-modifiers reading
// of the parse tree is not available on raw text); '$', '+'... in a group are not held to that, an
// actor phrase may start with a determiner.
class PatternParser {
 public:
  PatternParser(std::string_view text, DictionaryDialect dialect) : text_(text), dialect_(dialect) {}

  bool Parse(TokenList* out, std::string* error) {
    char ended = 0;
    if (Sequence("", out, &ended)) return true;
    *error = error_;
    return false;
  }

 private:
  static bool WordLike(const PatternToken& t) { return t.kind != PatternToken::Kind::kSpecial; }
  static bool Structural(char c) {
    return IsBlank(c) || c == '_' || c == '{' || c == '}' || c == '(' || c == ')' || c == '|' || c == '*' ||
           c == '$' || c == '+' || c == '%' || c == '^' || c == '&';
  }

  void Push(PatternToken token, TokenList* out) {
    token.adjacent = state_.joined || (state_.group_depth > 0 && !state_.group_start &&
                                       state_.previous_word_like && WordLike(token));
    state_.joined = state_.group_start = false;
    state_.previous_word_like = WordLike(token);
    out->push_back(std::move(token));
  }

  // Reads tokens until one of `terminators` (consumed, returned in `*ended`) or the end of text.
  bool Sequence(std::string_view terminators, TokenList* out, char* ended) {
    while (at_ < text_.size()) {
      char c = text_[at_];
      if (terminators.find(c) != std::string_view::npos) {
        *ended = c;
        ++at_;
        return true;
      }
      if (IsBlank(c)) {
        state_.joined = false;
        ++at_;
      } else if (c == '_') {
        state_.joined = true;
        ++at_;
      } else if (c == '}' || c == ')' || c == '|') {
        error_ = std::string("unexpected '") + c + "'";
        return false;
      } else if (c == '{' || c == '(') {
        if (!Bracketed(out)) return false;
      } else if (c == '&') {
        size_t start = ++at_;
        while (at_ < text_.size() && !Structural(text_[at_])) ++at_;
        PatternToken token{PatternToken::Kind::kSynset};
        token.synset = text::UpperAscii(text_.substr(start, at_ - start));
        if (token.synset.empty()) {
          error_ = "'&' without a synset name";
          return false;
        }
        Push(std::move(token), out);
      } else if (std::string_view("*$+%^").find(c) != std::string_view::npos) {
        PatternToken token{PatternToken::Kind::kSpecial};
        using K = PatternElement::Kind;
        token.special = c == '*'   ? K::kVerb
                        : c == '$' ? K::kSource
                        : c == '+' ? K::kTarget
                        : c == '%' ? K::kCompound
                                   : K::kSkip;
        ++at_;
        Push(std::move(token), out);
      } else {
        size_t start = at_;
        while (at_ < text_.size() && !Structural(text_[at_])) ++at_;
        bool underscore = at_ < text_.size() && text_[at_] == '_';
        PatternToken token{PatternToken::Kind::kWord};
        token.word = MakeWord(text_.substr(start, at_ - start), underscore, dialect_);
        if (!token.word.text.empty()) Push(std::move(token), out);
      }
    }
    if (!terminators.empty()) {
      error_ = "missing '" + std::string(1, terminators.back()) + "'";
      return false;
    }
    return true;
  }

  // '{ a | b }' alternatives, or a '{...}' / '(...)' group whose tokens go into `out`.
  bool Bracketed(TokenList* out) {
    char open = text_[at_];
    char close = open == '{' ? '}' : ')';
    ++at_;
    if (open == '{' && HasTopLevelBar()) {
      // Each alternative is read on its own; the choice then takes the place of one token.
      PatternToken choice{PatternToken::Kind::kChoice};
      State outside = state_;
      for (char ended = '|'; ended == '|';) {
        state_ = State{};
        TokenList alternative;
        if (!Sequence("|}", &alternative, &ended)) return false;
        if (alternative.empty()) {
          error_ = "empty alternative in { | }";
          return false;
        }
        choice.choices.push_back(std::move(alternative));
      }
      state_ = outside;
      Push(std::move(choice), out);
      return true;
    }
    if (state_.group_depth++ == 0) state_.group_start = true;
    char ended = 0;
    bool ok = Sequence(std::string(1, close), out, &ended);
    --state_.group_depth;
    state_.group_start = false;
    return ok;
  }

  // Whether the '{' just read holds a '|' of its own (not one of a nested '{...}').
  bool HasTopLevelBar() const {
    int depth = 1;
    for (size_t i = at_; i < text_.size(); ++i) {
      char c = text_[i];
      if (c == '{' || c == '(') ++depth;
      if (c == '}' || c == ')') {
        if (--depth == 0) return false;
      }
      if (c == '|' && depth == 1) return true;
    }
    return false;
  }

  struct State {
    bool joined = false;              // an '_' since the last token
    int group_depth = 0;              // inside PETRARCH-2 '{...}' / '(...)' groups
    bool group_start = false;         // the next token opens the outermost group
    bool previous_word_like = false;  // the last token was a word, synset or choice
  };

  std::string_view text_;
  DictionaryDialect dialect_;
  size_t at_ = 0;
  State state_;
  std::string error_;
};

class VerbReader {
 public:
  VerbReader(DictionaryDialect dialect, const Source& source) : dialect_(dialect), source_(source) {}

  void Read(const std::vector<Line>& lines) {
    PeerDictionaries* into = source_.into();
    WordLists word_lists;
    bool in_time_block = false;
    Synset* synset = nullptr;  // the one whose '+' members are being read
    for (const Line& line : lines) {
      const std::string& t = line.text;
      if (t == "<TIME>" || t == "</TIME>") {
        in_time_block = t == "<TIME>";
        continue;
      }
      if (in_time_block || t == "<SYNSETS>" || t == "</SYNSETS>" || word_lists.Take(line, dialect_, into))
        continue;
      if (t[0] == '+' && synset) {
        AddSynsetMember(synset, std::string_view(t).substr(1), line.number);
        continue;
      }
      synset = nullptr;
      if (t[0] == '&') {
        synset = DefineSynset(std::string_view(t).substr(1), line.number);
      } else if (t.starts_with("---")) {
        StartBlock(t, line.number);
      } else if (t[0] == '-') {
        AddPattern(t, line.number);
      } else if (t[0] == '~') {
        into->transformations.push_back(
            {std::string(text::TrimSpace(std::string_view(t).substr(1))), source_.Origin(line.number)});
      } else if (t[0] == '{') {
        AddFormsLine(t, line.number);
      } else if (t[0] == '+' && !petrarch()) {
        source_.Warn(line.number, "'+' line outside a synset");
      } else if (t[0] == '<') {
        source_.Warn(line.number, "unknown tag " + t);
      } else {
        AddVerb(t, line.number);
      }
    }
    Emit();
  }

 private:
  struct Synset {
    std::vector<TokenList> members;
    bool plurals = false;  // PETRARCH adds the plural of word-only members unless the label ends in '_'
  };
  struct PendingPattern {
    TokenList tokens;
    EventCode code;
    std::string text;
    size_t line;
  };
  // A TABARI verb with its patterns, or a PETRARCH '--- NAME [code] ---' block: its verbs share the
  // patterns, which are expanded once every synset is known (PETRARCH-1 may define them later).
  struct Block {
    EventCode code{"---"};
    std::vector<VerbEntry> verbs;
    std::vector<PendingPattern> patterns;
  };

  bool petrarch() const { return dialect_ != DictionaryDialect::kTabari; }

  Synset* DefineSynset(std::string_view label, size_t line) {
    std::string name = text::UpperAscii(text::TrimSpace(label));
    bool plurals = petrarch() && !name.ends_with("_");
    while (name.ends_with("_")) name.pop_back();
    if (name.empty() || std::any_of(name.begin(), name.end(), IsBlank)) {
      source_.Warn(line, "malformed synset label '&" + std::string(label) + "'");
      return nullptr;
    }
    if (synsets_.count(name)) source_.Warn(line, "synset &" + name + " defined again; members added");
    Synset& synset = synsets_[name];
    synset.plurals = plurals;
    return &synset;
  }

  void AddSynsetMember(Synset* synset, std::string_view text, size_t line) {
    TokenList tokens;
    std::string error;
    if (!PatternParser(text, dialect_).Parse(&tokens, &error) || tokens.empty()) {
      source_.Warn(line, "synset member skipped: " + (error.empty() ? "empty" : error));
      return;
    }
    bool words_only = std::all_of(tokens.begin(), tokens.end(),
                                  [](const PatternToken& t) { return t.kind == PatternToken::Kind::kWord; });
    bool plural = synset->plurals && words_only && !text::TrimSpace(text).ends_with("_");
    synset->members.push_back(tokens);
    if (plural) {
      tokens.back().word.text = Plural(tokens.back().word.text);
      synset->members.push_back(std::move(tokens));
    }
  }

  void StartBlock(const std::string& text, size_t line) {
    Block block;
    size_t open = text.find('[');
    if (open != std::string::npos) {
      size_t close = text.find(']', open);
      if (close == std::string::npos) {
        source_.Warn(line, "missing ']'");
      } else if (auto code = ParseEventCode(std::string_view(text).substr(open + 1, close - open - 1), line,
                                            source_)) {
        block.code = *code;
      }
      if (close != std::string::npos && text.find('[', close) != std::string::npos)
        source_.Warn(line, "block header has more than one code; the first is used");
    }
    blocks_.push_back(std::move(block));
  }

  void AddPattern(const std::string& text, size_t line) {
    if (blocks_.empty() || blocks_.back().verbs.empty()) {
      source_.Warn(line, "pattern before any verb");
      return;
    }
    CodedText coded = SplitCode(std::string_view(text).substr(1), line, source_);
    if (!coded.code) {
      if (!coded.bracket) source_.Warn(line, "pattern without a [code]");
      return;
    }
    PendingPattern pattern{{}, *coded.code, text, line};
    std::string error;
    if (!PatternParser(coded.text, dialect_).Parse(&pattern.tokens, &error)) {
      source_.Warn(line, "pattern skipped: " + error);
      return;
    }
    blocks_.back().patterns.push_back(std::move(pattern));
  }

  // The words of a verb phrase. PETRARCH marks the inflected word of a multi-word verb with '+'
  // (+BEEF_UP, RE_+ARREST); TABARI's head is the first word. `*no_regular_forms` for TABARI's
  // 'WORD=', which takes no inflected forms.
  DictPhrase ParseVerbPhrase(std::string_view text, size_t line, size_t* head, bool* no_regular_forms,
                             bool* marked_head) {
    DictPhrase phrase;
    *head = 0;
    *marked_head = false;
    *no_regular_forms = false;
    ForEachWord(text, [&](std::string_view raw, bool underscore) {
      bool plus = petrarch() && raw.starts_with("+");
      if (plus) raw.remove_prefix(1);
      if (raw.empty()) return;
      bool equals = false;
      DictWord word = MakeWord(raw, underscore, dialect_, &equals);
      // A lone mark ('=' or '~') is no word: as an empty stem it would make every word of a text
      // this verb. ParsePhrase drops such words too.
      if (word.text.empty()) return;
      if (plus) {
        if (*marked_head) source_.Warn(line, "verb phrase has more than one '+' head; the first is used");
        if (!*marked_head) *head = phrase.size();
        *marked_head = true;
      }
      if (!petrarch() && phrase.empty() && equals) *no_regular_forms = true;
      phrase.push_back(std::move(word));
    });
    return phrase;
  }

  // Irregular forms "{ FORM ... }". A form shaped like the verb (same other words, an exact head)
  // joins its forms; any other (TABARI's stem ACTUALITY or BROKEN_DOWN_, a PETRARCH form with other
  // particles) becomes a verb of its own with the same code and patterns.
  void AddListedForms(std::string_view list, size_t line, VerbEntry* verb,
                      std::vector<VerbEntry>* block_verbs) {
    std::vector<VerbEntry> extra;
    for (const auto& form_text : SplitBlank(list)) {
      size_t head = 0;
      bool no_regular, marked;
      DictPhrase form = ParseVerbPhrase(form_text, line, &head, &no_regular, &marked);
      if (form.empty()) continue;
      if (petrarch() && form.size() > 1 && !marked) {
        source_.Warn(line, "multi-word form " + form_text + " needs a '+' on its verb; skipped");
        continue;
      }
      bool same_shape = form.size() == verb->phrase.size() && head == verb->head && !form[head].stem;
      for (size_t i = 0; same_shape && i < form.size(); ++i)
        if (i != head && !(form[i] == verb->phrase[i])) same_shape = false;
      if (same_shape) {
        AddUnique(&verb->forms, form[head].text);
        continue;
      }
      VerbEntry other;
      other.forms = {form[head].text};
      other.phrase = std::move(form);
      other.head = head;
      other.code = verb->code;
      other.origin = source_.Origin(line);
      extra.push_back(std::move(other));
    }
    for (auto& other : extra) block_verbs->push_back(std::move(other));
  }

  // TABARI's "{ FORM_ FORM_ }" line after a verb.
  void AddFormsLine(const std::string& text, size_t line) {
    size_t close = text.find('}');
    if (close == std::string::npos) {
      source_.Warn(line, "missing '}'");
    } else if (blocks_.empty() || blocks_.back().verbs.empty()) {
      source_.Warn(line, "verb forms without a verb");
    } else {
      std::vector<VerbEntry>& verbs = blocks_.back().verbs;
      AddListedForms(std::string_view(text).substr(1, close - 1), line, &verbs.back(), &verbs);
    }
  }

  void AddVerb(const std::string& text, size_t line) {
    if (!petrarch() || blocks_.empty()) {
      if (petrarch()) source_.Warn(line, "verb before any '--- NAME [code] ---' block; null default code");
      blocks_.emplace_back();
    }
    Block& block = blocks_.back();
    CodedText coded = SplitCode(text, line, source_);
    if (coded.bracket && !coded.code) return;
    std::string_view phrase_text = coded.text;
    std::optional<std::string_view> listed;
    if (size_t brace = phrase_text.find('{'); brace != std::string_view::npos) {
      size_t end = phrase_text.find('}', brace);
      if (end == std::string_view::npos) {
        source_.Warn(line, "missing '}'");
        return;
      }
      if (!text::TrimSpace(phrase_text.substr(end + 1)).empty())
        source_.Warn(line, "text after the verb forms ignored: '" +
                               std::string(text::TrimSpace(phrase_text.substr(end + 1))) + "'");
      listed = phrase_text.substr(brace + 1, end - brace - 1);
      phrase_text = phrase_text.substr(0, brace);
    }

    VerbEntry verb;
    bool no_regular_forms, marked;
    verb.phrase = ParseVerbPhrase(phrase_text, line, &verb.head, &no_regular_forms, &marked);
    if (verb.phrase.empty()) {
      source_.Warn(line, "verb line without a verb");
      return;
    }
    if (petrarch() && verb.phrase.size() > 1 && !marked)
      source_.Warn(line, "multi-word verb without a '+' on its verb; the first word is used");
    if (!petrarch() && !coded.code) source_.Warn(line, "verb without a [code]; null code used");
    verb.code = coded.code ? *coded.code : block.code;
    verb.origin = source_.Origin(line);
    // PETRARCH: "if irregular forms are provided in {...}, ALL forms need to be included". TABARI
    // inflects every verb but 'WORD=', listed forms or not.
    const std::string& head = verb.phrase[verb.head].text;
    if (no_regular_forms || (petrarch() && listed)) {
      verb.forms = {head};
    } else {
      verb.forms = RegularForms(head);
      // TABARI's endings are suffixes, whatever the verb: RETREAT_ also codes RETREATES and RETREATEN.
      if (!petrarch() && !verb.phrase[verb.head].stem && !head.ends_with("E"))
        for (const char* ending : {"ES", "EN"}) AddUnique(&verb.forms, head + ending);
    }
    block.verbs.push_back(std::move(verb));
    if (listed) AddListedForms(*listed, line, &block.verbs.back(), &block.verbs);
  }

  // Every flat pattern `tokens` stand for. A synset or choice whose alternatives are all words
  // becomes one element; an alternative holding '$', '+'... (TABARI's +PESO_$) makes a pattern of
  // its own. Words inside one alternative read as consecutive.
  bool Expand(const TokenList& tokens, int depth, std::vector<std::vector<PatternElement>>* out,
              std::string* error) const {
    if (depth > kMaxSynsetDepth) {
      *error = "synsets nest too deeply (a synset containing itself?)";
      return false;
    }
    std::vector<std::vector<PatternElement>> partial(1);
    for (const PatternToken& token : tokens) {
      if (token.kind == PatternToken::Kind::kWord || token.kind == PatternToken::Kind::kSpecial) {
        PatternElement element;
        element.kind = token.kind == PatternToken::Kind::kWord ? PatternElement::Kind::kWords : token.special;
        if (token.kind == PatternToken::Kind::kWord) element.alternatives = {{token.word}};
        element.adjacent = token.adjacent;
        for (auto& p : partial) p.push_back(element);
        continue;
      }
      const std::vector<TokenList>* alternatives = &token.choices;
      if (token.kind == PatternToken::Kind::kSynset) {
        auto it = synsets_.find(token.synset);
        if (it == synsets_.end()) {
          *error = "undefined synset &" + token.synset;
          return false;
        }
        alternatives = &it->second.members;
      }
      PatternElement words;
      words.adjacent = token.adjacent;
      std::set<std::string> seen;
      std::vector<std::vector<PatternElement>> with_specials;
      for (const TokenList& alternative : *alternatives) {
        std::vector<std::vector<PatternElement>> flats;
        if (!Expand(alternative, depth + 1, &flats, error)) return false;
        for (auto& flat : flats) {
          if (auto phrases = AsPhrases(flat)) {
            for (auto& phrase : *phrases)
              if (seen.insert(PhraseText(phrase)).second) words.alternatives.push_back(std::move(phrase));
          } else {
            flat.front().adjacent = token.adjacent;
            with_specials.push_back(std::move(flat));
          }
        }
        // Checked as they grow and before `partial` is multiplied: nested synsets of a few hundred
        // bytes would otherwise make hundreds of millions.
        if (words.alternatives.size() > kMaxExpansions || with_specials.size() > kMaxExpansions) {
          *error = "synsets and alternatives expand to too many patterns";
          return false;
        }
      }
      if (partial.size() * ((words.alternatives.empty() ? 0 : 1) + with_specials.size()) > kMaxExpansions) {
        *error = "synsets and alternatives expand to too many patterns";
        return false;
      }
      std::vector<std::vector<PatternElement>> next;
      for (const auto& p : partial) {
        if (!words.alternatives.empty()) {
          next.push_back(p);
          next.back().push_back(words);
        }
        for (const auto& flat : with_specials) {
          next.push_back(p);
          next.back().insert(next.back().end(), flat.begin(), flat.end());
        }
      }
      partial = std::move(next);
      if (partial.size() > kMaxExpansions || words.alternatives.size() > kMaxExpansions) {
        *error = "synsets and alternatives expand to too many patterns";
        return false;
      }
    }
    for (auto& p : partial) out->push_back(std::move(p));
    return true;
  }

  // The phrases a words-only element sequence matches, or nothing when it holds a special token or
  // its phrases would be too many: the caller then keeps the elements in a pattern of their own.
  static std::optional<std::vector<DictPhrase>> AsPhrases(const std::vector<PatternElement>& flat) {
    std::vector<DictPhrase> phrases(1);
    for (const PatternElement& element : flat) {
      if (element.kind != PatternElement::Kind::kWords) return std::nullopt;
      // Checked before multiplying, not after: two synsets of 20000 phrases would make 400 million.
      if (phrases.size() * element.alternatives.size() > kMaxExpansions) return std::nullopt;
      std::vector<DictPhrase> longer;
      for (const auto& start : phrases)
        for (const auto& alternative : element.alternatives) {
          longer.push_back(start);
          longer.back().insert(longer.back().end(), alternative.begin(), alternative.end());
        }
      phrases = std::move(longer);
      if (phrases.size() > kMaxExpansions) return std::nullopt;
    }
    return phrases;
  }

  void Emit() {
    PeerDictionaries* into = source_.into();
    size_t copies = 0;  // patterns given to verbs so far
    for (Block& block : blocks_) {
      std::vector<VerbPattern> patterns;
      for (const PendingPattern& pending : block.patterns) {
        std::vector<std::vector<PatternElement>> flats;
        std::string error;
        if (!Expand(pending.tokens, 0, &flats, &error)) {
          source_.Warn(pending.line, "pattern skipped: " + error);
          continue;
        }
        auto one_verb = [](const std::vector<PatternElement>& elements) {
          return std::count_if(elements.begin(), elements.end(), [](const PatternElement& e) {
                   return e.kind == PatternElement::Kind::kVerb;
                 }) == 1;
        };
        if (!std::all_of(flats.begin(), flats.end(), one_verb)) {
          source_.Warn(pending.line, "pattern skipped: it needs exactly one '*'");
          continue;
        }
        // Every verb of the block gets a copy of its patterns: a few synset patterns in a block of
        // many verbs took gigabytes. CAMEO.2.0.txt makes some 50000 copies.
        if (copies + (patterns.size() + flats.size()) * block.verbs.size() > kMaxPatternCopies) {
          source_.Warn(pending.line, "pattern skipped: the dictionary's patterns expand to too many");
          continue;
        }
        for (auto& elements : flats)
          patterns.push_back({std::move(elements), pending.code, pending.text, source_.Origin(pending.line)});
      }
      copies += patterns.size() * block.verbs.size();
      for (VerbEntry& verb : block.verbs) {
        verb.patterns = patterns;
        into->verbs.push_back(std::move(verb));
      }
    }
  }

  DictionaryDialect dialect_;
  const Source& source_;
  std::map<std::string, Synset> synsets_;
  std::vector<Block> blocks_;
};

bool KnownKind(std::string_view kind) {
  return kind == "actors" || kind == "agents" || kind == "discards" || kind == "verbs";
}

// The kind a file's name gives, or "" for the files a dictionary directory also holds (.options,
// .project, .text, records, issues, prepositions).
std::string KindFromName(const std::string& name) {
  std::string lower = name;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* other : {".options", ".project", ".text", ".xml"})
    if (lower.ends_with(other)) return "";
  for (const char* kind : {"actors", "agents", "discards", "verbs"})
    if (lower.find(kind) != std::string::npos) return kind;
  return name.starts_with("CAMEO.") ? "verbs" : "";
}

// PETRARCH-2's verbs file has its "####### VERB PATTERNS" section and '(...)' or '{...}' groups
// in patterns (a '{' with '|' is TABARI's alternatives, still read by PETRARCH-1).
bool LooksLikePetrarch2(std::string_view verbs_text) {
  if (verbs_text.find("####### VERB PATTERNS") != std::string_view::npos) return true;
  for (const Line& line : LogicalLines(verbs_text, DictionaryDialect::kPetrarch1)) {
    const std::string& t = line.text;
    if (t[0] != '-' || t.starts_with("---")) continue;
    std::string_view pattern = std::string_view(t).substr(0, t.rfind('['));
    if (pattern.find('(') != std::string_view::npos ||
        (pattern.find('{') != std::string_view::npos && pattern.find('|') == std::string_view::npos))
      return true;
  }
  return false;
}

Status ReadText(const std::string& path, std::string* text) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError("cannot open " + path);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Status::IoError("cannot read " + path);
  *text = buffer.str();
  return Status::Ok();
}

}  // namespace

void ParsePeerDictionary(std::string_view text, const std::string& path, std::string_view kind,
                         DictionaryDialect dialect, PeerDictionaries* into) {
  Source source(path, into);
  if (!KnownKind(kind)) {
    into->warnings.push_back(path + ": unknown dictionary kind '" + std::string(kind) + "'");
    return;
  }
  std::vector<Line> lines = LogicalLines(text, dialect);
  if (kind == "actors") ParseActors(lines, dialect, source);
  if (kind == "agents") ParseAgents(lines, dialect, source);
  if (kind == "discards") ParseDiscards(lines, dialect, source);
  if (kind == "verbs") VerbReader(dialect, source).Read(lines);
}

Status ReadPeerDictionary(const std::string& path, std::string_view kind, DictionaryDialect dialect,
                          PeerDictionaries* into) {
  if (!KnownKind(kind)) return Status::InvalidArgument("unknown dictionary kind '" + std::string(kind) + "'");
  std::string text;
  if (Status read = ReadText(path, &text); !read.ok()) return read;
  ParsePeerDictionary(text, path, kind, dialect, into);
  return Status::Ok();
}

Status ReadPeerDictionaryDir(const std::string& dir, PeerDictionaries* into) {
  std::error_code error;
  if (!fs::is_directory(dir, error)) return Status::NotFound(dir + " is not a directory");
  struct File {
    std::string path, kind, text;
    bool petrarch;
  };
  std::vector<File> files;
  for (fs::directory_iterator it(dir, error), end; !error && it != end; it.increment(error)) {
    if (!it->is_regular_file(error)) continue;
    std::string name = it->path().filename().string();
    std::string kind = KindFromName(name);
    if (!kind.empty()) files.push_back({it->path().string(), kind, "", name.ends_with(".txt")});
  }
  if (error) return Status::IoError("cannot list " + dir + ": " + error.message());
  if (files.empty()) return Status::NotFound("no actors, agents, discards or verbs files in " + dir);
  std::sort(files.begin(), files.end(), [](const File& a, const File& b) { return a.path < b.path; });

  // A PETRARCH directory is one dialect: its verbs file tells which.
  DictionaryDialect petrarch_dialect = DictionaryDialect::kPetrarch1;
  for (File& file : files) {
    if (Status read = ReadText(file.path, &file.text); !read.ok()) return read;
    if (file.petrarch && file.kind == "verbs" && LooksLikePetrarch2(file.text))
      petrarch_dialect = DictionaryDialect::kPetrarch2;
  }
  for (const File& file : files)
    ParsePeerDictionary(file.text, file.path, file.kind,
                        file.petrarch ? petrarch_dialect : DictionaryDialect::kTabari, into);
  return Status::Ok();
}

bool ParsePeerDate(std::string_view digits, long* day) {
  if (!AllDigits(digits) || (digits.size() != 6 && digits.size() != 8)) return false;
  auto number = [&](size_t at, size_t n) {
    int value = 0;
    for (size_t i = at; i < at + n; ++i) value = value * 10 + (digits[i] - '0');
    return value;
  };
  size_t year_digits = digits.size() - 4;
  int year = number(0, year_digits);
  if (year_digits == 2) year += year < 30 ? 2000 : 1900;
  int month = number(year_digits, 2), day_of_month = number(year_digits + 2, 2);
  if (month < 1 || month > 12 || day_of_month < 1 || day_of_month > time::DaysInMonth(year, month))
    return false;
  *day = time::DayNumber(year, month, day_of_month);
  return true;
}

}  // namespace sitrep::peer
