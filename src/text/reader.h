// Turning outside input into Documents: plain text (with an optional header line), JSON Lines
// records, HTML pages. Each function reports a problem as a Status naming the document.
#pragma once

#include <functional>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/document.h"
#include "sitrep/pipeline.h"
#include "sitrep/status.h"

namespace sitrep::text {

// The deepest an HTML page may nest its elements, as browsers nest them: a page deeper than this
// is reported and not read (its tree would cost time and stack growing with the depth).
inline constexpr size_t kMaxHtmlDepth = 512;

// `origin` names the input in messages; `id` is the document id to give.
Result<Document> ReadPlainText(std::string bytes, const std::string& origin, const std::string& id,
                               const ReadOptions& options);
Result<Document> ReadHtml(std::string_view bytes, const std::string& origin, const std::string& id,
                          const ReadOptions& options);
// One JSON Lines record; `origin` is "file:line".
Result<Document> ReadJsonRecord(std::string_view line, const std::string& origin, const std::string& fallback_id,
                                const ReadOptions& options);

// The documents of one stream, read as ReadDocuments reads a file named `path` ("-": stdin): by
// its format, JSON Lines record by record; every problem goes to `sink` by name and line.
void ReadStream(const std::string& path, std::istream& in, const ReadOptions& options,
                const std::function<void(Result<Document>)>& sink);

// Which reader fits: by extension ("jsonl", "html"...), else by the first non-blank byte.
std::string SniffFormat(const std::string& path, std::string_view bytes);

// Settles Document::date from the sources in order: option, metadata, header; a byline or
// dateline in the first lines may then make it more precise (header "2017-11" + byline
// "3.11.17" gives 2017-11-03).
void SettleDate(Document* doc, const ReadOptions& options);

}  // namespace sitrep::text
