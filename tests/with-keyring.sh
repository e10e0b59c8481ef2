#!/bin/sh
# SPDX-FileCopyrightText: 2026 Snapdock developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs "$@" against a throwaway, unlocked GNOME Keyring. Use inside a private session bus:
#   dbus-run-session -- tests/with-keyring.sh <command…>
# Waits until the keyring owns org.freedesktop.secrets AND its login collection is unlocked: the daemon can return
# before that, and a client arriving early D-Bus-activates a second, locked daemon. Exits 77 (CTest SKIP_RETURN_CODE)
# when the tools are missing, so a machine without them skips the keychain tests instead of failing or hanging.
set -eu
for tool in gnome-keyring-daemon dbus-send; do
    command -v "$tool" >/dev/null 2>&1 || { echo "SKIP: $tool not found (install gnome-keyring and dbus)" >&2; exit 77; }
done
[ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] || { echo "SKIP: no session bus; run under dbus-run-session" >&2; exit 77; }
# Tells the keychain tests that they talk to this throwaway keyring, not to the person's own.
export SNAPDOCK_TEST_KEYRING=1
tmp=$(mktemp -d); export XDG_DATA_HOME="$tmp/data" XDG_CACHE_HOME="$tmp/cache"; trap 'rm -rf "$tmp"' EXIT
printf '%s' "${KEYRING_PASSWORD:-ci-password}" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
q() { dbus-send --session --print-reply "$@" 2>/dev/null; }
i=0
until q --dest=org.freedesktop.DBus /org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner \
        string:org.freedesktop.secrets | grep -q 'boolean true' &&
      q --dest=org.freedesktop.secrets /org/freedesktop/secrets/collection/login \
        org.freedesktop.DBus.Properties.Get string:org.freedesktop.Secret.Collection string:Locked | grep -q 'boolean false'
do i=$((i+1)); [ "$i" -ge 100 ] && { echo "secret service not ready" >&2; exit 1; }; sleep 0.1; done
"$@"
