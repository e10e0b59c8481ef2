// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jobs/TransferStats.h"

#include <QList>
#include <QTest>

using namespace Snapdock;

namespace {

// One step of a scripted transfer: advance the fake clock, then optionally report progress.
struct Step
{
    qint64 advanceMs = 0;
    qint64 done = -1; // -1: no sample, only time passes
    qint64 total = -1;
};

} // namespace

Q_DECLARE_METATYPE(QList<Step>)

// Speed and ETA from progress samples, with a fake clock so that every number is exact.
class TestTransferStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void speedAndEta_data();
    void speedAndEta();
    void noSamples_isUnknown();
    void manySamples_keepBoundedMemory();
};

void TestTransferStats::speedAndEta_data()
{
    QTest::addColumn<QList<Step>>("steps");
    QTest::addColumn<double>("expectedSpeed");
    QTest::addColumn<qint64>("expectedEta");

    const qint64 total = 10'000'000;
    QList<Step> steady;
    for (int i = 1; i <= 100; ++i) // 100 KB every 100 ms = 1 MB/s for 10 s
        steady.append(Step{ 100, i * 100'000, total });
    QTest::newRow("steady rate") << steady << 1'000'000.0 << qint64(0);

    QList<Step> half = steady.mid(0, 50); // 5 MB done after 5 s, 5 MB left at 1 MB/s
    QTest::newRow("steady rate, half way") << half << 1'000'000.0 << qint64(5);

    QList<Step> burstThenStall{ { 0, 0, total }, { 100, 4'000'000, total }, { 6000, -1, total } };
    QTest::newRow("burst then stall past the window") << burstThenStall << 0.0 << qint64(-1);

    // Half of the window stalled: 1 MB in the first 2.5 s of the 5 s window.
    QList<Step> burstThenShortStall;
    for (int i = 0; i <= 25; ++i)
        burstThenShortStall.append(Step{ 100, i * 40'000, total });
    burstThenShortStall.append(Step{ 2500, -1, total });
    QTest::newRow("stall inside the window halves the speed") << burstThenShortStall << 200'000.0 << qint64(45);

    QList<Step> unknownTotal;
    for (int i = 0; i <= 30; ++i)
        unknownTotal.append(Step{ 100, i * 50'000, -1 });
    QTest::newRow("unknown total: speed, no ETA") << unknownTotal << 500'000.0 << qint64(-1);

    // Resumed at 6 MB: the offset is not speed. 2 s at 1 MB/s afterwards.
    QList<Step> resumed{ { 0, 6'000'000, total } };
    for (int i = 1; i <= 20; ++i)
        resumed.append(Step{ 100, 6'000'000 + i * 100'000, total });
    QTest::newRow("resumed offset") << resumed << 1'000'000.0 << qint64(2);

    // 3 MB at 3 MB/s, then restarted from zero: the old rate and bytes are forgotten.
    QList<Step> restarted;
    for (int i = 0; i <= 10; ++i)
        restarted.append(Step{ 100, i * 300'000, total });
    for (int i = 0; i <= 10; ++i)
        restarted.append(Step{ 100, i * 50'000, total });
    QTest::newRow("restarted from zero") << restarted << 500'000.0 << qint64(19);

    // A second file (new total) starts a new window too.
    QList<Step> nextFile{ { 0, 0, 1000 }, { 100, 1000, 1000 }, { 0, 0, 2000 }, { 1000, 500, 2000 } };
    QTest::newRow("next file") << nextFile << 500.0 << qint64(3);

    QList<Step> done{ { 0, 0, 1000 }, { 1000, 1000, 1000 } };
    QTest::newRow("complete: ETA 0") << done << 1000.0 << qint64(0);
}

void TestTransferStats::speedAndEta()
{
    QFETCH(QList<Step>, steps);
    QFETCH(double, expectedSpeed);
    QFETCH(qint64, expectedEta);

    qint64 nowMs = 1'000'000;
    TransferStats stats([&nowMs] {
        return nowMs;
    });
    for (const Step &step : steps) {
        nowMs += step.advanceMs;
        if (step.done >= 0)
            stats.addSample(step.done, step.total);
    }
    QVERIFY2(qAbs(stats.bytesPerSecond() - expectedSpeed) <= expectedSpeed * 0.001 + 0.001,
        qPrintable(QString::number(stats.bytesPerSecond())));
    QCOMPARE(stats.etaSeconds(), expectedEta);
}

void TestTransferStats::noSamples_isUnknown()
{
    qint64 nowMs = 0;
    TransferStats stats([&nowMs] {
        return nowMs;
    });
    QCOMPARE(stats.bytesPerSecond(), 0.0);
    QCOMPARE(stats.etaSeconds(), qint64(-1));
    QCOMPARE(stats.bytesTotal(), qint64(-1));
    stats.addSample(10, 100);
    QCOMPARE(stats.bytesPerSecond(), 0.0); // one sample, no time passed
    QCOMPARE(stats.etaSeconds(), qint64(-1));
    nowMs += 1000; // time passes without progress: still nothing moved
    QCOMPARE(stats.bytesPerSecond(), 0.0);
}

void TestTransferStats::manySamples_keepBoundedMemory()
{
    // Thousands of readyRead-sized samples per second must give the same answer as a few.
    qint64 nowMs = 0;
    TransferStats stats([&nowMs] {
        return nowMs;
    });
    qint64 done = 0;
    for (int ms = 0; ms <= 20'000; ++ms) {
        nowMs = ms;
        for (int chunk = 0; chunk < 4; ++chunk) {
            done += 250; // 1 MB/s
            stats.addSample(done, 100'000'000);
        }
    }
    QVERIFY(qAbs(stats.bytesPerSecond() - 1'000'000.0) < 1000.0);
    QCOMPARE(stats.bytesDone(), done);
}

QTEST_GUILESS_MAIN(TestTransferStats)
#include "TestTransferStats.moc"
