// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ListCollectionsCommand.h"

#include "cli/OutputPrinter.h"
#include "core/qdrant/QdrantClient.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock::Cli {

ListCollectionsCommand::ListCollectionsCommand(const CommandContext &context, QObject *parent)
    : Command(context, parent)
{}

void ListCollectionsCommand::start()
{
    m_request = runRequest(m_context.client.listCollections(), this, [this](ApiCall<QStringList> &call) {
        Result<QStringList> names = call.result();
        if (!names) {
            failWith(names.error());
            return;
        }
        names->sort();
        m_context.output.setField(u"collections"_s, QJsonArray::fromStringList(*names));
        if (names->isEmpty())
            m_context.output.printInfo(QCoreApplication::translate("Snapdock::Cli", "No collections on %1.")
                                           .arg(m_context.client.endpoint().displayUrl()));
        for (const QString &name : std::as_const(*names))
            m_context.output.printData(name);
        finishWith(ExitCode::Ok);
    });
}

void ListCollectionsCommand::cancel()
{
    if (m_request)
        m_request->cancel();
}

} // namespace Snapdock::Cli
