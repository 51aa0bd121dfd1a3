// Codes a corpus on one thread and reports throughput per core and peak memory.
//   sitrep_bench --stage text|time|geo|cameo|code|code-nogeo [--repeat N] [--dictionaries DIR]
//                [--no-stage-shares] PATH...
// stage "text": reading, language identification, segmentation and morphology.
// stage "time": the text stage plus the temporal tagger (its cost is the difference).
// stage "geo": the text stage plus the geocoder, finding and resolving every place name.
// stage "code": the whole of `sitrep code` (every stage that exists), output serialised.
// stage "code-nogeo": the same without the geocoder (`--no-geocode`): the geocoder's share of the
// pipeline is the difference.
// stage "cameo": the text stage plus the pattern coder with --dictionaries (PETRARCH's or TABARI's)
// on every sentence, as PETRARCH would code them. --dictionaries also loads them in "code".
// "code" and "code-nogeo" then print each stage's time and share of the whole, exclusive of the
// stages nested in it (src/stage_clock.h), from the largest share down; --no-stage-shares runs
// without the clock, to measure what it costs.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "peer/pattern_coder.h"
#include "peer/dictionary.h"
#include "geo/gazetteer.h"
#include "geo/geocoder.h"
#include "lexicon/lexicon.h"
#include "morph/analyzed_text.h"
#include "morph/morphology.h"
#include "sitrep/pipeline.h"
#include "stage_clock.h"
#include "text/langid.h"
#include "text/segmenter.h"
#include "time/tagger.h"

namespace {

// The benchmark codes on one thread: this thread's CPU time is the pipeline's.
double ThreadCpuSeconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

double PeakRssMb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

// One line per stage, the largest share first; the shares add up to the whole measured time.
void PrintStageShares(const sitrep::StageTimes& times) {
  std::chrono::duration<double, std::milli> whole{};
  for (auto t : times) whole += t;
  std::vector<size_t> order(times.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return times[a] > times[b]; });
  for (size_t i : order) {
    std::string_view name = sitrep::StageName(static_cast<sitrep::Stage>(i));
    std::chrono::duration<double, std::milli> ms = times[i];
    std::printf("stage_share name=%.*s ms=%.1f share=%.1f%%\n", static_cast<int>(name.size()), name.data(), ms.count(),
                100.0 * (ms / whole));
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::string stage = "code", dictionaries;
  int repeat = 1;
  bool stage_shares = true;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--stage") && i + 1 < argc) stage = argv[++i];
    else if (!std::strcmp(argv[i], "--repeat") && i + 1 < argc) repeat = std::atoi(argv[++i]);
    else if (!std::strcmp(argv[i], "--dictionaries") && i + 1 < argc) dictionaries = argv[++i];
    else if (!std::strcmp(argv[i], "--no-stage-shares")) stage_shares = false;
    else paths.push_back(argv[i]);
  }
  if (paths.empty() || (stage != "text" && stage != "time" && stage != "geo" && stage != "code" &&
                        stage != "code-nogeo" && stage != "cameo") ||
      (stage == "cameo" && dictionaries.empty())) {
    std::fprintf(stderr,
                 "usage: sitrep_bench --stage text|time|geo|cameo|code|code-nogeo [--repeat N] [--dictionaries DIR] "
                 "[--no-stage-shares] PATH...\n(cameo needs --dictionaries)\n");
    return 2;
  }
  std::unique_ptr<sitrep::peer::PatternCoder> pattern_coder;
  if (stage == "cameo") {
    auto load_start = std::chrono::steady_clock::now();
    sitrep::peer::PeerDictionaries dicts;
    if (auto s = sitrep::peer::ReadPeerDictionaryDir(dictionaries, &dicts); !s.ok()) {
      std::fprintf(stderr, "%s\n", s.message().c_str());
      return 2;
    }
    pattern_coder = std::make_unique<sitrep::peer::PatternCoder>(dicts, sitrep::peer::PatternCoderOptions{});
    std::printf("dictionaries_load_ms=%.0f\n",
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - load_start).count());
  }

  // $SITREP_LEXICON wins, else the build tree's lexicon.
  const std::string lexicon_path = sitrep::lexicon::FindBinary(std::getenv("SITREP_LEXICON") ? "" : SITREP_BENCH_LEXICON);
  auto lex = sitrep::lexicon::LoadBinary(lexicon_path);
  if (!lex.ok()) {
    std::fprintf(stderr, "%s\n", lex.status().message().c_str());
    return 2;
  }
  // $SITREP_GAZETTEER wins, else the build tree's gazetteer.
  const std::string gazetteer_path = sitrep::geo::FindGazetteer(std::getenv("SITREP_GAZETTEER") ? "" : SITREP_BENCH_GAZETTEER);
  std::unique_ptr<sitrep::geo::Gazetteer> gazetteer;
  if (stage == "geo") {
    auto open_start = std::chrono::steady_clock::now();
    auto opened = sitrep::geo::Gazetteer::Open(gazetteer_path);
    std::printf("gazetteer_open_ms=%.2f\n",
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - open_start).count());
    if (!opened.ok()) {
      std::fprintf(stderr, "%s\n", opened.status().message().c_str());
      return 2;
    }
    gazetteer = std::move(opened.value());
  }
  std::unique_ptr<sitrep::Pipeline> pipeline;
  bool whole = stage == "code" || stage == "code-nogeo";
  stage_shares = stage_shares && whole;
  if (whole) {
    sitrep::PipelineOptions options;
    options.lexicon_path = lexicon_path;
    options.gazetteer_path = gazetteer_path;
    // $SITREP_MORPHOLOGY wins (set and empty: none, to measure the backends alone), else the build
    // tree's compiled morphology.
    options.morphology_path = std::getenv("SITREP_MORPHOLOGY") ? "" : SITREP_BENCH_MORPHOLOGY;
    options.geocode = stage == "code";
    options.cameo_dictionaries = dictionaries;
    auto opened = sitrep::Pipeline::Open(options);
    if (!opened.ok()) {
      std::fprintf(stderr, "%s\n", opened.status().message().c_str());
      return 2;
    }
    pipeline = std::move(opened.value());
  }
  struct Stages {
    std::unique_ptr<sitrep::text::Segmenter> segmenter;
    std::unique_ptr<sitrep::morph::Analyzer> analyzer;
    std::unique_ptr<sitrep::time::TimeTagger> tagger;
    std::unique_ptr<sitrep::geo::Geocoder> geocoder;
  };
  std::map<std::string, Stages> stages;
  for (const char* lang : {"fr", "en"}) {
    stages[lang].segmenter = std::move(sitrep::text::Segmenter::Create(*lex, lang).value());
    stages[lang].analyzer = std::move(sitrep::morph::Analyzer::Create(*lex, lang, {}).value());
    stages[lang].tagger = std::make_unique<sitrep::time::TimeTagger>(lang);
    if (gazetteer)
      stages[lang].geocoder = std::move(sitrep::geo::Geocoder::Create(*gazetteer, *lex, lang, *stages[lang].segmenter,
                                                                      *stages[lang].analyzer).value());
  }

  // Every pass reads the corpus again: reading is part of what is measured.
  size_t bytes = 0, documents = 0, tokens = 0, events = 0, failed = 0, timexes = 0, toponyms = 0;
  auto process = [&](sitrep::Result<sitrep::Document> read) {
    // The reader calls this for each document: what no stage below claims is no reading.
    sitrep::StageScope not_reading(sitrep::Stage::kUnattributed);
    ++documents;
    if (!read.ok()) { ++failed; return; }
    sitrep::Document& doc = *read;
    bytes += doc.text.size();
    if (whole) {
      auto coded = pipeline->Code(doc);
      if (!coded.ok()) { ++failed; return; }
      sitrep::StageScope writing(sitrep::Stage::kJsonOutput);
      for (const auto& e : *coded) events += sitrep::EventToJson(e).size() > 0;
      return;
    }
    std::string_view body = std::string_view(doc.text).substr(doc.body_start);
    auto guess = sitrep::text::IdentifyLanguage(body);
    auto it = stages.find(guess.code);
    if (it == stages.end()) { ++failed; return; }
    sitrep::morph::AnalyzedText at =
        sitrep::morph::AnalyzeText(doc, *it->second.segmenter, *it->second.analyzer, doc.body_start);
    tokens += at.seg.tokens.size();
    if (stage == "time") {
      long reference = 0;
      for (size_t s = 0; s < at.seg.sentences.size(); ++s) timexes += it->second.tagger->Tag(at, s, doc.date, &reference).size();
    }
    if (stage == "geo") toponyms += it->second.geocoder->Geocode(at).toponyms.size();
    if (pattern_coder)
      for (size_t s = 0; s < at.seg.sentences.size(); ++s) events += pattern_coder->Code(at.SentenceText(s), 0).events.size();
  };
  auto start = std::chrono::steady_clock::now();
  double cpu_start = ThreadCpuSeconds();
  if (stage_shares) sitrep::StartStageClock();
  for (int r = 0; r < repeat; ++r) {
    for (const auto& path : paths) {
      sitrep::StageScope reading(sitrep::Stage::kReading);
      sitrep::Status s = sitrep::ReadDocuments(path, {}, process);
      if (!s.ok()) {
        std::fprintf(stderr, "%s\n", s.message().c_str());
        return 2;
      }
    }
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  double cpu_seconds = ThreadCpuSeconds() - cpu_start;
  std::optional<sitrep::StageTimes> stage_times;
  if (stage_shares) stage_times = sitrep::StopStageClock();
  double mb = static_cast<double>(bytes) / 1e6;
  std::printf("stage=%s documents=%zu failed=%zu MB=%.2f seconds=%.3f\n", stage.c_str(), documents, failed, mb,
              seconds);
  if (!whole) std::printf("tokens=%zu tokens_per_s=%.0f\n", tokens, static_cast<double>(tokens) / seconds);
  if (stage == "time") std::printf("time_expressions=%zu\n", timexes);
  if (stage == "geo") std::printf("toponyms=%zu\n", toponyms);
  if (whole || pattern_coder) std::printf("events=%zu\n", events);
  std::printf("MB_per_s_per_core=%.2f docs_per_s_per_core=%.1f peak_rss_MB=%.1f\n", mb / seconds,
              static_cast<double>(documents) / seconds, PeakRssMb());
  // On a shared machine the wall clock counts other processes' turns too; the CPU time does not.
  std::printf("cpu_seconds=%.3f MB_per_cpu_s=%.2f docs_per_cpu_s=%.1f\n", cpu_seconds, mb / cpu_seconds,
              static_cast<double>(documents) / cpu_seconds);
  if (stage_times) PrintStageShares(*stage_times);
  return 0;
}
