#include "coder/casualties.h"

#include <algorithm>
#include <climits>
#include <functional>
#include <string>
#include <string_view>

#include "coder/run.h"
#include "text/numbers.h"

namespace sitrep::coder {

// Strings compare with "..."sv literals, whose lengths are constants: a bare literal would be
// measured and compared out of line at every test.
using namespace std::string_view_literals;
namespace {

// The value of one token: digits ("1,200"), a number word ("vingt-cinq") or an approximate
// amount ("dozens", text/numbers.h).
std::optional<int> ValueOf(const morph::AnalyzedText& at, uint32_t t) {
  std::string_view text = at.TokenText(t);
  if (at.seg.tokens[t].kind == text::TokenKind::kNumber) {
    long long v = 0;
    for (char c : text) {
      if (c >= '0' && c <= '9') v = v * 10 + (c - '0');
      else if (c != ',' && c != '.' && c != ' ') return std::nullopt;  // 3.5, 12h30: no count of people
      if (v > INT_MAX / 10) return std::nullopt;
    }
    return static_cast<int>(v);
  }
  const std::string& folded = at.analyses[t]->folded;
  if (int v = text::CardinalWord(folded)) return v;
  if (int v = text::ApproximateAmount(folded)) return v;
  return std::nullopt;
}

// "himself", "lui-même": the attacker, whom ACLED counts among the dead.
bool IsAttackersSelf(const morph::Analysis& a) { return IsWord(a, {"himself", "herself", "lui-meme", "elle-meme"}); }

// "his daughter", "him and his driver": a possessive or an object pronoun names one person.
bool NamesOnePerson(const morph::Analysis& a) { return IsWord(a, {"him", "her", "his", "son", "sa"}); }

}  // namespace

std::optional<int> CountIn(const morph::AnalyzedText& at, uint32_t first, uint32_t last,
                           const std::function<NounKind(uint32_t)>& kind_of, bool victims) {
  auto kind = [&](uint32_t t) { return kind_of ? kind_of(t) : NounKind::kUnknown; };
  std::vector<int> counts;  // one per coordinated phrase
  bool range = false;       // between 10 and 15, 10 to 15, 10 ou 15: the lowest
  int current = 0, group = 0;
  bool in_number = false, in_age = false;
  int singular = 0;          // "a soldier", "un policier", when the phrase gives no figure
  bool apposition = false;   // a comma after a figure: what follows names the same people
  int selves = 0;            // "himself", "lui-même": the attacker, counted with the dead
  uint32_t number_end = first;  // the token after the figure being read
  auto close_number = [&]() {
    // "two explosive devices": a figure whose noun is a thing counts no one.
    uint32_t noun = number_end;
    while (noun + 1 < last && at.analyses[noun]->Has("ADJ") && !at.analyses[noun]->Has("NOUN")) ++noun;
    bool things = noun < last && kind(noun) == NounKind::kThing;
    if (in_number && !things) counts.push_back(group + current);
    in_number = false;
    current = group = 0;
  };
  for (uint32_t t = first; t < last; ++t) {
    const morph::Analysis& a = *at.analyses[t];
    // "two men aged 37 and 52", "un homme de 45 ans": ages are no counts.
    bool listed_age = in_age && (ValueOf(at, t) || IsWord(*at.analyses[t], {"and", "et"}) || at.TokenText(t) == ","sv);
    bool age = listed_age || (t > first && IsWord(*at.analyses[t - 1], {"aged", "age", "agee", "agees", "ages"})) ||
               (t > first + 1 && IsWord(*at.analyses[t - 1], {"de", "d'"}) &&
                IsWord(*at.analyses[t - 2], {"age", "agee", "ages", "agees"})) ||
               (t + 1 < last && IsWord(*at.analyses[t + 1], {"ans", "an", "year", "years", "year-old", "years-old"})) ||
               (t + 2 < last && at.TokenText(t + 1) == "-"sv && IsWord(*at.analyses[t + 2], {"year-old", "years-old"}));
    in_age = age;
    if (age) {
      close_number();
      continue;
    }
    if (auto v = ValueOf(at, t)) {
      number_end = t + 1;
      // "two hundred", "deux cents", "trois mille", "1 200": a multiplier or a following group.
      if (in_number && (*v == 100 || *v == 1000)) {
        if (*v == 1000) group = (group + std::max(current, 1)) * 1000, current = 0;
        else current = std::max(current, 1) * 100;
      } else if (in_number && at.seg.tokens[t].kind == text::TokenKind::kNumber && at.TokenText(t).size() == 3 &&
                 at.seg.tokens[t - 1].kind == text::TokenKind::kNumber && current < 1000) {
        current = current * 1000 + *v;
      } else {
        close_number();
        in_number = true;
        current = *v;
      }
      continue;
    }
    close_number();
    // "killing himself and 11 worshippers": ACLED counts the bomber among the dead.
    if (IsAttackersSelf(a)) {
      if (!apposition) ++selves;
      continue;
    }
    if (IsWord(a, {"between", "entre", "to", "or", "ou"}) || at.TokenText(t) == "-"sv) range = true;
    if (at.TokenText(t) == ","sv && !counts.empty()) apposition = true;
    // "a soldier", "two terrorists and a policeman"; not "two civilians, a woman and a man", which
    // names the two again.
    // "a man and his daughter", "him and his driver": a possessive or a pronoun names one person.
    bool possessive_next = t + 1 < last && (ValueOf(at, t + 1) || at.analyses[t + 1]->Has("NOUN"));
    if (IsWord(a, {"him", "her"}) && a.Has("PRON") && !possessive_next) {
      if (counts.empty()) ++singular;
      else if (!apposition) counts.push_back(1);
      continue;
    }
    // "a three-year-old girl", "a suspected bag snatcher", "un présumé voleur": an age or an
    // adjective between the article and the noun is no count.
    uint32_t noun = t + 1;
    while (noun + 1 < last &&
           (ValueOf(at, noun) || IsWord(*at.analyses[noun], {"-", "year", "years", "year-old", "old"}) ||
            (at.analyses[noun]->Has("ADJ") && !at.analyses[noun]->Has("NOUN"))))
      ++noun;
    bool singular_noun = noun < last && at.analyses[noun]->Has("NOUN") && !at.analyses[noun]->HasFeature("", "pl");
    // "the driver", "l'agriculteur": a singular definite phrase names one person too, unless it
    // completes another noun ("members of the group", "passagers d'un minibus").
    bool complement = t > first && IsWord(*at.analyses[t - 1], {"of", "de", "d'"});
    bool article = IsWord(a, {"a", "an", "un", "une", "the", "le", "la", "l'"}) && a.Has("DET");
    // Whom one kills is a person: the object of a killing verb needs no lexicon to count one
    // ("killed a social leader", "killing seven soldiers and the bomber").
    bool person = kind(noun) == NounKind::kPerson;
    bool one = !complement && singular_noun &&
               ((article && (person || (victims && kind(noun) != NounKind::kThing))) ||
                (IsWord(a, {"his", "her", "son", "sa"}) && person));
    if (one) {
      if (counts.empty()) ++singular;
      else if (!apposition) counts.push_back(1);
    }
  }
  close_number();
  if (counts.empty() && singular + selves) return singular + selves;
  if (counts.empty()) return std::nullopt;
  if (selves) counts.push_back(selves);
  // "a woman and her two children": the one named before the figures is one more (a phrase that
  // names people again after a comma is an apposition, counted once already).
  if (singular && !apposition) counts.push_back(singular);
  if (range) return *std::min_element(counts.begin(), counts.end());
  long long total = 0;
  for (int c : counts) total += c;
  return static_cast<int>(std::min<long long>(total, INT_MAX));
}

// The noun phrase that holds a count, from `from` leftwards (dir < 0) or rightwards (dir > 0):
// numbers, articles, adjectives, nouns, "of", "de", approximations and coordination, up to a verb,
// another preposition or the end of the clause.
std::pair<uint32_t, uint32_t> Coder::Run::CountPhrase(size_t s, uint32_t from, int dir,
                                                      const std::vector<CueMatch>& cues) const {
  uint32_t begin = SentenceBegin(s), end = SentenceEnd(s);
  auto counts_casualties = [&](uint32_t t) {
    return std::any_of(cues.begin(), cues.end(), [&](const CueMatch& c) {
      return c.first == t && (c.kind == "killed"sv || c.kind == "injured"sv || c.kind == "abducted"sv);
    });
  };
  auto part_of_phrase = [&](uint32_t t) {
    const morph::Analysis& a = *at_.analyses[t];
    std::string_view text = at_.TokenText(t);
    if (IsClauseEnd(text) || IsComplementizer(a) || IsRelative(a) || counts_casualties(t)) return false;
    // "killed 31 worshippers and wounded dozens": a coordinator before another verb ends it.
    if (IsCoordinator(a) && t + 1 < end && (counts_casualties(t + 1) ||
                                            (IsVerbal(*at_.analyses[t + 1]) && !at_.analyses[t + 1]->Has("NOUN"))))
      return false;
    if (ValueOf(at_, t) || text == ","sv || text == "-"sv) return true;
    // "a fait onze morts", "tué à un poste": French "a" and "à" are never articles.
    if (a.Has("AUX") || (IsWord(a, {"a"}) && !a.Has("DET"))) return false;
    if (IsAttackersSelf(a) || NamesOnePerson(a)) return true;
    // "at least", "au moins", "plus de", "more than": approximations, not prepositions.
    bool next_is = t + 1 < end && IsWord(*at_.analyses[t + 1], {"least", "moins", "than", "de", "d'"});
    if (IsWord(a, {"at", "au", "plus", "more"})) return next_is;
    if (IsWord(a, {"of", "de", "d'", "des", "du", "least", "moins", "than", "nearly", "about", "around", "some",
                   "environ", "pres", "quelque", "between", "entre", "and", "et", "to", "or", "ou", "a", "an", "un",
                   "une"}))
      return true;
    // A present participle starts another clause ("tuant dix civils et blessant vingt autres").
    // (Not a noun after its article: "un enseignant", "the wounded".)
    bool noun_after_article = a.Has("NOUN") && t > begin && (at_.analyses[t - 1]->Has("DET") || ValueOf(at_, t - 1));
    bool participle = !noun_after_article &&
                      (a.HasFeature("VERB", "ppre") || (IsVerbal(a) && text.size() > 4 && text.ends_with("ing")));
    if (participle || (IsVerbal(a) && !a.Has("NOUN") && !a.Has("ADJ"))) return false;
    if (a.Has("ADP")) return false;
    return a.Has("NOUN") || a.Has("ADJ") || a.Has("DET") || a.Has("PROPN") || a.Has("NUM") || a.Has("X");
  };
  uint32_t first = from, last = from;  // [first, last)
  if (dir < 0) {
    while (first > begin && from - first < 15 && part_of_phrase(first - 1)) --first;
    last = from;
  } else {
    while (last < end && last - from < 15 && part_of_phrase(last)) ++last;
    first = from;
  }
  // A count phrase starts at its count: "[the region, the governor said] two men were killed".
  auto starts_count = [&](uint32_t t) {
    const morph::Analysis& a = *at_.analyses[t];
    if (ValueOf(at_, t)) return true;
    if (IsWord(a, {"at", "au", "plus", "more", "between", "entre", "nearly", "about", "around", "some", "environ",
                   "pres", "quelque", "a", "an", "un", "une"}))
      return true;
    return IsWord(a, {"des", "plusieurs"}) && t + 1 < end && ValueOf(at_, t + 1);  // des dizaines
  };
  if (dir < 0)
    while (first < last && !starts_count(first)) ++first;
  // A phrase does not end on a comma, a coordinator or an article.
  while (last > first && (at_.TokenText(last - 1) == ","sv ||
                          IsWord(*at_.analyses[last - 1], {"and", "et", "or", "ou", "a", "an", "un", "une", "de"})))
    --last;
  while (first < last && (at_.TokenText(first) == ","sv || IsWord(*at_.analyses[first], {"and", "et"}))) ++first;
  return {first, last};
}

void Coder::Run::AttachCasualties(size_t s, const std::vector<CueMatch>& cues, size_t first_event) {
  if (first_event == events_.size()) return;  // nothing coded here to count for
  uint32_t begin = SentenceBegin(s);
  for (const CueMatch& cue : cues) {
    if (cue.kind != "killed"sv && cue.kind != "injured"sv && cue.kind != "abducted"sv) continue;
    const morph::Analysis& head = *at_.analyses[cue.first];
    // An active verb counts its object ("killed 13", "tuant une dizaine"); a passive, an adjective,
    // a noun or a verb of dying counts the phrase before it ("13 were killed", "20 morts").
    bool passive = AfterPassiveAuxiliary(s, cue.first);
    // (A present participle takes no article: "le tuant" is a pronoun and its verb.)
    bool noun_use = cue.first > begin && at_.analyses[cue.first - 1]->Has("DET") && !head.HasFeature("VERB", "ppre");
    bool toll = head.HasLemma("toll") || (head.HasLemma("death") && cue.last > cue.first);  // death toll
    bool dying = IsWord(head, {"die", "died", "dies", "dying", "mourir", "meurent", "morts", "mort", "mortes",
                               "perir", "perish", "dead", "deces", "deaths", "death", "fatalities"}) ||
                 head.HasLemma("perdre") || head.HasLemma("trouver") || head.HasLemma("lose") ||
                 head.HasLemma("die") || head.HasLemma("mourir");
    bool active = IsVerbal(head) && !passive && !noun_use && !dying;
    std::optional<int> count;
    std::pair<uint32_t, uint32_t> span{cue.first, cue.first};
    auto kind_of = [&](uint32_t t) {
      const Mention* m = MentionCovering(s, t);
      if (!m) return NounKind::kUnknown;
      if (m->kind == Mention::Kind::kThing || m->IsPlace()) return NounKind::kThing;
      return m->HasActor() ? NounKind::kPerson : NounKind::kUnknown;
    };
    auto try_right = [&]() {
      uint32_t from = cue.last + 1;
      // "exécuté sommairement une dizaine de bergers": the adverb is not the object.
      while (active && from < SentenceEnd(s) && at_.analyses[from]->Has("ADV") && !ValueOf(at_, from) &&
             !at_.analyses[from]->Has("NOUN") && !at_.analyses[from]->Has("DET"))
        ++from;
      if (toll)  // "the death toll rose to 45", "a toll of 45"
        while (from < SentenceEnd(s) && from <= cue.last + 4 && !ValueOf(at_, from)) ++from;
      span = CountPhrase(s, from, +1, cues);
      count = CountIn(at_, span.first, span.second, kind_of, active && cue.kind == "killed"sv);
    };
    auto try_left = [&]() {
      uint32_t from = cue.first;
      while (from > begin && (at_.analyses[from - 1]->Has("AUX") || at_.analyses[from - 1]->HasLemma("be") ||
                              (at_.analyses[from - 1]->Has("ADV") && !at_.analyses[from - 1]->Has("NUM") &&
                               !ValueOf(at_, from - 1))))
        --from;
      // "Eight civilians, including three children, were killed", "Thirty-one people, including
      // the bomber, died": the aside names some of them; the count is the phrase before it.
      if (from > begin + 2 && at_.TokenText(from - 1) == ","sv)
        for (uint32_t t = from - 2; t > begin + 1 && from - t <= 8 && at_.TokenText(t) != ","sv; --t)
          if (IsWord(*at_.analyses[t], {"including", "dont", "notamment", "among", "parmi", "y"}) &&
              at_.TokenText(t - 1) == ","sv) {
            auto all = CountPhrase(s, t - 1, -1, cues);
            if (auto whole = CountIn(at_, all.first, all.second, kind_of)) {
              span = all;
              count = whole;
              return;
            }
          }
      span = CountPhrase(s, from, -1, cues);
      // The subject of a passive killing is a person too: "a suspected thief was lynched".
      count = CountIn(at_, span.first, span.second, kind_of, passive && cue.kind == "killed"sv);
    };
    if (active || toll) try_right();
    // "le tuant sur le coup", "l'a abattu": a singular object pronoun before the verb is one person.
    if (!count && active && cue.kind == "killed"sv && cue.first > begin) {
      uint32_t t = cue.first - 1;
      if (t > begin && at_.analyses[t]->Has("AUX")) --t;
      if (IsWord(*at_.analyses[t], {"le", "la", "l'"}) && at_.analyses[t]->Has("PRON") &&
          (t == begin || !at_.analyses[t - 1]->Has("ADP")))
        count = 1, span = {t, cue.first};
    }
    if (!count && !toll) try_left();
    if (!count && !active && !toll && IsVerbal(head)) try_right();
    if (!count || *count <= 0) continue;
    // The event the count belongs to: the nearest act of force coded in this sentence (an
    // abduction for the abducted, when there is one; another event for the dead and wounded).
    Event* owner = nullptr;
    long best = LONG_MAX;
    for (size_t i = first_event; i < events_.size(); ++i) {
      Event& e = events_[i];
      if (!IsActOfForce(e.cameo) && !StartsWith(e.cameo, {"14"})) continue;
      long distance = std::labs(static_cast<long>(coded_at_[i].head) - static_cast<long>(cue.first));
      if (StartsWith(e.cameo, {"181"})) distance += cue.kind == "abducted"sv ? -1000 : 1000;
      if (distance < best) best = distance, owner = &e;
    }
    if (!owner) continue;
    std::optional<int>& field = cue.kind == "killed"sv ? owner->fatalities : cue.kind == "injured"sv ? owner->injured
                                                                                                  : owner->abducted;
    uint32_t first = std::min(span.first, cue.first), last = std::max(span.second, cue.last + 1);
    std::string words = Text(first, last);
    // The same count said twice in a sentence is one count.
    if (owner->casualties_text.find(words) != std::string::npos) continue;
    // Two counts of one kind in a sentence ("19 morts ... dont 18 gendarmes tués") are read as
    // ACLED reads differing reports: the lower total, the larger count.
    field = std::max(field.value_or(0), *count);
    owner->casualties_text += (owner->casualties_text.empty() ? "" : "; ") + words;
    if (trace_) Note(s, "casualties: " + cue.kind + " " + std::to_string(*count) + " '" + words + "' -> " + owner->id);
  }
}

}  // namespace sitrep::coder
