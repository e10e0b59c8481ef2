// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/PreferencesDialog.h"

#include "gui/controllers/AutostartEntry.h"
#include "gui/controllers/Notifier.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace Snapdock {

PreferencesDialog::PreferencesDialog(QSettings &settings, const AutostartEntry &autostart, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_autostart(autostart)
    , m_startAtLogin(new QCheckBox(tr("&Start Snapdock when I log in (in the tray, so schedules run)"), this))
    , m_notifications(new QComboBox(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Preferences"));
    m_notifications->addItem(tr("All: finished runs and tasks too"), int(NotificationLevel::All));
    m_notifications->addItem(tr("Failures only"), int(NotificationLevel::FailuresOnly));
    m_notifications->addItem(tr("None"), int(NotificationLevel::None));
    m_notifications->setCurrentIndex(m_notifications->findData(int(Notifier::levelFrom(m_settings))));
    m_startAtLogin->setChecked(m_autostart.isEnabled());
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->addRow(m_startAtLogin);
    form->addRow(tr("Desktop &notifications:"), m_notifications);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
}

void PreferencesDialog::save()
{
    Notifier::storeLevel(m_settings, NotificationLevel(m_notifications->currentData().toInt()));
    m_settings.sync();
    if (m_startAtLogin->isChecked() != m_autostart.isEnabled()) {
        if (auto written = m_autostart.setEnabled(m_startAtLogin->isChecked()); !written) {
            m_status->setText(tr("Could not change the login item: %1").arg(written.error().userMessage()));
            return;
        }
    }
    Q_EMIT saved();
    accept();
}

QString PreferencesDialog::statusText() const
{
    return m_status->text();
}

} // namespace Snapdock
