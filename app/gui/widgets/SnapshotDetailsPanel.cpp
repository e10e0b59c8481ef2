// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/widgets/SnapshotDetailsPanel.h"

#include "core/archive/ArchivePreview.h"
#include "core/catalog/LocalBackup.h"
#include "core/qdrant/dto/SnapshotDescription.h"
#include "gui/controllers/BackgroundRunner.h"
#include "gui/models/DisplayFormat.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    return u"<tr><td valign=\"top\"><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>"_s.arg(escaped(label), escaped(value));
}

QString jsonText(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    return {};
}

QString payloadSchemaText(const QJsonObject &schema)
{
    QStringList fields;
    for (auto it = schema.constBegin(); it != schema.constEnd(); ++it) {
        const QJsonObject field = it.value().toObject();
        const QString type = field.value(u"data_type"_s).toString(field.value(u"type"_s).toString());
        fields.append(type.isEmpty() ? it.key() : u"%1: %2"_s.arg(it.key(), type));
    }
    return fields.join(u", "_s);
}

QString idList(const QList<quint32> &ids)
{
    QStringList parts;
    for (const quint32 id : ids)
        parts.append(QString::number(id));
    return parts.join(u", "_s);
}

} // namespace

SnapshotDetailsPanel::SnapshotDetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
    , m_runner(new BackgroundRunner(this))
{
    m_browser->setOpenLinks(false);
    m_browser->setAccessibleName(tr("Snapshot details"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    clearDetails();
}

SnapshotDetailsPanel::~SnapshotDetailsPanel() = default;

void SnapshotDetailsPanel::clearDetails()
{
    ++m_generation;
    m_previewPending = false;
    m_headHtml = u"<p>%1</p>"_s.arg(escaped(tr("Select a snapshot or a local backup to see its details.")));
    m_previewHtml.clear();
    render();
}

void SnapshotDetailsPanel::showServerSnapshot(const SnapshotScope &scope, const SnapshotDescription &snapshot)
{
    ++m_generation;
    m_previewPending = false;
    QString html = u"<h3>%1</h3><table>"_s.arg(escaped(tr("Snapshot on the server")));
    html += row(tr("Name"), snapshot.name);
    html += row(tr("Of"),
        scope.kind == SnapshotScope::Kind::FullStorage ? tr("the full storage")
                                                       : tr("collection %1").arg(scope.collection));
    html += row(tr("Created"),
        snapshot.creationTime.isValid() ? tr("%1 (%2)").arg(
            DisplayFormat::localTime(snapshot.creationTime), DisplayFormat::utcTime(snapshot.creationTime))
                                        : tr("unknown"));
    html += row(
        tr("Size"), tr("%1 (%2 bytes)").arg(DisplayFormat::size(snapshot.size), DisplayFormat::count(snapshot.size)));
    html += row(tr("SHA-256"), snapshot.checksum.isEmpty() ? tr("not reported by the server") : snapshot.checksum);
    html += u"</table>"_s;
    m_headHtml = html;
    m_previewHtml.clear();
    render();
}

void SnapshotDetailsPanel::showLocalBackup(const LocalBackup &backup)
{
    const quint64 generation = ++m_generation;
    QString html = u"<h3>%1</h3><table>"_s.arg(escaped(tr("Local backup")));
    html += row(tr("File"), QDir::toNativeSeparators(backup.snapshotPath));
    html += row(tr("Size"), DisplayFormat::size(backup.fileSize));
    html += row(tr("Modified"), DisplayFormat::localTime(backup.fileModified));
    html += u"</table>"_s;
    if (backup.hasMetadata)
        html += metadataHtml(backup.metadata);
    else if (!backup.metadataError.isEmpty())
        html += u"<p>%1</p>"_s.arg(escaped(tr("The metadata file could not be read: %1").arg(backup.metadataError)));
    else
        html += u"<p>%1</p>"_s.arg(escaped(tr("No metadata file (.snapdock.json) next to this snapshot.")));
    m_headHtml = html;

    if (backup.snapshotMissing) {
        m_previewPending = false;
        m_previewHtml = u"<p>%1</p>"_s.arg(escaped(tr("The snapshot file is missing.")));
        render();
        return;
    }
    m_previewPending = true;
    m_previewHtml = u"<p><i>%1</i></p>"_s.arg(escaped(tr("Reading the archive…")));
    render();
    const QString path = backup.snapshotPath;
    m_runner->run(
        [path] {
            return ArchivePreview::read(path);
        },
        [this, generation](Result<ArchivePreview> preview) {
            if (generation != m_generation)
                return;
            m_previewPending = false;
            m_previewHtml = preview ? previewHtml(*preview)
                                    : u"<p>%1</p>"_s.arg(escaped(
                                        tr("The archive could not be read: %1").arg(preview.error().userMessage())));
            render();
            Q_EMIT previewShown();
        });
}

QString SnapshotDetailsPanel::plainText() const
{
    return m_browser->toPlainText();
}

void SnapshotDetailsPanel::render()
{
    m_browser->setHtml(m_headHtml + m_previewHtml);
}

QString SnapshotDetailsPanel::metadataHtml(const SnapshotMetadata &metadata)
{
    QString html = u"<h4>%1</h4><table>"_s.arg(escaped(tr("Recorded at backup time")));
    html += row(tr("Host"), metadata.host);
    html += row(tr("Collection"), metadata.kind == u"full"_s ? tr("full storage") : metadata.collection);
    html += row(tr("Snapshot"), metadata.snapshotName);
    html += row(tr("Server version"), metadata.serverVersion);
    html += row(tr("Points"), metadata.pointsCount >= 0 ? DisplayFormat::count(metadata.pointsCount) : tr("unknown"));
    html += row(tr("Vectors"), jsonText(metadata.vectors));
    if (!metadata.sparseVectors.isUndefined() && !metadata.sparseVectors.isNull())
        html += row(tr("Sparse vectors"), jsonText(metadata.sparseVectors));
    html +=
        row(tr("Shards"), tr("%1 (replication factor %2)").arg(metadata.shardNumber).arg(metadata.replicationFactor));
    html += row(tr("Payload schema"), payloadSchemaText(metadata.payloadSchema));
    html += row(tr("Aliases"), metadata.aliases.join(u", "_s));
    html += row(tr("Backed up"), DisplayFormat::utcTime(metadata.backupFinishedAt));
    html += row(tr("SHA-256"), metadata.sha256);
    html += u"</table>"_s;
    return html;
}

QString SnapshotDetailsPanel::previewHtml(const ArchivePreview &preview)
{
    QString html = u"<h4>%1</h4>"_s.arg(escaped(tr("Archive contents")));
    html += u"<p>%1</p><table>"_s.arg(escaped(preview.summary()));
    html += row(tr("Kind"), ArchivePreview::kindName(preview.kind));
    if (preview.kind == ArchivePreview::Kind::Collection) {
        html += row(tr("Vector parameters"), jsonText(preview.vectors));
        if (!preview.sparseVectors.isUndefined() && !preview.sparseVectors.isNull())
            html += row(tr("Sparse vectors"), jsonText(preview.sparseVectors));
        html += row(tr("Shards with data"), idList(preview.shardIdsWithData()));
        html += row(tr("Shards without data"), idList(preview.shardIdsWithoutData()));
        html += row(tr("Payload schema"), payloadSchemaText(preview.payloadSchema));
        html += row(tr("Collection config"), jsonText(preview.collectionConfig));
    } else if (preview.kind == ArchivePreview::Kind::Full) {
        QStringList nested;
        for (const ArchivePreview::NestedSnapshot &snapshot : preview.nestedSnapshots)
            nested.append(snapshot.collection.isEmpty() ? snapshot.name : snapshot.collection);
        html += row(tr("Collections"), nested.join(u", "_s));
    }
    html += u"</table>"_s;
    for (const QString &warning : preview.warnings)
        html += u"<p>%1</p>"_s.arg(escaped(tr("Warning: %1").arg(warning)));
    if (preview.unsafeMemberCount > 0)
        html += u"<p>%1</p>"_s.arg(
            escaped(tr("%n member(s) Qdrant refuses to unpack, e.g. %1", nullptr, preview.unsafeMemberCount)
                        .arg(preview.unsafeMembers.value(0))));
    return html;
}

} // namespace Snapdock
