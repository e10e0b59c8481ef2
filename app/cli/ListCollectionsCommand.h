// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Command.h"

#include <QPointer>

namespace Snapdock {
class ApiRequest;
}

namespace Snapdock::Cli {

// `list-collections`: the names, one per line (JSON: "collections").
class ListCollectionsCommand final : public Command
{
    Q_OBJECT

public:
    explicit ListCollectionsCommand(const CommandContext &context, QObject *parent = nullptr);

    void start() override;
    void cancel() override;

private:
    QPointer<ApiRequest> m_request;
};

} // namespace Snapdock::Cli
