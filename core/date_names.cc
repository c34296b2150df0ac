// The words of dates in the languages conference sites are written in:
// English, Spanish, French, German, Portuguese, Italian and Dutch month and
// weekday names, their usual abbreviations, and the small words between the
// parts of a date ("3 de octubre de 2024", "du 3 au 5 octobre", "3. bis 5.
// Oktober"). Japanese and Chinese dates are written with 年月日 and need no names.
#include <array>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "core/date_text.h"

namespace lanyard::core::date_text {

namespace {

struct MonthName {
  std::string_view name;  // lowercase; UTF-8 for accented letters
  int month;
  bool english;  // an English word: capitalised in prose ("you may join")
};

// Abbreviations that are also common words are left out: Spanish/Italian
// "ago" (English), Portuguese "set" and "out", Italian "gen" and "mag".
constexpr auto kMonthNames = std::to_array<MonthName>({
    {"january", 1, true},
    {"february", 2, true},
    {"march", 3, true},
    {"april", 4, true},
    {"may", 5, true},
    {"june", 6, true},
    {"july", 7, true},
    {"august", 8, true},
    {"september", 9, true},
    {"october", 10, true},
    {"november", 11, true},
    {"december", 12, true},
    {"jan", 1, true},
    {"feb", 2, true},
    {"mar", 3, true},
    {"apr", 4, true},
    {"jun", 6, true},
    {"jul", 7, true},
    {"aug", 8, true},
    {"sep", 9, true},
    {"sept", 9, true},
    {"oct", 10, true},
    {"nov", 11, true},
    {"dec", 12, true},
    // Spanish
    {"enero", 1, false},
    {"febrero", 2, false},
    {"marzo", 3, false},
    {"abril", 4, false},
    {"mayo", 5, false},
    {"junio", 6, false},
    {"julio", 7, false},
    {"agosto", 8, false},
    {"septiembre", 9, false},
    {"setiembre", 9, false},
    {"octubre", 10, false},
    {"noviembre", 11, false},
    {"diciembre", 12, false},
    {"ene", 1, false},
    {"abr", 4, false},
    {"dic", 12, false},
    // French
    {"janvier", 1, false},
    {"f\xC3\xA9vrier", 2, false},
    {"fevrier", 2, false},
    {"mars", 3, false},
    {"avril", 4, false},
    {"mai", 5, false},
    {"juin", 6, false},
    {"juillet", 7, false},
    {"ao\xC3\xBBt", 8, false},
    {"aout", 8, false},
    {"septembre", 9, false},
    {"octobre", 10, false},
    {"novembre", 11, false},
    {"d\xC3\xA9"
     "cembre",
     12, false},
    {"decembre", 12, false},
    {"janv", 1, false},
    {"f\xC3\xA9vr", 2, false},
    {"fevr", 2, false},
    {"avr", 4, false},
    {"juil", 7, false},
    {"d\xC3\xA9"
     "c",
     12, false},
    // German
    {"januar", 1, false},
    {"j\xC3\xA4nner", 1, false},
    {"februar", 2, false},
    {"m\xC3\xA4rz", 3, false},
    {"maerz", 3, false},
    {"juni", 6, false},
    {"juli", 7, false},
    {"oktober", 10, false},
    {"dezember", 12, false},
    {"m\xC3\xA4r", 3, false},
    {"okt", 10, false},
    {"dez", 12, false},
    // Portuguese
    {"janeiro", 1, false},
    {"fevereiro", 2, false},
    {"mar\xC3\xA7o", 3, false},
    {"marco", 3, false},
    {"maio", 5, false},
    {"junho", 6, false},
    {"julho", 7, false},
    {"setembro", 9, false},
    {"outubro", 10, false},
    {"novembro", 11, false},
    {"dezembro", 12, false},
    {"fev", 2, false},
    // Italian
    {"gennaio", 1, false},
    {"febbraio", 2, false},
    {"aprile", 4, false},
    {"maggio", 5, false},
    {"giugno", 6, false},
    {"luglio", 7, false},
    {"settembre", 9, false},
    {"ottobre", 10, false},
    {"dicembre", 12, false},
    {"giu", 6, false},
    {"lug", 7, false},
    {"ott", 10, false},
    // Polish (nominative and the genitive dates use: "11 kwietnia 2020")
    {"stycznia", 1, false},
    {"lutego", 2, false},
    {"marca", 3, false},
    {"kwietnia", 4, false},
    {"maja", 5, false},
    {"czerwca", 6, false},
    {"lipca", 7, false},
    {"sierpnia", 8, false},
    {"wrze\xC5\x9Bnia", 9, false},
    {"pa\xC5\xBA"
     "dziernika",
     10, false},
    {"listopada", 11, false},
    {"grudnia", 12, false},
    {"stycze\xC5\x84", 1, false},
    {"luty", 2, false},
    {"marzec", 3, false},
    {"kwiecie\xC5\x84", 4, false},
    {"czerwiec", 6, false},
    {"lipiec", 7, false},
    {"sierpie\xC5\x84", 8, false},
    {"wrzesie\xC5\x84", 9, false},
    {"pa\xC5\xBA"
     "dziernik",
     10, false},
    {"listopad", 11, false},
    {"grudzie\xC5\x84", 12, false},
    // Swedish, Norwegian, Danish (those not spelled as above)
    {"augusti", 8, false},
    {"maj", 5, false},
    // Czech (genitive, as dates use it: "10.-12. srpna 2020")
    {"ledna", 1, false},
    {"\xC3\xBAnora", 2, false},
    {"b\xC5\x99"
     "ezna",
     3, false},
    {"dubna", 4, false},
    {"kv\xC4\x9Btna", 5, false},
    {"\xC4\x8D"
     "ervna",
     6, false},
    {"\xC4\x8D"
     "ervence",
     7, false},
    {"srpna", 8, false},
    {"z\xC3\xA1\xC5\x99\xC3\xAD", 9, false},
    {"\xC5\x99\xC3\xADjna", 10, false},
    {"listopadu", 11, false},
    {"prosince", 12, false},
    // Dutch
    {"januari", 1, false},
    {"februari", 2, false},
    {"maart", 3, false},
    {"mei", 5, false},
    {"augustus", 8, false},
});

constexpr auto kWeekdayNames = std::to_array<std::string_view>({
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
    // es
    "lunes",
    "martes",
    "mi\xC3\xA9rcoles",
    "miercoles",
    "jueves",
    "viernes",
    "s\xC3\xA1"
    "bado",
    "sabado",
    "domingo",
    // fr
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    // de
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonnabend",
    "sonntag",
    // pt
    "segunda",
    "ter\xC3\xA7"
    "a",
    "terca",
    "quarta",
    "quinta",
    "sexta",
    // it
    "luned\xC3\xAC",
    "marted\xC3\xAC",
    "mercoled\xC3\xAC",
    "gioved\xC3\xAC",
    "venerd\xC3\xAC",
    "sabato",
    "domenica",
    // pl
    "poniedzia\xC5\x82"
    "ek",
    "wtorek",
    "\xC5\x9Broda",
    "czwartek",
    "pi\xC4\x85tek",
    "sobota",
    "niedziela",
    // nl
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
});

// Lowercase an ASCII-or-UTF-8 word's ASCII letters and the Latin-1 capitals
// with accents (two-byte sequences C3 80..9E -> C3 A0..BE), enough for the names above.
bool equals_name(std::string_view word, std::string_view name) {
  if (word.size() != name.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(word[i]);
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
    if (i > 0 && static_cast<unsigned char>(word[i - 1]) == 0xC3 && c >= 0x80 && c <= 0x9E)
      c += 0x20;
    if (c != static_cast<unsigned char>(name[i])) return false;
  }
  return true;
}

// The word lowercased as equals_name compares it; "" when it is longer than
// any name (no allocation: names fit the string's small buffer).
std::string folded(std::string_view word) {
  if (word.size() > 14) return {};
  std::string out(word);
  for (std::size_t i = 0; i < out.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(out[i]);
    if (c >= 'A' && c <= 'Z') out[i] = static_cast<char>(c - 'A' + 'a');
    if (i > 0 && static_cast<unsigned char>(out[i - 1]) == 0xC3 && c >= 0x80 && c <= 0x9E) {
      out[i] = static_cast<char>(c + 0x20);
    }
  }
  return out;
}

// find_dates asks about every word of a corpus: lookups by hash, built once.
const std::unordered_map<std::string, MonthWord>& month_index() {
  static const std::unordered_map<std::string, MonthWord> index = [] {
    std::unordered_map<std::string, MonthWord> out;
    for (const MonthName& m : kMonthNames) {
      bool abbreviated = m.name.size() <= 4 && m.name != "june" && m.name != "july" &&
                         m.name != "mars" && m.name != "mai" && m.name != "juin" &&
                         m.name != "mayo" && m.name != "maio" && m.name != "juni" &&
                         m.name != "juli" && m.name != "mei" && m.name != "may" && m.name != "maj";
      out.emplace(std::string(m.name), MonthWord{m.month, m.english, abbreviated});
    }
    return out;
  }();
  return index;
}

const std::unordered_set<std::string>& weekday_index() {
  static const std::unordered_set<std::string> index = [] {
    std::unordered_set<std::string> out;
    for (std::string_view w : kWeekdayNames) out.emplace(w);
    return out;
  }();
  return index;
}

}  // namespace

std::optional<MonthWord> month_word(std::string_view word) {
  if (word.size() < 3) return std::nullopt;
  const auto& index = month_index();
  auto it = index.find(folded(word));
  if (it == index.end()) return std::nullopt;
  return it->second;
}

bool weekday_word(std::string_view word) {
  return word.size() >= 3 && weekday_index().count(folded(word)) > 0;
}

bool day_joiner_word(std::string_view word) {
  for (std::string_view w : {"and", "y", "et", "e", "und", "en"}) {
    if (equals_name(word, w)) return true;
  }
  return false;
}

bool range_word(std::string_view word) {
  for (std::string_view w :
       {"to", "through", "thru", "until", "till", "al", "au", "bis", "a", "tot", "\xE8\x87\xB3"}) {
    if (equals_name(word, w)) return true;
  }
  return false;
}

bool of_word(std::string_view word) {
  for (std::string_view w : {"of", "de", "del"}) {
    if (equals_name(word, w)) return true;
  }
  return false;
}

bool is_weekday_or_comma(const Token& token) {
  if (token.kind == TokenKind::punct) return token.symbol == ',' || token.symbol == '.';
  return token.kind == TokenKind::word && weekday_word(token.text);
}

}  // namespace lanyard::core::date_text
