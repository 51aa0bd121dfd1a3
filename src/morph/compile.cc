// Building the compiled morphology (compiled.h): which queries each language's section answers,
// and asking the backend about each of them on several threads.
#include <algorithm>
#include <iterator>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "morph/compiled.h"
#include "text/fold.h"
#include "text/segmenter.h"
#include "text/utf8.h"

namespace sitrep::morph {

namespace {

// The words of the lexicon's tables of `lang`, as the analyser asks about them: in lower case, and
// as written for a capitalised word the dictionary may know only capitalised.
Status AddLexiconWords(const lexicon::Lexicon& lexicon, const std::string& lang, std::vector<std::string>* queries) {
  auto segmenter = text::Segmenter::Create(lexicon, lang);
  if (!segmenter.ok()) return segmenter.status();
  for (const auto& table : lexicon.tables) {
    if (table.lang != lang && table.lang != "*") continue;
    for (const auto& row : table.rows)
      for (const auto& cell : row) {
        // A cell that is one word ("s'", "jusqu'") may be one token of a text, however the
        // segmenter splits it alone.
        if (!cell.empty() && cell.find_first_of(" \t") == std::string::npos) {
          queries->push_back(text::Lower(cell));
          queries->push_back(cell);
        }
        text::Segmentation seg = segmenter.value()->Segment(cell);
        for (const auto& t : seg.tokens) {
          if (t.kind != text::TokenKind::kWord) continue;
          std::string_view word = std::string_view(cell).substr(t.start, t.end - t.start);
          queries->push_back(text::Lower(word));
          if (queries->back() != word) queries->emplace_back(word);
        }
      }
  }
  return Status::Ok();
}

// Characters a complete section vouches for: a word with anything else (an apostrophe, a digit, a
// dot, a combining accent hunspell would first compose) is asked of hunspell. Hunspell analyses a
// hyphenated word as a whole (it breaks words at hyphens to check their spelling, not to analyse
// them), so that "centre-est" is as unknown to it as to the section.
bool VouchedCharacter(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
  return c >= 0xC0 && !(c >= 0x300 && c <= 0x36F) && c != 0x2019 && c != 0x2BC && c != 0xD7 && c != 0xF7;
}

// The backend's readings for each query, asked on `jobs` threads with a backend each (hunspell is
// not thread-safe).
Result<std::vector<std::vector<Reading>>> AskAll(const std::vector<std::string>& queries, const std::string& lang,
                                                 const Resources& resources, unsigned jobs) {
  std::vector<std::vector<Reading>> answers(queries.size());
  jobs = std::max(1u, std::min<unsigned>(jobs, static_cast<unsigned>(queries.size() / 1000 + 1)));
  std::vector<Status> failures(jobs, Status::Ok());
  std::vector<std::thread> threads;
  for (unsigned j = 0; j < jobs; ++j)
    threads.emplace_back([&, j] {
      auto backend = OpenBackend(lang, resources);
      if (!backend.ok()) {
        failures[j] = backend.status();
        return;
      }
      for (size_t i = j; i < queries.size(); i += jobs) backend.value()->Analyze(queries[i], &answers[i]);
    });
  for (auto& t : threads) t.join();
  for (const auto& s : failures)
    if (!s.ok()) return s;
  return answers;
}

std::string UpperCase(const std::string& s) {
  std::string out;
  icu::UnicodeString::fromUTF8(s).toUpper(icu::Locale::getRoot()).toUTF8String(out);
  return out;
}

// The first letter in upper case, the others as given.
std::string InitialCapital(const std::string& s) {
  size_t first = 0;
  char32_t c = text::DecodeAt(s, &first);
  std::string out;
  text::AppendUtf8(static_cast<char32_t>(u_toupper(static_cast<UChar32>(c))), &out);
  return out + s.substr(first);
}

std::vector<std::string> Unique(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

Result<CompiledSection> CompileSection(const lexicon::Lexicon& lexicon, const std::string& lang,
                                       const Resources& resources, unsigned jobs) {
  auto backend = OpenBackend(lang, resources);
  if (!backend.ok()) return backend.status();
  CompiledSection section;
  section.lang = lang;
  section.backend = backend.value()->name();
  section.fingerprint = backend.value()->Fingerprint();
  section.complete = lang == "fr";

  std::vector<std::string> forms;
  auto emit = [&](std::string_view form) {
    if (form.find('\'') == std::string_view::npos && form.find("\u2019") == std::string_view::npos)
      forms.emplace_back(form);
  };
  Status s = lang == "fr" ? ForEachFrenchForm(resources, emit) : ForEachEnglishForm(resources, emit);
  if (!s.ok()) return s;
  forms = Unique(std::move(forms));
  auto form_answers = AskAll(forms, lang, resources, jobs);
  if (!form_answers.ok()) return form_answers.status();

  // Every query the section holds is answered exactly as the backend answers it, empty answers
  // included. A complete section holds each form the backend knows and its lower case, so that a
  // simple word whose lower case is none of those is one the backend does not know; and the
  // capitalised and upper-case forms of a name, which the analyser asks about when the lower case
  // has no reading ("Damas", "DAMAS").
  std::vector<std::string> queries;
  std::unordered_set<std::string> spelled;
  std::unordered_set<char32_t> letters;
  for (size_t i = 0; i < forms.size(); ++i) {
    if (form_answers.value()[i].empty() && section.complete) continue;  // generated, but not a word
    const std::string& form = forms[i];
    std::string lower = text::Lower(form);
    queries.push_back(form);
    if (lower != form) {
      queries.push_back(lower);
      queries.push_back(UpperCase(form));
      queries.push_back(InitialCapital(lower));
    }
    spelled.insert(std::move(lower));
    for (size_t k = 0; k < form.size();)
      if (char32_t c = text::DecodeAt(form, &k); VouchedCharacter(c)) letters.insert(c);
  }
  std::vector<std::string> lexicon_words;
  if (Status w = AddLexiconWords(lexicon, lang, &lexicon_words); !w.ok()) return w;
  lexicon_words = Unique(std::move(lexicon_words));
  queries = Unique(std::move(queries));
  std::vector<std::string> others;
  std::set_difference(queries.begin(), queries.end(), lexicon_words.begin(), lexicon_words.end(),
                      std::back_inserter(others));
  // The forms were asked already; only the other queries are asked now.
  std::unordered_map<std::string_view, const std::vector<Reading>*> known;
  for (size_t i = 0; i < forms.size(); ++i) known.emplace(forms[i], &form_answers.value()[i]);
  for (auto [table, queried] : {std::pair{&section.start_answers, &lexicon_words}, std::pair{&section.answers, &others}}) {
    std::vector<std::string> unasked;
    for (const std::string& q : *queried)
      if (!known.count(q)) unasked.push_back(q);
    auto answers = AskAll(unasked, lang, resources, jobs);
    if (!answers.ok()) return answers.status();
    for (size_t i = 0, next = 0; i < queried->size(); ++i) {
      const std::string& q = (*queried)[i];
      auto found = known.find(q);
      std::vector<Reading> readings = found != known.end() ? *found->second : std::move(answers.value()[next++]);
      table->push_back({q, std::move(readings), spelled.count(q) > 0});
    }
  }
  if (section.complete) section.alphabet.assign(letters.begin(), letters.end());
  return section;
}

}  // namespace

Result<std::string> CompileMorphology(const lexicon::Lexicon& lexicon, const Resources& resources, unsigned jobs) {
  std::vector<CompiledSection> sections;
  for (const char* lang : {"fr", "en"}) {
    auto section = CompileSection(lexicon, lang, resources, jobs);
    if (!section.ok()) return section.status();  // its message names the missing or malformed file
    sections.push_back(std::move(section.value()));
  }
  return SerializeCompiledMorphology(sections);
}

}  // namespace sitrep::morph
