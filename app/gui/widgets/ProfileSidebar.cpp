// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/widgets/ProfileSidebar.h"

#include "core/profiles/ProfileStore.h"
#include "core/profiles/SecretJob.h"
#include "core/profiles/SecretStore.h"
#include "gui/AppContext.h"
#include "gui/dialogs/ProfileDialog.h"
#include "gui/models/ProfileListModel.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QSaveFile>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

ProfileSidebar::ProfileSidebar(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new ProfileListModel(context.profiles, this))
    , m_view(new QListView(this))
{
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setUniformItemSizes(true);

    m_add = new QAction(QIcon::fromTheme(u"list-add"_s), tr("&Add Connection…"), this);
    m_add->setShortcut(QKeySequence::New);
    m_edit = new QAction(QIcon::fromTheme(u"document-edit"_s), tr("&Edit Connection…"), this);
    m_duplicate = new QAction(QIcon::fromTheme(u"edit-copy"_s), tr("D&uplicate Connection"), this);
    m_remove = new QAction(QIcon::fromTheme(u"list-remove"_s), tr("&Remove Connection…"), this);
    m_import = new QAction(tr("&Import Connections…"), this);
    m_export = new QAction(tr("E&xport Connections…"), this);
    for (QAction *action : { m_add, m_edit, m_duplicate, m_remove })
        m_view->addAction(action);

    auto *toolbar = new QToolBar(this);
    toolbar->setIconSize(QSize(16, 16));
    toolbar->addAction(m_add);
    toolbar->addAction(m_edit);
    toolbar->addAction(m_remove);

    auto *title = new QLabel(tr("<b>Hosts</b>"), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_view);
    layout->addWidget(toolbar);

    connect(m_add, &QAction::triggered, this, [this] {
        openProfileDialog(QString());
    });
    connect(m_edit, &QAction::triggered, this, [this] {
        openProfileDialog(currentProfileId());
    });
    connect(m_view, &QListView::doubleClicked, this, [this] {
        openProfileDialog(currentProfileId());
    });
    connect(m_duplicate, &QAction::triggered, this, [this] {
        auto copy = m_context.profiles.duplicate(currentProfileId());
        if (copy)
            selectProfile(copy->id);
    });
    connect(m_remove, &QAction::triggered, this, &ProfileSidebar::confirmRemove);
    connect(m_export, &QAction::triggered, this, [this] {
        auto *chooser = new QFileDialog(this, tr("Export connections"), QString(), tr("JSON files (*.json)"));
        chooser->setAcceptMode(QFileDialog::AcceptSave);
        chooser->setDefaultSuffix(u"json"_s);
        chooser->setAttribute(Qt::WA_DeleteOnClose);
        connect(chooser, &QFileDialog::fileSelected, this, [this](const QString &path) {
            const QString problem = exportTo(path);
            if (!problem.isEmpty())
                QMessageBox::warning(this, tr("Export failed"), problem);
        });
        chooser->open();
    });
    connect(m_import, &QAction::triggered, this, [this] {
        auto *chooser = new QFileDialog(this, tr("Import connections"), QString(), tr("JSON files (*.json)"));
        chooser->setAttribute(Qt::WA_DeleteOnClose);
        connect(chooser, &QFileDialog::fileSelected, this, [this](const QString &path) {
            const QString problem = importFrom(path);
            if (!problem.isEmpty())
                QMessageBox::warning(this, tr("Import failed"), problem);
        });
        chooser->open();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateActions();
        Q_EMIT profileSelected(currentProfileId());
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ProfileSidebar::updateActions);
    updateActions();
}

QString ProfileSidebar::currentProfileId() const
{
    return m_model->profileIdAt(m_view->currentIndex().row());
}

void ProfileSidebar::selectProfile(const QString &profileId)
{
    const int row = m_model->rowOf(profileId);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row));
}

void ProfileSidebar::updateActions()
{
    const bool selected = !currentProfileId().isEmpty();
    m_edit->setEnabled(selected);
    m_duplicate->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_export->setEnabled(m_model->rowCount() > 0);
}

void ProfileSidebar::openProfileDialog(const QString &profileId)
{
    Profile existing;
    if (!profileId.isEmpty()) {
        auto profile = m_context.profiles.profile(profileId);
        if (!profile)
            return;
        existing = *profile;
    }
    auto *dialog = new ProfileDialog(m_context, existing, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProfileDialog::saved, this, &ProfileSidebar::selectProfile);
    dialog->open();
}

void ProfileSidebar::confirmRemove()
{
    const QString id = currentProfileId();
    auto profile = m_context.profiles.profile(id);
    if (!profile)
        return;
    auto *question = new QMessageBox(QMessageBox::Question,
        tr("Remove connection"),
        tr("Remove the connection \"%1\" and its key from the keychain? Backups on "
           "disk and on the server are not touched.")
            .arg(profile->name),
        QMessageBox::Yes | QMessageBox::Cancel,
        this);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::finished, this, [this, id](int button) {
        if (button != QMessageBox::Yes)
            return;
        SecretJob *job = m_context.secrets.remove(id);
        connect(job, &SecretJob::finished, job, &QObject::deleteLater);
        (void)m_context.profiles.remove(id);
    });
    question->open();
}

QString ProfileSidebar::exportTo(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_context.profiles.exportJson(m_context.profiles.ids())) < 0
        || !file.commit())
        return tr("Could not write %1: %2").arg(path, file.errorString());
    return {};
}

QString ProfileSidebar::importFrom(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Could not read %1: %2").arg(path, file.errorString());
    auto imported = m_context.profiles.importJson(file.read(16 * 1024 * 1024));
    if (!imported)
        return imported.error().userMessage();
    if (!imported->isEmpty())
        selectProfile(imported->first().id);
    return {};
}

} // namespace Snapdock
