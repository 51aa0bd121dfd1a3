#include "text/reader.h"

#include <gumbo.h>

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <unordered_map>
#include <unordered_set>

#include "text/utf8.h"
#include "time/calendar.h"

namespace sitrep {

namespace fs = std::filesystem;
using text::IsValidUtf8;
using text::LineOf;

namespace text {

namespace {

Status CheckText(std::string_view bytes, const std::string& origin, const ReadOptions& options) {
  if (bytes.size() > options.max_document_bytes)
    return Status::TooLarge(origin + ": document of " + std::to_string(bytes.size()) + " bytes is over the limit of " +
                            std::to_string(options.max_document_bytes) + " (raise it with --max-bytes)");
  if (std::string_view encoding = WideEncodingOf(bytes); !encoding.empty())
    return Status::InvalidArgument(origin + ": " + std::string(encoding) + " text, not UTF-8: convert it to UTF-8 (iconv -f " +
                                   std::string(encoding) + " -t UTF-8)");
  if (LooksBinary(bytes)) return Status::InvalidArgument(origin + ": binary data, not a text document");
  size_t bad = 0;
  if (!IsValidUtf8(bytes, &bad))
    return Status::InvalidArgument(origin + ":" + std::to_string(LineOf(bytes, bad)) + ": invalid UTF-8 at byte " +
                                   std::to_string(bad) + " (convert the document to UTF-8)");
  if (bytes.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos)
    return Status::InvalidArgument(origin + ": empty document");
  return Status::Ok();
}

// The header line some feeds put first: " date 2017-11 Title ... Byline, 3.11.17".
bool ParseHeader(Document* doc, PartialDate* header_date) {
  size_t bom = doc->text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  size_t eol = std::min(doc->text.find('\n', bom), doc->text.size());
  std::string_view line = std::string_view(doc->text).substr(bom, eol - bom);
  auto skip_blanks = [&](size_t i) { return std::min(line.find_first_not_of(" \t\r", i), line.size()); };
  size_t i = skip_blanks(0);
  if (line.compare(i, 4, "date") != 0 || i + 4 >= line.size() || (line[i + 4] != ' ' && line[i + 4] != '\t'))
    return false;
  i = skip_blanks(i + 4);
  size_t date_end = std::min(line.find_first_of(" \t\r", i), line.size());
  if (!PartialDate::ParseIso(std::string(line.substr(i, date_end - i)), header_date)) return false;
  doc->title = std::string(line.substr(skip_blanks(date_end)));
  while (!doc->title.empty() && (doc->title.back() == '\r' || doc->title.back() == ' ')) doc->title.pop_back();
  doc->body_start = std::min(eol + 1, doc->text.size());
  return true;
}

}  // namespace

void SettleDate(Document* doc, const ReadOptions& options) {
  if (!options.forced_date.empty()) {
    PartialDate::ParseIso(options.forced_date, &doc->date);
    doc->date_origin = "option";
    return;
  }
  // Bylines and datelines stand in the title or the first lines of the body.
  std::string_view head = PrefixUtf8(std::string_view(doc->text).substr(doc->body_start), 400);
  std::string where = std::string(PrefixUtf8(doc->title, 400)) + "\n" + std::string(head);
  if (auto found = time::FindDate(where, doc->date)) {
    if (!doc->date.known()) {
      doc->date = *found;
      doc->date_origin = "byline";
    } else if (doc->date.IsRefinedBy(*found)) {
      doc->date = *found;
      doc->date_origin += "+byline";
    }
  }
}

Result<Document> ReadPlainText(std::string bytes, const std::string& origin, const std::string& id,
                               const ReadOptions& options) {
  if (Status s = CheckText(bytes, origin, options); !s.ok()) return s;
  Document doc;
  doc.id = id;
  doc.origin = origin;
  doc.text = std::move(bytes);
  if (doc.text.compare(0, 3, "\xEF\xBB\xBF") == 0) doc.body_start = 3;
  PartialDate header_date;
  if (ParseHeader(&doc, &header_date)) {
    doc.date = header_date;
    doc.date_origin = "header";
  }
  doc.lang = options.forced_lang;
  SettleDate(&doc, options);
  return doc;
}

namespace {

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

// Where a tag whose name ends at `from` ends: after the first '>' outside a quoted attribute value.
size_t TagEnd(std::string_view html, size_t from) {
  char quote = 0;
  char before = 0;  // the last character outside quotes, other than white space
  for (size_t i = from; i < html.size(); ++i) {
    char c = html[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if ((c == '"' || c == '\'') && before == '=') {
      quote = c;
    } else if (c == '>') {
      return i + 1;
    } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
      before = c;
    }
  }
  return html.size();
}

// The byte where a page's elements first nest deeper than `limit`, as far as its tags tell, or npos.
// Gumbo builds any depth, at a cost that grows with it for every tag, and tears the tree down
// recursively; browsers stop nesting at 512 too. Void elements, self-closing tags, the elements
// whose end the next of their kind implies (p, li, td...) and the contents of raw text elements
// (script, style...) do not count; an end tag closes its element and those opened after it, and
// one that matches no open element closes nothing.
size_t NestedDeeperThan(std::string_view html, size_t limit) {
  static const std::unordered_set<std::string> kNoNesting = {
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
      "keygen", "command", "basefont", "bgsound", "frame", "image", "isindex", "menuitem", "p", "li", "dt", "dd",
      "option", "optgroup", "rb", "rt", "rtc", "rp", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup",
      "caption", "html", "head", "body"};
  static const std::unordered_set<std::string> kRawText = {"script", "style", "textarea", "title", "xmp",
                                                           "iframe", "noembed", "noframes"};
  std::vector<std::string> open;
  std::unordered_map<std::string, size_t> open_count;
  for (size_t at = html.find('<'); at != std::string_view::npos; at = html.find('<', at)) {
    if (html.compare(at, 4, "<!--") == 0) {
      size_t close = html.find("-->", at + 4);
      at = close == std::string_view::npos ? html.size() : close + 3;
      continue;
    }
    bool end_tag = at + 1 < html.size() && html[at + 1] == '/';
    size_t name_start = at + 1 + (end_tag ? 1 : 0);
    if (name_start >= html.size() || !IsAsciiAlpha(html[name_start])) {
      at = name_start;
      continue;
    }
    size_t name_end = name_start;
    while (name_end < html.size() && (std::isalnum(static_cast<unsigned char>(html[name_end])) ||
                                      html[name_end] == '-' || html[name_end] == ':'))
      ++name_end;
    std::string name = AsciiLower(html.substr(name_start, name_end - name_start));
    size_t tag_end = TagEnd(html, name_end);
    size_t start = at;
    at = tag_end;
    if (end_tag) {
      if (open_count[name] == 0) continue;
      for (bool closed = false; !closed; open.pop_back()) {
        closed = open.back() == name;
        --open_count[open.back()];
      }
      continue;
    }
    if (kRawText.count(name)) {  // its text runs to its own end tag
      for (at = html.find("</", at); at != std::string_view::npos; at = html.find("</", at + 2))
        if (AsciiLower(html.substr(at + 2, name.size())) == name) break;
      continue;
    }
    bool self_closing = tag_end >= 2 && html[tag_end - 2] == '/';
    if (kNoNesting.count(name) || self_closing) continue;
    open.push_back(name);
    ++open_count[name];
    if (open.size() > limit) return start;
  }
  return std::string_view::npos;
}

bool IsSkipped(const GumboNode* node) {
  switch (node->v.element.tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_SVG: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_HEAD: case GUMBO_TAG_FIGURE: case GUMBO_TAG_MENU:
      return true;
    default: break;
  }
  // Page furniture that sites mark by class or id rather than by element.
  static const char* kFurniture[] = {"menu", "navbar", "footer", "sidebar", "share", "social", "comment",
                                     "related", "cookie", "newsletter", "advert", "breadcrumb", "promo"};
  for (const char* attr : {"class", "id", "role"}) {
    const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, attr);
    if (!a) continue;
    std::string value = a->value;
    std::transform(value.begin(), value.end(), value.begin(), [](unsigned char c) { return std::tolower(c); });
    if (std::string(attr) == "role" && (value == "navigation" || value == "banner" || value == "contentinfo"))
      return true;
    for (const char* f : kFurniture)
      if (value.find(f) != std::string::npos) return true;
  }
  return false;
}

bool IsBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_BR:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_TR:
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_TABLE: case GUMBO_TAG_MAIN: case GUMBO_TAG_PRE:
      return true;
    default: return false;
  }
}

// Appends text with runs of white space folded to one space; blocks become paragraphs.
class TextCollector {
 public:
  void Text(std::string_view s) {
    for (char c : s) {
      bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
      if (space) {
        pending_space_ = !out_.empty();
      } else {
        Flush();
        out_.push_back(c);
      }
    }
  }
  void Break() { pending_break_ = !out_.empty(); }
  std::string Take() { return std::move(out_); }

 private:
  void Flush() {
    if (pending_break_) out_ += "\n\n";
    else if (pending_space_) out_ += ' ';
    pending_break_ = pending_space_ = false;
  }
  std::string out_;
  bool pending_space_ = false, pending_break_ = false;
};

// Visits the tree under `root` in document order with a stack of its own, not the call stack: a
// page may nest as deep as the reader lets it. `enter(node)` says whether to visit the element's
// children; `leave(node)` follows them.
template <typename Enter, typename Leave>
void Walk(const GumboNode* root, Enter enter, Leave leave) {
  struct Level {
    const GumboNode* element;
    unsigned next_child;
  };
  std::vector<Level> levels;
  if (enter(root) && root->type == GUMBO_NODE_ELEMENT) levels.push_back({root, 0});
  while (!levels.empty()) {
    Level& level = levels.back();
    const GumboVector& children = level.element->v.element.children;
    if (level.next_child == children.length) {
      const GumboNode* done = level.element;
      levels.pop_back();
      leave(done);
      continue;
    }
    auto child = static_cast<const GumboNode*>(children.data[level.next_child++]);
    if (enter(child) && child->type == GUMBO_NODE_ELEMENT) levels.push_back({child, 0});
  }
}

void Collect(const GumboNode* root, TextCollector* out) {
  Walk(
      root,
      [&](const GumboNode* node) {
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) out->Text(node->v.text.text);
        if (node->type != GUMBO_NODE_ELEMENT || IsSkipped(node)) return false;
        if (IsBlock(node->v.element.tag)) out->Break();
        return true;
      },
      [&](const GumboNode* element) {
        if (IsBlock(element->v.element.tag)) out->Break();
      });
}

void FindAll(const GumboNode* root, GumboTag tag, std::vector<const GumboNode*>* out) {
  Walk(
      root,
      [&](const GumboNode* node) {
        if (node->type != GUMBO_NODE_ELEMENT) return false;
        if (node->v.element.tag == tag) out->push_back(node);
        return true;
      },
      [](const GumboNode*) {});
}

// The elements of `tag` whose text may be the page's longest. One inside another of them, with no
// skipped element between, has no more text than it and comes after it; left out, so that the
// texts measured never overlap (nested ones would make measuring them quadratic).
std::vector<const GumboNode*> OutermostOf(const GumboNode* root, GumboTag tag) {
  std::vector<const GumboNode*> found;
  std::vector<bool> inside;  // per open element: whether its children lie in a found one's text
  Walk(
      root,
      [&](const GumboNode* node) {
        if (node->type != GUMBO_NODE_ELEMENT) return false;
        bool in_found = !inside.empty() && inside.back();
        bool is_one = node->v.element.tag == tag;
        if (is_one && !in_found) found.push_back(node);
        inside.push_back(!IsSkipped(node) && (in_found || is_one));
        return true;
      },
      [&](const GumboNode*) { inside.pop_back(); });
  return found;
}

std::string Attr(const GumboNode* node, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a ? a->value : "";
}

std::string InnerText(const GumboNode* node) {
  TextCollector c;
  Collect(node, &c);
  return c.Take();
}

}  // namespace

Result<Document> ReadHtml(std::string_view bytes, const std::string& origin, const std::string& id,
                          const ReadOptions& options) {
  if (Status s = CheckText(bytes, origin, options); !s.ok()) return s;
  if (size_t deep = NestedDeeperThan(bytes, kMaxHtmlDepth); deep != std::string_view::npos)
    return Status::InvalidArgument(origin + ":" + std::to_string(LineOf(bytes, deep)) + ": HTML elements nested more than " +
                                   std::to_string(kMaxHtmlDepth) + " deep (browsers stop nesting there); not read");
  GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, bytes.data(), bytes.size());
  Document doc;
  doc.id = id;
  doc.origin = origin;
  doc.lang = options.forced_lang;
  std::vector<const GumboNode*> nodes;
  FindAll(out->root, GUMBO_TAG_HTML, &nodes);
  if (!nodes.empty() && doc.lang.empty()) {
    std::string lang = Attr(nodes[0], "lang").substr(0, 2);
    if (lang == "fr" || lang == "en") doc.lang = lang;
  }
  nodes.clear();
  FindAll(out->root, GUMBO_TAG_META, &nodes);
  for (const GumboNode* meta : nodes) {
    std::string key = Attr(meta, "property") + Attr(meta, "name") + Attr(meta, "itemprop");
    std::string content = Attr(meta, "content");
    if ((key == "article:published_time" || key == "date" || key == "datePublished" || key == "dc.date" ||
         key == "DC.date.issued") && !doc.date.known())
      if (PartialDate::ParseIso(content, &doc.date)) doc.date_origin = "metadata";
    if (key == "og:title" && doc.title.empty()) doc.title = content;
    if (key == "og:url") doc.url = content;
    if (key == "og:site_name") doc.source = content;
  }
  nodes.clear();
  FindAll(out->root, GUMBO_TAG_TIME, &nodes);
  for (const GumboNode* t : nodes)
    if (!doc.date.known() && PartialDate::ParseIso(Attr(t, "datetime"), &doc.date)) doc.date_origin = "metadata";
  if (doc.title.empty()) {
    nodes.clear();
    FindAll(out->root, GUMBO_TAG_TITLE, &nodes);
    if (!nodes.empty()) doc.title = InnerText(nodes[0]);
  }
  // The article's own element when the page marks it, else <main>, else the whole body: of several,
  // the first with the most text.
  const GumboNode* root = out->root;
  for (GumboTag tag : {GUMBO_TAG_ARTICLE, GUMBO_TAG_MAIN}) {
    nodes = OutermostOf(out->root, tag);
    if (nodes.empty()) continue;
    std::vector<size_t> sizes;
    for (const GumboNode* node : nodes) sizes.push_back(InnerText(node).size());
    root = nodes[std::max_element(sizes.begin(), sizes.end()) - sizes.begin()];
    break;
  }
  doc.text = InnerText(root);
  gumbo_destroy_output(&kGumboDefaultOptions, out);
  if (doc.text.empty()) return Status::InvalidArgument(origin + ": no article text found in the HTML page");
  SettleDate(&doc, options);
  return doc;
}

Result<Document> ReadJsonRecord(std::string_view line, const std::string& origin, const std::string& fallback_id,
                                const ReadOptions& options) {
  nlohmann::json record = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (record.is_discarded()) return Status::InvalidArgument(origin + ": malformed JSON");
  if (!record.is_object()) return Status::InvalidArgument(origin + ": a record must be a JSON object");
  auto text_field = [&](const char* key) -> Result<std::string> {
    auto it = record.find(key);
    if (it == record.end() || it->is_null()) return std::string();
    // An integer id is kept exactly, whatever its sign and size up to 64 bits; one written with a
    // fraction or an exponent, or larger, cannot be told from its neighbours once read as a number.
    bool id = std::string_view(key) == "id";
    if (id && it->is_number_unsigned()) return std::to_string(it->get<uint64_t>());
    if (id && it->is_number_integer()) return std::to_string(it->get<int64_t>());
    if (id && it->is_number())
      return Status::InvalidArgument(origin + ": field 'id' is a number that is not an integer of 64 bits (" +
                                     it->dump() + "); write it as a string");
    if (!it->is_string()) return Status::InvalidArgument(origin + ": field '" + key + "' must be a string");
    return it->get<std::string>();
  };
  Document doc;
  doc.origin = origin;
  for (auto [key, slot] : {std::pair{"id", &doc.id}, {"title", &doc.title}, {"text", &doc.text},
                           {"url", &doc.url}, {"source", &doc.source}, {"lang", &doc.lang}}) {
    auto value = text_field(key);
    if (!value.ok()) return value.status();
    *slot = std::move(value.value());
  }
  if (doc.id.empty()) doc.id = fallback_id;
  if (!options.forced_lang.empty()) doc.lang = options.forced_lang;
  if (doc.lang.size() > 2) doc.lang = doc.lang.substr(0, 2);
  if (Status s = CheckText(doc.text, origin + " (id " + doc.id + ")", options); !s.ok()) return s;
  auto date = text_field("date");
  if (!date.ok()) return date.status();
  if (!date->empty()) {
    if (!PartialDate::ParseIso(*date, &doc.date))
      return Status::InvalidArgument(origin + ": date '" + *date + "' is not YYYY[-MM[-DD]]");
    doc.date_origin = "metadata";
  }
  SettleDate(&doc, options);
  return doc;
}

std::string SniffFormat(const std::string& path, std::string_view bytes) {
  std::string ext = fs::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  if (ext == ".jsonl" || ext == ".ndjson" || ext == ".json") return "jsonl";
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return "html";
  if (ext == ".txt" || ext == ".text") return "text";
  size_t first = bytes.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  if (first == std::string_view::npos) return "text";
  if (bytes[first] == '{') return "jsonl";
  if (bytes[first] == '<') return "html";
  return "text";
}

}  // namespace text

namespace {

// What the system said of the last failed read, if anything.
std::string ReadFailure() {
  return errno ? std::string("read failed: ") + std::strerror(errno) : std::string("read failed");
}

Status Slurp(std::istream& in, size_t limit, std::string* out) {
  out->clear();
  char buf[1 << 16];
  errno = 0;
  while (in.read(buf, sizeof buf) || in.gcount() > 0) {
    out->append(buf, static_cast<size_t>(in.gcount()));
    if (out->size() > limit) return Status::TooLarge("");
  }
  return in.bad() ? Status::IoError(ReadFailure()) : Status::Ok();
}

// The lines of a stream, after `prefix` (bytes already taken from it), each held only when it is no
// longer than `limit`: a longer one is read on to its end and only its length is kept, so that a
// record of a gigabyte costs no more memory than one at the limit. Lines are read as they come
// (a feed on a pipe is coded record by record).
class BoundedLines {
 public:
  enum class Got { kLine, kTooLong, kEnd, kFailed };

  BoundedLines(std::string prefix, std::istream& in, size_t limit)
      : prefix_(std::move(prefix)), in_(in), limit_(limit) {}

  // The next line without its newline (a last line may have none), or only its length when it is
  // too long.
  Got Next(std::string* line, size_t* length) {
    line->clear();
    *length = 0;
    bool begun = false;
    auto take = [&](const char* bytes, size_t n) {
      begun = true;
      *length += n;
      if (*length <= limit_) line->append(bytes, n);
    };
    auto done = [&] { return *length > limit_ ? Got::kTooLong : Got::kLine; };
    if (at_ < prefix_.size()) {
      size_t newline = prefix_.find('\n', at_);
      size_t end = newline == std::string::npos ? prefix_.size() : newline;
      take(prefix_.data() + at_, end - at_);
      at_ = newline == std::string::npos ? end : end + 1;
      if (newline != std::string::npos) return done();
    }
    if (!prefix_.empty() && at_ == prefix_.size()) std::string().swap(prefix_);  // the rest is on the stream
    char chunk[1 << 16];
    for (;;) {
      errno = 0;
      in_.getline(chunk, sizeof chunk);
      if (in_.bad()) return Got::kFailed;
      auto n = static_cast<size_t>(in_.gcount());
      if (!in_.fail() && !in_.eof()) {  // up to the newline, which getline counts and drops
        take(chunk, n - 1);
        return done();
      }
      if (in_.fail() && !in_.eof()) {  // the chunk is full: the line goes on
        take(chunk, n);
        in_.clear();
        continue;
      }
      if (n > 0) take(chunk, n);  // the end of the stream
      return begun ? done() : Got::kEnd;
    }
  }

 private:
  std::string prefix_;
  size_t at_ = 0;  // where the next line starts in prefix_
  std::istream& in_;
  size_t limit_;
};

// Reads records one line at a time, so that the size limit applies to each record, never to the
// feed, and no record over it is ever held whole. `prefix` holds bytes already taken from `in` to
// sniff the format. A read that fails is reported with the line it stopped at: the records after
// it are not read, and that is said.
void ReadJsonLines(std::string prefix, std::istream& in, const std::string& origin, const std::string& stem,
                   const ReadOptions& options, const std::function<void(Result<Document>)>& sink) {
  // The JSON around a record's text may take a little more than the text itself.
  const size_t limit = std::min(options.max_document_bytes, SIZE_MAX - 4096) + 4096;
  BoundedLines lines(std::move(prefix), in, limit);
  std::string line;
  size_t length = 0;
  for (size_t line_no = 1;; ++line_no) {
    std::string where = origin + ":" + std::to_string(line_no);
    BoundedLines::Got got;
    std::string failure;
    try {
      got = lines.Next(&line, &length);
      if (got == BoundedLines::Got::kFailed) failure = ReadFailure();
    } catch (const std::bad_alloc&) {
      got = BoundedLines::Got::kFailed;
      failure = "out of memory";
    }
    if (got == BoundedLines::Got::kEnd) return;
    if (got == BoundedLines::Got::kFailed)
      return sink(Status::IoError(where + ": " + failure + "; the records from this line on are not read"));
    if (got == BoundedLines::Got::kTooLong) {
      sink(Status::TooLarge(where + ": record of " + std::to_string(length) + " bytes is over the limit of " +
                            std::to_string(options.max_document_bytes) + " (raise it with --max-bytes)"));
      continue;
    }
    if (line_no == 1)
      if (std::string_view encoding = text::WideEncodingOf(line); !encoding.empty())
        return sink(Status::InvalidArgument(origin + ": " + std::string(encoding) +
                                            " text, not UTF-8: convert it to UTF-8 (iconv -f " +
                                            std::string(encoding) + " -t UTF-8); nothing read"));
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    size_t bad = 0;
    if (!text::IsValidUtf8(line, &bad)) {
      sink(Status::InvalidArgument(where + ": invalid UTF-8 at column " + std::to_string(bad + 1)));
      continue;
    }
    sink(text::ReadJsonRecord(line, where, stem + ":" + std::to_string(line_no), options));
  }
}

// Why `path` cannot be opened for reading, as the system says it: missing, a link in a loop,
// permission denied.
Status Unreadable(const fs::path& path) {
  std::error_code ec;
  bool exists = fs::exists(path, ec);
  if (ec) return Status::IoError(path.string() + ": cannot read: " + ec.message());
  if (!exists) return Status::NotFound(path.string() + ": no such file or directory");
  if (::access(path.c_str(), R_OK) != 0) return Status::IoError(path.string() + ": cannot read: " + std::strerror(errno));
  return Status::IoError(path.string() + ": cannot be opened");
}

// What a walk through a directory finds: a file to read, or what could not be listed or
// examined there (`problem`).
struct Found {
  fs::path path;
  Status problem;
};

// The regular files under `root`, hidden files and directories aside, and the problems met, all
// in path order. A link to a file is read; a link to a directory is not followed (it may lead back
// up the tree). A directory without permission, a link in a loop or to nothing is a problem named
// by its path, and the walk goes on.
std::vector<Found> FilesUnder(const fs::path& root) {
  std::vector<Found> found;
  std::vector<fs::path> directories{root};
  while (!directories.empty()) {
    fs::path directory = std::move(directories.back());
    directories.pop_back();
    std::error_code ec;
    for (fs::directory_iterator it(directory, ec), end; !ec && it != end; it.increment(ec)) {
      const fs::path& path = it->path();
      std::string name = path.filename().string();
      if (!name.empty() && name[0] == '.') continue;
      std::error_code entry_ec;
      fs::file_status own = it->symlink_status(entry_ec);
      if (!entry_ec && fs::is_directory(own)) {
        directories.push_back(path);
        continue;
      }
      fs::file_status target = entry_ec ? own : it->status(entry_ec);
      if (entry_ec)
        found.push_back({path, Status::IoError(path.string() + ": cannot read" +
                                               (fs::is_symlink(own) ? " the file a link leads to: " : ": ") +
                                               entry_ec.message())});
      else if (fs::is_regular_file(target))
        found.push_back({path, Status::Ok()});
    }
    if (ec) found.push_back({directory, Status::IoError(directory.string() + ": cannot list the directory: " + ec.message())});
  }
  std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) { return a.path < b.path; });
  return found;
}

}  // namespace

void text::ReadStream(const std::string& path, std::istream& in, const ReadOptions& options,
                      const std::function<void(Result<Document>)>& sink) {
  std::string stem = path == "-" ? "stdin" : fs::path(path).stem().string();
  std::string origin = path == "-" ? "stdin" : path;
  std::string id = options.forced_id.empty() ? stem : options.forced_id;
  std::string format = options.format;
  if (format == "auto" && text::SniffFormat(path, "") == "jsonl") format = "jsonl";
  if (format == "jsonl") return ReadJsonLines("", in, origin, stem, options, sink);
  std::string bytes;
  // Read a little past the limit so that the reader can name the real size in its message.
  Status read = Slurp(in, options.max_document_bytes, &bytes);
  if (format == "auto") format = text::SniffFormat(path, bytes);
  if (format == "jsonl") return ReadJsonLines(std::move(bytes), in, origin, stem, options, sink);
  if (read.code() == Status::Code::kTooLarge) {
    sink(Status::TooLarge(origin + ": document is over the limit of " + std::to_string(options.max_document_bytes) +
                          " bytes (raise it with --max-bytes)"));
    return;
  }
  if (!read.ok()) return sink(Status::IoError(origin + ": " + read.message()));
  if (format == "html") return sink(text::ReadHtml(bytes, origin, id, options));
  sink(text::ReadPlainText(std::move(bytes), origin, id, options));
}

Status ReadDocuments(const std::string& path, const ReadOptions& options,
                     const std::function<void(Result<Document>)>& sink) {
  if (options.format != "auto" && options.format != "text" && options.format != "jsonl" && options.format != "html")
    return Status::InvalidArgument("unknown input format '" + options.format + "' (auto, text, jsonl, html)");
  if (path == "-") {
    text::ReadStream(path, std::cin, options, sink);
    return Status::Ok();
  }
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    ReadOptions per_file = options;
    per_file.forced_id.clear();  // an id override names one document, never a whole directory
    for (const auto& [file, problem] : FilesUnder(path)) {
      if (!problem.ok()) {
        sink(problem);
        continue;
      }
      std::ifstream in(file, std::ios::binary);
      if (!in) {
        sink(Unreadable(file));
        continue;
      }
      text::ReadStream(file.string(), in, per_file, sink);
    }
    return Status::Ok();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Unreadable(path);
  text::ReadStream(path, in, options, sink);
  return Status::Ok();
}

}  // namespace sitrep
