#include "syncconfig.h"

#include <QTest>

using namespace cp::sync;

class TestSyncConfig : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        qunsetenv("COMMANDPOST_SERVER");
        qunsetenv("COMMANDPOST_TOKEN");
    }

    void acceptsServerAddresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("url");
        QTest::newRow("http") << "http://incidents.example:8470"
                              << "http://incidents.example:8470";
        QTest::newRow("https, prefix") << "https://example.org/cp/"
                                       << "https://example.org/cp";
        QTest::newRow("bare host:port") << "127.0.0.1:8470"
                                        << "http://127.0.0.1:8470";
        QTest::newRow("spaces") << "  http://h:1  "
                                << "http://h:1";
        QTest::newRow("empty: no server") << ""
                                          << "";
    }
    void acceptsServerAddresses()
    {
        QFETCH(QString, text);
        QFETCH(QString, url);
        const auto parsed = parseServerUrl(text);
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error()));
        QCOMPARE(parsed->toString(), url);
    }

    void refusesWhatIsNotAServer_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("ftp") << "ftp://h"
                             << "http:// or https://";
        QTest::newRow("no host") << "http://"
                                 << "no host";
        QTest::newRow("query") << "http://h/?x=1"
                               << "without ?";
        QTest::newRow("password") << "http://u:secret@h"
                                  << "no user or password";
    }
    void refusesWhatIsNotAServer()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        const auto parsed = parseServerUrl(text);
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().startsWith(QStringLiteral("server: ")), qPrintable(parsed.error()));
        QVERIFY2(parsed.error().contains(mentions), qPrintable(parsed.error()));
        QVERIFY(!parsed.error().contains(QStringLiteral("secret")));
    }

    void optionsWinOverEnvironmentOverSaved()
    {
        const SyncConfig saved{QUrl(QStringLiteral("http://saved:1")), QStringLiteral("t-saved")};
        auto config = resolveConfig({}, {}, saved);
        QVERIFY(config);
        QCOMPARE(config->url, QUrl(QStringLiteral("http://saved:1")));
        QCOMPARE(config->token, QStringLiteral("t-saved"));

        qputenv("COMMANDPOST_SERVER", "http://env:2");
        qputenv("COMMANDPOST_TOKEN", "t-env");
        config = resolveConfig({}, {}, saved);
        QCOMPARE(config->url, QUrl(QStringLiteral("http://env:2")));
        QCOMPARE(config->token, QStringLiteral("t-env"));

        config =
            resolveConfig(QStringLiteral("http://option:3"), QStringLiteral("t-option"), saved);
        QCOMPARE(config->url, QUrl(QStringLiteral("http://option:3")));
        QCOMPARE(config->token, QStringLiteral("t-option"));
        QVERIFY(config->isEnabled());
    }

    void theSavedTokenStaysWithTheSavedServer()
    {
        const SyncConfig saved{QUrl(QStringLiteral("http://saved:1")), QStringLiteral("t-saved")};
        auto config = resolveConfig(QStringLiteral("http://elsewhere:1"), {}, saved);
        QVERIFY(config);
        QCOMPARE(config->token, QString());
        config = resolveConfig(QStringLiteral("http://saved:1/"), {}, saved);
        QCOMPARE(config->token, QStringLiteral("t-saved"));
        QVERIFY(sameServer(QUrl(QStringLiteral("http://h")), QUrl(QStringLiteral("http://h:80"))));
        QVERIFY(!sameServer(QUrl(QStringLiteral("http://h")), QUrl(QStringLiteral("https://h"))));
        QVERIFY(
            !sameServer(QUrl(QStringLiteral("http://h:1")), QUrl(QStringLiteral("http://h:2"))));
    }

    void noServerAnywhereMeansLocalOnly()
    {
        const auto config = resolveConfig({}, {});
        QVERIFY(config);
        QVERIFY(!config->isEnabled());
    }

    void badServerIsAnError()
    {
        const auto config = resolveConfig(QStringLiteral("gopher://x"), {});
        QVERIFY(!config);
    }

    void displayUrlDropsCredentials()
    {
        QCOMPARE(displayUrl(QUrl(QStringLiteral("http://u:pw@h:1/p"))),
                 QStringLiteral("http://h:1/p"));
    }
};

QTEST_GUILESS_MAIN(TestSyncConfig)
#include "tst_syncconfig.moc"
