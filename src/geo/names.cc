#include "geo/names.h"

#include <vector>

#include "text/fold.h"

namespace sitrep::geo {

namespace {

// Words that are the Arabic article in its transcriptions, dropped when another word follows.
bool IsArticle(std::string_view w) {
  static constexpr std::string_view kArticles[] = {"al", "el", "ul", "ad", "ed", "ar", "er", "as", "es", "at", "et",
                                                   "az", "ez", "an", "en", "ash", "esh", "adh", "ath", "l"};
  for (auto a : kArticles)
    if (w == a) return true;
  return false;
}

// Splits the folded name into words. Apostrophes, dots and the half rings of Arabic transcription
// vanish inside a word ("Qa'im", "U.S."); every other non-letter separates words.
std::vector<std::string> Words(std::string_view name) {
  std::string folded = text::Fold(name);
  std::vector<std::string> words(1);
  for (size_t i = 0; i < folded.size();) {
    auto c = static_cast<unsigned char>(folded[i]);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      words.back().push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    if (c == '\'' || c == '.') {
      ++i;
      continue;
    }
    if (c >= 0x80) {
      size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
      std::string_view cp = std::string_view(folded).substr(i, len);
      // ʿ ʾ ʻ ʼ (modifier letters for ayn and hamza) are not separators.
      bool modifier = cp == "\u02BF" || cp == "\u02BE" || cp == "\u02BB" || cp == "\u02BC" || cp == "\u02B9";
      if (!modifier) words.back().append(cp);
      i += len;
      continue;
    }
    if (!words.back().empty()) words.emplace_back();
    ++i;
  }
  if (words.back().empty()) words.pop_back();
  return words;
}

std::string Transcribe(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    char n = i + 1 < s.size() ? s[i + 1] : '\0';
    auto next_is = [&](std::string_view t) { return s.compare(i + 1, t.size(), t) == 0; };
    if (c == 'd' && n == 'j') { out += 'j'; ++i; continue; }
    if (c == 't' && next_is("ch")) { out += 's'; i += 2; continue; }
    if ((c == 'c' || c == 's') && n == 'h') { out += 's'; ++i; continue; }
    if ((c == 'k' || c == 'g') && n == 'h') { out += c; ++i; continue; }
    if ((c == 'p') && n == 'h') { out += 'f'; ++i; continue; }
    if ((c == 't' || c == 'd') && n == 'h') { out += c; ++i; continue; }
    if (c == 'c' && n == 'k') { out += 'k'; ++i; continue; }
    if (c == 'q') { out += 'k'; continue; }
    if ((c == 'a' || c == 'e') && (n == 'y')) { out += 'e'; ++i; continue; }
    if (c == 'e' && n == 'i') { out += 'e'; ++i; continue; }
    if ((c == 'a' || c == 'o') && n == 'w') { out += 'u'; ++i; continue; }
    if (c == 'o' && (n == 'u' || n == 'o')) { out += 'u'; ++i; continue; }
    if (c == 'o' || c == 'w') { out += 'u'; continue; }
    if (c == 'y') { out += 'i'; continue; }
    out += c;
  }
  // Doubled letters are one (Raqqa/Raqa, Mossoul/Mosul), and a final h after a vowel is silent
  // (Raqqah/Raqqa).
  std::string collapsed;
  for (char c : out)
    if (collapsed.empty() || collapsed.back() != c || (c >= '0' && c <= '9')) collapsed += c;
  if (collapsed.size() > 3 && collapsed.back() == 'h') {
    char v = collapsed[collapsed.size() - 2];
    if (v == 'a' || v == 'e' || v == 'i' || v == 'u') collapsed.pop_back();
  }
  return collapsed;
}

bool IsSunLetter(char c) {
  return c == 't' || c == 'd' || c == 's' || c == 'z' || c == 'n' || c == 'r' || c == 'l' || c == 'c';
}

}  // namespace

std::string NameKey(std::string_view name) {
  std::vector<std::string> words = Words(name);
  std::string joined;
  for (size_t w = 0; w < words.size(); ++w) {
    std::string_view word = words[w];
    if (w + 1 < words.size() && IsArticle(word)) continue;
    // The article assimilated and glued to its noun: "Ezzor", "Assukkariyah" ("ez-Zor", "as-Sukkariyah").
    if (word.size() > 4 && (word[0] == 'a' || word[0] == 'e') && IsSunLetter(word[1]) && word[2] == word[1] &&
        (w > 0))
      word.remove_prefix(2);
    joined.append(word);
  }
  return Transcribe(joined);
}

std::string ExactKey(std::string_view name) {
  std::string out;
  for (const auto& w : Words(name)) out += w;
  return out;
}

uint64_t KeyHash(std::string_view key) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char c : key) h = (h ^ c) * 0x100000001b3ull;
  // splitmix64 finaliser: FNV alone leaves the high bits, which pick the slot, poorly mixed.
  h ^= h >> 30;
  h *= 0xbf58476d1ce4e5b9ull;
  h ^= h >> 27;
  h *= 0x94d049bb133111ebull;
  h ^= h >> 31;
  return h ? h : 1;
}

}  // namespace sitrep::geo
