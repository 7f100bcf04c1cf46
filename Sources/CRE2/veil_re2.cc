#include "veil_re2.h"

#include <re2/re2.h>
#include <cstring>
#include <new>
#include <string>

struct veil_re2 {
    RE2 *re;
};

extern "C" veil_re2 *veil_re2_compile(const char *pattern, size_t pattern_length,
                                      int case_insensitive, long long max_memory,
                                      char *error, size_t error_capacity) {
    RE2::Options options;
    options.set_log_errors(false);
    options.set_case_sensitive(case_insensitive == 0);
    options.set_max_mem(max_memory);
    options.set_encoding(RE2::Options::EncodingUTF8);
    RE2 *re = new (std::nothrow) RE2(re2::StringPiece(pattern, pattern_length), options);
    if (re == nullptr) {
        if (error_capacity > 0) {
            std::strncpy(error, "out of memory", error_capacity - 1);
            error[error_capacity - 1] = '\0';
        }
        return nullptr;
    }
    if (!re->ok()) {
        if (error_capacity > 0) {
            const std::string &message = re->error();
            std::strncpy(error, message.c_str(), error_capacity - 1);
            error[error_capacity - 1] = '\0';
        }
        delete re;
        return nullptr;
    }
    veil_re2 *wrapper = new (std::nothrow) veil_re2{re};
    if (wrapper == nullptr) {
        delete re;
        return nullptr;
    }
    return wrapper;
}

extern "C" void veil_re2_free(veil_re2 *re) {
    if (re == nullptr) return;
    delete re->re;
    delete re;
}

extern "C" int veil_re2_group_count(const veil_re2 *re) {
    return re->re->NumberOfCapturingGroups();
}

extern "C" int veil_re2_find(const veil_re2 *re, const char *text, size_t length, size_t start,
                             size_t *match_start, size_t *match_end,
                             size_t *whole_start, size_t *whole_end) {
    if (start > length) return 0;
    re2::StringPiece input(text, length);
    re2::StringPiece groups[2];
    int wanted = re->re->NumberOfCapturingGroups() >= 1 ? 2 : 1;
    if (!re->re->Match(input, start, length, RE2::UNANCHORED, groups, wanted)) {
        return 0;
    }
    *whole_start = (size_t)(groups[0].data() - text);
    *whole_end = *whole_start + groups[0].size();
    if (wanted == 2 && groups[1].data() != nullptr) {
        *match_start = (size_t)(groups[1].data() - text);
        *match_end = *match_start + groups[1].size();
    } else {
        *match_start = *whole_start;
        *match_end = *whole_end;
    }
    return 1;
}
