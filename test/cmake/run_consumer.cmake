# Configures, builds and runs test/cmake/consumer with one generator, using
# corogen through add_subdirectory (MODE=subdir) or an installed package
# (MODE=install, after installing BUILD_DIR's corogen into WORK/prefix).
#   cmake -DMODE=... -DGENERATOR=... -DWORK=... -DCOROGEN_SOURCE_DIR=...
#         -DCOROGEN_BUILD_DIR=... -DCOROGEN_TOOL=... -P run_consumer.cmake

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE Rc OUTPUT_VARIABLE Out ERROR_VARIABLE Err)
  if(NOT Rc EQUAL 0)
    message(FATAL_ERROR "failed (${Rc}): ${ARGN}\n${Out}\n${Err}")
  endif()
  set(Output "${Out}" PARENT_SCOPE)
endfunction()

file(REMOVE_RECURSE ${WORK})
set(Source ${CMAKE_CURRENT_LIST_DIR}/consumer)
if(MODE STREQUAL "install")
  run(${CMAKE_COMMAND} --install ${COROGEN_BUILD_DIR} --prefix ${WORK}/prefix)
  run(${CMAKE_COMMAND} -S ${Source} -B ${WORK}/build -G ${GENERATOR}
      -DCMAKE_PREFIX_PATH=${WORK}/prefix)
else()
  run(${CMAKE_COMMAND} -S ${Source} -B ${WORK}/build -G ${GENERATOR}
      -DCOROGEN_SOURCE_DIR=${COROGEN_SOURCE_DIR} -DCOROGEN_TOOL_EXECUTABLE=${COROGEN_TOOL})
endif()
run(${CMAKE_COMMAND} --build ${WORK}/build)
run(${WORK}/build/app)
set(Expected "7\n5\n3\n1\nsteps 4\n")
if(NOT Output STREQUAL Expected)
  message(FATAL_ERROR "app printed:\n${Output}\nexpected:\n${Expected}")
endif()

# Editing a header the annotated file includes re-runs corogen (the depfile).
file(TOUCH ${Source}/include/countdown.hpp)
run(${CMAKE_COMMAND} --build ${WORK}/build --verbose)
if(NOT Output MATCHES "countdown\\.cpp -o [^ ]*countdown\\.gen\\.cpp")
  message(FATAL_ERROR "touching countdown.hpp did not re-run corogen:\n${Output}")
endif()
