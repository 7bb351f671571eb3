#pragma once
// Shared body of the test mains: Catch2 v2 needs CATCH_CONFIG_RUNNER in exactly one TU, v3 links Catch2::Catch2.
#include <QStandardPaths>
#include <cstring>

#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_session.hpp>
#else
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
#endif

namespace cairn::test {
/// True when Catch is only asked to list tests (ctest discovery): no Qt application is needed then.
inline bool listingOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        if (std::strncmp(argv[i], "--list", 6) == 0)
            return true;
    return false;
}
} // namespace cairn::test
