// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scheduling/FolderTemplate.h"

#include "core/storage/SnapshotName.h"
#include "core/support/Translation.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QLocale>

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

QString tr(const char *text)
{
    return translateWithFallback("Snapdock::FolderTemplate", text);
}

Error invalid(const QString &detail)
{
    return Error::make(ErrorKind::InvalidArgument, detail);
}

constexpr std::array<QStringView, 9> PLACEHOLDERS = {
    u"profile", u"host", u"collection", u"date", u"time", u"datetime", u"year", u"month", u"day"
};

// Room for "~" and 16 hex digits of the hash that keeps shortened names apart.
constexpr qsizetype HASH_SUFFIX_BYTES = 17;

// One folder of a template: literal text and placeholder names (without braces), in order.
struct Piece
{
    bool isPlaceholder = false;
    QString text;
};
using Segment = QList<Piece>;

bool isKnownPlaceholder(QStringView name)
{
    return std::find(PLACEHOLDERS.cbegin(), PLACEHOLDERS.cend(), name) != PLACEHOLDERS.cend();
}

bool isUnsafeCharacter(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == u'/' || c == u'\\' || c == u':' || c == u'<' || c == u'>'
        || c == u'"' || c == u'|' || c == u'?' || c == u'*';
}

Result<Segment> parseSegment(const QString &folderTemplate, QStringView segment)
{
    Segment pieces;
    QString literal;
    for (qsizetype i = 0; i < segment.size(); ++i) {
        const QChar c = segment.at(i);
        if (c == u'}')
            return fail(invalid(tr("the folder template \"%1\" has a } without a {").arg(folderTemplate)));
        if (c != u'{') {
            literal += c;
            continue;
        }
        const qsizetype close = segment.indexOf(u'}', i + 1);
        if (close < 0)
            return fail(invalid(tr("the folder template \"%1\" has a { without a }").arg(folderTemplate)));
        const QStringView name = segment.mid(i + 1, close - i - 1);
        if (!isKnownPlaceholder(name)) {
            QStringList known;
            for (const QStringView placeholder : PLACEHOLDERS)
                known.append(u"{%1}"_s.arg(placeholder));
            return fail(invalid(tr("the folder template \"%1\" has the unknown placeholder {%2}; known are %3")
                                    .arg(folderTemplate, name, known.join(u", "_s))));
        }
        if (!literal.isEmpty())
            pieces.append(Piece{ false, literal });
        literal.clear();
        pieces.append(Piece{ true, name.toString() });
        i = close;
    }
    if (!literal.isEmpty())
        pieces.append(Piece{ false, literal });
    return pieces;
}

Result<QList<Segment>> parse(const QString &folderTemplate)
{
    QList<Segment> segments;
    if (folderTemplate.isEmpty())
        return segments;
    if (folderTemplate.contains(u'\\'))
        return fail(invalid(tr("the folder template \"%1\" contains \\; separate folders with /").arg(folderTemplate)));
    if (folderTemplate.startsWith(u'/') || folderTemplate.startsWith(u'~') || QDir::isAbsolutePath(folderTemplate)) {
        return fail(invalid(
            tr("the folder template \"%1\" must be relative to the backup folder, not absolute").arg(folderTemplate)));
    }
    for (const QStringView segment : QStringView(folderTemplate).split(u'/')) {
        if (segment.isEmpty()) {
            return fail(invalid(tr("the folder template \"%1\" has an empty folder name (two / in a row, or a / at "
                                   "the end)")
                                    .arg(folderTemplate)));
        }
        if (segment == u"." || segment == u"..") {
            return fail(invalid(
                tr("the folder template \"%1\" must not contain . or .. as a folder name").arg(folderTemplate)));
        }
        Result<Segment> pieces = parseSegment(folderTemplate, segment);
        if (!pieces)
            return fail(pieces.error());
        // The literal text must make a safe name whatever the values are; a sample value stands in for them.
        QString sample;
        for (const Piece &piece : std::as_const(*pieces))
            sample += piece.isPlaceholder ? u"x"_s : piece.text;
        if (!SnapshotName::isSafe(sample)) {
            return fail(invalid(tr("the folder name \"%1\" in the folder template is not a safe file name on every "
                                   "system (no : < > \" | ? * or control characters, no reserved Windows names such "
                                   "as CON, no dot or space at the end)")
                                    .arg(segment)));
        }
        segments.append(*pieces);
    }
    return segments;
}

QString placeholderValue(const QString &name, const FolderTemplate::Values &values, const QDateTime &local)
{
    const QLocale c = QLocale::c();
    if (name == u"profile"_s)
        return FolderTemplate::safeSegment(values.profile);
    if (name == u"host"_s)
        return FolderTemplate::safeSegment(values.host);
    if (name == u"collection"_s) {
        return FolderTemplate::safeSegment(
            values.collection.isEmpty() ? QString(FolderTemplate::FULL_STORAGE_COLLECTION) : values.collection);
    }
    if (name == u"date"_s)
        return c.toString(local, u"yyyy-MM-dd"_s);
    if (name == u"time"_s)
        return c.toString(local, u"HHmmss"_s);
    if (name == u"datetime"_s)
        return c.toString(local, u"yyyy-MM-dd'T'HHmmss"_s);
    if (name == u"year"_s)
        return c.toString(local, u"yyyy"_s);
    if (name == u"month"_s)
        return c.toString(local, u"MM"_s);
    if (name == u"day"_s)
        return c.toString(local, u"dd"_s);
    return {};
}

} // namespace

QStringList FolderTemplate::placeholders()
{
    QStringList result;
    for (const QStringView placeholder : PLACEHOLDERS)
        result.append(u"{%1}"_s.arg(placeholder));
    return result;
}

VoidResult FolderTemplate::validate(const QString &folderTemplate)
{
    Result<QList<Segment>> segments = parse(folderTemplate);
    if (!segments)
        return fail(segments.error());
    return {};
}

QString FolderTemplate::safeSegment(const QString &value)
{
    QString safe;
    safe.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c.isHighSurrogate() && i + 1 < value.size() && value.at(i + 1).isLowSurrogate()) {
            safe += c;
            safe += value.at(++i);
        } else if (c.isSurrogate() || isUnsafeCharacter(c.unicode())) {
            safe += u'_';
        } else {
            safe += c;
        }
    }
    if (safe.isEmpty() || safe == u"."_s || safe == u".."_s)
        safe = QString(qMax(safe.size(), qsizetype(1)), u'_');
    if (safe.startsWith(u' '))
        safe[0] = u'_';
    if (safe.endsWith(u' ') || safe.endsWith(u'.'))
        safe[safe.size() - 1] = u'_';
    // What is still refused can only be a reserved device name ("CON", "nul.txt") or the length.
    if (!SnapshotName::isSafe(safe) && safe.toUtf8().size() <= SnapshotName::MAX_UTF8_BYTES)
        safe.prepend(u'_');
    if (safe.toUtf8().size() > SnapshotName::MAX_UTF8_BYTES) {
        const QByteArray hash = QCryptographicHash::hash(value.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
        while (safe.toUtf8().size() > SnapshotName::MAX_UTF8_BYTES - HASH_SUFFIX_BYTES)
            safe.chop(safe.size() >= 2 && safe.at(safe.size() - 1).isLowSurrogate() ? 2 : 1);
        if (safe.endsWith(u' ') || safe.endsWith(u'.'))
            safe[safe.size() - 1] = u'_';
        safe += u'~';
        safe += QString::fromLatin1(hash);
    }
    return safe;
}

Result<QString> FolderTemplate::expand(
    const QString &folderTemplate, const Values &values, const QDateTime &when, const QTimeZone &zone)
{
    Result<QList<Segment>> segments = parse(folderTemplate);
    if (!segments)
        return fail(segments.error());
    if (!when.isValid() || !zone.isValid())
        return fail(invalid(tr("no valid time to expand the folder template \"%1\" with").arg(folderTemplate)));
    const QDateTime local = when.toTimeZone(zone);

    QStringList folders;
    for (const Segment &segment : std::as_const(*segments)) {
        QString folder;
        for (const Piece &piece : segment)
            folder += piece.isPlaceholder ? placeholderValue(piece.text, values, local) : piece.text;
        // Each value is safe on its own; together with the literal text the name may still be too long.
        if (!SnapshotName::isSafe(folder)) {
            return fail(Error::make(ErrorKind::UnsafeName,
                tr("the folder name %1 made from the folder template is not a safe file name")
                    .arg(SnapshotName::quoted(folder))));
        }
        folders.append(folder);
    }
    return folders.join(u'/');
}

Result<QString> FolderTemplate::folderFor(const QString &baseFolder,
    const QString &folderTemplate,
    const Values &values,
    const QDateTime &when,
    const QTimeZone &zone)
{
    if (baseFolder.isEmpty() || !QDir::isAbsolutePath(baseFolder))
        return fail(invalid(tr("the backup folder \"%1\" is not an absolute path").arg(baseFolder)));
    Result<QString> relative = expand(folderTemplate, values, when, zone);
    if (!relative)
        return relative;
    const QString base = QDir::cleanPath(baseFolder);
    if (relative->isEmpty())
        return base;
    const QString prefix = base.endsWith(u'/') ? base : QString(base + u'/');
    const QString folder = QDir::cleanPath(prefix + *relative);
    // The template and the values cannot produce "..": this is the last line of defence if that ever regresses.
    if (!folder.startsWith(prefix) || folder.size() == prefix.size()) {
        return fail(Error::make(ErrorKind::UnsafeName,
            tr("the folder %1 would lie outside the backup folder \"%2\"")
                .arg(SnapshotName::quoted(folder), baseFolder)));
    }
    return folder;
}

} // namespace Snapdock
