// commandpost-cli: argument parsing and wiring live in lib/cli.
#include "cli.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <cstdio>
#include <memory>

namespace {

// HTML and PDF are laid out with Qt's text engine, which needs fonts, so a GUI application
// (on the offscreen platform unless one is set); everything else runs without one.
bool needsFonts(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        const QByteArray next = i + 1 < argc ? QByteArray(argv[i + 1]) : QByteArray();
        if ((arg == "--format" && (next == "pdf" || next == "html")) || arg == "--format=pdf" ||
            arg == "--format=html")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (needsFonts(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("commandpost-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COMMANDPOST_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return cp::cli::run(QCoreApplication::arguments(), out, err);
}
