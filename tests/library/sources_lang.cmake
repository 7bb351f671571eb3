# Tests for language tags and sidecar matching (included from tests/library/CMakeLists.txt).
target_sources(cairn_core_tests PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/languagetag_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sidecarmatcher_test.cpp)
