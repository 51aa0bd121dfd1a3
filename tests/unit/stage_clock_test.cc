// The benchmark's stage clock: each moment charged to the innermost stage open, once.
// Sleeps give the scopes lower bounds; the upper bound is the clock's own: the stages' times add up
// to no more than the time it ran, which a parent that also counted its children's would exceed.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "stage_clock.h"

namespace sitrep {
namespace {

using namespace std::chrono_literals;

std::chrono::nanoseconds Spent(const StageTimes& times, Stage stage) { return times[static_cast<size_t>(stage)]; }

std::chrono::nanoseconds Sum(const StageTimes& times) {
  std::chrono::nanoseconds sum{};
  for (auto t : times) sum += t;
  return sum;
}

TEST(StageClock, NestedScopesAreExclusive) {
  auto before = std::chrono::steady_clock::now();
  StartStageClock();
  {
    StageScope geocoding(Stage::kGeocoder);
    std::this_thread::sleep_for(20ms);
    {
      StageScope finding_mentions(Stage::kMentionFinding);
      std::this_thread::sleep_for(30ms);
    }
    std::this_thread::sleep_for(20ms);
  }
  StageTimes times = StopStageClock();
  auto elapsed = std::chrono::steady_clock::now() - before;
  EXPECT_GE(Spent(times, Stage::kMentionFinding), 30ms);
  EXPECT_GE(Spent(times, Stage::kGeocoder), 40ms);
  // Counted with its child the parent would take 70 ms, and the whole over 100 ms of some 70.
  EXPECT_LE(Sum(times), elapsed);
  EXPECT_EQ(Spent(times, Stage::kReading), 0ns);
}

TEST(StageClock, StageNestedInItselfCountsOnce) {
  auto before = std::chrono::steady_clock::now();
  StartStageClock();
  {
    StageScope outer(Stage::kClauseAnalysis);
    std::this_thread::sleep_for(10ms);
    StageScope recursive(Stage::kClauseAnalysis);
    std::this_thread::sleep_for(10ms);
  }
  StageTimes times = StopStageClock();
  EXPECT_GE(Spent(times, Stage::kClauseAnalysis), 20ms);
  EXPECT_LE(Sum(times), std::chrono::steady_clock::now() - before);
}

TEST(StageClock, TimeOutsideScopesIsUnattributed) {
  StartStageClock();
  std::this_thread::sleep_for(10ms);
  Timed(Stage::kReading, [] { std::this_thread::sleep_for(10ms); });
  StageTimes times = StopStageClock();
  EXPECT_GE(Spent(times, Stage::kUnattributed), 10ms);
  EXPECT_GE(Spent(times, Stage::kReading), 10ms);
}

TEST(StageClock, StoppedClockChargesNothing) {
  StartStageClock();
  StageTimes stopped = StopStageClock();
  {
    StageScope geocoding(Stage::kGeocoder);
    std::this_thread::sleep_for(10ms);
  }
  EXPECT_EQ(StopStageClock(), stopped);
}

TEST(StageClock, OtherThreadsScopesAreTheirs) {
  StartStageClock();
  std::thread other([] {
    StageScope geocoding(Stage::kGeocoder);
    std::this_thread::sleep_for(10ms);
  });
  other.join();
  EXPECT_EQ(Spent(StopStageClock(), Stage::kGeocoder), 0ns);
}

TEST(StageClock, TimedReturnsWhatTheWorkReturns) {
  int value = 7;
  EXPECT_EQ(Timed(Stage::kCoderRest, [] { return 42; }), 42);
  int& same = Timed(Stage::kCoderRest, [&]() -> int& { return value; });
  EXPECT_EQ(&same, &value);
}

}  // namespace
}  // namespace sitrep
