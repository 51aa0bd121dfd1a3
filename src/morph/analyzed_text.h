// A document after the text and morphology stages: what the coder, the temporal tagger and
// `explain` work from.
#pragma once

#include <string_view>
#include <vector>

#include "morph/morphology.h"
#include "sitrep/document.h"
#include "stage_clock.h"
#include "text/segmenter.h"

namespace sitrep::morph {

struct AnalyzedText {
  const Document* doc = nullptr;
  text::Segmentation seg;
  std::vector<const Analysis*> analyses;  // one per token

  std::string_view TokenText(size_t i) const {
    const auto& t = seg.tokens[i];
    return std::string_view(doc->text).substr(t.start, t.end - t.start);
  }
  std::string_view SentenceText(size_t s) const {
    const auto& sent = seg.sentences[s];
    return std::string_view(doc->text).substr(sent.start, sent.end - sent.start);
  }
};

// Segments doc.text from `begin` and analyses every token: the text and morphology stages.
inline AnalyzedText AnalyzeText(const Document& doc, text::Segmenter& segmenter, Analyzer& analyzer, size_t begin = 0) {
  AnalyzedText at;
  at.doc = &doc;
  at.seg = Timed(Stage::kSegmentation, [&] { return segmenter.Segment(doc.text, begin); });
  StageScope analysing(Stage::kMorphology);
  at.analyses.reserve(at.seg.tokens.size());
  for (size_t i = 0; i < at.seg.tokens.size(); ++i)
    at.analyses.push_back(&analyzer.Analyze(at.TokenText(i), at.seg.tokens[i].kind));
  return at;
}

}  // namespace sitrep::morph
