# Language tags and sidecar subtitle matching (included from lib/library/CMakeLists.txt).
target_sources(cairn_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/languagetag.h
    ${CMAKE_CURRENT_LIST_DIR}/languagetag.cpp
    ${CMAKE_CURRENT_LIST_DIR}/langguess.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sidecarmatcher.h
    ${CMAKE_CURRENT_LIST_DIR}/sidecarmatcher.cpp)
