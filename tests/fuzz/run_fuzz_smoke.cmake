# ctest's fuzz_*_smoke: builds TARGET (fuzz_amounts if not given) with clang in BINARY_DIR (the
# main build may use g++) and runs libFuzzer for 20,000 inputs or 20 seconds, whichever ends
# first, starting from CORPUS. New inputs go to a scratch directory, never into the source tree.
# The first run also compiles the core with clang and the sanitizers, which takes minutes on two
# cores.
foreach(var SOURCE_DIR BINARY_DIR GENERATOR CLANG CLANGXX CORPUS)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "run_fuzz_smoke.cmake: -D ${var}=... is missing")
  endif()
endforeach()
if(NOT DEFINED TARGET)
  set(TARGET fuzz_amounts)
endif()

if(NOT EXISTS ${BINARY_DIR}/CMakeCache.txt)
  execute_process(COMMAND ${CMAKE_COMMAND} -S ${SOURCE_DIR} -B ${BINARY_DIR} -G ${GENERATOR}
                          -DCMAKE_BUILD_TYPE=RelWithDebInfo
                          -DCMAKE_C_COMPILER=${CLANG} -DCMAKE_CXX_COMPILER=${CLANGXX}
                          -DNEWSMARK_FUZZ=ON -DNEWSMARK_BUILD_GUI=OFF
                  RESULT_VARIABLE rc)
  if(rc)
    file(REMOVE ${BINARY_DIR}/CMakeCache.txt)
    message(FATAL_ERROR "configuring the clang fuzz build failed")
  endif()
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BINARY_DIR} --target ${TARGET} -j2
                RESULT_VARIABLE rc)
if(rc)
  message(FATAL_ERROR "building ${TARGET} with clang failed")
endif()

set(scratch ${BINARY_DIR}/smoke-corpus-${TARGET})
file(REMOVE_RECURSE ${scratch})
file(MAKE_DIRECTORY ${scratch})
execute_process(COMMAND ${BINARY_DIR}/tests/fuzz/${TARGET} -runs=20000 -max_total_time=20 -max_len=4096
                        -seed=1 ${scratch} ${CORPUS}
                RESULT_VARIABLE rc)
if(rc)
  message(FATAL_ERROR "${TARGET} found a failing input (see the crash-* file above)")
endif()
