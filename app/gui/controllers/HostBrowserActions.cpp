// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/controllers/HostBrowserActions.h"

#include <QAction>
#include <QIcon>
#include <QKeySequence>
#include <QStyle>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

QAction *makeAction(QWidget *parent, const QString &text, const QString &toolTip, const QIcon &icon = {})
{
    auto *action = new QAction(icon, text, parent);
    action->setToolTip(toolTip);
    action->setStatusTip(toolTip);
    action->setEnabled(false);
    return action;
}

QIcon themed(const QString &name, QWidget *widget, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(name, widget->style()->standardIcon(fallback));
}

} // namespace

HostBrowserActions::HostBrowserActions(QWidget *parent)
    : QObject(parent)
    , m_refresh(makeAction(parent,
          tr("&Refresh"),
          tr("Read collections and snapshots again"),
          themed(u"view-refresh"_s, parent, QStyle::SP_BrowserReload)))
    , m_backupSelected(makeAction(parent,
          tr("&Back Up Selected"),
          tr("Back up the selected collections into the backup folder"),
          themed(u"document-save"_s, parent, QStyle::SP_DialogSaveButton)))
    , m_backupAll(makeAction(parent, tr("Back Up &All Collections"), tr("Back up every collection of this host")))
    , m_showSnapshots(makeAction(parent, tr("Show &Snapshots"), tr("Show the server snapshots of this collection")))
    , m_download(makeAction(parent,
          tr("&Download"),
          tr("Download the selected server snapshots into the backup folder"),
          themed(u"go-down"_s, parent, QStyle::SP_ArrowDown)))
    , m_downloadTo(makeAction(
          parent, tr("Download &To…"), tr("Download the selected server snapshots into a folder you choose")))
    , m_delete(makeAction(parent,
          tr("De&lete…"),
          tr("Delete the selected snapshots or backups"),
          themed(u"edit-delete"_s, parent, QStyle::SP_TrashIcon)))
    , m_restore(makeAction(parent,
          tr("R&estore…"),
          tr("Restore the selected snapshot or backup"),
          themed(u"document-revert"_s, parent, QStyle::SP_DialogApplyButton)))
    , m_verify(makeAction(parent,
          tr("Verify &Checksum"),
          tr("Recompute the SHA-256 of the selected backups and compare it with the record"),
          themed(u"security-high"_s, parent, QStyle::SP_DialogYesButton)))
    , m_reveal(makeAction(parent,
          tr("Show in &File Manager"),
          tr("Open the folder holding the selected backup"),
          themed(u"folder-open"_s, parent, QStyle::SP_DirOpenIcon)))
    , m_pin(makeAction(parent, tr("&Pin"), tr("Keep the selected backups: retention never removes a pinned backup")))
    , m_unpin(makeAction(parent, tr("U&npin"), tr("Let retention remove the selected backups again")))
    , m_verifyByRestoring(makeAction(parent,
          tr("Verify by &Restoring…"),
          tr("Restore the backup into a scratch collection, compare it with its record, then delete the scratch "
             "collection")))
{
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setShortcutContext(Qt::WindowShortcut);
    m_backupSelected->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_backupSelected->setShortcutContext(Qt::WindowShortcut);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_restore->setShortcut(QKeySequence(Qt::Key_Return));
    m_restore->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_showSnapshots->setShortcut(QKeySequence(Qt::Key_Return));
    m_showSnapshots->setShortcutContext(Qt::WidgetWithChildrenShortcut);
}

QAction *HostBrowserActions::makeSeparator()
{
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    return separator;
}

} // namespace Snapdock
