// How people attend: the words that say online, in person or both. Prose is
// full of "virtual environments" and "online docs", so single words count only
// in location values and rooms; in sentences it takes a phrase that speaks of
// attending or of an event ("held online", "virtual hackathon").
#include <initializer_list>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/text.h"
#include "indexer/facets/text.h"

namespace lanyard::indexer::facets_text {

namespace {

bool has_any(std::string_view lower, std::initializer_list<std::string_view> words) {
  for (auto w : words) {
    if (has_word(lower, w)) return true;
  }
  return false;
}

// "held 10-12 June 2025 online" -> "held online": a sentence's dates are cut out
// before its phrases are read.
std::string lower_without_dates(std::string_view text) {
  std::string lower = core::collapse_spaces(core::ascii_lower(cut_dates(text)));
  // "on-line" is "online" in every phrase below ("reunião on-line", "an on-line event").
  for (auto p = lower.find("on-line"); p != std::string::npos; p = lower.find("on-line", p))
    lower.erase(p + 2, 1);
  return lower;
}

// Every phrase below holds one of these: a sentence without any is not read
// further (most sentences; cutting their dates out is the expensive part).
bool may_speak_of_attendance(std::string_view text) {
  static constexpr std::string_view kStems[] = {
      "nline",
      "NLINE",
      "irtual",
      "emote",
      "on-line",
      "Zoom",
      "zoom",
      "itsi",
      "tream",
      "ebinar",
      "ybrid",
      "ligne",
      "l\xC3\xADnea",
      "ebex",
      "outube",
      "ouTube",
      "inkedin",
      "inkedIn",
      "meet.google",
      "Meet",
      "watch",
      "Watch",
      "eleconferenc",
      "ideoconferenc",
      "ideo conferenc",
      "isioconf",
      "ial-in",
      "ial in",
      "Teams",
      "\xE3\x82\xAA\xE3\x83\xB3\xE3\x83\xA9\xE3\x82\xA4\xE3\x83\xB3",
      "\xE7\xBA\xBF\xE4\xB8\x8A",
      "\xE3\x83\x8F\xE3\x82\xA4",
      "\xE7\x9B\xB4\xE6\x92\xAD",
      "\xE9\x85\x8D\xE4\xBF\xA1",
      "\xE7\xB7\x9A\xE4\xB8\x8A"};
  for (auto stem : kStems) {
    if (text.find(stem) != std::string_view::npos) return true;
  }
  return false;
}

// "going online", "moved virtual", ...: verb x how, made once.
const std::vector<std::string>& moved_online_phrases() {
  static const std::vector<std::string> phrases = [] {
    std::vector<std::string> out;
    for (std::string_view verb : {"going", "go", "goes", "gone", "went", "moved", "moving", "move",
                                  "switched", "switching", "became", "becomes", "turned", "be held",
                                  "will be", "is now", "will happen", "happens", "happening"}) {
      for (std::string_view how :
           {"online", "virtual", "virtually", "remote", "the online", "an online", "a virtual",
            "fully online", "fully virtual", "entirely online", "100% online"}) {
        out.push_back(std::string(verb) + " " + std::string(how));
      }
    }
    return out;
  }();
  return phrases;
}

}  // namespace

bool online_value(std::string_view value) {
  std::string lower = core::ascii_lower(value);
  if (has_any(lower, {"online",
                      "virtual",
                      "virtually",
                      "livestream",
                      "zoom",
                      "remote",
                      "jitsi",
                      "webex",
                      "google meet",
                      "hopin",
                      "bigmarker",
                      "twitch",
                      "gather.town",
                      "webinar",
                      "en ligne",
                      "en l\xC3\xADnea",
                      "virtuell",
                      "virtuale",
                      "virtuel",
                      "distanciel",
                      "\xE3\x82\xAA\xE3\x83\xB3\xE3\x83\xA9\xE3\x82\xA4\xE3\x83\xB3",  // オンライン
                      "\xE7\xBA\xBF\xE4\xB8\x8A"})) {                                  // 线上
    return true;
  }
  return lower.find("jitsi") != std::string::npos || lower.find("zoom.us") != std::string::npos ||
         lower.find("meet.google") != std::string::npos;
}

bool online_only_statement(std::string_view text) {
  if (!may_speak_of_attendance(text)) return false;
  std::string lower = lower_without_dates(text);
  // "we're once again going online", "the event moved online", "became the online KubeFest".
  for (const auto& phrase : moved_online_phrases()) {
    if (has_word(lower, phrase)) return true;
  }
  return has_any(lower, {"as an online",
                         "as the online",
                         "as a virtual",
                         "as the virtual",
                         "as a remote",
                         "\xE3\x82\xAA\xE3\x83\xB3\xE3\x83\xA9\xE3\x82\xA4\xE3\x83\xB3\xE9\x96\x8B"
                         "\xE5\x82\xAC",  // オンライン開催
                         "\xE3\x82\xAA\xE3\x83\xB3\xE3\x83\xA9\xE3\x82\xA4\xE3\x83\xB3\xE3\x82\xA4"
                         "\xE3\x83\x99\xE3\x83\xB3\xE3\x83\x88",  // オンラインイベント
                         "\xE7\xBA\xBF\xE4\xB8\x8A\xE4\xB8\xBE\xE5\x8A\x9E",  // 线上举办
                         "online venue",
                         "virtual venue",
                         "100% online",
                         "100% virtual",
                         "fully online",
                         "fully virtual",
                         "entirely online",
                         "online only",
                         "online-only event",
                         "virtual-only",
                         "only online",
                         "solo online",
                         "solo en l\xC3\xADnea",
                         "uniquement en ligne",
                         "enti\xC3\xA8rement en ligne",
                         "nur online",
                         "komplett online",
                         "somente online",
                         "apenas online",
                         "totalmente online",
                         "interamente online",
                         "solo online"});
}

// Word tables, packed by hand.
// clang-format off
bool online_statement(std::string_view text) {
  if (!may_speak_of_attendance(text)) return false;
  if (online_only_statement(text)) return true;
  std::string lower = lower_without_dates(text);
  for (std::string_view verb : {"held", "took place", "take place", "takes place", "taking place"}) {
    for (std::string_view how : {"online", "virtually", "remotely"}) {
      if (has_word(lower, std::string(verb) + " " + std::string(how))) return true;
    }
  }
  // "the final Zoom URL", "join via Jitsi", "on-line meeting".
  // An online meeting's link or room: "the Google Meet URL", "a Zoom meeting".
  if (lower.find("meet.google.com") != std::string::npos || lower.find("zoom.us/j") != std::string::npos ||
      lower.find("teams.microsoft.com") != std::string::npos) {
    return true;
  }
  // "online" beside a conference word in another language: "konferencja online", "Online-Konferenz".
  for (std::string_view noun : {"konferencja", "konferencji", "konferenz", "konferenzen", "conf\xC3\xA9rence",
                                "conferencia", "confer\xC3\xAAncia", "conferenza", "evento", "eventos",
                                "\xC3\xA9v\xC3\xA9nement", "veranstaltung", "spotkanie", "treffen", "encuentro",
                                "rencontre", "incontro", "webinar", "meetup", "bijeenkomst"}) {
    for (const std::string& phrase : {std::string(noun) + " online", "online " + std::string(noun),
                                      "online-" + std::string(noun)}) {
      if (has_word(lower, phrase)) return true;
    }
  }
  // ハイブリッド (hybrid), 直播 (live stream), 配信 (streaming), 線上 (online, Taiwan)
  for (std::string_view w : {"\xE3\x83\x8F\xE3\x82\xA4\xE3\x83\x96\xE3\x83\xAA\xE3\x83\x83\xE3\x83\x89",
                             "\xE7\x9B\xB4\xE6\x92\xAD", "\xE9\x85\x8D\xE4\xBF\xA1", "\xE7\xB7\x9A\xE4\xB8\x8A"}) {
    if (lower.find(w) != std::string::npos) return true;
  }
  if (has_any(lower, {"teleconference", "teleconferencing", "videoconferencing", "video conferencing",
                      "through zoom", "zoom meeting", "zoom meetings", "zoom call", "google meet", "microsoft teams",
                      "teams meeting", "videoconference", "video conference", "visioconf\xC3\xA9rence",
                      "videoconferencia", "videokonferenz", "join remotely", "attend remotely",
                      "participate remotely", "dial in", "dial-in",
                      "zoom url", "zoom link", "via zoom", "on zoom", "over zoom", "jitsi link", "via jitsi",
                      "on jitsi", "reuni\xC3\xA3o online", "encontro online", "evento online", "evento virtual",
                      "\xC3\xA9v\xC3\xA9nement en ligne", "rencontre en ligne", "webinaire", "webinario"})) {
    return true;
  }
  for (std::string_view adjective : {"virtual", "online", "remote"}) {
    for (std::string_view noun : {"conference", "edition"}) {
      if (has_word(lower, std::string(adjective) + " " + std::string(noun))) return true;
    }
  }
  return false;
}
// clang-format on

bool online_phrase(std::string_view text) {
  if (!may_speak_of_attendance(text)) return false;
  if (online_statement(text)) return true;
  std::string lower = lower_without_dates(text);
  // "an in-person or an online ticket", "and virtually on our conference Slack".
  if (has_any(lower,
              {"online ticket", "online tickets", "online-only ticket", "online-only tickets",
               "virtual ticket", "virtual tickets", "and virtually", "or virtually",
               "in-person or online", "in person or online", "in-person or virtual"})) {
    return true;
  }
  if (has_any(lower, {"virtual option",
                      "in-person and virtual",
                      "in person and virtual",
                      "in-person and online",
                      "in person and online",
                      "virtual and in-person",
                      "online and in-person",
                      "hybrid event",
                      "hybrid format",
                      "join virtually",
                      "attend virtually",
                      "join online",
                      "attend online",
                      "join us online",
                      "watch online",
                      "tune in online",
                      "tuning in online",
                      "watch live",
                      "watch on youtube",
                      "watch on linkedin",
                      "livestream",
                      "livestreamed",
                      "live stream",
                      "live-streamed",
                      "webinar",
                      "online-only",
                      "online only"})) {
    return true;
  }
  // "the virtual part of the conference", "online access", "a virtual pass".
  for (std::string_view adjective : {"virtual", "online", "remote"}) {
    for (std::string_view noun : {"part", "component", "track", "access", "attendance",
                                  "participation", "pass", "passes", "option", "stage"}) {
      if (has_word(lower, std::string(adjective) + " " + std::string(noun))) return true;
    }
  }
  // "in Barcelona and online", "à Paris et en ligne".
  for (std::string_view both : {"and online", "and virtually", "or online", "et en ligne",
                                "y en l\xC3\xADnea", "und online", "e online"}) {
    for (auto p = lower.find(both); p != std::string::npos; p = lower.find(both, p + 1)) {
      std::string before = " " + lower.substr(p > 48 ? p - 48 : 0, p > 48 ? 48 : p);
      for (std::string_view at : {" in ", " \xC3\xA0 ", " en ", " a ", " person "}) {
        if (before.find(at) != std::string::npos) return true;
      }
    }
  }
  // "virtual hackathon", "online edition", "remote conference", "online talks".
  for (std::string_view adjective : {"virtual", "online", "remote"}) {
    for (std::string_view noun :
         {"event", "conference", "edition", "hackathon", "docathon", "meetup", "summit", "workshop",
          "sprint", "talks", "co-writing"}) {
      if (has_word(lower, std::string(adjective) + " " + std::string(noun))) return true;
    }
  }
  return false;
}

bool stream_link(std::string_view text) {
  if (!may_speak_of_attendance(text)) return false;
  std::string lower = lower_without_dates(text);
  return has_any(lower, {"watch on youtube", "watch on linkedin", "watch live", "watch online"});
}

bool in_person_phrase(std::string_view text) {
  std::string lower = core::ascii_lower(text);
  if (has_any(lower, {"in-person", "in person", "on-site", "on site", "vor ort", "presencial",
                      "pr\xC3\xA9sentiel", "presenziale", "in presenza"})) {
    return true;
  }
  // 线下 線下 (offline), 現地 (on site), 会場参加 (at the venue)
  for (std::string_view w :
       {"\xE7\xBA\xBF\xE4\xB8\x8B", "\xE7\xB7\x9A\xE4\xB8\x8B", "\xE7\x8F\xBE\xE5\x9C\xB0",
        "\xE4\xBC\x9A\xE5\xA0\xB4\xE5\x8F\x82\xE5\x8A\xA0"}) {
    if (lower.find(w) != std::string::npos) return true;
  }
  return false;
}

RoomKind room_kind(std::string_view room) {
  std::string lower = core::ascii_lower(core::trim(room));
  if (lower.empty()) return RoomKind::unknown;
  if (online_value(lower) || has_word(lower, "slack")) return RoomKind::online;
  // "Tutorial Track A" names a schedule column, "TBD" nothing yet.
  if (has_any(lower, {"track", "tbd", "tba", "to be announced", "to be determined"}))
    return RoomKind::unknown;
  return RoomKind::physical;
}

}  // namespace lanyard::indexer::facets_text
