// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jobs/JobQueue.h"
#include "core/profiles/MemorySecretStore.h"
#include "core/profiles/ProfileStore.h"
#include "core/retention/RetentionPolicy.h"
#include "core/scheduling/ScheduleStore.h"
#include "core/scheduling/ScheduleUnitWriter.h"
#include "emulator/QdrantEmulator.h"
#include "gui/AppContext.h"
#include "gui/SessionManager.h"
#include "gui/dialogs/ScheduleDialog.h"
#include "gui/dialogs/schedule/RetentionEditor.h"
#include "gui/dialogs/schedule/ScheduledPathPanel.h"
#include "gui/dialogs/schedule/SelectionEditor.h"
#include "gui/dialogs/schedule/TimingEditor.h"
#include "support/ManualClock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Snapdock;

// The schedule editor: next runs as you type, cron errors, the folder preview, the host's collections as
// checkboxes, saving into the store, the OS job and "test the scheduled path now" (a real child process).
class TestScheduleDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void daily_showsFiveNextRuns_andFollowsEdits();
    void cron_errorIsShown_andValidCronListsRuns();
    void folderPreview_expandsTheTemplate_orSaysWhatIsWrong();
    void collectionsOfTheHost_becomeCheckboxes();
    void save_writesTheStore_withDefaultsOfTheIssue();
    void save_refusesAnInvalidSchedule_andStoresNothing();
    void runWhenClosed_installsTheOsJob_onSave();
    void testScheduledPath_runsTheCli_withoutTheKey();

private:
    [[nodiscard]] std::unique_ptr<ScheduleDialog> makeDialog(const Schedule &schedule = {});
    [[nodiscard]] QString writeScript(const QString &name, const QByteArray &body) const;

    QNetworkAccessManager m_network;
    MemorySecretStore m_secrets;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Emulator::QdrantEmulator> m_emulator;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SessionManager> m_sessions;
    std::unique_ptr<JobQueue> m_jobs;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<ScheduleStore> m_store;
    std::unique_ptr<TestSupport::ManualClock> m_clock;
    Profile m_profile;
};

void TestScheduleDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_network.setProxy(QNetworkProxy::NoProxy);
}

void TestScheduleDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_emulator = std::make_unique<Emulator::QdrantEmulator>();
    QVERIFY(m_emulator->listen());
    m_emulator->seedDemoCollections();
    const QString settings = m_dir->filePath(u"snapdock.conf"_s);
    m_profiles = std::make_unique<ProfileStore>(settings);
    Profile profile;
    profile.name = u"Production"_s;
    profile.baseUrl = m_emulator->baseUrl();
    profile.defaultBackupFolder = m_dir->filePath(u"backups"_s);
    auto added = m_profiles->add(profile);
    QVERIFY(added);
    m_profile = *added;
    m_sessions = std::make_unique<SessionManager>(m_network, *m_profiles, m_secrets);
    m_jobs = std::make_unique<JobQueue>();
    m_context = std::make_unique<AppContext>(AppContext{ m_network, *m_profiles, m_secrets, *m_sessions, *m_jobs });
    // Friday 27 November 2026, 10:00 UTC.
    m_clock = std::make_unique<TestSupport::ManualClock>(QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC));
    m_store = std::make_unique<ScheduleStore>(settings);
    m_store->setClock(m_clock.get());
}

void TestScheduleDialog::cleanup()
{
    m_store.reset();
    m_context.reset();
    m_jobs.reset();
    m_sessions.reset();
    m_profiles.reset();
    m_emulator.reset();
    m_clock.reset();
    m_dir.reset();
}

std::unique_ptr<ScheduleDialog> TestScheduleDialog::makeDialog(const Schedule &schedule)
{
    Schedule initial = schedule;
    if (initial.profileId.isEmpty())
        initial.profileId = m_profile.id;
    auto dialog = std::make_unique<ScheduleDialog>(*m_context, *m_store, *m_clock, initial);
    dialog->timingEditor()->setTimeZone(QTimeZone::utc());
    // Tests never touch the person's systemd folder.
    ScheduleUnitWriter &writer = dialog->scheduledPathPanel()->writer();
    writer.setUnitFolder(m_dir->filePath(u"units"_s));
    writer.setControlProgram(writeScript(u"systemctl"_s, "exit 0\n"));
    writer.setCliPath(writeScript(u"snapdock-cli"_s, "exit 0\n"));
    dialog->scheduledPathPanel()->setSchedule(initial);
    return dialog;
}

QString TestScheduleDialog::writeScript(const QString &name, const QByteArray &body) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write("#!/bin/sh\n" + body);
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return path;
}

void TestScheduleDialog::daily_showsFiveNextRuns_andFollowsEdits()
{
    const auto dialog = makeDialog();
    TimingEditor *timing = dialog->timingEditor();
    timing->kindBox()->setCurrentIndex(1); // daily
    timing->dailyTimesEdit()->setText(u"02:30"_s);
    QStringList runs = timing->nextRunTexts();
    QCOMPARE(runs.size(), 5);
    // Friday 10:00 now: the first run is Saturday 02:30, then one a day.
    QVERIFY2(runs.first().endsWith(u"02:30"_s), qPrintable(runs.first()));
    QVERIFY(runs.first().contains(QLocale().toString(QDate(2026, 11, 28), QLocale::ShortFormat)));
    QVERIFY(runs.last().contains(QLocale().toString(QDate(2026, 12, 2), QLocale::ShortFormat)));
    QCOMPARE(timing->nextRunsLabel()->text(), runs.join(u'\n'));

    // Typing another time moves the list at once; a second time of day interleaves.
    timing->dailyTimesEdit()->setText(u"14:00, 03:15"_s);
    runs = timing->nextRunTexts();
    QCOMPARE(runs.size(), 5);
    QVERIFY(runs.at(0).contains(QLocale().toString(QDate(2026, 11, 27), QLocale::ShortFormat)));
    QVERIFY(runs.at(0).endsWith(u"14:00"_s));
    QVERIFY(runs.at(1).endsWith(u"03:15"_s));
    QVERIFY(runs.at(2).endsWith(u"14:00"_s));

    // A typo is an error, not a list.
    timing->dailyTimesEdit()->setText(u"14:00, 25:99"_s);
    QVERIFY(timing->nextRunTexts().isEmpty());
    QVERIFY2(timing->errorText().contains(u"25:99"_s), qPrintable(timing->errorText()));
    QVERIFY(timing->nextRunsLabel()->text().contains(u"25:99"_s));

    // Every 6 hours from midnight.
    timing->kindBox()->setCurrentIndex(0);
    timing->hoursBox()->setValue(6);
    runs = timing->nextRunTexts();
    QCOMPARE(runs.size(), 5);
    QVERIFY(runs.at(0).endsWith(u"12:00"_s));
    QVERIFY(runs.at(1).endsWith(u"18:00"_s));
    QVERIFY(runs.at(2).endsWith(u"00:00"_s));
}

void TestScheduleDialog::cron_errorIsShown_andValidCronListsRuns()
{
    const auto dialog = makeDialog();
    TimingEditor *timing = dialog->timingEditor();
    timing->kindBox()->setCurrentIndex(3); // cron
    timing->cronEdit()->setText(u"0 3 * * mun"_s);
    QVERIFY(timing->nextRunTexts().isEmpty());
    QVERIFY2(timing->errorText().contains(u"day-of-week"_s), qPrintable(timing->errorText()));
    QVERIFY(timing->errorText().contains(u"mun"_s));
    QVERIFY(timing->nextRunsLabel()->text().contains(timing->errorText()));

    // Saving is refused with the same reason.
    dialog->nameEdit()->setText(u"Weekdays"_s);
    dialog->save();
    QVERIFY(dialog->statusText().contains(u"day-of-week"_s));
    QVERIFY(m_store->schedules().isEmpty());

    timing->cronEdit()->setText(u"0 3 * * mon-fri"_s);
    QVERIFY(timing->errorText().isEmpty());
    const QStringList runs = timing->nextRunTexts();
    QCOMPARE(runs.size(), 5);
    // Friday 10:00: Monday 30 November 03:00 comes first (the weekend is skipped).
    QVERIFY(runs.first().contains(QLocale().toString(QDate(2026, 11, 30), QLocale::ShortFormat)));
    QVERIFY(runs.first().endsWith(u"03:00"_s));
    QVERIFY(runs.last().contains(QLocale().toString(QDate(2026, 12, 4), QLocale::ShortFormat)));
}

void TestScheduleDialog::folderPreview_expandsTheTemplate_orSaysWhatIsWrong()
{
    const auto dialog = makeDialog();
    dialog->timingEditor()->kindBox()->setCurrentIndex(1);
    dialog->timingEditor()->dailyTimesEdit()->setText(u"02:30"_s);
    SelectionEditor *selection = dialog->selectionEditor();
    selection->setCollectionsUnavailable(u"offline"_s);
    selection->listButton()->setChecked(true);
    selection->namesEdit()->setText(u"docs, articles"_s);
    dialog->folderTemplateEdit()->setText(u"{profile}/{collection}/{date}"_s);
    // The folder the next run (Saturday 02:30 UTC) writes to; its date is read in the system's zone.
    const QDate nextRunDate =
        QDateTime(QDate(2026, 11, 28), QTime(2, 30), Qt::UTC).toTimeZone(QTimeZone::systemTimeZone()).date();
    QCOMPARE(dialog->folderPreviewText(),
        u"→ "_s
            + QDir::toNativeSeparators(QDir(m_profile.defaultBackupFolder)
                                           .filePath(u"Production/docs/"_s + nextRunDate.toString(u"yyyy-MM-dd"_s))));

    dialog->folderTemplateEdit()->setText(u"{profile}/../{collection}"_s);
    QVERIFY2(dialog->folderPreviewText().startsWith(u"✗ "_s), qPrintable(dialog->folderPreviewText()));
    dialog->folderTemplateEdit()->setText(u"{profile}/{colection}"_s);
    QVERIFY(dialog->folderPreviewText().contains(u"colection"_s));

    dialog->folderTemplateEdit()->setText(u"nightly/{host}"_s);
    QCOMPARE(dialog->folderPreviewText(),
        u"→ "_s + QDir::toNativeSeparators(QDir(m_profile.defaultBackupFolder).filePath(u"nightly/127.0.0.1"_s)));
}

void TestScheduleDialog::collectionsOfTheHost_becomeCheckboxes()
{
    const auto dialog = makeDialog();
    SelectionEditor *selection = dialog->selectionEditor();
    QTRY_VERIFY_WITH_TIMEOUT(selection->hasCollectionList(), 10'000);
    QListWidget *list = selection->collectionList();
    QCOMPARE(list->count(), 4);
    selection->listButton()->setChecked(true);
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text() == u"products"_s || list->item(row)->text() == u"empty-collection"_s)
            list->item(row)->setCheckState(Qt::Checked);
    }
    const ScheduleSelection chosen = selection->selection();
    QCOMPARE(chosen.mode, ScheduleSelection::Mode::List);
    QCOMPARE(QSet<QString>(chosen.names.cbegin(), chosen.names.cend()),
        (QSet<QString>{ u"products"_s, u"empty-collection"_s }));

    // An existing schedule naming a collection the server no longer has keeps it, marked.
    Schedule existing;
    existing.selection.mode = ScheduleSelection::Mode::List;
    existing.selection.names = { u"products"_s, u"retired"_s };
    const auto edit = makeDialog(existing);
    QTRY_VERIFY_WITH_TIMEOUT(edit->selectionEditor()->hasCollectionList(), 10'000);
    QCOMPARE(edit->selectionEditor()->collectionList()->count(), 5);
    QCOMPARE(edit->selectionEditor()->selection().names, (QStringList{ u"products"_s, u"retired"_s }));
}

void TestScheduleDialog::save_writesTheStore_withDefaultsOfTheIssue()
{
    const auto dialog = makeDialog();
    // A new schedule suggests 7 daily, 4 weekly, 6 monthly.
    RetentionEditor *retention = dialog->retentionEditor();
    QCOMPARE(retention->spinBox(RetentionEditor::Rule::Daily)->value(), 7);
    QCOMPARE(retention->spinBox(RetentionEditor::Rule::Weekly)->value(), 4);
    QCOMPARE(retention->spinBox(RetentionEditor::Rule::Monthly)->value(), 6);
    QCOMPARE(retention->spinBox(RetentionEditor::Rule::Last)->value(), 0);

    dialog->nameEdit()->setText(u"Nightly production"_s);
    dialog->timingEditor()->kindBox()->setCurrentIndex(1);
    dialog->timingEditor()->dailyTimesEdit()->setText(u"02:30"_s);
    dialog->drillBox()->setChecked(true);
    dialog->drillDaysBox()->setValue(7);
    dialog->maxAgeBox()->setValue(26);
    dialog->webhookEdit()->setText(u"https://hooks.example.com/snapdock"_s);
    QSignalSpy saved(dialog.get(), &ScheduleDialog::saved);
    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    dialog->save();
    QCOMPARE(saved.count(), 1);
    QCOMPARE(accepted.count(), 1);

    const QList<Schedule> schedules = m_store->schedules();
    QCOMPARE(schedules.size(), 1);
    const Schedule &stored = schedules.first();
    QCOMPARE(stored.id, saved.first().first().toString());
    QCOMPARE(stored.name, u"Nightly production"_s);
    QCOMPARE(stored.profileId, m_profile.id);
    QCOMPARE(stored.timing, *ScheduleTiming::daily({ QTime(2, 30) }));
    const auto policy = RetentionPolicy::fromJson(stored.retention);
    QVERIFY(policy);
    QCOMPARE(policy->keepDaily, 7);
    QCOMPARE(policy->keepWeekly, 4);
    QCOMPARE(policy->keepMonthly, 6);
    QVERIFY(stored.drill.enabled);
    QCOMPARE(stored.drill.everyDays, 7);
    QCOMPARE(stored.maxAgeHours, 26);
    QCOMPARE(stored.webhookUrl, QUrl(u"https://hooks.example.com/snapdock"_s));
    QCOMPARE(stored.createdAt, m_clock->now());

    // Editing shows exactly what was stored, and saving again changes it in place.
    const auto edit = makeDialog(stored);
    QCOMPARE(edit->nameEdit()->text(), stored.name);
    QCOMPARE(edit->timingEditor()->dailyTimesEdit()->text(), u"02:30"_s);
    QCOMPARE(edit->retentionEditor()->policy(), *policy);
    edit->retentionEditor()->spinBox(RetentionEditor::Rule::Daily)->setValue(14);
    edit->save();
    QCOMPARE(m_store->schedules().size(), 1);
    QCOMPARE(RetentionPolicy::fromJson(m_store->schedules().first().retention)->keepDaily, 14);
}

void TestScheduleDialog::save_refusesAnInvalidSchedule_andStoresNothing()
{
    const auto dialog = makeDialog();
    dialog->nameEdit()->setText(u"Bad webhook"_s);
    dialog->webhookEdit()->setText(u"ftp://example.com/x"_s);
    QSignalSpy saved(dialog.get(), &ScheduleDialog::saved);
    dialog->save();
    QCOMPARE(saved.count(), 0);
    QVERIFY(!dialog->statusText().isEmpty());
    QVERIFY(m_store->schedules().isEmpty());

    dialog->webhookEdit()->clear();
    dialog->nameEdit()->clear();
    dialog->save();
    QCOMPARE(saved.count(), 0);
    QVERIFY(m_store->schedules().isEmpty());
}

void TestScheduleDialog::runWhenClosed_installsTheOsJob_onSave()
{
    if (ScheduleUnitWriter::nativePlatform() != ScheduleUnitWriter::Platform::Systemd)
        QSKIP("the OS job written here is a systemd timer; this platform installs another kind");
    const auto dialog = makeDialog();
    dialog->nameEdit()->setText(u"Nightly"_s);
    ScheduledPathPanel *panel = dialog->scheduledPathPanel();
    QVERIFY(!panel->testButton()->isEnabled()); // not saved yet
    panel->runWhenClosedBox()->setChecked(true);
    QSignalSpy applied(panel, &ScheduledPathPanel::applied);
    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    dialog->save();
    QVERIFY(applied.wait(10'000));
    QVERIFY2(panel->applyResult(), qPrintable(panel->statusText()));
    QCOMPARE(accepted.count(), 1);
    const QString id = m_store->schedules().first().id;
    const QDir units(m_dir->filePath(u"units"_s));
    QVERIFY(units.exists(u"snapdock-schedule-%1.timer"_s.arg(id)));
    QVERIFY(units.exists(u"snapdock-schedule-%1.service"_s.arg(id)));

    // Unticked and saved again: the OS job goes.
    const auto edit = makeDialog(m_store->schedules().first());
    QVERIFY(edit->scheduledPathPanel()->runWhenClosedBox()->isChecked());
    edit->scheduledPathPanel()->runWhenClosedBox()->setChecked(false);
    QSignalSpy removed(edit->scheduledPathPanel(), &ScheduledPathPanel::applied);
    edit->save();
    QVERIFY(removed.wait(10'000));
    QVERIFY(!units.exists(u"snapdock-schedule-%1.timer"_s.arg(id)));
}

void TestScheduleDialog::testScheduledPath_runsTheCli_withoutTheKey()
{
    Schedule schedule;
    schedule.name = u"Nightly"_s;
    schedule.profileId = m_profile.id;
    auto stored = m_store->add(schedule);
    QVERIFY(stored);
    const auto dialog = makeDialog(*stored);
    // A stand-in for snapdock-cli that shows what it was given and fails like a run with a failed collection.
    const QString cli = writeScript(u"fake-cli"_s,
        "echo \"args: $*\"\n"
        "echo \"key: ${QDRANT_API_KEY:-none}\"\n"
        "echo \"a problem\" >&2\n"
        "exit 1\n");
    dialog->scheduledPathPanel()->writer().setCliPath(cli);
    qputenv("QDRANT_API_KEY", "must-not-reach-the-cli");
    QSignalSpy tested(dialog->scheduledPathPanel(), &ScheduledPathPanel::tested);
    QVERIFY(dialog->scheduledPathPanel()->testButton()->isEnabled());
    dialog->scheduledPathPanel()->testButton()->click();
    QVERIFY(tested.wait(10'000));
    qunsetenv("QDRANT_API_KEY");

    ScheduledPathPanel *panel = dialog->scheduledPathPanel();
    QCOMPARE(panel->testExitCode(), 1);
    const QString output = panel->testOutput();
    QVERIFY2(output.contains(u"args: run-schedule %1"_s.arg(stored->id)), qPrintable(output));
    QVERIFY(output.contains(u"key: none"_s));
    QVERIFY(!output.contains(u"must-not-reach-the-cli"_s));
    QVERIFY(output.contains(u"a problem"_s));
    QCOMPARE(panel->outputView()->toPlainText(), output);
    QVERIFY(panel->statusText().contains(u"exit code 1"_s));
    QVERIFY(panel->testButton()->isEnabled());

    // A CLI that is not there says so.
    panel->writer().setCliPath(m_dir->filePath(u"missing-cli"_s));
    panel->testScheduledPath();
    QVERIFY(tested.wait(10'000));
    QCOMPARE(panel->testExitCode(), -1);
    QVERIFY(panel->statusText().contains(u"Could not start"_s));
}

QTEST_MAIN(TestScheduleDialog)
#include "TestScheduleDialog.moc"
