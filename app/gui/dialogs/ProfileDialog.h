// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/profiles/Profile.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Snapdock {

class ConnectionTester;
struct AppContext;

// Adds or edits a connection profile. The profile goes to the ProfileStore (settings, no key); the key goes
// only to the SecretStore (the OS keychain). When the keychain cannot take it, the person may keep it for
// this run only. Sending a key over plain http:// to another machine needs the explicit, remembered consent.
// Non-modal friendly: use open(); saved() comes after the store and the keychain have both answered.
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    // `existing` empty: a new profile.
    ProfileDialog(AppContext &context, const Profile &existing, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    // The profile as the form describes it now (id kept when editing).
    [[nodiscard]] Profile profileFromForm() const;
    [[nodiscard]] QString statusText() const;

    // For tests and the OK button: validate, store the profile, then the key.
    void save();
    void testConnection();

    // Form access for tests.
    [[nodiscard]] QLineEdit *nameEdit() const { return m_name; }
    [[nodiscard]] QLineEdit *urlEdit() const { return m_url; }
    [[nodiscard]] QLineEdit *keyEdit() const { return m_key; }
    [[nodiscard]] QCheckBox *insecureConsentBox() const { return m_insecureConsent; }

Q_SIGNALS:
    void saved(const QString &profileId);
    void connectionTested();

private:
    void buildForm();
    void fillForm(const Profile &profile);
    void updateConsentVisibility();
    void storeKey(const QString &profileId);
    void offerSessionOnlyKey(const QString &profileId, const QString &reason);
    void setStatus(const QString &text, bool isError);

    AppContext &m_context;
    Profile m_existing;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_url = nullptr;
    QComboBox *m_authScheme = nullptr;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLineEdit *m_pin = nullptr;
    QLineEdit *m_backupFolder = nullptr;
    QPlainTextEdit *m_nodeUrls = nullptr;
    QCheckBox *m_insecureConsent = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_testButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPointer<ConnectionTester> m_tester;
};

} // namespace Snapdock
