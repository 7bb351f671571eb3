#pragma once
// One include for Catch2 2.13 (Debian 12) and Catch2 3.x (Fedora, Homebrew, vcpkg).
#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_all.hpp>
#define CAIRN_CATCH3 1
#else
#include <catch2/catch.hpp>
#endif

#include <QString>
#include <ostream>

// Let Catch print QStrings in failure messages.
inline std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << '"' << s.toStdString() << '"';
}
