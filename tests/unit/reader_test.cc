// Reading plain text, JSON Lines records, HTML pages and directories into Documents.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <streambuf>
#include <string>
#include <vector>

#include "sitrep/pipeline.h"
#include "text/reader.h"

namespace sitrep::text {
namespace {

namespace fs = std::filesystem;

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// ---------------------------------------------------------------------------------------------
// Plain text

TEST(ReadPlainText, HeaderLineWithBylineGivesDayPrecision) {
  const std::string input =
      " date 2017-11 Rebels enter Hama ... Byline, 3.11.17\n\nThe army withdrew from the town.\n";
  auto doc = ReadPlainText(input, "in/a.txt", "a", ReadOptions{});
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->text, input);  // the text is the file's bytes, header included
  EXPECT_EQ(doc->id, "a");
  EXPECT_EQ(doc->origin, "in/a.txt");
  EXPECT_EQ(doc->body_start, input.find('\n') + 1);
  EXPECT_EQ(doc->title, "Rebels enter Hama ... Byline, 3.11.17");
  EXPECT_EQ(doc->date.Iso(), "2017-11-03");
  EXPECT_EQ(doc->date.precision, PartialDate::Precision::kDay);
  EXPECT_EQ(doc->date_origin, "header+byline");
  EXPECT_TRUE(doc->lang.empty());
}

TEST(ReadPlainText, HeaderDateAloneStaysAtItsPrecision) {
  const std::string input = "date 2017-11 Some title\nNo date in this body.\n";
  auto doc = ReadPlainText(input, "b.txt", "b", ReadOptions{});
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->date.Iso(), "2017-11");
  EXPECT_EQ(doc->date_origin, "header");
  EXPECT_EQ(doc->title, "Some title");
  EXPECT_EQ(doc->body_start, input.find('\n') + 1);
}

TEST(ReadPlainText, BylineOutsideTheHeaderMonthDoesNotOverride) {
  // 5.3.16 fits neither reading of 2017-11: the header month stays.
  const std::string input = " date 2017-11 Title, 5.3.16\n\nBody.\n";
  auto doc = ReadPlainText(input, "c.txt", "c", ReadOptions{});
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->date.Iso(), "2017-11");
  EXPECT_EQ(doc->date_origin, "header");
}

TEST(ReadPlainText, DatelineWithoutHeader) {
  const std::string input =
      "DAKAR, 5 mars 2021 (AFP) - Les forces fran\u00e7aises ont quitt\u00e9 la base.\n\nSuite.";
  auto doc = ReadPlainText(input, "d.txt", "d", ReadOptions{});
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->date.Iso(), "2021-03-05");
  EXPECT_EQ(doc->date_origin, "byline");
  EXPECT_EQ(doc->body_start, 0u);
  EXPECT_TRUE(doc->title.empty());
  EXPECT_EQ(doc->text, input);
}

TEST(ReadPlainText, NoDateAnywhere) {
  auto doc = ReadPlainText("Troops entered the town.\n", "e.txt", "e", ReadOptions{});
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_FALSE(doc->date.known());
  EXPECT_EQ(doc->date_origin, "");
}

TEST(ReadPlainText, ForcedDateOverridesHeaderAndByline) {
  ReadOptions options;
  options.forced_date = "2019-06-30";
  auto doc = ReadPlainText(" date 2018-04 Title ... 5.4.18\n\nDAKAR, 5 mars 2021 - Body.", "f.txt", "f", options);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->date.Iso(), "2019-06-30");
  EXPECT_EQ(doc->date_origin, "option");

  options.forced_date = "2019";
  doc = ReadPlainText("DAKAR, 5 mars 2021 - Body.", "g.txt", "g", options);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->date.Iso(), "2019");
  EXPECT_EQ(doc->date.precision, PartialDate::Precision::kYear);
  EXPECT_EQ(doc->date_origin, "option");
}

TEST(ReadPlainText, ForcedLangIsKept) {
  ReadOptions options;
  options.forced_lang = "fr";
  auto doc = ReadPlainText("Texte.", "h.txt", "h", options);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->lang, "fr");
}

TEST(ReadPlainText, ByteOrderMarkIsSkippedBeforeTheHeader) {
  const std::string input = "\xEF\xBB\xBF date 2020-01 Titre, 7.1.20\nCorps.\n";
  auto doc = ReadPlainText(input, "bom.txt", "bom", ReadOptions{});
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->text, input);
  EXPECT_EQ(doc->body_start, input.find('\n') + 1);
  EXPECT_EQ(doc->title, "Titre, 7.1.20");
  EXPECT_EQ(doc->date.Iso(), "2020-01-07");

  auto plain = ReadPlainText("\xEF\xBB\xBF" "Corps sans en-t\u00eate.", "bom2.txt", "bom2", ReadOptions{});
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(plain->body_start, 3u);
}

TEST(ReadPlainText, HeaderWithCrLf) {
  const std::string input = " date 2017-11-02 Title here\r\nBody.\r\n";
  auto doc = ReadPlainText(input, "crlf.txt", "crlf", ReadOptions{});
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->title, "Title here");
  EXPECT_EQ(doc->date.Iso(), "2017-11-02");
  EXPECT_EQ(doc->date_origin, "header");
  EXPECT_EQ(doc->body_start, input.find('\n') + 1);
}

TEST(ReadPlainText, BylineFoundPastMultiByteTextNearTheWindowEdge) {
  // The byline window is cut at a character boundary; a date inside it is still found.
  std::string body = "DAKAR, 5 mars 2021 - ";
  while (body.size() < 398) body += "\u00e9";
  auto doc = ReadPlainText(body + " fin.", "w.txt", "w", ReadOptions{});
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->date.Iso(), "2021-03-05");
}

TEST(ReadPlainText, EmptyAndWhitespaceFilesAreErrors) {
  for (const std::string& input : {std::string(), std::string("  \n\t\r\n  \n")}) {
    auto doc = ReadPlainText(input, "corpus/empty.txt", "empty", ReadOptions{});
    ASSERT_FALSE(doc.ok());
    EXPECT_EQ(doc.status().code(), Status::Code::kInvalidArgument);
    EXPECT_TRUE(Contains(doc.status().message(), "corpus/empty.txt")) << doc.status().message();
    EXPECT_TRUE(Contains(doc.status().message(), "empty")) << doc.status().message();
  }
}

TEST(ReadPlainText, InvalidUtf8NamesLine) {
  auto doc = ReadPlainText("ligne un\nligne deux\nligne \xE9t\xE9 trois\n", "origin", "x", ReadOptions{});
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), Status::Code::kInvalidArgument);
  EXPECT_TRUE(Contains(doc.status().message(), "origin:3")) << doc.status().message();
  EXPECT_TRUE(Contains(doc.status().message(), "invalid UTF-8")) << doc.status().message();
}

TEST(ReadPlainText, BinaryIsRejected) {
  std::string input = "PK\x03\x04";
  input.push_back('\0');
  input += "zip contents";
  auto doc = ReadPlainText(input, "archive.txt", "x", ReadOptions{});
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), Status::Code::kInvalidArgument);
  EXPECT_TRUE(Contains(doc.status().message(), "archive.txt")) << doc.status().message();
  EXPECT_TRUE(Contains(doc.status().message(), "binary")) << doc.status().message();
}

std::string Utf16(const std::string& ascii, bool little_endian, bool mark) {
  std::string out = mark ? (little_endian ? "\xFF\xFE" : "\xFE\xFF") : "";
  for (char c : ascii) {
    out.push_back(little_endian ? c : '\0');
    out.push_back(little_endian ? '\0' : c);
  }
  return out;
}

TEST(ReadPlainText, Utf16AndUtf32AreNamedNotCalledBinary) {
  const std::string text = "The army retook the town of Bunia on Monday.\n";
  const std::vector<std::pair<std::string, std::string>> cases = {
      {Utf16(text, true, true), "UTF-16LE"},   {Utf16(text, false, true), "UTF-16BE"},
      {Utf16(text, true, false), "UTF-16LE"},  {Utf16(text, false, false), "UTF-16BE"},
      {std::string("\xFF\xFE\0\0", 4) + "x", "UTF-32LE"}, {std::string("\0\0\xFE\xFF", 4) + "x", "UTF-32BE"},
  };
  for (const auto& [bytes, encoding] : cases) {
    auto doc = ReadPlainText(bytes, "wide.txt", "wide", ReadOptions{});
    ASSERT_FALSE(doc.ok()) << encoding;
    EXPECT_EQ(doc.status().code(), Status::Code::kInvalidArgument);
    EXPECT_TRUE(Contains(doc.status().message(), "wide.txt: " + encoding + " text, not UTF-8"))
        << doc.status().message();
  }
}

TEST(ReadPlainText, TooLarge) {
  ReadOptions options;
  options.max_document_bytes = 16;
  auto doc = ReadPlainText(std::string(17, 'a'), "big.txt", "big", options);
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), Status::Code::kTooLarge);
  EXPECT_TRUE(Contains(doc.status().message(), "big.txt")) << doc.status().message();
  EXPECT_TRUE(ReadPlainText(std::string(16, 'a'), "ok.txt", "ok", options).ok());
}

// ---------------------------------------------------------------------------------------------
// JSON Lines records

TEST(ReadJsonRecord, FullRecord) {
  const std::string line =
      R"({"id":"afp-123","date":"2020-05-04","title":"Titre","text":"L'arm\u00e9e avance.",)"
      R"("url":"https://example.org/a","source":"AFP","lang":"fr"})";
  auto doc = ReadJsonRecord(line, "feed.jsonl:1", "feed:1", ReadOptions{});
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->id, "afp-123");
  EXPECT_EQ(doc->origin, "feed.jsonl:1");
  EXPECT_EQ(doc->title, "Titre");
  EXPECT_EQ(doc->text, "L'arm\u00e9e avance.");
  EXPECT_EQ(doc->url, "https://example.org/a");
  EXPECT_EQ(doc->source, "AFP");
  EXPECT_EQ(doc->lang, "fr");
  EXPECT_EQ(doc->date.Iso(), "2020-05-04");
  EXPECT_EQ(doc->date_origin, "metadata");
  EXPECT_EQ(doc->body_start, 0u);
}

TEST(ReadJsonRecord, MissingIdUsesFallback) {
  auto doc = ReadJsonRecord(R"({"text":"Troops fled."})", "feed.jsonl:4", "feed:4", ReadOptions{});
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->id, "feed:4");
  EXPECT_FALSE(doc->date.known());
  EXPECT_TRUE(doc->lang.empty());
}

TEST(ReadJsonRecord, NullFieldsAreAbsent) {
  auto doc = ReadJsonRecord(R"({"id":null,"text":"Troops fled.","title":null})", "f:2", "f:2", ReadOptions{});
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->id, "f:2");
  EXPECT_EQ(doc->title, "");
}

TEST(ReadJsonRecord, NumericIdAccepted) {
  auto doc = ReadJsonRecord(R"({"id":42,"text":"Troops fled."})", "feed.jsonl:2", "feed:2", ReadOptions{});
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->id, "42");
}

TEST(ReadJsonRecord, IntegerIdsAreKeptExactly) {
  // 2^64 - 1 used to be read as a signed number and became "-1", the id of another record.
  for (const char* id : {"18446744073709551615", "-1", "-9223372036854775808", "9223372036854775808", "0"}) {
    auto doc = ReadJsonRecord(std::string(R"({"id":)") + id + R"(,"text":"Troops fled."})", "feed.jsonl:2", "feed:2",
                              ReadOptions{});
    ASSERT_TRUE(doc.ok()) << doc.status().ToString();
    EXPECT_EQ(doc->id, id);
  }
  // A number that is no integer of 64 bits would not read back as written.
  for (const char* id : {"1.5", "1e3", "18446744073709551616"}) {
    auto doc = ReadJsonRecord(std::string(R"({"id":)") + id + R"(,"text":"Troops fled."})", "feed.jsonl:2", "feed:2",
                              ReadOptions{});
    ASSERT_FALSE(doc.ok()) << id;
    EXPECT_TRUE(Contains(doc.status().message(), "feed.jsonl:2: field 'id'")) << doc.status().message();
    EXPECT_TRUE(Contains(doc.status().message(), "write it as a string")) << doc.status().message();
  }
}

TEST(ReadJsonRecord, MalformedJson) {
  auto doc = ReadJsonRecord(R"({"id":"x","text":"unterminated)", "feed.jsonl:7", "feed:7", ReadOptions{});
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), Status::Code::kInvalidArgument);
  EXPECT_TRUE(Contains(doc.status().message(), "feed.jsonl:7")) << doc.status().message();
  EXPECT_TRUE(Contains(doc.status().message(), "malformed JSON")) << doc.status().message();
}

TEST(ReadJsonRecord, NonObjectIsAnError) {
  auto doc = ReadJsonRecord(R"(["text","Troops fled."])", "feed.jsonl:3", "feed:3", ReadOptions{});
  ASSERT_FALSE(doc.ok());
  EXPECT_TRUE(Contains(doc.status().message(), "feed.jsonl:3")) << doc.status().message();
  EXPECT_TRUE(Contains(doc.status().message(), "object")) << doc.status().message();
}

TEST(ReadJsonRecord, NonStringTextIsAnError) {
  for (const char* line : {R"({"id":"x","text":123})", R"({"id":"x","text":["a"]})", R"({"id":"x","text":{}})"}) {
    auto doc = ReadJsonRecord(line, "feed.jsonl:5", "feed:5", ReadOptions{});
    ASSERT_FALSE(doc.ok()) << line;
    EXPECT_EQ(doc.status().code(), Status::Code::kInvalidArgument);
    EXPECT_TRUE(Contains(doc.status().message(), "feed.jsonl:5")) << doc.status().message();
    EXPECT_TRUE(Contains(doc.status().message(), "text")) << doc.status().message();
  }
}

TEST(ReadJsonRecord, NonStringTitleIsAnError) {
  auto doc = ReadJsonRecord(R"({"id":"x","text":"Body.","title":7})", "f:1", "f:1", ReadOptions{});
  ASSERT_FALSE(doc.ok());
  EXPECT_TRUE(Contains(doc.status().message(), "title")) << doc.status().message();
}

TEST(ReadJsonRecord, BadDateIsAnError) {
  for (const char* line : {R"({"id":"x","text":"Body.","date":"03/11/2017"})",
                           R"({"id":"x","text":"Body.","date":"2017-13-01"})",
                           R"({"id":"x","text":"Body.","date":20171103})"}) {
    auto doc = ReadJsonRecord(line, "feed.jsonl:9", "feed:9", ReadOptions{});
    ASSERT_FALSE(doc.ok()) << line;
    EXPECT_EQ(doc.status().code(), Status::Code::kInvalidArgument);
    EXPECT_TRUE(Contains(doc.status().message(), "feed.jsonl:9")) << doc.status().message();
  }
}

TEST(ReadJsonRecord, EmptyTextIsAnError) {
  auto doc = ReadJsonRecord(R"({"id":"x7","text":"   "})", "feed.jsonl:8", "feed:8", ReadOptions{});
  ASSERT_FALSE(doc.ok());
  EXPECT_TRUE(Contains(doc.status().message(), "feed.jsonl:8")) << doc.status().message();
  EXPECT_TRUE(Contains(doc.status().message(), "x7")) << doc.status().message();
  EXPECT_TRUE(Contains(doc.status().message(), "empty")) << doc.status().message();
}

TEST(ReadJsonRecord, TimestampDateAndByline) {
  auto doc = ReadJsonRecord(R"({"id":"t","text":"Body.","date":"2020-05-04T10:00:00Z"})", "f:1", "f:1", ReadOptions{});
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->date.Iso(), "2020-05-04");

  // A month from the metadata is refined by a byline in the text.
  doc = ReadJsonRecord(R"({"id":"t","text":"GAO, 3 novembre 2017 - Corps.","date":"2017-11"})", "f:2", "f:2",
                       ReadOptions{});
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->date.Iso(), "2017-11-03");
  EXPECT_EQ(doc->date_origin, "metadata+byline");
}

TEST(ReadJsonRecord, LangIsCutToTwoLettersAndForcedLangWins) {
  auto doc = ReadJsonRecord(R"({"id":"l","text":"Body.","lang":"en-GB"})", "f:1", "f:1", ReadOptions{});
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->lang, "en");
  ReadOptions options;
  options.forced_lang = "fr";
  doc = ReadJsonRecord(R"({"id":"l","text":"Body.","lang":"en"})", "f:1", "f:1", options);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->lang, "fr");
}

// ---------------------------------------------------------------------------------------------
// HTML

const char kPage[] = R"(<!DOCTYPE html>
<html lang="fr-FR">
<head>
  <title>Page title | Le Journal</title>
  <meta property="og:title" content="L'arm&eacute;e reprend Ti&eacute;bala">
  <meta property="article:published_time" content="2020-05-04T10:00:00Z">
  <meta property="og:site_name" content="Le Journal">
  <meta property="og:url" content="https://example.org/tiebala">
  <script>var tracking = "SCRIPTTEXT";</script>
  <style>body { color: red } .STYLETEXT {}</style>
</head>
<body>
  <header><div>HEADERTEXT Accueil</div></header>
  <nav><ul><li>NAVTEXT Monde</li><li>Afrique</li></ul></nav>
  <article>
    <h1>L'arm&eacute;e reprend Ti&eacute;bala</h1>
    <div class="share-buttons">SHARETEXT Partager sur Facebook</div>
    <p>BAMAKO, 4 mai 2020 - L'arm&eacute;e malienne a repris le contr&ocirc;le de Ti&eacute;bala.</p>
    <p>Les jihadistes ont <b>tent&eacute;</b> de reprendre
       la localit&eacute;.</p>
    <script>document.write("INLINESCRIPT")</script>
  </article>
  <aside>ASIDETEXT Lire aussi</aside>
  <footer>FOOTERTEXT Mentions l&eacute;gales</footer>
</body>
</html>
)";

TEST(ReadHtml, ExtractsArticleTextAndMetadata) {
  auto doc = ReadHtml(kPage, "page.html", "page", ReadOptions{});
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->id, "page");
  EXPECT_EQ(doc->origin, "page.html");
  EXPECT_EQ(doc->lang, "fr");
  EXPECT_EQ(doc->title, "L'arm\u00e9e reprend Ti\u00e9bala");
  EXPECT_EQ(doc->date.Iso(), "2020-05-04");
  EXPECT_EQ(doc->date_origin, "metadata");
  EXPECT_EQ(doc->source, "Le Journal");
  EXPECT_EQ(doc->url, "https://example.org/tiebala");

  const std::string& text = doc->text;
  EXPECT_TRUE(Contains(text, "L'arm\u00e9e reprend Ti\u00e9bala")) << text;
  const std::string p1 = "BAMAKO, 4 mai 2020 - L'arm\u00e9e malienne a repris le contr\u00f4le de Ti\u00e9bala.";
  const std::string p2 = "Les jihadistes ont tent\u00e9 de reprendre la localit\u00e9.";
  EXPECT_TRUE(Contains(text, p1 + "\n\n" + p2)) << text;
  for (const char* furniture : {"SCRIPTTEXT", "STYLETEXT", "HEADERTEXT", "NAVTEXT", "SHARETEXT", "INLINESCRIPT",
                                "ASIDETEXT", "FOOTERTEXT", "Page title"})
    EXPECT_FALSE(Contains(text, furniture)) << furniture << " in:\n" << text;
  EXPECT_EQ(text.front(), 'L') << text;
  EXPECT_EQ(text.back(), '.') << text;
}

TEST(ReadHtml, TitleFromTitleElementWithoutOgTitle) {
  const char page[] =
      "<html lang=\"en\"><head><title>Army retakes  Kabaya</title></head>"
      "<body><main><p>The army retook Kabaya on March 7, 2024.</p></main></body></html>";
  auto doc = ReadHtml(page, "p.html", "p", ReadOptions{});
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->title, "Army retakes Kabaya");
  EXPECT_EQ(doc->lang, "en");
  EXPECT_EQ(doc->text, "The army retook Kabaya on March 7, 2024.");
  EXPECT_EQ(doc->date.Iso(), "2024-03-07");
  EXPECT_EQ(doc->date_origin, "byline");
}

TEST(ReadHtml, TimeElementAndUnknownLanguage) {
  const char page[] =
      "<html lang=\"de\"><body><time datetime=\"2019-02-01\">1. Februar</time>"
      "<div>Der Text.</div></body></html>";
  auto doc = ReadHtml(page, "t.html", "t", ReadOptions{});
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->lang, "");  // only fr and en are taken from the page
  EXPECT_EQ(doc->date.Iso(), "2019-02-01");
  EXPECT_EQ(doc->date_origin, "metadata");
  EXPECT_TRUE(Contains(doc->text, "Der Text."));
}

TEST(ReadHtml, PageWithoutTextIsAnError) {
  auto doc = ReadHtml("<html><body><nav>Menu</nav><script>x()</script></body></html>", "empty.html", "e",
                      ReadOptions{});
  ASSERT_FALSE(doc.ok());
  EXPECT_TRUE(Contains(doc.status().message(), "empty.html")) << doc.status().message();
}

TEST(ReadHtml, ForcedLangAndDateWin) {
  ReadOptions options;
  options.forced_lang = "en";
  options.forced_date = "2021-01-01";
  auto doc = ReadHtml(kPage, "page.html", "page", options);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->lang, "en");
  EXPECT_EQ(doc->date.Iso(), "2021-01-01");
  EXPECT_EQ(doc->date_origin, "option");
}

std::string Repeat(const std::string& piece, size_t times) {
  std::string out;
  for (size_t i = 0; i < times; ++i) out += piece;
  return out;
}

TEST(ReadHtml, DeeplyNestedPageIsRefusedByNameAndLine) {
  // 40,000 nested tags in 120 KB overflowed the stack of a recursive walk: the whole batch was lost.
  const std::string page = "<html>\n<body>\n" + Repeat("<b>", 40000) + "The army retook Bunia." +
                           Repeat("</b>", 40000) + "</body></html>";
  auto doc = ReadHtml(page, "deep.html", "deep", ReadOptions{});
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), Status::Code::kInvalidArgument);
  EXPECT_TRUE(Contains(doc.status().message(), "deep.html:3: HTML elements nested more than 512 deep"))
      << doc.status().message();
}

TEST(ReadHtml, NestingUpToTheLimitIsReadWhole) {
  const std::string page = "<html><body>" + Repeat("<div>", kMaxHtmlDepth) + "The army retook Bunia." +
                           Repeat("</div>", kMaxHtmlDepth) + "</body></html>";
  auto doc = ReadHtml(page, "deep.html", "deep", ReadOptions{});
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->text, "The army retook Bunia.");
}

TEST(ReadHtml, WhatDoesNotNestIsNotCountedAsNesting) {
  // Unclosed paragraphs and list items, void and self-closing elements, closed elements and tags
  // written inside a script nest nothing, however many.
  const std::string page = "<html><body><script>" + Repeat("<div>", 2000) + "</script><ul>" +
                           Repeat("<li>item", 2000) + "</ul>" + Repeat("<p>Para.<br><img src=x>", 2000) +
                           Repeat("<span/>", 2000) + Repeat("<i>x</i>", 2000) + "<p>The army retook Bunia.</body></html>";
  auto doc = ReadHtml(page, "flat.html", "flat", ReadOptions{});
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_TRUE(Contains(doc->text, "The army retook Bunia.")) << doc->text.substr(doc->text.size() - 100);
}

TEST(ReadHtml, TheLongestArticleWinsNestedOrNot) {
  // An article inside another is part of its text, unless furniture (a comment block) holds it.
  auto read = [](const std::string& page) {
    auto doc = ReadHtml(page, "a.html", "a", ReadOptions{});
    EXPECT_TRUE(doc.ok()) << doc.status().ToString();
    return doc.ok() ? doc->text : "";
  };
  EXPECT_EQ(read("<html><body><article>Outer text.<article>Inner text that is longer.</article></article>"
                 "<article>Short.</article></body></html>"),
            "Outer text.\n\nInner text that is longer.");
  EXPECT_EQ(read("<html><body><article>Outer text.<div class=\"comments\"><article>A comment much longer than "
                 "the outer text.</article></div></article></body></html>"),
            "A comment much longer than the outer text.");
  EXPECT_EQ(read("<html><body><article>Alpha.</article><article>Gamma.</article></body></html>"), "Alpha.");
}

// ---------------------------------------------------------------------------------------------
// Formats

TEST(SniffFormat, ByExtension) {
  EXPECT_EQ(SniffFormat("feed.jsonl", "plain text"), "jsonl");
  EXPECT_EQ(SniffFormat("feed.ndjson", ""), "jsonl");
  EXPECT_EQ(SniffFormat("feed.json", ""), "jsonl");
  EXPECT_EQ(SniffFormat("dir/page.HTML", "{"), "html");
  EXPECT_EQ(SniffFormat("page.htm", ""), "html");
  EXPECT_EQ(SniffFormat("page.xhtml", ""), "html");
  EXPECT_EQ(SniffFormat("report.txt", "<html>"), "text");  // the extension wins
  EXPECT_EQ(SniffFormat("report.TEXT", "{\"id\":1}"), "text");
}

TEST(SniffFormat, ByContent) {
  EXPECT_EQ(SniffFormat("-", "{\"id\":1}\n"), "jsonl");
  EXPECT_EQ(SniffFormat("stdin", "  \n\t<!DOCTYPE html><html>"), "html");
  EXPECT_EQ(SniffFormat("noext", "\xEF\xBB\xBF<html>"), "html");
  EXPECT_EQ(SniffFormat("noext", "DAKAR, 5 mars 2021"), "text");
  EXPECT_EQ(SniffFormat("noext", ""), "text");
  EXPECT_EQ(SniffFormat("noext", "   \n"), "text");
  EXPECT_EQ(SniffFormat("article.2017", "{\"text\":\"x\"}"), "jsonl");
}

// ---------------------------------------------------------------------------------------------
// Directories

class TempDir {
 public:
  TempDir() {
    path_ = fs::temp_directory_path() /
            ("sitrep_reader_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter_++));
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  const fs::path& path() const { return path_; }
  void Write(const std::string& name, const std::string& bytes) const {
    fs::path p = path_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream out(p, std::ios::binary);
    out << bytes;
  }

 private:
  static inline int counter_ = 0;
  fs::path path_;
};

struct Outcome {
  bool ok;
  std::string id_or_message;
  std::string origin;
};

std::vector<Outcome> ReadAll(const std::string& path, const ReadOptions& options, Status* status) {
  std::vector<Outcome> out;
  *status = ReadDocuments(path, options, [&](Result<Document> r) {
    if (r.ok()) out.push_back({true, r->id, r->origin});
    else out.push_back({false, r.status().message(), ""});
  });
  return out;
}

TEST(ReadDocuments, DirectoryInSortedOrderWithPerDocumentErrors) {
  TempDir dir;
  dir.Write("good.txt", " date 2017-11 Title, 3.11.17\n\nTroops entered the town.\n");
  dir.Write("bad.txt", "first line\nsecond \xFF line\n");
  dir.Write("feed.jsonl",
            "{\"id\":\"r1\",\"text\":\"One.\"}\n"
            "{\"id\":\"r2\",\"text\":\n"
            "{\"text\":\"Three.\"}\n");
  dir.Write(".hidden", "must be ignored");
  dir.Write(".git/config", "must be ignored too");
  dir.Write("sub/zz.txt", "Nested document.");

  Status status;
  std::vector<Outcome> got = ReadAll(dir.path().string(), ReadOptions{}, &status);
  ASSERT_TRUE(status.ok()) << status.ToString();
  ASSERT_EQ(got.size(), 6u);

  const std::string root = dir.path().string();
  // bad.txt
  EXPECT_FALSE(got[0].ok);
  EXPECT_TRUE(Contains(got[0].id_or_message, root + "/bad.txt:2")) << got[0].id_or_message;
  EXPECT_TRUE(Contains(got[0].id_or_message, "invalid UTF-8")) << got[0].id_or_message;
  // feed.jsonl, line by line
  EXPECT_TRUE(got[1].ok);
  EXPECT_EQ(got[1].id_or_message, "r1");
  EXPECT_EQ(got[1].origin, root + "/feed.jsonl:1");
  EXPECT_FALSE(got[2].ok);
  EXPECT_TRUE(Contains(got[2].id_or_message, root + "/feed.jsonl:2")) << got[2].id_or_message;
  EXPECT_TRUE(Contains(got[2].id_or_message, "malformed JSON")) << got[2].id_or_message;
  EXPECT_TRUE(got[3].ok);
  EXPECT_EQ(got[3].id_or_message, "feed:3");  // file stem and line
  EXPECT_EQ(got[3].origin, root + "/feed.jsonl:3");
  // good.txt
  EXPECT_TRUE(got[4].ok);
  EXPECT_EQ(got[4].id_or_message, "good");
  EXPECT_EQ(got[4].origin, root + "/good.txt");
  // sub/zz.txt
  EXPECT_TRUE(got[5].ok);
  EXPECT_EQ(got[5].id_or_message, "zz");
  for (const Outcome& o : got) EXPECT_FALSE(Contains(o.id_or_message + o.origin, "hidden"));
  for (const Outcome& o : got) EXPECT_FALSE(Contains(o.id_or_message + o.origin, ".git"));
}

TEST(ReadDocuments, SingleFileKeepsForcedIdButDirectoryDoesNot) {
  TempDir dir;
  dir.Write("one.txt", "Troops entered the town.");
  ReadOptions options;
  options.forced_id = "custom";
  Status status;
  auto got = ReadAll((dir.path() / "one.txt").string(), options, &status);
  ASSERT_TRUE(status.ok());
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].id_or_message, "custom");

  got = ReadAll(dir.path().string(), options, &status);
  ASSERT_TRUE(status.ok());
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].id_or_message, "one");
}

TEST(ReadDocuments, BlankJsonLinesAreSkippedButCounted) {
  TempDir dir;
  dir.Write("f.jsonl", "\n{\"text\":\"A.\"}\n   \n{\"text\":\"B.\"}\n");
  Status status;
  auto got = ReadAll((dir.path() / "f.jsonl").string(), ReadOptions{}, &status);
  ASSERT_TRUE(status.ok());
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].id_or_message, "f:2");
  EXPECT_EQ(got[1].id_or_message, "f:4");
}

TEST(ReadDocuments, JsonLineWithInvalidUtf8NamesLine) {
  TempDir dir;
  dir.Write("f.jsonl", "{\"text\":\"A.\"}\n{\"text\":\"B\xFF.\"}\n");
  Status status;
  auto got = ReadAll((dir.path() / "f.jsonl").string(), ReadOptions{}, &status);
  ASSERT_TRUE(status.ok());
  ASSERT_EQ(got.size(), 2u);
  EXPECT_TRUE(got[0].ok);
  EXPECT_FALSE(got[1].ok);
  EXPECT_TRUE(Contains(got[1].id_or_message, "f.jsonl:2")) << got[1].id_or_message;
  EXPECT_TRUE(Contains(got[1].id_or_message, "invalid UTF-8")) << got[1].id_or_message;
}

TEST(ReadDocuments, FileOverTheLimitIsTooLarge) {
  TempDir dir;
  dir.Write("big.txt", std::string(200, 'a'));
  ReadOptions options;
  options.max_document_bytes = 100;
  std::vector<Status> statuses;
  Status status = ReadDocuments((dir.path() / "big.txt").string(), options,
                                [&](Result<Document> r) { statuses.push_back(r.status()); });
  ASSERT_TRUE(status.ok());
  ASSERT_EQ(statuses.size(), 1u);
  EXPECT_EQ(statuses[0].code(), Status::Code::kTooLarge);
  EXPECT_TRUE(Contains(statuses[0].message(), "big.txt")) << statuses[0].message();
}

TEST(ReadDocuments, JsonLinesLimitAppliesPerRecordNotPerFeed) {
  // max_document_bytes bounds one document. A feed of small records whose total is over the
  // limit must still be read record by record, whether its format is given or sniffed.
  TempDir dir;
  std::string feed;
  for (int i = 1; i <= 3; ++i) feed += "{\"id\":\"r" + std::to_string(i) + "\",\"text\":\"Troops fled the town.\"}\n";
  dir.Write("feed.jsonl", feed);
  ReadOptions options;
  options.max_document_bytes = 100;
  ASSERT_GT(feed.size(), options.max_document_bytes);

  options.format = "jsonl";
  Status status;
  auto explicit_format = ReadAll((dir.path() / "feed.jsonl").string(), options, &status);
  ASSERT_TRUE(status.ok());
  ASSERT_EQ(explicit_format.size(), 3u);
  for (const Outcome& o : explicit_format) EXPECT_TRUE(o.ok) << o.id_or_message;

  options.format = "auto";
  auto sniffed = ReadAll((dir.path() / "feed.jsonl").string(), options, &status);
  ASSERT_TRUE(status.ok());
  ASSERT_FALSE(sniffed.empty());
  for (const Outcome& o : sniffed) EXPECT_TRUE(o.ok) << o.id_or_message;
}

TEST(ReadDocuments, ExplicitFormatOverridesSniffing) {
  TempDir dir;
  dir.Write("a.txt", "{\"id\":\"j\",\"text\":\"Body.\"}\n");
  ReadOptions options;
  options.format = "jsonl";
  Status status;
  auto got = ReadAll((dir.path() / "a.txt").string(), options, &status);
  ASSERT_TRUE(status.ok());
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].id_or_message, "j");
}

TEST(ReadDocuments, MissingPathIsNotFound) {
  TempDir dir;
  bool called = false;
  std::string missing = (dir.path() / "no_such_file.txt").string();
  Status status = ReadDocuments(missing, ReadOptions{}, [&](Result<Document>) { called = true; });
  EXPECT_EQ(status.code(), Status::Code::kNotFound);
  EXPECT_TRUE(Contains(status.message(), missing)) << status.message();
  EXPECT_FALSE(called);
}

TEST(ReadDocuments, UnknownFormatIsInvalidArgument) {
  ReadOptions options;
  options.format = "pdf";
  bool called = false;
  Status status = ReadDocuments("/nonexistent", options, [&](Result<Document>) { called = true; });
  EXPECT_EQ(status.code(), Status::Code::kInvalidArgument);
  EXPECT_TRUE(Contains(status.message(), "pdf")) << status.message();
  EXPECT_FALSE(called);
}

// A stream that serves `bytes`, then fails as a disk or a pipe may: the reader's istream sees an
// exception from its buffer and sets badbit.
class FailingAfter : public std::streambuf {
 public:
  explicit FailingAfter(std::string bytes) : bytes_(std::move(bytes)) {
    setg(bytes_.data(), bytes_.data(), bytes_.data() + bytes_.size());
  }

 protected:
  int_type underflow() override { throw std::runtime_error("I/O error"); }

 private:
  std::string bytes_;
};

// A stream of `size` bytes of one record's text, made as it is read: never held whole.
class HugeRecord : public std::streambuf {
 public:
  HugeRecord(std::string head, size_t size, std::string tail)
      : head_(std::move(head)), tail_(std::move(tail)), left_(size), chunk_(1 << 16, 'a') {}

 protected:
  int_type underflow() override {
    std::string* next = !head_.empty() ? &head_ : left_ > 0 ? &chunk_ : !tail_.empty() ? &tail_ : nullptr;
    if (!next) return traits_type::eof();
    current_ = *next;
    if (next == &chunk_) {
      current_.resize(std::min(left_, chunk_.size()));
      left_ -= current_.size();
    } else {
      next->clear();
    }
    setg(current_.data(), current_.data(), current_.data() + current_.size());
    return traits_type::to_int_type(current_[0]);
  }

 private:
  std::string head_, tail_;
  size_t left_;
  std::string chunk_, current_;
};

std::vector<Status> ReadStreamStatuses(const std::string& path, std::streambuf* buffer, const ReadOptions& options,
                                       std::vector<std::string>* ids) {
  std::istream in(buffer);
  std::vector<Status> problems;
  ReadStream(path, in, options, [&](Result<Document> r) {
    if (r.ok()) ids->push_back(r->id);
    else problems.push_back(r.status());
  });
  return problems;
}

TEST(ReadStream, AFailedReadIsReportedWithItsLineAndTheRecordsLeft) {
  // A read that failed used to end the feed as if it were its end: exit status 0, records lost.
  FailingAfter buffer("{\"id\":\"one\",\"text\":\"Troops fled.\"}\n{\"id\":\"two\",\"text\":\"Troops fled.\"}\n");
  std::vector<std::string> ids;
  auto problems = ReadStreamStatuses("feed.jsonl", &buffer, ReadOptions{}, &ids);
  EXPECT_EQ(ids, (std::vector<std::string>{"one", "two"}));
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].code(), Status::Code::kIoError);
  EXPECT_TRUE(Contains(problems[0].message(), "feed.jsonl:3: read failed")) << problems[0].message();
  EXPECT_TRUE(Contains(problems[0].message(), "not read")) << problems[0].message();
}

TEST(ReadStream, ARecordOverTheLimitIsMeasuredAndTheNextOneRead) {
  ReadOptions options;
  options.max_document_bytes = 1000;
  const size_t text_size = 50u << 20;
  HugeRecord buffer("{\"id\":\"first\",\"text\":\"Troops fled.\"}\n{\"id\":\"huge\",\"text\":\"", text_size,
                    "\"}\n{\"id\":\"after\",\"text\":\"Troops fled.\"}");
  std::vector<std::string> ids;
  auto problems = ReadStreamStatuses("-", &buffer, options, &ids);
  EXPECT_EQ(ids, (std::vector<std::string>{"first", "after"}));
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].code(), Status::Code::kTooLarge);
  std::string size = std::to_string(text_size + std::string("{\"id\":\"huge\",\"text\":\"\"}").size());
  EXPECT_TRUE(Contains(problems[0].message(), "stdin:2: record of " + size + " bytes is over the limit of 1000"))
      << problems[0].message();
}

TEST(ReadStream, AUtf16FeedIsNamedOnce) {
  std::string feed = Utf16("{\"text\":\"Troops fled.\"}\n{\"text\":\"Troops fled.\"}\n", true, true);
  std::stringbuf buffer(feed);
  std::vector<std::string> ids;
  auto problems = ReadStreamStatuses("feed.jsonl", &buffer, ReadOptions{}, &ids);
  EXPECT_TRUE(ids.empty());
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_TRUE(Contains(problems[0].message(), "feed.jsonl: UTF-16LE text, not UTF-8")) << problems[0].message();
}

TEST(ReadDocuments, LinksInALoopOrToNothingAreReportedAndTheWalkGoesOn) {
  // Two links to each other used to throw out of the walk: nothing was coded.
  TempDir dir;
  dir.Write("a.txt", "Troops entered the town.");
  dir.Write("sub/z.txt", "Troops left the town.");
  fs::create_symlink("loop_b", dir.path() / "loop_a");
  fs::create_symlink("loop_a", dir.path() / "loop_b");
  fs::create_symlink("nowhere", dir.path() / "m_dangling");
  fs::create_symlink("a.txt", dir.path() / "b_link.txt");
  fs::create_symlink("sub", dir.path() / "sub_link");  // a link to a directory is not followed
  Status status;
  std::vector<Outcome> got = ReadAll(dir.path().string(), ReadOptions{}, &status);
  ASSERT_TRUE(status.ok()) << status.ToString();
  const std::string root = dir.path().string();
  ASSERT_EQ(got.size(), 6u);
  EXPECT_EQ(got[0].id_or_message, "a");
  EXPECT_EQ(got[1].id_or_message, "b_link");
  for (int k : {2, 3}) {
    EXPECT_FALSE(got[k].ok);
    EXPECT_TRUE(Contains(got[k].id_or_message, root + "/loop_" + std::string(1, 'a' + (k - 2)) + ": cannot read"))
        << got[k].id_or_message;
    EXPECT_TRUE(Contains(got[k].id_or_message, "Too many levels of symbolic links")) << got[k].id_or_message;
  }
  EXPECT_FALSE(got[4].ok);
  EXPECT_TRUE(Contains(got[4].id_or_message, root + "/m_dangling: cannot read")) << got[4].id_or_message;
  EXPECT_EQ(got[5].id_or_message, "z");

  // Named on the command line, a link in a loop cannot be read; it is not missing.
  status = ReadDocuments((dir.path() / "loop_a").string(), ReadOptions{}, [](Result<Document>) {});
  EXPECT_EQ(status.code(), Status::Code::kIoError);
  EXPECT_TRUE(Contains(status.message(), "loop_a: cannot read: Too many levels of symbolic links")) << status.message();
}

TEST(ReadDocuments, FixtureFile) {
  std::vector<Result<Document>> docs;
  Status status = ReadDocuments(std::string(SITREP_FIXTURES) + "/reader/header_byline.txt", ReadOptions{},
                                [&](Result<Document> r) { docs.push_back(std::move(r)); });
  ASSERT_TRUE(status.ok()) << status.ToString();
  ASSERT_EQ(docs.size(), 1u);
  ASSERT_TRUE(docs[0].ok()) << docs[0].status().ToString();
  EXPECT_EQ(docs[0]->id, "header_byline");
  EXPECT_EQ(docs[0]->date.Iso(), "2017-11-03");
  EXPECT_EQ(docs[0]->date_origin, "header+byline");
  EXPECT_EQ(docs[0]->title, "Les rebelles entrent dans Hama ... Par notre correspondant, 3.11.17");
  EXPECT_EQ(docs[0]->text.substr(docs[0]->body_start, 3), "Les");
}

}  // namespace
}  // namespace sitrep::text
