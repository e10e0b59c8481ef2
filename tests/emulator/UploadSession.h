// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "emulator/MultipartParser.h"
#include "emulator/Sha256.h"

#include <QFile>
#include <QObject>
#include <QString>

namespace Snapdock::Emulator {

// Receives one multipart snapshot upload: the first part named "snapshot" (file or plain field, like actix's
// TempFile) is streamed to a temp file and hashed as it arrives. A child of the HttpConnection it serves; removes
// the temp file on destruction unless takeFile() moved it away.
class UploadSession : public QObject
{
    Q_OBJECT
public:
    UploadSession(const QByteArray &boundary, const QString &tempPath, QObject *parent);
    ~UploadSession() override;

    bool feed(const char *data, qint64 size) { return m_parser.feed(data, size); }
    bool isComplete() const { return m_parser.isFinished(); }
    bool hasSnapshotPart() const { return m_captured; }
    QString parseError() const { return m_parser.errorString(); }
    QString clientFileName() const { return m_fileName; }
    QString tempPath() const { return m_file.fileName(); }
    QByteArray sha256Hex() { return m_hash.hexResult(); }
    // Closes the file and gives up responsibility for removing it.
    QString takeFile();

    // Fields kept for the completion step.
    QString collection;
    int shard = -1;
    bool wait = true;
    QString checksum;

private:
    MultipartParser m_parser;
    QFile m_file;
    Sha256 m_hash;
    QString m_fileName;
    bool m_capturing = false;
    bool m_captured = false;
    bool m_owned = true;
};

} // namespace Snapdock::Emulator
