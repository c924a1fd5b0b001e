# Runs PROGRAM and compares what it prints on standard output with the file
# EXPECTED. The output is kept in ACTUAL; on a difference the test fails and
# shows a unified diff (expected first).
#
#   cmake -DPROGRAM=<exe> -DEXPECTED=<file> -DACTUAL=<file> -P compare-output.cmake
foreach(Var PROGRAM EXPECTED ACTUAL)
  if(NOT DEFINED ${Var})
    message(FATAL_ERROR "compare-output.cmake: give -D${Var}=...")
  endif()
endforeach()

execute_process(COMMAND "${PROGRAM}"
  OUTPUT_VARIABLE Actual
  RESULT_VARIABLE Status)
file(WRITE "${ACTUAL}" "${Actual}")
if(NOT Status EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} failed (${Status}); its output is in ${ACTUAL}")
endif()

file(READ "${EXPECTED}" Expected)
if(Actual STREQUAL Expected)
  return()
endif()
find_program(Diff diff)
if(Diff)
  execute_process(COMMAND "${Diff}" -u "${EXPECTED}" "${ACTUAL}")
else()
  message("expected (${EXPECTED}):\n${Expected}\nactual (${ACTUAL}):\n${Actual}")
endif()
message(FATAL_ERROR "the output of ${PROGRAM} differs from ${EXPECTED}")
