// Test runner for widget tests: a real QApplication (offscreen unless a display is set), per-process settings and data folders.
#include "catch_main.h"

#include <QApplication>

int main(int argc, char **argv)
{
    if (cairn::test::listingOnly(argc, argv))
        return Catch::Session().run(argc, argv);
    cairn::test::isolateUserDirs();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CairnTests"));
    QCoreApplication::setApplicationName(QStringLiteral("cairn-gui-tests"));
    return Catch::Session().run(argc, argv);
}
