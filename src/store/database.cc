#include "store/database.h"
#include "store/libpq.h"

#include <sqlite3.h>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <unordered_map>

namespace sitrep::store {

int64_t Row::Int(size_t i) const {
  const Value& v = values_[i];
  if (auto p = std::get_if<int64_t>(&v)) return *p;
  if (auto p = std::get_if<double>(&v)) return static_cast<int64_t>(*p);
  if (auto p = std::get_if<std::string>(&v)) return std::strtoll(p->c_str(), nullptr, 10);
  return 0;
}

double Row::Real(size_t i) const {
  const Value& v = values_[i];
  if (auto p = std::get_if<double>(&v)) return *p;
  if (auto p = std::get_if<int64_t>(&v)) return static_cast<double>(*p);
  if (auto p = std::get_if<std::string>(&v)) return std::strtod(p->c_str(), nullptr);
  return 0;
}

std::string Row::Text(size_t i) const {
  const Value& v = values_[i];
  if (auto p = std::get_if<std::string>(&v)) return *p;
  if (auto p = std::get_if<int64_t>(&v)) return std::to_string(*p);
  if (auto p = std::get_if<double>(&v)) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", *p);
    return buf;
  }
  return "";
}

Result<Value> Database::QueryValue(std::string_view sql, const std::vector<Value>& params) {
  Value out;
  bool first = true;
  Status s = Query(sql, params, [&](const Row& row) {
    if (!first || row.size() == 0) return;
    first = false;
    out = row.IsNull(0) ? Value{} : Value{row.Text(0)};
  });
  if (!s.ok()) return s;
  return out;
}

namespace {

// Statements differ by their filters (a query's IN list grows with the places asked for): the
// cache of prepared ones is emptied when it reaches this size, so that a long-running server
// keeps a bounded number.
constexpr size_t kMaxPreparedStatements = 256;

// Splits a script on semicolons that end statements (the schema has no semicolons in literals).
std::vector<std::string> Statements(std::string_view ddl, std::string_view id_type) {
  std::vector<std::string> out;
  std::string current;
  for (char c : ddl) {
    if (c != ';') {
      current.push_back(c);
      continue;
    }
    for (size_t at; (at = current.find("{id}")) != std::string::npos;) current.replace(at, 4, id_type);
    if (current.find_first_not_of(" \t\r\n") != std::string::npos) out.push_back(current);
    current.clear();
  }
  return out;
}

// ------------------------------------------------------------------------------------------------
// SQLite: one file in WAL mode, so readers never wait for the writer. BEGIN IMMEDIATE takes the
// write lock at once; a writer that finds it taken waits (busy timeout) instead of failing.

// A path as a file: URI's path: '%', '?' and '#' escaped.
std::string UriPath(const std::string& path) {
  std::string out;
  for (char c : path) {
    if (c == '%' || c == '?' || c == '#') {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", static_cast<unsigned char>(c));
      out += buf;
    } else {
      out += c;
    }
  }
  return out;
}

class Sqlite : public Database {
 public:
  static Result<std::unique_ptr<Database>> Open(const std::string& path, Access access) {
    bool reading = access == Access::kReadOnly;
    std::error_code ec;
    if (reading && !std::filesystem::exists(path, ec))
      return Status::NotFound(path + ": no such store (sitrep ingest --db " + path + " creates one)");
    sqlite3* db = nullptr;
    int flags = reading ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    int rc = sqlite3_open_v2(path.c_str(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    std::unique_ptr<Sqlite> out(new Sqlite(db, path));
    if (rc != SQLITE_OK) return Status::IoError(path + ": cannot open the store: " + sqlite3_errmsg(db));
    sqlite3_busy_timeout(db, 60000);
    if (reading) {
      // A reader of a WAL store shares its -shm index with the writers, which takes write access to
      // the directory when no writer has it open. A reader without that access reads the file as
      // it stands (SQLite's immutable mode), and does not see what is committed while it reads.
      if (out->Execute("SELECT 1 FROM sqlite_master LIMIT 1", {}).ok()) return std::unique_ptr<Database>(std::move(out));
      int error = sqlite3_errcode(db);
      if (error != SQLITE_CANTOPEN && error != SQLITE_READONLY) return std::unique_ptr<Database>(std::move(out));
      out.reset();
      sqlite3* frozen = nullptr;
      std::string uri = "file:" + UriPath(path) + "?immutable=1";
      rc = sqlite3_open_v2(uri.c_str(), &frozen, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, nullptr);
      out.reset(new Sqlite(frozen, path));
      if (rc != SQLITE_OK) return Status::IoError(path + ": cannot open the store: " + sqlite3_errmsg(frozen));
      return std::unique_ptr<Database>(std::move(out));
    }
    // WAL with synchronous=NORMAL: a committed transaction survives the process being killed; only
    // a power cut can lose the last ones, never corrupt the file.
    // A 64 MB page cache and memory-mapped reads: a query or a merge lookup reads pages, not files.
    for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON",
                               "PRAGMA cache_size=-65536", "PRAGMA mmap_size=1073741824"})
      if (Status s = out->Execute(pragma, {}); !s.ok()) return s;
    return std::unique_ptr<Database>(std::move(out));
  }

  ~Sqlite() override {
    for (auto& [sql, stmt] : cache_) sqlite3_finalize(stmt);
    sqlite3_close(db_);
  }

  Status Execute(std::string_view sql, const std::vector<Value>& params) override {
    return Query(sql, params, [](const Row&) {});
  }

  Status Query(std::string_view sql, const std::vector<Value>& params,
               const std::function<void(const Row&)>& row) override {
    auto prepared = Prepare(sql);
    if (!prepared.ok()) return prepared.status();
    sqlite3_stmt* stmt = *prepared;
    ++active_;
    struct Done {
      int& active;
      ~Done() { --active; }
    } done{active_};
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    for (size_t i = 0; i < params.size(); ++i) {
      int at = static_cast<int>(i + 1);
      const Value& v = params[i];
      if (auto p = std::get_if<int64_t>(&v)) sqlite3_bind_int64(stmt, at, *p);
      else if (auto p = std::get_if<double>(&v)) sqlite3_bind_double(stmt, at, *p);
      else if (auto p = std::get_if<std::string>(&v))
        sqlite3_bind_text(stmt, at, p->data(), static_cast<int>(p->size()), SQLITE_STATIC);
      else sqlite3_bind_null(stmt, at);
    }
    int columns = sqlite3_column_count(stmt);
    for (;;) {
      int rc = sqlite3_step(stmt);
      if (rc == SQLITE_DONE) break;
      if (rc != SQLITE_ROW) {
        std::string message = sqlite3_errmsg(db_);
        sqlite3_reset(stmt);
        return Status::IoError(path_ + ": " + message + " (in: " + std::string(sql.substr(0, 80)) + ")");
      }
      std::vector<Value> values(columns);
      for (int c = 0; c < columns; ++c) {
        switch (sqlite3_column_type(stmt, c)) {
          case SQLITE_INTEGER: values[c] = static_cast<int64_t>(sqlite3_column_int64(stmt, c)); break;
          case SQLITE_FLOAT: values[c] = sqlite3_column_double(stmt, c); break;
          case SQLITE_NULL: break;
          default:
            values[c] = std::string(reinterpret_cast<const char*>(sqlite3_column_text(stmt, c)),
                                    static_cast<size_t>(sqlite3_column_bytes(stmt, c)));
        }
      }
      row(Row(std::move(values)));
    }
    sqlite3_reset(stmt);
    return Status::Ok();
  }

  Status Script(std::string_view ddl) override {
    for (const std::string& statement : Statements(ddl, "INTEGER PRIMARY KEY"))
      if (Status s = Plain(statement); !s.ok()) return s;
    return Status::Ok();
  }

  Status BeginWrite(WriteMode) override { return Plain("BEGIN IMMEDIATE"); }
  Status LockKeys(std::vector<int64_t>) override { return Status::Ok(); }
  Status Commit() override { return Plain("COMMIT"); }
  Status Rollback() override { return Plain("ROLLBACK"); }
  const char* Dialect() const override { return "sqlite"; }
  std::string Describe() const override { return path_; }

 private:
  Sqlite(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}

  Result<sqlite3_stmt*> Prepare(std::string_view sql) {
    auto it = cache_.find(std::string(sql));
    if (it != cache_.end()) return it->second;
    if (cache_.size() >= kMaxPreparedStatements && active_ == 0) {
      for (auto& [text, stmt] : cache_) sqlite3_finalize(stmt);
      cache_.clear();
    }
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr) != SQLITE_OK)
      return Status::IoError(path_ + ": " + sqlite3_errmsg(db_) + " (in: " + std::string(sql.substr(0, 80)) + ")");
    cache_.emplace(std::string(sql), stmt);
    return stmt;
  }

  Status Plain(const std::string& sql) {
    char* error = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error) == SQLITE_OK) return Status::Ok();
    std::string message = error ? error : "unknown error";
    sqlite3_free(error);
    return Status::IoError(path_ + ": " + message);
  }

  sqlite3* db_;
  std::string path_;
  std::unordered_map<std::string, sqlite3_stmt*> cache_;
  int active_ = 0;  // queries running (a row callback may run another): none is finalized then
};

// ------------------------------------------------------------------------------------------------
// PostgreSQL through libpq. Writers take a transaction-scoped advisory lock: exclusive ones (the
// schema) alone, the ingesting ones shared, each then locking the keys of what it is about to read
// and change (a document, a kind of event in a country), so that deduplication reads what the last
// writer of those keys stored while writers of other keys go on.

constexpr int64_t kWriterLock = 0x53495452;  // "SITR"

class Postgres : public Database {
 public:
  static Result<std::unique_ptr<Database>> Open(const std::string& url, Access access) {
    auto pq = LoadLibPq();
    if (!pq.ok()) return pq.status();
    PGconn* conn = (*pq)->connectdb(url.c_str());
    std::unique_ptr<Postgres> out(new Postgres(*pq, conn, Redact(url)));
    if ((*pq)->status(conn) != CONNECTION_OK)
      return Status::IoError(out->describe_ + ": cannot connect: " + Trim((*pq)->errorMessage(conn)));
    if (Status s = out->Execute("SET client_min_messages = warning", {}); !s.ok()) return s;
    if (access == Access::kReadOnly)
      if (Status s = out->Execute("SET default_transaction_read_only = on", {}); !s.ok()) return s;
    return std::unique_ptr<Database>(std::move(out));
  }

  ~Postgres() override { pq_->finish(conn_); }

  Status Execute(std::string_view sql, const std::vector<Value>& params) override {
    return Query(sql, params, [](const Row&) {});
  }

  Status Query(std::string_view sql, const std::vector<Value>& params,
               const std::function<void(const Row&)>& row) override {
    std::vector<std::string> texts(params.size());
    std::vector<const char*> pointers(params.size(), nullptr);
    for (size_t i = 0; i < params.size(); ++i) {
      const Value& v = params[i];
      if (std::holds_alternative<std::monostate>(v)) continue;
      texts[i] = Row({v}).Text(0);
      pointers[i] = texts[i].c_str();
    }
    auto prepared = Prepare(sql, params.size());
    if (!prepared.ok()) return prepared.status();
    PGresult* res = prepared->empty()
                        ? pq_->execParams(conn_, Rewrite(sql).c_str(), static_cast<int>(params.size()), nullptr,
                                       pointers.data(), nullptr, nullptr, 0)
                        : pq_->execPrepared(conn_, prepared->c_str(), static_cast<int>(params.size()), pointers.data(),
                                         nullptr, nullptr, 0);
    ExecStatusType status = pq_->resultStatus(res);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
      std::string message = Trim(pq_->resultErrorMessage(res));
      const char* state = pq_->resultErrorField(res, PG_DIAG_SQLSTATE);
      // A serialization failure or a deadlock the server broke: the transaction may be done again.
      bool lost = state && (std::string_view(state) == "40001" || std::string_view(state) == "40P01");
      pq_->clear(res);
      message = describe_ + ": " + message + " (in: " + std::string(sql.substr(0, 80)) + ")";
      return lost ? Status::Aborted(message) : Status::IoError(message);
    }
    int rows = pq_->ntuples(res), columns = pq_->nfields(res);
    for (int r = 0; r < rows; ++r) {
      std::vector<Value> values(columns);
      for (int c = 0; c < columns; ++c)
        if (!pq_->getisnull(res, r, c)) values[c] = std::string(pq_->getvalue(res, r, c), pq_->getlength(res, r, c));
      row(Row(std::move(values)));
    }
    pq_->clear(res);
    return Status::Ok();
  }

  Status Script(std::string_view ddl) override {
    for (const std::string& statement : Statements(ddl, "BIGSERIAL PRIMARY KEY"))
      if (Status s = Execute(statement, {}); !s.ok()) return s;
    return Status::Ok();
  }

  Status BeginWrite(WriteMode mode) override {
    if (Status s = Execute("BEGIN", {}); !s.ok()) return s;
    return Execute(mode == WriteMode::kExclusive ? "SELECT pg_advisory_xact_lock(?)"
                                                 : "SELECT pg_advisory_xact_lock_shared(?)",
                   {Value{kWriterLock}});
  }
  Status LockKeys(std::vector<int64_t> keys) override {
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    for (int64_t key : keys)
      if (Status s = Execute("SELECT pg_advisory_xact_lock(?)", {Value{key}}); !s.ok()) return s;
    return Status::Ok();
  }
  Status Commit() override { return Execute("COMMIT", {}); }
  Status Rollback() override { return Execute("ROLLBACK", {}); }
  const char* Dialect() const override { return "postgresql"; }
  std::string Describe() const override { return describe_; }

 private:
  Postgres(const LibPq* pq, PGconn* conn, std::string describe) : pq_(pq), conn_(conn), describe_(std::move(describe)) {}

  static std::string Trim(std::string s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
    return s;
  }

  // postgresql://user:secret@host/db -> postgresql://user@host/db
  static std::string Redact(const std::string& url) {
    size_t scheme = url.find("://");
    size_t at = url.find('@');
    if (scheme == std::string::npos || at == std::string::npos) return url;
    size_t colon = url.find(':', scheme + 3);
    if (colon == std::string::npos || colon > at) return url;
    return url.substr(0, colon) + url.substr(at);
  }

  // Queries and data changes are prepared once per connection, as SQLite's statements are cached:
  // the server plans each only once. The name of the prepared statement, or "" for a command
  // that cannot be prepared (BEGIN, DDL).
  Result<std::string> Prepare(std::string_view sql, size_t params) {
    bool preparable = false;
    for (const char* verb : {"SELECT", "INSERT", "UPDATE", "DELETE"}) preparable |= sql.starts_with(verb);
    if (!preparable) return std::string();
    auto it = prepared_.find(std::string(sql));
    if (it != prepared_.end()) return it->second;
    if (prepared_.size() >= kMaxPreparedStatements) {
      if (Status s = Execute("DEALLOCATE ALL", {}); !s.ok()) return s;
      prepared_.clear();
      ++generation_;
    }
    std::string name = "sitrep_" + std::to_string(generation_) + "_" + std::to_string(prepared_.size());
    PGresult* res = pq_->prepare(conn_, name.c_str(), Rewrite(sql).c_str(), static_cast<int>(params), nullptr);
    bool ok = pq_->resultStatus(res) == PGRES_COMMAND_OK;
    std::string message = ok ? "" : Trim(pq_->resultErrorMessage(res));
    pq_->clear(res);
    if (!ok) return Status::IoError(describe_ + ": " + message + " (in: " + std::string(sql.substr(0, 80)) + ")");
    return prepared_.emplace(std::string(sql), name).first->second;
  }

  // `?` placeholders outside quotes become $1, $2 ...
  const std::string& Rewrite(std::string_view sql) {
    auto it = rewritten_.find(std::string(sql));
    if (it != rewritten_.end()) return it->second;
    std::string out;
    int n = 0;
    char quote = 0;
    for (char c : sql) {
      if (quote) {
        if (c == quote) quote = 0;
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '?') {
        out += "$" + std::to_string(++n);
        continue;
      }
      out.push_back(c);
    }
    return rewritten_.emplace(std::string(sql), std::move(out)).first->second;
  }

  const LibPq* pq_;
  PGconn* conn_;
  std::string describe_;
  std::unordered_map<std::string, std::string> rewritten_;
  std::unordered_map<std::string, std::string> prepared_;
  int generation_ = 0;
};

}  // namespace

bool Database::IsPostgresUrl(std::string_view target) {
  return target.starts_with("postgresql://") || target.starts_with("postgres://");
}

Result<std::unique_ptr<Database>> Database::Open(const std::string& target, Access access) {
  if (target.empty()) return Status::InvalidArgument("no store given (--db PATH or postgresql://...)");
  if (IsPostgresUrl(target)) return Postgres::Open(target, access);
  return Sqlite::Open(target, access);
}

}  // namespace sitrep::store
