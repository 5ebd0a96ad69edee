# Per-target defaults: warnings, Qt's safety macros, -Werror when asked. No global flags.
function(newsmark_target_defaults target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                           -Wold-style-cast -Wcast-align -Woverloaded-virtual)
  if(NEWSMARK_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  target_compile_definitions(${target} PRIVATE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS QT_DISABLE_DEPRECATED_UP_TO=0x060400)
endfunction()

# Each ctest entry runs with a home folder of its own (build/test-home/NAME): QStandardPaths' test
# mode keeps settings under ~/.qttest, so GUI suites running side by side (ctest -j, and every
# suite's Korean twin) would otherwise clear and rewrite one another's settings mid-test, and the
# command-line children a test starts would write to the real user's ~/.config.
function(newsmark_test_environment test)
  set(home "${CMAKE_BINARY_DIR}/test-home/${test}")
  file(MAKE_DIRECTORY "${home}")
  set_tests_properties(${test} PROPERTIES ENVIRONMENT_MODIFICATION
    "HOME=set:${home};XDG_CONFIG_HOME=unset:;XDG_DATA_HOME=unset:;XDG_CACHE_HOME=unset:;XDG_STATE_HOME=unset:")
endfunction()

# A QtTest executable registered with ctest. LABELS marks suites that need WebEngine. Tests run in
# English whatever the machine's locale (NEWSMARK_LANGUAGE); newsmark_add_korean_run() adds a
# second run in Korean.
function(newsmark_add_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
  newsmark_target_defaults(${name})
  target_compile_definitions(${name} PRIVATE
    NEWSMARK_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data"
    NEWSMARK_SHARED_DIR="${PROJECT_SOURCE_DIR}/../shared"
    NEWSMARK_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  add_test(NAME ${name} COMMAND ${name})
  set_tests_properties(${name} PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;NEWSMARK_LANGUAGE=en"
                                          TIMEOUT 300)
  newsmark_test_environment(${name})
  if(ARG_LABELS)
    set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}")
  endif()
endfunction()

# The test `name` once more as `name_ko`, with the interface in Korean (issue #13: the GUI suites
# run in both languages, comparing text through tr() rather than English literals).
function(newsmark_add_korean_run name)
  add_test(NAME ${name}_ko COMMAND ${name})
  set_tests_properties(${name}_ko PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;NEWSMARK_LANGUAGE=ko"
                                             TIMEOUT 300)
  newsmark_test_environment(${name}_ko)
  get_test_property(${name} LABELS labels)
  if(labels)
    set_tests_properties(${name}_ko PROPERTIES LABELS "${labels};korean")
  else()
    set_tests_properties(${name}_ko PROPERTIES LABELS korean)
  endif()
endfunction()
