// Tokens and sentences: elisions, clitics, compounds, digit groups, abbreviations, paragraphs,
// and properties every segmentation must have.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "sitrep/pipeline.h"
#include "test_support.h"
#include "text/reader.h"
#include "text/segmenter.h"

namespace sitrep::text {
namespace {

namespace fs = std::filesystem;

Segmenter& For(const std::string& lang) {
  static std::map<std::string, std::unique_ptr<Segmenter>> segmenters;
  auto& s = segmenters[lang];
  if (!s) {
    auto created = Segmenter::Create(testing::TestLexicon(), lang);
    EXPECT_TRUE(created.ok()) << created.status().ToString();
    s = std::move(created.value());
  }
  return *s;
}

std::vector<std::string> Tokens(const std::string& lang, const std::string& text) {
  Segmentation seg = For(lang).Segment(text);
  std::vector<std::string> out;
  for (const Token& t : seg.tokens) out.push_back(text.substr(t.start, t.end - t.start));
  return out;
}

std::vector<std::string> Sentences(const std::string& lang, const std::string& text) {
  Segmentation seg = For(lang).Segment(text);
  std::vector<std::string> out;
  for (const Sentence& s : seg.sentences) out.push_back(text.substr(s.start, s.end - s.start));
  return out;
}

using V = std::vector<std::string>;

// ---------------------------------------------------------------------------------------------
// French tokens

TEST(SegmenterFr, ElisionsSplitOff) {
  EXPECT_EQ(Tokens("fr", "L'arm\u00e9e d'Haftar s'approche jusqu'\u00e0 Syrte."),
            (V{"L'", "arm\u00e9e", "d'", "Haftar", "s'", "approche", "jusqu'", "\u00e0", "Syrte", "."}));
  EXPECT_EQ(Tokens("fr", "Qu'il parte, lorsqu'on arrive."), (V{"Qu'", "il", "parte", ",", "lorsqu'", "on", "arrive", "."}));
}

TEST(SegmenterFr, CurlyApostropheSplitsTheSameWithByteOffsets) {
  const std::string text = "L\u2019arm\u00e9e d\u2019Haftar";
  EXPECT_EQ(Tokens("fr", text), (V{"L\u2019", "arm\u00e9e", "d\u2019", "Haftar"}));
  Segmentation seg = For("fr").Segment(text);
  ASSERT_EQ(seg.tokens.size(), 4u);
  EXPECT_EQ(seg.tokens[0].start, 0u);
  EXPECT_EQ(seg.tokens[0].end, 4u);  // L + the three bytes of U+2019
  EXPECT_EQ(seg.tokens[1].start, 4u);
  EXPECT_EQ(seg.tokens[1].end, 10u);  // arm\u00e9e is six bytes
  EXPECT_FALSE(seg.tokens[1].space_before);
  EXPECT_EQ(seg.tokens[2].start, 11u);
  EXPECT_TRUE(seg.tokens[2].space_before);
  EXPECT_EQ(seg.tokens[2].end, 15u);
  EXPECT_EQ(seg.tokens[3].start, 15u);
  EXPECT_EQ(seg.tokens[3].end, text.size());
}

TEST(SegmenterFr, WordsWithInnerApostropheStayWhole) {
  EXPECT_EQ(Tokens("fr", "aujourd'hui"), (V{"aujourd'hui"}));
  EXPECT_EQ(Tokens("fr", "Aujourd\u2019hui, quelqu'un"), (V{"Aujourd\u2019hui", ",", "quelqu'un"}));
  EXPECT_EQ(Tokens("fr", "la presqu'\u00eele"), (V{"la", "presqu'\u00eele"}));
}

TEST(SegmenterFr, PostposedClitics) {
  EXPECT_EQ(Tokens("fr", "a-t-il"), (V{"a", "-t-il"}));
  EXPECT_EQ(Tokens("fr", "Combien a-t-il perdu ?"), (V{"Combien", "a", "-t-il", "perdu", "?"}));
  EXPECT_EQ(Tokens("fr", "celui-ci"), (V{"celui", "-ci"}));
  EXPECT_EQ(Tokens("fr", "dit-elle"), (V{"dit", "-elle"}));
  EXPECT_EQ(Tokens("fr", "Va-t-on"), (V{"Va", "-t-on"}));
}

TEST(SegmenterFr, HyphenatedNamesAndCompoundsStayWhole) {
  EXPECT_EQ(Tokens("fr", "al-Din"), (V{"al-Din"}));
  EXPECT_EQ(Tokens("fr", "nord-ouest"), (V{"nord-ouest"}));
  EXPECT_EQ(Tokens("fr", "le groupe Hurras al-Din au nord-ouest"), (V{"le", "groupe", "Hurras", "al-Din", "au", "nord-ouest"}));
  EXPECT_EQ(Tokens("fr", "Ras el-A\u00efn"), (V{"Ras", "el-A\u00efn"}));
  // A spaced dash is not a compound.
  EXPECT_EQ(Tokens("fr", "Gao - Tombouctou"), (V{"Gao", "-", "Tombouctou"}));
}

TEST(SegmenterFr, DigitGroupsWithSpaces) {
  const std::string text = "3 000 \u00e0 4 000 soldats";
  EXPECT_EQ(Tokens("fr", text), (V{"3 000", "\u00e0", "4 000", "soldats"}));
  Segmentation seg = For("fr").Segment(text);
  ASSERT_EQ(seg.tokens.size(), 4u);
  EXPECT_EQ(seg.tokens[0].kind, TokenKind::kNumber);
  EXPECT_EQ(seg.tokens[2].kind, TokenKind::kNumber);
  EXPECT_EQ(seg.tokens[3].kind, TokenKind::kWord);
  EXPECT_EQ(Tokens("fr", "1 200 000 personnes"), (V{"1 200 000", "personnes"}));
  EXPECT_EQ(Tokens("fr", "12\u00a0000 d\u00e9plac\u00e9s"), (V{"12\u00a0000", "d\u00e9plac\u00e9s"}));
  // A four-digit group never continues a number: "en 2014 100 soldats" is two numbers.
  EXPECT_EQ(Tokens("fr", "en 2014 100 soldats"), (V{"en", "2014", "100", "soldats"}));
}

TEST(SegmenterFr, ParenthesesAreTokens) {
  EXPECT_EQ(Tokens("fr", "(UA)"), (V{"(", "UA", ")"}));
  EXPECT_EQ(Tokens("fr", "l'Union africaine (UA)."), (V{"l'", "Union", "africaine", "(", "UA", ")", "."}));
}

TEST(SegmenterFr, GuillemetsAndDashesAreTheirOwnTokens) {
  EXPECT_EQ(Tokens("fr", "\u00ab Non \u00bb \u2014 a-t-il dit."),
            (V{"\u00ab", "Non", "\u00bb", "\u2014", "a", "-t-il", "dit", "."}));
  EXPECT_EQ(Tokens("fr", "\u00abNon\u00bb"), (V{"\u00ab", "Non", "\u00bb"}));
}

TEST(SegmenterFr, NarrowNoBreakSpaceOfFrenchTypography) {
  // French typography puts U+202F inside \u00ab \u00bb and before : ; ! ?, and between digit groups.
  const std::string text = "\u00ab\u202fNon\u202f\u00bb, a dit le g\u00e9n\u00e9ral\u202f: Kidal\u202f? 12\u202f000";
  const V expected = {"\u00ab", "Non", "\u00bb", ",", "a", "dit", "le", "g\u00e9n\u00e9ral", ":", "Kidal", "?", "12\u202f000"};
  V got = Tokens("fr", text);
  Segmentation seg = For("fr").Segment(text);
  EXPECT_EQ(got, expected);
  EXPECT_EQ(seg.tokens.back().kind, TokenKind::kNumber);
}

TEST(SegmenterFr, ClosingGuillemetStaysWithItsSentence) {
  const std::string text = "Il a cri\u00e9 \u00ab Non ! \u00bb Puis il est parti.";
  V got = Sentences("fr", text);
  const V expected = {"Il a cri\u00e9 \u00ab Non ! \u00bb", "Puis il est parti."};
  EXPECT_EQ(got, expected);
}

TEST(SegmenterFr, GuillemetsAndDashesArePunctuation) {
  const std::string text = "\u00ab Non \u00bb \u2014 dit-il.";
  Segmentation seg = For("fr").Segment(text);
  ASSERT_GE(seg.tokens.size(), 4u);
  ASSERT_EQ(text.substr(seg.tokens[0].start, seg.tokens[0].end - seg.tokens[0].start), "\u00ab");
  TokenKind open = seg.tokens[0].kind, close = seg.tokens[2].kind, dash = seg.tokens[3].kind;
  EXPECT_EQ(open, TokenKind::kPunct);
  EXPECT_EQ(close, TokenKind::kPunct);
  EXPECT_EQ(dash, TokenKind::kPunct);
}

// ---------------------------------------------------------------------------------------------
// English tokens

TEST(SegmenterEn, SpacesDoNotGroupDigits) {
  EXPECT_EQ(Tokens("en", "In 2014 100 soldiers"), (V{"In", "2014", "100", "soldiers"}));
  EXPECT_EQ(Tokens("en", "5 000 troops"), (V{"5", "000", "troops"}));
  EXPECT_EQ(Tokens("en", "About 5,000 troops"), (V{"About", "5,000", "troops"}));
}

TEST(SegmenterEn, NoBreakSpacesGroupDigits) {
  EXPECT_EQ(Tokens("en", "5\u00a0000 troops"), (V{"5\u00a0000", "troops"}));
  Segmentation seg = For("en").Segment("5\u00a0000 troops");
  ASSERT_EQ(seg.tokens.size(), 2u);
  EXPECT_EQ(seg.tokens[0].kind, TokenKind::kNumber);
}

TEST(SegmenterEn, NegationAndPossessiveClitics) {
  EXPECT_EQ(Tokens("en", "didn't"), (V{"did", "n't"}));
  EXPECT_EQ(Tokens("en", "Syria's"), (V{"Syria", "'s"}));
  EXPECT_EQ(Tokens("en", "Syria\u2019s army can't"), (V{"Syria", "\u2019s", "army", "ca", "n't"}));
  EXPECT_EQ(Tokens("en", "o'clock"), (V{"o'clock"}));
}

TEST(SegmenterEn, HyphenatedCompoundsStayWhole) {
  EXPECT_EQ(Tokens("en", "pro-government forces in al-Bab"), (V{"pro-government", "forces", "in", "al-Bab"}));
}

TEST(SegmenterEn, AbbreviationIsOneTokenAndDoesNotEndSentence) {
  const std::string text = "The U.S. army attacked. It won.";
  EXPECT_EQ(Tokens("en", text), (V{"The", "U.S.", "army", "attacked", ".", "It", "won", "."}));
  EXPECT_EQ(Sentences("en", text), (V{"The U.S. army attacked.", "It won."}));
}

TEST(SegmenterEn, OtherAbbreviationEndsSentenceBeforeCapital) {
  EXPECT_EQ(Sentences("en", "They seized rifles, mortars, etc. The army denied it."),
            (V{"They seized rifles, mortars, etc.", "The army denied it."}));
}

TEST(SegmenterEn, TitleAbbreviationNeverEndsSentence) {
  EXPECT_EQ(Tokens("en", "Gen. Smith arrived."), (V{"Gen.", "Smith", "arrived", "."}));
  EXPECT_EQ(Sentences("en", "Gen. Smith arrived."), (V{"Gen. Smith arrived."}));
  EXPECT_EQ(Sentences("en", "Gen. J. Smith said Dr. Jones left. It rained."),
            (V{"Gen. J. Smith said Dr. Jones left.", "It rained."}));
}

TEST(SegmenterFr, TitleAbbreviationDoesNotEndSentence) {
  EXPECT_EQ(Sentences("fr", "M. Macron a parl\u00e9. Il est parti."), (V{"M. Macron a parl\u00e9.", "Il est parti."}));
  EXPECT_EQ(Tokens("fr", "M. Macron"), (V{"M.", "Macron"}));
}

TEST(SegmenterFr, QuestionAndExclamationMarks) {
  EXPECT_EQ(Sentences("fr", "Qui contr\u00f4le Kidal ? Personne ! Les rebelles, peut-\u00eatre."),
            (V{"Qui contr\u00f4le Kidal ?", "Personne !", "Les rebelles, peut-\u00eatre."}));
}

// ---------------------------------------------------------------------------------------------
// Lines and paragraphs

TEST(Segmenter, HardWrappedTextStaysOneSentence) {
  const std::string text =
      "The rebels, who had been holding the town for more than three weeks,\n"
      "withdrew on Tuesday after heavy shelling by government artillery units.\n";
  Segmentation seg = For("en").Segment(text);
  ASSERT_EQ(seg.sentences.size(), 1u);
  EXPECT_EQ(seg.sentences[0].paragraph, 0u);
  EXPECT_EQ(seg.sentences[0].start, 0u);
  EXPECT_EQ(seg.sentences[0].end, text.size() - 1);
}

TEST(Segmenter, HardWrappedFrenchLineEndingWithAccentedLetter) {
  // The wrapped line ends with "lib\u00e9r\u00e9": an accented letter is no sentence end.
  const std::string text =
      "Les forces gouvernementales appuy\u00e9es par l'aviation russe ont lib\u00e9r\u00e9\n"
      "la ville de Hama hier soir apr\u00e8s trois jours de combats acharn\u00e9s.\n";
  std::vector<std::string> sentences = Sentences("fr", text);
  EXPECT_EQ(sentences.size(), 1u);
}

TEST(Segmenter, BlankLineStartsNewParagraph) {
  const std::string text = "Les forces ont repris Gao.\n\nLes djihadistes ont fui. Ils ont abandonn\u00e9 leurs armes.";
  Segmentation seg = For("fr").Segment(text);
  ASSERT_EQ(seg.sentences.size(), 3u);
  EXPECT_EQ(seg.sentences[0].paragraph, 0u);
  EXPECT_EQ(seg.sentences[1].paragraph, 1u);
  EXPECT_EQ(seg.sentences[2].paragraph, 1u);
}

TEST(Segmenter, WrappedParagraphsKeepTheirNumbers) {
  const std::string text =
      "The rebels, who had been holding the town for more than three weeks,\n"
      "withdrew on Tuesday. Residents returned.\n"
      "\n"
      "Aid agencies said the road north of the town remained closed to all\n"
      "traffic on Wednesday.\n";
  Segmentation seg = For("en").Segment(text);
  ASSERT_EQ(seg.sentences.size(), 3u);
  EXPECT_EQ(seg.sentences[0].paragraph, 0u);
  EXPECT_EQ(seg.sentences[1].paragraph, 0u);
  EXPECT_EQ(seg.sentences[2].paragraph, 1u);
}

TEST(Segmenter, SegmentFromBodyStart) {
  const std::string text = " date 2017-11 Title line\n\nTroops entered Hama. They left.";
  size_t begin = text.find("Troops");
  Segmentation seg = For("en").Segment(text, begin);
  ASSERT_EQ(seg.sentences.size(), 2u);
  EXPECT_EQ(seg.tokens.front().start, begin);
  EXPECT_EQ(seg.sentences[0].paragraph, 0u);
  EXPECT_EQ(text.substr(seg.sentences[1].start, seg.sentences[1].end - seg.sentences[1].start), "They left.");
}

TEST(Segmenter, EmptyText) {
  Segmentation seg = For("fr").Segment("");
  EXPECT_TRUE(seg.tokens.empty());
  EXPECT_TRUE(seg.sentences.empty());
  seg = For("en").Segment(" \n\n\t ");
  EXPECT_TRUE(seg.tokens.empty());
  EXPECT_TRUE(seg.sentences.empty());
}

// ---------------------------------------------------------------------------------------------
// Properties

// Checks the invariants of one segmentation of text[begin, end) and returns the problems found.
std::string Check(const std::string& text, size_t begin, const Segmentation& seg) {
  std::ostringstream problems;
  for (size_t i = 0; i < seg.tokens.size(); ++i) {
    const Token& t = seg.tokens[i];
    if (!(t.start >= begin && t.start < t.end && t.end <= text.size())) {
      problems << "token " << i << " [" << t.start << "," << t.end << ") out of range\n";
      continue;
    }
    if (i > 0 && seg.tokens[i - 1].end > t.start) problems << "token " << i << " overlaps or goes back\n";
    std::string s = text.substr(t.start, t.end - t.start);
    if (s.find_first_not_of(" \t\r\n\f\v") == std::string::npos) problems << "token " << i << " is white space\n";
    if (s == "\u00a0" || s == "\u202f" || s == "\u2009") problems << "token " << i << " is a no-break space\n";
    auto cont = [&](size_t at) { return at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80; };
    if (cont(t.start) || cont(t.end)) problems << "token " << i << " cuts a UTF-8 character\n";
  }
  size_t next_token = 0;
  uint32_t last_paragraph = 0;
  for (size_t k = 0; k < seg.sentences.size(); ++k) {
    const Sentence& s = seg.sentences[k];
    if (s.token_count == 0 || s.first_token + s.token_count > seg.tokens.size()) {
      problems << "sentence " << k << " has bad token range\n";
      continue;
    }
    if (s.first_token != next_token) problems << "sentence " << k << " does not follow the previous one\n";
    next_token = s.first_token + s.token_count;
    if (s.start != seg.tokens[s.first_token].start) problems << "sentence " << k << " start is not its first token's\n";
    if (s.end != seg.tokens[s.first_token + s.token_count - 1].end)
      problems << "sentence " << k << " end is not its last token's\n";
    if (!(s.start < s.end && s.end <= text.size())) problems << "sentence " << k << " out of range\n";
    if (s.paragraph < last_paragraph) problems << "sentence " << k << " paragraph goes back\n";
    last_paragraph = s.paragraph;
  }
  if (next_token != seg.tokens.size()) problems << "tokens after the last sentence\n";
  return problems.str();
}

std::vector<std::pair<std::string, std::string>> Samples() {
  std::vector<std::pair<std::string, std::string>> out;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(SITREP_SAMPLES))
    if (e.is_regular_file() && e.path().extension() == ".txt") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    std::string name = f.filename().string();
    out.push_back({name.rfind("fr", 0) == 0 ? "fr" : "en", buf.str()});
  }
  return out;
}

TEST(SegmenterProperty, SamplesFromDisk) {
  auto samples = Samples();
  ASSERT_GE(samples.size(), 2u) << "no samples in " << SITREP_SAMPLES;
  for (const auto& [lang, text] : samples) {
    auto doc = ReadPlainText(text, "sample", "sample", ReadOptions{});
    ASSERT_TRUE(doc.ok()) << doc.status().ToString();
    for (size_t begin : {size_t{0}, doc->body_start}) {
      Segmentation seg = For(lang).Segment(text, begin);
      EXPECT_GT(seg.sentences.size(), 5u);
      EXPECT_EQ(Check(text, begin, seg), "") << lang << " sample from byte " << begin;
    }
  }
}

TEST(SegmenterProperty, HandWrittenTexts) {
  const std::vector<std::string> texts = {
      "L'arm\u00e9e d'Haftar s'approche jusqu'\u00e0 Syrte.",
      "L\u2019arm\u00e9e \u00ab reprend \u00bb Ti\u00e9bala \u2014 a-t-il dit\u2026 (UA) 3 000 \u00e0 4\u00a0000.",
      "The U.S. army attacked. It won. Gen. Smith didn't. Syria's 5\u00a0000 troops.",
      "Title\n\nFirst para.\r\nSecond line\r\n\r\nThird para with  double  spaces.\t\tTabs.",
      "l' l\u2019 ' \u2019 - -- -t-il -il d' qu' aujourd'hui jusqu'", "U.S. U.S.A. M. Gen. etc. . . ...",
      "\u00a0 5 \u00a0000 \u202f 12 000 000 0 00 000 0000", "emoji \U0001F600 here. \u0152uvre cr\u00e9\u00e9e.",
      "e\u0301te\u0301 \u00e0 celle-la\u0300 a-t-elle", "\"Quoted.\" 'Single.' (Paren.) [Bracket.]",
      "trailing newline\n", "\n\nleading blank lines", "no final period", "-", ".", "\u00ab", "a",
  };
  for (const std::string& text : texts) {
    for (const char* lang : {"fr", "en"}) {
      Segmentation seg = For(lang).Segment(text);
      EXPECT_EQ(Check(text, 0, seg), "") << lang << ": " << text;
    }
  }
}

// ICU reads the text as UTF-16: a character outside the Basic Multilingual Plane is two units of
// it, an ill-formed byte sequence one, and the tokens after either keep their byte offsets.
TEST(Segmenter, OffsetsAfterAstralCharactersAndIllFormedBytes) {
  const std::string astral = "\U0001F600 \U0001D54F Troops \U0001F4A5shelled Hama.";
  EXPECT_EQ(Tokens("en", astral), (V{"\U0001F600", "\U0001D54F", "Troops", "\U0001F4A5", "shelled", "Hama", "."}));
  const std::string ill_formed = "Troops \xff\xc3 attacked \xe2\x82 Hama.";
  V tokens = Tokens("en", ill_formed);
  ASSERT_GE(tokens.size(), 3u);
  EXPECT_EQ(std::vector<std::string>(tokens.end() - 2, tokens.end()), (V{"Hama", "."}));
  EXPECT_EQ(tokens[0], "Troops");
  EXPECT_NE(std::find(tokens.begin(), tokens.end(), "attacked"), tokens.end());
  EXPECT_EQ(Check(ill_formed, 0, For("en").Segment(ill_formed)), "");
}

TEST(SegmenterProperty, RandomTexts) {
  // Texts assembled from the pieces segmentation treats specially, with a fixed seed.
  const std::vector<std::string> pieces = {
      "L'", "l\u2019", "arm\u00e9e", " ", " ", " ", "\n", "\n\n", ".", ",", "-", "\u2011", "'", "\u2019", "a",
      "-t-il", "-ci", "U.S.", "M.", "Gen.", "etc.", "5", "000", "\u00a0", "\u202f", "\u00ab", "\u00bb", "\u2014",
      "(", ")", "n't", "'s", "Hama", "aujourd'hui", "e\u0301", "\u0152", "?", "!", "\t", "\r\n", "2017", "\U0001F600",
      "jusqu'", "qu'", "al-", "Din"};
  std::mt19937 rng(20240611);
  std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1), length(1, 40);
  for (int n = 0; n < 300; ++n) {
    std::string text;
    for (size_t k = length(rng); k > 0; --k) text += pieces[pick(rng)];
    for (const char* lang : {"fr", "en"}) {
      Segmentation seg = For(lang).Segment(text);
      std::string problems = Check(text, 0, seg);
      ASSERT_EQ(problems, "") << lang << " text #" << n << ": [" << text << "]";
    }
  }
}

TEST(SegmenterCreate, UnknownLanguageStillSegments) {
  // Without lexicon tables for the language the segmenter falls back to ICU's rules.
  auto created = Segmenter::Create(testing::TestLexicon(), "de");
  ASSERT_TRUE(created.ok()) << created.status().ToString();
  const std::string text = "Die Armee griff an. Sie gewann.";
  Segmentation seg = (*created)->Segment(text);
  EXPECT_EQ(seg.sentences.size(), 2u);
  EXPECT_EQ(Check(text, 0, seg), "");
}

// ---------------------------------------------------------------------------------------------
// Bounded sentences

// `words` words of `letters` letters each, with a comma after every `comma_every`-th (0: none) and
// no sentence end anywhere.
std::string WithoutSentenceEnds(size_t words, size_t letters, size_t comma_every) {
  std::string text;
  for (size_t i = 1; i <= words; ++i) {
    text += std::string(letters, static_cast<char>('a' + i % 26));
    text += comma_every && i % comma_every == 0 ? ", " : " ";
  }
  return text;
}

void ExpectWithinBounds(const Segmentation& seg) {
  for (const Sentence& s : seg.sentences) {
    EXPECT_LE(s.token_count, kMaxSentenceTokens);
    EXPECT_LE(s.end - s.start, kMaxSentenceBytes);
  }
}

TEST(Segmenter, TextWithoutSentenceEndsIsCutAtClausePunctuation) {
  const std::string text = WithoutSentenceEnds(5000, 6, 37);
  Segmentation seg = For("en").Segment(text);
  EXPECT_EQ(Check(text, 0, seg), "");
  ExpectWithinBounds(seg);
  ASSERT_GT(seg.sentences.size(), 5000 / kMaxSentenceTokens);
  for (size_t k = 0; k + 1 < seg.sentences.size(); ++k) {
    const Token& last = seg.tokens[seg.sentences[k].first_token + seg.sentences[k].token_count - 1];
    EXPECT_EQ(text.substr(last.start, last.end - last.start), ",") << "sentence " << k;
  }
}

TEST(Segmenter, RunWithoutPunctuationIsCutAtTheTokenBound) {
  const std::string text = WithoutSentenceEnds(1000, 5, 0);
  Segmentation seg = For("fr").Segment(text);
  EXPECT_EQ(Check(text, 0, seg), "");
  ExpectWithinBounds(seg);
  ASSERT_EQ(seg.sentences.size(), (1000 + kMaxSentenceTokens - 1) / kMaxSentenceTokens);
  EXPECT_EQ(seg.sentences[0].token_count, kMaxSentenceTokens);
  EXPECT_EQ(seg.sentences.back().paragraph, 0u);  // the pieces of one sentence stay in its paragraph
}

TEST(Segmenter, LongWordsAreCutAtTheByteBoundAndALongerWordStaysWhole) {
  std::string text = WithoutSentenceEnds(300, 60, 0) + std::string(2 * kMaxSentenceBytes, 'z') + " end.";
  Segmentation seg = For("en").Segment(text);
  EXPECT_EQ(Check(text, 0, seg), "");
  size_t whole_word = 0;
  for (const Sentence& s : seg.sentences) {
    EXPECT_LE(s.token_count, kMaxSentenceTokens);
    if (s.end - s.start > kMaxSentenceBytes) {
      EXPECT_EQ(s.token_count, 1u);
      ++whole_word;
    }
  }
  EXPECT_EQ(whole_word, 1u);
}

// Text of ASCII letters and spaces is split without ICU (segmenter.cc, IsPlain): it must give what
// ICU gives. A trailing no-break space sends the same words through ICU and adds no token.
TEST(Segmenter, PlainTextSplitsAsIcuSplitsIt) {
  auto describe = [](const Segmentation& seg) {
    std::string out;
    for (const auto& t : seg.tokens)
      out += std::to_string(t.start) + "-" + std::to_string(t.end) + TokenKindName(t.kind) + (t.space_before ? "_ " : " ");
    for (const auto& s : seg.sentences)
      out += "[" + std::to_string(s.start) + "," + std::to_string(s.end) + "," + std::to_string(s.first_token) + "," +
             std::to_string(s.token_count) + "," + std::to_string(s.paragraph) + "]";
    return out;
  };
  std::vector<std::string> plain = {"armed forces", "  Gunmen   opened fire ", "x", "The UN Security Council", "cannot"};
  for (const auto& table : testing::TestLexicon().tables)
    for (const auto& row : table.rows)
      for (const auto& cell : row)
        if (!cell.empty() && cell.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ ") == std::string::npos &&
            cell.find_first_not_of(' ') != std::string::npos)
          plain.push_back(cell);
  ASSERT_GT(plain.size(), 1000u);
  size_t differences = 0;
  for (const char* lang : {"fr", "en"})
    for (const auto& text : plain) {
      std::string expected = describe(For(lang).Segment(text + "\u00A0")), got = describe(For(lang).Segment(text));
      if (expected != got && ++differences <= 5) ADD_FAILURE() << lang << " '" << text << "': " << got << " instead of " << expected;
    }
}

}  // namespace
}  // namespace sitrep::text
