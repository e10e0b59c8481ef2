// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/qdrant/RetryPolicy.h"

#include <QLocale>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;

namespace {

const QDateTime NOW = QDateTime(QDate(2026, 3, 14), QTime(15, 9, 26), Qt::UTC);

QByteArray httpDate(const QDateTime &when)
{
    return QLocale::c().toString(when, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
}

Error errorOf(ErrorKind kind, int retryAfterSeconds = -1)
{
    Error error = Error::make(kind, u"testing"_s);
    error.retryAfterSeconds = retryAfterSeconds;
    return error;
}

} // namespace

// Which failures are worth another attempt, and how long to wait: pure decisions, no sockets.
class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void isRetryable_onlyTransientKinds_data();
    void isRetryable_onlyTransientKinds();
    void allowsRetry_stopsAtMaxAttempts();
    void parseRetryAfter_secondsDateOrGarbage_data();
    void parseRetryAfter_secondsDateOrGarbage();
    void delayMs_fullJitterWithinExponentialBound_data();
    void delayMs_fullJitterWithinExponentialBound();
    void delayMs_retryAfter_isHonouredUpToCap();
};

void TestRetryPolicy::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestRetryPolicy::isRetryable_onlyTransientKinds_data()
{
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<bool>("retryable");
    QTest::newRow("cannot connect") << ErrorKind::CannotConnect << true;
    QTest::newRow("timeout") << ErrorKind::Timeout << true;
    QTest::newRow("server error") << ErrorKind::ServerError << true;
    QTest::newRow("rate limited") << ErrorKind::RateLimited << true;
    QTest::newRow("tls") << ErrorKind::TlsFailure << false;
    QTest::newRow("unauthorized") << ErrorKind::Unauthorized << false;
    QTest::newRow("forbidden") << ErrorKind::Forbidden << false;
    QTest::newRow("not found") << ErrorKind::NotFound << false;
    QTest::newRow("already exists") << ErrorKind::AlreadyExists << false;
    QTest::newRow("bad request") << ErrorKind::BadRequest << false;
    QTest::newRow("payload too large") << ErrorKind::PayloadTooLarge << false;
    QTest::newRow("invalid snapshot") << ErrorKind::InvalidSnapshot << false;
    QTest::newRow("server disk full") << ErrorKind::ServerDiskFull << false;
    QTest::newRow("local disk full") << ErrorKind::LocalDiskFull << false;
    QTest::newRow("local permission") << ErrorKind::LocalPermissionDenied << false;
    QTest::newRow("local io") << ErrorKind::LocalIoError << false;
    QTest::newRow("cancelled") << ErrorKind::Cancelled << false;
}

void TestRetryPolicy::isRetryable_onlyTransientKinds()
{
    QFETCH(ErrorKind, kind);
    QFETCH(bool, retryable);
    QCOMPARE(RetryPolicy::isRetryable(errorOf(kind)), retryable);
}

void TestRetryPolicy::allowsRetry_stopsAtMaxAttempts()
{
    RetryPolicy policy;
    policy.maxAttempts = 3;
    QVERIFY(policy.allowsRetry(errorOf(ErrorKind::Timeout), 1));
    QVERIFY(policy.allowsRetry(errorOf(ErrorKind::Timeout), 2));
    QVERIFY(!policy.allowsRetry(errorOf(ErrorKind::Timeout), 3));
    QVERIFY(!policy.allowsRetry(errorOf(ErrorKind::NotFound), 1));
}

void TestRetryPolicy::parseRetryAfter_secondsDateOrGarbage_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("seconds");
    QTest::newRow("seconds") << "120"_ba << 120;
    QTest::newRow("seconds with spaces") << " 3 "_ba << 3;
    QTest::newRow("zero") << "0"_ba << 0;
    QTest::newRow("absent") << QByteArray() << -1;
    QTest::newRow("negative") << "-5"_ba << -1;
    QTest::newRow("garbage") << "soon"_ba << -1;
    QTest::newRow("fraction") << "1.5"_ba << -1;
    QTest::newRow("http date ahead") << httpDate(NOW.addSecs(30)) << 30;
    QTest::newRow("http date past") << httpDate(NOW.addSecs(-30)) << 0;
    QTest::newRow("asctime") << "Sat Mar 14 15:10:26 2026"_ba << 60;
    QTest::newRow("date garbage") << "Sat, 99 Foo 2026 25:00:00 GMT"_ba << -1;
    QTest::newRow("days") << "9999999999"_ba << 24 * 3600;
}

void TestRetryPolicy::parseRetryAfter_secondsDateOrGarbage()
{
    QFETCH(QByteArray, header);
    QFETCH(int, seconds);
    QCOMPARE(RetryPolicy::parseRetryAfter(header, NOW), seconds);
}

void TestRetryPolicy::delayMs_fullJitterWithinExponentialBound_data()
{
    QTest::addColumn<double>("draw");
    QTest::addColumn<int>("attemptsMade");
    QTest::addColumn<int>("expected");
    // base 100 ms, cap 1000 ms: bounds 100, 200, 400, 800, 1000, 1000…
    QTest::newRow("first retry, top") << 0.999 << 1 << 99;
    QTest::newRow("first retry, bottom") << 0.0 << 1 << 0;
    QTest::newRow("second retry, half") << 0.5 << 2 << 100;
    QTest::newRow("fourth retry, half") << 0.5 << 4 << 400;
    QTest::newRow("capped") << 0.5 << 9 << 500;
    QTest::newRow("huge attempt count stays capped") << 0.999 << 1000 << 999;
}

void TestRetryPolicy::delayMs_fullJitterWithinExponentialBound()
{
    QFETCH(double, draw);
    QFETCH(int, attemptsMade);
    QFETCH(int, expected);
    RetryPolicy policy;
    policy.baseDelayMs = 100;
    policy.maxDelayMs = 1000;
    policy.random = [draw] {
        return draw;
    };
    QCOMPARE(policy.delayMs(errorOf(ErrorKind::CannotConnect), attemptsMade), expected);
}

void TestRetryPolicy::delayMs_retryAfter_isHonouredUpToCap()
{
    RetryPolicy policy;
    policy.baseDelayMs = 10;
    policy.maxRetryAfterMs = 5000;
    policy.random = [] {
        return 0.0;
    };
    QCOMPARE(policy.delayMs(errorOf(ErrorKind::RateLimited, 2), 1), 2000);
    QCOMPARE(policy.delayMs(errorOf(ErrorKind::RateLimited, 0), 1), 0);
    QCOMPARE(policy.delayMs(errorOf(ErrorKind::RateLimited, 600), 1), 5000);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "TestRetryPolicy.moc"
