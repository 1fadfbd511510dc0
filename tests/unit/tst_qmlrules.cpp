// Rules for the console's QML that come from crashes and warnings of Qt 6.4, checked on the
// sources so that a new file cannot bring them back:
// - no Repeater directly in a Layout: Qt 6.4 keeps a deleted row in the layout and crashes
//   on the next resize (the reminder banner did, on every incident switch);
// - every ListView makes rows only in view (KeyboardList, or cacheBuffer: 0): rows made ahead
//   of the view are cancelled with a stale index after the model changes.
// And one for the design: no colour named in QML; every colour comes from Tones (or the
// controls' palette), so the light and the dark theme both stay readable.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

struct Object
{
    QString type; // "" for a JavaScript block
    int line = 0;
    bool cacheBufferSet = false;
};

// The object types opened and closed in a QML file, in order, with the two rules applied.
QStringList violations(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("%1: cannot be read").arg(path)};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    static const QRegularExpression opener(QStringLiteral("([A-Za-z_][A-Za-z0-9_.]*)\\s*$"));
    static const QRegularExpression colour(
        QStringLiteral("\"#[0-9a-fA-F]{3,8}\"|color:\\s*\"[a-z]+\""));
    QList<Object> stack;
    QStringList found;
    for (int number = 1; number <= lines.size(); ++number) {
        QString line = lines.at(number - 1);
        if (line.contains(colour))
            found << QStringLiteral("%1:%2: a colour named in QML (take it from Tones)")
                         .arg(path)
                         .arg(number);
        line.remove(QRegularExpression(QStringLiteral("\"([^\"\\\\]|\\\\.)*\""))); // strings
        line.remove(QRegularExpression(QStringLiteral("//.*$")));                  // comments
        if (!stack.isEmpty() && line.contains(QLatin1String("cacheBuffer:")))
            stack.last().cacheBufferSet = true;
        for (qsizetype at = 0; at < line.size(); ++at) {
            if (line.at(at) == u'{') {
                const auto match = opener.match(line.left(at));
                QString type = match.hasMatch() ? match.captured(1) : QString();
                if (type.isEmpty() || !type.at(0).isUpper())
                    type.clear();
                if (type == u"Repeater" && !stack.isEmpty() &&
                    stack.last().type.endsWith(u"Layout"))
                    found << QStringLiteral("%1:%2: a Repeater directly in a %3")
                                 .arg(path)
                                 .arg(number)
                                 .arg(stack.last().type);
                stack.append({type, number, false});
            } else if (line.at(at) == u'}' && !stack.isEmpty()) {
                const Object closed = stack.takeLast();
                if (closed.type == u"ListView" && !closed.cacheBufferSet)
                    found << QStringLiteral("%1:%2: a ListView without cacheBuffer: 0 (use "
                                            "KeyboardList)")
                                 .arg(path)
                                 .arg(closed.line);
            }
        }
    }
    return found;
}

} // namespace

class QmlRules : public QObject
{
    Q_OBJECT
private slots:
    void consoleQmlKeepsTheRules()
    {
        QStringList found;
        int files = 0;
        QDirIterator it(QStringLiteral(QML_SOURCE_DIR), {QStringLiteral("*.qml")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            found << violations(it.next());
            ++files;
        }
        QVERIFY2(files > 20, "the console's QML files were not found");
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    void theRulesCatchWhatTheyAreFor()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("Bad.qml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("ColumnLayout {\n    Repeater { model: 3; Label { text: \"}\" } }\n"
                   "    ListView { model: 2 }\n    KeyboardList { model: 2 }\n"
                   "    Rectangle { color: \"#ff0000\" }\n    Label { color: \"white\" }\n"
                   "    Label { color: Tones.danger; text: \"#1 in line\" }\n}\n");
        file.close();
        const QStringList found = violations(path);
        QCOMPARE(found.size(), 4);
        QVERIFY(found.at(0).contains(u"Bad.qml:2: a Repeater directly in a ColumnLayout"));
        QVERIFY(found.at(1).contains(u"Bad.qml:3: a ListView without cacheBuffer"));
        QVERIFY(found.at(2).contains(u"Bad.qml:5: a colour named in QML"));
        QVERIFY(found.at(3).contains(u"Bad.qml:6: a colour named in QML"));
    }
};

QTEST_GUILESS_MAIN(QmlRules)
#include "tst_qmlrules.moc"
