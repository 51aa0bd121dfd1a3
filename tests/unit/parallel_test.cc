// Coding on several threads gives the output of one, in input order.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "sitrep/parallel.h"
#include "test_support.h"

namespace sitrep {
namespace {

// A varied batch: French and English reports, a text in no language sitrep codes, and documents
// that could not be read, interleaved.
std::vector<Result<Document>> Batch() {
  const std::vector<std::pair<std::string, std::string>> texts = {
      {"fr", "Les rebelles ont pris la ville de Tessalit mardi après de violents combats avec l'armée malienne."},
      {"en", "Gunmen killed five villagers near Djibo on Sunday, local officials said."},
      {"fr", "Une frappe de drone a touché un marché de Gao, faisant trois morts."},
      {"en", "The army retook the town of Kidal from the rebels on Tuesday."},
      {"de", "Die Armee hat am Dienstag die Stadt zurückerobert, sagte ein Sprecher der Regierung."},
      {"en", "Protesters marched through Niamey on Saturday to demand the release of detained journalists."},
      {"fr", "Des hommes armés ont enlevé vingt élèves dans une école de la région de Zamfara."},
  };
  std::vector<Result<Document>> docs;
  for (int round = 0; round < 6; ++round)
    for (size_t i = 0; i < texts.size(); ++i) {
      if ((round * texts.size() + i) % 9 == 4) {
        docs.push_back(Status::IoError("doc" + std::to_string(docs.size()) + ": could not be read"));
        continue;
      }
      Document doc = testing::TestDocument("doc" + std::to_string(docs.size()), texts[i].second, "");
      doc.origin = doc.id;
      docs.push_back(std::move(doc));
    }
  return docs;
}

// What the sink saw, in order: each document's id or failure, then its events or why none.
std::vector<std::string> CodeWith(unsigned jobs) {
  std::vector<std::string> seen;
  auto sink = [&](Result<Document>& doc, std::optional<Result<Coding>>& coding) {
    seen.push_back(doc.ok() ? "doc " + doc->id : "unread " + doc.status().message());
    if (!coding) {
      seen.push_back("not coded");
    } else if (!coding->ok()) {
      seen.push_back("failed " + coding->status().message());
    } else {
      for (const Event& e : (*coding)->events) seen.push_back(EventToJson(e));
    }
  };
  auto first = testing::TestPipeline().Fork();
  EXPECT_TRUE(first.ok());
  auto coder = ParallelCoder::Open(std::move(first.value()), jobs, sink);
  EXPECT_TRUE(coder.ok());
  size_t added = 0;
  for (auto& doc : Batch()) (*coder)->Add(std::move(doc), /*code=*/++added % 10 != 0);
  (*coder)->Finish();
  return seen;
}

TEST(ParallelCoder, ThreeJobsGiveTheOutputOfOne) {
  std::vector<std::string> one = CodeWith(1), three = CodeWith(3);
  ASSERT_EQ(one, three);
  size_t events = 0, unread = 0, failed = 0, not_coded = 0;
  for (const auto& line : one) {
    events += line.starts_with("{");
    unread += line.starts_with("unread ");
    failed += line.starts_with("failed ");
    not_coded += line == "not coded";
  }
  EXPECT_GT(events, 20u);  // the reports are coded
  EXPECT_EQ(unread, 5u);   // the documents that could not be read pass through in their turn
  EXPECT_GE(failed, unread + 4);  // and so do the texts in German, refused by name
  EXPECT_EQ(not_coded, 4u);       // and those added not to be coded
}

TEST(ParallelCoder, CloseFinishesAndGivesUpEveryPipelineTheOneGivenFirst) {
  for (unsigned jobs : {1u, 3u}) {
    size_t handed_on = 0;
    auto first = testing::TestPipeline().Fork();
    ASSERT_TRUE(first.ok());
    const Pipeline* given = first->get();
    auto coder = ParallelCoder::Open(std::move(first.value()), jobs,
                                     [&](Result<Document>&, std::optional<Result<Coding>>&) { ++handed_on; });
    ASSERT_TRUE(coder.ok());
    for (auto& doc : Batch()) (*coder)->Add(std::move(doc));
    auto pipelines = (*coder)->Close();
    EXPECT_EQ(handed_on, Batch().size()) << jobs << " jobs";
    ASSERT_EQ(pipelines.size(), jobs);
    EXPECT_EQ(pipelines[0].get(), given);
  }
}

TEST(ParallelCoder, NoJobsIsAnError) {
  auto first = testing::TestPipeline().Fork();
  ASSERT_TRUE(first.ok());
  auto coder =
      ParallelCoder::Open(std::move(first.value()), 0, [](Result<Document>&, std::optional<Result<Coding>>&) {});
  EXPECT_FALSE(coder.ok());
}

}  // namespace
}  // namespace sitrep
