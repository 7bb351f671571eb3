#include <cairn/version.h>

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream(stdout) << "cairn-cli " << CAIRN_VERSION << Qt::endl;
    return 0;
}
