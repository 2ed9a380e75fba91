// cmark-gfm 0.29.0.gfm.6 keeps the special characters of its inline extensions in two tables
// for the whole process (SPECIAL_CHARS and SKIP_CHARS in inlines.c). Each parser's
// cmark_parser_finish sets its extensions' characters before parsing inlines and clears them
// after (process_inlines in blocks.c calls cmark_manage_extensions_special_characters with add
// 1, then 0), so one parser finishing clears `~` under another that is still parsing
// (github/cmark-gfm#176, fixed upstream only by an unmerged pull request).
//
// Those two calls are the only writes to the tables, and process_inlines makes them through
// the library's procedure linkage table, by name. Defining that name here makes the dynamic
// linker send them to this file instead. It forwards to the library until
// ethos_cmark_pin_special_characters has set the characters once; after that it does nothing,
// so the tables hold the defaults plus the extensions' characters for the rest of the process
// and no thread writes them again.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdatomic.h>
#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include "CCmarkGFMConcurrency.h"

typedef void (*manage_special_characters)(cmark_parser *, int);

static atomic_bool pinned;
static atomic_bool intercepted;

/// cmark-gfm's own definition, the next one after this module in the dynamic linker's order.
static manage_special_characters library_definition(void) {
    return (manage_special_characters)dlsym(RTLD_NEXT, "cmark_manage_extensions_special_characters");
}

CMARK_GFM_EXPORT
void cmark_manage_extensions_special_characters(cmark_parser *parser, int add) {
    if (atomic_load_explicit(&pinned, memory_order_acquire)) return;
    atomic_store_explicit(&intercepted, true, memory_order_relaxed);
    manage_special_characters library = library_definition();
    if (library) library(parser, add);
}

bool ethos_cmark_pin_special_characters(struct cmark_parser *parser) {
    if (!atomic_load_explicit(&intercepted, memory_order_relaxed)) return false;
    manage_special_characters library = library_definition();
    if (!library) return false;
    library(parser, 1);
    atomic_store_explicit(&pinned, true, memory_order_release);
    return true;
}

bool ethos_cmark_calls_are_intercepted(void) {
    return atomic_load_explicit(&intercepted, memory_order_relaxed);
}
