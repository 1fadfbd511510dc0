// RequestFraming on byte streams as they arrive: where requests begin and end, which
// framing is refused, and which requests end their connection.
#include "requestframing.h"

#include <QTest>

using cp::server::RequestFraming;

namespace {

constexpr qint64 MaxBody = 1000;
constexpr qint64 MaxHead = 4096;

QByteArray post(const QByteArray &body, const QByteArray &extra = {})
{
    return "POST /api/v1/events HTTP/1.1\r\nHost: x\r\n" + extra +
           "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

class TestRequestFraming : public QObject
{
    Q_OBJECT

private slots:
    // Two bodies and a GET, cut at every byte: the same three requests, nothing refused.
    void followsPipelinedRequestsCutAnywhere()
    {
        const QByteArray stream = post("{\"a\":1}") + post("GET / HTTP/1.1\r\n\r\n") +
                                  "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
        for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
            RequestFraming framing(MaxBody, MaxHead);
            QVERIFY(!framing.feed(stream.left(cut)));
            QVERIFY(!framing.feed(stream.mid(cut)));
            QVERIFY(!framing.inRequest());
            QVERIFY(!framing.closesAfterReply()); // the first POST
            framing.answered();
            QVERIFY(!framing.closesAfterReply()); // the second, whose body looked like a request
            framing.answered();
            QVERIFY(framing.closesAfterReply()); // the GET asked to close
        }
    }

    void oneByteAtATime()
    {
        const QByteArray request = post("{\"events\":[]}");
        RequestFraming framing(MaxBody, MaxHead);
        for (qsizetype i = 0; i < request.size(); ++i) {
            QVERIFY(!framing.feed(request.mid(i, 1)));
            QCOMPARE(framing.inRequest(), i + 1 < request.size());
        }
    }

    void emptyLinesBeforeARequestAndBareLineFeedsAreTaken()
    {
        RequestFraming framing(MaxBody, MaxHead);
        QVERIFY(!framing.feed("\r\n\nGET /healthz HTTP/1.1\nHost: x\n\n"));
        QVERIFY(!framing.inRequest());
        QVERIFY(!framing.closesAfterReply());
    }

    void whichRequestsEndTheirConnection_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<bool>("closes");
        QTest::newRow("1.1") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\r\n") << false;
        QTest::newRow("1.1 close") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nConnection: "
                                                 "Keep-Alive, Close\r\n\r\n")
                                   << true;
        QTest::newRow("1.0") << QByteArray("GET / HTTP/1.0\r\n\r\n") << true;
        QTest::newRow("1.0 keep-alive")
            << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << false;
    }
    void whichRequestsEndTheirConnection()
    {
        QFETCH(QByteArray, request);
        RequestFraming framing(MaxBody, MaxHead);
        QVERIFY(!framing.feed(request));
        QTEST(framing.closesAfterReply(), "closes");
    }

    void refusesFramingInDoubt_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("says");
        const QByteArray start = "POST /api/v1/events HTTP/1.1\r\nHost: x\r\n";
        QTest::newRow("two lengths") << start + "Content-Length: 2\r\nContent-Length: 0\r\n\r\n{}"
                                     << 400 << "Content-Length given more than once";
        QTest::newRow("same length twice")
            << start + "Content-Length: 2\r\nContent-Length: 2\r\n\r\n{}" << 400
            << "more than once";
        QTest::newRow("negative") << start + "Content-Length: -2\r\n\r\n{}" << 400
                                  << "decimal digits";
        QTest::newRow("plus sign")
            << start + "Content-Length: +2\r\n\r\n{}" << 400 << "decimal digits";
        QTest::newRow("hex") << start + "Content-Length: 0x2\r\n\r\n{}" << 400 << "decimal digits";
        QTest::newRow("overflow 2^64+2")
            << start + "Content-Length: 18446744073709551618\r\n\r\n{}" << 400 << "decimal digits";
        QTest::newRow("two numbers")
            << start + "Content-Length: 1 1\r\n\r\n{}" << 400 << "decimal digits";
        QTest::newRow("empty length") << start + "Content-Length:\r\n\r\n"
                                      << 400 << "decimal digits";
        QTest::newRow("over the limit") << start + "Content-Length: 1001\r\n\r\n"
                                        << 413 << "larger than the limit of 1000 bytes";
        QTest::newRow("chunked") << start + "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n"
                                 << 411 << "Transfer-Encoding";
        QTest::newRow("chunked and a length")
            << start + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"
            << 411 << "Transfer-Encoding";
        QTest::newRow("folded") << start + "X-A: 1\r\n Content-Length: 5\r\n\r\n"
                                << 400 << "folded";
        QTest::newRow("space before colon") << start + "Content-Length : 0\r\n\r\n"
                                            << 400 << "line 3 is not NAME: VALUE";
        QTest::newRow("no colon") << start + "Content-Length 0\r\n\r\n" << 400 << "not NAME: VALUE";
        QTest::newRow("no host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400 << "Host";
        QTest::newRow("two hosts")
            << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 400 << "Host";
        QTest::newRow("request line")
            << QByteArray("GET /\r\nHost: x\r\n\r\n") << 400 << "METHOD PATH VERSION";
        QTest::newRow("version") << QByteArray("PRI * HTTP/2.0\r\n\r\n") << 505 << "HTTP/1.1";
        QTest::newRow("head too large")
            << "GET / HTTP/1.1\r\nHost: x\r\nX-Pad: " + QByteArray(MaxHead, 'a') << 431
            << "larger than 4096 bytes";
    }
    void refusesFramingInDoubt()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QFETCH(QString, says);
        // Behind a good request, so the refusal is found where the second one starts.
        RequestFraming framing(MaxBody, MaxHead);
        QVERIFY(!framing.feed(post("{}")));
        const auto refusal = framing.feed(request + "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(refusal);
        QCOMPARE(refusal->status, status);
        QVERIFY2(refusal->message.contains(says), qPrintable(refusal->message));
        QVERIFY(!framing.feed("GET / HTTP/1.1\r\nHost: x\r\n\r\n")); // no longer looked at
    }
};

QTEST_GUILESS_MAIN(TestRequestFraming)
#include "tst_requestframing.moc"
