// The CAMEO validation suite readers (TABARI's Validate.text, project and options files;
// PETRARCH's unit-test XML) and the suites' scoring rule, on small invented records.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "eval/cameo_suites.h"
#include "test_support.h"

namespace sitrep::eval {
namespace {

namespace fs = std::filesystem;

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// ---------------------------------------------------------------------------------------------
// TABARI

const char kTabariSuite[] =
    "##########################\n"
    "#  A comment block between records\n"
    "##########################\n"
    "\n"
    "950102  BASIC-01\n"
    "Rivmark recalled its envoy from Umbrosa on\n"
    "Tuesday, officials said.\n"
    "/*\\n--------------------------\n"
    "\\n[Two events, a date after each]\n"
    "\\n{ RIV / UMB / 161 } 950102\n"
    "\\n{ RIV / UMB / 161 } 950102 */\n"
    "\n"
    "950103  BASIC-02\n"
    "Umbrosa thanked Rivmark./*\n"
    "\\n{UMB/RIV/051} */\n"
    "\n"
    "950104  MARK-01\n"
    "Nothing happened in Umbrosa.\n"
    "/*\\n\\nNo events {---} */\n"
    "\n"
    "950104  MARK-02\n"
    "The harvest festival opened in Rivmark.\n"
    "/*\n"
    "\\n{###} */\n"
    "\n"
    "950104  MARK-03\n"
    "Umbrosa, which Rivmark and Halvia, which Umbrosa, fought, said.\n"
    "/*\n"
    "\\n[the events listed below need the complex filter off]\n"
    "\\n{+++}\n"
    "\\n{ UMB / HAR / 190 } */\n"
    "\n"
    "950105  SETUP-On\n"
    "Switching two options for the records that follow.\n"
    "/*\n"
    "\\n{ OPTION: COMPLEX: VERBS[3] CONJ[2] }\n"
    "\\n{ OPTION: SET: MINIMUM WORDS = 4  */\n"
    "\n"
    "950106  OFF-01\n"
    "Halvia praised Umbrosa.\n"
    "/*\n"
    "\\nCurrently doesn't work -- deactivated\n"
    "\\n-{ HAR / UMB / 041 } */\n"
    "\n"
    "950107  MORE-01\n"
    "Rivmark, Halvia and Umbrosa welcomed the truce.\n"
    "/*\n"
    "\\n[the listed events are not all of them]\n"
    "\\n{ RIV / HAR / 041 }\n"
    "\\n-{ --- / --- / 000 }\n"
    "\\n{ HAR / RIV / 041 } */\n"
    "\n"
    "950108  950108  EXTRA-01\n"
    "Umbrosa accused Halvia./*\n"
    "\\n{ UMB / HAR / 112 } */\n"
    "\\n{ UMB / HAR / 120 } */\n"
    "\n"
    "990101  FINAL-01\n"
    "End of the standard records.\n"
    "\n"
    "950109  AFTER-01\n"
    "Halvia threatened Umbrosa.\n"
    "/*\n"
    "\\n{ HAR / UMB / 172 } */\n";

TEST(TabariSuite, ReadsRecordsUpToFinal01) {
  auto records = ParseTabariSuite(kTabariSuite, "Validate.text", false);
  ASSERT_TRUE(records.ok()) << records.status().ToString();
  std::vector<std::string> ids;
  for (const auto& r : *records) ids.push_back(r.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"BASIC-01", "BASIC-02", "MARK-01", "MARK-02", "MARK-03", "SETUP-On",
                                           "OFF-01", "MORE-01", "950108  EXTRA-01"}));
}

TEST(TabariSuite, EventExpectationsAndSentence) {
  auto records = ParseTabariSuite(kTabariSuite, "Validate.text", false);
  ASSERT_TRUE(records.ok()) << records.status().ToString();
  const CameoRecord& first = (*records)[0];
  EXPECT_EQ(first.date, "950102");
  EXPECT_EQ(first.category, "BASIC");
  EXPECT_EQ(first.origin, "Validate.text:5");
  EXPECT_EQ(first.text, "Rivmark recalled its envoy from Umbrosa on Tuesday, officials said.");
  EXPECT_EQ(first.expect, CameoExpectation::kEvents);
  EXPECT_EQ(first.events, (std::vector<CameoTriple>{{"RIV", "UMB", "161"}, {"RIV", "UMB", "161"}}));
  EXPECT_TRUE(first.not_scored.empty());

  // "./*" glued to the sentence, and a triple without spaces.
  const CameoRecord& glued = (*records)[1];
  EXPECT_EQ(glued.text, "Umbrosa thanked Rivmark.");
  EXPECT_EQ(glued.events, (std::vector<CameoTriple>{{"UMB", "RIV", "051"}}));

  // Expectations continue past a "*/" that closed the comment early; a stray word before the id
  // does not name the category.
  const CameoRecord& extra = (*records)[8];
  EXPECT_EQ(extra.category, "EXTRA");
  EXPECT_EQ(extra.events, (std::vector<CameoTriple>{{"UMB", "HAR", "112"}, {"UMB", "HAR", "120"}}));
}

TEST(TabariSuite, Markers) {
  auto records = ParseTabariSuite(kTabariSuite, "Validate.text", false);
  ASSERT_TRUE(records.ok()) << records.status().ToString();
  EXPECT_EQ((*records)[2].expect, CameoExpectation::kNoEvent);  // mid-line: "No events {---}"
  EXPECT_EQ((*records)[3].expect, CameoExpectation::kDiscard);
  // Events beside {+++} describe another configuration: the marker decides.
  EXPECT_EQ((*records)[4].expect, CameoExpectation::kComplex);
  EXPECT_TRUE((*records)[4].events.empty());
}

TEST(TabariSuite, OptionRecordsCarrySettingsAndAreNotScored) {
  auto records = ParseTabariSuite(kTabariSuite, "Validate.text", false);
  ASSERT_TRUE(records.ok()) << records.status().ToString();
  const CameoRecord& setup = (*records)[5];
  EXPECT_FALSE(setup.not_scored.empty());
  ASSERT_EQ(setup.settings.size(), 2u);
  EXPECT_EQ(setup.settings[0].option, "COMPLEX: VERBS[3] CONJ[2]");
  EXPECT_EQ(setup.settings[0].origin, "Validate.text:36");
  EXPECT_EQ(setup.settings[1].option, "SET: MINIMUM WORDS = 4");  // its "}" is missing
}

TEST(TabariSuite, DeactivatedExpectations) {
  auto records = ParseTabariSuite(kTabariSuite, "Validate.text", false);
  ASSERT_TRUE(records.ok()) << records.status().ToString();
  // Only a "-{": TABARI checks nothing in the record.
  EXPECT_FALSE((*records)[6].not_scored.empty());
  // Checks stop at the "-{": what follows it is not expected, and more may be coded.
  const CameoRecord& more = (*records)[7];
  EXPECT_TRUE(more.not_scored.empty());
  EXPECT_TRUE(more.open_ended);
  EXPECT_EQ(more.events, (std::vector<CameoTriple>{{"RIV", "HAR", "041"}}));
}

TEST(TabariSuite, YyyyOptionSwitchesTheDateWidth) {
  const char suite[] =
      "950101  Y-ON\n"
      "Switch to four-digit years.\n"
      "/*\n"
      "\\n{ OPTION: SET: YYYY = TRUE } */\n"
      "\n"
      "20150607 Y-01\n"
      "Halvia praised Umbrosa.\n"
      "/*\n"
      "\\n{ HAR / UMB / 041 } */\n"
      "\n"
      "186010029 Y-02\n"
      "Halvia praised Umbrosa.\n"
      "/*\n"
      "\\n{ HAR / UMB / 041 } */\n"
      "\n"
      "19950101 Y-OFF\n"
      "Back to two-digit years.\n"
      "/*\n"
      "\\n{ OPTION: SET: YYYY = FALSE } */\n"
      "\n"
      "9501201  Y-03\n"
      "Halvia praised Umbrosa.\n"
      "/*\n"
      "\\n{ HAR / UMB / 041 } */\n";
  auto records = ParseTabariSuite(suite, "Validate.text", false);
  ASSERT_TRUE(records.ok()) << records.status().ToString();
  ASSERT_EQ(records->size(), 5u);
  EXPECT_EQ((*records)[1].date, "20150607");
  // TABARI reads the date's digits and ignores a stray one after them.
  EXPECT_EQ((*records)[2].date, "18601002");
  EXPECT_EQ((*records)[2].id, "Y-02");
  EXPECT_EQ((*records)[4].date, "950120");
  EXPECT_EQ((*records)[4].id, "Y-03");

  auto from_options = ParseTabariSuite("20150607 Y-01\nHalvia praised Umbrosa.\n/* {HAR/UMB/041} */\n", "v.text", true);
  ASSERT_TRUE(from_options.ok()) << from_options.status().ToString();
  EXPECT_EQ((*from_options)[0].date, "20150607");
}

TEST(TabariSuite, MalformedRecordsNameFileAndLine) {
  auto stray = ParseTabariSuite("# comment\nNot a header\n", "v.text", false);
  ASSERT_FALSE(stray.ok());
  EXPECT_TRUE(Contains(stray.status().message(), "v.text:2")) << stray.status().message();

  auto no_block = ParseTabariSuite("\n950101  A-01\nHalvia praised Umbrosa.\n", "v.text", false);
  ASSERT_FALSE(no_block.ok());
  EXPECT_TRUE(Contains(no_block.status().message(), "v.text:2")) << no_block.status().message();

  auto bad_triple = ParseTabariSuite("950101  A-01\nHalvia praised Umbrosa.\n/*\n\\n{ HAR / UMB } */\n", "v.text", false);
  ASSERT_FALSE(bad_triple.ok());
  EXPECT_TRUE(Contains(bad_triple.status().message(), "v.text:4")) << bad_triple.status().message();

  auto no_expectation = ParseTabariSuite("950101  A-01\nHalvia praised Umbrosa.\n/* nothing */\n", "v.text", false);
  ASSERT_FALSE(no_expectation.ok());
  EXPECT_TRUE(Contains(no_expectation.status().message(), "v.text:1")) << no_expectation.status().message();

  auto short_date = ParseTabariSuite("95011  A-01\nHalvia praised Umbrosa.\n/* {---} */\n", "v.text", false);
  EXPECT_FALSE(short_date.ok());
}

TEST(TabariProject, NamesDictionariesOptionsAndText) {
  const char project[] =
      "Validation project, invented for this test\n"
      "<problemfile> V.prob\n"
      "<actorsfile> \tMiddle.actors\n"
      "<verbsfile> Middle.verbs\n"
      "<optionsfile> V.options\n"
      "<agentsfile>  V.agents\n"
      "<textfile> \t\tV.text\n"
      "<coder> TEST\n"
      "<session 1> <coder ***> <date Fri 31 Mar 2000> <records 8>\n";
  auto parsed = ParseTabariProject(project, "V.project");
  ASSERT_TRUE(parsed.ok()) << parsed.status().ToString();
  ASSERT_EQ(parsed->dictionaries.size(), 3u);
  EXPECT_EQ(parsed->dictionaries[0].kind, "actors");
  EXPECT_EQ(parsed->dictionaries[0].file, "Middle.actors");
  EXPECT_EQ(parsed->dictionaries[1].kind, "verbs");
  EXPECT_EQ(parsed->dictionaries[2].kind, "agents");
  EXPECT_EQ(parsed->dictionaries[2].file, "V.agents");
  EXPECT_EQ(parsed->options_file, "V.options");
  EXPECT_EQ(parsed->text_files, std::vector<std::string>{"V.text"});

  auto no_verbs = ParseTabariProject("<actorsfile> A\n<textfile> T\n", "V.project");
  ASSERT_FALSE(no_verbs.ok());
  EXPECT_TRUE(Contains(no_verbs.status().message(), "verbsfile")) << no_verbs.status().message();
}

TEST(TabariOptions, SkipsCommentsAndStopsAtTheEndMarker) {
  auto settings = ParseTabariOptions(
      "// header comment\n\nCOMPLEX: VERBS[5] CONJ[4]\n//SET: FBIS = TRUE\n"
      "LABEL: 041=PRAISE\n~~~~~\nSET: AFTER = TRUE\n",
      "V.options");
  ASSERT_EQ(settings.size(), 2u);
  EXPECT_EQ(settings[0].option, "COMPLEX: VERBS[5] CONJ[4]");
  EXPECT_EQ(settings[0].origin, "V.options:3");
  EXPECT_EQ(settings[1].option, "LABEL: 041=PRAISE");
}

// ---------------------------------------------------------------------------------------------
// PETRARCH

const char kPetrarchSuite[] =
    "<Validation>\n"
    "<!--\n"
    "#  An invented suite <Sentence date=\"19950101\" id=\"GHOST\"> inside a comment\n"
    "-->\n"
    "<Environment>\n"
    "    <Verbfile>T.verbs.txt</Verbfile>\n"
    "    <Actorfile>T.actors.txt, T.more.actors.txt</Actorfile>\n"
    "    <Agentfile>T.agents.txt</Agentfile>\n"
    "    <Discardfile>T.discards.txt</Discardfile>\n"
    "    <Config option=\"stop_on_error\" value=\"True\"></Config>\n"
    "</Environment>\n"
    "<Sentences>\n"
    "<Sentence date=\"19950101\" id=\"DEMO-01\" category=\"DEMO\" valid=\"true\">\n"
    "<!-- <EventCoding sourcecode=\"XXX\" targetcode=\"YYY\" eventcode=\"000\"></EventCoding> -->\n"
    "<EventCoding sourcecode=\"RIV\" targetcode=\"UMB\" eventcode=\"161\"></EventCoding>\n"
    "<EventCoding sourcecode='\"THE WHITE COUNCIL\"' targetcode=\"UMB\" eventcode=\"161\"/>\n"
    "<Text>\n"
    "Rivmark &amp; the White Council recalled\n"
    "  their envoys from Umbrosa.\n"
    "</Text>\n"
    "<Parse>\n"
    "(ROOT (S (NP (NNP Rivmark))))\n"
    "</Parse>\n"
    "</Sentence>\n"
    "<Config option=\"require_dyad\" value=\"false\"></Config>\n"
    "<Config option=\"comma_max\" value=\"6\"></Config>\n"
    "<Sentence date = \"19950102\" id =\"DEMO-02\"  category=\"DEMO\" valid=\"false\">\n"
    "<EventCoding noevents = \"True\"></EventCoding>\n"
    "<Text>Umbrosa wavered.</Text>\n"
    "</Sentence>\n"
    "<Sentence date=\"19950103\" id=\"AGENT-01\" category=\"AGENT\" valid=\"true\">\n"
    "<Skip></Skip>\n"
    "<EventCoding sourcecode=\"RIVGOV\" targetcode=\"UMB\" eventcode=\"064\"></EventCoding>\n"
    "<Text>Rivmark's council restored ties with Umbrosa.</Text>\n"
    "</Sentence>\n"
    "<Sentence date=\"19950104\" id=\"ERROR-01\" category=\"ERROR\" valid=\"true\">\n"
    "<EventCoding error=\"storydiscard\"></EventCoding>\n"
    "<Text>The ogre games opened.</Text>\n"
    "</Sentence>\n"
    "<Sentence date=\"19950104\" id=\"ERROR-02\" category=\"ERROR\" valid=\"true\">\n"
    "<EventCoding error=\"dateline\"></EventCoding>\n"
    "<Text>BRELLA: -- Halvia praised Umbrosa.</Text>\n"
    "</Sentence>\n"
    "<Sentence date=\"19950105\" id=\"NONE-01\" category=\"DEMO\" valid=\"true\">\n"
    "<EventCoding noevents=\"true\"></EventCoding>\n"
    "<Text>Nothing happened.</Text>\n"
    "</Sentence>\n"
    "</Sentences>\n"
    "</Validation>\n";

TEST(PetrarchSuite, EnvironmentNamesTheDictionaries) {
  auto suite = ParsePetrarchSuite(kPetrarchSuite, "T.xml");
  ASSERT_TRUE(suite.ok()) << suite.status().ToString();
  std::vector<std::string> named;
  for (const auto& d : suite->dictionaries) named.push_back(d.kind + ":" + d.file);
  EXPECT_EQ(named, (std::vector<std::string>{"verbs:T.verbs.txt", "actors:T.actors.txt", "actors:T.more.actors.txt",
                                             "agents:T.agents.txt", "discards:T.discards.txt"}));
}

TEST(PetrarchSuite, RecordsExpectationsAndComments) {
  auto suite = ParsePetrarchSuite(kPetrarchSuite, "T.xml");
  ASSERT_TRUE(suite.ok()) << suite.status().ToString();
  ASSERT_EQ(suite->records.size(), 6u);  // the commented-out <Sentence> is not one
  const CameoRecord& demo = suite->records[0];
  EXPECT_EQ(demo.id, "DEMO-01");
  EXPECT_EQ(demo.category, "DEMO");
  EXPECT_EQ(demo.date, "19950101");
  EXPECT_EQ(demo.origin, "T.xml:13");
  EXPECT_EQ(demo.text, "Rivmark & the White Council recalled their envoys from Umbrosa.");
  EXPECT_EQ(demo.expect, CameoExpectation::kEvents);
  EXPECT_EQ(demo.events, (std::vector<CameoTriple>{{"RIV", "UMB", "161"}, {"\"THE WHITE COUNCIL\"", "UMB", "161"}}));
  EXPECT_TRUE(demo.not_scored.empty());
  // <Config> in <Environment> comes before the first record.
  ASSERT_EQ(demo.settings.size(), 1u);
  EXPECT_EQ(demo.settings[0].option, "stop_on_error");

  EXPECT_EQ(suite->records[3].expect, CameoExpectation::kDiscard);
  EXPECT_EQ(suite->records[4].expect, CameoExpectation::kError);
  EXPECT_EQ(suite->records[5].expect, CameoExpectation::kNoEvent);
}

TEST(PetrarchSuite, ConfigBetweenRecordsGoesToTheNextOne) {
  auto suite = ParsePetrarchSuite(kPetrarchSuite, "T.xml");
  ASSERT_TRUE(suite.ok()) << suite.status().ToString();
  const CameoRecord& next = suite->records[1];
  ASSERT_EQ(next.settings.size(), 2u);
  EXPECT_EQ(next.settings[0].option, "require_dyad");
  EXPECT_EQ(next.settings[0].value, "false");
  EXPECT_EQ(next.settings[0].origin, "T.xml:25");
  EXPECT_EQ(next.settings[1].option, "comma_max");
  EXPECT_TRUE(suite->records[2].settings.empty());
}

TEST(PetrarchSuite, InvalidAndSkippedRecordsAreNotScored) {
  auto suite = ParsePetrarchSuite(kPetrarchSuite, "T.xml");
  ASSERT_TRUE(suite.ok()) << suite.status().ToString();
  EXPECT_FALSE(suite->records[1].not_scored.empty());  // valid="false"
  EXPECT_FALSE(suite->records[2].not_scored.empty());  // <Skip>
  EXPECT_EQ(suite->records[1].expect, CameoExpectation::kNoEvent);
}

TEST(PetrarchSuite, Petrarch2EditionMarksRecordsWithSentence) {
  const char suite_text[] =
      "<Environment><Verbfile>V.txt</Verbfile><Actorfile>A.txt</Actorfile></Environment>\n"
      "<Sentence date=\"19950101\" id=\"DEMO-01\" category=\"DEMO\" sentence=\"true\">\n"
      "<EventCoding sourcecode=\"RIV\" targetcode=\"UMB\" eventcode=\"161\"></EventCoding>\n"
      "<Text>Rivmark recalled its envoy from Umbrosa.</Text>\n"
      "</Sentence>\n"
      "<Sentence date=\"19950101\" id=\"DEMO-02\" category=\"DEMO\" sentence=\"false\">\n"
      "<Text>Rivmark recalled its envoy from Umbrosa.</Text>\n"
      "</Sentence>\n";
  auto suite = ParsePetrarchSuite(suite_text, "T.xml");
  ASSERT_TRUE(suite.ok()) << suite.status().ToString();
  ASSERT_EQ(suite->records.size(), 2u);
  EXPECT_TRUE(suite->records[0].not_scored.empty());
  EXPECT_FALSE(suite->records[1].not_scored.empty());
  // No <EventCoding>: nothing is expected.
  EXPECT_TRUE(suite->records[1].events.empty());
  EXPECT_EQ(suite->records[1].expect, CameoExpectation::kEvents);
}

TEST(PetrarchSuite, MalformedFilesNameFileAndLine) {
  auto no_environment = ParsePetrarchSuite("<Sentences></Sentences>\n", "T.xml");
  ASSERT_FALSE(no_environment.ok());
  EXPECT_TRUE(Contains(no_environment.status().message(), "T.xml")) << no_environment.status().message();

  const std::string environment = "<Environment><Verbfile>V</Verbfile><Actorfile>A</Actorfile></Environment>\n";
  auto unclosed = ParsePetrarchSuite(
      environment + "\n<Sentence date=\"19950101\" id=\"A-1\" valid=\"true\">\n<Text>x</Text>\n", "T.xml");
  ASSERT_FALSE(unclosed.ok());
  EXPECT_TRUE(Contains(unclosed.status().message(), "T.xml:3")) << unclosed.status().message();

  auto open_comment = ParsePetrarchSuite(environment + "<!-- never closed\n", "T.xml");
  ASSERT_FALSE(open_comment.ok());
  EXPECT_TRUE(Contains(open_comment.status().message(), "T.xml:2")) << open_comment.status().message();

  auto half_coding = ParsePetrarchSuite(environment +
                                            "<Sentence date=\"19950101\" id=\"A-1\" valid=\"true\">\n"
                                            "<EventCoding sourcecode=\"RIV\" eventcode=\"161\"></EventCoding>\n"
                                            "<Text>x</Text>\n</Sentence>\n",
                                        "T.xml");
  ASSERT_FALSE(half_coding.ok());
  EXPECT_TRUE(Contains(half_coding.status().message(), "T.xml:3")) << half_coding.status().message();
}

// ---------------------------------------------------------------------------------------------
// Scoring

CameoRecord Expecting(std::vector<CameoTriple> events) {
  CameoRecord record;
  record.events = std::move(events);
  return record;
}

CameoRecord Expecting(CameoExpectation expectation) {
  CameoRecord record;
  record.expect = expectation;
  return record;
}

TEST(RecordPasses, MultisetEqualityInAnyOrder) {
  CameoRecord record = Expecting({{"RIV", "UMB", "161"}, {"UMB", "RIV", "162"}});
  EXPECT_TRUE(RecordPasses(record, {{"UMB", "RIV", "162"}, {"RIV", "UMB", "161"}}, false));
  EXPECT_FALSE(RecordPasses(record, {{"RIV", "UMB", "161"}}, false));
  EXPECT_FALSE(RecordPasses(record, {{"RIV", "UMB", "161"}, {"UMB", "RIV", "162"}, {"HAR", "UMB", "041"}}, false));
  EXPECT_FALSE(RecordPasses(record, {{"RIV", "UMB", "161"}, {"UMB", "RIV", "160"}}, false));
}

TEST(RecordPasses, DuplicatesMatter) {
  EXPECT_FALSE(RecordPasses(Expecting({{"RIV", "UMB", "161"}}), {{"RIV", "UMB", "161"}, {"RIV", "UMB", "161"}}, false));
  CameoRecord twice = Expecting({{"RIV", "UMB", "161"}, {"RIV", "UMB", "161"}});
  EXPECT_TRUE(RecordPasses(twice, {{"RIV", "UMB", "161"}, {"RIV", "UMB", "161"}}, false));
  EXPECT_FALSE(RecordPasses(twice, {{"RIV", "UMB", "161"}}, false));
}

TEST(RecordPasses, NoEventExpected) {
  EXPECT_TRUE(RecordPasses(Expecting(std::vector<CameoTriple>{}), {}, false));
  EXPECT_FALSE(RecordPasses(Expecting(std::vector<CameoTriple>{}), {{"RIV", "UMB", "161"}}, false));
  EXPECT_TRUE(RecordPasses(Expecting(CameoExpectation::kNoEvent), {}, false));
  EXPECT_TRUE(RecordPasses(Expecting(CameoExpectation::kNoEvent), {}, true));
  EXPECT_FALSE(RecordPasses(Expecting(CameoExpectation::kNoEvent), {{"RIV", "UMB", "161"}}, false));
}

TEST(RecordPasses, DiscardComplexAndError) {
  EXPECT_TRUE(RecordPasses(Expecting(CameoExpectation::kDiscard), {}, true));
  EXPECT_TRUE(RecordPasses(Expecting(CameoExpectation::kDiscard), {}, false));
  EXPECT_FALSE(RecordPasses(Expecting(CameoExpectation::kDiscard), {{"RIV", "UMB", "161"}}, false));
  EXPECT_TRUE(RecordPasses(Expecting(CameoExpectation::kComplex), {}, false));
  EXPECT_FALSE(RecordPasses(Expecting(CameoExpectation::kComplex), {{"RIV", "UMB", "161"}}, false));
  EXPECT_TRUE(RecordPasses(Expecting(CameoExpectation::kError), {}, false));
  EXPECT_FALSE(RecordPasses(Expecting(CameoExpectation::kError), {{"RIV", "UMB", "161"}}, false));
}

TEST(RecordPasses, OpenEndedAllowsMoreButNotFewer) {
  CameoRecord record = Expecting({{"RIV", "HAR", "041"}, {"RIV", "HAR", "041"}});
  record.open_ended = true;
  EXPECT_TRUE(RecordPasses(record, {{"HAR", "RIV", "041"}, {"RIV", "HAR", "041"}, {"RIV", "HAR", "041"}}, false));
  EXPECT_FALSE(RecordPasses(record, {{"RIV", "HAR", "041"}, {"HAR", "RIV", "041"}}, false));
}

// ---------------------------------------------------------------------------------------------
// The runners' errors, before any coding

class CameoEvalFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("sitrep_cameo_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  void Write(const std::string& name, const std::string& text) { std::ofstream(dir_ / name) << text; }
  fs::path dir_;
};

TEST_F(CameoEvalFiles, MissingSuiteFilesAreNamed) {
  auto no_project = EvalTabari(dir_.string(), nullptr);
  ASSERT_FALSE(no_project.ok());
  EXPECT_TRUE(Contains(no_project.status().message(), "Validate.project")) << no_project.status().message();

  Write("Validate.project", "<actorsfile> A\n<verbsfile> V\n<textfile> Missing.text\n");
  auto no_text = EvalTabari(dir_.string(), nullptr);
  ASSERT_FALSE(no_text.ok());
  EXPECT_TRUE(Contains(no_text.status().message(), "Missing.text")) << no_text.status().message();

  auto no_xml = EvalPetrarch((dir_ / "PETR.UnitTest.records.xml").string(), nullptr);
  ASSERT_FALSE(no_xml.ok());
  EXPECT_TRUE(Contains(no_xml.status().message(), "PETR.UnitTest.records.xml")) << no_xml.status().message();
}

TEST_F(CameoEvalFiles, MalformedSuiteIsReportedWithItsLine) {
  Write("Validate.project", "<actorsfile> A\n<verbsfile> V\n<textfile> V.text\n");
  Write("V.text", "950101  A-01\nHalvia praised Umbrosa.\n/*\n\\n{ HAR UMB 041 } */\n");
  auto score = EvalTabari(dir_.string(), nullptr);
  ASSERT_FALSE(score.ok());
  EXPECT_TRUE(Contains(score.status().message(), "V.text:4")) << score.status().message();
}

// ---------------------------------------------------------------------------------------------
// The peer suites themselves, when ../shared is present: every record reads.

TEST(CameoPeerSuites, ReadWhole) {
  std::string shared = testing::SharedDir();
  if (shared.empty()) GTEST_SKIP() << "../shared not present";
  fs::path root = fs::path(shared) / "peers" / "petrarch2";
  auto read = [](const fs::path& path) {
    std::ifstream in(path);
    return std::string(std::istreambuf_iterator<char>(in), {});
  };
  auto scored = [](const std::vector<CameoRecord>& records) {
    return std::count_if(records.begin(), records.end(), [](const CameoRecord& r) { return r.not_scored.empty(); });
  };
  auto tabari = ParseTabariSuite(read(root / "tabari_validation" / "Validate.text"), "Validate.text", false);
  ASSERT_TRUE(tabari.ok()) << tabari.status().ToString();
  EXPECT_EQ(tabari->size(), 472u);
  EXPECT_EQ(scored(*tabari), 444);
  auto petrarch1 = ParsePetrarchSuite(read(root / "petrarch1_validation" / "PETR.UnitTest.records.xml"), "p1.xml");
  ASSERT_TRUE(petrarch1.ok()) << petrarch1.status().ToString();
  EXPECT_EQ(petrarch1->records.size(), 281u);
  EXPECT_EQ(scored(petrarch1->records), 274);
  auto petrarch2 = ParsePetrarchSuite(read(root / "petrarch2" / "validation" / "PETR.UnitTest.records.xml"), "p2.xml");
  ASSERT_TRUE(petrarch2.ok()) << petrarch2.status().ToString();
  EXPECT_EQ(petrarch2->records.size(), 284u);
  EXPECT_EQ(scored(petrarch2->records), 279);
}

}  // namespace
}  // namespace sitrep::eval
