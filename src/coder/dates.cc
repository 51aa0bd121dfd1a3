#include "coder/run.h"

#include <algorithm>

namespace sitrep::coder {

// Strings compare with "..."sv literals, whose lengths are constants: a bare literal would be
// measured and compared out of line at every test.
using namespace std::string_view_literals;

void Coder::Run::DropDatelineDates() {
  if (timexes_.empty() || timexes_[0].empty()) return;
  uint32_t begin = SentenceBegin(0), end = std::min(SentenceEnd(0), begin + 16);
  // A feed's header left in the text (" date 2024-10-06 Title..."): its date is the publication's.
  if (IsWord(*at_.analyses[begin], {"date"}) && timexes_[0][0].first == begin + 1) {
    timexes_[0].erase(timexes_[0].begin());
    return;
  }
  if (!text::IsUpperInitial(at_.TokenText(begin))) return;
  bool comma = false;
  for (uint32_t t = begin + 1; t < end; ++t) {
    std::string_view text = at_.TokenText(t);
    comma |= text == ","sv;
    if (comma && (text == "-"sv || text == "\u2013"sv || text == "\u2014"sv)) {
      auto& first = timexes_[0];
      first.erase(std::remove_if(first.begin(), first.end(), [&](const time::Timex& x) { return x.last <= t; }),
                  first.end());
      return;
    }
  }
}

bool Coder::Run::InStoryWeek(const time::Timex& t) const {
  if (at_.doc->date.precision != PartialDate::Precision::kDay) return false;
  long published = time::FirstDay(at_.doc->date);
  PartialDate day;
  if (t.precision != "day"sv || t.direction > 0 || t.start != t.end || !PartialDate::ParseIso(t.start, &day))
    return false;
  long d = time::FirstDay(day);
  // "Updated May 10, 2022", a byline: a full date, with its year, that is the publication's own
  // restates it.
  bool with_year = std::any_of(at_.seg.tokens.begin() + t.first, at_.seg.tokens.begin() + t.last,
                               [](const text::Token& k) { return k.kind == text::TokenKind::kNumber && k.end - k.start == 4; });
  bool restates_publication = d == published && with_year;
  return d <= published && published - d <= 7 && !restates_publication;
}

const time::Timex* Coder::Run::StoryDay() {
  const time::Timex* first = nullptr;
  const time::Timex* latest = nullptr;
  story_days_before_.assign(timexes_.size(), nullptr);
  for (size_t s = 0; s < timexes_.size(); ++s) {
    story_days_before_[s] = latest;
    for (const auto& t : timexes_[s])
      if (InStoryWeek(t)) {
        latest = &t;
        if (!first) first = &t;
      }
  }
  return first;
}

namespace {

// Whether an expression can date an event: one that looks ahead (demain, les prochains jours) never
// dates what has happened, nor one that looks back what is planned.
bool CanDate(const time::Timex& t, bool planned) {
  if (t.start.empty()) return false;
  return planned ? t.direction >= 0 : t.direction <= 0;
}

}  // namespace

void Coder::Run::NoteParagraphDates() {
  for (int planned : {0, 1}) {
    std::vector<const time::Timex*>& before = paragraph_dates_before_[planned];
    before.assign(timexes_.size(), nullptr);
    for (size_t s = 1; s < timexes_.size(); ++s) {
      if (at_.seg.sentences[s - 1].paragraph != at_.seg.sentences[s].paragraph) continue;
      before[s] = before[s - 1];
      for (const auto& t : timexes_[s - 1])
        if (CanDate(t, planned)) before[s] = &t;
    }
  }
}

const time::Timex* Coder::Run::TimexAt(size_t s, uint32_t first) const {
  for (const auto& t : timexes_[s])
    if (t.first == first) return &t;
  return nullptr;
}

void Coder::Run::DateFor(size_t s, uint32_t head, const std::string& status, DateInterval* date) const {
  bool planned = status == "planned"sv;
  auto fits = [&](const time::Timex& t) { return CanDate(t, planned); };
  auto take = [&](const time::Timex& t) {
    date->start = t.start;
    date->end = t.end;
    date->precision = t.precision;
    date->text = Text(t.first, t.last);
  };
  auto take_document_date = [&]() {
    date->start = Iso(at_.doc->date, false);
    date->end = Iso(at_.doc->date, true);
    date->precision = PrecisionName(at_.doc->date.precision);
  };
  auto [clause_first, clause_last] = Clause(s, head);
  // "jusqu'à présent épargné", "so far spared": the time of writing dates a state, so it dates the
  // event only when the sentence names no other time.
  auto present = [](const time::Timex& t) { return t.value == "PRESENT_REF"sv; };
  const time::Timex* best = nullptr;
  auto distance = [&](const time::Timex& t) {
    return t.last <= head ? head - t.last : (t.first > head ? t.first - head : 0u);
  };
  for (const auto& t : timexes_[s]) {
    if (!fits(t) || present(t) || t.first < clause_first || t.last > clause_last) continue;
    // "La veille, le 14 octobre, ...": a date in apposition says which day the first one meant.
    bool apposition = best && t.first == best->last + 1 && at_.TokenText(best->last) == ","sv && t.precision == "day"sv;
    // Of two expressions in the clause, the nearer to the predicate: "tombée il y a huit
    // mois, la ville était encerclée depuis trois semaines".
    if (!best || apposition || distance(t) < distance(*best)) best = &t;
  }
  if (!best) {
    long distance = 0;
    for (const auto& t : timexes_[s]) {
      long d = std::labs(static_cast<long>(t.first) - static_cast<long>(head));
      bool better = !best || (present(*best) && !present(t)) || (present(*best) == present(t) && d < distance);
      if (fits(t) && better) best = &t, distance = d;
    }
  }
  if (!best) best = paragraph_dates_before_[planned][s];
  if (best) return take(*best);
  // An event the text does not date happened when the story did: the latest day of the story
  // named before it ("violence broke out Monday ... Police fired tear gas"), else the first day the
  // document names in the week before its date ("Also on Saturday", a Monday article's "on Sunday").
  if (planned) return take_document_date();
  if (story_days_before_[s]) return take(*story_days_before_[s]);
  if (story_day_) return take(*story_day_);
  take_document_date();
}

}  // namespace sitrep::coder
