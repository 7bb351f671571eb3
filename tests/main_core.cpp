// Test runner for the core library: a QCoreApplication, per-process settings and data folders.
#include "catch_main.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    if (cairn::test::listingOnly(argc, argv))
        return Catch::Session().run(argc, argv);
    cairn::test::isolateUserDirs();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CairnTests"));
    QCoreApplication::setApplicationName(QStringLiteral("cairn-core-tests"));
    return Catch::Session().run(argc, argv);
}
