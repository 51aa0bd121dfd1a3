#include "sitrep/status.h"

namespace sitrep {

std::string Status::ToString() const {
  const char* name = "OK";
  switch (code_) {
    case Code::kOk: return "OK";
    case Code::kInvalidArgument: name = "invalid argument"; break;
    case Code::kNotFound: name = "not found"; break;
    case Code::kIoError: name = "I/O error"; break;
    case Code::kCorrupt: name = "corrupt"; break;
    case Code::kUnsupported: name = "unsupported"; break;
    case Code::kTooLarge: name = "too large"; break;
    case Code::kAborted: name = "aborted"; break;
  }
  return std::string(name) + ": " + message_;
}

}  // namespace sitrep
