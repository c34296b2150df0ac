list(APPEND LANYARD_TEST_SOURCES
  indexer/discover_test.cc
  indexer/document_test.cc
  indexer/facets_context_test.cc
  indexer/facets_test.cc
  indexer/field_text_test.cc
  indexer/front_matter_test.cc
  indexer/hostile_test.cc
  indexer/markdown_test.cc
  indexer/markdown_limits_test.cc
  indexer/parts_test.cc
  indexer/pipeline_test.cc
  indexer/stem_cache_test.cc
  indexer/topics_test.cc
  indexer/url_test.cc
  indexer/writer_test.cc
)
