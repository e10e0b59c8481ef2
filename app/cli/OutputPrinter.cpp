// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/OutputPrinter.h"

#include "cli/ProgressPrinter.h"
#include "core/support/Translation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock::Cli {

namespace {

QString tr(const char *text)
{
    return translateWithFallback("Snapdock::Cli::OutputPrinter", text);
}

// Keys shorter than this are not redacted: replacing every "ab" in the output would help nobody.
constexpr qsizetype MIN_REDACTED_LENGTH = 4;
constexpr qsizetype SHA_PREFIX_LENGTH = 12;

QJsonObject rowToJson(const ResultRow &row)
{
    QJsonObject object = row.details;
    object.insert(u"collection"_s, row.collection.isEmpty() ? QJsonValue() : QJsonValue(row.collection));
    object.insert(u"ok"_s, row.ok);
    if (!row.file.isEmpty())
        object.insert(u"file"_s, row.file);
    if (row.size >= 0)
        object.insert(u"size"_s, row.size);
    if (!row.sha256.isEmpty())
        object.insert(u"sha256"_s, row.sha256);
    if (row.error)
        object.insert(u"error"_s, OutputPrinter::errorToJson(*row.error));
    if (!row.warnings.isEmpty())
        object.insert(u"warnings"_s, QJsonArray::fromStringList(row.warnings));
    return object;
}

QString pad(const QString &text, qsizetype width)
{
    return text + QString(std::max<qsizetype>(0, width - text.size()), u' ');
}

} // namespace

QString ResultRow::label() const
{
    return collection.isEmpty() ? tr("full storage") : u"\""_s + collection + u"\""_s;
}

OutputPrinter::OutputPrinter(bool json, bool quiet, QString secret, FILE *out, FILE *err)
    : m_json(json)
    , m_quiet(quiet)
    , m_secret(std::move(secret))
    , m_out(out)
    , m_err(err)
{}

void OutputPrinter::addResult(const ResultRow &row)
{
    m_results.append(row);
}

void OutputPrinter::printData(const QString &line)
{
    if (!m_json)
        write(m_out, line + u"\n"_s);
}

void OutputPrinter::printInfo(const QString &line)
{
    if (!m_json && !m_quiet)
        write(m_out, line + u"\n"_s);
}

void OutputPrinter::printWarning(const QString &message)
{
    write(m_err, tr("snapdock-cli: warning: %1").arg(message) + u"\n"_s);
}

void OutputPrinter::reportError(const Error &error)
{
    m_error = error;
    printError(error.userMessage());
}

void OutputPrinter::printError(const QString &message)
{
    write(m_err, tr("snapdock-cli: error: %1").arg(message) + u"\n"_s);
}

void OutputPrinter::printResultsTable(const QString &heading)
{
    if (m_json || m_quiet || m_results.isEmpty())
        return;
    const QStringList header{ tr("COLLECTION"), tr("RESULT"), tr("SIZE"), tr("SHA-256"), tr("FILE / ERROR") };
    QList<QStringList> lines{ header };
    for (const ResultRow &row : std::as_const(m_results)) {
        const QString outcome = row.ok                             ? tr("ok")
            : row.error && row.error->kind == ErrorKind::Cancelled ? tr("cancelled")
                                                                   : tr("failed");
        const QString last = row.ok ? row.file : (row.error ? row.error->userMessage() : QString());
        lines.append({ row.collection.isEmpty() ? tr("(full storage)") : row.collection,
            outcome,
            row.ok && row.size >= 0 ? formatSize(row.size) : u"-"_s,
            row.ok && !row.sha256.isEmpty() ? row.sha256.left(SHA_PREFIX_LENGTH) : u"-"_s,
            last });
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &line : std::as_const(lines)) {
        for (qsizetype column = 0; column + 1 < line.size(); ++column)
            widths[column] = std::max(widths[column], line.at(column).size());
    }
    QString text = heading + u"\n"_s;
    for (const QStringList &line : std::as_const(lines)) {
        QString formatted;
        for (qsizetype column = 0; column < line.size(); ++column) {
            formatted += column + 1 < line.size() ? pad(line.at(column), widths[column] + 2) : line.at(column);
        }
        text += formatted + u"\n"_s;
    }
    write(m_out, text);
}

void OutputPrinter::finish(int exitCode)
{
    if (!m_json)
        return;
    QJsonObject document = m_document;
    document.insert(u"ok"_s, exitCode == 0);
    document.insert(u"exitCode"_s, exitCode);
    if (m_error)
        document.insert(u"error"_s, errorToJson(*m_error));
    if (!m_results.isEmpty()) {
        QJsonArray results;
        for (const ResultRow &row : std::as_const(m_results))
            results.append(rowToJson(row));
        document.insert(u"results"_s, results);
    }
    write(m_out, QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented)));
}

QString OutputPrinter::redact(const QString &text) const
{
    if (m_secret.size() < MIN_REDACTED_LENGTH || !text.contains(m_secret))
        return text;
    QString redacted = text;
    redacted.replace(m_secret, u"[redacted]"_s);
    return redacted;
}

QString OutputPrinter::formatSize(qint64 bytes)
{
    static const char *const units[] = { "B", "KiB", "MiB", "GiB", "TiB" };
    double value = double(bytes);
    int unit = 0;
    while (value >= 1024.0 && unit < 4) {
        value /= 1024.0;
        ++unit;
    }
    if (unit == 0)
        return u"%1 B"_s.arg(bytes);
    return u"%1 %2"_s.arg(value, 0, 'f', 1).arg(QLatin1StringView(units[unit]));
}

QJsonObject OutputPrinter::errorToJson(const Error &error)
{
    QJsonObject object{ { u"code"_s, error.code() }, { u"message"_s, error.userMessage() } };
    if (error.httpStatus > 0)
        object.insert(u"httpStatus"_s, error.httpStatus);
    return object;
}

void OutputPrinter::write(FILE *stream, const QString &text)
{
    if (stream == m_err && m_progress)
        m_progress->clear();
    const QByteArray bytes = redact(text).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace Snapdock::Cli
