#include "coder/run.h"
#include "stage_clock.h"

#include <algorithm>

namespace sitrep::coder {

// Strings compare with "..."sv literals, whose lengths are constants: a bare literal would be
// measured and compared out of line at every test.
using namespace std::string_view_literals;

const std::vector<Coder::Run::CueMatch>& Coder::Run::Cues(size_t s) {
  // Found once per sentence: the holders' pass and the coding pass both read them.
  if (cues_[s]) return *cues_[s];
  StageScope matching_cues(Stage::kCueMatching);
  std::vector<CueMatch>& out = cues_[s].emplace();
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

std::string Coder::Run::Status(size_t s, const std::vector<CueMatch>& cues, const Mention* subject,
                               uint32_t head, uint32_t last, std::string* why, bool* is_purpose,
                               const std::vector<ActorRef>& sources, bool nominal) const {
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
  // (craignent que les rebelles ne se replient) or restrictive (il n'avait perdu que...).
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
      negation |= cue.kind == "negation"sv && cue.last - cue.first >= 1;  // refuser de, refuse to
      success |= cue.kind == "success"sv;
      failure |= cue.kind == "failure"sv;
      attempt |= cue.kind == "attempt"sv;
      plan |= cue.kind == "plan"sv;
      fear |= cue.kind == "fear"sv || cue.kind == "hypothesis"sv;
      purpose |= cue.kind == "purpose"sv && head - cue.last <= 2;
      denial |= cue.kind == "denial"sv;
      claim |= cue.kind == "responsibility"sv || cue.kind == "accusation"sv;
      // "The SPLA-IO said on Monday it had retaken", "the army, officials said, retook".
      if (cue.kind == "claim"sv &&
          (around || (IsVerbal(*at_.analyses[cue.first]) && !at_.analyses[cue.first]->Has("NOUN"))))
        claim |= reported_by(cue);
    }
    bool governs = false;
    if (subject && cue.last < subject->first)
      for (uint32_t t = cue.last + 1; t <= subject->first && !governs; ++t)
        governs = IsComplementizer(*at_.analyses[t]);
    // "The SPLA-IO said on Monday it had retaken the town": a reporting verb whose clause has no "that".
    bool reported = cue.kind == "claim"sv && subject && cue.last < subject->first && subject->first - cue.last <= 5 &&
                    IsVerbal(*at_.analyses[cue.first]);
    for (uint32_t t = cue.last + 1; reported && t < subject->first; ++t) {
      const morph::Analysis& a = *at_.analyses[t];
      reported = !IsClauseEnd(at_.TokenText(t)) && at_.TokenText(t) != ","sv && !(IsVerbal(a) && !a.Has("NOUN"));
    }
    if (cue.kind == "claim"sv &&
        (governs || reported || IsWord(*at_.analyses[cue.first], {"selon", "according", "d'apres"})))
      claim |= reported_by(cue);
    // Attribution after the event: "..., a annoncé l'armée", "..., officials said"; not a
    // reporting verb with a clause of its own ("..., saying the district was theirs").
    if (cue.kind == "claim"sv && cue.first > last && !OpensClause(s, cue.last + 1)) {
      for (uint32_t t = cue.first; t > last && cue.first - t <= 4; --t) {
        const morph::Analysis& a = *at_.analyses[t - 1];
        if (at_.TokenText(t - 1) == ","sv) {
          claim |= reported_by(cue);
          break;
        }
        if (IsVerbal(a) && !a.Has("AUX") && !a.Has("NOUN") && !a.Has("ADJ")) break;
      }
    }
    if (governs && (cue.kind == "fear"sv || cue.kind == "hypothesis"sv)) fear = true;
    if (governs && cue.kind == "denial"sv) denial = true;
    if (governs && cue.kind == "accusation"sv) claim = true;
  }
  for (uint32_t t = from; t <= head; ++t) {
    const morph::Analysis& a = *at_.analyses[t];
    if (a.HasFeature("", "cond")) fear = true;
    if (a.HasFeature("", "ifut")) plan = true;
    if (IsWord(a, {"would", "could", "might", "may"})) fear = true;
    if (IsWord(a, {"will", "shall"})) plan = true;
  }
  // Inside a quotation the text attributes to a speaker: a party's claim, or a neutral report.
  if (const Quote* q = QuoteAround(head); q && q->speaker && !claim && !neutral_report) {
    std::string note;
    auto actors = ActorsOf(q->speaker_sentence, *q->speaker, &note);
    if (actors && SameSide(*actors, sources)) claim = true;
    else neutral_report = true;
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

EventStatus Coder::Run::ParseStatus(const std::string& s) {
  static const std::pair<const char*, EventStatus> kStatuses[] = {
      {"occurred", EventStatus::kOccurred}, {"attempted", EventStatus::kAttempted}, {"failed", EventStatus::kFailed},
      {"planned", EventStatus::kPlanned},   {"claimed", EventStatus::kClaimed},     {"feared", EventStatus::kFeared},
      {"negated", EventStatus::kNegated}};
  for (const auto& [name, status] : kStatuses)
    if (s == name) return status;
  return EventStatus::kOccurred;
}

}  // namespace sitrep::coder
