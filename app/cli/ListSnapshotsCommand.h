// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Command.h"

#include <QPointer>

namespace Snapdock {
class ApiRequest;
}

namespace Snapdock::Cli {

// `list-snapshots`: the snapshots stored on the server, oldest first, as a table (JSON: "snapshots").
class ListSnapshotsCommand final : public Command
{
    Q_OBJECT

public:
    explicit ListSnapshotsCommand(const CommandContext &context, QObject *parent = nullptr);

    void start() override;
    void cancel() override;

private:
    QPointer<ApiRequest> m_request;
};

} // namespace Snapdock::Cli
