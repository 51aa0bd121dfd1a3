// One SQL interface over SQLite and PostgreSQL, so that the store runs the same statements on both.
// Statements use `?` placeholders (rewritten to $1, $2 ... for PostgreSQL) and the SQL both
// dialects share: INSERT ... ON CONFLICT, RETURNING, CREATE ... IF NOT EXISTS. The one difference
// the schema needs is the auto-increment key, written `{id}` in DDL.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "sitrep/status.h"

namespace sitrep::store {

// A bound parameter or a column value: NULL, an integer, a real or text.
using Value = std::variant<std::monostate, int64_t, double, std::string>;

// A row of a result. PostgreSQL returns text, which the accessors convert.
class Row {
 public:
  explicit Row(std::vector<Value> values) : values_(std::move(values)) {}
  bool IsNull(size_t i) const { return std::holds_alternative<std::monostate>(values_[i]); }
  int64_t Int(size_t i) const;
  double Real(size_t i) const;
  std::string Text(size_t i) const;
  size_t size() const { return values_.size(); }

 private:
  std::vector<Value> values_;
};

// Readers open a store read-only: they create nothing, change nothing and need no write access.
enum class Access { kReadWrite, kReadOnly };

class Database {
 public:
  // `target` is a file path (SQLite; created if missing when writing, NotFound when reading) or a
  // postgresql:// or postgres:// URL.
  static Result<std::unique_ptr<Database>> Open(const std::string& target, Access access = Access::kReadWrite);
  static bool IsPostgresUrl(std::string_view target);
  virtual ~Database() = default;

  virtual Status Execute(std::string_view sql, const std::vector<Value>& params = {}) = 0;
  virtual Status Query(std::string_view sql, const std::vector<Value>& params,
                       const std::function<void(const Row&)>& row) = 0;
  // Several DDL statements separated by semicolons, with `{id}` for an auto-increment key.
  virtual Status Script(std::string_view ddl) = 0;

  // A write transaction that excludes every other writer, in this process or another, until it
  // commits or rolls back: readers go on. What a writer reads inside it stays true until it ends.
  virtual Status BeginWrite() = 0;
  virtual Status Commit() = 0;
  virtual Status Rollback() = 0;

  virtual const char* Dialect() const = 0;  // "sqlite" or "postgresql"
  virtual std::string Describe() const = 0; // the file, or the URL without its password

  // The first column of the first row, or NULL.
  Result<Value> QueryValue(std::string_view sql, const std::vector<Value>& params = {});
};

// Commits on Commit(), rolls back when it goes out of scope otherwise.
class WriteTransaction {
 public:
  explicit WriteTransaction(Database& db) : db_(db) {}
  ~WriteTransaction() {
    if (open_) (void)db_.Rollback();
  }
  Status Begin() {
    Status s = db_.BeginWrite();
    open_ = s.ok();
    return s;
  }
  Status Commit() {
    open_ = false;
    return db_.Commit();
  }

 private:
  Database& db_;
  bool open_ = false;
};

}  // namespace sitrep::store
