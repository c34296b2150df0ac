list(APPEND LANYARD_TEST_SOURCES
  core/date_test.cc
  core/place_test.cc
  core/text_test.cc
)
