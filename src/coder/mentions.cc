#include "coder/mentions.h"

#include <algorithm>
#include <climits>
#include <map>
#include <span>
#include <sstream>

#include "text/fold.h"
#include "text/numbers.h"
#include "time/calendar.h"
#include "time/tagger.h"

namespace sitrep::coder {

// Strings compare with, and braced lists hold, "..."sv literals, whose lengths are constants: a
// bare literal would be measured at every test, and compared out of line.
using namespace std::string_view_literals;

bool IsStateRole(std::string_view role) {
  for (std::string_view r : {"GOV"sv, "MIL"sv, "COP"sv, "SPY"sv, "JUD"sv, "LEG"sv})
    if (role == r) return true;
  return false;
}

bool IsNonStateRole(std::string_view role) {
  for (std::string_view r : {"REB"sv, "INS"sv, "UAF"sv, "SEP"sv, "CRM"sv, "OPP"sv})
    if (role == r) return true;
  return false;
}

namespace {

bool IsAuxiliary(const morph::Analysis& a) { return a.Has("AUX"); }

bool OnlyPos(const morph::Analysis& a, std::initializer_list<std::string_view> tags) {
  for (const auto& r : a.readings)
    if (std::find(tags.begin(), tags.end(), r.upos) == tags.end()) return false;
  return !a.readings.empty();
}

using morph::IsWord;

// Lowercase particles inside transliterated names: Jisr ash Shughur, Hurras al Din, Ahmad ibn Ali.
bool IsNameParticle(const morph::Analysis& a) {
  return a.folded.size() <= 4 && IsWord(a, {"al", "el", "ad", "ar", "as", "az", "ez", "ed", "ash", "an", "ibn", "bin", "ben", "abu", "abou",
                    "um", "umm", "bani", "beni", "ould"});
}

bool IsPronounSubject(const morph::Analysis& a) {
  return a.Has("PRON") && IsWord(a, {"il", "ils", "elle", "elles", "eux", "they", "he", "she", "we", "nous"});
}

bool IsDemonstrative(const morph::Analysis& a) {
  return IsWord(a, {"ces", "cette", "ce", "cet", "these", "this", "those"});
}

bool IsCoordinator(const morph::Analysis& a) { return IsWord(a, {"et", "and", "ou", "or"}); }

// A title before a name makes it a person's: M. Touré, Gen. Mukendi, Dr. Keita.
bool IsTitle(std::string_view token) {
  return token.size() >= 2 && token.back() == '.' && text::IsUpperInitial(token) && token.find(' ') == std::string_view::npos &&
         token != "U.S."sv && token != "U.N."sv && token != "U.K."sv;
}

bool IsOf(const morph::Analysis& a) { return IsWord(a, {"de", "d'", "du", "des", "of"}); }

// The labels inside tokens [first, last). Labels are disjoint and in text order: those of a phrase
// are found by bisection, not by a pass over the sentence's (a phrase per label would make that
// quadratic).
std::span<const MentionFinder::Label> LabelsWithin(const std::vector<MentionFinder::Label>& labels, uint32_t first,
                                                   uint32_t last) {
  auto from = std::partition_point(labels.begin(), labels.end(),
                                   [&](const MentionFinder::Label& l) { return l.first < first; });
  auto to = std::partition_point(from, labels.end(), [&](const MentionFinder::Label& l) { return l.last <= last; });
  return {from, to};
}

}  // namespace

std::string RoleName(const std::string& role) {
  static const std::map<std::string, std::string> kNames = {
      {"GOV", "government"}, {"MIL", "military"},  {"COP", "police"},     {"REB", "rebels"},
      {"INS", "insurgents"}, {"OPP", "opposition"}, {"CVL", "civilians"}, {"REF", "refugees"},
      {"MED", "media"},      {"HLH", "health"},     {"REL", "religious"}, {"BUS", "business"},
      {"LAB", "labour"},     {"EDU", "education"},  {"JUD", "judiciary"}, {"LEG", "legislature"},
      {"SPY", "intelligence"}, {"CRM", "criminals"}, {"UAF", "armed group"}, {"AGR", "agriculture"},
      {"ELI", "elites"}};
  auto it = kNames.find(role);
  return it == kNames.end() ? role : it->second;
}

std::string MentionFinder::NameFor(const std::string& code) const {
  // The longest named prefix, then a role for each three letters after it: USAGOV is the United
  // States government.
  for (size_t n = code.size(); n >= 3; n -= 3) {
    auto it = names_.find(code.substr(0, n));
    if (it == names_.end()) continue;
    std::string name = it->second;
    for (size_t at = n; at + 3 <= code.size(); at += 3) name += " " + RoleName(code.substr(at, 3));
    return name;
  }
  return "";
}

Result<std::unique_ptr<MentionFinder>> MentionFinder::Create(const lexicon::Lexicon& lexicon, const std::string& lang,
                                                             text::Segmenter& segmenter, morph::Analyzer& analyzer) {
  std::unique_ptr<MentionFinder> f(new MentionFinder());
  f->lang_ = lang;
  for (const auto* table : lexicon.Find("actors", lang))
    for (const auto& row : table->rows) {
      f->actor_index_.Add(row[0], static_cast<uint32_t>(f->actors_.size()), segmenter, analyzer);
      ActorEntry entry{row[1], row[2], row[3], {}};
      if (row[4] != "-"sv) {
        std::istringstream periods(row[4]);
        for (std::string period; std::getline(periods, period, ',');) {
          long first = 0, last = 0;
          if (time::ParsePeriod(period, &first, &last)) entry.valid.push_back({first, last});
        }
      }
      // A code's name: a country's own row before a demonym's or a person's.
      if (entry.cls != "demonym"sv && entry.cls != "person"sv &&
          (!f->names_.count(entry.code) || entry.cls == "country"sv))
        f->names_[entry.code] = entry.name;
      f->actors_.push_back(std::move(entry));
    }
  for (const auto* table : lexicon.Find("agents", lang))
    for (const auto& row : table->rows) {
      f->agent_index_.Add(row[0], static_cast<uint32_t>(f->agents_.size()), segmenter, analyzer);
      std::string_view role = row[1];
      f->agents_.push_back({std::string(role.substr(0, 3)), row[2],
                            role.size() > 4 ? std::string(role.substr(4)) : std::string()});
    }
  std::map<std::string, std::string> site_roles;
  for (const auto* table : lexicon.Find("site_owners", lang))
    for (const auto& row : table->rows) site_roles[row[0]] = row[1];
  for (const auto* table : lexicon.Find("place_words", lang))
    for (const auto& row : table->rows) {
      f->place_index_.Add(row[0], static_cast<uint32_t>(f->place_features_.size()), segmenter, analyzer);
      f->place_features_.push_back(row[1]);
      auto owner = site_roles.find(row[0]);
      f->site_roles_.push_back(owner == site_roles.end() ? "" : owner->second);
    }
  for (const auto* table : lexicon.Find("noun_classes", lang))
    for (const auto& row : table->rows) {
      f->thing_index_.Add(row[0], static_cast<uint32_t>(f->thing_classes_.size()), segmenter, analyzer);
      f->thing_classes_.push_back(row[1]);
      auto owner = site_roles.find(row[0]);
      f->thing_owners_.push_back(owner == site_roles.end() ? "" : owner->second);
    }
  return f;
}

std::vector<MentionFinder::Label> MentionFinder::Labels(const morph::AnalyzedText& at, size_t sentence) const {
  const text::Sentence& s = at.seg.sentences[sentence];
  const size_t begin = s.first_token, end = s.first_token + s.token_count;
  std::vector<Label> labels;
  for (size_t i = begin; i < end;) {
    if (at.seg.tokens[i].kind != text::TokenKind::kWord) {
      ++i;
      continue;
    }
    auto actor = actor_index_.Longest(at, i, end);
    // Agents and place words are nouns: "forced", "based in", "patrolled" are not.
    bool noun = at.analyses[i]->Has("NOUN") || at.analyses[i]->Has("PROPN");
    // An agent of several words may open on its adjective: "an armed group", "armed men".
    auto agent = noun || at.analyses[i]->Has("ADJ") ? agent_index_.Longest(at, i, end) : PhraseIndex::Match{};
    if (!noun && agent.length < 2) agent = PhraseIndex::Match{};
    auto place = noun ? place_index_.Longest(at, i, end) : PhraseIndex::Match{};
    // A class noun yields to every other reading: "siège" of a government is an agent's seat.
    auto thing = noun && !actor.length && !agent.length && !place.length ? thing_index_.Longest(at, i, end)
                                                                          : PhraseIndex::Match{};
    Label l;
    l.first = static_cast<uint32_t>(i);
    if (actor.length && actor.length >= agent.length && actor.length >= place.length) {
      l.kind = Label::Kind::kActor, l.last = l.first + actor.length, l.id = actor.id;
    } else if (agent.length && agent.length >= place.length) {
      l.kind = Label::Kind::kAgent, l.last = l.first + agent.length, l.id = agent.id;
    } else if (place.length) {
      l.kind = Label::Kind::kPlace, l.last = l.first + place.length, l.id = place.id;
    } else if (thing.length) {
      l.kind = Label::Kind::kThing, l.last = l.first + thing.length, l.id = thing.id;
    }
    if (l.kind == Label::Kind::kNone) {
      ++i;
      continue;
    }
    labels.push_back(l);
    i = l.last;
  }
  return labels;
}

std::vector<std::string> MentionFinder::CountriesNamed(const std::vector<std::vector<Label>>& labels) const {
  std::map<std::string, int> counts;
  std::vector<std::string> order;
  for (size_t s = 0; s < labels.size(); ++s)
  for (const Label& l : labels[s]) {
    if (l.kind != Label::Kind::kActor) continue;
    const ActorEntry& e = actors_[l.id];
    bool national_person = e.cls == "person"sv && e.code.size() == 6;  // Lavrov (RUSGOV) speaks of Russia
    if (e.cls != "country"sv && e.cls != "demonym"sv && e.cls != "government"sv && !national_person) continue;
    std::string country = e.code.substr(0, 3);
    if (!counts[country]) order.push_back(country);
    // The lead names the country the story is about; later ones are often its neighbours and
    // backers ("a sollicité l'appui militaire du Niger").
    counts[country] += s == 0 ? 2 : 1;
  }
  std::stable_sort(order.begin(), order.end(), [&](const std::string& a, const std::string& b) { return counts[a] > counts[b]; });
  return order;
}

ActorRef MentionFinder::RefAt(const ActorEntry& e, const PartialDate& date) const {
  ActorRef ref{e.code, e.name, false, false};
  if (e.valid.empty() || !date.known()) return ref;
  long day = time::FirstDay(date);
  for (const auto& [first, last] : e.valid)
    if (first <= day && day <= last) return ref;
  ref.code = e.code.substr(0, 3);
  ref.name = e.name + " (out of office)";
  return ref;
}

void MentionFinder::Describe(const morph::AnalyzedText& at, const std::vector<Label>& labels, size_t head_end,
                             const std::string& context_country, Mention* m) const {
  std::vector<const ActorEntry*> groups;
  std::vector<std::string> countries;
  std::string role, place_feature, complement_role, thing_class, site_role, thing_owner;
  const Label* complement_capital = nullptr;
  uint32_t last_agent = 0, last_thing = 0;  // where the head's last agent and class noun start, +1
  bool only_country = true;
  int labels_in_mention = 0;
  for (const Label& l : LabelsWithin(labels, m->first, m->last)) {
    ++labels_in_mention;
    bool in_head = l.first < head_end;
    if (l.kind == Label::Kind::kAgent) {
      // The head noun is the first agent in French (forces gouvernementales), the last in English
      // (Syrian government forces); an agent inside a complement does not name the role.
      // A non-state modifier outranks the head: forces rebelles, forces supplétives, rebel forces.
      const std::string& r = agents_[l.id].role;
      bool non_state = IsNonStateRole(r);
      bool role_non_state = IsNonStateRole(role);
      if (in_head && (role.empty() || (lang_ == "en"sv && !role_non_state) || (non_state && !role_non_state))) {
        role = r;
        m->force_role = agents_[l.id].force_role;
      }
      if (in_head) last_agent = l.first + 1;
      if (!in_head && complement_role.empty()) complement_role = r;
      only_country = false;
    } else if (l.kind == Label::Kind::kPlace) {
      if (in_head && place_feature.empty()) place_feature = place_features_[l.id], site_role = site_roles_[l.id];
      only_country = false;
    } else if (l.kind == Label::Kind::kThing) {
      // The head noun: the first class noun in French (maisons de civils), the last in English.
      if (in_head && (thing_class.empty() || lang_ == "en"sv))
        thing_class = thing_classes_[l.id], thing_owner = thing_owners_[l.id], last_thing = l.first + 1;
    } else {
      const ActorEntry& e = actors_[l.id];
      // "Turkish-backed factions", "Iranian-supported militias": the backer is not the actor.
      bool backer = false;  // the split-off participle is a token of its own: "-backed"
      if (l.last < m->last && at.TokenText(l.last).starts_with("-"))
        for (const char* w : {"backed", "supported", "allied", "aligned", "sponsored", "funded", "trained",
                              "installed", "appointed"})
          backer |= at.analyses[l.last]->HasLemma(w);
      if (backer) {
        only_country = false;
        continue;
      }
      if (e.cls == "country"sv || e.cls == "demonym"sv) {
        if (std::find(countries.begin(), countries.end(), e.code) == countries.end()) countries.push_back(e.code);
        if (e.cls != "country"sv) only_country = false;
      } else if (e.cls == "government"sv && !in_head && (!place_feature.empty() || !thing_class.empty())) {
        // "un hôpital de Bamako", "a bar in the capital's Kinama": the capital after a place or a
        // thing says where it is, not whose.
        complement_capital = &l;
        only_country = false;
      } else {
        groups.push_back(&e);
        only_country = false;
      }
    }
  }
  if (complement_capital && m->place_name.empty())
    m->place_name = std::string(at.doc->text.substr(at.seg.tokens[complement_capital->first].start,
                                                    at.seg.tokens[complement_capital->last - 1].end -
                                                        at.seg.tokens[complement_capital->first].start));
  // An owner's role is its own: les positions [de l'armée congolaise] are the army's.
  if (role.empty() && m->possessor) role = complement_role;
  m->role = role;
  auto is_state_role = [](const std::string& r) { return r.empty() || IsStateRole(r); };
  if (!groups.empty()) {
    for (const ActorEntry* g : groups) {
      ActorRef ref = RefAt(*g, at.doc->date);
      ref.state = g->cls == "government"sv || (g->cls == "person"sv && ref.code.size() == 6 && is_state_role(ref.code.substr(3)));
      m->actors.push_back(ref);
    }
  } else if (!countries.empty()) {
    for (const auto& c : countries) {
      std::string code = c.size() == 3 ? c + role : c;
      m->actors.push_back({code, role.empty() ? c : c + " " + RoleName(role), false, is_state_role(role)});
    }
    if (only_country && countries.size() == 1) m->country_code = countries[0];
  } else if (!role.empty()) {
    std::string code = context_country + role;
    m->actors.push_back({code, (context_country.empty() ? "" : context_country + " ") + RoleName(role),
                         !context_country.empty(), !context_country.empty() && is_state_role(role)});
  }
  // A capital that stands for a government is still a place: "entered Niamey", "à Bamako".
  if (groups.size() == 1 && groups[0]->cls == "government"sv && labels_in_mention == 1)
    m->place_name = std::string(at.doc->text.substr(at.seg.tokens[m->first].start,
                                                    at.seg.tokens[m->last - 1].end - at.seg.tokens[m->first].start)),
    m->feature = "city";
  // "the central Malian city of Mopti", "la ville soudanaise de": a place noun that only a
  // nationality modifies is a place of that country, not the country acting.
  // (Sites are owned: "Israeli positions", "les navires américains" are Israel's, America's.)
  if (!place_feature.empty() && place_feature != "site"sv && role.empty() && groups.empty() && !countries.empty() &&
      !m->possessor) {
    m->actors.clear();
    m->country_code.clear();
  }
  if (!place_feature.empty() && m->actors.empty()) {
    m->kind = Mention::Kind::kPlace;
    m->feature = place_feature;
    m->site_role = site_role;
  }
  // "the headquarters of the border guards": the owner acts and is acted on; the site is the place.
  if (!place_feature.empty() && m->possessor) m->feature = place_feature;
  if (!thing_class.empty() && m->actors.empty() && m->kind == Mention::Kind::kActor && m->place_name.empty()) {
    m->kind = Mention::Kind::kThing;
    m->thing_class = thing_class;
    m->site_role = thing_owner;
  }
  // "army vehicles", "the official residence": in English an agent before the head noun owns it.
  if (lang_ == "en"sv && !thing_class.empty() && last_agent && last_thing > last_agent && !m->actors.empty())
    m->possessor = true;
  // "the houses of civilians", "les véhicules de l'armée": the owner's property.
  if (!thing_class.empty() && m->possessor) m->thing_class = thing_class;
  if (!m->country_code.empty()) m->feature = "country";
}

std::vector<Mention> MentionFinder::Find(const morph::AnalyzedText& at, size_t sentence, const std::vector<Label>& labels,
                                         const std::string& context_country) const {
  const text::Sentence& s = at.seg.sentences[sentence];
  const size_t b = s.first_token, e = s.first_token + s.token_count;
  std::vector<int> label_at(e - b, -1);
  for (size_t k = 0; k < labels.size(); ++k)
    for (uint32_t t = labels[k].first; t < labels[k].last; ++t) label_at[t - b] = static_cast<int>(k);
  // A class noun (attack, fire, shell) does not make a phrase by itself: many are verbs too, and the
  // phrase is chunked by its parts of speech; Describe reads its class from the labels.
  auto label_of = [&](size_t t) -> const Label* {
    const Label* l = label_at[t - b] >= 0 ? &labels[label_at[t - b]] : nullptr;
    return l && l->kind != Label::Kind::kThing ? l : nullptr;
  };
  // A class noun is a noun after an article, a number, an adjective or a preposition other than the
  // infinitive's "to": "des véhicules", "heavy shelling", but not "plan to attack".
  auto is_thing = [&](size_t t) { return label_at[t - b] >= 0 && labels[label_at[t - b]].kind == Label::Kind::kThing; };
  auto class_noun = [&](size_t t) {
    if (!is_thing(t)) return false;
    // A sentence opens with a noun phrase: "Houses were burned", "Rockets hit the camp".
    if (t == b) return at.analyses[t]->Has("NOUN");
    const morph::Analysis& before = *at.analyses[t - 1];
    // "plusieurs commerces et véhicules", "houses and cars": coordinated with a class noun.
    if (t >= b + 2 && IsCoordinator(before) && is_thing(t - 2)) return true;
    if (IsWord(before, {"to"}) || IsAuxiliary(before) || IsPronounSubject(before)) return false;
    // After a bare preposition a form that is also a verb is the verb: "accused of killing civilians".
    return before.Has("DET") || before.Has("NUM") || before.Has("ADJ") ||
           (before.Has("ADP") && !at.analyses[t]->Has("VERB"));
  };
  auto is_demonym = [&](size_t t) {
    const Label* l = label_of(t);
    return l && l->kind == Label::Kind::kActor && actors_[l->id].cls == "demonym"sv;
  };
  auto capitalised_name = [&](size_t t) {
    const morph::Analysis& a = *at.analyses[t];
    std::string_view form = at.TokenText(t);
    if (time::IsCalendarName(a) || IsTitle(form)) return false;  // Wednesday, Novembre, M., Gen.
    // al-Bab, el-Fasher: a lowercase article joined to a name.
    size_t hyphen = form.find('-');
    bool particle_name = hyphen != std::string_view::npos && hyphen <= 3 && text::IsUpperInitial(form.substr(hyphen + 1));
    if (!a.Has("PROPN") || !(text::IsUpperInitial(form) || particle_name)) return false;
    return t != b || OnlyPos(a, {"PROPN"});  // a sentence's first word is a name only if nothing else
  };
  auto np_start = [&](size_t t) {
    const morph::Analysis& a = *at.analyses[t];
    if (label_of(t) || class_noun(t)) return true;
    if (time::IsCalendarName(a)) return false;  // "ont visé lundi des positions"
    // "mardi soir des gendarmes", "on Tuesday night gunmen": the part of the day ends a date.
    if (t > b && time::IsCalendarName(*at.analyses[t - 1]) && time::IsTimeOfDay(a.folded)) return false;
    if (IsAuxiliary(a) || IsPronounSubject(a)) return false;
    // le, la, les are articles or object pronouns: an article when a noun phrase follows.
    if (a.Has("DET")) {
      if (!a.Has("PRON")) return true;
      if (t + 1 < e) {
        const morph::Analysis& next = *at.analyses[t + 1];
        if (label_of(t + 1) || capitalised_name(t + 1) ||
            (!IsAuxiliary(next) && (next.Has("NOUN") || next.Has("ADJ") || next.Has("NUM"))))
          return true;
      }
    }
    if (capitalised_name(t)) return true;
    return !a.Has("VERB") && (a.Has("NOUN") || a.Has("ADJ") || a.Has("NUM"));
  };
  auto np_continues = [&](size_t t) {
    const morph::Analysis& a = *at.analyses[t];
    if (label_of(t) || class_noun(t)) return true;
    if (IsAuxiliary(a) || at.seg.tokens[t].kind == text::TokenKind::kPunct) return false;
    if (capitalised_name(t) || IsNameParticle(a)) return true;
    if (IsWord(a, {"ne", "n'", "pas", "not", "n't", "never", "jamais", "se", "s'", "who", "which", "whom", "whose",
                   "that", "then", "there", "here", "also", "still", "already", "now", "qui", "que", "dont", "ou"}))
      return false;
    // English puts participles before the noun (armed men): after one, a past form is the verb.
    if (lang_ == "en"sv && t > b && (at.analyses[t - 1]->Has("NOUN") || at.analyses[t - 1]->Has("PROPN") || label_of(t - 1)) &&
        (a.HasFeature("VERB", "past") || a.HasFeature("VERB", "3sg")))
      return false;
    if (a.Has("ADP") || a.Has("CCONJ") || a.Has("SCONJ") || IsPronounSubject(a)) return false;
    bool after_article = t > b && at.analyses[t - 1]->Has("DET");
    if (a.Has("VERB")) return a.Has("ADJ") || (a.Has("NOUN") && after_article);
    return a.Has("ADJ") || a.Has("NOUN") || a.Has("NUM") || a.Has("DET");
  };

  std::vector<Mention> out;
  for (size_t i = b; i < e;) {
    const morph::Analysis& a = *at.analyses[i];
    if (IsPronounSubject(a)) {
      Mention m;
      m.kind = Mention::Kind::kPronoun;
      m.first = static_cast<uint32_t>(i);
      m.last = static_cast<uint32_t>(i + 1);
      m.plural = IsWord(a, {"ils", "elles", "eux", "they", "we", "nous"});
      out.push_back(std::move(m));
      ++i;
      continue;
    }
    if (!np_start(i)) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < e) {
      if (const Label* l = label_of(j)) {
        j = l->last;
        continue;
      }
      // "forces irakiennes et syriennes": demonyms coordinated inside one noun phrase.
      if (j + 1 < e && (IsCoordinator(*at.analyses[j]) || at.TokenText(j) == ","sv) && j > i && is_demonym(j - 1) &&
          is_demonym(j + 1)) {
        j += 1;
        continue;
      }
      if (!np_continues(j)) break;
      // An article after a noun, a name or an adjective starts the next noun phrase: "à l'armée
      // soudanaise la ville de X", "Odessa le 3 mars"; a day or month name ends it ("Odessa lundi").
      const morph::Analysis& a = *at.analyses[j];
      if (j > i && a.Has("DET") && !a.Has("ADJ") && !at.analyses[j - 1]->Has("DET") &&
          (at.analyses[j - 1]->Has("NOUN") || at.analyses[j - 1]->Has("ADJ") || label_of(j - 1) ||
           capitalised_name(j - 1)))
        break;
      if (j > i && time::IsCalendarName(a)) break;
      ++j;
    }
    if (j == i) {
      ++i;
      continue;
    }
    Mention m;
    m.first = static_cast<uint32_t>(i);
    m.last = static_cast<uint32_t>(j);
    size_t head_end = j;
    bool head_has_label = false, head_has_actor = false, head_has_place = false, head_has_thing = false;
    for (const Label& l : LabelsWithin(labels, static_cast<uint32_t>(i), static_cast<uint32_t>(j))) {
      head_has_label = true;
      head_has_actor |= l.kind == Label::Kind::kActor;
      head_has_place |= l.kind == Label::Kind::kPlace;
      head_has_thing |= l.kind == Label::Kind::kThing;
    }
    // A parenthesised acronym right after a noun phrase names it again: l'Union africaine (UA).
    if (j + 2 < e && at.TokenText(j) == "("sv && at.TokenText(j + 2) == ")"sv &&
        (label_of(j + 1) || capitalised_name(j + 1))) {
      m.last = static_cast<uint32_t>(j + 3);
      head_end = m.last;
    }
    // A complement "de/of + noun phrase" joins an agent (combattants du JNIM), a place noun (la
    // ville de Gao), or an unlabelled noun that the actor owns (les positions du JNIM).
    size_t k = m.last;
    if (k + 1 < e && IsOf(*at.analyses[k]) && !head_has_actor) {
      size_t c = k + 1;
      while (c < e && at.analyses[c]->Has("DET") && !label_of(c) && !capitalised_name(c)) ++c;
      size_t c_end = c;
      bool complement_actor = false, complement_name = false;
      while (c_end < e) {
        if (const Label* l = label_of(c_end)) {
          // A capital standing for its government is, after a place or a thing, where it is: "un
          // hôpital de Bamako" is in Bamako, not the government's.
          bool capital = l->kind == Label::Kind::kActor && actors_[l->id].cls == "government"sv &&
                         (head_has_place || head_has_thing);
          complement_actor |= (l->kind == Label::Kind::kActor && !capital) || l->kind == Label::Kind::kAgent;
          complement_name |= capital;
          c_end = l->last;
          continue;
        }
        if (capitalised_name(c_end) || (c_end > c && IsNameParticle(*at.analyses[c_end]))) {
          complement_name = true;
          ++c_end;
          continue;
        }
        // Common words inside the complement, adjectives before its noun too: "of the local garrison".
        if ((c_end > c || (at.analyses[c_end]->Has("ADJ") && !at.analyses[c_end]->Has("VERB"))) && np_continues(c_end) &&
            !at.analyses[c_end]->Has("DET")) {
          ++c_end;
          continue;
        }
        break;
      }
      // A count of people is those people: des dizaines de manifestants, thousands of civilians.
      // (Approximate numbers, collective and partitive nouns: une trentaine de, a handful of, many of.)
      const morph::Analysis& head_word = *at.analyses[k - 1];
      bool quantity = text::ApproximateAmount(head_word.folded) ||
                      IsWord(head_word, {"dozen", "millions", "poignee", "nombre", "plupart", "groupe", "handful",
                                         "number", "group", "many", "most", "some", "several", "few"});
      // "Hundreds of civilians" opens a sentence: a capital does not make a count a name.
      bool head_is_name = capitalised_name(k - 1) && !quantity;
      bool attach = false;
      if (complement_actor && !head_is_name) attach = true;                   // agent, owner, count
      if (complement_name && !complement_actor) attach = true;                // a place's name
      if (attach && c_end > c) {
        if ((!head_has_label || head_has_place || head_has_thing) && complement_actor && !quantity) m.possessor = true;
        // The count's people are the phrase's actors and role.
        if (quantity && complement_actor) head_end = c_end;
        // "the home of Keita", "les véhicules de Traoré": a thing's capitalised complement is its
        // owner, not a place's name.
        if (complement_name && !complement_actor && !(head_has_thing && !head_has_place)) {
          // The name, without the common words after it (le contrôle de Ménaka mardi).
          size_t name_start = c, name_end = c_end;
          while (name_end > c + 1 && !capitalised_name(name_end - 1)) --name_end;
          // "the Bankass district of Mopti region", "le cercle de Bankass de la région de Mopti": a place noun with
          // a name of its own is that place; the complement only says what holds it.
          // (Only when the complement is a place noun too: "the Ituri town of X" names X.)
          bool complement_place = false;
          for (size_t t = c; t < c_end; ++t)
            if (const Label* l = label_of(t)) complement_place |= l->kind == Label::Kind::kPlace;
          size_t own = m.first;
          while (own < k && !(capitalised_name(own) && own > b)) ++own;
          if (head_has_place && complement_place && own < k) {
            name_start = own;
            name_end = own + 1;
            while (name_end < k && capitalised_name(name_end)) ++name_end;
          }
          m.place_name = std::string(at.doc->text.substr(at.seg.tokens[name_start].start,
                                                         at.seg.tokens[name_end - 1].end - at.seg.tokens[name_start].start));
          m.kind = Mention::Kind::kPlace;
        }
        m.last = static_cast<uint32_t>(c_end);
      }
    }
    Describe(at, labels, head_end, context_country, &m);
    if (m.possessor && m.actors.empty()) m.possessor = false;
    m.demonstrative = IsDemonstrative(*at.analyses[i]) && !m.actors.empty() && m.actors[0].from_context;
    m.plural = at.analyses[head_end - 1]->HasFeature("", "pl") || at.analyses[i]->HasFeature("", "pl") ||
               m.actors.size() > 1 || IsWord(*at.analyses[i], {"les", "des", "ces", "these", "those"});
    // A run of capitalised names that no lexicon knows is taken for a place until the gazetteer
    // says otherwise; person and organisation names are left to later stages. A settlement's or a
    // division's noun has it for its name: "the Nad Ali district" (English puts it first). (Before
    // a site or a crossing a name may be its owner's: "Veldaran border posts".)
    bool settlement = m.feature == "city"sv || m.feature == "village"sv || m.feature == "district"sv || m.feature == "region"sv;
    if (m.place_name.empty() &&
        ((m.kind == Mention::Kind::kActor && m.actors.empty()) || (m.kind == Mention::Kind::kPlace && settlement))) {
      size_t n = i;
      while (n < m.last && !capitalised_name(n)) ++n;
      size_t n_end = n;
      while (n_end < m.last && (capitalised_name(n_end) || (n_end > n && IsNameParticle(*at.analyses[n_end])))) ++n_end;
      bool person = n > b && IsTitle(at.TokenText(n - 1));
      if (n < n_end && !person) {
        m.kind = Mention::Kind::kPlace;
        m.place_name = std::string(at.doc->text.substr(at.seg.tokens[n].start, at.seg.tokens[n_end - 1].end - at.seg.tokens[n].start));
      }
    }
    if (m.kind == Mention::Kind::kPlace && m.place_name.empty() && m.feature.empty()) m.kind = Mention::Kind::kActor;
    i = m.last;
    if (m.HasActor() || m.kind != Mention::Kind::kActor) out.push_back(std::move(m));
  }

  // Coordinated noun phrases: "soldats et gendarmes maliens", "le gouvernement malien et ses partenaires".
  std::vector<Mention> merged;
  for (auto& m : out) {
    if (!merged.empty() && m.HasActor() && merged.back().HasActor() && merged.back().kind == Mention::Kind::kActor &&
        m.kind == Mention::Kind::kActor && m.first == merged.back().last + 1 &&
        IsCoordinator(*at.analyses[merged.back().last])) {
      Mention& first = merged.back();
      // A nationality that ends the pair applies to both: soldats et policiers syriens.
      const ActorRef& second = m.actors[0];
      bool second_is_national = !second.from_context && !m.role.empty() && second.code.size() == 3 + m.role.size() &&
                                second.code.compare(3, std::string::npos, m.role) == 0;
      if (second_is_national && !first.role.empty())
        for (auto& a : first.actors)
          if (a.from_context)
            a = {second.code.substr(0, 3) + first.role, second.code.substr(0, 3) + " " + RoleName(first.role), false,
                 a.state};
      first.actors.insert(first.actors.end(), m.actors.begin(), m.actors.end());
      first.last = m.last;
      first.plural = true;
      continue;
    }
    // "Sudan's army", "Boko Haram's fighters": the owner's country or group acts through the agent.
    if (!merged.empty() && !m.role.empty() && m.HasActor() && m.actors[0].from_context &&
        merged.back().HasActor() && !merged.back().actors[0].from_context && merged.back().kind != Mention::Kind::kPronoun &&
        m.first == merged.back().last + 1 && at.TokenText(merged.back().last) == "'s"sv) {
      Mention owner = std::move(merged.back());
      merged.pop_back();
      const ActorRef& who = owner.actors[0];
      bool country = who.code.size() == 3;
      for (auto& a : m.actors)
        a = country ? ActorRef{who.code + m.role, who.code + " " + RoleName(m.role), false, a.state} : who;
      m.first = owner.first;
      m.country_code.clear();
    }
    merged.push_back(std::move(m));
  }
  return merged;
}

}  // namespace sitrep::coder
