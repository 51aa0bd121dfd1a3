#include "time/tagger.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "morph/morphology.h"
#include "text/fold.h"
#include "text/numbers.h"
#include "time/calendar.h"

namespace sitrep::time {

// Strings compare with, and braced lists hold, "..."sv literals, whose lengths are constants: a
// bare literal would be measured at every test, and compared out of line.
using namespace std::string_view_literals;

long DayNumber(int y, int m, int d) {
  // Howard Hinnant's days_from_civil.
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void FromDayNumber(long z, int* year, int* month, int* day) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  *day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  *month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  *year = static_cast<int>(yoe + era * 400 + (*month <= 2));
}

std::string IsoDay(long n) {
  int y, m, d;
  FromDayNumber(n, &y, &m, &d);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

namespace {

std::string Fmt(const char* f, int a, int b = 0, int c = 0) {
  char buf[32];
  std::snprintf(buf, sizeof buf, f, a, b, c);
  return buf;
}

int Weekday(long day) { return static_cast<int>(((day % 7) + 7 + 3) % 7); }  // 0 = Monday

std::string IsoWeek(long day) {
  long thursday = day - Weekday(day) + 3;
  int y, m, d;
  FromDayNumber(thursday, &y, &m, &d);
  long week = (thursday - DayNumber(y, 1, 1)) / 7 + 1;
  return Fmt("%04d-W%02d", y, static_cast<int>(week));
}

// A number word of a duration or a date: an article ("un", "a"), a cardinal, an approximate
// amount ("une dizaine de jours"), or up to four digits.
int NumberWord(std::string_view w) {
  if (w == "un"sv || w == "une"sv || w == "a"sv || w == "an"sv) return 1;
  if (int v = text::CardinalWord(w)) return v;
  if (int v = text::ApproximateAmount(w)) return v;
  if (!w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }) && w.size() <= 4)
    return std::stoi(std::string(w));
  return 0;
}

// Units of duration: the TIMEX3 letter, and how many days or months one unit spans.
struct Unit {
  const char* letter;  // D, W, M, Y, H, M (minutes, with time), S
  int days;            // for D and W
  int months;          // for M and Y
  bool time;           // H, M, S take PT
  int multiplier = 1;  // a decade is 10 Y, a semester 6 M
};

std::optional<Unit> UnitFromWord(std::string_view w) {
  static const std::unordered_map<std::string, Unit, morph::StringHash, std::equal_to<>> kUnits = {
      {"jour", {"D", 1, 0, false}},       {"jours", {"D", 1, 0, false}},    {"journee", {"D", 1, 0, false}},
      {"journees", {"D", 1, 0, false}},   {"day", {"D", 1, 0, false}},      {"days", {"D", 1, 0, false}},
      {"semaine", {"W", 7, 0, false}},    {"semaines", {"W", 7, 0, false}}, {"week", {"W", 7, 0, false}},
      {"weeks", {"W", 7, 0, false}},      {"mois", {"M", 0, 1, false}},     {"month", {"M", 0, 1, false}},
      {"months", {"M", 0, 1, false}},     {"an", {"Y", 0, 12, false}},      {"ans", {"Y", 0, 12, false}},
      {"annee", {"Y", 0, 12, false}},     {"annees", {"Y", 0, 12, false}},  {"year", {"Y", 0, 12, false}},
      {"years", {"Y", 0, 12, false}},     {"heure", {"H", 0, 0, true}},     {"heures", {"H", 0, 0, true}},
      {"hour", {"H", 0, 0, true}},        {"hours", {"H", 0, 0, true}},     {"minute", {"M", 0, 0, true}},
      {"minutes", {"M", 0, 0, true}},     {"seconde", {"S", 0, 0, true}},   {"secondes", {"S", 0, 0, true}},
      {"seconds", {"S", 0, 0, true}},     {"decennie", {"Y", 0, 120, false, 10}}, {"decennies", {"Y", 0, 120, false, 10}},
      {"decade", {"Y", 0, 120, false, 10}},  {"decades", {"Y", 0, 120, false, 10}}, {"siecle", {"Y", 0, 1200, false, 100}},
      {"siecles", {"Y", 0, 1200, false, 100}}, {"century", {"Y", 0, 1200, false, 100}},
      {"quinquennat", {"Y", 0, 60, false, 5}}, {"semestre", {"M", 0, 6, false, 6}}, {"trimestre", {"M", 0, 3, false, 3}}};
  auto it = kUnits.find(w);
  if (it == kUnits.end()) return std::nullopt;
  return it->second;
}

// A date plus or minus a whole number of months, the day clamped to the month's length.
long AddMonths(long day, int months) {
  int y, m, d;
  FromDayNumber(day, &y, &m, &d);
  int total = y * 12 + (m - 1) + months;
  y = total / 12;
  m = total % 12 + 1;
  return DayNumber(y, m, std::min(d, DaysInMonth(y, m)));
}

class Scanner {
 public:
  Scanner(const morph::AnalyzedText& at, size_t sentence, const PartialDate& anchor, const std::string& lang,
          long* reference, std::vector<int8_t>* core, std::vector<int8_t>* start,
          std::vector<std::string_view>* words, std::vector<size_t>* next_core, std::vector<uint8_t>* tense)
      : at_(at), lang_(lang), words_(*words), next_core_(*next_core), reference_(reference), core_(core),
        start_(start), tense_(tense) {
    words_.clear();
    const auto& s = at.seg.sentences[sentence];
    begin_ = s.first_token;
    end_ = s.first_token + s.token_count;
    for (uint32_t t = begin_; t < end_; ++t) {
      std::string_view f = at.analyses[t]->folded;
      if (f.size() > 1 && f.back() == '.') f.remove_suffix(1);  // "Nov." -> "nov"
      words_.push_back(f);
    }
    if (anchor.precision == PartialDate::Precision::kDay) {
      anchor_ = DayNumber(anchor.year, anchor.month, anchor.day);
      has_anchor_ = true;
    } else if (anchor.known()) {
      anchor_ = DayNumber(anchor.year, std::max(anchor.month, 1), 1);
      has_anchor_ = true;
    }
    anchor_date_ = anchor;
    if (reference_ && *reference_ == 0) *reference_ = anchor_;
  }

  std::vector<Timex> Run() {
    std::vector<Timex> out;
    // Every expression holds a core word (a digit, a month, a weekday, a unit, a day word) within
    // its first few words; positions far from one are skipped without trying the rules.
    std::vector<size_t>& next_core = next_core_;
    next_core.assign(words_.size() + 1, words_.size() + kReach);
    for (size_t i = words_.size(); i > 0; --i) next_core[i - 1] = Cached(core_, i - 1, &Scanner::IsCore) ? i - 1 : next_core[i];
    for (size_t i = 0; i < words_.size();) {
      if (!Cached(start_, i, &Scanner::IsStart) || next_core[i] >= i + Reach(i)) {
        ++i;
        continue;
      }
      Timex t;
      size_t n = Match(i, &t);
      if (n) {
        t.first = static_cast<uint32_t>(begin_ + i + lead_);
        t.last = static_cast<uint32_t>(begin_ + i + n);
        out.push_back(t);
        i += n;
      } else {
        ++i;
      }
    }
    return out;
  }

 private:
  static constexpr size_t kReach = 7;

  // How far from its first word an expression may put its core word: far only for the few
  // openers of long expressions (au cours des trois ou quatre prochains jours, il y a seulement
  // trois mois, over the past two or three days).
  size_t Reach(size_t i) const {
    return Is(i, {"au", "en", "il", "over", "during", "within", "in", "for", "dans", "pendant", "durant", "depuis",
                  "des", "les", "ces", "the", "these",
                  "since", "pour", "plus", "moins", "environ", "pres", "about", "nearly", "almost", "more", "less",
                  "seulement", "only", "some", "around", "just"})
               ? kReach
               : 4;
  }

  // What a word form says about tense, computed once per form.
  static constexpr uint8_t kKnown = 1, kFuture = 2, kPast = 4, kPresentAuxiliary = 8, kParticiple = 16;
  uint8_t TenseBits(uint32_t t) const {
    const morph::Analysis& a = *at_.analyses[t];
    if (tense_->size() <= a.id) tense_->resize(a.id + 1, 0);
    uint8_t& bits = (*tense_)[a.id];
    if (bits & kKnown) return bits;
    bits = kKnown;
    std::string_view f = a.folded;
    if (a.HasFeature("", "ifut") || IsWordOf(f, {"will", "prochain", "prochaine", "prochains", "prochaines", "next",
                                                 "demain", "tomorrow"}))
      bits |= kFuture;
    // Past tenses: passé simple, imparfait, English past; a compound past is avoir or have in the
    // present (a, ont, has) before a participle. Not être: "est prévu le 3 août" is a passive
    // present that looks ahead as often as "est arrivé" looks back.
    if (a.HasFeature("", "ipsi") || a.HasFeature("", "iimp") || a.HasFeature("VERB", "past") ||
        IsWordOf(f, {"was", "were", "had", "did"}))
      bits |= kPast;
    if ((a.HasLemma("avoir", "AUX") || a.HasLemma("have", "AUX")) && a.HasFeature("", "ipre"))
      bits |= kPresentAuxiliary;
    if (a.HasFeature("VERB", "ppas")) bits |= kParticiple;
    return bits;
  }
  static bool IsWordOf(std::string_view w, std::initializer_list<std::string_view> words) {
    for (std::string_view o : words)
      if (o == w) return true;
    return false;
  }

  // Per word form, computed once: analyses are shared by every token of the same form.
  bool Cached(std::vector<int8_t>* cache, size_t i, bool (Scanner::*test)(size_t) const) const {
    uint32_t id = at_.analyses[begin_ + i]->id;
    if (cache->size() <= id) cache->resize(id + 1, -1);
    int8_t& slot = (*cache)[id];
    if (slot < 0) slot = (this->*test)(i) ? 1 : 0;
    return slot == 1;
  }

  // A word an expression can start with: a core word, a number, or one of the articles,
  // prepositions and quantifiers the rules begin with.
  bool IsStart(size_t i) const {
    std::string_view w = W(i);
    static const std::unordered_set<std::string, morph::StringHash, std::equal_to<>> kStarts = {
        "le", "la", "l'", "les", "the", "on", "ce", "cette", "cet", "ces", "this", "these", "last", "next", "past",
        "coming", "earlier", "later", "il", "au", "en", "over", "in", "during", "within", "for", "dans", "pendant",
        "durant", "pour", "des", "depuis", "since", "chaque", "every", "each", "tous", "toutes", "par", "per",
        "debut", "early", "fin", "late", "mi", "mid", "milieu", "courant", "plus", "moins", "environ", "pres",
        "about", "nearly", "almost", "only", "some", "around", "more", "less", "just", "seulement", "a", "de", "d'",
        "bien", "juste", "presque", "quelques", "plusieurs", "several", "few", "nombreux", "nombreuses", "many",
        "premier", "first", "ago"};
    return IsCore(i) || NumberWord(w) || kStarts.find(w) != kStarts.end();
  }

  bool IsCore(size_t i) const {
    std::string_view w = W(i);
    if (w.empty()) return false;
    if (std::isdigit(static_cast<unsigned char>(w[0]))) return true;
    static const std::unordered_set<std::string, morph::StringHash, std::equal_to<>> kCore = {
        "aujourd'hui", "hier", "avant-hier", "demain", "apres-demain", "lendemain", "veille", "today",
        "yesterday", "tomorrow", "tonight", "overnight", "matin", "soir", "soiree", "nuit", "apres-midi",
        "matinee", "morning", "evening", "afternoon", "night", "midi", "minuit", "noon", "midnight",
        "semaine", "week", "mois", "mois-ci", "month", "annee", "year", "week-end", "weekend",
        "actuellement", "maintenant", "desormais", "currently", "now", "actuel", "actuelle", "actuels",
        "actuelles", "presently", "nowadays", "present", "instant", "moment", "auparavant", "autrefois",
        "jadis", "formerly", "previously", "avenir", "futur", "future", "ete", "summer", "hiver", "winter",
        "printemps", "spring", "automne", "autumn", "fall", "quinquennat", "semestre", "trimestre", "meme",
        "annees"};
    // Number words need a unit after them, which is core; "an" is an article in English.
    if (w == "an"sv) return lang_ == "fr"sv;
    return kCore.find(w) != kCore.end() || MonthFromName(w) || WeekdayFromName(w) >= 0 || UnitFromWord(w) ||
           (w.size() > 3 && (w.rfind("mi-", 0) == 0 || w.rfind("mid-", 0) == 0));
  }

  std::string_view W(size_t i) const { return i < words_.size() ? words_[i] : std::string_view(); }
  bool Is(size_t i, std::initializer_list<std::string_view> options) const {
    std::string_view w = W(i);
    if (w.empty()) return false;
    for (std::string_view o : options)
      if (o.size() == w.size() && o[0] == w[0] && o == w) return true;
    return false;
  }
  int Month(size_t i) const { return i < words_.size() ? MonthFromName(W(i)) : 0; }
  bool Digits(size_t i, size_t min, size_t max) const {
    std::string_view w = W(i);
    return w.size() >= min && w.size() <= max && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
  }
  int Year(size_t i) const {
    if (!Digits(i, 4, 4)) return 0;
    int y = std::stoi(std::string(W(i)));
    return y >= 1800 && y <= 2100 ? y : 0;
  }
  // A day of the month: "3", "03", "1er", "premier", "3rd".
  int DayOfMonth(size_t i, size_t* len) const {
    *len = 1;
    std::string_view w = W(i);
    if (w == "premier"sv || w == "1er"sv || w == "first"sv || w == "1st"sv) return 1;
    for (std::string_view suffix : {"st"sv, "nd"sv, "rd"sv, "th"sv, "er"sv, "e"sv})
      if (w.size() > suffix.size() && w.ends_with(suffix) && std::isdigit(static_cast<unsigned char>(w[0])))
        w.remove_suffix(suffix.size());
    if (!w.empty() && w.size() <= 2 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      int d = w.size() == 1 ? w[0] - '0' : (w[0] - '0') * 10 + (w[1] - '0');
      if (d >= 1 && d <= 31) {
        if (Is(i + 1, {"st", "nd", "rd", "th", "er"})) *len = 2;
        return d;
      }
    }
    return 0;
  }
  // "deux", "2", "deux ou trois" (the larger), "quelques", "plusieurs".
  int Quantity(size_t i, size_t* len, bool* vague) const {
    *len = 1;
    *vague = false;
    if (Is(i, {"quelques", "plusieurs", "several", "few", "nombreux", "nombreuses", "many"})) {
      *vague = true;
      return 3;
    }
    int n = NumberWord(W(i));
    if (!n) return 0;
    if (Is(i + 1, {"ou", "or", "a", "to", "-"}) && NumberWord(W(i + 2))) {
      *len = 3;
      return std::max(n, NumberWord(W(i + 2)));
    }
    return n;
  }
  size_t SkipQualifiers(size_t i) const {
    while (Is(i, {"seulement", "environ", "pres", "plus", "moins", "about", "nearly", "almost", "only", "some",
                  "around", "more", "less", "than", "de", "d'", "just", "over", "under", "a", "peine", "bien",
                  "juste", "presque"}))
      ++i;
    return i;
  }

  void Day(Timex* t, long day, const char* part = nullptr) const {
    if (reference_) *reference_ = day;
    t->type = part ? "TIME" : "DATE";
    t->value = IsoDay(day) + (part ? part : "");
    t->start = t->end = IsoDay(day);
    t->precision = "day";
  }
  void Span(Timex* t, long first, long last, const std::string& precision) const {
    t->start = IsoDay(first);
    t->end = IsoDay(last);
    t->precision = precision;
  }
  void MonthOf(Timex* t, int y, int m, int part = 0) const {
    t->type = "DATE";
    t->value = Fmt("%04d-%02d", y, m);
    long first = DayNumber(y, m, 1), last = DayNumber(y, m, DaysInMonth(y, m));
    if (part < 0) last = first + 9;                      // début, early
    if (part == 2) first += 10, last = first + 9;        // mi-, mid
    if (part > 0 && part != 2) first = DayNumber(y, m, 21);  // fin, late
    Span(t, first, last, "month");
  }
  void YearOf(Timex* t, int y) const {
    t->type = "DATE";
    t->value = Fmt("%04d", y);
    Span(t, DayNumber(y, 1, 1), DayNumber(y, 12, 31), "year");
  }
  // The year of a month and day written without one: the anchor's, or the one before or after
  // when the text looks back ("dernier", past tense) or forward ("prochain").
  int InferYear(int month, int day, int direction) const {
    int y, m, d;
    FromDayNumber(anchor_, &y, &m, &d);
    auto at_year = [&](int year) { return DayNumber(year, month, std::min(day ? day : 15, DaysInMonth(year, month))); };
    if (!day && month == m && direction == 0) return y;  // the month the document was written in return at_year(y) > anchor_ + 1 ? y - 1 : y;
    if (direction > 0) return at_year(y) < anchor_ - 1 ? y + 1 : y;
    // Without "dernier" or "prochain": what happened cannot be later than the document, what
    // will happen not earlier; otherwise the year that puts the date nearest the document's.
    if (TenseDirection() < 0 && at_year(y) > anchor_ + 1) return y - 1;
    if (TenseDirection() > 0 && at_year(y) < anchor_ - 1) return y + 1;
    int best = y;
    for (int candidate : {y - 1, y + 1})
      if (std::labs(at_year(candidate) - anchor_) < std::labs(at_year(best) - anchor_)) best = candidate;
    return best;
  }
  // Which way a weekday or a month without a year points: the sentence's tense decides. Worked
  // out on first use: most sentences have no expression that needs it.
  int TenseDirection() const {
    if (!tense_known_) {
      tense_known_ = true;
      for (uint32_t t = begin_; t < end_; ++t) {
        uint8_t bits = TenseBits(t);
        future_ |= (bits & kFuture) != 0;
        past_ |= (bits & kPast) != 0;
        if (bits & kPresentAuxiliary)
          for (uint32_t k = t + 1; k < end_ && k < t + 4; ++k) past_ |= (TenseBits(k) & kParticiple) != 0;
      }
    }
    return future_ ? 1 : past_ ? -1 : 0;
  }
  const char* DayPart(size_t i, size_t* len) const {
    *len = 1;
    if (Is(i, {"matin", "morning", "matinee"})) return "TMO";
    if (Is(i, {"soir", "soiree", "evening"})) return "TEV";
    if (Is(i, {"apres-midi", "afternoon"})) return "TAF";
    if (Is(i, {"nuit", "night"})) return "TNI";
    if (Is(i, {"en", "in"}) && Is(i + 1, {"debut", "fin", "early", "late", "milieu"}) && Is(i + 2, {"de", "d'", "of"})) {
      size_t inner;
      if (const char* part = DayPart(i + 3, &inner)) {
        *len = 3 + inner;
        return part;
      }
    }
    return nullptr;
  }

  size_t Match(size_t i, Timex* t) const {
    for (auto rule : {&Scanner::Clock, &Scanner::CalendarDate, &Scanner::RelativeDay, &Scanner::WeekdayRule,
                      &Scanner::MonthRule, &Scanner::Ago, &Scanner::Period, &Scanner::ThisNextLast,
                      &Scanner::DurationRule, &Scanner::YearRule, &Scanner::Reference, &Scanner::SetRule,
                      &Scanner::Season}) {
      lead_ = 0;
      size_t n = (this->*rule)(i, t);
      if (n) return n;
      Clear(t);  // what a rule wrote before it failed must not reach the next one
    }
    return 0;
  }
  // As a new Timex, keeping the strings' buffers: cheaper than assigning one, for every rule tried.
  static void Clear(Timex* t) {
    t->first = t->last = 0;
    for (std::string* field : {&t->type, &t->value, &t->start, &t->end, &t->precision}) field->clear();
    t->direction = 0;
  }

  // 14 h 15, 20 h, 9h30, midi
  size_t Clock(size_t i, Timex* t) const {
    if (!has_anchor_) return 0;
    int h = -1, m = 0;
    size_t n = 0;
    if (Digits(i, 1, 2) && Is(i + 1, {"h"})) {
      h = std::stoi(std::string(W(i)));
      n = 2;
      if (Digits(i + 2, 2, 2)) m = std::stoi(std::string(W(i + 2))), n = 3;
    } else if (W(i).size() >= 2 && W(i).find('h') != std::string::npos && std::isdigit(static_cast<unsigned char>(W(i)[0]))) {
      size_t hpos = W(i).find('h');
      std::string hh(W(i).substr(0, hpos)), mm(W(i).substr(hpos + 1));
      if (hh.size() > 2 || !std::all_of(hh.begin(), hh.end(), ::isdigit) || mm.size() > 2 ||
          !std::all_of(mm.begin(), mm.end(), ::isdigit))
        return 0;
      h = std::stoi(hh);
      m = mm.empty() ? 0 : std::stoi(mm);
      n = 1;
    } else if (Is(i, {"midi", "noon"})) {
      h = 12, n = 1;
    } else if (Is(i, {"minuit", "midnight"})) {
      h = 24, n = 1;
    }
    if (h < 0 || h > 24 || m > 59) return 0;
    long day = reference_ && *reference_ ? *reference_ : anchor_;
    t->type = "TIME";
    t->value = IsoDay(day) + Fmt("T%02d:%02d", h, m);
    t->start = t->end = IsoDay(day);
    t->precision = "day";
    return n;
  }

  // [le] [jeudi] 3 novembre [2017] [dernier]; November 3[rd][, 2017]; 2017-11-03; 3.11.17
  size_t CalendarDate(size_t i, Timex* t) const {
    size_t k = i;
    if (Is(k, {"le", "the", "on"}) && (WeekdayFromName(W(k + 1)) >= 0 || DayOfMonthAt(k + 1))) {
      if (Is(k, {"on"})) lead_ = 1;  // a preposition is not part of the expression
      ++k;
    }
    int weekday = -1;
    if (WeekdayFromName(W(k)) >= 0 && (DayOfMonthAt(k + 1) || Month(k + 1))) weekday = WeekdayFromName(W(k)), ++k;
    size_t len = 0;
    int day = DayOfMonth(k, &len), month = 0, year = 0;
    size_t j = k;
    if (day && Month(k + len)) {
      month = Month(k + len);
      j = k + len + 1;
    } else if (Month(k) && (day = DayOfMonth(k + 1 + (W(k + 1) == "."sv), &len))) {
      month = Month(k);
      j = k + 1 + (W(k + 1) == "."sv) + len;
    } else if (Year(k) && W(k + 1) == "-"sv && Digits(k + 2, 2, 2) && W(k + 3) == "-"sv && Digits(k + 4, 2, 2)) {
      year = Year(k), month = std::stoi(std::string(W(k + 2))), day = std::stoi(std::string(W(k + 4)));
      if (month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, month)) return 0;
      Day(t, DayNumber(year, month, day));
      return k + 5 - i;
    } else if (at_.seg.tokens[begin_ + k].kind == text::TokenKind::kNumber && std::count(W(k).begin(), W(k).end(), '.') == 2) {
      auto d = FindDate(W(k), anchor_date_);
      if (!d) return 0;
      Day(t, DayNumber(d->year, d->month, d->day));
      return k + 1 - i;
    } else {
      return 0;
    }
    if (W(j) == ","sv) {
      if (Year(j + 1)) ++j;
    }
    if (Year(j)) year = Year(j), ++j;
    int direction = 0;
    if (Is(j, {"dernier", "passe", "last"})) direction = -1, ++j;
    else if (Is(j, {"prochain", "next"})) direction = 1, ++j;
    if (!year) {
      if (!has_anchor_) return 0;
      year = InferYear(month, day, direction);
      // "samedi 5 juin" names its year: the one where 5 June is a Saturday.
      if (weekday >= 0 && day <= DaysInMonth(year, month) && Weekday(DayNumber(year, month, day)) != weekday)
        for (int candidate : {year + 1, year - 1})
          if (day <= DaysInMonth(candidate, month) && Weekday(DayNumber(candidate, month, day)) == weekday) year = candidate;
    }
    if (day > DaysInMonth(year, month)) return 0;
    Day(t, DayNumber(year, month, day));
    size_t plen;
    if (const char* part = DayPart(j, &plen)) {
      Day(t, DayNumber(year, month, day), part);
      j += plen;
    }
    return j - i;
  }
  bool DayOfMonthAt(size_t i) const {
    size_t len;
    return DayOfMonth(i, &len) && Month(i + len);
  }

  // aujourd'hui, hier [soir], avant-hier, demain, ce matin, cette nuit, la nuit, overnight, last night
  size_t RelativeDay(size_t i, Timex* t) const {
    if (!has_anchor_) return 0;
    int offset = 0;
    size_t n = 1;
    const char* part = nullptr;
    if (Is(i, {"aujourd'hui", "today"})) offset = 0;
    else if (Is(i, {"hier", "yesterday"})) offset = -1, t->direction = -1;
    else if (Is(i, {"avant-hier"})) offset = -2, t->direction = -1;
    else if (Is(i, {"demain", "tomorrow"})) offset = 1, t->direction = 1;
    else if (Is(i, {"apres-demain"})) offset = 2, t->direction = 1;
    else if (Is(i, {"le", "la", "the"}) && Is(i + 1, {"lendemain", "veille"})) offset = W(i + 1) == "veille"sv ? -1 : 1, n = 2;
    else if (Is(i, {"lendemain", "veille"})) offset = W(i) == "veille"sv ? -1 : 1;
    else if (Is(i, {"le"}) && Is(i + 1, {"meme"}) && Is(i + 2, {"jour"})) offset = 0, n = 3;
    else if (Is(i, {"ce", "cette", "cet", "this"}) && Is(i + 1, {"matin", "soir", "nuit", "apres-midi", "morning", "evening", "afternoon"}))
      n = 1, part = "";
    else if (Is(i, {"tonight"})) part = "TEV";
    else if (Is(i, {"overnight"})) part = "TNI", t->direction = -1;
    else if (Is(i, {"last"}) && Is(i + 1, {"night"})) offset = -1, part = "TNI", n = 2;
    else if (Is(i, {"la", "le"}) && Is(i + 1, {"nuit", "soiree", "matinee", "matin", "soir"})) part = "", n = 1, t->direction = -1;
    else return 0;
    if (part && *part == '\0') {  // "ce matin", "la nuit": the part names the expression
      size_t plen;
      part = DayPart(i + 1, &plen);
      n = 1 + plen;
      if (Is(i + n, {"derniere", "passee"})) offset = -1, ++n;
    } else if (!part) {
      size_t plen;
      if ((part = DayPart(i + n, &plen))) n += plen;
    }
    // "Le lendemain", "la veille", "le même jour" count from the day the text is talking about.
    bool follows_text = Is(i, {"lendemain", "veille", "la", "le"}) || Is(i + 1, {"lendemain", "veille", "meme"});
    long base = follows_text && reference_ && *reference_ ? *reference_ : anchor_;
    long day = base + offset;
    // "la nuit de lundi à mardi" is the night that starts on Monday.
    bool named_night = part && std::string(part) == "TNI"sv && Is(i + n, {"de", "du"}) && WeekdayFromName(W(i + n + 1)) >= 0;
    if (named_night) {
      int wd = WeekdayFromName(W(i + n + 1));
      int back = (Weekday(anchor_) - wd + 7) % 7;
      day = anchor_ - (back ? back : 7);
      n += 2;
      if (Is(i + n, {"a", "au"}) && WeekdayFromName(W(i + n + 1)) >= 0) n += 2;
    }
    Day(t, day, part);
    // Overnight and "la nuit" run from the evening before; a named night into the next morning.
    if (named_night) Span(t, day, day + 1, "day");
    else if (part && std::string(part) == "TNI"sv && offset == 0) Span(t, anchor_ - 1, anchor_, "day");
    if (offset == 0 && Is(i, {"aujourd'hui", "today"}) && WeekdayFromName(W(i + 1)) >= 0) ++n;
    return n;
  }

  // [le|ce|on|last|next] lundi [dernier|prochain] [soir]
  size_t WeekdayRule(size_t i, Timex* t) const {
    if (!has_anchor_) return 0;
    size_t k = i;
    // News tells what happened: a weekday looks back unless the sentence speaks of the future.
    int direction = TenseDirection() > 0 ? 1 : -1;
    bool explicit_direction = false;
    if (Is(k, {"last"})) direction = -1, explicit_direction = true, ++k;
    else if (Is(k, {"next"})) direction = 1, explicit_direction = true, ++k;
    else if (Is(k, {"le", "ce", "on", "this"}) && WeekdayFromName(W(k + 1)) >= 0) ++k;
    int wd = WeekdayFromName(W(k));
    if (wd < 0) return 0;
    // "le mercredi" alone is a habit in TimeML, but news uses it for a day: kept as a day.
    size_t j = k + 1;
    if (Is(j, {"dernier", "passe"})) direction = -1, explicit_direction = true, ++j;
    else if (Is(j, {"prochain"})) direction = 1, explicit_direction = true, ++j;
    int a = Weekday(anchor_);
    long day;
    if (direction < 0) {
      int back = (a - wd + 7) % 7;
      if (back == 0 && explicit_direction) back = 7;
      day = anchor_ - back;
    } else {
      int ahead = (wd - a + 7) % 7;
      if (ahead == 0 && explicit_direction) ahead = 7;
      day = anchor_ + ahead;
    }
    size_t plen;
    const char* part = DayPart(j, &plen);
    Day(t, day, part);
    t->direction = direction;
    return j - i + (part ? plen : 0);
  }

  // [en|in|début|fin|mi-|courant|early|late|mid] novembre [2017] [dernier|prochain]
  size_t MonthRule(size_t i, Timex* t) const {
    size_t k = i;
    int part = 0;
    bool cue = false;
    if (Is(k, {"debut", "early"})) part = -1, cue = true, ++k;
    else if (Is(k, {"fin", "late"})) part = 1, cue = true, ++k;
    else if (Is(k, {"mi", "mid", "milieu", "courant", "mi-"})) part = 2, cue = true, ++k;
    if (cue && Is(k, {"de", "d'", "du"})) ++k;
    int month = Month(k);
    std::string mw(W(k));
    if (!month) {
      for (const char* prefix : {"mi-", "mid-"})
        if (mw.rfind(prefix, 0) == 0 && (month = MonthFromName(mw.substr(std::string(prefix).size())))) part = 2, cue = true;
    }
    if (!month) return 0;
    // A bare month name is often a word ("may", "mars"): it needs a cue or a year.
    bool before = i > 0 && (Is(i - 1, {"en", "in", "de", "d'", "depuis", "since", "until", "jusqu'en", "mois", "fin",
                                       "debut", "of", "by", "during", "pendant", "durant"}));
    int year = Year(k + 1);
    bool capital = text::IsUpperInitial(at_.TokenText(begin_ + k));
    // French month names are not other words; English ones are when lowercase, and "May" is a modal.
    bool plain_month = lang_ == "fr"sv ? mw.size() > 3 && mw != "sept"sv : capital && mw != "may"sv && mw.size() > 3;
    if (!cue && !year && !before && !plain_month) return 0;
    if (!year && Digits(k + 1, 2, 2) && !DayOfMonthAt(k + 1)) {  // octobre 98
      int yy = std::stoi(std::string(W(k + 1)));
      year = yy < 50 ? 2000 + yy : 1900 + yy;
    }
    size_t j = k + 1 + (year ? 1 : 0);
    int direction = 0;
    if (Is(j, {"dernier", "derniers", "passe"})) direction = -1, ++j;
    else if (Is(j, {"prochain"})) direction = 1, ++j;
    if (!year) {
      if (!has_anchor_) return 0;
      year = InferYear(month, 0, direction);
    }
    MonthOf(t, year, month, part);
    return j - i;
  }

  // il y a deux mois; two months ago
  size_t Ago(size_t i, Timex* t) const {
    if (!has_anchor_) return 0;
    size_t k, qlen;
    bool vague;
    int n;
    std::optional<Unit> unit;
    if (Is(i, {"il"}) && Is(i + 1, {"y"}) && Is(i + 2, {"a"})) {
      k = SkipQualifiers(i + 3);
      n = Quantity(k, &qlen, &vague);
      if (!n) {
        if (!(unit = UnitFromWord(W(k)))) return 0;  // "il y a un an" handled by Quantity; "il y a des années" is vague
        n = 1, qlen = 0;
      }
      if (!unit && !(unit = UnitFromWord(W(k + qlen)))) return 0;
      k += qlen + 1;
    } else {
      k = SkipQualifiers(i);
      n = Quantity(k, &qlen, &vague);
      if (!n || !(unit = UnitFromWord(W(k + qlen))) || !Is(k + qlen + 1, {"ago", "earlier"})) return 0;
      k += qlen + 2;
    }
    if (unit->time) return 0;
    long day = unit->days ? anchor_ - static_cast<long>(n) * unit->days : AddMonths(anchor_, -n * unit->months);
    t->type = "DATE";
    t->direction = -1;
    std::string letter = unit->letter;
    if (letter == "D"sv) Day(t, day);
    else if (letter == "W"sv) Day(t, day), Span(t, day - 3, day + 3, "week");
    else {
      int y, m, d;
      FromDayNumber(day, &y, &m, &d);
      if (letter == "M"sv) MonthOf(t, y, m);
      else YearOf(t, y);
    }
    if (vague) t->value = "PAST_REF", t->type = "TIME";
    return k - i;
  }

  // au cours des quatre derniers jours; ces dernières 48 heures; over the past three days;
  // dans les trois ou quatre prochains jours; in the next two days
  size_t Period(size_t i, Timex* t) const {
    size_t k = i;
    bool english = false;
    if (Is(k, {"au", "en"}) && Is(k + 1, {"cours"})) k += 2;
    if (Is(k, {"over", "in", "during", "within", "for"}) && Is(k + 1, {"the"})) ++k;
    if (Is(k, {"dans", "pendant", "durant", "pour"}) && Is(k + 1, {"les"})) ++k;
    size_t start = k;  // the expression starts at its article: [the past three days], [les trois derniers jours]
    if (Is(k, {"these", "the"})) ++k, english = true;
    if (!english) {
      if (!Is(k, {"des", "les", "ces"})) return 0;
      ++k;
    }
    int direction = 0;
    auto direction_word = [&](size_t p) {
      if (Is(p, {"derniers", "dernieres", "past", "last", "previous", "precedents", "precedentes"})) return -1;
      if (Is(p, {"prochains", "prochaines", "next", "coming", "suivants", "suivantes"})) return 1;
      return 0;
    };
    direction = direction_word(k);
    if (direction) ++k;
    size_t qlen = 0;
    bool vague = false;
    int n = Quantity(k, &qlen, &vague);
    if (!n) n = 1, qlen = 0, vague = true;
    if (!direction && (direction = direction_word(k + qlen))) ++qlen;  // trois derniers jours
    auto unit = UnitFromWord(W(k + qlen));
    if (!unit) return 0;
    size_t j = k + qlen + 1;
    if (!direction) direction = direction_word(j), j += direction ? 1 : 0;
    if (!direction) return 0;
    t->type = "DURATION";
    t->direction = direction;
    t->value = std::string(unit->time ? "PT" : "P") + (vague ? "X" : std::to_string(n * unit->multiplier)) + unit->letter;
    if (has_anchor_ && !unit->time) {
      long span = unit->days ? static_cast<long>(n) * unit->days : anchor_ - AddMonths(anchor_, -n * unit->months);
      if (direction < 0) Span(t, anchor_ - span, anchor_, unit->days ? "day" : "month");
      else Span(t, anchor_ + 1, anchor_ + span, unit->days ? "day" : "month");
    } else if (has_anchor_) {
      Span(t, anchor_ - 1, anchor_, "day");
    }
    lead_ = start - i;
    return j - i;
  }

  // cette semaine, ce mois-ci, cette année, la semaine dernière, l'an prochain, last week, this year
  size_t ThisNextLast(size_t i, Timex* t) const {
    if (!has_anchor_) return 0;
    size_t k = i;
    int shift = 0;
    bool found = false;
    if (Is(k, {"cette", "ce", "cet", "this"})) found = true, ++k;
    else if (Is(k, {"la", "le", "l'"})) ++k;
    else if (Is(k, {"last", "past"})) shift = -1, found = true, ++k;
    else if (Is(k, {"next", "coming"})) shift = 1, found = true, ++k;
    else if (Is(k, {"earlier", "later"}) && Is(k + 1, {"this"})) shift = 0, found = true, k += 2;
    std::string unit(W(k));
    if (unit == "mois-ci"sv) unit = "mois";
    bool week = unit == "semaine"sv || unit == "week"sv, month = unit == "mois"sv || unit == "month"sv,
         year = unit == "annee"sv || unit == "an"sv || unit == "year"sv, weekend = unit == "week-end"sv || unit == "weekend"sv;
    if (!week && !month && !year && !weekend) return 0;
    size_t j = k + 1;
    if (Is(j, {"-ci"})) ++j;
    if (Is(j, {"derniere", "dernier", "passee", "passe"})) shift = -1, found = true, ++j;
    else if (Is(j, {"prochaine", "prochain", "suivante", "suivant"})) shift = 1, found = true, ++j;
    if (!found) return 0;
    t->type = "DATE";
    t->direction = shift;
    if (week || weekend) {
      long day = anchor_ + 7L * shift;
      long monday = day - Weekday(day);
      t->value = IsoWeek(day) + (weekend ? "-WE" : "");
      Span(t, weekend ? monday + 5 : monday, monday + 6, "week");
    } else {
      int y, m, d;
      FromDayNumber(anchor_, &y, &m, &d);
      if (month) {
        long day = AddMonths(anchor_, shift);
        FromDayNumber(day, &y, &m, &d);
        MonthOf(t, y, m);
      } else {
        YearOf(t, y + shift);
      }
    }
    return j - i;
  }

  // depuis cinq ans, pendant cinq ans, for five years, plus de vingt ans, douze ans
  size_t DurationRule(size_t i, Timex* t) const {
    size_t k = i;
    int direction = 0;
    if (Is(k, {"depuis", "since"})) direction = -1, ++k;
    else if (Is(k, {"pendant", "durant", "for"})) direction = TenseDirection() > 0 ? 1 : -1, ++k;
    size_t start = k;
    k = SkipQualifiers(k);
    size_t qlen;
    bool vague;
    int n = Quantity(k, &qlen, &vague);
    if (!n && (Is(k, {"quinquennat", "semestre", "trimestre"}))) n = 1, qlen = 0;  // a period named by one word
    if (!n) return 0;
    auto unit = UnitFromWord(W(k + qlen));
    if (!unit) return 0;
    // Ages are not times: "un garçon de 19 ans", "Ali, 19 ans,", "âgé de 20 ans".
    bool years = std::string(unit->letter) == "Y"sv;
    if (years && direction == 0 && k > 0) {
      bool after_de = Is(k - 1, {"de", "d'"}) && !(k > 1 && Is(k - 2, {"plus", "moins", "pres", "environ", "bien"}));
      if (after_de || Is(k - 1, {",", "age", "agee", "ages", "agees", "aged", "-"}) || Is(k + qlen + 1, {"old"}))
        return 0;
    }
    if (std::string(unit->letter) == "S"sv && Is(k, {"une", "un"}) && W(k + 1) == "seconde"sv) return 0;  // "une seconde fois"
    t->type = "DURATION";
    std::string letter = unit->letter;
    int amount = n * unit->multiplier;
    t->value = std::string(unit->time ? "PT" : "P") + (vague ? "X" : std::to_string(amount)) + letter;
    t->direction = direction;
    if (has_anchor_ && direction && !unit->time) {
      long span = unit->days ? static_cast<long>(n) * unit->days : anchor_ - AddMonths(anchor_, -n * unit->months);
      if (direction < 0) Span(t, anchor_ - span, anchor_, unit->days ? "day" : (letter == "M"sv ? "month" : "year"));
      else Span(t, anchor_, anchor_ + span, unit->days ? "day" : (letter == "M"sv ? "month" : "year"));
    }
    // The preposition is not part of the expression in TimeML: pendant [cinq ans].
    lead_ = start - i;
    return k + qlen + 1 - i;
  }

  // en 2014, in 2014, 2002, les années 90, l'année 1975
  size_t YearRule(size_t i, Timex* t) const {
    size_t k = i;
    if (Is(k, {"les"}) && Is(k + 1, {"annees"}) && Digits(k + 2, 2, 4)) {
      int decade = std::stoi(std::string(W(k + 2)));
      if (decade < 100) decade += 1900;
      t->type = "DATE";
      t->value = Fmt("%03dX", decade / 10);
      Span(t, DayNumber(decade, 1, 1), DayNumber(decade + 9, 12, 31), "year");
      return 3;
    }
    if (Is(k, {"l'", "the"}) && Is(k + 1, {"annee", "an", "year"}) && Year(k + 2)) {
      YearOf(t, Year(k + 2));
      return 3;
    }
    int y = Year(k);
    if (!y) return 0;
    // A four-digit number before a noun counts things (2000 soldats), not years.
    if (k + 1 < words_.size() && at_.analyses[begin_ + k + 1]->Has("NOUN") && !Month(k + 1) &&
        !Is(k + 1, {"et", "and"}))
      return 0;
    YearOf(t, y);
    return 1;
  }

  size_t Reference(size_t i, Timex* t) const {
    if (Is(i, {"actuellement", "maintenant", "desormais", "currently", "now", "actuel", "actuelle", "actuels",
               "actuelles", "presently", "nowadays"}) ||
        (Is(i, {"a"}) && Is(i + 1, {"present"})) ||
        (Is(i, {"pour"}) && Is(i + 1, {"l'", "le"}) && Is(i + 2, {"instant", "moment"}))) {
      t->type = "TIME";
      t->value = "PRESENT_REF";
      if (has_anchor_) Span(t, anchor_, anchor_, "day");
      return Is(i, {"pour"}) ? 3 : Is(i, {"a"}) ? 2 : 1;
    }

    if (Is(i, {"auparavant", "autrefois", "jadis", "formerly", "previously"})) {
      t->type = "TIME";
      t->value = "PAST_REF";
      return 1;
    }
    if ((Is(i, {"l'", "the"}) && Is(i + 1, {"avenir", "futur", "future"}))) {
      t->type = "TIME";
      t->value = "FUTURE_REF";
      return 2;
    }
    return 0;
  }

  // chaque jour, tous les jeudis, every week
  size_t SetRule(size_t i, Timex* t) const {
    size_t k = i;
    if (Is(k, {"par", "per"}) && UnitFromWord(W(k + 1))) {
      auto unit = UnitFromWord(W(k + 1));
      t->type = "SET";
      t->value = std::string(unit->time ? "PT" : "P") + std::to_string(unit->multiplier) + unit->letter;
      lead_ = 1;
      return 2;
    }
    if (Is(k, {"chaque", "every", "each"})) ++k;
    else if (Is(k, {"tous", "toutes"}) && Is(k + 1, {"les"})) k += 2;
    else return 0;
    int wd = WeekdayFromName(W(k));
    if (wd >= 0) {
      t->type = "SET";
      t->value = "XXXX-WXX-" + std::to_string(wd + 1);
      return k + 1 - i;
    }
    auto unit = UnitFromWord(W(k));
    if (!unit) return 0;
    t->type = "SET";
    t->value = std::string(unit->time ? "PT" : "P") + std::to_string(unit->multiplier) + unit->letter;
    return k + 1 - i;
  }

  size_t Season(size_t i, Timex* t) const {
    size_t k = i;
    bool determiner = Is(k, {"l'", "le", "cet", "ce", "this", "last", "next"});
    if (determiner) ++k;
    static const std::pair<const char*, const char*> kSeasons[] = {
        {"ete", "SU"}, {"summer", "SU"}, {"hiver", "WI"}, {"winter", "WI"}, {"printemps", "SP"},
        {"spring", "SP"}, {"automne", "FA"}, {"autumn", "FA"}, {"fall", "FA"}};
    for (const auto& [word, code] : kSeasons) {
      if (W(k) != word) continue;
      // "a été" is a verb: a season follows a determiner or a preposition, or has a year.
      int y = Year(k + 1);
      bool after_verb = i > 0 && at_.analyses[begin_ + i - 1]->Has("AUX");
      if (after_verb && !determiner && !y) return 0;
      if (!determiner && !y && i > 0 && !Is(i - 1, {"en", "l'", "cet", "pendant", "durant", "in", "during", "this", "last"}))
        return 0;
      int ay = 0, m, d;
      if (has_anchor_) FromDayNumber(anchor_, &ay, &m, &d);
      bool this_year = determiner || (i > 0 && Is(i - 1, {"cet", "this"}));
      t->type = "DATE";
      t->value = (y ? Fmt("%04d", y) : (this_year && has_anchor_ ? Fmt("%04d", ay) : std::string("XXXX"))) + "-" + code;
      return k + 1 + (y ? 1 : 0) - i;
    }
    return 0;
  }

  const morph::AnalyzedText& at_;
  std::string lang_;
  uint32_t begin_ = 0, end_ = 0;
  std::vector<std::string_view>& words_;  // buffers owned by the tagger, reused sentence after sentence
  std::vector<size_t>& next_core_;
  long* reference_;
  std::vector<int8_t>* core_;
  std::vector<int8_t>* start_;
  std::vector<uint8_t>* tense_;
  mutable bool tense_known_ = false, future_ = false, past_ = false;
  long anchor_ = 0;
  bool has_anchor_ = false;
  PartialDate anchor_date_;
  mutable size_t lead_ = 0;  // words a rule matched before the expression proper (pendant, au cours)
};

}  // namespace

std::vector<Timex> TimeTagger::Tag(const morph::AnalyzedText& at, size_t sentence, const PartialDate& anchor,
                                    long* reference) const {
  return Scanner(at, sentence, anchor, lang_, reference, &core_, &start_, &words_, &next_core_, &tense_).Run();
}

}  // namespace sitrep::time
