// An event as sitrep writes it: one JSON object per line (the fields are documented in README.md).
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace sitrep {

enum class EventStatus { kOccurred, kAttempted, kFailed, kPlanned, kClaimed, kFeared, kNegated };
const char* EventStatusName(EventStatus s);

struct Actor {
  std::string text;  // as written in the evidence sentence
  std::string code;  // CAMEO actor code, e.g. "SYRMIL", "IMGMUSISI"
  std::string name;  // readable name
  // The code's country came from the document, not from the phrase ("civilians" in a text that
  // names Syria most): the place of the event, once resolved, may tell it better. Not output.
  bool country_from_context = false;
};

struct Place {
  std::string text;
  std::string name;
  long long geonameid = 0;
  std::string country;  // ISO 3166 alpha-2
  std::string admin1;
  double lat = 0, lon = 0;
  std::string precision;  // site, city, district, region, country
  // ACLED's geo_precision: 1 the place itself (a town, a site), 2 near it or a part of it (a
  // district, "12 km north of X", a place the paragraph gives), 3 a larger region (a province, a
  // country, the document's place).
  int geo_precision = 3;
};

struct DateInterval {
  std::string start, end;  // ISO dates
  std::string precision;   // day, week, month, year
  std::string text;        // the expression that gave it, or "" for the document date
};

struct Evidence {
  int sentence = 0;       // 0-based index of the sentence in the document
  size_t start = 0, end = 0;  // UTF-8 byte offsets into Document::text
  std::string text;
};

struct Event {
  std::string doc;
  std::string id;  // "<doc>:<sentence>:<n>"
  std::string cameo;
  std::string plover;
  std::optional<std::string> acled_type, acled_sub_type;
  // ACLED's actor types (1 state forces, 2 rebel groups, 3 political militias, 4 identity militias,
  // 5 rioters, 6 protesters, 7 civilians, 8 external or other forces; 0 for no second actor), their
  // interaction (the two digits, lower first) and whether civilians were the target. Set with the
  // ACLED type.
  int inter1 = 0, inter2 = 0, interaction = 0;
  bool civilian_targeting = false;
  EventStatus status = EventStatus::kOccurred;
  std::optional<Actor> source, target;
  std::optional<Place> location;
  DateInterval date;
  Evidence evidence;
  std::string trigger;     // the predicate as written
  // Where the trigger starts in the document, in bytes: a sentence may hold the same word twice
  // ("three people had been killed..., while another man was killed in X"). Not output.
  size_t trigger_start = std::string::npos;
  std::string place_text;  // the event's place as written, before the gazetteer resolves it
  // What the event does to who holds its place: "gain", "partial" (a gain of part of it),
  // "contest", "withdraw", or "" when it changes nothing (data/coder/control.lex).
  std::string control;
  // People the text says the event killed, injured and abducted (null: not stated), ACLED's way:
  // the lowest figure stated, "dozens" 12, "hundreds" 100; and the words that say so.
  std::optional<int> fatalities, injured, abducted;
  std::string casualties_text;
  double confidence = 0;
};

// A sentence's statement of who holds a place ("X, aux mains de Y", "Y's last stronghold of X"),
// as of the document's date.
struct ControlStatement {
  std::string id;  // "<doc>:<sentence>:c<n>"
  Actor controller;
  std::string place_text;
  std::optional<Place> location;  // null when the gazetteer cannot place it
  std::string kind;               // "full" or "partial"
  DateInterval date;
  Evidence evidence;
  double confidence = 0;
};

// Everything the coder finds in a document.
struct Coding {
  std::vector<Event> events;
  std::vector<ControlStatement> control;
  std::vector<std::string> countries_named;  // CAMEO country codes the document names, most named first
};

}  // namespace sitrep
