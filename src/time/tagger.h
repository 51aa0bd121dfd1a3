// Temporal expressions in French and English, normalised against the document date: their TIMEX3
// type and value (as in TimeML: 2017-11-03, 2017-W44, 1999-05-28TEV, P5Y, PRESENT_REF) and the
// interval of days they point at, which dates events.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "morph/analyzed_text.h"
#include "sitrep/document.h"

namespace sitrep::time {

struct Timex {
  uint32_t first = 0, last = 0;  // tokens [first, last)
  std::string type;              // DATE, TIME, DURATION, SET
  std::string value;             // TIMEX3 value
  std::string start, end;        // ISO days the expression covers; empty when it names no interval
  std::string precision;         // day, week, month, year
  int direction = 0;             // -1 looks back from the anchor (hier, il y a), +1 forward (demain)
};

class TimeTagger {
 public:
  explicit TimeTagger(std::string lang) : lang_(std::move(lang)) {}
  // Not thread-safe: it caches, per word form, whether the form can anchor or start an expression.
  // The expressions of one sentence, resolved against `anchor` (the document date). `reference`
  // carries the day last named in the document from one sentence to the next: an hour alone
  // ("à 18 h") belongs to it. Start it at 0 for a new document.
  std::vector<Timex> Tag(const morph::AnalyzedText& at, size_t sentence, const PartialDate& anchor,
                         long* reference) const;

 private:
  std::string lang_;
  mutable std::vector<int8_t> core_, start_;  // by analysis id: -1 unknown, 0 no, 1 yes
  mutable std::vector<uint8_t> tense_;        // by analysis id: what the form says about tense
  mutable std::vector<std::string_view> words_;
  mutable std::vector<size_t> next_core_;
};

// Days as numbers, for interval arithmetic: days since 1970-01-01.
long DayNumber(int year, int month, int day);
void FromDayNumber(long n, int* year, int* month, int* day);
std::string IsoDay(long n);

}  // namespace sitrep::time
