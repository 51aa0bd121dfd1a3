#include "geo/gazetteer.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <map>

#include "geo/names.h"
#include "lexicon/lexicon.h"
#include "text/fold.h"
#include "text/utf8.h"

namespace sitrep::geo {

namespace fs = std::filesystem;

struct Slot {
  uint64_t hash;  // KeyHash of the loose key; 0 when the slot is empty
  uint32_t begin, count;  // postings
};
static_assert(sizeof(Slot) == 16);

namespace {

constexpr char kMagic[8] = {'S', 'I', 'T', 'R', 'E', 'P', 'G', 'Z'};

struct Header {
  char magic[8];
  uint32_t version;
  uint32_t header_size;
  uint64_t content_hash;
  uint64_t place_count, slot_count, posting_count, names_size;
  uint64_t prefix_count;     // slots of the prefix set
  uint64_t key_filter_blocks, prefix_filter_blocks;  // 64-byte blocks of the two filters
  uint64_t body_checksum;    // Checksum of everything after the header
  uint64_t header_checksum;  // Checksum of the header before this field
};
static_assert(sizeof(Header) == 96 && sizeof(Header) % 8 == 0);

// The filters: blocked Bloom filters over the keys and over the prefixes, which answer most
// lookups (the words and phrases of a text that no place bears) without a read. A hash sets
// kFilterProbes bits in one 64-byte block, so that a test costs one cache line; at 12 bits a key
// about one lookup in a hundred that finds nothing still reads its slots.
constexpr size_t kFilterBlockBytes = 64;
constexpr size_t kFilterBitsPerKey = 12;
constexpr int kFilterProbes = 7;

uint64_t Mix(uint64_t x) {  // splitmix64's finaliser
  x ^= x >> 30;
  x *= 0xBF58476D1CE4E5B9ull;
  x ^= x >> 27;
  x *= 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

// The block of `hash` among `blocks` and the bits it sets there (kFilterProbes bits of 9 each).
struct FilterProbe {
  uint64_t block;
  uint64_t bits;
};
FilterProbe ProbeOf(uint64_t hash, uint64_t blocks) {
  uint64_t mixed = Mix(hash);
  return {static_cast<uint64_t>((static_cast<unsigned __int128>(mixed) * blocks) >> 64), Mix(mixed ^ hash)};
}

std::string Filter(const std::vector<uint64_t>& hashes, uint64_t* blocks_out) {
  uint64_t blocks = std::max<uint64_t>(1, (hashes.size() * kFilterBitsPerKey + 511) / 512);
  std::string filter(blocks * kFilterBlockBytes, '\0');
  for (uint64_t h : hashes) {
    FilterProbe probe = ProbeOf(h, blocks);
    for (int k = 0; k < kFilterProbes; ++k) {
      unsigned bit = (probe.bits >> (9 * k)) & 511;
      filter[probe.block * kFilterBlockBytes + bit / 8] |= static_cast<char>(1u << (bit % 8));
    }
  }
  *blocks_out = blocks;
  return filter;
}

// A 64-bit checksum fast enough to run over the whole index (about 10 GB/s): four independent
// lanes of xxHash64's multiply-rotate round over 8-byte words, mixed at the end. It detects flipped
// and lost bytes; it is no defence against a file made to match (nothing read from disk is).
// Blocks can be given in pieces, so that a file is checked without being read whole.
class Checksummer {
 public:
  // Whole 32-byte blocks: every call but the last gives a multiple of 32 bytes.
  void Blocks(const char* data, size_t size) {
    for (size_t i = 0; i + 32 <= size; i += 32)
      for (int k = 0; k < 4; ++k) {
        uint64_t word;
        std::memcpy(&word, data + i + 8 * k, 8);
        lanes_[k] = Rotl(lanes_[k] + word * kPrime2, 31) * kPrime1;
      }
  }
  // The bytes after the last whole block, and the size of everything checksummed.
  uint64_t Finish(const char* tail, size_t tail_size, uint64_t total_size) const {
    uint64_t h = Rotl(lanes_[0], 1) + Rotl(lanes_[1], 7) + Rotl(lanes_[2], 12) + Rotl(lanes_[3], 18) + total_size;
    for (size_t i = 0; i < tail_size; ++i) h = Rotl(h ^ (static_cast<uint8_t>(tail[i]) * kPrime1), 11) * kPrime2;
    h ^= h >> 33;
    h *= kPrime2;
    h ^= h >> 29;
    h *= kPrime1;
    return h ^ (h >> 32);
  }

 private:
  static constexpr uint64_t kPrime1 = 0x9E3779B185EBCA87ull, kPrime2 = 0xC2B2AE3D27D4EB4Full;
  static uint64_t Rotl(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }
  uint64_t lanes_[4] = {kPrime1 + kPrime2, kPrime2, 0, 0 - kPrime1};
};

uint64_t Checksum(const char* data, size_t size) {
  Checksummer sum;
  size_t whole = size / 32 * 32;
  sum.Blocks(data, whole);
  return sum.Finish(data + whole, size - whole, size);
}

uint64_t HeaderChecksum(const Header& h) { return Checksum(reinterpret_cast<const char*>(&h), offsetof(Header, header_checksum)); }

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> cols;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    cols.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return cols;
}

template <typename T>
bool ParseNumber(std::string_view s, T* out) {
  if (s.empty()) return false;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

bool ParseDouble(std::string_view s, double* out) {
  if (s.empty() || s.size() > 40) return false;
  std::string copy(s);
  char* end = nullptr;
  *out = std::strtod(copy.c_str(), &end);
  return end == copy.c_str() + copy.size() && std::isfinite(*out);
}

// The first letter decides the script: names in Latin or Arabic script are kept from GeoNames
// files, the many others (Cyrillic, Han, Greek...) never occur in French or English text.
bool LatinOrArabic(std::string_view name) {
  size_t pos = 0;
  while (pos < name.size()) {
    char32_t cp = text::DecodeAt(name, &pos);
    if (cp < 0x80) {
      if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') return true;
      continue;
    }
    return (cp >= 0xC0 && cp <= 0x24F) || (cp >= 0x1E00 && cp <= 0x1EFF) || (cp >= 0x600 && cp <= 0x6FF);
  }
  return false;
}

// IATA and ICAO codes among GeoNames alternates ("DEZ", "OSDZ") would match acronyms in text.
bool IsCode(std::string_view name) {
  if (name.size() > 4) return false;
  return std::all_of(name.begin(), name.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
}

uint64_t Fnv(uint64_t h, std::string_view s) {
  for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ull;
  return (h ^ '\n') * 0x100000001b3ull;
}

// The keys of the first one, two and three words of a name of several words: a text's first token
// may be any of them ("Jisr" of "Jisr ash Shughur", "Al-Raï" of "Al Rai crossing").
void AddPrefixes(std::string_view name, std::vector<uint64_t>* prefixes) {
  size_t from = 0;
  for (int words = 0; words < 3; ++words) {
    size_t cut = name.find_first_of(" -", from);
    if (cut == std::string_view::npos) return;
    std::string key = NameKey(name.substr(0, cut));
    if (!key.empty()) prefixes->push_back(KeyHash(key));
    from = cut + 1;
  }
}

// An open-addressing set of hashes, a power of two in size and at most half full; 0 is empty.
std::vector<uint64_t> HashSet(std::vector<uint64_t> hashes) {
  std::sort(hashes.begin(), hashes.end());
  hashes.erase(std::unique(hashes.begin(), hashes.end()), hashes.end());
  size_t size = 16;
  while (size < hashes.size() * 2) size *= 2;
  std::vector<uint64_t> table(size, 0);
  for (uint64_t h : hashes) {
    size_t s = h & (size - 1);
    while (table[s]) s = (s + 1) & (size - 1);
    table[s] = h;
  }
  return table;
}

template <typename T>
void Append(std::string* out, const T* data, size_t count) {
  out->append(reinterpret_cast<const char*>(data), sizeof(T) * count);
}

}  // namespace

const char* CategoryName(Category c) {
  switch (c) {
    case Category::kCity: return "city";
    case Category::kDistrict: return "district";
    case Category::kRegion: return "region";
    case Category::kCountry: return "country";
    case Category::kContinent: return "continent";
    case Category::kSite: return "site";
    case Category::kCrossing: return "crossing";
    case Category::kWater: return "water";
    case Category::kTerrain: return "terrain";
  }
  return "site";
}

Category CategoryOf(char feature_class, std::string_view code) {
  switch (feature_class) {
    case 'P': return code == "PPLX" ? Category::kDistrict : Category::kCity;
    case 'A':
      if (code.rfind("PCL", 0) == 0 || code == "TERR") return Category::kCountry;
      if (code == "ADM1" || code == "ADM1H") return Category::kRegion;
      return code.rfind("ADM", 0) == 0 ? Category::kDistrict : Category::kRegion;
    case 'L':
      if (code == "CONT") return Category::kContinent;
      if (code == "OILF" || code == "GASF" || code == "MILB" || code == "CMP" || code == "PRT") return Category::kSite;
      return Category::kRegion;
    case 'H': return Category::kWater;
    case 'T': return Category::kTerrain;
    case 'S': return code == "PSTB" || code == "BDG" ? Category::kCrossing : Category::kSite;
    default: return Category::kSite;
  }
}

uint32_t ExactHash(std::string_view name) { return static_cast<uint32_t>(KeyHash(ExactKey(name))) & 0x3FFFFFFFu; }

bool IsAbbreviation(std::string_view name) {
  if (name.size() <= 7 && name.size() > 1 && name.back() == '.') return true;  // Ky., Calif., W.Va.
  bool upper = false;
  for (char c : name) {
    if (c >= 'a' && c <= 'z') return false;
    upper |= c >= 'A' && c <= 'Z';
  }
  return upper;
}

Result<GeoNamesRow> ParseGeoNamesLine(std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  auto cols = SplitTabs(line);
  if (cols.size() < 15)
    return Status::InvalidArgument(std::to_string(cols.size()) + " columns where GeoNames rows have 19");
  GeoNamesRow row;
  if (!ParseNumber(cols[0], &row.geonameid) || row.geonameid == 0)
    return Status::InvalidArgument("column 1 (geonameid) is not a positive integer: '" + std::string(cols[0]) + "'");
  if (cols[1].empty()) return Status::InvalidArgument("column 2 (name) is empty");
  row.name = cols[1];
  row.asciiname = cols[2];
  for (size_t start = 0; start < cols[3].size();) {
    size_t comma = cols[3].find(',', start);
    std::string_view alt = cols[3].substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
    if (!alt.empty()) row.alternates.emplace_back(alt);
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  if (!ParseDouble(cols[4], &row.lat) || row.lat < -90 || row.lat > 90)
    return Status::InvalidArgument("column 5 (latitude) is not a latitude: '" + std::string(cols[4]) + "'");
  if (!ParseDouble(cols[5], &row.lon) || row.lon < -180 || row.lon > 180)
    return Status::InvalidArgument("column 6 (longitude) is not a longitude: '" + std::string(cols[5]) + "'");
  if (cols[6].size() != 1 || !std::strchr("AHLPRSTUV", cols[6][0]))
    return Status::InvalidArgument("column 7 (feature class) is not one of A H L P R S T U V: '" + std::string(cols[6]) + "'");
  row.feature_class = cols[6][0];
  if (cols[7].size() > 7) return Status::InvalidArgument("column 8 (feature code) is longer than 7 characters");
  row.feature_code = cols[7];
  if (!cols[8].empty() && cols[8].size() != 2)
    return Status::InvalidArgument("column 9 (country code) is not two letters: '" + std::string(cols[8]) + "'");
  row.country = cols[8];
  row.admin1 = cols[10];
  if (!cols[14].empty() && !ParseNumber(cols[14], &row.population))
    return Status::InvalidArgument("column 15 (population) is not an integer: '" + std::string(cols[14]) + "'");
  return row;
}

// ---- Builder ----------------------------------------------------------------------------------

Status GazetteerBuilder::ReadLines(const std::string& path, const std::function<void(std::string_view, size_t)>& fn) {
  size_t number = 0;
  auto take = [&](const std::string& line) {
    ++number;
    content_hash_ = Fnv(content_hash_, line);
    fn(line, number);
  };
  // GeoNames' per-country dumps ship gzip-compressed (data/geo/geonames): read them as they are.
  if (path.ends_with(".gz")) {
    gzFile in = gzopen(path.c_str(), "rb");
    if (!in) return Status::NotFound("cannot open " + path);
    gzbuffer(in, 1 << 17);
    std::string line;
    char chunk[1 << 14];
    while (gzgets(in, chunk, sizeof chunk)) {
      line += chunk;
      if (line.back() != '\n') continue;  // a line longer than the chunk: read on
      line.pop_back();
      take(line);
      line.clear();
    }
    if (!line.empty()) take(line);
    int code = Z_OK;
    const char* error = gzerror(in, &code);
    std::string message = code == Z_OK || code == Z_STREAM_END ? "" : std::string(error);
    gzclose(in);
    if (!message.empty())
      return Status::Corrupt(path + ": " + message + " after line " + std::to_string(number));
    return Status::Ok();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open " + path);
  std::string line;
  while (std::getline(in, line)) take(line);
  return Status::Ok();
}

GazetteerBuilder::Place* GazetteerBuilder::Find(uint32_t geonameid) {
  auto it = by_id_.find(geonameid);
  return it == by_id_.end() ? nullptr : &places_[it->second];
}

GazetteerBuilder::Place* GazetteerBuilder::New(GeoNamesRow row, bool placed) {
  by_id_[row.geonameid] = static_cast<uint32_t>(places_.size());
  Place* place = &places_.emplace_back();
  place->row = std::move(row);
  place->row.alternates.clear();  // kept as names, through AddName
  place->placed = placed;
  return place;
}

void GazetteerBuilder::AddName(Place* place, std::string_view name, bool primary, bool curated) {
  if (name.empty() || name.size() > 120) return;
  if (!curated && (!LatinOrArabic(name) || IsCode(name))) return;
  for (auto& n : place->names)
    if (n.text == name) {
      n.primary |= primary;
      return;
    }
  place->names.push_back({std::string(name), primary});
}

// "Kunduz City", "City of Nairobi", "Ville de Bunia": a division's alternate that names the town
// it is called after (Who's On First files a city's names on its district too) is the town's.
static bool NamesASettlement(std::string_view name) {
  std::string folded = text::Fold(name);
  return folded.ends_with(" city") || folded.starts_with("city of ") || folded.starts_with("ville de ") ||
         folded.ends_with(" town") || folded.ends_with(" ville");
}

Status GazetteerBuilder::AddGeonames(const std::string& path, bool curated, const Warn& warn) {
  return ReadLines(path, [&](std::string_view line, size_t number) {
    if (line.empty() || line[0] == '#') return;
    size_t bad = 0;
    if (!text::IsValidUtf8(line, &bad)) {
      warn(path + ":" + std::to_string(number) + ": invalid UTF-8 at byte " + std::to_string(bad + 1) + "; line skipped");
      return;
    }
    auto row = ParseGeoNamesLine(line);
    if (!row.ok()) {
      warn(path + ":" + std::to_string(number) + ": " + row.status().message() + "; line skipped");
      return;
    }
    Place* place = Find(row->geonameid);
    if (!place) {
      place = New(*row, /*placed=*/true);
    } else if (curated) {
      // The supplement may correct a GeoNames file's name, division or population, not its point:
      // its name is the one the news uses ("Daraa", not the dump's "Dar`a").
      if (row->population) place->row.population = row->population;
      place->row.name = row->name;
      place->row.asciiname = row->asciiname;
      // The dump's own names stay as alternates: "Sumy" names the oblast only with a cue.
      for (Name& n : place->names) n.primary = false;
      // A division known only from a code table has no point of its own yet: take the row's.
      if (!place->placed) {
        place->row.lat = row->lat, place->row.lon = row->lon;
        place->placed = true;
      }
    }
    AddName(place, row->name, true, true);
    if (!row->asciiname.empty()) AddName(place, row->asciiname, true, true);
    for (const auto& alt : row->alternates)
      if (curated || row->feature_class != 'A' || !NamesASettlement(alt)) AddName(place, alt, false, curated);
  });
}

Status GazetteerBuilder::AddAlternateNames(const std::string& path, const Warn& warn) {
  return ReadLines(path, [&](std::string_view line, size_t number) {
    auto cols = SplitTabs(line);
    uint32_t id = 0;
    if (cols.size() < 4 || !ParseNumber(cols[1], &id)) {
      if (!line.empty()) warn(path + ":" + std::to_string(number) + ": not an alternate-name row; line skipped");
      return;
    }
    std::string_view lang = cols[2];
    if (!(lang.empty() || lang == "en" || lang == "fr" || lang == "ar" || lang == "abbr")) return;
    bool historic = cols.size() > 7 && cols[7] == "1";
    if (historic) return;
    if (Place* place = Find(id)) AddName(place, cols[3], false, lang == "abbr");
  });
}

GazetteerBuilder::Place* GazetteerBuilder::FindOrAddDivision(uint32_t geonameid, std::string_view name,
                                                             const char* feature_code, std::string_view country,
                                                             std::string_view admin1, uint64_t population) {
  if (Place* place = Find(geonameid)) return place;
  GeoNamesRow row;
  row.geonameid = geonameid;
  row.name = name;
  row.feature_class = 'A';
  row.feature_code = feature_code;
  row.country = country;
  row.admin1 = admin1;
  row.population = population;
  return New(std::move(row), /*placed=*/false);
}

Status GazetteerBuilder::AddAdmin1Codes(const std::string& path, const Warn& warn) {
  return ReadLines(path, [&](std::string_view line, size_t number) {
    auto cols = SplitTabs(line);
    uint32_t id = 0;
    size_t dot = cols[0].find('.');
    if (cols.size() < 4 || dot != 2 || !ParseNumber(cols[3], &id) || id == 0) {
      if (!line.empty()) warn(path + ":" + std::to_string(number) + ": not an admin1 row (CC.CODE, name, ascii, id); line skipped");
      return;
    }
    Place* place = FindOrAddDivision(id, cols[1], "ADM1", cols[0].substr(0, 2), cols[0].substr(3), 0);
    AddName(place, cols[1], true, true);
    AddName(place, cols[2], true, true);
  });
}

Status GazetteerBuilder::AddCountryInfo(const std::string& path, const Warn& warn) {
  return ReadLines(path, [&](std::string_view line, size_t number) {
    if (line.empty() || line[0] == '#') return;
    auto cols = SplitTabs(line);
    uint32_t id = 0;
    uint64_t population = 0;
    if (cols.size() < 17 || cols[0].size() != 2 || !ParseNumber(cols[16], &id) || id == 0) {
      warn(path + ":" + std::to_string(number) + ": not a countryInfo row; line skipped");
      return;
    }
    ParseNumber(cols[7], &population);
    Place* place = FindOrAddDivision(id, cols[4], "PCLI", cols[0], "", population);
    AddName(place, cols[4], true, true);
  });
}

Status GazetteerBuilder::Write(const std::string& path) {
  // Divisions and countries known only by name sit in the middle of the box of their places.
  std::map<std::string, std::array<double, 4>> boxes;  // "CC" or "CC.A1" -> min lat, max lat, min lon, max lon
  for (const auto& p : places_) {
    if (!p.placed || p.row.feature_class != 'P') continue;
    for (std::string key : {p.row.country, p.row.country + "." + p.row.admin1}) {
      auto [it, fresh] = boxes.try_emplace(key, std::array<double, 4>{p.row.lat, p.row.lat, p.row.lon, p.row.lon});
      auto& b = it->second;
      b = {std::min(b[0], p.row.lat), std::max(b[1], p.row.lat), std::min(b[2], p.row.lon), std::max(b[3], p.row.lon)};
    }
  }
  std::vector<uint32_t> keep;
  for (uint32_t i = 0; i < places_.size(); ++i) {
    Place& p = places_[i];
    if (!p.placed) {
      std::string key = p.row.feature_code == "ADM1" ? p.row.country + "." + p.row.admin1 : p.row.country;
      auto box = boxes.find(key);
      if (box == boxes.end()) continue;  // no place to put it
      p.row.lat = (box->second[0] + box->second[1]) / 2;
      p.row.lon = (box->second[2] + box->second[3]) / 2;
      p.placed = true;
    }
    keep.push_back(i);
  }

  // First-level divisions by country and code, the supplement's or the dump's own rows first.
  std::map<std::string, uint32_t> admin1;
  std::vector<uint32_t> record_of(places_.size(), kNoPlace);
  for (uint32_t r = 0; r < keep.size(); ++r) record_of[keep[r]] = r;
  for (uint32_t r = 0; r < keep.size(); ++r) {
    const auto& row = places_[keep[r]].row;
    if (row.feature_code == "ADM1" && !row.admin1.empty()) admin1.try_emplace(row.country + "." + row.admin1, r);
  }

  std::string names;
  std::vector<PlaceRecord> records(keep.size());
  struct Entry {
    uint64_t hash;
    uint32_t population;
    Posting posting;
  };
  std::vector<Entry> entries;
  std::vector<uint64_t> prefixes;
  for (uint32_t r = 0; r < keep.size(); ++r) {
    const Place& p = places_[keep[r]];
    PlaceRecord& rec = records[r];
    std::memset(&rec, 0, sizeof rec);
    rec.geonameid = p.row.geonameid;
    rec.lat = static_cast<float>(p.row.lat);
    rec.lon = static_cast<float>(p.row.lon);
    rec.population = static_cast<uint32_t>(std::min<uint64_t>(p.row.population, 0xFFFFFFFFu));
    rec.name = static_cast<uint32_t>(names.size());
    names.append(p.row.name).push_back('\0');
    auto a1 = admin1.find(p.row.country + "." + p.row.admin1);
    rec.admin1 = p.row.admin1.empty() || a1 == admin1.end() ? kNoPlace : a1->second;
    if (p.row.country.size() == 2) std::memcpy(rec.country, p.row.country.data(), 2);
    rec.feature_class = p.row.feature_class;
    rec.category = static_cast<uint8_t>(CategoryOf(p.row.feature_class, p.row.feature_code));
    std::memcpy(rec.feature_code, p.row.feature_code.data(), std::min<size_t>(7, p.row.feature_code.size()));
    for (const auto& n : p.names) {
      std::string key = NameKey(n.text);
      if (key.empty()) continue;
      AddPrefixes(n.text, &prefixes);
      uint32_t exact = ExactHash(n.text) | (n.primary ? Posting::kPrimary : 0) |
                       (IsAbbreviation(n.text) ? Posting::kAbbreviation : 0);
      entries.push_back({KeyHash(key), rec.population, {r, exact}});
    }
  }
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    if (a.hash != b.hash) return a.hash < b.hash;
    if (a.population != b.population) return a.population > b.population;
    if (a.posting.place != b.posting.place) return a.posting.place < b.posting.place;
    return a.posting.exact > b.posting.exact;
  });
  entries.erase(std::unique(entries.begin(), entries.end(),
                            [](const Entry& a, const Entry& b) {
                              return a.hash == b.hash && a.posting.place == b.posting.place &&
                                     a.posting.exact == b.posting.exact;
                            }),
                entries.end());
  size_t keys = 0;
  for (size_t i = 0; i < entries.size(); ++i) keys += i == 0 || entries[i].hash != entries[i - 1].hash;
  size_t slot_count = 16;
  while (slot_count < keys * 2) slot_count *= 2;
  std::vector<Slot> slots(slot_count, Slot{0, 0, 0});
  std::vector<Posting> postings;
  postings.reserve(entries.size());
  for (size_t i = 0; i < entries.size();) {
    size_t j = i;
    while (j < entries.size() && entries[j].hash == entries[i].hash) postings.push_back(entries[j++].posting);
    size_t s = entries[i].hash & (slot_count - 1);
    while (slots[s].hash) s = (s + 1) & (slot_count - 1);
    slots[s] = {entries[i].hash, static_cast<uint32_t>(postings.size() - (j - i)), static_cast<uint32_t>(j - i)};
    i = j;
  }

  std::vector<uint64_t> prefix_table = HashSet(std::move(prefixes));
  std::vector<uint64_t> key_hashes;
  for (const Slot& s : slots)
    if (s.hash) key_hashes.push_back(s.hash);
  std::vector<uint64_t> prefix_hashes;
  for (uint64_t p : prefix_table)
    if (p) prefix_hashes.push_back(p);
  Header h{};
  std::string key_filter = Filter(key_hashes, &h.key_filter_blocks);
  std::string prefix_filter = Filter(prefix_hashes, &h.prefix_filter_blocks);
  std::memcpy(h.magic, kMagic, 8);
  h.version = Gazetteer::kFormatVersion;
  h.header_size = sizeof(Header);
  h.content_hash = content_hash_;
  h.place_count = records.size();
  h.slot_count = slots.size();
  h.posting_count = postings.size();
  h.names_size = names.size();
  h.prefix_count = prefix_table.size();
  std::string bytes;
  bytes.reserve(sizeof h + key_filter.size() + prefix_filter.size() + records.size() * sizeof(PlaceRecord) +
                slots.size() * sizeof(Slot) + postings.size() * sizeof(Posting) + prefix_table.size() * 8 + names.size());
  Append(&bytes, &h, 1);
  bytes += key_filter;
  bytes += prefix_filter;
  Append(&bytes, records.data(), records.size());
  Append(&bytes, slots.data(), slots.size());
  Append(&bytes, postings.data(), postings.size());
  Append(&bytes, prefix_table.data(), prefix_table.size());
  bytes += names;
  SealIndex(&bytes);
  return lexicon::WriteFileAtomically(path, bytes);
}

void SealIndex(std::string* bytes) {
  if (bytes->size() < sizeof(Header)) return;
  Header h;
  std::memcpy(&h, bytes->data(), sizeof h);
  h.body_checksum = Checksum(bytes->data() + sizeof h, bytes->size() - sizeof h);
  h.header_checksum = HeaderChecksum(h);
  std::memcpy(bytes->data(), &h, sizeof h);
}

// ---- Reader -----------------------------------------------------------------------------------

Gazetteer::~Gazetteer() {
  if (mapping_) munmap(mapping_, mapping_size_);
  if (fd_ >= 0) ::close(fd_);
}

namespace {

// Where Open records the gazetteer files whose contents passed their checksum: $XDG_CACHE_HOME/sitrep,
// else ~/.cache/sitrep; "" when there is neither, and then every open verifies.
fs::path VerifiedDir() {
  if (const char* cache = std::getenv("XDG_CACHE_HOME"); cache && *cache) return fs::path(cache) / "sitrep" / "verified";
  if (const char* home = std::getenv("HOME"); home && *home) return fs::path(home) / ".cache" / "sitrep" / "verified";
  return {};
}

// The file as it is now: its path, then device, inode, size, and modification and status-change
// times. Any write changes the status-change time, which no user can set back.
std::string FileState(const std::string& path, const struct stat& st, uint64_t body_checksum) {
  std::error_code ec;
  fs::path absolute = fs::absolute(path, ec);
  return (ec ? path : absolute.lexically_normal().string()) + "\n" + std::to_string(st.st_dev) + " " +
         std::to_string(st.st_ino) + " " + std::to_string(st.st_size) + " " + std::to_string(st.st_mtim.tv_sec) + "." +
         std::to_string(st.st_mtim.tv_nsec) + " " + std::to_string(st.st_ctim.tv_sec) + "." +
         std::to_string(st.st_ctim.tv_nsec) + " " + std::to_string(body_checksum) + "\n";
}

fs::path VerifiedRecord(const fs::path& dir, const std::string& state) {
  char name[32];
  std::snprintf(name, sizeof name, "%016llx", static_cast<unsigned long long>(Fnv(0xcbf29ce484222325ull, state.substr(0, state.find('\n')))));
  return dir / name;
}

bool VerifiedBefore(const std::string& state) {
  fs::path dir = VerifiedDir();
  if (dir.empty()) return false;
  std::ifstream in(VerifiedRecord(dir, state), std::ios::binary);
  std::string recorded((std::istreambuf_iterator<char>(in)), {});
  return recorded == state;
}

// Best effort: a cache that cannot be written only means verifying again next time. Records of
// files that no longer exist are removed, so that temporary gazetteers leave nothing behind.
void RecordVerified(const std::string& state) {
  fs::path dir = VerifiedDir();
  std::error_code ec;
  if (dir.empty() || (fs::create_directories(dir, ec), ec)) return;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    std::ifstream in(entry.path());
    std::string file;
    if (std::getline(in, file) && !fs::exists(file, ec)) fs::remove(entry.path(), ec);
  }
  (void)lexicon::WriteFileAtomically(VerifiedRecord(dir, state).string(), state);
}

}  // namespace

Result<std::unique_ptr<Gazetteer>> Gazetteer::Open(const std::string& path, Check check) {
  struct stat st {};
  auto g = OpenUnverified(path, &st);
  if (!g.ok()) return g;
  std::string state = FileState(path, st, (*g)->body_checksum_);
  if (check == Check::kChangedSinceVerified && VerifiedBefore(state)) return g;
  if (Status s = (*g)->VerifyBody(path); !s.ok()) return s;
  RecordVerified(state);
  return g;
}

Status Gazetteer::VerifyBody(const std::string& origin) const {
  // In pieces of a multiple of 32 bytes (Checksummer's blocks), so that checking reads the file
  // through a small buffer instead of keeping it all.
  std::vector<char> piece(1 << 20);
  Checksummer sum;
  const uint64_t body = size_ - sizeof(Header);
  size_t n = 0, whole = 0;  // of the last piece: its size, and its whole blocks
  for (uint64_t at = 0; at < body; at += n) {
    n = static_cast<size_t>(std::min<uint64_t>(piece.size(), body - at));
    Read(sizeof(Header) + at, n, piece.data());
    whole = n / 32 * 32;
    sum.Blocks(piece.data(), whole);
  }
  if (sum.Finish(piece.data() + whole, n - whole, body) == body_checksum_) return Status::Ok();
  return Status::Corrupt(origin + ": damaged gazetteer: its contents do not match their checksum (a byte changed or "
                                  "lost); compile it again with `sitrep gazetteer compile` or restore it");
}

Result<std::unique_ptr<Gazetteer>> Gazetteer::OpenUnverified(const std::string& path, struct stat* stat_out) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::NotFound("cannot open gazetteer " + path + ": " + std::strerror(errno));
  std::unique_ptr<Gazetteer> g(new Gazetteer());
  g->fd_ = fd;
  struct stat& st = *stat_out;
  if (fstat(fd, &st) != 0 || st.st_size <= 0) return Status::Corrupt(path + ": empty or unreadable gazetteer");
  g->size_ = static_cast<size_t>(st.st_size);
  // Lookups read a few scattered records of a large file: no read-ahead around each, which on a
  // cold page cache would read much of the file from disk for a one-sentence run.
  ::posix_fadvise(fd, 0, 0, POSIX_FADV_RANDOM);
  if (Status s = g->Init(path); !s.ok()) return s;
  // The filters are tested at every lookup, anywhere in them: mapped (shared with the page cache
  // and with other processes), their few MB are all the index keeps in memory.
  size_t filters_end = sizeof(Header) + (g->key_filter_blocks_ + g->prefix_filter_blocks_) * kFilterBlockBytes;
  void* map = mmap(nullptr, filters_end, PROT_READ, MAP_PRIVATE, fd, 0);
  if (map == MAP_FAILED) return Status::IoError("cannot map gazetteer " + path + ": " + std::strerror(errno));
  g->mapping_ = map;
  g->mapping_size_ = filters_end;
  g->key_filter_ = static_cast<const char*>(map) + sizeof(Header);
  g->prefix_filter_ = g->key_filter_ + g->key_filter_blocks_ * kFilterBlockBytes;
  return g;
}

Result<std::unique_ptr<Gazetteer>> Gazetteer::FromBytes(std::string bytes) {
  std::unique_ptr<Gazetteer> g(new Gazetteer());
  g->owned_ = std::move(bytes);
  g->size_ = g->owned_.size();
  if (Status s = g->Init("gazetteer bytes"); !s.ok()) return s;
  g->key_filter_ = g->owned_.data() + sizeof(Header);
  g->prefix_filter_ = g->key_filter_ + g->key_filter_blocks_ * kFilterBlockBytes;
  if (Status s = g->VerifyBody("gazetteer bytes"); !s.ok()) return s;
  return g;
}

void Gazetteer::Read(uint64_t offset, size_t size, void* out) const {
  char* to = static_cast<char*>(out);
  size_t got = 0;
  if (fd_ < 0) {
    if (offset < owned_.size()) {
      got = static_cast<size_t>(std::min<uint64_t>(size, owned_.size() - offset));
      std::memcpy(to, owned_.data() + offset, got);
    }
  } else {
    while (got < size) {
      ssize_t n = ::pread(fd_, to + got, size - got, static_cast<off_t>(offset + got));
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;  // an error, or a file cut short since it was opened
      got += static_cast<size_t>(n);
    }
  }
  std::memset(to + got, 0, size - got);
}

Status Gazetteer::Init(const std::string& origin) {
  if (size_ < sizeof(Header)) return Status::Corrupt(origin + ": too short for a sitrep gazetteer");
  Header h;
  Read(0, sizeof h, &h);
  if (std::memcmp(h.magic, kMagic, 8) != 0) return Status::Corrupt(origin + ": not a sitrep gazetteer (bad magic)");
  if (h.version != kFormatVersion)
    return Status::Corrupt(origin + ": gazetteer format " + std::to_string(h.version) + ", this sitrep reads " +
                           std::to_string(kFormatVersion) + "; recompile it with `sitrep gazetteer compile`");
  if (h.header_size != sizeof(Header)) return Status::Corrupt(origin + ": bad header size");
  if (h.header_checksum != HeaderChecksum(h))
    return Status::Corrupt(origin + ": damaged gazetteer: its header does not match its checksum; compile it again "
                                    "with `sitrep gazetteer compile` or restore it");
  const uint64_t limit = size_;
  auto fits = [&](uint64_t count, uint64_t unit) { return count <= limit / unit; };
  if (!fits(h.place_count, sizeof(PlaceRecord)) || !fits(h.slot_count, sizeof(Slot)) ||
      !fits(h.posting_count, sizeof(Posting)) || !fits(h.prefix_count, 8) || h.names_size > limit ||
      !fits(h.key_filter_blocks, kFilterBlockBytes) || !fits(h.prefix_filter_blocks, kFilterBlockBytes))
    return Status::Corrupt(origin + ": section sizes exceed the file");
  uint64_t expected = sizeof(Header) + (h.key_filter_blocks + h.prefix_filter_blocks) * kFilterBlockBytes +
                      h.place_count * sizeof(PlaceRecord) + h.slot_count * sizeof(Slot) +
                      h.posting_count * sizeof(Posting) + h.prefix_count * 8 + h.names_size;
  if (expected != size_)
    return Status::Corrupt(origin + ": size " + std::to_string(size_) + " where the header says " + std::to_string(expected));
  if (h.slot_count == 0 || (h.slot_count & (h.slot_count - 1)) != 0) return Status::Corrupt(origin + ": bad slot count");
  if (h.prefix_count == 0 || (h.prefix_count & (h.prefix_count - 1)) != 0)
    return Status::Corrupt(origin + ": bad prefix count");
  if (h.key_filter_blocks == 0 || h.prefix_filter_blocks == 0) return Status::Corrupt(origin + ": bad filter size");
  char last = 1;
  Read(size_ - 1, 1, &last);
  if (h.names_size == 0 || last != '\0') return Status::Corrupt(origin + ": name section not terminated");
  if (h.place_count >= kNoPlace) return Status::Corrupt(origin + ": too many places");
  content_hash_ = h.content_hash;
  body_checksum_ = h.body_checksum;
  key_filter_blocks_ = h.key_filter_blocks;
  prefix_filter_blocks_ = h.prefix_filter_blocks;
  places_offset_ = sizeof(Header) + (h.key_filter_blocks + h.prefix_filter_blocks) * kFilterBlockBytes;
  place_count_ = h.place_count;
  slots_offset_ = places_offset_ + h.place_count * sizeof(PlaceRecord);
  slot_count_ = h.slot_count;
  postings_offset_ = slots_offset_ + h.slot_count * sizeof(Slot);
  posting_count_ = h.posting_count;
  prefixes_offset_ = postings_offset_ + h.posting_count * sizeof(Posting);
  prefix_count_ = h.prefix_count;
  names_offset_ = prefixes_offset_ + h.prefix_count * 8;
  names_size_ = h.names_size;
  return Status::Ok();
}

bool Gazetteer::MayHold(const char* filter, uint64_t blocks, uint64_t hash) {
  FilterProbe probe = ProbeOf(hash, blocks);
  const char* block = filter + probe.block * kFilterBlockBytes;
  for (int k = 0; k < kFilterProbes; ++k) {
    unsigned bit = (probe.bits >> (9 * k)) & 511;
    if (!(block[bit / 8] & (1u << (bit % 8)))) return false;
  }
  return true;
}

namespace {

// Linear probing in an open-addressing table of `count` entries (a power of two) on disk, from
// the entry of `hash`: `read(first, n, out)` reads entries, a few at a time since a probe is
// rarely long. The entry whose hash is `hash`, or none at an empty entry (hash 0) or after all.
template <typename Entry, typename ReadEntries, typename HashOf>
std::optional<Entry> Probe(uint64_t count, uint64_t hash, const ReadEntries& read, const HashOf& hash_of) {
  constexpr uint64_t kWindow = 8;
  Entry window[kWindow];
  uint64_t at = hash & (count - 1);
  for (uint64_t probed = 0; probed < count;) {
    uint64_t n = std::min({kWindow, count - at, count - probed});
    read(at, n, window);
    for (uint64_t i = 0; i < n; ++i) {
      if (hash_of(window[i]) == 0) return std::nullopt;
      if (hash_of(window[i]) == hash) return window[i];
    }
    probed += n;
    at = (at + n) & (count - 1);
  }
  return std::nullopt;
}

}  // namespace

std::vector<Posting> Gazetteer::LookupKey(std::string_view key) const {
  if (key.empty()) return {};
  uint64_t hash = KeyHash(key);
  if (!MayHold(key_filter_, key_filter_blocks_, hash)) return {};
  auto slot = Probe<Slot>(
      slot_count_, hash,
      [&](uint64_t first, uint64_t n, Slot* out) { Read(slots_offset_ + first * sizeof(Slot), n * sizeof(Slot), out); },
      [](const Slot& s) { return s.hash; });
  if (!slot || slot->begin > posting_count_ || slot->count > posting_count_ - slot->begin) return {};
  std::vector<Posting> postings(slot->count);
  Read(postings_offset_ + uint64_t{slot->begin} * sizeof(Posting), postings.size() * sizeof(Posting), postings.data());
  return postings;
}

std::vector<Posting> Gazetteer::Lookup(std::string_view name) const { return LookupKey(NameKey(name)); }

bool Gazetteer::StartsLongerName(std::string_view key) const {
  if (key.empty()) return false;
  uint64_t hash = KeyHash(key);
  if (!MayHold(prefix_filter_, prefix_filter_blocks_, hash)) return false;
  return Probe<uint64_t>(
             prefix_count_, hash,
             [&](uint64_t first, uint64_t n, uint64_t* out) { Read(prefixes_offset_ + first * 8, n * 8, out); },
             [](uint64_t h) { return h; })
      .has_value();
}

PlaceRecord Gazetteer::place(uint32_t i) const {
  PlaceRecord r{};
  if (i < place_count_) Read(places_offset_ + uint64_t{i} * sizeof(PlaceRecord), sizeof r, &r);
  return r;
}

void Gazetteer::ForEachPlace(const std::function<void(const PlaceRecord&)>& visit) const {
  std::vector<PlaceRecord> block(4096);
  for (uint64_t first = 0; first < place_count_; first += block.size()) {
    size_t n = static_cast<size_t>(std::min<uint64_t>(block.size(), place_count_ - first));
    Read(places_offset_ + first * sizeof(PlaceRecord), n * sizeof(PlaceRecord), block.data());
    for (size_t k = 0; k < n; ++k) visit(block[k]);
  }
}

std::string Gazetteer::Name(const PlaceRecord& p) const {
  std::string name;
  char piece[64];
  // The section ends with a NUL, checked on opening.
  for (uint64_t at = p.name; at < names_size_; at += sizeof piece) {
    size_t n = static_cast<size_t>(std::min<uint64_t>(sizeof piece, names_size_ - at));
    Read(names_offset_ + at, n, piece);
    size_t end = std::find(piece, piece + n, '\0') - piece;
    name.append(piece, end);
    if (end < n) break;
  }
  return name;
}

std::optional<PlaceRecord> Gazetteer::Admin1Of(const PlaceRecord& p) const {
  if (p.admin1 >= place_count_) return std::nullopt;
  return place(p.admin1);
}

std::string Gazetteer::Version() const {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%u.%08x", kFormatVersion, static_cast<uint32_t>(content_hash_ >> 32));
  return buf;
}

std::vector<std::string> CheckSupplement(const std::vector<std::string>& files) {
  std::vector<std::string> problems;
  std::map<uint32_t, std::string> seen;  // geonameid -> where
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      problems.push_back(file + ": cannot open");
      continue;
    }
    std::string line;
    for (size_t number = 1; std::getline(in, line); ++number) {
      std::string where = file + ":" + std::to_string(number);
      if (line.empty() || line[0] == '#') continue;
      size_t bad = 0;
      if (!text::IsValidUtf8(line, &bad)) {
        problems.push_back(where + ": invalid UTF-8 at byte " + std::to_string(bad + 1));
        continue;
      }
      auto row = ParseGeoNamesLine(line);
      if (!row.ok()) {
        problems.push_back(where + ": " + row.status().message());
        continue;
      }
      if (SplitTabs(line).size() != 19) problems.push_back(where + ": " + std::to_string(SplitTabs(line).size()) + " columns, not 19");
      auto [it, fresh] = seen.try_emplace(row->geonameid, where);
      if (!fresh) problems.push_back(where + ": geonameid " + std::to_string(row->geonameid) + " already at " + it->second);
      std::map<std::string, int> names;
      for (const auto& alt : row->alternates)
        if (alt == row->name || ++names[alt] == 2) problems.push_back(where + ": alternate '" + alt + "' given twice");
    }
  }
  return problems;
}

std::string FindGazetteer(const std::string& given) {
  return lexicon::FindDataFile(given, "SITREP_GAZETTEER", "gazetteer.bin");
}

double DistanceKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = M_PI / 180;
  double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
             std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 6371.0 * 2 * std::atan2(std::sqrt(a), std::sqrt(1 - a));
}

}  // namespace sitrep::geo
