#include "geo/names.h"

#include <algorithm>

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

// The folded name with the characters that vanish inside a word removed (apostrophes, dots, the
// half rings of Arabic transcription: "Ra'i", "U.S.") and every other non-letter turned into a
// single space between words. One string, so that splitting it allocates nothing more.
std::string Clean(std::string_view name) {
  std::string folded = text::Fold(name);
  size_t out = 0;
  bool pending_space = false;
  for (size_t i = 0; i < folded.size();) {
    auto c = static_cast<unsigned char>(folded[i]);
    size_t len = 1;
    bool letter = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    bool vanishes = c == '\'' || c == '.';
    if (c >= 0x80) {
      len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
      len = std::min(len, folded.size() - i);
      std::string_view cp = std::string_view(folded).substr(i, len);
      // ʿ ʾ ʻ ʼ ʹ (modifier letters for ayn and hamza) are not separators.
      vanishes = cp == "\u02BF" || cp == "\u02BE" || cp == "\u02BB" || cp == "\u02BC" || cp == "\u02B9";
      letter = !vanishes;
    }
    if (letter) {
      if (pending_space && out > 0) folded[out++] = ' ';
      pending_space = false;
      for (size_t k = 0; k < len; ++k) folded[out++] = folded[i + k];
    } else if (!vanishes) {
      pending_space = true;
    }
    i += len;
  }
  folded.resize(out);
  return folded;
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
  // Doubled letters are one (Raqqa/Raqa, Nassiriya/Nasiriya), and a final h after a vowel is silent
  // (Raqqah/Raqqa).
  size_t kept = 0;
  for (size_t i = 0; i < out.size(); ++i)
    if (kept == 0 || out[kept - 1] != out[i] || (out[i] >= '0' && out[i] <= '9')) out[kept++] = out[i];
  out.resize(kept);
  if (out.size() > 3 && out.back() == 'h') {
    char v = out[out.size() - 2];
    if (v == 'a' || v == 'e' || v == 'i' || v == 'u') out.pop_back();
  }
  return out;
}

bool IsSunLetter(char c) {
  return c == 't' || c == 'd' || c == 's' || c == 'z' || c == 'n' || c == 'r' || c == 'l' || c == 'c';
}

}  // namespace

std::string NameKey(std::string_view name) {
  std::string cleaned = Clean(name);
  std::string_view rest = cleaned;
  std::string joined;
  joined.reserve(cleaned.size());
  for (size_t w = 0; !rest.empty(); ++w) {
    size_t space = rest.find(' ');
    std::string_view word = rest.substr(0, space);
    rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
    if (!rest.empty() && IsArticle(word)) continue;
    // The article assimilated and glued to its noun: "Essalam", "Assukkariyah" ("es-Salam", "as-Sukkariyah").
    if (word.size() > 4 && (word[0] == 'a' || word[0] == 'e') && IsSunLetter(word[1]) && word[2] == word[1] &&
        (w > 0))
      word.remove_prefix(2);
    joined.append(word);
  }
  return Transcribe(joined);
}

std::string ExactKey(std::string_view name) {
  std::string out = Clean(name);
  out.erase(std::remove(out.begin(), out.end(), ' '), out.end());
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
