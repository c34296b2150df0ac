// Topics (indexer/topics.cc): tags normalised against the taxonomy, topics
// inferred from titles and bodies, user taxonomies.
#include "indexer/facets/topics.h"

#include <catch2/catch.hpp>
#include <optional>
#include <string>
#include <vector>

#include "indexer/config.h"
#include "indexer/facets/facets.h"
#include "indexer/front_matter.h"
#include "tests/indexer/facets_fixture.h"
#include "tests/test_util.h"

namespace lanyard::indexer {
namespace {

Record record_of(const std::string& collection, const std::string& id, const std::string& text,
                 const Config& config = {}) {
  return facet_fixture::record_of(collection, id, text, nullptr, config);
}

std::vector<std::string> names_of(const std::vector<Topic>& topics, const std::string& source) {
  std::vector<std::string> out;
  for (const auto& t : topics) {
    if (t.source == source) out.push_back(t.name);
  }
  return out;
}

TEST_CASE("facets: front-matter tags are normalised to one topic", "[facets]") {
  auto taxonomy = Taxonomy::builtin();
  struct Case {
    std::string tag;
    std::optional<std::string> topic;
  };
  const std::vector<Case> cases = {
      {"LLMs", "llms"},
      {"llm", "llms"},
      {"Large Language Models", "llms"},
      {"large-language-model", "llms"},
      {"GenAI", "llms"},
      {"Compilers", "compilers"},
      {"torch.compile", "compilers"},
      {"open-source", "open source"},
      {"Open Source", "open source"},
      {"CFP", "calls for proposals"},
      {"Call for Papers", "calls for proposals"},
      {"Django", "web frameworks"},
      {"a11y", "accessibility"},
      {"Diversity & Inclusion", "diversity and inclusion"},
      {"Notebook-Tools", "notebook tools"},  // not in the taxonomy: kept, normalised
      {"event", std::nullopt},               // pytorch.org's page kind
      {"test", std::nullopt},                // pytorch.org's template event
      {"break", std::nullopt},               // DjangoCon schedule category
      {"t0", std::nullopt},                  // DjangoCon track id
      {"", std::nullopt},
  };
  for (const auto& c : cases) {
    INFO(c.tag);
    CHECK(taxonomy->topic_for_tag(c.tag) == c.topic);
  }
}

TEST_CASE("facets: inferred topics need a title hit or three dense distinct body keywords",
          "[facets]") {
  struct Case {
    std::string what;
    std::string text;
    std::vector<std::string> inferred;  // exactly these, in order
  };
  const std::string filler =
      " We thank everyone who came along and made the day such a success for us all.";
  std::string long_body;
  for (int i = 0; i < 20; ++i) long_body += filler;
  const std::vector<Case> cases = {
      {"a title keyword",
       "---\ntitle: What's new in torch.compile\n---\nThings changed.\n",
       {"compilers"}},
      {"a title alias",
       "---\ntitle: Mobile apps with PyTorch\n---\nThings changed.\n",
       {"mobile and edge"}},
      {"a tag-only spelling in a title is no evidence",
       "---\ntitle: Script the web\n---\nThings changed.\n",
       {}},
      {"one stray body word is not enough",
       "---\ntitle: Our year\n---\nWe thank the compiler folks and had fun.\n",
       {}},
      {"two distinct body keywords are not enough",
       "---\ntitle: Our year\n---\nTorchInductor now emits Triton kernels.\n",
       {}},
      {"three distinct body keywords",
       "---\ntitle: Our year\n---\nTorchInductor now emits Triton kernels through MLIR.\n",
       {"compilers"}},
      {"three keywords lost in a long post are too sparse",
       "---\ntitle: Our year\n---\nTorchInductor now emits Triton kernels through MLIR." +
           long_body + "\n",
       {}},
      {"generic words are no evidence",
       "---\ntitle: Our year\n---\nThe release brings performance on mobile hardware and images.\n",
       {}},
      {"the same keyword thrice is one hit",
       "---\ntitle: Our year\n---\nThe compiler is a compiler of compilers.\n",
       {}},
      {"a phrase and its first word are one hit",
       "---\ntitle: Our year\n---\nOur keynote speaker was great.\n",
       {}},
      {"plural forms match", "---\ntitle: Hackathons we ran\n---\nFun.\n", {"hackathons"}},
      {"contribution sprints are open source, not hackathons",
       "---\ntitle: Contribution sprints\n---\nFun.\n",
       {"open source"}},
      {"headings count as body evidence",
       "---\ntitle: Day\n---\n## Call for Proposals\n\nThe submission deadline is near. Submit a "
       "talk.\n",
       {"calls for proposals"}},
      {"at most three inferred topics, title first",
       "---\ntitle: LLMs, CUDA and pytest on Kubernetes\n---\nFun.\n",
       {"llms", "testing", "mlops"}},
  };
  for (const auto& c : cases) {
    INFO(c.what);
    Record r = record_of("posts", "_posts/2025-01-01-x.md", c.text);
    CHECK(names_of(r.facets.topics, "inferred") == c.inferred);
  }
}

TEST_CASE("facets: front-matter topics come first and are not repeated", "[facets]") {
  Record r =
      record_of("talks", "_talks/e/x.md",
                "---\ntitle: Compilers for LLMs\ntags: [LLMs, llm, Compilers, event]\n---\nBody\n");
  CHECK(names_of(r.facets.topics, "front matter") == std::vector<std::string>{"llms", "compilers"});
  CHECK(names_of(r.facets.topics, "inferred").empty());
}

TEST_CASE("facets: a tag naming the talk's event is not a topic", "[facets]") {
  Record r =
      record_of("talks", "_talks/pycon-au-2016/x.md",
                "---\ntitle: T\nevent: PyCon AU 2016\ntags: [pyconau, PyCon AU 2016, python, "
                "testing]\n---\nBody\n");
  CHECK(names_of(r.facets.topics, "front matter") == std::vector<std::string>{"testing"});
}

TEST_CASE("facets: the built-in taxonomy parses and covers about 30 topics", "[facets]") {
  auto taxonomy = Taxonomy::builtin();
  CHECK(taxonomy->rules().size() >= 28);
  for (const auto& rule : taxonomy->rules()) {
    INFO(rule.name);
    CHECK(rule.min_hits >= 2);
    CHECK_FALSE(rule.keywords.empty());
  }
}

TEST_CASE("facets: a bad topics file is an error naming the line", "[facets]") {
  struct Case {
    std::string yaml;
    std::string message;
  };
  const std::vector<Case> cases = {
      {"topics:\n  - aliases: [x]\n", "line 2: a topic needs a name"},
      {"topics:\n  - name: x\n    colour: red\n", "line 3: unknown topic key 'colour'"},
      {"topicz: []\n", "line 1: unknown key 'topicz'"},
      {"topics: [\n", "line"},
  };
  for (const auto& c : cases) {
    INFO(c.yaml);
    auto parsed = Taxonomy::parse(c.yaml);
    REQUIRE_FALSE(parsed);
    CHECK(parsed.error().code == core::ErrorCode::invalid_input);
    CHECK_THAT(parsed.error().message, Catch::Matchers::StartsWith(c.message));
  }
}

TEST_CASE("facets: lanyard.yml names a user's topics file", "[facets]") {
  testing::TempDir dir;
  dir.write("lanyard.yml", "topics: my-topics.yml\n");
  dir.write("my-topics.yml",
            "topics:\n  - name: rust\n    aliases: [rustlang]\n    keywords: [rust, cargo]\n");
  auto config = load_config(dir.path() / "lanyard.yml");
  REQUIRE(config);
  REQUIRE(config->topics);
  CHECK(config_hash(*config) != config_hash(Config{}));
  Record r = record_of("posts", "_posts/2025-01-01-x.md",
                       "---\ntitle: Hello\ntags: [RustLang]\n---\nCargo builds Rust.\n", *config);
  CHECK(names_of(r.facets.topics, "front matter") == std::vector<std::string>{"rust"});

  dir.write("bad.yml", "topics: missing.yml\n");
  auto bad = load_config(dir.path() / "bad.yml");
  REQUIRE_FALSE(bad);
  CHECK_THAT(bad.error().message, Catch::Matchers::Contains("missing.yml"));
}

}  // namespace
}  // namespace lanyard::indexer
