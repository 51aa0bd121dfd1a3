// Calendar dates found in bylines and datelines, month names, and PartialDate.
#include <gtest/gtest.h>

#include <climits>
#include <optional>
#include <string>

#include "sitrep/document.h"
#include "time/calendar.h"
#include "time/tagger.h"

namespace sitrep::time {
namespace {

PartialDate Iso(const std::string& s) {
  PartialDate d;
  EXPECT_TRUE(PartialDate::ParseIso(s, &d)) << s;
  return d;
}

// The ISO form of the date FindDate returns, or "none".
std::string Found(const std::string& text, const PartialDate& context = {}) {
  std::optional<PartialDate> d = FindDate(text, context);
  if (!d) return "none";
  EXPECT_EQ(d->precision, PartialDate::Precision::kDay) << text;
  return d->Iso();
}

TEST(FindDate, FrenchDayMonthYear) {
  EXPECT_EQ(Found("3 novembre 2017"), "2017-11-03");
  EXPECT_EQ(Found("le 14 juillet 2019 \u00e0 Lyon"), "2019-07-14");
  EXPECT_EQ(Found("mardi 4 f\u00e9vrier 2020"), "2020-02-04");
  EXPECT_EQ(Found("le 15 ao\u00fbt 2021, Kaboul"), "2021-08-15");
  EXPECT_EQ(Found("12 D\u00c9CEMBRE 2018"), "2018-12-12");
}

TEST(FindDate, FrenchOrdinalFirst) {
  EXPECT_EQ(Found("1er novembre 2017"), "2017-11-01");
  EXPECT_EQ(Found("le 1er ao\u00fbt 2019"), "2019-08-01");
}

TEST(FindDate, EnglishMonthDayYear) {
  EXPECT_EQ(Found("November 3, 2017"), "2017-11-03");
  EXPECT_EQ(Found("Nov. 3rd, 2017"), "2017-11-03");
  EXPECT_EQ(Found("Sept. 9, 2001"), "2001-09-09");
  EXPECT_EQ(Found("on Jan 21st 2022 the army"), "2022-01-21");
}

TEST(FindDate, EnglishDayMonthYear) {
  EXPECT_EQ(Found("3 November 2017"), "2017-11-03");
  EXPECT_EQ(Found("22nd February 2016"), "2016-02-22");
}

TEST(FindDate, IsoDate) {
  EXPECT_EQ(Found("2017-11-03"), "2017-11-03");
  EXPECT_EQ(Found("published 2020-05-04 by"), "2020-05-04");
  EXPECT_EQ(Found("2017-13-03"), "none");
  EXPECT_EQ(Found("2017-02-30"), "none");
}

TEST(FindDate, IsoTimestampInText) {
  // A dateline "Published 2020-05-04T10:00:00Z" holds a complete calendar date.
  std::optional<PartialDate> d = FindDate("Published 2020-05-04T10:00:00Z by AFP");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->Iso(), "2020-05-04");
}

TEST(FindDate, NumericDayFirstByDefault) {
  EXPECT_EQ(Found("3.11.17"), "2017-11-03");
  EXPECT_EQ(Found("03/11/2017"), "2017-11-03");
  EXPECT_EQ(Found("Byline, 3.11.17"), "2017-11-03");
  // Only one order makes a date: that one is taken.
  EXPECT_EQ(Found("11.25.2017"), "2017-11-25");
  EXPECT_EQ(Found("25.11.2017"), "2017-11-25");
}

TEST(FindDate, TwoDigitYears) {
  EXPECT_EQ(Found("3.11.17"), "2017-11-03");
  EXPECT_EQ(Found("3.11.69"), "2069-11-03");
  EXPECT_EQ(Found("3.11.70"), "1970-11-03");
  EXPECT_EQ(Found("3.11.99"), "1999-11-03");
}

TEST(FindDate, AmbiguousNumericDateFollowsContext) {
  // 11.3.17 is 11 March day-first, but 3 November month-first: a 2017-11 context picks November.
  EXPECT_EQ(Found("11.3.17", Iso("2017-11")), "2017-11-03");
  EXPECT_EQ(Found("11.3.17"), "2017-03-11");
  EXPECT_EQ(Found("11.3.17", Iso("2017-03")), "2017-03-11");
  // Both readings fit a year-only context: day-first wins.
  EXPECT_EQ(Found("11.3.17", Iso("2017")), "2017-03-11");
  // Day-first fits the context: it stays.
  EXPECT_EQ(Found("3.11.17", Iso("2017-11")), "2017-11-03");
  // Month-first would fit 2017-03: context picks it over day-first.
  EXPECT_EQ(Found("3.11.17", Iso("2017-03")), "2017-03-11");
  // A context neither fits changes nothing.
  EXPECT_EQ(Found("11.3.17", Iso("2019-06")), "2017-03-11");
}

TEST(FindDate, InvalidDatesAreIgnored) {
  EXPECT_FALSE(FindDate("31.02.2017").has_value());
  EXPECT_FALSE(FindDate("29.02.2017").has_value());
  EXPECT_EQ(Found("29.02.2016"), "2016-02-29");  // leap year
  EXPECT_FALSE(FindDate("32 novembre 2017").has_value());
  EXPECT_FALSE(FindDate("13.13.17").has_value());
  EXPECT_FALSE(FindDate("0 mars 2017").has_value());
}

TEST(FindDate, IncompleteOrNonDatesAreIgnored) {
  EXPECT_FALSE(FindDate("").has_value());
  EXPECT_FALSE(FindDate("novembre 2017").has_value());
  EXPECT_FALSE(FindDate("le 3 novembre").has_value());
  EXPECT_FALSE(FindDate("3 soldats 2017").has_value());  // not a month name
  EXPECT_FALSE(FindDate("version 1.2.3.4").has_value());
  EXPECT_FALSE(FindDate("BUNIA, March 7 - The army").has_value());
}

TEST(FindDate, EarliestDateInTextWins) {
  EXPECT_EQ(Found("le 5 mai 2020 puis le 3 avril 2020"), "2020-05-05");
  // Different patterns: the first in the text wins whatever the order patterns are tried in.
  EXPECT_EQ(Found("Lyon, 3.4.2020 - Revu le 2020-05-06"), "2020-04-03");
  EXPECT_EQ(Found("Updated 2020-05-06; first published May 1, 2020"), "2020-05-06");
  EXPECT_EQ(Found("May 1, 2020, updated 2020-05-06"), "2020-05-01");
  EXPECT_EQ(Found("Le 2 juin 2018 (mis \u00e0 jour le 12.06.18)"), "2018-06-02");
  // An invalid earlier candidate does not hide a later valid one.
  EXPECT_EQ(Found("31.02.2017 ou le 3 mars 2017"), "2017-03-03");
}

TEST(FindDate, AccentedTextBeforeTheDateDoesNotMatter) {
  // Folding shortens accented text; the positions compared must all be in the same text.
  EXPECT_EQ(Found("\u00c9t\u00e9 \u00e0 S\u00e9gou, le 12 d\u00e9cembre 2018, apr\u00e8s 2018-12-20"), "2018-12-12");
}

TEST(MonthFromName, FrenchAndEnglishFoldedNames) {
  EXPECT_EQ(MonthFromName("janvier"), 1);
  EXPECT_EQ(MonthFromName("january"), 1);
  EXPECT_EQ(MonthFromName("janv"), 1);
  EXPECT_EQ(MonthFromName("fevrier"), 2);
  EXPECT_EQ(MonthFromName("fevr"), 2);
  EXPECT_EQ(MonthFromName("mars"), 3);
  EXPECT_EQ(MonthFromName("avril"), 4);
  EXPECT_EQ(MonthFromName("mai"), 5);
  EXPECT_EQ(MonthFromName("may"), 5);
  EXPECT_EQ(MonthFromName("juin"), 6);
  EXPECT_EQ(MonthFromName("juillet"), 7);
  EXPECT_EQ(MonthFromName("juil"), 7);
  EXPECT_EQ(MonthFromName("aout"), 8);
  EXPECT_EQ(MonthFromName("aug"), 8);
  EXPECT_EQ(MonthFromName("septembre"), 9);
  EXPECT_EQ(MonthFromName("sept"), 9);
  EXPECT_EQ(MonthFromName("sep"), 9);
  EXPECT_EQ(MonthFromName("octobre"), 10);
  EXPECT_EQ(MonthFromName("novembre"), 11);
  EXPECT_EQ(MonthFromName("nov"), 11);
  EXPECT_EQ(MonthFromName("decembre"), 12);
  EXPECT_EQ(MonthFromName("december"), 12);
}

TEST(MonthFromName, UnfoldedOrUnknownNamesAreZero) {
  EXPECT_EQ(MonthFromName("f\u00e9vrier"), 0);  // takes folded names only
  EXPECT_EQ(MonthFromName("Novembre"), 0);
  EXPECT_EQ(MonthFromName("ao\u00fbt"), 0);
  EXPECT_EQ(MonthFromName("soldats"), 0);
  EXPECT_EQ(MonthFromName(""), 0);
  EXPECT_EQ(MonthFromName("novembres"), 0);
}

TEST(DaysInMonth, HandlesLeapYears) {
  EXPECT_EQ(DaysInMonth(2017, 1), 31);
  EXPECT_EQ(DaysInMonth(2017, 2), 28);
  EXPECT_EQ(DaysInMonth(2016, 2), 29);
  EXPECT_EQ(DaysInMonth(1900, 2), 28);
  EXPECT_EQ(DaysInMonth(2000, 2), 29);
  EXPECT_EQ(DaysInMonth(2017, 4), 30);
  EXPECT_EQ(DaysInMonth(2017, 12), 31);
}

TEST(PartialDate, ParseIsoPrecisions) {
  PartialDate d;
  ASSERT_TRUE(PartialDate::ParseIso("2017", &d));
  EXPECT_EQ(d.precision, PartialDate::Precision::kYear);
  EXPECT_EQ(d.year, 2017);
  EXPECT_EQ(d.Iso(), "2017");

  ASSERT_TRUE(PartialDate::ParseIso("2017-11", &d));
  EXPECT_EQ(d.precision, PartialDate::Precision::kMonth);
  EXPECT_EQ(d.month, 11);
  EXPECT_EQ(d.Iso(), "2017-11");

  ASSERT_TRUE(PartialDate::ParseIso("2017-11-03", &d));
  EXPECT_EQ(d.precision, PartialDate::Precision::kDay);
  EXPECT_EQ(d.year, 2017);
  EXPECT_EQ(d.month, 11);
  EXPECT_EQ(d.day, 3);
  EXPECT_EQ(d.Iso(), "2017-11-03");
}

TEST(PartialDate, ParseIsoKeepsDatePartOfTimestamp) {
  PartialDate d;
  ASSERT_TRUE(PartialDate::ParseIso("2020-05-04T10:00:00Z", &d));
  EXPECT_EQ(d.Iso(), "2020-05-04");
  ASSERT_TRUE(PartialDate::ParseIso("2020-05-04 10:00", &d));
  EXPECT_EQ(d.Iso(), "2020-05-04");
}

TEST(PartialDate, ParseIsoRejectsMalformedAndLeavesOutputAlone) {
  PartialDate d;
  ASSERT_TRUE(PartialDate::ParseIso("2001-02-03", &d));
  for (const char* bad : {"", "17", "2017-1", "2017-13", "2017-00", "2017-11-31", "2017-02-29", "2017-11-00",
                          "2017/11/03", "abcd", "2017-11-03x", "2017-11-3", "3.11.17"}) {
    EXPECT_FALSE(PartialDate::ParseIso(bad, &d)) << bad;
    EXPECT_EQ(d.Iso(), "2001-02-03") << "output changed by " << bad;
  }
  EXPECT_TRUE(PartialDate::ParseIso("2016-02-29", &d));
}

TEST(PartialDate, UnknownDate) {
  PartialDate d;
  EXPECT_FALSE(d.known());
  EXPECT_EQ(d.Iso(), "");
  EXPECT_STREQ(PrecisionName(d.precision), "none");
  EXPECT_STREQ(PrecisionName(PartialDate::Precision::kYear), "year");
  EXPECT_STREQ(PrecisionName(PartialDate::Precision::kMonth), "month");
  EXPECT_STREQ(PrecisionName(PartialDate::Precision::kDay), "day");
}

TEST(PartialDate, IsRefinedBy) {
  EXPECT_TRUE(Iso("2017").IsRefinedBy(Iso("2017-11")));
  EXPECT_TRUE(Iso("2017").IsRefinedBy(Iso("2017-11-03")));
  EXPECT_TRUE(Iso("2017-11").IsRefinedBy(Iso("2017-11-03")));
  EXPECT_TRUE(PartialDate{}.IsRefinedBy(Iso("2017")));

  EXPECT_FALSE(Iso("2017-11").IsRefinedBy(Iso("2017-12-03")));  // other month
  EXPECT_FALSE(Iso("2017-11").IsRefinedBy(Iso("2018-11-03")));  // other year
  EXPECT_FALSE(Iso("2017").IsRefinedBy(Iso("2018-01")));
  EXPECT_FALSE(Iso("2017-11-03").IsRefinedBy(Iso("2017-11-03")));  // not more precise
  EXPECT_FALSE(Iso("2017-11-03").IsRefinedBy(Iso("2017-11")));
  EXPECT_FALSE(Iso("2017-11").IsRefinedBy(Iso("2017-11")));
  EXPECT_FALSE(Iso("2017-11").IsRefinedBy(PartialDate{}));
}

}  // namespace
}  // namespace sitrep::time

namespace sitrep::time {
namespace {

TEST(ParsePeriod, PartialEndsCoverTheirWholeYearOrMonth) {
  long first = 0, last = 0;
  ASSERT_TRUE(ParsePeriod("2014..2015-06", &first, &last));
  EXPECT_EQ(first, DayNumber(2014, 1, 1));
  EXPECT_EQ(last, DayNumber(2015, 6, 30));
  ASSERT_TRUE(ParsePeriod("2016-02-29..2016-03-01", &first, &last));
  EXPECT_EQ(last - first, 1);
}

TEST(ParsePeriod, EitherEndMayBeOpen) {
  long first = 0, last = 0;
  ASSERT_TRUE(ParsePeriod("..2016", &first, &last));
  EXPECT_EQ(first, LONG_MIN);
  EXPECT_EQ(last, DayNumber(2016, 12, 31));
  ASSERT_TRUE(ParsePeriod("2017-01-01..", &first, &last));
  EXPECT_EQ(last, LONG_MAX);
}

TEST(ParsePeriod, RefusesWhatIsNoPeriod) {
  long first = 0, last = 0;
  for (const char* bad : {"", "2014", "2014-13..", "..20x4", "2014-02-30..2015"})
    EXPECT_FALSE(ParsePeriod(bad, &first, &last)) << bad;
}

}  // namespace
}  // namespace sitrep::time
