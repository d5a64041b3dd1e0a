# AddressSanitizer + UndefinedBehaviorSanitizer on every warta target (tests and tools link warta).
set(WARTA_SANITIZER_FLAGS -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
target_compile_options(warta PUBLIC ${WARTA_SANITIZER_FLAGS})
target_link_options(warta PUBLIC ${WARTA_SANITIZER_FLAGS})
