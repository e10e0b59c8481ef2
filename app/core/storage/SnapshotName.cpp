// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SnapshotName.h"

#include <QDir>

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace Snapdock {

namespace {

// Beyond this, the quoted name in a message is cut: a 10 000-character name must not flood a log.
constexpr qsizetype MAX_QUOTED_CHARS = 80;

bool isControl(char16_t c)
{
    // C0, DEL and C1: none belongs in a file name, and all can rewrite a terminal line when printed.
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

bool isWindowsForbidden(char16_t c)
{
    return c == u'<' || c == u'>' || c == u'"' || c == u'|' || c == u'?' || c == u'*';
}

// Windows maps these names to devices in every folder and with any extension ("nul.snapshot" too), and it
// ignores trailing spaces of the stem ("CON .txt").
bool isReservedDeviceName(QStringView name)
{
    const qsizetype dot = name.indexOf(u'.');
    QStringView stem = dot < 0 ? name : name.left(dot);
    while (stem.endsWith(u' '))
        stem.chop(1);

    static constexpr std::array<QStringView, 6> FIXED = { u"CON", u"PRN", u"AUX", u"NUL", u"CONIN$", u"CONOUT$" };
    for (const QStringView reserved : FIXED) {
        if (stem.compare(reserved, Qt::CaseInsensitive) == 0)
            return true;
    }
    if (stem.size() == 4
        && (stem.left(3).compare(u"COM", Qt::CaseInsensitive) == 0
            || stem.left(3).compare(u"LPT", Qt::CaseInsensitive) == 0)) {
        const char16_t last = stem.at(3).unicode();
        // Digits and the superscripts ¹ ² ³, which Windows also treats as device numbers.
        return (last >= u'0' && last <= u'9') || last == u'\u00B9' || last == u'\u00B2' || last == u'\u00B3';
    }
    return false;
}

bool hasUnpairedSurrogate(QStringView name)
{
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.isHighSurrogate()) {
            if (i + 1 >= name.size() || !name.at(i + 1).isLowSurrogate())
                return true;
            ++i;
        } else if (c.isLowSurrogate()) {
            return true;
        }
    }
    return false;
}

VoidResult refuse(QStringView name, const QString &reason)
{
    return fail(
        Error::make(ErrorKind::UnsafeName, u"server-provided name %1 %2"_s.arg(SnapshotName::quoted(name), reason)));
}

} // namespace

QString SnapshotName::quoted(QStringView name)
{
    QString out;
    out.reserve(std::min(name.size(), MAX_QUOTED_CHARS) + 8);
    out += u'"';
    qsizetype shown = 0;
    for (const QChar c : name) {
        if (shown == MAX_QUOTED_CHARS) {
            out += u"\u2026"_s;
            break;
        }
        const char16_t u = c.unicode();
        switch (u) {
        case u'\n':
            out += u"\\n"_s;
            break;
        case u'\r':
            out += u"\\r"_s;
            break;
        case u'\t':
            out += u"\\t"_s;
            break;
        case u'\\':
            out += u"\\\\"_s;
            break;
        case u'"':
            out += u"\\\""_s;
            break;
        default:
            if (isControl(u) || c.isSurrogate() || u == 0x200E || u == 0x200F || (u >= 0x202A && u <= 0x202E)
                || (u >= 0x2066 && u <= 0x2069))
                // Also bidi overrides and raw surrogates: they would reorder or corrupt the message around them.
                out += u"\\u%1"_s.arg(uint(u), 4, 16, QChar(u'0'));
            else
                out += c;
        }
        ++shown;
    }
    out += u'"';
    if (name.size() > MAX_QUOTED_CHARS)
        out += u" (%1 characters)"_s.arg(name.size());
    return out;
}

VoidResult SnapshotName::validate(QStringView name)
{
    if (name.isEmpty())
        return refuse(name, u"is empty"_s);
    if (name == u"." || name == u"..")
        return refuse(name, u"refers to a folder, not a file"_s);

    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if (u == u'/' || u == u'\\')
            return refuse(name, u"contains a path separator"_s);
        if (u == u':')
            return refuse(name, u"contains ':' (a drive letter or an NTFS stream)"_s);
        if (isControl(u))
            return refuse(name, u"contains a control character"_s);
        if (isWindowsForbidden(u))
            return refuse(name, u"contains a character that Windows forbids in file names (< > \" | ? *)"_s);
    }
    // With no separator left, ".." can only be a path component if the whole name is "..", refused above.

    if (name.startsWith(u' ') || name.endsWith(u' '))
        return refuse(name, u"starts or ends with a space"_s);
    if (name.endsWith(u'.'))
        return refuse(name, u"ends with a dot"_s);
    if (isReservedDeviceName(name))
        return refuse(name, u"is a reserved Windows device name"_s);
    if (hasUnpairedSurrogate(name))
        return refuse(name, u"is not valid Unicode"_s);
    if (const qsizetype bytes = name.toUtf8().size(); bytes > MAX_UTF8_BYTES)
        return refuse(name, u"is %1 bytes long; file systems allow %2"_s.arg(bytes).arg(MAX_UTF8_BYTES));
    return {};
}

bool SnapshotName::isSafe(QStringView name)
{
    return validate(name).has_value();
}

Result<QString> SnapshotName::safeLocalPath(const QString &folder, QStringView name)
{
    if (folder.isEmpty())
        return fail(Error::make(ErrorKind::InvalidArgument, u"no output folder was given"_s));
    if (auto valid = validate(name); !valid)
        return fail(valid.error());

    const QString base = QDir::cleanPath(folder);
    const QString prefix = base.endsWith(u'/') ? base : QString(base + u'/');
    const QString path = QDir::cleanPath(prefix + name);
    // validate() already makes escaping impossible; this is the last line of defence if it ever regresses.
    if (!path.startsWith(prefix) || path.size() == prefix.size() || path.indexOf(u'/', prefix.size()) >= 0)
        return fail(Error::make(
            ErrorKind::UnsafeName, u"server-provided name %1 would leave the folder %2"_s.arg(quoted(name), folder)));
    return path;
}

} // namespace Snapdock
