// ACLED's actor types and interactions from CAMEO actor codes (coder/taxonomy.h).
#include "coder/taxonomy.h"
#include "lexicon/acled.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "test_support.h"

namespace sitrep::coder {
namespace {

TEST(InterCode, StatesAtHomeRebelsMilitiasProtestersCivilians) {
  EXPECT_EQ(InterCode("SDNMIL", "Battles", "SDN"), 1);
  EXPECT_EQ(InterCode("SDN", "Battles", "SDN"), 1);             // a state named alone
  EXPECT_EQ(InterCode("SDNREB", "Battles", "SDN"), 2);
  EXPECT_EQ(InterCode("IMGMUSISI", "Battles", "IRQ"), 2);       // an international militant group
  EXPECT_EQ(InterCode("MLIUAF", "Violence against civilians", "MLI"), 3);
  EXPECT_EQ(InterCode("LKAOPP", "Protests", "LKA"), 6);
  EXPECT_EQ(InterCode("LKAOPP", "Riots", "LKA"), 5);            // protesters who riot are rioters
  EXPECT_EQ(InterCode("NGAEDU", "Violence against civilians", "NGA"), 7);
  EXPECT_EQ(InterCode("", "Battles", "NGA"), 0);
}

TEST(InterCode, ForcesAbroadAndMissionsAreExternal) {
  EXPECT_EQ(InterCode("RUSMIL", "Battles", "UKR"), 8);
  EXPECT_EQ(InterCode("IGOAFRAFU", "Battles", "SOM"), 8);
  EXPECT_EQ(InterCode("RUSMIL", "Battles", ""), 1);  // where it happened is unknown: at home
}

TEST(ClassifyInteraction, LowerDigitFirstAndCivilianTargeting) {
  Event e;
  e.acled_type = "Violence against civilians";
  e.source = Actor{"gunmen", "MLIUAF", "armed group"};
  e.target = Actor{"villagers", "MLICVL", "civilians"};
  e.location = Place{"Sévaré", "Sévaré", 1, "ML", "", 0, 0, "city"};
  ClassifyInteraction(&e);
  EXPECT_EQ(e.inter1, 3);
  EXPECT_EQ(e.inter2, 7);
  EXPECT_EQ(e.interaction, 37);
  EXPECT_TRUE(e.civilian_targeting);

  Event battle;
  battle.acled_type = "Battles";
  battle.source = Actor{"the rebels", "CODREB", "rebels"};
  battle.target = Actor{"the army", "CODMIL", "military"};
  ClassifyInteraction(&battle);
  EXPECT_EQ(battle.interaction, 12);  // lower digit first
  EXPECT_FALSE(battle.civilian_targeting);

  Event alone;
  alone.acled_type = "Protests";
  alone.source = Actor{"protesters", "HTIOPP", "protesters"};
  ClassifyInteraction(&alone);
  EXPECT_EQ(alone.interaction, 60);  // one actor: its digit and 0
}

}  // namespace
}  // namespace sitrep::coder

namespace sitrep::lexicon {
namespace {

TEST(AcledTable, EverySubTypeHasItsTypeAndDisorderType) {
  EXPECT_EQ(AcledSubTypes().size(), 25u);
  EXPECT_EQ(AcledTypeOf("Grenade"), "Explosions/Remote violence");
  EXPECT_EQ(AcledTypeOf("Disrupted weapons use"), "Strategic developments");
  EXPECT_EQ(AcledTypeOf("No such type"), "");
  EXPECT_EQ(AcledDisorderTypeOf("Armed clash"), "Political violence");
  EXPECT_EQ(AcledDisorderTypeOf("Mob violence"), "Political violence");
  EXPECT_EQ(AcledDisorderTypeOf("Violent demonstration"), "Demonstrations");
  EXPECT_EQ(AcledDisorderTypeOf("Peaceful protest"), "Demonstrations");
  EXPECT_EQ(AcledDisorderTypeOf("Excessive force against protesters"), "Political violence; Demonstrations");
  EXPECT_EQ(AcledDisorderTypeOf("Arrests"), "Strategic developments");
  for (const auto& t : AcledSubTypes()) EXPECT_FALSE(AcledDisorderTypeOf(t.sub_type).empty()) << t.sub_type;
}

}  // namespace
}  // namespace sitrep::lexicon

namespace sitrep::coder {
namespace {

TEST(AcledTable, TheDocumentIsTheLexiconsTable) {
  std::ifstream in(std::string(SITREP_TEST_DATA) + "/../docs/ACLED.md");
  std::stringstream doc;
  doc << in.rdbuf();
  std::string table = AcledTable(testing::TestLexicon());
  EXPECT_EQ(doc.str(), table) << "docs/ACLED.md is stale: build/sitrep lexicon acled-table > docs/ACLED.md";
  // Every sub-type has a section, and what selects it is listed.
  for (const auto& t : lexicon::AcledSubTypes())
    EXPECT_NE(table.find(": " + std::string(t.sub_type) + "\n"), std::string::npos) << t.sub_type;
  EXPECT_NE(table.find("`grenade`"), std::string::npos);
  EXPECT_NE(table.find("`désamorcer`"), std::string::npos);
}

}  // namespace
}  // namespace sitrep::coder
