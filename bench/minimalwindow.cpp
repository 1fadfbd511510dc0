// The start-up baseline: the smallest Qt Quick window, reporting its first frame the way
// `commandpost --report-first-frame` does.
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

#include <cstdio>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QQmlApplicationEngine engine;
    engine.loadData("import QtQuick\n"
                    "Window { visible: true; width: 1280; height: 800\n"
                    "    Text { anchors.centerIn: parent; text: \"Command Post\" } }\n");
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window)
        return 1;
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [] {
            std::fputs("first frame\n", stdout);
            std::fflush(stdout);
        },
        Qt::SingleShotConnection);
    return QGuiApplication::exec();
}
