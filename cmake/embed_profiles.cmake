# Compiles data/profiles/*.json into the library: nothing is read from disk at run time.
file(GLOB WARTA_PROFILE_FILES CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/data/profiles/*.json")
set(WARTA_EMBEDDED_PROFILES "${PROJECT_BINARY_DIR}/generated/embedded_profiles.cpp")
add_custom_command(
  OUTPUT "${WARTA_EMBEDDED_PROFILES}"
  COMMAND "${CMAKE_COMMAND}" -DOUTPUT=${WARTA_EMBEDDED_PROFILES} -DPROFILE_DIR=${PROJECT_SOURCE_DIR}/data/profiles
          -P "${PROJECT_SOURCE_DIR}/cmake/write_embedded_profiles.cmake"
  DEPENDS ${WARTA_PROFILE_FILES} "${PROJECT_SOURCE_DIR}/cmake/write_embedded_profiles.cmake"
  COMMENT "Embedding outlet profiles"
  VERBATIM)
