#include "currentincident.h"
#include "incidentlistmodel.h"
#include "localstore.h"
#include "reducer.h"
#include "rolelistmodel.h"
#include "testevents.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cp;

class TestModels : public QObject
{
    Q_OBJECT

    static IncidentState incident(const QString &title, const QString &status, int minutes)
    {
        IncidentScript s;
        s.after(minutes);
        s.declare(title);
        s.add(
            s.factory.assignRole(s.incident, QStringLiteral("commander"), QStringLiteral("alice")));
        if (status != u"investigating")
            s.add(s.factory.setStatus(s.incident, status));
        return Reducer::fold(s.events);
    }

private slots:
    void incidentListOpenFirstThenNewest()
    {
        IncidentListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy countChanged(&model, &IncidentListModel::countChanged);
        model.setIncidents(
            {incident(QStringLiteral("old open"), QStringLiteral("investigating"), 0),
             incident(QStringLiteral("resolved"), QStringLiteral("resolved"), 30),
             incident(QStringLiteral("new open"), QStringLiteral("identified"), 20)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(countChanged.count(), 1);
        const auto title = [&](int row) {
            return model.data(model.index(row), IncidentListModel::TitleRole).toString();
        };
        QCOMPARE(title(0), QStringLiteral("new open"));
        QCOMPARE(title(1), QStringLiteral("old open"));
        QCOMPARE(title(2), QStringLiteral("resolved"));
        QCOMPARE(model.data(model.index(0), IncidentListModel::CommanderRole).toString(),
                 QStringLiteral("alice"));
        QCOMPARE(model.data(model.index(2), IncidentListModel::IsOpenRole).toBool(), false);
        QCOMPARE(model.rowOf(model.idAt(1)), 1);
        QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
        QVERIFY(model.roleNames().values().contains("severity"));
    }

    void rolesListEveryKeyRoleThenSmes()
    {
        RoleListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        IncidentScript s;
        s.declare();
        s.add(s.factory.assignRole(s.incident, QStringLiteral("scribe"), QStringLiteral("bob")));
        s.add(s.factory.assignRole(s.incident, QStringLiteral("sme:database"),
                                   QStringLiteral("dana")));
        model.setState(Reducer::fold(s.events));
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.data(model.index(0), RoleListModel::LabelRole).toString(),
                 QStringLiteral("Incident Commander"));
        QCOMPARE(model.data(model.index(0), RoleListModel::FilledRole).toBool(), false);
        QCOMPARE(model.data(model.index(2), RoleListModel::PersonRole).toString(),
                 QStringLiteral("bob"));
        QCOMPARE(model.data(model.index(6), RoleListModel::LabelRole).toString(),
                 QStringLiteral("SME: database"));
    }

    void workspaceFollowsTheStore()
    {
        QTemporaryDir dir;
        LocalStore store;
        QVERIFY(store.open(dir.path()));
        Workspace workspace(store);
        QCOMPARE(workspace.incidents()->rowCount(), 0);
        QVERIFY(!workspace.current()->isValid());

        IncidentScript s;
        Event declared = s.declare(QStringLiteral("Checkout errors"));
        declared.seq = 0;
        QSignalSpy currentChanged(workspace.current(), &CurrentIncident::changed);
        QVERIFY(store.append(declared));
        QCOMPARE(workspace.incidents()->rowCount(), 1);
        QCOMPARE(workspace.currentId(), declared.incident); // the first incident gets selected
        QCOMPARE(workspace.current()->title(), QStringLiteral("Checkout errors"));

        QVERIFY(store.append(s.factory.assignRole(s.incident, QStringLiteral("commander"),
                                                  QStringLiteral("sabrina"))));
        QCOMPARE(workspace.current()->commander(), QStringLiteral("sabrina"));
        QVERIFY(currentChanged.count() >= 2);
    }

    void workspaceSeesOtherProcessesWrites()
    {
        QTemporaryDir dir;
        LocalStore consoleStore, cliStore;
        QVERIFY(consoleStore.open(dir.path()));
        QVERIFY(cliStore.open(dir.path()));
        Workspace workspace(consoleStore);
        IncidentScript s;
        Event declared = s.declare();
        declared.seq = 0;
        QVERIFY(cliStore.append(declared));
        QTRY_COMPARE_WITH_TIMEOUT(workspace.incidents()->rowCount(), 1, 5000);
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
