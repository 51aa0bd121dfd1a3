#include "store/libpq.h"

#include <dlfcn.h>

#include <string>

namespace sitrep::store {

namespace {

// libpq's soname: its interface has kept this major version since PostgreSQL 8.0.
constexpr const char* kLibPq = "libpq.so.5";

template <typename Function>
bool Resolve(void* library, const char* name, Function* out, std::string* missing) {
  *out = reinterpret_cast<Function>(dlsym(library, name));
  if (!*out && missing->empty()) *missing = name;
  return *out != nullptr;
}

Result<const LibPq*> Load() {
  void* library = dlopen(kLibPq, RTLD_NOW | RTLD_LOCAL);
  if (!library)
    return Status::NotFound(std::string("cannot load ") + kLibPq + " for a PostgreSQL store: " + dlerror() +
                            " (install libpq5; scripts/setup.sh does)");
  static LibPq pq;
  std::string missing;
  Resolve(library, "PQconnectdb", &pq.connectdb, &missing);
  Resolve(library, "PQstatus", &pq.status, &missing);
  Resolve(library, "PQerrorMessage", &pq.errorMessage, &missing);
  Resolve(library, "PQfinish", &pq.finish, &missing);
  Resolve(library, "PQexecParams", &pq.execParams, &missing);
  Resolve(library, "PQprepare", &pq.prepare, &missing);
  Resolve(library, "PQexecPrepared", &pq.execPrepared, &missing);
  Resolve(library, "PQresultStatus", &pq.resultStatus, &missing);
  Resolve(library, "PQresultErrorMessage", &pq.resultErrorMessage, &missing);
  Resolve(library, "PQresultErrorField", &pq.resultErrorField, &missing);
  Resolve(library, "PQntuples", &pq.ntuples, &missing);
  Resolve(library, "PQnfields", &pq.nfields, &missing);
  Resolve(library, "PQgetisnull", &pq.getisnull, &missing);
  Resolve(library, "PQgetvalue", &pq.getvalue, &missing);
  Resolve(library, "PQgetlength", &pq.getlength, &missing);
  Resolve(library, "PQclear", &pq.clear, &missing);
  if (!missing.empty()) return Status::Unsupported(std::string(kLibPq) + " has no " + missing);
  return static_cast<const LibPq*>(&pq);
}

}  // namespace

Result<const LibPq*> LoadLibPq() {
  // Loaded once, whichever thread opens a PostgreSQL store first (a server's request threads may).
  static const Result<const LibPq*> loaded = Load();
  return loaded;
}

}  // namespace sitrep::store
