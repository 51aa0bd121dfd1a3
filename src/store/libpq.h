// libpq, loaded when a PostgreSQL store is first opened rather than linked: libpq brings OpenSSL,
// Kerberos and LDAP, whose relocations and initialisers cost every run of sitrep a few
// milliseconds at start, though most runs never open a PostgreSQL store.
#pragma once

#include <libpq-fe.h>

#include "sitrep/status.h"

namespace sitrep::store {

// The libpq functions the store calls.
struct LibPq {
  decltype(&::PQconnectdb) connectdb;
  decltype(&::PQstatus) status;
  decltype(&::PQerrorMessage) errorMessage;
  decltype(&::PQfinish) finish;
  decltype(&::PQexecParams) execParams;
  decltype(&::PQprepare) prepare;
  decltype(&::PQexecPrepared) execPrepared;
  decltype(&::PQresultStatus) resultStatus;
  decltype(&::PQresultErrorMessage) resultErrorMessage;
  decltype(&::PQresultErrorField) resultErrorField;
  decltype(&::PQntuples) ntuples;
  decltype(&::PQnfields) nfields;
  decltype(&::PQgetisnull) getisnull;
  decltype(&::PQgetvalue) getvalue;
  decltype(&::PQgetlength) getlength;
  decltype(&::PQclear) clear;
};

// Loads libpq once per process; an error says which library or function is missing.
Result<const LibPq*> LoadLibPq();

}  // namespace sitrep::store
