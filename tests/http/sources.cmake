list(APPEND LANYARD_TEST_SOURCES
  http/ics_test.cc
  http/server_test.cc
  http/reload_test.cc
)
