// Errors a user can cause, as values: Status (success or an Error) and Result<T>
// (a T or an Error). Third-party exceptions are caught in the file that calls the
// library and turned into one of these; only app/ and the HTTP layer print them.
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace lanyard::core {

enum class ErrorCode {
  invalid_input,  // a file or request a user can fix (bad YAML, bad date, bad option)
  not_found,      // a missing file, document or index
  io_error,       // reading or writing failed (disk, permissions, corrupt index)
  locked,         // the index is held by another writer
  internal,       // a bug in Lanyard: should never reach a user
};

struct Error {
  ErrorCode code = ErrorCode::internal;
  std::string message;  // a sentence a person can act on, without a trailing period
  // A short, stable category for counting ("invalid YAML front matter", "not
  // UTF-8"); the indexer's report groups skipped files by it. Empty: use code.
  std::string reason;
  // The 1-based line of the input the error is about (a file's front matter),
  // 0 when it is not about one line. Messages name it too ("line 7: ...").
  int line = 0;
  // What exactly is wrong, without the line and the reason ("illegal map
  // value"); empty when the reason says it all. Set by the front-matter
  // parsers, whose message is "line N: reason" and ": detail" when there is one.
  std::string detail = {};
};

// Prefix the message with where it happened: with_context(e, "_events/x.md")
// gives "_events/x.md: line 3: ...".
inline Error with_context(Error error, const std::string& where) {
  error.message = where + ": " + error.message;
  return error;
}

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}      // NOLINT: implicit by design
  Result(Error error) : v_(std::move(error)) {}  // NOLINT: implicit by design
  Result(ErrorCode code, std::string message, std::string reason = {})
      : v_(Error{code, std::move(message), std::move(reason)}) {}

  bool ok() const { return std::holds_alternative<T>(v_); }
  explicit operator bool() const { return ok(); }

  T& value() & {
    assert(ok());
    return std::get<T>(v_);
  }
  const T& value() const& {
    assert(ok());
    return std::get<T>(v_);
  }
  T&& value() && {
    assert(ok());
    return std::get<T>(std::move(v_));
  }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T&& operator*() && { return std::move(*this).value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  const Error& error() const {
    assert(!ok());
    return std::get<Error>(v_);
  }

 private:
  std::variant<T, Error> v_;
};

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(Error error) : error_(std::move(error)), ok_(false) {}  // NOLINT
  Status(ErrorCode code, std::string message, std::string reason = {})
      : error_{code, std::move(message), std::move(reason)}, ok_(false) {}

  bool ok() const { return ok_; }
  explicit operator bool() const { return ok_; }
  const Error& error() const {
    assert(!ok_);
    return error_;
  }

 private:
  Error error_;
  bool ok_ = true;
};

}  // namespace lanyard::core
