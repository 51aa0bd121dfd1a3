#include "coder/run.h"
#include "coder/taxonomy.h"
#include "lexicon/acled.h"

#include <algorithm>
#include <climits>

namespace sitrep::coder {

// Strings compare with "..."sv literals, whose lengths are constants: a bare literal would be
// measured and compared out of line at every test.
using namespace std::string_view_literals;

void Coder::Run::CodeSentence(size_t s) {
  for (const auto& m : mentions_[s]) {
    if (trace_) Note(s, "mention " + Describe(m));
  }
  const std::vector<CueMatch>& cues = Cues(s);
  if (trace_)
    for (const CueMatch& cue : cues) Note(s, "cue " + cue.kind + " '" + Text(cue.first, cue.last + 1) + "'");

  uint32_t begin = SentenceBegin(s), end = SentenceEnd(s);
  int n = 0;
  size_t first_event = events_.size();
  std::vector<const Mention*> subjects_here;
  for (uint32_t i = begin; i < end; ++i) {
    auto matches = c_.predicate_index_.At(at_, i, begin, end);
    if (matches.empty()) continue;
    // After an article or an adjective a form is a noun ("les frappes", "the fighting"). Of equally
    // long patterns, one whose head is the word's lemma in that use wins over one matching its form
    // only: "a frappé Odessa" is frapper, not the noun frappe; "de violents combats" is combat.
    const morph::Analysis* before = matches[0].head > begin ? at_.analyses[matches[0].head - 1] : nullptr;
    // So is one after a possessive: "Monday's ambush", "the army's offensive".
    // So is a finite-looking form after "of" ("days of clashes"): not a gerund or an infinitive.
    const morph::Analysis& head_word = *at_.analyses[matches[0].head];
    bool after_of = before && IsWord(*before, {"of"}) && !at_.TokenText(matches[0].head).ends_with("ing") &&
                    head_word.Has("NOUN");
    bool noun_use = before && (before->Has("DET") || (before->Has("ADJ") && !IsVerbal(*before)) ||
                               before->HasLemma("'s", "PART") || after_of);
    const PatternIndex::Match* chosen = &matches[0];
    for (const auto& m : matches) {
      if (m.items != matches[0].items) break;
      const auto& head_forms = c_.predicate_index_.pattern(m.id).items[0];
      bool by_lemma = std::any_of(at_.analyses[m.head]->readings.begin(), at_.analyses[m.head]->readings.end(),
                                  [&](const morph::Reading& r) {
                                    return (r.upos == "NOUN"sv) == noun_use &&
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
    // "in March", "since May": a capitalised month inside a sentence is no march.
    if (match.head > begin && time::IsCalendarName(head) && text::IsUpperInitial(at_.TokenText(match.head))) {
      i = match.last;
      continue;
    }
    // After an actor's modifier too ("An Israeli air strike", "U.S. drone strikes") a form is a noun.
    const Mention* modifier = MentionCovering(s, match.head);
    if (!modifier && match.head > begin) modifier = MentionEndingAt(s, match.head);
    // A plural noun modifies no noun in English ("rebel attacks"): after one the form is its verb
    // ("fighters shot dead", "militants attacked").
    if (modifier && modifier->last == match.head && lang_en() && IsVerbal(head) &&
        at_.analyses[match.head - 1]->HasFeature("NOUN", "pl"))
      modifier = nullptr;
    if (modifier && !modifier->HasActor()) modifier = nullptr;
    // "riot police", "protest leaders": in English an event noun before the actor noun it
    // modifies names what the actor is, not an event; so does one inside an actor's own name
    // ("avions de combat", "combat troops").
    bool in_actor_name = std::any_of(labels_[s].begin(), labels_[s].end(), [&](const MentionFinder::Label& l) {
      return (l.kind == MentionFinder::Label::Kind::kActor || l.kind == MentionFinder::Label::Kind::kAgent) &&
             l.first <= match.head && match.head < l.last && (l.first < match.head || l.last > match.last + 1);
    });
    if (in_actor_name || (lang_en() && modifier && modifier->first <= match.head && match.last + 1 < modifier->last &&
                          !modifier->possessor)) {
      if (trace_) Note(s, "predicate '" + c_.predicate_index_.pattern(match.id).text + "' at '" + Text(match.head, match.last + 1) +
                  "': not coded: it is part of the actor " + (modifier ? Describe(*modifier) : std::string("named here")));
      i = match.last;
      continue;
    }
    // "prévoit de lancer": de before an infinitive is no article.
    bool infinitive = match.head > begin && head.HasFeature("VERB", "infi") &&
                      IsWord(*at_.analyses[match.head - 1], {"de", "d'", "a", "pour"});
    bool after_article = !infinitive && (noun_use || modifier);
    // "fighting had continued": an English -ing form before a verb is that verb's subject, a noun.
    bool gerund_subject = lang_en() && head.Has("NOUN") && at_.TokenText(match.head).ends_with("ing") &&
                          match.last + 1 < end && IsVerbal(*at_.analyses[match.last + 1]) &&
                          !at_.analyses[match.last + 1]->Has("NOUN") && !at_.analyses[match.last + 1]->Has("DET");
    bool verbal = IsVerbal(head) && !(head.Has("NOUN") && after_article) && !gerund_subject;
    std::string label =
        trace_ ? "predicate '" + pattern.text + "' (" + p.cameo + ") at '" + Text(match.head, match.last + 1) + "'"
               : std::string();
    // A word of an actor's name is no predicate: Group for Support of Islam and Muslims, Groupe de soutien à l'islam.
    if (const Mention* named = MentionCovering(s, match.head);
        named && named->kind == Mention::Kind::kActor && named->HasActor() && !named->actors[0].from_context &&
        match.head > begin && text::IsUpperInitial(at_.TokenText(match.head))) {
      if (trace_) Note(s, label + ": not coded: part of the name " + Describe(*named));
      i = match.last;
      continue;
    }

    Arguments args;
    Mention possessive;  // a possessive determiner that stands for a nominal event's doer
    uint32_t act_verb = match.head;  // the verb of the act: the predicate, or its support verb (carry out)
    const Mention* owned_patient = nullptr;  // "the abduction of babies": the phrase's owner suffered it
    // Meeting, cooperating, fighting each other, agreeing a deal or a truce: done together.
    bool reciprocal = StartsWith(p.cameo, {"04", "06", "057", "0871"}) || p.cameo == "193"sv;
    uint32_t clause_end = ClauseEnd(s, match.last + 1);
    bool passive = false;
    const Mention* patient = nullptr;  // a reduced passive's noun phrase
    const Mention* clause_victim = nullptr;  // a nominal event's victim: its passive clause's subject
    if (verbal) {
      passive = AfterPassiveAuxiliary(s, match.head);
      bool participle = head.HasFeature("VERB", "ppas") || head.HasFeature("VERB", "past");
      // "The hostages, abducted by Boko Haram", "des civils enlevés par les jihadistes": a
      // participle after its noun with an agent is passive without an auxiliary.
      // The noun phrase may have taken the participle in: [des civils enlevés] par.
      const Mention* around = MentionCovering(s, match.head);
      if (around && !(around->first < match.head && around->last == match.last + 1)) around = nullptr;
      bool reduced = participle && match.head > begin && match.last + 1 < end &&
                     IsWord(*at_.analyses[match.last + 1], {"by", "par"}) &&
                     (at_.TokenText(match.head - 1) == ","sv || MentionEndingAt(s, match.head) || around);
      if (reduced) patient = around;
      passive = (passive || reduced) && !pattern.pronominal && participle && p.object != "none"sv;
      args.subject = Subject(s, match.head);
    } else {
      args.subject = modifier;
      // "the abduction of babies", "l'enlèvement de 20 élèves": for a predicate whose "of"/"de"
      // slot is its target, the phrase's owner is who suffered it, not who did it.
      if (modifier && modifier->possessor && modifier->first <= match.head)
        for (const auto& [prep, role] : p.slots)
          if (role == "target"sv && prep.size() == 1 && (prep[0] == "of"sv || prep[0] == "de"sv)) {
            owned_patient = modifier;
            args.subject = nullptr;
          }
      // "seized Rubaya after heavy fighting with the army", "tués dans une embuscade": a nominal
      // event in a circumstantial phrase is the doing of the clause's subject.
      if (!args.subject) {
        uint32_t t = match.head;
        // Back over the phrase's determiners, adjectives and day: "in Monday's deadly ambush".
        while (t > begin && (((at_.analyses[t - 1]->Has("DET") || at_.analyses[t - 1]->Has("ADJ") ||
                               at_.analyses[t - 1]->Has("NUM")) &&
                              !at_.analyses[t - 1]->Has("ADP")) ||
                             IsWord(*at_.analyses[t - 1], {"de", "des", "d'", "of"}) ||
                             at_.analyses[t - 1]->HasLemma("'s", "PART") ||
                             // "after two days of clashes", "après deux jours de combats"
                             IsWord(*at_.analyses[t - 1], {"day", "days", "hour", "hours", "week", "weeks", "month",
                                                           "months", "jour", "jours", "heure", "heures", "semaine",
                                                           "semaines", "mois"}) ||
                             time::IsCalendarName(*at_.analyses[t - 1]) ||
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
          bool passive_clause = verb > begin + 1 &&
                                (at_.analyses[verb - 1]->HasFeature("VERB", "ppas") ||
                                 at_.analyses[verb - 1]->HasFeature("VERB", "past")) &&
                                AfterPassiveAuxiliary(s, verb - 1);
          if (verb > begin) {
            const Mention* m = Subject(s, verb - 1, 0, passive_clause);
            if (passive_clause) {
              clause_victim = m;
            } else {
              if (m && m->HasActor()) args.subject = m;
              // "Rebels killed ten soldiers in an ambush": the clause's object is the ambush's victim.
              const Mention* object_of_clause = Object(s, verb, t - 1, false);
              if (object_of_clause && object_of_clause->HasActor()) clause_victim = object_of_clause;
            }
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
        if (args.subject || (cue.kind != "support"sv && cue.kind != "responsibility"sv) || cue.last >= match.head ||
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
          // "ont signé à Gorongosa un accord": so may a place.
          if (const Mention* place = at_.analyses[t]->Has("ADP") ? MentionStartingAt(s, t + 1) : nullptr;
              place && place->IsPlace() && place->last <= match.head) {
            t = place->last - 1;
            continue;
          }
          const morph::Analysis& a = *at_.analyses[t];
          // (An adjective that is also a noun, "comprehensive", is still an adjective; "charm" is no
          // adjective at all.)
          bare = a.Has("DET") || a.Has("ADJ") || (a.Has("NUM") && !a.Has("NOUN")) ||
                 (cue.kind == "responsibility"sv && IsWord(a, {"for", "of", "de", "d'"}));
        }
        if (bare) args.subject = Subject(s, cue.first), act_verb = cue.first;
      }
      // "ont confirmé leur retrait", "their withdrawal": a possessive before the event noun
      // stands for its doer, resolved as a pronoun is.
      if (!args.subject) {
        uint32_t t = match.head;
        while (t > begin && at_.analyses[t - 1]->Has("ADJ") && !at_.analyses[t - 1]->Has("DET")) --t;
        if (t > begin && IsWord(*at_.analyses[t - 1], {"leur", "leurs", "son", "sa", "ses", "their", "its", "his", "her"})) {
          possessive.kind = Mention::Kind::kPronoun;
          possessive.first = t - 1;
          possessive.last = t;
          possessive.plural = IsWord(*at_.analyses[t - 1], {"leur", "leurs", "their"});
          args.subject = &possessive;
        }
      }
    }
    // Losing and falling: the subject is who lost the place, or the place that fell.
    const Mention* loser = nullptr;
    if (!p.subject_role.empty() && !passive) {
      loser = p.subject_role == "place"sv ? Subject(s, match.head, 0, /*patients=*/true) : args.subject;
      args.subject = nullptr;
    }
    bool ends_with_preposition = at_.analyses[match.last]->Has("ADP") && match.last > match.head;
    const Mention* object = Object(s, match.last + 1, clause_end, ends_with_preposition);
    // "seized parts of Marawi", "ont pris une partie de la ville": the place after the part.
    for (const CueMatch& cue : cues)
      if (!object && cue.kind == "partial"sv && cue.first > match.last && cue.first <= match.last + 2)
        object = Object(s, cue.last + 1, clause_end, /*ends_with_preposition=*/true);
    const Mention* by = nullptr;
    for (const auto& [prep, role] : p.slots)
      if (role == "source"sv) by = by ? by : Slot(s, match.last + 1, clause_end, prep);
    // "Les forces ... sont coordonnées": for a reciprocal predicate the subject stays the source.
    if (passive && reciprocal) passive = false;
    if (passive) {
      by = Slot(s, match.last + 1, clause_end, {lang_en() ? "by" : "par"});
      // "the post was shelled in May and losses were reported by villagers": another verb's agent.
      // "abattu, et le tireur a ensuite été lynché par des habitants": an auxiliary and its
      // participle are another verb even where the forms are also nouns (été) or adjectives.
      for (uint32_t t = match.last + 1; by && t < by->first; ++t) {
        const morph::Analysis& a = *at_.analyses[t];
        bool auxiliary = a.Has("AUX") && t + 1 < by->first && IsVerbal(*at_.analyses[t + 1]);
        if (auxiliary || (IsVerbal(a) && !a.Has("NOUN") && !a.Has("ADJ") && !a.Has("ADP") && !a.Has("ADV"))) by = nullptr;
      }
      object = patient ? patient : Subject(s, match.head, 0, /*patients=*/true);  // "Gao a été reprise"
      args.subject = nullptr;
    }

    // Source: the subject, or the agent of a passive or nominal event.
    const Mention* source_mention = by ? by : args.subject;
    if (source_mention) {
      auto actors = ActorsOf(s, *source_mention, &args.source_note);
      // "Les Forces démocratiques syriennes (FDS)" names one actor twice: one event, not two.
      if (actors)
        for (const ActorRef& a : *actors)
          if (std::none_of(args.sources.begin(), args.sources.end(), [&](const ActorRef& x) { return x.code == a.code; }))
            args.sources.push_back(a);
      // "Une frappe aérienne américaine", "Russia shelled the port": a state uses force through its
      // military.
      if (IsActOfForce(p.cameo))
        for (ActorRef& a : args.sources)
          if (a.code.size() == 3 && RoleOf(a.code).empty() && !StartsWith(a.code, {"IGO", "IMG", "NGO"})) {
            a.code += "MIL";
            a.name = c_.mentions_->NameFor(a.code);
            a.state = true;
          }
      // "Masked men stormed the village": people named by what they did are armed when they use force.
      if (!source_mention->force_role.empty() && IsActOfForce(p.cameo))
        for (ActorRef& a : args.sources)
          if (a.code.ends_with(source_mention->role)) {
            a.code.replace(a.code.size() - 3, 3, source_mention->force_role);
            a.name = c_.mentions_->NameFor(a.code);
          }
      if (source_mention->kind == Mention::Kind::kPronoun || source_mention->demonstrative) args.confidence -= 0.1;
      if (args.source_note.empty()) args.source_note = (by ? "agent " : "subject ") + Describe(*source_mention);
    }
    if (!args.sources.empty() && args.sources[0].from_context) args.confidence -= 0.1;

    // Target and place: the object, then the prepositional slots.
    auto take = [&](const Mention* m, const std::string& role, const std::string& how) {
      if (!m || role.empty() || role == "theme"sv) return;
      // "stormed the barracks of the army": the site is the place, its owner the target.
      if (m->IsOwnedSite() && !args.place && (role == "place"sv || role == "target"sv)) {
        args.place = m;
        args.place_note = how + " " + Describe(*m);
        if (!args.target) {
          args.target = m->actors[0];
          args.target_note = how + ", owner of the site " + Describe(*m);
        }
        return;
      }
      // "the rebel-held town of Idlib": a place its holder names is the place, and its holder the target.
      if (m->IsPlace() && m->HasActor() && !args.place && (role == "place"sv || role == "target"sv)) {
        args.place = m;
        args.place_note = how + " " + Describe(*m);
      }
      // "attacked the police station", "houses were burned", "set fire to shops": a site or property
      // no owner is named for belongs to those whose such are (site_owners.lex), of the document's
      // country. Of coordinated things, the first that has such owners ("shops and cars"). Where a
      // place was looked for (seized the market, took the camp), only a state's sites are acted on.
      if (!args.target && (role == "target"sv || role == "place"sv))
        if (const Mention* owned = OwnedThing(s, *m); owned && (role == "target"sv || IsStateRole(owned->site_role))) {
          args.target = ActorRef{context_country_ + owned->site_role, owned->site_role, !context_country_.empty(),
                                 IsStateRole(owned->site_role)};
          args.target_note = how + ", whose the site is " + Describe(*owned);
        }
      if (role == "place"sv || (role == "target"sv && m->IsPlace() && !m->HasActor())) {
        if (!args.place && m->IsPlace()) {
          args.place = m;
          args.place_note = how + " " + Describe(*m);
        }
        // "stormed the parliament": an institution where a place was looked for is acted on.
        if (role == "place"sv && (m->IsPlace() || !m->HasActor())) return;
      }
      if (args.target) return;
      std::string note;
      auto actors = ActorsOf(s, *m, &note);
      if (!actors || actors->empty()) return;
      args.target = (*actors)[0];
      args.target_note = how + " " + (note.empty() ? Describe(*m) : note);
      args.confidence += 0.1;
    };
    if (object && p.object != "none"sv) args.object_class = SemanticClass(*object);
    take(object, p.object == "theme"sv || p.object == "none"sv ? "" : p.object, "object");
    for (const auto& [prep, role] : p.slots)
      if (role != "source"sv) take(Slot(s, match.last + 1, clause_end, prep), role, "slot " + prep[0]);
    if (clause_victim) take(clause_victim, "target", "subject of its passive clause");
    if (owned_patient) take(owned_patient, "target", "what the event was done to");
    // "villagers were wounded by artillery fire", "tués par des frappes": a nominal event that
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
    // "Des frappes ... ont visé des positions jihadistes", "an air strike killed 12 people": a
    // nominal event that is a verb's subject acts on that verb's object.
    if (!verbal && !args.target) {
      for (uint32_t t = match.last + 1; t < end && t <= match.last + 8; ++t) {
        const morph::Analysis& a = *at_.analyses[t];
        if (IsClauseEnd(at_.TokenText(t)) || IsComplementizer(a) || IsRelative(a)) break;
        if (!IsVerbal(a) || MentionCovering(s, t) || at_.analyses[t - 1]->Has("DET")) continue;
        if (a.Has("AUX") && t + 1 < end && IsVerbal(*at_.analyses[t + 1])) continue;  // ont visé
        const Mention* acted_on = Object(s, t + 1, ClauseEnd(s, t + 1), false);
        // "De violents combats ont opposé l'armée aux rebelles": the verb names both parties.
        if (reciprocal && args.sources.empty() && a.HasLemma("opposer") && acted_on && acted_on->HasActor()) {
          args.sources = acted_on->actors;
          args.source_note = "the parties opposed " + Describe(*acted_on);
          take(Slot(s, acted_on->last, ClauseEnd(s, t + 1), {"à"}), "target", "opposed to");
        } else if (IsForceAt(s, t)) {
          take(acted_on, "target", "object of '" + std::string(at_.TokenText(t)) + "'");
        }
        break;
      }
    }
    // "Des combattants de la CPC et les FACA se sont affrontés": the parties of a reciprocal
    // verb may be two phrases joined before it.
    // ("Police and suspected cartel gunmen traded fire": modifiers may stand after the "and".)
    if (reciprocal && verbal && args.subject && args.subject->HasActor()) {
      uint32_t k = args.subject->first;
      while (k > begin + 1 && args.subject->first - k < 3 && !IsCoordinator(*at_.analyses[k - 1]) &&
             (at_.analyses[k - 1]->Has("ADJ") || at_.analyses[k - 1]->Has("DET") || at_.analyses[k - 1]->Has("NUM")))
        --k;
      if (k > begin + 1 && IsCoordinator(*at_.analyses[k - 1]))
        if (const Mention* other = MentionEndingAt(s, k - 1); other && other->HasActor())
          for (const ActorRef& a : other->actors)
            if (std::none_of(args.sources.begin(), args.sources.end(), [&](const ActorRef& x) { return x.code == a.code; }))
              args.sources.insert(args.sources.begin(), a);
    }
    // "les combats entre l'armée et les rebelles", "fighting between the army and the rebels": the
    // parties of a reciprocal event are named together after it.
    if (reciprocal && args.sources.empty())
      for (const auto& [prep, role] : p.slots)
        if (prep.size() == 1 && (prep[0] == "entre"sv || prep[0] == "between"sv))
          if (const Mention* m = Slot(s, match.last + 1, clause_end, prep); m && m->actors.size() >= 2) {
            args.sources = m->actors;
            args.source_note = "the parties " + Describe(*m);
            args.target.reset();
            args.confidence += 0.1;
          }
    std::string cameo = p.cameo;
    if (loser) {
      take(loser, p.subject_role, "subject");
      // "L'EIGS a perdu Talataye", with no winner named: the loser withdrew (alone=CODE).
      if (args.sources.empty() && !p.alone_cameo.empty() && loser->HasActor() && p.subject_role == "target"sv) {
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
    bool settlement = args.place && (args.place->feature == "city"sv || args.place->feature == "village"sv ||
                                     args.place->feature == "district"sv);
    if (args.place && args.place->place_name.empty() && args.place->country_code.empty() && definite) {
      // The last place named with the same feature (the village of Kabaya), else the last
      // settlement of unknown kind.
      const Mention* antecedent = nullptr;
      if (auto named = last_named_place_.find(args.place->feature); named != last_named_place_.end())
        antecedent = named->second;
      if (auto named = last_named_place_.find(""); !antecedent && settlement && named != last_named_place_.end())
        antecedent = named->second;
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

    // Taking a place, fighting, besieging, shelling or striking with nobody named on the other
    // side: a named side's act of war is on its adversary, as analysts code it ("the army shelled
    // the town" is on the group that holds it). Not on a whole country.
    // Only for an act that is an event already: the adversary does not make one of a verb with
    // nothing acted on ("is the only party that can carry out strikes").
    bool on_a_country = args.place && !args.place->country_code.empty();
    bool acts_on_a_where = args.place || args.object_class == "site"sv || args.object_class == "property"sv ||
                           (!verbal && IsEventNoun(s, match.head));  // "an offensive", "the clashes"
    if (!args.target && !on_a_country && acts_on_a_where && !args.sources.empty() && !loser &&
        StartsWith(cameo, {"19"}))
      if (auto other = Adversary(args.sources[0], args.sources)) {
        args.target = *other;
        args.target_note = "the source's adversary in the document (inferred)";
        args.confidence -= 0.05;
      }

    // The status is read from the sides named in the text, before any is inferred below; it is
    // worked out only for a predicate that is coded (most matches are not).
    const std::vector<ActorRef> named_sources = args.sources;
    const Mention* status_subject = args.subject ? args.subject : by;
    if (!verbal) args.confidence -= 0.1;

    // An act of force whose doer the text does not name is still an event ("Three civilians were
    // killed", "an air strike hit the market", "unknown gunmen"): its source comes from the
    // document when it leaves no doubt, else it is an unidentified armed group.
    bool acts_on_something = args.target || args.place || args.object_class == "site"sv ||
                             args.object_class == "property"sv || (passive && object);
    bool unrealised = verbal && !args.subject && (head.HasFeature("VERB", "infi") ||
                                                  (match.head > begin && IsWord(*at_.analyses[match.head - 1], {"to"})));
    // "Photo prise le 14 mars", "the kidnapped": a participle inside a noun phrase describes it.
    const Mention* around_head = MentionCovering(s, match.head);
    bool modifier_use = verbal && !passive && ((around_head && around_head->first < match.head) ||
                                     (lang_en() && head.HasFeature("VERB", "past") && before && before->Has("DET")));
    // A nominal event needs an event noun: "the storm killed" names weather, not an assault.
    // (A bomb that went off is its bombing: "a roadside bomb killed three soldiers".)
    bool event_noun = !verbal && (IsEventNoun(s, match.head) || StartsWith(cameo, {"183"}));
    bool unnamed_source = false;
    // "An air strike killed 12 people", "une frappe aérienne a touché un hôpital": the strike,
    // coded already, is the event; the verb says what it did (its victims are the strike's target).
    std::string subject_event;
    if (verbal && !passive)
      if (auto t = CodedEventBefore(s, match.head)) subject_event = Text(*t, *t + 1);
    // "Three farmers were killed by artillery shelling", "tués dans une frappe aérienne", "killed ten
    // soldiers in an ambush": the shelling, the strike, the ambush is the event (its means decide
    // its type); the killing is what it did, and the nominal event takes the victims.
    std::string means_event;
    if (verbal && cameo == "190"sv) means_event = MeansOf(s, match.last + 1, clause_end, passive ? by : nullptr);
    if (args.sources.empty() && subject_event.empty() && means_event.empty() && cameo == p.cameo && IsActOfForce(cameo) && acts_on_something && !unrealised &&
        !modifier_use && (verbal || event_noun) &&
        !head.Has("ADP") && !time::IsCalendarName(head) &&
        !(verbal && !passive && NamesNoDoer(s, match.head)) && !(!verbal && InCompound(s, match.head))) {
      args.sources.push_back(UnnamedSource(args.target, cameo, &args.source_note));
      unnamed_source = true;
      args.confidence -= 0.15;
    }
    // Protesters who storm, burn or attack are rioting (145): the act is their protest's violence.
    if (IsActOfForce(cameo) && !args.sources.empty() &&
        std::all_of(args.sources.begin(), args.sources.end(), [](const ActorRef& a) { return RoleOf(a.code) == "OPP"sv; })) {
      cameo = "145";
      args.source_note += "; protesters' force is a riot";
    }
    // Marching or gathering is a show of force by armed men, a protest by anyone else (sense
    // "unarmed"): "the teachers marched through the capital".
    if (auto sense = p.senses.find("unarmed");
        sense != p.senses.end() && !args.sources.empty() && !IsArmedOrState(args.sources[0]))
      cameo = sense->second.first;
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
    // "Two rival clan militias fought", "des gangs rivaux se sont affrontés": one kind of actor
    // on both sides of a reciprocal act.
    bool each_other = false;
    if (reciprocal && args.sources.size() == 1 && !args.target && args.subject && args.subject->plural) {
      // The words may precede the phrase the mention covers ("two rival [clan militias]").
      uint32_t from = args.subject->first;
      while (from > begin && args.subject->first - from < 3 && at_.seg.tokens[from - 1].kind == text::TokenKind::kWord &&
             !(IsVerbal(*at_.analyses[from - 1]) && !at_.analyses[from - 1]->Has("NOUN")))
        --from;
      for (uint32_t t = from; t < args.subject->last && !each_other; ++t)
        each_other = IsWord(*at_.analyses[t], {"rival", "rivals", "rivaux", "rivales", "two", "deux"});
    }
    if (each_other) {
      args.target = args.sources[0];
      args.target_note = "the other side of the same kind";
    }
    if (reciprocal && args.sources.size() >= 2 && !args.target) {
      for (size_t a = 0; a < args.sources.size(); ++a)
        for (size_t b = 0; b < args.sources.size(); ++b)
          if (a != b) pairs.push_back({args.sources[a], args.sources[b]});
    } else {
      for (const auto& src : args.sources) pairs.push_back({src, args.target});
    }
    // An actor does not act on itself: "prendre la parole à Bamako" names no target. People of no
    // organisation are other people: "villagers lynched two men" is civilians on civilians.
    if (args.target && !each_other && !IsUnarmedRole(RoleOf(args.target->code)) &&
        std::all_of(args.sources.begin(), args.sources.end(), [&](const ActorRef& a) { return a.code == args.target->code; }))
      args.target.reset();
    std::string reason;
    // Taking or moving needs somewhere; acting on people needs someone. A site or property
    // object (a base, houses, a convoy) is something acted on; an abstract one (the floor, a
    // budget) is another sense of the verb; an event (the attack) is what words condemn or deny.
    // A curfew or a ban may hold everywhere: only force, its posture and retreats need a where.
    bool has_place_role = p.object == "place"sv;
    for (const auto& slot : p.slots)
      has_place_role |= slot.second == "place"sv && p.object != "target"sv && StartsWith(cameo, {"087", "15", "18", "19", "20"});
    bool acts_on_people = cameo.rfind("173", 0) == 0 || cameo.rfind("174", 0) == 0 ||
                          cameo.rfind("175", 0) == 0 || cameo.rfind("18", 0) == 0 || cameo.rfind("20", 0) == 0;
    // Sites and property are what acts of force and seizures act on; driving out or retreating
    // from a car is another sense.
    // (Weapons too, for what is done to them rather than with them: defused, seized.)
    bool thing_acted_on = ((args.object_class == "site"sv || args.object_class == "property"sv) &&
                           (p.object == "place"sv || !StartsWith(cameo, {"192", "087", "15"}))) ||
                          (args.object_class == "weapon"sv && !StartsWith(cameo, {"18", "19", "20"}));
    bool words_on_event = args.object_class == "event"sv && IsVerbalConflict(cameo);
    std::string object_said = args.object_class.empty() ? "" : " (the object is " + args.object_class + ")";
    // "the only party known to carry out air strikes", "capable de mener des frappes": an
    // infinitive after an adjective says what someone can or tends to do, not what was done.
    bool capability = false;
    // The infinitive's marker may stand before a support verb and its particle: "known to carry out".
    for (uint32_t k = act_verb; (verbal || act_verb != match.head) && k > begin + 1 && act_verb - k < 4; --k) {
      const morph::Analysis& marker = *at_.analyses[k - 1];
      const morph::Analysis& governor = *at_.analyses[k - 2];
      bool infinitive_marker = IsWord(marker, {"to"}) ||
                               (IsWord(marker, {"de", "d'", "a"}) && at_.analyses[k]->HasFeature("VERB", "infi"));
      if (infinitive_marker) {
        // An adjective proper (able, capable, likely, prête), or "known", "connu": not a verb's
        // participle, whose cues (tried to, n'ont pas réussi à, refusé de) say what became of the act.
        bool adjective = governor.Has("ADJ") && !IsVerbal(governor) && !governor.Has("NOUN");
        capability = adjective || IsWord(governor, {"known", "connu", "connue", "connus", "connues"});
        break;
      }
      if (!IsVerbal(marker) && !marker.Has("ADP") && !marker.Has("PART")) break;
    }
    if (!subject_event.empty()) reason = "what its subject, the event '" + subject_event + "', did";
    else if (capability) reason = "a capability or a habit, not an event";
    else if (!means_event.empty()) reason = "what the event '" + means_event + "', coded with its victims, did";
    else if (args.sources.empty()) reason = "no source actor";
    // "took the floor at the summit", "attaquer le budget": an abstract object is another sense.
    else if (args.object_class == "abstract"sv) reason = "the object is abstract";
    // Deploying troops needs no place: the forces moved are what the verb acts on.
    // A named armed side's own nominal act needs no where: "ont confirmé leur retrait", "an
    // offensive launched by the army" are events wherever they were.
    else if (has_place_role && !args.place && !args.target && !thing_acted_on && !(reciprocal && reciprocal_pair(args)) &&
             !(p.object == "theme"sv && args.object_class == "actor"sv) &&
             !(event_noun && !unnamed_source && IsArmedOrState(args.sources[0])))
      reason = "no place or target" + object_said;
    else if (acts_on_people && !args.target && p.object == "target"sv && !thing_acted_on) reason = "no target" + object_said;
    // Attacking, meeting, condemning: with no one and nowhere acted on, the verb is used in
    // another sense (attaquer un budget, meeting resistance).
    else if (p.object == "target"sv && !args.target && !args.place && !reciprocal_pair(args) && !thing_acted_on &&
             !words_on_event)
      reason = "no target or place" + object_said;
    // Retreating, deploying, advancing are what armed forces do: people fleeing are no retreat.
    else if (IsMovementOfForces(cameo) && !IsArmedOrState(args.sources[0]))
      reason = "the source is not an armed force (" + args.sources[0].code + ")";
    std::string why, status;
    bool is_purpose = false;
    if (reason.empty()) {
      status = Status(s, cues, status_subject, match.head, match.last, &why, &is_purpose, named_sources, !verbal);
      if (is_purpose) reason = "the purpose of another action, not an event of its own";
    }
    if (!reason.empty()) {
      if (trace_) Note(s, label + ": not coded: " + reason +
                  (args.sources.empty() ? "" : " (source " + args.sources[0].code + " [" + args.source_note + "])"));
      i = match.last;
      continue;
    }
    for (auto& [src, tgt] : pairs) {
      if (tgt && tgt->code == src.code && !each_other && !IsUnarmedRole(RoleOf(tgt->code))) tgt.reset();
      Event e = NewEvent(s, n++, cameo, src, tgt, status, match.head, match.last, args.confidence,
                         source_mention ? Text(source_mention->first, source_mention->last) : "", "");
      e.place_text = args.place ? (args.place->place_name.empty() ? Text(args.place->first, args.place->last)
                                                                     : args.place->place_name)
                                   : "";
      if (!p.acled_sub_type.empty() && cameo == p.cameo) Classify(&e, src.state, p.acled_sub_type);
      // Weapons seized (the sense weapon=1711 of a seizing verb) are a disrupted weapons use.
      if (cameo != p.cameo && StartsWith(cameo, {"1711"}) && args.object_class == "weapon"sv)
        Classify(&e, src.state, "Disrupted weapons use");
      e.control = args.place ? c_.ControlEffect(cameo) : "";
      if (e.control == "gain"sv && partial) e.control = "partial";
      if (trace_) Note(s, label + " -> " + e.id + (cameo == p.cameo ? "" : " as " + cameo) + " " + status + " (" + why + "); source " + src.code + " [" +
                  args.source_note + "]; target " + (tgt ? tgt->code + " [" + args.target_note + "]" : "none") +
                  "; place " + (args.place ? args.place_note : "none"));
      // Who took a place holds it from then on: a later capture takes it from them.
      if (e.control == "gain"sv && e.status == EventStatus::kOccurred && !args.place->place_name.empty())
        holders_[text::Fold(args.place->place_name)] = src;
      events_.push_back(std::move(e));
      coded_at_.push_back({match.head, match.last, !p.acled_sub_type.empty() && cameo == p.cameo});
      if (!verbal) coded_nominals_.insert(match.last);
    }
    i = match.last;
  }
  if (n == 0 && c_.dictionaries_) CodeWithDictionaries(s, cues);
  RefineByMeans(s, first_event);
  // "captured the town after weeks of fighting with junta troops": the side the capturer fought
  // in the same sentence is the side that lost the place.
  for (size_t i = first_event; i < events_.size(); ++i) {
    Event& e = events_[i];
    if (!StartsWith(e.cameo, {"192"}) || e.target || !e.source) continue;
    for (size_t j = first_event; j < events_.size() && !e.target; ++j)
      if (j != i && StartsWith(events_[j].cameo, {"19"}) && !StartsWith(events_[j].cameo, {"192"}) &&
          events_[j].source && events_[j].source->code == e.source->code && events_[j].target) {
        e.target = events_[j].target;
        if (trace_) Note(s, "event " + e.id + " (" + e.trigger + "): taken from the side fought, " + e.target->code);
      }
  }
  MergeEffectsIntoMeans(s, first_event);
  AttachCasualties(s, cues, first_event);
  RefineProtests(s, first_event);
  for (const auto& m : mentions_[s])
    if (m.kind == Mention::Kind::kPlace && !m.place_name.empty()) last_named_place_[m.feature] = &m;
}

namespace {

// A state's forces or a state itself acts (SYRMIL, USA), as far as the coded event says.
bool SourceIsState(const Event& e) {
  return e.source && (IsStateRole(RoleOf(e.source->code)) ||
                      (e.source->code.size() == 3 && RoleOf(e.source->code).empty()));
}

}  // namespace

void Coder::Run::MergeEffectsIntoMeans(size_t s, size_t first_event) {
  // What an act did is its victims: "killing five", "were wounded"; opening fire is another act.
  auto effect = [&](size_t i) {
    uint32_t head = coded_at_[i].head;
    return events_[i].cameo == "190"sv && std::any_of(Cues(s).begin(), Cues(s).end(), [&](const CueMatch& c) {
             return (c.kind == "killed"sv || c.kind == "injured"sv) && c.first <= head && head <= c.last;
           });
  };
  // The sentence's act whose victims they are: its remote violence (a bombing, shelling, an air
  // strike), else an act of force by a side the text names in a clause that says when they were
  // hit ("were killed when the police opened fire on the march", "tués lorsque l'armée a tiré").
  size_t means = events_.size();
  bool when_clause = false;
  for (size_t i = first_event; i < events_.size() && means == events_.size(); ++i)
    if (StartsWith(events_[i].cameo, {"183", "194", "195", "204"})) means = i;
  auto says_when = [&](uint32_t from, uint32_t to) {
    for (uint32_t t = from; t < to; ++t)
      if (IsWord(*at_.analyses[t], {"when", "as", "lorsque", "lorsqu'", "quand"})) return true;
    return false;
  };
  for (size_t i = first_event; i < events_.size() && means == events_.size(); ++i) {
    const Event& e = events_[i];
    if (IsActOfForce(e.cameo) && !effect(i) && e.source && !e.source->text.empty()) means = i, when_clause = true;
  }
  if (means == events_.size()) return;
  Event& m = events_[means];
  for (size_t i = events_.size(); i-- > first_event;) {
    Event& e = events_[i];
    bool unnamed = e.source && e.source->code.ends_with("UAF") && e.source->text.empty();
    bool same_doer = e.source && m.source && e.source->code == m.source->code;
    if (i == means || !(unnamed || same_doer) || !effect(i)) continue;
    if (when_clause && !(coded_at_[i].head < coded_at_[means].head &&
                         says_when(coded_at_[i].last + 1, coded_at_[means].head)))
      continue;
    if (trace_) Note(s, "event " + e.id + " (" + e.trigger + ") is what '" + m.trigger + "' did: merged into " + m.id);
    if (!m.target && e.target) {
      // Its victims may move the act to another family (civilians hit, protesters shot).
      m.target = e.target;
      const std::string& usual = c_.InfoFor(m.cameo).acled_sub_type;
      Classify(&m, SourceIsState(m), m.acled_sub_type && *m.acled_sub_type != usual ? *m.acled_sub_type : "");
    }
    EraseEvent(i);
    if (i < means) --means;
  }
}

void Coder::Run::Classify(Event* e, bool source_state, const std::string& acled_sub_type) const {
  const CameoInfo& info = c_.InfoFor(e->cameo);
  e->plover = info.plover;
  e->acled_type.reset();
  e->acled_sub_type.reset();
  std::string_view type = acled_sub_type.empty() ? std::string_view(info.acled_type) : lexicon::AcledTypeOf(acled_sub_type);
  if (type.empty()) return;
  AcledType acled = ClassifyAcled(e->cameo, {std::string(type), acled_sub_type.empty() ? info.acled_sub_type : acled_sub_type},
                                  e->source ? e->source->code : "", source_state, e->target ? e->target->code : "");
  e->acled_type = acled.type;
  e->acled_sub_type = acled.sub_type;
}

void Coder::Run::RefineProtests(size_t s, size_t first_event) {
  if (first_event == events_.size()) return;
  // The sentence shows people protesting: a protest coded in it, protesters named, or a
  // demonstration, march or sit-in (nouns whose owners are protesters, site_owners.lex).
  bool protest = false;
  for (size_t i = first_event; i < events_.size(); ++i) protest |= StartsWith(events_[i].cameo, {"14"});
  for (const Mention& m : mentions_[s]) protest |= m.role == "OPP"sv || m.site_role == "OPP"sv;
  for (const auto& l : labels_[s])
    protest |= l.kind == MentionFinder::Label::Kind::kAgent && c_.mentions_->AgentRole(l) == "OPP"sv;
  if (!protest) return;
  size_t intervention = events_.size();
  for (size_t i = first_event; i < events_.size(); ++i) {
    Event& e = events_[i];
    bool force = IsDirectViolence(e.cameo) || StartsWith(e.cameo, {"175", "173"});
    if (!force || !SourceIsState(e) || !e.target || StartsWith(e.cameo, {"14"})) continue;
    std::string_view role = RoleOf(e.target->code);
    if (!IsUnarmedRole(role) && role != "OPP"sv) continue;
    if (role != "OPP"sv) {
      std::string country = e.target->code.size() >= 6 ? e.target->code.substr(0, 3) : "";
      e.target->code = country + "OPP";
      e.target->name = c_.mentions_->NameFor(e.target->code);
      Classify(&e, true);
      if (trace_) Note(s, "event " + e.id + " (" + e.trigger + "): its target was protesting");
    }
    if (intervention == events_.size()) intervention = i;
  }
  if (intervention == events_.size()) return;
  // The protest the state acted against is coded as that intervention, once, with its toll.
  for (size_t i = events_.size(); i-- > first_event;) {
    Event& p = events_[i];
    if (!StartsWith(p.cameo, {"14"}) || StartsWith(p.cameo, {"145"})) continue;
    Event& e = events_[intervention];
    if (!e.fatalities && p.fatalities) e.fatalities = p.fatalities, e.casualties_text = p.casualties_text;
    if (!e.injured && p.injured) e.injured = p.injured;
    if (trace_) Note(s, "event " + p.id + " (" + p.trigger + "): coded as the intervention against it");
    EraseEvent(i);
    if (i < intervention) --intervention;
  }
  // Dispersing or arresting protesters with deaths or wounded is excessive force.
  Event& e = events_[intervention];
  if (StartsWith(e.cameo, {"175", "173"}) && (e.fatalities.value_or(0) > 0 || e.injured.value_or(0) > 0))
    Classify(&e, true, "Excessive force against protesters");
}

void Coder::Run::EraseEvent(size_t i) {
  events_.erase(events_.begin() + static_cast<long>(i));
  coded_at_.erase(coded_at_.begin() + static_cast<long>(i));
}

void Coder::Run::RefineByMeans(size_t s, size_t first_event) {
  if (first_event == events_.size()) return;
  uint32_t begin = SentenceBegin(s), end = SentenceEnd(s);
  std::vector<std::pair<uint32_t, uint32_t>> named;  // token, means
  for (uint32_t t = begin; t < end; ++t)
    for (const auto& m : c_.means_index_.At(at_, t, begin, end)) named.push_back({t, m.id});
  std::vector<const CueMatch*> unopposed;
  for (const CueMatch& cue : Cues(s))
    if (cue.kind == "unopposed"sv) unopposed.push_back(&cue);
  for (size_t i = first_event; i < events_.size(); ++i) {
    Event& e = events_[i];
    // "sans combat", "without a fight": the fight the cue names did not happen.
    if (std::any_of(unopposed.begin(), unopposed.end(),
                    [&](const CueMatch* c) { return coded_at_[i].head >= c->first && coded_at_[i].head <= c->last; })) {
      if (trace_) Note(s, "event " + e.id + " (" + e.trigger + "): the cue says it did not happen");
      EraseEvent(i--);
      continue;
    }
    bool source_state = SourceIsState(e);
    // "took the town after the rebels left it", "entered Kidal unopposed": no battle for the place.
    if (!unopposed.empty() && !e.place_text.empty() && StartsWith(e.cameo, {"190", "192", "193"})) {
      if (trace_) Note(s, "event " + e.id + " (" + e.trigger + "): the place changed hands without a fight");
      Classify(&e, source_state, "Non-violent transfer of territory");
      continue;
    }
    // Acts of force and destruction; abductions, sexual violence and captures keep their kind.
    bool force = StartsWith(e.cameo, {"18", "19", "20", "171"}) && !StartsWith(e.cameo, {"181", "182", "192", "1711"});
    if (!force || named.empty() || coded_at_[i].kind_fixed) continue;
    // The clause of the event: from the sentence's start (its subject may be the bomber) to the
    // end of the event's own clause.
    uint32_t head = coded_at_[i].head, from = begin;
    for (uint32_t t = head; t > begin; --t)
      if (IsClauseEnd(at_.TokenText(t - 1))) {
        from = t;
        break;
      }
    // The clause ends where it ends, or where "and" opens another with its own subject ("launched
    // an attack on the outpost, and the junta deployed helicopters").
    uint32_t to = ClauseEnd(s, head + 1);
    for (uint32_t t = coded_at_[i].last + 1; t + 1 < to; ++t)
      if (IsCoordinator(*at_.analyses[t]))
        if (const Mention* next = MentionStartingAt(s, t + 1); next && next->HasActor()) {
          to = t;
          break;
        }
    // A means another act names is that act's: "threw grenades and fired on the patrol".
    auto others = [&](uint32_t t) {
      for (size_t j = first_event; j < events_.size(); ++j)
        if (j != i && coded_at_[j].head <= t && t <= coded_at_[j].last) return true;
      return false;
    };
    // The act's own word recodes it only to name an ACLED sub-type ("grenade attack"): "the army
    // bombed the airport" stays the air strike its verb says, not a bombing.
    auto own_word = [&](uint32_t t, uint32_t id) {
      return coded_at_[i].head <= t && t <= coded_at_[i].last && c_.means_[id].acled_sub_type.empty();
    };
    const Means* best = nullptr;
    uint32_t best_id = 0;
    for (const auto& [t, id] : named)
      if (t >= from && t < to && (!best || id < best_id) && !others(t) && !own_word(t, id))
        best = &c_.means_[id], best_id = id;
    if (!best || (best->cameo == e.cameo && best->acled_sub_type.empty())) continue;
    if (trace_) Note(s, "event " + e.id + " (" + e.trigger + "): by its means, " + best->cameo +
                (best->acled_sub_type.empty() ? "" : " (" + best->acled_sub_type + ")"));
    e.cameo = best->cameo;
    Classify(&e, source_state, best->acled_sub_type);
  }
}

Event Coder::Run::NewEvent(size_t s, int n, const std::string& cameo, const ActorRef& src,
                           const std::optional<ActorRef>& tgt, const std::string& status, uint32_t head,
                           uint32_t last, double confidence, const std::string& source_text,
                           const std::string& target_text) const {
  const text::Sentence& sent = at_.seg.sentences[s];
  Event e;
  e.doc = at_.doc->id;
  e.id = at_.doc->id + ":" + std::to_string(s) + ":" + std::to_string(n);
  e.cameo = cameo;
  e.status = ParseStatus(status);
  e.source = Actor{source_text, src.code, src.name, src.from_context};
  if (tgt) e.target = Actor{target_text, tgt->code, tgt->name, tgt->from_context};
  Classify(&e, src.state);
  DateFor(s, head, status, &e.date);
  e.evidence.sentence = static_cast<int>(s);
  e.evidence.start = sent.start;
  e.evidence.end = sent.end;
  e.evidence.text = std::string(at_.SentenceText(s));
  e.trigger = Text(head, last + 1);
  e.trigger_start = at_.seg.tokens[head].start;
  e.confidence = std::clamp(confidence, 0.05, 0.95);
  return e;
}

void Coder::Run::CodeWithDictionaries(size_t s, const std::vector<CueMatch>& cues) {
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
    if (trace_) Note(s, "dictionaries -> " + e.id + " " + pe.source + " " + pe.code + " " + pe.target + " " + status + " (" +
                why + ")" + (pe.pattern.empty() ? "" : "; pattern '" + pe.pattern + "'") + "; place " +
                (place ? "'" + place->place_name + "'" : "none"));
    events_.push_back(std::move(e));
    coded_at_.push_back({head, last, /*kind_fixed=*/true});
  }
}

}  // namespace sitrep::coder
