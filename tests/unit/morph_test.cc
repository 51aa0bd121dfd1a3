// Lemmas and parts of speech: French from hunspell-fr, English from WordNet, both under the
// project's own word lists.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <string>

#include "morph/morphology.h"
#include "test_support.h"
#include "text/fold.h"

namespace sitrep::morph {
namespace {

Analyzer& For(const std::string& lang) {
  static std::map<std::string, std::unique_ptr<Analyzer>> analyzers;
  auto& a = analyzers[lang];
  if (!a) {
    auto created = Analyzer::Create(testing::TestLexicon(), lang, {});
    if (!created.ok()) {
      ADD_FAILURE() << created.status().ToString();
      std::abort();
    }
    a = std::move(created.value());
  }
  return *a;
}

const Analysis& Word(const std::string& lang, const std::string& form) {
  return For(lang).Analyze(form, text::TokenKind::kWord);
}

std::string Describe(const Analysis& a) {
  std::string out;
  for (const auto& r : a.readings) out += r.lemma + "/" + r.upos + (r.features.empty() ? "" : "(" + r.features + ")") + " ";
  return out + "[" + a.source + "]";
}

// The features of the first reading with that lemma and part of speech, or "<none>".
std::string FeaturesOf(const Analysis& a, const std::string& lemma, const std::string& upos) {
  for (const auto& r : a.readings)
    if (r.lemma == lemma && r.upos == upos) return r.features;
  return "<none>";
}

#define EXPECT_LEMMA(lang, form, lemma, upos)                                   \
  do {                                                                          \
    const Analysis& a_ = Word(lang, form);                                      \
    EXPECT_TRUE(a_.HasLemma(lemma, upos)) << form << ": " << Describe(a_);      \
  } while (0)

// ---------------------------------------------------------------------------------------------
// French

TEST(MorphFr, VerbLemmas) {
  EXPECT_LEMMA("fr", "lib\u00e9r\u00e9", "lib\u00e9rer", "VERB");
  EXPECT_LEMMA("fr", "repris", "reprendre", "VERB");
  EXPECT_LEMMA("fr", "p\u00e9n\u00e8trent", "p\u00e9n\u00e9trer", "VERB");
  EXPECT_LEMMA("fr", "approchent", "approcher", "VERB");
  EXPECT_LEMMA("fr", "craignent", "craindre", "VERB");
  EXPECT_LEMMA("fr", "soudoient", "soudoyer", "VERB");
  EXPECT_LEMMA("fr", "bombard\u00e9", "bombarder", "VERB");
}

TEST(MorphFr, PersonAndNumberFeatures) {
  const Analysis& a = Word("fr", "p\u00e9n\u00e8trent");
  std::string features = FeaturesOf(a, "p\u00e9n\u00e9trer", "VERB");
  EXPECT_NE(features.find("3pl"), std::string::npos) << Describe(a);
  EXPECT_STREQ(a.source, "hunspell");
}

TEST(MorphFr, AdjectiveAndNounLemmas) {
  EXPECT_LEMMA("fr", "syriennes", "syrien", "ADJ");
  const Analysis& a = Word("fr", "syriennes");
  EXPECT_NE(FeaturesOf(a, "syrien", "ADJ").find("pl"), std::string::npos) << Describe(a);
  EXPECT_LEMMA("fr", "soldats", "soldat", "NOUN");
}

TEST(MorphFr, ProperNounSyrie) {
  const Analysis& a = Word("fr", "Syrie");
  EXPECT_TRUE(a.HasLemma("Syrie", "PROPN") || a.HasLemma("Syrie", "NOUN")) << Describe(a);
}

TEST(MorphFr, CliticsFromTheLexicon) {
  const Analysis& l = Word("fr", "l'");
  EXPECT_TRUE(l.HasLemma("le")) << Describe(l);
  EXPECT_TRUE(l.Has("DET")) << Describe(l);
  EXPECT_STREQ(l.source, "lexicon");
  EXPECT_LEMMA("fr", "L\u2019", "le", "DET");  // capitalised, typographic apostrophe
  EXPECT_LEMMA("fr", "-t-il", "il", "PRON");
  EXPECT_LEMMA("fr", "jusqu'", "jusque", "ADP");
}

TEST(MorphFr, ClosedClassWordsComeFromTheLexicon) {
  const Analysis& a = Word("fr", "Les");
  EXPECT_TRUE(a.HasLemma("le", "DET")) << Describe(a);
  EXPECT_STREQ(a.source, "lexicon");
  EXPECT_FALSE(a.Has("PROPN")) << "a capitalised closed-class word is no name: " << Describe(a);
  EXPECT_LEMMA("fr", "aujourd'hui", "aujourd'hui", "ADV");
  EXPECT_LEMMA("fr", "ont", "avoir", "AUX");
}

TEST(MorphFr, UnknownWords) {
  const Analysis& name = Word("fr", "Ti\u00e9bala");
  ASSERT_EQ(name.readings.size(), 1u) << Describe(name);
  EXPECT_EQ(name.readings[0].upos, "PROPN");
  EXPECT_EQ(name.readings[0].lemma, "Ti\u00e9bala");
  EXPECT_STREQ(name.source, "guess");

  // A compound with a capitalised part is a name too.
  const Analysis& compound = Word("fr", "al-Din");
  EXPECT_TRUE(compound.Has("PROPN")) << Describe(compound);

  const Analysis& junk = Word("fr", "zorglubant");
  ASSERT_EQ(junk.readings.size(), 1u) << Describe(junk);
  EXPECT_EQ(junk.readings[0].upos, "X");
}

// ---------------------------------------------------------------------------------------------
// English

TEST(MorphEn, IrregularPast) {
  const Analysis& a = Word("en", "retook");
  EXPECT_TRUE(a.HasLemma("retake", "VERB")) << Describe(a);
  EXPECT_NE(FeaturesOf(a, "retake", "VERB").find("past"), std::string::npos) << Describe(a);
  EXPECT_STREQ(a.source, "wordnet");
  EXPECT_LEMMA("en", "fled", "flee", "VERB");
}

TEST(MorphEn, RegularPast) {
  EXPECT_LEMMA("en", "captured", "capture", "VERB");
  EXPECT_LEMMA("en", "seized", "seize", "VERB");
  EXPECT_LEMMA("en", "shelled", "shell", "VERB");
  const Analysis& stopped = Word("en", "stopped");
  EXPECT_TRUE(stopped.HasLemma("stop", "VERB")) << Describe(stopped);  // doubled consonant
  EXPECT_FALSE(stopped.HasLemma("stopp", "VERB")) << Describe(stopped);
  EXPECT_NE(FeaturesOf(stopped, "stop", "VERB").find("past"), std::string::npos) << Describe(stopped);
}

TEST(MorphEn, PluralNoun) {
  const Analysis& a = Word("en", "troops");
  EXPECT_TRUE(a.HasLemma("troop", "NOUN")) << Describe(a);
  EXPECT_EQ(FeaturesOf(a, "troop", "NOUN"), "pl") << Describe(a);
}

TEST(MorphEn, AuxiliaryAndClitics) {
  const Analysis& was = Word("en", "was");
  EXPECT_TRUE(was.HasLemma("be", "AUX")) << Describe(was);
  EXPECT_STREQ(was.source, "lexicon");
  EXPECT_LEMMA("en", "n't", "not", "PART");
  EXPECT_LEMMA("en", "n\u2019t", "not", "PART");
  EXPECT_LEMMA("en", "'s", "be", "AUX");
}

TEST(MorphEn, UnknownCapitalisedIsProperNoun) {
  const Analysis& a = Word("en", "Bichena");
  ASSERT_EQ(a.readings.size(), 1u) << Describe(a);
  EXPECT_EQ(a.readings[0].upos, "PROPN");
  EXPECT_EQ(a.readings[0].lemma, "Bichena");
  EXPECT_STREQ(a.source, "guess");
}

TEST(MorphEn, UnknownLowercaseIsX) {
  const Analysis& a = Word("en", "blorfed");
  ASSERT_EQ(a.readings.size(), 1u) << Describe(a);
  EXPECT_EQ(a.readings[0].upos, "X");
  EXPECT_EQ(a.readings[0].lemma, "blorfed");
}

TEST(MorphEn, KnownCapitalisedWordAlsoGetsProperNounReading) {
  const Analysis& a = Word("en", "Syria");
  EXPECT_TRUE(a.HasLemma("Syria", "PROPN")) << Describe(a);
  const Analysis& the = Word("en", "The");
  EXPECT_FALSE(the.Has("PROPN")) << Describe(the);
  EXPECT_TRUE(the.HasLemma("the", "DET")) << Describe(the);
}

TEST(MorphEn, AllCapitalAcronymOfAClosedClassWordIsAName) {
  // "US troops", "IS fighters": written in capitals these are the country and the group, not the
  // pronoun "us" or the verb "is".
  const Analysis& us = Word("en", "US");
  const Analysis& is = Word("en", "IS");
  EXPECT_TRUE(us.HasLemma("we", "PRON")) << Describe(us);  // the lexicon reading stays
  EXPECT_TRUE(us.Has("PROPN"));
  EXPECT_TRUE(is.Has("PROPN"));
}

// WordNet's files are searched in place: the licence before the first word, the first and last
// words, a word that begins another, and an exception listed on two lines.
TEST(MorphEn, WordNetFilesAreSearchedWhereTheyLie) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("sitrep_wordnet_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  auto write = [&](const char* name, const char* text) { std::ofstream(dir / name) << text; };
  write("index.noun",
        "  1 This software and database is being provided to you\n  2 under the following license.\n"
        "aardwolf n 1 0 1 0 02114100\nblick n 1 0 1 0 01\nblick_up n 1 0 1 0 02\nblicket n 1 0 1 0 03\n"
        "zzyzx n 1 0 1 0 04");
  write("index.verb", "dax v 1 0 1 0 05\n");
  write("index.adj", "");
  write("index.adv", "");
  write("noun.exc", "blickae blick\nblickae blicket\nwug wuggum\n");
  Resources resources;
  resources.wordnet_dir = dir.string();
  auto analyzer = Analyzer::Create(testing::TestLexicon(), "en", resources);
  ASSERT_TRUE(analyzer.ok()) << analyzer.status().ToString();
  auto lemmas = [&](const char* form) {
    std::string out;
    for (const auto& r : (*analyzer)->Analyze(form, text::TokenKind::kWord).readings)
      out += r.lemma + "/" + r.upos + (r.features.empty() ? "" : "(" + r.features + ")") + " ";
    return out;
  };
  EXPECT_EQ(lemmas("aardwolf"), "aardwolf/NOUN ");
  EXPECT_EQ(lemmas("zzyzx"), "zzyzx/NOUN ");
  EXPECT_EQ(lemmas("blick"), "blick/NOUN ");
  EXPECT_EQ(lemmas("blickets"), "blicket/NOUN(pl) ");
  EXPECT_EQ(lemmas("blickae"), "blick/NOUN(pl) blicket/NOUN(pl) ");
  EXPECT_EQ(lemmas("wug"), "wuggum/NOUN(pl) ");
  EXPECT_EQ(lemmas("daxed"), "dax/VERB(past) ");
  EXPECT_EQ(lemmas("blick_up"), "blick_up/X ");  // a collocation is no word's lemma
  EXPECT_EQ(lemmas("aardvark"), "aardvark/X ");
  EXPECT_EQ(lemmas("license"), "license/X ");  // the licence's words are not WordNet's
  fs::remove_all(dir);
}

// ---------------------------------------------------------------------------------------------
// Token kinds, cache, folding

TEST(Morph, NumbersAndPunctuation) {
  const Analysis& n = For("fr").Analyze("5\u00a0000", text::TokenKind::kNumber);
  ASSERT_EQ(n.readings.size(), 1u);
  EXPECT_EQ(n.readings[0].upos, "NUM");
  EXPECT_EQ(n.readings[0].lemma, "5000");
  const Analysis& p = For("en").Analyze(".", text::TokenKind::kPunct);
  ASSERT_EQ(p.readings.size(), 1u);
  EXPECT_EQ(p.readings[0].upos, "PUNCT");
  const Analysis& s = For("en").Analyze("%", text::TokenKind::kSymbol);
  ASSERT_EQ(s.readings.size(), 1u);
  EXPECT_EQ(s.readings[0].upos, "SYM");
}

TEST(Morph, CacheReturnsSameAddress) {
  Analyzer& fr = For("fr");
  const Analysis* first = &fr.Analyze("repris", text::TokenKind::kWord);
  size_t size = fr.cache_size();
  // Other forms in between must not move it.
  for (const char* form : {"arm\u00e9e", "soldats", "Hama", "ville", "reprendre", "bombard\u00e9"})
    fr.Analyze(form, text::TokenKind::kWord);
  const Analysis* second = &fr.Analyze("repris", text::TokenKind::kWord);
  EXPECT_EQ(first, second);
  EXPECT_GE(fr.cache_size(), size);
  const Analysis* again = &fr.Analyze("repris", text::TokenKind::kWord);
  EXPECT_EQ(first, again);
}

TEST(Morph, FoldedFormIsAccentFreeLowercase) {
  EXPECT_EQ(Word("fr", "P\u00e9n\u00e8trent").folded, "penetrent");
  EXPECT_EQ(Word("fr", "L\u2019").folded, "l'");
  EXPECT_EQ(Word("fr", "\u00c9tat").folded, "etat");
  EXPECT_EQ(Word("en", "Syria").folded, "syria");
  for (const char* form : {"Ti\u00e9bala", "S\u00e9gou", "\u0152uvre"}) {
    std::string folded = Word("fr", form).folded;
    EXPECT_EQ(folded, text::Fold(form));
    for (unsigned char c : folded) EXPECT_TRUE(c < 0x80 && !(c >= 'A' && c <= 'Z')) << form << " -> " << folded;
  }
}

TEST(Morph, CreateForUnsupportedLanguageFails) {
  auto de = Analyzer::Create(testing::TestLexicon(), "de", {});
  ASSERT_FALSE(de.ok());
  EXPECT_EQ(de.status().code(), Status::Code::kUnsupported);
}

TEST(Morph, MissingResourcesAreNotFound) {
  Resources none{"/nonexistent/hunspell", "/nonexistent/wordnet"};
  auto fr = Analyzer::Create(testing::TestLexicon(), "fr", none);
  ASSERT_FALSE(fr.ok());
  EXPECT_EQ(fr.status().code(), Status::Code::kNotFound);
  EXPECT_NE(fr.status().message().find("/nonexistent/hunspell"), std::string::npos) << fr.status().message();
  auto en = Analyzer::Create(testing::TestLexicon(), "en", none);
  ASSERT_FALSE(en.ok());
  EXPECT_EQ(en.status().code(), Status::Code::kNotFound);
  EXPECT_NE(en.status().message().find("/nonexistent/wordnet"), std::string::npos) << en.status().message();
}

}  // namespace
}  // namespace sitrep::morph
