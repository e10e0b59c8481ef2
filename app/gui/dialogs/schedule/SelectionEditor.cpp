// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/schedule/SelectionEditor.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

constexpr int LIST_HEIGHT = 110;

} // namespace

SelectionEditor::SelectionEditor(QWidget *parent)
    : QWidget(parent)
    , m_all(new QRadioButton(tr("&All collections"), this))
    , m_list(new QRadioButton(tr("These &collections:"), this))
    , m_pattern(new QRadioButton(tr("Names &matching:"), this))
    , m_names(new QListWidget(this))
    , m_namesText(new QLineEdit(this))
    , m_listState(new QLabel(this))
    , m_patternText(new QLineEdit(this))
    , m_fullStorage(
          new QCheckBox(tr("Also take a &full-storage snapshot (all collections and aliases of the node)"), this))
{
    auto *group = new QButtonGroup(this);
    group->addButton(m_all);
    group->addButton(m_list);
    group->addButton(m_pattern);
    m_all->setChecked(true);

    m_names->setMaximumHeight(LIST_HEIGHT);
    m_names->setAccessibleName(tr("Collections to back up"));
    m_namesText->setPlaceholderText(tr("names separated by commas"));
    m_listState->setWordWrap(true);
    m_listState->setTextFormat(Qt::PlainText);
    m_patternText->setPlaceholderText(tr("e.g. prod_*  (* any characters, ? one character)"));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_all, 0, 0, 1, 2);
    layout->addWidget(m_list, 1, 0, Qt::AlignTop);
    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_names);
    listColumn->addWidget(m_namesText);
    listColumn->addWidget(m_listState);
    layout->addLayout(listColumn, 1, 1);
    layout->addWidget(m_pattern, 2, 0);
    layout->addWidget(m_patternText, 2, 1);
    layout->addWidget(m_fullStorage, 3, 0, 1, 2);
    layout->setColumnStretch(1, 1);

    for (QRadioButton *button : { m_all, m_list, m_pattern }) {
        connect(button, &QRadioButton::toggled, this, [this] {
            updateEnabled();
            Q_EMIT changed();
        });
    }
    connect(m_names, &QListWidget::itemChanged, this, &SelectionEditor::changed);
    connect(m_namesText, &QLineEdit::textChanged, this, &SelectionEditor::changed);
    connect(m_patternText, &QLineEdit::textChanged, this, &SelectionEditor::changed);
    connect(m_fullStorage, &QCheckBox::toggled, this, &SelectionEditor::changed);
    setCollectionsUnavailable(QString());
}

void SelectionEditor::setSelection(const ScheduleSelection &selection)
{
    m_all->setChecked(selection.mode == ScheduleSelection::Mode::All);
    m_list->setChecked(selection.mode == ScheduleSelection::Mode::List);
    m_pattern->setChecked(selection.mode == ScheduleSelection::Mode::Pattern);
    m_patternText->setText(selection.pattern);
    m_namesText->setText(selection.names.join(u", "_s));
    m_fullStorage->setChecked(selection.includeFullStorage);
    if (m_hasList)
        fillList(m_available, selection.names);
    updateEnabled();
}

ScheduleSelection SelectionEditor::selection() const
{
    ScheduleSelection selection;
    if (m_list->isChecked()) {
        selection.mode = ScheduleSelection::Mode::List;
        selection.names = m_hasList ? checkedNames() : typedNames();
    } else if (m_pattern->isChecked()) {
        selection.mode = ScheduleSelection::Mode::Pattern;
        selection.pattern = m_patternText->text().trimmed();
    }
    selection.includeFullStorage = m_fullStorage->isChecked();
    return selection;
}

void SelectionEditor::setAvailableCollections(const QStringList &collections)
{
    // Keep what the person chose so far, whichever way it was entered.
    const QStringList chosen = m_hasList ? checkedNames() : typedNames();
    m_available = collections;
    m_hasList = true;
    fillList(collections, chosen);
    m_listState->clear();
    m_listState->hide();
    updateEnabled();
}

void SelectionEditor::setCollectionsUnavailable(const QString &reason)
{
    if (m_hasList)
        m_namesText->setText(checkedNames().join(u", "_s));
    m_hasList = false;
    m_names->clear();
    m_listState->setText(reason);
    m_listState->setVisible(!reason.isEmpty());
    updateEnabled();
}

void SelectionEditor::fillList(const QStringList &available, const QStringList &checked)
{
    const QSignalBlocker blocker(m_names);
    m_names->clear();
    QStringList names = available;
    for (const QString &name : checked) {
        if (!names.contains(name))
            names.append(name);
    }
    for (const QString &name : names) {
        auto *item = new QListWidgetItem(name, m_names);
        item->setData(Qt::UserRole, name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(name) ? Qt::Checked : Qt::Unchecked);
        if (!available.contains(name)) {
            item->setText(tr("%1 (not on the server)").arg(name));
            item->setToolTip(tr("The server has no collection of this name now; a run reports it as failed."));
        }
    }
}

QStringList SelectionEditor::typedNames() const
{
    QStringList names;
    for (const QString &part : m_namesText->text().split(u',', Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    }
    return names;
}

QStringList SelectionEditor::checkedNames() const
{
    QStringList names;
    for (int row = 0; row < m_names->count(); ++row) {
        const QListWidgetItem *item = m_names->item(row);
        if (item->checkState() == Qt::Checked)
            names.append(item->data(Qt::UserRole).toString());
    }
    return names;
}

void SelectionEditor::updateEnabled()
{
    const bool list = m_list->isChecked();
    m_names->setVisible(m_hasList);
    m_namesText->setVisible(!m_hasList);
    m_names->setEnabled(list);
    m_namesText->setEnabled(list);
    m_patternText->setEnabled(m_pattern->isChecked());
}

} // namespace Snapdock
