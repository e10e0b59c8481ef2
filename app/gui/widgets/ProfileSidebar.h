// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QListView;

namespace Snapdock {

class ProfileListModel;
struct AppContext;

// The list of hosts on the left of the main window, with add / edit / duplicate / remove and JSON
// import / export of profiles (never with keys). Selecting a host emits profileSelected().
class ProfileSidebar : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileSidebar(AppContext &context, QWidget *parent = nullptr);

    [[nodiscard]] QString currentProfileId() const;
    void selectProfile(const QString &profileId);

    [[nodiscard]] QAction *addAction() const { return m_add; }
    [[nodiscard]] QAction *editAction() const { return m_edit; }
    [[nodiscard]] QAction *duplicateAction() const { return m_duplicate; }
    [[nodiscard]] QAction *removeAction() const { return m_remove; }
    [[nodiscard]] QAction *importAction() const { return m_import; }
    [[nodiscard]] QAction *exportAction() const { return m_export; }
    [[nodiscard]] QListView *view() const { return m_view; }

    // Opens the profile dialog (non-modal); for a new profile when `profileId` is empty.
    void openProfileDialog(const QString &profileId);
    // Writes every profile (without keys) to `path`; returns an error text or empty.
    [[nodiscard]] QString exportTo(const QString &path) const;
    // Adds the profiles of a JSON export; returns an error text or empty.
    [[nodiscard]] QString importFrom(const QString &path);

Q_SIGNALS:
    void profileSelected(const QString &profileId);

private:
    void updateActions();
    void confirmRemove();

    AppContext &m_context;
    ProfileListModel *m_model = nullptr;
    QListView *m_view = nullptr;
    QAction *m_add = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
};

} // namespace Snapdock
