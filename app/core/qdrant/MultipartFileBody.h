// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QIODevice>
#include <QString>

namespace Snapdock {

// A multipart/form-data body with one file part named `snapshot`, served as a single random-access
// stream: the part headers, the file's bytes read from disk as they are asked for, and the closing
// boundary. QNetworkAccessManager::post() takes it as is, because it is not sequential and knows its size.
//
// The file is opened once in open() and its size taken then; it must not change while the body is sent.
// seek() and reset() work anywhere in the body, so Qt can rewind to resend it. Only ReadOnly is supported.
// Not thread-safe; the owner (usually the QNetworkReply, via setParent()) deletes it.
class MultipartFileBody final : public QIODevice
{
    Q_OBJECT

public:
    // `uploadName` becomes the part's filename and must not contain '"', CR or LF.
    MultipartFileBody(const QString &filePath, const QString &uploadName, QObject *parent = nullptr);

    // Random, e.g. "snapdock-" + 32 hex digits: cannot occur in a snapshot by chance.
    [[nodiscard]] QByteArray boundary() const { return m_boundary; }
    // The value for the Content-Type header: "multipart/form-data; boundary=<boundary>".
    [[nodiscard]] QByteArray contentType() const;

    bool open(OpenMode mode) override;
    void close() override;
    [[nodiscard]] bool isSequential() const override { return false; }
    // The whole body; the file's part of it is the size it had when open() succeeded.
    [[nodiscard]] qint64 size() const override;
    bool seek(qint64 pos) override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QFile m_file;
    QByteArray m_boundary;
    QByteArray m_preamble;
    QByteArray m_epilogue;
    qint64 m_fileSize = 0;
    qint64 m_offset = 0;
};

} // namespace Snapdock
