#include "coder/coder.h"

#include <algorithm>
#include <climits>
#include <sstream>

#include "text/fold.h"
#include "time/calendar.h"

namespace sitrep::coder {

namespace {

using morph::IsWord;

bool IsComplementizer(const morph::Analysis& a) { return IsWord(a, {"que", "qu'", "that"}); }
bool IsRelative(const morph::Analysis& a) { return IsWord(a, {"qui", "who", "which"}); }
bool IsCoordinator(const morph::Analysis& a) { return IsWord(a, {"et", "and", "puis", "then"}); }
bool IsClauseEnd(std::string_view token) {
  return token == "." || token == ";" || token == ":" || token == "?" || token == "!";
}
bool IsNegation(const morph::Analysis& a) {
  return IsWord(a, {"ne", "n'", "pas", "not", "n't", "never", "jamais", "aucun", "aucune", "nullement", "guere"});
}
bool IsVerbal(const morph::Analysis& a) { return a.Has("VERB") || a.Has("AUX"); }
// A preposition that cannot also be an article ("des", "du" can).
bool IsPrepositionOnly(const morph::Analysis& a) {
  return a.Has("ADP") && !a.Has("DET") && !a.Has("NOUN") && !a.Has("PROPN") && !a.Has("VERB");
}

// French contractions of a preposition and an article, for prepositional slots.
std::vector<std::string> SlotForms(const std::string& prep) {
  if (prep == "de") return {"de", "d'", "du", "des"};
  if (prep == "à") return {"a", "au", "aux"};  // folded
  return {text::Fold(prep)};
}

bool StartsWith(const std::string& code, std::initializer_list<const char*> prefixes) {
  for (const char* p : prefixes)
    if (code.rfind(p, 0) == 0) return true;
  return false;
}

// Coercion, assault, fighting and mass violence: acts of force, events even when nobody is named
// as their doer.
bool IsActOfForce(const std::string& cameo) { return StartsWith(cameo, {"17", "18", "19", "20"}); }

// Verbal conflict and the words around events (denying, demanding, disapproving, rejecting,
// threatening, investigating, sanctioning): their object may be an event ("condemned the attack").
bool IsVerbalConflict(const std::string& cameo) {
  return StartsWith(cameo, {"01", "02", "09", "10", "11", "12", "13", "16"});
}

// Retreating (0874), deploying and advancing (15x): movements of armed forces.
bool IsMovementOfForces(const std::string& cameo) { return StartsWith(cameo, {"087", "15"}); }

// Roles of people who do not bear arms as such: civilians, refugees, the press, doctors, teachers,
// business, labour, clergy, farmers, NGOs, rights groups, notables, the political opposition.
bool IsUnarmedRole(std::string_view role) {
  for (const char* r : {"CVL", "REF", "MED", "HLH", "EDU", "BUS", "LAB", "REL", "AGR", "NGO", "HRI", "ELI", "OPP"})
    if (role == r) return true;
  return false;
}

// The role letters of an actor code: SYRMIL -> MIL, and a role without a country (CVL) is its own.
std::string RoleOf(const std::string& code) {
  if (code.size() >= 6) return code.substr(3, 3);
  if (code.size() == 3 && (IsStateRole(code) || IsNonStateRole(code) || IsUnarmedRole(code))) return code;
  return "";
}

// A state (its government and forces) or an armed group.
bool IsArmedOrState(const ActorRef& a) { return a.state || !IsUnarmedRole(RoleOf(a.code)); }

// A non-state armed group: rebels, insurgents, militias, criminals, a named armed group.
bool IsArmedGroup(const ActorRef& a) { return !a.state && a.code.size() > 3 && !IsUnarmedRole(RoleOf(a.code)); }

std::string Iso(const PartialDate& d, bool end) {
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

}  // namespace

Result<std::unique_ptr<Coder>> Coder::Create(const lexicon::Lexicon& lexicon, const std::string& lang,
                                             text::Segmenter& segmenter, morph::Analyzer& analyzer,
                                             std::shared_ptr<const peer::PatternCoder> dictionaries) {
  std::unique_ptr<Coder> c(new Coder());
  c->lang_ = lang;
  c->dictionaries_ = std::move(dictionaries);
  auto mentions = MentionFinder::Create(lexicon, lang, segmenter, analyzer);
  if (!mentions.ok()) return mentions.status();
  c->mentions_ = std::move(mentions.value());
  c->tagger_ = std::make_unique<time::TimeTagger>(lang);
  for (const auto* table : lexicon.Find("predicates", lang)) {
    for (const auto& row : table->rows) {
      std::string object = row[2].substr(0, row[2].find(':'));
      Predicate p{row[1], object, {}, "", "", {}};
      if (object.size() < row[2].size()) {
        std::istringstream senses(row[2].substr(object.size() + 1));
        for (std::string sense; std::getline(senses, sense, '|');) {
          auto eq = sense.find('='), slash = sense.find('/');
          std::string state = sense.substr(eq + 1, slash == std::string::npos ? std::string::npos : slash - eq - 1);
          p.senses[sense.substr(0, eq)] = {state, slash == std::string::npos ? state : sense.substr(slash + 1)};
        }
      }
      if (row[3] != "-") {
        std::istringstream slots(row[3]);
        for (std::string slot; std::getline(slots, slot, ',');) {
          auto eq = slot.find('=');
          std::vector<std::string> words;
          std::istringstream prep(slot.substr(0, eq));
          for (std::string w; prep >> w;) words.push_back(w);
          std::string role = slot.substr(eq + 1);
          if (words == std::vector<std::string>{"subject"}) p.subject_role = role;
          else if (words == std::vector<std::string>{"alone"}) p.alone_cameo = role;
          else p.slots.push_back({words, role});
        }
      }
      c->predicate_index_.Add(ParsePattern(row[0]), static_cast<uint32_t>(c->predicates_.size()));
      c->predicates_.push_back(std::move(p));
    }
  }
  for (const auto* table : lexicon.Find("cues", lang))
    for (const auto& row : table->rows) {
      c->cue_index_.Add(ParsePattern(row[0]), static_cast<uint32_t>(c->cue_kinds_.size()));
      c->cue_kinds_.push_back(row[1]);
    }
  for (const auto* table : lexicon.Find("control", lang))
    for (const auto& row : table->rows) c->control_[row[0]] = row[1];
  for (const auto* table : lexicon.Find("cameo", lang))
    for (const auto& row : table->rows) c->cameo_[row[0]] = {row[1], row[2] == "-" ? "" : row[2], row[3] == "-" ? "" : row[3]};
  return c;
}

namespace {

// The row of a table keyed by CAMEO code that a code takes: its own, else its longest listed prefix.
template <typename Map>
const typename Map::mapped_type* LongestPrefix(const Map& table, const std::string& cameo) {
  for (size_t n = cameo.size(); n > 0; --n)
    if (auto it = table.find(cameo.substr(0, n)); it != table.end()) return &it->second;
  return nullptr;
}

}  // namespace

std::string Coder::ControlEffect(const std::string& cameo) const {
  const std::string* effect = LongestPrefix(control_, cameo);
  return effect && *effect != "-" ? *effect : "";
}

const Coder::CameoInfo& Coder::InfoFor(const std::string& cameo) const {
  static const CameoInfo kNone{"OTHER", "", ""};
  const CameoInfo* info = LongestPrefix(cameo_, cameo);
  return info ? *info : kNone;
}

// Everything the coder learns about one document as it reads it in order.
class Coder::Run {
 public:
  Run(const Coder& coder, const morph::AnalyzedText& at, std::vector<std::vector<std::string>>* trace)
      : c_(coder), at_(at), trace_(trace) {}

  Coding Code() {
    size_t n = at_.seg.sentences.size();
    std::vector<std::vector<MentionFinder::Label>> labels(n);
    for (size_t s = 0; s < n; ++s) labels[s] = c_.mentions_->Labels(at_, s);
    context_country_ = c_.mentions_->ContextCountry(labels);
    mentions_.resize(n);
    for (size_t s = 0; s < n; ++s) mentions_[s] = c_.mentions_->Find(at_, s, labels[s], context_country_);
    TakeInventory();
    labels_ = std::move(labels);
    if (trace_) trace_->assign(n, {});
    timexes_.resize(n);
    long reference = 0;
    for (size_t s = 0; s < n; ++s) {
      timexes_[s] = c_.tagger_->Tag(at_, s, at_.doc->date, &reference);
      for (const auto& t : timexes_[s])
        Note(s, "time '" + Text(t.first, t.last) + "' " + t.type + " " + t.value +
                    (t.start.empty() ? "" : " [" + t.start + " .. " + t.end + "]"));
    }
    DropDatelineDates();
    story_day_ = StoryDay();
    for (size_t s = 0; s < n; ++s) LearnHolders(s);
    for (size_t s = 0; s < n; ++s) {
      RememberActors(s);
      CodeSentence(s);
    }
    return {std::move(events_), std::move(statements_)};
  }

 private:
  struct CueMatch {
    std::string kind;
    uint32_t first, last;
  };
  struct Salient {
    size_t sentence;
    const Mention* mention;
    bool subject;
  };
  struct Arguments {
    const Mention* subject = nullptr;        // as written (may be a pronoun)
    std::vector<ActorRef> sources;
    std::optional<ActorRef> target;
    const Mention* place = nullptr;
    std::string object_class;  // the direct object's semantic class (SemanticClass), "" if none
    std::string source_note, target_note, place_note;
    double confidence = 0.6;
  };

  // What a noun phrase names, for the predicates that select their sense by it: actor, place, site
  // (an installation or building, owned or not), or a noun class (property, weapon, event, abstract).
  static std::string SemanticClass(const Mention& m) {
    if (m.kind == Mention::Kind::kPronoun) return "actor";
    if (m.IsOwnedSite() || (m.IsPlace() && m.feature == "site")) return "site";
    if (m.IsPlace() && !m.HasActor()) return "place";
    if (!m.thing_class.empty() && m.thing_class != "member") return m.thing_class;
    return m.HasActor() ? "actor" : "";
  }

  void Note(size_t s, std::string line) {
    if (trace_) (*trace_)[s].push_back(std::move(line));
  }
  std::string Text(uint32_t first, uint32_t last) const {
    if (first >= last) return "";
    return std::string(at_.doc->text.substr(at_.seg.tokens[first].start,
                                            at_.seg.tokens[last - 1].end - at_.seg.tokens[first].start));
  }
  std::string Describe(const Mention& m) const {
    std::string out = "'" + Text(m.first, m.last) + "'";
    if (m.kind == Mention::Kind::kPronoun) return out + " pronoun";
    for (const auto& a : m.actors) out += " " + a.code + (a.from_context ? "(context)" : "");
    if (m.possessor) out += " (owner)";
    if (m.IsPlace()) out += " place " + (m.place_name.empty() ? "<" + m.feature + ">" : m.place_name);
    if (m.IsOwnedSite()) out += " site <" + m.feature + ">";
    if (!m.thing_class.empty()) out += " " + m.thing_class;
    return out;
  }
  const Mention* MentionEndingAt(size_t s, uint32_t last) const {
    for (const auto& m : mentions_[s])
      if (m.last == last) return &m;
    return nullptr;
  }
  const Mention* MentionStartingAt(size_t s, uint32_t first) const {
    for (const auto& m : mentions_[s])
      if (m.first == first) return &m;
    return nullptr;
  }
  const Mention* MentionCovering(size_t s, uint32_t token) const {
    for (const auto& m : mentions_[s])
      if (m.first <= token && token < m.last) return &m;
    return nullptr;
  }
  uint32_t SentenceBegin(size_t s) const { return at_.seg.sentences[s].first_token; }
  uint32_t SentenceEnd(size_t s) const {
    return at_.seg.sentences[s].first_token + at_.seg.sentences[s].token_count;
  }

  std::vector<CueMatch> Cues(size_t s) const {
    std::vector<CueMatch> out;
    for (uint32_t i = SentenceBegin(s); i < SentenceEnd(s); ++i) {
      auto matches = c_.cue_index_.At(at_, i, SentenceBegin(s), SentenceEnd(s));
      if (matches.empty()) continue;
      // "May 2023" is a month, not a modal.
      if (text::IsUpperInitial(at_.TokenText(i)) && i + 1 < SentenceEnd(s) &&
          at_.seg.tokens[i + 1].kind == text::TokenKind::kNumber)
        continue;
      out.push_back({c_.cue_kinds_[matches[0].id], matches[0].head, matches[0].last});
    }
    return out;
  }

  // "Les FSR contrôlent Wad Madani", "the group has held Bara since May": the subject holds the
  // object, if the verb says so of now (present, or a perfect with a present auxiliary), not of a
  // past that may have ended (avait tenu, held ... until).
  void LearnActiveHolders(size_t s, const std::vector<CueMatch>& cues) {
    for (const CueMatch& cue : cues) {
      if (cue.kind != "holds") continue;
      const morph::Analysis& verb = *at_.analyses[cue.first];
      const morph::Analysis* aux = cue.first > SentenceBegin(s) ? at_.analyses[cue.first - 1] : nullptr;
      bool modal = aux && IsWord(*aux, {"will", "would", "could", "may", "might", "should", "must", "can", "to"});
      bool present = verb.HasFeature("VERB", "ipre") || verb.HasFeature("VERB", "3sg") ||
                     (verb.HasFeature("VERB", "base") && !modal);
      bool perfect = aux && (verb.HasFeature("VERB", "ppas") || verb.HasFeature("VERB", "past")) &&
                     IsWord(*aux, {"a", "ont", "has", "have"});
      if (!present && !perfect) continue;
      const Mention* subject = Subject(s, perfect ? cue.first - 1 : cue.first);
      if (!subject || !subject->HasActor() || subject->actors[0].from_context) continue;
      // The place is the verb's object, right after it or after a partial cue ("une partie de").
      const Mention* place = MentionStartingAt(s, cue.last + 1);
      for (const CueMatch& part : cues)
        if (!place && part.kind == "partial" && part.first == cue.last + 1) place = MentionStartingAt(s, part.last + 1);
      if (!place && cue.last + 2 < SentenceEnd(s) && at_.analyses[cue.last + 1]->Has("DET"))
        place = MentionStartingAt(s, cue.last + 2);
      if (!place || !place->IsPlace() || place->place_name.empty() || !place->country_code.empty()) continue;
      AddStatement(s, *place, *subject, HeldInPart(s, *place, cues) ? "partial" : "full", Text(cue.first, cue.last + 1));
    }
  }

  // "X, dernier refuge de Y", "la zone détenue par Y", "held by Y": Y holds the places named before.
  void LearnHolders(size_t s) {
    std::vector<CueMatch> cues = Cues(s);
    LearnActiveHolders(s, cues);
    for (const CueMatch& cue : cues) {
      if (cue.kind != "holder") continue;
      // The holder is the phrase after the cue, or the owner inside it (le dernier refuge de l'EI).
      const Mention* holder = nullptr;
      for (uint32_t t = cue.last + 1; t < SentenceEnd(s) && t <= cue.last + 3 && !holder; ++t) {
        const Mention* m = MentionCovering(s, t);
        if (m && m->HasActor()) holder = m;
      }
      if (!holder) continue;
      for (const Mention* place : HeldPlaces(s, cue.first))
        AddStatement(s, *place, *holder, HeldInPart(s, *place, cues) ? "partial" : "full", Text(cue.first, cue.last + 1));
    }
  }

  void AddStatement(size_t s, const Mention& place, const Mention& holder, const std::string& kind,
                    const std::string& cue) {
    const ActorRef& actor = holder.actors[0];
    holders_[text::Fold(place.place_name)] = actor;
    std::string id = at_.doc->id + ":" + std::to_string(s) + ":c" + std::to_string(place.first);
    // Overlapping cues (dernier bastion de, bastion de) state it once.
    if (std::any_of(statements_.begin(), statements_.end(), [&](const ControlStatement& x) { return x.id == id; }))
      return;
    ControlStatement st;
    st.id = id;
    st.controller = Actor{Text(holder.first, holder.last), actor.code, actor.name};
    st.place_text = place.place_name;
    st.kind = kind;
    // A statement of state holds as of the day it was written.
    st.date = {Iso(at_.doc->date, false), Iso(at_.doc->date, true), PrecisionName(at_.doc->date.precision), ""};
    const text::Sentence& sent = at_.seg.sentences[s];
    st.evidence = {static_cast<int>(s), sent.start, sent.end, std::string(at_.SentenceText(s))};
    st.confidence = 0.7;
    Note(s, "holder: " + place.place_name + " is held by " + actor.code + " (" + kind + ", '" + cue + "') -> " + st.id);
    statements_.push_back(std::move(st));
  }

  // The places a holder cue speaks of: the named places of its own clause before it, back to a
  // verb other than a copula ("Hajin et Soussa sont le dernier bastion de", "Al-Hasaheisa,
  // ville aux mains de"), but none when a common noun comes between ("vers le lac Kivu, en
  // direction de la zone tenue par"); never the dateline's, never a river or a country.
  std::vector<const Mention*> HeldPlaces(size_t s, uint32_t cue) const {
    std::vector<const Mention*> places;
    for (uint32_t t = cue; t > SentenceBegin(s) && cue - t < 25; --t) {
      uint32_t k = t - 1;
      const Mention* m = MentionCovering(s, k);
      if (m && m->IsPlace()) {
        if (!m->place_name.empty() && m->country_code.empty() && m->feature != "water") places.push_back(m);
        else if (m->place_name.empty() && m->country_code.empty() && places.empty() &&
                 IsWord(*at_.analyses[m->first], {"le", "la", "l'", "les", "the"}))
          break;
        t = m->first + 1;
        continue;
      }
      const morph::Analysis& a = *at_.analyses[k];
      std::string_view text = at_.TokenText(k);
      if (IsClauseEnd(text) || text == "-" || text == "—" || IsComplementizer(a)) break;
      if (IsVerbal(a) && !a.Has("NOUN") && !a.Has("ADP") && !a.Has("ADJ") &&
          !IsWord(a, {"etre", "est", "sont", "etait", "etaient", "reste", "restent", "is", "are", "was", "were",
                      "remain", "remains", "remained"}))
        break;
    }
    return places;
  }

  // "EL OBEID, Sudan, October 16 - The army retook the town yesterday": the dateline's date says
  // when the report was filed (the reader took it for the document's date), never when its
  // events happened.
  void DropDatelineDates() {
    if (timexes_.empty() || timexes_[0].empty()) return;
    uint32_t begin = SentenceBegin(0), end = std::min(SentenceEnd(0), begin + 16);
    if (!text::IsUpperInitial(at_.TokenText(begin))) return;
    bool comma = false;
    for (uint32_t t = begin + 1; t < end; ++t) {
      std::string_view text = at_.TokenText(t);
      comma |= text == ",";
      if (comma && (text == "-" || text == "\u2013" || text == "\u2014")) {
        auto& first = timexes_[0];
        first.erase(std::remove_if(first.begin(), first.end(), [&](const time::Timex& x) { return x.last <= t; }),
                    first.end());
        return;
      }
    }
  }

  // The first day named in the document that lies in the week up to its date, if any.
  const time::Timex* StoryDay() const {
    if (at_.doc->date.precision != PartialDate::Precision::kDay) return nullptr;
    long published = time::FirstDay(at_.doc->date);
    for (const auto& sentence : timexes_)
      for (const auto& t : sentence) {
        PartialDate day;
        if (t.precision != "day" || t.direction > 0 || t.start != t.end || !PartialDate::ParseIso(t.start, &day))
          continue;
        long d = time::FirstDay(day);
        if (d <= published && published - d <= 7) return &t;
      }
    return nullptr;
  }

  // "une partie de la ville de X", "parts of X": a partial cue just before the place.
  bool HeldInPart(size_t s, const Mention& place, const std::vector<CueMatch>& cues) const {
    for (const CueMatch& cue : cues)
      if (cue.kind == "partial" && ((cue.last < place.first && place.first - cue.last <= 4) ||
                                    (cue.first >= place.first && cue.last < place.last)))  // "partie de Goma"
        return true;
    return false;
  }

  // The actors a pronoun or a demonstrative phrase stands for: the latest compatible actor, subjects
  // first, in this sentence before it, then back through the paragraph.
  std::optional<std::vector<ActorRef>> Antecedent(size_t s, const Mention& m) const {
    uint32_t paragraph = at_.seg.sentences[s].paragraph;
    for (int pass = 0; pass < 2; ++pass) {
      for (auto it = salient_.rbegin(); it != salient_.rend(); ++it) {
        if (pass == 0 && !it->subject) continue;
        const auto& sent = at_.seg.sentences[it->sentence];
        if (sent.paragraph + 1 < paragraph) break;
        if (it->sentence == s && it->mention->first >= m.first) continue;
        const Mention& a = *it->mention;
        if (m.plural && !a.plural) continue;
        if (m.demonstrative && !m.role.empty() && a.role != m.role) continue;
        return a.actors;
      }
    }
    return std::nullopt;
  }

  // The subject of the verb whose group starts at `verb`: the nearest actor or pronoun mention to
  // the left within the clause, across control verbs (a tenté de fuir) and, for coordinated verbs
  // (contrôlent ... et pénètrent), the subject of the first verb.
  // With `patients`, a place or a thing is a subject too: what fell, what was burned.
  const Mention* Subject(size_t s, uint32_t verb, int depth = 0, bool patients = false) const {
    uint32_t begin = SentenceBegin(s);
    bool seen_content = false;
    for (uint32_t t = verb; t > begin; --t) {
      uint32_t k = t - 1;
      const morph::Analysis& a = *at_.analyses[k];
      std::string_view token = at_.TokenText(k);
      if (IsClauseEnd(token)) return nullptr;
      if (IsRelative(a)) {
        const Mention* m = MentionEndingAt(s, k);
        // "The RSF, which seized the town": a comma may stand between the antecedent and "which".
        if (!m && k > begin + 1 && at_.TokenText(k - 1) == ",") m = MentionEndingAt(s, k - 1);
        return m && (m->HasActor() || m->kind == Mention::Kind::kPronoun) ? m : nullptr;
      }
      if (IsComplementizer(a)) return nullptr;
      if (!seen_content && IsCoordinator(a) && depth < 2) {
        for (uint32_t v = k; v > begin; --v) {
          const morph::Analysis& a = *at_.analyses[v - 1];
          // "they still control ... and shelled": a form that is also a noun is the verb unless
          // an article precedes it.
          bool noun_use = a.Has("NOUN") && v > begin + 1 && at_.analyses[v - 2]->Has("DET");
          if (IsVerbal(a) && !noun_use && !a.Has("ADP")) return Subject(s, v - 1, depth + 1, patients);
        }
        return nullptr;
      }
      if (const Mention* m = MentionEndingAt(s, k + 1)) {
        bool usable = m->HasActor() || m->kind == Mention::Kind::kPronoun ||
                      (patients && (m->IsPlace() || m->kind == Mention::Kind::kThing));
        // "backed by allied militias": the preposition may stand before adjectives of the phrase.
        uint32_t before = m->first;
        while (before > begin + 1 && at_.analyses[before - 1]->Has("ADJ") && !at_.analyses[before - 1]->Has("NOUN") &&
               !IsPrepositionOnly(*at_.analyses[before - 1]))
          --before;
        bool after_preposition = before > begin && IsPrepositionOnly(*at_.analyses[before - 1]) &&
                                 !IsWord(*at_.analyses[before - 1], {"de", "d'"});
        // "civilians in Kherson were wounded": what was hit is not the place after a preposition.
        after_preposition |= patients && !m->HasActor() && before > begin && at_.analyses[before - 1]->Has("ADP") &&
                             !IsWord(*at_.analyses[before - 1], {"de", "d'", "of"});
        // An owner acts through its members: "les éléments de la garde nationale ont investi".
        if (usable && !after_preposition && (!m->possessor || m->thing_class == "member")) return m;
        t = m->first + 1;  // skip the whole phrase
        seen_content = true;
        continue;
      }
      if (token == ",") {
        // "The army, officials said, retook": an inserted attribution is skipped whole.
        const morph::Analysis& before = *at_.analyses[k > begin ? k - 1 : k];
        if (k > begin && IsVerbal(before) && !before.Has("NOUN"))
          for (uint32_t j = k - 1; j > begin && k - j <= 6; --j)
            if (at_.TokenText(j - 1) == ",") {
              t = j;  // the loop goes on before the opening comma
              break;
            }
        continue;
      }
      if (!IsVerbal(a) && !IsNegation(a) && !a.Has("ADV") && !a.Has("ADP") && !a.Has("PART") && !a.Has("PRON"))
        seen_content = true;
    }
    return nullptr;
  }

  // Whether a clause of its own (a complementizer or a finite verb) follows before the next comma
  // or the end of the sentence: "saying the district was theirs", "reports indicate that".
  bool OpensClause(size_t s, uint32_t from) const {
    for (uint32_t t = from; t < SentenceEnd(s); ++t) {
      const morph::Analysis& a = *at_.analyses[t];
      std::string_view text = at_.TokenText(t);
      if (text == "," || IsClauseEnd(text)) return false;
      if (IsComplementizer(a) || (IsVerbal(a) && !a.Has("NOUN") && !a.Has("ADJ") && !a.Has("ADP") && t > from))
        return true;
      // "a annoncé avoir détruit", "claimed to have seized": an infinitive or a participle after an
      // auxiliary is a clause of its own.
      if (a.HasFeature("VERB", "infi") || (t > from && at_.analyses[t - 1]->Has("AUX") && IsVerbal(a)))
        return true;
    }
    return false;
  }

  uint32_t ClauseEnd(size_t s, uint32_t from) const {
    auto ends = [&](uint32_t t) {
      return IsClauseEnd(at_.TokenText(t)) || IsComplementizer(*at_.analyses[t]) || IsRelative(*at_.analyses[t]);
    };
    for (uint32_t t = from; t < SentenceEnd(s); ++t) {
      if (ends(t)) return t;
      if (at_.TokenText(t) != ",") continue;
      // An insertion between commas without a verb ("Kabaya, about 25 km north of Goma, from the
      // rebels") leaves the clause going on after it.
      uint32_t close = 0;
      for (uint32_t k = t + 1; k < SentenceEnd(s) && k <= t + 12 && !close; ++k) {
        const morph::Analysis& a = *at_.analyses[k];
        if (ends(k) || (IsVerbal(a) && !a.Has("NOUN") && !a.Has("ADJ") && !a.Has("ADP"))) break;
        if (at_.TokenText(k) == ",") close = k;
      }
      if (!close) return t;
      t = close;
    }
    return SentenceEnd(s);
  }

  // The temporal expression that starts at token `first`, if any.
  const time::Timex* TimexAt(size_t s, uint32_t first) const {
    for (const auto& t : timexes_[s])
      if (t.first == first) return &t;
    return nullptr;
  }

  // The first noun phrase after the predicate: its direct object.
  const Mention* Object(size_t s, uint32_t after, uint32_t clause_end, bool ends_with_preposition) const {
    // A phrase that began inside the pattern: "a pris [le contrôle de Bunagana]".
    if (after < clause_end)
      if (const Mention* m = MentionCovering(s, after); m && m->first < after && ends_with_preposition) return m;
    for (uint32_t t = after; t < clause_end; ++t) {
      // "a pilonné dans la nuit de samedi à dimanche la ville de": a time phrase comes between.
      if (const time::Timex* x = TimexAt(s, t); x && x->last > t) {
        t = x->last - 1;
        continue;
      }
      // "abducted more than 100 women", "tué au moins dix civils": an approximation before a count.
      if (t + 2 < clause_end && at_.seg.tokens[t + 2].kind == text::TokenKind::kNumber &&
          ((IsWord(*at_.analyses[t], {"more", "less", "fewer"}) && IsWord(*at_.analyses[t + 1], {"than"})) ||
           (IsWord(*at_.analyses[t], {"at"}) && IsWord(*at_.analyses[t + 1], {"least"})) ||
           (IsWord(*at_.analyses[t], {"plus", "moins", "au", "pres"}) &&
            IsWord(*at_.analyses[t + 1], {"de", "d'", "moins"})))) {
        ++t;
        continue;
      }
      if (const Mention* m = MentionStartingAt(s, t)) return m;
      const morph::Analysis& a = *at_.analyses[t];
      if (!ends_with_preposition && IsPrepositionOnly(a) && !a.Has("ADV")) return nullptr;
      if (IsCoordinator(a)) return nullptr;
      if (IsVerbal(a) && !a.Has("ADJ") && !a.Has("NOUN") && !a.Has("ADV")) return nullptr;
    }
    return nullptr;
  }

  const Mention* Slot(size_t s, uint32_t after, uint32_t clause_end, const std::vector<std::string>& prep) const {
    for (uint32_t t = after; t < clause_end; ++t) {
      bool match = true;
      for (size_t w = 0; w < prep.size() && match; ++w) {
        if (t + w >= clause_end) { match = false; break; }
        auto forms = SlotForms(prep[w]);
        match = std::find(forms.begin(), forms.end(), at_.analyses[t + w]->folded) != forms.end();
      }
      if (!match) continue;
      uint32_t m_at = t + static_cast<uint32_t>(prep.size());
      if (const Mention* m = MentionStartingAt(s, m_at)) return m;
      // "de l'EI": the article may belong to the mention or stand before it.
      if (m_at + 1 < clause_end && at_.analyses[m_at]->Has("DET"))
        if (const Mention* m = MentionStartingAt(s, m_at + 1)) return m;
    }
    return nullptr;
  }

  std::optional<std::vector<ActorRef>> ActorsOf(size_t s, const Mention& m, std::string* note) const {
    if (m.kind == Mention::Kind::kPronoun || m.demonstrative) {
      auto antecedent = Antecedent(s, m);
      if (antecedent) *note = "'" + Text(m.first, m.last) + "' refers to " + (*antecedent)[0].code;
      return antecedent;
    }
    if (!m.HasActor()) return std::nullopt;
    // "the paramilitary group", "les rebelles", "the militants" after a group was named: that group.
    bool generic = m.actors[0].from_context || m.actors[0].code == m.role;  // no country or group of its own
    if (generic && (m.role == "REB" || m.role == "INS" || m.role == "UAF") &&
        IsWord(*at_.analyses[m.first], {"the", "le", "la", "les", "l'"}))
      if (auto named = NamedGroupBefore(s, m)) {
        *note = "'" + Text(m.first, m.last) + "' refers to " + (*named)[0].code;
        return named;
      }
    return m.actors;
  }

  // The phrase before an active verb, when it is its subject but names no actor: "the drought
  // struck", "la sécheresse frappe". An event noun or a weapon is the means of an unnamed doer ("an
  // air strike killed", "rockets hit"), not such a subject.
  bool NamesNoDoer(size_t s, uint32_t verb) const {
    for (uint32_t t = verb; t > SentenceBegin(s); --t) {
      const morph::Analysis& a = *at_.analyses[t - 1];
      if (const Mention* m = MentionEndingAt(s, t)) {
        if (m->kind == Mention::Kind::kThing) return m->thing_class != "event" && m->thing_class != "weapon";
        return m->IsPlace() && !m->HasActor();
      }
      if (a.Has("AUX") || a.Has("ADV") || IsNegation(a) || IsReflexive(a) || (a.Has("PRON") && !a.Has("NOUN")))
        continue;
      // A form that is also a verb is the noun after an article: "la tempête a tué".
      bool after_article = t - 1 > SentenceBegin(s) && at_.analyses[t - 2]->Has("DET");
      return (a.Has("NOUN") || a.Has("PROPN")) && (!a.Has("VERB") || after_article) && !a.Has("ADP");
    }
    return false;
  }

  // An English nominal event after a noun that names no actor, means or event is a compound of
  // another sense: a "charm offensive", a "price war".
  bool InCompound(size_t s, uint32_t head) const {
    if (!lang_en() || head == SentenceBegin(s)) return false;
    const morph::Analysis& a = *at_.analyses[head - 1];
    if (!a.Has("NOUN") || a.Has("ADJ") || a.Has("DET") || a.Has("NUM")) return false;
    for (const auto& l : labels_[s])
      if (l.first < head && head - 1 < l.last)
        return l.kind == MentionFinder::Label::Kind::kThing && c_.mentions_->ThingClass(l) != "event" &&
               c_.mentions_->ThingClass(l) != "weapon";
    return true;
  }

  // Whether token `t` is (part of) a noun that names an incident (noun_classes.lex: event).
  bool IsEventNoun(size_t s, uint32_t t) const {
    for (const auto& l : labels_[s])
      if (l.kind == MentionFinder::Label::Kind::kThing && l.first <= t && t < l.last)
        return c_.mentions_->ThingClass(l) == "event";
    return false;
  }

  // The armed groups and state forces the document names, for events whose doer it does not.
  void TakeInventory() {
    auto add = [](std::vector<ActorRef>* list, const ActorRef& a) {
      if (std::none_of(list->begin(), list->end(), [&](const ActorRef& x) { return x.code == a.code; }))
        list->push_back(a);
    };
    for (const auto& sentence : mentions_)
      for (const Mention& m : sentence)
        for (const ActorRef& a : m.actors) {
          ++mention_counts_[a.code];
          if (IsArmedGroup(a)) add(a.from_context ? &context_groups_ : &named_groups_, a);
          else if (a.state && (RoleOf(a.code) == "MIL" || RoleOf(a.code) == "COP")) add(&state_forces_, a);
        }
  }

  // Of `candidates` that `fits`, the one the document names most often, if no other is named as often.
  template <typename Fits>
  const ActorRef* MostNamed(const std::vector<ActorRef>& candidates, Fits fits) const {
    const ActorRef* best = nullptr;
    int best_count = 0;
    bool tie = false;
    for (const ActorRef& a : candidates) {
      if (!fits(a)) continue;
      auto it = mention_counts_.find(a.code);
      int count = it == mention_counts_.end() ? 0 : it->second;
      if (count > best_count) best = &a, best_count = count, tie = false;
      else if (count == best_count) tie = true;
    }
    return tie ? nullptr : best;
  }

  // The other side of an armed actor, as the document presents the war: for a state's forces the
  // armed group it names most (else the forces of another state it names most), for an armed
  // group the state forces of its own country (else any) it names most.
  std::optional<ActorRef> Adversary(const ActorRef& source) const {
    std::string country = source.code.substr(0, std::min<size_t>(3, source.code.size()));
    auto same_country = [&](const ActorRef& a) { return a.code.compare(0, 3, country) == 0; };
    if (source.state) {
      std::vector<ActorRef> groups = named_groups_;
      groups.insert(groups.end(), context_groups_.begin(), context_groups_.end());
      if (const ActorRef* g = MostNamed(groups, [](const ActorRef&) { return true; })) return *g;
      if (const ActorRef* f = MostNamed(state_forces_, [&](const ActorRef& a) { return !same_country(a); })) return *f;
      return std::nullopt;
    }
    if (!IsArmedGroup(source)) return std::nullopt;
    const ActorRef* f = MostNamed(state_forces_, same_country);
    if (!f) f = MostNamed(state_forces_, [](const ActorRef&) { return true; });
    return f ? std::optional<ActorRef>(*f) : std::nullopt;
  }

  // The doer of an act of force the text does not name: forces of a state hit by it are hit by
  // the one armed group the document names, an armed group by the one state force it names;
  // otherwise an unidentified armed group of the victims' country (or the document's).
  ActorRef UnnamedSource(const std::optional<ActorRef>& target, std::string* note) const {
    auto only = [](const std::vector<ActorRef>& list) { return list.size() == 1 ? &list[0] : nullptr; };
    const ActorRef* from_document = nullptr;
    if (target && target->state && RoleOf(target->code) != "" && !IsUnarmedRole(RoleOf(target->code)))
      from_document = named_groups_.empty() ? only(context_groups_) : only(named_groups_);
    else if (target && IsArmedGroup(*target))
      from_document = only(state_forces_);
    if (from_document) {
      *note = "no doer named; the only " + std::string(target->state ? "armed group" : "state force") +
              " the document names: " + from_document->code;
      ActorRef a = *from_document;
      a.from_context = true;
      return a;
    }
    // The victims' country when their code starts with one (AFGCOP, MLI), else the document's.
    std::string country = context_country_;
    if (target && !StartsWith(target->code, {"IGO", "IMG", "NGO"})) {
      const std::string& code = target->code;
      std::string head = code.substr(0, std::min<size_t>(3, code.size()));
      bool role_only = IsStateRole(head) || IsNonStateRole(head) || IsUnarmedRole(head);
      if (!role_only && (code.size() == 3 || !RoleOf(code).empty())) country = head;
    }
    *note = "no doer named: an unidentified armed group";
    return ActorRef{country + "UAF", "Unidentified armed group" + (country.empty() ? "" : " (" + country + ")"), true,
                    false};
  }

  // The non-state group named in a paragraph before `m`, when it is the only one there: with two
  // named (IS and the Syrian rebels), "the rebels" may be either.
  // The paragraph searched is this one, else the latest earlier one that names a group: "the
  // insurgents" three paragraphs after the group's name are still that group.
  std::optional<std::vector<ActorRef>> NamedGroupBefore(size_t s, const Mention& m) const {
    const ActorRef* found = nullptr;
    uint32_t found_in = 0;
    for (auto it = salient_.rbegin(); it != salient_.rend(); ++it) {
      if (found && at_.seg.sentences[it->sentence].paragraph != found_in) break;
      if (it->sentence == s && it->mention->first >= m.first) continue;
      if (!found) found_in = at_.seg.sentences[it->sentence].paragraph;
      for (const ActorRef& a : it->mention->actors) {
        if (a.from_context || a.state || a.code.size() <= 3) continue;
        if (found && found->code != a.code) return std::nullopt;
        found = &a;
      }
    }
    if (!found) return std::nullopt;
    return std::vector<ActorRef>{*found};
  }

  // Who speaks through a reporting cue: the phrase after "selon", "according to"; the one after
  // or before a reporting verb set after the event ("..., a annoncé l'armée", "..., officials
  // said"); else the reporting verb's subject.
  const Mention* Speaker(size_t s, const CueMatch& cue, uint32_t event_last) const {
    if (IsWord(*at_.analyses[cue.first], {"selon", "according", "d'apres"})) {
      for (uint32_t t = cue.last + 1; t < SentenceEnd(s) && t <= cue.last + 3; ++t)
        if (const Mention* m = MentionStartingAt(s, t)) return m;
      return nullptr;
    }
    if (cue.first > event_last)
      for (uint32_t t = cue.last + 1; t < SentenceEnd(s) && t <= cue.last + 3; ++t)
        if (const Mention* m = MentionStartingAt(s, t)) return m;
    // "Le porte-parole de l'armée a affirmé": an agent speaks for its owner.
    for (uint32_t t = cue.first; t > SentenceBegin(s); --t) {
      const morph::Analysis& a = *at_.analyses[t - 1];
      if (const Mention* m = MentionEndingAt(s, t); m && m->possessor && m->HasActor()) return m;
      if (!a.Has("AUX") && !a.Has("ADV") && !IsNegation(a)) break;
    }
    return Subject(s, cue.first);
  }

  // Whether a speaker is on the side of the event's doer: the same actor, its country, or a
  // state body of the same state (the ministry speaking for the army).
  bool SameSide(const std::vector<ActorRef>& speaker, const std::vector<ActorRef>& sources) const {
    for (const ActorRef& a : speaker)
      for (const ActorRef& b : sources) {
        if (a.code.rfind(b.code, 0) == 0 || b.code.rfind(a.code, 0) == 0) return true;
        // Country-less state bodies ("officials", "the army") speak for one state.
        if (IsStateRole(a.code) && IsStateRole(b.code)) return true;
        bool a_state = a.state || a.code.size() == 3, b_state = b.state || b.code.size() == 3;
        if (a_state && b_state && a.code.size() >= 3 && b.code.size() >= 3 && a.code.compare(0, 3, b.code, 0, 3) == 0)
          return true;
      }
    return false;
  }

  // The status policy (docs/STATUS.md): a report by a neutral source (officials of the other side,
  // residents, witnesses, "sources", the press) is what occurred; a party's word for its own act
  // ("the army said it killed 20 militants", a claim of responsibility) is claimed.
  std::string Status(size_t s, const std::vector<CueMatch>& cues, const Mention* subject, uint32_t head,
                     uint32_t last, std::string* why, bool* is_purpose,
                     const std::vector<ActorRef>& sources = {}, bool nominal = false) const {
    uint32_t from = subject ? subject->last : SentenceBegin(s);
    bool negation = false, success = false, failure = false, attempt = false, plan = false, fear = false,
         claim = false, denial = false, purpose = false, neutral_report = false;
    // A reporting cue that governs the event: claimed if its speaker is on the doer's side.
    auto reported_by = [&](const CueMatch& cue) {
      const Mention* speaker = Speaker(s, cue, last);
      std::string note;
      auto actors = speaker ? ActorsOf(s, *speaker, &note) : std::nullopt;
      if (actors && SameSide(*actors, sources)) return true;
      neutral_report = true;
      return sources.empty();  // the dictionaries' events name no source to compare
    };
    // French "ne" negates with a second particle (n'ont pas réussi); alone it is expletive
    // (craignent que les rebelles ne se replient) or restrictive (il n'y a eu que...).
    auto second_particle = [&](uint32_t t) {
      for (uint32_t k = t + 1; k < SentenceEnd(s) && k <= head + 3; ++k)
        if (IsWord(*at_.analyses[k], {"pas", "plus", "jamais", "rien", "point", "guere", "aucun", "aucune",
                                       "personne", "nullement"}))
          return true;
      return false;
    };
    for (uint32_t t = from; t < head; ++t) {
      const morph::Analysis& a = *at_.analyses[t];
      if (IsWord(a, {"ne", "n'"})) negation |= second_particle(t);
      else negation |= IsNegation(a);
    }
    // "If the rebels had not seized the crossing", "si les rebelles n'avaient pas pris": a
    // counterfactual presupposes what it denies.
    for (uint32_t t = SentenceBegin(s); negation && t < head; ++t)
      if (IsWord(*at_.analyses[t], {"if", "si"}))
        for (uint32_t k = t + 1; k < head; ++k)
          if (IsWord(*at_.analyses[k], {"had", "avait", "avaient"})) negation = false;
    // French simple tenses put "pas" after the verb; "ne" before it suffices.
    uint32_t clause_first = Clause(s, head).first;
    for (const CueMatch& cue : cues) {
      // Between the subject and the predicate, or around the subject ("accused [the army] of
      // killing", "repoussé [une attaque] des jihadistes").
      bool around = subject && cue.first < subject->first && cue.last >= subject->last - 1 && cue.last < head;
      // A nominal event right after the cue's verb: "a repoussé [une attaque des jihadistes]",
      // "repelled [a jihadist] attack".
      // (The nominal event is inside the phrase: a verb right after its subject is not.)
      bool event_in_subject =
          subject && subject->first <= head && (head < subject->last || (nominal && head == subject->last));
      around |= event_in_subject && cue.last < subject->first && subject->first - cue.last <= 2;
      // A modifier of the subject ("Alleged rebels", "de présumés jihadistes") is not around it.
      if (subject && cue.last < subject->first && !event_in_subject) around = false;
      // Only a cue of the predicate's own clause: "failed to recapture X ... and shelled Y" says
      // nothing of the shelling.
      bool between = (cue.first >= std::max(from, clause_first) && cue.last < head) || around;
      if (between) {
        negation |= cue.kind == "negation" && cue.last - cue.first >= 1;  // refuser de, refuse to
        success |= cue.kind == "success";
        failure |= cue.kind == "failure";
        attempt |= cue.kind == "attempt";
        plan |= cue.kind == "plan";
        fear |= cue.kind == "fear" || cue.kind == "hypothesis";
        purpose |= cue.kind == "purpose" && head - cue.last <= 2;
        denial |= cue.kind == "denial";
        claim |= cue.kind == "responsibility" || cue.kind == "accusation";
        // "The RSF said on Tuesday it had retaken", "the army, officials said, retook".
        if (cue.kind == "claim" &&
            (around || (IsVerbal(*at_.analyses[cue.first]) && !at_.analyses[cue.first]->Has("NOUN"))))
          claim |= reported_by(cue);
      }
      bool governs = false;
      if (subject && cue.last < subject->first)
        for (uint32_t t = cue.last + 1; t <= subject->first && !governs; ++t)
          governs = IsComplementizer(*at_.analyses[t]);
      // "The RSF said on Tuesday it had retaken the town": a reporting verb whose clause has no "that".
      bool reported = cue.kind == "claim" && subject && cue.last < subject->first && subject->first - cue.last <= 5 &&
                      IsVerbal(*at_.analyses[cue.first]);
      for (uint32_t t = cue.last + 1; reported && t < subject->first; ++t) {
        const morph::Analysis& a = *at_.analyses[t];
        reported = !IsClauseEnd(at_.TokenText(t)) && at_.TokenText(t) != "," && !(IsVerbal(a) && !a.Has("NOUN"));
      }
      if (cue.kind == "claim" &&
          (governs || reported || IsWord(*at_.analyses[cue.first], {"selon", "according", "d'apres"})))
        claim |= reported_by(cue);
      // Attribution after the event: "..., a annoncé l'armée", "..., officials said"; not a
      // reporting verb with a clause of its own ("..., saying the district was theirs").
      if (cue.kind == "claim" && cue.first > last && !OpensClause(s, cue.last + 1)) {
        for (uint32_t t = cue.first; t > last && cue.first - t <= 4; --t) {
          const morph::Analysis& a = *at_.analyses[t - 1];
          if (at_.TokenText(t - 1) == ",") {
            claim |= reported_by(cue);
            break;
          }
          if (IsVerbal(a) && !a.Has("AUX") && !a.Has("NOUN") && !a.Has("ADJ")) break;
        }
      }
      if (governs && (cue.kind == "fear" || cue.kind == "hypothesis")) fear = true;
      if (governs && cue.kind == "denial") denial = true;
      if (governs && cue.kind == "accusation") claim = true;
    }
    for (uint32_t t = from; t <= head; ++t) {
      const morph::Analysis& a = *at_.analyses[t];
      if (a.HasFeature("", "cond")) fear = true;
      if (a.HasFeature("", "ifut")) plan = true;
      if (IsWord(a, {"would", "could", "might", "may"})) fear = true;
      if (IsWord(a, {"will", "shall"})) plan = true;
    }
    *is_purpose = purpose && !plan;
    if ((negation && success) || failure) return *why = "failure", "failed";
    if (negation || denial) return *why = negation ? "negation" : "denial", "negated";
    if (fear) return *why = "fear or hypothesis", "feared";
    if (plan) return *why = "plan or future", "planned";
    if (attempt) return *why = "attempt", "attempted";
    if (claim) return *why = "attributed to a party", "claimed";
    if (neutral_report) return *why = "reported by a neutral source", "occurred";
    return *why = "asserted", "occurred";
  }

  void CodeSentence(size_t s) {
    for (const auto& m : mentions_[s]) {
      if (trace_) Note(s, "mention " + Describe(m));
    }
    std::vector<CueMatch> cues = Cues(s);
    for (const CueMatch& cue : cues) Note(s, "cue " + cue.kind + " '" + Text(cue.first, cue.last + 1) + "'");

    uint32_t begin = SentenceBegin(s), end = SentenceEnd(s);
    int n = 0;
    std::vector<const Mention*> subjects_here;
    for (uint32_t i = begin; i < end; ++i) {
      auto matches = c_.predicate_index_.At(at_, i, begin, end);
      if (matches.empty()) continue;
      // After an article or an adjective a form is a noun ("les frappes", "the fighting"). Of equally
      // long patterns, one whose head is the word's lemma in that use wins over one matching its form
      // only: "a frappé Odessa" is frapper, not the noun frappe; "de violents combats" is combat.
      const morph::Analysis* before = matches[0].head > begin ? at_.analyses[matches[0].head - 1] : nullptr;
      // So is one after a possessive: "Monday's ambush", "the army's offensive".
      bool noun_use = before && (before->Has("DET") || (before->Has("ADJ") && !IsVerbal(*before)) ||
                                 before->HasLemma("'s", "PART"));
      const PatternIndex::Match* chosen = &matches[0];
      for (const auto& m : matches) {
        if (m.items != matches[0].items) break;
        const auto& head_forms = c_.predicate_index_.pattern(m.id).items[0];
        bool by_lemma = std::any_of(at_.analyses[m.head]->readings.begin(), at_.analyses[m.head]->readings.end(),
                                    [&](const morph::Reading& r) {
                                      return (r.upos == "NOUN") == noun_use &&
                                             std::find(head_forms.begin(), head_forms.end(), text::Fold(r.lemma)) !=
                                                 head_forms.end();
                                    });
        if (by_lemma) {
          chosen = &m;
          break;
        }
      }
      const auto& match = *chosen;
      const Predicate& p = c_.predicates_[match.id];
      const Pattern& pattern = c_.predicate_index_.pattern(match.id);
      const morph::Analysis& head = *at_.analyses[match.head];
      // After an actor's modifier too ("An Israeli air strike", "U.S. drone strikes") a form is a noun.
      const Mention* modifier = MentionCovering(s, match.head);
      if (!modifier && match.head > begin) modifier = MentionEndingAt(s, match.head);
      if (modifier && !modifier->HasActor()) modifier = nullptr;
      // "prévoit de lancer": de before an infinitive is no article.
      bool infinitive = match.head > begin && head.HasFeature("VERB", "infi") &&
                        IsWord(*at_.analyses[match.head - 1], {"de", "d'", "a", "pour"});
      bool after_article = !infinitive && (noun_use || modifier);
      // "fighting had continued": an English -ing form before a verb is that verb's subject, a noun.
      bool gerund_subject = lang_en() && head.Has("NOUN") && at_.TokenText(match.head).ends_with("ing") &&
                            match.last + 1 < end && IsVerbal(*at_.analyses[match.last + 1]) &&
                            !at_.analyses[match.last + 1]->Has("NOUN") && !at_.analyses[match.last + 1]->Has("DET");
      bool verbal = IsVerbal(head) && !(head.Has("NOUN") && after_article) && !gerund_subject;
      std::string label = "predicate '" + pattern.text + "' (" + p.cameo + ") at '" +
                          Text(match.head, match.last + 1) + "'";
      // A word of an actor's name is no predicate: Rapid Support Forces, Forces de soutien rapide.
      if (const Mention* named = MentionCovering(s, match.head);
          named && named->kind == Mention::Kind::kActor && named->HasActor() && !named->actors[0].from_context &&
          match.head > begin && text::IsUpperInitial(at_.TokenText(match.head))) {
        Note(s, label + ": not coded: part of the name " + Describe(*named));
        i = match.last;
        continue;
      }

      Arguments args;
      bool reciprocal = p.cameo.rfind("04", 0) == 0 || p.cameo.rfind("06", 0) == 0 || p.cameo == "193";
      uint32_t clause_end = ClauseEnd(s, match.last + 1);
      bool passive = false;
      const Mention* patient = nullptr;  // a reduced passive's noun phrase
      const Mention* clause_victim = nullptr;  // a nominal event's victim: its passive clause's subject
      if (verbal) {
        // Passive: an auxiliary être/be before a past participle (a été lancée par, was captured by).
        for (uint32_t t = match.head; t > begin && match.head - t < 4; --t) {
          const morph::Analysis& a = *at_.analyses[t - 1];
          if (MentionCovering(s, t - 1)) break;  // "Syria's army": a possessive, not "is"
          if (a.HasLemma("être", "AUX") || a.HasLemma("be", "AUX") || a.HasLemma("be", "VERB")) passive = true;
          if (a.HasLemma("avoir", "AUX") || a.HasLemma("have", "AUX")) break;
        }
        bool participle = head.HasFeature("VERB", "ppas") || head.HasFeature("VERB", "past");
        // "The hostages, abducted by Boko Haram", "des civils enlevés par les jihadistes": a
        // participle after its noun with an agent is passive without an auxiliary.
        // The noun phrase may have taken the participle in: [des civils enlevés] par.
        const Mention* around = MentionCovering(s, match.head);
        if (around && !(around->first < match.head && around->last == match.last + 1)) around = nullptr;
        bool reduced = participle && match.head > begin && match.last + 1 < end &&
                       IsWord(*at_.analyses[match.last + 1], {"by", "par"}) &&
                       (at_.TokenText(match.head - 1) == "," || MentionEndingAt(s, match.head) || around);
        if (reduced) patient = around;
        passive = (passive || reduced) && !pattern.pronominal && participle && p.object != "none";
        args.subject = Subject(s, match.head);
      } else {
        args.subject = modifier;
        // "seized Rubaya after heavy fighting with the army", "tués dans une embuscade": a nominal
        // event in a circumstantial phrase is the doing of the clause's subject.
        if (!args.subject) {
          uint32_t t = match.head;
          // Back over the phrase's determiners, adjectives and day: "in Monday's deadly ambush".
          while (t > begin && (((at_.analyses[t - 1]->Has("DET") || at_.analyses[t - 1]->Has("ADJ")) &&
                                !at_.analyses[t - 1]->Has("ADP")) ||
                               IsWord(*at_.analyses[t - 1], {"de", "des", "d'"}) || at_.analyses[t - 1]->HasLemma("'s", "PART") ||
                               time::IsCalendarName(at_.analyses[t - 1]->folded) ||
                               time::IsTimeOfDay(at_.analyses[t - 1]->folded)))
            --t;
          if (t > begin && IsWord(*at_.analyses[t - 1], {"after", "during", "in", "amid", "following", "apres", "lors",
                                                         "pendant", "dans", "durant"})) {
            // The subject of the clause's verb, not the nearest phrase (killed [ten insurgents] in an ambush).
            uint32_t verb = t - 1;
            while (verb > begin && !(IsVerbal(*at_.analyses[verb - 1]) && !at_.analyses[verb - 1]->Has("NOUN") &&
                                     !MentionCovering(s, verb - 1)))
              --verb;
            // "Three policemen were killed in an ambush": a passive clause's subject is the victim
            // of the nominal event, its agent (if any) the doer.
            bool passive_clause = verb > begin + 1 && (at_.analyses[verb - 1]->HasFeature("VERB", "ppas") ||
                                                       at_.analyses[verb - 1]->HasFeature("VERB", "past"));
            if (passive_clause) {
              passive_clause = false;
              for (uint32_t k = verb - 1; k > begin && verb - 1 - k < 3 && !passive_clause; --k)
                passive_clause = at_.analyses[k - 1]->HasLemma("être", "AUX") || at_.analyses[k - 1]->HasLemma("be", "AUX") ||
                                 at_.analyses[k - 1]->HasLemma("be", "VERB");
            }
            if (verb > begin) {
              const Mention* m = Subject(s, verb - 1, 0, passive_clause);
              if (passive_clause) clause_victim = m;
              else if (m && m->HasActor()) args.subject = m;
            }
          }
        }
        // "des frappes aériennes américaines": the nationality after the noun.
        if (!args.subject)
          if (const Mention* after = MentionStartingAt(s, match.last + 1); after && after->HasActor() &&
              std::all_of(at_.analyses.begin() + after->first, at_.analyses.begin() + after->last,
                          [](const morph::Analysis* a) { return a->Has("ADJ") || IsCoordinator(*a); }))
            args.subject = after;
        // "The army launched an air strike", "ont mené des frappes": the subject of the support verb.
        // Only articles, numbers and adjectives between: a "charm offensive" is no offensive.
        for (const CueMatch& cue : cues) {
          if (args.subject || (cue.kind != "support" && cue.kind != "responsibility") || cue.last >= match.head ||
              match.head - cue.last > 8)
            continue;
          bool bare = true;
          for (uint32_t t = cue.last + 1; t < match.head && bare; ++t) {
            // "a mené dans la nuit des frappes": a time phrase may come between.
            const time::Timex* x = TimexAt(s, t);
            if (!x && at_.analyses[t]->Has("ADP")) x = TimexAt(s, t + 1);  // "dans la nuit"
            if (x && x->last > t && x->last <= match.head) {
              t = x->last - 1;
              continue;
            }
            const morph::Analysis& a = *at_.analyses[t];
            bare = a.Has("DET") || ((a.Has("NUM") || a.Has("ADJ")) && !a.Has("NOUN")) ||
                   (cue.kind == "responsibility" && IsWord(a, {"for", "of", "de", "d'"}));
          }
          if (bare) args.subject = Subject(s, cue.first);
        }
      }
      // Losing and falling: the subject is who lost the place, or the place that fell.
      const Mention* loser = nullptr;
      if (!p.subject_role.empty() && !passive) {
        loser = p.subject_role == "place" ? Subject(s, match.head, 0, /*patients=*/true) : args.subject;
        args.subject = nullptr;
      }
      bool ends_with_preposition = at_.analyses[match.last]->Has("ADP") && match.last > match.head;
      const Mention* object = Object(s, match.last + 1, clause_end, ends_with_preposition);
      // "seized parts of Marawi", "ont pris une partie de la ville": the place after the part.
      for (const CueMatch& cue : cues)
        if (!object && cue.kind == "partial" && cue.first > match.last && cue.first <= match.last + 2)
          object = Object(s, cue.last + 1, clause_end, /*ends_with_preposition=*/true);
      const Mention* by = nullptr;
      for (const auto& [prep, role] : p.slots)
        if (role == "source") by = by ? by : Slot(s, match.last + 1, clause_end, prep);
      // "Les forces ... sont coordonnées": for a reciprocal predicate the subject stays the source.
      if (passive && reciprocal) passive = false;
      if (passive) {
        by = Slot(s, match.last + 1, clause_end, {lang_en() ? "by" : "par"});
        // "was attacked in April and casualties were reported by residents": another verb's agent.
        for (uint32_t t = match.last + 1; by && t < by->first; ++t) {
          const morph::Analysis& a = *at_.analyses[t];
          if (IsVerbal(a) && !a.Has("NOUN") && !a.Has("ADJ") && !a.Has("ADP") && !a.Has("ADV")) by = nullptr;
        }
        object = patient ? patient : Subject(s, match.head, 0, /*patients=*/true);  // "Gao a été reprise"
        args.subject = nullptr;
      }

      // Source: the subject, or the agent of a passive or nominal event.
      const Mention* source_mention = by ? by : args.subject;
      if (source_mention) {
        auto actors = ActorsOf(s, *source_mention, &args.source_note);
        // "Les Forces de soutien rapide (FSR)" names one actor twice: one event, not two.
        if (actors)
          for (const ActorRef& a : *actors)
            if (std::none_of(args.sources.begin(), args.sources.end(), [&](const ActorRef& x) { return x.code == a.code; }))
              args.sources.push_back(a);
        if (source_mention->kind == Mention::Kind::kPronoun || source_mention->demonstrative) args.confidence -= 0.1;
        if (args.source_note.empty()) args.source_note = (by ? "agent " : "subject ") + Describe(*source_mention);
      }
      if (!args.sources.empty() && args.sources[0].from_context) args.confidence -= 0.1;

      // Target and place: the object, then the prepositional slots.
      auto take = [&](const Mention* m, const std::string& role, const std::string& how) {
        if (!m || role.empty() || role == "theme") return;
        // "stormed the barracks of the army": the site is the place, its owner the target.
        if (m->IsOwnedSite() && !args.place && (role == "place" || role == "target")) {
          args.place = m;
          args.place_note = how + " " + Describe(*m);
          if (!args.target) {
            args.target = m->actors[0];
            args.target_note = how + ", owner of the site " + Describe(*m);
          }
          return;
        }
        if (role == "place" || (role == "target" && m->IsPlace() && !m->HasActor())) {
          if (!args.place && m->IsPlace()) {
            args.place = m;
            args.place_note = how + " " + Describe(*m);
          }
          if (role == "place") return;
        }
        if (args.target) return;
        std::string note;
        auto actors = ActorsOf(s, *m, &note);
        if (!actors || actors->empty()) return;
        args.target = (*actors)[0];
        args.target_note = how + " " + (note.empty() ? Describe(*m) : note);
        args.confidence += 0.1;
      };
      if (object && p.object != "none") args.object_class = SemanticClass(*object);
      take(object, p.object == "theme" || p.object == "none" ? "" : p.object, "object");
      for (const auto& [prep, role] : p.slots)
        if (role != "source") take(Slot(s, match.last + 1, clause_end, prep), role, "slot " + prep[0]);
      if (clause_victim) take(clause_victim, "target", "subject of its passive clause");
      // "civilians were wounded by Ukrainian shelling", "tués par des frappes": a nominal event that
      // is the agent of a passive verb acts on that verb's subject.
      if (!verbal && !args.target && !args.place) {
        uint32_t t = match.head;
        auto modifier_of_event = [&](uint32_t k) {
          const morph::Analysis& a = *at_.analyses[k];
          const Mention* m = MentionCovering(s, k);
          return a.Has("DET") || a.Has("NUM") || (a.Has("ADJ") && !IsVerbal(a)) || (m && m->HasActor());
        };
        while (t > begin && modifier_of_event(t - 1)) --t;
        if (t > begin + 1 && IsWord(*at_.analyses[t - 1], {"by", "par"})) {
          uint32_t verb = t - 2;
          const morph::Analysis& v = *at_.analyses[verb];
          if (v.HasFeature("VERB", "ppas") || v.HasFeature("VERB", "past"))
            take(Subject(s, verb, 0, /*patients=*/true), "target", "subject of the passive '" + Text(verb, verb + 1) + "'");
        }
      }
      // "Des frappes ... ont visé des positions houthies", "an air strike killed 12 people": a
      // nominal event that is a verb's subject acts on that verb's object.
      if (!verbal && !args.target && !args.place) {
        for (uint32_t t = match.last + 1; t < end && t <= match.last + 8; ++t) {
          const morph::Analysis& a = *at_.analyses[t];
          if (IsClauseEnd(at_.TokenText(t)) || IsComplementizer(a) || IsRelative(a)) break;
          if (!IsVerbal(a) || MentionCovering(s, t) || at_.analyses[t - 1]->Has("DET")) continue;
          if (a.Has("AUX") && t + 1 < end && IsVerbal(*at_.analyses[t + 1])) continue;  // ont visé
          const Mention* acted_on = Object(s, t + 1, ClauseEnd(s, t + 1), false);
          // "De violents combats ont opposé l'armée aux FSR": the verb names both parties.
          if (reciprocal && args.sources.empty() && a.HasLemma("opposer") && acted_on && acted_on->HasActor()) {
            args.sources = acted_on->actors;
            args.source_note = "the parties opposed " + Describe(*acted_on);
            take(Slot(s, acted_on->last, ClauseEnd(s, t + 1), {"à"}), "target", "opposed to");
          } else {
            take(acted_on, "target", "object of '" + std::string(at_.TokenText(t)) + "'");
          }
          break;
        }
      }
      // "les combats entre l'armée et les FSR", "fighting between the army and the rebels": the
      // parties of a reciprocal event are named together after it.
      if (reciprocal && args.sources.empty())
        for (const auto& [prep, role] : p.slots)
          if (prep.size() == 1 && (prep[0] == "entre" || prep[0] == "between"))
            if (const Mention* m = Slot(s, match.last + 1, clause_end, prep); m && m->actors.size() >= 2) {
              args.sources = m->actors;
              args.source_note = "the parties " + Describe(*m);
              args.target.reset();
              args.confidence += 0.1;
            }
      std::string cameo = p.cameo;
      if (loser) {
        take(loser, p.subject_role, "subject");
        // "L'EI a perdu Raqqa", with no winner named: the loser withdrew (alone=CODE).
        if (args.sources.empty() && !p.alone_cameo.empty() && loser->HasActor() && p.subject_role == "target") {
          auto actors = ActorsOf(s, *loser, &args.source_note);
          if (actors) args.sources = *actors;
          args.source_note = "the loser, no winner named " + Describe(*loser);
          args.target.reset();
          args.subject = loser;
          cameo = p.alone_cameo;
        }
      }
      bool partial = args.place && HeldInPart(s, *args.place, cues);
      // A bare place noun ("la ville", "the town") is the place last named with that feature.
      bool definite = args.place && IsWord(*at_.analyses[args.place->first],
                                           {"le", "la", "l'", "les", "ce", "cette", "cet", "ces", "the", "this", "that"});
      bool settlement = args.place && (args.place->feature == "city" || args.place->feature == "village" ||
                                       args.place->feature == "district");
      if (args.place && args.place->place_name.empty() && args.place->country_code.empty() && definite) {
        // The last place named with the same feature (the village of Kabaya), else the last
        // settlement of unknown kind.
        const Mention* antecedent = nullptr;
        for (auto it = named_places_.rbegin(); it != named_places_.rend() && !antecedent; ++it)
          if ((*it)->feature == args.place->feature) antecedent = *it;
        for (auto it = named_places_.rbegin(); it != named_places_.rend() && !antecedent && settlement; ++it)
          if ((*it)->feature.empty()) antecedent = *it;
        if (antecedent) {
          args.place_note += " = " + antecedent->place_name;
          args.place = antecedent;
        }
      }
      // Who held the place, when the text said so: the target of a capture or an attack on it.
      if (!args.target && args.place && !args.place->place_name.empty()) {
        auto held = holders_.find(text::Fold(args.place->place_name));
        if (held != holders_.end()) {
          args.target = held->second;
          args.target_note = "held " + args.place->place_name + " (inferred)";
          args.confidence -= 0.05;
        }
      }

      // Taking a place, or fighting over it, from nobody the text names: from the source's adversary.
      // Sieges and strikes on a town hit whoever is inside; they are left without a guessed target.
      if (!args.target && args.place && args.place->country_code.empty() && args.sources.size() == 1 && !loser &&
          StartsWith(cameo, {"190", "192", "193"}))
        if (auto other = Adversary(args.sources[0])) {
          args.target = *other;
          args.target_note = "the source's adversary in the document (inferred)";
          args.confidence -= 0.05;
        }

      std::string why;
      bool is_purpose = false;
      std::string status =
          Status(s, cues, args.subject ? args.subject : by, match.head, match.last, &why, &is_purpose, args.sources, !verbal);
      if (!verbal) args.confidence -= 0.1;

      // An act of force whose doer the text does not name is still an event ("Three civilians were
      // killed", "an air strike hit the market", "unknown gunmen"): its source comes from the
      // document when it leaves no doubt, else it is an unidentified armed group.
      bool acts_on_something = args.target || args.place || args.object_class == "site" ||
                               args.object_class == "property" || (passive && object);
      bool unrealised = verbal && !args.subject && (head.HasFeature("VERB", "infi") ||
                                                    (match.head > begin && IsWord(*at_.analyses[match.head - 1], {"to"})));
      // "Photo prise le 30 mai", "the kidnapped": a participle inside a noun phrase describes it.
      const Mention* around_head = MentionCovering(s, match.head);
      bool modifier_use = verbal && !passive && ((around_head && around_head->first < match.head) ||
                                       (lang_en() && head.HasFeature("VERB", "past") && before && before->Has("DET")));
      // A nominal event needs an event noun: "the storm killed" names weather, not an assault.
      bool event_noun = !verbal && IsEventNoun(s, match.head);
      if (args.sources.empty() && cameo == p.cameo && IsActOfForce(cameo) && acts_on_something && !unrealised &&
          !modifier_use && (verbal || event_noun) &&
          !head.Has("ADP") && !time::IsCalendarName(head.folded) &&
          !(verbal && !passive && NamesNoDoer(s, match.head)) && !(!verbal && InCompound(s, match.head))) {
        args.sources.push_back(UnnamedSource(args.target, &args.source_note));
        args.confidence -= 0.15;
      }
      // The object's class selects the sense (the predicate's senses): "captured 20 fighters" is
      // a detention (by a state, an abduction by anyone else); "seized the home of" a confiscation;
      // "freed the hostages" a release. The people, or the property's owner, are the target.
      if (auto sense = p.senses.find(args.object_class);
          sense != p.senses.end() && object && args.place != object && !args.sources.empty() && !loser) {
        cameo = args.sources[0].state ? sense->second.first : sense->second.second;
        std::string note;
        if (auto acted_on = ActorsOf(s, *object, &note); acted_on && !acted_on->empty() && !args.target) {
          args.target = (*acted_on)[0];
          args.target_note = "object " + (note.empty() ? Describe(*object) : note);
        }
      }

      std::vector<std::pair<ActorRef, std::optional<ActorRef>>> pairs;
      if (reciprocal && args.sources.size() >= 2 && !args.target) {
        for (size_t a = 0; a < args.sources.size(); ++a)
          for (size_t b = 0; b < args.sources.size(); ++b)
            if (a != b) pairs.push_back({args.sources[a], args.sources[b]});
      } else {
        for (const auto& src : args.sources) pairs.push_back({src, args.target});
      }
      // An actor does not act on itself: "prendre la parole à Bamako" names no target.
      if (args.target && std::all_of(args.sources.begin(), args.sources.end(),
                                     [&](const ActorRef& a) { return a.code == args.target->code; }))
        args.target.reset();
      std::string reason;
      // Taking or moving needs somewhere; acting on people needs someone. A site or property
      // object (a base, houses, a convoy) is something acted on; an abstract one (the floor, a
      // budget) is another sense of the verb; an event (the attack) is what words condemn or deny.
      bool has_place_role = p.object == "place";
      for (const auto& slot : p.slots) has_place_role |= slot.second == "place" && p.object != "target";
      bool acts_on_people = cameo.rfind("173", 0) == 0 || cameo.rfind("174", 0) == 0 ||
                            cameo.rfind("175", 0) == 0 || cameo.rfind("18", 0) == 0 || cameo.rfind("20", 0) == 0;
      // Sites and property are what acts of force and seizures act on; driving out or retreating
      // from a car is another sense.
      bool thing_acted_on = (args.object_class == "site" || args.object_class == "property") &&
                            (p.object == "place" || !StartsWith(cameo, {"192", "087", "15"}));
      bool words_on_event = args.object_class == "event" && IsVerbalConflict(cameo);
      std::string object_said = args.object_class.empty() ? "" : " (the object is " + args.object_class + ")";
      if (args.sources.empty()) reason = "no source actor";
      // "took the floor at the summit", "attaquer le budget": an abstract object is another sense.
      else if (args.object_class == "abstract") reason = "the object is abstract";
      // Deploying troops needs no place: the forces moved are what the verb acts on.
      else if (has_place_role && !args.place && !args.target && !thing_acted_on &&
               !(p.object == "theme" && args.object_class == "actor"))
        reason = "no place or target" + object_said;
      else if (acts_on_people && !args.target && p.object == "target" && !thing_acted_on) reason = "no target" + object_said;
      // Attacking, meeting, condemning: with no one and nowhere acted on, the verb is used in
      // another sense (attaquer un budget, meeting resistance).
      else if (p.object == "target" && !args.target && !args.place && !reciprocal_pair(args) && !thing_acted_on &&
               !words_on_event)
        reason = "no target or place" + object_said;
      // Retreating, deploying, advancing are what armed forces do: people fleeing are no retreat.
      else if (IsMovementOfForces(cameo) && !IsArmedOrState(args.sources[0]))
        reason = "the source is not an armed force (" + args.sources[0].code + ")";
      else if (is_purpose) reason = "the purpose of another action, not an event of its own";
      if (!reason.empty()) {
        Note(s, label + ": not coded: " + reason);
        i = match.last;
        continue;
      }
      for (auto& [src, tgt] : pairs) {
        if (tgt && tgt->code == src.code) tgt.reset();
        Event e = NewEvent(s, n++, cameo, src, tgt, status, match.head, match.last, args.confidence,
                           source_mention ? Text(source_mention->first, source_mention->last) : "", "");
        e.place_text = args.place ? (args.place->place_name.empty() ? Text(args.place->first, args.place->last)
                                                                       : args.place->place_name)
                                     : "";
        e.control = args.place ? c_.ControlEffect(cameo) : "";
        if (e.control == "gain" && partial) e.control = "partial";
        Note(s, label + " -> " + e.id + (cameo == p.cameo ? "" : " as " + cameo) + " " + status + " (" + why + "); source " + src.code + " [" +
                    args.source_note + "]; target " + (tgt ? tgt->code + " [" + args.target_note + "]" : "none") +
                    "; place " + (args.place ? args.place_note : "none"));
        // Who took a place holds it from then on: a later capture takes it from them.
        if (e.control == "gain" && e.status == EventStatus::kOccurred && !args.place->place_name.empty())
          holders_[text::Fold(args.place->place_name)] = src;
        events_.push_back(std::move(e));
      }
      i = match.last;
    }
    if (n == 0 && c_.dictionaries_) CodeWithDictionaries(s, cues);
    for (const auto& m : mentions_[s])
      if (m.kind == Mention::Kind::kPlace && !m.place_name.empty()) named_places_.push_back(&m);
  }

  // The fields an event of sentence `s` fills alike whichever rules found it; `n` numbers it in
  // the sentence.
  Event NewEvent(size_t s, int n, const std::string& cameo, const ActorRef& src, const std::optional<ActorRef>& tgt,
                 const std::string& status, uint32_t head, uint32_t last, double confidence,
                 const std::string& source_text, const std::string& target_text) const {
    const text::Sentence& sent = at_.seg.sentences[s];
    Event e;
    e.doc = at_.doc->id;
    e.id = at_.doc->id + ":" + std::to_string(s) + ":" + std::to_string(n);
    e.cameo = cameo;
    const CameoInfo& info = c_.InfoFor(cameo);
    e.plover = info.plover;
    if (!info.acled_type.empty()) {
      e.acled_type = info.acled_type;
      e.acled_sub_type = info.acled_sub_type;
      if (cameo.rfind("192", 0) == 0 && !src.state) e.acled_sub_type = "Non-state actor overtakes territory";
      if ((cameo[0] == '1' && (cameo[1] == '8' || cameo[1] == '9')) && tgt && tgt->code.size() >= 3 &&
          tgt->code.compare(tgt->code.size() - 3, 3, "CVL") == 0) {
        e.acled_type = "Violence against civilians";
        e.acled_sub_type = "Attack";
      }
    }
    e.status = ParseStatus(status);
    e.source = Actor{source_text, src.code, src.name};
    if (tgt) e.target = Actor{target_text, tgt->code, tgt->name};
    DateFor(s, head, status, &e.date);
    e.evidence.sentence = static_cast<int>(s);
    e.evidence.start = sent.start;
    e.evidence.end = sent.end;
    e.evidence.text = std::string(at_.SentenceText(s));
    e.trigger = Text(head, last + 1);
    e.confidence = std::clamp(confidence, 0.05, 0.95);
    return e;
  }

  // A sentence the lexicon's predicates left uncoded, coded with imported CAMEO dictionaries
  // (PETRARCH's or TABARI's). Their actor codes hold on the document's day; the status comes from
  // the same cues as every other event's. Such an event names no place.
  void CodeWithDictionaries(size_t s, const std::vector<CueMatch>& cues) {
    const text::Sentence& sent = at_.seg.sentences[s];
    const PartialDate& date = at_.doc->date;
    long day = date.known() ? time::FirstDay(date) : LONG_MAX;
    peer::PatternCoding coding = c_.dictionaries_->Code(at_.SentenceText(s), day);
    for (const auto& line : coding.trace) Note(s, "dictionaries: " + line);
    int n = 0;
    for (const peer::PatternEvent& pe : coding.events) {
      uint32_t head = TokenAt(s, sent.start + pe.verb_begin), last = TokenAt(s, sent.start + pe.verb_end - 1);
      std::string why;
      bool is_purpose = false;
      std::string status = Status(s, cues, nullptr, head, last, &why, &is_purpose);
      if (is_purpose) continue;
      // The dictionaries give codes; their names come from sitrep's own actors and roles.
      ActorRef src{pe.source, c_.mentions_->NameFor(pe.source)};
      src.state = IsStateRole(src.code.size() > 3 ? src.code.substr(3, 3) : "");
      std::optional<ActorRef> tgt;
      if (!pe.target.empty()) tgt = ActorRef{pe.target, c_.mentions_->NameFor(pe.target)};
      // Less certain than an event the lexicon's predicates found with their arguments.
      Event e = NewEvent(s, n++, pe.code, src, tgt, status, head, last, 0.5, pe.source_text, pe.target_text);
      // The dictionaries know no places: the sentence's own named place, after the verb if there
      // is one, else before it, and not a name the dictionaries read as an actor. Never one from
      // another sentence.
      const Mention* place = nullptr;
      auto is_actor = [&](const Mention& m) {
        std::string text = Text(m.first, m.last);
        return (!pe.source_text.empty() && pe.source_text.find(text) != std::string::npos) ||
               (!pe.target_text.empty() && pe.target_text.find(text) != std::string::npos);
      };
      for (const auto& m : mentions_[s])
        if (m.kind == Mention::Kind::kPlace && !m.place_name.empty() && !m.HasActor() && !is_actor(m) &&
            (!place || m.first > head)) {
          place = &m;
          if (m.first > head) break;
        }
      if (place) e.place_text = place->place_name;
      Note(s, "dictionaries -> " + e.id + " " + pe.source + " " + pe.code + " " + pe.target + " " + status + " (" +
                  why + ")" + (pe.pattern.empty() ? "" : "; pattern '" + pe.pattern + "'") + "; place " +
                  (place ? "'" + place->place_name + "'" : "none"));
      events_.push_back(std::move(e));
    }
  }

  // The token of sentence `s` holding byte `at` of the document.
  uint32_t TokenAt(size_t s, size_t at) const {
    for (uint32_t t = SentenceBegin(s); t < SentenceEnd(s); ++t)
      if (at_.seg.tokens[t].end > at) return t;
    return SentenceEnd(s) - 1;
  }

  // This sentence's actors, for pronouns in it and further on; subjects are the likeliest referents.
  void RememberActors(size_t s) {
    for (const auto& m : mentions_[s]) {
      if (!m.HasActor() || m.possessor) continue;
      // A subject is followed by its verb, perhaps after a prepositional phrase (au nord de X).
      bool subject = false;
      for (uint32_t t = m.last; t < SentenceEnd(s) && t < m.last + 8 && !subject; ++t) {
        const morph::Analysis& a = *at_.analyses[t];
        if (IsClauseEnd(at_.TokenText(t)) || IsComplementizer(a)) break;
        subject = IsVerbal(a) && !a.Has("NOUN") && !a.Has("ADP");
      }
      salient_.push_back({s, &m, subject});
    }
  }

  bool lang_en() const { return c_.lang_ == "en"; }
  static bool reciprocal_pair(const Arguments& args) { return args.sources.size() >= 2; }

  // The clause of a token: between the nearest boundaries (; : a complementizer, or a coordinator
  // that starts another verb phrase) on either side.
  std::pair<uint32_t, uint32_t> Clause(size_t s, uint32_t token) const {
    auto boundary = [&](uint32_t t) {
      const morph::Analysis& a = *at_.analyses[t];
      std::string_view text = at_.TokenText(t);
      if (text == ";" || text == ":" || IsComplementizer(a)) return true;
      if (!IsCoordinator(a) && !IsWord(a, {"mais", "but"})) return false;
      for (uint32_t k = t + 1; k < SentenceEnd(s) && k < t + 3; ++k)
        if (IsVerbal(*at_.analyses[k]) || IsWord(*at_.analyses[k], {"se", "s'"})) return true;
      return false;
    };
    uint32_t first = token, last = token;
    while (first > SentenceBegin(s) && !boundary(first - 1)) --first;
    while (last + 1 < SentenceEnd(s) && !boundary(last + 1)) ++last;
    return {first, last + 1};
  }

  // An event's date: the expression in its clause, else the nearest in its sentence, else the
  // latest in its paragraph, else the document date; an expression that looks ahead (demain, les
  // prochains jours) never dates what has happened, nor one that looks back what is planned.
  void DateFor(size_t s, uint32_t head, const std::string& status, DateInterval* date) const {
    bool planned = status == "planned";
    auto fits = [&](const time::Timex& t) {
      if (t.start.empty()) return false;
      return planned ? t.direction >= 0 : t.direction <= 0;
    };
    auto take = [&](const time::Timex& t) {
      date->start = t.start;
      date->end = t.end;
      date->precision = t.precision;
      date->text = Text(t.first, t.last);
    };
    auto [clause_first, clause_last] = Clause(s, head);
    const time::Timex* best = nullptr;
    auto distance = [&](const time::Timex& t) {
      return t.last <= head ? head - t.last : (t.first > head ? t.first - head : 0u);
    };
    for (const auto& t : timexes_[s]) {
      if (!fits(t) || t.first < clause_first || t.last > clause_last) continue;
      // "La veille, le 14 octobre, ...": a date in apposition says which day the first one meant.
      bool apposition = best && t.first == best->last + 1 && at_.TokenText(best->last) == "," && t.precision == "day";
      // Of two expressions in the clause, the nearer to the predicate: "prise il y a dix-huit
      // mois, la ville était assiégée depuis deux semaines".
      if (!best || apposition || distance(t) < distance(*best)) best = &t;
    }
    if (!best) {
      long distance = 0;
      for (const auto& t : timexes_[s]) {
        long d = std::labs(static_cast<long>(t.first) - static_cast<long>(head));
        if (fits(t) && (!best || d < distance)) best = &t, distance = d;
      }
    }
    for (size_t p = s; !best && p > 0 && at_.seg.sentences[p - 1].paragraph == at_.seg.sentences[s].paragraph; --p)
      for (auto it = timexes_[p - 1].rbegin(); it != timexes_[p - 1].rend() && !best; ++it)
        if (fits(*it)) best = &*it;
    if (best) return take(*best);
    // An event the text does not date happened when the story did: the first day the document
    // names in the week before its date ("Also on Saturday", a Monday article's "on Sunday").
    if (!planned && story_day_) return take(*story_day_);
    date->start = Iso(at_.doc->date, false);
    date->end = Iso(at_.doc->date, true);
    date->precision = PrecisionName(at_.doc->date.precision);
  }

  static EventStatus ParseStatus(const std::string& s) {
    static const std::pair<const char*, EventStatus> kStatuses[] = {
        {"occurred", EventStatus::kOccurred}, {"attempted", EventStatus::kAttempted}, {"failed", EventStatus::kFailed},
        {"planned", EventStatus::kPlanned},   {"claimed", EventStatus::kClaimed},     {"feared", EventStatus::kFeared},
        {"negated", EventStatus::kNegated}};
    for (const auto& [name, status] : kStatuses)
      if (s == name) return status;
    return EventStatus::kOccurred;
  }

  const Coder& c_;
  const morph::AnalyzedText& at_;
  std::vector<std::vector<std::string>>* trace_;
  std::string context_country_;
  std::vector<std::vector<Mention>> mentions_;
  std::vector<std::vector<MentionFinder::Label>> labels_;
  std::vector<std::vector<time::Timex>> timexes_;
  std::map<std::string, ActorRef> holders_;
  std::vector<Salient> salient_;
  std::vector<const Mention*> named_places_;
  std::vector<ActorRef> named_groups_, context_groups_, state_forces_;  // TakeInventory
  std::map<std::string, int> mention_counts_;                          // by actor code
  const time::Timex* story_day_ = nullptr;                              // StoryDay
  std::vector<Event> events_;
  std::vector<ControlStatement> statements_;
};

Coding Coder::Code(const morph::AnalyzedText& at, std::vector<std::vector<std::string>>* trace) const {
  Run run(*this, at, trace);
  return run.Code();
}

}  // namespace sitrep::coder
