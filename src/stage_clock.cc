#include "stage_clock.h"

namespace sitrep {

namespace {

// This thread's clock: the stage being charged, since when, and what each stage has taken.
struct ThreadClock {
  Stage charged = Stage::kUnattributed;
  std::chrono::steady_clock::time_point since;
  StageTimes spent{};
};
constinit thread_local ThreadClock this_thread_clock;

}  // namespace

namespace stage_clock_internal {

constinit thread_local bool running = false;

Stage SwitchTo(Stage stage) {
  ThreadClock& clock = this_thread_clock;
  auto now = std::chrono::steady_clock::now();
  clock.spent[static_cast<size_t>(clock.charged)] += now - clock.since;
  clock.since = now;
  Stage before = clock.charged;
  clock.charged = stage;
  return before;
}

}  // namespace stage_clock_internal

std::string_view StageName(Stage stage) {
  switch (stage) {  // no default: the compiler names a stage left out
    case Stage::kUnattributed: return "unattributed";
    case Stage::kReading: return "reading";
    case Stage::kStageSetup: return "stage_setup";
    case Stage::kLanguageId: return "language_id";
    case Stage::kSegmentation: return "segmentation";
    case Stage::kMorphology: return "morphology";
    case Stage::kMentionFinding: return "mention_finding";
    case Stage::kClauseAnalysis: return "clause_analysis";
    case Stage::kCueMatching: return "cue_matching";
    case Stage::kTimeTagger: return "time_tagger";
    case Stage::kCoderRest: return "coder_rest";
    case Stage::kGeocoder: return "geocoder";
    case Stage::kJsonOutput: return "json_output";
  }
  return "?";
}

void StartStageClock() {
  this_thread_clock = ThreadClock{Stage::kUnattributed, std::chrono::steady_clock::now(), {}};
  stage_clock_internal::running = true;
}

StageTimes StopStageClock() {
  if (!stage_clock_internal::running) return this_thread_clock.spent;
  stage_clock_internal::SwitchTo(Stage::kUnattributed);
  stage_clock_internal::running = false;
  return this_thread_clock.spent;
}

}  // namespace sitrep
