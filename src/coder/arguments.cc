#include "coder/run.h"
#include "stage_clock.h"

#include <algorithm>

namespace sitrep::coder {

// Strings compare with "..."sv literals, whose lengths are constants: a bare literal would be
// measured and compared out of line at every test.
using namespace std::string_view_literals;

std::string Coder::Run::SemanticClass(const Mention& m) {
  if (m.kind == Mention::Kind::kPronoun) return "actor";
  if (m.IsOwnedSite() || (m.IsPlace() && m.feature == "site"sv)) return "site";
  if (m.IsPlace() && !m.HasActor()) return "place";
  if (!m.thing_class.empty() && m.thing_class != "member"sv) return m.thing_class;
  return m.HasActor() ? "actor" : "";
}

const Mention* Coder::Run::Subject(size_t s, uint32_t verb, int depth, bool patients) const {
  StageScope analysing_clause(Stage::kClauseAnalysis);
  uint32_t begin = SentenceBegin(s);
  bool seen_content = false;
  // "Three bombers drove their cars into the gate, killing five soldiers", "..., tuant dix civils":
  // a present participle after a comma has the subject of the clause before it.
  const morph::Analysis& v = *at_.analyses[verb];
  bool present_participle = v.HasFeature("VERB", "ppre") ||
                            (lang_en() && IsVerbal(v) && at_.TokenText(verb).ends_with("ing") && !v.Has("AUX"));
  if (present_participle && depth < 2 && verb > begin + 1 && at_.TokenText(verb - 1) == ","sv)
    for (uint32_t k = verb - 1; k > begin; --k) {
      const morph::Analysis& a = *at_.analyses[k - 1];
      // A form that is also a noun (drove, attacks) is the verb unless an article precedes it.
      bool noun_use = a.Has("NOUN") && k - 1 > begin && at_.analyses[k - 2]->Has("DET");
      if (IsVerbal(a) && !noun_use && !a.Has("ADJ") && !a.Has("ADP") && !a.Has("PART") && !MentionCovering(s, k - 1))
        return Subject(s, k - 1, depth + 1, patients);
    }
  for (uint32_t t = verb; t > begin; --t) {
    uint32_t k = t - 1;
    const morph::Analysis& a = *at_.analyses[k];
    std::string_view token = at_.TokenText(k);
    if (IsClauseEnd(token)) return nullptr;
    if (IsRelative(a)) {
      const Mention* m = MentionEndingAt(s, k);
      // "The SPLA-IO, which seized the town": a comma may stand between the antecedent and "which".
      if (!m && k > begin + 1 && at_.TokenText(k - 1) == ","sv) m = MentionEndingAt(s, k - 1);
      return m && (m->HasActor() || m->kind == Mention::Kind::kPronoun) ? m : nullptr;
    }
    if (IsComplementizer(a)) return nullptr;
    // "The governor said two men were killed": the one who reports is not who the clause reported
    // was done to. (A doer may be: "The SPLA-IO said on Monday it had retaken", the speaker's own act.)
    if (patients && seen_content && IsVerbal(a) && ReportsAt(s, k)) return nullptr;
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
      // ("after", which WordNet also lists as an adjective, is none here.)
      while (before > begin + 1 && at_.analyses[before - 1]->Has("ADJ") && !at_.analyses[before - 1]->Has("NOUN") &&
             !at_.analyses[before - 1]->Has("ADP") && !at_.analyses[before - 1]->Has("SCONJ"))
        --before;
      // (A word that may open a clause opens this one: "after the town was captured".)
      bool opens_clause = before > begin && at_.analyses[before - 1]->Has("SCONJ");
      bool after_preposition = before > begin && IsPrepositionOnly(*at_.analyses[before - 1]) && !opens_clause &&
                               !IsWord(*at_.analyses[before - 1], {"de", "d'"});
      // "civilians in Kherson were wounded": what was hit is not the place after a preposition.
      after_preposition |= patients && !m->HasActor() && before > begin && at_.analyses[before - 1]->Has("ADP") &&
                           !opens_clause && !IsWord(*at_.analyses[before - 1], {"de", "d'", "des", "du", "of"});
      // An owner acts through its members: "les éléments de la garde nationale ont investi".
      if (usable && !after_preposition && (!m->possessor || m->thing_class == "member"sv)) return m;
      t = m->first + 1;  // skip the whole phrase
      seen_content = true;
      continue;
    }
    if (token == ","sv && !seen_content) {
      // "Les rebelles, en conflit avec le pouvoir depuis mars, ont pris": a verb
      // right after a comma takes the phrase that opens its clause, before the aside, as subject.
      uint32_t start = k;
      while (start > begin && !IsClauseEnd(at_.TokenText(start - 1)) && !IsComplementizer(*at_.analyses[start - 1]))
        --start;
      if (const Mention* opening = MentionStartingAt(s, start);
          opening && opening->last < k && at_.TokenText(opening->last) == ","sv &&
          (opening->HasActor() || opening->kind == Mention::Kind::kPronoun) && !opening->possessor)
        return opening;
    }
    if (token == ","sv) {
      // "The army, officials said, retook": an inserted attribution is skipped whole.
      const morph::Analysis& before = *at_.analyses[k > begin ? k - 1 : k];
      if (k > begin && IsVerbal(before) && !before.Has("NOUN"))
        for (uint32_t j = k - 1; j > begin && k - j <= 6; --j)
          if (at_.TokenText(j - 1) == ","sv) {
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

const Mention* Coder::Run::OwnedThing(size_t s, const Mention& m) const {
  auto owned = [](const Mention& x) {
    return (x.IsPlace() || x.kind == Mention::Kind::kThing) && !x.HasActor() && !x.site_role.empty();
  };
  const Mention* found = owned(m) ? &m : nullptr;
  for (const Mention* x = &m; x->kind == Mention::Kind::kThing && x->first > SentenceBegin(s) + 1;) {
    const morph::Analysis& between = *at_.analyses[x->first - 1];
    if (!IsCoordinator(between) && at_.TokenText(x->first - 1) != ","sv) break;
    x = MentionEndingAt(s, x->first - 1);
    if (!x) break;
    if (owned(*x)) found = x;
  }
  return found;
}

bool Coder::Run::ReportsAt(size_t s, uint32_t token) const {
  if (!cues_[s]) return false;
  return std::any_of(cues_[s]->begin(), cues_[s]->end(),
                     [&](const CueMatch& c) { return c.kind == "claim"sv && c.first <= token && token <= c.last; });
}

bool Coder::Run::OpensClause(size_t s, uint32_t from) const {
  for (uint32_t t = from; t < SentenceEnd(s); ++t) {
    const morph::Analysis& a = *at_.analyses[t];
    std::string_view text = at_.TokenText(t);
    if (text == ","sv || IsClauseEnd(text)) return false;
    if (IsComplementizer(a) || (IsVerbal(a) && !a.Has("NOUN") && !a.Has("ADJ") && !a.Has("ADP") && t > from))
      return true;
    // "a annoncé avoir détruit", "claimed to have seized": an infinitive or a participle after an
    // auxiliary is a clause of its own.
    if (a.HasFeature("VERB", "infi") || (t > from && at_.analyses[t - 1]->Has("AUX") && IsVerbal(a)))
      return true;
  }
  return false;
}

uint32_t Coder::Run::ClauseEnd(size_t s, uint32_t from) const {
  StageScope analysing_clause(Stage::kClauseAnalysis);
  auto ends = [&](uint32_t t) {
    return IsClauseEnd(at_.TokenText(t)) || IsComplementizer(*at_.analyses[t]) || IsRelative(*at_.analyses[t]);
  };
  for (uint32_t t = from; t < SentenceEnd(s); ++t) {
    if (ends(t)) return t;
    if (at_.TokenText(t) != ","sv) continue;
    // An insertion between commas without a verb ("Drodro, about 60 km north-east of Bunia, from the
    // militiamen") leaves the clause going on after it.
    uint32_t close = 0;
    for (uint32_t k = t + 1; k < SentenceEnd(s) && k <= t + 12 && !close; ++k) {
      const morph::Analysis& a = *at_.analyses[k];
      if (ends(k) || (IsVerbal(a) && !a.Has("NOUN") && !a.Has("ADJ") && !a.Has("ADP"))) break;
      if (at_.TokenText(k) == ","sv) close = k;
    }
    if (!close) return t;
    t = close;
  }
  return SentenceEnd(s);
}

const Mention* Coder::Run::Object(size_t s, uint32_t after, uint32_t clause_end,
                                  bool ends_with_preposition) const {
  StageScope analysing_clause(Stage::kClauseAnalysis);
  // A phrase that began inside the pattern: "a pris [le contrôle de Bunagana]".
  // So does one that took in the pattern's last word: "shot [dead three protesters]".
  if (after < clause_end)
    if (const Mention* m = MentionCovering(s, after);
        m && m->first < after && (ends_with_preposition || m->first + 1 == after))
      return m;
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
    // "ont arrêté à Bamako un ancien ministre", "a interpellé près de Ouallam un chef": a place
    // phrase may come between the verb and its object.
    if (!ends_with_preposition && IsWord(a, {"a", "au", "aux", "pres", "dans", "en", "in", "near", "at"})) {
      uint32_t k = t + 1;
      if (k < clause_end && IsWord(a, {"pres", "near"}) && IsWord(*at_.analyses[k], {"de", "d'", "of"})) ++k;
      const Mention* place = k < clause_end ? MentionStartingAt(s, k) : nullptr;
      // Only when the object follows it at once (else the place may be what is acted on:
      // "air raids in Idlib").
      const Mention* next = nullptr;
      for (uint32_t n = place ? place->last : clause_end; n < clause_end && n < place->last + 3 && !next; ++n) {
        next = MentionStartingAt(s, n);
        const morph::Analysis& b = *at_.analyses[n];
        if (!next && !b.Has("DET") && !b.Has("ADJ") && !b.Has("NUM")) break;
      }
      if (next && !next->IsPlace() && (a.Has("ADP") || IsWord(a, {"pres", "near"}))) {
        t = place->last - 1;
        continue;
      }
    }
    if (!ends_with_preposition && IsPrepositionOnly(a) && !a.Has("ADV")) return nullptr;
    if (IsCoordinator(a)) return nullptr;
    if (IsVerbal(a) && !a.Has("ADJ") && !a.Has("NOUN") && !a.Has("ADV")) return nullptr;
  }
  return nullptr;
}

const Mention* Coder::Run::Slot(size_t s, uint32_t after, uint32_t clause_end,
                                const std::vector<std::string>& prep) const {
  StageScope analysing_clause(Stage::kClauseAnalysis);
  for (uint32_t t = after; t < clause_end; ++t) {
    bool match = true;
    for (size_t w = 0; w < prep.size() && match; ++w) {
      if (t + w >= clause_end) { match = false; break; }
      match = IsSlotForm(at_.analyses[t + w]->folded, prep[w]);
    }
    if (!match) continue;
    uint32_t m_at = t + static_cast<uint32_t>(prep.size());
    if (const Mention* m = MentionStartingAt(s, m_at)) return m;
    // "du JNIM", "with suspected jihadists", "contre de présumés rebelles": articles and
    // modifiers the mention left out may stand before it.
    for (uint32_t k = m_at; k + 1 < clause_end && k < m_at + 3; ++k) {
      const morph::Analysis& a = *at_.analyses[k];
      if (!a.Has("DET") && !a.Has("ADJ") && !a.Has("NUM")) break;
      if (const Mention* m = MentionStartingAt(s, k + 1)) return m;
    }
  }
  return nullptr;
}

std::optional<std::vector<ActorRef>> Coder::Run::ActorsOf(size_t s, const Mention& m,
                                                          std::string* note) const {
  if (m.kind == Mention::Kind::kPronoun)
    if (auto speaker = FirstPersonSpeaker(m)) {
      if (trace_ && !speaker->empty()) *note = "'" + Text(m.first, m.last) + "' in a quotation: its speaker, " + (*speaker)[0].code;
      return speaker;
    }
  if (m.kind == Mention::Kind::kPronoun || m.demonstrative) {
    auto antecedent = Antecedent(s, m);
    if (antecedent && trace_) *note = "'" + Text(m.first, m.last) + "' refers to " + (*antecedent)[0].code;
    return antecedent;
  }
  if (!m.HasActor()) return std::nullopt;
  // "the paramilitary group", "les rebelles", "the militants" after a group was named: that group.
  bool generic = m.actors[0].from_context || m.actors[0].code == m.role;  // no country or group of its own
  if (generic && (m.role == "REB"sv || m.role == "INS"sv || m.role == "UAF"sv) &&
      IsWord(*at_.analyses[m.first], {"the", "le", "la", "les", "l'"}))
    if (auto named = NamedGroupBefore(s, m)) {
      if (trace_) *note = "'" + Text(m.first, m.last) + "' refers to " + (*named)[0].code;
      return named;
    }
  return m.actors;
}

bool Coder::Run::NamesNoDoer(size_t s, uint32_t verb) const {
  for (uint32_t t = verb; t > SentenceBegin(s); --t) {
    const morph::Analysis& a = *at_.analyses[t - 1];
    if (const Mention* m = MentionEndingAt(s, t)) {
      if (m->kind == Mention::Kind::kThing) return m->thing_class != "event"sv && m->thing_class != "weapon"sv;
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

std::optional<uint32_t> Coder::Run::CodedEventBefore(size_t s, uint32_t verb) const {
  for (uint32_t t = verb; t > SentenceBegin(s); --t) {
    const morph::Analysis& a = *at_.analyses[t - 1];
    if (coded_nominals_.count(t - 1)) return t - 1;
    bool modifier = a.Has("ADJ") && !IsVerbal(a);  // "la frappe aérienne a touché"
    if (!(a.Has("AUX") || a.Has("ADV") || IsNegation(a) || modifier)) return std::nullopt;
  }
  return std::nullopt;
}

bool Coder::Run::InCompound(size_t s, uint32_t head) const {
  if (!lang_en() || head == SentenceBegin(s)) return false;
  const morph::Analysis& a = *at_.analyses[head - 1];
  if (!a.Has("NOUN") || a.Has("ADJ") || a.Has("DET") || a.Has("NUM")) return false;
  for (const auto& l : labels_[s])
    if (l.first < head && head - 1 < l.last)
      return l.kind == MentionFinder::Label::Kind::kThing && c_.mentions_->ThingClass(l) != "event"sv &&
             c_.mentions_->ThingClass(l) != "weapon"sv;
  return true;
}

bool Coder::Run::IsEventNoun(size_t s, uint32_t t) const {
  for (const auto& l : labels_[s])
    if (l.kind == MentionFinder::Label::Kind::kThing && l.first <= t && t < l.last)
      return c_.mentions_->ThingClass(l) == "event"sv;
  return false;
}

std::pair<uint32_t, uint32_t> Coder::Run::Clause(size_t s, uint32_t token) const {
  StageScope analysing_clause(Stage::kClauseAnalysis);
  // Each sentence's boundaries are found once: every predicate asks for its clause.
  std::vector<uint8_t>& breaks = clause_breaks_[s];
  uint32_t begin = SentenceBegin(s), end = SentenceEnd(s);
  if (breaks.empty()) {
    breaks.assign(end - begin, 0);
    for (uint32_t t = begin; t < end; ++t) {
      const morph::Analysis& a = *at_.analyses[t];
      std::string_view text = at_.TokenText(t);
      bool boundary = text == ";"sv || text == ":"sv || IsComplementizer(a);
      if (!boundary && (IsCoordinator(a) || IsWord(a, {"mais", "but"})))
        for (uint32_t k = t + 1; k < end && k < t + 3 && !boundary; ++k)
          boundary = IsVerbal(*at_.analyses[k]) || IsWord(*at_.analyses[k], {"se", "s'"});
      breaks[t - begin] = boundary;
    }
  }
  uint32_t first = token, last = token;
  while (first > begin && !breaks[first - 1 - begin]) --first;
  while (last + 1 < end && !breaks[last + 1 - begin]) ++last;
  return {first, last + 1};
}

bool Coder::Run::IsForceAt(size_t s, uint32_t t) const {
  for (const auto& m : c_.predicate_index_.At(at_, t, SentenceBegin(s), SentenceEnd(s)))
    if (m.head == t && IsActOfForce(c_.predicates_[m.id].cameo)) return true;
  return false;
}

std::string Coder::Run::MeansOf(size_t s, uint32_t from, uint32_t clause_end, const Mention* agent) const {
  auto force_noun = [&](uint32_t t) { return IsForceAt(s, t) && at_.analyses[t]->Has("NOUN"); };
  if (agent)
    for (uint32_t t = agent->first; t < agent->last; ++t)
      if (force_noun(t)) return Text(agent->first, agent->last);
  for (uint32_t t = from; t + 1 < clause_end; ++t) {
    if (!IsWord(*at_.analyses[t], {"in", "during", "amid", "dans", "lors", "pendant", "par"})) continue;
    // The phrase's head: past its article, numbers, adjectives, day ("in Monday's air strike").
    uint32_t k = t + 1;
    while (k < clause_end && k <= t + 5 && !force_noun(k) &&
           (at_.analyses[k]->Has("DET") || at_.analyses[k]->Has("ADJ") || at_.analyses[k]->Has("NUM") ||
            at_.analyses[k]->HasLemma("'s", "PART") || time::IsCalendarName(*at_.analyses[k]) ||
            IsWord(*at_.analyses[k], {"de", "d'", "du", "des"}) || (k + 1 < clause_end && force_noun(k + 1))))
      ++k;
    if (k < clause_end && force_noun(k)) return Text(t + 1, k + 1);
  }
  return "";
}

bool Coder::Run::AfterPassiveAuxiliary(size_t s, uint32_t participle) const {
  for (uint32_t t = participle; t > SentenceBegin(s) && participle - t < 4; --t) {
    const morph::Analysis& a = *at_.analyses[t - 1];
    if (MentionCovering(s, t - 1)) break;  // "Syria's army": a possessive, not "is"
    if (a.HasLemma("être", "AUX") || a.HasLemma("be", "AUX") || a.HasLemma("be", "VERB")) return true;
    if (a.HasLemma("avoir", "AUX") || a.HasLemma("have", "AUX")) return false;
  }
  // "Four policemen were killed and three others abducted", "trois soldats ont été tués et deux
  // autres enlevés": after the subject of a coordinated clause, a participle shares the "were" of
  // the participle before it.
  uint32_t subject_first = participle;
  if (const Mention* subject = MentionEndingAt(s, participle)) subject_first = subject->first;
  else if (participle >= SentenceBegin(s) + 2 && IsWord(*at_.analyses[participle - 1], {"others", "more", "autres"}) &&
           at_.analyses[participle - 2]->Has("NUM"))
    subject_first = participle - 2;  // "two others", "deux autres": more of the same
  if (subject_first == participle || subject_first < SentenceBegin(s) + 2) return false;
  uint32_t join = subject_first - 1;
  if (!IsCoordinator(*at_.analyses[join]) && at_.TokenText(join) != ","sv) return false;
  for (uint32_t t = join; t > SentenceBegin(s) && join - t < 3; --t) {
    const morph::Analysis& a = *at_.analyses[t - 1];
    if ((a.HasFeature("VERB", "ppas") || a.HasFeature("VERB", "past")) && AfterPassiveAuxiliary(s, t - 1)) return true;
  }
  return false;
}

}  // namespace sitrep::coder
