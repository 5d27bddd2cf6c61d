# Windows: an NSIS installer (docs/packaging.md has the commands). It cannot be built on the
# Linux CI machine; a release engineer builds it on Windows with Qt's MinGW kit and NSIS.
#
# windeployqt copies the Qt libraries, plugins and the MinGW runtime next to the programs. It is
# called directly rather than through qt_generate_deploy_app_script: in Qt 6.4 that script
# deploys one executable and passes no options to windeployqt, and the installer needs
#  - popsellctl deployed as well (it shares the Qt libraries in bin/),
#  - --svg: the icons and sandbox pictures are SVG, read through QtSvg's plugins, which
#    windeployqt cannot find in the imports of a program that does not link QtSvg.

block(SCOPE_FOR VARIABLES)
set_target_properties(popsell-moderator PROPERTIES WIN32_EXECUTABLE ON)
# The .ico is rendered from the SVG by scripts/make-platform-icons.py and committed.
target_sources(popsell-moderator PRIVATE ${CMAKE_CURRENT_LIST_DIR}/popsell-moderator.rc)

find_program(POPSELL_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}"
             REQUIRED)
install(CODE "
    set(bin_dir \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
    execute_process(
        COMMAND \"${POPSELL_WINDEPLOYQT}\" --release --svg --force
                \"\${bin_dir}/$<TARGET_FILE_NAME:popsell-moderator>\"
                \"\${bin_dir}/$<TARGET_FILE_NAME:popsellctl>\"
        COMMAND_ECHO STDOUT
        COMMAND_ERROR_IS_FATAL ANY)
    " COMPONENT moderator)

# QtKeychain is not a Qt module: windeployqt does not copy its DLL.
get_target_property(keychain_target Qt6Keychain::Qt6Keychain ALIASED_TARGET)
if(NOT keychain_target)
    set(keychain_target Qt6Keychain::Qt6Keychain)
endif()
install(IMPORTED_RUNTIME_ARTIFACTS ${keychain_target} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
        COMPONENT moderator)

# main() requires Qt's OpenSSL TLS backend, and Qt for Windows ships no OpenSSL: the DLLs
# (libssl-3-x64.dll, libcrypto-3-x64.dll) come from the directory given here, for example
# the one the Qt Maintenance Tool installs under Tools\OpenSSLv3\Win_x64\bin.
# Unset, a development build still configures; installing (and so packaging) stops.
set(POPSELL_OPENSSL_BIN_DIR "" CACHE PATH "Directory of the OpenSSL 3 DLLs to ship")
if(POPSELL_OPENSSL_BIN_DIR)
    install(FILES ${POPSELL_OPENSSL_BIN_DIR}/libssl-3-x64.dll
                  ${POPSELL_OPENSSL_BIN_DIR}/libcrypto-3-x64.dll
            DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT moderator)
else()
    install(CODE [[message(FATAL_ERROR "POPSELL_OPENSSL_BIN_DIR is not set: the console would "
                                       "not start without OpenSSL (docs/packaging.md).")]]
            COMPONENT moderator)
endif()

# An MSVC build needs its runtime DLLs too (windeployqt copies MinGW's, not MSVC's).
set(CMAKE_INSTALL_SYSTEM_RUNTIME_COMPONENT moderator)
include(InstallRequiredSystemLibraries)
endblock()

set(CPACK_GENERATOR NSIS)
set(CPACK_NSIS_PACKAGE_NAME "Popsell Moderator")
set(CPACK_NSIS_DISPLAY_NAME "Popsell Moderator ${PROJECT_VERSION}")
set(CPACK_NSIS_CONTACT "${POPSELL_PACKAGE_CONTACT}")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_LIST_DIR}/popsell-moderator.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_CURRENT_LIST_DIR}/popsell-moderator.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "${CMAKE_INSTALL_BINDIR}\\\\popsell-moderator.exe")
# A Start menu entry for the console; popsellctl is reached through PATH (the installer asks).
set(CPACK_PACKAGE_EXECUTABLES popsell-moderator "Popsell Moderator")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY ${CMAKE_INSTALL_BINDIR})
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN popsell-moderator.exe)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
