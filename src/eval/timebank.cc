#include "eval/timebank.h"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "eval/xml.h"
#include "lexicon/lexicon.h"
#include "morph/analyzed_text.h"
#include "morph/compiled.h"
#include "morph/morphology.h"
#include "text/segmenter.h"
#include "time/tagger.h"

namespace sitrep::eval {

namespace fs = std::filesystem;

namespace {

struct GoldTimex {
  size_t start, end;  // byte offsets in the text without tags
  std::string value;
};

std::string Attribute(const std::string& tag, const std::string& name) {
  size_t at = tag.find(" " + name + "=\"");
  if (at == std::string::npos) return "";
  size_t start = at + name.size() + 3;
  return tag.substr(start, tag.find('"', start) - start);
}

// The text between <TEXT> and </TEXT> without its tags, and the gold TIMEX3 spans in it.
bool ParseTml(const std::string& xml, std::string* text, std::vector<GoldTimex>* gold, std::string* dct) {
  size_t dct_at = xml.find("functionInDocument=\"CREATION_TIME\"");
  if (dct_at == std::string::npos) return false;
  size_t tag_start = xml.rfind('<', dct_at);
  *dct = Attribute(xml.substr(tag_start, xml.find('>', dct_at) - tag_start), "value");
  size_t begin = xml.find("<TEXT>"), end = xml.find("</TEXT>");
  if (begin == std::string::npos || end == std::string::npos) return false;
  std::vector<std::pair<size_t, std::string>> open;  // start offset and value of open TIMEX3
  for (size_t i = begin + 6; i < end;) {
    if (xml[i] != '<') {
      size_t next = std::min(xml.find('<', i), end);
      *text += UnescapeXml(xml.substr(i, next - i));
      i = next;
      continue;
    }
    size_t close = xml.find('>', i);
    std::string tag = xml.substr(i, close - i + 1);
    if (tag.rfind("<TIMEX3", 0) == 0) open.push_back({text->size(), Attribute(tag, "value")});
    else if (tag.rfind("</TIMEX3", 0) == 0 && !open.empty()) {
      gold->push_back({open.back().first, text->size(), open.back().second});
      open.pop_back();
    }
    i = close + 1;
  }
  return true;
}

}  // namespace

Result<TimebankScore> EvalTimebank(const std::string& dir, const PipelineOptions& options, std::ostream* details) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
    if (it->path().extension() == ".tml") files.push_back(it->path());
  if (ec || files.empty()) return Status::NotFound(dir + ": no .tml files");
  std::sort(files.begin(), files.end());
  auto lex = lexicon::LoadBinary(lexicon::FindBinary(options.lexicon_path));
  if (!lex.ok()) return lex.status();
  auto segmenter = text::Segmenter::Create(*lex, "fr");
  if (!segmenter.ok()) return segmenter.status();
  auto morphology = morph::FindCompiledMorphology(options.morphology_path);
  if (!morphology.ok()) return morphology.status();
  auto analyzer = morph::Analyzer::Create(*lex, "fr", {options.hunspell_dir, options.wordnet_dir, *morphology});
  if (!analyzer.ok()) return analyzer.status();
  time::TimeTagger tagger("fr");

  TimebankScore score;
  for (const auto& file : files) {
    std::ifstream in(file);
    std::stringstream buf;
    buf << in.rdbuf();
    Document doc;
    std::vector<GoldTimex> gold;
    std::string dct;
    if (!ParseTml(buf.str(), &doc.text, &gold, &dct) || !PartialDate::ParseIso(dct, &doc.date))
      return Status::Corrupt(file.string() + ": not a TimeML document with a creation time");
    doc.id = file.stem().string();
    morph::AnalyzedText at = morph::AnalyzeText(doc, **segmenter, **analyzer);
    std::vector<time::Timex> system;
    long reference = 0;
    for (size_t s = 0; s < at.seg.sentences.size(); ++s)
      for (auto& t : tagger.Tag(at, s, doc.date, &reference)) system.push_back(t);
    ++score.documents;
    score.gold += gold.size();
    score.system += system.size();
    std::vector<bool> used(gold.size(), false);
    for (const auto& t : system) {
      size_t start = at.seg.tokens[t.first].start, end = at.seg.tokens[t.last - 1].end;
      std::string extent = doc.text.substr(start, end - start);
      bool matched = false;
      for (size_t g = 0; g < gold.size() && !matched; ++g) {
        if (used[g] || gold[g].end <= start || gold[g].start >= end) continue;
        used[g] = matched = true;
        ++score.relaxed;
        if (gold[g].start == start && gold[g].end == end) ++score.strict;
        if (gold[g].value == t.value) ++score.values;
        else if (details)
          *details << doc.id << ": value " << t.value << " for '" << extent << "', gold " << gold[g].value << " for '"
                   << doc.text.substr(gold[g].start, gold[g].end - gold[g].start) << "'\n";
      }
      if (!matched && details) *details << doc.id << ": extra '" << extent << "' " << t.value << "\n";
    }
    for (size_t g = 0; g < gold.size(); ++g)
      if (!used[g] && details)
        *details << doc.id << ": missed '" << doc.text.substr(gold[g].start, gold[g].end - gold[g].start) << "' "
                 << gold[g].value << "\n";
  }
  return score;
}

}  // namespace sitrep::eval
