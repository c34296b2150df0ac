list(APPEND LANYARD_TEST_SOURCES
  bench/filter_map_test.cc
)
