# Flags every Cairn target shares, as one INTERFACE target (the qBittorrent CommonConfig idea).
add_library(cairn_common INTERFACE)
add_library(Cairn::Common ALIAS cairn_common)
target_compile_features(cairn_common INTERFACE cxx_std_20)
target_compile_definitions(cairn_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060000)
if(MSVC)
    target_compile_options(cairn_common INTERFACE /W4 /permissive- /utf-8)
else()
    target_compile_options(cairn_common INTERFACE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
endif()

find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_C_COMPILER_LAUNCHER "${CCACHE_PROGRAM}")
    set(CMAKE_CXX_COMPILER_LAUNCHER "${CCACHE_PROGRAM}")
endif()
