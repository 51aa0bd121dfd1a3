// Helpers shared by the unit tests.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "geo/gazetteer.h"
#include "lexicon/lexicon.h"
#include "sitrep/pipeline.h"

namespace sitrep::testing {

// The lexicon compiled by the build from data/.
inline const lexicon::Lexicon& TestLexicon() {
  static const lexicon::Lexicon lex = [] {
    auto loaded = lexicon::LoadBinary(SITREP_TEST_LEXICON);
    if (!loaded.ok()) {
      std::fprintf(stderr, "cannot load %s: %s\n", SITREP_TEST_LEXICON, loaded.status().message().c_str());
      std::abort();
    }
    return std::move(loaded.value());
  }();
  return lex;
}

// The gazetteer compiled by the build.
inline const geo::Gazetteer& TestGazetteer() {
  static const std::unique_ptr<geo::Gazetteer> gazetteer = [] {
    auto opened = geo::Gazetteer::Open(SITREP_TEST_GAZETTEER);
    if (!opened.ok()) {
      std::fprintf(stderr, "cannot open %s: %s\n", SITREP_TEST_GAZETTEER, opened.status().message().c_str());
      std::abort();
    }
    return std::move(opened.value());
  }();
  return *gazetteer;
}

// The whole pipeline over the build's lexicon, gazetteer and compiled morphology, opened once.
inline Pipeline& TestPipeline() {
  static const std::unique_ptr<Pipeline> pipeline = [] {
    PipelineOptions options;
    options.lexicon_path = SITREP_TEST_LEXICON;
    options.gazetteer_path = SITREP_TEST_GAZETTEER;
    options.morphology_path = SITREP_TEST_MORPHOLOGY;
    auto opened = Pipeline::Open(options);
    if (!opened.ok()) {
      std::fprintf(stderr, "cannot open the pipeline: %s\n", opened.status().message().c_str());
      std::abort();
    }
    return std::move(opened.value());
  }();
  return *pipeline;
}

// A test text as a document of the data-driven suites, dated Monday 2020-06-15.
inline Document TestDocument(const std::string& id, const std::string& text, const std::string& lang) {
  Document doc;
  doc.id = id;
  doc.text = text;
  doc.lang = lang;
  PartialDate::ParseIso("2020-06-15", &doc.date);
  return doc;
}

// `s` cut at each `sep`, empty fields kept ("a||b" gives three).
inline std::vector<std::string> Split(const std::string& s, const std::string& sep) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t at = s.find(sep); at != std::string::npos; at = s.find(sep, start)) {
    out.push_back(s.substr(start, at - start));
    start = at + sep.size();
  }
  out.push_back(s.substr(start));
  return out;
}

// ../shared beside the checkout, or "" when absent (tests that need it skip).
inline std::string SharedDir() {
  std::error_code ec;
  return std::filesystem::is_directory(SITREP_SHARED, ec) ? std::string(SITREP_SHARED) : std::string();
}

}  // namespace sitrep::testing
