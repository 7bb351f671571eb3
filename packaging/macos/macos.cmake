# macOS: Cairn.app with its own Info.plist, icon and the sample pack, made self-contained by macdeployqt at install
# time; CPack's DragNDrop generator wraps it in a .dmg (with the usual link to /Applications).
# Included from packaging/CMakeLists.txt when APPLE. Not buildable on Debian; see packaging/README.md.

set(CAIRN_MACOS_MINIMUM "11.0")   # Qt 6.4 supports macOS 11 and later
configure_file(macos/Info.plist.in "${CMAKE_CURRENT_BINARY_DIR}/Info.plist" @ONLY)

if(TARGET cairn)
    # The bundle is Cairn.app (Finder shows the bundle name); the executable inside is Contents/MacOS/Cairn.
    set_target_properties(cairn PROPERTIES
        MACOSX_BUNDLE ON
        OUTPUT_NAME Cairn
        MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_BINARY_DIR}/Info.plist")
    install(FILES "${CAIRN_ICON_DIR}/cairn.icns" DESTINATION Cairn.app/Contents/Resources)
    # cairn-cli travels inside the bundle, next to the player, so macdeployqt fixes its Qt paths too.
    install(PROGRAMS "$<TARGET_FILE:cairn-cli>" DESTINATION Cairn.app/Contents/MacOS)
endif()

if(TARGET Qt6::macdeployqt)
    get_target_property(CAIRN_MACDEPLOYQT Qt6::macdeployqt IMPORTED_LOCATION)
endif()
if(NOT CAIRN_MACDEPLOYQT)
    find_program(CAIRN_MACDEPLOYQT macdeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
endif()
if(TARGET cairn AND CAIRN_MACDEPLOYQT)
    # Runs after the files above are installed (install rules run in order). -always-overwrite keeps repeated
    # installs into the same prefix correct; the ad-hoc signature macdeployqt makes is replaced when signing
    # for distribution (codesign --deep --options runtime, then notarytool).
    install(CODE "
        execute_process(COMMAND \"${CAIRN_MACDEPLOYQT}\" \"\${CMAKE_INSTALL_PREFIX}/Cairn.app\"
                                -always-overwrite -verbose=1
                                \"-executable=\${CMAKE_INSTALL_PREFIX}/Cairn.app/Contents/MacOS/cairn-cli\"
                        COMMAND_ERROR_IS_FATAL ANY)
    ")
elseif(TARGET cairn)
    message(WARNING "macdeployqt not found: Cairn.app will not be self-contained")
endif()

set(CPACK_DMG_VOLUME_NAME "Cairn")
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_PACKAGE_ICON "${CAIRN_ICON_DIR}/cairn.icns")
set(CPACK_BUNDLE_NAME "Cairn")
