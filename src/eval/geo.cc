#include "eval/geo.h"

#include <cmath>
#include <cstring>
#include <fstream>
#include <sstream>

#include "geo/gazetteer.h"
#include "geo/geocoder.h"
#include "eval/xml.h"
#include "lexicon/lexicon.h"
#include "morph/analyzed_text.h"
#include "morph/compiled.h"
#include "text/utf8.h"

namespace sitrep::eval {

namespace {

struct GoldToponym {
  size_t start = 0, end = 0;  // byte offsets into the article text
  std::string phrase;
  uint32_t geonameid = 0;
  double lat = 0, lon = 0;
};

struct Article {
  std::string id, text, date;
  std::vector<GoldToponym> gold;
};

// The content of the first <tag>…</tag> in xml[from, to), CDATA unwrapped and entities decoded.
bool Element(const std::string& xml, const std::string& tag, size_t from, size_t to, std::string* out,
             size_t* open_at = nullptr) {
  size_t open = xml.find("<" + tag, from);
  while (open != std::string::npos && open < to) {
    char after = xml[open + tag.size() + 1];
    if (after == '>' || after == ' ' || after == '/') break;
    open = xml.find("<" + tag, open + 1);
  }
  if (open == std::string::npos || open >= to) return false;
  if (open_at) *open_at = open;
  size_t content = xml.find('>', open);
  if (content == std::string::npos || content >= to) return false;
  if (xml[content - 1] == '/') {
    out->clear();
    return true;
  }
  size_t close = xml.find("</" + tag + ">", content);
  if (close == std::string::npos || close > to) return false;
  std::string inner = xml.substr(content + 1, close - content - 1);
  size_t cdata = inner.find("<![CDATA[");
  if (cdata != std::string::npos) {
    size_t end = inner.find("]]>", cdata);
    *out = inner.substr(cdata + 9, end == std::string::npos ? std::string::npos : end - cdata - 9);
  } else {
    *out = UnescapeXml(inner);
  }
  return true;
}

std::string Trim(std::string s) {
  size_t b = s.find_first_not_of(" \t\r\n"), e = s.find_last_not_of(" \t\r\n");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

// Byte offset of each character (code point) of `text`, plus one past the end.
std::vector<size_t> CharOffsets(const std::string& text) {
  std::vector<size_t> offsets;
  for (size_t pos = 0; pos < text.size();) {
    offsets.push_back(pos);
    text::DecodeAt(text, &pos);
  }
  offsets.push_back(text.size());
  return offsets;
}

// The gold offsets count characters and are off by a few in some articles: the phrase is looked
// for near where they point.
bool Anchor(const std::string& text, const std::vector<size_t>& chars, size_t start, size_t end, GoldToponym* g) {
  if (start >= end || end >= chars.size()) return false;
  size_t bs = chars[start], be = chars[end];
  if (text.compare(bs, be - bs, g->phrase) == 0) {
    g->start = bs;
    g->end = be;
    return true;
  }
  size_t lo = chars[start > 10 ? start - 10 : 0];
  size_t found = text.find(g->phrase, lo);
  if (found == std::string::npos || found > bs + 40) return false;
  g->start = found;
  g->end = found + g->phrase.size();
  return true;
}

Result<std::vector<Article>> ParseArticles(const std::string& xml, const std::string& path, size_t* unanchored) {
  std::vector<Article> articles;
  for (size_t at = xml.find("<article"); at != std::string::npos; at = xml.find("<article", at + 1)) {
    if (xml[at + 8] != ' ' && xml[at + 8] != '>') continue;  // <articles>
    size_t close = xml.find("</article>", at);
    if (close == std::string::npos) return Status::Corrupt(path + ": <article> without </article>");
    Article a;
    size_t tag_end = xml.find('>', at);
    a.id = xml.substr(at, tag_end - at);
    if (!Element(xml, "text", at, close, &a.text)) return Status::Corrupt(path + ": an article without <text>");
    Element(xml, "dltime", at, close, &a.date);
    a.date = Trim(a.date);
    std::vector<size_t> chars = CharOffsets(a.text);
    for (size_t t = xml.find("<toponym>", at); t != std::string::npos && t < close; t = xml.find("<toponym>", t + 1)) {
      size_t t_end = xml.find("</toponym>", t);
      if (t_end == std::string::npos || t_end > close) break;
      GoldToponym g;
      std::string start, end, id, lat, lon, gaztag;
      size_t gaz_at = 0;
      // TR-News: <phrase>, <gaztag geonameid=…><lat/><lon/>; GeoWebNews: <extractedName>, <geonamesID>, <latitude>.
      bool tr = Element(xml, "phrase", t, t_end, &g.phrase);
      if (!tr) Element(xml, "extractedName", t, t_end, &g.phrase);
      Element(xml, "start", t, t_end, &start);
      Element(xml, "end", t, t_end, &end);
      if (tr) {
        if (!Element(xml, "gaztag", t, t_end, &gaztag, &gaz_at)) continue;
        size_t id_at = xml.find("geonameid=\"", gaz_at);
        if (id_at == std::string::npos || id_at > t_end) continue;
        id = xml.substr(id_at + 11, xml.find('"', id_at + 11) - id_at - 11);
        Element(xml, "lat", t, t_end, &lat);
        Element(xml, "lon", t, t_end, &lon);
      } else {
        Element(xml, "geonamesID", t, t_end, &id);
        Element(xml, "latitude", t, t_end, &lat);
        Element(xml, "longitude", t, t_end, &lon);
      }
      g.phrase = Trim(g.phrase);
      char* stop = nullptr;
      g.geonameid = static_cast<uint32_t>(std::strtoul(Trim(id).c_str(), &stop, 10));
      std::string lat_s = Trim(lat), lon_s = Trim(lon);
      if (!g.geonameid || lat_s.empty() || lon_s.empty()) continue;
      g.lat = std::strtod(lat_s.c_str(), nullptr);
      g.lon = std::strtod(lon_s.c_str(), nullptr);
      if (!Anchor(a.text, chars, std::strtoul(Trim(start).c_str(), nullptr, 10), std::strtoul(Trim(end).c_str(), nullptr, 10), &g)) {
        ++*unanchored;
        continue;
      }
      a.gold.push_back(g);
    }
    articles.push_back(std::move(a));
    at = close;
  }
  if (articles.empty()) return Status::Corrupt(path + ": no <article> elements");
  return articles;
}

}  // namespace

Result<GeoScore> EvalGeo(const std::string& path, const PipelineOptions& options, std::ostream* details) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open " + path);
  std::stringstream buf;
  buf << in.rdbuf();
  size_t unanchored = 0;
  auto articles = ParseArticles(buf.str(), path, &unanchored);
  if (!articles.ok()) return articles.status();
  auto lex = lexicon::LoadBinary(lexicon::FindBinary(options.lexicon_path));
  if (!lex.ok()) return lex.status();
  auto gazetteer = geo::Gazetteer::Open(geo::FindGazetteer(options.gazetteer_path));
  if (!gazetteer.ok()) return gazetteer.status();
  auto segmenter = text::Segmenter::Create(*lex, "en");
  if (!segmenter.ok()) return segmenter.status();
  auto morphology = morph::FindCompiledMorphology(options.morphology_path);
  if (!morphology.ok()) return morphology.status();
  auto analyzer = morph::Analyzer::Create(*lex, "en", {options.hunspell_dir, options.wordnet_dir, *morphology});
  if (!analyzer.ok()) return analyzer.status();
  auto geocoder = geo::Geocoder::Create(**gazetteer, *lex, "en", **segmenter, **analyzer);
  if (!geocoder.ok()) return geocoder.status();

  GeoScore score;
  if (details && unanchored) *details << unanchored << " gold toponyms could not be found in their text and are left out\n";
  for (const Article& a : *articles) {
    Document doc;
    doc.id = a.id;
    doc.text = a.text;
    doc.lang = "en";
    PartialDate::ParseIso(a.date, &doc.date);
    morph::AnalyzedText at = morph::AnalyzeText(doc, **segmenter, **analyzer);
    std::vector<std::pair<size_t, size_t>> spans;
    for (const auto& g : a.gold) spans.push_back({g.start, g.end});
    std::vector<geo::Toponym> tops = (*geocoder)->Geocode(at, spans, /*given_are_places=*/true).toponyms;
    ++score.articles;
    for (size_t i = 0; i < a.gold.size(); ++i) {
      const GoldToponym& g = a.gold[i];
      const geo::Toponym& t = tops[i];
      ++score.toponyms;
      if (t.place == geo::kNoPlace) {
        if (details) *details << a.id << "> '" << g.phrase << "': unresolved; gold " << g.geonameid << "\n";
        continue;
      }
      ++score.resolved;
      const geo::PlaceRecord& r = (*gazetteer)->place(t.place);
      double km = geo::DistanceKm(r.lat, r.lon, g.lat, g.lon);
      bool same_place = r.geonameid == g.geonameid;
      score.exact += same_place;
      score.within161 += same_place || km <= 161;
      score.within161_by_point += km <= 161;
      if (details && !same_place && km > 161)
        *details << a.id << "> '" << g.phrase << "': " << (*geocoder)->Describe(t) << "; gold " << g.geonameid << " ("
                 << g.lat << "," << g.lon << "), " << static_cast<long>(km) << " km off\n";
    }
  }
  return score;
}

}  // namespace sitrep::eval
