// ACLED's event type and sub-type from who acted on whom, by what means and where, as ACLED's
// codebook decides them: the lexicon's cameo table gives each CAMEO code its usual ACLED type;
// the participants then move an event between families (protesters' violence is a riot, a state's
// force against protesters a protest with intervention or excessive force, civilians hit by
// direct violence violence against civilians) and the place decides whose territory was taken.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/lexicon.h"
#include "sitrep/event.h"

namespace sitrep::coder {

// Bombings, shelling, air strikes and chemical weapons: explosions and remote violence, which keep
// their type whoever they hit (ACLED marks the civilians hit, it does not make the event an attack
// on them), and which reports may tell by their aim or by their victims.
bool IsRemoteViolence(std::string_view cameo);

// Direct violence against people: assault, fighting, mass killing (not remote violence, not the
// taking of territory).
bool IsDirectViolence(const std::string& cameo);

struct AcledType {
  std::string type, sub_type;
};

// The ACLED type of an event coded `cameo` whose code alone gives `base`, with that source and
// target (CAMEO actor codes; target empty when none).
AcledType ClassifyAcled(const std::string& cameo, const AcledType& base, const std::string& source_code,
                        bool source_is_state, const std::string& target_code);

// ACLED's actor type of a CAMEO actor code (see Event::inter1) for an event of ACLED type `type`
// that happened in the country `event_iso3` ("" when unknown): a state's forces outside their
// own country are external forces; protesters who riot are rioters.
int InterCode(const std::string& code, const std::string& type, const std::string& event_iso3);

// Sets inter1, inter2, interaction and civilian_targeting from the event's actors, type and place.
void ClassifyInteraction(Event* e);

// The ISO 3166 alpha-3 code of an alpha-2 one ("SD" -> "SDN"), or "" when there is none.
std::string Iso3Of(const std::string& iso2);

// docs/ACLED.md: for each ACLED sub-event type, the CAMEO codes, predicates and means of the
// lexicon that select it in each language, and the rules on participants that move events to it.
// Generated from the lexicon (`sitrep lexicon acled-table`), so that it cannot drift from it.
std::string AcledTable(const lexicon::Lexicon& lexicon);

// Territory taken by a state's own forces inside that state is regained by the government;
// taken by anyone else (a non-state group, or a foreign state's forces) it is overtaken by a
// non-state actor, in ACLED's terms. Needs the event's location in a country the document names
// (`countries_named`, CAMEO codes); leaves the event as it is otherwise (a village the gazetteer
// lacks, read as a namesake abroad, does not make an army's recapture foreign).
void ClassifyTerritoryByPlace(Event* e, const std::vector<std::string>& countries_named);

}  // namespace sitrep::coder
