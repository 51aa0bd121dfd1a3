// User-editable lexicons: line-oriented UTF-8 sources in data/, checked and compiled to one
// versioned binary that the pipeline loads. The format is documented in docs/LEXICON.md.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/status.h"

namespace sitrep::lexicon {

// Bumped whenever the binary layout or the meaning of a kind's columns changes.
inline constexpr uint32_t kFormatVersion = 1;

// One table of rows: every source file of the same kind and language is merged into one.
struct Table {
  std::string kind;  // "words", "abbreviations", ...
  std::string lang;  // "fr", "en" or "*" for every language
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> origins;  // "data/morph/en.words:12" per row, for explain and errors
};

struct Lexicon {
  uint64_t content_hash = 0;
  std::vector<Table> tables;

  // "1.9c41d2a0": format version and the first 32 bits of the content hash.
  std::string Version() const;
  // The rows of `kind` for `lang`, including rows marked for every language ("*").
  std::vector<const Table*> Find(std::string_view kind, std::string_view lang) const;
};

// A problem found in a source file, with its place.
struct Diagnostic {
  std::string path;
  size_t line = 0;
  std::string message;
  std::string ToString() const;
};

// Reads every *.lex file under `dir` (sorted by path) and checks it against its kind's schema.
// Problems are appended to `diagnostics`; rows with problems are left out of the result.
Lexicon ReadSources(const std::string& dir, std::vector<Diagnostic>* diagnostics);
// The same over several directories, merged: the project's data and a user's own (imported
// dictionaries, say).
Lexicon ReadSources(const std::vector<std::string>& dirs, std::vector<Diagnostic>* diagnostics);

// Parses one source text; `path` is only used in diagnostics and origins.
void ParseSource(std::string_view text, const std::string& path, Lexicon* into,
                 std::vector<Diagnostic>* diagnostics);

std::string Serialize(const Lexicon& lexicon);
Result<Lexicon> Deserialize(std::string_view bytes);

// Where the compiled lexicon is: `given`, else $SITREP_LEXICON, else lexicon.bin beside the
// executable (the build tree), else the installed data directory.
std::string FindBinary(const std::string& given);

// A compiled data file: `given`, else $`env_var`, else `file_name` beside the executable, else the
// installed data directory. The lexicon and the gazetteer are found this way.
std::string FindDataFile(const std::string& given, const char* env_var, const char* file_name);

// Writes `bytes` to a temporary file renamed over `path`, so that no reader sees half a file.
Status WriteFileAtomically(const std::string& path, std::string_view bytes);

Status WriteBinary(const Lexicon& lexicon, const std::string& path);
Result<Lexicon> LoadBinary(const std::string& path);

// The columns of each kind, for documentation and `lexicon check`.
struct KindSchema {
  std::string kind;
  std::vector<std::string> columns;
  std::string description;
};
const std::vector<KindSchema>& Schemas();

}  // namespace sitrep::lexicon
