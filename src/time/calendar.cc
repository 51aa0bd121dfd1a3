#include "time/calendar.h"

#include <regex>
#include <string>

#include "text/fold.h"

namespace sitrep::time {

int MonthFromName(std::string_view folded) {
  struct Name { std::string_view name; int month; };
  static constexpr Name kNames[] = {
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
  for (const auto& n : kNames)
    if (n.name == folded) return n.month;
  return 0;
}

int DaysInMonth(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

namespace {

std::optional<PartialDate> MakeDay(int year, int month, int day) {
  if (year < 100) year += year < 70 ? 2000 : 1900;
  if (month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, month)) return std::nullopt;
  return PartialDate{year, month, day, PartialDate::Precision::kDay};
}

bool Inside(const PartialDate& context, const PartialDate& d) {
  return context.known() && (context.IsRefinedBy(d) || context.Iso() == d.Iso());
}

}  // namespace

std::optional<PartialDate> FindDate(std::string_view text, const PartialDate& context) {
  // Month names are matched on folded text, so accents and case do not matter.
  static const std::regex kPatterns[] = {
      std::regex(R"(\b(\d{4})-(\d{2})-(\d{2})\b)"),
      std::regex(R"(\b(\d{1,2})(?:er|st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})\b)"),
      std::regex(R"(\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b)"),
      std::regex(R"((?:^|[^\d.])(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})(?![\d.]))"),
  };
  std::string folded = text::Fold(text);
  std::optional<PartialDate> best;
  size_t best_pos = std::string::npos;
  for (int kind = 0; kind < 4; ++kind) {
    for (std::sregex_iterator it(folded.begin(), folded.end(), kPatterns[kind]), end; it != end; ++it) {
      const std::smatch& m = *it;
      std::optional<PartialDate> d;
      if (kind == 0) {
        d = MakeDay(std::stoi(m[1]), std::stoi(m[2]), std::stoi(m[3]));
      } else if (kind == 1) {
        if (int month = MonthFromName(m[2].str())) d = MakeDay(std::stoi(m[3]), month, std::stoi(m[1]));
      } else if (kind == 2) {
        if (int month = MonthFromName(m[1].str())) d = MakeDay(std::stoi(m[3]), month, std::stoi(m[2]));
      } else {
        int a = std::stoi(m[1]), b = std::stoi(m[2]), y = std::stoi(m[3]);
        auto day_first = MakeDay(y, b, a), month_first = MakeDay(y, a, b);
        if (day_first && month_first && !Inside(context, *day_first) && Inside(context, *month_first))
          d = month_first;
        else
          d = day_first ? day_first : month_first;
      }
      if (d && static_cast<size_t>(m.position(0)) < best_pos) {
        best = d;
        best_pos = static_cast<size_t>(m.position(0));
      }
    }
  }
  return best;
}

}  // namespace sitrep::time
