// The public pipeline: opening, language identification, explain, and the event JSON contract.
#include <gtest/gtest.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "sitrep/pipeline.h"
#include "test_support.h"
#include "text/langid.h"
#include "text/segmenter.h"

namespace sitrep {
namespace {

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

Document Doc(const std::string& text, const std::string& origin = "test.txt") {
  Document d;
  d.id = "test";
  d.origin = origin;
  d.text = text;
  return d;
}

const char kEnglish[] =
    "MEKELLE, March 7 - The Ethiopian army retook the town of Alamata, about 25 km south of Korem, "
    "from Tigrayan forces on Wednesday after three days of heavy fighting, military officials said.";

const char kGerman[] =
    "Die Bundeswehr hat am Dienstag ihre letzten Soldaten aus dem Norden des Landes abgezogen. "
    "Der Verteidigungsminister sagte, die Lage sei weiterhin sehr schwierig. Die Truppen kehren "
    "in den kommenden Wochen nach Deutschland zur\u00fcck.";

// An event known only by its district is placed at the district's seat of the same name, as
// ACLED places it, not at the district's centre some 110 km away (the shipped GeoNames divisions).
TEST(Pipeline, ADistrictIsPlacedAtItsSeat) {
  for (const auto& [lang, text] : std::vector<std::pair<std::string, std::string>>{
           {"fr", "Des jihadistes ont attaqué un poste de gendarmerie dans le cercle de Douentza lundi."},
           {"en", "Jihadists attacked a gendarmerie post in Douentza district on Monday."}}) {
    Document d = Doc(text);
    d.lang = lang;
    auto result = testing::TestPipeline().Analyse(d);
    ASSERT_TRUE(result.ok()) << result.status().ToString();
    ASSERT_FALSE(result->events.empty()) << text;
    const auto& location = result->events[0].location;
    ASSERT_TRUE(location) << text;
    EXPECT_EQ(location->precision, "district") << text;
    EXPECT_EQ(location->country, "ML") << text;
    EXPECT_NEAR(location->lat, 15.00, 0.05) << text;  // Douentza the town
    EXPECT_NEAR(location->lon, -2.95, 0.05) << text;
  }
}

// "12 km north of X": the point the text gives, not X's, and ACLED's precision 2 (near a place);
// an event in the town itself is precision 1.
TEST(Pipeline, RelativePlacesAreOffsetByTheirDistanceAndBearing) {
  struct Case {
    std::string lang, text;
    double lat, lon;
    int geo_precision;
  };
  for (const Case& c : std::vector<Case>{
           {"en", "Rebels attacked an army post 12 km north of Gao on Monday.", 16.2717 + 12 / 111.32, -0.0447, 2},
           {"en", "Militants attacked a checkpoint 20 miles west of Maiduguri on Monday.", 11.8469, 13.1603 - 0.2937, 2},
           {"fr", "Des jihadistes ont attaqué un camp militaire à une trentaine de kilomètres au sud de Gao.",
            16.2717 - 30 / 111.32, -0.0447, 2},
           {"fr", "Des rebelles ont attaqué un poste militaire à Gao lundi.", 16.2717, -0.0447, 1}}) {
    Document d = Doc(c.text);
    d.lang = c.lang;
    auto result = testing::TestPipeline().Analyse(d);
    ASSERT_TRUE(result.ok()) << result.status().ToString();
    ASSERT_FALSE(result->events.empty()) << c.text;
    const auto& location = result->events[0].location;
    ASSERT_TRUE(location) << c.text;
    EXPECT_NEAR(location->lat, c.lat, 0.01) << c.text;
    EXPECT_NEAR(location->lon, c.lon, 0.01) << c.text;
    EXPECT_EQ(location->geo_precision, c.geo_precision) << c.text;
  }
}

TEST(Pipeline, OpenWithMissingLexiconFails) {
  PipelineOptions options;
  options.lexicon_path = "/nonexistent/lexicon.bin";
  auto opened = Pipeline::Open(options);
  ASSERT_FALSE(opened.ok());
  EXPECT_EQ(opened.status().code(), Status::Code::kNotFound);
  EXPECT_TRUE(Contains(opened.status().message(), "/nonexistent/lexicon.bin")) << opened.status().message();
}

TEST(Pipeline, LexiconVersionIsTheCompiledOne) {
  EXPECT_EQ(testing::TestPipeline().LexiconVersion(), testing::TestLexicon().Version());
  EXPECT_STRNE(Version(), "");
}

TEST(Pipeline, ExplainEnglish) {
  Document doc = Doc(kEnglish);
  auto explained = testing::TestPipeline().Explain(doc);
  ASSERT_TRUE(explained.ok()) << explained.status().ToString();
  const std::string& out = *explained;
  EXPECT_TRUE(Contains(out, "retook")) << out;
  EXPECT_TRUE(Contains(out, "retake VERB")) << out;
  EXPECT_TRUE(Contains(out, "test.txt")) << out;
  EXPECT_TRUE(Contains(out, "language en")) << out;
  EXPECT_TRUE(Contains(out, "1 sentences")) << out;
  EXPECT_EQ(doc.lang, "en");  // identified and recorded on the document
}

TEST(Pipeline, ExplainShowsDateTitleAndGivenLanguage) {
  Document doc = Doc(" date 2023-10-19 Mali : l'arm\u00e9e reprend Ti\u00e9bala\n\nL'arm\u00e9e malienne a repris Ti\u00e9bala.");
  doc.body_start = doc.text.find("L'arm");
  doc.title = "Mali : l'arm\u00e9e reprend Ti\u00e9bala";
  doc.lang = "fr";
  PartialDate::ParseIso("2023-10-19", &doc.date);
  doc.date_origin = "header";
  auto explained = testing::TestPipeline().Explain(doc);
  ASSERT_TRUE(explained.ok()) << explained.status().ToString();
  const std::string& out = *explained;
  EXPECT_TRUE(Contains(out, "language fr (given)")) << out;
  EXPECT_TRUE(Contains(out, "date 2023-10-19 (day precision, from header)")) << out;
  EXPECT_TRUE(Contains(out, "title Mali")) << out;
  EXPECT_TRUE(Contains(out, "reprendre VERB")) << out;
  // The header line is not segmented.
  EXPECT_FALSE(Contains(out, "] paragraph 0, bytes 0-")) << out;
}

TEST(Pipeline, CodeEnglishAndFrench) {
  Document en = Doc(kEnglish);
  auto events = testing::TestPipeline().Code(en);
  ASSERT_TRUE(events.ok()) << events.status().ToString();
  EXPECT_EQ(en.lang, "en");

  Document fr = Doc(
      "BAMAKO, 19 octobre - L'arm\u00e9e malienne a repris le contr\u00f4le de Ti\u00e9bala, une localit\u00e9 du "
      "centre du pays que les combattants du JNIM occupaient depuis pr\u00e8s d'un mois, a annonc\u00e9 jeudi "
      "l'\u00e9tat-major dans un communiqu\u00e9.");
  events = testing::TestPipeline().Code(fr);
  ASSERT_TRUE(events.ok()) << events.status().ToString();
  EXPECT_EQ(fr.lang, "fr");
}

TEST(Pipeline, EvidenceStaysBoundedInATextWithoutSentenceEnds) {
  // 60 KB with no sentence end: each event used to repeat all of it as its evidence.
  std::string text;
  while (text.size() < 60000) text += "the army attacked the rebels near Bunia and ";
  Document doc = Doc(text);
  doc.lang = "en";
  auto events = testing::TestPipeline().Code(doc);
  ASSERT_TRUE(events.ok()) << events.status().ToString();
  ASSERT_GT(events->size(), 100u);
  for (const Event& e : *events) {
    EXPECT_LE(e.evidence.text.size(), text::kMaxSentenceBytes) << e.id;
    EXPECT_EQ(e.evidence.text, text.substr(e.evidence.start, e.evidence.end - e.evidence.start)) << e.id;
  }
}

// A pipeline whose caches pass their cap builds its stages again between documents: with a cap
// of a few dozen forms that happens after nearly every document here, and the events and the
// explanations are those of a pipeline that keeps everything.
TEST(Pipeline, CappedCachesGiveTheSameEvents) {
  PipelineOptions options;
  options.lexicon_path = SITREP_TEST_LEXICON;
  options.gazetteer_path = SITREP_TEST_GAZETTEER;
  options.max_cached_forms = 40;
  auto capped = Pipeline::Open(options);
  ASSERT_TRUE(capped.ok()) << capped.status().ToString();
  const std::vector<std::string> texts = {
      kEnglish,
      "Gunmen attacked a police station in the north of the country on Friday, killing four officers, the "
      "governor said. Troops later shelled the hills where the attackers had fled.",
      "Des hommes armés ont attaqué lundi un poste de gendarmerie dans le nord du pays, tuant trois gendarmes. "
      "L'armée a ensuite bombardé les collines où les assaillants s'étaient repliés.",
      kEnglish,
  };
  for (const auto& text : texts) {
    Document kept = Doc(text), rebuilt = Doc(text);
    auto expected = testing::TestPipeline().Code(kept);
    auto got = (*capped)->Code(rebuilt);
    ASSERT_TRUE(expected.ok() && got.ok());
    ASSERT_FALSE(expected->empty()) << text;
    ASSERT_EQ(got->size(), expected->size()) << text;
    for (size_t i = 0; i < got->size(); ++i) EXPECT_EQ(EventToJson((*got)[i]), EventToJson((*expected)[i]));
    Document explained_kept = Doc(text), explained_rebuilt = Doc(text);
    EXPECT_EQ(*(*capped)->Explain(explained_rebuilt), *testing::TestPipeline().Explain(explained_kept));
  }
}

TEST(Pipeline, GermanIsNotCoded) {
  Document doc = Doc(kGerman, "feeds/de/bundeswehr.txt");
  auto events = testing::TestPipeline().Code(doc);
  ASSERT_FALSE(events.ok());
  EXPECT_EQ(events.status().code(), Status::Code::kUnsupported);
  EXPECT_TRUE(Contains(events.status().message(), "feeds/de/bundeswehr.txt")) << events.status().message();
  EXPECT_TRUE(Contains(events.status().message(), "not coded")) << events.status().message();
  EXPECT_TRUE(Contains(events.status().message(), "'de'")) << events.status().message();

  auto explained = testing::TestPipeline().Explain(doc);
  EXPECT_FALSE(explained.ok());
}

TEST(Pipeline, GivenUnsupportedLanguageIsNotCoded) {
  Document doc = Doc(kEnglish, "x.txt");
  doc.lang = "es";
  auto events = testing::TestPipeline().Code(doc);
  ASSERT_FALSE(events.ok());
  EXPECT_EQ(events.status().code(), Status::Code::kUnsupported);
  EXPECT_TRUE(Contains(events.status().message(), "x.txt")) << events.status().message();
  EXPECT_TRUE(Contains(events.status().message(), "not coded")) << events.status().message();
}

TEST(Pipeline, UnidentifiableLanguageAsksForLang) {
  Document doc = Doc("xq zzv brt", "short.txt");
  auto events = testing::TestPipeline().Code(doc);
  EXPECT_EQ(events.status().code(), Status::Code::kUnsupported);
  EXPECT_TRUE(Contains(events.status().message(), "short.txt")) << events.status().message();
  EXPECT_TRUE(Contains(events.status().message(), "could not be identified")) << events.status().message();
  EXPECT_TRUE(Contains(events.status().message(), "--lang")) << events.status().message();
}

TEST(Pipeline, ShortFrenchTextIsFrench) {
  Document doc = Doc("L'arm\u00e9e a repris la ville.", "court.txt");
  auto events = testing::TestPipeline().Code(doc);
  ASSERT_TRUE(events.ok()) << events.status().ToString();
  EXPECT_EQ(doc.lang, "fr");
}

TEST(LanguageId, IdentifiesLongTexts) {
  EXPECT_EQ(text::IdentifyLanguage(kGerman).code, "de");
  text::LanguageGuess en = text::IdentifyLanguage(kEnglish);
  EXPECT_EQ(en.code, "en");
  EXPECT_GT(en.percent, 50);
  EXPECT_TRUE(en.reliable);
}

TEST(LanguageId, DoesNotCutUtf8AtTheWindow) {
  // Over 64 KiB of French whose 65536th byte falls inside a two-byte character.
  std::string text = "L'arm\u00e9e malienne a repris le contr\u00f4le de la ville apr\u00e8s des combats. ";
  std::string big;
  while (big.size() < 70000) big += text;
  size_t cut = 64 * 1024;
  while ((static_cast<unsigned char>(big[cut]) & 0xC0) != 0x80) {
    big.insert(0, "a");
  }
  EXPECT_EQ(text::IdentifyLanguage(big).code, "fr");
}

TEST(LanguageId, FunctionWordVote) {
  text::FunctionWords words;
  words.fr = {"le", "la", "les", "l'", "d'", "de", "a", "et"};
  words.en = {"the", "of", "and", "a", "was"};
  EXPECT_EQ(text::VoteByFunctionWords("L\u2019arm\u00e9e a repris la ville de Gao.", words), "fr");
  EXPECT_EQ(text::VoteByFunctionWords("The army of Mali and the militia.", words), "en");
  EXPECT_EQ(text::VoteByFunctionWords("Kidal Gao Tombouctou", words), "");
  EXPECT_EQ(text::VoteByFunctionWords("", words), "");
}

// ---------------------------------------------------------------------------------------------
// Event JSON

Event FullEvent() {
  Event e;
  e.doc = "fr_sahel";
  e.id = "fr_sahel:0:1";
  e.cameo = "0874";
  e.plover = "RETREAT";
  e.acled_type = "Battles";
  e.acled_sub_type = "Government regains territory";
  e.status = EventStatus::kClaimed;
  e.source = Actor{"L'arm\u00e9e malienne", "MLIMIL", "Malian military"};
  e.location = Place{"Ti\u00e9bala", "Ti\u00e9bala", 2451185, "ML", "S\u00e9gou", 13.1, -5.9, "city"};
  e.date = DateInterval{"2023-10-16", "2023-10-16", "day", "lundi"};
  e.evidence = Evidence{0, 29, 120, "L'arm\u00e9e malienne a repris \u00ab le contr\u00f4le \u00bb de Ti\u00e9bala"};
  e.trigger = "a repris";
  e.confidence = 0.75;
  return e;
}

TEST(EventToJson, FieldNamesAndValues) {
  std::string line = EventToJson(FullEvent());
  EXPECT_EQ(line.find('\n'), std::string::npos) << "one line, no trailing newline";
  nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
  ASSERT_FALSE(j.is_discarded()) << line;
  ASSERT_TRUE(j.is_object());
  for (const char* key : {"doc", "id", "cameo", "plover", "acled", "status", "source", "target", "location", "date",
                          "evidence", "confidence"})
    EXPECT_TRUE(j.contains(key)) << key << " missing in " << line;

  EXPECT_EQ(j["doc"], "fr_sahel");
  EXPECT_EQ(j["id"], "fr_sahel:0:1");
  ASSERT_TRUE(j["cameo"].is_string());
  EXPECT_EQ(j["cameo"], "0874");  // leading zero kept
  EXPECT_TRUE(Contains(line, "\"cameo\":\"0874\"")) << line;
  EXPECT_EQ(j["plover"], "RETREAT");
  EXPECT_EQ(j["acled"]["type"], "Battles");
  EXPECT_EQ(j["acled"]["sub_type"], "Government regains territory");
  EXPECT_EQ(j["status"], "claimed");
  EXPECT_EQ(j["source"]["text"], "L'arm\u00e9e malienne");
  EXPECT_EQ(j["source"]["code"], "MLIMIL");
  EXPECT_EQ(j["source"]["name"], "Malian military");
  EXPECT_TRUE(j["target"].is_null());
  EXPECT_EQ(j["location"]["geonameid"], 2451185);
  EXPECT_EQ(j["location"]["country"], "ML");
  EXPECT_EQ(j["location"]["admin1"], "S\u00e9gou");
  EXPECT_DOUBLE_EQ(j["location"]["lat"].get<double>(), 13.1);
  EXPECT_DOUBLE_EQ(j["location"]["lon"].get<double>(), -5.9);
  EXPECT_EQ(j["location"]["precision"], "city");
  EXPECT_EQ(j["date"]["start"], "2023-10-16");
  EXPECT_EQ(j["date"]["end"], "2023-10-16");
  EXPECT_EQ(j["date"]["precision"], "day");
  EXPECT_EQ(j["date"]["text"], "lundi");
  EXPECT_EQ(j["evidence"]["sentence"], 0);
  EXPECT_EQ(j["evidence"]["start"], 29);
  EXPECT_EQ(j["evidence"]["end"], 120);
  EXPECT_EQ(j["evidence"]["text"], "L'arm\u00e9e malienne a repris \u00ab le contr\u00f4le \u00bb de Ti\u00e9bala");
  EXPECT_EQ(j["trigger"], "a repris");
  EXPECT_DOUBLE_EQ(j["confidence"].get<double>(), 0.75);
}

TEST(EventToJson, FieldOrderFollowsTheContract) {
  std::string line = EventToJson(FullEvent());
  size_t last = 0;
  for (const char* key : {"\"doc\"", "\"id\"", "\"cameo\"", "\"plover\"", "\"acled\"", "\"status\"", "\"source\"",
                          "\"target\"", "\"location\"", "\"date\"", "\"evidence\"", "\"confidence\""}) {
    size_t at = line.find(std::string(key) + ":");
    ASSERT_NE(at, std::string::npos) << key;
    EXPECT_GT(at + 1, last) << key << " out of order in " << line;
    last = at + 1;
  }
}

TEST(EventToJson, OptionalPartsAbsentAreNull) {
  Event e;
  e.doc = "d";
  e.id = "d:3:0";
  e.cameo = "190";
  e.target = Actor{"Tigrayan forces", "ETHREB", "Tigray Defence Forces"};
  std::string line = EventToJson(e);
  nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
  ASSERT_FALSE(j.is_discarded()) << line;
  EXPECT_TRUE(j["source"].is_null());
  EXPECT_EQ(j["target"]["code"], "ETHREB");
  EXPECT_TRUE(j["acled"].is_null());
  EXPECT_TRUE(j["location"].is_null());
  EXPECT_EQ(j["status"], "occurred");
  EXPECT_EQ(j["cameo"], "190");
  EXPECT_EQ(j["date"]["start"], "");
}

TEST(EventToJson, AcledTypeWithoutSubType) {
  Event e;
  e.acled_type = "Battles";
  nlohmann::json j = nlohmann::json::parse(EventToJson(e), nullptr, false);
  ASSERT_FALSE(j.is_discarded());
  EXPECT_EQ(j["acled"]["type"], "Battles");
  EXPECT_EQ(j["acled"]["sub_type"], "");
}

TEST(EventToJson, EveryStatusHasItsName) {
  const std::pair<EventStatus, const char*> statuses[] = {
      {EventStatus::kOccurred, "occurred"}, {EventStatus::kAttempted, "attempted"}, {EventStatus::kFailed, "failed"},
      {EventStatus::kPlanned, "planned"},   {EventStatus::kClaimed, "claimed"},     {EventStatus::kFeared, "feared"},
      {EventStatus::kNegated, "negated"}};
  for (const auto& [status, name] : statuses) {
    Event e;
    e.status = status;
    nlohmann::json j = nlohmann::json::parse(EventToJson(e), nullptr, false);
    ASSERT_FALSE(j.is_discarded());
    EXPECT_EQ(j["status"], name);
  }
}

TEST(EventFromJson, ReadsBackWhatEventToJsonWrites) {
  Event e = FullEvent();
  e.evidence.start = (size_t{1} << 63) + 7;  // offsets are unsigned: written and read as such
  e.evidence.end = e.evidence.start + 91;
  e.fatalities = 12;
  auto read = EventFromJson(EventToJson(e));
  ASSERT_TRUE(read.ok()) << read.status().ToString();
  EXPECT_EQ(EventToJson(*read), EventToJson(e));
  EXPECT_EQ(read->evidence.start, e.evidence.start);
  EXPECT_EQ(read->location->geonameid, 2451185);
}

TEST(EventFromJson, ANumberOutOfItsFieldsRangeIsAnErrorNamingTheField) {
  // Converting 1e300 to an offset or a count is undefined behaviour (fuzz_stored_event found it):
  // such a line is damaged, and said to be.
  const std::string line = EventToJson(FullEvent());
  const std::vector<std::pair<std::string, std::string>> damaged = {
      {"\"start\":29", "\"start\":1e300"},          {"\"start\":29", "\"start\":-1"},
      {"\"sentence\":0", "\"sentence\":3e9"},        {"\"sentence\":0", "\"sentence\":-2147483649"},
      {"\"geonameid\":2451185", "\"geonameid\":1e19"}, {"\"inter1\":0", "\"inter1\":4294967296"},
      {"\"end\":120", "\"end\":1.8446744073709552e19"},
      {"\"confidence\":0.75", "\"fatalities\":18446744073709551615,\"confidence\":0.75"},
  };
  for (const auto& [field, value] : damaged) {
    std::string bad = line;
    ASSERT_NE(bad.find(field), std::string::npos) << field << " in " << line;
    bad.replace(bad.find(field), field.size(), value);
    auto read = EventFromJson(bad);
    ASSERT_FALSE(read.ok()) << value;
    std::string name = value.substr(1, value.find('"', 1) - 1);
    EXPECT_TRUE(Contains(read.status().message(), "field '" + name + "' is out of range")) << read.status().message();
  }
  // A fraction is truncated as before; a whole number written as a float is that number.
  std::string fractional = line;
  fractional.replace(fractional.find("\"start\":29"), 10, "\"start\":29.9");
  auto read = EventFromJson(fractional);
  ASSERT_TRUE(read.ok()) << read.status().ToString();
  EXPECT_EQ(read->evidence.start, 29u);
}

TEST(EventToJson, EscapesAndSurvivesInvalidUtf8) {
  Event e;
  e.evidence.text = "He said \"no\"\n\ttab \\ slash";
  e.trigger = "bad \xFF byte";
  std::string line = EventToJson(e);
  EXPECT_EQ(line.find('\n'), std::string::npos);
  nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
  ASSERT_FALSE(j.is_discarded()) << line;
  EXPECT_EQ(j["evidence"]["text"], "He said \"no\"\n\ttab \\ slash");
  EXPECT_TRUE(Contains(j["trigger"].get<std::string>(), "bad ")) << line;
}

}  // namespace
}  // namespace sitrep
