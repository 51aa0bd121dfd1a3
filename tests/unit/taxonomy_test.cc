// ACLED's actor types and interactions from CAMEO actor codes (coder/taxonomy.h).
#include "coder/taxonomy.h"

#include <gtest/gtest.h>

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
