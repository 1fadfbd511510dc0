// Parsing of the server's --db and --listen values, and the token helpers.
#include "databasespec.h"
#include "serverconfig.h"
#include "tokens.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace cp::server;

class TestServerConfig : public QObject
{
    Q_OBJECT

private slots:
    void sqlitePaths()
    {
        const auto plain = parseDatabaseSpec(QStringLiteral("/var/lib/commandpost/server.sqlite"));
        QVERIFY(plain);
        QCOMPARE(plain->kind, DatabaseSpec::Kind::Sqlite);
        QCOMPARE(plain->path, QStringLiteral("/var/lib/commandpost/server.sqlite"));
        const auto prefixed = parseDatabaseSpec(QStringLiteral("sqlite:/tmp/a/../b.db"));
        QVERIFY(prefixed);
        QCOMPARE(prefixed->path, QStringLiteral("/tmp/b.db"));
        QCOMPARE(prefixed->display(), QStringLiteral("sqlite:/tmp/b.db"));
    }

    void postgresUrl()
    {
        const auto spec = parseDatabaseSpec(
            QStringLiteral("postgres://cp:s3cret@db.example:6543/incidents?sslmode=require"));
        QVERIFY2(spec, spec ? "" : qPrintable(spec.error()));
        QCOMPARE(spec->kind, DatabaseSpec::Kind::Postgres);
        QCOMPARE(spec->host, QStringLiteral("db.example"));
        QCOMPARE(spec->port, 6543);
        QCOMPARE(spec->user, QStringLiteral("cp"));
        QCOMPARE(spec->password, QStringLiteral("s3cret"));
        QCOMPARE(spec->name, QStringLiteral("incidents"));
        QCOMPARE(spec->options, QStringLiteral("sslmode=require"));
        QVERIFY(!spec->display().contains(u"s3cret"));
    }

    void postgresSocketFolderAndDefaults()
    {
        const auto spec =
            parseDatabaseSpec(QStringLiteral("postgresql:///cp?host=/var/run/postgresql"));
        QVERIFY2(spec, spec ? "" : qPrintable(spec.error()));
        QCOMPARE(spec->host, QStringLiteral("/var/run/postgresql"));
        QCOMPARE(spec->port, 5432);
        QCOMPARE(spec->name, QStringLiteral("cp"));
    }

    void badDatabaseValuesNameTheProblem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QString() << "file path";
        QTest::newRow("no database name") << "postgres://cp@host/"
                                          << "database name";
        QTest::newRow("unknown option") << "postgres://cp@host/db?sslmod=require"
                                        << "sslmod";
        QTest::newRow("unknown kind") << "mysql://host/db"
                                      << "unknown database kind";
    }

    void badDatabaseValuesNameTheProblem()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        const auto spec = parseDatabaseSpec(text);
        QVERIFY(!spec);
        QVERIFY2(spec.error().startsWith(u"--db:"), qPrintable(spec.error()));
        QVERIFY2(spec.error().contains(mentions), qPrintable(spec.error()));
    }

    void listenAddresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("port");
        QTest::newRow("port only") << "8470"
                                   << "127.0.0.1" << 8470;
        QTest::newRow("colon port") << ":9000"
                                    << "127.0.0.1" << 9000;
        QTest::newRow("all interfaces") << "0.0.0.0:8470"
                                        << "0.0.0.0" << 8470;
        QTest::newRow("ipv6") << "[::1]:8471"
                              << "::1" << 8471;
        QTest::newRow("any free port") << "127.0.0.1:0"
                                       << "127.0.0.1" << 0;
    }

    void listenAddresses()
    {
        QFETCH(QString, text);
        QFETCH(QString, address);
        QFETCH(int, port);
        const auto listen = parseListenAddress(text);
        QVERIFY2(listen, listen ? "" : qPrintable(listen.error()));
        QCOMPARE(listen->address.toString(), address);
        QCOMPARE(int(listen->port), port);
    }

    void badListenAddresses()
    {
        for (const QString &text : {QStringLiteral("localhost:80"), QStringLiteral("1.2.3.4:99999"),
                                    QStringLiteral("1.2.3.4:http")}) {
            const auto listen = parseListenAddress(text);
            QVERIFY2(!listen, qPrintable(text));
            QVERIFY(listen.error().startsWith(QStringLiteral("--listen \"%1\"").arg(text)));
        }
    }

    void tokensAreRandomAndHashed()
    {
        static const QRegularExpression shape(QStringLiteral("^cpt_[A-Za-z0-9_-]{43}$"));
        QSet<QString> tokens;
        for (int i = 0; i < 100; ++i) {
            const QString token = generateToken();
            QVERIFY2(shape.match(token).hasMatch(), qPrintable(token));
            tokens.insert(token);
        }
        QCOMPARE(tokens.size(), 100);
        const QString hash = hashToken(QStringLiteral("cpt_abc"));
        QCOMPARE(hash.size(), 64);
        QCOMPARE(hash, hashToken(QStringLiteral("cpt_abc")));
        QVERIFY(hash != hashToken(QStringLiteral("cpt_abd")));
    }

    void bearerHeaders()
    {
        QCOMPARE(bearerToken("Bearer cpt_x"), QStringLiteral("cpt_x"));
        QCOMPARE(bearerToken("bearer   cpt_x "), QStringLiteral("cpt_x"));
        QCOMPARE(bearerToken("Basic dXNlcjpwYXNz"), QString());
        QCOMPARE(bearerToken("Bearer "), QString());
        QCOMPARE(bearerToken(""), QString());
    }
};

QTEST_APPLESS_MAIN(TestServerConfig)
#include "tst_serverconfig.moc"
