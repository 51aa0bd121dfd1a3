#include "lexicon/acled.h"

namespace sitrep::lexicon {

const std::vector<AcledSubType>& AcledSubTypes() {
  static const std::vector<AcledSubType> kTypes = {
      {"Battles", "Armed clash"},
      {"Battles", "Government regains territory"},
      {"Battles", "Non-state actor overtakes territory"},
      {"Explosions/Remote violence", "Chemical weapon"},
      {"Explosions/Remote violence", "Air/drone strike"},
      {"Explosions/Remote violence", "Suicide bomb"},
      {"Explosions/Remote violence", "Shelling/artillery/missile attack"},
      {"Explosions/Remote violence", "Remote explosive/landmine/IED"},
      {"Explosions/Remote violence", "Grenade"},
      {"Violence against civilians", "Sexual violence"},
      {"Violence against civilians", "Attack"},
      {"Violence against civilians", "Abduction/forced disappearance"},
      {"Protests", "Peaceful protest"},
      {"Protests", "Protest with intervention"},
      {"Protests", "Excessive force against protesters"},
      {"Riots", "Violent demonstration"},
      {"Riots", "Mob violence"},
      {"Strategic developments", "Agreement"},
      {"Strategic developments", "Arrests"},
      {"Strategic developments", "Change to group/activity"},
      {"Strategic developments", "Disrupted weapons use"},
      {"Strategic developments", "Headquarters or base established"},
      {"Strategic developments", "Looting/property destruction"},
      {"Strategic developments", "Non-violent transfer of territory"},
      {"Strategic developments", "Other"},
  };
  return kTypes;
}

std::string_view AcledDisorderTypeOf(std::string_view sub_type) {
  std::string_view type = AcledTypeOf(sub_type);
  if (type.empty()) return {};
  if (sub_type == "Excessive force against protesters") return "Political violence; Demonstrations";
  if (sub_type == "Mob violence") return "Political violence";
  if (type == "Protests" || type == "Riots") return "Demonstrations";
  if (type == "Strategic developments") return type;
  return "Political violence";
}

std::string_view AcledTypeOf(std::string_view sub_type) {
  for (const auto& t : AcledSubTypes())
    if (t.sub_type == sub_type) return t.type;
  return {};
}

}  // namespace sitrep::lexicon
