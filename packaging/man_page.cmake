# Writes OUTPUT, the gzip'd man page of PROGRAM made from its own --help by
# help2man (SUMMARY is the NAME line).
execute_process(
  COMMAND ${HELP2MAN} --no-info --no-discard-stderr --version-string=${VERSION}
          --name=${SUMMARY} --output=${OUTPUT}.tmp ${PROGRAM}
  RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "help2man failed on ${PROGRAM}")
endif()
execute_process(COMMAND gzip -9nf ${OUTPUT}.tmp RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "gzip failed on ${OUTPUT}.tmp")
endif()
file(RENAME ${OUTPUT}.tmp.gz ${OUTPUT})
