# Installers (docs/packaging.md): DEB, RPM and TGZ on Linux, NSIS on Windows, a DragNDrop disk
# image on macOS. Included once from the top-level CMakeLists.txt, after the targets exist.
#
# Everything a package holds is installed in the component "moderator": popsell-moderator,
# popsellctl and, on Linux, the desktop entry, AppStream metainfo, icons and man pages. The
# popsell-sandbox development server is not in that component, so no package ships it.

set(POPSELL_APP_ID com.popsell.Moderator)
set(POPSELL_PACKAGE_CONTACT "Popsell <moderator@popsell.com>"
    CACHE STRING "Maintainer of the installers (Debian Maintainer field, NSIS contact)")

# The one target a packager builds before cpack: the shipped programs and their data files,
# and nothing else (the test suites are not needed to package).
add_custom_target(popsell_package_contents)
add_dependencies(popsell_package_contents popsell-moderator popsellctl)

if(WIN32)
    include(${CMAKE_CURRENT_LIST_DIR}/windows/Windows.cmake)
elseif(APPLE)
    include(${CMAKE_CURRENT_LIST_DIR}/macos/MacOS.cmake)
else()
    include(${CMAKE_CURRENT_LIST_DIR}/linux/Linux.cmake)
endif()

set(CPACK_PACKAGE_NAME popsell-moderator)
set(CPACK_PACKAGE_VENDOR Popsell)
set(CPACK_PACKAGE_CONTACT "${POPSELL_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Wrapped by hand: dpkg and rpm show the lines as they are.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Popsell Moderator is the desktop console that brand moderators use to run"
    "the chatrooms of the Popsell platform from the keyboard: the chatroom inbox,"
    "a room's messages, product pushes, rating requests, flags, archiving and"
    "blocking. Every write is stored on disk before it is sent, so nothing is"
    "lost or sent twice."
    ""
    "The package also holds popsellctl, the command-line client of the Popsell"
    "API, for scripting and batch work.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Popsell Moderator")
set(CPACK_PACKAGE_DIRECTORY "${CMAKE_BINARY_DIR}/packages")
set(CPACK_STRIP_FILES ON)
# Only the "moderator" component: see the top of this file.
set(CPACK_INSTALL_CMAKE_PROJECTS "${CMAKE_BINARY_DIR};${PROJECT_NAME};moderator;/")
# Per-generator settings that must be decided when cpack runs (the install prefix).
set(CPACK_PROJECT_CONFIG_FILE "${CMAKE_CURRENT_LIST_DIR}/CPackProjectConfig.cmake")

# Debian 12 / Ubuntu. dpkg-shlibdeps finds the libraries the binaries link (Qt, QtKeychain,
# libstdc++); the Qt plugins are loaded at run time, so it cannot see them.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# qt6-qpa-plugins: the xcb, wayland and offscreen platforms (only a Recommends of libqt6gui6,
# and the window cannot open without one). libqt6sql6-sqlite: the outbox and caches.
# libqt6svg6: the icons and the sandbox's product pictures are SVG, which load as null
# pictures without it. The OpenSSL TLS backend main() insists on is in libqt6network6, which
# dpkg-shlibdeps adds, and which depends on libssl3.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite, libqt6svg6")
# The token lives in the Secret Service (libsecret, which QtKeychain loads at run time) or in
# KWallet; without either the console still works but signs in again at every start.
# qt6-translations-l10n: Qt's own strings (standard buttons, shortcuts) in the console's
# languages. qt6-image-formats-plugins: WebP and TIFF product pictures.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, libsecret-1-0, \
qt6-translations-l10n, qt6-image-formats-plugins")

# Fedora-like systems (built here, installable there). rpmbuild adds the libraries by soname.
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE "Proprietary")
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
# qt6-qtbase-gui: the platform plugins; qt6-qtsvg: the SVG plugins (same reasons as above).
set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtbase-gui, qt6-qtsvg")
# CPack 3.25 has no Recommends for RPM; Suggests is the weak dependency it can write.
set(CPACK_RPM_PACKAGE_SUGGESTS
    "gnome-keyring, libsecret, qt6-qttranslations, qt6-qtimageformats")
# These directories belong to the filesystem and hicolor-icon-theme packages; owning them
# would conflict with those on install.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications
    /usr/share/metainfo
    /usr/share/man
    /usr/share/man/man1
    /usr/share/icons
    /usr/share/icons/hicolor
    /usr/share/icons/hicolor/scalable
    /usr/share/icons/hicolor/scalable/apps)
foreach(size IN LISTS POPSELL_ICON_SIZES)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
         /usr/share/icons/hicolor/${size}x${size} /usr/share/icons/hicolor/${size}x${size}/apps)
endforeach()

# Sources are not shipped as a package: `package_source` would only copy the build trees.
set(CPACK_SOURCE_IGNORE_FILES "/build/" "/\\\\.git/")

include(CPack)
