// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/profiles/Profile.h"
#include "core/support/Result.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>

class QSettings;

namespace Snapdock {

// The saved connection profiles, persisted in QSettings under the "profiles" group, in a stable order (the order
// they were added; duplicates and imports go to the end).
//
// API keys never reach this store: Profile has no field for one, so the settings file cannot contain a key. Keys
// belong in a SecretStore under the profile's id; removing a profile here does not remove its key there.
//
// Every change is written and synced at once, so another store opened on the same file afterwards sees it. Use one
// store per settings file per process: two stores on the same file overwrite each other's changes.
// Threading: use from the thread that created it.
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    // The application's own settings (QSettings() with the organization and application names set in main()).
    explicit ProfileStore(QObject *parent = nullptr);
    // An INI file at `settingsFile`, e.g. a temporary one in tests.
    explicit ProfileStore(const QString &settingsFile, QObject *parent = nullptr);
    // Injected settings. Does not take ownership; `settings` must outlive the store.
    explicit ProfileStore(QSettings *settings, QObject *parent = nullptr);
    ~ProfileStore() override;

    [[nodiscard]] QList<Profile> profiles() const { return m_profiles; }
    [[nodiscard]] QStringList ids() const;
    [[nodiscard]] bool contains(const QString &id) const;
    // NotFound when there is no profile with this id.
    [[nodiscard]] Result<Profile> profile(const QString &id) const;

    // Validates and appends `profile`; assigns a new id when it has none. AlreadyExists when the id is taken.
    // Returns the stored profile (with its id). Emits profileAdded().
    [[nodiscard]] Result<Profile> add(Profile profile);
    // Validates and replaces the profile with the same id, keeping its position. Emits profileChanged().
    [[nodiscard]] VoidResult update(const Profile &profile);
    // Emits profileRemoved(). NotFound when there is no such profile.
    [[nodiscard]] VoidResult remove(const QString &id);
    // Appends a copy with a new id, named "<name> (copy)". Emits profileAdded() for the copy.
    [[nodiscard]] Result<Profile> duplicate(const QString &id);

    // The profiles with these ids, in this order, as a JSON document for moving settings between machines. Unknown ids
    // are skipped. Never contains a key.
    [[nodiscard]] QByteArray exportJson(const QStringList &ids) const;
    // Adds the profiles of a document written by exportJson(). A profile whose id is already taken gets a new one.
    // All or nothing: a malformed document, or any invalid profile in it, adds none and fails with InvalidArgument
    // saying what is wrong. Keys in the document, should someone add them by hand, are ignored.
    // Returns the added profiles with their final ids; emits profileAdded() for each.
    [[nodiscard]] Result<QList<Profile>> importJson(const QByteArray &json);

signals:
    void profileAdded(const QString &id);
    void profileChanged(const QString &id);
    void profileRemoved(const QString &id);

private:
    void load();
    [[nodiscard]] VoidResult save();
    [[nodiscard]] qsizetype indexOf(const QString &id) const;

    std::unique_ptr<QSettings> m_ownedSettings;
    QSettings *m_settings = nullptr;
    QList<Profile> m_profiles;
};

} // namespace Snapdock
