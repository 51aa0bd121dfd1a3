#include "lexicon/cameo_notation.h"

namespace sitrep::lexicon {
namespace {

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

}  // namespace

std::string WordText(const DictWord& w) { return w.text + (w.stem ? "*" : ""); }

std::string PhraseText(const DictPhrase& phrase, size_t head) {
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

// A phrase; `head` receives the index of the word marked '+', if any.
DictPhrase ParsePhraseText(std::string_view text, size_t* head) {
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

}  // namespace sitrep::lexicon
