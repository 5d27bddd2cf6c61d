# macOS: a disk image with the app bundle to drag into Applications (docs/packaging.md has the
# commands). It cannot be built on the Linux CI machine; a release engineer builds it on a Mac.
#
# macdeployqt copies the Qt frameworks, plugins and other non-system libraries (QtKeychain)
# into the bundle and rewrites the load paths. popsellctl is installed inside the bundle
# (src/cli/CMakeLists.txt) so that the same pass fixes it: qt_deploy_runtime_dependencies
# hands it to macdeployqt with -executable=. (qt_generate_deploy_app_script would deploy only
# the console in Qt 6.4.)

# The .icns is rendered from the SVG by scripts/make-platform-icons.py and committed; the
# bundle's Info.plist names it and it is copied into Contents/Resources.
set(POPSELL_ICNS ${CMAKE_CURRENT_LIST_DIR}/popsell-moderator.icns)
set_source_files_properties(${POPSELL_ICNS} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
target_sources(popsell-moderator PRIVATE ${POPSELL_ICNS})

set_target_properties(popsell-moderator PROPERTIES
    MACOSX_BUNDLE ON
    MACOSX_BUNDLE_ICON_FILE popsell-moderator.icns
    MACOSX_BUNDLE_BUNDLE_NAME "Popsell Moderator"
    MACOSX_BUNDLE_GUI_IDENTIFIER ${POPSELL_APP_ID}
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_COPYRIGHT "Popsell")

install(CODE "
    include(\"${QT_DEPLOY_SUPPORT}\")
    qt_deploy_runtime_dependencies(
        EXECUTABLE \"$<TARGET_FILE_NAME:popsell-moderator>.app\"
        ADDITIONAL_EXECUTABLES
            \"$<TARGET_FILE_NAME:popsell-moderator>.app/Contents/MacOS/$<TARGET_FILE_NAME:popsellctl>\")
    " COMPONENT moderator)

set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME "Popsell Moderator")
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_PACKAGE_ICON ${POPSELL_ICNS})
