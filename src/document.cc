#include "sitrep/document.h"

#include <cstdio>

#include "sitrep/event.h"
#include "time/calendar.h"

namespace sitrep {

namespace {
bool Digits(const std::string& s, size_t pos, size_t n, int* out) {
  if (pos + n > s.size()) return false;
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return true;
}

}  // namespace

std::string PartialDate::Iso() const {
  char buf[16];
  switch (precision) {
    case Precision::kNone: return "";
    case Precision::kYear: std::snprintf(buf, sizeof buf, "%04d", year); break;
    case Precision::kMonth: std::snprintf(buf, sizeof buf, "%04d-%02d", year, month); break;
    case Precision::kDay: std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day); break;
  }
  return buf;
}

bool PartialDate::ParseIso(const std::string& s, PartialDate* out) {
  PartialDate d;
  if (!Digits(s, 0, 4, &d.year)) return false;
  d.precision = Precision::kYear;
  if (s.size() > 4) {
    if (s[4] != '-' || !Digits(s, 5, 2, &d.month) || d.month < 1 || d.month > 12) return false;
    d.precision = Precision::kMonth;
    if (s.size() > 7) {
      if (s[7] != '-' || !Digits(s, 8, 2, &d.day) || d.day < 1 || d.day > time::DaysInMonth(d.year, d.month))
        return false;
      d.precision = Precision::kDay;
      if (s.size() > 10 && s[10] != 'T' && s[10] != ' ') return false;
    }
  }
  *out = d;
  return true;
}

bool PartialDate::IsRefinedBy(const PartialDate& finer) const {
  if (finer.precision <= precision) return false;
  if (precision == Precision::kNone) return true;
  if (finer.year != year) return false;
  return precision == Precision::kYear || finer.month == month;
}

const char* PrecisionName(PartialDate::Precision p) {
  switch (p) {
    case PartialDate::Precision::kYear: return "year";
    case PartialDate::Precision::kMonth: return "month";
    case PartialDate::Precision::kDay: return "day";
    default: return "none";
  }
}

const char* EventStatusName(EventStatus s) {
  switch (s) {
    case EventStatus::kOccurred: return "occurred";
    case EventStatus::kAttempted: return "attempted";
    case EventStatus::kFailed: return "failed";
    case EventStatus::kPlanned: return "planned";
    case EventStatus::kClaimed: return "claimed";
    case EventStatus::kFeared: return "feared";
    case EventStatus::kNegated: return "negated";
  }
  return "occurred";
}

}  // namespace sitrep
