// The sitrep command line: a thin layer over the library.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <optional>
#include <thread>

#include "cli/event_output.h"
#include "cli/progress.h"
#include "cli/serve.h"
#include "cli/one_shot.h"
#include "cli/options.h"
#include "cli/store_commands.h"
#include "coder/taxonomy.h"
#include "peer/dictionary.h"
#include "peer/lexicon_tables.h"
#include "eval/cameo_suites.h"
#include "eval/geo.h"
#include "eval/timebank.h"
#include "geo/gazetteer.h"
#include "geo/names.h"
#include "lexicon/lexicon.h"
#include "morph/compiled.h"
#include "sitrep/pipeline.h"

#ifndef SITREP_SOURCE_DATA
#define SITREP_SOURCE_DATA "data"
#endif

namespace {

using sitrep::Document;
using sitrep::Event;
using sitrep::Result;

struct CommonOptions {
  sitrep::ReadOptions read;
  sitrep::PipelineOptions pipeline;
};

void AddCommonOptions(CLI::App* cmd, CommonOptions* o) {
  cmd->add_option("--date", o->read.forced_date, "Document date YYYY[-MM[-DD]], overriding metadata and header")
      ->check([](const std::string& value) {
        sitrep::PartialDate date;
        return sitrep::PartialDate::ParseIso(value, &date) ? std::string() : "not a date of the form YYYY[-MM[-DD]]";
      });
  cmd->add_option("--lang", o->read.forced_lang, "Language of every document (fr, en); skips identification")
      ->check(CLI::IsMember({"fr", "en"}));
  cmd->add_option("--id", o->read.forced_id, "Document id for a single file or stdin (default: file name)");
  cmd->add_option("--input-format", o->read.format, "Input format")
      ->check(CLI::IsMember({"auto", "text", "jsonl", "html"}))
      ->capture_default_str();
  cmd->add_option("--max-bytes", o->read.max_document_bytes, "Largest document accepted, in bytes")
      ->capture_default_str()
      ->check(sitrep::cli::CountFrom(1, sitrep::kMaxDocumentBytes, "bytes"));
  cmd->add_option("--lexicon", o->pipeline.lexicon_path,
                  "Compiled lexicon (default: $SITREP_LEXICON, else lexicon.bin beside the executable)");
  cmd->add_option("--gazetteer", o->pipeline.gazetteer_path,
                  "Compiled gazetteer (default: $SITREP_GAZETTEER, else gazetteer.bin beside the executable)");
  cmd->add_option("--morphology", o->pipeline.morphology_path,
                  "Compiled morphology (default: $SITREP_MORPHOLOGY, else morphology.bin beside the executable; "
                  "without one, hunspell and WordNet are asked about every word)");
  cmd->add_option("--dictionaries", o->pipeline.cameo_dictionaries,
                  "A directory of PETRARCH or TABARI dictionaries: English sentences the lexicon leaves "
                  "uncoded are coded with them (docs/LEXICON.md)");
  cmd->add_flag("--no-geocode", [o](int64_t) { o->pipeline.geocode = false; },
                "Leave locations null and open no gazetteer (place_text still says where)");
  cmd->add_option("--hunspell-dir", o->pipeline.hunspell_dir, "Where fr.aff/fr.dic are")->capture_default_str();
  cmd->add_option("--wordnet-dir", o->pipeline.wordnet_dir, "WordNet dict directory")->capture_default_str();
}

int RunCode(const std::vector<std::string>& paths, CommonOptions& o, sitrep::cli::EventOutputOptions output,
            bool progress, unsigned jobs) {
  if (!sitrep::cli::AllPathsExist(paths)) return 2;
  auto pipeline = sitrep::Pipeline::Open(o.pipeline);
  if (!pipeline.ok()) {
    std::cerr << "sitrep: " << pipeline.status().message() << "\n";
    return 2;
  }
  std::optional<sitrep::store::AcledNames> names;
  if (output.format == "csv" && !(names = sitrep::cli::LoadAcledNames(o.pipeline.lexicon_path))) return 2;
  sitrep::cli::EventWriter writer(std::cout, output, names ? &*names : nullptr);
  size_t docs = 0, failed = 0, events = 0;
  bool show_progress = progress || isatty(STDERR_FILENO);
  sitrep::cli::Progress shown(show_progress, show_progress ? sitrep::cli::CountDocuments(paths) : 0);
  writer.Begin();
  auto write = [&](Result<Document>& doc, std::optional<Result<sitrep::Coding>>& coded) {
    ++docs;
    if (coded->ok()) {
      for (const Event& e : (*coded)->events)
        writer.Write({e, 1, {sitrep::store::Report{doc->id, doc->url, doc->source, e, ""}}});
      events += (*coded)->events.size();
    } else {
      ++failed;
      std::cerr << "sitrep: " << coded->status().message() << "\n";
    }
    shown.Update(docs, std::to_string(events) + " events, " + std::to_string(failed) + " failed");
  };
  auto coder = sitrep::ParallelCoder::Open(std::move(pipeline.value()), jobs, write);
  if (!coder.ok()) {
    std::cerr << "sitrep: " << coder.status().message() << "\n";
    return 2;
  }
  for (const auto& path : paths) {
    sitrep::Status s = sitrep::ReadDocuments(path, o.read, [&](Result<Document> doc) { (*coder)->Add(std::move(doc)); });
    // A path that cannot be read counts, in its turn, as a document that failed.
    if (!s.ok()) (*coder)->Add(s);
  }
  (*coder)->Finish();
  writer.End();
  shown.Finish();
  for (auto& coded_with : (*coder)->Close()) sitrep::cli::LeaveToExit(std::move(coded_with));
  if (failed)
    std::cerr << "sitrep: " << failed << " of " << docs << " documents failed"
              << (failed < docs ? "; the others were coded\n" : "\n");
  std::cerr << "sitrep: " << docs - failed << " documents coded, " << events << " events\n";
  if (writer.left_out())
    std::cerr << "sitrep: " << writer.left_out()
              << " events that did not occur (planned, feared, claimed...) left out of the ACLED CSV; "
                 "--all-statuses keeps them\n";
  return failed ? 1 : 0;
}

int RunExplain(const std::string& path, const std::string& text, CommonOptions& o) {
  auto pipeline = sitrep::Pipeline::Open(o.pipeline);
  if (!pipeline.ok()) {
    std::cerr << "sitrep: " << pipeline.status().message() << "\n";
    return 2;
  }
  int rc = 0;
  auto explain = [&](Result<Document> doc) {
    if (!doc.ok()) {
      std::cerr << "sitrep: " << doc.status().message() << "\n";
      rc = 1;
      return;
    }
    auto report = (*pipeline)->Explain(*doc);
    if (!report.ok()) {
      std::cerr << "sitrep: " << report.status().message() << "\n";
      rc = 1;
      return;
    }
    std::cout << *report;
  };
  if (!text.empty()) {
    Document doc;
    doc.id = o.read.forced_id.empty() ? "text" : o.read.forced_id;
    doc.origin = "--text";
    doc.text = text;
    doc.lang = o.read.forced_lang;
    if (!o.read.forced_date.empty()) {
      sitrep::PartialDate::ParseIso(o.read.forced_date, &doc.date);
      doc.date_origin = "option";
    }
    explain(doc);
  } else if (sitrep::Status s = sitrep::ReadDocuments(path, o.read, explain); !s.ok()) {
    std::cerr << "sitrep: " << s.message() << "\n";
    rc = 2;
  }
  sitrep::cli::LeaveToExit(std::move(pipeline.value()));
  return rc;
}

// The lexicon sources of `dirs`, or nothing (its problems reported) when any has one: `refused`
// says what is then not done ("nothing written").
std::optional<sitrep::lexicon::Lexicon> ReadSourcesWithoutProblems(const std::vector<std::string>& dirs,
                                                                   const char* refused) {
  std::vector<sitrep::lexicon::Diagnostic> diagnostics;
  sitrep::lexicon::Lexicon lex = sitrep::lexicon::ReadSources(dirs, &diagnostics);
  for (const auto& d : diagnostics) std::cerr << d.ToString() << "\n";
  if (!diagnostics.empty()) {
    std::cerr << "sitrep: " << diagnostics.size() << " problems in the sources; " << refused << "\n";
    return std::nullopt;
  }
  return lex;
}

int RunLexiconAcledTable(const std::vector<std::string>& dirs) {
  auto lex = ReadSourcesWithoutProblems(dirs, "no table written");
  if (!lex) return 1;
  std::cout << sitrep::coder::AcledTable(*lex);
  return 0;
}

int RunLexiconCheck(const std::vector<std::string>& dirs) {
  std::vector<sitrep::lexicon::Diagnostic> diagnostics;
  sitrep::lexicon::Lexicon lex = sitrep::lexicon::ReadSources(dirs, &diagnostics);
  for (const auto& d : diagnostics) std::cerr << d.ToString() << "\n";
  size_t rows = 0;
  for (const auto& t : lex.tables) {
    std::cout << t.kind << " (" << t.lang << "): " << t.rows.size() << " entries\n";
    rows += t.rows.size();
  }
  // Imported CAMEO dictionaries must also read back as the pattern coder takes them.
  size_t problems = diagnostics.size();
  for (const char* lang : {"en", "fr"})
    if (auto imported = sitrep::peer::FromLexicon(lex, lang); !imported.ok()) {
      std::cerr << imported.status().message() << "\n";
      ++problems;
    }
  std::cout << "lexicon " << lex.Version() << ": " << rows << " entries, " << problems << " problems\n";
  // The gazetteer supplement beside the lexicons, in GeoNames' layout.
  std::vector<std::string> supplement;
  std::error_code ec;
  for (const auto& dir : dirs)
    for (const auto& e : std::filesystem::directory_iterator(std::filesystem::path(dir) / "geo", ec))
      if (e.path().extension() == ".tsv") supplement.push_back(e.path().string());
  std::sort(supplement.begin(), supplement.end());
  auto geo_problems = sitrep::geo::CheckSupplement(supplement);
  for (const auto& p : geo_problems) std::cerr << p << "\n";
  if (!supplement.empty())
    std::cout << "gazetteer supplement: " << supplement.size() << " files, " << geo_problems.size() << " problems\n";
  return problems == 0 && geo_problems.empty() ? 0 : 1;
}

int RunLexiconCompile(const std::vector<std::string>& dirs, const std::string& output) {
  auto read = ReadSourcesWithoutProblems(dirs, "nothing written");
  if (!read) return 1;
  const sitrep::lexicon::Lexicon& lex = *read;
  if (auto s = sitrep::lexicon::WriteBinary(lex, output); !s.ok()) {
    std::cerr << "sitrep: " << s.message() << "\n";
    return 2;
  }
  std::cout << "wrote " << output << " (lexicon " << lex.Version() << ")\n";
  return 0;
}

// Reads a directory of PETRARCH or TABARI dictionaries and writes them as sitrep lexicon sources.
int RunLexiconImportPetrarch(const std::string& dir, const std::string& output_dir) {
  sitrep::peer::PeerDictionaries dictionaries;
  if (auto s = sitrep::peer::ReadPeerDictionaryDir(dir, &dictionaries); !s.ok()) {
    std::cerr << "sitrep: " << s.message() << "\n";
    return 2;
  }
  for (const auto& w : dictionaries.warnings) std::cerr << w << "\n";
  size_t patterns = 0;
  for (const auto& v : dictionaries.verbs) patterns += v.patterns.size();
  std::error_code ec;
  std::filesystem::create_directories(output_dir, ec);
  std::string path = (std::filesystem::path(output_dir) / "cameo_dictionaries.lex").string();
  std::string source = "# Imported by sitrep lexicon import-petrarch from " + dir +
                       ". Format: docs/LEXICON.md (kinds cameo_*).\n" +
                       sitrep::peer::ToLexiconSource(dictionaries, "en");
  if (auto s = sitrep::lexicon::WriteFileAtomically(path, source); !s.ok()) {
    std::cerr << "sitrep: " << s.message() << "\n";
    return 2;
  }
  // What was written must read back: the same checks as `lexicon check`.
  std::vector<sitrep::lexicon::Diagnostic> diagnostics;
  sitrep::lexicon::Lexicon lex = sitrep::lexicon::ReadSources(output_dir, &diagnostics);
  for (const auto& d : diagnostics) std::cerr << d.ToString() << "\n";
  std::cout << "wrote " << path << ": " << dictionaries.actors.size() << " actors, " << dictionaries.agents.size()
            << " agents, " << dictionaries.discards.size() << " discards, " << dictionaries.verbs.size() << " verbs, "
            << patterns << " patterns; " << dictionaries.warnings.size() << " warnings\n"
            << "compile with: sitrep lexicon compile " << SITREP_SOURCE_DATA << " " << output_dir
            << " -o lexicon.bin\n";
  return diagnostics.empty() ? 0 : 1;
}

// `sitrep serve`: replaces this process with sitrep-server beside its executable, given the same
// arguments (see cli/serve.h); returns an exit status only when that fails.
int ExecServer(char** argv) {
  std::error_code ec;
  std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
  std::string server = (self.parent_path() / sitrep::cli::kServerExecutable).string();
  argv[0] = server.data();
  execv(server.c_str(), argv);
  std::cerr << "sitrep: cannot run " << server << " for serve: " << std::strerror(errno)
            << " (it is built and installed beside sitrep)\n";
  return 2;
}

// "morphology 2 fr en": the compiled morphology's format and the languages whose section answers for
// the dictionaries installed here; one compiled from others is named as unused.
void PrintMorphologyVersion() {
  auto compiled = sitrep::morph::FindCompiledMorphology("");
  if (!compiled.ok()) {
    std::cout << "morphology: " << compiled.status().message() << "\n";
    return;
  }
  if (!*compiled) {
    std::cout << "morphology: none found (hunspell and WordNet answer every word)\n";
    return;
  }
  std::cout << "morphology " << sitrep::morph::kCompiledMorphologyVersion;
  sitrep::morph::Resources resources;
  for (const char* lang : {"fr", "en"}) {
    auto backend = sitrep::morph::OpenBackend(lang, resources);
    bool used = backend.ok() && (*compiled)->Find(lang, (*backend)->name(), (*backend)->Fingerprint()) !=
                                    sitrep::morph::CompiledMorphology::kNoSection;
    std::cout << " " << lang << (used ? "" : " (compiled from other dictionaries than these: unused)");
  }
  std::cout << "\n";
}

int RunMorphologyCompile(const std::string& lexicon_path, const sitrep::morph::Resources& resources, unsigned jobs,
                         const std::string& output) {
  auto lex = sitrep::lexicon::LoadBinary(sitrep::lexicon::FindBinary(lexicon_path));
  if (!lex.ok()) {
    std::cerr << "sitrep: " << lex.status().message() << "\n";
    return 2;
  }
  auto bytes = sitrep::morph::CompileMorphology(*lex, resources, jobs);
  if (!bytes.ok()) {
    std::cerr << "sitrep: " << bytes.status().message() << "; nothing written\n";
    return 2;
  }
  if (auto s = sitrep::lexicon::WriteFileAtomically(output, *bytes); !s.ok()) {
    std::cerr << "sitrep: " << s.message() << "\n";
    return 2;
  }
  auto written = sitrep::morph::CompiledMorphology::FromBytes(*bytes);
  std::cout << "wrote " << output << " (" << bytes->size() / (1 << 20) << " MB, "
            << (written.ok() ? (*written)->size() : 0) << " languages)\n";
  return 0;
}

struct GazetteerSources {
  std::vector<std::string> geonames;    // GeoNames rows as GeoNames writes them
  std::vector<std::string> supplement;  // the project's (or a user's) curated rows
  std::string alternate_names, admin1_codes, country_info, output = "gazetteer.bin";
};

int RunGazetteerCompile(const GazetteerSources& src) {
  sitrep::geo::GazetteerBuilder builder;
  size_t warnings = 0;
  auto warn = [&](const std::string& w) {
    if (++warnings <= 50) std::cerr << "sitrep: " << w << "\n";
  };
  auto step = [&](const sitrep::Status& s) {
    if (!s.ok()) std::cerr << "sitrep: " << s.message() << "\n";
    return s.ok();
  };
  for (const auto& f : src.geonames)
    if (!step(builder.AddGeonames(f, /*curated=*/false, warn))) return 2;
  if (!src.alternate_names.empty() && !step(builder.AddAlternateNames(src.alternate_names, warn))) return 2;
  if (!src.admin1_codes.empty() && !step(builder.AddAdmin1Codes(src.admin1_codes, warn))) return 2;
  if (!src.country_info.empty() && !step(builder.AddCountryInfo(src.country_info, warn))) return 2;
  // The supplement last: its names and divisions have the last word over GeoNames' code tables.
  for (const auto& path : src.supplement) {
    std::vector<std::string> files;
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
      for (const auto& e : std::filesystem::directory_iterator(path, ec))
        if (e.path().extension() == ".tsv") files.push_back(e.path().string());
      std::sort(files.begin(), files.end());
    } else {
      files.push_back(path);
    }
    for (const auto& f : files)
      if (!step(builder.AddGeonames(f, /*curated=*/true, warn))) return 2;
  }
  if (warnings > 50) std::cerr << "sitrep: " << warnings - 50 << " more problems not shown\n";
  if (!step(builder.Write(src.output))) return 2;
  auto g = sitrep::geo::Gazetteer::Open(src.output);
  if (!step(g.status())) return 2;
  std::cout << "wrote " << src.output << " (gazetteer " << (*g)->Version() << ", " << (*g)->size() << " places";
  if (warnings) std::cout << ", " << warnings << " lines skipped";
  std::cout << ")\n";
  return 0;
}

int RunGazetteerCheck(const std::string& path) {
  std::string file = sitrep::geo::FindGazetteer(path);
  auto g = sitrep::geo::Gazetteer::Open(file, sitrep::geo::Gazetteer::Check::kEverything);
  if (!g.ok()) {
    std::cerr << "sitrep: " << g.status().message() << "\n";
    return 2;
  }
  std::cout << file << ": gazetteer " << (*g)->Version() << ", " << (*g)->size() << " places, checksums match\n";
  return 0;
}

int RunGazetteerLookup(const std::vector<std::string>& names, const std::string& path) {
  auto g = sitrep::geo::Gazetteer::Open(sitrep::geo::FindGazetteer(path));
  if (!g.ok()) {
    std::cerr << "sitrep: " << g.status().message() << "\n";
    return 2;
  }
  int rc = 0;
  for (const auto& name : names) {
    auto postings = (*g)->Lookup(name);
    std::cout << name << " (key " << sitrep::geo::NameKey(name) << "): " << postings.size() << " places\n";
    if (postings.empty()) rc = 1;
    uint32_t exact = sitrep::geo::ExactHash(name);
    size_t shown = 0;
    uint32_t last = sitrep::geo::kNoPlace;
    for (const auto& p : postings) {
      if (p.place >= (*g)->size() || p.place == last || ++shown > 15) continue;
      last = p.place;
      const auto& r = (*g)->place(p.place);
      auto a1 = (*g)->Admin1Of(r);
      std::printf("  %-10u %-28s %.2s %-24s %-6.8s %9.5f %10.5f pop %u%s\n", r.geonameid,
                  (*g)->Name(r).c_str(), r.country[0] ? r.country : "--",
                  a1 ? (*g)->Name(*a1).c_str() : "-", r.feature_code, r.lat, r.lon, r.population,
                  p.exact_hash() == exact ? " (exact)" : "");
    }
  }
  return rc;
}

// Problems that did not stop the run go to stderr; the per-category lines and the closing
// passed=N total=M line to stdout. Failing records are the score, not an error: exit 0.
int ReportCameoScore(const Result<sitrep::eval::CameoScore>& score) {
  if (!score.ok()) {
    std::cerr << "sitrep: " << score.status().message() << "\n";
    return 2;
  }
  for (const auto& warning : score->warnings) std::cerr << "sitrep: warning: " << warning << "\n";
  for (const auto& c : score->categories) {
    std::printf("%s passed=%zu total=%zu", c.category.c_str(), c.passed, c.total);
    if (c.not_scored) std::printf(" not_scored=%zu", c.not_scored);
    std::printf("\n");
  }
  std::printf("passed=%zu total=%zu\n", score->passed, score->total);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"sitrep: conflict event data from French and English news reports"};
  app.require_subcommand(1);
  app.set_help_all_flag("--help-all", "Help for every subcommand");

  CommonOptions code_opts;
  std::vector<std::string> code_paths;
  sitrep::cli::EventOutputOptions code_output;
  bool progress = false;
  CLI::App* code = app.add_subcommand("code", "Code documents into events (JSON Lines on stdout)");
  code->add_option("paths", code_paths, "Files or directories (read recursively); - or nothing reads stdin");
  sitrep::cli::AddEventOutputOptions(code, &code_output);
  code->add_flag("--progress", progress, "Report progress on stderr (default when stderr is a terminal)");
  unsigned code_jobs = 1;
  sitrep::cli::AddJobsOption(code, &code_jobs);
  AddCommonOptions(code, &code_opts);

  CommonOptions explain_opts;
  std::string explain_path, explain_text;
  CLI::App* explain = app.add_subcommand("explain", "Show every stage's work on a document, sentence by sentence");
  explain->add_option("path", explain_path, "A document (file, or - for stdin)");
  explain->add_option("--text", explain_text, "Explain this text instead of a file");
  AddCommonOptions(explain, &explain_opts);

  CLI::App* lexicon = app.add_subcommand("lexicon", "Check or compile the lexicons");
  lexicon->require_subcommand(1);
  std::vector<std::string> check_dirs = {SITREP_SOURCE_DATA}, compile_dirs = {SITREP_SOURCE_DATA};
  std::string compile_out = "lexicon.bin", import_dir, import_out = "cameo";
  CLI::App* check = lexicon->add_subcommand("check", "Check lexicon sources; exit 1 on any problem");
  check->add_option("dirs", check_dirs, "Directories of .lex sources, merged")->capture_default_str();
  CLI::App* compile = lexicon->add_subcommand("compile", "Compile lexicon sources to a versioned binary");
  compile->add_option("dirs", compile_dirs, "Directories of .lex sources, merged")->capture_default_str();
  compile->add_option("-o,--output", compile_out, "Binary to write")->capture_default_str();
  std::vector<std::string> table_dirs = {SITREP_SOURCE_DATA};
  CLI::App* acled_table = lexicon->add_subcommand(
      "acled-table", "Print docs/ACLED.md: what selects each ACLED sub-event type, from the lexicon sources");
  acled_table->add_option("dirs", table_dirs, "Directories of .lex sources, merged")->capture_default_str();
  CLI::App* import_petrarch = lexicon->add_subcommand(
      "import-petrarch", "Write PETRARCH or TABARI dictionaries (actors, agents, discards, verbs) as lexicon sources");
  import_petrarch->add_option("dir", import_dir, "Directory of the dictionaries (e.g. petrarch2/data/dictionaries)")
      ->required();
  import_petrarch->add_option("-o,--output", import_out, "Directory to write cameo_dictionaries.lex in")
      ->capture_default_str();

  CLI::App* eval = app.add_subcommand("eval", "Score sitrep on a peer test suite");
  eval->require_subcommand(1);
  std::string timebank_dir;
  bool eval_details = false;
  sitrep::PipelineOptions eval_options;
  CLI::App* timebank = eval->add_subcommand("timebank", "Temporal expressions on French TimeBank (TimeML .tml files)");
  timebank->add_option("dir", timebank_dir, "Directory of .tml files")->required();
  timebank->add_flag("--details", eval_details, "List every missed, extra and wrongly valued expression");
  timebank->add_option("--lexicon", eval_options.lexicon_path, "Compiled lexicon");

  std::string geo_file;
  CLI::App* geo = eval->add_subcommand("geo", "Toponym resolution on TR-News or GeoWebNews (XML with GeoNames gold)");
  geo->add_option("file", geo_file, "TR-News.xml or GWN.xml")->required();
  geo->add_flag("--details", eval_details, "List every toponym resolved more than 161 km off");
  geo->add_option("--lexicon", eval_options.lexicon_path, "Compiled lexicon");
  geo->add_option("--gazetteer", eval_options.gazetteer_path, "Compiled gazetteer");

  std::string tabari_dir;
  CLI::App* tabari = eval->add_subcommand("tabari", "CAMEO event coding on TABARI's validation suite (Validate.text)");
  tabari->add_option("dir", tabari_dir, "Directory of Validate.project and the files it names")->required();
  tabari->add_flag("--details", eval_details, "List every failing record: expected, coded and the coder's trace");

  std::string petrarch_file;
  CLI::App* petrarch =
      eval->add_subcommand("petrarch", "CAMEO event coding on PETRARCH's unit-test records (either edition)");
  petrarch->add_option("file", petrarch_file, "PETR.UnitTest.records.xml, its dictionaries beside it")->required();
  petrarch->add_flag("--details", eval_details, "List every failing record: expected, coded and the coder's trace");

  CLI::App* gazetteer = app.add_subcommand("gazetteer", "Compile the gazetteer, check it or look names up in it");
  gazetteer->require_subcommand(1);
  GazetteerSources sources;
  CLI::App* gcompile = gazetteer->add_subcommand(
      "compile", "Compile GeoNames files and the project's supplement into an index");
  gcompile->add_option("--geonames", sources.geonames,
                       "GeoNames geoname-table files: cities500.txt, allCountries.txt or per-country files");
  gcompile->add_option("--supplement", sources.supplement, "Curated rows in the same layout: .tsv files or directories")
      ->default_str(std::string(SITREP_SOURCE_DATA) + "/geo");
  gcompile->add_option("--alternate-names", sources.alternate_names, "GeoNames alternateNamesV2.txt");
  gcompile->add_option("--admin1-codes", sources.admin1_codes, "GeoNames admin1CodesASCII.txt");
  gcompile->add_option("--country-info", sources.country_info, "GeoNames countryInfo.txt");
  gcompile->add_option("-o,--output", sources.output, "Index to write")->capture_default_str();
  std::vector<std::string> lookup_names;
  std::string lookup_gazetteer;
  CLI::App* glookup = gazetteer->add_subcommand("lookup", "List the places a name may be, most populous first");
  glookup->add_option("names", lookup_names, "Names as written in a text")->required();
  glookup->add_option("--gazetteer", lookup_gazetteer, "Compiled gazetteer (default as for code)");
  std::string check_gazetteer;
  CLI::App* gcheck = gazetteer->add_subcommand(
      "check", "Verify the compiled gazetteer against its checksums; exit 2 when it is damaged");
  gcheck->add_option("--gazetteer", check_gazetteer, "Compiled gazetteer (default as for code)");

  CLI::App* morphology = app.add_subcommand("morphology", "Compile the morphology backends' answers ahead of time");
  morphology->require_subcommand(1);
  std::string morphology_lexicon, morphology_out = "morphology.bin";
  sitrep::morph::Resources morphology_resources;
  unsigned morphology_jobs = std::max(1u, std::thread::hardware_concurrency());
  CLI::App* mcompile = morphology->add_subcommand(
      "compile", "Ask hunspell (French) and WordNet (English) about every form they spell and every lexicon word");
  mcompile->add_option("--lexicon", morphology_lexicon, "Compiled lexicon whose words to include");
  mcompile->add_option("--hunspell-dir", morphology_resources.hunspell_dir, "Where fr.aff/fr.dic are")
      ->capture_default_str();
  mcompile->add_option("--wordnet-dir", morphology_resources.wordnet_dir, "WordNet dict directory")
      ->capture_default_str();
  mcompile->add_option("-j,--jobs", morphology_jobs, "Threads asking the backends")->capture_default_str();
  mcompile->add_option("-o,--output", morphology_out, "Binary to write")->capture_default_str();

  CLI::App* version = app.add_subcommand("version", "Print sitrep's version and its lexicon's");
  std::string version_lexicon;
  version->add_option("--lexicon", version_lexicon, "Compiled lexicon to report on");

  CommonOptions store_opts;
  auto run_store_command = sitrep::cli::AddStoreCommands(
      app, &store_opts.read, &store_opts.pipeline, [&](CLI::App* cmd) { AddCommonOptions(cmd, &store_opts); },
      [argv](const sitrep::server::ServerOptions&, const sitrep::PipelineOptions&) {
        return ExecServer(argv);
      });

  CLI11_PARSE(app, argc, argv);

  if (int rc = run_store_command(); rc >= 0) return rc;

  if (*code) {
    if (code_paths.empty()) code_paths.push_back("-");
    return RunCode(code_paths, code_opts, code_output, progress, code_jobs);
  }
  if (*explain) {
    if (explain_path.empty() == explain_text.empty()) {
      std::cerr << "sitrep explain: give a PATH or --text, not both\n";
      return 2;
    }
    return RunExplain(explain_path, explain_text, explain_opts);
  }
  if (*timebank) {
    auto score = sitrep::eval::EvalTimebank(timebank_dir, eval_options, eval_details ? &std::cout : nullptr);
    if (!score.ok()) {
      std::cerr << "sitrep: " << score.status().message() << "\n";
      return 2;
    }
    std::printf("documents=%zu gold=%zu system=%zu strict=%zu relaxed=%zu values=%zu\n", score->documents, score->gold,
                score->system, score->strict, score->relaxed, score->values);
    std::printf("strict_f1=%.2f relaxed_f1=%.2f value_f1=%.2f\n", score->strict_f1(), score->relaxed_f1(),
                score->value_f1());
    return 0;
  }
  if (*geo) {
    auto score = sitrep::eval::EvalGeo(geo_file, eval_options, eval_details ? &std::cout : nullptr);
    if (!score.ok()) {
      std::cerr << "sitrep: " << score.status().message() << "\n";
      return 2;
    }
    std::printf("articles=%zu resolved=%zu exact_count=%zu within161_count=%zu within161_by_point_count=%zu\n",
                score->articles, score->resolved, score->exact, score->within161, score->within161_by_point);
    std::printf("toponyms=%zu exact=%.2f acc161=%.2f\n", score->toponyms, score->exact_rate(), score->acc161());
    return 0;
  }
  std::ostream* eval_out = eval_details ? &std::cout : nullptr;
  if (*tabari) return ReportCameoScore(sitrep::eval::EvalTabari(tabari_dir, eval_out));
  if (*petrarch) return ReportCameoScore(sitrep::eval::EvalPetrarch(petrarch_file, eval_out));
  if (*gcompile) {
    if (sources.supplement.empty()) sources.supplement.push_back(std::string(SITREP_SOURCE_DATA) + "/geo");
    return RunGazetteerCompile(sources);
  }
  if (*glookup) return RunGazetteerLookup(lookup_names, lookup_gazetteer);
  if (*gcheck) return RunGazetteerCheck(check_gazetteer);
  if (*check) return RunLexiconCheck(check_dirs);
  if (*compile) return RunLexiconCompile(compile_dirs, compile_out);
  if (*import_petrarch) return RunLexiconImportPetrarch(import_dir, import_out);
  if (*acled_table) return RunLexiconAcledTable(table_dirs);
  if (*mcompile) return RunMorphologyCompile(morphology_lexicon, morphology_resources, morphology_jobs, morphology_out);
  if (*version) {
    std::cout << "sitrep " << sitrep::Version() << "\n";
    sitrep::PipelineOptions options;
    options.lexicon_path = version_lexicon;
    auto pipeline = sitrep::Pipeline::Open(options);
    if (pipeline.ok())
      std::cout << "lexicon " << (*pipeline)->LexiconVersion() << "\ngazetteer " << (*pipeline)->GazetteerVersion() << "\n";
    else std::cout << "lexicon: " << pipeline.status().message() << "\n";
    PrintMorphologyVersion();
    return 0;
  }
  return 0;
}
