#ifndef VEIL_CSYSTEMD_SHIM_H
#define VEIL_CSYSTEMD_SHIM_H

// systemd headers must be included from here, not listed in the modulemap:
// <systemd/_sd-common.h> refuses to be a top-level header.
#include <systemd/sd-journal.h>
#include <systemd/sd-daemon.h>
#include <systemd/sd-id128.h>

/// `sd_notify(0, state)` without the variadic `sd_notifyf`.
static inline int veil_sd_notify(const char *state) {
    return sd_notify(0, state);
}

#endif
