#ifndef ETHOS_SYSTEM_H
#define ETHOS_SYSTEM_H

/// Swaps the two paths in one step, so a reader sees either the old or the new folder at each
/// path, never none. Returns 0 on success, -1 with errno set otherwise (ENOSYS or EINVAL where
/// the system or file system cannot exchange).
int ethos_exchange_paths(const char *first, const char *second);

#endif
