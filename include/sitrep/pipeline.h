// The sitrep pipeline: read documents, identify their language, segment, analyse and code them.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/document.h"
#include "sitrep/event.h"
#include "sitrep/status.h"

namespace sitrep {

// The largest document --max-bytes may allow: token offsets are 32 bits, and coding holds some
// fifty bytes per byte of text.
inline constexpr size_t kMaxDocumentBytes = size_t{1} << 30;

struct ReadOptions {
  std::string forced_date;  // "YYYY[-MM[-DD]]": overrides every other source of the document date
  std::string forced_lang;  // "fr" or "en": skips language identification
  std::string forced_id;    // the id of a single document read from a file or stdin
  std::string format = "auto";  // auto (by extension and content), text, jsonl, html
  size_t max_document_bytes = 16u << 20;
};

// Reads PATH (a file, a directory read recursively, or "-" for stdin) and calls `sink` once per
// document in order. A document that cannot be read arrives as a Status that names it (and the
// line, for JSON Lines); the walk goes on. The returned Status fails only when PATH itself cannot
// be opened.
Status ReadDocuments(const std::string& path, const ReadOptions& options,
                     const std::function<void(Result<Document>)>& sink);

struct PipelineOptions {
  std::string lexicon_path;    // compiled lexicon; "" finds the default (see docs/LEXICON.md)
  std::string gazetteer_path;  // compiled gazetteer; "" finds the default (see docs/GEO.md)
  // Compiled morphology; "" finds the default, and codes without one when there is none (see
  // docs/ARCHITECTURE.md): the same events, asking hunspell and WordNet about every word.
  std::string morphology_path;
  bool geocode = true;         // false leaves every location null (no gazetteer is opened)
  // A directory of PETRARCH or TABARI dictionaries (actors, agents, discards, verbs) read at start:
  // English sentences the lexicon leaves uncoded are coded with them (docs/LEXICON.md).
  std::string cameo_dictionaries;
  // Each language's stages cache what they learnt of every word form seen (readings, lexicon
  // candidates); a server meets ever new forms (names, numbers, misspellings). Past this many
  // forms in a language, its stages are built again, caches empty, before the next document
  // (some 50 MB of caches at the default). The events are the same either way.
  size_t max_cached_forms = 100000;
  std::string hunspell_dir = "/usr/share/hunspell";
  std::string wordnet_dir = "/usr/share/wordnet";
};

// Not thread-safe: it keeps per-form caches. Use one Pipeline per thread, forked from one opened
// (see also sitrep/parallel.h).
class Pipeline {
 public:
  static Result<std::unique_ptr<Pipeline>> Open(const PipelineOptions& options);
  virtual ~Pipeline() = default;

  // Another pipeline for another thread: it shares this one's read-only data (lexicon, gazetteer,
  // dictionaries), loaded once, and keeps caches of its own. Either may be closed first, and a
  // fork may be taken while another thread codes with this pipeline: it reads only what never changes.
  virtual Result<std::unique_ptr<Pipeline>> Fork() const = 0;

  // Identifies the language if the document has none, then codes it. A language other than
  // French or English is an Unsupported status naming the document.
  virtual Result<std::vector<Event>> Code(Document& doc) = 0;
  // The events and the statements of who holds which place.
  virtual Result<Coding> Analyse(Document& doc) = 0;

  // A human-readable account of every stage for the document: sentences, tokens with lemma and
  // parts of speech, and why each event was or was not coded.
  virtual Result<std::string> Explain(Document& doc) = 0;

  // The compiled lexicon's version, e.g. "1.9c41d2a0".
  virtual std::string LexiconVersion() const = 0;
  // The compiled gazetteer's version, e.g. "1.5e0c21d4".
  virtual std::string GazetteerVersion() const = 0;
};

// Serialises an event as one line of the JSON Lines contract (no trailing newline).
std::string EventToJson(const Event& event);
// Parses a line written by EventToJson (the fields sitrep writes; unknown fields are ignored).
Result<Event> EventFromJson(std::string_view line);

const char* Version();

}  // namespace sitrep
