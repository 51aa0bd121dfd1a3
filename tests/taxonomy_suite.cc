// The ACLED taxonomy suite: our own sentences, at least 8 French and 8 English per ACLED sub-event
// type (tests/taxonomy/*.tsv, format in tests/taxonomy/README.md). One test per sub-event type
// fails on any case that fails without an xfail mark (or passes with one); the table of accuracy
// per type, known gaps counted as failures, is printed by TaxonomySuite.Table.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <sstream>

#include "sitrep/pipeline.h"
#include "unit/test_support.h"

namespace sitrep {
namespace {

namespace fs = std::filesystem;

struct TaxonomyCase {
  std::string file;
  size_t line = 0;
  std::string sub_type, lang, source, target;
  int fatalities = 0;
  std::string text;
  std::string xfail;  // the known gap, when marked
};

std::vector<TaxonomyCase> LoadTaxonomyCases() {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(SITREP_TAXONOMY_DIR))
    if (entry.path().extension() == ".tsv") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  std::vector<TaxonomyCase> cases;
  for (const auto& file : files) {
    std::ifstream in(file);
    std::string line;
    size_t line_no = 0;
    while (std::getline(in, line)) {
      ++line_no;
      if (line.empty() || line[0] == '#') continue;
      auto f = testing::Split(line, "\t");
      TaxonomyCase c;
      c.file = file.filename().string();
      c.line = line_no;
      if (f.size() < 6 || f.size() > 7 || (f[1] != "fr" && f[1] != "en")) {
        ADD_FAILURE() << c.file << ":" << line_no << ": expected sub_event_type, lang (fr|en), source, target, "
                      << "fatalities, text [, xfail: CAUSE] separated by tabs";
        continue;
      }
      c.sub_type = f[0], c.lang = f[1], c.source = f[2], c.target = f[3], c.text = f[5];
      try {
        c.fatalities = std::stoi(f[4]);
      } catch (...) {
        ADD_FAILURE() << c.file << ":" << line_no << ": fatalities '" << f[4] << "' is not a number";
        continue;
      }
      if (f.size() == 7) {
        if (f[6].rfind("xfail: ", 0) != 0) ADD_FAILURE() << c.file << ":" << line_no << ": the 7th column is 'xfail: CAUSE'";
        c.xfail = f[6].substr(std::min<size_t>(7, f[6].size()));
      }
      cases.push_back(std::move(c));
    }
  }
  return cases;
}

const std::vector<TaxonomyCase>& AllCases() {
  static const std::vector<TaxonomyCase> cases = LoadTaxonomyCases();
  return cases;
}

// The role of an actor code: its last three letters (SYRMIL: MIL), except for international
// militant groups (IMGMUSISI, ISWAP or ISKP: a rebel group) and international forces (IGO...: an
// armed force).
std::string RoleOfCode(const std::string& code) {
  if (code.rfind("IMG", 0) == 0) return "REB";
  if (code.rfind("IGO", 0) == 0) return "MIL";
  return code.size() < 3 ? "" : code.substr(code.size() - 3);
}

// A role expectation: '*' anything, else alternatives separated by '|', each a role or '-' for no
// actor.
bool RoleFits(const std::optional<Actor>& actor, const std::string& expected) {
  if (expected == "*") return true;
  std::string role = actor ? RoleOfCode(actor->code) : "-";
  for (const auto& r : testing::Split(expected, "|"))
    if (r == role) return true;
  return false;
}

struct Outcome {
  bool passed = false;
  std::vector<int> tolls;  // the fatalities of each reported event
  std::string coded;       // what the sentence gave, for the failure message
};

Outcome CodeCase(const TaxonomyCase& c) {
  Document doc = testing::TestDocument("taxonomy", c.text, c.lang);
  auto result = testing::TestPipeline().Analyse(doc);
  Outcome out;
  if (!result.ok()) {
    out.coded = " (error: " + result.status().ToString() + ")";
    return out;
  }
  for (const Event& e : result.value().events) {
    bool reported = e.status == EventStatus::kOccurred || e.status == EventStatus::kClaimed;
    int killed = e.fatalities.value_or(0);
    if (reported) out.tolls.push_back(killed);
    out.passed |= reported && e.acled_sub_type && *e.acled_sub_type == c.sub_type && RoleFits(e.source, c.source) &&
                  RoleFits(e.target, c.target) && killed == c.fatalities;
    out.coded += "\n    " + e.cameo + " " + EventStatusName(e.status) + " " + (e.source ? e.source->code : "-") + " " +
                 (e.target ? e.target->code : "-") + " [" + e.acled_sub_type.value_or("-") + "] killed " +
                 std::to_string(killed);
  }
  if (out.coded.empty()) out.coded = " (no events)";
  return out;
}

std::vector<std::string> SubTypes() {
  std::vector<std::string> types;
  for (const auto& c : AllCases())
    if (std::find(types.begin(), types.end(), c.sub_type) == types.end()) types.push_back(c.sub_type);
  return types;
}

class TaxonomySuite : public ::testing::TestWithParam<std::string> {};

TEST_P(TaxonomySuite, SubType) {
  int cases = 0;
  for (const auto& c : AllCases()) {
    if (c.sub_type != GetParam()) continue;
    ++cases;
    Outcome o = CodeCase(c);
    std::string where = c.file + ":" + std::to_string(c.line) + " [" + c.lang + "] " + c.text;
    if (c.xfail.empty())
      EXPECT_TRUE(o.passed) << where << "\n  expected " << c.source << " -> " << c.target << ", killed " << c.fatalities
                            << "; coded:" << o.coded;
    else
      EXPECT_FALSE(o.passed) << where << "\n  passes now: remove its xfail (" << c.xfail << ")";
  }
  // The suite's promise: at least 8 sentences per language and type.
  for (const char* lang : {"fr", "en"}) {
    auto n = std::count_if(AllCases().begin(), AllCases().end(),
                           [&](const TaxonomyCase& c) { return c.sub_type == GetParam() && c.lang == lang; });
    EXPECT_GE(n, 8) << GetParam() << ": only " << n << " sentences in " << lang;
  }
  EXPECT_GT(cases, 0);
}

INSTANTIATE_TEST_SUITE_P(Acled, TaxonomySuite, ::testing::ValuesIn(SubTypes()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string name;
                           for (char ch : info.param) name += std::isalnum(static_cast<unsigned char>(ch)) ? ch : '_';
                           return name;
                         });

// Accuracy per sub-event type and language, known gaps counted as failures.
TEST(TaxonomyTable, Accuracy) {
  struct Tally {
    int passed[2] = {0, 0}, total[2] = {0, 0};
  };
  std::map<std::string, Tally> by_type;
  int passed = 0;
  for (const auto& c : AllCases()) {
    int l = c.lang == "fr" ? 0 : 1;
    Tally& t = by_type[c.sub_type];
    ++t.total[l];
    if (CodeCase(c).passed) ++t.passed[l], ++passed;
  }
  std::ostringstream table;
  table << "| sub-event type | fr | en | both |\n|---|---|---|---|\n";
  auto cell = [](int p, int n) {
    std::ostringstream s;
    s << p << "/" << n << " (" << std::fixed << std::setprecision(2) << (n ? double(p) / n : 0.0) << ")";
    return s.str();
  };
  for (const auto& [type, t] : by_type)
    table << "| " << type << " | " << cell(t.passed[0], t.total[0]) << " | " << cell(t.passed[1], t.total[1]) << " | "
          << cell(t.passed[0] + t.passed[1], t.total[0] + t.total[1]) << " |\n";
  table << "| all | | | " << cell(passed, static_cast<int>(AllCases().size())) << " |\n";
  std::cout << table.str();
  EXPECT_FALSE(AllCases().empty());
}

// Fatalities, whatever the sub-type: a sentence's toll is exact when a reported event carries it
// (and, for a sentence that states no deaths, when none carries any). The bar is 90 % of
// the sentences that state deaths.
TEST(TaxonomyTable, Fatalities) {
  int exact = 0, stating = 0, exact_stating = 0;
  for (const auto& c : AllCases()) {
    Outcome o = CodeCase(c);
    bool ok = c.fatalities > 0 ? std::find(o.tolls.begin(), o.tolls.end(), c.fatalities) != o.tolls.end()
                               : std::all_of(o.tolls.begin(), o.tolls.end(), [](int k) { return k == 0; });
    exact += ok;
    if (c.fatalities > 0) ++stating, exact_stating += ok;
  }
  double all = double(exact) / AllCases().size(), with_deaths = double(exact_stating) / stating;
  std::cout << "fatalities exact: " << exact << "/" << AllCases().size() << " (" << std::fixed << std::setprecision(3)
            << all << "); sentences stating deaths " << exact_stating << "/" << stating << " (" << with_deaths << ")\n";
  EXPECT_GE(with_deaths, 0.90);
}

}  // namespace
}  // namespace sitrep
