# Writes ${OUTPUT}: the ISO 3166-1 countries of Debian's iso-codes package
# (${ISO_3166_JSON}) as a C++ table, so that country codes and names follow
# the maintained standard rather than a list of our own (country_codes.cpp).
file(READ ${ISO_3166_JSON} json)
string(JSON count LENGTH "${json}" "3166-1")
math(EXPR last "${count} - 1")
set(rows "")
foreach(i RANGE ${last})
  set(fields "")
  foreach(field alpha_2 alpha_3 name common_name official_name)
    string(JSON value ERROR_VARIABLE missing GET "${json}" "3166-1" ${i} ${field})
    if(missing)
      set(value "")
    endif()
    string(REPLACE "\\" "\\\\" value "${value}")
    string(REPLACE "\"" "\\\"" value "${value}")
    string(APPEND fields "\"${value}\", ")
  endforeach()
  string(APPEND rows "    {${fields}},\n")
endforeach()
file(WRITE ${OUTPUT}.tmp
  "// Generated from ${ISO_3166_JSON} by common/iso_countries.cmake: do not edit.\n"
  "#include \"common/country_codes.h\"\n\n"
  "namespace jobsearch {\n\n"
  "const IsoCountry kIsoCountries[] = {\n${rows}};\n"
  "const std::size_t kIsoCountryCount = sizeof kIsoCountries / sizeof kIsoCountries[0];\n\n"
  "}  // namespace jobsearch\n")
# Only a changed table is rewritten, so builds stay incremental.
file(COPY_FILE ${OUTPUT}.tmp ${OUTPUT} ONLY_IF_DIFFERENT)
file(REMOVE ${OUTPUT}.tmp)
