#ifndef VEIL_CSYSTEMD_SHIM_H
#define VEIL_CSYSTEMD_SHIM_H

// systemd headers must be included from here, not listed in the modulemap:
// <systemd/_sd-common.h> refuses to be a top-level header.
#include <systemd/sd-journal.h>
#include <systemd/sd-daemon.h>
#include <systemd/sd-id128.h>

#include <errno.h>
#include <stddef.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <sys/un.h>

/// `sd_notify(0, state)` without the variadic `sd_notifyf`.
static inline int veil_sd_notify(const char *state) {
    return sd_notify(0, state);
}

// Linux constants that glibc only exposes under _GNU_SOURCE (values from
// <linux/memfd.h> and <linux/fcntl.h>; they are kernel ABI).
#ifndef VEIL_MFD_CLOEXEC
#define VEIL_MFD_CLOEXEC 0x0001U
#define VEIL_MFD_ALLOW_SEALING 0x0002U
#define VEIL_F_ADD_SEALS (1024 + 9)
#define VEIL_F_SEAL_SEAL 0x0001
#define VEIL_F_SEAL_SHRINK 0x0002
#define VEIL_F_SEAL_GROW 0x0004
#define VEIL_F_SEAL_WRITE 0x0008
#endif

/// `memfd_create(name, MFD_ALLOW_SEALING | MFD_CLOEXEC)`; -1 and errno on failure.
static inline int veil_memfd_create(const char *name) {
    return (int)syscall(__NR_memfd_create, name, VEIL_MFD_ALLOW_SEALING | VEIL_MFD_CLOEXEC);
}

/// Seals a memfd against any further change (`F_SEAL_SHRINK|F_SEAL_GROW|F_SEAL_WRITE|F_SEAL_SEAL`),
/// as journald requires before it trusts a passed fd. 0 or -1 and errno.
static inline int veil_memfd_seal(int fd) {
    return fcntl(fd, VEIL_F_ADD_SEALS, VEIL_F_SEAL_SHRINK | VEIL_F_SEAL_GROW | VEIL_F_SEAL_WRITE | VEIL_F_SEAL_SEAL);
}

/// The calling thread's kernel thread id (`gettid()`).
static inline long veil_gettid(void) {
    return syscall(__NR_gettid);
}

/// Sends one datagram to the AF_UNIX socket at `path` (`path_len` bytes, no NUL needed).
///
/// With `pass_fd < 0` the payload is `buf`/`len`. With `pass_fd >= 0` the payload is
/// empty and `pass_fd` travels as `SCM_RIGHTS`, as `sd_journal_sendv` does for large
/// entries (the CMSG_* macros cannot be imported into Swift).
/// Returns the byte count sent, or -1 with errno set. Uses MSG_NOSIGNAL.
static inline long veil_unix_send(int sock, const char *path, size_t path_len,
                                  const void *buf, size_t len, int pass_fd) {
    struct sockaddr_un addr;
    memset(&addr, 0, sizeof(addr));
    addr.sun_family = AF_UNIX;
    if (path_len >= sizeof(addr.sun_path)) { errno = ENAMETOOLONG; return -1; }
    memcpy(addr.sun_path, path, path_len);

    struct msghdr mh;
    memset(&mh, 0, sizeof(mh));
    mh.msg_name = &addr;
    mh.msg_namelen = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + path_len + 1);

    struct iovec iov;
    union {
        struct cmsghdr cmsghdr;
        char buf[CMSG_SPACE(sizeof(int))];
    } control;

    if (pass_fd < 0) {
        iov.iov_base = (void *)buf;
        iov.iov_len = len;
        mh.msg_iov = &iov;
        mh.msg_iovlen = 1;
    } else {
        memset(&control, 0, sizeof(control));
        mh.msg_control = &control;
        mh.msg_controllen = sizeof(control);
        struct cmsghdr *cmsg = CMSG_FIRSTHDR(&mh);
        cmsg->cmsg_level = SOL_SOCKET;
        cmsg->cmsg_type = SCM_RIGHTS;
        cmsg->cmsg_len = CMSG_LEN(sizeof(int));
        memcpy(CMSG_DATA(cmsg), &pass_fd, sizeof(int));
        mh.msg_controllen = cmsg->cmsg_len;
    }
    return (long)sendmsg(sock, &mh, MSG_NOSIGNAL);
}

#endif
