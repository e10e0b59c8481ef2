#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Snapdock developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Baseline client of bench/run, row 1: what the classic backup_snapshots.py does for one collection.

POST create (wait=true), GET with stream=True / iter_content(chunk_size=8192) into a file, then hashlib.sha256
over the finished file. One deviation from the classic script: it sends Accept-Encoding: identity, like the curl
baseline and Snapdock, so that every client receives the same bytes (with requests' default "gzip, deflate" the
server compresses on the fly and the measurement would be about the server's gzip, not the client).

Usage: backup_snapshots_baseline.py URL COLLECTION OUTPUT_DIR
"""

import hashlib
import os
import sys

import requests


def main(url, collection, output_dir):
    reply = requests.post(f"{url}/collections/{collection}/snapshots", params={"wait": "true"}, timeout=3600)
    reply.raise_for_status()
    name = reply.json()["result"]["name"]
    path = os.path.join(output_dir, name)
    with requests.get(f"{url}/collections/{collection}/snapshots/{name}", stream=True, timeout=3600,
                      headers={"Accept-Encoding": "identity"}) as download:
        download.raise_for_status()
        with open(path, "wb") as file:
            for chunk in download.iter_content(chunk_size=8192):
                file.write(chunk)
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for block in iter(lambda: file.read(8192), b""):
            digest.update(block)
    print(f"{name} {digest.hexdigest()}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(*sys.argv[1:]))
