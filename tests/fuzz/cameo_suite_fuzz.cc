// The peer CAMEO validation suites as the eval command reads them. The first byte chooses the
// format: TABARI's Validate.text (with YYMMDD or YYYYMMDD dates at its start), PETRARCH's
// records XML, TABARI's project file or its options file; the rest is the file.
#include <cstdint>
#include <string_view>

#include "peer/dictionary.h"
#include "eval/cameo_suites.h"

namespace {

// What the scorer does with each record before and after coding it.
void Score(const std::vector<sitrep::eval::CameoRecord>& records) {
  for (const auto& record : records) {
    long day = 0;
    (void)sitrep::peer::ParsePeerDate(record.date, &day);
    // Coding nothing, and coding exactly what is expected.
    (void)sitrep::eval::RecordPasses(record, {}, false);
    if (record.expect == sitrep::eval::CameoExpectation::kEvents &&
        !sitrep::eval::RecordPasses(record, record.events, false))
      __builtin_trap();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // A suite is a few hundred records; 64 KiB holds every construct and keeps an input fast.
  if (size == 0 || size > 64 * 1024) return 0;
  std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  switch (data[0] % 5) {
    case 0:
    case 1: {
      auto records = sitrep::eval::ParseTabariSuite(text, "Validate.text", data[0] % 5 == 1);
      if (records.ok()) Score(*records);
      break;
    }
    case 2: {
      auto suite = sitrep::eval::ParsePetrarchSuite(text, "PETR.UnitTest.records.xml");
      if (suite.ok()) {
        if (suite->dictionaries.empty()) __builtin_trap();  // a suite names its actors and verbs
        Score(suite->records);
      }
      break;
    }
    case 3: {
      auto project = sitrep::eval::ParseTabariProject(text, "Validate.project");
      if (project.ok() && (project->dictionaries.empty() || project->text_files.empty())) __builtin_trap();
      break;
    }
    case 4:
      (void)sitrep::eval::ParseTabariOptions(text, "Validate.options");
      break;
  }
  return 0;
}
