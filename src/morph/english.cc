// English morphology from WordNet 3.0's data (Princeton's licence): the lemma lists of the index
// files, the exception lists for irregular forms, and Morphy's suffix rules.
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <vector>

#include "morph/compiled.h"
#include "morph/morphology.h"

namespace sitrep::morph {

namespace {

struct Category {
  const char* wordnet;  // file suffix: index.noun, noun.exc
  const char* upos;
};
constexpr std::array<Category, 4> kCategories = {{{"noun", "NOUN"}, {"verb", "VERB"}, {"adj", "ADJ"}, {"adv", "ADV"}}};

std::string IndexPath(const std::string& dir, size_t category) {
  return (std::filesystem::path(dir) / (std::string("index.") + kCategories[category].wordnet)).string();
}

std::string ExceptionsPath(const std::string& dir, size_t category) {
  return (std::filesystem::path(dir) / (std::string(kCategories[category].wordnet) + ".exc")).string();
}

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

// A WordNet file mapped read-only and searched in place. WordNet's index and exception files are
// sorted by their first word in byte order (its own library binary-searches them), so a word is
// found in a few probes: reading the 150,000 lemmas into tables took a third of the start-up of a
// one-sentence run, and most are never asked for.
class SortedLines {
 public:
  SortedLines() = default;
  SortedLines(const SortedLines&) = delete;
  SortedLines& operator=(const SortedLines&) = delete;
  ~SortedLines() {
    if (map_) munmap(map_, map_size_);
  }

  // False when the file cannot be opened; an empty file has no lines.
  bool Map(const std::string& path) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    struct stat st {};
    bool ok = fstat(fd, &st) == 0;
    if (ok && st.st_size > 0) {
      void* map = mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
      ok = map != MAP_FAILED;
      if (ok) {
        map_ = map;
        map_size_ = static_cast<size_t>(st.st_size);
        lines_ = std::string_view(static_cast<const char*>(map_), map_size_);
      }
    }
    ::close(fd);
    // The index files open with Princeton's licence, its lines indented: no word of the search.
    while (!lines_.empty() && lines_[0] == ' ') {
      size_t newline = lines_.find('\n');
      lines_.remove_prefix(newline == std::string_view::npos ? lines_.size() : newline + 1);
    }
    for (size_t at = 0; at < lines_.size(); at += kBlockBytes)
      if (size_t line = at == 0 ? 0 : NextLine(at - 1); line < lines_.size() && (blocks_.empty() || line > blocks_.back()))
        blocks_.push_back(line);
    return ok;
  }

  // The lines whose first word is `key`, one after another.
  std::string_view Find(std::string_view key) const {
    size_t first = LowerBound(key), end = first;
    while (end < lines_.size() && CompareKey(end, key) == 0) end = NextLine(end);
    return lines_.substr(first, end - first);
  }

 private:
  // The start of the line after the one `at` is in (or the end).
  size_t NextLine(size_t at) const {
    const void* newline = std::memchr(lines_.data() + at, '\n', lines_.size() - at);
    return newline ? static_cast<size_t>(static_cast<const char*>(newline) - lines_.data()) + 1 : lines_.size();
  }
  // The first word of the line at `line` against `key`, in byte order (<0, 0, >0).
  int CompareKey(size_t line, std::string_view key) const {
    for (size_t i = 0;; ++i) {
      bool line_key_ends = line + i == lines_.size() || lines_[line + i] == ' ' || lines_[line + i] == '\n';
      if (line_key_ends) return i == key.size() ? 0 : -1;  // a prefix sorts first
      if (i == key.size()) return 1;
      auto a = static_cast<unsigned char>(lines_[line + i]), b = static_cast<unsigned char>(key[i]);
      if (a != b) return a < b ? -1 : 1;
    }
  }
  // The start of the first line whose first word is not below `key`: the block it is in, then the
  // line. Lines before `low` are below the key, lines from `high` on are not; each probe is the
  // first line that starts in the second half.
  size_t LowerBound(std::string_view key) const {
    auto block = std::partition_point(blocks_.begin(), blocks_.end(),
                                      [&](size_t line) { return CompareKey(line, key) < 0; });
    size_t low = block == blocks_.begin() ? 0 : NextLine(block[-1]);
    size_t high = block == blocks_.end() ? lines_.size() : *block;
    while (low < high) {
      size_t mid = low + (high - low) / 2;
      size_t line = mid == low ? low : NextLine(mid - 1);
      if (line >= high) line = low;
      if (CompareKey(line, key) < 0) low = NextLine(line);
      else high = line;
    }
    return low;
  }

  // The first line of each block of the file, searched first: a compact array that stays in the
  // processor's cache, where probing the file itself costs a scan for the line's start each time.
  static constexpr size_t kBlockBytes = 4096;
  std::vector<size_t> blocks_;
  void* map_ = nullptr;
  size_t map_size_ = 0;
  std::string_view lines_;
};

class EnglishBackend : public Backend {
 public:
  const char* name() const override { return "wordnet"; }
  std::string Fingerprint() const override { return FilesFingerprint(files_); }

  Status Load(const std::string& dir) {
    for (size_t c = 0; c < kCategories.size(); ++c) {
      std::string index = IndexPath(dir, c), exceptions = ExceptionsPath(dir, c);
      if (!index_[c].Map(index))
        return Status::NotFound("cannot open " + index + ": install wordnet-base (scripts/setup.sh does)");
      // A missing exception list leaves only the regular forms.
      exceptions_[c].Map(exceptions);
      files_.push_back(index);
      files_.push_back(exceptions);
    }
    return Status::Ok();
  }

  void Analyze(const std::string& form, std::vector<Reading>* out) const override {
    for (size_t c = 0; c < kCategories.size(); ++c) {
      const char* upos = kCategories[c].upos;
      if (IsLemma(c, form)) Add(out, {form, upos, c == 1 ? "base" : ""});
      // "form lemma lemma...", on one line or more.
      for (std::string_view lines = exceptions_[c].Find(form); !lines.empty();) {
        std::string_view line = lines.substr(0, lines.find('\n'));
        lines.remove_prefix(std::min(line.size() + 1, lines.size()));
        for (size_t start = form.size() + 1; start < line.size();) {
          size_t end = std::min(line.find(' ', start), line.size());
          if (end > start) Add(out, {std::string(line.substr(start, end - start)), upos, IrregularFeature(c)});
          start = end + 1;
        }
      }
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
  // WordNet's index words are in lower case (wndb(5)), and its collocations ("blow_up") are no
  // single word's lemma: neither is looked up.
  bool IsLemma(size_t c, std::string_view word) const {
    return std::none_of(word.begin(), word.end(), [](char ch) { return (ch >= 'A' && ch <= 'Z') || ch == '_'; }) &&
           !index_[c].Find(word).empty();
  }
  void TryStem(size_t c, const std::string& lemma, const char* feature, std::vector<Reading>* out) const {
    if (IsLemma(c, lemma)) Add(out, {lemma, kCategories[c].upos, feature});
  }
  static void Add(std::vector<Reading>* out, Reading r) {
    for (const auto& x : *out)
      if (x.lemma == r.lemma && x.upos == r.upos) return;
    out->push_back(std::move(r));
  }

  std::array<SortedLines, 4> index_, exceptions_;
  std::vector<std::string> files_;
};

}  // namespace

Result<std::unique_ptr<Backend>> OpenEnglishBackend(const Resources& resources) {
  auto backend = std::make_unique<EnglishBackend>();
  if (Status s = backend->Load(resources.wordnet_dir); !s.ok()) return s;
  return std::unique_ptr<Backend>(std::move(backend));
}

Status ForEachEnglishForm(const Resources& resources, const std::function<void(std::string_view)>& emit) {
  for (size_t c = 0; c < kCategories.size(); ++c) {
    std::ifstream index(IndexPath(resources.wordnet_dir, c));
    if (!index) return Status::NotFound("cannot open " + IndexPath(resources.wordnet_dir, c));
    std::vector<std::string> lemmas;
    // The licence lines at the top start with a space; collocations ("blow_up") are no single word.
    for (std::string line; std::getline(index, line);) {
      std::string lemma = line.substr(0, line.find(' '));
      if (!lemma.empty() && lemma.find('_') == std::string::npos) lemmas.push_back(std::move(lemma));
    }
    for (const std::string& lemma : lemmas) {
      emit(lemma);
      // Each regular inflection Morphy's rules undo, with the doubled consonant (stop -> stopped).
      for (const SuffixRule& rule : RulesFor(c)) {
        std::string_view replacement(rule.replacement);
        if (lemma.size() < replacement.size() || lemma.compare(lemma.size() - replacement.size(), replacement.size(), replacement) != 0)
          continue;
        std::string stem = lemma.substr(0, lemma.size() - replacement.size());
        emit(stem + rule.suffix);
        if (replacement.empty() && !stem.empty()) emit(stem + stem.back() + rule.suffix);
      }
    }
    std::ifstream exceptions(ExceptionsPath(resources.wordnet_dir, c));
    for (std::string line; std::getline(exceptions, line);)
      if (std::string form = line.substr(0, line.find(' ')); !form.empty()) emit(form);
  }
  return Status::Ok();
}

}  // namespace sitrep::morph
