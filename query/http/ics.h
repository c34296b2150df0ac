// Search hits as an RFC 5545 iCalendar feed (GET /api/events.ics). Pure text
// building, no I/O.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "query/result.h"

namespace lanyard::query::http {

struct IcsOptions {
  std::string base_url;                       // prefixed to URLs starting with "/"; "" leaves them
  std::chrono::system_clock::time_point now;  // DTSTAMP of every event
};

// One VCALENDAR with a VEVENT per hit that has a date: UID id@lanyard,
// DTSTAMP, DTSTART;VALUE=DATE, DTEND;VALUE=DATE (the day after end_date, or
// after date for one-day events: DTEND is exclusive), SUMMARY, LOCATION (the
// place label, when known), URL, DESCRIPTION (speakers and the start of the
// text). CRLF line endings, lines folded at 75 octets. Hits without a date
// are left out; *events (when given) gets how many went in.
std::string events_ics(const std::vector<Hit>& hits, const IcsOptions& options,
                       std::size_t* events = nullptr);

// A TEXT value escaped: backslash, ';', ',' and newlines (RFC 5545 3.3.11).
std::string ics_escape(std::string_view text);

// A content line folded to 75 octets per line (never inside a UTF-8
// sequence), continuation lines starting with a space, ending in CRLF.
std::string ics_line(std::string_view line);

}  // namespace lanyard::query::http
