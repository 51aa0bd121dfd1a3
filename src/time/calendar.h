// Calendar names shared by the document-date reader and the temporal tagger.
#pragma once

#include <optional>
#include <string_view>

#include "morph/morphology.h"
#include "sitrep/document.h"
#include "text/calendar_names.h"

namespace sitrep::time {

using text::MonthFromName;
using text::WeekdayFromName;

// A month or a (singular) weekday name: never a place, a person or an actor, capitalised or not.
inline bool IsCalendarName(std::string_view folded) {
  return MonthFromName(folded) != 0 || (WeekdayFromName(folded) >= 0 && folded.back() != 's');
}
// The same for a word form, whose names the morphology recorded once.
inline bool IsCalendarName(const morph::Analysis& a) { return a.month != 0 || a.singular_weekday; }

// A part of the day, folded: "soir", "matin", "nuit", "apres-midi", "morning", "evening", "night".
inline bool IsTimeOfDay(std::string_view folded) {
  // Views, not a braced list of literals: that would be one of `const char*`, measured per call.
  static constexpr std::string_view kParts[] = {"matin",   "matinee", "midi",      "apres-midi", "soir",
                                                "soiree",  "nuit",    "aube",      "morning",    "afternoon",
                                                "evening", "night",   "dawn",      "overnight"};
  for (std::string_view w : kParts)
    if (folded == w) return true;
  return false;
}

int DaysInMonth(int year, int month);

// The first and the last day (days since 1970-01-01) a partial date covers: 2014-05 runs from
// 2014-05-01 to 2014-05-31. Only for a known date.
long FirstDay(const PartialDate& date);
long LastDay(const PartialDate& date);

// A period "FROM..TO" of ISO dates (YYYY[-MM[-DD]], either end left empty for open) as days,
// inclusive: "2014..2015-06" is 2014-01-01 to 2015-06-30, "..2016" everything until 2016-12-31.
// False when it is not one.
bool ParsePeriod(std::string_view text, long* first, long* last);

// The first complete calendar date written in `text`: "3 novembre 2017", "1er novembre 2017",
// "November 3, 2017", "Nov. 3rd, 2017", "3.11.17", "03/11/2017", "2017-11-03". When day and month
// order is ambiguous (3.11.17), the reading inside `context` wins, else day-first.
std::optional<PartialDate> FindDate(std::string_view text, const PartialDate& context = {});

}  // namespace sitrep::time
