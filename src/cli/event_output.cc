#include "cli/event_output.h"

#include "cli/table.h"
#include "sitrep/pipeline.h"

namespace sitrep::cli {

void AddEventOutputOptions(CLI::App* command, EventOutputOptions* options) {
  command
      ->add_option("--format", options->format,
                   "Output format: JSON Lines, CSV in ACLED's columns then sitrep's, GeoJSON or a table")
      ->check(CLI::IsMember({"jsonl", "csv", "geojson", "table"}))
      ->capture_default_str();
  command->add_flag("--bom", options->byte_order_mark,
                    "CSV: start with a UTF-8 byte-order mark, for spreadsheets that guess the encoding");
  command->add_flag("--all-statuses", options->all_statuses,
                    "CSV: also events that did not occur (attempted, failed, planned, claimed by a party, "
                    "feared, negated); by default only those that occurred, as ACLED codes them");
}

EventWriter::EventWriter(std::ostream& out, EventOutputOptions options, const store::AcledNames* names)
    : out_(out), options_(std::move(options)), names_(names) {}

void EventWriter::Begin() {
  if (options_.format == "csv") {
    if (options_.byte_order_mark) out_ << "\xEF\xBB\xBF";
    out_ << store::AcledCsvHeader() << "\n";
  } else if (options_.format == "geojson") {
    out_ << "{\"type\":\"FeatureCollection\",\"features\":[";
  } else if (options_.format == "table") {
    out_ << Cell("id", 24) << Cell("date", 10) << Cell("status", 9) << Cell("cameo", 5) << Cell("sub_event_type", 35)
         << Cell("source", 10) << Cell("target", 10) << Cell("place as written", 20) << Cell("located", 18)
         << (options_.stored ? "reports" : "trigger") << "\n";
  }
}

void EventWriter::Write(const store::StoredEvent& stored) {
  const Event& e = stored.event;
  if (options_.format == "csv") {
    if (!options_.all_statuses && !store::InAcledByDefault(e)) {
      ++left_out_;
      return;
    }
    out_ << store::AcledCsvRow(stored, *names_) << "\n";
  } else if (options_.format == "geojson") {
    std::string feature = store::EventFeature(stored);
    if (feature.empty()) return;
    out_ << (first_ ? "\n" : ",\n") << feature;
    first_ = false;
  } else if (options_.format == "table") {
    auto code = [](const std::optional<Actor>& a) { return a ? a->code : std::string("-"); };
    auto or_dash = [](const std::string& s) { return s.empty() ? std::string("-") : s; };
    // Ids are shown whole, however long: a cut id cannot be looked up.
    out_ << WholeCell(e.id, 24) << Cell(e.date.start, 10) << Cell(EventStatusName(e.status), 9) << Cell(e.cameo, 5)
         << Cell(e.acled_sub_type.value_or("-"), 35) << Cell(code(e.source), 10) << Cell(code(e.target), 10)
         << Cell(or_dash(!e.place_text.empty() ? e.place_text : e.location ? e.location->text : ""), 20) << Cell(e.location ? e.location->name : "-", 18)
         << (options_.stored ? std::to_string(stored.report_count) : e.trigger) << "\n";
  } else {
    out_ << (options_.stored ? store::StoredEventToJson(stored) : EventToJson(e)) << "\n";
  }
}

void EventWriter::End() {
  if (options_.format == "geojson") out_ << "\n]}\n";
  out_.flush();
}

std::optional<store::AcledNames> LoadAcledNames(const std::string& lexicon_path) {
  auto lexicon = lexicon::LoadBinary(lexicon::FindBinary(lexicon_path));
  if (!lexicon.ok()) {
    std::cerr << "sitrep: " << lexicon.status().message() << "\n";
    return std::nullopt;
  }
  return store::AcledNames(*lexicon);
}

bool ResolveCountry(const store::AcledNames& names, const char* option, std::string* country) {
  if (country->empty()) return true;
  std::string code = names.CountryCode(*country);
  if (code.empty()) {
    std::cerr << "sitrep: " << option << " '" << *country
              << "' is no country: give its ISO 3166 code (SY or SYR) or its name as ACLED writes it (Syria)\n";
    return false;
  }
  *country = code;
  return true;
}

}  // namespace sitrep::cli
