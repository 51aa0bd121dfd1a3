// Scores the pattern coder (peer/pattern_coder.h) on the peer CAMEO validation suites, from each
// record's raw sentence (their parse trees are not read): TABARI's Validate.text with the project
// and options files beside it, and PETRARCH's PETR.UnitTest.records.xml in either edition.
// A record passes the way the suites' own runners decide: the coded (source, target, code)
// triples equal the expected ones as a multiset; a record that expects no event, a discard, a
// complex sentence or an error passes when nothing is coded (a discard also when the coder says
// it discarded the sentence).
#pragma once

#include <compare>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/status.h"

namespace sitrep::eval {

struct CameoTriple {
  std::string source, target, code;
  auto operator<=>(const CameoTriple&) const = default;
};

enum class CameoExpectation {
  kEvents,   // exactly `events`; an empty list expects nothing coded
  kNoEvent,  // TABARI {---}, PETRARCH noevents="True"
  kDiscard,  // TABARI {###}, PETRARCH error="storydiscard" or error="sentencediscard"
  kComplex,  // TABARI {+++}: too complex to code
  kError,    // PETRARCH's other errors ("dateline", "bad_input_parse")
};

// A change the suite makes to the coder's settings, in force from its record on.
struct SuiteSetting {
  std::string option;  // a TABARI options line, or the name of a PETRARCH <Config> option
  std::string value;   // the <Config> value; empty for TABARI
  std::string origin;  // "file:line"
};

struct CameoRecord {
  std::string id, category;
  std::string date;    // the digits as written: YYMMDD or YYYYMMDD
  std::string text;    // the sentence, its lines joined by single spaces
  std::string origin;  // "file:line" of the record's header or <Sentence> tag
  // Applied to the coder before the record, whether it is scored or not.
  std::vector<SuiteSetting> settings;
  CameoExpectation expect = CameoExpectation::kEvents;
  std::vector<CameoTriple> events;
  // TABARI's "-{": its runner stops checking there, so events coded beyond `events` are allowed.
  bool open_ended = false;
  std::string not_scored;  // why the record is left out of the score; empty when it counts
};

// A dictionary file a suite names, relative to the suite's directory.
struct SuiteDictionary {
  std::string kind;  // "actors", "agents", "discards" or "verbs", as ReadPeerDictionary takes it
  std::string file;
};

struct TabariProject {
  std::vector<SuiteDictionary> dictionaries;
  std::string options_file;  // "" when the project names none
  std::vector<std::string> text_files;
};

// Validate.project: its <actorsfile>, <verbsfile>, <agentsfile>, <optionsfile> and <textfile>
// lines. At least one actors, verbs and text file is required, as TABARI requires them.
Result<TabariProject> ParseTabariProject(std::string_view text, const std::string& path);

// The lines of a TABARI .options file, each a setting for the coder: all but blank lines and //
// comments, up to the "~~" line that closes the file.
std::vector<SuiteSetting> ParseTabariOptions(std::string_view text, const std::string& path);

// Validate.text's records up to the FINAL-01 sentinel, which ends the standard ones (the records
// after it need other settings or crashed TABARI). `four_digit_years`: whether record dates are
// YYYYMMDD when the file starts (TABARI's "SET: YYYY = TRUE"); the suite's own YYYY options
// switch it from their record on.
Result<std::vector<CameoRecord>> ParseTabariSuite(std::string_view text, const std::string& path,
                                                  bool four_digit_years);

struct PetrarchSuite {
  std::vector<SuiteDictionary> dictionaries;  // from <Environment>
  std::vector<CameoRecord> records;
};

// A PETR.UnitTest.records.xml of either edition: valid="…" (PETRARCH-1) or sentence="…"
// (PETRARCH-2) marks the records that count; <Config> elements between records become the next
// record's settings.
Result<PetrarchSuite> ParsePetrarchSuite(std::string_view xml, const std::string& path);

// Whether a coding meets the record's expectation. `discarded`: the coder discarded the sentence.
bool RecordPasses(const CameoRecord& record, std::vector<CameoTriple> coded, bool discarded);

struct CameoCategoryScore {
  std::string category;
  size_t passed = 0, total = 0, not_scored = 0;
};

struct CameoScore {
  std::vector<CameoCategoryScore> categories;  // in the order the suite first names them
  size_t passed = 0, total = 0;
  std::vector<std::string> warnings;  // "file:line: …" problems that did not stop the run
};

// `dir` holds Validate.project and the files it names. With `details`, writes every failing
// record there: what was expected, what was coded and the coder's trace.
Result<CameoScore> EvalTabari(const std::string& dir, std::ostream* details);

// `path`: a PETR.UnitTest.records.xml; the dictionaries its <Environment> names are beside it.
Result<CameoScore> EvalPetrarch(const std::string& path, std::ostream* details);

}  // namespace sitrep::eval
