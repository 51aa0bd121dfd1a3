// A document as sitrep reads it: text plus the metadata that anchors its events in time.
#pragma once

#include <cstdint>
#include <string>

namespace sitrep {

// A calendar date known to some precision: "2017" (year), "2017-11" (month), "2017-11-03" (day).
struct PartialDate {
  enum class Precision { kNone = 0, kYear, kMonth, kDay };
  int year = 0;
  int month = 0;  // 1..12 when precision >= kMonth
  int day = 0;    // 1..31 when precision == kDay
  Precision precision = Precision::kNone;

  bool known() const { return precision != Precision::kNone; }
  // ISO 8601 at the known precision ("2017-11"), or "" when unknown.
  std::string Iso() const;
  // Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a longer timestamp keeps its date part).
  static bool ParseIso(const std::string& text, PartialDate* out);
  // True when `finer` lies inside this date and is more precise.
  bool IsRefinedBy(const PartialDate& finer) const;
};

const char* PrecisionName(PartialDate::Precision p);

struct Document {
  std::string id;        // the record's id, else the file name without extension
  std::string origin;    // where it was read from ("path/to/file.txt", "stdin", "feed.jsonl:12")
  std::string text;      // the text all offsets refer to (for plain text: the file's bytes)
  size_t body_start = 0; // first byte of the body; a metadata header line before it is not coded
  std::string title;
  std::string url;
  std::string source;
  std::string lang;      // "fr", "en"; empty until identified
  PartialDate date;
  std::string date_origin;  // "metadata", "header", "byline", "option"
};

}  // namespace sitrep
