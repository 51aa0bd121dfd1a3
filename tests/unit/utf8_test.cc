// UTF-8 validation, decoding and the folding used for matching.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/fold.h"
#include "text/utf8.h"

namespace sitrep::text {
namespace {

TEST(IsValidUtf8, AcceptsAsciiAndMultiByteSequences) {
  size_t bad = 12345;
  EXPECT_TRUE(IsValidUtf8("", &bad));
  EXPECT_TRUE(IsValidUtf8("plain ascii text that is longer than eight bytes", &bad));
  EXPECT_TRUE(IsValidUtf8("Pénètrent", &bad));                       // 2-byte
  EXPECT_TRUE(IsValidUtf8("L\u2019arm\u00e9e \u00ab non \u00bb \u2014", &bad));  // 3-byte
  EXPECT_TRUE(IsValidUtf8("emoji \U0001F600 and max \U0010FFFF", &bad));      // 4-byte
  EXPECT_TRUE(IsValidUtf8("\xE0\xA0\x80", &bad));   // U+0800, the smallest 3-byte value
  EXPECT_TRUE(IsValidUtf8("\xED\x9F\xBF", &bad));   // U+D7FF, just below the surrogates
  EXPECT_TRUE(IsValidUtf8("\xF0\x90\x80\x80", &bad));  // U+10000
  EXPECT_EQ(bad, 12345u) << "bad must not be touched on success";
  EXPECT_TRUE(IsValidUtf8("no out param", nullptr));
}

TEST(IsValidUtf8, RejectsOverlongEncoding) {
  size_t bad = 0;
  EXPECT_FALSE(IsValidUtf8("ab\xC0\x80", &bad));
  EXPECT_EQ(bad, 2u);
  EXPECT_FALSE(IsValidUtf8("\xC1\xBF", &bad));
  EXPECT_EQ(bad, 0u);
  EXPECT_FALSE(IsValidUtf8("x\xE0\x80\xAF", &bad));  // overlong '/'
  EXPECT_EQ(bad, 1u);
  EXPECT_FALSE(IsValidUtf8("\xF0\x80\x80\xAF", &bad));
  EXPECT_EQ(bad, 0u);
}

TEST(IsValidUtf8, RejectsSurrogates) {
  size_t bad = 0;
  EXPECT_FALSE(IsValidUtf8("abc\xED\xA0\x80", &bad));  // U+D800
  EXPECT_EQ(bad, 3u);
  EXPECT_FALSE(IsValidUtf8("\xED\xBF\xBF", &bad));  // U+DFFF
  EXPECT_EQ(bad, 0u);
}

TEST(IsValidUtf8, RejectsSequenceTruncatedAtEnd) {
  size_t bad = 0;
  EXPECT_FALSE(IsValidUtf8("arm\xC3", &bad));
  EXPECT_EQ(bad, 3u);
  EXPECT_FALSE(IsValidUtf8("quote \xE2\x80", &bad));
  EXPECT_EQ(bad, 6u);
  EXPECT_FALSE(IsValidUtf8("\xF0\x9F\x98", &bad));
  EXPECT_EQ(bad, 0u);
}

TEST(IsValidUtf8, RejectsTruncatedSequenceFollowedByAscii) {
  size_t bad = 0;
  EXPECT_FALSE(IsValidUtf8("\xE2\x80" "abc", &bad));
  EXPECT_EQ(bad, 0u);
  EXPECT_FALSE(IsValidUtf8("ok \xC3 ok", &bad));
  EXPECT_EQ(bad, 3u);
}

TEST(IsValidUtf8, RejectsCodePointsAboveMax) {
  size_t bad = 0;
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80", &bad));  // U+110000
  EXPECT_EQ(bad, 0u);
  EXPECT_FALSE(IsValidUtf8("ab\xF5\x80\x80\x80", &bad));
  EXPECT_EQ(bad, 2u);
  EXPECT_FALSE(IsValidUtf8("\xFF", &bad));
  EXPECT_EQ(bad, 0u);
}

TEST(IsValidUtf8, RejectsStrayContinuationByte) {
  size_t bad = 0;
  EXPECT_FALSE(IsValidUtf8("abc\x80", &bad));
  EXPECT_EQ(bad, 3u);
}

TEST(IsValidUtf8, ReportsOffsetAfterAsciiFastPath) {
  // More than eight ASCII bytes, then valid multi-byte text, then the bad byte: the reported
  // offset must be the bad byte's, not the start of the 8-byte block that held it.
  std::string s = "0123456789abcdef\u00e9\u00e8xyz";  // 16 ASCII + 4 bytes + 3 ASCII
  s += "\xC0\xAF";
  s += "tail";
  size_t bad = 0;
  ASSERT_FALSE(IsValidUtf8(s, &bad));
  EXPECT_EQ(bad, 23u);
  EXPECT_EQ(static_cast<unsigned char>(s[bad]), 0xC0);

  std::string t(40, 'a');
  t[37] = '\x80';
  ASSERT_FALSE(IsValidUtf8(t, &bad));
  EXPECT_EQ(bad, 37u);
}

TEST(LineOf, CountsNewlinesBeforeOffset) {
  std::string s = "one\ntwo\nthree";
  EXPECT_EQ(LineOf(s, 0), 1u);
  EXPECT_EQ(LineOf(s, 3), 1u);  // the newline itself is on line 1
  EXPECT_EQ(LineOf(s, 4), 2u);
  EXPECT_EQ(LineOf(s, 8), 3u);
  EXPECT_EQ(LineOf(s, 12), 3u);
  EXPECT_EQ(LineOf(s, 1000), 3u);  // clamped to the end
  EXPECT_EQ(LineOf("", 0), 1u);
}

TEST(LineOf, FindsLineOfInvalidByte) {
  std::string s = "ligne un\nligne deux\nligne \xFF trois\n";
  size_t bad = 0;
  ASSERT_FALSE(IsValidUtf8(s, &bad));
  EXPECT_EQ(LineOf(s, bad), 3u);
}

TEST(LooksBinary, NulByteMeansBinary) {
  std::string s = "some text";
  s.push_back('\0');
  s += "more";
  EXPECT_TRUE(LooksBinary(s));
  EXPECT_TRUE(LooksBinary(std::string(1, '\0')));
}

TEST(LooksBinary, ManyControlBytesMeanBinary) {
  std::string s;
  for (int i = 0; i < 200; ++i) s += "ab\x01\x02";
  EXPECT_TRUE(LooksBinary(s));
}

TEST(LooksBinary, OrdinaryFrenchTextIsNotBinary) {
  EXPECT_FALSE(LooksBinary(
      "BAMAKO, 19 octobre - L'arm\u00e9e malienne a repris le contr\u00f4le de Ti\u00e9bala.\r\n"
      "\t\u00ab Ils ne pourront plus circuler \u00bb, a-t-il ajout\u00e9.\f\n"));
  EXPECT_FALSE(LooksBinary(""));
  // One stray control byte in a long text is tolerated.
  std::string s(400, 'a');
  s[10] = '\x07';
  EXPECT_FALSE(LooksBinary(s));
}

TEST(DecodeAt, DecodesEachSequenceLengthAndAdvances) {
  std::string s = "a\u00e9\u2019\U0001F600";
  size_t pos = 0;
  EXPECT_EQ(DecodeAt(s, &pos), U'a');
  EXPECT_EQ(pos, 1u);
  EXPECT_EQ(DecodeAt(s, &pos), U'\u00e9');
  EXPECT_EQ(pos, 3u);
  EXPECT_EQ(DecodeAt(s, &pos), U'\u2019');
  EXPECT_EQ(pos, 6u);
  EXPECT_EQ(DecodeAt(s, &pos), U'\U0001F600');
  EXPECT_EQ(pos, 10u);
  EXPECT_EQ(pos, s.size());
}

TEST(AppendUtf8, ProducesExpectedBytes) {
  std::string out;
  AppendUtf8(U'A', &out);
  AppendUtf8(U'\u00e9', &out);
  AppendUtf8(U'\u20ac', &out);
  AppendUtf8(U'\U0010FFFF', &out);
  EXPECT_EQ(out, "A\xC3\xA9\xE2\x82\xAC\xF4\x8F\xBF\xBF");
}

TEST(AppendUtf8, RoundTripsThroughDecodeAt) {
  const std::vector<char32_t> points = {0x0,    0x7F,   0x80,    0x7FF,   0x800,   0xD7FF,
                                        0xE000, 0xFFFD, 0xFFFF,  0x10000, 0x1F600, 0x10FFFF,
                                        U'\u00ab', U'\u2014', U'\u0153'};
  std::string all;
  for (char32_t cp : points) {
    std::string one;
    AppendUtf8(cp, &one);
    size_t bad = 0;
    EXPECT_TRUE(IsValidUtf8(one, &bad)) << "U+" << std::hex << static_cast<uint32_t>(cp);
    size_t pos = 0;
    EXPECT_EQ(DecodeAt(one, &pos), cp);
    EXPECT_EQ(pos, one.size());
    all += one;
  }
  size_t pos = 0;
  for (char32_t cp : points) EXPECT_EQ(DecodeAt(all, &pos), cp);
  EXPECT_EQ(pos, all.size());
}

TEST(PrefixUtf8, NeverCutsACharacter) {
  std::string s = "ab\u00e9\u2019c";  // a b (C3 A9) (E2 80 99) c
  EXPECT_EQ(PrefixUtf8(s, 100), s);
  EXPECT_EQ(PrefixUtf8(s, s.size()), s);
  EXPECT_EQ(PrefixUtf8(s, 2), "ab");
  EXPECT_EQ(PrefixUtf8(s, 3), "ab");  // would cut \u00e9
  EXPECT_EQ(PrefixUtf8(s, 4), "ab\u00e9");
  EXPECT_EQ(PrefixUtf8(s, 5), "ab\u00e9");
  EXPECT_EQ(PrefixUtf8(s, 6), "ab\u00e9");
  EXPECT_EQ(PrefixUtf8(s, 7), "ab\u00e9\u2019");
  EXPECT_EQ(PrefixUtf8(s, 0), "");
  for (size_t n = 0; n <= s.size(); ++n) {
    size_t bad = 0;
    EXPECT_TRUE(IsValidUtf8(PrefixUtf8(s, n), &bad)) << n;
    EXPECT_LE(PrefixUtf8(s, n).size(), n);
  }
}

TEST(Fold, StripsCaseAndAccents) {
  EXPECT_EQ(Fold("P\u00e9n\u00e8trent"), "penetrent");
  EXPECT_EQ(Fold("\u00c9T\u00c9"), "ete");
  EXPECT_EQ(Fold("\u00c7a na\u00efve for\u00eat"), "ca naive foret");
  EXPECT_EQ(Fold("ALEPPO"), "aleppo");
}

TEST(Fold, UpperAsciiKeepsOtherBytes) {
  EXPECT_EQ(UpperAscii("didn't Sa\u00efd"), "DIDN'T SA\u00efD");
  EXPECT_EQ(UpperAscii(""), "");
}

TEST(Fold, TrimSpaceBothEnds) {
  EXPECT_EQ(TrimSpace(" \t ARNOLD_ [ABC]\r\n"), "ARNOLD_ [ABC]");
  EXPECT_EQ(TrimSpace(" \n\t "), "");
  EXPECT_EQ(TrimSpace("a b"), "a b");
}

TEST(Fold, FoldsApostrophesToAscii) {
  EXPECT_EQ(Fold("L\u2019Arm\u00e9e"), "l'armee");
  EXPECT_EQ(Fold("l\u2018arm\u00e9e"), "l'armee");
  EXPECT_EQ(Fold("l\u02bcarm\u00e9e"), "l'armee");
  EXPECT_EQ(Fold("l\u00b4arm\u00e9e"), "l'armee");
  EXPECT_EQ(Fold("l`arm\u00e9e"), "l'armee");
  EXPECT_EQ(Fold("l'arm\u00e9e"), "l'armee");
}

TEST(Fold, SpellsOutLigatures) {
  EXPECT_EQ(Fold("\u0152uvre"), "oeuvre");
  EXPECT_EQ(Fold("man\u0153uvres"), "manoeuvres");
  EXPECT_EQ(Fold("\u00c6gis \u00e6"), "aegis ae");
  EXPECT_EQ(Fold("Stra\u00dfe"), "strasse");
}

TEST(Fold, NonBreakingHyphensBecomeHyphens) {
  EXPECT_EQ(Fold("nord\u2011ouest"), "nord-ouest");
  EXPECT_EQ(Fold("al\u2010Din"), "al-din");
}

TEST(Fold, IsIdempotent) {
  const char* samples[] = {"P\u00e9n\u00e8trent", "L\u2019Arm\u00e9e", "\u0152uvre", "\u00c6GIS", "Stra\u00dfe",
                           "\u00ab Non \u00bb \u2014 dit-il", "Ti\u00e9bala", "M\u00e9naka", "Kidal",
                           "\u00c9tat-major", "Ras el-A\u00efn", "d\u00e9j\u00e0 l\u00e0", ""};
  for (const char* s : samples) {
    std::string once = Fold(s);
    EXPECT_EQ(Fold(once), once) << s;
  }
}

TEST(Fold, DecomposedAccentsFoldLikePrecomposed) {
  // A document in NFD (e + U+0301) must match the same lexicon entries as one in NFC.
  std::string nfd = "Pe\u0301ne\u0300trent";
  EXPECT_EQ(Fold(nfd), "penetrent");
}

TEST(Fold, CapitalIWithDotIsFoldedAndIdempotent) {
  // U+0130 (\u0130dlib, \u0130stanbul) and U+1E9E (capital sharp s): simple case folding leaves them
  // upper case or unfinished, so a second Fold changes the result again.
  std::string idlib = Fold("\u0130dlib");
  std::string sharp = Fold("\u1e9e");
  EXPECT_EQ(idlib, "idlib");
  EXPECT_EQ(sharp, "ss");
}

TEST(Lower, KeepsAccents) {
  EXPECT_EQ(Lower("P\u00e9n\u00e8trent"), "p\u00e9n\u00e8trent");
  EXPECT_EQ(Lower("\u00c9T\u00c9"), "\u00e9t\u00e9");
  EXPECT_EQ(Lower("Ti\u00e9bala"), "ti\u00e9bala");
  EXPECT_EQ(Lower("L\u2019ARM\u00c9E"), "l'arm\u00e9e");
  EXPECT_NE(Lower("\u00e9t\u00e9"), Fold("\u00e9t\u00e9"));
}

TEST(IsUpperInitial, LooksAtFirstCodePoint) {
  EXPECT_TRUE(IsUpperInitial("Hama"));
  EXPECT_TRUE(IsUpperInitial("\u00c9tat"));
  EXPECT_FALSE(IsUpperInitial("\u00e9tat"));
  EXPECT_FALSE(IsUpperInitial("5 000"));
  EXPECT_FALSE(IsUpperInitial(""));
}

TEST(IsApostrophe, RecognisesTypesetVariants) {
  for (char32_t cp : {U'\'', U'\u2019', U'\u2018', U'\u02bc', U'\u00b4', U'`'}) EXPECT_TRUE(IsApostrophe(cp)) << static_cast<uint32_t>(cp);
  for (char32_t cp : {U'"', U'-', U'a', U'\u201c', U'\u201d', U'\u00ab', U' '}) EXPECT_FALSE(IsApostrophe(cp)) << static_cast<uint32_t>(cp);
}

TEST(DecodeAt, BrokenSequencesGiveOneReplacementPerByte) {
  // A lead byte cut off by the end, a stray continuation byte, and a lead byte followed by ASCII.
  const std::string broken = std::string("a\xE2\x82", 3);
  size_t pos = 1;
  EXPECT_EQ(DecodeAt(broken, &pos), 0xFFFDu);
  EXPECT_EQ(pos, 2u);
  EXPECT_EQ(DecodeAt(broken, &pos), 0xFFFDu);
  EXPECT_EQ(pos, 3u);
  const std::string mixed = std::string("\xC3" "a\xC3\xA9", 4);
  pos = 0;
  EXPECT_EQ(DecodeAt(mixed, &pos), 0xFFFDu);
  EXPECT_EQ(DecodeAt(mixed, &pos), static_cast<char32_t>('a'));
  EXPECT_EQ(DecodeAt(mixed, &pos), 0xE9u);
  EXPECT_EQ(pos, 4u);
}

}  // namespace
}  // namespace sitrep::text
