list(APPEND LANYARD_TEST_SOURCES
  core/accents_test.cc
  core/compress_test.cc
  core/date_test.cc
  core/gazetteer_snapshot_test.cc
  core/place_test.cc
  core/stop_words_test.cc
  core/text_test.cc
)
