// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/support/Error.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <optional>

namespace Snapdock::Cli {

class ProgressPrinter;

// The outcome of one target of a command (a collection backed up, a file restored).
struct ResultRow
{
    QString collection; // empty for the full storage
    bool ok = false;
    QString file; // local file written or read
    qint64 size = -1; // -1: unknown
    QString sha256;
    QJsonObject details; // command-specific fields merged into the JSON result
    std::optional<Error> error; // set when !ok
    QStringList warnings;

    // The collection name in quotes, or "full storage": for human output.
    [[nodiscard]] QString label() const;
};

// Everything snapdock-cli writes, in one place. Human mode: data and summaries on stdout, errors and warnings
// on stderr. JSON mode (--json): nothing on stdout until finish() writes one JSON document. `secret` (the API
// key) is replaced by "[redacted]" in every line and in the JSON document, as a last line of defence.
// Writes to the given streams (stdout and stderr in the tool; anything in tests). Not thread-safe.
class OutputPrinter
{
public:
    OutputPrinter(bool json, bool quiet, QString secret, FILE *out = stdout, FILE *err = stderr);

    // Erased before anything is written to stderr, so progress lines and messages do not mix.
    void setProgressPrinter(ProgressPrinter *progress) { m_progress = progress; }

    [[nodiscard]] bool isJson() const { return m_json; }
    [[nodiscard]] bool isQuiet() const { return m_quiet; }

    // Top-level fields of the JSON document ("command", "host", "collections", …).
    void setField(const QString &key, const QJsonValue &value) { m_document.insert(key, value); }
    void addResult(const ResultRow &row);
    [[nodiscard]] const QList<ResultRow> &results() const { return m_results; }

    // Data (lists): stdout in human mode, even with --quiet.
    void printData(const QString &line);
    // Summaries and confirmations: stdout in human mode unless --quiet.
    void printInfo(const QString &line);
    void printWarning(const QString &message);
    // A failure of the whole command: stderr, and "error" in the JSON document.
    void reportError(const Error &error);
    // A failure of one target: stderr only (it is also in the result rows).
    void printError(const QString &message);

    // Human: the results as an aligned table on stdout (unless --quiet).
    void printResultsTable(const QString &heading);

    // JSON mode: writes the document with "ok" and "exitCode". Call once, at the end.
    void finish(int exitCode);

    [[nodiscard]] QString redact(const QString &text) const;

    [[nodiscard]] static QString formatSize(qint64 bytes);
    [[nodiscard]] static QJsonObject errorToJson(const Error &error);

private:
    void write(FILE *stream, const QString &text);

    bool m_json = false;
    bool m_quiet = false;
    QString m_secret;
    FILE *m_out = nullptr;
    FILE *m_err = nullptr;
    ProgressPrinter *m_progress = nullptr;
    QJsonObject m_document;
    QList<ResultRow> m_results;
    std::optional<Error> m_error;
};

} // namespace Snapdock::Cli
