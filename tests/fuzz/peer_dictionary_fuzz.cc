// TABARI and PETRARCH dictionary files as users maintain them. The first byte chooses the kind
// (actors, agents, discards, verbs) and the dialect (TABARI, PETRARCH-1, PETRARCH-2); the rest is
// the file. What parses joins a small fixed dictionary set, and the pattern coder built from it
// codes a few short sentences, so that odd dictionaries reach the coder too.
#include <cstdint>
#include <string>
#include <string_view>

#include "peer/pattern_coder.h"
#include "peer/dictionary.h"

namespace {

using sitrep::peer::DictionaryDialect;
using sitrep::peer::PeerDictionaries;

// Every kind but the fuzzed one comes from here, so that a fuzzed verbs file has actors to code
// and a fuzzed actors file has verbs.
const PeerDictionaries& Base(DictionaryDialect dialect) {
  static const PeerDictionaries* bases[3] = {};
  const PeerDictionaries*& base = bases[static_cast<int>(dialect)];
  if (base) return *base;
  auto* d = new PeerDictionaries;
  sitrep::peer::ParsePeerDictionary("VELDARA [VEL]\nOSTMARK_ [OST]\nTHE_HIGHLANDS [SHR]\n", "base.actors", "actors",
                                     dialect, d);
  sitrep::peer::ParsePeerDictionary("MINISTER [~GOV]\nREBEL [~REB]\n", "base.agents", "agents", dialect, d);
  if (dialect == DictionaryDialect::kTabari)
    sitrep::peer::ParsePeerDictionary("ACCUSE [112]\n- * + OF [111]\nMEET_ [040]\n- $ * WITH_ + [043]\n",
                                       "base.verbs", "verbs", dialect, d);
  else
    sitrep::peer::ParsePeerDictionary("--- ACCUSE [112] ---\nACCUSE\n- * + OF [111]\n--- MEET [040] ---\nMEET\n"
                                       "- $ * WITH + [043]\n",
                                       "base.verbs", "verbs", dialect, d);
  base = d;
  return *base;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // Real dictionaries are larger, but 64 KiB reaches every construct and keeps an input fast.
  if (size == 0 || size > 64 * 1024) return 0;
  static const char* const kKinds[] = {"actors", "agents", "discards", "verbs"};
  std::string_view kind = kKinds[data[0] % 4];
  auto dialect = static_cast<DictionaryDialect>((data[0] / 4) % 3);
  std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);

  PeerDictionaries fuzzed;
  sitrep::peer::ParsePeerDictionary(text, "fuzz.dict", kind, dialect, &fuzzed);
  // The model's promises that the coder relies on: no empty word (an empty stem would match every
  // word of a sentence), every actor coded, one verb in every pattern.
  auto check = [](const sitrep::peer::DictPhrase& phrase) {
    for (const auto& word : phrase)
      if (word.text.empty()) __builtin_trap();
  };
  for (const auto& actor : fuzzed.actors) {
    if (actor.phrases.empty() || actor.codes.empty()) __builtin_trap();
    for (const auto& phrase : actor.phrases) check(phrase);
  }
  for (const auto& agent : fuzzed.agents) {
    if (agent.phrases.empty() || agent.code.empty()) __builtin_trap();
    for (const auto& phrase : agent.phrases) check(phrase);
  }
  for (const auto& discard : fuzzed.discards) check(discard.phrase);
  for (const auto& verb : fuzzed.verbs) {
    if (verb.phrase.empty() || verb.head >= verb.phrase.size()) __builtin_trap();
    check(verb.phrase);
    for (const auto& pattern : verb.patterns) {
      size_t stars = 0;
      for (const auto& e : pattern.elements) {
        stars += e.kind == sitrep::peer::PatternElement::Kind::kVerb;
        for (const auto& alternative : e.alternatives) check(alternative);
      }
      if (stars != 1) __builtin_trap();
    }
  }
  if (fuzzed.actors.empty() && fuzzed.agents.empty() && fuzzed.discards.empty() && fuzzed.verbs.empty() &&
      fuzzed.nouns.empty() && fuzzed.adjectives.empty())
    return 0;

  PeerDictionaries all = Base(dialect);
  auto append = [](auto& into, auto& from) { into.insert(into.end(), from.begin(), from.end()); };
  append(all.actors, fuzzed.actors);
  append(all.agents, fuzzed.agents);
  append(all.discards, fuzzed.discards);
  append(all.verbs, fuzzed.verbs);
  append(all.nouns, fuzzed.nouns);
  append(all.adjectives, fuzzed.adjectives);

  static const char* const kSentences[] = {
      "Veldara accused Ostmark of treachery on Tuesday.",
      "The minister of the Highlands met with rebels from Veldara and Ostmark, officials said.",
      "He said they would meet again.",
      "Veldara and Ostmark met in Brella.",
  };
  sitrep::peer::PatternCoderOptions options = dialect == DictionaryDialect::kTabari
                                                   ? sitrep::peer::TabariDefaultOptions()
                                                   : sitrep::peer::PatternCoderOptions{};
  sitrep::peer::PatternCoder coder(all, options);
  for (const char* sentence : kSentences) {
    auto coding = coder.Code(sentence, 9000);
    if (coding.discarded && !coding.events.empty()) __builtin_trap();
    for (const auto& event : coding.events)
      if (event.code.empty()) __builtin_trap();
  }
  return 0;
}
