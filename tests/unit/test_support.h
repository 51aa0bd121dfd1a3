// Helpers shared by the unit tests.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "geo/gazetteer.h"
#include "lexicon/lexicon.h"

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

// ../shared beside the checkout, or "" when absent (tests that need it skip).
inline std::string SharedDir() {
  std::error_code ec;
  return std::filesystem::is_directory(SITREP_SHARED, ec) ? std::string(SITREP_SHARED) : std::string();
}

}  // namespace sitrep::testing
