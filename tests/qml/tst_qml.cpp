// Qt Quick Test runner: the console's QML module on a real store in a temporary folder,
// seeded with one incident.
#include "clock.h"
#include "eventfactory.h"
#include "localstore.h"
#include "workspace.h"

#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(CommandPost_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(CommandPostPlugin)

class Setup : public QObject
{
    Q_OBJECT
public slots:
    void applicationAvailable()
    {
        // Server settings the tests save go to a throw-away folder, not the user's.
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toLocal8Bit());
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("data"))));
        const cp::EventFactory factory(cp::SystemClock::instance(), QStringLiteral("tester"));
        const cp::Event declared =
            factory.declare(QStringLiteral("Checkout errors"), QStringLiteral("SEV2"));
        m_store.append(declared);
        m_store.append(factory.assignRole(declared.incident, QStringLiteral("commander"),
                                          QStringLiteral("alice")));
        m_store.append(factory.note(declared.incident, QStringLiteral("error rate 12%"),
                                    QStringLiteral("observation")));
        m_workspace = std::make_unique<cp::Workspace>(m_store);
        cp::Workspace::setInstance(m_workspace.get());
    }
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/")); }

private:
    QTemporaryDir m_dir;
    cp::LocalStore m_store;
    std::unique_ptr<cp::Workspace> m_workspace;
};

QUICK_TEST_MAIN_WITH_SETUP(commandpost_qml, Setup)
#include "tst_qml.moc"
