#include "eval/cameo_suites.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <map>
#include <memory>
#include <optional>
#include <sstream>

#include "peer/pattern_coder.h"
#include "peer/dictionary.h"
#include "eval/xml.h"
#include "text/fold.h"

namespace sitrep::eval {

namespace fs = std::filesystem;

namespace {

constexpr size_t kNpos = std::string_view::npos;

bool IsSpace(char c) { return std::isspace(static_cast<unsigned char>(c)); }
bool IsDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)); }




// Runs of white space as single spaces, none at either end: how a sentence broken over several
// lines reads.
std::string CollapseSpaces(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (!IsSpace(c)) out += c;
    else if (!out.empty() && out.back() != ' ') out += ' ';
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::vector<std::string_view> Lines(std::string_view text) {
  std::vector<std::string_view> lines;
  for (size_t start = 0; start < text.size();) {
    size_t end = std::min(text.find('\n', start), text.size());
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    start = end + 1;
  }
  return lines;
}

std::string Origin(const std::string& path, size_t line) { return path + ":" + std::to_string(line); }

// A category from an id: DEMO for DEMO-01. TABARI ids may begin with a stray word
// ("950101  AGENTS-11"), so the first word holding a dash names it.
std::string IdCategory(std::string_view id) {
  std::istringstream words{std::string(id)};
  std::string word, first;
  while (words >> word) {
    if (first.empty()) first = word;
    if (size_t dash = word.find('-'); dash != std::string::npos && dash > 0) return word.substr(0, dash);
  }
  return first;
}

Result<std::string> ReadWholeFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open " + path.string());
  std::stringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return Status::IoError("cannot read " + path.string());
  return buf.str();
}

// ---------------------------------------------------------------------------------------------
// TABARI

// TABARI's "SET: YYYY = TRUE" or "= FALSE", which makes record dates YYYYMMDD or YYMMDD; nullopt
// for any other line.
std::optional<bool> FourDigitYearsOption(std::string_view line) {
  std::string squeezed;
  for (char c : line)
    if (!IsSpace(c)) squeezed += c;
  squeezed = text::UpperAscii(squeezed);
  if (squeezed == "SET:YYYY=TRUE") return true;
  if (squeezed == "SET:YYYY=FALSE") return false;
  return std::nullopt;
}

std::optional<CameoTriple> ParseTriple(std::string_view content) {
  std::vector<std::string> fields;
  for (size_t from = 0;;) {
    size_t slash = content.find('/', from);
    std::string_view field = text::TrimSpace(content.substr(from, slash == kNpos ? kNpos : slash - from));
    if (field.empty() || std::any_of(field.begin(), field.end(), IsSpace)) return std::nullopt;
    fields.emplace_back(field);
    if (slash == kNpos) break;
    from = slash + 1;
  }
  if (fields.size() != 3) return std::nullopt;
  return CameoTriple{fields[0], fields[1], fields[2]};
}

// A record's lines after its header, [begin, end) of `lines`: the sentence up to "/*", then the
// expectations, each in braces: TABARI's runner takes every "{" after the "/*" (most open a line,
// or follow a literal "\n", but not all: "No events {---}"), up to the end of the record, past a
// "*/" that closes the comment early. It compares coded events with them in turn and stops
// checking at one written "-{", which the suite uses for expectations it deactivated ("Currently
// doesn't work") or left incomplete ("Output records listed below aren't complete").
Status ReadTabariRecordBody(const std::vector<std::string_view>& lines, size_t begin, size_t end,
                            const std::string& path, CameoRecord* record) {
  std::string sentence;
  size_t comment_line = end, comment_at = kNpos;
  for (size_t k = begin; k < end && comment_line == end; ++k) {
    comment_at = lines[k].find("/*");
    sentence += ' ';
    sentence += lines[k].substr(0, comment_at);
    if (comment_at != kNpos) comment_line = k;
  }
  if (comment_line == end)
    return Status::Corrupt(record->origin + ": record " + record->id + " has no /* … */ block of expectations");
  record->text = CollapseSpaces(sentence);

  bool stopped = false;  // a "-{" was met: TABARI checks nothing from there on
  std::vector<CameoExpectation> markers;
  for (size_t k = comment_line; k < end; ++k) {
    std::string_view line = k == comment_line ? lines[k].substr(comment_at + 2) : lines[k];
    std::string origin = Origin(path, k + 1);
    for (size_t open = line.find('{'); open != kNpos; open = line.find('{', open + 1)) {
      bool deactivated = open > 0 && line[open - 1] == '-';
      size_t close = line.find('}', open);
      std::string_view content = line.substr(open + 1, close == kNpos ? kNpos : close - open - 1);
      content = text::TrimSpace(content);
      // A few option lines lack their "}" and run into the comment's end.
      if (close == kNpos && content.ends_with("*/")) content = text::TrimSpace(content.substr(0, content.size() - 2));
      // START-00's prose mentions "the events that should be coded in {}".
      if (content.empty()) continue;
      if (content.starts_with("OPTION:")) {
        record->settings.push_back({std::string(text::TrimSpace(content.substr(7))), "", origin});
        continue;
      }
      if (stopped) continue;
      if (deactivated) {
        stopped = true;
        continue;
      }
      if (content == "---") markers.push_back(CameoExpectation::kNoEvent);
      else if (content == "###") markers.push_back(CameoExpectation::kDiscard);
      else if (content == "+++") markers.push_back(CameoExpectation::kComplex);
      else if (auto triple = ParseTriple(content)) record->events.push_back(*triple);
      else
        return Status::Corrupt(origin +
                               ": expected { SOURCE / TARGET / CODE }, {---}, {###}, {+++} or { OPTION: … }, not {" +
                               std::string(content) + "}");
    }
  }

  if (!record->settings.empty()) {
    // TABARI's runner applies a record's options and checks nothing else in it.
    record->not_scored = "options record";
  } else if (!markers.empty()) {
    // Events listed beside a marker say what another configuration codes ("turn off complex filter
    // to get this to code"): TABARI's runner passes such a record only on the marker.
    record->expect = markers.front();
    record->events.clear();
  } else if (!record->events.empty()) {
    record->open_ended = stopped;
  } else if (stopped) {
    record->not_scored = "every expectation deactivated with -{";
  } else {
    return Status::Corrupt(record->origin + ": record " + record->id + " has no { } expectation");
  }
  return Status::Ok();
}

// ---------------------------------------------------------------------------------------------
// PETRARCH

// Maps offsets in a text to line numbers.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text) {
    for (size_t i = 0; i < text.size(); ++i)
      if (text[i] == '\n') newlines_.push_back(i);
  }
  size_t LineOf(size_t offset) const {
    return std::lower_bound(newlines_.begin(), newlines_.end(), offset) - newlines_.begin() + 1;
  }

 private:
  std::vector<size_t> newlines_;
};

// Blanks out every <!-- --> comment, newlines kept so that offsets stay on their lines. The suites
// comment inside records too, and their comments mention tags (<Config>, <actor>).
Status BlankComments(std::string* xml, const std::string& path) {
  for (size_t open = xml->find("<!--"); open != std::string::npos; open = xml->find("<!--", open)) {
    size_t close = xml->find("-->", open + 4);
    if (close == std::string::npos)
      return Status::Corrupt(Origin(path, LineIndex(*xml).LineOf(open)) + ": <!-- comment never closed");
    for (size_t i = open; i < close + 3; ++i)
      if ((*xml)[i] != '\n') (*xml)[i] = ' ';
    open = close + 3;
  }
  return Status::Ok();
}

// Whether a start (or empty) tag named `name` opens at `at`: "<Sentence " but not "<Sentences>".
bool TagAt(std::string_view xml, size_t at, std::string_view name) {
  size_t after = at + 1 + name.size();
  return xml.compare(at + 1, name.size(), name) == 0 && after < xml.size() &&
         (IsSpace(xml[after]) || xml[after] == '>' || xml[after] == '/');
}

// The attributes of a start tag, `<Name a="1" b = '2'>`, their values unescaped; false when the
// tag is malformed.
bool ReadAttributes(std::string_view tag, std::map<std::string, std::string>* attributes) {
  size_t i = 1;
  while (i < tag.size() && !IsSpace(tag[i]) && tag[i] != '>' && tag[i] != '/') ++i;
  for (;;) {
    while (i < tag.size() && IsSpace(tag[i])) ++i;
    if (i >= tag.size() || tag[i] == '>' || tag[i] == '/') return true;
    size_t name = i;
    while (i < tag.size() && !IsSpace(tag[i]) && tag[i] != '=' && tag[i] != '>') ++i;
    size_t name_end = i;
    while (i < tag.size() && IsSpace(tag[i])) ++i;
    if (i >= tag.size() || tag[i] != '=') return false;
    ++i;
    while (i < tag.size() && IsSpace(tag[i])) ++i;
    if (i >= tag.size() || (tag[i] != '"' && tag[i] != '\'')) return false;
    char quote = tag[i++];
    size_t value_end = tag.find(quote, i);
    if (value_end == kNpos) return false;
    (*attributes)[std::string(tag.substr(name, name_end - name))] =
        UnescapeXml(std::string(tag.substr(i, value_end - i)));
    i = value_end + 1;
  }
}

// The content of the first <name>…</name> in xml[from, to), or nullopt.
std::optional<std::string_view> ElementContent(std::string_view xml, const std::string& name, size_t from, size_t to) {
  size_t open = xml.find("<" + name + ">", from);
  if (open == kNpos || open >= to) return std::nullopt;
  size_t content = open + name.size() + 2;
  size_t close = xml.find("</" + name + ">", content);
  if (close == kNpos || close > to) return std::nullopt;
  return xml.substr(content, close - content);
}

// The <Sentence> at xml[begin, end), end being where its </Sentence> starts.
Result<CameoRecord> ReadPetrarchRecord(std::string_view xml, size_t begin, size_t end, const LineIndex& lines,
                                       const std::string& path) {
  CameoRecord record;
  record.origin = Origin(path, lines.LineOf(begin));
  size_t tag_end = xml.find('>', begin);
  std::map<std::string, std::string> attributes;
  if (tag_end >= end || !ReadAttributes(xml.substr(begin, tag_end - begin + 1), &attributes))
    return Status::Corrupt(record.origin + ": malformed <Sentence> tag");
  if (!attributes.count("id") || !attributes.count("date"))
    return Status::Corrupt(record.origin + ": <Sentence> needs id and date attributes");
  record.id = attributes["id"];
  record.date = attributes["date"];
  record.category = attributes.count("category") ? attributes["category"] : IdCategory(record.id);
  // PETRARCH-1 runs the records marked valid="true"; the PETRARCH-2 edition renamed the attribute.
  const char* flag = attributes.count("valid") ? "valid" : "sentence";
  if (text::Lower(attributes[flag]) != "true") {
    record.not_scored = std::string(flag) + "=\"" + attributes[flag] + "\"";
  } else if (xml.substr(tag_end, end - tag_end).find("<Skip") != kNpos) {
    record.not_scored = "<Skip>";  // PETRARCH-1 does not code such a record
  }

  auto text = ElementContent(xml, "Text", tag_end, end);
  if (!text) return Status::Corrupt(record.origin + ": <Sentence> " + record.id + " has no <Text>");
  record.text = CollapseSpaces(UnescapeXml(std::string(*text)));

  std::vector<CameoExpectation> markers;
  for (size_t at = xml.find("<EventCoding", tag_end); at < end; at = xml.find("<EventCoding", at + 1)) {
    std::string origin = Origin(path, lines.LineOf(at));
    size_t close = xml.find('>', at);
    std::map<std::string, std::string> coding;
    if (close >= end || !ReadAttributes(xml.substr(at, close - at + 1), &coding))
      return Status::Corrupt(origin + ": malformed <EventCoding> tag");
    if (coding.count("noevents")) {
      if (text::Lower(coding["noevents"]) != "true")
        return Status::Corrupt(origin + ": noevents=\"" + coding["noevents"] + "\" is not \"True\"");
      markers.push_back(CameoExpectation::kNoEvent);
    } else if (coding.count("error")) {
      bool discard = coding["error"] == "storydiscard" || coding["error"] == "sentencediscard";
      markers.push_back(discard ? CameoExpectation::kDiscard : CameoExpectation::kError);
    } else if (coding.count("sourcecode") && coding.count("targetcode") && coding.count("eventcode")) {
      record.events.push_back({coding["sourcecode"], coding["targetcode"], coding["eventcode"]});
    } else {
      return Status::Corrupt(origin + ": <EventCoding> needs sourcecode, targetcode and eventcode, noevents or error");
    }
  }
  // As in TABARI's suite, a marker decides a record that also lists events.
  if (!markers.empty()) {
    record.expect = markers.front();
    record.events.clear();
  }
  return record;
}

// ---------------------------------------------------------------------------------------------
// Scoring

// The pattern coder under the suite's settings so far. require_dyad is fixed when a coder is
// built, so changing it builds another and gives it the option lines accepted so far.
class SuiteCoder {
 public:
  // `defaults`: the settings of the coder the suite was written for, before any option.
  SuiteCoder(const peer::PeerDictionaries& dictionaries, const peer::PatternCoderOptions& defaults)
      : dictionaries_(dictionaries),
        defaults_(defaults),
        coder_(std::make_unique<peer::PatternCoder>(dictionaries, defaults)) {}

  bool SetOption(const std::string& line) {
    if (!coder_->SetOption(line)) return false;
    accepted_.push_back(line);
    return true;
  }

  void SetRequireDyad(bool require) {
    peer::PatternCoderOptions options = defaults_;
    options.require_dyad = require;
    coder_ = std::make_unique<peer::PatternCoder>(dictionaries_, options);
    for (const auto& line : accepted_) coder_->SetOption(line);
  }

  peer::PatternCoding Code(std::string_view sentence, long day) const { return coder_->Code(sentence, day); }

 private:
  const peer::PeerDictionaries& dictionaries_;
  const peer::PatternCoderOptions defaults_;
  std::unique_ptr<peer::PatternCoder> coder_;
  std::vector<std::string> accepted_;
};

using ApplySetting = std::function<void(const SuiteSetting&, SuiteCoder*, std::vector<std::string>* warnings)>;

// TABARI options about its output (labels, usage counts, what to print) change no coding.
bool TabariOutputOption(const std::string& option) {
  std::string up = text::UpperAscii(option);
  return up.starts_with("LABEL:") || up.starts_with("OUTPUT:") || up.find("USAGE") != std::string::npos ||
         up.starts_with("SET: LABEL") || up.starts_with("SET: SKIP RECORDS");
}

void ApplyTabariOption(const SuiteSetting& setting, SuiteCoder* coder, std::vector<std::string>* warnings) {
  if (TabariOutputOption(setting.option)) return;
  if (!coder->SetOption(setting.option))
    warnings->push_back(setting.origin + ": the coder does not understand the option '" + setting.option + "'");
}

// PETRARCH's <Config> options as the pattern coder takes them: require_dyad is a coder option; the
// comma_* clause limits are TABARI's COMMA: settings under other names; stop_on_error concerns
// PETRARCH's runner, not the coding.
void ApplyPetrarchConfig(const SuiteSetting& setting, SuiteCoder* coder, std::vector<std::string>* warnings) {
  std::string option = text::Lower(setting.option), value = text::Lower(setting.value);
  if (option == "stop_on_error") return;
  if (option == "require_dyad") {
    if (value == "true" || value == "false") coder->SetRequireDyad(value == "true");
    else warnings->push_back(setting.origin + ": require_dyad is true or false, not '" + setting.value + "'");
  } else if (option.starts_with("comma_")) {
    std::string line = "COMMA: " + text::UpperAscii(option.substr(6)) + " = " + setting.value;
    if (!coder->SetOption(line))
      warnings->push_back(setting.origin + ": the coder does not understand '" + line + "' (<Config> " +
                          setting.option + ")");
  } else {
    warnings->push_back(setting.origin + ": the pattern coder has no setting for <Config> " + setting.option + "=\"" +
                        setting.value + "\"");
  }
}

std::string Describe(const std::vector<CameoTriple>& triples) {
  if (triples.empty()) return "nothing";
  std::string out;
  for (const auto& t : triples) out += (out.empty() ? "" : ", ") + t.source + " / " + t.target + " / " + t.code;
  return out;
}

std::string DescribeExpected(const CameoRecord& record) {
  switch (record.expect) {
    case CameoExpectation::kEvents: return Describe(record.events) + (record.open_ended ? ", and any more" : "");
    case CameoExpectation::kNoEvent: return "no event";
    case CameoExpectation::kDiscard: return "a discard";
    case CameoExpectation::kComplex: return "too complex: no event";
    case CameoExpectation::kError: return "an error: no event";
  }
  return "";
}

void WriteFailure(const CameoRecord& record, const std::vector<CameoTriple>& coded, const peer::PatternCoding& coding,
                  std::ostream& out) {
  out << "FAIL " << record.id << " [" << record.category << "] " << record.origin << "\n"
      << "  text:     " << record.text << "\n"
      << "  expected: " << DescribeExpected(record) << "\n"
      << "  coded:    " << Describe(coded) << (coding.discarded ? " (discarded)" : "")
      << (coding.complex ? " (complex)" : "") << "\n";
  for (const auto& line : coding.trace) out << "  | " << line << "\n";
}

CameoCategoryScore& CategoryOf(CameoScore* score, const std::string& category) {
  auto it = std::find_if(score->categories.begin(), score->categories.end(),
                         [&](const CameoCategoryScore& c) { return c.category == category; });
  if (it != score->categories.end()) return *it;
  score->categories.push_back({category});
  return score->categories.back();
}

Status ScoreRecords(const std::vector<CameoRecord>& records, const ApplySetting& apply, SuiteCoder* coder,
                    std::ostream* details, CameoScore* score) {
  for (const auto& record : records) {
    for (const auto& setting : record.settings) apply(setting, coder, &score->warnings);
    CameoCategoryScore& category = CategoryOf(score, record.category);
    if (!record.not_scored.empty()) {
      ++category.not_scored;
      continue;
    }
    long day = 0;
    if (!peer::ParsePeerDate(record.date, &day))
      return Status::Corrupt(record.origin + ": '" + record.date + "' is not a date");
    peer::PatternCoding coding = coder->Code(record.text, day);
    std::vector<CameoTriple> coded;
    for (const auto& event : coding.events) coded.push_back({event.source, event.target, event.code});
    ++category.total;
    ++score->total;
    if (RecordPasses(record, coded, coding.discarded)) {
      ++category.passed;
      ++score->passed;
    } else if (details) {
      WriteFailure(record, coded, coding, *details);
    }
  }
  return Status::Ok();
}

Status ReadDictionaries(const fs::path& dir, const std::vector<SuiteDictionary>& files,
                        peer::DictionaryDialect dialect, peer::PeerDictionaries* dictionaries) {
  for (const auto& dictionary : files) {
    Status read = peer::ReadPeerDictionary((dir / dictionary.file).string(), dictionary.kind, dialect, dictionaries);
    if (!read.ok()) return read;
  }
  return Status::Ok();
}

}  // namespace

Result<TabariProject> ParseTabariProject(std::string_view text, const std::string& path) {
  TabariProject project;
  std::vector<std::string_view> lines = Lines(text);
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view line = text::TrimSpace(lines[i]);
    if (!line.starts_with('<')) continue;
    size_t close = line.find('>');
    if (close == kNpos) return Status::Corrupt(Origin(path, i + 1) + ": no '>' closes the tag");
    std::string tag = text::Lower(line.substr(1, close - 1));
    std::string_view rest = line.substr(close + 1);
    std::string file(text::TrimSpace(rest.substr(0, rest.find('<'))));
    bool names_file =
        tag == "actorsfile" || tag == "agentsfile" || tag == "verbsfile" || tag == "optionsfile" || tag == "textfile";
    if (names_file && file.empty()) return Status::Corrupt(Origin(path, i + 1) + ": no file name after <" + tag + ">");
    if (tag == "actorsfile") project.dictionaries.push_back({"actors", file});
    else if (tag == "agentsfile") project.dictionaries.push_back({"agents", file});
    else if (tag == "verbsfile") project.dictionaries.push_back({"verbs", file});
    else if (tag == "optionsfile") project.options_file = file;
    else if (tag == "textfile") project.text_files.push_back(file);
  }
  for (const char* kind : {"actors", "verbs"})
    if (std::none_of(project.dictionaries.begin(), project.dictionaries.end(),
                     [&](const SuiteDictionary& d) { return d.kind == kind; }))
      return Status::Corrupt(path + ": names no <" + kind + "file>");
  if (project.text_files.empty()) return Status::Corrupt(path + ": names no <textfile>");
  return project;
}

std::vector<SuiteSetting> ParseTabariOptions(std::string_view text, const std::string& path) {
  std::vector<SuiteSetting> settings;
  std::vector<std::string_view> lines = Lines(text);
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view line = text::TrimSpace(lines[i]);
    if (line.starts_with("~~")) break;
    if (line.empty() || line.starts_with("//")) continue;
    settings.push_back({std::string(line), "", Origin(path, i + 1)});
  }
  return settings;
}

Result<std::vector<CameoRecord>> ParseTabariSuite(std::string_view text, const std::string& path,
                                                  bool four_digit_years) {
  std::vector<CameoRecord> records;
  std::vector<std::string_view> lines = Lines(text);
  for (size_t i = 0; i < lines.size();) {
    std::string_view header = lines[i];
    if (text::TrimSpace(header).empty() || header.starts_with('#')) {
      ++i;
      continue;
    }
    CameoRecord record;
    record.origin = Origin(path, i + 1);
    // TABARI takes the date's 6 (or 8) digits whatever follows them: two headers of the suite have
    // a stray digit there (9501201, 186010029).
    size_t width = four_digit_years ? 8 : 6, digits = 0;
    while (digits < header.size() && IsDigit(header[digits])) ++digits;
    std::string_view id = text::TrimSpace(header.substr(digits));
    if (digits < width || id.empty() || !IsSpace(header[digits]))
      return Status::Corrupt(record.origin + ": expected a record header (" +
                             (four_digit_years ? "YYYYMMDD" : "YYMMDD") + " then an id) or a # comment");
    if (id == "FINAL-01") break;
    record.id = id;
    record.category = IdCategory(id);
    record.date = header.substr(0, width);
    size_t end = i + 1;
    while (end < lines.size() && !text::TrimSpace(lines[end]).empty()) ++end;
    Status body = ReadTabariRecordBody(lines, i + 1, end, path, &record);
    if (!body.ok()) return body;
    for (const auto& setting : record.settings)
      if (auto yyyy = FourDigitYearsOption(setting.option)) four_digit_years = *yyyy;
    records.push_back(std::move(record));
    i = end;
  }
  return records;
}

Result<PetrarchSuite> ParsePetrarchSuite(std::string_view xml_text, const std::string& path) {
  std::string xml(xml_text);
  if (Status blanked = BlankComments(&xml, path); !blanked.ok()) return blanked;
  LineIndex lines(xml);
  PetrarchSuite suite;

  size_t environment = xml.find("<Environment>"), environment_end = xml.find("</Environment>");
  if (environment == std::string::npos || environment_end == std::string::npos)
    return Status::Corrupt(path + ": no <Environment> naming the dictionaries");
  static const std::pair<const char*, const char*> kDictionaryElements[] = {
      {"Verbfile", "verbs"}, {"Actorfile", "actors"}, {"Agentfile", "agents"}, {"Discardfile", "discards"}};
  for (const auto& [element, kind] : kDictionaryElements) {
    auto files = ElementContent(xml, element, environment, environment_end);
    if (!files) continue;
    // PETRARCH lists several actor files with commas.
    for (size_t from = 0; from != kNpos;) {
      size_t comma = files->find(',', from);
      std::string_view file = text::TrimSpace(files->substr(from, comma == kNpos ? kNpos : comma - from));
      if (!file.empty()) suite.dictionaries.push_back({kind, std::string(file)});
      from = comma == kNpos ? kNpos : comma + 1;
    }
  }
  for (const auto& [element, kind] : {std::pair{"Verbfile", "verbs"}, std::pair{"Actorfile", "actors"}})
    if (std::none_of(suite.dictionaries.begin(), suite.dictionaries.end(),
                     // Captured by copy: clang before 16 cannot capture a structured binding.
                     [wanted = kind](const SuiteDictionary& d) { return d.kind == wanted; }))
      return Status::Corrupt(Origin(path, lines.LineOf(environment)) + ": <Environment> names no <" + element + ">");

  std::vector<SuiteSetting> pending;  // <Config> seen since the last record
  for (size_t at = xml.find('<'); at != std::string::npos; at = xml.find('<', at + 1)) {
    if (TagAt(xml, at, "Config")) {
      std::string origin = Origin(path, lines.LineOf(at));
      size_t close = xml.find('>', at);
      std::map<std::string, std::string> attributes;
      if (close == std::string::npos ||
          !ReadAttributes(std::string_view(xml).substr(at, close - at + 1), &attributes) ||
          !attributes.count("option") || !attributes.count("value"))
        return Status::Corrupt(origin + ": <Config> needs option and value attributes");
      pending.push_back({attributes["option"], attributes["value"], origin});
      at = close;
    } else if (TagAt(xml, at, "Sentence")) {
      size_t end = xml.find("</Sentence>", at);
      if (end == std::string::npos)
        return Status::Corrupt(Origin(path, lines.LineOf(at)) + ": <Sentence> without </Sentence>");
      auto record = ReadPetrarchRecord(xml, at, end, lines, path);
      if (!record.ok()) return record.status();
      record->settings = std::move(pending);
      pending.clear();
      suite.records.push_back(std::move(*record));
      at = end;
    }
  }
  return suite;
}

bool RecordPasses(const CameoRecord& record, std::vector<CameoTriple> coded, bool discarded) {
  switch (record.expect) {
    case CameoExpectation::kEvents: {
      std::vector<CameoTriple> expected = record.events;
      std::sort(expected.begin(), expected.end());
      std::sort(coded.begin(), coded.end());
      if (record.open_ended) return std::includes(coded.begin(), coded.end(), expected.begin(), expected.end());
      return coded == expected;
    }
    case CameoExpectation::kDiscard: return discarded || coded.empty();
    case CameoExpectation::kNoEvent:
    case CameoExpectation::kComplex:
    case CameoExpectation::kError: return coded.empty();
  }
  return false;
}

Result<CameoScore> EvalTabari(const std::string& dir, std::ostream* details) {
  fs::path project_path = fs::path(dir) / "Validate.project";
  auto project_text = ReadWholeFile(project_path);
  if (!project_text.ok()) return project_text.status();
  auto project = ParseTabariProject(*project_text, project_path.string());
  if (!project.ok()) return project.status();

  std::vector<SuiteSetting> options;
  if (!project->options_file.empty()) {
    fs::path options_path = fs::path(dir) / project->options_file;
    auto options_text = ReadWholeFile(options_path);
    if (!options_text.ok()) return options_text.status();
    options = ParseTabariOptions(*options_text, options_path.string());
  }
  bool four_digit_years = false;
  for (const auto& setting : options)
    if (auto yyyy = FourDigitYearsOption(setting.option)) four_digit_years = *yyyy;

  std::vector<CameoRecord> records;
  for (const auto& file : project->text_files) {
    fs::path text_path = fs::path(dir) / file;
    auto text = ReadWholeFile(text_path);
    if (!text.ok()) return text.status();
    auto parsed = ParseTabariSuite(*text, text_path.string(), four_digit_years);
    if (!parsed.ok()) return parsed.status();
    std::move(parsed->begin(), parsed->end(), std::back_inserter(records));
  }

  peer::PeerDictionaries dictionaries;
  Status read = ReadDictionaries(dir, project->dictionaries, peer::DictionaryDialect::kTabari, &dictionaries);
  if (!read.ok()) return read;
  CameoScore score;
  score.warnings = dictionaries.warnings;
  SuiteCoder coder(dictionaries, peer::TabariDefaultOptions());
  for (const auto& setting : options) ApplyTabariOption(setting, &coder, &score.warnings);
  Status scored = ScoreRecords(records, ApplyTabariOption, &coder, details, &score);
  if (!scored.ok()) return scored;
  return score;
}

Result<CameoScore> EvalPetrarch(const std::string& path, std::ostream* details) {
  auto xml = ReadWholeFile(path);
  if (!xml.ok()) return xml.status();
  auto suite = ParsePetrarchSuite(*xml, path);
  if (!suite.ok()) return suite.status();

  peer::PeerDictionaries dictionaries;
  // Both editions' verbs files are in PETRARCH-1 syntax: neither has PETRARCH-2's {noun phrase}
  // or (prepositional phrase) groups.
  Status read = ReadDictionaries(fs::path(path).parent_path(), suite->dictionaries,
                                 peer::DictionaryDialect::kPetrarch1, &dictionaries);
  if (!read.ok()) return read;
  CameoScore score;
  score.warnings = dictionaries.warnings;
  SuiteCoder coder(dictionaries, peer::PatternCoderOptions{});
  Status scored = ScoreRecords(suite->records, ApplyPetrarchConfig, &coder, details, &score);
  if (!scored.ok()) return scored;
  return score;
}

}  // namespace sitrep::eval
