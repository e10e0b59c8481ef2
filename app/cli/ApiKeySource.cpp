// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ApiKeySource.h"

#include "core/support/Translation.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock::Cli {

namespace {

QString tr(const char *text)
{
    return translateWithFallback("Snapdock::Cli", text);
}

// A key file is never large; refuse to read more than this.
constexpr qint64 MAX_KEY_FILE_BYTES = 64 * 1024;

} // namespace

Result<ResolvedApiKey> resolveApiKey(const CliOptions &options, const QProcessEnvironment &environment)
{
    ResolvedApiKey resolved;
    if (options.apiKey) {
        resolved.key = options.apiKey->trimmed();
        return resolved;
    }
    if (!options.apiKeyFile.isEmpty()) {
        const QString &path = options.apiKeyFile;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(Error::make(ErrorKind::InvalidArgument,
                tr("cannot read the API key file \"%1\": %2").arg(path, file.errorString())));
        const QByteArray content = file.read(MAX_KEY_FILE_BYTES);
        const qsizetype newline = content.indexOf('\n');
        resolved.key = QString::fromUtf8(newline < 0 ? content : content.left(newline)).trimmed();
        if (resolved.key.isEmpty())
            return fail(Error::make(
                ErrorKind::InvalidArgument, tr("the API key file \"%1\" has an empty first line").arg(path)));
        const QFileDevice::Permissions permissions = QFileInfo(path).permissions();
        if (permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther))
            resolved.warnings.append(
                tr("the API key file \"%1\" is readable by other users; restrict it with chmod 600").arg(path));
        return resolved;
    }
    resolved.key = environment.value(u"QDRANT_API_KEY"_s).trimmed();
    return resolved;
}

} // namespace Snapdock::Cli
