# Windows: deploy Qt next to the executables at install time, then CPack builds an NSIS .exe and a WiX .msi.
# Included from packaging/CMakeLists.txt when WIN32. Not buildable on Debian; see packaging/README.md.

# The MSVC runtime DLLs, so that a stock Windows needs no separate VC++ redistributable.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
set(CMAKE_INSTALL_UCRT_LIBRARIES ON)
include(InstallRequiredSystemLibraries)

if(TARGET Qt6::windeployqt)
    get_target_property(CAIRN_WINDEPLOYQT Qt6::windeployqt IMPORTED_LOCATION)
endif()
if(NOT CAIRN_WINDEPLOYQT)
    find_program(CAIRN_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
endif()
if(NOT CAIRN_WINDEPLOYQT)
    message(WARNING "windeployqt not found: installs and packages will lack the Qt DLLs and plugins")
    set(CAIRN_WINDEPLOYQT "")   # not ...-NOTFOUND: the install script below tests for an empty path
endif()

# Non-Qt DLLs the binaries link (SQLite, uchardet, ICU, FFmpeg from vcpkg or MSYS2), found next to the import
# libraries on CMAKE_PREFIX_PATH. Windows' own DLLs and the API sets are left out.
set(_cairn_dll_dirs "")
foreach(p IN LISTS CMAKE_PREFIX_PATH)
    list(APPEND _cairn_dll_dirs "${p}/bin")
endforeach()

set(_cairn_executables "$<TARGET_FILE:cairn-cli>")
if(TARGET cairn)
    list(PREPEND _cairn_executables "$<TARGET_FILE:cairn>")
endif()

install(CODE "
    set(_bin \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
    file(GET_RUNTIME_DEPENDENCIES
        EXECUTABLES ${_cairn_executables}
        RESOLVED_DEPENDENCIES_VAR _resolved
        UNRESOLVED_DEPENDENCIES_VAR _unresolved
        DIRECTORIES ${_cairn_dll_dirs}
        PRE_EXCLUDE_REGEXES \"^api-ms-\" \"^ext-ms-\" \"^Qt6\"
        POST_EXCLUDE_REGEXES \".*[/\\\\\\\\][Ss]ystem32[/\\\\\\\\].*\")
    foreach(_dll IN LISTS _resolved)
        file(INSTALL \"\${_dll}\" DESTINATION \"\${_bin}\")
    endforeach()
    if(_unresolved)
        message(STATUS \"Not bundled (expected to be on every Windows): \${_unresolved}\")
    endif()
    if(NOT \"${CAIRN_WINDEPLOYQT}\" STREQUAL \"\")
        foreach(_exe cairn-cli.exe cairn.exe)
            if(EXISTS \"\${_bin}/\${_exe}\")
                # Qt DLLs, the windows/styles/multimedia plugins and Qt's own translations (qt_ar.qm sets RTL).
                execute_process(COMMAND \"${CAIRN_WINDEPLOYQT}\" --no-compiler-runtime --no-system-d3d-compiler
                                        --verbose 1 \"\${_bin}/\${_exe}\"
                                COMMAND_ERROR_IS_FATAL ANY)
            endif()
        endforeach()
    endif()
")

# --- NSIS (.exe). Silent install: cairn-<version>-win64.exe /S [/D=C:\Program Files\Cairn] -------------------------
set(CPACK_NSIS_PACKAGE_NAME "Cairn")
set(CPACK_NSIS_DISPLAY_NAME "Cairn")
set(CPACK_NSIS_MUI_ICON "${CAIRN_ICON_DIR}/cairn.ico")
set(CPACK_NSIS_MUI_UNIICON "${CAIRN_ICON_DIR}/cairn.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\cairn.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
# "Open with" registration for the video and subtitle types (never taking over the default player).
set(_cairn_open_with_types .mp4 .mkv .webm .mov .avi .ogv .srt .vtt)
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS
    "WriteRegStr HKLM 'Software\\\\Classes\\\\Applications\\\\cairn.exe\\\\shell\\\\open\\\\command' '' '\\\"$INSTDIR\\\\bin\\\\cairn.exe\\\" \\\"%1\\\"'")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "DeleteRegKey HKLM 'Software\\\\Classes\\\\Applications\\\\cairn.exe'")
foreach(ext IN LISTS _cairn_open_with_types)
    string(APPEND CPACK_NSIS_EXTRA_INSTALL_COMMANDS
        "\nWriteRegStr HKLM 'Software\\\\Classes\\\\Applications\\\\cairn.exe\\\\SupportedTypes' '${ext}' ''"
        "\nWriteRegStr HKLM 'Software\\\\Classes\\\\${ext}\\\\OpenWithList\\\\cairn.exe' '' ''")
    string(APPEND CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS
        "\nDeleteRegKey HKLM 'Software\\\\Classes\\\\${ext}\\\\OpenWithList\\\\cairn.exe'")
endforeach()

# --- WiX (.msi) for Group Policy / SCCM / Intune. Silent install: msiexec /i cairn-<version>-win64.msi /qn ---------
set(CPACK_WIX_UPGRADE_GUID "${CAIRN_WIX_UPGRADE_GUID}")   # fixed: a newer .msi replaces the installed one
set(CPACK_WIX_PRODUCT_ICON "${CAIRN_ICON_DIR}/cairn.ico")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Cairn")
set(CPACK_WIX_INSTALL_SCOPE perMachine)          # CMake 3.29+; older CPack with WiX 3 ignores it ...
set(CPACK_WIX_PROPERTY_ALLUSERS 1)                # ... and ALLUSERS=1 makes the install per machine there too.
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_PROPERTY_ARPCOMMENTS "${PROJECT_DESCRIPTION}")
set(CPACK_WIX_PATCH_FILE "${CMAKE_CURRENT_SOURCE_DIR}/windows/wix-open-with.xml")
