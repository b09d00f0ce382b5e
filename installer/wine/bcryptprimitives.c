/*
 * Wine-only replacement for Windows' bcryptprimitives.dll, which Wine 8 lacks.
 *
 * Rust's standard library (inside pydantic-core's extension module) imports ProcessPrng from it
 * for its random numbers; without the DLL the module does not load. This one exports ProcessPrng
 * and fills the buffer from BCryptGenRandom, the system random source Wine does have.
 * installer/wine_check.sh compiles it with mingw-w64 into the Wine prefix's System32 only.
 */
#include <windows.h>
#include <bcrypt.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE buffer, SIZE_T size)
{
    const SIZE_T largest = 1u << 30; /* BCryptGenRandom takes a ULONG count */

    while (size > 0) {
        ULONG part = (ULONG)(size < largest ? size : largest);
        if (!BCRYPT_SUCCESS(BCryptGenRandom(NULL, buffer, part, BCRYPT_USE_SYSTEM_PREFERRED_RNG)))
            return FALSE;
        buffer += part;
        size -= part;
    }
    return TRUE;
}
