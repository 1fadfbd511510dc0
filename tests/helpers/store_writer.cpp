// Test helper: appends notes to a store one at a time and prints each id only after
// append() returned, so a parent that kills this process knows which events must survive.
// With COUNT it stops after that many; a refused write ends it with status 1.
#include "clock.h"
#include "eventfactory.h"
#include "localstore.h"

#include <QCoreApplication>
#include <cstdio>
#include <cstdlib>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3 && argc != 4) {
        std::fprintf(stderr, "usage: store_writer DATA_DIR INCIDENT [COUNT]\n");
        return 2;
    }
    const int count = argc == 4 ? std::atoi(argv[3]) : -1;
    cp::LocalStore store;
    if (const auto opened = store.open(QString::fromLocal8Bit(argv[1])); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    const cp::EventFactory factory(cp::SystemClock::instance(), QStringLiteral("writer"));
    const QString incident = QString::fromLocal8Bit(argv[2]);
    for (int i = 0; i != count; ++i) {
        const cp::Event event =
            factory.note(incident, QStringLiteral("note %1").arg(i), QStringLiteral("observation"));
        if (const auto written = store.append(event); !written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.error().join(u'\n')));
            return 1;
        }
        std::printf("%s\n", qPrintable(event.id));
        std::fflush(stdout);
    }
    return 0;
}
