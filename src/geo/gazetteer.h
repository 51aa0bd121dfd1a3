// The gazetteer: GeoNames rows (the cities file, the project's supplement, or a user's full dump)
// compiled into one versioned index that is read where a lookup needs it, so that opening it costs
// a few system calls rather than a parse, and only the records a document's names need are read.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "sitrep/status.h"

struct stat;

namespace sitrep::geo {

// What a place is, for precision and for matching the words around a name (la ville de, province).
enum class Category : uint8_t { kCity, kDistrict, kRegion, kCountry, kContinent, kSite, kCrossing, kWater, kTerrain };
const char* CategoryName(Category c);
// The category of a GeoNames feature class and code ("P", "PPLA2").
Category CategoryOf(char feature_class, std::string_view feature_code);

// One row of GeoNames' "geoname" table (19 tab-separated columns).
struct GeoNamesRow {
  uint32_t geonameid = 0;
  std::string name, asciiname;
  std::vector<std::string> alternates;
  double lat = 0, lon = 0;
  char feature_class = 0;
  std::string feature_code, country, admin1;
  uint64_t population = 0;
};
// Parses one line; the error says which column is wrong.
Result<GeoNamesRow> ParseGeoNamesLine(std::string_view line);

// Ids from here on are the project's own, for places GeoNames lacks; they are written as null.
constexpr uint32_t kLocalIdBase = 900000000;

// The index on disk (little-endian), after a 96-byte header (counts, a checksum of the rest of the
// file and one of the header itself; docs/GEO.md): key filter, prefix filter, places, hash slots,
// postings, prefixes, names.
struct PlaceRecord {
  uint32_t geonameid;
  float lat, lon;
  uint32_t population;  // saturated at 2^32-1
  uint32_t name;        // offset of the NUL-terminated name in the name section
  uint32_t admin1;      // record of the first-level division the place is in, or kNoPlace
  char country[2];      // ISO 3166 alpha-2, or two NULs
  char feature_class;
  uint8_t category;     // Category
  char feature_code[8];  // NUL-padded
  uint32_t reserved;
};
static_assert(sizeof(PlaceRecord) == 40);
constexpr uint32_t kNoPlace = 0xFFFFFFFFu;

// One name of one place under a key. `exact` holds a 30-bit hash of the name's ExactKey, so that
// a lookup can tell "As-Suwayda" written as GeoNames writes it from a looser spelling; the top bit
// says the name is the place's own rather than an alternate, the next that it is an abbreviation
// (US, DRC, Ky.): only an abbreviation in a text may be one, and an acronym may be nothing else.
struct Posting {
  uint32_t place;
  uint32_t exact;
  static constexpr uint32_t kPrimary = 0x80000000u, kAbbreviation = 0x40000000u;
  bool primary() const { return exact & kPrimary; }
  bool abbreviation() const { return exact & kAbbreviation; }
  uint32_t exact_hash() const { return exact & 0x3FFFFFFFu; }
};
uint32_t ExactHash(std::string_view name);
// Capitals and no lowercase letter ("US", "U.S.", "AAS"), or a short word ending in a period
// ("Ky.", "Calif.").
bool IsAbbreviation(std::string_view name);

// The index, read where a lookup needs it: only its two filters are mapped (a few MB, touched at
// every lookup); records, slots, postings and names are read with pread. A mapping of the whole
// file would count every page the kernel maps around a touched byte as the process's memory, and
// recent kernels map a whole large folio (up to 2 MB) of a file written or read in bulk at each
// first touch: a corpus's scattered lookups then map most of the 280 MB file (docs/GEO.md, Cost).
// Thread-safe; each read is a system call, so callers that read a place again and again keep it
// (GazetteerCache).
class Gazetteer {
 public:
  static constexpr uint32_t kFormatVersion = 4;
  // What Open checks beyond the header's checksum: the contents' checksum, a pass over the whole
  // file (30 to 70 ms for the full GeoNames index), every time or only when the file has changed
  // since it last passed (its inode, size or times; the passes are recorded under ~/.cache/sitrep).
  enum class Check { kChangedSinceVerified, kEverything };
  // Opens the index file; fails on a wrong magic, version, size or checksum, naming the file.
  static Result<std::unique_ptr<Gazetteer>> Open(const std::string& path, Check check = Check::kChangedSinceVerified);
  // The same checks on bytes in memory (tests and fuzzing).
  static Result<std::unique_ptr<Gazetteer>> FromBytes(std::string bytes);
  ~Gazetteer();

  // Places under the loose key of `name` (see NameKey), most populous first.
  std::vector<Posting> Lookup(std::string_view name) const;
  std::vector<Posting> LookupKey(std::string_view key) const;
  // Whether a name of several words starts with one, two or three words whose key is `key`: only
  // then is a text's name that starts with them worth looking up beyond its first token.
  bool StartsLongerName(std::string_view key) const;

  size_t size() const { return place_count_; }
  // Place `i` (< size()); a record of zeros where the file cannot be read.
  PlaceRecord place(uint32_t i) const;
  std::string Name(const PlaceRecord& p) const;
  // The first-level division a place is in, if any.
  std::optional<PlaceRecord> Admin1Of(const PlaceRecord& p) const;
  // Every place in order, read in large blocks (PlaceLabels' scan).
  void ForEachPlace(const std::function<void(const PlaceRecord&)>& visit) const;
  // "1.<hash of the sources>"
  std::string Version() const;

 private:
  Gazetteer() = default;
  // Opens the file, maps its filters and checks its header; `stat_out` gets the file's status.
  static Result<std::unique_ptr<Gazetteer>> OpenUnverified(const std::string& path, struct stat* stat_out);
  Status Init(const std::string& origin);
  Status VerifyBody(const std::string& origin) const;
  // Copies `size` bytes at `offset` of the index into `out`, zeros past what can be read.
  void Read(uint64_t offset, size_t size, void* out) const;
  // Whether a filter of `blocks` 64-byte blocks at `filter` may hold `hash` (false: surely not).
  static bool MayHold(const char* filter, uint64_t blocks, uint64_t hash);

  int fd_ = -1;                 // the file, or -1 for bytes in memory (owned_)
  size_t size_ = 0;
  std::string owned_;
  void* mapping_ = nullptr;     // header and filters
  size_t mapping_size_ = 0;
  uint64_t content_hash_ = 0;
  uint64_t body_checksum_ = 0;
  const char* key_filter_ = nullptr;
  uint64_t key_filter_blocks_ = 0;
  const char* prefix_filter_ = nullptr;
  uint64_t prefix_filter_blocks_ = 0;
  uint64_t places_offset_ = 0, place_count_ = 0;
  uint64_t slots_offset_ = 0, slot_count_ = 0;
  uint64_t postings_offset_ = 0, posting_count_ = 0;
  uint64_t prefixes_offset_ = 0, prefix_count_ = 0;
  uint64_t names_offset_ = 0, names_size_ = 0;
};

// Writes the checksums of index bytes into their header: the builder's last step, and the fuzz
// target's, whose hostile indexes must be read within bounds even with right checksums.
void SealIndex(std::string* bytes);

// Problems in curated GeoNames-layout files (the supplement in data/geo), one "file:line: what"
// per problem: rows that do not parse, geonameids given twice, names repeated among a row's
// alternates.
std::vector<std::string> CheckSupplement(const std::vector<std::string>& files);

// The great-circle distance between two points, in kilometres.
double DistanceKm(double lat1, double lon1, double lat2, double lon2);

// Where the compiled gazetteer is: `given`, else $SITREP_GAZETTEER, else gazetteer.bin beside the
// executable, else the installed data directory.
std::string FindGazetteer(const std::string& given);

// Gathers places and names from GeoNames files, then writes the index.
class GazetteerBuilder {
 public:
  using Warn = std::function<void(const std::string&)>;
  // A geoname file: cities500.txt, allCountries.txt, a per-country file or the supplement. A row
  // whose geonameid was seen before adds its names to that place. Bad lines are reported and
  // skipped. `curated` files (the supplement) keep every alternate name; from GeoNames files the
  // alternates in scripts French and English texts never use, and airport codes, are left out.
  Status AddGeonames(const std::string& path, bool curated, const Warn& warn);
  // alternateNamesV2.txt: English, French, Arabic and unlabelled names and abbreviations.
  Status AddAlternateNames(const std::string& path, const Warn& warn);
  // admin1CodesASCII.txt: names of first-level divisions. A division without a row of its own
  // gets one in the middle of the places that carry its code.
  Status AddAdmin1Codes(const std::string& path, const Warn& warn);
  // countryInfo.txt: a country without a row of its own gets one in the middle of its places.
  Status AddCountryInfo(const std::string& path, const Warn& warn);

  size_t places() const { return places_.size(); }
  Status Write(const std::string& path);

 private:
  struct Name {
    std::string text;
    bool primary;
  };
  struct Place {
    GeoNamesRow row;
    std::vector<Name> names;
    bool placed = true;  // false until a synthesized division gets its coordinates
  };
  Status ReadLines(const std::string& path, const std::function<void(std::string_view, size_t)>& line);
  void AddName(Place* place, std::string_view name, bool primary, bool curated);
  Place* Find(uint32_t geonameid);
  // A place for a geonameid not seen before; `placed` false until Write gives it a point.
  Place* New(GeoNamesRow row, bool placed);
  // The place of a division or country known from a code file (admin1CodesASCII, countryInfo):
  // the one already read, else a new one that Write places in the middle of its places.
  Place* FindOrAddDivision(uint32_t geonameid, std::string_view name, const char* feature_code,
                           std::string_view country, std::string_view admin1, uint64_t population);
  std::vector<Place> places_;
  std::unordered_map<uint32_t, uint32_t> by_id_;
  uint64_t content_hash_ = 0xcbf29ce484222325ull;
};

}  // namespace sitrep::geo
