#include "time/calendar.h"

#include <algorithm>
#include <climits>
#include <string>
#include <unordered_map>
#include <vector>

#include "text/fold.h"
#include "time/tagger.h"

namespace sitrep::time {

int DaysInMonth(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

long FirstDay(const PartialDate& date) {
  return DayNumber(date.year, std::max(date.month, 1), std::max(date.day, 1));
}

long LastDay(const PartialDate& date) {
  int month = date.month ? date.month : 12;
  return DayNumber(date.year, month, date.day ? date.day : DaysInMonth(date.year, month));
}

bool ParsePeriod(std::string_view text, long* first, long* last) {
  size_t dots = text.find("..");
  if (dots == std::string_view::npos) return false;
  PartialDate from, to;
  if (dots > 0 && !PartialDate::ParseIso(std::string(text.substr(0, dots)), &from)) return false;
  if (dots + 2 < text.size() && !PartialDate::ParseIso(std::string(text.substr(dots + 2)), &to)) return false;
  *first = from.known() ? FirstDay(from) : LONG_MIN;
  *last = to.known() ? LastDay(to) : LONG_MAX;
  return true;
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

namespace {

// Folded text as runs of digits, runs of letters and single other characters, with their places.
struct Piece {
  enum Kind { kDigits, kLetters, kOther } kind;
  std::string_view text;
  size_t start, end;
  int Value() const { return std::stoi(std::string(text)); }
};

std::vector<Piece> Pieces(std::string_view s) {
  std::vector<Piece> out;
  for (size_t i = 0; i < s.size();) {
    auto kind_of = [](char c) {
      if (c >= '0' && c <= '9') return Piece::kDigits;
      if (c >= 'a' && c <= 'z') return Piece::kLetters;
      return Piece::kOther;
    };
    Piece::Kind kind = kind_of(s[i]);
    size_t j = i + 1;
    if (kind != Piece::kOther)
      while (j < s.size() && kind_of(s[j]) == kind) ++j;
    if (kind != Piece::kOther || (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r'))
      out.push_back({kind, s.substr(i, j - i), i, j});
    i = j;
  }
  return out;
}

class DateScanner {
 public:
  DateScanner(std::vector<Piece> pieces, const PartialDate& context) : p_(std::move(pieces)), context_(context) {}

  size_t size() const { return p_.size(); }

  std::optional<PartialDate> At(size_t i) const {
    if (auto d = Iso(i)) return d;
    if (auto d = DayMonthYear(i)) return d;
    if (auto d = MonthDayYear(i)) return d;
    return Numeric(i);
  }

 private:
  bool Digits(size_t i, size_t min_len, size_t max_len) const {
    return i < p_.size() && p_[i].kind == Piece::kDigits && p_[i].text.size() >= min_len &&
           p_[i].text.size() <= max_len;
  }
  bool Is(size_t i, std::string_view text) const { return i < p_.size() && p_[i].text == text; }
  bool Touch(size_t i) const { return i > 0 && i < p_.size() && p_[i - 1].end == p_[i].start; }
  int Month(size_t i) const { return i < p_.size() && p_[i].kind == Piece::kLetters ? MonthFromName(p_[i].text) : 0; }
  bool Ordinal(size_t i) const {
    return Touch(i) && (Is(i, "er") || Is(i, "st") || Is(i, "nd") || Is(i, "rd") || Is(i, "th"));
  }

  // 2017-11-03
  std::optional<PartialDate> Iso(size_t i) const {
    if (!Digits(i, 4, 4) || !Is(i + 1, "-") || !Touch(i + 1) || !Digits(i + 2, 2, 2) || !Touch(i + 2) ||
        !Is(i + 3, "-") || !Touch(i + 3) || !Digits(i + 4, 2, 2) || !Touch(i + 4))
      return std::nullopt;
    return MakeDay(p_[i].Value(), p_[i + 2].Value(), p_[i + 4].Value());
  }
  // 3 novembre 2017, 1er novembre 2017, 3 November 2017
  std::optional<PartialDate> DayMonthYear(size_t i) const {
    if (!Digits(i, 1, 2)) return std::nullopt;
    size_t j = i + 1;
    if (Ordinal(j)) ++j;
    int month = Month(j++);
    if (!month) return std::nullopt;
    if (Is(j, ".") && Touch(j)) ++j;
    if (Is(j, ",")) ++j;
    if (!Digits(j, 4, 4)) return std::nullopt;
    return MakeDay(p_[j].Value(), month, p_[i].Value());
  }
  // November 3, 2017; Nov. 3rd, 2017
  std::optional<PartialDate> MonthDayYear(size_t i) const {
    int month = Month(i);
    if (!month) return std::nullopt;
    size_t j = i + 1;
    if (Is(j, ".") && Touch(j)) ++j;
    if (!Digits(j, 1, 2)) return std::nullopt;
    size_t day = j++;
    if (Ordinal(j)) ++j;
    if (Is(j, ",")) ++j;
    if (!Digits(j, 4, 4)) return std::nullopt;
    return MakeDay(p_[j].Value(), month, p_[day].Value());
  }
  // 3.11.17, 03/11/2017: day first unless only month first fits the context.
  std::optional<PartialDate> Numeric(size_t i) const {
    if (!Digits(i, 1, 2) || (Touch(i) && (p_[i - 1].kind == Piece::kDigits || Is(i - 1, "."))) ||
        !(Is(i + 1, ".") || Is(i + 1, "/")) || !Touch(i + 1) || !Digits(i + 2, 1, 2) || !Touch(i + 2) ||
        !Is(i + 3, p_[i + 1].text) || !Touch(i + 3) || !(Digits(i + 4, 2, 2) || Digits(i + 4, 4, 4)) || !Touch(i + 4))
      return std::nullopt;
    if (Is(i + 5, ".") && Touch(i + 5) && Digits(i + 6, 1, 9) && Touch(i + 6)) return std::nullopt;  // 1.2.3.4
    int a = p_[i].Value(), b = p_[i + 2].Value(), y = p_[i + 4].Value();
    auto day_first = MakeDay(y, b, a), month_first = MakeDay(y, a, b);
    if (day_first && month_first && !Inside(context_, *day_first) && Inside(context_, *month_first))
      return month_first;
    return day_first ? day_first : month_first;
  }

  std::vector<Piece> p_;
  PartialDate context_;
};

}  // namespace

std::optional<PartialDate> FindDate(std::string_view text, const PartialDate& context) {
  std::string folded = text::Fold(text);
  DateScanner scanner(Pieces(folded), context);
  for (size_t i = 0; i < scanner.size(); ++i)
    if (auto d = scanner.At(i)) return d;
  return std::nullopt;
}

}  // namespace sitrep::time
