// Word and code tests the coder's stages share: closed-class words that shape a clause
// (complementizers, relatives, coordinators, negation), and what an actor or event code says
// (acts of force, verbal conflict, movements of forces, unarmed roles, armed groups).
#pragma once

#include <algorithm>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "coder/mentions.h"
#include "morph/morphology.h"
#include "sitrep/event.h"
#include "sitrep/document.h"
#include "text/fold.h"
#include "time/calendar.h"

namespace sitrep::coder {

using morph::IsWord;

inline bool IsComplementizer(const morph::Analysis& a) { return IsWord(a, {"que", "qu'", "that"}); }
inline bool IsRelative(const morph::Analysis& a) { return IsWord(a, {"qui", "who", "which"}); }
inline bool IsCoordinator(const morph::Analysis& a) { return IsWord(a, {"et", "and", "puis", "then"}); }
inline bool IsClauseEnd(std::string_view token) {
  return token == "." || token == ";" || token == ":" || token == "?" || token == "!";
}
inline bool IsNegation(const morph::Analysis& a) {
  return IsWord(a, {"ne", "n'", "pas", "not", "n't", "never", "jamais", "aucun", "aucune", "nullement", "guere"});
}
inline bool IsVerbal(const morph::Analysis& a) { return a.Has("VERB") || a.Has("AUX"); }
// A preposition that cannot also be an article ("des", "du" can).
inline bool IsPrepositionOnly(const morph::Analysis& a) {
  return a.Has("ADP") && !a.Has("DET") && !a.Has("NOUN") && !a.Has("PROPN") && !a.Has("VERB");
}

// Whether a token (folded) is the slot word `prep` as the lexicon writes it, French contractions of
// a preposition and an article included: "de" is also d', du, des; "à" also au, aux.
inline bool IsSlotForm(std::string_view folded, std::string_view prep) {
  if (prep == "de") return folded == "de" || folded == "d'" || folded == "du" || folded == "des";
  if (prep == "à") return folded == "a" || folded == "au" || folded == "aux";
  bool ascii = std::all_of(prep.begin(), prep.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  return ascii ? folded == prep : folded == text::Fold(prep);
}

// (String views: the prefixes' lengths are known when compiling; these tests run for every
// predicate and every actor.)
inline bool StartsWith(std::string_view code, std::initializer_list<std::string_view> prefixes) {
  for (std::string_view p : prefixes)
    if (code.starts_with(p)) return true;
  return false;
}

// Coercion, assault, fighting and mass violence: acts of force, events even when nobody is named
// as their doer.
inline bool IsActOfForce(const std::string& cameo) { return StartsWith(cameo, {"17", "18", "19", "20"}); }

// Verbal conflict and the words around events (denying, demanding, disapproving, rejecting,
// threatening, investigating, sanctioning): their object may be an event ("condemned the attack").
inline bool IsVerbalConflict(const std::string& cameo) {
  return StartsWith(cameo, {"01", "02", "09", "10", "11", "12", "13", "16"});
}

// Retreating (0874), deploying and advancing (15x): movements of armed forces.
inline bool IsMovementOfForces(const std::string& cameo) { return StartsWith(cameo, {"087", "15"}); }

// Roles of people who do not bear arms as such: civilians, refugees, the press, doctors, teachers,
// business, labour, clergy, farmers, NGOs, rights groups, notables, the political opposition.
inline bool IsUnarmedRole(std::string_view role) {
  // Views, not a braced list of literals: that would be one of `const char*`, measured per call.
  static constexpr std::string_view kRoles[] = {"CVL", "REF", "MED", "HLH", "EDU", "BUS", "LAB",
                                                "REL", "AGR", "NGO", "HRI", "ELI", "OPP"};
  for (std::string_view r : kRoles)
    if (role == r) return true;
  return false;
}

// The role letters of an actor code: SYRMIL -> MIL, and a role without a country (CVL) is its own.
// (A view into `code`, which must outlive it.)
inline std::string_view RoleOf(const std::string& code) {
  std::string_view c = code;
  if (c.size() >= 6) return c.substr(3, 3);
  if (c.size() == 3 && (IsStateRole(c) || IsNonStateRole(c) || IsUnarmedRole(c))) return c;
  return {};
}

// A state (its government and forces) or an armed group.
inline bool IsArmedOrState(const ActorRef& a) { return a.state || !IsUnarmedRole(RoleOf(a.code)); }

// A non-state armed group: rebels, insurgents, militias, criminals, a named armed group.
// (Not an international organisation's mission: peacekeepers are no "militants".)
inline bool IsArmedGroup(const ActorRef& a) {
  return !a.state && a.code.size() > 3 && !IsUnarmedRole(RoleOf(a.code)) && a.code.rfind("IGO", 0) != 0;
}

inline std::string Iso(const PartialDate& d, bool end) {
  if (d.precision == PartialDate::Precision::kDay) return d.Iso();
  if (d.precision == PartialDate::Precision::kMonth) {
    PartialDate day = d;
    day.day = end ? time::DaysInMonth(d.year, d.month) : 1;
    day.precision = PartialDate::Precision::kDay;
    return day.Iso();
  }
  if (d.precision == PartialDate::Precision::kYear) return d.Iso() + (end ? "-12-31" : "-01-01");
  return "";
}

}  // namespace sitrep::coder
