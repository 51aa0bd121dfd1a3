#include "coder/taxonomy.h"

#include <unicode/uloc.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <set>
#include <unordered_map>
#include <vector>

#include "coder/grammar.h"
#include "coder/mentions.h"
#include "lexicon/acled.h"

namespace sitrep::coder {

// Strings compare with "..."sv literals, whose lengths are constants: a bare literal would be
// measured and compared out of line at every test.
using namespace std::string_view_literals;

bool IsDirectViolence(const std::string& cameo) {
  return StartsWith(cameo, {"18", "19", "20"}) && !IsRemoteViolence(cameo) && !StartsWith(cameo, {"192"});
}

namespace {

const char kRiots[] = "Riots";
const char kProtests[] = "Protests";

}  // namespace

bool IsRemoteViolence(std::string_view cameo) { return StartsWith(cameo, {"183", "194", "195", "204"}); }

AcledType ClassifyAcled(const std::string& cameo, const AcledType& base, const std::string& source_code,
                        bool source_is_state, const std::string& target_code) {
  AcledType t = base;
  if (t.type.empty()) return t;
  std::string_view source = RoleOf(source_code), target = RoleOf(target_code);
  source_is_state |= IsStateRole(source);  // "security forces" with no country named
  bool force = IsDirectViolence(cameo) || StartsWith(cameo, {"17", "145"});
  // Crowds: protesters' violence or vandalism is a violent demonstration; a crowd's lynching or
  // beating, with no protest named, is mob violence.
  if (source == "OPP"sv && (force || IsRemoteViolence(cameo))) return {kRiots, "Violent demonstration"};
  if (source == "CVL"sv && force) return {kRiots, StartsWith(cameo, {"171"}) ? "Violent demonstration" : "Mob violence"};
  // A state's force against protesters: tear gas, dispersal and arrests are an intervention; killing
  // or beating them is excessive force.
  if (target == "OPP"sv && source_is_state) {
    // (An intervention already found to have killed or wounded stays excessive force.)
    if (StartsWith(cameo, {"175"}))
      return t.sub_type == "Excessive force against protesters"sv ? t : AcledType{kProtests, "Protest with intervention"};
    if (IsDirectViolence(cameo)) return {kProtests, "Excessive force against protesters"};
  }
  // Civilians (and the unarmed: pupils, patients, worshippers, the displaced) hit by direct
  // violence: violence against civilians (abductions keep their sub-type).
  if (IsUnarmedRole(target) && target != "OPP"sv && IsDirectViolence(cameo) && t.type != "Violence against civilians"sv)
    return {"Violence against civilians", "Attack"};
  // Whose territory: a battle for it only (a place handed over or left is a non-violent transfer).
  if (StartsWith(cameo, {"192"}) && !source_is_state && t.type == "Battles"sv) t.sub_type = "Non-state actor overtakes territory";
  return t;
}

int InterCode(const std::string& code, const std::string& type, const std::string& event_iso3) {
  if (code.empty()) return 0;
  if (code.starts_with("IGO")) return 8;  // international missions and coalitions
  if (code.starts_with("IMG")) return 2;  // international militant groups
  std::string_view role = RoleOf(code);
  bool country_only = code.size() == 3 && role.empty();
  if (country_only || IsStateRole(role)) {
    bool foreign = !event_iso3.empty() && code.compare(0, 3, event_iso3) != 0;
    return foreign ? 8 : 1;
  }
  if (role == "REB"sv || role == "INS"sv || role == "SEP"sv) return 2;
  if (role == "UAF"sv || role == "CRM"sv) return 3;
  if (role == "OPP"sv) return type == "Riots"sv ? 5 : 6;
  if (IsUnarmedRole(role)) return 7;
  return 3;  // a named armed group of no listed role
}

void ClassifyInteraction(Event* e) {
  if (!e->acled_type) return;
  std::string iso3 = e->location && e->location->country.size() == 2 ? Iso3Of(e->location->country) : "";
  e->inter1 = e->source ? InterCode(e->source->code, *e->acled_type, iso3) : 0;
  e->inter2 = e->target ? InterCode(e->target->code, *e->acled_type, iso3) : 0;
  int low = std::min(e->inter1, e->inter2), high = std::max(e->inter1, e->inter2);
  e->interaction = low == 0 ? high * 10 : low * 10 + high;
  e->civilian_targeting = e->inter2 == 7 && (*e->acled_type == "Violence against civilians"sv ||
                                             *e->acled_type == "Explosions/Remote violence"sv);
}

std::string Iso3Of(const std::string& iso2) {
  // ICU's lookup is costly and asked for every located event: each thread keeps its answers.
  thread_local std::unordered_map<std::string, std::string> known;
  auto [it, added] = known.try_emplace(iso2);
  if (added) {
    const char* iso3 = uloc_getISO3Country(("_" + iso2).c_str());
    if (iso3 && std::strlen(iso3) == 3) it->second = iso3;
  }
  return it->second;
}

void ClassifyTerritoryByPlace(Event* e, const std::vector<std::string>& countries_named) {
  if (e->cameo.rfind("192", 0) != 0 || e->acled_type != std::optional<std::string>("Battles") || !e->location ||
      e->location->country.size() != 2 || !e->source || e->source->code.size() < 6)
    return;
  std::string iso3 = Iso3Of(e->location->country);
  if (iso3.empty() || std::find(countries_named.begin(), countries_named.end(), iso3) == countries_named.end()) return;
  bool own_state = e->source->code.compare(0, 3, iso3) == 0 && IsStateRole(e->source->code.substr(3, 3));
  e->acled_sub_type = own_state ? "Government regains territory" : "Non-state actor overtakes territory";
}

namespace {

// What ClassifyAcled and the coder's passes decide from the participants, means and cues: kept
// beside them so that the table says what the code does.
const std::map<std::string_view, std::string_view>& RulesBySubType() {
  static const std::map<std::string_view, std::string_view> kRules = {
      {"Armed clash", "direct violence (19) between armed sides"},
      {"Government regains territory", "a capture (192) by a state's forces in their own state"},
      {"Non-state actor overtakes territory",
       "a capture (192) by a non-state actor, or by a state's forces outside their own state"},
      {"Attack", "direct violence (18, 19, 20) against civilians or other unarmed people (not protesters)"},
      {"Peaceful protest", "a march or a gathering (sense `unarmed`) of people who are no armed force"},
      {"Protest with intervention", "a state's dispersal, tear gas or arrests (175) against protesters"},
      {"Excessive force against protesters", "a state's direct violence against protesters"},
      {"Violent demonstration",
       "protesters' force or vandalism; civilians' property destruction; vandalism nobody is named for in a "
       "report that names demonstrators and no armed group"},
      {"Mob violence", "civilians' force against people (a crowd, villagers, residents)"},
      {"Non-violent transfer of territory",
       "a capture or an entry into a place (190, 192, 193) with an `unopposed` cue (sans combat, without a "
       "fight, after the withdrawal of)"},
  };
  return kRules;
}

std::string Join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + ("`" + item + "`");
  return out.empty() ? "—" : out;
}

}  // namespace

std::string AcledTable(const lexicon::Lexicon& lexicon) {
  // The sub-type each CAMEO code gives, by its longest listed prefix (data/coder/cameo.lex).
  std::map<std::string, std::string> by_code;
  for (const auto* table : lexicon.Find("cameo", "*"))
    for (const auto& row : table->rows) by_code[row[0]] = row[3];
  auto sub_type_of = [&](const std::string& cameo) -> std::string {
    for (size_t n = cameo.size(); n > 0; --n)
      if (auto it = by_code.find(cameo.substr(0, n)); it != by_code.end()) return it->second;
    return "-";
  };
  std::string out =
      "# ACLED sub-event types and what selects them\n\n"
      "Generated from the lexicon by `sitrep lexicon acled-table` (a test checks this file against it): do not\n"
      "edit by hand. An event takes the ACLED sub-event type of its CAMEO code (`data/coder/cameo.lex`, a code\n"
      "not listed takes its longest listed prefix), unless its predicate names another (`acled_senses.lex`)\n"
      "or the means its clause names give it a code or a type (`means.lex`); then the participants may move\n"
      "it (the rules below each type, `src/coder/taxonomy.cc`).\n";
  for (const auto& t : lexicon::AcledSubTypes()) {
    std::string sub_type(t.sub_type);
    out += "\n## " + std::string(t.type) + ": " + sub_type + "\n\n";
    out += "Disorder type: " + std::string(lexicon::AcledDisorderTypeOf(sub_type)) + ".\n\n";
    std::vector<std::string> codes;
    for (const auto& [code, st] : by_code)
      if (st == sub_type) codes.push_back(code);
    out += "- CAMEO codes: " + Join(codes) + "\n";
    if (auto rule = RulesBySubType().find(sub_type); rule != RulesBySubType().end())
      out += "- By participants, means or cues: " + std::string(rule->second) + "\n";
    for (const char* lang : {"fr", "en"}) {
      std::set<std::string> sensed;
      std::vector<std::string> predicates, means;
      for (const auto* table : lexicon.Find("acled_senses", lang))
        for (const auto& row : table->rows) {
          sensed.insert(row[0]);
          if (row[1] == sub_type) predicates.push_back(row[0]);
        }
      for (const auto* table : lexicon.Find("predicates", lang))
        for (const auto& row : table->rows)
          if (!sensed.count(row[0]) && sub_type_of(row[1]) == sub_type) predicates.push_back(row[0]);
      for (const auto* table : lexicon.Find("means", lang))
        for (const auto& row : table->rows)
          if (row[2] == sub_type || (row[2] == "-"sv && sub_type_of(row[1]) == sub_type)) means.push_back(row[0]);
      out += "- Predicates (" + std::string(lang) + "): " + Join(predicates) + "\n";
      if (!means.empty()) out += "- Means (" + std::string(lang) + "): " + Join(means) + "\n";
    }
  }
  return out;
}

}  // namespace sitrep::coder
