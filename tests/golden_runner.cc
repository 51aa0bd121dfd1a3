// Data-driven golden tests: every *.test file under tests/golden is a list of cases, each a text
// and what the pipeline must find in it. The format is described in tests/golden/README.md.
#include <gtest/gtest-spi.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "geo/geocoder.h"
#include "morph/morphology.h"
#include "sitrep/pipeline.h"
#include "text/segmenter.h"
#include "time/tagger.h"
#include "unit/test_support.h"

namespace sitrep {
namespace {

namespace fs = std::filesystem;

struct Expectation {
  size_t line;
  std::string directive;
  std::string argument;
};

struct Case {
  std::string file;
  size_t line = 0;
  std::string name;
  std::string lang = "en";
  std::string text;
  std::string xfail;  // why the case is known to fail, if it is
  std::vector<Expectation> expectations;
};

// Failures name the case by its place in the golden file.
void PrintTo(const Case& c, std::ostream* os) { *os << c.file << ":" << c.line << " (" << c.name << ")"; }

std::string Unescape(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size() && s[i + 1] == 'n') {
      out.push_back('\n');
      ++i;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

std::vector<Case> LoadCases() {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(SITREP_GOLDEN_DIR))
    if (entry.path().extension() == ".test") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  std::vector<Case> cases;
  for (const auto& file : files) {
    std::ifstream in(file);
    std::string line;
    size_t line_no = 0;
    while (std::getline(in, line)) {
      ++line_no;
      if (line.empty() || line[0] == '#') continue;
      size_t space = line.find(' ');
      std::string directive = line.substr(0, space);
      std::string argument = space == std::string::npos ? "" : line.substr(space + 1);
      if (directive == "case") {
        Case c;
        c.file = fs::relative(file, SITREP_GOLDEN_DIR).string();
        c.line = line_no;
        c.name = argument;
        cases.push_back(std::move(c));
      } else if (cases.empty()) {
        ADD_FAILURE() << file << ":" << line_no << ": directive before the first case";
      } else if (directive == "lang") {
        cases.back().lang = argument;
      } else if (directive == "text") {
        cases.back().text = Unescape(argument);
      } else if (directive == "xfail") {
        cases.back().xfail = argument;
      } else {
        cases.back().expectations.push_back({line_no, directive, Unescape(argument)});
      }
    }
  }
  return cases;
}

class GoldenTest : public ::testing::TestWithParam<Case> {
 public:
  struct Stages {
    std::unique_ptr<text::Segmenter> segmenter;
    std::unique_ptr<morph::Analyzer> analyzer;
  };
  static Stages& For(const std::string& lang) {
    static std::map<std::string, Stages> stages;
    auto& s = stages[lang];
    if (!s.segmenter) {
      s.segmenter = std::move(text::Segmenter::Create(testing::TestLexicon(), lang).value());
      s.analyzer = std::move(morph::Analyzer::Create(testing::TestLexicon(), lang, {}).value());
    }
    return s;
  }
};

// Whether `code` fits an expectation: '*' anything, '-' no actor, else a code prefix.
bool CodeFits(const std::optional<Actor>& actor, const std::string& expected) {
  if (expected == "*") return true;
  if (expected == "-") return !actor;
  if (expected.back() == '$') return actor && actor->code == expected.substr(0, expected.size() - 1);
  return actor && actor->code.rfind(expected, 0) == 0;
}

std::string CountText(const std::optional<int>& n) { return n ? std::to_string(*n) : "-"; }

std::string Summary(const std::vector<Event>& events) {
  std::string out;
  for (const auto& e : events)
    out += "\n    " + e.cameo + " " + EventStatusName(e.status) + " " + (e.source ? e.source->code : "-") + " " +
           (e.target ? e.target->code : "-") + " '" + e.trigger + "'";
  return out.empty() ? " (no events)" : out;
}

void RunCase(const Case& c, GoldenTest::Stages& stages);

// A case marked "xfail CAUSE" is a known gap: it is reported as skipped while it fails, and fails
// the suite as soon as it passes, so that its mark is removed.
TEST_P(GoldenTest, Matches) {
  const Case& c = GetParam();
  Stages& stages = For(c.lang);
  if (c.xfail.empty()) return RunCase(c, stages);
  ::testing::TestPartResultArray failures;
  {
    ::testing::ScopedFakeTestPartResultReporter intercept(
        ::testing::ScopedFakeTestPartResultReporter::INTERCEPT_ONLY_CURRENT_THREAD, &failures);
    RunCase(c, stages);
  }
  if (failures.size() == 0) FAIL() << c.file << ":" << c.line << " passes now: remove its xfail line";
  GTEST_SKIP() << "known gap: " << c.xfail;
}

// The toponyms the geocoder finds in the case's text, dated like the events.
std::vector<geo::Toponym> Toponyms(const Case& c, GoldenTest::Stages& stages) {
  static std::map<std::string, std::unique_ptr<geo::Geocoder>> geocoders;
  auto& geocoder = geocoders[c.lang];
  if (!geocoder)
    geocoder = std::move(
        geo::Geocoder::Create(testing::TestGazetteer(), testing::TestLexicon(), c.lang, *stages.segmenter, *stages.analyzer).value());
  Document doc;
  doc.text = c.text;
  doc.lang = c.lang;
  PartialDate::ParseIso("2020-06-15", &doc.date);
  morph::AnalyzedText at = morph::AnalyzeText(doc, *stages.segmenter, *stages.analyzer);
  return geocoder->Geocode(at).toponyms;
}

void RunCase(const Case& c, GoldenTest::Stages& stages) {
  text::Segmentation seg = stages.segmenter->Segment(c.text);
  std::optional<Coding> coding;
  auto analysed = [&]() -> const Coding& {
    if (!coding) {
      Document doc = testing::TestDocument("golden", c.text, c.lang);
      auto result = testing::TestPipeline().Analyse(doc);
      coding = result.ok() ? result.value() : Coding{};
    }
    return *coding;
  };
  auto coded = [&]() -> const std::vector<Event>& { return analysed().events; };
  auto token_text = [&](size_t i) { return c.text.substr(seg.tokens[i].start, seg.tokens[i].end - seg.tokens[i].start); };
  for (const Expectation& e : c.expectations) {
    std::string where = c.file + ":" + std::to_string(e.line) + " (case " + c.name + ")";
    if (e.directive == "tokens") {
      std::string got;
      for (size_t i = 0; i < seg.tokens.size(); ++i) got += (i ? " | " : "") + token_text(i);
      EXPECT_EQ(got, e.argument) << where;
    } else if (e.directive == "sentences") {
      EXPECT_EQ(std::to_string(seg.sentences.size()), e.argument) << where;
    } else if (e.directive == "sentence") {
      size_t space = e.argument.find(' ');
      size_t k = std::stoul(e.argument.substr(0, space));
      ASSERT_LT(k, seg.sentences.size()) << where;
      const auto& s = seg.sentences[k];
      EXPECT_EQ(c.text.substr(s.start, s.end - s.start), e.argument.substr(space + 1)) << where;
    } else if (e.directive == "paragraph") {
      auto parts = testing::Split(e.argument, " ");
      ASSERT_EQ(parts.size(), 2u) << where << ": paragraph SENTENCE INDEX";
      size_t k = std::stoul(parts[0]);
      ASSERT_LT(k, seg.sentences.size()) << where;
      EXPECT_EQ(std::to_string(seg.sentences[k].paragraph), parts[1]) << where;
    } else if (e.directive == "lemma") {
      auto parts = testing::Split(e.argument, " ");
      ASSERT_GE(parts.size(), 2u) << where << ": lemma FORM LEMMA [UPOS]";
      bool found_form = false;
      for (size_t i = 0; i < seg.tokens.size(); ++i) {
        if (token_text(i) != parts[0]) continue;
        found_form = true;
        const morph::Analysis& a = stages.analyzer->Analyze(token_text(i), seg.tokens[i].kind);
        std::string readings;
        for (const auto& r : a.readings) readings += r.lemma + "/" + r.upos + " ";
        EXPECT_TRUE(a.HasLemma(parts[1], parts.size() > 2 ? parts[2] : "")) << where << ": got " << readings;
        break;
      }
      EXPECT_TRUE(found_form) << where << ": no token '" << parts[0] << "'";
    } else if (e.directive == "timex") {
      // timex EXTENT | VALUE [| START END]: an expression with that extent, value and days.
      auto parts = testing::Split(e.argument, " | ");
      ASSERT_GE(parts.size(), 2u) << where << ": timex EXTENT | VALUE [| START END]";
      Document doc;
      doc.text = c.text;
      PartialDate::ParseIso("2020-06-15", &doc.date);  // a Monday
      morph::AnalyzedText at = morph::AnalyzeText(doc, *stages.segmenter, *stages.analyzer);
      time::TimeTagger tagger(c.lang);
      long reference = 0;
      std::string got;
      bool found = false;
      for (size_t sent = 0; sent < seg.sentences.size(); ++sent) {
        for (const auto& t : tagger.Tag(at, sent, doc.date, &reference)) {
          std::string extent = c.text.substr(seg.tokens[t.first].start, seg.tokens[t.last - 1].end - seg.tokens[t.first].start);
          got += " [" + extent + " | " + t.value + " | " + t.start + " " + t.end + "]";
          if (extent == parts[0] && t.value == parts[1] && (parts.size() < 3 || parts[2] == t.start + " " + t.end))
            found = true;
        }
      }
      EXPECT_TRUE(found) << where << ": no " << e.argument << "; got" << got;
    } else if (e.directive == "event") {
      auto parts = testing::Split(e.argument, " ");
      ASSERT_EQ(parts.size(), 4u) << where << ": event CAMEO STATUS SOURCE TARGET";
      bool found = std::any_of(coded().begin(), coded().end(), [&](const Event& ev) {
        return ev.cameo.rfind(parts[0], 0) == 0 && (parts[1] == "*" || parts[1] == EventStatusName(ev.status)) &&
               CodeFits(ev.source, parts[2]) && CodeFits(ev.target, parts[3]);
      });
      EXPECT_TRUE(found) << where << ": no event " << e.argument << "; coded:" << Summary(coded());
    } else if (e.directive == "place" || e.directive == "noplace") {
      // place TEXT | NAME | CC: the name written TEXT is found and resolved to NAME in CC.
      // noplace TEXT: nothing written TEXT is taken for a place.
      auto parts = testing::Split(e.argument, " | ");
      ASSERT_TRUE(e.directive == "noplace" || parts.size() == 3u) << where << ": place TEXT | NAME | CC";
      std::string got;
      bool found = false;
      for (const auto& t : Toponyms(c, stages)) {
        std::string name = t.place == geo::kNoPlace ? "(none)" : std::string(testing::TestGazetteer().Name(testing::TestGazetteer().place(t.place)));
        std::string cc = t.place == geo::kNoPlace ? "" : std::string(testing::TestGazetteer().place(t.place).country, 2);
        got += " [" + t.text + " -> " + name + " " + cc + "]";
        if (t.text == parts[0] && t.place != geo::kNoPlace)
          found |= e.directive == "noplace" || (name == parts[1] && cc == parts[2]);
      }
      if (e.directive == "place") EXPECT_TRUE(found) << where << ": no " << e.argument << "; got" << got;
      else EXPECT_FALSE(found) << where << ": '" << e.argument << "' was taken for a place; got" << got;
    } else if (e.directive == "location") {
      // location CAMEO | NAME | PRECISION: an event with that code prefix is located there.
      auto parts = testing::Split(e.argument, " | ");
      ASSERT_EQ(parts.size(), 3u) << where << ": location CAMEO | NAME | PRECISION";
      std::string got;
      bool found = false;
      for (const Event& ev : coded()) {
        if (ev.cameo.rfind(parts[0], 0) != 0) continue;
        got += " [" + ev.cameo + " " + (ev.location ? ev.location->name + " " + ev.location->precision : "(none)") + "]";
        found |= ev.location && ev.location->name == parts[1] && ev.location->precision == parts[2];
      }
      EXPECT_TRUE(found) << where << ": no event located " << e.argument << "; got" << got;
    } else if (e.directive == "effect" || e.directive == "date" || e.directive == "acled" ||
               e.directive == "casualties") {
      // effect CAMEO | EFFECT: an event with that code prefix changes control so ("-" for none).
      // date CAMEO | START END: an event with that code prefix is dated so.
      // acled CAMEO | SUB_TYPE: an event with that code prefix has that ACLED sub-event type ("-":
      // ACLED would not code it).
      // casualties CAMEO | KILLED INJURED ABDUCTED: an event with that code prefix counts so ("-":
      // not stated).
      auto parts = testing::Split(e.argument, " | ");
      ASSERT_EQ(parts.size(), 2u) << where << ": " << e.directive << " CAMEO | VALUE";
      std::string got;
      bool found = false;
      for (const Event& ev : coded()) {
        if (ev.cameo.rfind(parts[0], 0) != 0) continue;
        std::string value = e.directive == "date"    ? ev.date.start + " " + ev.date.end
                            : e.directive == "acled" ? (ev.acled_sub_type ? *ev.acled_sub_type : "-")
                            : e.directive == "casualties"
                                ? CountText(ev.fatalities) + " " + CountText(ev.injured) + " " + CountText(ev.abducted)
                            : ev.control.empty()     ? "-"
                                                     : ev.control;
        got += " [" + ev.cameo + " " + value + "]";
        found |= value == parts[1];
      }
      EXPECT_TRUE(found) << where << ": no event " << e.directive << " " << e.argument << "; got" << got;
    } else if (e.directive == "holds" || e.directive == "noholds") {
      // holds PLACE | CODE | KIND: the text states that CODE holds the place written PLACE.
      // noholds PLACE: it states nothing of who holds PLACE.
      auto parts = testing::Split(e.argument, " | ");
      ASSERT_TRUE(e.directive == "noholds" || parts.size() == 3u) << where << ": holds PLACE | CODE | KIND";
      std::string got;
      bool found = false;
      for (const ControlStatement& st : analysed().control) {
        got += " [" + st.place_text + " " + st.controller.code + " " + st.kind + "]";
        if (st.place_text == parts[0])
          found |= e.directive == "noholds" || (st.controller.code.rfind(parts[1], 0) == 0 && st.kind == parts[2]);
      }
      if (e.directive == "holds") EXPECT_TRUE(found) << where << ": no statement " << e.argument << "; got" << got;
      else EXPECT_FALSE(found) << where << ": a statement of who holds " << e.argument << "; got" << got;
    } else if (e.directive == "noevent") {
      bool found = std::any_of(coded().begin(), coded().end(), [&](const Event& ev) {
        return ev.cameo.rfind(e.argument, 0) == 0 && ev.status == EventStatus::kOccurred;
      });
      EXPECT_FALSE(found) << where << ": an occurred event " << e.argument << " was coded:" << Summary(coded());
    } else {
      ADD_FAILURE() << where << ": unknown directive '" << e.directive << "'";
    }
  }
}

std::string CaseName(const ::testing::TestParamInfo<Case>& info) {
  std::string name = info.param.file + "_" + std::to_string(info.param.line);
  for (char& ch : name)
    if (!isalnum(static_cast<unsigned char>(ch))) ch = '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(Golden, GoldenTest, ::testing::ValuesIn(LoadCases()), CaseName);

}  // namespace
}  // namespace sitrep
