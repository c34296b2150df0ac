list(APPEND LANYARD_TEST_SOURCES
  app/cli_test.cc
)
