#include "coder/run.h"

#include <algorithm>

namespace sitrep::coder {

// Strings compare with "..."sv literals, whose lengths are constants: a bare literal would be
// measured and compared out of line at every test.
using namespace std::string_view_literals;

void Coder::Run::LearnActiveHolders(size_t s, const std::vector<CueMatch>& cues) {
  for (const CueMatch& cue : cues) {
    if (cue.kind != "holds"sv) continue;
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
      if (!place && part.kind == "partial"sv && part.first == cue.last + 1) place = MentionStartingAt(s, part.last + 1);
    if (!place && cue.last + 2 < SentenceEnd(s) && at_.analyses[cue.last + 1]->Has("DET"))
      place = MentionStartingAt(s, cue.last + 2);
    if (!place || !place->IsPlace() || place->place_name.empty() || !place->country_code.empty()) continue;
    AddStatement(s, *place, *subject, HeldInPart(s, *place, cues) ? "partial" : "full", Text(cue.first, cue.last + 1));
  }
}

void Coder::Run::LearnHolders(size_t s) {
  const std::vector<CueMatch>& cues = Cues(s);
  LearnActiveHolders(s, cues);
  for (const CueMatch& cue : cues) {
    if (cue.kind != "holder"sv) continue;
    // The holder is the phrase after the cue, or the owner inside it (le dernier bastion du JNIM).
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

void Coder::Run::AddStatement(size_t s, const Mention& place, const Mention& holder, const std::string& kind,
                              const std::string& cue) {
  const ActorRef& actor = holder.actors[0];
  // Only armed sides and states hold ground: "the city's residents", "les déplacés de Kaya"
  // hold nothing.
  if (!IsArmedOrState(actor)) return;
  holders_[text::Fold(place.place_name)] = actor;
  std::string id = at_.doc->id + ":" + std::to_string(s) + ":c" + std::to_string(place.first);
  // Overlapping cues (dernier bastion de, bastion de) state it once.
  if (!statement_ids_.insert(id).second) return;
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
  if (trace_) Note(s, "holder: " + place.place_name + " is held by " + actor.code + " (" + kind + ", '" + cue + "') -> " + st.id);
  statements_.push_back(std::move(st));
}

std::vector<const Mention*> Coder::Run::HeldPlaces(size_t s, uint32_t cue) const {
  std::vector<const Mention*> places;
  for (uint32_t t = cue; t > SentenceBegin(s) && cue - t < 25; --t) {
    uint32_t k = t - 1;
    const Mention* m = MentionCovering(s, k);
    if (m && m->IsPlace()) {
      if (!m->place_name.empty() && m->country_code.empty() && m->feature != "water"sv) places.push_back(m);
      else if (m->place_name.empty() && m->country_code.empty() && places.empty() &&
               IsWord(*at_.analyses[m->first], {"le", "la", "l'", "les", "the"}))
        break;
      t = m->first + 1;
      continue;
    }
    const morph::Analysis& a = *at_.analyses[k];
    std::string_view text = at_.TokenText(k);
    if (IsClauseEnd(text) || text == "-"sv || text == "—"sv || IsComplementizer(a)) break;
    if (IsVerbal(a) && !a.Has("NOUN") && !a.Has("ADP") && !a.Has("ADJ") &&
        !IsWord(a, {"etre", "est", "sont", "etait", "etaient", "reste", "restent", "is", "are", "was", "were",
                    "remain", "remains", "remained"}))
      break;
  }
  return places;
}

bool Coder::Run::HeldInPart(size_t s, const Mention& place, const std::vector<CueMatch>& cues) const {
  for (const CueMatch& cue : cues)
    if (cue.kind == "partial"sv && ((cue.last < place.first && place.first - cue.last <= 4) ||
                                  (cue.first >= place.first && cue.last < place.last)))  // "partie de Bunia"
      return true;
  return false;
}

namespace {

// The kind of role a demonstrative's antecedent must share ("ce groupe armé" after "les
// rebelles"): its own role, or any armed non-state one but the opposition's and criminals'.
std::string RoleKind(const std::string& role) {
  return IsNonStateRole(role) && role != "OPP"sv && role != "CRM"sv ? "armed" : role;
}

}  // namespace

size_t Coder::Run::SalientBefore(size_t s, const Mention& m) const {
  // RememberActors has remembered sentence s, and none after it, when its predicates are coded.
  size_t n = salient_.size();
  while (n > 0 && salient_[n - 1].sentence == s && salient_[n - 1].mention->first >= m.first) --n;
  return n;
}

std::optional<std::vector<ActorRef>> Coder::Run::Antecedent(size_t s, const Mention& m) const {
  uint32_t paragraph = at_.seg.sentences[s].paragraph;
  size_t before = SalientBefore(s, m);
  std::string kind = m.demonstrative && !m.role.empty() ? RoleKind(m.role) : "";
  for (int subjects_only : {1, 0}) {
    const auto& by_kind = antecedents_[subjects_only][m.plural ? 1 : 0];
    auto entries = by_kind.find(kind);
    if (entries == by_kind.end()) continue;
    auto after = std::lower_bound(entries->second.begin(), entries->second.end(), before);
    if (after == entries->second.begin()) continue;
    const Salient& latest = salient_[*(after - 1)];
    if (at_.seg.sentences[latest.sentence].paragraph + 1 < paragraph) continue;
    return latest.mention->actors;
  }
  return std::nullopt;
}

void Coder::Run::TakeInventory() {
  auto add = [](std::vector<ActorRef>* list, const ActorRef& a) {
    if (std::none_of(list->begin(), list->end(), [&](const ActorRef& x) { return x.code == a.code; }))
      list->push_back(a);
  };
  for (const auto& sentence : mentions_)
    for (const Mention& m : sentence)
      for (const ActorRef& a : m.actors) {
        ++mention_counts_[a.code];
        if (IsArmedGroup(a)) add(a.from_context ? &context_groups_ : &named_groups_, a);
        else if (a.state && (RoleOf(a.code) == "MIL"sv || RoleOf(a.code) == "COP"sv)) add(&state_forces_, a);
      }
}

std::optional<ActorRef> Coder::Run::Adversary(const ActorRef& source, const std::vector<ActorRef>& allies) const {
  std::string country = source.code.substr(0, std::min<size_t>(3, source.code.size()));
  auto ally = [&](const ActorRef& a) {
    return std::any_of(allies.begin(), allies.end(), [&](const ActorRef& x) { return x.code == a.code; });
  };
  auto same_country = [&](const ActorRef& a) { return a.code.compare(0, 3, country) == 0 && !ally(a); };
  auto other = [&](const ActorRef& a) { return !ally(a); };
  if (source.state) {
    // Groups named by name or nationality first; "the militants" of the document's country after.
    if (const ActorRef* g = MostNamed(named_groups_, other)) return *g;
    if (const ActorRef* g = MostNamed(context_groups_, other)) return *g;
    if (const ActorRef* f = MostNamed(state_forces_, [&](const ActorRef& a) { return !same_country(a) && !ally(a); }))
      return *f;
    return std::nullopt;
  }
  if (!IsArmedGroup(source)) return std::nullopt;
  const ActorRef* f = MostNamed(state_forces_, same_country);
  if (!f) f = MostNamed(state_forces_, other);
  return f ? std::optional<ActorRef>(*f) : std::nullopt;
}

ActorRef Coder::Run::UnnamedSource(const std::optional<ActorRef>& target, const std::string& cameo,
                                    std::string* note) const {
  auto only = [](const std::vector<ActorRef>& list) { return list.size() == 1 ? &list[0] : nullptr; };
  // "Shops and cars were set on fire" in a report of demonstrations that names no armed group:
  // the vandals are the demonstrators.
  if (StartsWith(cameo, {"145", "171"}) && !StartsWith(cameo, {"1711"}) && named_groups_.empty() &&
      context_groups_.empty())
    for (const auto& [code, count] : mention_counts_)
      if (RoleOf(code) == "OPP"sv) {
        *note = "no doer named; the demonstrators the document names: " + code;
        return ActorRef{code, c_.mentions_->NameFor(code), true, false};
      }
  const ActorRef* from_document = nullptr;
  if (target && target->state && RoleOf(target->code) != ""sv && !IsUnarmedRole(RoleOf(target->code)))
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

std::optional<std::vector<ActorRef>> Coder::Run::NamedGroupBefore(size_t s, const Mention& m) const {
  size_t before = SalientBefore(s, m);
  const ActorRef* group = before > 0 ? named_group_after_[before - 1] : nullptr;
  if (!group) return std::nullopt;
  return std::vector<ActorRef>{*group};
}

const Mention* Coder::Run::Speaker(size_t s, const CueMatch& cue, uint32_t event_last) const {
  if (IsWord(*at_.analyses[cue.first], {"selon", "according", "d'apres"})) {
    for (uint32_t t = cue.last + 1; t < SentenceEnd(s) && t <= cue.last + 3; ++t)
      if (const Mention* m = MentionStartingAt(s, t)) return m;
    return nullptr;
  }
  // "..., a annoncé l'armée", "..., said the governor": the phrase after the verb, unless the verb
  // has its subject before it ("..., a villager told reporters").
  if (cue.first > event_last) {
    if (const Mention* subject = Subject(s, cue.first); subject && subject->first > event_last) return subject;
    // (Through a spokesman's title: "said a spokesman for the group", "a déclaré un porte-parole de".)
    for (uint32_t t = cue.last + 1; t < SentenceEnd(s) && t <= cue.last + 6; ++t) {
      if (IsClauseEnd(at_.TokenText(t)) || IsComplementizer(*at_.analyses[t])) break;
      if (const Mention* m = MentionCovering(s, t); m && (m->HasActor() || m->kind == Mention::Kind::kPronoun))
        return m;
    }
  }
  // "Le porte-parole de l'armée a affirmé": an agent speaks for its owner.
  for (uint32_t t = cue.first; t > SentenceBegin(s); --t) {
    const morph::Analysis& a = *at_.analyses[t - 1];
    if (const Mention* m = MentionEndingAt(s, t); m && m->possessor && m->HasActor()) return m;
    if (!a.Has("AUX") && !a.Has("ADV") && !IsNegation(a)) break;
  }
  return Subject(s, cue.first);
}

void Coder::Run::FindQuotes() {
  quotes_.clear();
  auto claim_cues = [&](size_t s) {
    std::vector<const CueMatch*> out;
    for (const CueMatch& cue : Cues(s))
      if (cue.kind == "claim"sv && IsVerbal(*at_.analyses[cue.first])) out.push_back(&cue);
    return out;
  };
  bool in_quote = false;
  uint32_t open = 0;  // the opening mark's token
  size_t open_sentence = 0;
  bool straight = false;  // '"', which opens and closes alike
  for (size_t s = 0; s < at_.seg.sentences.size(); ++s) {
    if (s > 0 && at_.seg.sentences[s].paragraph != at_.seg.sentences[s - 1].paragraph) in_quote = false;
    for (uint32_t t = SentenceBegin(s); t < SentenceEnd(s); ++t) {
      std::string_view mark = at_.TokenText(t);
      if (!in_quote && (mark == "\u201c"sv || mark == "\u00ab"sv || mark == "\""sv)) {
        in_quote = true, open = t, open_sentence = s, straight = mark == "\""sv;
        continue;
      }
      if (!in_quote || !(straight ? mark == "\""sv : (mark == "\u201d"sv || mark == "\u00bb"sv))) continue;
      Quote q{open + 1, t, s, nullptr};
      // Attributed after it: "...,” a spokesman for the group said", "», a déclaré l'armée".
      for (const CueMatch* cue : claim_cues(s))
        if (cue->first > t && cue->first <= t + 8 && !q.speaker) {
          bool same_clause = true;
          for (uint32_t k = t + 1; k < cue->first; ++k) same_clause &= !IsClauseEnd(at_.TokenText(k));
          if (same_clause) q.speaker = Speaker(s, *cue, t);
        }
      // Or before it: "The group said: “...”", "L'armée a affirmé : « ... »".
      for (const CueMatch* cue : claim_cues(open_sentence))
        if (!q.speaker && cue->last < open && open - cue->last <= 2)
          q.speaker = Speaker(open_sentence, *cue, open), q.speaker_sentence = open_sentence;
      // (Never one of the quotation's own words: a "we" speaks for someone outside it.)
      if (q.speaker && q.speaker->first >= q.first && q.speaker->first < q.last) q.speaker = nullptr;
      if (trace_)
        Note(s, "quotation '" + Text(q.first, std::min<uint32_t>(q.last, q.first + 8)) + (q.last > q.first + 8 ? "...'" : "'") +
                    (q.speaker ? " said by " + Describe(*q.speaker) : " attributed to no one"));
      quotes_.push_back(q);
      in_quote = false;
    }
  }
}

const Coder::Run::Quote* Coder::Run::QuoteAround(uint32_t token) const {
  auto after = std::upper_bound(quotes_.begin(), quotes_.end(), token,
                                [](uint32_t t, const Quote& q) { return t < q.first; });
  if (after == quotes_.begin()) return nullptr;
  const Quote& q = *(after - 1);
  return token < q.last ? &q : nullptr;
}

std::optional<std::vector<ActorRef>> Coder::Run::FirstPersonSpeaker(const Mention& pronoun) const {
  if (!IsWord(*at_.analyses[pronoun.first], {"we", "nous"})) return std::nullopt;
  const Quote* q = QuoteAround(pronoun.first);
  if (!q || !q->speaker) return std::nullopt;
  std::string note;
  return ActorsOf(q->speaker_sentence, *q->speaker, &note);
}

bool Coder::Run::SameSide(const std::vector<ActorRef>& speaker, const std::vector<ActorRef>& sources) const {
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

void Coder::Run::RememberActors(size_t s) {
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
    size_t entry = salient_.size() - 1;
    for (int subjects_only : {0, 1})
      for (int plural_only : {0, 1}) {
        if ((subjects_only && !subject) || (plural_only && !m.plural)) continue;
        auto& by_kind = antecedents_[subjects_only][plural_only];
        by_kind[""].push_back(entry);
        if (!m.role.empty()) by_kind[RoleKind(m.role)].push_back(entry);
      }
    // The armed groups it names by name: the first named in a paragraph stands for "the rebels"
    // after it, unless the paragraph names another.
    const ActorRef* last_armed = nullptr;
    bool mixed = false;
    for (const ActorRef& a : m.actors)
      if (!a.from_context && IsArmedGroup(a)) {
        mixed |= last_armed && last_armed->code != a.code;
        last_armed = &a;
      }
    uint32_t paragraph = at_.seg.sentences[s].paragraph;
    if (last_armed && groups_named_ && groups_named_->paragraph == paragraph)
      groups_named_->mixed |= mixed || last_armed->code != groups_named_->first->code;
    else if (last_armed)
      groups_named_ = GroupsNamed{paragraph, last_armed, mixed};
    named_group_after_.push_back(groups_named_ && !groups_named_->mixed ? groups_named_->first : nullptr);
  }
}

}  // namespace sitrep::coder
