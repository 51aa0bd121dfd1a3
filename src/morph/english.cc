// English morphology from WordNet 3.0's data (Princeton's licence): the lemma lists of the index
// files, the exception lists for irregular forms, and Morphy's suffix rules.
#include <array>
#include <filesystem>
#include <fstream>
#include <unordered_map>
#include <unordered_set>

#include "morph/morphology.h"

namespace sitrep::morph {

namespace {

struct Category {
  const char* wordnet;  // file suffix: index.noun, noun.exc
  const char* upos;
};
constexpr std::array<Category, 4> kCategories = {{{"noun", "NOUN"}, {"verb", "VERB"}, {"adj", "ADJ"}, {"adv", "ADV"}}};

struct SuffixRule {
  const char* suffix;
  const char* replacement;
  const char* feature;
};

// Morphy's detachment rules, per category, with the inflection each one undoes.
const std::vector<SuffixRule>& RulesFor(size_t category) {
  static const std::vector<SuffixRule> kNoun = {{"s", "", "pl"},     {"ses", "s", "pl"}, {"xes", "x", "pl"},
                                                {"zes", "z", "pl"},  {"ches", "ch", "pl"}, {"shes", "sh", "pl"},
                                                {"men", "man", "pl"}, {"ies", "y", "pl"}};
  static const std::vector<SuffixRule> kVerb = {{"s", "", "3sg"},   {"ies", "y", "3sg"}, {"es", "e", "3sg"},
                                                {"es", "", "3sg"},  {"ed", "e", "past"}, {"ed", "", "past"},
                                                {"ing", "e", "ing"}, {"ing", "", "ing"}};
  static const std::vector<SuffixRule> kAdj = {{"er", "", "cmp"}, {"est", "", "sup"}, {"er", "e", "cmp"},
                                               {"est", "e", "sup"}};
  static const std::vector<SuffixRule> kNone;
  return category == 0 ? kNoun : category == 1 ? kVerb : category == 2 ? kAdj : kNone;
}

class EnglishBackend : public Backend {
 public:
  const char* name() const override { return "wordnet"; }

  Status Load(const std::string& dir) {
    namespace fs = std::filesystem;
    for (size_t c = 0; c < kCategories.size(); ++c) {
      fs::path index = fs::path(dir) / (std::string("index.") + kCategories[c].wordnet);
      std::ifstream in(index);
      if (!in) return Status::NotFound("cannot open " + index.string() + ": install wordnet-base (scripts/setup.sh does)");
      std::string line;
      while (std::getline(in, line)) {
        if (line.empty() || line[0] == ' ') continue;  // the licence header is indented
        std::string lemma = line.substr(0, line.find(' '));
        if (lemma.find('_') == std::string::npos) lemmas_[c].insert(lemma);
      }
      fs::path exc = fs::path(dir) / (std::string(kCategories[c].wordnet) + ".exc");
      std::ifstream ex(exc);
      while (std::getline(ex, line)) {
        size_t space = line.find(' ');
        if (space == std::string::npos) continue;
        std::string form = line.substr(0, space);
        size_t start = space + 1;
        while (start < line.size()) {
          size_t end = line.find(' ', start);
          if (end == std::string::npos) end = line.size();
          if (end > start) exceptions_[c][form].push_back(line.substr(start, end - start));
          start = end + 1;
        }
      }
    }
    return Status::Ok();
  }

  void Analyze(const std::string& form, std::vector<Reading>* out) const override {
    for (size_t c = 0; c < kCategories.size(); ++c) {
      const char* upos = kCategories[c].upos;
      if (lemmas_[c].count(form)) Add(out, {form, upos, c == 1 ? "base" : ""});
      if (auto it = exceptions_[c].find(form); it != exceptions_[c].end())
        for (const auto& lemma : it->second) Add(out, {lemma, upos, IrregularFeature(c)});
      for (const auto& rule : RulesFor(c)) {
        std::string_view suffix(rule.suffix);
        if (form.size() <= suffix.size() + 1 || form.compare(form.size() - suffix.size(), suffix.size(), suffix) != 0)
          continue;
        std::string stem = form.substr(0, form.size() - suffix.size());
        TryStem(c, stem + rule.replacement, rule.feature, out);
        // Doubled final consonant: stopped -> stop, shelling -> shell is found directly.
        if (*rule.replacement == '\0' && stem.size() >= 3 && stem.back() == stem[stem.size() - 2] &&
            std::string_view("aeiouy").find(stem.back()) == std::string_view::npos)
          TryStem(c, stem.substr(0, stem.size() - 1), rule.feature, out);
      }
    }
  }

 private:
  static const char* IrregularFeature(size_t category) {
    return category == 0 ? "pl" : category == 1 ? "past" : category == 2 ? "cmp" : "";
  }
  void TryStem(size_t c, const std::string& lemma, const char* feature, std::vector<Reading>* out) const {
    if (lemmas_[c].count(lemma)) Add(out, {lemma, kCategories[c].upos, feature});
  }
  static void Add(std::vector<Reading>* out, Reading r) {
    for (const auto& x : *out)
      if (x.lemma == r.lemma && x.upos == r.upos) return;
    out->push_back(std::move(r));
  }

  std::array<std::unordered_set<std::string>, 4> lemmas_;
  std::array<std::unordered_map<std::string, std::vector<std::string>>, 4> exceptions_;
};

}  // namespace

Result<std::unique_ptr<Backend>> OpenEnglishBackend(const Resources& resources) {
  auto backend = std::make_unique<EnglishBackend>();
  if (Status s = backend->Load(resources.wordnet_dir); !s.ok()) return s;
  return std::unique_ptr<Backend>(std::move(backend));
}

}  // namespace sitrep::morph
