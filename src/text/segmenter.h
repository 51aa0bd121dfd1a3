// Sentences and tokens with UTF-8 byte offsets into the document's own text.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "lexicon/lexicon.h"
#include "sitrep/status.h"

namespace sitrep::text {

enum class TokenKind : uint8_t { kWord, kNumber, kPunct, kSymbol };
const char* TokenKindName(TokenKind k);

struct Token {
  uint32_t start = 0, end = 0;  // byte offsets into the document text
  TokenKind kind = TokenKind::kWord;
  bool space_before = false;
};

struct Sentence {
  uint32_t start = 0, end = 0;  // byte offsets, trimmed to the first and last token
  uint32_t first_token = 0, token_count = 0;
  uint32_t paragraph = 0;       // 0-based; a blank line or a line ending a sentence starts a new one
};

// The longest sentence the segmenter makes. Every stage after it looks at a sentence as a whole
// (its mentions, a verb's subject, the cues around a predicate), and each event repeats its sentence
// as evidence, so a text without sentence ends (a list run together, a feed with no punctuation)
// would cost time and output quadratic in its length. A longer run of text is cut into pieces of
// at most this many tokens and bytes, at clause punctuation where there is some (docs/EVENTS.md).
// Real sentences stay well under both; a single token longer than the byte bound stays whole.
inline constexpr uint32_t kMaxSentenceTokens = 400;
inline constexpr uint32_t kMaxSentenceBytes = 4096;

struct Segmentation {
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
};

// One Segmenter per language; not thread-safe (it owns ICU break iterators).
class Segmenter {
 public:
  // Elisions, clitics, unsplittable words and abbreviations come from the lexicon's "words" and
  // "abbreviations" tables for `lang`.
  static Result<std::unique_ptr<Segmenter>> Create(const lexicon::Lexicon& lexicon, const std::string& lang);
  ~Segmenter();

  // Segments text[begin, end of text).
  Segmentation Segment(std::string_view text, size_t begin = 0);

 private:
  struct Impl;
  explicit Segmenter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace sitrep::text
