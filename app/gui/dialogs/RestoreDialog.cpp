// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/RestoreDialog.h"

#include "core/qdrant/QdrantClient.h"
#include "gui/AppContext.h"
#include "gui/HostSession.h"
#include "gui/dialogs/restore/PreflightPanel.h"
#include "gui/dialogs/restore/RestoreLauncher.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

constexpr int CHECK_DELAY_MS = 400;

QString priorityHelp(SnapshotPriority priority)
{
    switch (priority) {
    case SnapshotPriority::ServerDefault:
        return RestoreDialog::tr("Let the server decide (Qdrant 1.9.3 and later use “snapshot”).");
    case SnapshotPriority::Snapshot:
        return RestoreDialog::tr("The snapshot wins: other replicas are re-synced from the restored data.");
    case SnapshotPriority::Replica:
        return RestoreDialog::tr(
            "Existing replicas win: a transfer from another replica overwrites the restored data.");
    case SnapshotPriority::NoSync:
        return RestoreDialog::tr("Experts only: no synchronisation at all; a cluster may become inconsistent.");
    }
    return {};
}

} // namespace

RestoreDialog::RestoreDialog(AppContext &context, HostSession &session, const RestoreSource &source, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_session(session)
{
    setWindowTitle(
        tr("Restore into %1")
            .arg(session.profile().name.isEmpty() ? session.profile().baseUrl.toString() : session.profile().name));
    buildUi();
    m_checkTimer.setSingleShot(true);
    m_checkTimer.setInterval(CHECK_DELAY_MS);
    connect(&m_checkTimer, &QTimer::timeout, this, &RestoreDialog::checkNow);
    setSource(source);
    const QString recorded = m_details.metadata ? m_details.metadata->collection : QString();
    if (!source.scope.collection.isEmpty() || !recorded.isEmpty())
        setTarget(RestoreTarget::CreateNew, source.scope.collection.isEmpty() ? recorded : source.scope.collection);
    loadCollections();
    // The key may still be on its way from the keychain: check again with the client that carries it.
    connect(&m_session, &HostSession::clientChanged, this, [this] {
        loadCollections();
        scheduleCheck();
    });
}

RestoreDialog::~RestoreDialog() = default;

bool RestoreDialog::acceptsDrop(const QMimeData *mime)
{
    return !droppedSnapshotPath(mime).isEmpty();
}

QString RestoreDialog::droppedSnapshotPath(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    const QList<QUrl> urls = mime->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return {};
    const QString path = urls.first().toLocalFile();
    return path.endsWith(u".snapshot"_s, Qt::CaseInsensitive) ? path : QString();
}

void RestoreDialog::buildUi()
{
    m_preflight = new PreflightPanel(this);
    m_reason = new QLabel(this);
    m_reason->setObjectName(u"blockingReason"_s);
    m_reason->setWordWrap(true);
    QFont bold = m_reason->font();
    bold.setBold(true);
    m_reason->setFont(bold);

    auto *preflightBox = new QGroupBox(tr("Pre-flight check"), this);
    auto *preflightLayout = new QVBoxLayout(preflightBox);
    preflightLayout->addWidget(m_preflight);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restoreButton = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restoreButton->setObjectName(u"restoreButton"_s);
    m_restoreButton->setDefault(true);
    QPushButton *recheck = buttons->addButton(tr("Check &again"), QDialogButtonBox::ActionRole);
    connect(recheck, &QPushButton::clicked, this, &RestoreDialog::checkNow);
    connect(m_restoreButton, &QPushButton::clicked, this, &RestoreDialog::startRestore);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildSourceBox());
    layout->addWidget(buildTargetBox());
    layout->addWidget(buildOptionsBox());
    layout->addWidget(preflightBox);
    layout->addStretch(1);
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
    setMinimumWidth(640);
}

QWidget *RestoreDialog::buildSourceBox()
{
    auto *box = new QGroupBox(tr("Restore from"), this);
    m_fromFile = new QRadioButton(tr("A &file on this computer"), box);
    m_fromServer = new QRadioButton(tr("A snapshot on the &server"), box);
    m_fromUrl = new QRadioButton(tr("A &URL the server downloads itself"), box);
    auto *group = new QButtonGroup(box);
    for (QRadioButton *radio : { m_fromFile, m_fromServer, m_fromUrl })
        group->addButton(radio);
    m_filePath = new QLineEdit(box);
    m_filePath->setPlaceholderText(tr("/path/to/collection.snapshot"));
    m_browse = new QPushButton(tr("&Browse…"), box);
    m_serverCollection = new QLineEdit(box);
    m_serverCollection->setPlaceholderText(tr("collection"));
    m_serverSnapshot = new QLineEdit(box);
    m_serverSnapshot->setPlaceholderText(tr("snapshot name"));
    m_url = new QLineEdit(box);
    m_url->setPlaceholderText(tr("https://storage.example.com/backups/articles.snapshot"));
    m_sourceSummary = new QLabel(box);
    m_sourceSummary->setWordWrap(true);
    m_sourceSummary->setObjectName(u"sourceSummary"_s);

    auto *grid = new QGridLayout(box);
    grid->addWidget(m_fromFile, 0, 0);
    grid->addWidget(m_filePath, 0, 1, 1, 2);
    grid->addWidget(m_browse, 0, 3);
    grid->addWidget(m_fromServer, 1, 0);
    grid->addWidget(m_serverCollection, 1, 1);
    grid->addWidget(m_serverSnapshot, 1, 2, 1, 2);
    grid->addWidget(m_fromUrl, 2, 0);
    grid->addWidget(m_url, 2, 1, 1, 3);
    grid->addWidget(m_sourceSummary, 3, 0, 1, 4);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 2);

    connect(group, &QButtonGroup::buttonToggled, this, &RestoreDialog::onSourceEdited);
    for (QLineEdit *edit : { m_filePath, m_serverCollection, m_serverSnapshot, m_url })
        connect(edit, &QLineEdit::textChanged, this, &RestoreDialog::onSourceEdited);
    connect(m_browse, &QPushButton::clicked, this, &RestoreDialog::browseFile);
    return box;
}

QWidget *RestoreDialog::buildTargetBox()
{
    auto *box = new QGroupBox(tr("Restore into"), this);
    m_createNew = new QRadioButton(tr("A &new collection named"), box);
    m_replace = new QRadioButton(tr("&Replace the existing collection"), box);
    auto *group = new QButtonGroup(box);
    group->addButton(m_createNew);
    group->addButton(m_replace);
    m_newName = new QLineEdit(box);
    m_newName->setObjectName(u"newCollectionName"_s);
    m_existing = new QComboBox(box);
    m_existing->setObjectName(u"existingCollection"_s);
    m_existing->setEditable(true);
    m_existing->setInsertPolicy(QComboBox::NoInsert);
    m_safety = new QCheckBox(tr("First take and download a &safety snapshot of it (allows “Undo this restore”)"), box);
    m_safety->setChecked(true);
    m_confirmLabel = new QLabel(box);
    m_confirmLabel->setWordWrap(true);
    m_confirm = new QLineEdit(box);
    m_confirm->setObjectName(u"confirmName"_s);

    auto *grid = new QGridLayout(box);
    grid->addWidget(m_createNew, 0, 0);
    grid->addWidget(m_newName, 0, 1);
    grid->addWidget(m_replace, 1, 0);
    grid->addWidget(m_existing, 1, 1);
    grid->addWidget(m_safety, 2, 0, 1, 2);
    grid->addWidget(m_confirmLabel, 3, 0);
    grid->addWidget(m_confirm, 3, 1);
    grid->setColumnStretch(1, 1);
    m_createNew->setChecked(true);

    connect(group, &QButtonGroup::buttonToggled, this, &RestoreDialog::scheduleCheck);
    connect(m_newName, &QLineEdit::textChanged, this, &RestoreDialog::scheduleCheck);
    connect(m_existing, &QComboBox::currentTextChanged, this, &RestoreDialog::scheduleCheck);
    connect(m_confirm, &QLineEdit::textChanged, this, &RestoreDialog::updateControls);
    connect(m_safety, &QCheckBox::toggled, this, &RestoreDialog::updateControls);
    return box;
}

QWidget *RestoreDialog::buildOptionsBox()
{
    auto *box = new QGroupBox(tr("Options"), this);
    m_priority = new QComboBox(box);
    m_priority->addItem(tr("Server default"), int(SnapshotPriority::ServerDefault));
    m_priority->addItem(tr("Snapshot"), int(SnapshotPriority::Snapshot));
    m_priority->addItem(tr("Replica"), int(SnapshotPriority::Replica));
    m_priority->addItem(tr("No sync"), int(SnapshotPriority::NoSync));
    m_priorityHelp = new QLabel(box);
    m_priorityHelp->setWordWrap(true);
    m_checksum = new QCheckBox(tr("&Verify the SHA-256 checksum before the collection is touched"), box);
    m_checksum->setChecked(true);
    m_sha256 = new QLineEdit(box);
    m_sha256->setPlaceholderText(tr("expected SHA-256 (64 hex digits)"));
    m_aliases = new QCheckBox(box);
    m_keepUpload = new QCheckBox(tr("&Keep the uploaded copy in the collection's snapshot list"), box);

    auto *priorityLabel = new QLabel(tr("&Priority:"), box);
    priorityLabel->setBuddy(m_priority);
    auto *priorityRow = new QHBoxLayout;
    priorityRow->addWidget(m_priority);
    priorityRow->addWidget(m_priorityHelp, 1);
    auto *form = new QFormLayout(box);
    form->addRow(priorityLabel, priorityRow);
    form->addRow(m_checksum);
    form->addRow(tr("Checksum:"), m_sha256);
    form->addRow(m_aliases);
    form->addRow(m_keepUpload);

    connect(m_priority, &QComboBox::currentIndexChanged, this, &RestoreDialog::updateControls);
    connect(m_checksum, &QCheckBox::toggled, this, &RestoreDialog::updateControls);
    connect(m_sha256, &QLineEdit::textChanged, this, &RestoreDialog::updateControls);
    return box;
}

void RestoreDialog::loadCollections()
{
    std::ignore = runRequest(m_session.client().listCollections(), this, [this](ApiCall<QStringList> &call) {
        const Result<QStringList> names = call.result();
        if (!names)
            return; // the pre-flight reports an unreachable server
        const QString current = m_existing->currentText();
        QStringList sorted = *names;
        sorted.sort(Qt::CaseInsensitive);
        m_existing->clear();
        m_existing->addItems(sorted);
        m_existing->setCurrentText(current);
    });
}

void RestoreDialog::browseFile()
{
    auto *dialog = new QFileDialog(this, tr("Choose a snapshot"), QFileInfo(m_filePath->text()).absolutePath());
    dialog->setNameFilters({ tr("Qdrant snapshots (*.snapshot)"), tr("All files (*)") });
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_fromFile->setChecked(true);
        m_filePath->setText(path);
    });
    dialog->open();
}

void RestoreDialog::setSource(const RestoreSource &source)
{
    m_fromFile->setChecked(source.kind == RestoreSource::Kind::LocalFile);
    m_fromServer->setChecked(source.kind == RestoreSource::Kind::ServerSnapshot);
    m_fromUrl->setChecked(source.kind == RestoreSource::Kind::Url);
    m_filePath->setText(source.path);
    m_serverCollection->setText(
        source.kind == RestoreSource::Kind::ServerSnapshot ? source.scope.collection : QString());
    m_serverSnapshot->setText(source.snapshotName);
    m_url->setText(source.url.toString());
    onSourceEdited();
}

RestoreSource RestoreDialog::source() const
{
    if (m_fromServer->isChecked())
        return RestoreSource::serverSnapshot(
            SnapshotScope::forCollection(m_serverCollection->text().trimmed()), m_serverSnapshot->text().trimmed());
    if (m_fromUrl->isChecked())
        return RestoreSource::fromUrl(QUrl(m_url->text().trimmed(), QUrl::StrictMode));
    return RestoreSource::localFile(m_filePath->text().trimmed());
}

void RestoreDialog::setTarget(RestoreTarget target, const QString &collection)
{
    if (target == RestoreTarget::ReplaceExisting) {
        m_replace->setChecked(true);
        m_existing->setCurrentText(collection);
    } else {
        m_createNew->setChecked(true);
        m_newName->setText(collection);
    }
    scheduleCheck();
}

RestoreTarget RestoreDialog::target() const
{
    return m_replace->isChecked() ? RestoreTarget::ReplaceExisting : RestoreTarget::CreateNew;
}

QString RestoreDialog::targetCollection() const
{
    return target() == RestoreTarget::ReplaceExisting ? m_existing->currentText() : m_newName->text();
}

void RestoreDialog::setPriority(SnapshotPriority priority)
{
    m_priority->setCurrentIndex(m_priority->findData(int(priority)));
}

void RestoreDialog::setConfirmationText(const QString &text)
{
    m_confirm->setText(text);
}

void RestoreDialog::setSafetySnapshotEnabled(bool enabled)
{
    m_safety->setChecked(enabled);
}

void RestoreDialog::setRecreateAliases(bool enabled)
{
    m_aliases->setChecked(enabled);
}

void RestoreDialog::setKeepUploadedCopy(bool keep)
{
    m_keepUpload->setChecked(keep);
}

bool RestoreDialog::isPreflightRunning() const
{
    return !m_checkDone;
}

QStringList RestoreDialog::preflightLines() const
{
    return m_preflight->lines();
}

void RestoreDialog::onSourceEdited()
{
    const RestoreSource current = source();
    // Only a different file is read again: inspecting reads the archive's headers.
    const QString key = QString::number(int(current.kind)) + u'|' + current.path + u'|' + current.scope.collection
        + u'|' + current.snapshotName + u'|' + current.url.toString();
    if (key != m_inspectedKey) {
        m_inspectedKey = key;
        m_details = SourceInspector::inspect(current);
        m_sourceSummary->setText(m_details.problem.isEmpty() ? m_details.summary : m_details.problem);
        const QStringList aliases = m_details.metadata ? m_details.metadata->aliases : QStringList();
        m_aliases->setText(aliases.isEmpty()
                ? tr("Re-create aliases (none were recorded at backup time)")
                : tr("Re-create the aliases recorded at backup time: %1").arg(aliases.join(u", "_s)));
        m_aliases->setChecked(!aliases.isEmpty());
        fitHeight();
    }
    scheduleCheck();
}

void RestoreDialog::scheduleCheck()
{
    m_checkDone = false;
    delete m_check; // cancels its request; a stale answer must not enable Restore
    m_checkTimer.start();
    updateControls();
}

QString RestoreDialog::localProblem() const
{
    if (!m_details.problem.isEmpty())
        return m_details.problem;
    if (const QString problem = PreflightCheck::collectionNameProblem(targetCollection()); !problem.isEmpty())
        return problem;
    if (m_fromUrl->isChecked() && m_checksum->isChecked() && !m_sha256->text().trimmed().isEmpty()) {
        static const QRegularExpression hex(u"^[0-9a-fA-F]{64}$"_s);
        if (!hex.match(m_sha256->text().trimmed()).hasMatch())
            return tr("A SHA-256 checksum has 64 hex digits.");
    }
    return {};
}

void RestoreDialog::checkNow()
{
    m_checkTimer.stop();
    delete m_check;
    m_checkDone = false;
    m_report = {};
    if (const QString problem = localProblem(); !problem.isEmpty()) {
        m_report.items.append({ PreflightReport::Severity::Blocking, problem });
        m_preflight->showProblem(problem);
        m_checkDone = true;
        updateControls();
        fitHeight();
        Q_EMIT preflightFinished();
        return;
    }
    PreflightCheck::Input input;
    input.snapshot = m_details.metadata;
    input.collection = targetCollection();
    input.target = target();
    if (m_fromServer->isChecked()) {
        input.serverScope = SnapshotScope::forCollection(m_serverCollection->text().trimmed());
        input.serverSnapshotName = m_serverSnapshot->text().trimmed();
    }
    m_check = new PreflightCheck(m_session.client(), input, this);
    connect(m_check, &PreflightCheck::finished, this, &RestoreDialog::onCheckFinished);
    m_check->start();
    m_preflight->showChecking();
    updateControls();
}

void RestoreDialog::onCheckFinished()
{
    PreflightCheck *check = m_check;
    if (!check)
        return;
    m_report = check->report();
    m_checkDone = true;
    check->deleteLater();
    m_check = nullptr;
    m_preflight->showReport(m_report);
    updateControls();
    fitHeight();
    Q_EMIT preflightFinished();
}

void RestoreDialog::updateControls()
{
    const bool file = m_fromFile->isChecked();
    const bool server = m_fromServer->isChecked();
    const bool url = m_fromUrl->isChecked();
    const bool replace = m_replace->isChecked();
    m_filePath->setEnabled(file);
    m_browse->setEnabled(file);
    m_serverCollection->setEnabled(server);
    m_serverSnapshot->setEnabled(server);
    m_url->setEnabled(url);
    m_newName->setEnabled(!replace);
    m_existing->setEnabled(replace);
    m_safety->setEnabled(replace);
    m_confirmLabel->setVisible(replace);
    m_confirm->setVisible(replace);
    const QString collection = targetCollection();
    m_confirmLabel->setText(tr("Type “%1” to confirm:").arg(collection));
    m_confirm->setPlaceholderText(collection);
    m_keepUpload->setEnabled(file);
    m_aliases->setEnabled(m_details.metadata && !m_details.metadata->aliases.isEmpty());
    // Uploads are always verified (RestoreJob sends the file's SHA-256); the box only matters for the others.
    m_checksum->setEnabled(!file);
    if (file)
        m_checksum->setChecked(true);
    m_sha256->setVisible(url);
    if (auto *form = qobject_cast<QFormLayout *>(m_sha256->parentWidget()->layout()))
        form->setRowVisible(m_sha256, url);
    m_sha256->setEnabled(url && m_checksum->isChecked());
    m_priorityHelp->setText(priorityHelp(SnapshotPriority(m_priority->currentData().toInt())));

    QString reason = localProblem();
    if (reason.isEmpty() && !m_checkDone)
        reason = tr("Waiting for the pre-flight check…");
    // A block the pre-flight found is already listed above with its icon: point there instead of repeating it.
    QString shown = reason;
    if (reason.isEmpty()) {
        reason = m_report.blockingReason();
        if (!reason.isEmpty())
            shown = tr("Restore is disabled: the pre-flight check above found a problem.");
    }
    if (reason.isEmpty() && replace && m_confirm->text() != collection) {
        reason = tr("Type the name of the collection to replace (“%1”) to enable Restore.").arg(collection);
        shown = reason;
    }
    m_blockingReason = reason;
    m_reason->setText(shown);
    m_reason->setVisible(!reason.isEmpty());
    m_restoreButton->setEnabled(reason.isEmpty());
}

void RestoreDialog::fitHeight()
{
    // Wrapped texts (summary, pre-flight lines, the reason) need more height than the layout's size hint says;
    // grow the window so that nothing is clipped, never shrink what the person sized.
    layout()->activate();
    const int needed = heightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

RestorePlanRequest RestoreDialog::plannedRequest() const
{
    RestorePlanRequest request;
    const QdrantClient &client = m_session.client();
    if (m_fromFile->isChecked()) {
        request.source = RestorePlanRequest::Source::LocalFile;
        request.snapshotFile = m_filePath->text().trimmed();
        request.keepUploadedCopy = m_keepUpload->isChecked();
    } else if (m_fromServer->isChecked()) {
        request.source = RestorePlanRequest::Source::Location;
        request.location = RestoreLauncher::serverSnapshotLocation(m_session.profile(),
            client.endpoint().baseUrl,
            m_serverCollection->text().trimmed(),
            m_serverSnapshot->text().trimmed());
        if (!request.location.isLocalFile())
            request.sourceApiKey = client.endpoint().apiKey; // the server fetches from itself
        if (m_checksum->isChecked())
            request.sha256 = m_report.snapshotChecksum;
    } else {
        request.source = RestorePlanRequest::Source::Location;
        request.location = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
        if (m_checksum->isChecked())
            request.sha256 = m_sha256->text().trimmed().toLower();
    }
    request.collection = targetCollection();
    request.target = target();
    request.priority = SnapshotPriority(m_priority->currentData().toInt());
    if (request.target == RestoreTarget::ReplaceExisting && m_safety->isChecked())
        request.safetySnapshotFolder = RestoreLauncher::safetyFolder(m_session.profile(), request.collection);
    if (m_aliases->isEnabled() && m_aliases->isChecked() && m_details.metadata)
        request.aliases = m_details.metadata->aliases;
    return request;
}

void RestoreDialog::startRestore()
{
    updateControls();
    if (!m_blockingReason.isEmpty())
        return;
    RestoreLauncher launcher(m_context.jobs);
    const JobId id = launcher.enqueue(m_session, plannedRequest());
    Q_EMIT restoreQueued(id);
    accept();
}

} // namespace Snapdock
