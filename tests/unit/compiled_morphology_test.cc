// The compiled morphology: the forms a hunspell dictionary spells, the binary of the backends'
// answers, and the promise that matters: an analyser with it reads every word as one without it.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "morph/compiled.h"
#include "morph/hunspell_forms.h"
#include "morph/morphology.h"
#include "test_support.h"
#include "text/segmenter.h"

namespace sitrep::morph {
namespace {

const std::string kFixtures = std::string(SITREP_FIXTURES) + "/morph";

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::set<std::string> FormsOf(std::string_view aff, std::string_view dic) {
  std::set<std::string> forms;
  Status s = ForEachHunspellForm(aff, dic, "test.aff", "test.dic", [&](std::string_view f) { forms.emplace(f); });
  EXPECT_TRUE(s.ok()) << s.ToString();
  return forms;
}

TEST(HunspellForms, EveryAffixTheFlagsAndConditionsAllowAndNoElidedForm) {
  std::set<std::string> forms = FormsOf(Slurp(kFixtures + "/fr.aff"), Slurp(kFixtures + "/fr.dic"));
  // "mètres" is not among them: the stem has no plural flag, the prefix's continuation has.
  // "l'ville" is not: the tokeniser splits the elided article off.
  EXPECT_EQ(forms, (std::set<std::string>{"ville", "villes", "bombarder", "bombarde", "bombardons", "bombardé",
                                          "bombardée", "mètre", "kilomètre", "kilomètres", "gaz", "Tombouctou",
                                          "sud-est"}));
}

TEST(HunspellForms, ShortNumericAndAliasedFlags) {
  EXPECT_EQ(FormsOf("SFX A Y 1\nSFX A 0 s .\n", "1\nchat/A\n"), (std::set<std::string>{"chat", "chats"}));
  EXPECT_EQ(FormsOf("FLAG num\nSFX 12 Y 1\nSFX 12 y ies y\n", "1\ncity/12\n"), (std::set<std::string>{"city", "cities"}));
  EXPECT_EQ(FormsOf("AF 1\nAF AB\nSFX A Y 1\nSFX A 0 s .\nPFX B Y 1\nPFX B 0 re .\n", "1\ntake/1\n"),
            (std::set<std::string>{"take", "takes", "retake", "retakes"}));  // a cross product
}

TEST(HunspellForms, RefusesWhatItCannotEnumerateAndNamesTheLine) {
  Status compounding = ForEachHunspellForm("SET UTF-8\nCOMPOUNDFLAG X\n", "0\n", "de.aff", "de.dic", [](std::string_view) {});
  EXPECT_EQ(compounding.code(), Status::Code::kUnsupported);
  EXPECT_NE(compounding.message().find("de.aff line 2"), std::string::npos) << compounding.message();
  Status unclosed = ForEachHunspellForm("SFX A Y 1\nSFX A 0 s [abc\n", "1\nx/A\n", "x.aff", "x.dic", [](std::string_view) {});
  EXPECT_EQ(unclosed.code(), Status::Code::kCorrupt);
  EXPECT_NE(unclosed.message().find("x.aff line 2"), std::string::npos) << unclosed.message();
  Status odd = ForEachHunspellForm("FLAG long\n", "1\nx/ABC\n", "x.aff", "x.dic", [](std::string_view) {});
  EXPECT_NE(odd.message().find("x.dic line 2"), std::string::npos) << odd.message();
}

CompiledSection SmallSection() {
  CompiledSection s;
  s.lang = "fr";
  s.backend = "hunspell";
  s.fingerprint = "fr.aff:1:2;fr.dic:3:4";
  s.complete = true;
  s.alphabet = U"abcdefghijklmnopqrstuvwxyzéABCDEFGHIJKLMNOPQRSTUVWXYZ-";
  s.start_answers = {{"ville", {{"ville", "NOUN", "fem sg"}}, true}};
  s.answers = {{"tombouctou", {}, true},  // the lower case of a name the dictionary spells capitalised
               {"Tombouctou", {{"Tombouctou", "PROPN", ""}}, false}};
  return s;
}

TEST(CompiledMorphology, SettlesWhatItHoldsAndSimpleWordsItCannotKnow) {
  std::string bytes = SerializeCompiledMorphology({SmallSection()});
  auto c = CompiledMorphology::FromBytes(bytes);
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  const CompiledMorphology& m = **c;
  EXPECT_EQ(m.Find("fr", "hunspell", "fr.aff:1:2;fr.dic:3:4"), 0u);
  // Compiled from other files, or for another backend: not used.
  EXPECT_EQ(m.Find("fr", "hunspell", "fr.aff:1:2;fr.dic:3:5"), CompiledMorphology::kNoSection);
  EXPECT_EQ(m.Find("en", "hunspell", "fr.aff:1:2;fr.dic:3:4"), CompiledMorphology::kNoSection);

  std::vector<Reading> out;
  ASSERT_TRUE(m.Lookup(0, "ville", &out));
  EXPECT_EQ(out, (std::vector<Reading>{{"ville", "NOUN", "fem sg"}}));
  out.clear();
  ASSERT_TRUE(m.Lookup(0, "Tombouctou", &out));
  EXPECT_EQ(out, (std::vector<Reading>{{"Tombouctou", "PROPN", ""}}));
  out.clear();
  EXPECT_TRUE(m.Lookup(0, "tombouctou", &out));  // held, with no reading
  EXPECT_TRUE(out.empty());
  // Simple words whose lower case the dictionary spells in no case: unknown to it.
  EXPECT_TRUE(m.Lookup(0, "xylophage", &out));
  EXPECT_TRUE(m.Lookup(0, "Anti-Xyz", &out));
  EXPECT_TRUE(out.empty());
  // For the backend: a case the section does not hold of a word it spells, an apostrophe, a digit,
  // a character outside the dictionary's letters.
  EXPECT_FALSE(m.Lookup(0, "TOMBOUCTOU", &out));
  EXPECT_FALSE(m.Lookup(0, "aujourd'hui", &out));
  EXPECT_FALSE(m.Lookup(0, "4e", &out));
  EXPECT_FALSE(m.Lookup(0, "ça", &out));
  EXPECT_TRUE(out.empty());
}

TEST(CompiledMorphology, AnIncompleteSectionSettlesOnlyWhatItHolds) {
  CompiledSection s = SmallSection();
  s.complete = false;
  auto c = CompiledMorphology::FromBytes(SerializeCompiledMorphology({s}));
  ASSERT_TRUE(c.ok());
  std::vector<Reading> out;
  EXPECT_TRUE((*c)->Lookup(0, "ville", &out));
  EXPECT_FALSE((*c)->Lookup(0, "xylophage", &out));
}

TEST(CompiledMorphology, DamageIsAnErrorOrAQuestionForTheBackendNeverAWrongAnswer) {
  std::string bytes = SerializeCompiledMorphology({SmallSection()});
  EXPECT_EQ(CompiledMorphology::FromBytes("not a morphology").status().code(), Status::Code::kCorrupt);
  std::string other_version = bytes;
  other_version[8] = 99;
  auto refused = CompiledMorphology::FromBytes(other_version);
  EXPECT_EQ(refused.status().code(), Status::Code::kCorrupt);
  EXPECT_NE(refused.status().message().find("recompile"), std::string::npos);
  for (size_t cut = 0; cut < bytes.size(); cut += 7)
    EXPECT_FALSE(CompiledMorphology::FromBytes(bytes.substr(0, cut)).ok()) << "cut at " << cut;
  // A flipped byte anywhere: either refused, or every answer is the right one or none.
  for (size_t i = 0; i < bytes.size(); ++i) {
    std::string flipped = bytes;
    flipped[i] = static_cast<char>(flipped[i] ^ 0x5a);
    auto c = CompiledMorphology::FromBytes(flipped);
    if (!c.ok() || (*c)->size() != 1) continue;
    std::vector<Reading> out;
    if ((*c)->Lookup(0, "ville", &out) && !out.empty()) {
      EXPECT_EQ(out.size(), 1u);
    }
  }
}

TEST(CompiledMorphology, TheFileIsFoundOrItsAbsenceExplained) {
  EXPECT_EQ(CompiledMorphology::Open("/nonexistent/morphology.bin").status().code(), Status::Code::kNotFound);
  PipelineOptions options;
  options.lexicon_path = SITREP_TEST_LEXICON;
  options.geocode = false;
  options.morphology_path = "/nonexistent/morphology.bin";
  auto missing = Pipeline::Open(options);
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("sitrep morphology compile"), std::string::npos);
  std::string corrupt = (std::filesystem::temp_directory_path() / "sitrep_corrupt_morphology.bin").string();
  std::ofstream(corrupt) << "SITREPMO garbage";
  options.morphology_path = corrupt;
  EXPECT_EQ(Pipeline::Open(options).status().code(), Status::Code::kCorrupt);
  std::filesystem::remove(corrupt);
}

// Every word of `text`, as the pipeline tokenises it.
std::vector<std::pair<std::string, text::TokenKind>> Tokens(const std::string& text, const std::string& lang) {
  auto segmenter = text::Segmenter::Create(testing::TestLexicon(), lang);
  std::vector<std::pair<std::string, text::TokenKind>> out;
  for (const auto& t : segmenter.value()->Segment(text).tokens) out.emplace_back(text.substr(t.start, t.end - t.start), t.kind);
  return out;
}

std::string Describe(const Analysis& a) {
  std::string out = std::string(a.source) + ":";
  for (const auto& r : a.readings) out += " " + r.lemma + "/" + r.upos + "(" + r.features + ")";
  return out;
}

// Analyses every token of `text` with and without `compiled` and reports the first difference.
void ExpectSameAnalyses(const std::string& text, const std::string& lang, const Resources& with_table) {
  auto plain = Analyzer::Create(testing::TestLexicon(), lang, {with_table.hunspell_dir, with_table.wordnet_dir});
  auto compiled = Analyzer::Create(testing::TestLexicon(), lang, with_table);
  ASSERT_TRUE(plain.ok() && compiled.ok());
  size_t differences = 0;
  for (const auto& [form, kind] : Tokens(text, lang)) {
    std::string expected = Describe((*plain)->Analyze(form, kind)), got = Describe((*compiled)->Analyze(form, kind));
    if (expected != got && ++differences <= 5) ADD_FAILURE() << lang << " '" << form << "': " << got << " instead of " << expected;
  }
}

TEST(CompiledMorphology, CompiledFromAFixtureDictionaryItAnswersAsTheBackends) {
  Resources resources{kFixtures, kFixtures + "/wordnet", nullptr};
  auto bytes = CompileMorphology(testing::TestLexicon(), resources, 2);
  ASSERT_TRUE(bytes.ok()) << bytes.status().ToString();
  auto compiled = CompiledMorphology::FromBytes(*bytes);
  ASSERT_TRUE(compiled.ok());
  resources.compiled = *compiled;
  ASSERT_NE((*compiled)->Find("fr", "hunspell", OpenFrenchBackend(resources).value()->Fingerprint()),
            CompiledMorphology::kNoSection);
  ExpectSameAnalyses("Kilomètres, villes et VILLE : bombardée, bombardons, Tombouctou, TOMBOUCTOU, sud-est, "
                     "l'ville, xylophage, Zorglub-Nord, mètres.", "fr", resources);
  ExpectSameAnalyses("Men seized the town; heavier shells, shot heavily, bombs, Shelling, SEIZED, zorglub.", "en",
                     resources);
}

TEST(CompiledMorphology, TheBuildsTableAnswersAsTheBackendsOnTextsOfBothLanguages) {
  auto compiled = CompiledMorphology::Open(SITREP_TEST_MORPHOLOGY);
  ASSERT_TRUE(compiled.ok()) << compiled.status().ToString();
  Resources resources;
  resources.compiled = *compiled;
  ExpectSameAnalyses(
      "Les rebelles se sont emparés mardi de la sous-préfecture ; l'armée a riposté par des frappes aériennes. "
      "BAMAKO, 3 mars (AFP) - Trois casques bleus ont été tués, a-t-on appris auprès de la Minusma. "
      "Les ex-combattants pro-gouvernementaux, aujourd'hui désarmés, affirment qu'ils n'étaient pas là.",
      "fr", resources);
  ExpectSameAnalyses(
      "MAIDUGURI (Reuters) - Boko Haram fighters seized two villages on Tuesday after heavy clashes with Nigerian troops, "
      "officials said. The insurgents didn't claim the attacks; pro-government militias were shelling their positions.",
      "en", resources);
  // Real prose: French TimeBank and the fa-kes articles, when ../shared is there.
  const std::string timebank = std::string(SITREP_SHARED) + "/corpus/fr-timebank/Data";
  const std::string fakes = std::string(SITREP_SHARED) + "/corpus/fa-kes/fakes.csv";
  if (!std::filesystem::exists(timebank) || !std::filesystem::exists(fakes))
    GTEST_SKIP() << "../shared/corpus is absent: the comparison on real prose is skipped";
  std::string french;
  for (const auto& e : std::filesystem::directory_iterator(timebank)) french += Slurp(e.path().string()) + "\n";
  ExpectSameAnalyses(french, "fr", resources);
  ExpectSameAnalyses(Slurp(fakes), "en", resources);
}

}  // namespace
}  // namespace sitrep::morph
