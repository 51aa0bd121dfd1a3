// The coder's work on one document, read in order (internal to src/coder/). Its stages live in
// their own files: arguments.cc (subjects, objects, slots, clauses, semantic classes),
// discourse.cc (who holds what, antecedents, the document's parties, speakers), status.cc (cues
// and the status policy), dates.cc (which date an event takes), decision.cc (whether and how a
// predicate is coded) and coder.cc (the walk through the document).
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "coder/coder.h"
#include "coder/grammar.h"

namespace sitrep::coder {

// Everything the coder learns about one document as it reads it in order.
class Coder::Run {
 public:
  Run(const Coder& coder, const morph::AnalyzedText& at, std::vector<std::vector<std::string>>* trace)
      : c_(coder), at_(at), trace_(trace) {}

  Coding Code();

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

  // The walk through the document (coder.cc) and what it looks up.
  void Note(size_t s, std::string line);
  std::string Text(uint32_t first, uint32_t last) const;
  std::string Describe(const Mention& m) const;
  // The first mention of sentence `s` that ends after `token` (it may start after it too).
  const Mention* MentionEndingAfter(size_t s, uint32_t token) const;
  const Mention* MentionEndingAt(size_t s, uint32_t last) const;
  // A site or property with owners by kind (site_owners.lex) and none named: the mention, or
  // the first such among the things coordinated before it ("shops and cars"); else null.
  const Mention* OwnedThing(size_t s, const Mention& m) const;
  const Mention* MentionStartingAt(size_t s, uint32_t first) const;
  const Mention* MentionCovering(size_t s, uint32_t token) const;
  uint32_t SentenceEnd(size_t s) const;
  // The token of sentence `s` holding byte `at` of the document.
  uint32_t TokenAt(size_t s, size_t at) const;

  // Arguments (arguments.cc): subjects, objects, slots, clauses and semantic classes.
  // What a noun phrase names, for the predicates that select their sense by it: actor, place, site
  // (an installation or building, owned or not), or a noun class (property, weapon, event, abstract).
  static std::string SemanticClass(const Mention& m);
  // The subject of the verb whose group starts at `verb`: the nearest actor or pronoun mention to
  // the left within the clause, across control verbs (a tenté de fuir) and, for coordinated verbs
  // (contrôlent ... et pénètrent), the subject of the first verb.
  // With `patients`, a place or a thing is a subject too: what fell, what was burned.
  const Mention* Subject(size_t s, uint32_t verb, int depth = 0, bool patients = false) const;
  // Whether a clause of its own (a complementizer or a finite verb) follows before the next comma
  // or the end of the sentence: "saying the district was theirs", "reports indicate that".
  bool OpensClause(size_t s, uint32_t from) const;
  // Whether an auxiliary être or be stands before the participle at `participle` (a été lancée,
  // was captured, have been killed): a passive.
  bool AfterPassiveAuxiliary(size_t s, uint32_t participle) const;
  uint32_t ClauseEnd(size_t s, uint32_t from) const;
  // The first noun phrase after the predicate: its direct object.
  const Mention* Object(size_t s, uint32_t after, uint32_t clause_end, bool ends_with_preposition) const;
  const Mention* Slot(size_t s, uint32_t after, uint32_t clause_end, const std::vector<std::string>& prep) const;
  std::optional<std::vector<ActorRef>> ActorsOf(size_t s, const Mention& m, std::string* note) const;
  // The phrase before an active verb, when it is its subject but names no actor: "the drought
  // struck", "la sécheresse frappe". An event noun or a weapon is the means of an unnamed doer ("an
  // air strike killed", "rockets hit"), not such a subject.
  bool NamesNoDoer(size_t s, uint32_t verb) const;
  // The head of the nominal event coded right before the verb at `verb`, its subject ("an air
  // strike killed", "la frappe aérienne a touché"), if any.
  std::optional<uint32_t> CodedEventBefore(size_t s, uint32_t verb) const;
  // An English nominal event after a noun that names no actor, means or event is a compound of
  // another sense: a "charm offensive", a "price war".
  bool InCompound(size_t s, uint32_t head) const;
  // Whether a predicate of force (kill, hit, target, viser, shelling, frappe) has its head at
  // token `t`: a nominal event that is the subject of such a verb acts on its object ("an air
  // strike killed 12 people", unlike "the withdrawal surprised residents"), and a killing done by
  // or in such an event is that event's doing.
  bool IsForceAt(size_t s, uint32_t t) const;
  // The nominal event of force by which or in which a verb's act was done: its passive agent
  // (`agent`, "killed by shelling"), or the phrase after in, during, amid, dans, lors de, par
  // within [from, clause_end) ("killed in an air strike"), as written; "" when there is none.
  std::string MeansOf(size_t s, uint32_t from, uint32_t clause_end, const Mention* agent) const;
  // Whether token `t` is (part of) a noun that names an incident (noun_classes.lex: event).
  bool IsEventNoun(size_t s, uint32_t t) const;
  // The clause of a token: between the nearest boundaries (; : a complementizer, or a coordinator
  // that starts another verb phrase) on either side.
  std::pair<uint32_t, uint32_t> Clause(size_t s, uint32_t token) const;

  // Discourse (discourse.cc): who holds which place, antecedents, the parties a document names, speakers.
  // "Les FDS contrôlent Raqqa", "the group has held Bara since May": the subject holds the
  // object, if the verb says so of now (present, or a perfect with a present auxiliary), not of a
  // past that may have ended (avait tenu, held ... until).
  void LearnActiveHolders(size_t s, const std::vector<CueMatch>& cues);
  // "X, dernier refuge de Y", "la zone détenue par Y", "held by Y": Y holds the places named before.
  void LearnHolders(size_t s);
  void AddStatement(size_t s, const Mention& place, const Mention& holder, const std::string& kind,
                    const std::string& cue);
  // The places a holder cue speaks of: the named places of its own clause before it, back to a
  // verb other than a copula ("Tidermène et Inékar sont le dernier bastion de", "Kidal,
  // ville aux mains de"), but none when a common noun comes between ("vers le lac Tanganyika,
  // du côté de la zone tenue par"); never the dateline's, never a river or a country.
  std::vector<const Mention*> HeldPlaces(size_t s, uint32_t cue) const;
  // "une partie de la ville de X", "parts of X": a partial cue just before the place.
  bool HeldInPart(size_t s, const Mention& place, const std::vector<CueMatch>& cues) const;
  // The actors a pronoun or a demonstrative phrase stands for: the latest compatible actor, subjects
  // first, in this sentence before it, then back through the paragraph.
  std::optional<std::vector<ActorRef>> Antecedent(size_t s, const Mention& m) const;
  // The armed groups and state forces the document names, for events whose doer it does not.
  void TakeInventory();
  // The other side of an armed actor, as the document presents the war: for a state's forces the
  // armed group it names most (else the forces of another state it names most), for an armed
  // group the state forces of its own country (else any) it names most; never one of `allies` (the
  // event's other sources: "l'armée et les milices" fight neither).
  std::optional<ActorRef> Adversary(const ActorRef& source, const std::vector<ActorRef>& allies = {}) const;
  // The doer of an act of force the text does not name: forces of a state hit by it are hit by
  // the one armed group the document names, an armed group by the one state force it names;
  // otherwise an unidentified armed group of the victims' country (or the document's).
  ActorRef UnnamedSource(const std::optional<ActorRef>& target, const std::string& cameo, std::string* note) const;
  // The non-state group named in a paragraph before `m`, when it is the only one there: with two
  // named (IS and the Syrian rebels), "the rebels" may be either.
  // The paragraph searched is this one, else the latest earlier one that names a group: "the
  // insurgents" three paragraphs after the group's name are still that group.
  std::optional<std::vector<ActorRef>> NamedGroupBefore(size_t s, const Mention& m) const;
  // Who speaks through a reporting cue: the phrase after "selon", "according to"; the one after
  // or before a reporting verb set after the event ("..., a annoncé l'armée", "..., officials
  // said"); else the reporting verb's subject.
  const Mention* Speaker(size_t s, const CueMatch& cue, uint32_t event_last) const;
  // A quotation and whom the text attributes it to: "“We took the town,” a rebel spokesman
  // said", "L'armée a affirmé : « Nous avons repris la ville »".
  struct Quote {
    uint32_t first = 0, last = 0;      // the tokens inside the quotation marks
    size_t speaker_sentence = 0;
    const Mention* speaker = nullptr;  // null when the text attributes it to no one
  };
  // Finds the document's quotations and their speakers, once the cues of every sentence are known.
  void FindQuotes();
  // The quotation a token is in, or null.
  const Quote* QuoteAround(uint32_t token) const;
  // Who "we" or "nous" is in a quotation: the speaker's actors.
  std::optional<std::vector<ActorRef>> FirstPersonSpeaker(const Mention& pronoun) const;
  // Whether a speaker is on the side of the event's doer: the same actor, its country, or a
  // state body of the same state (the ministry speaking for the army).
  bool SameSide(const std::vector<ActorRef>& speaker, const std::vector<ActorRef>& sources) const;
  // This sentence's actors, for pronouns in it and further on; subjects are the likeliest referents.
  void RememberActors(size_t s);

  // Status (status.cc): the cues around a predicate and the status policy (docs/STATUS.md).
  const std::vector<CueMatch>& Cues(size_t s);
  // Whether a reporting cue ("said", "a annoncé") covers the token (cues found already only).
  bool ReportsAt(size_t s, uint32_t token) const;
  // The status policy (docs/STATUS.md): a report by a neutral source (officials of the other side,
  // residents, witnesses, "sources", the press) is what occurred; a party's word for its own act
  // ("the army said it killed 20 militants", a claim of responsibility) is claimed.
  std::string Status(size_t s, const std::vector<CueMatch>& cues, const Mention* subject, uint32_t head,
                     uint32_t last, std::string* why, bool* is_purpose,
                     const std::vector<ActorRef>& sources = {}, bool nominal = false) const;
  static EventStatus ParseStatus(const std::string& s);

  // Dates (dates.cc): which date an event takes.
  // "EL OBEID, Sudan, October 16 - The army retook the town yesterday": the dateline's date says
  // when the report was filed (the reader took it for the document's date), never when its
  // events happened; so does the date of a feed header left in the text (" date 2024-10-06 ...").
  void DropDatelineDates();
  // Whether `t` names a day of the story: one of the week up to the document's date, not a date
  // that restates the publication's (a byline).
  bool InStoryWeek(const time::Timex& t) const;
  // The first day named in the document that lies in the week up to its date, if any; also
  // notes, for each sentence, the latest such day named before it (story_days_before_).
  const time::Timex* StoryDay();
  // For each sentence, the latest expression that can date an event (planned or not) in the
  // sentences of its paragraph before it: paragraph_dates_before_[planned][s].
  void NoteParagraphDates();
  // The temporal expression that starts at token `first`, if any.
  const time::Timex* TimexAt(size_t s, uint32_t first) const;
  // An event's date: the expression in its clause, else the nearest in its sentence, else the
  // latest in its paragraph, else the document date; an expression that looks ahead (demain, les
  // prochains jours) never dates what has happened, nor one that looks back what is planned.
  void DateFor(size_t s, uint32_t head, const std::string& status, DateInterval* date) const;

  // The event decision (decision.cc): whether a predicate is an event, and its codes.
  void CodeSentence(size_t s);
  // The fields an event of sentence `s` fills alike whichever rules found it; `n` numbers it in
  // the sentence.
  Event NewEvent(size_t s, int n, const std::string& cameo, const ActorRef& src, const std::optional<ActorRef>& tgt,
                 const std::string& status, uint32_t head, uint32_t last, double confidence,
                 const std::string& source_text, const std::string& target_text) const;
  // A sentence the lexicon's predicates left uncoded, coded with imported CAMEO dictionaries
  // (PETRARCH's or TABARI's). Their actor codes hold on the document's day; the status comes from
  // the same cues as every other event's. Such an event names no place.
  void CodeWithDictionaries(size_t s, const std::vector<CueMatch>& cues);
  // "Twenty people were killed when a car bomb exploded", "une voiture piégée a explosé, tuant dix
  // civils": a killing by nobody named, or by the bomber, in a sentence that codes a bombing,
  // shelling or strike is what that event did; it gives it its victims and is not an event of its own.
  void MergeEffectsIntoMeans(size_t s, size_t first_event);
  // The means its clause names (means.lex) decide an act of force's code and ACLED sub-type: an
  // attack with chlorine, a suicide bomber's, a drone's; a capture without a fight is a non-violent
  // transfer.
  void RefineByMeans(size_t s, size_t first_event);
  // A state's force against people its sentence shows protesting ("fired into a crowd of
  // protesters", "dispersed teachers who were demonstrating") is against protesters: excessive
  // force or an intervention, which is then the protest's one event.
  void RefineProtests(size_t s, size_t first_event);
  // PLOVER and ACLED types from the event's code, participants and (when given) a sub-type its
  // predicate or means decided.
  void Classify(Event* e, bool source_state, const std::string& acled_sub_type = "") const;

  // Casualties (casualties.cc): the killed, injured and abducted a sentence counts, given to the
  // act of force coded nearest to the words that count them.
  void AttachCasualties(size_t s, const std::vector<CueMatch>& cues, size_t first_event);

  // The phrase around a count, from token `from` leftwards (dir < 0) or rightwards (dir > 0).
  // It ends before another word that counts casualties.
  std::pair<uint32_t, uint32_t> CountPhrase(size_t s, uint32_t from, int dir, const std::vector<CueMatch>& cues) const;

  uint32_t SentenceBegin(size_t s) const { return at_.seg.sentences[s].first_token; }

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

  bool lang_en() const { return c_.lang_ == "en"; }
  static bool reciprocal_pair(const Arguments& args) { return args.sources.size() >= 2; }

  const Coder& c_;
  const morph::AnalyzedText& at_;
  std::vector<std::vector<std::string>>* trace_;
  std::string context_country_;
  std::vector<std::vector<Mention>> mentions_;
  std::vector<std::vector<MentionFinder::Label>> labels_;
  std::vector<std::vector<time::Timex>> timexes_;
  std::map<std::string, ActorRef> holders_;
  std::vector<Salient> salient_;
  // Indexes of salient_, kept by RememberActors so that an antecedent or the group "the rebels"
  // stand for is found without walking back through the paragraph (a feed's whole text may be one).
  // The entries by [subjects only][plural only] and kind of role (RoleKind; "" for any), ascending.
  std::map<std::string, std::vector<size_t>> antecedents_[2][2];
  // The paragraph of the latest entry that names an armed group, the group it names first (as
  // NamedGroupBefore returns it) and whether it names another too.
  struct GroupsNamed {
    uint32_t paragraph;
    const ActorRef* first;
    bool mixed;
  };
  std::optional<GroupsNamed> groups_named_;
  // By entry of salient_: what NamedGroupBefore finds once the entries up to it are remembered.
  std::vector<const ActorRef*> named_group_after_;
  // The entries of salient_ that come before mention `m` of sentence `s`.
  size_t SalientBefore(size_t s, const Mention& m) const;
  std::map<std::string, const Mention*> last_named_place_;  // by feature ("" when none): the latest place named
  std::vector<ActorRef> named_groups_, context_groups_, state_forces_;  // TakeInventory
  std::map<std::string, int> mention_counts_;                          // by actor code
  const time::Timex* story_day_ = nullptr;                              // StoryDay
  std::vector<const time::Timex*> story_days_before_;                  // StoryDay, by sentence
  std::vector<const time::Timex*> paragraph_dates_before_[2];          // NoteParagraphDates
  std::vector<std::optional<std::vector<CueMatch>>> cues_;  // Cues, by sentence
  std::vector<Quote> quotes_;                                // FindQuotes, in text order
  mutable std::vector<std::vector<uint8_t>> clause_breaks_;  // Clause: boundary tokens, by sentence
  std::vector<Event> events_;
  // Where each event of events_ was coded: its predicate's tokens [head, last], and whether its
  // kind is fixed: its predicate chose its ACLED sub-type, or an imported dictionary its code
  // (the means its clause names change neither).
  struct CodedAt {
    uint32_t head = 0, last = 0;
    bool kind_fixed = false;
  };
  std::vector<CodedAt> coded_at_;
  void EraseEvent(size_t i);
  std::set<uint32_t> coded_nominals_;  // last tokens of the nominal events coded so far
  std::vector<ControlStatement> statements_;
  std::set<std::string> statement_ids_;  // of statements_: overlapping cues state a holder once
};

}  // namespace sitrep::coder
