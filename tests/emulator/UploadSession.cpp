// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emulator/UploadSession.h"

using namespace Qt::Literals::StringLiterals;

namespace Snapdock::Emulator {

UploadSession::UploadSession(const QByteArray &boundary, const QString &tempPath, QObject *parent)
    : QObject(parent)
    , m_parser(boundary)
    , m_file(tempPath)
{
    m_parser.onPartBegin = [this](const MultipartParser::Part &part) {
        m_capturing = part.name == u"snapshot"_s && !m_captured;
        if (m_capturing) {
            m_captured = true;
            m_fileName = part.hasFileName ? part.fileName : QString();
            m_file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        }
    };
    m_parser.onPartData = [this](const char *data, qint64 size) {
        if (!m_capturing) {
            return true;
        }
        m_hash.addData(data, size);
        return m_file.write(data, size) == size;
    };
    m_parser.onPartEnd = [this]() {
        if (m_capturing) {
            m_file.flush();
        }
        m_capturing = false;
    };
}

UploadSession::~UploadSession()
{
    m_file.close();
    if (m_owned && !m_file.fileName().isEmpty()) {
        QFile::remove(m_file.fileName());
    }
}

QString UploadSession::takeFile()
{
    m_file.close();
    m_owned = false;
    return m_file.fileName();
}

} // namespace Snapdock::Emulator
