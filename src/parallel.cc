#include "sitrep/parallel.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace sitrep {

namespace {

// Codes a document, turning an escaping exception (memory exhausted) into that document's failure
// rather than the batch's end.
Result<Coding> CodeOne(Pipeline& pipeline, Result<Document>& doc) {
  if (!doc.ok()) return doc.status();
  try {
    return pipeline.Analyse(*doc);
  } catch (const std::exception& e) {
    return Status::IoError(doc->origin + ": coding failed: " + e.what());
  }
}

class InlineCoder : public ParallelCoder {
 public:
  InlineCoder(std::unique_ptr<Pipeline> pipeline, Sink sink) : pipeline_(std::move(pipeline)), sink_(std::move(sink)) {}
  void Add(Result<Document> doc, bool code) override {
    std::optional<Result<Coding>> coding;
    if (code) coding = CodeOne(*pipeline_, doc);
    sink_(doc, coding);
  }
  void Finish() override {}
  std::vector<std::unique_ptr<Pipeline>> Close() override {
    std::vector<std::unique_ptr<Pipeline>> pipelines;
    pipelines.push_back(std::move(pipeline_));
    return pipelines;
  }

 private:
  std::unique_ptr<Pipeline> pipeline_;
  Sink sink_;
};

class ThreadedCoder : public ParallelCoder {
 public:
  ThreadedCoder(std::vector<std::unique_ptr<Pipeline>> pipelines, Sink sink)
      : pipelines_(std::move(pipelines)), sink_(std::move(sink)), window_(4 * pipelines_.size()) {
    for (auto& p : pipelines_) workers_.emplace_back([this, pipeline = p.get()] { Work(*pipeline); });
  }

  ~ThreadedCoder() override { StopWorkers(); }

  void Add(Result<Document> doc, bool code) override {
    std::unique_lock<std::mutex> lock(mutex_);
    auto slot = std::make_unique<Slot>(std::move(doc));
    slot->bytes = slot->doc.ok() ? slot->doc->text.size() : 0;
    in_flight_bytes_ += slot->bytes;
    if (!code) {
      slot->done = true;
    } else if (slot->doc.ok()) {
      todo_.push_back(slot.get());
      work_ready_.notify_one();
    } else {
      slot->coding = slot->doc.status();
      slot->done = true;
    }
    slots_.push_back(std::move(slot));
    HandOnFinished(lock);
    // A bounded window: a few documents per worker, and no more text than kMaxInFlightBytes unless
    // a single document is larger.
    while (slots_.size() > window_ || (in_flight_bytes_ > kMaxInFlightBytes && slots_.size() > 1)) {
      done_.wait(lock, [&] { return slots_.front()->done; });
      HandOnFinished(lock);
    }
  }

  void Finish() override {
    std::unique_lock<std::mutex> lock(mutex_);
    while (!slots_.empty()) {
      done_.wait(lock, [&] { return slots_.front()->done; });
      HandOnFinished(lock);
    }
  }

  std::vector<std::unique_ptr<Pipeline>> Close() override {
    StopWorkers();
    return std::move(pipelines_);
  }

 private:
  static constexpr size_t kMaxInFlightBytes = size_t{256} << 20;

  struct Slot {
    explicit Slot(Result<Document> d) : doc(std::move(d)) {}
    Result<Document> doc;
    std::optional<Result<Coding>> coding;  // set once coded, under the mutex
    bool done = false;                     // coded, or not to be
    size_t bytes = 0;
  };

  // Waits for every document, then ends the workers; again, it does nothing.
  void StopWorkers() {
    Finish();
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stopping_ = true;
    }
    work_ready_.notify_all();
    for (auto& w : workers_)
      if (w.joinable()) w.join();
  }

  // Hands the finished documents at the head of the window to the sink, outside the lock (the
  // workers go on meanwhile); only the thread that adds ever does.
  void HandOnFinished(std::unique_lock<std::mutex>& lock) {
    while (!slots_.empty() && slots_.front()->done) {
      std::unique_ptr<Slot> head = std::move(slots_.front());
      slots_.pop_front();
      in_flight_bytes_ -= head->bytes;
      lock.unlock();
      sink_(head->doc, head->coding);
      head.reset();
      lock.lock();
    }
  }

  void Work(Pipeline& pipeline) {
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
      work_ready_.wait(lock, [&] { return stopping_ || !todo_.empty(); });
      if (todo_.empty()) return;  // stopping, nothing left
      Slot* slot = todo_.front();
      todo_.pop_front();
      lock.unlock();
      Result<Coding> coding = CodeOne(pipeline, slot->doc);
      lock.lock();
      slot->coding = std::move(coding);
      slot->done = true;
      done_.notify_one();
    }
  }

  std::vector<std::unique_ptr<Pipeline>> pipelines_;
  Sink sink_;
  const size_t window_;
  std::mutex mutex_;
  std::condition_variable work_ready_, done_;
  std::deque<std::unique_ptr<Slot>> slots_;  // in input order
  std::deque<Slot*> todo_;                   // not yet taken by a worker
  size_t in_flight_bytes_ = 0;
  bool stopping_ = false;
  std::vector<std::thread> workers_;  // last: started once the rest exists, joined before it goes
};

}  // namespace

unsigned ParallelCoder::HardwareJobs() { return std::max(1u, std::thread::hardware_concurrency()); }

Result<std::unique_ptr<ParallelCoder>> ParallelCoder::Open(std::unique_ptr<Pipeline> pipeline, unsigned jobs, Sink sink) {
  if (jobs == 0) return Status::InvalidArgument("the number of jobs must be at least 1");
  if (jobs == 1) return std::unique_ptr<ParallelCoder>(new InlineCoder(std::move(pipeline), std::move(sink)));
  std::vector<std::unique_ptr<Pipeline>> pipelines;
  pipelines.push_back(std::move(pipeline));
  for (unsigned j = 1; j < jobs; ++j) {
    auto fork = pipelines[0]->Fork();
    if (!fork.ok()) return fork.status();
    pipelines.push_back(std::move(fork.value()));
  }
  return std::unique_ptr<ParallelCoder>(new ThreadedCoder(std::move(pipelines), std::move(sink)));
}

}  // namespace sitrep
