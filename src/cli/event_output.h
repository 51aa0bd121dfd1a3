// The formats `sitrep code` and `sitrep events` write events in: JSON Lines, CSV in ACLED's
// columns, GeoJSON and a table for people.
#pragma once

#include <CLI/CLI.hpp>
#include <iostream>
#include <optional>
#include <string>

#include "store/export.h"

namespace sitrep::cli {

struct EventOutputOptions {
  std::string format = "jsonl";  // jsonl, csv, geojson, table
  bool byte_order_mark = false;  // CSV: start with one, for spreadsheets that guess the encoding
  bool all_statuses = false;     // CSV: also events that did not occur (planned, feared, claimed...)
  bool stored = false;           // events of the store: JSON Lines with report_count, a reports column
};

// --format, --bom and --all-statuses.
void AddEventOutputOptions(CLI::App* command, EventOutputOptions* options);

class EventWriter {
 public:
  // `names` is needed for CSV only; it must outlive the writer.
  EventWriter(std::ostream& out, EventOutputOptions options, const store::AcledNames* names);
  void Begin();
  void Write(const store::StoredEvent& e);
  void End();
  // Events CSV left out for their status.
  size_t left_out() const { return left_out_; }

 private:
  std::ostream& out_;
  EventOutputOptions options_;
  const store::AcledNames* names_;
  bool first_ = true;
  size_t left_out_ = 0;
};

// ACLED's names from the compiled lexicon (`lexicon_path`, else found as the pipeline finds it);
// nothing, with the problem on stderr, when it cannot be read.
std::optional<store::AcledNames> LoadAcledNames(const std::string& lexicon_path);

// `*country` given as an ISO 3166 code (SY, SYR) or a name (Syria) made the alpha-2 code the store
// keeps; false, with a message naming the value and `option` on stderr, when it is no country.
bool ResolveCountry(const store::AcledNames& names, const char* option, std::string* country);

}  // namespace sitrep::cli
