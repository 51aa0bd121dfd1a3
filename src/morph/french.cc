// French morphology from hunspell-fr (Grammalecte's dictionary, MPL 2.0), whose entries carry
// morphological fields: "st:" the lemma, "po:" the category and tense/person, "is:" gender/number.
#include <hunspell/hunspell.hxx>

#include <filesystem>
#include <mutex>
#include <sstream>

#include "morph/compiled.h"
#include "morph/hunspell_forms.h"
#include "morph/morphology.h"

namespace sitrep::morph {

namespace {

// The dictionary has both spellings of some entries (aujourd'hui, aujourd’hui); keep one.
std::string StraightApostrophes(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.compare(i, 3, "\u2019") == 0) {
      out.push_back('\'');
      i += 2;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

// The category part of "po:" fields; tense, person and the like become features.
const char* UposOf(const std::string& po, const std::string& lemma) {
  if (po.size() >= 2 && po[0] == 'v' && po[1] >= '0' && po[1] <= '3')
    return lemma == "avoir" || lemma == "être" ? "AUX" : "VERB";
  static const std::pair<const char*, const char*> kMap[] = {
      {"nom", "NOUN"}, {"adj", "ADJ"}, {"adv", "ADV"}, {"negadv", "ADV"}, {"advint", "ADV"}, {"proadv", "ADV"},
      {"prep", "ADP"}, {"prepv", "ADP"}, {"det", "DET"}, {"detpos", "DET"}, {"detind", "DET"}, {"detdem", "DET"},
      {"detneg", "DET"}, {"prn", "PROPN"}, {"npr", "PROPN"}, {"patr", "PROPN"}, {"titr", "NOUN"}, {"nb", "NUM"},
      {"nbro", "ADJ"}, {"cjco", "CCONJ"}, {"cjsub", "SCONJ"}, {"interj", "INTJ"}, {"ponc", "PUNCT"},
      {"properobj", "PRON"}, {"propersuj", "PRON"}, {"prodem", "PRON"}, {"proind", "PRON"}, {"prorel", "PRON"},
      {"proint", "PRON"}, {"proneg", "PRON"}, {"preverb", "PRON"}, {"1pe", "PRON"}, {"2pe", "PRON"}, {"3pe", "PRON"},
  };
  for (const auto& [tag, upos] : kMap)
    if (po == tag) return upos;
  return nullptr;
}

// Hunspell is loaded when first asked (a tenth of a second): with the compiled morphology, a text
// whose words it holds never asks.
class FrenchBackend : public Backend {
 public:
  FrenchBackend(std::string aff, std::string dic) : aff_(std::move(aff)), dic_(std::move(dic)) {}
  const char* name() const override { return "hunspell"; }
  std::string Fingerprint() const override { return FilesFingerprint({aff_, dic_}); }

  void Analyze(const std::string& form, std::vector<Reading>* out) const override {
    std::call_once(loaded_, [this] { hunspell_ = std::make_unique<Hunspell>(aff_.c_str(), dic_.c_str()); });
    for (const std::string& analysis : hunspell_->analyze(StraightApostrophes(form))) {
      std::istringstream fields(analysis);
      std::string field, lemma;
      std::vector<std::string> categories, features;
      while (fields >> field) {
        if (field.rfind("st:", 0) == 0) {
          lemma = StraightApostrophes(field.substr(3));
        } else if (field.rfind("po:", 0) == 0) {
          // The first category is the entry's; a later one ("adj" for a participle, "adj" for
          // a noun that is also an adjective) adds a reading; tense and person are features.
          std::string po = field.substr(3);
          if (categories.empty() || UposOf(po, lemma)) categories.push_back(po);
          else features.push_back(po);
        } else if (field.rfind("is:", 0) == 0) {
          features.push_back(field.substr(3));
        }
      }
      if (lemma.empty() || categories.empty()) continue;
      std::string joined;
      for (const auto& f : features) joined += (joined.empty() ? "" : " ") + f;
      for (const auto& category : categories)
        if (const char* upos = UposOf(category, lemma)) Add(out, {lemma, upos, joined});
    }
  }

 private:
  static void Add(std::vector<Reading>* out, Reading r) {
    for (const auto& x : *out)
      if (x == r) return;
    out->push_back(std::move(r));
  }
  std::string aff_, dic_;
  mutable std::once_flag loaded_;
  mutable std::unique_ptr<Hunspell> hunspell_;
};

}  // namespace

namespace {

Status FindDictionary(const Resources& resources, std::string* aff_path, std::string* dic_path) {
  namespace fs = std::filesystem;
  for (const char* base : {"fr_FR", "fr"}) {
    fs::path aff = fs::path(resources.hunspell_dir) / (std::string(base) + ".aff");
    fs::path dic = fs::path(resources.hunspell_dir) / (std::string(base) + ".dic");
    if (fs::exists(aff) && fs::exists(dic)) {
      *aff_path = aff.string();
      *dic_path = dic.string();
      return Status::Ok();
    }
  }
  return Status::NotFound("no French hunspell dictionary (fr_FR.aff/.dic or fr.aff/.dic) in " +
                          resources.hunspell_dir + ": install hunspell-fr (scripts/setup.sh does)");
}

}  // namespace

Result<std::unique_ptr<Backend>> OpenFrenchBackend(const Resources& resources) {
  std::string aff, dic;
  if (Status s = FindDictionary(resources, &aff, &dic); !s.ok()) return s;
  return std::unique_ptr<Backend>(new FrenchBackend(aff, dic));
}

Status ForEachFrenchForm(const Resources& resources, const std::function<void(std::string_view)>& emit) {
  std::string aff, dic;
  if (Status s = FindDictionary(resources, &aff, &dic); !s.ok()) return s;
  return ForEachHunspellForm(aff, dic, emit);
}

}  // namespace sitrep::morph
