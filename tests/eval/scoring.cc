#include "tests/eval/scoring.h"

#include <cmath>
#include <cstdio>

#include "core/text.h"

namespace lanyard::eval {

using nlohmann::json;

void Scores::merge(const Scores& o) {
  for (auto [a, b] : {std::pair{&place, &o.place},
                      {&country, &o.country},
                      {&place_invented, &o.place_invented},
                      {&start, &o.start},
                      {&end, &o.end},
                      {&date_invented, &o.date_invented},
                      {&online, &o.online},
                      {&topic_precision, &o.topic_precision},
                      {&topic_recall, &o.topic_recall}}) {
    a->total += b->total;
    a->right += b->right;
  }
}

std::string fold(std::string_view text) {
  std::string s = core::ascii_lower(text);
  std::string out;
  for (char c : s) {
    if (c == '&') {
      out += "and";
    } else if (std::isalnum(static_cast<unsigned char>(c)) ||
               static_cast<unsigned char>(c) >= 0x80) {
      out += c;
    }
  }
  if (out == "deploymentandmlops") out = "mlops";
  return out;
}

namespace {

bool same(const json& label, const std::string& got) {
  if (label.is_null()) return got.empty();
  return fold(label.get<std::string>()) == fold(got);
}

std::string text_of(const json& j) { return j.is_string() ? j.get<std::string>() : ""; }
std::string shown(const json& j) { return j.is_null() ? "-" : j.get<std::string>(); }

}  // namespace

json canonical_place(const json& label, const core::Gazetteer* gazetteer) {
  json out = label;
  if (!gazetteer || label["city"].is_null()) return out;
  std::string text = text_of(label["city"]);
  for (const char* key : {"region", "country"}) {
    if (!text_of(label[key]).empty()) text += ", " + text_of(label[key]);
  }
  auto m = gazetteer->resolve(text);
  if (!m || !m->place || m->place->city.empty() ||
      fold(m->place->country) != fold(text_of(label["country"]))) {
    // Only a resolution that keeps the label's country is a spelling variant.
    if (!(m && m->place && !m->place->city.empty() && text_of(label["country"]).empty()))
      return out;
  }
  out["city"] = m->place->city;
  out["country"] = m->place->country;
  return out;
}

void score_one(const json& label, const indexer::Record& r, Scores& s,
               const std::set<std::string>& vocabulary) {
  const auto& f = r.facets;
  std::string city = f.place ? f.place->city : "", country = f.place ? f.place->country : "";
  std::string why;
  if (!label["city"].is_null()) {
    bool ok = same(label["city"], city) && same(label["country"], country);
    s.place.add(ok);
    if (!ok) {
      why += " place=" + (f.place ? f.place->label() : "-") + " want " + shown(label["city"]) +
             ", " + shown(label["country"]);
    }
  }
  if (!label["country"].is_null()) {
    bool ok = same(label["country"], country);
    s.country.add(ok);
    if (!ok && label["city"].is_null()) {
      why += " country=" + (country.empty() ? "-" : country) + " want " + shown(label["country"]);
    }
  }
  if (label["city"].is_null() && label["country"].is_null()) {
    s.place_invented.add(!f.place);
    if (f.place) why += " invented place " + f.place->label();
  }
  std::string start = f.event_dates ? f.event_dates->start.iso() : "";
  std::string end = f.event_dates ? f.event_dates->end.iso() : "";
  if (!label["start"].is_null()) {
    bool ok = start == label["start"].get<std::string>();
    s.start.add(ok);
    if (!ok)
      why +=
          " start=" + (start.empty() ? "-" : start) + " want " + label["start"].get<std::string>();
  } else {
    s.date_invented.add(start.empty());
    if (!start.empty()) why += " invented date " + start;
  }
  if (!label["end"].is_null()) s.end.add(end == label["end"].get<std::string>());
  if (!label["online"].is_null()) {
    std::string got = indexer::attendance_name(f.attendance);
    bool ok = got == label["online"].get<std::string>();
    s.online.add(ok);
    if (!ok) why += " attendance=" + got + " want " + label["online"].get<std::string>();
  }
  if (!label["topics"].is_array()) {  // not judged (generated pages)
    if (!why.empty()) s.wrong.push_back(label["id"].get<std::string>() + ":" + why);
    return;
  }
  std::set<std::string> want, found, not_judged;
  for (const auto& t : label["topics"]) want.insert(fold(t.get<std::string>()));
  // Topics the labeller was not offered (a taxonomy that lacked them) are not scored.
  if (label.contains("topics_not_judged")) {
    for (const auto& t : label["topics_not_judged"]) not_judged.insert(fold(t.get<std::string>()));
  }
  for (const auto& t : f.topics) {
    found.insert(fold(t.name));
    // Every taxonomy topic counts, from tags as much as inferred: a `packages`
    // tag on a post that introduces a package is no "packaging" either.
    if (vocabulary.count(fold(t.name)) && !not_judged.count(fold(t.name))) {
      s.topic_precision.add(want.count(fold(t.name)) > 0);
      if (!want.count(fold(t.name))) why += " topic+" + t.name;
    }
  }
  for (const auto& t : want) s.topic_recall.add(found.count(t) > 0);
  if (!why.empty()) s.wrong.push_back(label["id"].get<std::string>() + ":" + why);
}

json scores_json(const Scores& s) {
  auto t = [](const Tally& x) {
    return json{{"right", x.right}, {"total", x.total}, {"pct", std::round(x.pct() * 10) / 10}};
  };
  return {{"place_city_country", t(s.place)},
          {"country", t(s.country)},
          {"no_invented_place", t(s.place_invented)},
          {"start_date", t(s.start)},
          {"end_date", t(s.end)},
          {"no_invented_date", t(s.date_invented)},
          {"online", t(s.online)},
          {"inferred_topic_precision", t(s.topic_precision)},
          {"topic_recall", t(s.topic_recall)}};
}

void print_table(const std::vector<std::pair<std::string, const Scores*>>& rows) {
  std::printf("%-24s %14s %14s %14s %14s %14s %14s %14s %14s\n", "corpus", "city+country",
              "country", "no inv. place", "start", "end", "no inv. date", "online", "topic prec.");
  auto cell = [](const Tally& t) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%5.1f%% %3d/%-3d", t.pct(), t.right, t.total);
    return std::string(buf);
  };
  for (const auto& [name, s] : rows) {
    std::printf("%-24s %14s %14s %14s %14s %14s %14s %14s %14s\n", name.c_str(),
                cell(s->place).c_str(), cell(s->country).c_str(), cell(s->place_invented).c_str(),
                cell(s->start).c_str(), cell(s->end).c_str(), cell(s->date_invented).c_str(),
                cell(s->online).c_str(), cell(s->topic_precision).c_str());
  }
}

}  // namespace lanyard::eval
