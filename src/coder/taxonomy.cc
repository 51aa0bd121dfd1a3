#include "coder/taxonomy.h"

#include <unicode/uloc.h>

#include <algorithm>
#include <cstring>
#include <unordered_map>

#include "coder/grammar.h"
#include "coder/mentions.h"

namespace sitrep::coder {
namespace {

// Direct violence against people: assault, fighting, mass killing, coercion by force.
bool IsDirectViolence(const std::string& cameo) {
  return StartsWith(cameo, {"18", "19", "20"}) && !IsRemoteViolence(cameo) && !StartsWith(cameo, {"192"});
}

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
  if (source == "OPP" && (force || IsRemoteViolence(cameo))) return {kRiots, "Violent demonstration"};
  if (source == "CVL" && force) return {kRiots, StartsWith(cameo, {"171"}) ? "Violent demonstration" : "Mob violence"};
  // A state's force against protesters: tear gas, dispersal and arrests are an intervention; killing
  // or beating them is excessive force.
  if (target == "OPP" && source_is_state) {
    if (StartsWith(cameo, {"175"})) return {kProtests, "Protest with intervention"};
    if (IsDirectViolence(cameo)) return {kProtests, "Excessive force against protesters"};
  }
  // Civilians (and the unarmed: pupils, patients, worshippers, the displaced) hit by direct
  // violence: violence against civilians (abductions keep their sub-type).
  if (IsUnarmedRole(target) && target != "OPP" && IsDirectViolence(cameo) && t.type != "Violence against civilians")
    return {"Violence against civilians", "Attack"};
  if (StartsWith(cameo, {"192"}) && !source_is_state) t.sub_type = "Non-state actor overtakes territory";
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
  if (role == "REB" || role == "INS" || role == "SEP") return 2;
  if (role == "UAF" || role == "CRM") return 3;
  if (role == "OPP") return type == "Riots" ? 5 : 6;
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
  e->civilian_targeting = e->inter2 == 7 && (*e->acled_type == "Violence against civilians" ||
                                             *e->acled_type == "Explosions/Remote violence");
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

void ClassifyTerritoryByPlace(Event* e) {
  if (e->cameo.rfind("192", 0) != 0 || !e->acled_sub_type || !e->location || e->location->country.size() != 2 ||
      !e->source || e->source->code.size() < 6)
    return;
  std::string iso3 = Iso3Of(e->location->country);
  if (iso3.empty()) return;
  bool own_state = e->source->code.compare(0, 3, iso3) == 0 && IsStateRole(e->source->code.substr(3, 3));
  e->acled_sub_type = own_state ? "Government regains territory" : "Non-state actor overtakes territory";
}

}  // namespace sitrep::coder
