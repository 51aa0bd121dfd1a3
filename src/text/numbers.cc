#include "text/numbers.h"

#include <algorithm>
#include <unordered_map>

namespace sitrep::text {
namespace {

int Lookup(const std::unordered_map<std::string_view, int>& table, std::string_view word) {
  auto it = table.find(word);
  return it == table.end() ? 0 : it->second;
}

int SimpleCardinal(std::string_view word) {
  static const std::unordered_map<std::string_view, int> kWords = {
      {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6}, {"seven", 7}, {"eight", 8},
      {"nine", 9}, {"ten", 10}, {"eleven", 11}, {"twelve", 12}, {"thirteen", 13}, {"fourteen", 14},
      {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20},
      {"thirty", 30}, {"forty", 40}, {"fifty", 50}, {"sixty", 60}, {"seventy", 70}, {"eighty", 80},
      {"ninety", 90}, {"hundred", 100}, {"thousand", 1000}, {"dozen", 12},
      {"deux", 2}, {"trois", 3}, {"quatre", 4}, {"cinq", 5}, {"six", 6}, {"sept", 7}, {"huit", 8}, {"neuf", 9},
      {"dix", 10}, {"onze", 11}, {"douze", 12}, {"treize", 13}, {"quatorze", 14}, {"quinze", 15},
      {"seize", 16}, {"vingt", 20}, {"vingts", 20}, {"trente", 30}, {"quarante", 40}, {"cinquante", 50},
      {"soixante", 60}, {"cent", 100}, {"cents", 100}, {"mille", 1000}};
  return Lookup(kWords, word);
}

}  // namespace

int CardinalWord(std::string_view folded) {
  if (int v = SimpleCardinal(folded)) return v;
  // dix-huit, vingt-cinq, twenty-five, soixante-et-onze, quatre-vingt(s)-dix.
  if (folded.find('-') == std::string_view::npos) return 0;
  int total = 0;
  for (size_t start = 0; start <= folded.size();) {
    size_t end = std::min(folded.find('-', start), folded.size());
    std::string_view part = folded.substr(start, end - start);
    start = end + 1;
    if (part == "et" || part == "and") continue;
    if (part == "vingts" || (part == "vingt" && total == 4)) {
      total *= 20;
      continue;
    }
    int v = SimpleCardinal(part);
    if (!v) return 0;
    total += v;
  }
  return total;
}

int ApproximateAmount(std::string_view folded) {
  static const std::unordered_map<std::string_view, int> kAmounts = {
      {"dizaine", 10}, {"douzaine", 12}, {"quinzaine", 15}, {"vingtaine", 20}, {"trentaine", 30},
      {"quarantaine", 40}, {"cinquantaine", 50}, {"soixantaine", 60}, {"centaine", 100}, {"millier", 1000},
      {"dizaines", 12}, {"douzaines", 12}, {"centaines", 100}, {"milliers", 1000},
      {"tens", 10}, {"dozens", 12}, {"scores", 20}, {"hundreds", 100}, {"thousands", 1000}};
  return Lookup(kAmounts, folded);
}

}  // namespace sitrep::text
