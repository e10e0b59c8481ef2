// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scheduling/ScheduleSelection.h"

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;

namespace Snapdock {

// The "What" part of the schedule editor: all collections, a list, or a name pattern, and whether the
// full-storage snapshot is taken too. The list is a set of checkboxes once the host's collections are known
// (setAvailableCollections()); until then, or when the host cannot be reached, names are typed, separated by
// commas. Starts no work itself. GUI thread only.
class SelectionEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SelectionEditor(QWidget *parent = nullptr);

    void setSelection(const ScheduleSelection &selection);
    // The selection the form describes (not validated: ScheduleSelection::validate() says what is wrong).
    [[nodiscard]] ScheduleSelection selection() const;

    // The host's collections: the list becomes checkboxes (names the selection has that the server lacks stay,
    // marked as missing).
    void setAvailableCollections(const QStringList &collections);
    // The collections cannot be listed now (`reason` for people, e.g. "Loading…" or the connection error):
    // names are typed instead.
    void setCollectionsUnavailable(const QString &reason);
    [[nodiscard]] bool hasCollectionList() const { return m_hasList; }
    // The host's collections as last set; empty without a list.
    [[nodiscard]] QStringList availableCollections() const { return m_hasList ? m_available : QStringList(); }

    // Form access for tests.
    [[nodiscard]] QRadioButton *allButton() const { return m_all; }
    [[nodiscard]] QRadioButton *listButton() const { return m_list; }
    [[nodiscard]] QRadioButton *patternButton() const { return m_pattern; }
    [[nodiscard]] QListWidget *collectionList() const { return m_names; }
    [[nodiscard]] QLineEdit *namesEdit() const { return m_namesText; }
    [[nodiscard]] QLineEdit *patternEdit() const { return m_patternText; }
    [[nodiscard]] QCheckBox *fullStorageBox() const { return m_fullStorage; }

Q_SIGNALS:
    void changed();

private:
    void fillList(const QStringList &available, const QStringList &checked);
    [[nodiscard]] QStringList typedNames() const;
    [[nodiscard]] QStringList checkedNames() const;
    void updateEnabled();

    QRadioButton *m_all;
    QRadioButton *m_list;
    QRadioButton *m_pattern;
    QListWidget *m_names;
    QLineEdit *m_namesText;
    QLabel *m_listState;
    QLineEdit *m_patternText;
    QCheckBox *m_fullStorage;
    bool m_hasList = false;
    QStringList m_available;
};

} // namespace Snapdock
