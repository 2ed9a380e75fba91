#ifndef ETHOS_SYSTEM_H
#define ETHOS_SYSTEM_H

/// Swaps the two paths in one step, so a reader sees either the old or the new folder at each
/// path, never none. Returns 0 on success, -1 with errno set otherwise (ENOSYS or EINVAL where
/// the system or file system cannot exchange).
int ethos_exchange_paths(const char *first, const char *second);

/// Waits until everything written to the file system that holds the folder `path` is on the
/// disk: one call for a whole folder of files (`syncfs` on Linux; `sync` and `F_FULLFSYNC` on
/// macOS). Returns 0 on success, and where the file system cannot flush this way; -1 with
/// errno set when a write failed.
int ethos_sync_file_system(const char *path);

/// Waits until the entries of the folder at `path` (names created, renamed or removed in it)
/// are on the disk. Returns 0 on success, and where the file system cannot flush a folder
/// (some network and shared folders); -1 with errno set when a write failed.
int ethos_sync_folder(const char *path);

/// Runs the executable at `path` with `arguments` (ending in NULL; the first is its name) and
/// waits for it: standard output discarded, standard error to the open file `error_file`. On
/// Linux the system kills it when the calling thread's process dies, so a build killed while
/// it runs leaves no helper writing on. Returns its exit status, 128 + the signal that ended
/// it, or -1 with errno set when it could not be started.
int ethos_run_tied(const char *path, char *const arguments[], int error_file);

/// Removes the file or folder at `path` with everything in it, without following symbolic
/// links: each entry by its name in an open folder (no path is looked up twice, nothing is
/// stat'ed where the folder says what an entry is). What can be removed is, even after a
/// failure. Returns 0 on success, -1 with errno of a failure otherwise.
int ethos_remove_tree(const char *path);

#endif
