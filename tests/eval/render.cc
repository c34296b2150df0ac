#include "tests/eval/render.h"

#include <array>
#include <cstdio>

#include "core/date.h"

namespace lanyard::eval {

namespace {

const std::array<const char*, 12> kMonths = {"January",   "February", "March",    "April",
                                             "May",       "June",     "July",     "August",
                                             "September", "October",  "November", "December"};

std::string month(int m, bool abbreviated) {
  std::string name = kMonths[static_cast<std::size_t>(m - 1)];
  return abbreviated ? name.substr(0, 3) : name;
}

std::string ordinal(int d) {
  const char* suffix = (d % 10 == 1 && d != 11)   ? "st"
                       : (d % 10 == 2 && d != 12) ? "nd"
                       : (d % 10 == 3 && d != 13) ? "rd"
                                                  : "th";
  return std::to_string(d) + suffix;
}

// "Jun 10 - 17, 2025", "Feb 25 - Mar 4, 2025", "Dec 30, 2024 - Jan 2, 2025", "Jun 10, 2025".
std::string american(const core::Date& a, const core::Date& b, bool abbreviated, const char* dash) {
  std::string s = month(a.month, abbreviated) + " " + std::to_string(a.day);
  if (a == b) return s + ", " + std::to_string(a.year);
  if (a.year != b.year) {
    return s + ", " + std::to_string(a.year) + dash + month(b.month, abbreviated) + " " +
           std::to_string(b.day) + ", " + std::to_string(b.year);
  }
  if (a.month != b.month)
    return s + dash + month(b.month, abbreviated) + " " + std::to_string(b.day) + ", " +
           std::to_string(b.year);
  return s + dash + std::to_string(b.day) + ", " + std::to_string(b.year);
}

// "10-17 June 2025", "10 June 2025", "30 December 2024 - 2 January 2025".
std::string european(const core::Date& a, const core::Date& b) {
  if (a == b)
    return std::to_string(a.day) + " " + month(a.month, false) + " " + std::to_string(a.year);
  if (a.year == b.year && a.month == b.month) {
    return std::to_string(a.day) + "-" + std::to_string(b.day) + " " + month(a.month, false) + " " +
           std::to_string(a.year);
  }
  return std::to_string(a.day) + " " + month(a.month, false) + " " + std::to_string(a.year) +
         " - " + std::to_string(b.day) + " " + month(b.month, false) + " " + std::to_string(b.year);
}

// "Dec 2nd, 2022", "June 4th - 20th, 2024".
std::string ordinals(const core::Date& a, const core::Date& b) {
  if (a == b) return month(a.month, true) + " " + ordinal(a.day) + ", " + std::to_string(a.year);
  if (a.year == b.year && a.month == b.month) {
    return month(a.month, false) + " " + ordinal(a.day) + " - " + ordinal(b.day) + ", " +
           std::to_string(a.year);
  }
  return american(a, b, false, " - ");
}

std::string place_text(const std::string& city, const std::string& country) {
  return country.empty() ? city : city + ", " + country;
}

}  // namespace

std::optional<RenderedPost> render_conference(const nlohmann::json& rec, std::size_t variant) {
  if (!rec.contains("name") || !rec["name"].is_string()) return std::nullopt;
  auto start = core::parse_date(rec.value("startDate", ""));
  if (!start) return std::nullopt;
  auto end = core::parse_date(rec.value("endDate", ""));
  if (!end || *end < *start) end = start;
  RenderedPost post;
  post.city = rec.value("city", "");
  post.country = rec.value("country", "");
  std::string name = rec["name"].get<std::string>();
  std::string title = nlohmann::json(name).dump();  // a JSON string is a valid YAML scalar
  std::string where = place_text(post.city, post.country);
  bool online_only = post.city.empty();
  std::string body;
  switch (variant % 6) {
    case 0:
      body = "**Location**: " + (online_only ? std::string("Online") : where) +
             "\n\n**Date**: " + american(*start, *end, true, " - ");
      break;
    case 1:
      body = "**Where:** " +
             (online_only ? std::string("Virtual")
                          : post.city + (post.country.empty() ? "" : " (" + post.country + ")")) +
             "\n\n**When:** " + american(*start, *end, false, "–");
      break;
    case 2:
      body = name + " will be held " + european(*start, *end) +
             (online_only ? std::string(" online") : " in " + where) +
             ". Talks, workshops and a hallway track.";
      break;
    case 3:
      body =
          "📍 " + (online_only ? std::string("Online") : where) + "\n\n📅 " + ordinals(*start, *end);
      break;
    case 4:
      body = "| | |\n|---|---|\n| Venue | " + (online_only ? std::string("Online") : where) +
             " |\n| Dates | " + american(*start, *end, true, " - ") + " |";
      break;
    default:
      body = "Join us " + (online_only ? std::string("online") : "in " + where) + " from " +
             american(*start, *end, false, "–") + " for " + name + ".";
      break;
  }
  post.markdown =
      "---\ntitle: " + title + "\ncategory: event\n---\n\n" + body + "\n\nMore details soon.\n";
  return post;
}

}  // namespace lanyard::eval
