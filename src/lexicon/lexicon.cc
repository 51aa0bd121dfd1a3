#include "lexicon/lexicon.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <cstdlib>
#include <functional>
#include <set>
#include <sstream>

#include "lexicon/acled.h"
#include "lexicon/cameo_notation.h"
#include "sitrep/document.h"
#include "text/utf8.h"
#include "time/calendar.h"

#ifndef SITREP_DATADIR
#define SITREP_DATADIR "/usr/local/share/sitrep"
#endif

namespace sitrep::lexicon {

namespace fs = std::filesystem;

namespace {

constexpr char kMagic[8] = {'S', 'I', 'T', 'R', 'E', 'P', 'L', 'X'};

const std::set<std::string>& UposTags() {
  static const std::set<std::string> tags = {"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ",
                                             "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT",
                                             "SCONJ", "SYM", "VERB", "X"};
  return tags;
}

// Keeps empty fields, trailing ones included, so that "a\tb\t" has three fields.
std::vector<std::string> SplitList(const std::string& s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t at = s.find(sep); at != std::string::npos; at = s.find(sep, start)) {
    out.push_back(s.substr(start, at - start));
    start = at + 1;
  }
  out.push_back(s.substr(start));
  return out;
}

bool ValidCode(const std::string& code) {
  return code.size() >= 3 && code.size() <= 15 &&
         code.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") == std::string::npos;
}

using Validator = std::function<std::string(const std::vector<std::string>&)>;

struct KindRules {
  KindSchema schema;
  size_t key_columns;  // how many leading columns must be unique within a table
  Validator validate;  // "" when the row is fine
};

const std::vector<KindRules>& Rules() {
  static const std::vector<KindRules> rules = {
      {{"words",
        {"form", "lemma", "upos"},
        "Word forms with their lemma and candidate parts of speech (comma-separated Universal "
        "POS tags, each optionally followed by ':' and its features, as VERB:base past for a verb "
        "whose past is its base form). They take precedence over hunspell and WordNet. A form "
        "with an inner apostrophe or hyphen (aujourd'hui, o'clock) is never split into clitics."},
       2,
       [](const std::vector<std::string>& row) -> std::string {
         for (const auto& tag : SplitList(row[2], ','))
           if (!UposTags().count(tag.substr(0, tag.find(':')))) return "unknown part of speech '" + tag + "'";
         return "";
       }},
      {{"clitics",
        {"form", "position", "lemma", "upos"},
        "Pieces the tokenizer splits off a word: position 'prefix' for elisions that end in an "
        "apostrophe (l', jusqu'), 'suffix' for clitics that end a word (-t-il, n't, 's)."},
       3,
       [](const std::vector<std::string>& row) -> std::string {
         if (row[1] != "prefix" && row[1] != "suffix") return "position must be 'prefix' or 'suffix'";
         if (row[1] == "prefix" && row[0].back() != '\'') return "a prefix clitic must end with an apostrophe";
         for (const auto& tag : SplitList(row[3], ','))
           if (!UposTags().count(tag)) return "unknown part of speech '" + tag + "'";
         return "";
       }},
      {{"actors",
        {"phrase", "code", "name", "class", "valid"},
        "Named actors with their CAMEO actor code. class: country (Syrie, United States), "
        "demonym (syrien, syriennes, Syrian: the adjective or noun of a country, in every gender "
        "and number), group (non-state armed groups and parties: JNIM, Boko Haram), org "
        "(international organisations: ONU, NATO), government (a capital or seat standing for a "
        "government: Damas, the Kremlin), person (a person whose role fixes the code). valid: '-' "
        "or the periods in which the code holds (2000-07-17..2024-12-08, several separated by commas); "
        "out of them a person keeps only the country."},
       2,
       [](const std::vector<std::string>& row) -> std::string {
         static const std::set<std::string> classes = {"country", "demonym", "group", "org", "government", "person"};
         if (!classes.count(row[3])) return "unknown actor class '" + row[3] + "'";
         long first = 0, last = 0;
         if (row[4] != "-")
           for (const auto& period : SplitList(row[4], ','))
             if (!time::ParsePeriod(period, &first, &last))
               return "valid must be '-' or periods FROM..TO (YYYY[-MM[-DD]], either end open) separated by commas";
         return ValidCode(row[1]) ? "" : "a CAMEO actor code is 3 to 15 capital letters or digits";
       }},
      {{"agents",
        {"phrase", "role", "name"},
        "Generic nouns for people acting (soldats, troops, rebelles, protesters) with their CAMEO role "
        "code; they take their country or group from their modifiers (l'armée syrienne, IS fighters) "
        "or, failing that, from the document. Listed in the singular: plurals match by lemma. A role "
        "written CVL/UAF is the first as a victim or bystander, the second as the doer of an act of "
        "force (two men were killed; armed by what they did, men who stormed a village)."},
       1,
       [](const std::vector<std::string>& row) -> std::string {
         std::string_view role = row[1];
         bool one = role.size() == 3 && ValidCode(row[1]);
         bool two = role.size() == 7 && role[3] == '/' && ValidCode(std::string(role.substr(0, 3))) &&
                    ValidCode(std::string(role.substr(4)));
         return one || two ? "" : "a role code is 3 capital letters (MIL, GOV, REB...), or two separated by '/'";
       }},
      {{"predicates",
        {"pattern", "cameo", "object", "slots"},
        "Event predicates. pattern: lemmas separated by spaces, the first being the head (a verb, or "
        "a noun for nominal events); a leading 'se' marks a pronominal verb; '|' separates "
        "alternatives in one position. cameo: the CAMEO event code. object: what the first noun "
        "phrase after the pattern is: target, place, theme or none, optionally followed by senses by the "
        "object's class, ':CLASS=CODE|...' (place:actor=173/181 codes capturing people as 173 by a state, "
        "181 by anyone else). slots: prep=role pairs "
        "separated by commas (de=target,contre=target,vers=place; theme marks a slot to ignore), or '-'. "
        "subject=target makes the subject who lost the place (perdre) and subject=place the place that "
        "fell (tomber); the source then comes from a source slot, or, with alone=CODE, the loser is the "
        "source of an event of that code."},
       1,
       [](const std::vector<std::string>& row) -> std::string {
         if (row[1].size() < 2 || row[1].size() > 4 ||
             row[1].find_first_not_of("0123456789") != std::string::npos)
           return "a CAMEO event code is 2 to 4 digits";
         static const std::set<std::string> objects = {"target", "place", "theme", "none"};
         auto colon = row[2].find(':');
         if (!objects.count(row[2].substr(0, colon))) return "object must be target, place, theme or none";
         // Senses by the object's class: place:actor=173/181|property=1711.
         if (colon != std::string::npos) {
           // "unarmed" is a sense by the subject: marching is a protest when no armed force marches.
           static const std::set<std::string> classes = {"actor", "place", "site", "property", "weapon", "event",
                                                         "abstract", "unarmed"};
           auto is_code = [](const std::string& c) {
             return c.size() >= 2 && c.size() <= 4 && c.find_first_not_of("0123456789") == std::string::npos;
           };
           for (const auto& sense : SplitList(row[2].substr(colon + 1), '|')) {
             auto eq = sense.find('=');
             if (eq == std::string::npos || !classes.count(sense.substr(0, eq)))
               return "object sense '" + sense + "' is not CLASS=CODE (actor, place, site, property, weapon, event, "
                      "abstract, or unarmed for a subject that is no armed force)";
             std::string code = sense.substr(eq + 1);
             auto slash = code.find('/');
             if (!is_code(code.substr(0, slash)) || (slash != std::string::npos && !is_code(code.substr(slash + 1))))
               return "object sense '" + sense + "' needs a CAMEO code, or STATE/OTHER codes";
           }
         }
         if (row[3] == "-") return "";
         for (const auto& slot : SplitList(row[3], ',')) {
           auto eq = slot.find('=');
           if (eq == std::string::npos || eq == 0) return "slot '" + slot + "' is not prep=role";
           std::string role = slot.substr(eq + 1);
           if (slot.substr(0, eq) == "subject") {
             if (role != "target" && role != "place") return "subject=ROLE takes target or place";
             continue;
           }
           if (slot.substr(0, eq) == "alone") {
             if (role.size() < 2 || role.size() > 4 || role.find_first_not_of("0123456789") != std::string::npos)
               return "alone=CODE takes a CAMEO event code";
             continue;
           }
           if (role != "target" && role != "place" && role != "source" && role != "theme")
             return "slot role must be target, place, source or theme";
         }
         return "";
       }},
      {{"cues",
        {"pattern", "cue"},
        "Words that change an event's status or tell who holds a place. cue: negation, success "
        "(negated: failed), failure, attempt, plan, claim, fear, hypothesis, denial, purpose (an "
        "embedded event is intended), holder (the actor after the pattern holds the place before "
        "it), partial (the place after the pattern is held or taken in part: une partie de, part of), "
        "support (a verb whose subject is the source of the nominal event after it: launch, mener), "
        "holds (a verb whose subject holds the place it governs now: contrôler, hold), "
        "responsibility (claiming an act: its subject is the act's source, and the act is claimed), "
        "accusation (accusing someone of an act: the act is claimed, whoever accuses), "
        "killed, injured, abducted (casualty words: the count is the noun phrase before them, or "
        "after an active verb the one after them), unopposed (a place taken without a fight). "
        "pattern as for predicates."},
       1,
       [](const std::vector<std::string>& row) -> std::string {
         static const std::set<std::string> cues = {"negation", "success", "failure", "attempt", "plan", "claim",
                                                    "fear", "hypothesis", "denial", "purpose", "holder",
                                                    "partial", "support", "holds", "responsibility",
                                                    "accusation", "killed", "injured", "abducted", "unopposed"};
         return cues.count(row[1]) ? "" : "unknown cue '" + row[1] + "'";
       }},
      {{"cameo",
        {"code", "plover", "acled_type", "acled_sub_type"},
        "What each CAMEO event code is in PLOVER and ACLED ('-' when ACLED would not code it). "
        "A code not listed takes the row of its longest listed prefix."},
       1,
       [](const std::vector<std::string>& row) -> std::string {
         if (row[0].find_first_not_of("0123456789") != std::string::npos) return "a CAMEO code is digits";
         if ((row[2] == "-") != (row[3] == "-")) return "ACLED type and sub-type are both '-' or neither";
         return row[3] == "-" || AcledTypeOf(row[3]) == row[2] ? "" : "'" + row[3] + "' is not an ACLED sub-event type of '" + row[2] + "'";
       }},
      {{"means",
        {"pattern", "cameo", "acled_sub_type"},
        "The means of an act of force, named in its clause: a weapon or a kind of attacker "
        "(chlore, suicide bomber, grenade, drone, obus). The first means listed that the clause "
        "names gives the act its CAMEO code (an attack with chlorine is 204) and, when it is not "
        "the code's own, its ACLED sub-event type ('-' otherwise). pattern as for predicates."},
       1,
       [](const std::vector<std::string>& row) -> std::string {
         if (row[1].empty() || row[1].find_first_not_of("0123456789") != std::string::npos) return "a CAMEO code is digits";
         return row[2] == "-" || !AcledTypeOf(row[2]).empty() ? "" : "'" + row[2] + "' is not an ACLED sub-event type";
       }},
      {{"acled_senses",
        {"predicate", "acled_sub_type"},
        "Predicates whose ACLED sub-event type is not their CAMEO code's: deploying troops (154) "
        "is a change to group/activity, surrendering (0874) an agreement. predicate: a pattern "
        "exactly as written in predicates."},
       1,
       [](const std::vector<std::string>& row) -> std::string {
         return !AcledTypeOf(row[1]).empty() ? "" : "'" + row[1] + "' is not an ACLED sub-event type";
       }},
      {{"control",
        {"code", "effect"},
        "What an event of a CAMEO code does to who controls its place: gain (the source takes it), "
        "contest (the source fights for it on the ground), withdraw (the source leaves it). A code "
        "not listed takes the row of its longest listed prefix; an unlisted one changes nothing."},
       1,
       [](const std::vector<std::string>& row) -> std::string {
         if (row[0].find_first_not_of("0123456789") != std::string::npos) return "a CAMEO code is digits";
         return row[1] == "gain" || row[1] == "contest" || row[1] == "withdraw" || row[1] == "-"
                    ? ""
                    : "effect must be gain, contest, withdraw or '-'";
       }},
      {{"place_words",
        {"phrase", "feature"},
        "Common nouns for places (ville, village, crossing, oil field) with a feature class: city, "
        "village, district, region, country, crossing, site, water. A place noun can head a place "
        "mention (la ville de Gao) or stand for the last place named (the town)."},
       1,
       [](const std::vector<std::string>& row) -> std::string {
         static const std::set<std::string> features = {"city", "village", "district", "region", "country",
                                                        "crossing", "site", "water"};
         return features.count(row[1]) ? "" : "unknown feature '" + row[1] + "'";
       }},
      {{"noun_classes",
        {"phrase", "class"},
        "Semantic classes of common nouns that are neither actors nor places, so that a predicate can "
        "tell its sense from its object: property (houses, cars, livestock), weapon (arms, mines, "
        "explosives), event (incident, massacre: what is condemned or denied), abstract (budget, "
        "floor: what no act of force takes as its object) and member (élément, member: its owner acts "
        "through it)."},
       1,
       [](const std::vector<std::string>& row) -> std::string {
         static const std::set<std::string> classes = {"property", "weapon", "event", "abstract", "member"};
         return classes.count(row[1]) ? "" : "unknown class '" + row[1] + "'";
       }},
      {{"site_owners",
        {"phrase", "role"},
        "Whose a site or a piece of property is when the text names no owner: a police station is "
        "the police's (COP), a barracks the military's (MIL), a school its pupils' and teachers' "
        "(EDU), houses civilians' (CVL), shops traders' (BUS). The phrase is written as in "
        "place_words or noun_classes; the role is a CAMEO role code."},
       1,
       [](const std::vector<std::string>& row) -> std::string {
         bool code = row[1].size() == 3 && std::all_of(row[1].begin(), row[1].end(), [](char c) { return c >= 'A' && c <= 'Z'; });
         return code ? "" : "role '" + row[1] + "' is not a CAMEO role code (three capitals)";
       }},
      {{"geo_cues",
        {"phrase", "cue"},
        "Words around place names for the geocoder. cue 'locative': a preposition or phrase that "
        "introduces a place (à, en, in, near), so that a name which is also a common word counts as a "
        "place after it; 'relative': a direction or distance that makes the place an approximation "
        "(au nord de, south of, outskirts of); 'not_alone': a name that is a place only after a "
        "locative cue (Said, Mars, Al); 'division' (English only): a word GeoNames puts after a "
        "division's name (Limpopo Province), tried when the text names it without, and which after a "
        "name makes it a division (Borno state); 'district_after': a word after a name that makes it "
        "a second-level division (Tsafe local government area), too common elsewhere to be one of "
        "the coder's place nouns."},
       1,
       [](const std::vector<std::string>& row) -> std::string {
         return row[1] == "locative" || row[1] == "relative" || row[1] == "not_alone" || row[1] == "division" ||
                        row[1] == "district_after"
                    ? ""
                    : "cue must be locative, relative, not_alone, division or district_after";
       }},
      {{"cameo_actors",
        {"phrase", "code", "valid"},
        "Actors of an imported PETRARCH or TABARI dictionary (sitrep lexicon import-petrarch), for the "
        "pattern coder. phrase: upper-case words, a final '*' marking a stem (ARGENTIN*). valid: '-' or "
        "FROM..TO (YYYY[-MM[-DD]], either end open). A phrase's rows are its codes in order: the first "
        "whose dates hold on the document's day applies."},
       3,
       [](const std::vector<std::string>& row) -> std::string {
         if (row[0].empty() || row[1].empty()) return "phrase and code are required";
         if (row[1].find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/-#+") != std::string::npos)
           return "a CAMEO actor code is capital letters and digits ('/' between several)";
         long first = 0, last = 0;
         return row[2] == "-" || time::ParsePeriod(row[2], &first, &last)
                    ? ""
                    : "valid must be '-' or FROM..TO (YYYY[-MM[-DD]], either end open)";
       }},
      {{"cameo_agents",
        {"phrase", "code"},
        "Agents of an imported dictionary: ~GOV puts the agent's code after the actor's (GONGOV), NGO~ "
        "before it."},
       2,
       [](const std::vector<std::string>& row) -> std::string {
         const std::string& c = row[1];
         bool shape = c.size() > 1 && (c.front() == '~') != (c.back() == '~');
         return !row[0].empty() && shape ? "" : "code is ~CODE or CODE~";
       }},
      {{"cameo_discards",
        {"phrase", "scope"},
        "Phrases that leave a sentence (scope 'sentence') or a whole story ('story') uncoded: sports, "
        "weather, entertainment."},
       2,
       [](const std::vector<std::string>& row) -> std::string {
         return row[1] == "sentence" || row[1] == "story" ? "" : "scope must be 'sentence' or 'story'";
       }},
      {{"cameo_verbs",
        {"block", "verb", "forms", "code"},
        "Verbs of an imported dictionary. block: the name of the group of verbs that share the patterns "
        "of cameo_patterns with the same block. verb: its words, the inflected one marked '+' in a "
        "multi-word verb (+CARRY OUT). forms: every form of that word, comma-separated, or '-'. code: "
        "the CAMEO event code when no pattern matches (064; 013:012 for an event and its reverse; "
        ":173 for the reverse only; 023? for a verb that codes only when no other verb of its clause "
        "does; --- for none)."},
       4,
       [](const std::vector<std::string>& row) -> std::string {
         EventCode code;
         return ParseEventCodeText(row[3], &code) ? "" : "malformed event code";
       }},
      {{"cameo_patterns",
        {"block", "pattern", "code"},
        "Patterns of a block of cameo_verbs, tried longest first: words, * (the verb), $ (the source), "
        "+ (the target), % (a compound that is both), ^ (skip a noun phrase) and {A B|C} alternatives; "
        "an element written with a leading '_' follows the one before it with no word between "
        "(URGED _+ * HALT)."},
       3,
       [](const std::vector<std::string>& row) -> std::string {
         EventCode code;
         if (!ParseEventCodeText(row[2], &code)) return "malformed event code";
         auto pattern = ParsePatternText(row[1]);
         return pattern.ok() ? "" : pattern.status().message();
       }},
      {{"acled_actors",
        {"code", "sitrep_name", "acled_name"},
        "The names ACLED writes for actors, for the CSV export in ACLED's columns: a CAMEO actor code, "
        "sitrep's name of the actor ('-' for any actor of that code; a row naming the actor wins) and "
        "ACLED's name (Military Forces of Syria (2000-), Civilians (Nigeria)). An actor without a row "
        "keeps sitrep's name."},
       2,
       [](const std::vector<std::string>& row) -> std::string {
         return ValidCode(row[0]) ? "" : "'" + row[0] + "' is not a CAMEO actor code (3 to 15 capitals and digits)";
       }},
      {{"acled_countries",
        {"iso2", "iso3", "iso_numeric", "country", "region"},
        "What ACLED writes for a country: its ISO 3166 alpha-2 code (as the gazetteer gives it), its "
        "alpha-3 code, its numeric code (ACLED's iso), its name as ACLED writes it and ACLED's region. "
        "Country filters take any of the codes and the name."},
       1,
       [](const std::vector<std::string>& row) -> std::string {
         static const std::set<std::string> regions = {
             "Western Africa", "Middle Africa", "Eastern Africa", "Southern Africa", "Northern Africa",
             "Middle East", "Caucasus and Central Asia", "South Asia", "Southeast Asia", "East Asia",
             "Oceania", "Europe", "North America", "Central America", "Caribbean", "South America", "Antarctica"};
         auto capitals = [](const std::string& code, size_t size) {
           return code.size() == size && std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
         };
         if (!capitals(row[0], 2)) return "'" + row[0] + "' is not an ISO 3166 alpha-2 code";
         if (!capitals(row[1], 3)) return "'" + row[1] + "' is not an ISO 3166 alpha-3 code";
         if (row[2].find_first_not_of("0123456789") != std::string::npos) return "'" + row[2] + "' is not an ISO 3166 numeric code";
         return regions.count(row[4]) ? "" : "'" + row[4] + "' is not one of ACLED's regions";
       }},
      {{"abbreviations",
        {"form", "class"},
        "Abbreviations ending in a period. class 'title' (M., Gen., Dr.) never ends a sentence; "
        "'other' (etc., U.S.) ends one only when a capitalised word follows."},
       1,
       [](const std::vector<std::string>& row) -> std::string {
         if (row[0].size() < 2 || row[0].back() != '.') return "an abbreviation must end with '.'";
         if (row[1] != "title" && row[1] != "other") return "class must be 'title' or 'other'";
         return "";
       }},
  };
  return rules;
}

const KindRules* RulesFor(const std::string& kind) {
  for (const auto& r : Rules())
    if (r.schema.kind == kind) return &r;
  return nullptr;
}

bool IsNfc(const std::string& s) {
  static const icu::Normalizer2* nfc = [] {
    UErrorCode err = U_ZERO_ERROR;
    return icu::Normalizer2::getNFCInstance(err);
  }();
  UErrorCode err = U_ZERO_ERROR;
  return nfc->isNormalized(icu::UnicodeString::fromUTF8(s), err) && U_SUCCESS(err);
}

// FNV-1a over the field and a separator, so that ("ab","c") and ("a","bc") differ.
uint64_t HashField(uint64_t h, std::string_view s) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ull;
  }
  h ^= 0x1f;
  return h * 0x100000001b3ull;
}

void PutU32(std::string* out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}
void PutU64(std::string* out, uint64_t v) {
  for (int i = 0; i < 8; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}
void PutStr(std::string* out, std::string_view s) {
  PutU32(out, static_cast<uint32_t>(s.size()));
  out->append(s);
}

// Bounds-checked reader over the binary; any overrun marks it failed.
class Cursor {
 public:
  explicit Cursor(std::string_view bytes) : bytes_(bytes) {}
  bool failed() const { return failed_; }
  bool at_end() const { return pos_ == bytes_.size(); }
  uint64_t Int(int width) {
    if (failed_ || bytes_.size() - pos_ < static_cast<size_t>(width)) { failed_ = true; return 0; }
    uint64_t v = 0;
    for (int i = 0; i < width; ++i) v |= uint64_t(static_cast<unsigned char>(bytes_[pos_ + i])) << (8 * i);
    pos_ += width;
    return v;
  }
  std::string Str() {
    uint64_t n = Int(4);
    if (failed_ || bytes_.size() - pos_ < n) { failed_ = true; return ""; }
    std::string s(bytes_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  // A count of items that each take at least `min_bytes`: guards against absurd allocations.
  uint64_t Count(size_t min_bytes) {
    uint64_t n = Int(4);
    if (n * min_bytes > bytes_.size() - pos_) failed_ = true;
    return failed_ ? 0 : n;
  }

 private:
  std::string_view bytes_;
  size_t pos_ = 0;
  bool failed_ = false;
};

Table* TableFor(Lexicon* lex, const std::string& kind, const std::string& lang) {
  for (auto& t : lex->tables)
    if (t.kind == kind && t.lang == lang) return &t;
  lex->tables.push_back(Table{kind, lang, {}, {}});
  return &lex->tables.back();
}

void Rehash(Lexicon* lex) {
  uint64_t h = 0xcbf29ce484222325ull;
  h = HashField(h, std::to_string(kFormatVersion));
  for (const auto& t : lex->tables) {
    h = HashField(h, t.kind);
    h = HashField(h, t.lang);
    for (const auto& row : t.rows)
      for (const auto& f : row) h = HashField(h, f);
  }
  lex->content_hash = h;
}

}  // namespace

std::string Lexicon::Version() const {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%u.%08x", kFormatVersion, static_cast<unsigned>(content_hash >> 32));
  return buf;
}

std::vector<const Table*> Lexicon::Find(std::string_view kind, std::string_view lang) const {
  std::vector<const Table*> out;
  for (const auto& t : tables)
    if (t.kind == kind && (t.lang == lang || t.lang == "*")) out.push_back(&t);
  return out;
}

std::string Diagnostic::ToString() const {
  return path + ":" + std::to_string(line) + ": " + message;
}

const std::vector<KindSchema>& Schemas() {
  static const std::vector<KindSchema> schemas = [] {
    std::vector<KindSchema> out;
    for (const auto& r : Rules()) out.push_back(r.schema);
    return out;
  }();
  return schemas;
}

void ParseSource(std::string_view text, const std::string& path, Lexicon* into,
                 std::vector<Diagnostic>* diagnostics) {
  auto report = [&](size_t line, std::string msg) { diagnostics->push_back({path, line, std::move(msg)}); };
  size_t bad = 0;
  if (!text::IsValidUtf8(text, &bad)) {
    report(text::LineOf(text, bad), "invalid UTF-8 at byte " + std::to_string(bad));
    return;
  }
  std::string kind, lang;
  const KindRules* rules = nullptr;
  std::map<std::string, size_t> seen;  // key -> line, within this file
  size_t line_no = 0;
  for (size_t pos = 0; pos < text.size();) {
    size_t eol = std::min(text.find('\n', pos), text.size());
    std::string line(text.substr(pos, eol - pos));
    pos = eol + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    if (line[0] == '@') {
      auto space = line.find(' ');
      std::string name = line.substr(1, space == std::string::npos ? std::string::npos : space - 1);
      std::string value = space == std::string::npos ? "" : line.substr(space + 1);
      if (name == "kind") {
        kind = value;
        rules = RulesFor(kind);
        if (!rules) report(line_no, "unknown kind '" + kind + "'");
      } else if (name == "lang") {
        if (value != "fr" && value != "en" && value != "*") report(line_no, "lang must be fr, en or *");
        lang = value;
      } else {
        report(line_no, "unknown directive '@" + name + "'");
      }
      seen.clear();
      continue;
    }
    if (!rules || lang.empty()) {
      if (kind.empty() || lang.empty()) report(line_no, "row before the @kind and @lang directives");
      continue;
    }
    std::vector<std::string> fields = SplitList(line, '\t');
    if (fields.size() != rules->schema.columns.size()) {
      std::string expected;
      for (const auto& c : rules->schema.columns) expected += (expected.empty() ? "" : ", ") + c;
      report(line_no, "expected " + std::to_string(rules->schema.columns.size()) +
                          " tab-separated columns (" + expected + "), found " + std::to_string(fields.size()));
      continue;
    }
    if (std::any_of(fields.begin(), fields.end(),
                    [](const std::string& f) { return f.empty() || f.front() == ' ' || f.back() == ' '; })) {
      report(line_no, "empty field or field with leading or trailing spaces");
      continue;
    }
    if (!std::all_of(fields.begin(), fields.end(), IsNfc)) {
      report(line_no, "text is not in Unicode NFC form");
      continue;
    }
    if (std::string why = rules->validate(fields); !why.empty()) {
      report(line_no, why);
      continue;
    }
    std::string key;
    for (size_t i = 0; i < rules->key_columns; ++i) key += fields[i] + '\t';
    if (auto [it, fresh] = seen.emplace(key, line_no); !fresh) {
      report(line_no, "duplicate of line " + std::to_string(it->second));
      continue;
    }
    Table* table = TableFor(into, kind, lang);
    table->rows.push_back(std::move(fields));
    table->origins.push_back(path + ":" + std::to_string(line_no));
  }
  Rehash(into);
}

Lexicon ReadSources(const std::string& dir, std::vector<Diagnostic>* diagnostics) {
  return ReadSources(std::vector<std::string>{dir}, diagnostics);
}

Lexicon ReadSources(const std::vector<std::string>& dirs, std::vector<Diagnostic>* diagnostics) {
  Lexicon lex;
  for (const std::string& dir : dirs) {
    std::vector<fs::path> files;
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec))
      if (it->is_regular_file() && it->path().extension() == ".lex") files.push_back(it->path());
    if (ec) diagnostics->push_back({dir, 0, "cannot read directory: " + ec.message()});
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      std::ifstream in(f, std::ios::binary);
      std::stringstream buf;
      buf << in.rdbuf();
      if (!in) {
        diagnostics->push_back({f.string(), 0, "cannot read file"});
        continue;
      }
      ParseSource(buf.str(), f.lexically_relative(fs::path(dir).parent_path()).string(), &lex, diagnostics);
    }
  }
  Rehash(&lex);
  return lex;
}

std::string Serialize(const Lexicon& lex) {
  std::string out(kMagic, sizeof kMagic);
  PutU32(&out, kFormatVersion);
  PutU64(&out, lex.content_hash);
  PutU32(&out, static_cast<uint32_t>(lex.tables.size()));
  for (const auto& t : lex.tables) {
    PutStr(&out, t.kind);
    PutStr(&out, t.lang);
    PutU32(&out, static_cast<uint32_t>(t.rows.size()));
    for (size_t i = 0; i < t.rows.size(); ++i) {
      PutStr(&out, t.origins[i]);
      PutU32(&out, static_cast<uint32_t>(t.rows[i].size()));
      for (const auto& f : t.rows[i]) PutStr(&out, f);
    }
  }
  return out;
}

Result<Lexicon> Deserialize(std::string_view bytes) {
  if (bytes.size() < sizeof kMagic || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0)
    return Status::Corrupt("not a sitrep lexicon (bad magic)");
  Cursor in(bytes.substr(sizeof kMagic));
  uint32_t version = static_cast<uint32_t>(in.Int(4));
  if (!in.failed() && version != kFormatVersion)
    return Status::Unsupported("lexicon format version " + std::to_string(version) + ", this sitrep reads " +
                               std::to_string(kFormatVersion) + ": recompile it with `sitrep lexicon compile`");
  Lexicon lex;
  lex.content_hash = in.Int(8);
  uint64_t ntables = in.Count(12);
  for (uint64_t t = 0; t < ntables && !in.failed(); ++t) {
    Table table;
    table.kind = in.Str();
    table.lang = in.Str();
    const KindRules* rules = RulesFor(table.kind);
    if (!in.failed() && !rules) return Status::Corrupt("unknown lexicon kind '" + table.kind + "'");
    uint64_t nrows = in.Count(8);
    // Count() has checked the counts against the bytes left: reserving cannot be asked too much.
    table.origins.reserve(nrows);
    table.rows.reserve(nrows);
    for (uint64_t r = 0; r < nrows && !in.failed(); ++r) {
      table.origins.push_back(in.Str());
      uint64_t ncols = in.Count(4);
      if (!in.failed() && ncols != rules->schema.columns.size())
        return Status::Corrupt("row with " + std::to_string(ncols) + " columns in kind " + table.kind);
      std::vector<std::string> row;
      row.reserve(ncols);
      for (uint64_t c = 0; c < ncols && !in.failed(); ++c) row.push_back(in.Str());
      table.rows.push_back(std::move(row));
    }
    lex.tables.push_back(std::move(table));
  }
  if (in.failed() || !in.at_end()) return Status::Corrupt("truncated or malformed lexicon binary");
  return lex;
}

std::string FindDataFile(const std::string& given, const char* env_var, const char* file_name) {
  if (!given.empty()) return given;
  if (const char* env = std::getenv(env_var); env && *env) return env;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  // A directory this user may not search is not a place the file is (and must not abort the program).
  if (!ec && fs::exists(exe.parent_path() / file_name, ec)) return (exe.parent_path() / file_name).string();
  return std::string(SITREP_DATADIR) + "/" + file_name;
}

std::string FindBinary(const std::string& given) { return FindDataFile(given, "SITREP_LEXICON", "lexicon.bin"); }

Status WriteFileAtomically(const std::string& path, std::string_view bytes) {
  std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) return Status::IoError("cannot write " + tmp);
  }
  std::error_code ec;
  fs::rename(tmp, path, ec);
  if (ec) return Status::IoError("cannot rename " + tmp + " to " + path + ": " + ec.message());
  return Status::Ok();
}

Status WriteBinary(const Lexicon& lex, const std::string& path) { return WriteFileAtomically(path, Serialize(lex)); }

Result<Lexicon> LoadBinary(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open lexicon " + path);
  std::stringstream buf;
  buf << in.rdbuf();
  auto lex = Deserialize(buf.str());
  if (!lex.ok()) return Status::Corrupt(path + ": " + lex.status().message());
  return lex;
}

}  // namespace sitrep::lexicon
