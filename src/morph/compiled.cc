#include "morph/compiled.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <unordered_map>

#include "text/fold.h"
#include "text/string_hash.h"
#include "text/utf8.h"

namespace sitrep::morph {

namespace {

constexpr char kMagic[8] = {'S', 'I', 'T', 'R', 'E', 'P', 'M', 'O'};

// The slot of a key: part of the format.
uint64_t KeyHash(std::string_view s) { return text::SlotHash(s); }

void PutVarint(uint64_t v, std::string* out) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>(v | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}

void PutString(std::string_view s, std::string* out) {
  PutVarint(s.size(), out);
  out->append(s);
}

template <typename T>
void PutFixed(T v, std::string* out) {
  for (size_t i = 0; i < sizeof(T); ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

// Reads from a view and fails, rather than reading past it, on any malformed field.
struct Reader {
  std::string_view in;
  bool failed = false;
  uint64_t Varint() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (in.empty()) break;
      auto byte = static_cast<unsigned char>(in[0]);
      in.remove_prefix(1);
      v |= uint64_t{byte & 0x7fu} << shift;
      if (!(byte & 0x80)) return v;
    }
    failed = true;
    return 0;
  }
  std::string_view Bytes(uint64_t n) {
    if (n > in.size()) {
      failed = true;
      return {};
    }
    std::string_view out = in.substr(0, n);
    in.remove_prefix(n);
    return out;
  }
  std::string_view String() { return Bytes(Varint()); }
  template <typename T>
  T Fixed() {
    std::string_view b = Bytes(sizeof(T));
    T v = 0;
    for (size_t i = 0; i < b.size(); ++i) v |= static_cast<T>(static_cast<unsigned char>(b[i])) << (8 * i);
    return v;
  }
};

std::string SerializeSection(const CompiledSection& s) {
  std::string pool;
  std::unordered_map<std::string, uint64_t> interned;
  auto intern = [&](const std::string& str) {
    auto [it, fresh] = interned.emplace(str, pool.size());
    if (fresh) PutString(str, &pool);
    return it->second;
  };
  // Each table's records, then its slots.
  std::string tables;
  PutVarint(2, &tables);
  for (const auto* answers : {&s.start_answers, &s.answers}) {
    std::string records;
    size_t slot_count = 1;
    while (slot_count < std::max<size_t>(answers->size() * 2, 2)) slot_count *= 2;
    std::vector<uint32_t> slots(slot_count, 0);
    for (const auto& answer : *answers) {
      size_t i = KeyHash(answer.query) & (slot_count - 1);
      while (slots[i] != 0) i = (i + 1) & (slot_count - 1);
      slots[i] = static_cast<uint32_t>(records.size() + 1);
      PutString(answer.query, &records);
      PutVarint(answer.readings.size() << 1 | (answer.spelled ? 1 : 0), &records);
      for (const Reading& r : answer.readings) {
        PutVarint(intern(r.lemma), &records);
        PutVarint(intern(r.upos), &records);
        PutVarint(intern(r.features), &records);
      }
    }
    PutFixed<uint32_t>(static_cast<uint32_t>(slot_count), &tables);
    PutString(records, &tables);
    for (uint32_t slot : slots) PutFixed<uint32_t>(slot, &tables);
  }
  std::string out;
  PutString(s.lang, &out);
  PutString(s.backend, &out);
  PutString(s.fingerprint, &out);
  out.push_back(s.complete ? 1 : 0);
  std::u32string alphabet = s.alphabet;
  std::sort(alphabet.begin(), alphabet.end());
  alphabet.erase(std::unique(alphabet.begin(), alphabet.end()), alphabet.end());
  PutVarint(alphabet.size(), &out);
  for (char32_t c : alphabet) PutVarint(c, &out);
  PutString(pool, &out);
  return out + tables;
}

}  // namespace

std::string SerializeCompiledMorphology(const std::vector<CompiledSection>& sections) {
  std::vector<std::string> bodies;
  for (const auto& s : sections) bodies.push_back(SerializeSection(s));
  std::string out(kMagic, sizeof(kMagic));
  PutFixed<uint32_t>(kCompiledMorphologyVersion, &out);
  PutFixed<uint32_t>(static_cast<uint32_t>(bodies.size()), &out);
  uint64_t offset = out.size() + bodies.size() * 16;
  for (const auto& body : bodies) {
    PutFixed<uint64_t>(offset, &out);
    PutFixed<uint64_t>(body.size(), &out);
    offset += body.size();
  }
  for (const auto& body : bodies) out += body;
  return out;
}

Status CompiledMorphology::Parse(std::string_view bytes) {
  Reader header{bytes};
  if (header.Bytes(sizeof(kMagic)) != std::string_view(kMagic, sizeof(kMagic)))
    return Status::Corrupt("not a compiled morphology (no SITREPMO header)");
  uint32_t version = header.Fixed<uint32_t>();
  if (header.failed || version != kCompiledMorphologyVersion)
    return Status::Corrupt("compiled morphology of format " + std::to_string(version) + ", this sitrep reads " +
                           std::to_string(kCompiledMorphologyVersion) + ": recompile it (sitrep morphology compile)");
  uint32_t count = header.Fixed<uint32_t>();
  for (uint32_t k = 0; k < count && !header.failed; ++k) {
    uint64_t offset = header.Fixed<uint64_t>(), size = header.Fixed<uint64_t>();
    if (header.failed || offset > bytes.size() || size > bytes.size() - offset)
      return Status::Corrupt("compiled morphology: section " + std::to_string(k) + " lies outside the file");
    Reader r{bytes.substr(offset, size)};
    Section s;
    s.lang = r.String();
    s.backend = r.String();
    s.fingerprint = r.String();
    s.complete = r.Fixed<uint8_t>() != 0;
    uint64_t letters = r.Varint();
    for (uint64_t i = 0; i < letters && !r.failed && !r.in.empty(); ++i) s.alphabet.push_back(static_cast<char32_t>(r.Varint()));
    if (!std::is_sorted(s.alphabet.begin(), s.alphabet.end())) r.failed = true;
    s.pool = r.String();
    uint64_t tables = r.Varint();
    for (uint64_t t = 0; t < tables && !r.failed; ++t) {
      Table table;
      table.slot_count = r.Fixed<uint32_t>();
      table.records = r.String();
      std::string_view slots = r.Bytes(uint64_t{table.slot_count} * 4);
      table.slots = reinterpret_cast<const unsigned char*>(slots.data());
      if (table.slot_count == 0 || (table.slot_count & (table.slot_count - 1)) != 0) r.failed = true;
      s.tables.push_back(table);
    }
    if (r.failed) return Status::Corrupt("compiled morphology: section " + std::to_string(k) + " is malformed");
    sections_.push_back(std::move(s));
  }
  if (header.failed) return Status::Corrupt("compiled morphology: truncated section table");
  return Status::Ok();
}

Result<std::shared_ptr<const CompiledMorphology>> CompiledMorphology::FromBytes(std::string_view bytes) {
  std::shared_ptr<CompiledMorphology> c(new CompiledMorphology());
  if (Status s = c->Parse(bytes); !s.ok()) return s;
  return std::shared_ptr<const CompiledMorphology>(std::move(c));
}

Result<std::shared_ptr<const CompiledMorphology>> CompiledMorphology::Open(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::NotFound("cannot open compiled morphology " + path);
  struct stat st {};
  void* map = MAP_FAILED;
  if (fstat(fd, &st) == 0 && st.st_size > 0)
    map = mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);
  if (map == MAP_FAILED) return Status::Corrupt(path + ": empty or unreadable compiled morphology");
  std::shared_ptr<CompiledMorphology> c(new CompiledMorphology());
  c->map_ = map;
  c->map_size_ = static_cast<size_t>(st.st_size);
  if (Status s = c->Parse(std::string_view(static_cast<const char*>(map), c->map_size_)); !s.ok())
    return Status::Corrupt(path + ": " + s.message());
  return std::shared_ptr<const CompiledMorphology>(std::move(c));
}

CompiledMorphology::~CompiledMorphology() {
  if (map_) munmap(map_, map_size_);
}

size_t CompiledMorphology::Find(std::string_view lang, std::string_view backend, std::string_view fingerprint) const {
  for (size_t i = 0; i < sections_.size(); ++i)
    if (sections_[i].lang == lang && sections_[i].backend == backend && sections_[i].fingerprint == fingerprint) return i;
  return kNoSection;
}

bool CompiledMorphology::FindRecord(const Section& s, std::string_view key, std::string_view* readings) const {
  uint64_t hash = KeyHash(key);
  for (const Table& t : s.tables) {
    uint32_t mask = t.slot_count - 1;
    for (uint32_t i = static_cast<uint32_t>(hash) & mask, probes = 0; probes < t.slot_count; i = (i + 1) & mask, ++probes) {
      const unsigned char* p = t.slots + 4 * size_t{i};
      uint32_t slot = p[0] | uint32_t{p[1]} << 8 | uint32_t{p[2]} << 16 | uint32_t{p[3]} << 24;
      if (slot == 0 || slot > t.records.size()) break;
      Reader r{t.records.substr(slot - 1)};
      if (r.String() == key && !r.failed) {
        *readings = r.in;
        return true;
      }
    }
  }
  return false;
}

bool CompiledMorphology::IsSimple(const Section& s, std::string_view query) const {
  for (size_t i = 0; i < query.size();)
    if (!std::binary_search(s.alphabet.begin(), s.alphabet.end(), text::DecodeAt(query, &i))) return false;
  return !query.empty();
}

bool CompiledMorphology::Lookup(size_t section, std::string_view query, std::vector<Reading>* out) const {
  const Section& s = sections_[section];
  std::string_view record;
  if (FindRecord(s, query, &record)) {
    Reader r{record};
    const size_t before = out->size();
    uint64_t n = r.Varint() >> 1;
    for (uint64_t k = 0; k < n && !r.failed; ++k) {
      Reading& reading = out->emplace_back();
      for (std::string* field : {&reading.lemma, &reading.upos, &reading.features}) {
        uint64_t offset = r.Varint();
        Reader pooled{offset < s.pool.size() ? s.pool.substr(offset) : std::string_view()};
        *field = pooled.String();
        r.failed = r.failed || pooled.failed || offset >= s.pool.size();
      }
    }
    if (!r.failed) return true;
    out->resize(before);  // damaged: the backend answers instead
    return false;
  }
  return s.complete && IsSimple(s, query) && !IsSpelled(s, text::Lower(query));
}

bool CompiledMorphology::IsSpelled(const Section& s, std::string_view key) const {
  std::string_view record;
  if (!FindRecord(s, key, &record)) return false;
  Reader r{record};
  uint64_t counted = r.Varint();
  return r.failed || (counted & 1) != 0;  // damaged: as if spelled, so that the backend is asked
}

Result<std::shared_ptr<const CompiledMorphology>> FindCompiledMorphology(const std::string& given) {
  auto compiled = CompiledMorphology::Open(lexicon::FindDataFile(given, "SITREP_MORPHOLOGY", "morphology.bin"));
  if (compiled.ok() || compiled.status().code() != Status::Code::kNotFound) return compiled;
  if (!given.empty()) return Status::NotFound(compiled.status().message() + " (build it with `sitrep morphology compile`)");
  // Only a time saver: without one, the backends answer everything.
  return std::shared_ptr<const CompiledMorphology>();
}

std::string FilesFingerprint(const std::vector<std::string>& paths) {
  std::string out;
  for (const auto& path : paths) {
    struct stat st {};
    if (!out.empty()) out += ';';
    out += std::filesystem::path(path).filename().string();
    if (::stat(path.c_str(), &st) == 0)
      out += ":" + std::to_string(st.st_size) + ":" + std::to_string(st.st_mtim.tv_sec);
    else
      out += ":missing";
  }
  return out;
}

}  // namespace sitrep::morph
