#define _GNU_SOURCE
#include "CEthosSystem.h"
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#if defined(__linux__)
#include <sys/prctl.h>
#endif

#if defined(__APPLE__)
int ethos_exchange_paths(const char *first, const char *second) {
    return renamex_np(first, second, RENAME_SWAP);
}
#elif defined(__linux__)
int ethos_exchange_paths(const char *first, const char *second) {
    return renameat2(AT_FDCWD, first, AT_FDCWD, second, RENAME_EXCHANGE);
}
#else
int ethos_exchange_paths(const char *first, const char *second) {
    (void)first;
    (void)second;
    errno = ENOSYS;
    return -1;
}
#endif

/// Whether a failed flush only means that the file system has nothing to flush this way
/// (network and shared folders refuse `fsync` on a folder), which is not a write that failed.
static int flush_unsupported(int code) {
    return code == EINVAL || code == ENOTSUP || code == EOPNOTSUPP || code == EBADF || code == EROFS;
}

/// Flushes `descriptor` down to the disk: on macOS `fsync` leaves the bytes in the drive's
/// cache, and `F_FULLFSYNC` empties it (for the whole drive).
static int flush(int descriptor) {
#if defined(__APPLE__)
    if (fcntl(descriptor, F_FULLFSYNC) == 0) return 0;
#endif
    return fsync(descriptor);
}

/// Flushes the whole file system that holds `descriptor`: `syncfs` on Linux; elsewhere `sync`,
/// then a flush of the drive.
static int flush_file_system(int descriptor) {
#if defined(__linux__)
    return syncfs(descriptor);
#else
    sync();
    return flush(descriptor);
#endif
}

/// Opens the folder at `path`, flushes it with `how`, and closes it, keeping the flush's errno.
static int flush_folder_with(const char *path, int (*how)(int)) {
    int descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (descriptor < 0) return -1;
    int result = how(descriptor);
    int code = errno;
    close(descriptor);
    if (result != 0 && flush_unsupported(code)) return 0;
    errno = code;
    return result;
}

int ethos_sync_file_system(const char *path) {
    return flush_folder_with(path, flush_file_system);
}

int ethos_sync_folder(const char *path) {
    return flush_folder_with(path, flush);
}

int ethos_run_tied(const char *path, char *const arguments[], int error_file) {
    pid_t parent = getpid();
    pid_t child = fork();
    if (child < 0) return -1;
    if (child == 0) {
        // Only async-signal-safe calls between fork and exec.
#if defined(__linux__)
        if (prctl(PR_SET_PDEATHSIG, SIGKILL) != 0 || getppid() != parent) _exit(127);
#else
        (void)parent;
#endif
        int null = open("/dev/null", O_WRONLY);
        if (null >= 0) dup2(null, STDOUT_FILENO);
        dup2(error_file, STDERR_FILENO);
        execv(path, arguments);
        _exit(127);
    }
    int status = 0;
    while (waitpid(child, &status, 0) < 0) {
        if (errno != EINTR) return -1;
    }
    if (WIFEXITED(status)) return WEXITSTATUS(status);
    if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
    return -1;
}

/// Removes `name` in the open folder `parent`, as ethos_remove_tree does.
static int remove_at(int parent, const char *name) {
    if (unlinkat(parent, name, 0) == 0) return 0;
    // Linux refuses to unlink a folder with EISDIR, macOS with EPERM.
    if (errno != EISDIR && errno != EPERM) return -1;
    int folder = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (folder < 0) return -1;
    DIR *entries = fdopendir(folder);
    if (entries == NULL) {
        close(folder);
        return -1;
    }
    int result = 0, code = 0;
    struct dirent *entry;
    while ((entry = readdir(entries)) != NULL) {
        if (strcmp(entry->d_name, ".") == 0 || strcmp(entry->d_name, "..") == 0) continue;
        int removed = entry->d_type == DT_DIR ? remove_at(folder, entry->d_name)
                                              : unlinkat(folder, entry->d_name, 0) == 0 ? 0 : remove_at(folder, entry->d_name);
        if (removed != 0 && result == 0) {
            result = -1;
            code = errno;
        }
    }
    closedir(entries);
    if (unlinkat(parent, name, AT_REMOVEDIR) != 0 && result == 0) {
        result = -1;
        code = errno;
    }
    if (result != 0) errno = code;
    return result;
}

int ethos_remove_tree(const char *path) {
    return remove_at(AT_FDCWD, path);
}
