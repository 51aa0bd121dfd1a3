// Coding on several threads with the output of one: documents are coded by a pool of pipelines
// that share their read-only data, and each result is handed on in the order the documents came.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "sitrep/pipeline.h"

namespace sitrep {

class ParallelCoder {
 public:
  // Receives each document (or the failure to read it) with its coding (or why it could not be
  // coded; nothing for a document added not to be coded), in the order the documents were added,
  // on the thread that calls Add and Finish.
  using Sink = std::function<void(Result<Document>& doc, std::optional<Result<Coding>>& coding)>;

  // The first worker codes with `pipeline`; the others with forks of it (Pipeline::Fork). With one
  // job no thread is started: each document is coded as it is added.
  static Result<std::unique_ptr<ParallelCoder>> Open(std::unique_ptr<Pipeline> pipeline, unsigned jobs, Sink sink);
  // The machine's cores, as a default for `jobs`.
  static unsigned HardwareJobs();

  virtual ~ParallelCoder() = default;
  // Queues a document, or a document that could not be read (handed to the sink in its turn); with
  // `code` false it is only handed on in its turn (a store's document that is already current).
  // Hands on whatever has finished in order, and waits while too much is in flight.
  virtual void Add(Result<Document> doc, bool code = true) = 0;
  // Waits for every document added and hands the rest on.
  virtual void Finish() = 0;
  // Finishes, ends the workers and gives up the pipelines (the one given to Open first): for a
  // caller with more to do with them, or one about to exit that leaves their memory to the OS.
  // Nothing may be added after.
  virtual std::vector<std::unique_ptr<Pipeline>> Close() = 0;
};

}  // namespace sitrep
