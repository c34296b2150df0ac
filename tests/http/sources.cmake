list(APPEND LANYARD_TEST_SOURCES
  http/admission_test.cc
  http/cache_key_test.cc
  http/cache_test.cc
  http/framing_test.cc
  http/ics_test.cc
  http/limits_test.cc
  http/server_test.cc
  http/reload_test.cc
  http/result_cache_test.cc
  http/served.cc
)
