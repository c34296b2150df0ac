#include "query/shards.h"

#include <fstream>
#include <future>
#include <sstream>

#include "core/shards.h"

namespace lanyard::query {

namespace {

using core::Error;
using core::ErrorCode;
namespace fs = std::filesystem;

// "timeout=MS" / "connect_timeout=MS" after the port.
bool parse_remote_option(const std::string& word, ShardSpec& spec) {
  auto eq = word.find('=');
  if (eq == std::string::npos) return false;
  std::string key = word.substr(0, eq), value = word.substr(eq + 1);
  if (value.empty() || value.size() > 7 ||
      value.find_first_not_of("0123456789") != std::string::npos)
    return false;
  unsigned ms = static_cast<unsigned>(std::stoul(value));
  if (key == "timeout") {
    spec.timeout_ms = ms;
  } else if (key == "connect_timeout") {
    spec.connect_timeout_ms = ms;
  } else {
    return false;
  }
  return true;
}

// "HOST:PORT [options]" (HOST may be "[v6]").
bool parse_remote(const std::string& rest, const ShardOptions& options, ShardSpec& spec) {
  std::istringstream words(rest);
  std::string address;
  words >> address;
  auto colon = address.rfind(':');
  if (colon == std::string::npos || colon == 0) return false;
  std::string host = address.substr(0, colon), port = address.substr(colon + 1);
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']')
    host = host.substr(1, host.size() - 2);
  if (host.empty() || port.empty() || port.size() > 5 ||
      port.find_first_not_of("0123456789") != std::string::npos) {
    return false;
  }
  spec.remote = true;
  spec.name = address;
  spec.host = host;
  spec.port = static_cast<unsigned>(std::stoul(port));
  spec.timeout_ms = options.timeout_ms;
  spec.connect_timeout_ms = options.connect_timeout_ms;
  for (std::string word; words >> word;) {
    if (!parse_remote_option(word, spec)) return false;
  }
  return spec.port > 0 && spec.port <= 65535;
}

Xapian::Database open_one(const ShardSpec& s) {
  if (s.remote) return Xapian::Remote::open(s.host, s.port, s.timeout_ms, s.connect_timeout_ms);
  return Xapian::Database(s.path.string());
}

}  // namespace

core::Result<std::optional<std::vector<ShardSpec>>> read_stub(const fs::path& path,
                                                              const ShardOptions& options) {
  std::error_code ec;
  fs::path stub = path;
  if (fs::is_directory(path, ec)) {
    stub = path / core::shards::kStubFile;
    if (!fs::exists(stub, ec)) return std::optional<std::vector<ShardSpec>>();
  } else if (!fs::is_regular_file(path, ec)) {
    return std::optional<std::vector<ShardSpec>>();
  }
  std::ifstream in(stub, std::ios::binary);
  if (!in) return Error{ErrorCode::io_error, stub.string() + ": cannot read the stub", ""};
  // A single-file glass database starts with its magic, not text.
  if (in.peek() == 0x0f) return std::optional<std::vector<ShardSpec>>();
  std::vector<ShardSpec> specs;
  int number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    auto space = line.find(' ');
    std::string type = line.substr(0, space),
                rest = space == std::string::npos ? "" : line.substr(space + 1);
    ShardSpec spec;
    bool ok = false;
    if ((type == "auto" || type == "glass") && !rest.empty()) {
      spec.name = rest;
      spec.path = fs::path(rest).is_absolute() ? fs::path(rest) : stub.parent_path() / rest;
      ok = true;
    } else if (type == "remote") {
      ok = parse_remote(rest, options, spec);
    }
    if (!ok) {
      return Error{
          ErrorCode::invalid_input,
          stub.string() + ":" + std::to_string(number) +
              ": expected 'auto PATH' or 'remote HOST:PORT [timeout=MS] [connect_timeout=MS]'",
          ""};
    }
    specs.push_back(std::move(spec));
  }
  return std::optional<std::vector<ShardSpec>>(std::move(specs));
}

core::Result<OpenedShards> open_shards(const std::vector<ShardSpec>& shards, bool allow_partial) {
  // Every shard at once: a dead one costs its own timeout, not the sum.
  std::vector<std::future<Xapian::Database>> pending;
  pending.reserve(shards.size());
  for (const auto& s : shards)
    pending.push_back(std::async(std::launch::async, open_one, std::cref(s)));
  OpenedShards out;
  std::size_t opened = 0;
  for (std::size_t i = 0; i < shards.size(); ++i) {
    const ShardSpec& s = shards[i];
    try {
      out.db.add_database(pending[i].get());
      ++opened;
      out.remote = out.remote || s.remote;
    } catch (const Xapian::Error& e) {
      if (!s.remote || !allow_partial) {
        return Error{s.remote ? ErrorCode::io_error : ErrorCode::not_found,
                     "shard " + s.name + ": " + e.get_description(), ""};
      }
      out.missing.push_back(s.name);
    }
  }
  if (opened == 0) return Error{ErrorCode::io_error, "no shard of the index could be opened", ""};
  return out;
}

}  // namespace lanyard::query
