#include "peer/pattern_coder.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <span>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "text/fold.h"
#include "text/string_hash.h"

namespace sitrep::peer {

// Strings compare with "..."sv literals, whose lengths are constants: a bare literal would be
// measured and compared out of line at every test.
using namespace std::string_view_literals;
namespace {

// A word of the sentence, upper case as the dictionaries are.
struct Token {
  std::string text;
  bool punct = false;
  bool possessive = false;   // "Chad's": the 's is dropped
  bool capitalized = false;  // written with a capital inside the sentence
  size_t begin = 0, end = 0; // bytes of the sentence
};

bool IsWordByte(unsigned char c) { return std::isalnum(c) || c >= 0x80; }


// Words are letters, digits, inner apostrophes (DIDN'T) and inner periods of initials (U.S.,
// W.); hyphens split words (Al-Qaida is AL QAIDA) and a final 's is a possessive mark. Every other
// character but space is a punctuation token.
std::vector<Token> Tokenize(std::string_view s) {
  std::vector<Token> out;
  bool all_caps = true;
  for (char c : s)
    if (std::islower(static_cast<unsigned char>(c))) all_caps = false;
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = s[i];
    if (std::isspace(c) || c == '-' || c == '_') {
      ++i;
      continue;
    }
    if (!IsWordByte(c)) {
      // Digits grouped by commas stay one number: 50,000.
      out.push_back({std::string(1, static_cast<char>(c)), true, false, false, i, i + 1});
      ++i;
      continue;
    }
    size_t start = i;
    while (i < s.size()) {
      unsigned char d = s[i];
      if (IsWordByte(d)) {
        ++i;
      } else if ((d == '\'' || d == ',') && i + 1 < s.size() && IsWordByte(s[i + 1]) &&
                 (d == '\'' || (std::isdigit(static_cast<unsigned char>(s[i - 1])) &&
                                std::isdigit(static_cast<unsigned char>(s[i + 1]))))) {
        ++i;
      } else if (d == '.' && i + 1 < s.size() && std::isalpha(static_cast<unsigned char>(s[i + 1])) &&
                 i + 2 < s.size() && s[i + 2] == '.') {
        ++i;  // U.S.
      } else {
        break;
      }
    }
    std::string_view word = s.substr(start, i - start);
    // A single capital followed by a period is an initial: "George W. Bush".
    if (word.size() == 1 && std::isupper(static_cast<unsigned char>(word[0])) && i < s.size() && s[i] == '.' &&
        i + 1 < s.size() && s[i + 1] == ' ' && i + 2 < s.size() && std::isupper(static_cast<unsigned char>(s[i + 2])))
      word = s.substr(start, ++i - start);
    else if (word.find('.') != std::string_view::npos && i < s.size() && s[i] == '.')
      word = s.substr(start, ++i - start);  // the last period of U.S.
    Token t;
    t.capitalized = !all_caps && std::isupper(static_cast<unsigned char>(word[0]));
    t.text = text::UpperAscii(word);
    t.begin = start;
    t.end = start + word.size();
    // Treebank's contractions, as PETRARCH's dictionaries write them: DIDN'T is DID N'T.
    if (t.text.size() > 3 && t.text.ends_with("N'T")) {
      out.push_back({t.text.substr(0, t.text.size() - 3), false, false, t.capitalized, t.begin, t.end - 3});
      out.push_back({"N'T", false, false, false, t.end - 3, t.end});
      continue;
    }
    if (t.text.size() > 2 && t.text.ends_with("'S")) {
      t.text.resize(t.text.size() - 2);
      t.possessive = true;
    } else if (i < s.size() && s[i] == '\'' && t.text.back() == 'S' &&
               (i + 1 >= s.size() || !IsWordByte(s[i + 1]))) {
      t.possessive = true;  // "the rebels' leader"
      ++i;
    }
    t.end = i;
    out.push_back(std::move(t));
  }
  return out;
}

bool WordMatches(const DictWord& w, const Token& t) {
  if (t.punct) return false;
  return w.stem ? t.text.starts_with(w.text) : t.text == w.text;
}

// Does `phrase` match the tokens starting at `i`? Returns its length in tokens, or 0.
size_t MatchAt(const DictPhrase& phrase, const std::vector<Token>& tokens, size_t i) {
  if (phrase.empty() || i + phrase.size() > tokens.size()) return 0;
  for (size_t k = 0; k < phrase.size(); ++k)
    if (!WordMatches(phrase[k], tokens[i + k])) return 0;
  return phrase.size();
}

// Ids filed under words written in full or under stems (TABARI's "ATTACK_" is any word that starts
// so). A token's ids: those of its whole form, then those of each stem it starts with, shortest
// first. Only prefixes as long as some stem are looked up, without building a string for each.
class WordIndex {
 public:
  void Add(const std::string& word, bool stem, uint32_t id) {
    (stem ? stems_ : exact_)[word].push_back(id);
    if (!stem) return;
    if (stem_lengths_.size() <= word.size()) stem_lengths_.resize(word.size() + 1, false);
    stem_lengths_[word.size()] = true;
  }
  template <typename Visit>
  void ForEachList(std::string_view text, Visit visit) const {
    if (auto it = exact_.find(text); it != exact_.end()) visit(it->second);
    for (size_t n = 1; n <= text.size() && n < stem_lengths_.size(); ++n)
      if (stem_lengths_[n])
        if (auto it = stems_.find(text.substr(0, n)); it != stems_.end()) visit(it->second);
  }

 private:
  std::unordered_map<std::string, std::vector<uint32_t>, text::StringHash, std::equal_to<>> exact_, stems_;
  std::vector<bool> stem_lengths_;  // by length: whether a stem is that long
};

// Phrases indexed by their first word, exact or stem, for the longest match at a token.
class PhraseTable {
 public:
  void Add(const DictPhrase& phrase, uint32_t payload) {
    if (phrase.empty()) return;
    uint32_t id = static_cast<uint32_t>(entries_.size());
    entries_.push_back({&phrase, payload});
    first_words_.Add(phrase[0].text, phrase[0].stem, id);
  }
  struct Match {
    size_t length = 0;
    uint32_t payload = 0;
  };
  // The longest phrase starting at `i`; among equals the first added.
  Match Longest(const std::vector<Token>& tokens, size_t i) const {
    Match best;
    uint32_t best_id = UINT32_MAX;
    auto consider = [&](const std::vector<uint32_t>& ids) {
      for (uint32_t id : ids) {
        size_t n = MatchAt(*entries_[id].phrase, tokens, i);
        if (n > best.length || (n && n == best.length && id < best_id)) {
          best = {n, entries_[id].payload};
          best_id = id;
        }
      }
    };
    if (tokens[i].punct) return best;
    first_words_.ForEachList(tokens[i].text, consider);
    return best;
  }
  bool empty() const { return entries_.empty(); }

 private:
  struct Entry {
    const DictPhrase* phrase;
    uint32_t payload;
  };
  std::vector<Entry> entries_;
  WordIndex first_words_;
};

const std::set<std::string>& Determiners() {
  static const std::set<std::string> words = {"THE", "A", "AN", "ITS", "THEIR", "HIS", "HER", "OUR", "THIS", "THAT",
                                              "THESE", "THOSE", "ANY", "NO", "EACH", "EVERY", "SOME", "MY", "YOUR"};
  return words;
}
const std::set<std::string>& Pronouns() {
  static const std::set<std::string> words = {"HE", "SHE", "IT", "THEY", "HIM", "HER", "THEM", "ITS", "THEIR", "HIS"};
  return words;
}
const std::set<std::string>& Articles() {
  static const std::set<std::string> words = {"THE", "A", "AN"};
  return words;
}
// Words that end a noun phrase: prepositions, conjunctions, complementisers.
const std::set<std::string>& FunctionWords() {
  static const std::set<std::string> words = {
      "OF", "IN", "ON", "AT", "TO", "FROM", "WITH", "BY", "FOR", "ABOUT", "AGAINST", "BETWEEN", "INTO", "OVER",
      "UNDER", "AFTER", "BEFORE", "DURING", "SINCE", "UNTIL", "THAT", "WHICH", "WHO", "WHOM", "WHOSE", "AS",
      "THAN", "AND", "OR", "NOR", "BUT", "IF", "WHEN", "WHILE", "BECAUSE", "IS", "ARE", "WAS", "WERE", "BE",
      "BEEN", "HAS", "HAVE", "HAD", "WILL", "WOULD", "SHALL", "SHOULD", "CAN", "COULD", "MAY", "MIGHT", "MUST",
      "NOT", "N'T", "TOO", "ALSO", "THEN", "ALMOST", "NOW"};
  return words;
}
const std::set<std::string>& Conjunctions() {
  static const std::set<std::string> words = {"AND", "BUT", "OR", "NOR"};
  return words;
}

// An actor mention: one actor or a compound of several, over tokens [first, last).
struct Mention {
  size_t first = 0, last = 0;
  std::vector<std::string> codes;
  bool pronoun = false;
};

// Dictionary words are split as the tokenizer splits text: hyphens (BARAD-DUR) and contractions
// (DIDN'T). Returns where each original word's first piece went.
std::vector<size_t> Normalize(DictPhrase* phrase) {
  DictPhrase out;
  std::vector<size_t> starts;
  for (const DictWord& w : *phrase) {
    starts.push_back(out.size());
    std::string rest = w.text;
    for (size_t dash; (dash = rest.find('-')) != std::string::npos;) {
      if (dash > 0) out.push_back({rest.substr(0, dash), false});
      rest = rest.substr(dash + 1);
    }
    if (rest.size() > 3 && rest.ends_with("N'T")) {
      out.push_back({rest.substr(0, rest.size() - 3), false});
      out.push_back({"N'T", false});
    } else if (!rest.empty()) {
      out.push_back({rest, w.stem});
    }
  }
  *phrase = std::move(out);
  return starts;
}

PeerDictionaries Normalized(PeerDictionaries d) {
  for (auto& a : d.actors)
    for (auto& p : a.phrases) Normalize(&p);
  for (auto& a : d.agents)
    for (auto& p : a.phrases) Normalize(&p);
  for (auto& x : d.discards) Normalize(&x.phrase);
  for (auto& p : d.nouns) Normalize(&p);
  for (auto& p : d.adjectives) Normalize(&p);
  for (auto& v : d.verbs) {
    auto starts = Normalize(&v.phrase);
    if (v.head < starts.size()) v.head = starts[v.head];
    // A head of dashes only ("+-" in a PETRARCH verb) splits into nothing; the verb can never match
    // and is dropped like one without words (found by fuzzing: the head pointed past the phrase).
    if (v.head >= v.phrase.size()) v.phrase.clear();
    for (auto& pattern : v.patterns)
      for (auto& e : pattern.elements)
        for (auto& alt : e.alternatives) Normalize(&alt);
  }
  return d;
}

}  // namespace

struct PatternCoder::Impl {
  const PeerDictionaries dict;
  PatternCoderOptions options;
  PhraseTable actors, agents, discards, verbs, nouns, adjectives;
  // Every form of each verb head; TABARI's stem heads by their stem.
  WordIndex verb_heads;
  std::vector<std::vector<uint32_t>> pattern_order;  // per verb, its patterns in the order to try
  std::vector<std::vector<std::vector<size_t>>> required_words;  // per verb and pattern: word hashes

  Impl(const PeerDictionaries& original, PatternCoderOptions o) : dict(Normalized(original)), options(o) {
    const PeerDictionaries& d = dict;
    for (uint32_t i = 0; i < d.actors.size(); ++i)
      for (const auto& p : d.actors[i].phrases) actors.Add(p, i);
    for (uint32_t i = 0; i < d.agents.size(); ++i)
      for (const auto& p : d.agents[i].phrases) agents.Add(p, i);
    for (uint32_t i = 0; i < d.discards.size(); ++i) discards.Add(d.discards[i].phrase, i);
    for (const auto& p : d.nouns) nouns.Add(p, 0);
    for (const auto& p : d.adjectives) adjectives.Add(p, 0);
    for (uint32_t i = 0; i < d.verbs.size(); ++i) {
      const VerbEntry& v = d.verbs[i];
      if (v.phrase.empty()) {
        pattern_order.emplace_back();
        required_words.emplace_back();
        continue;
      }
      std::set<std::string> forms(v.forms.begin(), v.forms.end());
      forms.insert(v.phrase[v.head].text);
      for (const auto& f : forms) verb_heads.Add(f, false, i);
      if (v.phrase[v.head].stem) verb_heads.Add(v.phrase[v.head].text, true, i);
      for (const auto& pattern : v.patterns)
        for (const auto& e : pattern.elements) {
          if (e.alternatives.size() < 4) continue;
          FirstWords& words = first_words[&e];
          for (const auto& alt : e.alternatives)
            if (alt.empty()) continue;
            else if (alt[0].stem) words.stem = true;
            else words.exact.insert(alt[0].text);
        }
      // The words a pattern cannot match without: a sentence lacking one is not tried.
      std::vector<std::vector<size_t>> required;
      for (const auto& pattern : v.patterns) {
        required.emplace_back();
        for (const auto& e : pattern.elements)
          if (e.kind == PatternElement::Kind::kWords && e.alternatives.size() == 1)
            for (const DictWord& w : e.alternatives[0])
              if (!w.stem) required.back().push_back(std::hash<std::string>{}(w.text));
      }
      required_words.push_back(std::move(required));
      // Longer patterns first; among equals the dictionary's order.
      std::vector<uint32_t> order(v.patterns.size());
      for (uint32_t k = 0; k < order.size(); ++k) order[k] = k;
      std::stable_sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) {
        return v.patterns[x].elements.size() > v.patterns[y].elements.size();
      });
      pattern_order.push_back(std::move(order));
    }
  }

  struct Verb {
    size_t first = 0, last = 0, head = 0;  // tokens of the whole verb phrase
    uint32_t entry = 0;
  };

  // The verb phrase whose head is token `i`, longest first.
  std::optional<Verb> VerbAt(const std::vector<Token>& tokens, size_t i) const {
    if (tokens[i].punct) return std::nullopt;
    std::optional<Verb> best;
    verb_heads.ForEachList(tokens[i].text, [&](const std::vector<uint32_t>& ids) {
      for (uint32_t id : ids) {
        const VerbEntry& v = dict.verbs[id];
        if (i < v.head) continue;
        size_t first = i - v.head;
        if (first + v.phrase.size() > tokens.size()) continue;
        bool ok = true;
        for (size_t k = 0; k < v.phrase.size() && ok; ++k)
          if (k != v.head) ok = WordMatches(v.phrase[k], tokens[first + k]);
        if (!ok) continue;
        size_t last = first + v.phrase.size();
        if (!best || last - first > best->last - best->first) best = Verb{first, last, i, id};
      }
    });
    return best;
  }

  // Can one of a long list of alternatives (a synset of weapons, say) start at this token? Tried
  // before the list itself, at every token a pattern is matched on.
  bool MayStart(const PatternElement& e, const Token& t) const {
    auto it = first_words.find(&e);
    if (it == first_words.end()) return true;
    return it->second.stem || it->second.exact.count(t.text) > 0;
  }
  struct FirstWords {
    std::unordered_set<std::string> exact;
    bool stem = false;  // some alternative starts with a stem: no quick answer
  };
  std::unordered_map<const PatternElement*, FirstWords> first_words;

  std::string ActorCode(const ActorEntry& a, long day) const {
    for (const auto& c : a.codes)
      if (day >= c.from && day <= c.to) return c.code;
    return a.codes.empty() ? std::string() : a.codes.back().code;
  }
};

PatternCoder::PatternCoder(const PeerDictionaries& dictionaries, PatternCoderOptions options)
    : impl_(new Impl(dictionaries, options)) {}
PatternCoder::~PatternCoder() = default;
const PatternCoderOptions& PatternCoder::options() const { return impl_->options; }

PatternCoderOptions TabariDefaultOptions() {
  PatternCoderOptions o;
  o.comma_max = o.comma_end_max = 10;
  o.agents_in_noun_phrase = false;
  o.compound_keeps_target = false;
  o.discard_actor_code = true;
  o.lone_agent = "";
  // TABARI's suite shows that by default a four-word sentence is too short to code.
  o.min_words = 5;
  return o;
}

bool PatternCoder::SetOption(std::string_view line) {
  // "COMMA: MIN = 4 MAX = 6": words, with '=' '[' ']' as separators.
  std::vector<std::string> words;
  std::string word;
  for (char c : text::UpperAscii(line) + " ") {
    if (std::isspace(static_cast<unsigned char>(c)) || c == '=' || c == '[' || c == ']' || c == ':') {
      if (!word.empty()) words.push_back(word);
      word.clear();
      if (c == ':') words.push_back(":");
    } else {
      word += c;
    }
  }
  auto set = [&](std::string_view key, size_t* into) {
    for (size_t i = 0; i + 1 < words.size(); ++i)
      if (words[i] == key && std::isdigit(static_cast<unsigned char>(words[i + 1][0]))) {
        *into = std::strtoul(words[i + 1].c_str(), nullptr, 10);
        return true;
      }
    return false;
  };
  PatternCoderOptions& o = impl_->options;
  if (words.size() < 2 || words[1] != ":"sv) return false;
  auto has = [&](std::string_view word) { return std::find(words.begin(), words.end(), word) != words.end(); };
  if (words[0] == "COMPLEX"sv) {
    o.actor_before_verb = has("NOACTPRIOR");
    set("VERBS", &o.max_verbs);
    set("CONJ", &o.max_conjunctions);
    return true;
  }
  if (words[0] == "DEFAULT"sv) {
    // "DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER", "DEFAULT: OFF".
    o.default_source.clear();
    o.default_target.clear();
    o.default_source_prior = o.default_target_after = false;
    for (size_t i = 2; i + 1 < words.size(); ++i) {
      if (words[i] == "SOURCE"sv) {
        o.default_source = words[i + 1];
        o.default_source_prior = i + 2 < words.size() && words[i + 2] == "PRIOR"sv;
      } else if (words[i] == "TARGET"sv) {
        o.default_target = words[i + 1];
        o.default_target_after = i + 2 < words.size() && words[i + 2] == "AFTER"sv;
      }
    }
    return true;
  }
  if (words[0] == "SET"sv && has("CODE")) {
    if (has("ALL")) o.code_by = PatternCoderOptions::CodeBy::kAll;
    else if (has("SENTENCE")) o.code_by = PatternCoderOptions::CodeBy::kSentence;
    else if (has("CLAUSE")) o.code_by = PatternCoderOptions::CodeBy::kClause;
    else return false;
    return true;
  }
  if (words[0] == "SET"sv && has("CONVERT") && has("AGENT")) {
    o.lone_agent = has("TRUE") ? "~" : "";
    return true;
  }
  if (words[0] == "COMMA"sv) {
    if (words.size() > 2 && words[2] == "OFF"sv) {
      o.comma_min = o.comma_end_min = o.comma_begin_min = 1;
      o.comma_max = o.comma_end_max = o.comma_begin_max = 0;
      return true;
    }
    bool any = set("MIN", &o.comma_min);
    any |= set("MAX", &o.comma_max);
    any |= set("EMIN", &o.comma_end_min);
    any |= set("EMAX", &o.comma_end_max);
    any |= set("BMIN", &o.comma_begin_min);
    any |= set("BMAX", &o.comma_begin_max);
    return any;
  }
  if (words[0] == "SET"sv && words.size() > 3 && words[2] == "MINIMUM"sv && words[3] == "WORDS"sv)
    return set("WORDS", &o.min_words);
  return false;
}

namespace {

// The work on one sentence.
class SentenceCoder {
 public:
  SentenceCoder(const PatternCoder::Impl& impl, std::string_view sentence, long day, PatternCoding* out)
      : impl_(impl), day_(day), out_(out), sentence_(sentence), tokens_(Tokenize(sentence)) {}

  void Run() {
    for (size_t i = 0; i < tokens_.size(); ++i)
      if (auto m = impl_.discards.Longest(tokens_, i); m.length) {
        out_->discarded = true;
        out_->trace.push_back("discard phrase at word " + std::to_string(i));
        return;
      }
    size_t words = 0;
    for (const auto& t : tokens_) words += !t.punct;
    if (words < impl_.options.min_words) {
      out_->trace.push_back("too short: " + std::to_string(words) + " words");
      return;
    }
    DropCommaClauses();
    for (const auto& t : tokens_) words_here_.insert(std::hash<std::string>{}(t.text));
    if (!FindMentions()) return;
    mention_at_.assign(tokens_.size(), nullptr);
    for (const auto& m : mentions_) mention_at_[m.first] = &m;
    FindVerbs();
    if (out_->complex) return;
    CodeClauses();
  }

 private:
  // Drops the comma-delimited clauses whose length the options give: appositions and asides
  // ("Niger, a long-time ally,") and trailing attributions (", officials said").
  void DropCommaClauses() {
    const auto& o = impl_.options;
    auto in = [](size_t n, size_t min, size_t max) { return n >= min && n <= max; };
    // Inside the sentence first; what is left may then have a clause at its beginning or end.
    DropClauses([&](const std::vector<size_t>& commas, auto words, auto drop) {
      for (size_t k = 0; k + 1 < commas.size(); ++k)
        if (in(words(commas[k] + 1, commas[k + 1]), o.comma_min, o.comma_max)) drop(commas[k], commas[k + 1]);
    });
    // Either is kept when the rest of the sentence is no clause of its own (no actor or no verb): it
    // is then the main clause, after an introductory phrase ("On Tuesday, Veldara condemned ...",
    // "Condemning the blockade, Veldara ...") or before an aside dropped above ("Kestria, which
    // ..., condemned Ostmark").
    DropClauses([&](const std::vector<size_t>& commas, auto words, auto drop) {
      if (in(words(0, commas.front()), o.comma_begin_min, o.comma_begin_max) &&
          IsClause(commas.front() + 1, tokens_.size()))
        drop(0, commas.front() + 1);
      // A terminal clause runs from the last comma to the sentence's final punctuation.
      size_t end = tokens_.size();
      if (end == 0 || !tokens_[end - 1].punct) return;
      while (end > 0 && tokens_[end - 1].punct && tokens_[end - 1].text != ","sv) --end;
      if (in(words(commas.back() + 1, end), o.comma_end_min, o.comma_end_max) && IsClause(0, commas.back()))
        drop(commas.back(), end);
    });
  }

  // Do the tokens [from, to) hold an actor, agent or pronoun and a verb?
  bool IsClause(size_t from, size_t to) const {
    bool actor = false;
    for (size_t i = from; i < to && !actor; ++i)
      actor = impl_.actors.Longest(tokens_, i).length || impl_.agents.Longest(tokens_, i).length ||
              Pronouns().count(tokens_[i].text);
    return actor && HasVerb(from, to);
  }

  // Is there a token in [from, to) that FindVerbs would take for a verb (before actors are known)?
  bool HasVerb(size_t from, size_t to) const {
    for (size_t i = from; i < to; ++i) {
      auto v = VerbUse(i);
      if (v && v->first >= from && v->last <= to) return true;
    }
    return false;
  }

  // The verb whose head is token `i`, unless that word is used as a noun there: after an article
  // ("the attack"), capitalised inside the sentence (a name), or listed among TABARI's nouns.
  std::optional<PatternCoder::Impl::Verb> VerbUse(size_t i) const {
    auto v = impl_.VerbAt(tokens_, i);
    if (!v) return v;
    if ((v->first > 0 && Articles().count(tokens_[v->first - 1].text)) ||
        (v->first > 0 && tokens_[v->first].capitalized) || impl_.nouns.Longest(tokens_, i).length)
      return std::nullopt;
    return v;
  }

  // Runs `choose(commas, words, drop)` and removes the token ranges it drops.
  template <typename Choose>
  void DropClauses(Choose choose) {
    std::vector<size_t> commas;
    for (size_t i = 0; i < tokens_.size(); ++i)
      if (tokens_[i].text == ","sv) commas.push_back(i);
    if (commas.empty()) return;
    auto words = [&](size_t from, size_t to) {
      size_t n = 0;
      for (size_t i = from; i < to; ++i) n += !tokens_[i].punct;
      return n;
    };
    std::vector<bool> dropped(tokens_.size(), false);
    auto drop = [&](size_t from, size_t to) {
      if (ListContinues(from, to)) return;
      out_->trace.push_back("comma clause dropped: " + Span(from, to));
      for (size_t i = from; i < to; ++i) dropped[i] = true;
    };
    choose(commas, words, drop);
    std::vector<Token> kept;
    for (size_t i = 0; i < tokens_.size(); ++i)
      if (!dropped[i]) kept.push_back(std::move(tokens_[i]));
    tokens_ = std::move(kept);
  }

  // Is the clause [from, to) that starts at a comma the next item of a list of actors ("Chad,
  // the Niger Republic, Mali and Sudan")? Then it is no aside.
  bool ListContinues(size_t from, size_t to) const {
    if (from == 0 || tokens_[from].text != ","sv) return false;
    size_t item = from;  // where the actor before the comma starts
    for (size_t start = from; start-- > 0;) {
      auto m = impl_.actors.Longest(tokens_, start);
      if (m.length && start + m.length == from) {
        item = start;
        break;
      }
      if (from - start > 6) break;
    }
    if (item == from) return false;
    auto modifier = [&](size_t i) {
      return Determiners().count(tokens_[i].text) || impl_.adjectives.Longest(tokens_, i).length;
    };
    size_t i = from + 1;
    // The serial comma (", and Kestria"): only when the item before is itself after a comma, or
    // "Ostmark shelled Kestria, and Veldara protested" would join Kestria and Veldara.
    if (i < to && (tokens_[i].text == "AND"sv || tokens_[i].text == "OR"sv)) {
      while (item > 0 && modifier(item - 1)) --item;
      if (item == 0 || tokens_[item - 1].text != ","sv) return false;
      ++i;
    }
    while (i < to && modifier(i)) ++i;
    return i < to && impl_.actors.Longest(tokens_, i).length > 0;
  }

  struct Unit {
    size_t first = 0, last = 0;
    enum class Kind { kActor, kAgent, kPronoun } kind = Kind::kActor;
    std::vector<std::string> codes;  // an actor's codes (a dictionary may code THE SAHEL G5 as several actors)
    const AgentEntry* agent = nullptr;
  };

  // Actors, agents and pronouns by longest match; false when an actor's code discards the
  // sentence or makes it complex.
  bool FindUnits(std::vector<Unit>* units) const {
    for (size_t i = 0; i < tokens_.size();) {
      auto actor = impl_.actors.Longest(tokens_, i);
      auto agent = impl_.agents.Longest(tokens_, i);
      if (actor.length && actor.length >= agent.length) {
        std::string code = impl_.ActorCode(impl_.dict.actors[actor.payload], day_);
        if (code == "###"sv && impl_.options.discard_actor_code) {
          out_->trace.push_back("discard actor " + tokens_[i].text);
          out_->discarded = true;
          return false;
        }
        if (code == "+++"sv) {
          // TABARI's code for an actor that makes a sentence too complex to code.
          out_->trace.push_back("complex actor " + tokens_[i].text);
          out_->complex = true;
          return false;
        }
        Unit u{i, i + actor.length, Unit::Kind::kActor, {}, nullptr};
        for (size_t from = 0, slash; from <= code.size(); from = slash + 1) {
          slash = code.find('/', from);
          if (slash == std::string::npos) slash = code.size();
          if (slash > from) u.codes.push_back(code.substr(from, slash - from));
        }
        units->push_back(std::move(u));
        i += actor.length;
      } else if (agent.length) {
        units->push_back({i, i + agent.length, Unit::Kind::kAgent, {}, &impl_.dict.agents[agent.payload]});
        i += agent.length;
      } else if (Pronouns().count(tokens_[i].text)) {
        units->push_back({i, i + 1, Unit::Kind::kPronoun, {}, nullptr});
        ++i;
      } else {
        ++i;
      }
    }
    return true;
  }

  static std::string WithAgent(const std::string& code, const AgentEntry& agent) {
    if (code == "~"sv) return agent.prefix ? agent.code + "~" : "~" + agent.code;
    std::string actor = code.empty() ? "---" : code;
    if (agent.prefix) return actor.starts_with(agent.code) ? actor : agent.code + actor;
    if (actor.ends_with(agent.code)) return actor;
    return actor + agent.code;
  }

  // May the tokens [from, to) sit inside one noun phrase, between an actor and its agent
  // ("Mali's first deputy prime minister")?
  bool NounPhraseGap(size_t from, size_t to) const {
    if (to - from > 4) return false;
    for (size_t i = from; i < to; ++i)
      if (tokens_[i].punct || FunctionWords().count(tokens_[i].text) || impl_.VerbAt(tokens_, i)) return false;
    return true;
  }

  // Joins units into mentions: an actor with its agents ("Chad's prime minister", "MSF Sudan",
  // "the ambassadors of Mali"), then compounds joined by "and" and commas. With
  // agents_in_noun_phrase (PETRARCH), agents reach across modifiers and over a whole compound
  // ("lawmakers from Chad and Niger").
  bool FindMentions() {
    covered_.assign(tokens_.size(), false);
    std::vector<Unit> units;
    if (!FindUnits(&units)) return false;
    const bool np_agents = impl_.options.agents_in_noun_phrase;
    struct Single {
      Mention mention;
      std::vector<const AgentEntry*> spread;  // agents to give every actor of a compound
    };
    std::vector<Single> singles;
    for (size_t u = 0; u < units.size(); ++u) {
      const Unit& unit = units[u];
      Single single{{unit.first, unit.last, {}, unit.kind == Unit::Kind::kPronoun}, {}};
      if (unit.kind == Unit::Kind::kPronoun) {
        singles.push_back(single);
        continue;
      }
      // Agents before an actor: "MSF Sudan" (adjacent), "the ambassadors of Mali", "soldiers
      // from Chad", "lawmakers and officials from Niger".
      std::vector<const AgentEntry*> before;
      size_t k = u;
      while (k < units.size() && units[k].kind == Unit::Kind::kAgent) {
        before.push_back(units[k].agent);
        size_t next = units[k].last;
        if (k + 1 < units.size() && units[k + 1].kind == Unit::Kind::kAgent && next < tokens_.size() &&
            tokens_[next].text == "AND"sv && units[k + 1].first == next + 1 && np_agents) {
          ++k;
          continue;
        }
        break;
      }
      size_t actor_unit = units.size();
      if (k < units.size() && units[k].kind == Unit::Kind::kAgent) {
        size_t next = units[k].last;
        bool linked = false;
        if (next < tokens_.size() && (tokens_[next].text == "OF"sv || tokens_[next].text == "FROM"sv ||
                                      tokens_[next].text == "IN"sv)) {
          ++next;
          linked = true;
        }
        while (next < tokens_.size() && Determiners().count(tokens_[next].text)) ++next;
        if (k + 1 < units.size() && units[k + 1].kind == Unit::Kind::kActor && units[k + 1].first == next &&
            (linked || next == units[k].last))
          actor_unit = k + 1;
      } else if (unit.kind == Unit::Kind::kActor) {
        before.clear();
        actor_unit = u;
      }
      if (actor_unit == units.size()) {
        // Agents alone: "a senior official".
        if (impl_.options.lone_agent.empty()) {
          u = k;
          continue;
        }
        for (const AgentEntry* a : before) single.mention.codes.push_back(WithAgent(impl_.options.lone_agent, *a));
        single.mention.last = units[k].last;
        singles.push_back(single);
        u = k;
        continue;
      }
      // Agents after the actor: "Chad's prime minister", "Danish media and government".
      const Unit& actor = units[actor_unit];
      std::vector<const AgentEntry*> after;
      size_t end = actor.last, a = actor_unit + 1;
      while (a < units.size() && units[a].kind == Unit::Kind::kAgent &&
             (units[a].first == end || (np_agents && NounPhraseGap(end, units[a].first)) ||
              (!after.empty() && np_agents && units[a].first == end + 1 && tokens_[end].text == "AND"sv))) {
        after.push_back(units[a].agent);
        end = units[a].last;
        ++a;
      }
      for (const auto& code : actor.codes) {
        if (after.empty()) {
          std::string c = code;
          for (const AgentEntry* g : before) c = WithAgent(c, *g);
          single.mention.codes.push_back(c);
        }
        for (const AgentEntry* g : after) {
          std::string c = WithAgent(code, *g);
          for (const AgentEntry* b : before) c = WithAgent(c, *b);
          single.mention.codes.push_back(c);
        }
      }
      single.mention.last = end;
      if (np_agents && actor_unit != u) single.spread = before;
      singles.push_back(single);
      u = a - 1;
    }
    // Compounds: mentions separated only by commas, conjunctions and modifiers.
    for (size_t k = 0; k < singles.size(); ++k) {
      Mention m = singles[k].mention;
      const auto spread = singles[k].spread;
      while (k + 1 < singles.size() && !m.pronoun && !singles[k + 1].mention.pronoun &&
             Joinable(m.last, singles[k + 1].mention.first)) {
        ++k;
        for (std::string code : singles[k].mention.codes) {
          for (const AgentEntry* g : spread) code = WithAgent(code, *g);
          m.codes.push_back(code);
        }
        m.last = singles[k].mention.last;
      }
      for (size_t i = m.first; i < m.last; ++i) covered_[i] = true;
      mentions_.push_back(std::move(m));
    }
    for (const auto& m : mentions_) {
      std::string codes;
      for (const auto& c : m.codes) codes += (codes.empty() ? "" : "+") + c;
      out_->trace.push_back("actor " + Span(m.first, m.last) + " = " + (m.pronoun ? "pronoun" : codes));
    }
    return true;
  }

  // Are the tokens between two mentions a coordination ("Chad, Niger and the
  // neighbouring Mali")? Modifiers may stand between, but no verb, preposition or other noun.
  bool Joinable(size_t from, size_t to) const {
    bool conjunction = false;
    size_t modifiers = 0;
    for (size_t i = from; i < to; ++i) {
      const Token& t = tokens_[i];
      if (t.text == "AND"sv || t.text == ","sv || t.text == "NOR"sv || t.text == "OR"sv) {
        conjunction = true;
      } else if (Determiners().count(t.text) || impl_.adjectives.Longest(tokens_, i).length) {
        continue;
      } else if (t.punct || t.capitalized || FunctionWords().count(t.text) || impl_.nouns.Longest(tokens_, i).length ||
                 impl_.VerbAt(tokens_, i) || ++modifiers > 2) {
        return false;
      }
    }
    return conjunction;
  }

  void FindVerbs() {
    size_t conjunctions = 0;
    for (size_t i = 0; i < tokens_.size(); ++i) {
      if (Conjunctions().count(tokens_[i].text)) ++conjunctions;
      if (covered_[i]) continue;
      auto v = VerbUse(i);
      if (!v) continue;
      bool overlaps = false;
      for (size_t k = v->first; k < v->last; ++k) overlaps |= covered_[k];
      if (overlaps) continue;
      verbs_.push_back(*v);
      i = v->last - 1;
    }
    const auto& o = impl_.options;
    if (o.actor_before_verb && !verbs_.empty() && (mentions_.empty() || mentions_[0].first > verbs_[0].first)) {
      out_->complex = true;
      out_->trace.push_back("complex: no actor before the first verb");
      return;
    }
    if ((o.max_verbs && verbs_.size() > o.max_verbs) || (o.max_conjunctions && conjunctions > o.max_conjunctions)) {
      out_->complex = true;
      out_->trace.push_back("complex: " + std::to_string(verbs_.size()) + " verbs, " + std::to_string(conjunctions) +
                            " conjunctions");
    }
  }

  // Clauses end at a conjunction that joins no actors, or at a semicolon. A clause without an
  // actor before its verb takes the previous clause's source ("condemned the attack and promised
  // aid").
  void CodeClauses() {
    std::vector<std::pair<size_t, size_t>> clauses;
    auto conjunction = [&](size_t i) {
      return (tokens_[i].text == "AND"sv || tokens_[i].text == "BUT"sv) && !covered_[i];
    };
    // A conjunction followed by no verb before the next boundary joins words, not clauses ("promised
    // food and medicine to Kestria").
    auto verb_follows = [&](size_t i) {
      for (const auto& v : verbs_) {
        if (v.first <= i) continue;
        for (size_t k = i + 1; k < v.first; ++k)
          if (tokens_[k].text == ";"sv || conjunction(k)) return false;
        return true;
      }
      return false;
    };
    size_t start = 0;
    for (size_t i = 0; i < tokens_.size(); ++i) {
      if (tokens_[i].text == ";"sv || (conjunction(i) && verb_follows(i))) {
        clauses.push_back({start, i});
        start = i + 1;
      }
    }
    clauses.push_back({start, tokens_.size()});
    for (auto [from, to] : clauses) {
      clause_from_ = from;
      auto source = CodeClause(from, to);
      // A ### verb discards the whole sentence (CodeClause dropped the events before it): the
      // clauses after it must not code either.
      if (out_->discarded) break;
      if (!source.empty()) previous_source_ = source;
      if (impl_.options.code_by == PatternCoderOptions::CodeBy::kSentence && !out_->events.empty()) break;
    }
  }

  const Mention* MentionBefore(size_t from, size_t at) const {
    const Mention* first = nullptr;
    for (const auto& m : mentions_)
      if (m.first >= from && m.last <= at) {
        first = &m;
        break;
      }
    return first;
  }
  const Mention* MentionStartingAt(size_t i) const { return i < mention_at_.size() ? mention_at_[i] : nullptr; }

  // A pronoun that opens a later clause stands for the previous clause's source ("and then it
  // requested"); any other for the nearest actor before it that is not `avoid` (the event's
  // source: "urged Niger to help it" is Niger).
  std::vector<std::string> Resolve(const Mention* m, const std::vector<std::string>& avoid = {}) const {
    if (!m) return {};
    if (!m->pronoun) return m->codes;
    if (clause_from_ > 0 && !previous_source_.empty()) {
      // Only a pronoun before the clause's verb is its subject: "and urged it to withdraw" is not.
      bool opens_clause = true;
      for (const auto& other : mentions_)
        if (other.first >= clause_from_ && other.first < m->first) opens_clause = false;
      for (const auto& v : verbs_)
        if (v.first >= clause_from_ && v.first < m->first) opens_clause = false;
      if (opens_clause) return previous_source_;
    }
    const Mention* nearest = nullptr;
    for (const auto& other : mentions_)
      if (!other.pronoun && other.last <= m->first && other.codes != avoid) nearest = &other;
    return nearest ? nearest->codes : std::vector<std::string>{};
  }

  struct Binding {
    const Mention* source = nullptr;
    const Mention* target = nullptr;
    const Mention* compound = nullptr;
  };

  // Does element `e` match at token `i`? Returns how many tokens it takes, or 0.
  size_t ElementAt(const PatternElement& e, size_t i, Binding* b) const {
    if (i >= tokens_.size()) return 0;
    switch (e.kind) {
      case PatternElement::Kind::kWords: {
        if (!impl_.MayStart(e, tokens_[i])) return 0;
        size_t best = 0;
        for (const auto& alt : e.alternatives) best = std::max(best, MatchAt(alt, tokens_, i));
        return best;
      }
      case PatternElement::Kind::kSource:
      case PatternElement::Kind::kTarget:
      case PatternElement::Kind::kCompound: {
        const Mention* m = MentionStartingAt(i);
        if (!m) return 0;
        if (e.kind == PatternElement::Kind::kCompound && m->codes.size() < 2 && !m->pronoun) return 0;
        (e.kind == PatternElement::Kind::kSource ? b->source
         : e.kind == PatternElement::Kind::kTarget ? b->target
                                                    : b->compound) = m;
        return m->last - m->first;
      }
      case PatternElement::Kind::kSkip: {
        if (const Mention* m = MentionStartingAt(i)) return m->last - m->first;
        return tokens_[i].punct ? 0 : 1;
      }
      case PatternElement::Kind::kVerb:
        return 0;
    }
    return 0;
  }

  // Matches elements [k, end) forward from token `i` (the first free position), within `limit`:
  // each at `i` if joined to what comes before it, else at the first place it fits.
  bool MatchForward(std::span<const PatternElement> els, size_t k, size_t i, size_t limit, Binding* b) const {
    if (k == els.size()) return true;
    const PatternElement& e = els[k];
    for (size_t j = i; j < limit; ++j) {
      Binding trial = *b;
      size_t n = ElementAt(e, j, &trial);
      if (n && j + n <= limit && MatchForward(els, k + 1, j + n, limit, &trial)) {
        *b = trial;
        return true;
      }
      if (e.adjacent) break;
    }
    return false;
  }

  // Matches elements [0, k) backward, the element k-1 ending at token `i` or before it.
  bool MatchBackward(std::span<const PatternElement> els, size_t k, size_t i, size_t from, bool adjacent,
                     Binding* b) const {
    if (k == 0) return true;
    const PatternElement& e = els[k - 1];
    for (size_t end = i; end > from; --end) {
      for (size_t start = end; start-- > from;) {
        Binding trial = *b;
        size_t n = ElementAt(e, start, &trial);
        if (n == end - start && MatchBackward(els, k - 1, start, from, e.adjacent, &trial)) {
          *b = trial;
          return true;
        }
        if (end - start > 8) break;
      }
      if (adjacent) break;
    }
    return false;
  }

  bool MatchPattern(const VerbPattern& p, const PatternCoder::Impl::Verb& v, size_t from, size_t to, Binding* b) const {
    size_t star = 0;
    while (star < p.elements.size() && p.elements[star].kind != PatternElement::Kind::kVerb) ++star;
    if (star == p.elements.size()) return false;
    std::span<const PatternElement> all(p.elements);
    std::span<const PatternElement> before = all.first(star), rest = all.subspan(star + 1);
    bool verb_adjacent_before = p.elements[star].adjacent;
    return MatchBackward(before, before.size(), v.first, from, verb_adjacent_before, b) &&
           MatchForward(rest, 0, v.last, to, b);
  }

  // The pattern that matches first, longest first and among equals in the dictionary's order.
  const VerbPattern* BestPattern(const PatternCoder::Impl::Verb& v, size_t from, size_t to, Binding* b) const {
    const VerbEntry& entry = impl_.dict.verbs[v.entry];
    for (uint32_t k : impl_.pattern_order[v.entry]) {
      const auto& required = impl_.required_words[v.entry][k];
      if (!std::all_of(required.begin(), required.end(), [&](size_t h) { return words_here_.count(h) > 0; }))
        continue;
      Binding trial;
      if (MatchPattern(entry.patterns[k], v, from, to, &trial)) {
        *b = trial;
        return &entry.patterns[k];
      }
    }
    return nullptr;
  }

  // Codes the first verb of the clause that gives an event (every such verb with CODE ALL);
  // returns the clause's source.
  std::vector<std::string> CodeClause(size_t from, size_t to) {
    const auto& o = impl_.options;
    const Mention* first_actor = MentionBefore(from, to);
    struct Pending {
      std::vector<std::string> sources, targets;
      EventCode code;
      std::string verb, pattern;
      const PatternCoder::Impl::Verb* at;
    };
    std::optional<Pending> weak;
    std::vector<std::string> clause_source;
    for (const auto& v : verbs_) {
      if (v.first < from || v.last > to) continue;
      Binding b;
      const VerbPattern* matched = BestPattern(v, from, to, &b);
      EventCode code = matched ? matched->code : impl_.dict.verbs[v.entry].code;
      std::string verb_text = Span(v.first, v.last), pattern_text = matched ? matched->text : "";
      out_->trace.push_back("verb " + verb_text + (matched ? " pattern '" + pattern_text + "'" : " default") +
                            " code " + code.code + (code.reverse_code.empty() ? "" : ":" + code.reverse_code) +
                            (code.weak ? "?" : ""));
      if (code.code == "###"sv) {
        out_->discarded = true;
        out_->events.clear();
        return {};
      }
      if (code.code == "---"sv || code.code == "+++"sv || (code.code.empty() && code.reverse_code.empty())) continue;
      // The first actor from token `at` on, in the clause, other than `not_these`.
      auto first_other = [&](size_t at, const std::vector<std::string>& not_these) {
        for (const auto& m : mentions_) {
          if (m.first < at || m.last > to) continue;
          auto codes = Resolve(&m, not_these);
          if (!codes.empty() && codes != not_these) return codes;
        }
        return std::vector<std::string>{};
      };
      std::vector<std::string> sources, targets;
      bool pairs = false;
      if (b.compound) {
        sources = Resolve(b.compound);
        if (o.compound_keeps_target) targets = first_other(v.last, sources);
        pairs = targets.empty();
      } else {
        if (b.source) {
          sources = Resolve(b.source);
        } else if (b.target && b.target->first < v.first) {
          // "Niger condemned" after "noted that": the first other actor, before the verb or, as
          // in "a Chadian was shot dead in Niger", after it.
          sources = first_other(from, Resolve(b.target));
        } else if (first_actor && first_actor->first < v.first) {
          sources = Resolve(first_actor);
        } else if (!previous_source_.empty() && from > 0) {
          sources = previous_source_;
        } else if (!o.default_source.empty() && o.default_source_prior) {
          sources = {o.default_source};
        } else if (!o.default_source.empty() || !o.default_target.empty()) {
          // No actor before the verb: the first one after it is the source.
          sources = first_other(v.last, {});
          if (sources.size() > 1) {
            targets.assign(sources.begin() + 1, sources.end());
            sources.resize(1);
          }
        }
        if (targets.empty()) targets = b.target ? Resolve(b.target) : first_other(v.last, sources);
        if (!b.source && !b.target) {
          if (const Mention* agent = PassiveAgent(v, to)) {
            // "Chad was attacked by Niger": the subject is the target.
            targets = sources;
            sources = Resolve(agent);
          }
        }
        if (targets.empty() && !o.default_target.empty()) {
          if (sources.size() > 1 && !o.default_target_after) {
            targets.assign(sources.begin() + 1, sources.begin() + 2);
            sources.resize(1);
          } else {
            targets = {o.default_target};
          }
        }
      }
      if (code.weak) {
        if (!weak) weak = Pending{sources, targets, code, verb_text, pattern_text, &v};
        continue;
      }
      size_t emitted = out_->events.size();
      if (pairs) {
        if (sources.size() < 2) continue;
        EmitPairs(sources, code, verb_text, pattern_text);
      } else {
        if (sources.empty() || (targets.empty() && o.require_dyad)) continue;
        Emit(sources, targets, code, verb_text, pattern_text);
      }
      Place(emitted, v);
      if (clause_source.empty()) clause_source = sources;
      if (o.code_by != PatternCoderOptions::CodeBy::kAll) return clause_source;
    }
    if (clause_source.empty() && weak && !weak->sources.empty() && !weak->targets.empty()) {
      size_t emitted = out_->events.size();
      Emit(weak->sources, weak->targets, weak->code, weak->verb, weak->pattern);
      Place(emitted, *weak->at);
      return weak->sources;
    }
    if (clause_source.empty() && first_actor) clause_source = Resolve(first_actor);
    return clause_source;
  }

  // Where in the sentence the events from `emitted` on were written: their verb's bytes, and the
  // words of the actor that carries each code.
  void Place(size_t emitted, const PatternCoder::Impl::Verb& v) {
    auto text_of = [&](const std::string& code) {
      for (const auto& m : mentions_)
        if (!m.pronoun && std::find(m.codes.begin(), m.codes.end(), code) != m.codes.end())
          return std::string(sentence_.substr(tokens_[m.first].begin, tokens_[m.last - 1].end - tokens_[m.first].begin));
      return std::string();
    };
    for (size_t k = emitted; k < out_->events.size(); ++k) {
      PatternEvent& e = out_->events[k];
      e.verb_begin = tokens_[v.first].begin;
      e.verb_end = tokens_[v.last - 1].end;
      e.source_text = text_of(e.source);
      e.target_text = text_of(e.target);
    }
  }

  // "Chad was attacked by Niger": a form of BE before the verb and BY an actor after it.
  const Mention* PassiveAgent(const PatternCoder::Impl::Verb& v, size_t to) const {
    static const std::set<std::string> be = {"IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING"};
    bool passive = false;
    for (size_t i = v.first, steps = 0; i > 0 && steps < 3 && !passive; --i, ++steps) {
      passive = be.count(tokens_[i - 1].text) > 0;
      if (covered_[i - 1] || tokens_[i - 1].punct) break;
    }
    if (!passive) return nullptr;
    for (size_t i = v.last; i + 1 < to; ++i) {
      if (tokens_[i].text != "BY"sv) continue;
      size_t at = i + 1;
      while (at < to && Determiners().count(tokens_[at].text)) ++at;
      return MentionStartingAt(at);
    }
    return nullptr;
  }

  // Every member of a compound with every other: "Chad and Niger renewed ties".
  void EmitPairs(const std::vector<std::string>& members, const EventCode& code, const std::string& verb,
                 const std::string& pattern) {
    const std::string& reverse = code.reverse_code.empty() ? code.code : code.reverse_code;
    for (size_t i = 0; i < members.size(); ++i)
      for (size_t j = i + 1; j < members.size(); ++j) {
        if (members[i] == members[j]) continue;
        // PETRARCH-2's "[:173]" codes only the reverse event, as in Emit: no event with an empty
        // code.
        if (!code.code.empty()) out_->events.push_back({members[i], members[j], code.code, verb, pattern});
        out_->events.push_back({members[j], members[i], reverse, verb, pattern});
      }
  }

  void Emit(const std::vector<std::string>& sources, const std::vector<std::string>& targets, const EventCode& code,
            const std::string& verb, const std::string& pattern) {
    for (const auto& s : sources)
      for (const auto& t : targets) {
        if (s == t) continue;
        // PETRARCH-2's "[:173]" codes only the reverse event.
        if (!code.code.empty()) out_->events.push_back({s, t, code.code, verb, pattern});
        if (!code.reverse_code.empty()) out_->events.push_back({t, s, code.reverse_code, verb, pattern});
      }
  }

  std::string Span(size_t first, size_t last) const {
    std::string s;
    for (size_t i = first; i < last; ++i) s += (s.empty() ? "" : " ") + tokens_[i].text;
    return s;
  }

  const PatternCoder::Impl& impl_;
  long day_;
  PatternCoding* out_;
  std::string_view sentence_;
  std::vector<Token> tokens_;
  std::vector<bool> covered_;  // tokens inside an actor mention
  std::vector<Mention> mentions_;
  std::vector<PatternCoder::Impl::Verb> verbs_;
  std::unordered_set<size_t> words_here_;    // hashes of the sentence's words
  std::vector<const Mention*> mention_at_;   // the mention starting at each token
  size_t clause_from_ = 0;                   // where the clause being coded starts
  std::vector<std::string> previous_source_;  // the source of the clauses before it
};

}  // namespace

PatternCoding PatternCoder::Code(std::string_view sentence, long day) const {
  PatternCoding out;
  SentenceCoder(*impl_, sentence, day, &out).Run();
  return out;
}

}  // namespace sitrep::peer
