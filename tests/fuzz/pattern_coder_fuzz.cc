// The pattern coder on arbitrary sentences, with a small fixed dictionary set in each dialect
// (invented actors, agents, a discard and verbs whose patterns use '$', '+', '%', '^', synsets
// and alternatives). The first byte chooses the dialect and a few options; the rest is the
// sentence.
#include <cstdint>
#include <string>
#include <string_view>

#include "peer/pattern_coder.h"
#include "peer/dictionary.h"

namespace {

using sitrep::peer::DictionaryDialect;
using sitrep::peer::PeerDictionaries;

constexpr char kTabariActors[] =
    "VELDARA [VEL]\n"
    "OSTMARK_ [OST]\n"
    "+PORT_VELDA\n"
    "THE_HIGHLANDS [SHR]\n"
    "BREKKER_ [VEL <950601] [OST >950601]\n"
    "UMBROSA [UMB/HAR]\n"
    "MASKED_RIDERS [###]\n"
    "WIZARD_COUNCIL [+++]\n"
    "BRELLA [---]\n"
    "<NOUN>\n"
    "ATTACK_DOG\n"
    "</NOUN>\n"
    "<ADJECTIVE>\n"
    "NORTHERN\n"
    "</ADJECTIVE>\n";
constexpr char kPetrarchActors[] =
    "VELDARA [VEL]\n"
    "OSTMARK [OST]\n"
    "+PORT_VELDA\n"
    "THE_HIGHLANDS [SHR]\n"
    "BREKKER [VEL <950601] [OST >950601]\n"
    "UMBROSA [UMB/HAR]\n"
    "MASKED_RIDERS [###]\n"
    "BRELLA [---]\n";
constexpr char kTabariAgents[] =
    "MINISTER [~GOV]\n"
    "REBEL [~REB]\n"
    "RELIEF_CORPS_ [NGO~]\n";
constexpr char kPetrarchAgents[] =
    "!KIN! = MAN, MEN, WOMAN\n"
    "MINISTER [~GOV]\n"
    "REBEL [~REB]\n"
    "RELIEF_CORPS {RELIEF_CORPSS} [NGO~]\n"
    "SEA!KIN! [~SHP]\n";
constexpr char kDiscards[] =
    "HARVEST_FESTIVAL\n"
    "+FOOTBALL_\n";
constexpr char kTabariVerbs[] =
    "<SYNSETS>\n"
    "&WEAPON\n"
    "+SWORD\n"
    "+BOW_\n"
    "+SIEGE ENGINE\n"
    "&PARLEY\n"
    "+TALKS\n"
    "+TREATY_WITH_+\n"
    "</SYNSETS>\n"
    "ACCUSE [112]\n"
    "- * + OF [111]\n"
    "- $ * + OF_&WEAPON [113]\n"
    "MEET_ [040]\n"
    "{ MET_ MEETING_ }\n"
    "- % * [043]\n"
    "- $ * WITH_+ [043]\n"
    "- % * ON_&PARLEY [046]\n"
    "ATTACK [190]\n"
    "- $ * + WITH &WEAPON [193]\n"
    "- * ^ + [191]\n"
    "- + WAS_*_BY $ [192:190]\n"
    "SAY_ [010]\n"
    "{ SAID_ }\n"
    "- $ * + WOULD { HELP | AID_ } [030]\n"
    "THREATEN [130]\n"
    "- * TO_ATTACK + [138]\n"
    "PRAISE [051?]\n"
    "CONDEMN [122:121]\n"
    "BURN_DOWN_ [###]\n";
constexpr char kPetrarch1Verbs[] =
    "&WEAPON\n"
    "+SWORD\n"
    "+BOW\n"
    "+SIEGE_ENGINE\n"
    "--- ACCUSE [112] ---\n"
    "ACCUSE\n"
    "BLAME\n"
    "- * + OF [111]\n"
    "- $ * + OF &WEAPON [113]\n"
    "--- MEET [040] ---\n"
    "MEET {MEETS MET MEETING}\n"
    "- % * [043]\n"
    "- $ * WITH + [043]\n"
    "--- ATTACK [190] ---\n"
    "ATTACK\n"
    "+CARRY_OUT {+CARRIES_OUT +CARRIED_OUT}\n"
    "- $ * + WITH &WEAPON [193]\n"
    "- * ^ + [191]\n"
    "--- SAY [010] ---\n"
    "SAY {SAYS SAID SAYING}\n"
    "- $ * + WOULD {HELP | AID} [030]\n"
    "--- CONDEMN [122:121] ---\n"
    "CONDEMN\n";
constexpr char kPetrarch2Verbs[] =
    "####### SYNONYM SETS #######\n"
    "&WEAPON\n"
    "+SWORD\n"
    "+BOW\n"
    "####### VERB PATTERNS #######\n"
    "--- ACCUSE [112] ---\n"
    "ACCUSE\n"
    "- * + (OF &WEAPON) [113]\n"
    "- * (OF +) [111]\n"
    "--- MEET [040] ---\n"
    "MEET {MEETS MET MEETING}\n"
    "- % * [043]\n"
    "- * (WITH +) [043]\n"
    "- * {NEW TALKS} (WITH +) [046]\n"
    "--- ATTACK [190] ---\n"
    "ATTACK\n"
    "- $ * + (WITH &WEAPON) [193]\n"
    "- * ^ + [191]\n"
    "- * (BY $) [:190]\n"
    "--- GREET [---] ---\n"
    "GREET\n"
    "- % * [:042]\n"
    "--- SAY [010] ---\n"
    "SAY {SAYS SAID SAYING}\n"
    "######## TRANSFORMATIONS ##########\n"
    "~ a (a b ATTACK) SAY = a b 190\n";

PeerDictionaries Build(DictionaryDialect dialect) {
  bool tabari = dialect == DictionaryDialect::kTabari;
  PeerDictionaries d;
  using sitrep::peer::ParsePeerDictionary;
  ParsePeerDictionary(tabari ? kTabariActors : kPetrarchActors, "fixed.actors", "actors", dialect, &d);
  ParsePeerDictionary(tabari ? kTabariAgents : kPetrarchAgents, "fixed.agents", "agents", dialect, &d);
  ParsePeerDictionary(kDiscards, "fixed.discards", "discards", dialect, &d);
  ParsePeerDictionary(tabari                                     ? kTabariVerbs
                      : dialect == DictionaryDialect::kPetrarch1 ? kPetrarch1Verbs
                                                                 : kPetrarch2Verbs,
                      "fixed.verbs", "verbs", dialect, &d);
  // The fixed set is written to read cleanly: a warning means the reader changed under it.
  if (!d.warnings.empty() || d.verbs.empty() || d.actors.empty()) __builtin_trap();
  return d;
}

const PeerDictionaries& Fixed(DictionaryDialect dialect) {
  static const PeerDictionaries sets[3] = {Build(DictionaryDialect::kTabari), Build(DictionaryDialect::kPetrarch1),
                                           Build(DictionaryDialect::kPetrarch2)};
  return sets[static_cast<int>(dialect)];
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // A sentence, not a document: the coder is given one sentence at a time.
  if (size == 0 || size > 4096) return 0;
  uint8_t choice = data[0];
  std::string_view sentence(reinterpret_cast<const char*>(data + 1), size - 1);
  auto dialect = static_cast<DictionaryDialect>(choice % 3);
  sitrep::peer::PatternCoderOptions options = dialect == DictionaryDialect::kTabari
                                                   ? sitrep::peer::TabariDefaultOptions()
                                                   : sitrep::peer::PatternCoderOptions{};
  using CodeBy = sitrep::peer::PatternCoderOptions::CodeBy;
  options.code_by = (choice / 3) % 3 == 0 ? CodeBy::kClause : (choice / 3) % 3 == 1 ? CodeBy::kSentence : CodeBy::kAll;
  options.require_dyad = (choice / 9) % 2 == 0;
  sitrep::peer::PatternCoder coder(Fixed(dialect), options);
  if ((choice / 18) % 2) {
    // TABARI's option lines, as its suite sets them between records.
    coder.SetOption("COMMA: OFF");
    coder.SetOption("DEFAULT: SOURCE [DEF] PRIOR TARGET [TAR] AFTER");
    coder.SetOption("COMPLEX: VERBS[3] CONJ[2] NOACTPRIOR");
  }
  for (long day : {9000L, 20000L}) {
    auto coding = coder.Code(sentence, day);
    if (coding.discarded && !coding.events.empty()) __builtin_trap();
    if (coding.complex && !coding.events.empty()) __builtin_trap();
    for (const auto& event : coding.events)
      if (event.code.empty() || event.source.empty() || event.target.empty()) __builtin_trap();
  }
  return 0;
}
