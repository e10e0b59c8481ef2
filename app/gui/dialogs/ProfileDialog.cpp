// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/ProfileDialog.h"

#include "core/profiles/ProfileStore.h"
#include "core/profiles/SecretJob.h"
#include "core/profiles/SecretStore.h"
#include "gui/AppContext.h"
#include "gui/HostSession.h"
#include "gui/SessionManager.h"
#include "gui/controllers/ConnectionTester.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

ProfileDialog::ProfileDialog(AppContext &context, const Profile &existing, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_existing(existing)
{
    setWindowTitle(existing.id.isEmpty() ? tr("Add connection") : tr("Edit connection \"%1\"").arg(existing.name));
    buildForm();
    fillForm(existing);
    updateConsentVisibility();
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::buildForm()
{
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. Production"));
    form->addRow(tr("&Name:"), m_name);

    m_url = new QLineEdit(this);
    m_url->setPlaceholderText(u"https://qdrant.example.com:6333"_s);
    form->addRow(tr("&URL:"), m_url);

    m_authScheme = new QComboBox(this);
    m_authScheme->addItem(tr("api-key header"), static_cast<int>(AuthScheme::ApiKeyHeader));
    m_authScheme->addItem(tr("Authorization: Bearer"), static_cast<int>(AuthScheme::Bearer));
    form->addRow(tr("Send the key as:"), m_authScheme);

    m_key = new QLineEdit(this);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(m_existing.id.isEmpty() ? tr("empty: the server needs no key")
                                                      : tr("unchanged (stored in the system keychain)"));
    form->addRow(tr("API &key:"), m_key);

    m_insecureConsent =
        new QCheckBox(tr("I understand that the key travels unencrypted over plain http:// to another machine"), this);
    form->addRow(QString(), m_insecureConsent);

    auto *caRow = new QHBoxLayout;
    m_caFile = new QLineEdit(this);
    m_caFile->setPlaceholderText(tr("system certificates"));
    auto *browseCa = new QToolButton(this);
    browseCa->setText(u"…"_s);
    caRow->addWidget(m_caFile);
    caRow->addWidget(browseCa);
    form->addRow(tr("Trusted &CA file:"), caRow);
    connect(browseCa, &QToolButton::clicked, this, [this] {
        auto *chooser = new QFileDialog(this, tr("CA certificates (PEM)"));
        chooser->setAttribute(Qt::WA_DeleteOnClose);
        connect(chooser, &QFileDialog::fileSelected, m_caFile, &QLineEdit::setText);
        chooser->open();
    });

    m_pin = new QLineEdit(this);
    m_pin->setPlaceholderText(tr("SHA-256 fingerprint of a certificate to accept (optional)"));
    form->addRow(tr("Accepted &certificate:"), m_pin);

    auto *folderRow = new QHBoxLayout;
    m_backupFolder = new QLineEdit(this);
    auto *browseFolder = new QToolButton(this);
    browseFolder->setText(u"…"_s);
    folderRow->addWidget(m_backupFolder);
    folderRow->addWidget(browseFolder);
    form->addRow(tr("Backup &folder:"), folderRow);
    connect(browseFolder, &QToolButton::clicked, this, [this] {
        auto *chooser = new QFileDialog(this, tr("Backup folder"), m_backupFolder->text());
        chooser->setFileMode(QFileDialog::Directory);
        chooser->setAttribute(Qt::WA_DeleteOnClose);
        connect(chooser, &QFileDialog::fileSelected, m_backupFolder, &QLineEdit::setText);
        chooser->open();
    });

    m_nodeUrls = new QPlainTextEdit(this);
    m_nodeUrls->setPlaceholderText(tr("REST URL of each cluster node, one per line (optional)"));
    m_nodeUrls->setMaximumHeight(70);
    form->addRow(tr("Cluster &nodes:"), m_nodeUrls);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_testButton = m_buttons->addButton(tr("&Test connection"), QDialogButtonBox::ActionRole);
    connect(m_testButton, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_url, &QLineEdit::textChanged, this, &ProfileDialog::updateConsentVisibility);
    connect(m_key, &QLineEdit::textChanged, this, &ProfileDialog::updateConsentVisibility);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(620, sizeHint().height());
}

void ProfileDialog::fillForm(const Profile &profile)
{
    m_name->setText(profile.name);
    m_url->setText(
        profile.baseUrl.isEmpty() ? u"http://localhost:6333"_s : profile.baseUrl.toString(QUrl::RemoveUserInfo));
    m_authScheme->setCurrentIndex(profile.authScheme == AuthScheme::Bearer ? 1 : 0);
    m_caFile->setText(profile.caCertificatesFile);
    m_pin->setText(QString::fromLatin1(profile.pinnedCertificateSha256));
    const QString defaultFolder =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(u"Snapdock Backups"_s);
    m_backupFolder->setText(profile.defaultBackupFolder.isEmpty() ? defaultFolder : profile.defaultBackupFolder);
    QStringList nodes;
    for (const QUrl &node : profile.nodeUrls)
        nodes.append(node.toString());
    m_nodeUrls->setPlainText(nodes.join(u'\n'));
    m_insecureConsent->setChecked(profile.allowKeyOverPlainHttp);
}

Profile ProfileDialog::profileFromForm() const
{
    Profile profile = m_existing;
    profile.name = m_name->text().trimmed();
    profile.baseUrl = QUrl::fromUserInput(m_url->text().trimmed());
    profile.authScheme = static_cast<AuthScheme>(m_authScheme->currentData().toInt());
    profile.caCertificatesFile = m_caFile->text().trimmed();
    profile.pinnedCertificateSha256 = m_pin->text().trimmed().toLatin1();
    profile.defaultBackupFolder = m_backupFolder->text().trimmed();
    profile.nodeUrls.clear();
    const QStringList lines = m_nodeUrls->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines)
        profile.nodeUrls.append(QUrl::fromUserInput(line.trimmed()));
    profile.allowKeyOverPlainHttp = m_insecureConsent->isChecked();
    return profile;
}

void ProfileDialog::updateConsentVisibility()
{
    Profile probe = profileFromForm();
    probe.allowKeyOverPlainHttp = false;
    // Only relevant when a key would actually travel in clear text to another machine.
    const bool keyInvolved = !m_key->text().isEmpty() || !m_existing.id.isEmpty();
    m_insecureConsent->setVisible(keyInvolved && probe.needsInsecureConsent());
}

QString ProfileDialog::statusText() const
{
    return m_status->text();
}

void ProfileDialog::setStatus(const QString &text, bool isError)
{
    m_status->setText(text);
    QFont font = m_status->font();
    font.setBold(isError);
    m_status->setFont(font);
}

void ProfileDialog::testConnection()
{
    const Profile profile = profileFromForm();
    if (auto valid = Profile::validate(profile); !valid) {
        setStatus(valid.error().userMessage(), true);
        Q_EMIT connectionTested();
        return;
    }
    QString key = m_key->text();
    if (key.isEmpty() && !m_existing.id.isEmpty()) {
        if (HostSession *session = m_context.sessions.session(m_existing.id))
            key = session->client().endpoint().apiKey;
    }
    if (!key.isEmpty() && profile.needsInsecureConsent() && !profile.allowKeyOverPlainHttp) {
        setStatus(tr("Tick the box above to send the key over plain http:// to this host, or use https://."), true);
        Q_EMIT connectionTested();
        return;
    }
    setStatus(tr("Testing %1 …").arg(profile.baseUrl.toString(QUrl::RemoveUserInfo)), false);
    m_testButton->setEnabled(false);
    auto *tester = new ConnectionTester(m_context.network, profile, key, this);
    m_tester = tester;
    connect(tester, &ConnectionTester::finished, this, [this, tester] {
        tester->deleteLater();
        m_testButton->setEnabled(true);
        const ConnectionReport &report = tester->report();
        QStringList lines;
        if (report.reachable)
            lines.append(tr("✓ Qdrant %1 is reachable.").arg(report.serverVersion));
        if (report.keyAccepted)
            lines.append(tr("✓ The key works (%n collection(s) visible).", nullptr, report.collectionCount));
        if (report.readOnly.has_value()) {
            lines.append(*report.readOnly ? tr("⚠ This key can only read: backups work, restores do not.")
                                          : tr("✓ The key may create snapshots and restore."));
        }
        if (!report.problem.isEmpty())
            lines.append(tr("✗ %1").arg(report.problem));
        setStatus(lines.join(u'\n'), !report.problem.isEmpty());
        Q_EMIT connectionTested();
    });
    tester->start();
}

void ProfileDialog::save()
{
    const Profile profile = profileFromForm();
    if (auto valid = Profile::validate(profile); !valid) {
        setStatus(valid.error().userMessage(), true);
        return;
    }
    if (!m_key->text().isEmpty() && profile.needsInsecureConsent() && !profile.allowKeyOverPlainHttp) {
        setStatus(tr("The key would travel unencrypted to %1. Use https://, or tick the box to accept that.")
                      .arg(profile.baseUrl.host()),
            true);
        return;
    }
    QString profileId = profile.id;
    if (profileId.isEmpty()) {
        auto added = m_context.profiles.add(profile);
        if (!added) {
            setStatus(added.error().userMessage(), true);
            return;
        }
        profileId = added->id;
        m_existing = *added;
    } else if (auto updated = m_context.profiles.update(profile); !updated) {
        setStatus(updated.error().userMessage(), true);
        return;
    }
    if (m_key->text().isEmpty()) {
        Q_EMIT saved(profileId);
        accept();
        return;
    }
    storeKey(profileId);
}

void ProfileDialog::storeKey(const QString &profileId)
{
    setStatus(tr("Storing the key in the system keychain …"), false);
    m_buttons->setEnabled(false);
    SecretJob *job = m_context.secrets.write(profileId, m_key->text());
    connect(job, &SecretJob::finished, this, [this, job, profileId] {
        job->deleteLater();
        m_buttons->setEnabled(true);
        if (auto stored = job->status(); !stored) {
            offerSessionOnlyKey(profileId, stored.error().userMessage());
            return;
        }
        if (HostSession *session = m_context.sessions.session(profileId))
            session->loadKey();
        Q_EMIT saved(profileId);
        accept();
    });
}

void ProfileDialog::offerSessionOnlyKey(const QString &profileId, const QString &reason)
{
    auto *question = new QMessageBox(QMessageBox::Warning,
        tr("No keychain available"),
        tr("The key could not be stored in the system keychain: %1\n\n"
           "Snapdock never writes keys to disk. Keep the key for this run only?")
            .arg(reason),
        QMessageBox::Yes | QMessageBox::No,
        this);
    question->setAttribute(Qt::WA_DeleteOnClose);
    const QString key = m_key->text();
    connect(question, &QMessageBox::finished, this, [this, profileId, key](int button) {
        if (button != QMessageBox::Yes) {
            setStatus(tr("The profile was saved without its key."), true);
            return;
        }
        if (HostSession *session = m_context.sessions.session(profileId))
            session->setSessionKey(key);
        Q_EMIT saved(profileId);
        accept();
    });
    question->open();
}

} // namespace Snapdock
