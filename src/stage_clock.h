// Where the time of `sitrep code` goes, stage by stage, for the benchmark (bench/corpus_bench.cc
// prints each stage's share of the pipeline).
//
// The stages' call sites hold a StageScope. While the clock runs on a thread, every moment of it is
// charged to exactly one stage, the innermost scope open there (or kUnattributed outside all of
// them): entering a scope and leaving it both switch the stage being charged, so a parent's time
// excludes its children's and the stages' times add up to the time the clock ran. A stage nested in
// itself (a recursive call) counts once.
//
// The clock is per thread and stopped unless the benchmark starts it. Stopped, a scope costs one
// test of a thread-local flag, which always fails: no clock is read, so coding is not slowed.
#pragma once

#include <array>
#include <chrono>
#include <cstddef>
#include <string_view>

namespace sitrep {

enum class Stage {
  kUnattributed,    // time no scope claims: the benchmark's loop, the pipeline's glue
  kReading,         // reading and decoding the input documents
  kStageSetup,      // loading a language's segmenter, analyser, coder and geocoder (its first document)
  kLanguageId,      // CLD2, and function words when it is unsure
  kSegmentation,    // sentences and tokens
  kMorphology,      // each token's readings
  kMentionFinding,  // the coder's actors, places and things (MentionFinder)
  kClauseAnalysis,  // the coder's subjects, objects, slots and clause bounds (coder/arguments.cc)
  kCueMatching,     // the coder's status and holder cues (negation, claims, "held by")
  kTimeTagger,      // temporal expressions
  kCoderRest,       // the rest of the coder: predicates, the event decision, discourse, dates
  kGeocoder,        // place names resolved and events located
  kJsonOutput,      // events serialised
};
inline constexpr size_t kStageCount = static_cast<size_t>(Stage::kJsonOutput) + 1;

// A name for reports: lower case, no spaces ("mention_finding").
std::string_view StageName(Stage stage);

using StageTimes = std::array<std::chrono::nanoseconds, kStageCount>;  // by Stage

// Starts this thread's clock from zero (outside any scope), charging kUnattributed.
void StartStageClock();
// Stops this thread's clock (outside any scope) and returns what each stage took while it ran
// last.
StageTimes StopStageClock();

namespace stage_clock_internal {
// Whether this thread's clock runs. constinit: the scopes test it without a TLS wrapper call.
extern constinit thread_local bool running;
// Charges the time since the last switch to the stage being charged, then charges `stage` from
// now on; returns the stage it charged before.
Stage SwitchTo(Stage stage);
}  // namespace stage_clock_internal

// Charges the time until it is destroyed to `stage` (less that of the scopes opened inside it).
class StageScope {
 public:
  explicit StageScope(Stage stage) {
    if (stage_clock_internal::running) [[unlikely]] {
      timing_ = true;
      outer_ = stage_clock_internal::SwitchTo(stage);
    }
  }
  ~StageScope() {
    if (timing_) [[unlikely]] stage_clock_internal::SwitchTo(outer_);
  }
  StageScope(const StageScope&) = delete;
  StageScope& operator=(const StageScope&) = delete;

 private:
  bool timing_ = false;                 // whether the clock ran when the scope opened
  Stage outer_ = Stage::kUnattributed;  // the stage to charge again on leaving
};

// Runs `work` (a call that is one expression) as stage `stage` and returns what it returns.
template <typename Work>
decltype(auto) Timed(Stage stage, Work&& work) {
  StageScope scope(stage);
  return work();
}

}  // namespace sitrep
