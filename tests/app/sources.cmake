list(APPEND LANYARD_TEST_SOURCES
  app/cli_test.cc
  app/search_cli_test.cc
)
