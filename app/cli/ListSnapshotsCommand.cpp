// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ListSnapshotsCommand.h"

#include "cli/OutputPrinter.h"
#include "core/qdrant/QdrantClient.h"
#include "core/qdrant/SnapshotOrder.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock::Cli {

ListSnapshotsCommand::ListSnapshotsCommand(const CommandContext &context, QObject *parent)
    : Command(context, parent)
{}

void ListSnapshotsCommand::start()
{
    const CliOptions &options = m_context.options;
    const SnapshotScope scope = options.fullStorage ? SnapshotScope::fullStorage()
                                                    : SnapshotScope::forCollection(options.collections.constFirst());
    m_request = runRequest(
        m_context.client.listSnapshots(scope), this, [this, scope](ApiCall<QList<SnapshotDescription>> &call) {
            Result<QList<SnapshotDescription>> snapshots = call.result();
            if (!snapshots) {
                failWith(snapshots.error());
                return;
            }
            sortOldestFirst(*snapshots);
            QJsonArray array;
            for (const SnapshotDescription &snapshot : std::as_const(*snapshots)) {
                array.append(QJsonObject{
                    { u"name"_s, snapshot.name },
                    { u"size"_s, snapshot.size },
                    { u"creationTime"_s,
                        snapshot.creationTime.isValid() ? QJsonValue(snapshot.creationTime.toString(Qt::ISODate))
                                                        : QJsonValue() },
                    { u"checksum"_s, snapshot.checksum.isEmpty() ? QJsonValue() : QJsonValue(snapshot.checksum) },
                });
            }
            m_context.output.setField(
                u"collection"_s, scope.collection.isEmpty() ? QJsonValue() : QJsonValue(scope.collection));
            m_context.output.setField(u"snapshots"_s, array);
            if (snapshots->isEmpty()) {
                m_context.output.printInfo(tr("No snapshots of %1.").arg(scope.describe()));
                finishWith(ExitCode::Ok);
                return;
            }
            QList<QStringList> rows{ { tr("NAME"), tr("SIZE"), tr("CREATED (UTC)"), tr("SHA-256") } };
            for (const SnapshotDescription &snapshot : std::as_const(*snapshots)) {
                rows.append({ snapshot.name,
                    OutputPrinter::formatSize(snapshot.size),
                    snapshot.creationTime.isValid() ? snapshot.creationTime.toString(u"yyyy-MM-dd HH:mm:ss"_s) : u"-"_s,
                    snapshot.checksum.isEmpty() ? u"-"_s : snapshot.checksum });
            }
            QList<qsizetype> widths(4, 0);
            for (const QStringList &row : std::as_const(rows)) {
                for (qsizetype column = 0; column < 3; ++column)
                    widths[column] = std::max(widths[column], row.at(column).size());
            }
            for (const QStringList &row : std::as_const(rows)) {
                QString line;
                for (qsizetype column = 0; column < 3; ++column)
                    line += row.at(column).leftJustified(widths[column] + 2);
                m_context.output.printData(line + row.at(3));
            }
            finishWith(ExitCode::Ok);
        });
}

void ListSnapshotsCommand::cancel()
{
    if (m_request)
        m_request->cancel();
}

} // namespace Snapdock::Cli
