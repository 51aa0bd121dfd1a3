// Peer (TABARI / PETRARCH) dictionary readers: every dialect on snippets written for these tests,
// then the real dictionary sets of ../shared when they are there.
#include "peer/dictionary.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace sitrep::peer {
namespace {

namespace fs = std::filesystem;

constexpr auto kTabari = DictionaryDialect::kTabari;
constexpr auto kPetrarch1 = DictionaryDialect::kPetrarch1;
constexpr auto kPetrarch2 = DictionaryDialect::kPetrarch2;

PeerDictionaries Parse(std::string_view text, std::string_view kind, DictionaryDialect dialect,
                       const std::string& path = "test.dict") {
  PeerDictionaries d;
  ParsePeerDictionary(text, path, kind, dialect, &d);
  return d;
}

std::string Warnings(const PeerDictionaries& d) {
  std::string out;
  for (const auto& w : d.warnings) out += w + "\n";
  return out;
}

// "RIVER~ LAND": a '~' marks a stem.
std::string Show(const DictPhrase& phrase) {
  std::string out;
  for (const auto& w : phrase) out += (out.empty() ? "" : " ") + w.text + (w.stem ? "~" : "");
  return out;
}

std::vector<std::string> Show(const std::vector<DictPhrase>& phrases) {
  std::vector<std::string> out;
  for (const auto& p : phrases) out.push_back(Show(p));
  return out;
}

// "W(A|B C) _* $": '_' before an element joined to the one before it.
std::string Show(const VerbPattern& pattern) {
  std::string out;
  for (const auto& e : pattern.elements) {
    out += out.empty() ? "" : " ";
    out += e.adjacent ? "_" : "";
    switch (e.kind) {
      case PatternElement::Kind::kWords: {
        std::string alternatives;
        for (const auto& a : e.alternatives) {
          if (!alternatives.empty()) alternatives += "|";
          alternatives += Show(a);
        }
        out += "W(" + alternatives + ")";
        break;
      }
      case PatternElement::Kind::kVerb:
        out += "*";
        break;
      case PatternElement::Kind::kSource:
        out += "$";
        break;
      case PatternElement::Kind::kTarget:
        out += "+";
        break;
      case PatternElement::Kind::kCompound:
        out += "%";
        break;
      case PatternElement::Kind::kSkip:
        out += "^";
        break;
    }
  }
  return out;
}

std::vector<std::string> Patterns(const VerbEntry& verb) {
  std::vector<std::string> out;
  for (const auto& p : verb.patterns)
    out.push_back(Show(p) + " [" + p.code.code +
                  (p.code.reverse_code.empty() ? "" : ":" + p.code.reverse_code) + "]");
  return out;
}

long Day(const char* digits) {
  long day = 0;
  EXPECT_TRUE(ParsePeerDate(digits, &day)) << digits;
  return day;
}

DatedCode Code(const std::string& code, long from = LONG_MIN, long to = LONG_MAX) { return {code, from, to}; }

const VerbEntry* FindVerb(const PeerDictionaries& d, const std::string& head_text) {
  for (const auto& v : d.verbs)
    if (Show(v.phrase) == head_text) return &v;
  return nullptr;
}

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// ---------------------------------------------------------------------------------------------
// Dates

TEST(PeerDictionaryDate, SixAndEightDigitDates) {
  long day = -1;
  ASSERT_TRUE(ParsePeerDate("700101", &day));
  EXPECT_EQ(day, 0);
  ASSERT_TRUE(ParsePeerDate("20000301", &day));
  EXPECT_EQ(day, 11017);
  ASSERT_TRUE(ParsePeerDate("120229", &day));  // 2012 is a leap year
  EXPECT_EQ(day, 15399);
}

TEST(PeerDictionaryDate, TwoDigitYearsBelowThirtyAreThisCentury) {
  long day = 0;
  ASSERT_TRUE(ParsePeerDate("291231", &day));
  EXPECT_EQ(day, 21914);  // 2029-12-31
  ASSERT_TRUE(ParsePeerDate("300101", &day));
  EXPECT_EQ(day, -14610);  // 1930-01-01
}

TEST(PeerDictionaryDate, RejectsMalformedDates) {
  long day = 42;
  for (const char* bad :
       {"", "12345", "1234567", "123456789", "21a101", "20211301", "20210230", "190229", "210100"})
    EXPECT_FALSE(ParsePeerDate(bad, &day)) << bad;
  EXPECT_EQ(day, 42);
}

// ---------------------------------------------------------------------------------------------
// Actors

TEST(PeerDictionaryActors, TabariStemsExactWordsAndComments) {
  auto d = Parse(
      "RIVERLAND [RVL] ; a stem: RIVERLANDS too\n"
      "HILL_FOLK_  [HLF]\n"
      "MARSH= [MRS]\n"
      "OLD_TOWN GUARD [OTG]\n"
      "#FORGOTTEN [FGT]\n"
      "  [ rvl ]\n"
      "~~FINISH the end\n"
      "AFTER_THE_END [AFT]\n",
      "actors", kTabari);
  ASSERT_EQ(d.actors.size(), 4u) << Warnings(d);
  EXPECT_EQ(Show(d.actors[0].phrases[0]), "RIVERLAND~");
  EXPECT_EQ(Show(d.actors[1].phrases[0]), "HILL FOLK");
  EXPECT_EQ(Show(d.actors[2].phrases[0]), "MARSH");
  EXPECT_EQ(Show(d.actors[3].phrases[0]), "OLD TOWN~ GUARD~");
  // The indented block after OLD_TOWN GUARD is one more (lower-case, spaced) code of that entry.
  EXPECT_EQ(d.actors[3].codes, (std::vector<DatedCode>{Code("OTG"), Code("RVL")}));
  EXPECT_EQ(d.actors[0].origin, "test.dict:1");
  EXPECT_TRUE(d.warnings.empty()) << Warnings(d);
}

TEST(PeerDictionaryActors, SynonymsAndDatedCodesOnFollowingLines) {
  auto d = Parse(
      "DUKE_ORVIN ; no code on this line\n"
      "+THE_OLD_DUKE\n"
      "+ORVIN_OF_MERE\n"
      "\t[MRE < 950601]\n"
      "\t[MREGOV 950601 - 990815]\n"
      "\t[MREREB >990816]\n",
      "actors", kTabari);
  ASSERT_EQ(d.actors.size(), 1u) << Warnings(d);
  const ActorEntry& duke = d.actors[0];
  EXPECT_EQ(Show(duke.phrases), (std::vector<std::string>{"DUKE ORVIN~", "THE OLD DUKE~", "ORVIN OF MERE~"}));
  // '<D' ends the day before D, '>D' starts on D: every day has exactly one code. Without a default
  // the null code holds outside the restrictions.
  EXPECT_EQ(duke.codes, (std::vector<DatedCode>{Code("MRE", LONG_MIN, Day("950531")),
                                                Code("MREGOV", Day("950601"), Day("990815")),
                                                Code("MREREB", Day("990816")), Code("---")}));
}

TEST(PeerDictionaryActors, DefaultCodeGoesAfterTheRestrictions) {
  auto d = Parse(
      "QUEEN_ALDA [ALD]\n"
      "  [ALDGOV 20190101-20191231]\n"
      "BOG_TROLLS [--- <20210601] [BGT]\n"
      "ASHEN_RIDERS [###]\n"
      "TWIN_CITIES [NTH/STH]\n",
      "actors", kPetrarch2);
  ASSERT_EQ(d.actors.size(), 4u) << Warnings(d);
  EXPECT_EQ(d.actors[0].codes,
            (std::vector<DatedCode>{Code("ALDGOV", Day("20190101"), Day("20191231")), Code("ALD")}));
  EXPECT_EQ(d.actors[1].codes, (std::vector<DatedCode>{Code("---", LONG_MIN, Day("20210531")), Code("BGT")}));
  EXPECT_EQ(d.actors[2].codes, (std::vector<DatedCode>{Code("###")}));
  EXPECT_EQ(d.actors[3].codes, (std::vector<DatedCode>{Code("NTH/STH")}));
  EXPECT_TRUE(d.warnings.empty()) << Warnings(d);
}

TEST(PeerDictionaryActors, PetrarchWordsAreExactAndCommentsAreSkipped) {
  auto d = Parse(
      "<!-- a validation set\n"
      "# written for this test [NOT A CODE]\n"
      "-->\n"
      "RIVERLAND_ [RVL] # trailing comment\n"
      "+RIVERLANDER\n"
      "<! -- odd comment opener -->\n"
      "MOUNT_KESH [KSH]  <!-- inline --> \n"
      "SALT PORT [SLT]\n",
      "actors", kPetrarch1);
  ASSERT_EQ(d.actors.size(), 3u) << Warnings(d);
  EXPECT_EQ(Show(d.actors[0].phrases), (std::vector<std::string>{"RIVERLAND", "RIVERLANDER"}));
  EXPECT_EQ(Show(d.actors[1].phrases[0]), "MOUNT KESH");
  EXPECT_EQ(Show(d.actors[2].phrases[0]), "SALT PORT");
  EXPECT_EQ(d.actors[2].origin, "test.dict:8");
  EXPECT_TRUE(d.warnings.empty()) << Warnings(d);
}

TEST(PeerDictionaryActors, LinesWithoutCodesShareTheNextCodes) {
  auto d = Parse(
      "MAGISTRATE_OLWEN_\n"
      "OLWEN_OF_TARN\n"
      "JUDGE_OLWEN [TRNJUD]\n"
      "HARBOUR_GUILD_\n"
      "+DOCK_GUILD\n"
      "\t[TRNBUS]\n",
      "actors", kPetrarch2);
  ASSERT_EQ(d.actors.size(), 2u) << Warnings(d);
  EXPECT_EQ(Show(d.actors[0].phrases),
            (std::vector<std::string>{"MAGISTRATE OLWEN", "OLWEN OF TARN", "JUDGE OLWEN"}));
  EXPECT_EQ(d.actors[0].codes, (std::vector<DatedCode>{Code("TRNJUD")}));
  EXPECT_EQ(Show(d.actors[1].phrases), (std::vector<std::string>{"HARBOUR GUILD", "DOCK GUILD"}));
}

TEST(PeerDictionaryActors, MalformedCodeBlocksWarnWithTheirLine) {
  auto d = Parse(
      "[RVL]\n"                       // 1: no actor yet
      "+STRAY_SYNONYM\n"              // 2: no actor yet
      "FENLAND\n"                     // 3
      "\t[950601-990815]\n"           // 4: a date without a code
      "\t[FEN 990101]\n"              // 5: neither <, > nor a range
      "\t[FEN 20211301-20220101]\n"   // 6: month 13
      "\t[FEN 20220101-20210101]\n"   // 7: ends before it starts
      "\t[FEN9-22]\n"                 // 8: malformed code
      "\t[FEN <990101\n"              // 9: missing ]
      "\t[]\n"                        // 10: empty
      "\t[FEN] stray words\n"         // 11: text outside the brackets
      "LOST_VALLEY\n"                 // 12
      "\t[LSV 20300101-20300102]\n",  // 13
      "actors", kPetrarch2, "fen.actors.txt");
  ASSERT_EQ(d.actors.size(), 2u) << Warnings(d);
  EXPECT_EQ(d.actors[0].codes, (std::vector<DatedCode>{Code("FEN")})) << Warnings(d);
  std::vector<std::string> expected = {
      "fen.actors.txt:1: code block without an actor",
      "fen.actors.txt:2: synonym without an actor",
      "fen.actors.txt:4: date without a code in [950601-990815]; block skipped",
      "fen.actors.txt:5: a date needs '<', '>' or a range FROM-TO in [FEN 990101]; block skipped",
      "fen.actors.txt:6: bad date range in [FEN 20211301-20220101]; block skipped",
      "fen.actors.txt:7: date range ends before it starts in [FEN 20220101-20210101]; block skipped",
      "fen.actors.txt:8: malformed code in [FEN9-22]; block skipped",
      "fen.actors.txt:9: missing ']'",
      "fen.actors.txt:10: empty code []",
      "fen.actors.txt:11: text outside [...] ignored: 'stray words'",
  };
  EXPECT_EQ(d.warnings, expected);
}

TEST(PeerDictionaryActors, ActorWithoutAnyCodeIsNullAndWarned) {
  auto d = Parse("FENLAND [FEN]\nNAMELESS_HILLS\n", "actors", kPetrarch2, "x.txt");
  ASSERT_EQ(d.actors.size(), 2u);
  EXPECT_EQ(d.actors[1].codes, (std::vector<DatedCode>{Code("---")}));
  EXPECT_EQ(d.warnings,
            (std::vector<std::string>{"x.txt:2: actor NAMELESS HILLS has no code; null code used"}));
}

TEST(PeerDictionaryActors, TabariNounAndAdjectiveLists) {
  auto d = Parse(
      "<NOUN>\n"
      "BADGERS   ;hedge animals\n"
      "FERRETS_\n"
      "ROUND_TABLE\n"
      "</NOUN>\n"
      "<ADJECTIVE>\n"
      "GLOOMY\n"
      "</ADJECTIVE>\n"
      "FENLAND [FEN]\n",
      "actors", kTabari);
  EXPECT_EQ(Show(d.nouns), (std::vector<std::string>{"BADGERS~", "FERRETS", "ROUND TABLE~"}));
  EXPECT_EQ(Show(d.adjectives), (std::vector<std::string>{"GLOOMY~"}));
  ASSERT_EQ(d.actors.size(), 1u);
}

// ---------------------------------------------------------------------------------------------
// Agents

TEST(PeerDictionaryAgents, TabariSuffixAndPrefixCodes) {
  auto d = Parse(
      "BOATMAN_   [ ~SHP] ;river people\n"
      "CHARITY_HOUSE_ [  NGO~]\n"
      "TAX COLLECTOR [~GOVTAX]\n",
      "agents", kTabari);
  ASSERT_EQ(d.agents.size(), 3u) << Warnings(d);
  EXPECT_EQ(d.agents[0].code, "SHP");
  EXPECT_FALSE(d.agents[0].prefix);
  // An exact TABARI noun takes the regular plural ending; stems cover theirs.
  EXPECT_EQ(Show(d.agents[0].phrases), (std::vector<std::string>{"BOATMAN", "BOATMANS"}));
  EXPECT_EQ(d.agents[1].code, "NGO");
  EXPECT_TRUE(d.agents[1].prefix);
  EXPECT_EQ(Show(d.agents[2].phrases), (std::vector<std::string>{"TAX~ COLLECTOR~"}));
}

TEST(PeerDictionaryAgents, PetrarchPluralsListedFormsAndMacros) {
  auto d = Parse(
      "!FOLK! = SMITH, SMITHS , WRIGHT\n"
      "BOATMAN {BOATMEN} [~SHP]\n"
      "FERRY_BOSS [~SHP]\n"
      "CANAL_DEPUTY [~GOV]\n"
      "GATE_KEY [~SEC]\n"
      "MARSH_WATCH {} [~MIL]\n"
      "TOLL_BOX {TOLL_BOXES TOLLBOXES} [~GOV]\n"
      "SHIP!FOLK! [~BUS]\n"
      "LEDGER_HOUSE_ [~GOV]\n"
      "river_guard [~cop]\n",
      "agents", kPetrarch1);
  ASSERT_EQ(d.agents.size(), 9u) << Warnings(d);
  EXPECT_EQ(Show(d.agents[0].phrases), (std::vector<std::string>{"BOATMAN", "BOATMEN"}));
  EXPECT_EQ(Show(d.agents[1].phrases), (std::vector<std::string>{"FERRY BOSS", "FERRY BOSSES"}));
  EXPECT_EQ(Show(d.agents[2].phrases), (std::vector<std::string>{"CANAL DEPUTY", "CANAL DEPUTIES"}));
  EXPECT_EQ(Show(d.agents[3].phrases), (std::vector<std::string>{"GATE KEY", "GATE KEYS"}));
  EXPECT_EQ(Show(d.agents[4].phrases), (std::vector<std::string>{"MARSH WATCH"}));
  EXPECT_EQ(Show(d.agents[5].phrases), (std::vector<std::string>{"TOLL BOX", "TOLL BOXES", "TOLLBOXES"}));
  EXPECT_EQ(Show(d.agents[6].phrases), (std::vector<std::string>{"SHIPSMITH", "SHIPSMITHS", "SHIPWRIGHT"}));
  EXPECT_EQ(Show(d.agents[7].phrases), (std::vector<std::string>{"LEDGER HOUSE"}));
  EXPECT_EQ(Show(d.agents[8].phrases), (std::vector<std::string>{"RIVER GUARD", "RIVER GUARDS"}));
  EXPECT_EQ(d.agents[8].code, "COP");
  EXPECT_TRUE(d.warnings.empty()) << Warnings(d);
}

TEST(PeerDictionaryAgents, MalformedAgentsWarn) {
  auto d = Parse(
      "LONE_WOLF\n"                    // 1
      "GREY_WOLF [GOV]\n"              // 2
      "RED_WOLF [~GOV~]\n"             // 3
      "PACK!WOLF! [~MIL]\n"            // 4
      "DEN_WOLF {DEN_WOLVES [~MIL]\n"  // 5
      "SEA_WOLF [~MIL}\n"              // 6
      "SNOW_WOLF [~MIL]\n",            // 7
      "agents", kPetrarch2, "a.txt");
  ASSERT_EQ(d.agents.size(), 1u);
  std::vector<std::string> expected = {
      "a.txt:1: agent without a [code]",
      "a.txt:2: agent code [GOV] needs one '~', before or after it",
      "a.txt:3: agent code [~GOV~] needs one '~', before or after it",
      "a.txt:4: unknown substitution marker !WOLF!",
      "a.txt:5: missing '}'",
      "a.txt:6: missing ']'",
  };
  EXPECT_EQ(d.warnings, expected);
}

// An alternative holding its own marker recursed until the stack overflowed, and a few markers
// over a long list made millions of phrases. Alternatives are taken as written and the expansion
// is capped.
TEST(PeerDictionaryAgents, SubstitutionsCannotRecurseOrExplode) {
  std::string list;
  for (int i = 0; i < 100; ++i) list += (i ? ", K" : "K") + std::to_string(i);
  auto d = Parse(
      "!SELF! = X!SELF!\n"
      "!KIN! = " + list + "\n"
      "LOOP!SELF! [~GOV]\n"
      "TWO!KIN!!KIN! [~GOV]\n"
      "FOUR!KIN!!KIN!!KIN!!KIN! [~GOV]\n",
      "agents", kPetrarch1, "k.txt");
  ASSERT_EQ(d.agents.size(), 2u) << Warnings(d);
  EXPECT_EQ(Show(d.agents[0].phrases), std::vector<std::string>{"LOOPX!SELF!"});
  EXPECT_EQ(d.agents[1].phrases.size(), 100u * 100u);
  EXPECT_EQ(Show(d.agents[1].phrases.back()), "TWOK99K99");
  EXPECT_EQ(d.warnings, std::vector<std::string>{"k.txt:5: substitution markers expand to too many phrases"});
}

// ---------------------------------------------------------------------------------------------
// Discards

TEST(PeerDictionaryDiscards, StoryAndSentenceDiscards) {
  const char* text =
      "# sports and weather\n"
      "HARVEST FAIR   # sentence level\n"
      "+Lantern Regatta   # story level\n"
      "+BOG_RACE_\n";
  auto p1 = Parse(text, "discards", kPetrarch1);
  ASSERT_EQ(p1.discards.size(), 3u) << Warnings(p1);
  EXPECT_FALSE(p1.discards[0].story);
  EXPECT_TRUE(p1.discards[1].story);
  // PETRARCH-1 matches a discard as a text prefix: its last word is a stem unless it ends in '_'.
  EXPECT_EQ(Show(p1.discards[0].phrase), "HARVEST FAIR~");
  EXPECT_EQ(Show(p1.discards[1].phrase), "LANTERN REGATTA~");
  EXPECT_EQ(Show(p1.discards[2].phrase), "BOG RACE");
  EXPECT_EQ(p1.discards[1].origin, "test.dict:3");

  auto p2 = Parse(text, "discards", kPetrarch2);
  ASSERT_EQ(p2.discards.size(), 3u);
  EXPECT_EQ(Show(p2.discards[1].phrase), "LANTERN REGATTA");
}

// ---------------------------------------------------------------------------------------------
// TABARI verbs

TEST(PeerDictionaryTabariVerbs, RegularFormsCodesAndExactWords) {
  auto d = Parse(
      "<TIME>\n"
      "NEXT_HARVEST [+90]\n"
      "</TIME>\n"
      "PLUNDER  [190] ;stem\n"
      "RAZE_ [195]\n"
      "DECRY_ [111]\n"
      "POLISH_ [---]\n"
      "FLEE_ [###]\n"
      "AGREE_ [031!]\n"
      "SNUB= [112]\n"
      "PARLEY [031:032]\n"
      "HAGGLE [abc?]\n"
      "MAKE AMENDS [+++]\n",
      "verbs", kTabari);
  ASSERT_EQ(d.verbs.size(), 10u) << Warnings(d);
  auto forms = [&](const std::string& phrase) {
    return FindVerb(d, phrase) ? FindVerb(d, phrase)->forms : std::vector<std::string>{};
  };
  EXPECT_EQ(forms("PLUNDER~"), (std::vector<std::string>{"PLUNDER", "PLUNDERS", "PLUNDERED", "PLUNDERING"}));
  EXPECT_EQ(forms("RAZE"), (std::vector<std::string>{"RAZE", "RAZES", "RAZED", "RAZING"}));
  // TABARI's ES and EN endings apply to any exact verb that does not end in E.
  EXPECT_EQ(forms("DECRY"),
            (std::vector<std::string>{"DECRY", "DECRIES", "DECRIED", "DECRYING", "DECRYES", "DECRYEN"}));
  EXPECT_EQ(forms("POLISH"),
            (std::vector<std::string>{"POLISH", "POLISHES", "POLISHED", "POLISHING", "POLISHEN"}));
  EXPECT_EQ(forms("FLEE"), (std::vector<std::string>{"FLEE", "FLEES", "FLEED", "FLEEING"}));
  EXPECT_EQ(forms("SNUB"), (std::vector<std::string>{"SNUB"}));  // '=': this word only
  EXPECT_EQ(FindVerb(d, "FLEE")->code, (EventCode{"###", ""}));
  EXPECT_EQ(FindVerb(d, "AGREE")->code, (EventCode{"031", ""}));
  EXPECT_EQ(FindVerb(d, "PARLEY~")->code, (EventCode{"031", "032"}));
  EXPECT_EQ(FindVerb(d, "HAGGLE~")->code, (EventCode{"ABC", "", /*weak=*/true}));
  const VerbEntry* amends = FindVerb(d, "MAKE~ AMENDS~");
  ASSERT_NE(amends, nullptr);
  EXPECT_EQ(amends->head, 0u);
  EXPECT_EQ(amends->forms, (std::vector<std::string>{"MAKE", "MAKES", "MAKED", "MAKING"}));
  EXPECT_EQ(amends->code, (EventCode{"+++", ""}));
  EXPECT_TRUE(d.warnings.empty()) << Warnings(d);
}

TEST(PeerDictionaryTabariVerbs, IrregularFormsLine) {
  auto d = Parse(
      "SWIM_ [190]\n"
      "{ SWAM_ SWUM_ SWIMMING_ SWUMMERY SWAM_AWAY_ }\n"
      "- * RIVER  [191]\n",
      "verbs", kTabari);
  ASSERT_EQ(d.verbs.size(), 3u) << Warnings(d);
  EXPECT_EQ(d.verbs[0].forms,
            (std::vector<std::string>{"SWIM", "SWIMS", "SWIMED", "SWIMING", "SWIMES", "SWIMEN", "SWAM", "SWUM",
                                      "SWIMMING"}));
  // A stem form and a multi-word form are verbs of their own, with the same code and patterns.
  EXPECT_EQ(Show(d.verbs[1].phrase), "SWUMMERY~");
  EXPECT_EQ(d.verbs[1].forms, (std::vector<std::string>{"SWUMMERY"}));
  EXPECT_EQ(Show(d.verbs[2].phrase), "SWAM AWAY");
  EXPECT_EQ(d.verbs[2].forms, (std::vector<std::string>{"SWAM"}));
  for (const auto& v : d.verbs) {
    EXPECT_EQ(v.code, (EventCode{"190", ""}));
    EXPECT_EQ(Patterns(v), (std::vector<std::string>{"* W(RIVER~) [191]"}));
  }
}

TEST(PeerDictionaryTabariVerbs, PatternTokensAndAdjacency) {
  auto d = Parse(
      "RAID  [190]\n"
      "- $ * + ^ %  [191]\n"
      "- IN_*  [192]\n"
      "- IN_ *  [193]\n"
      "- WOULD_*_AGAIN  [194]\n"
      "- WARNED_+ * BY_ $  [195]\n"
      "- * CATTLE_PENS  [196]\n"
      "- LATE~_*  [197] ; '~_' keeps LATE a stem joined to the verb\n"
      "- * NIGHT=  [198]\n",
      "verbs", kTabari);
  ASSERT_EQ(d.verbs.size(), 1u) << Warnings(d);
  EXPECT_EQ(Patterns(d.verbs[0]), (std::vector<std::string>{
                                      "$ * + ^ % [191]",
                                      "W(IN) _* [192]",
                                      "W(IN) * [193]",
                                      "W(WOULD) _* _W(AGAIN~) [194]",
                                      "W(WARNED) _+ * W(BY) $ [195]",
                                      "* W(CATTLE) _W(PENS~) [196]",
                                      "W(LATE~) _* [197]",
                                      "* W(NIGHT) [198]",
                                  }));
  EXPECT_EQ(d.verbs[0].patterns[1].text, "- IN_*  [192]");
  EXPECT_EQ(d.verbs[0].patterns[1].origin, "test.dict:3");
}

TEST(PeerDictionaryTabariVerbs, ChoicesAndSynsets) {
  auto d = Parse(
      "<SYNSETS>\n"
      "&GRAIN\n"
      "+BARLEY\n"
      "+RYE_\n"
      "+SPELT FLOUR\n"
      "&COIN\n"
      "+CROWN\n"
      "+SHILLING_+\n"
      "&BULK\n"
      "+&GRAIN_SACKS\n"
      "+CARTS_OF &GRAIN\n"
      "</SYNSETS>\n"
      "TRADE [060]\n"
      "- * { WOOL | SALT_FISH }_BALES  [061]\n"
      "- NEW_&GRAIN *  [062]\n"
      "- * &BULK  [063]\n"
      "- * &COIN  [064]\n"
      "- * { &GRAIN | HAY }  [065]\n",
      "verbs", kTabari);
  ASSERT_EQ(d.verbs.size(), 1u) << Warnings(d);
  EXPECT_EQ(Patterns(d.verbs[0]), (std::vector<std::string>{
                                      "* W(WOOL~|SALT FISH~) _W(BALES~) [061]",
                                      "W(NEW) _W(BARLEY~|RYE|SPELT~ FLOUR~) * [062]",
                                      // Nested synsets expand to phrases.
                                      "* W(BARLEY~ SACKS~|RYE SACKS~|SPELT~ FLOUR~ SACKS~|CARTS OF~ "
                                      "BARLEY~|CARTS OF~ RYE|CARTS OF~ SPELT~ FLOUR~) [063]",
                                      // A member holding a special token gives a pattern of its own.
                                      "* W(CROWN~) [064]",
                                      "* W(SHILLING) _+ [064]",
                                      "* W(BARLEY~|RYE|SPELT~ FLOUR~|HAY~) [065]",
                                  }));
  EXPECT_TRUE(d.warnings.empty()) << Warnings(d);
}

TEST(PeerDictionaryTabariVerbs, MalformedLinesWarn) {
  auto d = Parse(
      "- * ORPHAN [010]\n"        // 1: no verb yet
      "HERD [060]\n"              // 2
      "- * FIELDS\n"              // 3: no code
      "- GRAZE FIELDS [061]\n"    // 4: no '*'
      "- * * FIELDS [062]\n"      // 5: two '*'
      "- * &PASTURE [063]\n"      // 6: undefined synset
      "- * { MEADOW | } [064]\n"  // 7: empty alternative
      "- * { MEADOW [065]\n"      // 8: unclosed
      "- * MEADOW [06 5]\n"       // 9: bad code
      "- * HILLS [066]\n"         // 10: fine
      "LONER\n"                   // 11: verb without a code
      "+STRAY\n",                 // 12
      "verbs", kTabari, "h.verbs");
  ASSERT_EQ(d.verbs.size(), 2u);
  EXPECT_EQ(Patterns(d.verbs[0]), (std::vector<std::string>{"* W(HILLS~) [066]"}));
  EXPECT_EQ(d.verbs[1].code, (EventCode{"---", ""}));
  std::vector<std::string> expected = {
      "h.verbs:1: pattern before any verb",
      "h.verbs:3: pattern without a [code]",
      "h.verbs:7: pattern skipped: empty alternative in { | }",
      "h.verbs:8: pattern skipped: missing '}'",
      "h.verbs:9: malformed event code [06 5]",
      "h.verbs:11: verb without a [code]; null code used",
      "h.verbs:12: '+' line outside a synset",
      // Patterns are expanded once every synset is known, after the file is read.
      "h.verbs:4: pattern skipped: it needs exactly one '*'",
      "h.verbs:5: pattern skipped: it needs exactly one '*'",
      "h.verbs:6: pattern skipped: undefined synset &PASTURE",
  };
  EXPECT_EQ(d.warnings, expected);
}

// Found by fuzzing: a '=' or '~' standing alone in a verb phrase or forms list was read as an
// empty word, which as a stem would have made every word of a sentence that verb.
TEST(PeerDictionaryTabariVerbs, LoneMarksAreNoWords) {
  auto d = Parse(
      "= [010]\n"              // 1: no verb
      "STRIKE = BACK [020]\n"  // 2
      "=~ [030]\n"             // 3: no verb
      "HIT_ [040]\n"           // 4
      "{ = HITTING_ }\n",      // 5
      "verbs", kTabari, "m.verbs");
  ASSERT_EQ(d.verbs.size(), 2u) << Warnings(d);
  EXPECT_EQ(Show(d.verbs[0].phrase), "STRIKE~ BACK~");
  EXPECT_EQ(Show(d.verbs[1].phrase), "HIT");
  EXPECT_EQ(d.verbs[1].forms.back(), "HITTING");
  for (const auto& v : d.verbs)
    for (const auto& f : v.forms) EXPECT_FALSE(f.empty());
  std::vector<std::string> expected = {
      "m.verbs:1: verb line without a verb",
      "m.verbs:3: verb line without a verb",
  };
  EXPECT_EQ(d.warnings, expected);
}

// Nested synsets of a few hundred bytes multiplied into hundreds of millions of patterns or
// phrases, and a block's patterns were copied to each of its verbs without a limit.
TEST(PeerDictionaryTabariVerbs, SynsetExpansionIsBoundedBeforeItGrows) {
  std::string actors = "&ACTORS\n", words = "&WORDS\n";
  for (int i = 0; i < 140; ++i) {
    actors += "+A" + std::to_string(i) + "_$\n";
    words += "+W" + std::to_string(i) + "\n";
  }
  // &PAIRS: 140 x 140 patterns with a '$' each; &PHRASES: 140 x 140 two-word phrases.
  std::string synsets =
      actors + words + "&PAIRS\n+&ACTORS &ACTORS\n&PHRASES\n+&WORDS &WORDS\n&QUADS\n+&PHRASES &PHRASES\n";
  auto d = Parse(synsets +
                     "ZAP [010]\n"
                     "- * &PAIRS &PAIRS [011]\n"  // line 290: 140^4 patterns
                     "- * &QUADS [012]\n",        // line 291: 140^4 phrases
                 "verbs", kTabari, "z.verbs");
  ASSERT_EQ(d.verbs.size(), 1u) << Warnings(d);
  EXPECT_EQ(d.warnings, std::vector<std::string>{"z.verbs:290: pattern skipped: synsets and alternatives expand to too "
                                                 "many patterns"});
  // Too many phrases for one element: the two synsets stay elements of their own.
  ASSERT_EQ(d.verbs[0].patterns.size(), 1u);
  const auto& quads = d.verbs[0].patterns[0].elements;
  ASSERT_EQ(quads.size(), 3u);
  EXPECT_EQ(quads[1].alternatives.size(), 140u * 140u);
  EXPECT_EQ(quads[2].alternatives.size(), 140u * 140u);

  // One pattern of 140 x 140 expansions in a PETRARCH block of 40 verbs would be 784000 copies.
  std::string verbs;
  for (int i = 0; i < 40; ++i) verbs += "V" + std::to_string(i) + "\n";
  auto block = Parse(synsets + "--- ZAP [010] ---\n" + verbs + "- * &PAIRS [011]\n- * ZING [012]\n", "verbs",
                     kPetrarch1, "b.txt");
  ASSERT_EQ(block.verbs.size(), 40u) << Warnings(block);
  EXPECT_EQ(block.warnings,
            std::vector<std::string>{"b.txt:330: pattern skipped: the dictionary's patterns expand to too many"});
  EXPECT_EQ(Patterns(block.verbs[39]), std::vector<std::string>{"* W(ZING) [012]"});
}

// ---------------------------------------------------------------------------------------------
// PETRARCH verbs

TEST(PeerDictionaryPetrarchVerbs, BlocksShareCodeAndPatterns) {
  auto d = Parse(
      "<!-- PETRARCH-1 style -->\n"
      "--- PILLAGE  [190] ---\n"
      "PILLAGE   # the block's first verb\n"
      "LOOT [191]\n"
      "HARRY {HARRIES HARRIED HARRYING}\n"
      "+CARRY_OFF\n"
      "SHIP_OF_+STEAL [192]\n"
      "+TAKE_AWAY {+TOOK_AWAY +TAKEN_AWAY +TAKES_AWAY +TAKE_ALONG}\n"
      "- * GRANARY [193]  # pattern for every verb\n"
      "- $ * + [194]\n"
      "\n"
      "--- HEAL [---] ---\n"
      "MEND\n",
      "verbs", kPetrarch1);
  ASSERT_EQ(d.verbs.size(), 8u) << Warnings(d);
  const VerbEntry& pillage = d.verbs[0];
  EXPECT_EQ(Show(pillage.phrase), "PILLAGE");
  EXPECT_EQ(pillage.code, (EventCode{"190", ""}));
  EXPECT_EQ(pillage.forms, (std::vector<std::string>{"PILLAGE", "PILLAGES", "PILLAGED", "PILLAGING"}));
  EXPECT_EQ(d.verbs[1].code, (EventCode{"191", ""}));
  // Listed forms are all the forms: no regular ones are added.
  EXPECT_EQ(d.verbs[2].forms, (std::vector<std::string>{"HARRY", "HARRIES", "HARRIED", "HARRYING"}));
  EXPECT_EQ(Show(d.verbs[3].phrase), "CARRY OFF");
  EXPECT_EQ(d.verbs[3].head, 0u);
  EXPECT_EQ(d.verbs[3].forms, (std::vector<std::string>{"CARRY", "CARRIES", "CARRIED", "CARRYING"}));
  EXPECT_EQ(Show(d.verbs[4].phrase), "SHIP OF STEAL");
  EXPECT_EQ(d.verbs[4].head, 2u);
  EXPECT_EQ(d.verbs[4].code, (EventCode{"192", ""}));
  EXPECT_EQ(d.verbs[4].forms, (std::vector<std::string>{"STEAL", "STEALS", "STEALED", "STEALING"}));
  EXPECT_EQ(Show(d.verbs[5].phrase), "TAKE AWAY");
  EXPECT_EQ(d.verbs[5].forms, (std::vector<std::string>{"TAKE", "TOOK", "TAKEN", "TAKES"}));
  // A listed form with other particles is a verb of its own.
  EXPECT_EQ(Show(d.verbs[6].phrase), "TAKE ALONG");
  EXPECT_EQ(d.verbs[6].forms, (std::vector<std::string>{"TAKE"}));
  for (size_t i = 0; i < 7; ++i)
    EXPECT_EQ(Patterns(d.verbs[i]), (std::vector<std::string>{"* W(GRANARY) [193]", "$ * + [194]"})) << i;
  EXPECT_EQ(Show(d.verbs[7].phrase), "MEND");
  EXPECT_EQ(d.verbs[7].code, (EventCode{"---", ""}));
  EXPECT_TRUE(d.verbs[7].patterns.empty());
  EXPECT_TRUE(d.warnings.empty()) << Warnings(d);
}

TEST(PeerDictionaryPetrarchVerbs, SynsetsGetPluralsAndMayComeLater) {
  auto d = Parse(
      "--- BARTER [060] ---\n"
      "BARTER\n"
      "- * &WARES [061]\n"
      "- * &TOOLS_ [062]\n"
      "- * &LOADS [063]\n"
      "- DID_N'T_* [064]\n"
      "&WARES\n"
      "+POTTERY\n"
      "+IRON_BAR\n"
      "+GLASS\n"
      "+FLAX_\n"
      "&TOOLS_\n"
      "+HOE\n"
      "&LOADS\n"
      "+&TOOLS\n"
      "+CART\n",
      "verbs", kPetrarch1);
  ASSERT_EQ(d.verbs.size(), 1u) << Warnings(d);
  EXPECT_EQ(Patterns(d.verbs[0]), (std::vector<std::string>{
                                      "* W(POTTERY|POTTERIES|IRON BAR|IRON BARS|GLASS|GLASSES|FLAX) [061]",
                                      "* W(HOE) [062]",  // a label ending in '_' gets no plurals
                                      "* W(HOE|CART|CARTS) [063]",
                                      "W(DID) _W(N'T) _* [064]",
                                  }));
  EXPECT_TRUE(d.warnings.empty()) << Warnings(d);
}

TEST(PeerDictionaryPetrarchVerbs, Petrarch2GroupsAndTransformations) {
  auto d = Parse(
      "####### SYNONYM SETS #######\n"
      "&BEAST\n"
      "+OX\n"
      "+MULE\n"
      "####### VERB PATTERNS #######\n"
      "---  HERD   [---]  ---\n"
      "HERD\n"
      "DRIVE {DRIVES DROVE DRIVEN DRIVING}\n"
      "- * {LONG CATTLE TRAIN}                  [061]   # noun phrase\n"
      "- * (TO MARKET)                          [062]\n"
      "- * (TO + BORDER)                        [063]\n"
      "- * (OF {&BEAST CARTS}) $                [064]\n"
      "- &BEAST * (FROM ^)                      [:065]\n"
      "######## TRANSFORMATIONS ##########\n"
      "~ a (a b HERD) SAY = a b 066\n",
      "verbs", kPetrarch2);
  ASSERT_EQ(d.verbs.size(), 2u) << Warnings(d);
  EXPECT_EQ(d.verbs[1].forms, (std::vector<std::string>{"DRIVE", "DRIVES", "DROVE", "DRIVEN", "DRIVING"}));
  // Words of a group follow one another; '$', '+'... inside are not held to that.
  EXPECT_EQ(Patterns(d.verbs[0]), (std::vector<std::string>{
                                      "* W(LONG) _W(CATTLE) _W(TRAIN) [061]",
                                      "* W(TO) _W(MARKET) [062]",
                                      "* W(TO) + W(BORDER) [063]",
                                      "* W(OF) _W(OX|OXES|MULE|MULES) _W(CARTS) $ [064]",
                                      "W(OX|OXES|MULE|MULES) * W(FROM) ^ [:065]",
                                  }));
  ASSERT_EQ(d.transformations.size(), 1u);
  EXPECT_EQ(d.transformations[0].text, "a (a b HERD) SAY = a b 066");
  EXPECT_EQ(d.transformations[0].origin, "test.dict:15");
  EXPECT_TRUE(d.warnings.empty()) << Warnings(d);
}

TEST(PeerDictionaryPetrarchVerbs, MalformedLinesWarn) {
  auto d = Parse(
      "STRAY\n"                      // 1: no block yet
      "--- GRAZE [060] [061] ---\n"  // 2: two codes
      "GRAZE_ON_PASTURE\n"           // 3: no '+'
      "+CROP {+CROPS_SHORT}\n"       // 4: a form with particles the verb lacks: a verb of its own
      "+NIBBLE_AT {NIBBLES_AT}\n"    // 5: multi-word form without '+'
      "- * (TO MEADOW [062]\n"       // 6: unclosed group
      "- * MEADOW) [063]\n",         // 7: stray ')'
      "verbs", kPetrarch2, "g.txt");
  std::vector<std::string> expected = {
      "g.txt:1: verb before any '--- NAME [code] ---' block; null default code",
      "g.txt:2: block header has more than one code; the first is used",
      "g.txt:3: multi-word verb without a '+' on its verb; the first word is used",
      "g.txt:5: multi-word form NIBBLES_AT needs a '+' on its verb; skipped",
      "g.txt:6: pattern skipped: missing ')'",
      "g.txt:7: pattern skipped: unexpected ')'",
  };
  EXPECT_EQ(d.warnings, expected);
  ASSERT_EQ(d.verbs.size(), 5u);
  EXPECT_EQ(d.verbs[1].code, (EventCode{"060", ""}));
  EXPECT_EQ(Show(d.verbs[3].phrase), "CROPS SHORT");
}

// ---------------------------------------------------------------------------------------------
// Files and directories

class PeerDictionaryDir : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("sitrep_peer_dictionary_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  void Write(const std::string& name, const std::string& text) { std::ofstream(dir_ / name) << text; }

  fs::path dir_;
};

TEST_F(PeerDictionaryDir, ReadsEveryKindByNameAndSkipsTheRest) {
  Write("Vale.actors", "VALE_TOWN [VLT]\nHILLMEN [HIL]\n");
  Write("Vale.agents", "REEVE_ [~GOV]\n");
  Write("Vale.verbs", "PLUNDER [190]\n- * GRANARY [191]\n");
  Write("Vale.options", "COMPLEX: VERBS[5]\n");
  Write("Vale.project", "<actorsfile> Vale.actors\n");
  Write("notes.txt", "not a dictionary\n");
  PeerDictionaries d;
  ASSERT_TRUE(ReadPeerDictionaryDir(dir_.string(), &d).ok());
  EXPECT_EQ(d.actors.size(), 2u);
  EXPECT_EQ(Show(d.actors[0].phrases[0]), "VALE TOWN~");  // TABARI: no .txt extension
  EXPECT_EQ(d.agents.size(), 1u);
  EXPECT_EQ(d.verbs.size(), 1u);
  EXPECT_TRUE(d.warnings.empty()) << Warnings(d);
}

TEST_F(PeerDictionaryDir, PetrarchDialectComesFromTheVerbsFile) {
  Write("Vale.discards.txt", "HARVEST FAIR\n");
  Write("Vale.verbs.txt", "--- PLUNDER [190] ---\nPLUNDER\n- * GRANARY [191]\n");
  PeerDictionaries one;
  ASSERT_TRUE(ReadPeerDictionaryDir(dir_.string(), &one).ok());
  ASSERT_EQ(one.discards.size(), 1u);
  EXPECT_EQ(Show(one.discards[0].phrase), "HARVEST FAIR~");  // PETRARCH-1

  Write("CAMEO.9.9.txt", "####### VERB PATTERNS #######\n--- SACK [190] ---\nSACK\n- * (OF TOWN) [191]\n");
  PeerDictionaries two;
  ASSERT_TRUE(ReadPeerDictionaryDir(dir_.string(), &two).ok());
  ASSERT_EQ(two.discards.size(), 1u);
  EXPECT_EQ(Show(two.discards[0].phrase), "HARVEST FAIR");  // PETRARCH-2
  EXPECT_EQ(two.verbs.size(), 2u);
}

TEST_F(PeerDictionaryDir, ErrorsNameTheProblem) {
  PeerDictionaries d;
  EXPECT_EQ(ReadPeerDictionaryDir((dir_ / "missing").string(), &d).code(), Status::Code::kNotFound);
  EXPECT_EQ(ReadPeerDictionaryDir(dir_.string(), &d).code(), Status::Code::kNotFound);  // nothing to read
  EXPECT_EQ(ReadPeerDictionary((dir_ / "none.actors").string(), "actors", kTabari, &d).code(),
            Status::Code::kIoError);
  Write("x.actors", "VALE [VLE]\n");
  EXPECT_EQ(ReadPeerDictionary((dir_ / "x.actors").string(), "issues", kTabari, &d).code(),
            Status::Code::kInvalidArgument);
  ASSERT_TRUE(ReadPeerDictionary((dir_ / "x.actors").string(), "actors", kTabari, &d).ok());
  ASSERT_EQ(d.actors.size(), 1u);
  EXPECT_TRUE(Contains(d.actors[0].origin, "x.actors:1"));
}

// ---------------------------------------------------------------------------------------------
// The real dictionaries (../shared), when present

struct Counts {
  size_t actors = 0, agents = 0, discards = 0, verbs = 0, patterns = 0;
};

Counts Load(const fs::path& dir, PeerDictionaries* d) {
  Status status = ReadPeerDictionaryDir(dir.string(), d);
  EXPECT_TRUE(status.ok()) << dir << ": " << status.message();
  Counts c{d->actors.size(), d->agents.size(), d->discards.size(), d->verbs.size()};
  for (const auto& v : d->verbs) c.patterns += v.patterns.size();
  std::printf(
      "%s: %zu actors, %zu agents, %zu discards, %zu verbs, %zu patterns (all verbs), %zu transformations, "
      "%zu warnings\n",
      dir.string().c_str(), c.actors, c.agents, c.discards, c.verbs, c.patterns, d->transformations.size(),
      d->warnings.size());
  for (const auto& w : d->warnings) std::printf("  %s\n", w.c_str());
  return c;
}

TEST(PeerDictionaryRealFiles, LoadsEverySet) {
  fs::path peers = fs::path(SITREP_SHARED) / "peers" / "petrarch2";
  if (!fs::exists(SITREP_SHARED)) GTEST_SKIP() << SITREP_SHARED << " is absent: no real dictionaries to load";
  if (!fs::exists(peers)) GTEST_SKIP() << peers << " is absent";

  PeerDictionaries tabari;
  Counts t = Load(peers / "tabari_validation", &tabari);
  EXPECT_GT(t.actors, 100u);
  EXPECT_GT(t.agents, 50u);
  EXPECT_GT(t.verbs, 250u);
  EXPECT_GT(t.patterns, 300u);
  EXPECT_FALSE(tabari.nouns.empty());
  EXPECT_LE(tabari.warnings.size(), 5u);

  for (const char* suite : {"petrarch1_validation", "petrarch2/validation"}) {
    PeerDictionaries petrarch;
    Counts p = Load(peers / suite, &petrarch);
    EXPECT_GT(p.actors, 100u) << suite;
    EXPECT_GT(p.agents, 50u) << suite;
    EXPECT_GT(p.discards, 5u) << suite;
    EXPECT_GT(p.verbs, 250u) << suite;
    EXPECT_GT(p.patterns, 400u) << suite;
    EXPECT_LE(petrarch.warnings.size(), 5u) << suite;
  }

  PeerDictionaries phoenix;
  Counts c = Load(peers / "petrarch2" / "dictionaries", &phoenix);
  EXPECT_GT(c.actors, 10000u);
  EXPECT_GT(c.agents, 1000u);
  EXPECT_GT(c.discards, 400u);
  EXPECT_GT(c.verbs, 1000u);
  EXPECT_GT(c.patterns, 40000u);
  EXPECT_FALSE(phoenix.transformations.empty());
  EXPECT_LE(phoenix.warnings.size(), 40u);
}

}  // namespace
}  // namespace sitrep::peer
