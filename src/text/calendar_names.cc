#include "text/calendar_names.h"

#include <unordered_map>

namespace sitrep::text {

int MonthFromName(std::string_view folded) {
  static const std::unordered_map<std::string_view, int> kNames = {
      {"janvier", 1}, {"janv", 1}, {"january", 1}, {"jan", 1},
      {"fevrier", 2}, {"fevr", 2}, {"fev", 2}, {"february", 2}, {"feb", 2},
      {"mars", 3}, {"march", 3}, {"mar", 3},
      {"avril", 4}, {"avr", 4}, {"april", 4}, {"apr", 4},
      {"mai", 5}, {"may", 5},
      {"juin", 6}, {"june", 6}, {"jun", 6},
      {"juillet", 7}, {"juil", 7}, {"july", 7}, {"jul", 7},
      {"aout", 8}, {"august", 8}, {"aug", 8},
      {"septembre", 9}, {"sept", 9}, {"september", 9}, {"sep", 9},
      {"octobre", 10}, {"october", 10}, {"oct", 10},
      {"novembre", 11}, {"november", 11}, {"nov", 11},
      {"decembre", 12}, {"december", 12}, {"dec", 12},
  };
  // Called for most tokens of a text: length and first letter settle nearly all before hashing.
  if (folded.size() < 3 || folded.size() > 9) return 0;
  switch (folded[0]) {
    case 'j': case 'f': case 'm': case 'a': case 's': case 'o': case 'n': case 'd': break;
    default: return 0;
  }
  auto it = kNames.find(folded);
  return it == kNames.end() ? 0 : it->second;
}

int WeekdayFromName(std::string_view folded) {
  static const std::unordered_map<std::string_view, int> kDays = {
      {"lundi", 0}, {"mardi", 1}, {"mercredi", 2}, {"jeudi", 3}, {"vendredi", 4}, {"samedi", 5}, {"dimanche", 6},
      {"lundis", 0}, {"mardis", 1}, {"mercredis", 2}, {"jeudis", 3}, {"vendredis", 4}, {"samedis", 5},
      {"dimanches", 6}, {"monday", 0}, {"tuesday", 1}, {"wednesday", 2}, {"thursday", 3}, {"friday", 4},
      {"saturday", 5}, {"sunday", 6}, {"mondays", 0}, {"tuesdays", 1}, {"wednesdays", 2}, {"thursdays", 3},
      {"fridays", 4}, {"saturdays", 5}, {"sundays", 6},
  };
  auto it = kDays.find(folded);
  return it == kDays.end() ? -1 : it->second;
}

}  // namespace sitrep::text
