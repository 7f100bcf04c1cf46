#include <stddef.h>
#include <stdint.h>
/// libFuzzer's driver (compiler-rt, LLVM ≥ 11). SwiftPM links an executable with
/// `main` bound to `<module>_main`, so each target calls the driver from there.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*UserCb)(const uint8_t *Data, size_t Size));
