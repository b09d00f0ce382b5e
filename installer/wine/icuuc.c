/*
 * Wine-only replacement for the icuuc.dll that Windows 10 (1703 and later) keeps in System32.
 *
 * Qt6Core.dll links the ICU converter functions (ucnv_*) of the system ICU for the old 8-bit
 * code pages; Wine 8 ships no icuuc.dll, so QtCore (and PySide6) could not load at all.
 * installer/wine_check.sh compiles this file with mingw-w64 into the Wine prefix's System32,
 * never into the program folder, and first checks that it exports every name Qt6Core imports.
 *
 * Behaviour: no converter exists. Opening one reports an error, so Qt keeps to its built-in
 * UTF-8, UTF-16 and Latin-1 codecs (all the program uses); every other call is a harmless no-op
 * that reports an error where ICU has an error argument.
 */
#include <stddef.h>
#include <stdint.h>

#define EXPORT __declspec(dllexport)

typedef int UErrorCode;   /* ICU: > 0 is a failure, <= 0 success or warning */
typedef uint16_t UChar;
typedef int8_t UBool;
typedef void UConverter;
typedef void (*Callback)(void);

#define U_ILLEGAL_ARGUMENT_ERROR 1
#define U_FILE_ACCESS_ERROR 4

static void set_error(UErrorCode *status, UErrorCode code)
{
    if (status != NULL && *status <= 0)
        *status = code;
}

/* Opening: the only call that decides anything. */
EXPORT UConverter *ucnv_open(const char *name, UErrorCode *status)
{
    (void)name;
    set_error(status, U_FILE_ACCESS_ERROR);
    return NULL;
}

EXPORT void ucnv_close(UConverter *cnv) { (void)cnv; }
EXPORT void ucnv_reset(UConverter *cnv) { (void)cnv; }
EXPORT int8_t ucnv_getMaxCharSize(const UConverter *cnv) { (void)cnv; return 1; }

EXPORT const char *ucnv_getName(const UConverter *cnv, UErrorCode *status)
{
    (void)cnv;
    set_error(status, U_ILLEGAL_ARGUMENT_ERROR);
    return NULL;
}

/* Error callbacks: none installed, none can be. */
EXPORT void ucnv_getToUCallBack(const UConverter *cnv, Callback *action, const void **context)
{
    (void)cnv;
    if (action != NULL) *action = NULL;
    if (context != NULL) *context = NULL;
}

EXPORT void ucnv_getFromUCallBack(const UConverter *cnv, Callback *action, const void **context)
{
    ucnv_getToUCallBack(cnv, action, context);
}

EXPORT void ucnv_setToUCallBack(UConverter *cnv, Callback action, const void *context,
                                Callback *old_action, const void **old_context, UErrorCode *status)
{
    (void)action; (void)context;
    ucnv_getToUCallBack(cnv, old_action, old_context);
    set_error(status, U_ILLEGAL_ARGUMENT_ERROR);
}

EXPORT void ucnv_setFromUCallBack(UConverter *cnv, Callback action, const void *context,
                                  Callback *old_action, const void **old_context, UErrorCode *status)
{
    ucnv_setToUCallBack(cnv, action, context, old_action, old_context, status);
}

EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const UChar *units,
                                            int32_t length, int32_t code_point, int reason,
                                            UErrorCode *status)
{
    (void)context; (void)args; (void)units; (void)length; (void)code_point; (void)reason;
    (void)status;
}

EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const char *units,
                                          int32_t length, int reason, UErrorCode *status)
{
    (void)context; (void)args; (void)units; (void)length; (void)reason; (void)status;
}

EXPORT void ucnv_cbToUWriteUChars(void *args, const UChar *source, int32_t length,
                                  int32_t offset_index, UErrorCode *status)
{
    (void)args; (void)source; (void)length; (void)offset_index;
    set_error(status, U_ILLEGAL_ARGUMENT_ERROR);
}

EXPORT void ucnv_cbFromUWriteUChars(void *args, const UChar **source, const UChar *source_limit,
                                    int32_t offset_index, UErrorCode *status)
{
    (void)args; (void)source; (void)source_limit; (void)offset_index;
    set_error(status, U_ILLEGAL_ARGUMENT_ERROR);
}

/* Conversion itself: never reached, since no converter opens. */
EXPORT void ucnv_toUnicode(UConverter *cnv, UChar **target, const UChar *target_limit,
                           const char **source, const char *source_limit, int32_t *offsets,
                           UBool flush, UErrorCode *status)
{
    (void)cnv; (void)target; (void)target_limit; (void)source; (void)source_limit;
    (void)offsets; (void)flush;
    set_error(status, U_ILLEGAL_ARGUMENT_ERROR);
}

EXPORT void ucnv_fromUnicode(UConverter *cnv, char **target, const char *target_limit,
                             const UChar **source, const UChar *source_limit, int32_t *offsets,
                             UBool flush, UErrorCode *status)
{
    (void)cnv; (void)target; (void)target_limit; (void)source; (void)source_limit;
    (void)offsets; (void)flush;
    set_error(status, U_ILLEGAL_ARGUMENT_ERROR);
}

EXPORT int32_t ucnv_toUCountPending(const UConverter *cnv, UErrorCode *status)
{
    (void)cnv;
    set_error(status, U_ILLEGAL_ARGUMENT_ERROR);
    return 0;
}

EXPORT int32_t ucnv_fromUCountPending(const UConverter *cnv, UErrorCode *status)
{
    return ucnv_toUCountPending(cnv, status);
}

/* Names: an empty list of converters. */
EXPORT const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *status)
{
    (void)name; (void)standard;
    set_error(status, U_ILLEGAL_ARGUMENT_ERROR);
    return NULL;
}

EXPORT int32_t ucnv_countAvailable(void) { return 0; }
EXPORT const char *ucnv_getAvailableName(int32_t index) { (void)index; return NULL; }
