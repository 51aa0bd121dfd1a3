// From analysed sentences to events: predicates from the lexicon, their source, target and place
// from the clause, pronouns resolved to earlier actors, targets inferred from who holds a place,
// and a status from the words that govern the predicate (negation, attempt, plan, claim, fear).
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "coder/matcher.h"
#include "coder/mentions.h"
#include "peer/pattern_coder.h"
#include "lexicon/lexicon.h"
#include "morph/analyzed_text.h"
#include "sitrep/event.h"
#include "sitrep/status.h"
#include "time/tagger.h"

namespace sitrep::coder {

class Coder {
 public:
  // `dictionaries`, when given, codes the sentences the lexicon's predicates leave uncoded
  // (imported PETRARCH or TABARI dictionaries: peer/pattern_coder.h).
  static Result<std::unique_ptr<Coder>> Create(const lexicon::Lexicon& lexicon, const std::string& lang,
                                               text::Segmenter& segmenter, morph::Analyzer& analyzer,
                                               std::shared_ptr<const peer::PatternCoder> dictionaries = nullptr);

  // Codes the document. When `trace` is given it receives, per sentence, lines that explain each
  // mention, predicate and decision.
  Coding Code(const morph::AnalyzedText& at, std::vector<std::vector<std::string>>* trace) const;

 private:
  struct Predicate {
    std::string cameo, object;
    std::vector<std::pair<std::vector<std::string>, std::string>> slots;  // folded preposition words -> role
    std::string subject_role;  // "target" (who lost it) or "place" (what fell): the subject is no source
    std::string alone_cameo;   // the code when no source is named: the loser is the source
    // Other senses chosen by the object's semantic class (lexicon "place:actor=173/181"): the code
    // when the source is a state, and otherwise.
    std::map<std::string, std::pair<std::string, std::string>> senses;
    std::string acled_sub_type;  // when not its code's (acled_senses.lex): deploying is a change to group/activity
  };
  // A means of force (means.lex): the code it gives an act, and the ACLED sub-type when not the code's.
  struct Means {
    std::string cameo, acled_sub_type;
  };
  struct CameoInfo {
    std::string plover, acled_type, acled_sub_type;
  };
  class Run;  // the work on one document

  const CameoInfo& InfoFor(const std::string& cameo) const;
  // gain, contest, withdraw or "" (data/coder/control.lex), by the longest listed prefix.
  std::string ControlEffect(const std::string& cameo) const;

  std::string lang_;
  std::unique_ptr<MentionFinder> mentions_;
  std::unique_ptr<time::TimeTagger> tagger_;
  PatternIndex predicate_index_, cue_index_{/*wide_gaps=*/true};
  std::vector<Predicate> predicates_;
  std::vector<std::string> cue_kinds_;
  PatternIndex means_index_;
  std::vector<Means> means_;  // in the lexicon's order, which is their precedence
  std::map<std::string, CameoInfo> cameo_;
  std::map<std::string, std::string> control_;
  std::shared_ptr<const peer::PatternCoder> dictionaries_;
};

}  // namespace sitrep::coder
