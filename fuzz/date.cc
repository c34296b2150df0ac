// libFuzzer target: every date parser of core/date.h on any text, with the
// promises checked: dates valid, ranges ordered, mentions inside the text.
#include "core/date.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string_view>

namespace {

using lanyard::core::Date;

void check(const Date& d) {
  if (!lanyard::core::is_valid_date(d.year, d.month, d.day)) std::abort();
  auto back = Date::from_yyyymmdd(d.yyyymmdd());
  if (!back || *back != d) std::abort();
}

void check(const lanyard::core::DateRange& r) {
  check(r.start);
  check(r.end);
  if (r.end < r.start) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (auto d = lanyard::core::parse_date(text)) check(*d);
  if (auto p = lanyard::core::parse_partial_date(text)) {
    if (p->month < 1 || p->month > 12 || p->day < 1 || p->day > 31) std::abort();
    if (p->year && !lanyard::core::is_valid_date(*p->year, p->month, p->day)) std::abort();
  }
  if (auto d = lanyard::core::date_from_filename(text)) check(*d);
  for (std::optional<int> year : {std::optional<int>{}, std::optional<int>{2025}}) {
    if (auto r = lanyard::core::parse_date_range(text, year)) check(*r);
    for (const auto& m : lanyard::core::find_dates(text, year)) {
      check(m.range);
      if (m.offset > text.size() || m.length > text.size() - m.offset) std::abort();
    }
  }
  return 0;
}
