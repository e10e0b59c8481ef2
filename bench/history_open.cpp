// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Benchmark helper for bench/run (issue 5, row 7): how long the history view takes to open over a large history,
// and to show the result of a filter. Fills DB with ROWS generated jobs if it holds fewer (hosts, collections,
// outcomes, kinds and sizes spread like a busy installation's, two years of start times), closes it, then times,
// in this process with fresh objects, after Qt's one-time start-up costs (fonts, style) were paid by a warm-up table
// (reported as warmup_ms, for information):
//   open      HistoryDatabase::open + HistoryTableModel + HistoryView + show, until the table has painted
//   filter_*  HistoryView::setFilter (the debounce of typing excluded) until the table has painted the result
// Run it with QT_QPA_PLATFORM=offscreen.
//
// Usage: history_open DB ROWS
// Prints one line on stdout: "warmup_ms=… rows=… open_ms=… filter_collection_ms=… filter_outcome_ms=… filter_host_ms=…
// filter_dates_ms=… filter_combined_ms=… filter_max_ms=…". Exit status 1 on a database error.

#include "core/history/HistoryDatabase.h"
#include "gui/models/HistoryTableModel.h"
#include "gui/widgets/HistoryView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QRandomGenerator>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;

namespace {

constexpr int BATCH = 10'000;
constexpr int HOSTS = 6;
constexpr int COLLECTIONS = 400;

HistoryRecord generatedRecord(QRandomGenerator &random, const QDateTime &now)
{
    static const JobKind kinds[] = { JobKind::Backup,
        JobKind::Backup,
        JobKind::Backup,
        JobKind::Download,
        JobKind::Restore,
        JobKind::Upload,
        JobKind::Delete,
        JobKind::Verify };
    HistoryRecord r;
    r.kind = kinds[random.bounded(int(std::size(kinds)))];
    const int host = random.bounded(HOSTS);
    r.host = u"https://qdrant-%1.example.net:6333"_s.arg(host);
    r.profileName = u"Cluster %1"_s.arg(host);
    r.collection = u"collection-%1"_s.arg(random.bounded(COLLECTIONS), 3, 10, QLatin1Char('0'));
    r.title = u"Back up %1"_s.arg(r.collection);
    r.startedAt = now.addSecs(-qint64(random.bounded(2 * 365 * 24 * 3600)));
    const int roll = random.bounded(100);
    r.outcome = roll < 90 ? HistoryOutcome::Succeeded
        : roll < 97       ? HistoryOutcome::Failed
        : roll < 99       ? HistoryOutcome::Cancelled
                          : HistoryOutcome::Interrupted;
    if (r.outcome != HistoryOutcome::Interrupted)
        r.finishedAt = r.startedAt.addSecs(5 + random.bounded(3600));
    r.bytes = qint64(random.bounded(1 << 30)) * (1 + random.bounded(8));
    r.snapshotName = r.collection + u"-2026-01-01-00-00-00.snapshot"_s;
    r.filePath = u"/backups/cluster-%1/%2/%3"_s.arg(host).arg(r.collection, r.snapshotName);
    if (r.outcome == HistoryOutcome::Succeeded)
        r.sha256 = QString::number(random.generate64(), 16).repeated(4).left(64);
    if (r.outcome == HistoryOutcome::Failed)
        r.errorText = u"The server is out of disk space (507 Insufficient Storage): No space left on device"_s;
    return r;
}

bool fill(const QString &path, int rows)
{
    HistoryDatabase db;
    if (const VoidResult opened = db.open(path); !opened) {
        QTextStream(stderr) << "history_open: " << opened.error().userMessage() << '\n';
        return false;
    }
    const int existing = db.count(HistoryFilter()).value_or(0);
    QRandomGenerator random(42u + quint32(existing));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int done = existing; done < rows;) {
        QList<HistoryRecord> batch;
        const int n = std::min(BATCH, rows - done);
        batch.reserve(n);
        for (int i = 0; i < n; ++i)
            batch.append(generatedRecord(random, now));
        if (const VoidResult written = db.recordAll(batch); !written) {
            QTextStream(stderr) << "history_open: " << written.error().userMessage() << '\n';
            return false;
        }
        done += n;
    }
    return true;
}

// Calls `then` once the watched widget has finished its next paint.
class PaintWatcher : public QObject
{
public:
    explicit PaintWatcher(QWidget *widget) { widget->installEventFilter(this); }

    void expectPaint(std::function<void()> then) { m_then = std::move(then); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_then) {
            // Runs after this paint event (and the rest of this event-loop pass) is done.
            QTimer::singleShot(0, this, [then = std::exchange(m_then, {})] {
                then();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_then;
};

struct Step
{
    QString name;
    HistoryFilter filter;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    bool rowsOk = false;
    const int rows = args.size() == 3 ? args.at(2).toInt(&rowsOk) : 0;
    if (!rowsOk || rows < 1) {
        QTextStream(stderr) << "usage: history_open DB ROWS\n";
        return 2;
    }
    const QString path = args.at(1);
    if (!fill(path, rows))
        return 1;

    QList<Step> steps;
    HistoryFilter collection;
    collection.collectionContains = u"tion-07"_s;
    steps.append({ u"collection"_s, collection });
    HistoryFilter outcome;
    outcome.outcome = HistoryOutcome::Failed;
    steps.append({ u"outcome"_s, outcome });
    HistoryFilter host;
    host.host = u"https://qdrant-3.example.net:6333"_s;
    steps.append({ u"host"_s, host });
    HistoryFilter dates;
    dates.startedFrom = QDateTime::currentDateTimeUtc().addDays(-30);
    dates.startedBefore = QDateTime::currentDateTimeUtc().addDays(1);
    steps.append({ u"dates"_s, dates });
    HistoryFilter combined = host;
    combined.collectionContains = u"ion-1"_s;
    combined.outcome = HistoryOutcome::Succeeded;
    combined.startedFrom = QDateTime::currentDateTimeUtc().addDays(-365);
    steps.append({ u"combined"_s, combined });

    QTextStream out(stdout);
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<HistoryDatabase> db;
    std::unique_ptr<HistoryTableModel> model;
    std::unique_ptr<HistoryView> view;
    std::unique_ptr<PaintWatcher> watcher;
    double filterMax = 0.0;
    qsizetype next = 0;
    std::function<void()> runNext = [&] {
        if (next == steps.size()) {
            out << " filter_max_ms=" << QString::number(filterMax, 'f', 1) << '\n';
            QApplication::exit(model->lastError().isEmpty() ? 0 : 1);
            return;
        }
        const Step &step = steps.at(next++);
        clock.restart();
        watcher->expectPaint([&, name = step.name] {
            const double ms = double(clock.nsecsElapsed()) / 1e6;
            filterMax = std::max(filterMax, ms);
            out << " filter_" << name << "_ms=" << QString::number(ms, 'f', 1);
            runNext();
        });
        view->setFilter(step.filter);
    };
    auto open = [&] {
        clock.restart();
        db = std::make_unique<HistoryDatabase>();
        if (const VoidResult opened = db->open(path); !opened) {
            QTextStream(stderr) << "history_open: " << opened.error().userMessage() << '\n';
            QApplication::exit(1);
            return;
        }
        model = std::make_unique<HistoryTableModel>(*db);
        view = std::make_unique<HistoryView>(*model);
        watcher = std::make_unique<PaintWatcher>(view->tableView()->viewport());
        watcher->expectPaint([&] {
            out << " rows=" << model->totalCount()
                << " open_ms=" << QString::number(clock.nsecsElapsed() / 1e6, 'f', 1);
            runNext();
        });
        view->resize(1280, 720);
        view->show();
    };

    // Warm-up: the first window of a process loads fonts and the style; the application has paid for that long
    // before anyone opens the history.
    QStandardItemModel warmupModel(20, HistoryTableModel::ColumnCount);
    for (int row = 0; row < warmupModel.rowCount(); ++row) {
        for (int column = 0; column < warmupModel.columnCount(); ++column)
            warmupModel.setItem(row, column, new QStandardItem(u"warm-up %1"_s.arg(row)));
    }
    QTableView warmup;
    warmup.setModel(&warmupModel);
    PaintWatcher warmupWatcher(warmup.viewport());
    warmupWatcher.expectPaint([&] {
        out << "warmup_ms=" << QString::number(clock.nsecsElapsed() / 1e6, 'f', 1);
        warmup.hide();
        open();
    });
    warmup.resize(1280, 720);
    warmup.show();
    return QApplication::exec();
}
