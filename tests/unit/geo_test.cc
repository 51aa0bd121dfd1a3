// The gazetteer: name keys, GeoNames rows, the compiled index and what a full dump adds.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <cmath>
#include <random>

#include <zlib.h>

#include "geo/gazetteer.h"
#include "geo/gazetteer_cache.h"
#include "geo/names.h"
#include "geo/settlements.h"
#include "test_support.h"

namespace sitrep::geo {
namespace {

namespace fs = std::filesystem;

// ---------------------------------------------------------------------------------------------
// Settlements: the nearest other place named, by cells, as every pair compared would find it

PlaceRecord At(float lat, float lon, const char* country = "XA") {
  PlaceRecord r{};
  r.lat = lat;
  r.lon = lon;
  r.country[0] = country[0];
  r.country[1] = country[1];
  return r;
}

TEST(Settlements, NearestIsTheOneEveryPairWouldFind) {
  std::mt19937 rng(18);
  // Clustered (a war in one region), spread over the globe, by the poles and the 180th meridian.
  std::vector<std::pair<std::uniform_real_distribution<float>, std::uniform_real_distribution<float>>> regions = {
      {std::uniform_real_distribution<float>(33, 37), std::uniform_real_distribution<float>(36, 41)},
      {std::uniform_real_distribution<float>(-90, 90), std::uniform_real_distribution<float>(-180, 180)},
      {std::uniform_real_distribution<float>(84, 90), std::uniform_real_distribution<float>(-180, 180)},
      {std::uniform_real_distribution<float>(-20, -10), std::uniform_real_distribution<float>(176, 180)},
      {std::uniform_real_distribution<float>(-20, -10), std::uniform_real_distribution<float>(-180, -176)},
  };
  std::vector<PlaceRecord> places;
  std::vector<std::pair<size_t, uint32_t>> named;  // (toponym, place)
  Settlements settlements;
  for (size_t toponym = 0; toponym < 2000; ++toponym) {
    auto& [lat, lon] = regions[toponym % regions.size()];
    // One name in five repeats a place named before.
    uint32_t place = toponym % 5 == 4 && !places.empty() ? static_cast<uint32_t>(rng() % places.size())
                                                         : static_cast<uint32_t>(places.size());
    if (place == places.size()) places.push_back(At(lat(rng), lon(rng)));
    named.push_back({toponym, place});
    settlements.Add(toponym, place, places[place]);
  }
  for (size_t query = 0; query < 600; ++query) {
    auto& [toponym, place] = named[(query * 7919) % named.size()];
    PlaceRecord r = query % 3 ? places[place] : At(regions[query % 5].first(rng), regions[query % 5].second(rng));
    double cos_lat = std::cos(r.lat * M_PI / 180);
    double brute = 1e9;
    for (const auto& [other, point] : named)
      if (other != toponym && point != place)
        brute = std::min(brute, FlatKm(r.lat, r.lon, cos_lat, places[point].lat, places[point].lon));
    for (double within : {50.0, 300.0, 800.0, 20000.0}) {
      double found = settlements.NearestKm(r, toponym, place, within, 0);
      EXPECT_EQ(found, std::min(brute, within)) << "query " << query << " within " << within;
      // Stopping at the first under a bound tells the same side of it.
      EXPECT_EQ(settlements.NearestKm(r, toponym, place, within, within) < within, brute < within) << query;
    }
  }
}

TEST(Settlements, OtherInCountryLeavesTheAskerOut) {
  Settlements settlements;
  settlements.Add(0, 10, At(35, 38, "SY"));
  settlements.Add(1, 11, At(33, 44, "IQ"));
  settlements.Add(2, 11, At(33, 44, "IQ"));
  EXPECT_FALSE(settlements.OtherInCountry("SY", 0));  // only the asker named a place there
  EXPECT_TRUE(settlements.OtherInCountry("SY", 1));
  EXPECT_TRUE(settlements.OtherInCountry("IQ", 1));  // another name resolved to the same place
  EXPECT_FALSE(settlements.OtherInCountry("LB", 3));
  // The only place within 300 km is the one a query leaves out, or the asker's own.
  EXPECT_EQ(settlements.NearestKm(At(35, 38), 5, 10, 300, 50), 300);
  EXPECT_EQ(settlements.NearestKm(At(35, 38), 0, kNoPlace, 300, 50), 300);
  EXPECT_LT(settlements.NearestKm(At(35, 38), 1, kNoPlace, 300, 50), 50);
}

TEST(NameKey, TranscriptionsOfOneNameMeet) {
  const std::vector<std::vector<std::string>> same = {
      {"Cheikh Zoueid", "Sheikh Zuweid", "Shaykh Zuwayd", "Ash Shaykh Zuwayd", "El-Sheikh Zuweid", "CHEIKH ZOUEID"},
      {"Dar Essalam", "Dar es-Salaam", "Dar as Salam", "Dar al-Salam", "DAR ESSALAM"},
      {"Soue\u00efda", "As-Suwayda", "al Suwayda", "Suwayda"},
      {"Abou Ghra\u00efb", "Abu Ghraib"},
      {"Al-Ra\u00ef", "Al Rai", "Rai", "Ar R\u0101\u2019\u012b", "al-Ra'i"},
      {"Nassiriya", "Nasiriyah"},
      {"Raqqa", "Raqqah", "Rakka", "ar-Raqqa"},
      {"U.S.", "US"},
      {"Tchad", "Chad"},
      {"Djibouti", "Jibouti"},
      {"Ḩamāh", "Hamah", "Hama"},
  };
  for (const auto& group : same)
    for (const auto& name : group) EXPECT_EQ(NameKey(name), NameKey(group[0])) << name << " vs " << group[0];
  EXPECT_NE(NameKey("Syria"), NameKey("Iraq"));
  EXPECT_NE(NameKey("Homs"), NameKey("Hama"));
  // A name that is only an article keeps it, rather than vanishing.
  EXPECT_FALSE(NameKey("Al").empty());
  EXPECT_TRUE(NameKey(" - ").empty());
}

TEST(NameKey, ExactKeyKeepsTheSpelling) {
  EXPECT_EQ(ExactKey("Sheikh Zuweid"), "sheikhzuweid");
  EXPECT_EQ(ExactKey("She\u00efkh Zuwe\u00efd"), "sheikhzuweid");
  EXPECT_NE(ExactKey("Cheikh Zoueid"), ExactKey("Shaykh Zuwayd"));
  EXPECT_TRUE(IsAbbreviation("U.S."));
  EXPECT_TRUE(IsAbbreviation("Ky."));
  EXPECT_FALSE(IsAbbreviation("Kentucky"));
  EXPECT_FALSE(IsAbbreviation("St. Louis"));
}

std::string Row(const std::string& id, const std::string& name, const std::string& lat, const std::string& cls = "P") {
  return id + "\t" + name + "\t" + name + "\t\t" + lat + "\t10\t" + cls + "\tPPL\tXA\t\t01\t\t\t\t100\t\t\t\t";
}

TEST(GeoNamesRow, ParsesAndNamesTheBadColumn) {
  auto row = ParseGeoNamesLine(Row("42", "Springfield", "10.5"));
  ASSERT_TRUE(row.ok()) << row.status().message();
  EXPECT_EQ(row->geonameid, 42u);
  EXPECT_EQ(row->feature_class, 'P');
  EXPECT_EQ(row->admin1, "01");
  EXPECT_EQ(row->population, 100u);
  EXPECT_NE(ParseGeoNamesLine(Row("x", "A", "1")).status().message().find("column 1"), std::string::npos);
  EXPECT_NE(ParseGeoNamesLine(Row("1", "A", "95")).status().message().find("column 5"), std::string::npos);
  EXPECT_NE(ParseGeoNamesLine(Row("1", "A", "1", "Q")).status().message().find("column 7"), std::string::npos);
  EXPECT_NE(ParseGeoNamesLine("1\tA\tA").status().message().find("3 columns"), std::string::npos);
}

class MiniGazetteer : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("sitrep_geo_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    path_ = (dir_ / "mini.bin").string();
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::unique_ptr<Gazetteer> Build(GazetteerBuilder& b) {
    EXPECT_TRUE(b.Write(path_).ok());
    auto g = Gazetteer::Open(path_);
    EXPECT_TRUE(g.ok()) << g.status().message();
    return g.ok() ? std::move(g.value()) : nullptr;
  }
  std::string Write(const std::string& name, const std::string& content) {
    std::ofstream((dir_ / name).string()) << content;
    return (dir_ / name).string();
  }
  static std::string Fixture() { return std::string(SITREP_FIXTURES) + "/geo/mini.tsv"; }
  fs::path dir_;
  std::string path_;
};

TEST_F(MiniGazetteer, LooksUpEveryNameOfAPlace) {
  GazetteerBuilder b;
  std::vector<std::string> warnings;
  ASSERT_TRUE(b.AddGeonames(Fixture(), true, [&](const std::string& w) { warnings.push_back(w); }).ok());
  EXPECT_TRUE(warnings.empty());
  auto g = Build(b);
  ASSERT_TRUE(g);
  EXPECT_EQ(g->size(), 9u);
  auto ids = [&](const std::string& name) {
    std::vector<uint32_t> out;
    for (const auto& p : g->Lookup(name))  // one posting per spelling: a place can come more than once
      if (out.empty() || out.back() != g->place(p.place).geonameid) out.push_back(g->place(p.place).geonameid);
    return out;
  };
  EXPECT_EQ(ids("Deir el-Qamar"), std::vector<uint32_t>{1006});
  EXPECT_EQ(ids("Dayr al-Qamar"), std::vector<uint32_t>{1006});
  EXPECT_EQ(ids("Abou Tall"), std::vector<uint32_t>{1007});
  EXPECT_EQ(ids("Yondérie"), std::vector<uint32_t>{1005});
  // Most populous first.
  EXPECT_EQ(ids("Springfield"), (std::vector<uint32_t>{1002, 1001}));
  EXPECT_TRUE(ids("Atlantis").empty());
  const PlaceRecord& springfield = g->place(g->Lookup("Springfeld")[0].place);
  ASSERT_TRUE(g->Admin1Of(springfield).has_value());
  EXPECT_EQ(g->Name(*g->Admin1Of(springfield)), "Northland");
  EXPECT_EQ(static_cast<Category>(g->place(g->Lookup("Yonder")[0].place).category), Category::kCountry);
  // The curated abbreviation keeps its capitals: an acronym in a text may be it.
  auto xan = g->Lookup("XAN");
  ASSERT_EQ(xan.size(), 1u);
  EXPECT_TRUE(xan[0].abbreviation());
  EXPECT_EQ(static_cast<Category>(g->place(g->Lookup("Blue River")[0].place).category), Category::kWater);
  EXPECT_EQ(g->Version().substr(0, 2), std::to_string(Gazetteer::kFormatVersion) + ".");
}

TEST_F(MiniGazetteer, GeoNamesFilesLoseCodesAndForeignScripts) {
  std::string file = Write("cities.txt", "7\tKarabash\tKarabash\tKRB,Карабаш,Karabas\t55\t60\tP\tPPL\tXA\t\t01\t\t\t\t5000\t\t\t\t\n");
  GazetteerBuilder b;
  ASSERT_TRUE(b.AddGeonames(file, false, [](const std::string&) {}).ok());
  auto g = Build(b);
  ASSERT_TRUE(g);
  EXPECT_FALSE(g->Lookup("Karabas").empty());
  EXPECT_TRUE(g->Lookup("KRB").empty());
  EXPECT_TRUE(g->Lookup("Карабаш").empty());
}

TEST_F(MiniGazetteer, BadLinesAreNamedAndSkipped) {
  std::string file = Write("bad.tsv", Row("1", "Alpha", "10") + "\n" + Row("2", "Beta", "100") + "\n\xff\xfe\n");
  GazetteerBuilder b;
  std::vector<std::string> warnings;
  ASSERT_TRUE(b.AddGeonames(file, true, [&](const std::string& w) { warnings.push_back(w); }).ok());
  ASSERT_EQ(warnings.size(), 2u);
  EXPECT_NE(warnings[0].find("bad.tsv:2: column 5"), std::string::npos) << warnings[0];
  EXPECT_NE(warnings[1].find("bad.tsv:3: invalid UTF-8"), std::string::npos) << warnings[1];
  EXPECT_EQ(b.places(), 1u);
  EXPECT_FALSE(b.AddGeonames((dir_ / "missing.tsv").string(), true, [](const std::string&) {}).ok());
}

TEST_F(MiniGazetteer, FullDumpFilesAddNamesDivisionsAndCountries) {
  GazetteerBuilder b;
  auto quiet = [](const std::string&) {};
  ASSERT_TRUE(b.AddGeonames(Fixture(), false, quiet).ok());
  // A division and a country known only by their codes land in the middle of their places.
  std::string admin1 = Write("admin1CodesASCII.txt", "XB.02\tSouthmark\tSouthmark\t2002\nnot a row\n");
  std::string info = Write("countryInfo.txt",
                           "#ISO\tISO3\n"
                           "XC\tXCC\t999\tXC\tZedland\tZed\t1\t42\tAF\t.xc\tXCD\tDollar\t1\t\t\t\t3003\t\t\n");
  std::string cities = Write("xc.txt", "8\tZed City\tZed City\t\t2\t4\tP\tPPL\tXC\t\t01\t\t\t\t10\t\t\t\t\n"
                                       "9\tZed Town\tZed Town\t\t4\t8\tP\tPPL\tXC\t\t01\t\t\t\t10\t\t\t\t\n");
  std::string alternates = Write("alternateNamesV2.txt", "1\t1004\tfr\tXanadou-la-Grande\t\t\t\t\t\t\n"
                                                         "2\t1004\tlink\thttps://example.org/Xanadu\t\t\t\t\t\t\n"
                                                         "3\t1004\tru\tКсанаду\t\t\t\t\t\t\n");
  ASSERT_TRUE(b.AddGeonames(cities, false, quiet).ok());
  ASSERT_TRUE(b.AddAdmin1Codes(admin1, quiet).ok());
  ASSERT_TRUE(b.AddCountryInfo(info, quiet).ok());
  ASSERT_TRUE(b.AddAlternateNames(alternates, quiet).ok());
  auto g = Build(b);
  ASSERT_TRUE(g);
  auto south = g->Lookup("Southmark");
  ASSERT_EQ(south.size(), 1u);
  const PlaceRecord& s = g->place(south[0].place);
  EXPECT_EQ(s.geonameid, 2002u);
  EXPECT_NEAR(s.lat, (-10.0 + -9.8) / 2, 1e-4);  // the box of Springfield and Abu Tall (XB.02)
  EXPECT_EQ(g->Name(*g->Admin1Of(g->place(g->Lookup("Abu Tall")[0].place))), "Southmark");
  auto zedland = g->Lookup("Zedland");
  ASSERT_EQ(zedland.size(), 1u);
  EXPECT_EQ(std::string(g->place(zedland[0].place).feature_code), "PCLI");
  EXPECT_NEAR(g->place(zedland[0].place).lon, 6.0, 1e-4);  // the box of Zed City and Zed Town
  EXPECT_EQ(g->Lookup("Xanadou-la-Grande").size(), 1u);
  EXPECT_TRUE(g->Lookup("https://example.org/Xanadu").empty());
  EXPECT_TRUE(g->Lookup("Ксанаду").empty());
}

// The per-country files ship gzip-compressed; a division's dump name yields to the supplement's,
// and its alternates that name its town ("Zed City") are left to the town.
TEST_F(MiniGazetteer, CompressedDumpsMergeWithTheSupplementByIdAndKeepTownsNames) {
  std::string plain = "3\tZed Oblast\tZed Oblast\tZed,Zed City,Zedska\t5\t5\tA\tADM1\tXC\t\t01\t\t\t\t900\t\t\t\t\n"
                      "4\tZed\tZed\tZed City\t5.1\t5.1\tP\tPPLA\tXC\t\t01\t\t\t\t500\t\t\t\t\n";
  std::string gz = (dir_ / "XC.txt.gz").string();
  gzFile out = gzopen(gz.c_str(), "wb");
  ASSERT_NE(out, nullptr);
  gzwrite(out, plain.data(), static_cast<unsigned>(plain.size()));
  gzclose(out);
  std::string supplement = Write("divisions.tsv",
                                 "3\tZed Region\tZed Region\tZed Province\t5\t5\tA\tADM1\tXC\t\t01\t\t\t\t\t\t\t\t\n");
  GazetteerBuilder b;
  std::vector<std::string> warnings;
  auto warn = [&](const std::string& w) { warnings.push_back(w); };
  ASSERT_TRUE(b.AddGeonames(gz, false, warn).ok());
  ASSERT_TRUE(b.AddGeonames(supplement, true, warn).ok());
  EXPECT_TRUE(warnings.empty());
  auto g = Build(b);
  ASSERT_TRUE(g);
  EXPECT_EQ(g->size(), 2u);
  auto region = g->Lookup("Zed Province");
  ASSERT_EQ(region.size(), 1u);
  EXPECT_EQ(g->Name(g->place(region[0].place)), "Zed Region");
  // The dump's names stay, as alternates: "Zed" names the region only as one of its other names.
  for (const auto& p : g->Lookup("Zed Oblast")) EXPECT_FALSE(p.primary());
  auto city = g->Lookup("Zed City");
  ASSERT_EQ(city.size(), 1u);
  EXPECT_EQ(g->place(city[0].place).geonameid, 4u);
  // A damaged compressed file is an error naming it, not a silent stop.
  std::string damaged = Write("YY.txt.gz", std::string("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03garbage", 18));
  GazetteerBuilder c;
  auto status = c.AddGeonames(damaged, false, [](const std::string&) {});
  EXPECT_FALSE(status.ok());
  EXPECT_NE(status.message().find("YY.txt.gz"), std::string::npos) << status.message();
}

TEST_F(MiniGazetteer, DamagedIndexesAreRefusedWithTheirName) {
  GazetteerBuilder b;
  ASSERT_TRUE(b.AddGeonames(Fixture(), true, [](const std::string&) {}).ok());
  ASSERT_TRUE(b.Write(path_).ok());
  std::string bytes;
  {
    std::ifstream in(path_, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  std::string truncated = Write("truncated.bin", bytes.substr(0, bytes.size() - 7));
  auto t = Gazetteer::Open(truncated);
  ASSERT_FALSE(t.ok());
  EXPECT_NE(t.status().message().find("truncated.bin"), std::string::npos) << t.status().message();
  std::string other = bytes;
  other[0] = 'X';
  EXPECT_NE(Gazetteer::FromBytes(other).status().message().find("bad magic"), std::string::npos);
  std::string future = bytes;
  future[8] = 99;  // format version
  EXPECT_NE(Gazetteer::FromBytes(future).status().message().find("recompile"), std::string::npos);
  EXPECT_FALSE(Gazetteer::Open((dir_ / "none.bin").string()).ok());
  EXPECT_TRUE(Gazetteer::FromBytes(bytes).ok());
}

// Issue 18, item 15: a flipped byte anywhere in a compiled gazetteer is an error naming the file,
// not places that silently moved; a copy is checked on its first opening, and a file changed in
// place is checked again although it passed before.
TEST_F(MiniGazetteer, FlippedBytesAreRefusedWithTheirName) {
  GazetteerBuilder b;
  ASSERT_TRUE(b.AddGeonames(Fixture(), true, [](const std::string&) {}).ok());
  ASSERT_TRUE(b.Write(path_).ok());
  ASSERT_TRUE(Gazetteer::Open(path_).ok());  // checked once, and recorded as such
  std::string bytes;
  {
    std::ifstream in(path_, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  ASSERT_GT(bytes.size(), 200u);
  for (size_t at : {size_t{100}, bytes.size() / 2, bytes.size() - 2}) {  // a filter, the middle, names
    std::string flipped = bytes;
    flipped[at] ^= 0x10;
    std::string copy = Write("flipped_" + std::to_string(at) + ".bin", flipped);
    auto g = Gazetteer::Open(copy);
    ASSERT_FALSE(g.ok()) << "a byte flipped at " << at << " loaded";
    EXPECT_NE(g.status().message().find(copy), std::string::npos) << g.status().message();
    EXPECT_NE(g.status().message().find("checksum"), std::string::npos) << g.status().message();
    EXPECT_FALSE(Gazetteer::FromBytes(flipped).ok());
  }
  std::string header = bytes;
  header[24] ^= 0x01;  // the content hash: the version the file reports
  auto damaged_header = Gazetteer::Open(Write("header.bin", header));
  ASSERT_FALSE(damaged_header.ok());
  EXPECT_NE(damaged_header.status().message().find("header"), std::string::npos) << damaged_header.status().message();
  // The verified file itself, changed in place: its record no longer matches.
  {
    std::fstream f(path_, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(static_cast<std::streamoff>(bytes.size() / 2));
    f.put(static_cast<char>(bytes[bytes.size() / 2] ^ 0x10));
  }
  auto changed = Gazetteer::Open(path_);
  ASSERT_FALSE(changed.ok()) << "a gazetteer changed in place after it passed loaded";
  EXPECT_NE(changed.status().message().find("checksum"), std::string::npos) << changed.status().message();
  // Bytes whose checksums are made right again read as an index (the fuzz target relies on it).
  std::string resealed = bytes;
  resealed[bytes.size() - 2] ^= 0x10;
  SealIndex(&resealed);
  EXPECT_TRUE(Gazetteer::FromBytes(resealed).ok());
}

TEST(Gazetteer, DefaultIndexOpensQuicklyAndKnowsTheWorld) {
  const Gazetteer& g = testing::TestGazetteer();
  EXPECT_GT(g.size(), 150000u);
  bool syria = false;
  for (const auto& p : g.Lookup("Syrie")) syria |= g.place(p.place).geonameid == 163843u;
  EXPECT_TRUE(syria);
  bool city = false;
  for (const auto& p : g.Lookup("Soue\u00efda")) city |= g.place(p.place).geonameid == 172408u;
  EXPECT_TRUE(city);
}

// A geocoder reads the gazetteer through its cache: the same records, names and postings, and
// what it handed out stays where it is while more is read (references are held across reads).
TEST(GazetteerCache, ReadsWhatTheGazetteerSaysAndKeepsItInPlace) {
  const Gazetteer& g = testing::TestGazetteer();
  GazetteerCache cache(g);
  std::span<const Posting> kandahar = cache.Lookup("Kandahar");
  ASSERT_FALSE(kandahar.empty());
  std::vector<Posting> direct = g.Lookup("Kandahar");
  ASSERT_EQ(kandahar.size(), direct.size());
  const PlaceRecord& first = cache.place(kandahar[0].place);
  std::string_view first_name = cache.Name(first);
  EXPECT_EQ(first_name, g.Name(g.place(kandahar[0].place)));
  for (uint32_t i = 0; i < 20000; ++i) (void)cache.place(i * 7);  // the table grows several times
  EXPECT_EQ(&cache.place(kandahar[0].place), &first);
  EXPECT_EQ(first.geonameid, g.place(kandahar[0].place).geonameid);
  EXPECT_EQ(cache.Name(first).data(), first_name.data());
  EXPECT_EQ(kandahar[0].place, direct[0].place);
  EXPECT_FALSE(cache.Trim());  // far below its bound
}

}  // namespace
}  // namespace sitrep::geo
