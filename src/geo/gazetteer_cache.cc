#include "geo/gazetteer_cache.h"

#include "geo/names.h"

namespace sitrep::geo {

namespace {

// The first slot to probe for place `i` in a table of `size` slots (a power of two); place numbers
// run in the order of the sources, so they are spread by a multiplicative hash.
size_t FirstSlot(uint32_t i, size_t size) { return (uint64_t{i} * 0x9E3779B97F4A7C15ull >> 32) & (size - 1); }

}  // namespace

const PlaceRecord& GazetteerCache::place(uint32_t i) {
  // The geocoder asks for one record several times in a row (its category, then its population).
  if (last_ && last_->index == i) return last_->record;
  if (record_slots_.empty()) record_slots_.resize(1u << 12);
  size_t mask = record_slots_.size() - 1;
  size_t s = FirstSlot(i, record_slots_.size());
  for (; record_slots_[s].first; s = (s + 1) & mask)
    if (record_slots_[s].first == i + 1) return (last_ = record_slots_[s].second)->record;
  last_ = &records_.emplace_back(Cached{i, gazetteer_.place(i)});
  record_slots_[s] = {i + 1, last_};
  if (records_.size() * 2 > record_slots_.size()) {  // at most half full
    std::vector<std::pair<uint32_t, const Cached*>> grown(record_slots_.size() * 2);
    for (const auto& slot : record_slots_) {
      if (!slot.first) continue;
      size_t t = FirstSlot(slot.first - 1, grown.size());
      while (grown[t].first) t = (t + 1) & (grown.size() - 1);
      grown[t] = slot;
    }
    record_slots_ = std::move(grown);
  }
  return last_->record;
}

std::string_view GazetteerCache::Name(const PlaceRecord& p) {
  auto [it, fresh] = names_.try_emplace(p.name);
  if (fresh) {
    it->second = gazetteer_.Name(p);
    bytes_ += sizeof(*it) + it->second.size();
  }
  return it->second;
}

std::span<const Posting> GazetteerCache::LookupKey(std::string_view key) {
  std::vector<Posting> found = gazetteer_.LookupKey(key);
  if (found.empty()) return {};
  bytes_ += found.size() * sizeof(Posting);
  return postings_.emplace_back(std::move(found));
}

std::span<const Posting> GazetteerCache::Lookup(std::string_view name) { return LookupKey(NameKey(name)); }

bool GazetteerCache::Trim() {
  if (bytes_ + records_.size() * sizeof(Cached) + record_slots_.size() * sizeof(record_slots_[0]) <= kMaxBytes)
    return false;
  records_ = {};
  record_slots_ = {};
  last_ = nullptr;
  names_ = {};
  postings_ = {};
  bytes_ = 0;
  return true;
}

}  // namespace sitrep::geo
