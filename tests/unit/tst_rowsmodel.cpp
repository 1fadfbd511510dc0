// RowsModel::replaceRows: rows change with row-level signals, never a reset, and the model
// stays consistent for views at every signal (QAbstractItemModelTester).
#include "rowsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

struct Row
{
    QString id;
    QString text;
};

class Rows : public cp::RowsModel
{
public:
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || role != Qt::DisplayRole)
            return {};
        return m_rows.at(index.row()).id + u'=' + m_rows.at(index.row()).text;
    }
    bool set(QList<Row> rows)
    {
        return replaceRows(m_rows, std::move(rows), [](const Row &row) { return row.id; });
    }
    QStringList shown() const
    {
        QStringList out;
        for (int row = 0; row < rowCount(); ++row)
            out << data(index(row), Qt::DisplayRole).toString();
        return out;
    }

private:
    QList<Row> m_rows;
};

QList<Row> rows(const QString &ids, const QString &text = QStringLiteral("x"))
{
    QList<Row> out;
    for (const QString &id : ids.split(u' ', Qt::SkipEmptyParts))
        out.append({id, text});
    return out;
}

} // namespace

class RowsModelTest : public QObject
{
    Q_OBJECT
private slots:
    void changesRowsWithoutAReset_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<int>("removed");  // rows in rowsRemoved
        QTest::addColumn<int>("inserted"); // rows in rowsInserted
        QTest::newRow("appended") << "a b"
                                  << "a b c" << 0 << 1;
        QTest::newRow("newest first") << "b a"
                                      << "c b a" << 0 << 1;
        QTest::newRow("in the middle") << "a c"
                                       << "a b c" << 0 << 1;
        QTest::newRow("one gone") << "a b c"
                                  << "a c" << 1 << 0;
        QTest::newRow("another incident") << "a b c d"
                                          << "x y" << 4 << 2;
        QTest::newRow("emptied") << "a b"
                                 << "" << 2 << 0;
        QTest::newRow("from empty") << ""
                                    << "a b" << 0 << 2;
        QTest::newRow("same rows") << "a b"
                                   << "a b" << 0 << 0;
    }
    void changesRowsWithoutAReset()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(int, removed);
        QFETCH(int, inserted);
        Rows model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.set(rows(before));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy insertions(&model, &QAbstractItemModel::rowsInserted);
        const bool countChanged = model.set(rows(after, QStringLiteral("new")));
        QCOMPARE(resets.count(), 0);
        const auto span = [](const QSignalSpy &spy) {
            return spy.isEmpty() ? 0 : spy.first().at(2).toInt() - spy.first().at(1).toInt() + 1;
        };
        QCOMPARE(span(removals), removed);
        QCOMPARE(span(insertions), inserted);
        QCOMPARE(countChanged, before.split(u' ', Qt::SkipEmptyParts).size() !=
                                   after.split(u' ', Qt::SkipEmptyParts).size());
        QStringList expected;
        for (const Row &row : rows(after, QStringLiteral("new")))
            expected << row.id + QStringLiteral("=new");
        QCOMPARE(model.shown(), expected); // kept rows carry the new content too
    }

    void keptRowsAreAnnouncedAsChanged()
    {
        Rows model;
        model.set(rows(QStringLiteral("a b c")));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.set(rows(QStringLiteral("a b c"), QStringLiteral("corrected")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 2);
        QCOMPARE(model.shown().last(), QStringLiteral("c=corrected"));
    }
};

QTEST_GUILESS_MAIN(RowsModelTest)
#include "tst_rowsmodel.moc"
