// Imported CAMEO dictionaries as lexicon sources (peer/lexicon_tables.h), and the pipeline coding
// English with them: the fixture dictionaries in tests/fixtures/cameo are invented.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "peer/pattern_coder.h"
#include "peer/dictionary.h"
#include "peer/lexicon_tables.h"
#include "lexicon/lexicon.h"
#include "sitrep/pipeline.h"

namespace sitrep::peer {
namespace {

const std::string kFixtures = std::string(SITREP_FIXTURES) + "/cameo";

PeerDictionaries Fixtures() {
  PeerDictionaries d;
  Status read = ReadPeerDictionaryDir(kFixtures, &d);
  EXPECT_TRUE(read.ok()) << read.ToString();
  return d;
}

std::vector<std::string> Triples(const PatternCoding& coding) {
  std::vector<std::string> out;
  for (const auto& e : coding.events) out.push_back(e.source + "/" + e.target + "/" + e.code);
  std::sort(out.begin(), out.end());
  return out;
}

long Day(const char* yyyymmdd) {
  long day = 0;
  EXPECT_TRUE(ParsePeerDate(yyyymmdd, &day));
  return day;
}

const char* kSentences[] = {
    "Ostmark bombarded Veldaran border posts with rockets on Tuesday.",
    "Ostmark bombarded Kestria overnight.",
    "President Tollan conferred with Ostmark's foreign minister in Kestria.",
    "The Red Hand reproached Ostmark of arms smuggling.",
    "Aid agencies in Veldara reproached Ostmark.",
    "Veldara bombarded Ostmark after the football match.",
};

TEST(PeerLexicon, SourcesReadBackCodeAsTheDictionariesDo) {
  PeerDictionaries original = Fixtures();
  std::string source = ToLexiconSource(original, "en");
  lexicon::Lexicon lex;
  std::vector<lexicon::Diagnostic> diagnostics;
  lexicon::ParseSource(source, "imported.lex", &lex, &diagnostics);
  for (const auto& d : diagnostics) ADD_FAILURE() << d.ToString();
  auto back = FromLexicon(lex, "en");
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->verbs.size(), original.verbs.size());
  EXPECT_EQ(back->discards.size(), original.discards.size());
  PatternCoder from_files(original, {}), from_lexicon(*back, {});
  for (const char* day : {"20150303", "20190303"})
    for (const char* sentence : kSentences)
      EXPECT_EQ(Triples(from_lexicon.Code(sentence, Day(day))), Triples(from_files.Code(sentence, Day(day))))
          << sentence << " on " << day;
  // Written again, the rows are the same: nothing is lost or reordered on the way.
  EXPECT_EQ(ToLexiconSource(*back, "en"), source);
}

TEST(PeerLexicon, FixturesCodeTheirInventedWorld) {
  PatternCoder coder(Fixtures(), {});
  EXPECT_EQ(Triples(coder.Code(kSentences[0], Day("20150303"))), std::vector<std::string>{"OST/VEL/195"});
  EXPECT_EQ(Triples(coder.Code(kSentences[1], Day("20150303"))), std::vector<std::string>{"OST/KES/190"});
  // A dated code: president until 2016, an elder statesman after.
  EXPECT_EQ(Triples(coder.Code(kSentences[2], Day("20150303"))),
            (std::vector<std::string>{"OSTGOVFRM/VELGOV/040", "VELGOV/OSTGOVFRM/040"}));
  EXPECT_EQ(Triples(coder.Code(kSentences[2], Day("20190303"))),
            (std::vector<std::string>{"OSTGOVFRM/VELELI/040", "VELELI/OSTGOVFRM/040"}));
  EXPECT_EQ(Triples(coder.Code(kSentences[3], Day("20150303"))), std::vector<std::string>{"VELREB/OST/1121"});
  // A prefix agent: aid agencies of Veldara are NGOVEL.
  EXPECT_EQ(Triples(coder.Code(kSentences[4], Day("20150303"))), std::vector<std::string>{"NGOVEL/OST/112"});
  PatternCoding discarded = coder.Code(kSentences[5], Day("20150303"));
  EXPECT_TRUE(discarded.discarded);
  EXPECT_TRUE(discarded.events.empty());
}

TEST(PeerLexicon, PatternTextRoundTrips) {
  const char* texts[] = {"URGED _+ * HALT _{AIR|ARTILLERY} _STRIKES", "$ * ^ AT +",
                         "% HAVE SIGNED *", "NEGOTIAT* * {PEACE TALKS|CEASEFIRE}"};
  for (const char* text : texts) {
    auto pattern = lexicon::ParsePatternText(text);
    ASSERT_TRUE(pattern.ok()) << text << ": " << pattern.status().ToString();
    EXPECT_EQ(lexicon::PatternText(*pattern), text);
  }
  auto stem = lexicon::ParsePatternText("NEGOTIAT* *");
  ASSERT_TRUE(stem.ok());
  EXPECT_TRUE(stem->elements[0].alternatives[0][0].stem);
  EXPECT_EQ(stem->elements[0].alternatives[0][0].text, "NEGOTIAT");
}

TEST(PeerLexicon, MalformedPatternsAreRefusedWithAReason) {
  for (const char* text : {"* TALKS *", "TALKS", "* {PEACE|", "* {|CEASEFIRE}", "* _", "* A|B"}) {
    auto pattern = lexicon::ParsePatternText(text);
    EXPECT_FALSE(pattern.ok()) << text;
    if (pattern.ok()) continue;
    EXPECT_FALSE(pattern.status().message().empty()) << text;
  }
}

TEST(PeerLexicon, EventCodesRoundTrip) {
  for (const char* text : {"064", "013:012", ":173", "023?", "---", "1121"}) {
    EventCode code;
    ASSERT_TRUE(lexicon::ParseEventCodeText(text, &code)) << text;
    EXPECT_EQ(lexicon::EventCodeText(code), text);
  }
  EventCode weak;
  ASSERT_TRUE(lexicon::ParseEventCodeText("023?", &weak));
  EXPECT_TRUE(weak.weak);
  EventCode code;
  for (const char* bad : {"", "?", "06 4", "013:", "0;64"}) EXPECT_FALSE(lexicon::ParseEventCodeText(bad, &code)) << bad;
}

TEST(PeerLexicon, LexiconCheckNamesTheBadRow) {
  lexicon::Lexicon lex;
  std::vector<lexicon::Diagnostic> diagnostics;
  lexicon::ParseSource(
      "@kind cameo_patterns\n@lang en\nBOMBARD\t* WITH ROCKETS\t195\nBOMBARD\tWITH ROCKETS\t195\n"
      "@kind cameo_agents\n@lang en\nSOLDIER\tMIL\n",
      "mine.lex", &lex, &diagnostics);
  ASSERT_EQ(diagnostics.size(), 2u);
  EXPECT_EQ(diagnostics[0].line, 4u);
  EXPECT_NE(diagnostics[0].message.find("'*'"), std::string::npos) << diagnostics[0].message;
  EXPECT_EQ(diagnostics[1].line, 7u);
}

// The pipeline hands English sentences its predicates leave uncoded to the dictionaries; the
// actor codes hold on the document's date and the status comes from sitrep's own cues.
class PipelineWithDictionaries : public ::testing::Test {
 protected:
  static PipelineOptions Options(const std::string& dictionaries, bool geocode = false) {
    PipelineOptions options;
    options.lexicon_path = SITREP_TEST_LEXICON;
    options.gazetteer_path = SITREP_TEST_GAZETTEER;
    options.geocode = geocode;
    options.cameo_dictionaries = dictionaries;
    return options;
  }
  static std::unique_ptr<Pipeline> Open(bool with_dictionaries, bool geocode = false) {
    auto opened = Pipeline::Open(Options(with_dictionaries ? kFixtures : "", geocode));
    EXPECT_TRUE(opened.ok()) << opened.status().ToString();
    return opened.ok() ? std::move(opened.value()) : nullptr;
  }
  static std::vector<Event> Code(Pipeline& p, const std::string& text, const std::string& lang, int year) {
    Document doc;
    doc.id = "d";
    doc.origin = "d.txt";
    doc.text = text;
    doc.lang = lang;
    doc.date = PartialDate{year, 3, 3, PartialDate::Precision::kDay};
    auto events = p.Code(doc);
    EXPECT_TRUE(events.ok()) << events.status().ToString();
    return events.ok() ? *events : std::vector<Event>{};
  }
};

TEST_F(PipelineWithDictionaries, CodesWhatTheLexiconLeaves) {
  auto pipeline = Open(true);
  ASSERT_TRUE(pipeline);
  auto events = Code(*pipeline, "President Tollan conferred with Ostmark's foreign minister in Kestria.", "en", 2015);
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].cameo, "040");
  ASSERT_TRUE(events[0].source && events[0].target);
  EXPECT_EQ(events[0].source->code, "VELGOV");
  EXPECT_EQ(events[0].source->text, "President Tollan");
  EXPECT_EQ(events[0].target->code, "OSTGOVFRM");
  EXPECT_EQ(events[0].trigger, "conferred");
  EXPECT_EQ(events[0].status, EventStatus::kOccurred);
  EXPECT_EQ(events[0].evidence.sentence, 0);
  EXPECT_DOUBLE_EQ(events[0].confidence, 0.5);
  auto later = Code(*pipeline, "President Tollan conferred with Ostmark's foreign minister in Kestria.", "en", 2019);
  ASSERT_FALSE(later.empty());
  EXPECT_EQ(later[0].source->code, "VELELI");
}

TEST_F(PipelineWithDictionaries, NamesComeFromSitrepsOwnActorsAndRoles) {
  auto pipeline = Open(true);
  ASSERT_TRUE(pipeline);
  auto events = Code(*pipeline, "Chad reproached Niger's soldiers of arms smuggling.", "en", 2015);
  ASSERT_EQ(events.size(), 1u);
  ASSERT_TRUE(events[0].source && events[0].target);
  EXPECT_EQ(events[0].source->code, "TCD");
  EXPECT_EQ(events[0].source->name, "Chad");
  EXPECT_EQ(events[0].target->code, "NERMIL");
  EXPECT_EQ(events[0].target->name, "Niger military");
  EXPECT_EQ(events[0].target->text, "Niger's soldiers");
  // An invented country has no name in sitrep's lexicon: the code stands alone.
  events = Code(*pipeline, "Ostmark bombarded Kestria overnight.", "en", 2015);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].source->name, "");
}

TEST_F(PipelineWithDictionaries, PlaceIsTheSentencesOwn) {
  auto pipeline = Open(true);
  ASSERT_TRUE(pipeline);
  auto events = Code(*pipeline, "Ostmark bombarded Veldaran border posts near Bunia on Tuesday.", "en", 2015);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].cameo, "190");
  EXPECT_EQ(events[0].place_text, "Bunia");
  // A place named only in another sentence is not taken.
  events = Code(*pipeline, "Fighting went on near Bunia. Ostmark bombarded Veldaran border posts.", "en", 2015);
  auto bombarded = std::find_if(events.begin(), events.end(), [](const Event& e) { return e.trigger == "bombarded"; });
  ASSERT_NE(bombarded, events.end());
  EXPECT_EQ(bombarded->place_text, "");
}

TEST_F(PipelineWithDictionaries, AnActorsNameIsNotItsLocation) {
  auto pipeline = Open(true, /*geocode=*/true);
  ASSERT_TRUE(pipeline);
  // "Tollan" is also a place name somewhere; here it is the president, the event's source.
  auto events = Code(*pipeline, "President Tollan conferred with Ostmark's foreign minister.", "en", 2015);
  ASSERT_FALSE(events.empty());
  for (const auto& e : events) {
    if (!e.location) continue;
    EXPECT_NE(e.location->text, "Tollan") << e.location->name;
  }
}

TEST_F(PipelineWithDictionaries, StatusComesFromSitrepsCues) {
  auto pipeline = Open(true);
  ASSERT_TRUE(pipeline);
  auto events = Code(*pipeline, "Ostmark threatened to bombard Kestria with rockets.", "en", 2015);
  auto threatened = std::find_if(events.begin(), events.end(), [](const Event& e) { return e.cameo == "195"; });
  ASSERT_NE(threatened, events.end());
  // data/coder/cues.lex: "threaten to" makes what follows feared, not done.
  EXPECT_EQ(threatened->status, EventStatus::kFeared) << EventStatusName(threatened->status);
}

TEST_F(PipelineWithDictionaries, WithoutThemNothingChangesAndFrenchIsUntouched) {
  auto plain = Open(false), with = Open(true);
  ASSERT_TRUE(plain && with);
  EXPECT_TRUE(Code(*plain, "President Tollan conferred with Ostmark's foreign minister.", "en", 2015).empty());
  const char* french = "L'armée malienne a repris Tiébala aux rebelles mardi.";
  auto a = Code(*plain, french, "fr", 2015), b = Code(*with, french, "fr", 2015);
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) EXPECT_EQ(EventToJson(a[i]), EventToJson(b[i]));
}

TEST_F(PipelineWithDictionaries, AMissingDirectoryIsNamed) {
  auto opened = Pipeline::Open(Options("/nonexistent/dictionaries"));
  ASSERT_FALSE(opened.ok());
  EXPECT_NE(opened.status().message().find("/nonexistent/dictionaries"), std::string::npos);
}

}  // namespace
}  // namespace sitrep::peer
