// floor_startup: the startup and idle floor (startup/skeleton.h), linked against Qt Widgets
// only. Same probe and same window size as app_startup.
#include "common/startupprobe.h"
#include "startup/skeleton.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    popsell::bench::StartupOptions options =
        popsell::bench::startupOptions(QApplication::arguments());
    options.side = QStringLiteral("floor");
    popsell::bench::Skeleton window;
    window.resize(1280, 800);
    popsell::bench::StartupProbe probe(*window.centralWidget(), options);
    window.show();
    return application.exec();
}
