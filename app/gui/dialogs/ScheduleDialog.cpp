// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/ScheduleDialog.h"

#include "core/profiles/ProfileStore.h"
#include "core/qdrant/ApiCall.h"
#include "core/retention/RetentionPolicy.h"
#include "core/scheduling/FolderTemplate.h"
#include "core/scheduling/ScheduleStore.h"
#include "core/support/Clock.h"
#include "gui/AppContext.h"
#include "gui/HostSession.h"
#include "gui/SessionManager.h"
#include "gui/dialogs/schedule/RetentionEditor.h"
#include "gui/dialogs/schedule/ScheduledPathPanel.h"
#include "gui/dialogs/schedule/SelectionEditor.h"
#include "gui/dialogs/schedule/TimingEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

// The message of an input error without the generic "invalid input" frame around it.
QString inputProblem(const Error &error)
{
    return error.detail.isEmpty() ? error.userMessage() : error.detail;
}

QFormLayout *makeForm(QWidget *parent)
{
    auto *form = new QFormLayout(parent);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return form;
}

} // namespace

ScheduleDialog::ScheduleDialog(
    AppContext &context, ScheduleStore &store, const Clock &clock, const Schedule &existing, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_store(store)
    , m_clock(clock)
    , m_existing(existing)
{
    setWindowTitle(existing.id.isEmpty() ? tr("New schedule") : tr("Edit schedule \"%1\"").arg(existing.name));
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildGeneralTab(), tr("&Schedule"));
    m_tabs->addTab(buildRetentionTab(), tr("&Retention && checks"));
    m_tabs->addTab(buildAlertsTab(), tr("&Alerts && background"));

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ScheduleDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    fillForm(existing);
    connect(m_host, &QComboBox::currentIndexChanged, this, &ScheduleDialog::onHostChanged);
    connect(m_folderTemplate, &QLineEdit::textChanged, this, &ScheduleDialog::updateFolderPreview);
    connect(m_timing, &TimingEditor::changed, this, &ScheduleDialog::updateFolderPreview);
    connect(m_selection, &SelectionEditor::changed, this, &ScheduleDialog::updateFolderPreview);
    connect(m_drill, &QCheckBox::toggled, this, &ScheduleDialog::updateDrillWidgets);
    connect(m_pathPanel, &ScheduledPathPanel::applied, this, &ScheduleDialog::onOsJobApplied);
    onHostChanged();
    updateDrillWidgets();
    resize(760, 700);
}

ScheduleDialog::~ScheduleDialog() = default;

QWidget *ScheduleDialog::buildGeneralTab()
{
    auto *page = new QWidget(this);
    auto *form = makeForm(nullptr);
    // Spare height goes below the form, not between its rows.
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->addLayout(form);
    pageLayout->addStretch(1);
    m_name = new QLineEdit(page);
    m_name->setPlaceholderText(tr("e.g. Nightly production"));
    form->addRow(tr("&Name:"), m_name);
    m_enabled = new QCheckBox(tr("&Enabled"), page);
    form->addRow(QString(), m_enabled);

    m_host = new QComboBox(page);
    for (const Profile &profile : m_context.profiles.profiles())
        m_host->addItem(profile.name, profile.id);
    form->addRow(tr("&Host:"), m_host);

    m_selection = new SelectionEditor(page);
    form->addRow(tr("Back up:"), m_selection);

    m_folderTemplate = new QLineEdit(page);
    m_folderTemplate->setToolTip(
        tr("Folders below the host's backup folder. Placeholders: %1").arg(FolderTemplate::placeholders().join(u' ')));
    m_folderPreview = new QLabel(page);
    m_folderPreview->setWordWrap(true);
    m_folderPreview->setTextFormat(Qt::PlainText);
    m_folderPreview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The preview sits right under the template it expands.
    auto *folderColumn = new QVBoxLayout;
    folderColumn->setSpacing(2);
    folderColumn->addWidget(m_folderTemplate);
    folderColumn->addWidget(m_folderPreview);
    auto *folderLabel = new QLabel(tr("&Folder:"), page);
    folderLabel->setBuddy(m_folderTemplate);
    form->addRow(folderLabel, folderColumn);

    m_timing = new TimingEditor(m_clock, page);
    auto *timingBox = new QGroupBox(tr("When"), page);
    auto *timingLayout = new QVBoxLayout(timingBox);
    timingLayout->addWidget(m_timing);
    form->addRow(timingBox);
    return page;
}

QWidget *ScheduleDialog::buildRetentionTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);

    auto *retentionBox = new QGroupBox(tr("Keep"), page);
    auto *retentionLayout = new QVBoxLayout(retentionBox);
    m_retention = new RetentionEditor(retentionBox);
    retentionLayout->addWidget(m_retention);
    layout->addWidget(retentionBox);

    auto *drillBox = new QGroupBox(tr("Restore drill"), page);
    auto *drillForm = makeForm(drillBox);
    drillForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_drill = new QCheckBox(tr("&Verify backups by restoring them into a scratch collection"), drillBox);
    m_drill->setToolTip(tr("Restores the new backup into NAME__snapdock_verify_TIME, compares points, vectors, shards "
                           "and payload schema with the record, then deletes the scratch collection."));
    drillForm->addRow(m_drill);
    m_drillDays = new QSpinBox(drillBox);
    m_drillDays->setRange(1, Schedule::MAX_DRILL_EVERY_DAYS);
    m_drillDays->setSuffix(tr(" days"));
    drillForm->addRow(tr("At most every:"), m_drillDays);
    m_drillHost = new QComboBox(drillBox);
    m_drillHost->addItem(tr("The schedule's own host"), QString());
    for (const Profile &profile : m_context.profiles.profiles())
        m_drillHost->addItem(profile.name, profile.id);
    drillForm->addRow(tr("Restore on:"), m_drillHost);
    layout->addWidget(drillBox);

    auto *watchBox = new QGroupBox(tr("Recovery point"), page);
    auto *watchForm = makeForm(watchBox);
    watchForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_maxAge = new QSpinBox(watchBox);
    m_maxAge->setRange(0, Schedule::MAX_AGE_HOURS_LIMIT);
    m_maxAge->setSuffix(tr(" hours"));
    m_maxAge->setSpecialValueText(tr("not watched"));
    m_maxAge->setToolTip(tr("Warn when the newest good backup of a collection is older than this."));
    watchForm->addRow(tr("Warn when older than:"), m_maxAge);
    layout->addWidget(watchBox);
    layout->addStretch(1);
    return page;
}

QWidget *ScheduleDialog::buildAlertsTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);

    auto *webhookBox = new QGroupBox(tr("Webhook"), page);
    auto *webhookForm = makeForm(webhookBox);
    m_webhook = new QLineEdit(webhookBox);
    m_webhook->setPlaceholderText(u"https://hooks.example.com/snapdock"_s);
    m_webhook->setToolTip(tr("Receives a JSON summary of each run (POST). Leave empty for none."));
    webhookForm->addRow(tr("&URL:"), m_webhook);
    m_webhookOnSuccess = new QCheckBox(tr("after successful runs"), webhookBox);
    m_webhookOnFailure = new QCheckBox(tr("after failed runs"), webhookBox);
    auto *when = new QHBoxLayout;
    when->addWidget(m_webhookOnSuccess);
    when->addWidget(m_webhookOnFailure);
    when->addStretch(1);
    webhookForm->addRow(tr("Post:"), when);
    layout->addWidget(webhookBox);

    auto *pathBox = new QGroupBox(tr("While Snapdock is closed"), page);
    auto *pathLayout = new QVBoxLayout(pathBox);
    m_pathPanel = new ScheduledPathPanel(pathBox);
    pathLayout->addWidget(m_pathPanel);
    layout->addWidget(pathBox, 1);
    return page;
}

void ScheduleDialog::fillForm(const Schedule &schedule)
{
    m_name->setText(schedule.name);
    m_enabled->setChecked(schedule.enabled);
    const int hostIndex = m_host->findData(schedule.profileId);
    m_host->setCurrentIndex(hostIndex >= 0 ? hostIndex : 0);
    m_selection->setSelection(schedule.selection);
    m_folderTemplate->setText(schedule.folderTemplate);
    m_timing->setTiming(schedule.timing);

    const auto policy = RetentionPolicy::fromJson(schedule.retention);
    // A new schedule starts with the suggested policy; an existing one shows exactly what it keeps.
    m_retention->setPolicy(schedule.id.isEmpty() && schedule.retention.isEmpty() ? RetentionEditor::defaultPolicy()
                                                                                 : policy.value_or(RetentionPolicy()));
    m_retention->setKeepOnServer(schedule.keepOnServer);
    m_drill->setChecked(schedule.drill.enabled);
    m_drillDays->setValue(schedule.drill.everyDays);
    const int drillIndex = m_drillHost->findData(schedule.drill.targetProfileId);
    m_drillHost->setCurrentIndex(drillIndex >= 0 ? drillIndex : 0);
    m_maxAge->setValue(schedule.maxAgeHours);
    m_webhook->setText(schedule.webhookUrl.toString());
    m_webhookOnSuccess->setChecked(schedule.webhookOnSuccess);
    m_webhookOnFailure->setChecked(schedule.webhookOnFailure);
    m_pathPanel->setSchedule(schedule);
    if (!policy && !schedule.retention.isEmpty())
        setStatus(tr("The stored retention policy could not be read: %1").arg(inputProblem(policy.error())), true);
}

Result<Schedule> ScheduleDialog::scheduleFromForm() const
{
    Schedule schedule = m_existing;
    schedule.name = m_name->text().trimmed();
    schedule.enabled = m_enabled->isChecked();
    schedule.profileId = selectedProfileId();
    schedule.selection = m_selection->selection();
    schedule.folderTemplate = m_folderTemplate->text().trimmed();
    const auto timing = m_timing->timing();
    if (!timing)
        return fail(timing.error());
    schedule.timing = *timing;
    const RetentionPolicy policy = m_retention->policy();
    schedule.retention = policy.isEmpty() ? QJsonObject() : policy.toJson();
    schedule.keepOnServer = m_retention->keepOnServer();
    schedule.drill.enabled = m_drill->isChecked();
    schedule.drill.everyDays = m_drillDays->value();
    schedule.drill.targetProfileId = m_drillHost->currentData().toString();
    schedule.maxAgeHours = m_maxAge->value();
    const QString webhook = m_webhook->text().trimmed();
    schedule.webhookUrl = webhook.isEmpty() ? QUrl() : QUrl(webhook, QUrl::StrictMode);
    schedule.webhookOnSuccess = m_webhookOnSuccess->isChecked();
    schedule.webhookOnFailure = m_webhookOnFailure->isChecked();
    if (auto valid = Schedule::validate(schedule); !valid)
        return fail(valid.error());
    return schedule;
}

void ScheduleDialog::save()
{
    const auto schedule = scheduleFromForm();
    if (!schedule) {
        setStatus(inputProblem(schedule.error()), true);
        return;
    }
    if (m_existing.id.isEmpty()) {
        auto added = m_store.add(*schedule);
        if (!added) {
            setStatus(added.error().userMessage(), true);
            return;
        }
        m_existing = *added;
    } else if (auto updated = m_store.update(*schedule); !updated) {
        setStatus(updated.error().userMessage(), true);
        return;
    } else {
        m_existing = *schedule;
    }
    setWindowTitle(tr("Edit schedule \"%1\"").arg(m_existing.name));
    Q_EMIT saved(m_existing.id);
    if (!m_pathPanel->needsApply(m_existing)) {
        accept();
        return;
    }
    // The dialog stays until the OS job is in place, so that its outcome can be shown.
    setStatus(tr("Saved. Updating the OS job…"), false);
    m_buttons->setEnabled(false);
    m_pathPanel->apply(m_existing);
}

void ScheduleDialog::onOsJobApplied()
{
    m_buttons->setEnabled(true);
    if (m_pathPanel->applyResult()) {
        accept();
        return;
    }
    m_tabs->setCurrentIndex(2);
    setStatus(tr("The schedule was saved, but the OS job could not be updated: %1")
                  .arg(m_pathPanel->applyResult().error().userMessage()),
        true);
}

QString ScheduleDialog::statusText() const
{
    return m_status->text();
}

QString ScheduleDialog::folderPreviewText() const
{
    return m_folderPreview->text();
}

void ScheduleDialog::onHostChanged()
{
    loadCollections();
    updateFolderPreview();
}

void ScheduleDialog::loadCollections()
{
    const quint64 generation = ++m_collectionsGeneration;
    if (m_sessionWatch)
        disconnect(m_sessionWatch, nullptr, this, nullptr);
    HostSession *session = m_context.sessions.session(selectedProfileId());
    m_sessionWatch = session;
    if (!session) {
        m_selection->setCollectionsUnavailable(tr("Add a host first."));
        return;
    }
    if (session->keyState() == HostSession::KeyState::Loading
        || session->keyState() == HostSession::KeyState::Unknown) {
        m_selection->setCollectionsUnavailable(tr("Reading the API key…"));
        connect(session, &HostSession::keyStateChanged, this, [this, generation] {
            if (generation == m_collectionsGeneration)
                loadCollections();
        });
        return;
    }
    m_selection->setCollectionsUnavailable(tr("Listing the collections of %1…").arg(session->profile().name));
    runRequest(session->client().listCollections(), this, [this, generation](ApiCall<QStringList> &request) {
        if (generation != m_collectionsGeneration)
            return;
        const auto names = request.result();
        if (names) {
            m_selection->setAvailableCollections(*names);
        } else {
            m_selection->setCollectionsUnavailable(
                tr("Not connected (%1). Type the names, separated by commas.").arg(names.error().userMessage()));
        }
        updateFolderPreview();
    });
}

void ScheduleDialog::updateFolderPreview()
{
    const auto profile = m_context.profiles.profile(selectedProfileId());
    const QString folderTemplate = m_folderTemplate->text().trimmed();
    if (auto valid = FolderTemplate::validate(folderTemplate); !valid) {
        m_folderPreview->setText(tr("✗ %1").arg(inputProblem(valid.error())));
        return;
    }
    if (!profile) {
        m_folderPreview->clear();
        return;
    }
    if (profile->defaultBackupFolder.isEmpty()) {
        m_folderPreview->setText(
            tr("✗ The host \"%1\" has no backup folder; set one in its connection settings.").arg(profile->name));
        return;
    }
    // An example collection: the first one this schedule would back up, when known.
    const ScheduleSelection selection = m_selection->selection();
    QString collection = selection.names.value(0);
    if (collection.isEmpty() && selection.mode == ScheduleSelection::Mode::All)
        collection = m_selection->availableCollections().value(0);
    if (collection.isEmpty() && selection.mode != ScheduleSelection::Mode::List)
        collection = tr("collection");
    if (collection.isEmpty() && selection.includeFullStorage)
        collection = QString(); // full storage only
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const auto timing = m_timing->timing();
    const QDateTime when = timing ? timing->nextRunAfter(m_clock.now(), zone) : m_clock.now();
    const FolderTemplate::Values values{ profile->name, profile->baseUrl.host(), collection };
    const auto folder = FolderTemplate::folderFor(profile->defaultBackupFolder, folderTemplate, values, when, zone);
    m_folderPreview->setText(
        folder ? tr("→ %1").arg(QDir::toNativeSeparators(*folder)) : tr("✗ %1").arg(inputProblem(folder.error())));
}

void ScheduleDialog::updateDrillWidgets()
{
    m_drillDays->setEnabled(m_drill->isChecked());
    m_drillHost->setEnabled(m_drill->isChecked());
}

void ScheduleDialog::setStatus(const QString &text, bool isError)
{
    m_status->setText(text);
    QFont font = m_status->font();
    font.setBold(isError);
    m_status->setFont(font);
}

QString ScheduleDialog::selectedProfileId() const
{
    return m_host->currentData().toString();
}

} // namespace Snapdock
