# Install rules: the libraries, their headers, a CMake package (warta::warta, warta::warc) and
# pkg-config files (warta, warta-warc).
include(CMakePackageConfigHelpers)

set(WARTA_INSTALL_CMAKEDIR "${CMAKE_INSTALL_LIBDIR}/cmake/warta" CACHE STRING "Where wartaConfig.cmake goes")

install(TARGETS warta warta_warc EXPORT wartaTargets
  ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}"
  LIBRARY DESTINATION "${CMAKE_INSTALL_LIBDIR}"
  RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}"
  INCLUDES DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/warta" DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
install(EXPORT wartaTargets NAMESPACE warta:: DESTINATION "${WARTA_INSTALL_CMAKEDIR}")

configure_package_config_file("${PROJECT_SOURCE_DIR}/cmake/wartaConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/wartaConfig.cmake" INSTALL_DESTINATION "${WARTA_INSTALL_CMAKEDIR}")
write_basic_package_version_file("${PROJECT_BINARY_DIR}/wartaConfigVersion.cmake" COMPATIBILITY SameMinorVersion)
install(FILES "${PROJECT_BINARY_DIR}/wartaConfig.cmake" "${PROJECT_BINARY_DIR}/wartaConfigVersion.cmake"
  DESTINATION "${WARTA_INSTALL_CMAKEDIR}")

configure_file("${PROJECT_SOURCE_DIR}/cmake/warta.pc.in" "${PROJECT_BINARY_DIR}/warta.pc" @ONLY)
configure_file("${PROJECT_SOURCE_DIR}/cmake/warta-warc.pc.in" "${PROJECT_BINARY_DIR}/warta-warc.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/warta.pc" "${PROJECT_BINARY_DIR}/warta-warc.pc"
  DESTINATION "${CMAKE_INSTALL_LIBDIR}/pkgconfig")
