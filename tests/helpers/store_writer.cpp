// Test helper: appends notes to a store one at a time and prints each id only after
// append() returned, so a parent that kills this process knows which events must survive.
#include "clock.h"
#include "eventfactory.h"
#include "localstore.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: store_writer DATA_DIR INCIDENT\n");
        return 2;
    }
    cp::LocalStore store;
    if (const auto opened = store.open(QString::fromLocal8Bit(argv[1])); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    const cp::EventFactory factory(cp::SystemClock::instance(), QStringLiteral("writer"));
    const QString incident = QString::fromLocal8Bit(argv[2]);
    for (int i = 0;; ++i) {
        const cp::Event event =
            factory.note(incident, QStringLiteral("note %1").arg(i), QStringLiteral("observation"));
        if (const auto written = store.append(event); !written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.error().join(u'\n')));
            return 1;
        }
        std::printf("%s\n", qPrintable(event.id));
        std::fflush(stdout);
    }
}
