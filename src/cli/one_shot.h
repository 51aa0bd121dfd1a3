// What a command that codes once and exits (code, explain, ingest) does with its pipelines.
#pragma once

#include <memory>

#include "sitrep/pipeline.h"

namespace sitrep::cli {

// Leaves a pipeline's memory to the OS, which takes it back whole as the process exits: freeing
// its tables and caches one allocation at a time took a fifth of a one-sentence run. A pipeline
// holds only memory and read-only mappings, nothing to flush or close (a store is no part of it).
inline void LeaveToExit(std::unique_ptr<Pipeline> pipeline) { (void)pipeline.release(); }

}  // namespace sitrep::cli
