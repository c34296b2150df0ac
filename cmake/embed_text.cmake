# Writes a .cc defining a function that returns the bytes of INPUT as a string_view:
#   cmake -DINPUT=data/places.tsv -DOUTPUT=places_data.cc -DFUNCTION=builtin_place_aliases
#         -DHEADER=core/place_aliases.h -P embed_text.cmake
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
file(WRITE "${OUTPUT}.tmp"
  "// Generated from ${INPUT} by cmake/embed_text.cmake; do not edit.\n"
  "#include \"${HEADER}\"\n\n"
  "namespace lanyard::core {\n\n"
  "namespace {\nconstexpr char kBytes[] = {${bytes} 0};\n}  // namespace\n\n"
  "std::string_view ${FUNCTION}() { return {kBytes, ${size}}; }\n\n"
  "}  // namespace lanyard::core\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
