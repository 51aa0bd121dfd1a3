// Lexicon sources: parsing and checking, the binary format, and the shipped data.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "lexicon/lexicon.h"
#include "test_support.h"

namespace sitrep::lexicon {
namespace {

const char kGood[] =
    "# French words\n"
    "@kind words\n"
    "@lang fr\n"
    "\n"
    "le\tle\tDET,PRON\n"
    "entre\tentre\tADP\n"
    "entre\tentrer\tVERB\n"
    "aujourd'hui\taujourd'hui\tADV\n"
    "\n"
    "@kind clitics\n"
    "@lang fr\n"
    "l'\tprefix\tle\tDET,PRON\n"
    "-t-il\tsuffix\til\tPRON\n"
    "@kind abbreviations\n"
    "@lang *\n"
    "Gen.\ttitle\n"
    "U.S.\tother\n";

struct Parsed {
  Lexicon lex;
  std::vector<Diagnostic> diagnostics;
};

Parsed Parse(std::string_view text, const std::string& path = "data/test.lex") {
  Parsed p;
  ParseSource(text, path, &p.lex, &p.diagnostics);
  return p;
}

std::string All(const std::vector<Diagnostic>& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics) out += d.ToString() + "\n";
  return out;
}

// Parses `body` under a "@kind KIND / @lang fr" preamble (lines 1 and 2) and returns the one
// diagnostic it must give.
Diagnostic OneProblem(const std::string& kind, const std::string& body) {
  Parsed p = Parse("@kind " + kind + "\n@lang fr\n" + body, "data/x.lex");
  EXPECT_EQ(p.diagnostics.size(), 1u) << All(p.diagnostics);
  return p.diagnostics.empty() ? Diagnostic{} : p.diagnostics[0];
}

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

TEST(ParseSource, GoodSource) {
  Parsed p = Parse(kGood);
  EXPECT_TRUE(p.diagnostics.empty()) << All(p.diagnostics);
  ASSERT_EQ(p.lex.tables.size(), 3u);

  auto words = p.lex.Find("words", "fr");
  ASSERT_EQ(words.size(), 1u);
  EXPECT_EQ(words[0]->kind, "words");
  EXPECT_EQ(words[0]->lang, "fr");
  ASSERT_EQ(words[0]->rows.size(), 4u);
  EXPECT_EQ(words[0]->rows[0], (std::vector<std::string>{"le", "le", "DET,PRON"}));
  EXPECT_EQ(words[0]->rows[2], (std::vector<std::string>{"entre", "entrer", "VERB"}));
  ASSERT_EQ(words[0]->origins.size(), 4u);
  EXPECT_EQ(words[0]->origins[0], "data/test.lex:5");
  EXPECT_EQ(words[0]->origins[3], "data/test.lex:8");

  auto clitics = p.lex.Find("clitics", "fr");
  ASSERT_EQ(clitics.size(), 1u);
  ASSERT_EQ(clitics[0]->rows.size(), 2u);
  EXPECT_EQ(clitics[0]->rows[1], (std::vector<std::string>{"-t-il", "suffix", "il", "PRON"}));
  EXPECT_EQ(clitics[0]->origins[1], "data/test.lex:13");

  // Rows for every language ("*") are found for any language.
  EXPECT_EQ(p.lex.Find("abbreviations", "fr").size(), 1u);
  EXPECT_EQ(p.lex.Find("abbreviations", "en").size(), 1u);
  EXPECT_TRUE(p.lex.Find("words", "en").empty());
  EXPECT_NE(p.lex.content_hash, 0u);
}

TEST(ParseSource, CrLfLinesAreAccepted) {
  Parsed p = Parse("@kind words\r\n@lang en\r\nthe\tthe\tDET\r\n");
  EXPECT_TRUE(p.diagnostics.empty()) << All(p.diagnostics);
  ASSERT_EQ(p.lex.tables.size(), 1u);
  EXPECT_EQ(p.lex.tables[0].rows[0], (std::vector<std::string>{"the", "the", "DET"}));
}

TEST(ParseSource, SeveralFilesMergeIntoOneTable) {
  Lexicon lex;
  std::vector<Diagnostic> diagnostics;
  ParseSource("@kind words\n@lang en\nthe\tthe\tDET\n", "a.lex", &lex, &diagnostics);
  ParseSource("@kind words\n@lang en\na\ta\tDET\n", "b.lex", &lex, &diagnostics);
  EXPECT_TRUE(diagnostics.empty()) << All(diagnostics);
  ASSERT_EQ(lex.tables.size(), 1u);
  ASSERT_EQ(lex.tables[0].rows.size(), 2u);
  EXPECT_EQ(lex.tables[0].origins[0], "a.lex:3");
  EXPECT_EQ(lex.tables[0].origins[1], "b.lex:3");
}

TEST(ParseSource, RowBeforeKind) {
  Parsed p = Parse("# comment\nthe\tthe\tDET\n@kind words\n@lang en\n", "data/x.lex");
  ASSERT_EQ(p.diagnostics.size(), 1u) << All(p.diagnostics);
  EXPECT_EQ(p.diagnostics[0].path, "data/x.lex");
  EXPECT_EQ(p.diagnostics[0].line, 2u);
  EXPECT_TRUE(Contains(p.diagnostics[0].ToString(), "data/x.lex:2: ")) << p.diagnostics[0].ToString();
  EXPECT_TRUE(Contains(p.diagnostics[0].message, "@kind")) << p.diagnostics[0].message;
  EXPECT_TRUE(p.lex.tables.empty());
}

TEST(ParseSource, RowBeforeLang) {
  Parsed p = Parse("@kind words\nthe\tthe\tDET\n", "data/x.lex");
  ASSERT_EQ(p.diagnostics.size(), 1u) << All(p.diagnostics);
  EXPECT_EQ(p.diagnostics[0].line, 2u);
  EXPECT_TRUE(Contains(p.diagnostics[0].message, "@lang")) << p.diagnostics[0].message;
}

TEST(ParseSource, UnknownKind) {
  Parsed p = Parse("@lang fr\n@kind verbs\nx\ty\n", "data/x.lex");
  ASSERT_GE(p.diagnostics.size(), 1u);
  EXPECT_EQ(p.diagnostics[0].ToString().substr(0, 13), "data/x.lex:2:");
  EXPECT_TRUE(Contains(p.diagnostics[0].message, "unknown kind 'verbs'")) << p.diagnostics[0].message;
  EXPECT_TRUE(p.lex.tables.empty());
}

TEST(ParseSource, UnknownDirectiveAndBadLang) {
  Parsed p = Parse("@kind words\n@lang de\n@source x\n", "data/x.lex");
  ASSERT_EQ(p.diagnostics.size(), 2u) << All(p.diagnostics);
  EXPECT_EQ(p.diagnostics[0].line, 2u);
  EXPECT_TRUE(Contains(p.diagnostics[0].message, "lang")) << p.diagnostics[0].message;
  EXPECT_EQ(p.diagnostics[1].line, 3u);
  EXPECT_TRUE(Contains(p.diagnostics[1].message, "@source")) << p.diagnostics[1].message;
}

TEST(ParseSource, WrongColumnCount) {
  Diagnostic d = OneProblem("words", "ok\tok\tADV\nthe\tDET\n");
  EXPECT_EQ(d.line, 4u);
  EXPECT_TRUE(Contains(d.message, "expected 3")) << d.message;
  EXPECT_TRUE(Contains(d.message, "form, lemma, upos")) << d.message;
  EXPECT_TRUE(Contains(d.message, "found 2")) << d.message;

  d = OneProblem("abbreviations", "Gen.\ttitle\textra\n");
  EXPECT_EQ(d.line, 3u);
  EXPECT_TRUE(Contains(d.message, "found 3")) << d.message;
}

TEST(ParseSource, EmptyOrSpacedField) {
  Diagnostic d = OneProblem("words", "the\t\tDET\n");
  EXPECT_EQ(d.line, 3u);
  EXPECT_TRUE(Contains(d.message, "empty field")) << d.message;
  d = OneProblem("words", "the \tthe\tDET\n");
  EXPECT_EQ(d.line, 3u);
}

TEST(ParseSource, BadUposTag) {
  Diagnostic d = OneProblem("words", "the\tthe\tDET,ARTICLE\n");
  EXPECT_EQ(d.path, "data/x.lex");
  EXPECT_EQ(d.line, 3u);
  EXPECT_TRUE(Contains(d.message, "'ARTICLE'")) << d.message;
  d = OneProblem("clitics", "l'\tprefix\tle\tdet\n");  // tags are upper case
  EXPECT_TRUE(Contains(d.message, "'det'")) << d.message;
}

TEST(ParseSource, DuplicateRowNamesTheEarlierLine) {
  Parsed p = Parse("@kind words\n@lang fr\nle\tle\tDET\n# x\nla\tle\tDET\nle\tle\tPRON\n", "data/x.lex");
  ASSERT_EQ(p.diagnostics.size(), 1u) << All(p.diagnostics);
  EXPECT_EQ(p.diagnostics[0].line, 6u);
  EXPECT_TRUE(Contains(p.diagnostics[0].message, "duplicate")) << p.diagnostics[0].message;
  EXPECT_TRUE(Contains(p.diagnostics[0].message, "line 3")) << p.diagnostics[0].message;
  // The duplicate is left out; the other rows stay.
  ASSERT_EQ(p.lex.tables.size(), 1u);
  EXPECT_EQ(p.lex.tables[0].rows.size(), 2u);
}

TEST(ParseSource, SameFormWithOtherLemmaIsNotDuplicate) {
  Parsed p = Parse("@kind words\n@lang fr\nentre\tentre\tADP\nentre\tentrer\tVERB\n");
  EXPECT_TRUE(p.diagnostics.empty()) << All(p.diagnostics);
  EXPECT_EQ(p.lex.tables[0].rows.size(), 2u);
}

TEST(ParseSource, NonNfcText) {
  Diagnostic d = OneProblem("words", "arme\u0301e\tarme\u0301e\tNOUN\n");
  EXPECT_EQ(d.line, 3u);
  EXPECT_TRUE(Contains(d.message, "NFC")) << d.message;
  EXPECT_TRUE(Contains(d.ToString(), "data/x.lex:3: ")) << d.ToString();
}

TEST(ParseSource, InvalidUtf8) {
  Parsed p = Parse("@kind words\n@lang fr\nle\tle\tDET\narm\xE9\x65\tarm\xE9\x65\tNOUN\n", "data/x.lex");
  ASSERT_EQ(p.diagnostics.size(), 1u) << All(p.diagnostics);
  EXPECT_EQ(p.diagnostics[0].line, 4u);
  EXPECT_TRUE(Contains(p.diagnostics[0].message, "invalid UTF-8")) << p.diagnostics[0].message;
  EXPECT_TRUE(Contains(p.diagnostics[0].ToString(), "data/x.lex:4: ")) << p.diagnostics[0].ToString();
  // The whole file is refused.
  EXPECT_TRUE(p.lex.tables.empty());
}

TEST(ParseSource, AbbreviationWithoutFinalPeriod) {
  Diagnostic d = OneProblem("abbreviations", "Gen.\ttitle\nGen\ttitle\n");
  EXPECT_EQ(d.line, 4u);
  EXPECT_TRUE(Contains(d.message, "end with '.'")) << d.message;
  d = OneProblem("abbreviations", ".\tother\n");
  EXPECT_EQ(d.line, 3u);
}

TEST(ParseSource, AbbreviationWithBadClass) {
  Diagnostic d = OneProblem("abbreviations", "Gen.\trank\n");
  EXPECT_EQ(d.line, 3u);
  EXPECT_TRUE(Contains(d.message, "class")) << d.message;
}

TEST(ParseSource, CliticsWithBadPosition) {
  Diagnostic d = OneProblem("clitics", "l'\tprefix\tle\tDET\n-t-il\tpostfix\til\tPRON\n");
  EXPECT_EQ(d.line, 4u);
  EXPECT_TRUE(Contains(d.message, "position")) << d.message;
  EXPECT_TRUE(Contains(d.message, "'prefix' or 'suffix'")) << d.message;
}

TEST(ParseSource, PrefixCliticMustEndWithApostrophe) {
  Diagnostic d = OneProblem("clitics", "l\tprefix\tle\tDET\n");
  EXPECT_EQ(d.line, 3u);
  EXPECT_TRUE(Contains(d.message, "apostrophe")) << d.message;
}

TEST(ParseSource, DiagnosticLinesCountCommentsAndBlankLines) {
  Parsed p = Parse("# one\n\n# three\n@kind words\n\n@lang en\n# seven\nbad\n", "p.lex");
  ASSERT_EQ(p.diagnostics.size(), 1u) << All(p.diagnostics);
  EXPECT_EQ(p.diagnostics[0].ToString().substr(0, 8), "p.lex:8:");
}

// ---------------------------------------------------------------------------------------------
// Binary format

void ExpectSameLexicon(const Lexicon& a, const Lexicon& b) {
  EXPECT_EQ(a.content_hash, b.content_hash);
  EXPECT_EQ(a.Version(), b.Version());
  ASSERT_EQ(a.tables.size(), b.tables.size());
  for (size_t t = 0; t < a.tables.size(); ++t) {
    EXPECT_EQ(a.tables[t].kind, b.tables[t].kind);
    EXPECT_EQ(a.tables[t].lang, b.tables[t].lang);
    EXPECT_EQ(a.tables[t].rows, b.tables[t].rows);
    EXPECT_EQ(a.tables[t].origins, b.tables[t].origins);
  }
}

TEST(Binary, RoundTrip) {
  Parsed p = Parse(kGood);
  ASSERT_TRUE(p.diagnostics.empty());
  std::string bytes = Serialize(p.lex);
  EXPECT_EQ(bytes.substr(0, 8), "SITREPLX");
  auto back = Deserialize(bytes);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  ExpectSameLexicon(p.lex, *back);
  EXPECT_EQ(Serialize(*back), bytes);
}

TEST(Binary, RoundTripOfEmptyLexicon) {
  Lexicon empty;
  auto back = Deserialize(Serialize(empty));
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_TRUE(back->tables.empty());
}

TEST(Binary, RoundTripOfShippedLexicon) {
  const Lexicon& lex = testing::TestLexicon();
  ASSERT_FALSE(lex.tables.empty());
  std::string bytes = Serialize(lex);
  auto back = Deserialize(bytes);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  ExpectSameLexicon(lex, *back);
}

TEST(Binary, VersionFormat) {
  Lexicon lex;
  lex.content_hash = 0x9c41d2a012345678ull;
  EXPECT_EQ(lex.Version(), std::to_string(kFormatVersion) + ".9c41d2a0");
}

TEST(Binary, EveryTruncationIsAnErrorNotACrash) {
  std::string bytes = Serialize(Parse(kGood).lex);
  for (size_t n = 0; n < bytes.size(); ++n) {
    auto r = Deserialize(std::string_view(bytes).substr(0, n));
    ASSERT_FALSE(r.ok()) << "prefix of " << n << " bytes accepted";
    EXPECT_TRUE(r.status().code() == Status::Code::kCorrupt || r.status().code() == Status::Code::kUnsupported)
        << r.status().ToString();
  }
}

TEST(Binary, TruncatedShippedLexicon) {
  std::string bytes = Serialize(testing::TestLexicon());
  for (size_t n : {size_t{9}, size_t{20}, bytes.size() / 3, bytes.size() / 2, bytes.size() - 1}) {
    auto r = Deserialize(std::string_view(bytes).substr(0, n));
    EXPECT_FALSE(r.ok()) << n;
    EXPECT_EQ(r.status().code(), Status::Code::kCorrupt) << n;
  }
}

TEST(Binary, TrailingBytesAreCorrupt) {
  std::string bytes = Serialize(Parse(kGood).lex) + "x";
  auto r = Deserialize(bytes);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kCorrupt);
}

TEST(Binary, BadMagic) {
  std::string bytes = Serialize(Parse(kGood).lex);
  bytes[0] = 'X';
  auto r = Deserialize(bytes);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kCorrupt);
  EXPECT_TRUE(Contains(r.status().message(), "magic")) << r.status().message();
  EXPECT_FALSE(Deserialize("").ok());
  EXPECT_FALSE(Deserialize("SITREP").ok());
}

TEST(Binary, WrongFormatVersion) {
  std::string bytes = Serialize(Parse(kGood).lex);
  bytes[8] = static_cast<char>(kFormatVersion + 1);
  auto r = Deserialize(bytes);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kUnsupported);
  EXPECT_TRUE(Contains(r.status().message(), std::to_string(kFormatVersion + 1))) << r.status().message();
}

TEST(Binary, AbsurdCountsAreRejected) {
  std::string bytes = Serialize(Parse(kGood).lex);
  // The table count follows magic (8), version (4) and hash (8).
  for (int i = 20; i < 24; ++i) bytes[i] = '\xFF';
  auto r = Deserialize(bytes);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kCorrupt);
}

TEST(Binary, UnknownKindIsCorrupt) {
  std::string bytes = Serialize(Parse("@kind words\n@lang en\nthe\tthe\tDET\n").lex);
  size_t at = bytes.find("words");
  ASSERT_NE(at, std::string::npos);
  bytes.replace(at, 5, "wordz");
  auto r = Deserialize(bytes);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kCorrupt);
}

TEST(Binary, EveryByteFlipIsHandled) {
  // Corrupting any single byte must give an error or a lexicon, never a crash or a hang.
  const std::string bytes = Serialize(Parse(kGood).lex);
  size_t errors = 0;
  for (size_t i = 0; i < bytes.size(); ++i) {
    std::string bad = bytes;
    bad[i] = static_cast<char>(bad[i] ^ 0xA5);
    if (!Deserialize(bad).ok()) ++errors;
  }
  EXPECT_GT(errors, 0u);
}

TEST(Binary, LoadBinaryErrors) {
  auto missing = LoadBinary("/nonexistent/lexicon.bin");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), Status::Code::kNotFound);
  // A file that is not a lexicon: the message names it.
  auto wrong = LoadBinary(std::string(SITREP_TEST_DATA) + "/text/abbreviations.lex");
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(wrong.status().code(), Status::Code::kCorrupt);
  EXPECT_TRUE(Contains(wrong.status().message(), "abbreviations.lex")) << wrong.status().message();
}

// ---------------------------------------------------------------------------------------------
// Content hash

TEST(ContentHash, ChangesWhenARowChanges) {
  uint64_t base = Parse(kGood).lex.content_hash;
  std::string changed = kGood;
  changed.replace(changed.find("DET,PRON"), 8, "DET");
  EXPECT_NE(Parse(changed).lex.content_hash, base);

  std::string added = std::string(kGood) + "Dr.\ttitle\n";
  EXPECT_NE(Parse(added).lex.content_hash, base);

  std::string lang = kGood;
  lang.replace(lang.find("@lang *"), 7, "@lang en");
  EXPECT_NE(Parse(lang).lex.content_hash, base);
}

TEST(ContentHash, FieldBoundariesMatter) {
  uint64_t a = Parse("@kind abbreviations\n@lang en\nab.\ttitle\n").lex.content_hash;
  uint64_t b = Parse("@kind abbreviations\n@lang en\nab.t\title\n").lex.content_hash;
  EXPECT_NE(a, b);
}

TEST(ContentHash, DoesNotDependOnPathCommentsOrBlankLines) {
  uint64_t a = Parse(kGood, "data/a.lex").lex.content_hash;
  uint64_t b = Parse(kGood, "elsewhere/other/b.lex").lex.content_hash;
  EXPECT_EQ(a, b);
  std::string commented = std::string("# a new comment\n\n") + kGood + "\n# trailing\n";
  EXPECT_EQ(Parse(commented, "c.lex").lex.content_hash, a);
  EXPECT_EQ(Parse(kGood, "data/a.lex").lex.Version(), Parse(kGood, "z.lex").lex.Version());
}

// ---------------------------------------------------------------------------------------------
// The shipped data

TEST(ShippedData, HasNoDiagnostics) {
  std::vector<Diagnostic> diagnostics;
  Lexicon lex = ReadSources(SITREP_TEST_DATA, &diagnostics);
  EXPECT_TRUE(diagnostics.empty()) << All(diagnostics);
  for (const char* lang : {"fr", "en"}) {
    EXPECT_FALSE(lex.Find("words", lang).empty()) << lang;
    EXPECT_FALSE(lex.Find("clitics", lang).empty()) << lang;
    EXPECT_FALSE(lex.Find("abbreviations", lang).empty()) << lang;
  }
  // Origins name the file under data/ and its line.
  bool found = false;
  for (const auto& t : lex.tables)
    for (const auto& o : t.origins)
      if (o.rfind("data/morph/fr.lex:", 0) == 0) found = true;
  EXPECT_TRUE(found);
}

TEST(ShippedData, CompiledLexiconMatchesSources) {
  std::vector<Diagnostic> diagnostics;
  Lexicon lex = ReadSources(SITREP_TEST_DATA, &diagnostics);
  EXPECT_EQ(lex.content_hash, testing::TestLexicon().content_hash)
      << "build/lexicon.bin is stale or compiled from other sources";
  EXPECT_EQ(lex.Version(), testing::TestLexicon().Version());
}

TEST(ReadSources, MissingDirectoryIsADiagnostic) {
  std::vector<Diagnostic> diagnostics;
  Lexicon lex = ReadSources("/nonexistent/sitrep/data", &diagnostics);
  EXPECT_EQ(diagnostics.size(), 1u);
  EXPECT_TRUE(lex.tables.empty());
}

TEST(Schemas, DescribeEveryKind) {
  std::vector<std::string> kinds;
  for (const auto& s : Schemas()) {
    kinds.push_back(s.kind);
    EXPECT_FALSE(s.columns.empty()) << s.kind;
    EXPECT_FALSE(s.description.empty()) << s.kind;
  }
  for (const char* kind : {"words", "clitics", "abbreviations"})
    EXPECT_NE(std::find(kinds.begin(), kinds.end(), kind), kinds.end()) << kind;
  std::vector<std::string> sorted = kinds;
  std::sort(sorted.begin(), sorted.end());
  EXPECT_EQ(std::adjacent_find(sorted.begin(), sorted.end()), sorted.end()) << "a kind is listed twice";
}

}  // namespace
}  // namespace sitrep::lexicon
