# Desktop integration on Linux (freedesktop.org): the menu entry, the AppStream metainfo that
# software centres read, hicolor icons and the man pages. Icons and files are named after the
# application id, as AppStream expects.
include(GNUInstallDirs)

# The helper variables below stay local; only the icon sizes are needed later (RPM file list).
block(SCOPE_FOR VARIABLES PROPAGATE POPSELL_ICON_SIZES)
set(linux_dir ${CMAKE_CURRENT_LIST_DIR})
set(out_dir ${CMAKE_BINARY_DIR}/packaging)
set(desktop_entry ${linux_dir}/${POPSELL_APP_ID}.desktop)
set(metainfo ${linux_dir}/${POPSELL_APP_ID}.metainfo.xml)
set(icon_svg ${PROJECT_SOURCE_DIR}/resources/icons/popsell-moderator.svg)
set(generated_files "")

install(FILES ${desktop_entry} DESTINATION ${CMAKE_INSTALL_DATADIR}/applications
        COMPONENT moderator)
install(FILES ${metainfo} DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT moderator)
install(FILES ${icon_svg} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${POPSELL_APP_ID}.svg COMPONENT moderator)

# Menus and docks pick a bitmap of the exact size where there is one; the SVG alone looks
# blurred or is ignored at small sizes by some of them.
set(POPSELL_ICON_SIZES 16 22 24 32 48 64 128 256 512)
find_program(POPSELL_RSVG_CONVERT rsvg-convert)
if(POPSELL_RSVG_CONVERT)
    foreach(size IN LISTS POPSELL_ICON_SIZES)
        set(png_dir ${out_dir}/icons/${size}x${size})
        set(png ${png_dir}/${POPSELL_APP_ID}.png)
        add_custom_command(OUTPUT ${png}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${png_dir}
            COMMAND ${POPSELL_RSVG_CONVERT} --width ${size} --height ${size} --output ${png}
                    ${icon_svg}
            DEPENDS ${icon_svg}
            COMMENT "Rendering the ${size}x${size} icon"
            VERBATIM)
        install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
                COMPONENT moderator)
        list(APPEND generated_files ${png})
    endforeach()
else()
    message(WARNING "rsvg-convert (Debian package librsvg2-bin) was not found: the installers "
                    "will hold only the scalable icon. scripts/install-deps.sh installs it.")
endif()

# Man pages, written by hand from each program's --help; the version comes from the project.
# Debian policy wants them compressed with gzip -9n (-n: no time stamp, reproducible).
foreach(page popsell-moderator.1 popsellctl.1)
    set(man_dir ${out_dir}/man)
    configure_file(${CMAKE_CURRENT_LIST_DIR}/../man/${page} ${man_dir}/source/${page} @ONLY)
    add_custom_command(OUTPUT ${man_dir}/${page}.gz
        COMMAND ${CMAKE_COMMAND} -E copy ${man_dir}/source/${page} ${man_dir}/${page}
        COMMAND gzip -9nf ${man_dir}/${page}
        DEPENDS ${man_dir}/source/${page}
        COMMENT "Compressing the man page ${page}"
        VERBATIM)
    install(FILES ${man_dir}/${page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1
            COMPONENT moderator)
    list(APPEND generated_files ${man_dir}/${page}.gz)
endforeach()

add_custom_target(popsell_desktop_files ALL DEPENDS ${generated_files})
add_dependencies(popsell_package_contents popsell_desktop_files)

# A menu entry or metainfo file with an error is silently dropped by desktops and software
# centres; the validators are the only way to know before a user does.
if(POPSELL_BUILD_TESTS)
    find_program(POPSELL_DESKTOP_FILE_VALIDATE desktop-file-validate)
    find_program(POPSELL_APPSTREAMCLI appstreamcli)
    if(POPSELL_DESKTOP_FILE_VALIDATE)
        add_test(NAME packaging_desktop_entry
                 COMMAND ${POPSELL_DESKTOP_FILE_VALIDATE} ${desktop_entry})
    endif()
    if(POPSELL_APPSTREAMCLI)
        add_test(NAME packaging_metainfo
                 COMMAND ${POPSELL_APPSTREAMCLI} validate --no-net --pedantic ${metainfo})
    endif()
    # The Windows and macOS icons are committed (their build machines lack rsvg-convert): they
    # must still be what the SVG renders to.
    find_package(Python3 COMPONENTS Interpreter)
    if(POPSELL_RSVG_CONVERT AND Python3_Interpreter_FOUND)
        add_test(NAME packaging_platform_icons
                 COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/scripts/make-platform-icons.py
                         --check)
    endif()
    # groff prints its warnings (bad macros, lines it cannot fit) on stderr.
    add_test(NAME packaging_man_pages
             COMMAND sh -c [[for page in "$@"; do
                               warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null)
                               [ -z "$warnings" ] || { echo "$page: $warnings"; exit 1; }
                             done]] sh ${out_dir}/man/source/popsell-moderator.1
                                       ${out_dir}/man/source/popsellctl.1)
endif()
endblock()

# rpmbuild (Debian package rpm) is only needed for the RPM.
find_program(POPSELL_RPMBUILD rpmbuild)
set(CPACK_GENERATOR DEB TGZ)
if(POPSELL_RPMBUILD)
    list(APPEND CPACK_GENERATOR RPM)
endif()
