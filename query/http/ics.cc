#include "query/http/ics.h"

#include <ctime>

#include "core/date.h"
#include "core/text.h"

namespace lanyard::query::http {

namespace {

constexpr std::size_t kFoldOctets = 75;
constexpr std::size_t kDescriptionBytes = 600;

// "2025-06-07" -> "20250607"; with add_day the day after. "" when not a date.
std::string ics_date(const std::string& iso, bool add_day) {
  auto d = core::parse_date(iso);
  if (!d) return "";
  std::tm tm{};
  tm.tm_year = d->year - 1900;
  tm.tm_mon = d->month - 1;
  tm.tm_mday = d->day + (add_day ? 1 : 0);
  tm.tm_hour = 12;
  timegm(&tm);  // normalises the 32nd of a month into the next month
  char out[16];
  std::strftime(out, sizeof out, "%Y%m%d", &tm);
  return out;
}

std::string utc_stamp(std::chrono::system_clock::time_point t) {
  std::time_t secs = std::chrono::system_clock::to_time_t(t);
  std::tm utc{};
  gmtime_r(&secs, &utc);
  char out[24];
  std::strftime(out, sizeof out, "%Y%m%dT%H%M%SZ", &utc);
  return out;
}

std::string place_label(const Hit& hit) {
  const auto& loc = hit.location;
  if (loc.is_object() && loc.contains("label") && loc["label"].is_string())
    return loc["label"].get<std::string>();
  return "";
}

std::string description(const Hit& hit) {
  std::string d;
  if (!hit.speakers.empty()) {
    d = "Speakers: ";
    for (std::size_t i = 0; i < hit.speakers.size(); ++i) d += (i ? ", " : "") + hit.speakers[i];
    d += "\n\n";
  }
  std::string_view cut = core::utf8_truncate(hit.text, kDescriptionBytes);
  d += cut;
  if (cut.size() < hit.text.size()) d += "…";
  return d;
}

void add_event(std::string& out, const Hit& hit, const IcsOptions& options,
               const std::string& stamp) {
  std::string end = hit.end_date.value_or(*hit.date);
  out += ics_line("BEGIN:VEVENT");
  out += ics_line("UID:" + ics_escape(hit.id) + "@lanyard");
  out += ics_line("DTSTAMP:" + stamp);
  out += ics_line("DTSTART;VALUE=DATE:" + ics_date(*hit.date, false));
  out += ics_line("DTEND;VALUE=DATE:" + ics_date(end < *hit.date ? *hit.date : end, true));
  out += ics_line("SUMMARY:" + ics_escape(hit.title));
  if (std::string place = place_label(hit); !place.empty())
    out += ics_line("LOCATION:" + ics_escape(place));
  if (!hit.url.empty()) {
    // URL is a URI value, not TEXT: no escaping, but no raw line breaks either.
    std::string url = hit.url.front() == '/' ? options.base_url + hit.url : hit.url;
    if (url.find_first_of("\r\n") == std::string::npos) out += ics_line("URL:" + url);
  }
  if (std::string d = description(hit); !d.empty()) out += ics_line("DESCRIPTION:" + ics_escape(d));
  out += ics_line("END:VEVENT");
}

}  // namespace

std::string ics_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\\' || c == ';' || c == ',') {
      out += '\\';
      out += c;
    } else if (c == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
      out += "\\n";
    } else if (c == '\n') {
      out += "\\n";
    } else if (static_cast<unsigned char>(c) < 0x20 && c != '\t') {
      continue;  // other controls are not allowed in TEXT
    } else {
      out += c;
    }
  }
  return out;
}

std::string ics_line(std::string_view line) {
  std::string out;
  std::size_t room = kFoldOctets;
  while (line.size() > room) {
    std::size_t cut = core::utf8_truncate(line, room).size();
    if (cut == 0) cut = room;  // not UTF-8: fold anyway
    out.append(line.substr(0, cut));
    out += "\r\n ";
    line.remove_prefix(cut);
    room = kFoldOctets - 1;  // the leading space counts
  }
  out.append(line);
  out += "\r\n";
  return out;
}

std::string events_ics(const std::vector<Hit>& hits, const IcsOptions& options,
                       std::size_t* events) {
  std::string out;
  out += ics_line("BEGIN:VCALENDAR");
  out += ics_line("VERSION:2.0");
  out += ics_line("PRODID:-//Lanyard//Lanyard 0.1//EN");
  out += ics_line("CALSCALE:GREGORIAN");
  out += ics_line("METHOD:PUBLISH");
  out += ics_line("X-WR-CALNAME:Lanyard events");
  std::string stamp = utc_stamp(options.now);
  std::size_t n = 0;
  for (const auto& hit : hits) {
    if (!hit.date || ics_date(*hit.date, false).empty()) continue;
    add_event(out, hit, options, stamp);
    ++n;
  }
  out += ics_line("END:VCALENDAR");
  if (events) *events = n;
  return out;
}

}  // namespace lanyard::query::http
