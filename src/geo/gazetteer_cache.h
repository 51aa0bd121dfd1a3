// What one geocoder has read from the gazetteer, kept in its own memory: the geocoder reads a
// candidate's record many times while it weighs a document's names (about two thousand reads per
// news article for some fourteen distinct places), and the gazetteer reads each with a system call.
// Not thread-safe: each geocoder (one per thread and language) has its own.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "geo/gazetteer.h"

namespace sitrep::geo {

class GazetteerCache {
 public:
  explicit GazetteerCache(const Gazetteer& gazetteer) : gazetteer_(gazetteer) {}

  size_t size() const { return gazetteer_.size(); }

  // What the gazetteer says, read once. References and spans stay valid until Trim.
  const PlaceRecord& place(uint32_t i);
  std::string_view Name(const PlaceRecord& p);
  const PlaceRecord* Admin1Of(const PlaceRecord& p) { return p.admin1 < size() ? &place(p.admin1) : nullptr; }
  std::span<const Posting> Lookup(std::string_view name);
  std::span<const Posting> LookupKey(std::string_view key);
  bool StartsLongerName(std::string_view key) const { return gazetteer_.StartsLongerName(key); }

  // Forgets everything once it holds more than its bound (a long-running server meets ever new
  // names), and says so: then what was taken from it is invalid. Called between documents.
  bool Trim();

 private:
  // 16 MB of records, postings and names: several times what a corpus of news needs (804 articles
  // read 14,300 places, 2 MB), so that only an endless stream starts again; a server has one
  // geocoder per worker and language.
  static constexpr size_t kMaxBytes = size_t{16} << 20;
  struct Cached {
    uint32_t index;
    PlaceRecord record;
  };
  const Gazetteer& gazetteer_;
  // Records by place, in an open-addressing table of (place + 1, entry) over entries that never
  // move: a node-based map costs a cache miss or two per read, and reads are in the inner loops.
  std::deque<Cached> records_;
  std::vector<std::pair<uint32_t, const Cached*>> record_slots_;
  const Cached* last_ = nullptr;  // the record read last
  std::unordered_map<uint32_t, std::string> names_;  // by offset in the name section
  std::deque<std::vector<Posting>> postings_;        // each list looked up
  size_t bytes_ = 0;  // of the names and postings
};

}  // namespace sitrep::geo
