// Scores toponym resolution on the geoparsing gold sets (TR-News, GeoWebNews): for every gold
// toponym with a GeoNames id, sitrep resolves the gold span in its article and is right when it
// picks the same GeoNames id (exact) or a point within 161 km of the gold one (acc161, the
// customary 100-mile threshold).
#pragma once

#include <ostream>
#include <string>

#include "sitrep/pipeline.h"
#include "sitrep/status.h"

namespace sitrep::eval {

struct GeoScore {
  // within161 counts a resolution to the gold's own GeoNames id as exact, wherever today's GeoNames
  // puts its point (Alberta's moved 295 km since the corpora were annotated); within161_by_point
  // compares the points alone.
  size_t articles = 0, toponyms = 0, exact = 0, within161 = 0, within161_by_point = 0, resolved = 0;
  double exact_rate() const { return toponyms ? static_cast<double>(exact) / toponyms : 0; }
  double acc161() const { return toponyms ? static_cast<double>(within161) / toponyms : 0; }
};

// Reads one TR-News or GeoWebNews XML file; with `details`, writes every miss there.
Result<GeoScore> EvalGeo(const std::string& path, const PipelineOptions& options, std::ostream* details);

}  // namespace sitrep::eval
