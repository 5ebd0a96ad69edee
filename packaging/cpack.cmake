# `cpack -G DEB` in a release build tree makes newsmark_<version>_amd64.deb for Debian 12.
set(CPACK_PACKAGE_NAME newsmark)
set(CPACK_PACKAGE_VENDOR "Newsmark developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "news reader that highlights names and amounts")
set(CPACK_PACKAGE_CONTACT "Newsmark developers <maintainers@newsmark.io>")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)

# DEB-DEFAULT gives Debian's <name>_<version>_<arch>.deb.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION news)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The summary is the control file's first Description line; this is the text under it.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Newsmark keeps a local library of news articles and shows each one with the
people, organizations, places, dates and amounts it mentions highlighted.
Korean business and IT news come first; English articles are read as well.
.
It imports text files and folders (UTF-8, UTF-16, CP949), skips duplicates,
and lists a hundred thousand articles without a pause. The reader page loads
nothing from the network. newsmark-cli offers import, list, show and analyze
for scripts.")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# dpkg-shlibdeps finds the libraries the binaries link; what is loaded at run time it cannot see:
# the platform plugins, QtWebEngine's helper process and the CJK fonts the reader page asks for.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-noto-cjk, libqt6webenginecore6-bin, qt6-qpa-plugins, qt6-image-formats-plugins, libstemmer0d")
# Qt's own dialogs and buttons in Korean; Newsmark's catalogues are compiled in.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")

set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build/" "/\\\\.cache/" "compile_commands\\\\.json$")

include(CPack)
