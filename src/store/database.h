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

  // A write transaction, until it commits or rolls back; readers go on. An exclusive one excludes
  // every other writer, in this process or another (schema changes). A shared one excludes the
  // exclusive ones and, through LockKeys, the writers about to change the same things (ingest).
  // SQLite has a single writer: every write transaction is exclusive there. What a writer reads
  // under its locks stays true until it ends.
  enum class WriteMode { kExclusive, kShared };
  virtual Status BeginWrite(WriteMode mode) = 0;
  // Locks keys for the rest of the transaction: shared writers that lock one of the same keys wait
  // for each other. A writer locks each tier of keys in one call, tiers in a fixed order: keys are
  // taken in ascending order, so no two writers ever wait for each other in a circle. (Nothing on
  // SQLite, whose writers are exclusive.)
  virtual Status LockKeys(std::vector<int64_t> keys) = 0;
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
  explicit WriteTransaction(Database& db, Database::WriteMode mode = Database::WriteMode::kExclusive)
      : db_(db), mode_(mode) {}
  ~WriteTransaction() {
    if (open_) (void)db_.Rollback();
  }
  Status Begin() {
    Status s = db_.BeginWrite(mode_);
    open_ = s.ok();
    return s;
  }
  Status Commit() {
    open_ = false;
    return db_.Commit();
  }

 private:
  Database& db_;
  Database::WriteMode mode_;
  bool open_ = false;
};

}  // namespace sitrep::store
