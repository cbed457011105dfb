# Packaging: what `cmake --install` puts on a machine beyond the two programs (desktop entry, icons,
# AppStream metadata, manual pages, licence) and how CPack wraps it: a Debian package on Linux, an MSI on
# Windows. Included near the end of the top-level CMakeLists.txt, once the targets exist.
#
# The version is the project's (project(Daicho VERSION ...)); nothing here repeats it. The Japanese
# translations need no install rule: they are compiled into the programs as Qt resources
# (translations/CMakeLists.txt).

include(GNUInstallDirs)

# Names the desktop entry, the icons and the AppStream component. Reverse DNS of the project's homepage,
# which is still a placeholder: see installer/README.md before the first public release.
set(DAICHO_APP_ID "invalid.example.Daicho")
# The release date of the project version: the AppStream release entry and the manual pages' date.
set(DAICHO_RELEASE_DATE "2026-11-22")

set(_daicho_installer ${CMAKE_CURRENT_LIST_DIR})
set(_daicho_generated ${PROJECT_BINARY_DIR}/installer)

configure_file(${PROJECT_SOURCE_DIR}/LICENSE ${_daicho_generated}/LICENSE.txt COPYONLY)

if(UNIX AND NOT APPLE)
    # Our own libraries are static and Qt lives in the system's library directory, so the installed
    # programs need no $ORIGIN search path (qt_standard_project_setup adds one for relocatable installs).
    set_target_properties(daicho-cli PROPERTIES INSTALL_RPATH "")

    # Manual pages, dated and versioned from here; gzip -n keeps the package reproducible.
    set(_daicho_manpages daicho-cli)
    if(TARGET daicho)
        list(APPEND _daicho_manpages daicho)
    endif()
    set(_daicho_manpages_gz "")
    find_program(DAICHO_GZIP gzip)
    foreach(_page IN LISTS _daicho_manpages)
        set(_man ${_daicho_generated}/man/${_page}.1)
        configure_file(${_daicho_installer}/linux/${_page}.1.in ${_man} @ONLY)
        if(DAICHO_GZIP)
            add_custom_command(OUTPUT ${_man}.gz
                COMMAND ${DAICHO_GZIP} -9 -n -f -k ${_man}
                DEPENDS ${_man}
                VERBATIM)
            list(APPEND _daicho_manpages_gz ${_man}.gz)
            install(FILES ${_man}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
        else()
            install(FILES ${_man} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
        endif()
    endforeach()
    if(_daicho_manpages_gz)
        add_custom_target(daicho_manpages ALL DEPENDS ${_daicho_manpages_gz})
    endif()

    # Debian wants the licence as /usr/share/doc/<package>/copyright.
    install(FILES ${PROJECT_SOURCE_DIR}/LICENSE
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/daicho RENAME copyright)

    if(TARGET daicho)
        set_target_properties(daicho PROPERTIES INSTALL_RPATH "")
        install(FILES ${_daicho_installer}/linux/${DAICHO_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/applications)
        configure_file(${_daicho_installer}/linux/${DAICHO_APP_ID}.metainfo.xml.in
            ${_daicho_generated}/${DAICHO_APP_ID}.metainfo.xml @ONLY)
        install(FILES ${_daicho_generated}/${DAICHO_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/metainfo)
        install(FILES ${_daicho_installer}/linux/${DAICHO_APP_ID}.svg
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/scalable/apps)
        # Rendered from the SVG by installer/linux/make-icons.sh and kept in the repository.
        foreach(_size 16 32 48 64 128 256)
            install(FILES ${_daicho_installer}/linux/icons/hicolor/${_size}x${_size}/apps/${DAICHO_APP_ID}.png
                DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/${_size}x${_size}/apps)
        endforeach()
    endif()
endif()

# Windows: windeployqt (through Qt's deploy script) copies the Qt libraries and plugins next to the
# programs, so the MSI runs on a machine without Qt. Deploying the window covers the CLI too: it uses a
# subset of the same libraries and sits in the same folder. Untested here: see installer/README.md.
if(WIN32 AND TARGET daicho AND COMMAND qt_generate_deploy_app_script)
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        qt_generate_deploy_app_script(TARGET daicho OUTPUT_SCRIPT _daicho_deploy NO_UNSUPPORTED_PLATFORM_ERROR)
    else()
        qt_generate_deploy_app_script(TARGET daicho FILENAME_VARIABLE _daicho_deploy NO_UNSUPPORTED_PLATFORM_ERROR)
    endif()
    install(SCRIPT ${_daicho_deploy})
endif()

set(CPACK_PACKAGE_NAME daicho)
set(CPACK_PACKAGE_VENDOR "Daicho developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_CONTACT "Daicho developers <daicho@example.invalid>")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Daicho)
set(CPACK_RESOURCE_FILE_LICENSE ${_daicho_generated}/LICENSE.txt)
set(CPACK_STRIP_FILES ON)
# Start-menu shortcut (WiX and NSIS): executable name, then the label.
set(CPACK_PACKAGE_EXECUTABLES daicho Daicho)

if(WIN32)
    set(CPACK_GENERATOR WIX)
    # Identifies Daicho across versions so an MSI upgrades the previous one in place: never change it.
    set(CPACK_WIX_UPGRADE_GUID 982387BD-4697-4A8B-9AAF-268357224C3B)
    set(CPACK_WIX_PRODUCT_ICON ${_daicho_installer}/windows/daicho.ico)
    set(CPACK_WIX_PROGRAM_MENU_FOLDER Daicho)
    # Start-menu entry and uninstaller for every user, not just the one installing. Read by CMake 3.29 and
    # later; an older CPack writes no scope, and its MSI registers both for the installing user only.
    set(CPACK_WIX_INSTALL_SCOPE perMachine)
    set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
elseif(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR DEB)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION misc)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
    set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
        "Daicho keeps the information asset register that a Japanese
municipality's information security policy asks for. Each section records
its assets and rates their confidentiality, integrity and availability
under the national guideline's classification scheme. Daicho follows each
asset from creation to disposal, lists overdue reviews, keeps an
append-only history of every change and prints the register, the committee
summary and asset sheets on A4. The information policy division
consolidates the registers of every department.

This package holds the desktop application (daicho) and the command-line
tool (daicho-cli) for scripts. The user interface is in Japanese, with
English available.")
    # dpkg-shlibdeps finds the Qt libraries the programs link; the rest is loaded at run time and named here:
    # the SQLite driver, Japanese fonts for printouts and Qt's own Japanese strings. The xcb and offscreen
    # platform plugins come with libqt6gui6, which dpkg-shlibdeps already lists.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, fonts-noto-cjk, qt6-translations-l10n")
endif()

include(CPack)
