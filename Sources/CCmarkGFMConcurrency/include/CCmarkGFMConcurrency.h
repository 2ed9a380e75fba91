#ifndef ETHOS_CCMARKGFM_CONCURRENCY_H
#define ETHOS_CCMARKGFM_CONCURRENCY_H

#include <stdbool.h>

struct cmark_parser;

/// Adds the special characters of the inline extensions attached to `parser` (`~` for
/// strikethrough, `:` and `w` for autolinks) to cmark-gfm's process-wide inline table, once and
/// for good: from then on no parser adds or removes them, so parsers on many threads read a
/// table that never changes. Call it once, before any other conversion, with a parser that has
/// exactly the extensions every later parser attaches. Returns false, and changes nothing, when
/// cmark-gfm's own calls do not reach this module (see
/// `ethos_cmark_calls_are_intercepted`) or its definition cannot be found.
bool ethos_cmark_pin_special_characters(struct cmark_parser *parser);

/// Whether cmark-gfm's calls from inside the library to
/// `cmark_manage_extensions_special_characters` reach the definition in this module. They do
/// where the dynamic linker lets an executable's symbol stand in for a shared library's
/// (ELF, cmark-gfm built without -Bsymbolic); not on macOS's two-level namespaces, nor with a
/// static cmark-gfm. True once the library has parsed at least one document through it.
bool ethos_cmark_calls_are_intercepted(void);

#endif
