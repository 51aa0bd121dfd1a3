// Plain-text documents through the reader and the whole pipeline (language forced by the first
// byte, so that segmentation and morphology run for both languages).
#include <cstdint>
#include <memory>
#include <string>

#include "sitrep/pipeline.h"
#include "text/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static std::unique_ptr<sitrep::Pipeline> pipeline = [] {
    auto p = sitrep::Pipeline::Open({});
    if (!p.ok()) __builtin_trap();  // the fuzz script sets SITREP_LEXICON
    return std::move(p.value());
  }();
  if (size == 0) return 0;
  sitrep::ReadOptions options;
  options.forced_lang = data[0] & 1 ? "fr" : "en";
  options.max_document_bytes = 1 << 20;
  auto doc = sitrep::text::ReadPlainText(std::string(reinterpret_cast<const char*>(data) + 1, size - 1), "fuzz",
                                         "fuzz", options);
  if (doc.ok()) {
    auto events = pipeline->Code(*doc);
    auto report = pipeline->Explain(*doc);
    (void)events;
    (void)report;
  }
  return 0;
}
