#include "coder/taxonomy.h"

#include <unicode/uloc.h>

#include <cstring>
#include <unordered_map>

#include "coder/grammar.h"
#include "coder/mentions.h"

namespace sitrep::coder {
namespace {

// Explosions and remote violence keep their type whoever they hit (ACLED marks the civilians
// hit, it does not make the event an attack on them).
bool IsRemoteViolence(const std::string& cameo) { return StartsWith(cameo, {"183", "194", "195", "204"}); }

// Direct violence against people: assault, fighting, mass killing, coercion by force.
bool IsDirectViolence(const std::string& cameo) {
  return StartsWith(cameo, {"18", "19", "20"}) && !IsRemoteViolence(cameo) && !StartsWith(cameo, {"192"});
}

const char kRiots[] = "Riots";
const char kProtests[] = "Protests";

}  // namespace

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
  // Civilians hit by direct violence: violence against civilians (abductions keep their sub-type).
  if (target == "CVL" && IsDirectViolence(cameo) && t.type != "Violence against civilians")
    return {"Violence against civilians", "Attack"};
  if (StartsWith(cameo, {"192"}) && !source_is_state) t.sub_type = "Non-state actor overtakes territory";
  return t;
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
