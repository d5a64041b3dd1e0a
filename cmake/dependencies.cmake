# Every dependency comes from Debian packages; nothing is downloaded.
include(GNUInstallDirs)
find_package(PkgConfig REQUIRED)
pkg_check_modules(gumbo REQUIRED IMPORTED_TARGET gumbo)
find_package(ICU REQUIRED COMPONENTS uc i18n)
find_package(nlohmann_json 3.10 REQUIRED)
