# SPDX-FileCopyrightText: 2026 Snapdock developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Packages: .deb + .tar.gz on Linux, WiX MSI + ZIP on Windows, DragNDrop DMG on macOS. `cpack` in the build folder.

set(CPACK_PACKAGE_NAME "snapdock")
set(CPACK_PACKAGE_VENDOR "Snapdock developers")
set(CPACK_PACKAGE_CONTACT "Snapdock developers <dev@snapdock.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Backup and restore for Qdrant vector database collections")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL "https://snapdock.invalid")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Snapdock")
set(CPACK_PACKAGE_EXECUTABLES "snapdock" "Snapdock")
set(CPACK_STRIP_FILES ON)

if(WIN32)
    set(CPACK_GENERATOR "WIX;ZIP")
    # A fixed upgrade code lets a newer MSI replace an older one.
    set(CPACK_WIX_UPGRADE_GUID "6E5B3C1A-2F4D-4B7E-9A61-3D2C8E9F1A55")
    set(CPACK_WIX_PROGRAM_MENU_FOLDER "Snapdock")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "Snapdock")
    set(CPACK_DMG_FORMAT "UDZO")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # dlopen()ed at run time, so invisible to dpkg-shlibdeps: the SQLite driver and libsecret (qtkeychain).
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libsecret-1-0")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
endif()

# Windows and macOS bundles carry Qt with them (windeployqt / macdeployqt through Qt's deploy script).
if(WIN32 OR APPLE)
    qt_generate_deploy_app_script(TARGET snapdock OUTPUT_SCRIPT _snapdock_deploy NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${_snapdock_deploy})
endif()

include(CPack)
