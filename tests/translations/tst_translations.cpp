// The German, French and Spanish translations are complete: lupdate run on today's sources
// finds no string without a finished translation, and every translation keeps the
// placeholders of its source.
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    QString type;             // "", "unfinished", "vanished" or "obsolete"
};

struct TsFile
{
    QString language;
    QList<Message> messages;
};

TsFile readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    TsFile ts;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS")
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        else if (name == u"name")
            context = xml.readElementText();
        else if (name == u"message")
            message = Message{context, {}, {}, {}};
        else if (name == u"source")
            message.source = xml.readElementText();
        else if (name == u"translation") {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            // Plural forms are child elements; a plain translation is text.
            QString text;
            while (!(xml.isEndElement() && xml.name() == u"translation") && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == u"numerusform")
                    message.translations << xml.readElementText();
            }
            if (message.translations.isEmpty())
                message.translations << text;
            ts.messages << message;
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return ts;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?[1-9]|%n"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured().remove(u'L');
    found.sort();
    found.removeDuplicates();
    return found;
}

QString describe(const Message &message)
{
    return QStringLiteral("%1 / \"%2\"").arg(message.context, message.source);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The lupdate project for the console's sources, as the update_translations target
        // makes it.
        QProcess cmake;
        cmake.start(QStringLiteral(CMAKE_COMMAND),
                    {QStringLiteral("-DIN_FILE=" LUPDATE_PROJECT_IN),
                     QStringLiteral("-DOUT_FILE=") + m_dir.filePath(QStringLiteral("project.json")),
                     QStringLiteral("-P"), QStringLiteral(LUPDATE_PROJECT_SCRIPT)});
        QVERIFY(cmake.waitForFinished(60000));
        QVERIFY2(cmake.exitCode() == 0, cmake.readAllStandardError().constData());
    }

    void languages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << QStringLiteral("de");
        QTest::newRow("French") << QStringLiteral("fr");
        QTest::newRow("Spanish") << QStringLiteral("es");
    }

    void languages()
    {
        QFETCH(QString, language);
        const QString committed =
            QStringLiteral(TRANSLATIONS_DIR "/commandpost_%1.ts").arg(language);
        QVERIFY2(QFile::exists(committed), qPrintable(committed + " is missing"));
        const TsFile before = readTs(committed);
        QCOMPARE(before.language, language);
        for (const Message &message : before.messages)
            QVERIFY2(message.type != u"vanished" && message.type != u"obsolete",
                     qPrintable(describe(message) + " is no longer in the sources: refresh the "
                                                    ".ts files (update_translations)"));

        // A copy refreshed from today's sources: a new string arrives unfinished.
        const QString copy = m_dir.filePath(QFileInfo(committed).fileName());
        QFile::remove(copy);
        QVERIFY(QFile::copy(committed, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.start(QStringLiteral(LUPDATE),
                      {QStringLiteral("-project"), m_dir.filePath(QStringLiteral("project.json")),
                       QStringLiteral("-no-obsolete"), QStringLiteral("-silent"),
                       QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
        const TsFile refreshed = readTs(copy);
        QVERIFY(refreshed.messages.size() >= 250);

        QStringList problems;
        for (const Message &message : refreshed.messages) {
            if (message.type == u"unfinished")
                problems << describe(message) + QStringLiteral(": not translated or unfinished");
            for (const QString &translation : message.translations) {
                if (translation.trimmed().isEmpty())
                    problems << describe(message) + QStringLiteral(": empty translation");
                else if (placeholders(translation) != placeholders(message.source))
                    problems
                        << describe(message) +
                               QStringLiteral(": placeholders differ in \"%1\"").arg(translation);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // The check itself catches what it is for.
    void placeholdersAreCompared()
    {
        QCOMPARE(placeholders(QStringLiteral("%1 is %2, %L1")),
                 (QStringList{QStringLiteral("%1"), QStringLiteral("%2")}));
        QVERIFY(placeholders(QStringLiteral("%n min")) != placeholders(QStringLiteral("min")));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
