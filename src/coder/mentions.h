// Who and where a sentence talks about: actor, place and pronoun mentions, each a noun phrase over
// a token range, with CAMEO actor codes built from its parts (agent + country, group, ...).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "coder/matcher.h"
#include "lexicon/lexicon.h"
#include "morph/analyzed_text.h"
#include "sitrep/document.h"
#include "sitrep/status.h"

namespace sitrep::coder {

struct ActorRef {
  std::string code;  // SYRMIL, IMGMUSISI, USA
  std::string name;  // Syrian military
  bool from_context = false;  // the country came from the document, not the phrase
  bool state = false;         // a state actor (government, military, police of a country)
};

// What a noun phrase names, for the predicates that select their sense by their object: an actor
// (people, groups, armed forces), a place (a named place, a place noun, a site), or a thing of a
// class from noun_classes.lex (property, weapon, event, abstract).
struct Mention {
  enum class Kind { kActor, kPlace, kPronoun, kThing } kind = Kind::kActor;
  uint32_t first = 0, last = 0;  // tokens [first, last)
  std::vector<ActorRef> actors;  // coordinated actors ("les forces maliennes et nigériennes")
  bool possessor = false;        // the actor owns what is named ("les positions du JNIM")
  bool demonstrative = false;    // "ces forces", "these troops": refers back
  std::string role;              // the head agent's role (MIL, GOV...), if any
  std::string force_role;        // its role as the doer of an act of force, where that differs ("men": UAF)
  bool plural = false;
  // Places: the name as written ("Jisr al-Choughour") or, for a bare place noun ("la ville"), empty.
  std::string place_name;
  std::string feature;           // city, crossing, country...
  std::string country_code;      // a country mention can also be a place ("en Syrie")
  std::string thing_class;       // kThing: property, weapon, event, abstract
  std::string site_role;         // a site or property no owner is named for: whose such are (site_owners.lex)
  bool HasActor() const { return !actors.empty(); }
  bool IsPlace() const { return kind == Kind::kPlace || !country_code.empty() || !place_name.empty(); }
  // A site its owner holds: "the barracks of the army", "les positions du JNIM".
  bool IsOwnedSite() const { return possessor && feature == "site"; }
};

// CAMEO roles of a state's agents (GOV, MIL, COP, SPY, JUD, LEG), and of non-state ones (REB,
// INS, UAF, SEP, CRM, OPP).
bool IsStateRole(std::string_view role);
bool IsNonStateRole(std::string_view role);

class MentionFinder {
 public:
  static Result<std::unique_ptr<MentionFinder>> Create(const lexicon::Lexicon& lexicon, const std::string& lang,
                                                       text::Segmenter& segmenter, morph::Analyzer& analyzer);

  // Lexicon matches over tokens [first, last): actors, agents, place words.
  struct Label {
    enum class Kind { kNone, kActor, kAgent, kPlace, kThing } kind = Kind::kNone;
    uint32_t first = 0, last = 0;
    uint32_t id = 0;
  };
  std::vector<Label> Labels(const morph::AnalyzedText& at, size_t sentence) const;
  // The class of a kThing label (property, weapon, event, abstract).
  const std::string& ThingClass(const Label& l) const { return thing_classes_[l.id]; }
  // The role of a kAgent label (OPP for "protesters", inside "a crowd of protesters" too).
  const std::string& AgentRole(const Label& l) const { return agents_[l.id].role; }

  // A name for a CAMEO actor code from the lexicon's actors and roles ("United States
  // government" for USAGOV), or "" when its root is not listed.
  std::string NameFor(const std::string& code) const;

  // The countries the document names (by their names, demonyms, capitals, nationals), most named
  // first, the lead counting double: the first is the context of agents that name none ("les soldats").
  std::vector<std::string> CountriesNamed(const std::vector<std::vector<Label>>& labels) const;
  std::vector<Mention> Find(const morph::AnalyzedText& at, size_t sentence, const std::vector<Label>& labels,
                            const std::string& context_country) const;

 private:
  struct ActorEntry {
    std::string code, name, cls;
    std::vector<std::pair<long, long>> valid;  // day numbers, inclusive; empty means always
  };
  // The code an entry has on the document's date: out of office, a person keeps the country.
  ActorRef RefAt(const ActorEntry& e, const PartialDate& date) const;
  struct AgentEntry {
    std::string role, name;
    std::string force_role;  // "CVL/UAF": the role when the agent does an act of force
  };
  void Describe(const morph::AnalyzedText& at, const std::vector<Label>& labels, size_t head_end,
                const std::string& context_country, Mention* m) const;

  std::string lang_;
  std::vector<ActorEntry> actors_;
  std::vector<AgentEntry> agents_;
  std::vector<std::string> place_features_, thing_classes_;
  std::vector<std::string> site_roles_;  // by place word, "" when site_owners.lex names none
  std::vector<std::string> thing_owners_;  // by class noun, likewise (houses are civilians')
  PhraseIndex actor_index_, agent_index_, place_index_, thing_index_;
  std::map<std::string, std::string> names_;  // actor code -> name
};

std::string RoleName(const std::string& role);

}  // namespace sitrep::coder
