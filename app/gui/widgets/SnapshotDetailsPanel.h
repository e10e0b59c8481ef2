// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/qdrant/SnapshotScope.h"

#include <QWidget>

class QTextBrowser;

namespace Snapdock {

class BackgroundRunner;
struct ArchivePreview;
struct LocalBackup;
struct SnapshotDescription;
struct SnapshotMetadata;

// Details of the selected snapshot: the server's description of a server snapshot, or a local backup's
// metadata plus a preview of the archive's contents (ArchivePreview, read on a worker thread; a newer selection
// drops an older preview). Read-only rich text in palette colours.
class SnapshotDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SnapshotDetailsPanel(QWidget *parent = nullptr);
    ~SnapshotDetailsPanel() override;

    void clearDetails();
    void showServerSnapshot(const SnapshotScope &scope, const SnapshotDescription &snapshot);
    // Shows the metadata at once and the archive preview when it has been read.
    void showLocalBackup(const LocalBackup &backup);

    [[nodiscard]] bool isPreviewPending() const { return m_previewPending; }
    // The text shown, for tests and accessibility.
    [[nodiscard]] QString plainText() const;

Q_SIGNALS:
    // The archive preview of the backup shown has been read (or failed) and is displayed.
    void previewShown();

private:
    void render();
    [[nodiscard]] static QString metadataHtml(const SnapshotMetadata &metadata);
    [[nodiscard]] static QString previewHtml(const ArchivePreview &preview);

    QTextBrowser *m_browser;
    BackgroundRunner *m_runner;
    QString m_headHtml; // what is known at once
    QString m_previewHtml; // the archive preview, once read
    quint64 m_generation = 0;
    bool m_previewPending = false;
};

} // namespace Snapdock
