list(APPEND LANYARD_TEST_SOURCES
  query/facets_test.cc
  query/fixture.cc
  query/golden_test.cc
  query/json_text_test.cc
  query/request_test.cc
  query/rank_order_test.cc
  query/recall_test.cc
  query/search_test.cc
  query/snippets_test.cc
  query/spelling_index_test.cc
  query/spelling_test.cc
  query/stored_hit_test.cc
  query/shards_test.cc
  query/synonyms_test.cc
  query/real_searches_test.cc
  query/remote_test.cc
)
