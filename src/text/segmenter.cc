#include "text/segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>

#include "text/fold.h"
#include "text/utf8.h"

namespace sitrep::text {

const char* TokenKindName(TokenKind k) {
  switch (k) {
    case TokenKind::kWord: return "word";
    case TokenKind::kNumber: return "number";
    case TokenKind::kPunct: return "punct";
    case TokenKind::kSymbol: return "symbol";
  }
  return "word";
}

namespace {

enum class AbbrevClass : uint8_t { kNone, kTitle, kOther };

// The bytes that start a hyphen or an apostrophe of any spelling: the ASCII ones, and the lead
// bytes of U+02BC (0xCA), U+00B4 (0xC2), U+2018, U+2019 and the Unicode hyphens (0xE2).
constexpr auto kMayStartApostropheOrHyphen = [] {
  std::array<bool, 256> table{};
  for (unsigned char c : {'-', '\'', '`', '\xCA', '\xC2', '\xE2'}) table[c] = true;
  return table;
}();

bool IsHyphen(std::string_view s) { return s == "-" || s == "\u2010" || s == "\u2011"; }

// Spaces that may separate digit groups: a plain space (French only), no-break and narrow no-break.
bool IsGroupSpace(std::string_view s, bool plain_allowed) {
  return (plain_allowed && s == " ") || s == "\u00A0" || s == "\u202F" || s == "\u2009";
}

bool IsClosing(std::string_view text, const Token& t) {
  std::string_view s = text.substr(t.start, t.end - t.start);
  return s == "\u00BB" || s == "\u201D" || s == ")" || s == "]" || s == "\u203A";
}

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Where an over-long sentence is best cut: after a semicolon, colon, comma or dash.
bool IsClausePunctuation(std::string_view s) {
  return s == ";" || s == ":" || s == "," || s == "\u2013" || s == "\u2014";
}

// Cuts every sentence longer than kMaxSentenceTokens or kMaxSentenceBytes into pieces within both
// bounds: each piece as long as they allow, ending at the last clause punctuation in its second
// half when there is one. One pass over the tokens.
std::vector<Sentence> BoundLength(std::string_view text, const std::vector<Token>& tokens,
                                  const std::vector<Sentence>& sentences) {
  std::vector<Sentence> out;
  out.reserve(sentences.size());
  for (const Sentence& s : sentences) {
    uint32_t first = s.first_token;
    const uint32_t end = s.first_token + s.token_count;
    while (first < end) {
      uint32_t last = first + 1;  // exclusive; a piece holds one token at least
      while (last < end && last + 1 - first <= kMaxSentenceTokens &&
             tokens[last].end - tokens[first].start <= kMaxSentenceBytes)
        ++last;
      if (last < end)
        for (uint32_t k = last - 1; k > first + (last - first) / 2; --k)
          if (IsClausePunctuation(text.substr(tokens[k].start, tokens[k].end - tokens[k].start))) {
            last = k + 1;
            break;
          }
      Sentence piece = s;
      piece.first_token = first;
      piece.token_count = last - first;
      piece.start = tokens[first].start;
      piece.end = tokens[last - 1].end;
      out.push_back(piece);
      first = last;
    }
  }
  return out;
}

struct UTextCloser {
  void operator()(UText* t) const { utext_close(t); }
};

// ICU's break iterators read UTF-16 natively; over UTF-8 each of their steps goes through UText's
// conversion. The text is converted once, keeping the byte offset of each UTF-16 unit (and of
// the end) to turn their boundaries back into byte offsets.
// An ill-formed sequence is one U+FFFD, as ICU's own UTF-8 reading makes it.
class Utf16Text {
 public:
  explicit Utf16Text(std::string_view utf8) {
    units_.reserve(utf8.size());
    byte_at_.reserve(utf8.size() + 1);
    const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
    const auto length = static_cast<int32_t>(utf8.size());
    for (int32_t i = 0; i < length;) {
      auto start = static_cast<uint32_t>(i);
      UChar32 c;
      U8_NEXT(s, i, length, c);
      if (c < 0) c = 0xFFFD;
      if (c <= 0xFFFF) {
        units_.push_back(static_cast<char16_t>(c));
        byte_at_.push_back(start);
      } else {
        units_.push_back(U16_LEAD(c));
        units_.push_back(U16_TRAIL(c));
        byte_at_.insert(byte_at_.end(), 2, start);
      }
    }
    byte_at_.push_back(static_cast<uint32_t>(utf8.size()));
  }
  // A UText over the units, for an iterator's setText; the Utf16Text must outlive its use.
  std::unique_ptr<UText, UTextCloser> Open(UErrorCode* err) const {
    return std::unique_ptr<UText, UTextCloser>(
        utext_openUChars(nullptr, units_.data(), static_cast<int64_t>(units_.size()), err));
  }
  // The byte offset of a boundary an iterator gave.
  uint32_t ByteAt(int32_t index) const { return byte_at_[static_cast<size_t>(index)]; }

 private:
  std::vector<char16_t> units_;
  std::vector<uint32_t> byte_at_;
};

}  // namespace

struct Segmenter::Impl {
  std::string lang;
  std::unique_ptr<icu::BreakIterator> words, sentences;
  std::unordered_set<std::string> elisions;       // folded, with the apostrophe: "l'", "jusqu'"
  std::vector<std::string> clitics;               // folded: "-t-il", "n't", "'s"; longest first
  std::unordered_set<std::string> unsplittable;   // folded words with an inner apostrophe
  std::unordered_map<std::string, AbbrevClass> abbreviations;  // as written: "Gen.", "U.S."

  AbbrevClass AbbreviationOf(std::string_view word_with_period) const {
    auto it = abbreviations.find(std::string(word_with_period));
    return it == abbreviations.end() ? AbbrevClass::kNone : it->second;
  }

  std::vector<Token> RawTokens(const std::string& work, size_t begin, const Utf16Text& units) const;
  void MergeAbbreviations(std::string_view text, std::vector<Token>* tokens,
                          std::unordered_map<uint32_t, AbbrevClass>* abbrev_at) const;
  void MergeCompounds(std::string_view text, std::vector<Token>* tokens) const;
  void SplitClitics(std::string_view text, std::vector<Token>* tokens) const;
  void MergeDigitGroups(std::string_view text, std::vector<Token>* tokens) const;
};

Segmenter::Segmenter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Segmenter::~Segmenter() = default;

Result<std::unique_ptr<Segmenter>> Segmenter::Create(const lexicon::Lexicon& lexicon, const std::string& lang) {
  auto impl = std::make_unique<Impl>();
  impl->lang = lang;
  UErrorCode err = U_ZERO_ERROR;
  icu::Locale locale(lang.c_str());
  impl->words.reset(icu::BreakIterator::createWordInstance(locale, err));
  impl->sentences.reset(icu::BreakIterator::createSentenceInstance(locale, err));
  if (U_FAILURE(err)) return Status::Unsupported(std::string("ICU break iterators: ") + u_errorName(err));
  for (const auto* table : lexicon.Find("clitics", lang)) {
    for (const auto& row : table->rows) {
      std::string form = Fold(row[0]);
      if (row[1] == "prefix") impl->elisions.insert(form);
      else if (std::find(impl->clitics.begin(), impl->clitics.end(), form) == impl->clitics.end())
        impl->clitics.push_back(form);
    }
  }
  for (const auto* table : lexicon.Find("words", lang))
    for (const auto& row : table->rows)
      if (std::string form = Fold(row[0]); form.find_first_of("'-") != std::string::npos) impl->unsplittable.insert(form);
  std::sort(impl->clitics.begin(), impl->clitics.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  for (const auto* table : lexicon.Find("abbreviations", lang))
    for (const auto& row : table->rows)
      impl->abbreviations[row[0]] = row[1] == "title" ? AbbrevClass::kTitle : AbbrevClass::kOther;
  return std::unique_ptr<Segmenter>(new Segmenter(std::move(impl)));
}

std::vector<Token> Segmenter::Impl::RawTokens(const std::string& work, size_t begin, const Utf16Text& units) const {
  std::vector<Token> tokens;
  UErrorCode err = U_ZERO_ERROR;
  auto ut = units.Open(&err);
  if (U_FAILURE(err)) return tokens;
  words->setText(ut.get(), err);
  if (U_FAILURE(err)) return tokens;
  bool space = true;
  uint32_t prev = units.ByteAt(words->first());
  for (int32_t boundary = words->next(); boundary != icu::BreakIterator::DONE; boundary = words->next()) {
    uint32_t next = units.ByteAt(boundary);
    int32_t status = words->getRuleStatus();
    uint32_t start = prev;
    prev = next;
    std::string_view piece(work.data() + begin + start, next - start);
    size_t pos = 0;
    UChar32 first = static_cast<UChar32>(DecodeAt(piece, &pos));
    if (status < UBRK_WORD_NONE_LIMIT && (u_isUWhiteSpace(first) || u_iscntrl(first))) {
      space = true;
      continue;
    }
    Token t;
    t.start = static_cast<uint32_t>(begin + start);
    t.end = static_cast<uint32_t>(begin + next);
    t.space_before = space;
    // ICU calls "3R" a number; a token with a letter in it is a word. What ICU calls a word of
    // letters, kana or ideographs is one whatever it holds: no need to look for a letter.
    bool has_letter = false;
    if (status < UBRK_WORD_NUMBER_LIMIT)
      for (size_t at = 0; at < piece.size() && !has_letter;)
        has_letter = u_isalpha(static_cast<UChar32>(DecodeAt(piece, &at)));
    if (status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT && !has_letter) t.kind = TokenKind::kNumber;
    else if (status >= UBRK_WORD_NUMBER || has_letter) t.kind = TokenKind::kWord;
    else t.kind = u_ispunct(first) ? TokenKind::kPunct : TokenKind::kSymbol;
    tokens.push_back(t);
    space = false;
  }
  return tokens;
}

// The merges below rewrite the token vector in place: a merged token is written at or before
// where its first part was read, and the parts after it are read before anything is written there.
void Segmenter::Impl::MergeAbbreviations(std::string_view text, std::vector<Token>* tokens,
                                         std::unordered_map<uint32_t, AbbrevClass>* abbrev_at) const {
  size_t kept = 0;
  for (size_t i = 0; i < tokens->size(); ++i) {
    Token t = (*tokens)[i];
    if (t.kind == TokenKind::kWord && i + 1 < tokens->size()) {
      const Token& dot = (*tokens)[i + 1];
      if (!dot.space_before && text.substr(dot.start, dot.end - dot.start) == ".") {
        std::string_view word = text.substr(t.start, t.end - t.start);
        AbbrevClass cls = AbbreviationOf(std::string(word) + ".");
        // A lone capital with a period is an initial (J. Smith), which never ends a sentence.
        size_t pos = 0;
        UChar32 first = static_cast<UChar32>(DecodeAt(word, &pos));
        if (cls == AbbrevClass::kNone && pos == word.size() && u_isupper(first)) cls = AbbrevClass::kTitle;
        if (cls != AbbrevClass::kNone) {
          t.end = dot.end;
          (*abbrev_at)[t.end] = cls;
          ++i;
        }
      }
    }
    (*tokens)[kept++] = t;
  }
  tokens->resize(kept);
}

void Segmenter::Impl::MergeCompounds(std::string_view text, std::vector<Token>* tokens) const {
  size_t kept = 0;
  for (size_t i = 0; i < tokens->size(); ++i) {
    Token t = (*tokens)[i];
    // word-hyphen-word with no space on either side: al-Bab, nord-ouest, as-Suwayda, a-t-il.
    while (t.kind == TokenKind::kWord && i + 2 < tokens->size()) {
      const Token& hyphen = (*tokens)[i + 1];
      const Token& next = (*tokens)[i + 2];
      if (hyphen.space_before || next.space_before || next.kind != TokenKind::kWord ||
          !IsHyphen(text.substr(hyphen.start, hyphen.end - hyphen.start)))
        break;
      t.end = next.end;
      i += 2;
    }
    (*tokens)[kept++] = t;
  }
  tokens->resize(kept);
}

void Segmenter::Impl::SplitClitics(std::string_view text, std::vector<Token>* tokens) const {
  std::vector<Token> out;
  out.reserve(tokens->size() + tokens->size() / 8);
  for (const Token& original : *tokens) {
    if (original.kind != TokenKind::kWord) {
      out.push_back(original);
      continue;
    }
    Token t = original;
    // Only words with an apostrophe (of any spelling) or a hyphen can hold a clitic.
    std::string_view raw = text.substr(t.start, t.end - t.start);
    if (std::none_of(raw.begin(), raw.end(), [](char c) { return kMayStartApostropheOrHyphen[static_cast<unsigned char>(c)]; })) {
      out.push_back(t);
      continue;
    }
    std::string folded = Fold(raw);
    if (folded.find_first_of("-'") == std::string::npos || unsplittable.count(folded)) {
      out.push_back(t);
      continue;
    }
    // Elisions at the front, one after the other: l'armée, qu'il, jusqu'à.
    for (size_t apostrophe = folded.find('\''); apostrophe != std::string::npos && apostrophe + 1 < folded.size() &&
                                                elisions.count(folded.substr(0, apostrophe + 1)) &&
                                                !unsplittable.count(folded);
         apostrophe = folded.find('\'')) {
      size_t pos = t.start;
      while (pos < t.end && !IsApostrophe(DecodeAt(text, &pos))) {
      }
      Token head = t;
      head.end = static_cast<uint32_t>(pos);
      out.push_back(head);
      t.start = static_cast<uint32_t>(pos);
      t.space_before = false;
      folded = folded.substr(apostrophe + 1);
    }
    // Clitics at the end (a-t-il, Syria's, didn't).
    for (const std::string& clitic : clitics) {
      if (folded.size() <= clitic.size() || folded.compare(folded.size() - clitic.size(), clitic.size(), clitic) != 0)
        continue;
      // Walk back in the original over as many code points as the clitic has.
      size_t cps = 0;
      for (unsigned char c : clitic) cps += (c & 0xC0) != 0x80;
      size_t cut = t.end;
      while (cps > 0 && cut > t.start) {
        --cut;
        while (cut > t.start && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
        --cps;
      }
      Token head = t, tail = t;
      head.end = static_cast<uint32_t>(cut);
      tail.start = static_cast<uint32_t>(cut);
      tail.space_before = false;
      out.push_back(head);
      out.push_back(tail);
      t.start = t.end;  // consumed
      break;
    }
    if (t.start < t.end) out.push_back(t);
  }
  tokens->swap(out);
}

void Segmenter::Impl::MergeDigitGroups(std::string_view text, std::vector<Token>* tokens) const {
  size_t kept = 0;
  for (size_t i = 0; i < tokens->size(); ++i) {
    Token t = (*tokens)[i];
    std::string_view first = text.substr(t.start, t.end - t.start);
    if (t.kind == TokenKind::kNumber && AllDigits(first) && first.size() <= 3) {
      while (i + 1 < tokens->size()) {
        const Token& next = (*tokens)[i + 1];
        std::string_view gap = text.substr(t.end, next.start - t.end);
        std::string_view digits = text.substr(next.start, next.end - next.start);
        if (next.kind != TokenKind::kNumber || digits.size() != 3 || !AllDigits(digits) ||
            !IsGroupSpace(gap, lang == "fr"))
          break;
        t.end = next.end;
        ++i;
      }
    }
    (*tokens)[kept++] = t;
  }
  tokens->resize(kept);
}

namespace {

// Text of ASCII letters and spaces only: the lexicon's phrases, mostly ("armed forces"), which every
// start segments by the thousand. ICU's rules make each run of letters a word and find no sentence
// end in it, so that its break iterators, a third of the cost of a start, are not needed.
bool IsPlain(std::string_view text) {
  bool letter = false;
  for (char c : text) {
    bool is_letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!is_letter && c != ' ') return false;
    letter = letter || is_letter;
  }
  return letter;
}

// Plain text's words and its one sentence, as ICU and the merges would make them (the merges need a
// period, a hyphen, an apostrophe or a digit: plain text has none).
Segmentation SegmentPlain(std::string_view text, size_t begin) {
  Segmentation seg;
  bool space = true;
  for (size_t i = begin; i < text.size(); ++i) {
    if (text[i] == ' ') {
      space = true;
    } else if (space) {
      seg.tokens.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1), TokenKind::kWord, space});
      space = false;
    } else {
      seg.tokens.back().end = static_cast<uint32_t>(i + 1);
    }
  }
  seg.sentences.push_back({seg.tokens.front().start, seg.tokens.back().end, 0,
                           static_cast<uint32_t>(seg.tokens.size()), 0});
  seg.sentences = BoundLength(text, seg.tokens, seg.sentences);
  return seg;
}

}  // namespace

Segmentation Segmenter::Segment(std::string_view text, size_t begin) {
  begin = std::min(begin, text.size());
  if (IsPlain(text.substr(begin))) return SegmentPlain(text, begin);
  Segmentation seg;
  // A newline inside a paragraph is only line wrapping: it must not end a sentence. A newline ends
  // a paragraph when a blank line follows or the line before ends like a sentence or a heading.
  std::string work(text);
  // ICU joins words across U+202F (narrow no-break space, French typography) and U+00A0; make them
  // plain spaces in the copy ICU sees. The digit-group merge still sees them in `text`.
  for (size_t at = work.find('\xE2', begin); at != std::string::npos; at = work.find('\xE2', at + 1))
    if (work.compare(at, 3, "\u202F") == 0 || work.compare(at, 3, "\u2009") == 0) work.replace(at, 3, "   ");
  for (size_t at = work.find('\xC2', begin); at != std::string::npos; at = work.find('\xC2', at + 1))
    if (work.compare(at, 2, "\u00A0") == 0) work.replace(at, 2, "  ");
  for (size_t nl = work.find('\n', begin); nl != std::string::npos; nl = work.find('\n', nl + 1)) {
    size_t next = work.find_first_not_of(" \t\r", nl + 1);
    if (next == std::string::npos || work[next] == '\n') continue;
    size_t end = nl;
    while (end > begin && (work[end - 1] == ' ' || work[end - 1] == '\t' || work[end - 1] == '\r')) --end;
    size_t line_start = work.rfind('\n', end == 0 ? 0 : end - 1);
    line_start = line_start == std::string::npos || line_start < begin ? begin : line_start + 1;
    if (end <= line_start) continue;  // an empty line
    size_t last_start = end - 1;
    while (last_start > line_start && (static_cast<unsigned char>(work[last_start]) & 0xC0) == 0x80) --last_start;
    size_t at = last_start;
    auto last = static_cast<UChar32>(DecodeAt(work, &at));
    bool ends_sentence = u_ispunct(last) && std::u32string_view(U",-\u2010\u2011(«[").find(last) == std::u32string_view::npos;
    // A short line before a capitalised one is a heading or a dateline.
    size_t pos = next;
    bool capital_next = u_isupper(static_cast<UChar32>(DecodeAt(work, &pos))) || (work[next] >= '0' && work[next] <= '9');
    bool heading = end - line_start < 60 && capital_next;
    if (!ends_sentence && !heading) work[nl] = ' ';
  }

  const Utf16Text units(std::string_view(work).substr(begin));
  seg.tokens = impl_->RawTokens(work, begin, units);
  std::unordered_map<uint32_t, AbbrevClass> abbrev_at;
  impl_->MergeAbbreviations(text, &seg.tokens, &abbrev_at);
  impl_->MergeCompounds(text, &seg.tokens);
  impl_->SplitClitics(text, &seg.tokens);
  impl_->MergeDigitGroups(text, &seg.tokens);

  // Sentence boundaries from ICU, less those that follow an abbreviation.
  UErrorCode err = U_ZERO_ERROR;
  auto ut = units.Open(&err);
  std::vector<uint32_t> bounds;
  if (U_SUCCESS(err)) {
    impl_->sentences->setText(ut.get(), err);
    for (int32_t b = impl_->sentences->next(); b != icu::BreakIterator::DONE && U_SUCCESS(err);
         b = impl_->sentences->next())
      bounds.push_back(static_cast<uint32_t>(begin + units.ByteAt(b)));
  }
  if (bounds.empty() || bounds.back() < text.size()) bounds.push_back(static_cast<uint32_t>(text.size()));

  size_t tok = 0;
  uint32_t paragraph = 0, prev_end = static_cast<uint32_t>(begin);
  bool first_sentence = true;
  Sentence current;
  bool open = false;
  for (uint32_t bound : bounds) {
    size_t first = tok;
    while (tok < seg.tokens.size() && seg.tokens[tok].start < bound) ++tok;
    if (tok == first) continue;
    // A closing quote or bracket that ICU put at the start of a sentence ends the previous one
    // (« Non ! » Puis...).
    while (!open && !seg.sentences.empty() && first < tok && IsClosing(text, seg.tokens[first])) {
      Sentence& previous = seg.sentences.back();
      previous.end = seg.tokens[first].end;
      ++previous.token_count;
      prev_end = previous.end;
      ++first;
    }
    if (first == tok) continue;
    if (!open) {
      current = Sentence{};
      current.start = seg.tokens[first].start;
      current.first_token = static_cast<uint32_t>(first);
      std::string_view gap = work;
      gap = gap.substr(prev_end, current.start - prev_end);
      if (!first_sentence && gap.find('\n') != std::string_view::npos) ++paragraph;
      current.paragraph = paragraph;
      open = true;
    }
    const Token& last = seg.tokens[tok - 1];
    current.end = last.end;
    current.token_count = static_cast<uint32_t>(tok - current.first_token);
    // Keep the sentence open across a break that follows an abbreviation, unless a new
    // paragraph starts or (for ordinary abbreviations) a capitalised word follows.
    auto abbrev = abbrev_at.find(last.end);
    if (abbrev != abbrev_at.end() && tok < seg.tokens.size()) {
      const Token& next = seg.tokens[tok];
      std::string_view gap = std::string_view(work).substr(last.end, next.start - last.end);
      bool new_paragraph = gap.find('\n') != std::string_view::npos;
      bool capital_next = IsUpperInitial(text.substr(next.start, next.end - next.start));
      if (!new_paragraph && (abbrev->second == AbbrevClass::kTitle || !capital_next)) continue;
    }
    seg.sentences.push_back(current);
    prev_end = current.end;
    first_sentence = false;
    open = false;
  }
  seg.sentences = BoundLength(text, seg.tokens, seg.sentences);
  return seg;
}

}  // namespace sitrep::text
