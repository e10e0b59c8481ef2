<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BackupLauncher</name>
    <message>
        <location filename="../app/gui/controllers/BackupLauncher.cpp" line="29"/>
        <source>Back up %1</source>
        <translation>Sicherung von %1</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/BackupLauncher.cpp" line="38"/>
        <source>Download %1</source>
        <translation>Download von %1</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <location filename="../app/gui/models/DisplayFormat.cpp" line="35"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location filename="../app/gui/models/DisplayFormat.cpp" line="46"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/models/DisplayFormat.cpp" line="48"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/models/DisplayFormat.cpp" line="50"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/models/DisplayFormat.cpp" line="51"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreLauncher</name>
    <message>
        <location filename="../app/gui/dialogs/restore/RestoreLauncher.cpp" line="78"/>
        <source>Restore %1 from %2 (replace)</source>
        <translation>Wiederherstellung von %1 aus %2 (ersetzen)</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/restore/RestoreLauncher.cpp" line="79"/>
        <source>Restore %1 from %2 (new)</source>
        <translation>Wiederherstellung von %1 aus %2 (neu)</translation>
    </message>
</context>
<context>
    <name>Snapdock</name>
    <message>
        <location filename="../app/core/support/Error.cpp" line="23"/>
        <source>cannot connect to the server</source>
        <translation>keine Verbindung zum Server möglich</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="25"/>
        <source>the secure connection failed</source>
        <translation>die sichere Verbindung ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="27"/>
        <source>the server stopped responding</source>
        <translation>der Server antwortet nicht mehr</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="29"/>
        <source>the server rejected the API key</source>
        <translation>der Server hat den API-Schlüssel abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="31"/>
        <source>the API key is not allowed to do this</source>
        <translation>der API-Schlüssel hat dafür keine Berechtigung</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="33"/>
        <source>not found on the server</source>
        <translation>auf dem Server nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="35"/>
        <source>it already exists</source>
        <translation>existiert bereits</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="37"/>
        <source>the snapshot file is not valid</source>
        <translation>die Snapshot-Datei ist ungültig</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="39"/>
        <source>the snapshot does not fit the existing collection</source>
        <translation>der Snapshot passt nicht zur vorhandenen Collection</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="41"/>
        <source>the server refused the request</source>
        <translation>der Server hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="43"/>
        <source>the server is rate limiting requests</source>
        <translation>der Server drosselt die Anfragen</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="45"/>
        <source>the upload is larger than a proxy in front of Qdrant allows</source>
        <translation>der Upload ist größer, als ein Proxy vor Qdrant zulässt</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="47"/>
        <source>the server&apos;s disk is full</source>
        <translation>der Datenträger des Servers ist voll</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="49"/>
        <source>the server reported an internal error</source>
        <translation>der Server hat einen internen Fehler gemeldet</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="51"/>
        <source>the answer is not a Qdrant response</source>
        <translation>die Antwort stammt nicht von Qdrant</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="53"/>
        <source>the server sent an unsafe file name</source>
        <translation>der Server hat einen unsicheren Dateinamen gesendet</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="55"/>
        <source>the local disk is full</source>
        <translation>der lokale Datenträger ist voll</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="57"/>
        <source>permission denied on a local file or folder</source>
        <translation>Zugriff auf eine lokale Datei oder einen lokalen Ordner verweigert</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="59"/>
        <source>a local file operation failed</source>
        <translation>ein lokaler Dateivorgang ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="61"/>
        <source>invalid input</source>
        <translation>ungültige Eingabe</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="63"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="65"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="76"/>
        <source>Check the host URL and port, and that Qdrant is running and reachable.</source>
        <translation>Prüfen Sie Host-URL und Port und ob Qdrant läuft und erreichbar ist.</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="78"/>
        <source>Check the server certificate, or configure its CA file or pinned fingerprint.</source>
        <translation>Prüfen Sie das Serverzertifikat, oder legen Sie dessen CA-Datei oder einen gepinnten Fingerabdruck fest.</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="80"/>
        <source>Check the network and the server&apos;s load, then retry.</source>
        <translation>Prüfen Sie das Netzwerk und die Auslastung des Servers, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="82"/>
        <source>Check the API key (--api-key, --api-key-file or QDRANT_API_KEY).</source>
        <translation>Prüfen Sie den API-Schlüssel (--api-key, --api-key-file oder QDRANT_API_KEY).</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="83"/>
        <source>Check the API key in the connection&apos;s settings.</source>
        <translation>Prüfen Sie den API-Schlüssel in den Einstellungen der Verbindung.</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="85"/>
        <source>Use a key with manage access; a read-only key can only list and download.</source>
        <translation>Verwenden Sie einen Schlüssel mit Verwaltungszugriff; ein Nur-Lese-Schlüssel kann nur auflisten und herunterladen.</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="87"/>
        <source>Check the name; list what exists with list-collections or list-snapshots.</source>
        <translation>Prüfen Sie den Namen; was vorhanden ist, zeigen list-collections und list-snapshots.</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="88"/>
        <source>Check the name, then refresh the host.</source>
        <translation>Prüfen Sie den Namen, und aktualisieren Sie dann den Host.</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="90"/>
        <source>Choose another name, or use --collection to replace an existing collection.</source>
        <translation>Wählen Sie einen anderen Namen, oder verwenden Sie --collection, um eine vorhandene Collection zu ersetzen.</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="91"/>
        <source>Choose another name, or replace the existing collection.</source>
        <translation>Wählen Sie einen anderen Namen, oder ersetzen Sie die vorhandene Collection.</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="93"/>
        <source>Use an uncompressed Qdrant .snapshot file whose checksum matches.</source>
        <translation>Verwenden Sie eine unkomprimierte Qdrant-.snapshot-Datei mit passender Prüfsumme.</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="95"/>
        <source>Restore into a new collection (--new-collection) instead.</source>
        <translation>Stellen Sie stattdessen in eine neue Collection wieder her (--new-collection).</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="96"/>
        <source>Restore into a new collection instead.</source>
        <translation>Stellen Sie stattdessen in eine neue Collection wieder her.</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="98"/>
        <source>Wait a moment and retry.</source>
        <translation>Warten Sie einen Moment, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="100"/>
        <source>Raise the proxy&apos;s body size limit (nginx: client_max_body_size), or recover from a URL.</source>
        <translation>Erhöhen Sie die maximale Anfragegröße des Proxys (nginx: client_max_body_size), oder stellen Sie von einer URL wieder her.</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="102"/>
        <source>Free space on the Qdrant server, e.g. by deleting old snapshots.</source>
        <translation>Schaffen Sie Platz auf dem Qdrant-Server, z. B. durch Löschen alter Snapshots.</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="104"/>
        <source>See the Qdrant server log for details.</source>
        <translation>Details finden Sie im Protokoll des Qdrant-Servers.</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="106"/>
        <source>Check that the URL points at a Qdrant server&apos;s REST port (usually 6333).</source>
        <translation>Prüfen Sie, ob die URL auf den REST-Port eines Qdrant-Servers zeigt (meist 6333).</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="108"/>
        <source>Free disk space or choose another output folder.</source>
        <translation>Geben Sie Speicherplatz frei, oder wählen Sie einen anderen Ausgabeordner.</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="110"/>
        <source>Choose a folder you can write to, or fix its permissions.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen, oder korrigieren Sie seine Berechtigungen.</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="52"/>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="54"/>
        <source>%1 is not a valid URL: %2</source>
        <translation>%1 ist keine gültige URL: %2</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="57"/>
        <source>%1 must start with http:// or https://</source>
        <translation>%1 muss mit http:// oder https:// beginnen</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="59"/>
        <source>%1 has no host name</source>
        <translation>%1 enthält keinen Hostnamen</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="62"/>
        <source>%1 must not contain a user name or password; enter the API key separately</source>
        <translation>%1 darf weder Benutzernamen noch Passwort enthalten; geben Sie den API-Schlüssel separat ein</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="71"/>
        <source>the profile has no &quot;%1&quot;</source>
        <translation>in der Verbindung fehlt &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="75"/>
        <source>the profile&apos;s &quot;%1&quot; is not a string</source>
        <translation>&quot;%1&quot; der Verbindung ist keine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="406"/>
        <source>%1 dimensions</source>
        <translation>%1 Dimensionen</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="406"/>
        <source>%1 dimensions, %2</source>
        <translation>%1 Dimensionen, %2</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="413"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="415"/>
        <source>one unnamed vector (%1)</source>
        <translation>ein unbenannter Vektor (%1)</translation>
    </message>
</context>
<context>
    <name>Snapdock::Application</name>
    <message>
        <location filename="../app/gui/SnapdockApplication.cpp" line="59"/>
        <source>Backup and restore for Qdrant collections.</source>
        <translation>Sicherung und Wiederherstellung für Qdrant-Collections.</translation>
    </message>
    <message>
        <location filename="../app/gui/SnapdockApplication.cpp" line="63"/>
        <source>Save a screenshot of the main window to FILE and quit.</source>
        <translation>Ein Bildschirmfoto des Hauptfensters in FILE speichern und beenden.</translation>
    </message>
    <message>
        <location filename="../app/gui/SnapdockApplication.cpp" line="66"/>
        <source>Keep settings in the INI file FILE.</source>
        <translation>Einstellungen in der INI-Datei FILE ablegen.</translation>
    </message>
</context>
<context>
    <name>Snapdock::ArchivePreview</name>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="474"/>
        <source>Collection snapshot, %1 in %2 members.</source>
        <translation>Collection-Snapshot, %1 in %2 Einträgen.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="475"/>
        <source>Vectors: %1.</source>
        <translation>Vektoren: %1.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="478"/>
        <source>Sparse vectors: %1.</source>
        <translation>Sparse-Vektoren: %1.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="479"/>
        <source>%1 shard(s), replication factor %2.</source>
        <translation>%1 Shard(s), Replikationsfaktor %2.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="483"/>
        <source>Data present for shard(s) %1.</source>
        <translation>Daten vorhanden für Shard(s) %1.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="485"/>
        <source>No local data for shard(s) %1.</source>
        <translation>Keine lokalen Daten für Shard(s) %1.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="488"/>
        <source>No payload index.</source>
        <translation>Kein Payload-Index.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="489"/>
        <source>Payload index on %1 field(s): %2.</source>
        <translation>Payload-Index auf %1 Feld(ern): %2.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="491"/>
        <source>Collection storage format %1.</source>
        <translation>Speicherformat der Collection: %1.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="495"/>
        <source>Shard snapshot, %1 in %2 members.</source>
        <translation>Shard-Snapshot, %1 in %2 Einträgen.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="496"/>
        <source>The shard has local data.</source>
        <translation>Der Shard hat lokale Daten.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="496"/>
        <source>The shard has no local data.</source>
        <translation>Der Shard hat keine lokalen Daten.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="501"/>
        <source>Written by peer %1; replicas: %2.</source>
        <translation>Geschrieben von Peer %1; Replikate: %2.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="503"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="508"/>
        <source>Full storage snapshot, %1 in %2 members, with %3 collection(s): %4.</source>
        <translation>Snapshot des gesamten Speichers, %1 in %2 Einträgen, mit %3 Collection(s): %4.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="516"/>
        <source>No aliases.</source>
        <translation>Keine Aliase.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="516"/>
        <source>Aliases: %1.</source>
        <translation>Aliase: %1.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="520"/>
        <source>Not recognised as a Qdrant snapshot: %1 in %2 members.</source>
        <translation>Nicht als Qdrant-Snapshot erkannt: %1 in %2 Einträgen.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="524"/>
        <source>It contains %1 link or unsafe member(s) (first: %2); Qdrant refuses to restore such an archive.</source>
        <translation>Es enthält %1 Link(s) oder unsichere Einträge (erster: %2); Qdrant verweigert die Wiederherstellung eines solchen Archivs.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="542"/>
        <source>Decompress it first (for example: %1 file &gt; file.snapshot), then use the result.</source>
        <translation>Dekomprimieren Sie die Datei zuerst (zum Beispiel: %1 file &gt; file.snapshot), und verwenden Sie dann das Ergebnis.</translation>
    </message>
</context>
<context>
    <name>Snapdock::BackupJob</name>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="55"/>
        <source>creating the output folder %1</source>
        <translation>Anlegen des Ausgabeordners %1</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="59"/>
        <source>reading the server version</source>
        <translation>Serverversion wird gelesen</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="63"/>
        <source>server version request</source>
        <translation>Abfrage der Serverversion</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="81"/>
        <source>reading the collection&apos;s configuration</source>
        <translation>Konfiguration der Collection wird gelesen</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="85"/>
        <source>collection request</source>
        <translation>Abfrage der Collection</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="103"/>
        <source>reading aliases</source>
        <translation>Aliase werden gelesen</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="108"/>
        <source>alias request</source>
        <translation>Abfrage der Aliase</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="115"/>
        <source>The aliases could not be read: %1</source>
        <translation>Die Aliase konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="126"/>
        <location filename="../app/core/jobs/BackupJob.cpp" line="171"/>
        <source>listing snapshots</source>
        <translation>Snapshots werden aufgelistet</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="130"/>
        <location filename="../app/core/jobs/BackupJob.cpp" line="175"/>
        <location filename="../app/core/jobs/BackupJob.cpp" line="214"/>
        <source>snapshot listing</source>
        <translation>Auflisten der Snapshots</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="145"/>
        <source>%1 has no snapshots</source>
        <translation>keine Snapshots %1 vorhanden</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="155"/>
        <source>snapshot %1 of %2</source>
        <translation>Snapshot %1 %2</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="189"/>
        <source>creating the snapshot on the server</source>
        <translation>Snapshot wird auf dem Server erstellt</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="193"/>
        <location filename="../app/core/jobs/BackupJob.cpp" line="199"/>
        <source>snapshot creation</source>
        <translation>Erstellen des Snapshots</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="209"/>
        <source>looking for the snapshot the server may have made</source>
        <translation>Suche nach dem Snapshot, den der Server eventuell erstellt hat</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="227"/>
        <source>adopted snapshot %1, which the server finished after the connection was lost</source>
        <translation>Snapshot %1 übernommen, den der Server nach dem Verbindungsabbruch fertiggestellt hat</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="234"/>
        <source>waiting for the server to finish the snapshot it may be making (check %1 of %2)</source>
        <translation>Warten, bis der Server den Snapshot fertigstellt, den er eventuell gerade erstellt (Prüfung %1 von %2)</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="270"/>
        <source>downloading %1 into %2 needs %3, but only %4 is free</source>
        <translation>zum Herunterladen von %1 nach %2 werden %3 benötigt, aber nur %4 sind frei</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="289"/>
        <source>downloading %1, resuming at %2</source>
        <translation>%1 wird heruntergeladen, Fortsetzung bei %2</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="290"/>
        <source>download resumed at %1 of %2</source>
        <translation>Download bei %1 von %2 fortgesetzt</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="294"/>
        <source>downloading %1</source>
        <translation>%1 wird heruntergeladen</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="298"/>
        <source>the server could not resume the download, so it started again from the beginning</source>
        <translation>der Server konnte den Download nicht fortsetzen, daher wurde er von vorn begonnen</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="301"/>
        <location filename="../app/core/jobs/BackupJob.cpp" line="313"/>
        <location filename="../app/core/jobs/BackupJob.cpp" line="315"/>
        <source>download</source>
        <translation>Download</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="325"/>
        <source>writing the metadata file</source>
        <translation>Metadatendatei wird geschrieben</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="352"/>
        <source>deleting the snapshot from the server</source>
        <translation>Snapshot wird vom Server gelöscht</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="356"/>
        <source>The snapshot stays on the server: %1</source>
        <translation>Der Snapshot bleibt auf dem Server: %1</translation>
    </message>
</context>
<context>
    <name>Snapdock::Cli</name>
    <message>
        <location filename="../app/cli/ApiKeySource.cpp" line="37"/>
        <source>cannot read the API key file &quot;%1&quot;: %2</source>
        <translation>die API-Schlüsseldatei &quot;%1&quot; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ApiKeySource.cpp" line="43"/>
        <source>the API key file &quot;%1&quot; has an empty first line</source>
        <translation>die erste Zeile der API-Schlüsseldatei &quot;%1&quot; ist leer</translation>
    </message>
    <message>
        <location filename="../app/cli/ApiKeySource.cpp" line="47"/>
        <source>the API key file &quot;%1&quot; is readable by other users; restrict it with chmod 600</source>
        <translation>die API-Schlüsseldatei &quot;%1&quot; ist für andere Benutzer lesbar; schränken Sie den Zugriff mit chmod 600 ein</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="51"/>
        <source>--host must be an http:// or https:// URL, e.g. http://localhost:6333, not &quot;%1&quot;.</source>
        <translation>--host muss eine http://- oder https://-URL sein, z. B. http://localhost:6333, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="131"/>
        <source>the API key travels unencrypted over http:// to %1; use https://, or pass --allow-insecure-key to silence this warning.</source>
        <translation>der API-Schlüssel wird unverschlüsselt über http:// an %1 übertragen; verwenden Sie https://, oder geben Sie --allow-insecure-key an, um diese Warnung zu unterdrücken.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="145"/>
        <source>interrupted; cancelling (press Ctrl-C again to quit at once)</source>
        <translation>unterbrochen; wird abgebrochen (erneut Strg+C drücken, um sofort zu beenden)</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="103"/>
        <source>Try &apos;%1&apos;.</source>
        <translation>Versuchen Sie &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="119"/>
        <source>--ca-cert: cannot read the file &quot;%1&quot;.</source>
        <translation>--ca-cert: die Datei &quot;%1&quot; kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="121"/>
        <source>--ca-cert: &quot;%1&quot; contains no PEM certificate.</source>
        <translation>--ca-cert: &quot;%1&quot; enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="126"/>
        <source>--pin-sha256 must be a SHA-256 fingerprint: 64 hex digits, colons allowed (openssl x509 -noout -fingerprint -sha256 -in CERT), not &quot;%1&quot;.</source>
        <translation>--pin-sha256 muss ein SHA-256-Fingerabdruck sein: 64 Hexadezimalziffern, Doppelpunkte erlaubt (openssl x509 -noout -fingerprint -sha256 -in CERT), nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="147"/>
        <source>--concurrency must be a number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--concurrency muss eine Zahl von 1 bis %1 sein, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="163"/>
        <source>--priority must be snapshot, replica or no_sync, not &quot;%1&quot;.</source>
        <translation>--priority muss snapshot, replica oder no_sync sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="191"/>
        <source>--collection and --all cannot be used together.</source>
        <translation>--collection und --all können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="193"/>
        <source>--full-storage cannot be combined with --collection or --all.</source>
        <translation>--full-storage kann nicht mit --collection oder --all kombiniert werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="195"/>
        <source>backup needs --collection NAME, --all or --full-storage.</source>
        <translation>backup benötigt --collection NAME, --all oder --full-storage.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="200"/>
        <source>restore needs --snapshot FILE.</source>
        <translation>restore benötigt --snapshot FILE.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="202"/>
        <source>--collection and --new-collection cannot be used together.</source>
        <translation>--collection und --new-collection können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="204"/>
        <source>restore needs --collection NAME (replace an existing collection) or --new-collection NAME (create one).</source>
        <translation>restore benötigt --collection NAME (eine vorhandene Collection ersetzen) oder --new-collection NAME (eine neue anlegen).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="208"/>
        <source>restore takes a single --collection.</source>
        <translation>restore akzeptiert nur eine einzige --collection.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="213"/>
        <source>--collection and --full-storage cannot be used together.</source>
        <translation>--collection und --full-storage können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="215"/>
        <source>%1 needs --collection NAME or --full-storage.</source>
        <translation>%1 benötigt --collection NAME oder --full-storage.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="217"/>
        <source>%1 takes a single --collection.</source>
        <translation>%1 akzeptiert nur eine einzige --collection.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="220"/>
        <source>--snapshot and --latest cannot be used together.</source>
        <translation>--snapshot und --latest können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="222"/>
        <source>download needs --snapshot NAME or --latest.</source>
        <translation>download benötigt --snapshot NAME oder --latest.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="239"/>
        <source>%1 needs a non-empty value.</source>
        <translation>%1 benötigt einen nicht leeren Wert.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="289"/>
        <source>unknown option &quot;%1&quot;.</source>
        <translation>unbekannte Option &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="297"/>
        <source>option %1 needs a value.</source>
        <translation>Option %1 benötigt einen Wert.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="300"/>
        <source>option %1 does not take a value.</source>
        <translation>Option %1 akzeptiert keinen Wert.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="318"/>
        <source>unknown command &quot;%1&quot;.</source>
        <translation>unbekannter Befehl &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="326"/>
        <source>no help for &quot;%1&quot;.</source>
        <translation>keine Hilfe für &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="334"/>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>unerwartetes Argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="342"/>
        <source>missing command.</source>
        <translation>Befehl fehlt.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="348"/>
        <source>option %1 is not valid for %2.</source>
        <translation>Option %1 ist für %2 nicht gültig.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="358"/>
        <source>Global options (before or after the command):
  --host URL           Qdrant REST URL (default http://localhost:6333)
  --api-key KEY        API key. Warning: a key on the command line is visible to
                       other users of this machine (ps, /proc); prefer
                       --api-key-file or the QDRANT_API_KEY variable.
  --api-key-file PATH  read the key from the first line of PATH (keep it chmod 600)
  --ca-cert FILE       trust the CA certificates in this PEM file instead of the
                       system&apos;s (for a private CA or a self-signed server)
  --pin-sha256 HEX     also accept the server certificate with this SHA-256
                       fingerprint when it fails verification (self-signed);
                       an error for an untrusted certificate shows its fingerprint
  --allow-insecure-key send the key over http:// to a host other than localhost
                       without the warning (it travels unencrypted)
  --json               print one JSON document on stdout at the end, nothing else
  -q, --quiet          print only errors (and the data of list commands)
  -h, --help           show help; `snapdock-cli help COMMAND` for one command
  --version            show the version
The key is taken from --api-key, else --api-key-file, else QDRANT_API_KEY.
</source>
        <translation>Globale Optionen (vor oder nach dem Befehl):
  --host URL           Qdrant-REST-URL (Standard: http://localhost:6333)
  --api-key KEY        API-Schlüssel. Warnung: Ein Schlüssel auf der Befehlszeile ist
                       für andere Benutzer dieses Rechners sichtbar (ps, /proc);
                       verwenden Sie besser --api-key-file oder die Variable
                       QDRANT_API_KEY.
  --api-key-file PATH  den Schlüssel aus der ersten Zeile von PATH lesen (die Datei
                       mit chmod 600 schützen)
  --ca-cert FILE       den CA-Zertifikaten in dieser PEM-Datei statt denen des
                       Systems vertrauen (für eine private CA oder einen Server mit
                       selbstsigniertem Zertifikat)
  --pin-sha256 HEX     das Serverzertifikat mit diesem SHA-256-Fingerabdruck auch
                       dann akzeptieren, wenn die Prüfung fehlschlägt
                       (selbstsigniert); die Fehlermeldung zu einem nicht
                       vertrauenswürdigen Zertifikat zeigt dessen Fingerabdruck
  --allow-insecure-key den Schlüssel ohne Warnung über http:// an einen anderen Host
                       als localhost senden (er wird unverschlüsselt übertragen)
  --json               am Ende ein einziges JSON-Dokument auf stdout ausgeben,
                       sonst nichts
  -q, --quiet          nur Fehler ausgeben (und die Daten der list-Befehle)
  -h, --help           Hilfe anzeigen; `snapdock-cli help COMMAND` für einen Befehl
  --version            die Version anzeigen
Der Schlüssel wird aus --api-key genommen, sonst aus --api-key-file, sonst aus
QDRANT_API_KEY.
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="379"/>
        <source>Usage: snapdock-cli backup (--collection NAME... | --all | --full-storage) [options]

Creates a snapshot on the server, downloads it, verifies its SHA-256 against the server&apos;s
checksum and writes NAME.snapshot.snapdock.json next to it.

  --collection NAME       back up this collection (repeat for several)
  --all                   back up every collection, one after another
  --full-storage          back up the full storage (all collections and aliases)
  --output-dir DIR        where to write the files (default ./snapshots)
  --concurrency N         back up N collections at once (default 1)
  --delete-from-server    delete the snapshot from the server after download
</source>
        <translation>Aufruf: snapdock-cli backup (--collection NAME... | --all | --full-storage) [Optionen]

Erstellt einen Snapshot auf dem Server, lädt ihn herunter, prüft seinen SHA-256 gegen die
Prüfsumme des Servers und schreibt NAME.snapshot.snapdock.json daneben.

  --collection NAME       diese Collection sichern (für mehrere wiederholen)
  --all                   alle Collections nacheinander sichern
  --full-storage          den gesamten Speicher sichern (alle Collections und Aliase)
  --output-dir DIR        Zielordner für die Dateien (Standard: ./snapshots)
  --concurrency N         N Collections gleichzeitig sichern (Standard: 1)
  --delete-from-server    den Snapshot nach dem Herunterladen vom Server löschen
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="390"/>
        <source>Usage: snapdock-cli restore --snapshot FILE (--collection NAME | --new-collection NAME) [options]

Uploads FILE with its SHA-256 as checksum. Qdrant keeps a copy of the upload in the
collection&apos;s snapshot list; snapdock-cli deletes it afterwards.

  --snapshot FILE         the local .snapshot file
  --collection NAME       replace the data of this existing collection
  --new-collection NAME   create this collection (it must not exist)
  --priority P            snapshot | replica | no_sync (default: the server&apos;s, snapshot)
  --keep-uploaded         keep the uploaded copy on the server
</source>
        <translation>Aufruf: snapdock-cli restore --snapshot FILE (--collection NAME | --new-collection NAME) [Optionen]

Lädt FILE mit seinem SHA-256 als Prüfsumme hoch. Qdrant behält eine Kopie des Uploads in der
Snapshot-Liste der Collection; snapdock-cli löscht sie anschließend.

  --snapshot FILE         die lokale .snapshot-Datei
  --collection NAME       die Daten dieser vorhandenen Collection ersetzen
  --new-collection NAME   diese Collection anlegen (sie darf noch nicht existieren)
  --priority P            snapshot | replica | no_sync (Standard: der des Servers, snapshot)
  --keep-uploaded         die hochgeladene Kopie auf dem Server behalten
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="401"/>
        <source>Usage: snapdock-cli list-collections [options]

Lists the collections on the server.
</source>
        <translation>Aufruf: snapdock-cli list-collections [Optionen]

Listet die Collections auf dem Server auf.
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="404"/>
        <source>Usage: snapdock-cli list-snapshots (--collection NAME | --full-storage) [options]

Lists the snapshots stored on the server: name, size, creation time, SHA-256.
</source>
        <translation>Aufruf: snapdock-cli list-snapshots (--collection NAME | --full-storage) [Optionen]

Listet die auf dem Server gespeicherten Snapshots auf: Name, Größe, Erstellungszeit, SHA-256.
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="408"/>
        <source>Usage: snapdock-cli download (--collection NAME | --full-storage) (--snapshot NAME | --latest) [options]

Downloads a snapshot that is already on the server, verifies the listed checksum and writes
the same metadata file as backup.

  --snapshot NAME         the snapshot&apos;s name on the server
  --latest                the most recent snapshot
  --output-dir DIR        where to write the files (default ./snapshots)
</source>
        <translation>Aufruf: snapdock-cli download (--collection NAME | --full-storage) (--snapshot NAME | --latest) [Optionen]

Lädt einen bereits auf dem Server vorhandenen Snapshot herunter, prüft die dort angegebene
Prüfsumme und schreibt dieselbe Metadatendatei wie backup.

  --snapshot NAME         der Name des Snapshots auf dem Server
  --latest                der neueste Snapshot
  --output-dir DIR        Zielordner für die Dateien (Standard: ./snapshots)
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="419"/>
        <source>Usage: snapdock-cli COMMAND [options]

Backs up and restores Qdrant collections through the snapshot API.

Commands:
  backup            create, download and verify snapshots of collections
  restore           upload a snapshot file into a collection
  list-collections  list the collections on the server
  list-snapshots    list the snapshots stored on the server
  download          download a snapshot already on the server
  help COMMAND      show the options of COMMAND
</source>
        <translation>Aufruf: snapdock-cli COMMAND [Optionen]

Sichert Qdrant-Collections über die Snapshot-API und stellt sie wieder her.

Befehle:
  backup            Snapshots von Collections erstellen, herunterladen und prüfen
  restore           eine Snapshot-Datei in eine Collection hochladen
  list-collections  die Collections auf dem Server auflisten
  list-snapshots    die auf dem Server gespeicherten Snapshots auflisten
  download          einen bereits auf dem Server vorhandenen Snapshot herunterladen
  help COMMAND      die Optionen von COMMAND anzeigen
</translation>
    </message>
    <message>
        <location filename="../app/cli/ExitCode.cpp" line="48"/>
        <source>Exit codes:
    0  success
    1  some collections failed, others succeeded (see the summary)
    2  usage error (unknown option, missing value, conflicting options)
    3  cannot connect: connection refused, host not found, TLS error, timeout
    4  authentication: the key was rejected (401) or lacks access (403)
    5  collection or snapshot not found
    6  already exists
    7  invalid or incompatible snapshot (bad archive, checksum mismatch)
    8  server error (5xx, disk full, 413, 429, not a Qdrant response)
    9  local disk or permission error
  130  cancelled (Ctrl-C / SIGTERM)
</source>
        <translation>Exit-Codes:
    0  Erfolg
    1  einige Collections fehlgeschlagen, andere erfolgreich (siehe Zusammenfassung)
    2  Aufruffehler (unbekannte Option, fehlender Wert, widersprüchliche Optionen)
    3  keine Verbindung: Verbindung abgelehnt, Host nicht gefunden, TLS-Fehler,
       Zeitüberschreitung
    4  Authentifizierung: Schlüssel abgelehnt (401) oder ohne Berechtigung (403)
    5  Collection oder Snapshot nicht gefunden
    6  existiert bereits
    7  ungültiger oder inkompatibler Snapshot (defektes Archiv, falsche Prüfsumme)
    8  Serverfehler (5xx, Datenträger voll, 413, 429, keine Qdrant-Antwort)
    9  Fehler des lokalen Datenträgers oder fehlende Berechtigung
  130  abgebrochen (Strg+C / SIGTERM)
</translation>
    </message>
    <message>
        <location filename="../app/cli/ListCollectionsCommand.cpp" line="30"/>
        <source>No collections on %1.</source>
        <translation>Keine Collections auf %1.</translation>
    </message>
</context>
<context>
    <name>Snapdock::Cli::BackupCommand</name>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="64"/>
        <source>listing collections</source>
        <translation>Auflisten der Collections</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="70"/>
        <source>No collections on %1: nothing to back up.</source>
        <translation>Keine Collections auf %1: nichts zu sichern.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="94"/>
        <source>full storage</source>
        <translation>gesamter Speicher</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="122"/>
        <source>backup of %1 failed: %2</source>
        <translation>Sicherung von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="135"/>
        <source>Backed up %1 of %2 requested to %3:</source>
        <translation>%1 von %2 angeforderten Sicherungen in %3 erstellt:</translation>
    </message>
</context>
<context>
    <name>Snapdock::Cli::DownloadCommand</name>
    <message>
        <location filename="../app/cli/DownloadCommand.cpp" line="29"/>
        <source>full storage</source>
        <translation>gesamter Speicher</translation>
    </message>
    <message>
        <location filename="../app/cli/DownloadCommand.cpp" line="70"/>
        <source>Downloaded %1:</source>
        <translation>%1 heruntergeladen:</translation>
    </message>
</context>
<context>
    <name>Snapdock::Cli::ListSnapshotsCommand</name>
    <message>
        <location filename="../app/cli/ListSnapshotsCommand.cpp" line="48"/>
        <source>No snapshots of %1.</source>
        <translation>Keine Snapshots %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/ListSnapshotsCommand.cpp" line="52"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/ListSnapshotsCommand.cpp" line="52"/>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <location filename="../app/cli/ListSnapshotsCommand.cpp" line="52"/>
        <source>CREATED (UTC)</source>
        <translation>ERSTELLT (UTC)</translation>
    </message>
    <message>
        <location filename="../app/cli/ListSnapshotsCommand.cpp" line="52"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>Snapdock::Cli::OutputPrinter</name>
    <message>
        <location filename="../app/cli/OutputPrinter.cpp" line="83"/>
        <source>snapdock-cli: warning: %1</source>
        <translation>snapdock-cli: Warnung: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/OutputPrinter.cpp" line="94"/>
        <source>snapdock-cli: error: %1</source>
        <translation>snapdock-cli: Fehler: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/OutputPrinter.cpp" line="101"/>
        <source>COLLECTION</source>
        <translation>COLLECTION</translation>
    </message>
    <message>
        <location filename="../app/cli/OutputPrinter.cpp" line="101"/>
        <source>RESULT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <location filename="../app/cli/OutputPrinter.cpp" line="101"/>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <location filename="../app/cli/OutputPrinter.cpp" line="101"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../app/cli/OutputPrinter.cpp" line="101"/>
        <source>FILE / ERROR</source>
        <translation>DATEI / FEHLER</translation>
    </message>
    <message>
        <location filename="../app/cli/OutputPrinter.cpp" line="104"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../app/cli/OutputPrinter.cpp" line="105"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/cli/OutputPrinter.cpp" line="106"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/cli/OutputPrinter.cpp" line="108"/>
        <source>(full storage)</source>
        <translation>(gesamter Speicher)</translation>
    </message>
</context>
<context>
    <name>Snapdock::Cli::RestoreCommand</name>
    <message>
        <location filename="../app/cli/RestoreCommand.cpp" line="28"/>
        <source>the snapshot file &quot;%1&quot; does not exist or is not a file</source>
        <translation>die Snapshot-Datei &quot;%1&quot; existiert nicht oder ist keine Datei</translation>
    </message>
    <message>
        <location filename="../app/cli/RestoreCommand.cpp" line="89"/>
        <source> (%1 points)</source>
        <translation> (%1 Punkte)</translation>
    </message>
    <message>
        <location filename="../app/cli/RestoreCommand.cpp" line="90"/>
        <source>Created collection %1 from %2%3.</source>
        <translation>Collection %1 aus %2%3 angelegt.</translation>
    </message>
    <message>
        <location filename="../app/cli/RestoreCommand.cpp" line="91"/>
        <source>Restored collection %1 from %2%3.</source>
        <translation>Collection %1 aus %2%3 wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../app/cli/RestoreCommand.cpp" line="95"/>
        <source>The uploaded copy &quot;%1&quot; stays in the collection&apos;s snapshot list.</source>
        <translation>Die hochgeladene Kopie &quot;%1&quot; bleibt in der Snapshot-Liste der Collection.</translation>
    </message>
</context>
<context>
    <name>Snapdock::Cli::ResultRow</name>
    <message>
        <location filename="../app/cli/OutputPrinter.cpp" line="53"/>
        <source>full storage</source>
        <translation>gesamter Speicher</translation>
    </message>
</context>
<context>
    <name>Snapdock::CollectionTableModel</name>
    <message>
        <location filename="../app/gui/models/CollectionTableModel.cpp" line="214"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../app/gui/models/CollectionTableModel.cpp" line="216"/>
        <source>loading…</source>
        <translation>wird geladen …</translation>
    </message>
    <message>
        <location filename="../app/gui/models/CollectionTableModel.cpp" line="218"/>
        <source>green</source>
        <translation>grün</translation>
    </message>
    <message>
        <location filename="../app/gui/models/CollectionTableModel.cpp" line="220"/>
        <source>yellow</source>
        <translation>gelb</translation>
    </message>
    <message>
        <location filename="../app/gui/models/CollectionTableModel.cpp" line="222"/>
        <source>grey</source>
        <translation>grau</translation>
    </message>
    <message>
        <location filename="../app/gui/models/CollectionTableModel.cpp" line="224"/>
        <source>red</source>
        <translation>rot</translation>
    </message>
    <message>
        <location filename="../app/gui/models/CollectionTableModel.cpp" line="236"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../app/gui/models/CollectionTableModel.cpp" line="284"/>
        <source>No successful backup recorded</source>
        <translation>Keine erfolgreiche Sicherung verzeichnet</translation>
    </message>
    <message>
        <location filename="../app/gui/models/CollectionTableModel.cpp" line="295"/>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location filename="../app/gui/models/CollectionTableModel.cpp" line="297"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/gui/models/CollectionTableModel.cpp" line="299"/>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../app/gui/models/CollectionTableModel.cpp" line="301"/>
        <source>Vectors</source>
        <translation>Vektoren</translation>
    </message>
    <message>
        <location filename="../app/gui/models/CollectionTableModel.cpp" line="303"/>
        <source>Shards</source>
        <translation>Shards</translation>
    </message>
    <message>
        <location filename="../app/gui/models/CollectionTableModel.cpp" line="305"/>
        <source>Aliases</source>
        <translation>Aliase</translation>
    </message>
    <message>
        <location filename="../app/gui/models/CollectionTableModel.cpp" line="307"/>
        <source>Last backup</source>
        <translation>Letzte Sicherung</translation>
    </message>
    <message>
        <location filename="../app/gui/models/CollectionTableModel.cpp" line="309"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location filename="../app/gui/models/CollectionTableModel.cpp" line="311"/>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
</context>
<context>
    <name>Snapdock::CollectionsView</name>
    <message>
        <location filename="../app/gui/widgets/CollectionsView.cpp" line="25"/>
        <source>Filter collections</source>
        <translation>Collections filtern</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/CollectionsView.cpp" line="45"/>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
</context>
<context>
    <name>Snapdock::HistoryRecorder</name>
    <message>
        <location filename="../app/core/history/HistoryRecorder.cpp" line="71"/>
        <source>started: %1</source>
        <translation>gestartet: %1</translation>
    </message>
    <message>
        <location filename="../app/core/history/HistoryRecorder.cpp" line="73"/>
        <source>retry of queue job %1</source>
        <translation>Wiederholung von Auftrag %1 der Warteschlange</translation>
    </message>
    <message>
        <location filename="../app/core/history/HistoryRecorder.cpp" line="94"/>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <location filename="../app/core/history/HistoryRecorder.cpp" line="97"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/core/history/HistoryRecorder.cpp" line="100"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Snapdock::HistoryTableModel</name>
    <message>
        <location filename="../app/gui/models/HistoryTableModel.cpp" line="147"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../app/gui/models/HistoryTableModel.cpp" line="149"/>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location filename="../app/gui/models/HistoryTableModel.cpp" line="151"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../app/gui/models/HistoryTableModel.cpp" line="153"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../app/gui/models/HistoryTableModel.cpp" line="155"/>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location filename="../app/gui/models/HistoryTableModel.cpp" line="157"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../app/gui/models/HistoryTableModel.cpp" line="159"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../app/gui/models/HistoryTableModel.cpp" line="161"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../app/gui/models/HistoryTableModel.cpp" line="163"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/models/HistoryTableModel.cpp" line="165"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../app/gui/models/HistoryTableModel.cpp" line="192"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/gui/models/HistoryTableModel.cpp" line="192"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../app/gui/models/HistoryTableModel.cpp" line="227"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../app/gui/models/HistoryTableModel.cpp" line="229"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location filename="../app/gui/models/HistoryTableModel.cpp" line="231"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/models/HistoryTableModel.cpp" line="233"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/gui/models/HistoryTableModel.cpp" line="235"/>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <location filename="../app/gui/models/HistoryTableModel.cpp" line="244"/>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <location filename="../app/gui/models/HistoryTableModel.cpp" line="246"/>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <location filename="../app/gui/models/HistoryTableModel.cpp" line="248"/>
        <source>Upload</source>
        <translation>Upload</translation>
    </message>
    <message>
        <location filename="../app/gui/models/HistoryTableModel.cpp" line="250"/>
        <source>Restore</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../app/gui/models/HistoryTableModel.cpp" line="252"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../app/gui/models/HistoryTableModel.cpp" line="254"/>
        <source>Verify</source>
        <translation>Prüfung</translation>
    </message>
</context>
<context>
    <name>Snapdock::HistoryView</name>
    <message>
        <location filename="../app/gui/widgets/HistoryView.cpp" line="51"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HistoryView.cpp" line="53"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HistoryView.cpp" line="57"/>
        <source>Open &amp;log</source>
        <translation>&amp;Protokoll öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HistoryView.cpp" line="58"/>
        <source>&amp;Undo this restore…</source>
        <translation>Diese Wiederherstellung &amp;rückgängig machen …</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HistoryView.cpp" line="59"/>
        <source>&amp;Export CSV…</source>
        <translation>Als CSV e&amp;xportieren …</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HistoryView.cpp" line="60"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HistoryView.cpp" line="63"/>
        <source>Host URL</source>
        <translation>Host-URL</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HistoryView.cpp" line="66"/>
        <source>Collection contains…</source>
        <translation>Collection enthält …</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HistoryView.cpp" line="69"/>
        <source>Any outcome</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HistoryView.cpp" line="75"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HistoryView.cpp" line="75"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HistoryView.cpp" line="75"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HistoryView.cpp" line="75"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HistoryView.cpp" line="75"/>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HistoryView.cpp" line="82"/>
        <source>Restore the safety snapshot taken before this restore into the same collection</source>
        <translation>Den vor dieser Wiederherstellung erstellten Sicherheits-Snapshot in dieselbe Collection wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HistoryView.cpp" line="83"/>
        <source>Save the rows matching the filter as a CSV file</source>
        <translation>Die zum Filter passenden Zeilen als CSV-Datei speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HistoryView.cpp" line="195"/>
        <source>writing %1</source>
        <translation>Schreiben von %1</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HistoryView.cpp" line="205"/>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HistoryView.cpp" line="205"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HistoryView.cpp" line="264"/>
        <source>Only restores that took a safety snapshot (still on disk) can be undone</source>
        <translation>Nur Wiederherstellungen mit einem Sicherheits-Snapshot (noch auf dem Datenträger) können rückgängig gemacht werden</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HistoryView.cpp" line="265"/>
        <source>Restore %1 into “%2”</source>
        <translation>%1 in „%2“ wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/widgets/HistoryView.cpp" line="266"/>
        <source>%1 of %n job(s) shown</source>
        <translation>
            <numerusform>%1 von %n Auftrag angezeigt</numerusform>
            <numerusform>%1 von %n Aufträgen angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Snapdock::HostBrowser</name>
    <message numerus="yes">
        <location filename="../app/gui/widgets/HostBrowser.cpp" line="53"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HostBrowser.cpp" line="99"/>
        <source>No snapshots on the server for %1.</source>
        <translation>Keine Snapshots %1 auf dem Server.</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HostBrowser.cpp" line="116"/>
        <source>Could not delete snapshot %1: %2</source>
        <translation>Snapshot %1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HostBrowser.cpp" line="128"/>
        <source>No backups in this folder yet.</source>
        <translation>In diesem Ordner gibt es noch keine Sicherungen.</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HostBrowser.cpp" line="153"/>
        <source>Server Snapshots</source>
        <translation>Server-Snapshots</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HostBrowser.cpp" line="154"/>
        <source>Local Backups</source>
        <translation>Lokale Sicherungen</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HostBrowser.cpp" line="236"/>
        <source>Choose a host to see its collections.</source>
        <translation>Wählen Sie einen Host, um seine Collections zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HostBrowser.cpp" line="259"/>
        <location filename="../app/gui/widgets/HostBrowser.cpp" line="288"/>
        <source>Looking for backups…</source>
        <translation>Sicherungen werden gesucht …</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HostBrowser.cpp" line="263"/>
        <source>Reading the API key from the keychain…</source>
        <translation>API-Schlüssel wird aus dem Schlüsselbund gelesen …</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HostBrowser.cpp" line="267"/>
        <source>Loading collections from %1…</source>
        <translation>Collections werden von %1 geladen …</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HostBrowser.cpp" line="314"/>
        <source>There are no collections on this server.</source>
        <translation>Auf diesem Server gibt es keine Collections.</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HostBrowser.cpp" line="324"/>
        <source>Could not load the collections: %1</source>
        <translation>Die Collections konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HostBrowser.cpp" line="341"/>
        <source>Loading the snapshots of %1…</source>
        <translation>Snapshots %1 werden geladen …</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HostBrowser.cpp" line="348"/>
        <source>Could not list the snapshots: %1</source>
        <translation>Die Snapshots konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HostBrowser.cpp" line="356"/>
        <source>No backups yet: the folder does not exist.</source>
        <translation>Noch keine Sicherungen: Der Ordner existiert nicht.</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HostBrowser.cpp" line="358"/>
        <source>Could not read the backup folder: %1</source>
        <translation>Der Sicherungsordner konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HostBrowser.cpp" line="465"/>
        <source>Download Snapshots To</source>
        <translation>Snapshots herunterladen nach</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HostBrowser.cpp" line="482"/>
        <source>Delete Server Snapshots</source>
        <translation>Server-Snapshots löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/widgets/HostBrowser.cpp" line="483"/>
        <source>Delete %n snapshot(s) of %1 from the server: %2?

This cannot be undone.</source>
        <translation>
            <numerusform>%n Snapshot %1 vom Server löschen: %2?

Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Snapshots %1 vom Server löschen: %2?

Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HostBrowser.cpp" line="485"/>
        <source>Delete from Server</source>
        <translation>Vom Server löschen</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HostBrowser.cpp" line="500"/>
        <source>Delete Local Backups</source>
        <translation>Lokale Sicherungen löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/widgets/HostBrowser.cpp" line="501"/>
        <source>Delete %n local backup(s): %1?

The snapshot files and their .snapdock.json files are removed.</source>
        <translation>
            <numerusform>%n lokale Sicherung löschen: %1?

Die Snapshot-Datei und ihre .snapdock.json-Datei werden entfernt.</numerusform>
            <numerusform>%n lokale Sicherungen löschen: %1?

Die Snapshot-Dateien und ihre .snapdock.json-Dateien werden entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HostBrowser.cpp" line="505"/>
        <source>Delete Files</source>
        <translation>Dateien löschen</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HostBrowser.cpp" line="558"/>
        <source>Show Backups In</source>
        <translation>Sicherungen anzeigen aus</translation>
    </message>
</context>
<context>
    <name>Snapdock::HostBrowserActions</name>
    <message>
        <location filename="../app/gui/controllers/HostBrowserActions.cpp" line="36"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/HostBrowserActions.cpp" line="37"/>
        <source>Read collections and snapshots again</source>
        <translation>Collections und Snapshots erneut einlesen</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/HostBrowserActions.cpp" line="40"/>
        <source>&amp;Back Up Selected</source>
        <translation>Auswahl &amp;sichern</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/HostBrowserActions.cpp" line="41"/>
        <source>Back up the selected collections into the backup folder</source>
        <translation>Die ausgewählten Collections in den Sicherungsordner sichern</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/HostBrowserActions.cpp" line="43"/>
        <source>Back Up &amp;All Collections</source>
        <translation>Alle &amp;Collections sichern</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/HostBrowserActions.cpp" line="43"/>
        <source>Back up every collection of this host</source>
        <translation>Alle Collections dieses Hosts sichern</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/HostBrowserActions.cpp" line="44"/>
        <source>Show &amp;Snapshots</source>
        <translation>Snapshots an&amp;zeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/HostBrowserActions.cpp" line="44"/>
        <source>Show the server snapshots of this collection</source>
        <translation>Die Server-Snapshots dieser Collection anzeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/HostBrowserActions.cpp" line="46"/>
        <source>&amp;Download</source>
        <translation>&amp;Herunterladen</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/HostBrowserActions.cpp" line="47"/>
        <source>Download the selected server snapshots into the backup folder</source>
        <translation>Die ausgewählten Server-Snapshots in den Sicherungsordner herunterladen</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/HostBrowserActions.cpp" line="50"/>
        <source>Download &amp;To…</source>
        <translation>Herunterladen &amp;nach …</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/HostBrowserActions.cpp" line="50"/>
        <source>Download the selected server snapshots into a folder you choose</source>
        <translation>Die ausgewählten Server-Snapshots in einen Ordner Ihrer Wahl herunterladen</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/HostBrowserActions.cpp" line="52"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/HostBrowserActions.cpp" line="53"/>
        <source>Delete the selected snapshots or backups</source>
        <translation>Die ausgewählten Snapshots oder Sicherungen löschen</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/HostBrowserActions.cpp" line="56"/>
        <source>R&amp;estore…</source>
        <translation>&amp;Wiederherstellen …</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/HostBrowserActions.cpp" line="57"/>
        <source>Restore the selected snapshot or backup</source>
        <translation>Den ausgewählten Snapshot oder die ausgewählte Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/HostBrowserActions.cpp" line="60"/>
        <source>&amp;Verify</source>
        <translation>Ü&amp;berprüfen</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/HostBrowserActions.cpp" line="61"/>
        <source>Recompute the SHA-256 of the selected backups and compare it with the record</source>
        <translation>Den SHA-256 der ausgewählten Sicherungen neu berechnen und mit dem gespeicherten Wert vergleichen</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/HostBrowserActions.cpp" line="64"/>
        <source>Show in &amp;File Manager</source>
        <translation>In &amp;Dateiverwaltung anzeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/HostBrowserActions.cpp" line="65"/>
        <source>Open the folder holding the selected backup</source>
        <translation>Den Ordner mit der ausgewählten Sicherung öffnen</translation>
    </message>
</context>
<context>
    <name>Snapdock::Job</name>
    <message>
        <location filename="../app/core/jobs/Job.cpp" line="18"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/Job.cpp" line="19"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/jobs/Job.cpp" line="112"/>
        <source> (gave up after %n attempts)</source>
        <translation>
            <numerusform> (nach %n Versuch aufgegeben)</numerusform>
            <numerusform> (nach %n Versuchen aufgegeben)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/jobs/Job.cpp" line="125"/>
        <source>Succeeded after recovering from interruptions: %1</source>
        <translation>Nach behobenen Unterbrechungen erfolgreich: %1</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/Job.cpp" line="126"/>
        <source>Interruptions before it stopped: %1</source>
        <translation>Unterbrechungen vor dem Abbruch: %1</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/Job.cpp" line="171"/>
        <source>%1 interrupted (%2) on attempt %3</source>
        <translation>%1 unterbrochen (%2) bei Versuch %3</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/Job.cpp" line="172"/>
        <source>%1 interrupted (%2), retrying in %3 (attempt %4 of %5)</source>
        <translation>%1 unterbrochen (%2), neuer Versuch in %3 (Versuch %4 von %5)</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/Job.cpp" line="187"/>
        <source>connection lost</source>
        <translation>Verbindung unterbrochen</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/Job.cpp" line="190"/>
        <source>server timeout, HTTP %1</source>
        <translation>Zeitüberschreitung am Server, HTTP %1</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/Job.cpp" line="191"/>
        <source>no data received</source>
        <translation>keine Daten empfangen</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/Job.cpp" line="193"/>
        <source>rate limited, HTTP %1</source>
        <translation>Anfragen gedrosselt, HTTP %1</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/Job.cpp" line="195"/>
        <source>server error, HTTP %1</source>
        <translation>Serverfehler, HTTP %1</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/Job.cpp" line="197"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>Snapdock::JobLogDialog</name>
    <message>
        <location filename="../app/gui/widgets/JobLogDialog.cpp" line="23"/>
        <source>Job log – %1</source>
        <translation>Auftragsprotokoll – %1</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/JobLogDialog.cpp" line="33"/>
        <source>(no log lines recorded)</source>
        <translation>(keine Protokollzeilen aufgezeichnet)</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/JobLogDialog.cpp" line="36"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/JobLogDialog.cpp" line="53"/>
        <source>The log cannot be read: %1</source>
        <translation>Das Protokoll kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Snapdock::JobQueue</name>
    <message>
        <location filename="../app/core/jobs/JobQueue.cpp" line="106"/>
        <source>There is no job %1 to retry.</source>
        <translation>Es gibt keinen Auftrag %1, der wiederholt werden könnte.</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/JobQueue.cpp" line="109"/>
        <source>Only a failed or cancelled job can be retried (&quot;%1&quot;).</source>
        <translation>Nur ein fehlgeschlagener oder abgebrochener Auftrag kann wiederholt werden („%1“).</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/JobQueue.cpp" line="113"/>
        <source>&quot;%1&quot; was already retried as job %2.</source>
        <translation>„%1“ wurde bereits als Auftrag %2 wiederholt.</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/JobQueue.cpp" line="118"/>
        <source>&quot;%1&quot; cannot be run again.</source>
        <translation>„%1“ kann nicht erneut ausgeführt werden.</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/JobQueue.cpp" line="199"/>
        <source>&quot;%1&quot; was cancelled before it started</source>
        <translation>„%1“ wurde vor dem Start abgebrochen</translation>
    </message>
</context>
<context>
    <name>Snapdock::JobTableModel</name>
    <message>
        <location filename="../app/gui/models/JobTableModel.cpp" line="21"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/gui/models/JobTableModel.cpp" line="23"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../app/gui/models/JobTableModel.cpp" line="24"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../app/gui/models/JobTableModel.cpp" line="103"/>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location filename="../app/gui/models/JobTableModel.cpp" line="105"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../app/gui/models/JobTableModel.cpp" line="107"/>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location filename="../app/gui/models/JobTableModel.cpp" line="109"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../app/gui/models/JobTableModel.cpp" line="111"/>
        <source>Stage</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../app/gui/models/JobTableModel.cpp" line="113"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../app/gui/models/JobTableModel.cpp" line="115"/>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <location filename="../app/gui/models/JobTableModel.cpp" line="117"/>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <location filename="../app/gui/models/JobTableModel.cpp" line="119"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../app/gui/models/JobTableModel.cpp" line="121"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../app/gui/models/JobTableModel.cpp" line="123"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../app/gui/models/JobTableModel.cpp" line="202"/>
        <source>(full storage)</source>
        <translation>(gesamter Speicher)</translation>
    </message>
    <message>
        <location filename="../app/gui/models/JobTableModel.cpp" line="207"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../app/gui/models/JobTableModel.cpp" line="213"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location filename="../app/gui/models/JobTableModel.cpp" line="251"/>
        <source>Queued</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location filename="../app/gui/models/JobTableModel.cpp" line="253"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../app/gui/models/JobTableModel.cpp" line="255"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location filename="../app/gui/models/JobTableModel.cpp" line="255"/>
        <source>Succeeded with warnings</source>
        <translation>Erfolgreich mit Warnungen</translation>
    </message>
    <message>
        <location filename="../app/gui/models/JobTableModel.cpp" line="257"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/models/JobTableModel.cpp" line="259"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/gui/models/JobTableModel.cpp" line="267"/>
        <source>%1 (100 %)</source>
        <translation>%1 (100 %)</translation>
    </message>
    <message>
        <location filename="../app/gui/models/JobTableModel.cpp" line="267"/>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location filename="../app/gui/models/JobTableModel.cpp" line="272"/>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 von %2 (%3 %)</translation>
    </message>
    <message>
        <location filename="../app/gui/models/JobTableModel.cpp" line="281"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/models/JobTableModel.cpp" line="283"/>
        <source>Stage: %1</source>
        <translation>Schritt: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/models/JobTableModel.cpp" line="285"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/models/JobTableModel.cpp" line="287"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>Snapdock::KeychainSecretStore</name>
    <message>
        <location filename="../app/core/profiles/KeychainSecretStore.cpp" line="22"/>
        <source>the keychain is unavailable: reading the API key failed</source>
        <translation>der Schlüsselbund ist nicht verfügbar: Lesen des API-Schlüssels fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/KeychainSecretStore.cpp" line="25"/>
        <source>the keychain is unavailable: saving the API key failed</source>
        <translation>der Schlüsselbund ist nicht verfügbar: Speichern des API-Schlüssels fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/KeychainSecretStore.cpp" line="28"/>
        <source>the keychain is unavailable: removing the API key failed</source>
        <translation>der Schlüsselbund ist nicht verfügbar: Entfernen des API-Schlüssels fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/KeychainSecretStore.cpp" line="33"/>
        <source>Unlock or set up the system keychain, or keep the key for this session only.</source>
        <translation>Entsperren Sie den Systemschlüsselbund oder richten Sie ihn ein, oder behalten Sie den Schlüssel nur für diese Sitzung.</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/KeychainSecretStore.cpp" line="64"/>
        <source>no API key is stored for this profile</source>
        <translation>für diese Verbindung ist kein API-Schlüssel gespeichert</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/KeychainSecretStore.cpp" line="65"/>
        <source>Enter the API key.</source>
        <translation>Geben Sie den API-Schlüssel ein.</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/KeychainSecretStore.cpp" line="105"/>
        <source>macOS Keychain</source>
        <translation>macOS-Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/KeychainSecretStore.cpp" line="107"/>
        <source>Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/KeychainSecretStore.cpp" line="109"/>
        <source>system keychain (Secret Service)</source>
        <translation>Systemschlüsselbund (Secret Service)</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/KeychainSecretStore.cpp" line="140"/>
        <source>the profile has no id</source>
        <translation>die Verbindung hat keine ID</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/KeychainSecretStore.cpp" line="162"/>
        <source>no answer within %1 seconds; a password prompt may be waiting</source>
        <translation>keine Antwort innerhalb von %1 Sekunden; eventuell wartet eine Passwortabfrage</translation>
    </message>
</context>
<context>
    <name>Snapdock::LoadStateBanner</name>
    <message>
        <location filename="../app/gui/widgets/LoadStateBanner.cpp" line="15"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>Snapdock::LocalBackupController</name>
    <message>
        <location filename="../app/gui/controllers/LocalBackupController.cpp" line="65"/>
        <source>No recorded SHA-256 to compare with.</source>
        <translation>Kein gespeicherter SHA-256 zum Vergleichen vorhanden.</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/LocalBackupController.cpp" line="71"/>
        <source>The snapshot file is missing.</source>
        <translation>Die Snapshot-Datei fehlt.</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/LocalBackupController.cpp" line="79"/>
        <source>The file has %1 bytes; the backup recorded %2.</source>
        <translation>Die Datei hat %1 Bytes; bei der Sicherung wurden %2 verzeichnet.</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/LocalBackupController.cpp" line="106"/>
        <source>SHA-256 matches the backup record.</source>
        <translation>SHA-256 stimmt mit dem Sicherungsdatensatz überein.</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/LocalBackupController.cpp" line="110"/>
        <source>SHA-256 is %1; the backup recorded %2.</source>
        <translation>SHA-256 ist %1; bei der Sicherung wurde %2 verzeichnet.</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/LocalBackupController.cpp" line="127"/>
        <source>deleting %1</source>
        <translation>Löschen von %1</translation>
    </message>
</context>
<context>
    <name>Snapdock::LocalBackupModel</name>
    <message>
        <location filename="../app/gui/models/LocalBackupModel.cpp" line="172"/>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location filename="../app/gui/models/LocalBackupModel.cpp" line="174"/>
        <source>Snapshot file</source>
        <translation>Snapshot-Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/models/LocalBackupModel.cpp" line="176"/>
        <source>Backed up</source>
        <translation>Gesichert</translation>
    </message>
    <message>
        <location filename="../app/gui/models/LocalBackupModel.cpp" line="178"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../app/gui/models/LocalBackupModel.cpp" line="180"/>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../app/gui/models/LocalBackupModel.cpp" line="182"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../app/gui/models/LocalBackupModel.cpp" line="184"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/gui/models/LocalBackupModel.cpp" line="212"/>
        <source>mismatch ✗</source>
        <translation>abweichend ✗</translation>
    </message>
    <message>
        <location filename="../app/gui/models/LocalBackupModel.cpp" line="214"/>
        <source>snapshot missing</source>
        <translation>Snapshot fehlt</translation>
    </message>
    <message>
        <location filename="../app/gui/models/LocalBackupModel.cpp" line="216"/>
        <source>metadata unreadable</source>
        <translation>Metadaten unlesbar</translation>
    </message>
    <message>
        <location filename="../app/gui/models/LocalBackupModel.cpp" line="218"/>
        <source>size differs ✗</source>
        <translation>Größe abweichend ✗</translation>
    </message>
    <message>
        <location filename="../app/gui/models/LocalBackupModel.cpp" line="220"/>
        <source>cannot verify</source>
        <translation>nicht prüfbar</translation>
    </message>
    <message>
        <location filename="../app/gui/models/LocalBackupModel.cpp" line="222"/>
        <source>no metadata</source>
        <translation>keine Metadaten</translation>
    </message>
    <message>
        <location filename="../app/gui/models/LocalBackupModel.cpp" line="224"/>
        <source>verifying…</source>
        <translation>wird geprüft …</translation>
    </message>
    <message>
        <location filename="../app/gui/models/LocalBackupModel.cpp" line="226"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../app/gui/models/LocalBackupModel.cpp" line="228"/>
        <source>verified ✓</source>
        <translation>geprüft ✓</translation>
    </message>
    <message>
        <location filename="../app/gui/models/LocalBackupModel.cpp" line="239"/>
        <source>Full storage</source>
        <translation>Gesamter Speicher</translation>
    </message>
</context>
<context>
    <name>Snapdock::LocalBackupsView</name>
    <message>
        <location filename="../app/gui/widgets/LocalBackupsView.cpp" line="24"/>
        <source>Choose &amp;folder…</source>
        <translation>&amp;Ordner wählen …</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/LocalBackupsView.cpp" line="45"/>
        <source>Local backups</source>
        <translation>Lokale Sicherungen</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/LocalBackupsView.cpp" line="71"/>
        <source>No backup folder</source>
        <translation>Kein Sicherungsordner</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/LocalBackupsView.cpp" line="71"/>
        <source>Folder: %1</source>
        <translation>Ordner: %1</translation>
    </message>
</context>
<context>
    <name>Snapdock::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="52"/>
        <location filename="../app/gui/MainWindow.cpp" line="233"/>
        <source>Snapdock</source>
        <translation>Snapdock</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="68"/>
        <source>&amp;Queue</source>
        <translation>&amp;Warteschlange</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="73"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="81"/>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="96"/>
        <source>Ready.</source>
        <translation>Bereit.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="97"/>
        <source>History is not available: the history database could not be opened.</source>
        <translation>Der Verlauf ist nicht verfügbar: Die Verlaufsdatenbank konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="110"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="111"/>
        <source>&amp;Restore from File…</source>
        <translation>Aus Datei &amp;wiederherstellen …</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="114"/>
        <source>Restore a snapshot</source>
        <translation>Snapshot wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="114"/>
        <source>Qdrant snapshots (*.snapshot)</source>
        <translation>Qdrant-Snapshots (*.snapshot)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="125"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="129"/>
        <source>&amp;Host</source>
        <translation>H&amp;ost</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="137"/>
        <source>&amp;Backup</source>
        <translation>&amp;Sicherung</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="149"/>
        <source>&amp;Tasks</source>
        <translation>&amp;Aufgaben</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="156"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="157"/>
        <source>&amp;About Snapdock</source>
        <translation>&amp;Über Snapdock</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="160"/>
        <source>About Snapdock</source>
        <translation>Über Snapdock</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="161"/>
        <source>&lt;b&gt;Snapdock %1&lt;/b&gt;&lt;br&gt;Backup and restore for Qdrant collections.</source>
        <translation>&lt;b&gt;Snapdock %1&lt;/b&gt;&lt;br&gt;Sicherung und Wiederherstellung für Qdrant-Collections.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="169"/>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="187"/>
        <source>Connected to %1.</source>
        <translation>Verbunden mit %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="222"/>
        <source>%1 finished.</source>
        <translation>%1 abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="222"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="241"/>
        <source>Select or add a host to restore into first.</source>
        <translation>Wählen Sie zuerst einen Host als Ziel der Wiederherstellung aus, oder fügen Sie einen hinzu.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="259"/>
        <source>The host &quot;%1&quot; of this restore is no longer configured.</source>
        <translation>Der Host „%1“ dieser Wiederherstellung ist nicht mehr eingerichtet.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="291"/>
        <source>Tasks are running</source>
        <translation>Aufgaben laufen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MainWindow.cpp" line="292"/>
        <source>%n task(s) are still running. Quit and cancel them?</source>
        <translation>
            <numerusform>%n Aufgabe läuft noch. Beenden und die Aufgabe abbrechen?</numerusform>
            <numerusform>%n Aufgaben laufen noch. Beenden und die Aufgaben abbrechen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Snapdock::MemorySecretStore</name>
    <message>
        <location filename="../app/core/profiles/MemorySecretStore.cpp" line="19"/>
        <source>no API key is stored for this profile in this session</source>
        <translation>für diese Verbindung ist in dieser Sitzung kein API-Schlüssel gespeichert</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/MemorySecretStore.cpp" line="20"/>
        <source>Enter the API key.</source>
        <translation>Geben Sie den API-Schlüssel ein.</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/MemorySecretStore.cpp" line="46"/>
        <source>this session only (not saved)</source>
        <translation>nur diese Sitzung (nicht gespeichert)</translation>
    </message>
</context>
<context>
    <name>Snapdock::PreflightCheck</name>
    <message>
        <location filename="../app/core/jobs/PreflightCheck.cpp" line="54"/>
        <source>Enter a collection name.</source>
        <translation>Geben Sie einen Collection-Namen ein.</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/PreflightCheck.cpp" line="56"/>
        <source>A collection name has at most 255 characters (this one has %1).</source>
        <translation>Ein Collection-Name hat höchstens 255 Zeichen (dieser hat %1).</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/PreflightCheck.cpp" line="59"/>
        <source>A collection name cannot contain %1.</source>
        <translation>Ein Collection-Name darf %1 nicht enthalten.</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/PreflightCheck.cpp" line="75"/>
        <source>The server cannot be reached: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/PreflightCheck.cpp" line="83"/>
        <source>The server runs Qdrant %1; the Qdrant version the snapshot was taken on is not recorded.</source>
        <translation>Auf dem Server läuft Qdrant %1; mit welcher Qdrant-Version der Snapshot erstellt wurde, ist nicht verzeichnet.</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/PreflightCheck.cpp" line="90"/>
        <source>Versions fit: snapshot from Qdrant %1, server runs %2.</source>
        <translation>Versionen passen: Snapshot von Qdrant %1, auf dem Server läuft %2.</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/PreflightCheck.cpp" line="102"/>
        <source>Cannot check whether collection “%1” exists: %2</source>
        <translation>Es kann nicht geprüft werden, ob die Collection „%1“ existiert: %2</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/PreflightCheck.cpp" line="111"/>
        <source>A collection named “%1” already exists: choose another name, or replace it.</source>
        <translation>Eine Collection namens „%1“ existiert bereits: Wählen Sie einen anderen Namen, oder ersetzen Sie sie.</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/PreflightCheck.cpp" line="117"/>
        <source>No collection is named “%1”: Qdrant creates it from the snapshot.</source>
        <translation>Es gibt keine Collection namens „%1“: Qdrant legt sie aus dem Snapshot an.</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/PreflightCheck.cpp" line="123"/>
        <source>There is no collection “%1” to replace: choose “Create a new collection” instead.</source>
        <translation>Es gibt keine Collection „%1“, die ersetzt werden könnte: Legen Sie stattdessen eine neue Collection an.</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/PreflightCheck.cpp" line="138"/>
        <source>Cannot read collection “%1”: %2</source>
        <translation>Die Collection „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/jobs/PreflightCheck.cpp" line="147"/>
        <source>The snapshot&apos;s vectors and shard count are unknown here, so they cannot be compared with “%1” (%2, %n shard(s)); Qdrant refuses a mismatch when it restores.</source>
        <translation>
            <numerusform>Vektoren und Shard-Anzahl des Snapshots sind hier unbekannt und können daher nicht mit „%1“ (%2, %n Shard) verglichen werden; bei Abweichungen verweigert Qdrant die Wiederherstellung.</numerusform>
            <numerusform>Vektoren und Shard-Anzahl des Snapshots sind hier unbekannt und können daher nicht mit „%1“ (%2, %n Shards) verglichen werden; bei Abweichungen verweigert Qdrant die Wiederherstellung.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/jobs/PreflightCheck.cpp" line="155"/>
        <source>Qdrant would refuse this snapshot for “%1”: %2. Nothing has been sent.</source>
        <translation>Qdrant würde diesen Snapshot für „%1“ ablehnen: %2. Es wurde nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/jobs/PreflightCheck.cpp" line="161"/>
        <source>The snapshot fits “%1”: %2, %n shard(s).</source>
        <translation>
            <numerusform>Der Snapshot passt zu „%1“: %2, %n Shard.</numerusform>
            <numerusform>Der Snapshot passt zu „%1“: %2, %n Shards.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/jobs/PreflightCheck.cpp" line="165"/>
        <source>Every point of “%1” (about %2 now) is replaced by the snapshot&apos;s.</source>
        <translation>Alle Punkte von „%1“ (derzeit etwa %2) werden durch die des Snapshots ersetzt.</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/PreflightCheck.cpp" line="167"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/PreflightCheck.cpp" line="183"/>
        <source>Cannot list the snapshots of %1: %2</source>
        <translation>Die Snapshots %1 können nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/PreflightCheck.cpp" line="192"/>
        <source>Snapshot “%1” is on the server; the server reads it itself, nothing is uploaded.</source>
        <translation>Der Snapshot „%1“ liegt auf dem Server; der Server liest ihn selbst, es wird nichts hochgeladen.</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/PreflightCheck.cpp" line="199"/>
        <source>Snapshot “%1” is no longer listed for %2.</source>
        <translation>Der Snapshot „%1“ steht nicht mehr in der Snapshot-Liste %2.</translation>
    </message>
</context>
<context>
    <name>Snapdock::PreflightPanel</name>
    <message>
        <location filename="../app/gui/dialogs/restore/PreflightPanel.cpp" line="33"/>
        <source>Checking the server…</source>
        <translation>Server wird geprüft …</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/restore/PreflightPanel.cpp" line="48"/>
        <source>Nothing to check.</source>
        <translation>Nichts zu prüfen.</translation>
    </message>
</context>
<context>
    <name>Snapdock::Profile</name>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="140"/>
        <source>unknown authentication scheme &quot;%1&quot; (expected &quot;api-key&quot; or &quot;bearer&quot;)</source>
        <translation>unbekanntes Authentifizierungsschema &quot;%1&quot; (erwartet: &quot;api-key&quot; oder &quot;bearer&quot;)</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="145"/>
        <source>the profile&apos;s &quot;nodeUrls&quot; is not a list</source>
        <translation>&quot;nodeUrls&quot; der Verbindung ist keine Liste</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="148"/>
        <source>the profile&apos;s &quot;nodeUrls&quot; contains something that is not a URL</source>
        <translation>&quot;nodeUrls&quot; der Verbindung enthält etwas, das keine URL ist</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="156"/>
        <source>the profile&apos;s &quot;allowKeyOverPlainHttp&quot; is not true or false</source>
        <translation>&quot;allowKeyOverPlainHttp&quot; der Verbindung ist weder true noch false</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="184"/>
        <source>the profile needs a name</source>
        <translation>die Verbindung benötigt einen Namen</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="185"/>
        <source>the server URL</source>
        <translation>die Server-URL</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="188"/>
        <source>the node URL &quot;%1&quot;</source>
        <translation>die Knoten-URL „%1“</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="193"/>
        <source>the pinned certificate fingerprint must be a SHA-256 fingerprint: 64 hexadecimal digits, optionally separated by colons</source>
        <translation>der Fingerabdruck des gepinnten Zertifikats muss ein SHA-256-Fingerabdruck sein: 64 Hexadezimalziffern, optional durch Doppelpunkte getrennt</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="199"/>
        <source>the CA certificates file &quot;%1&quot; does not exist</source>
        <translation>die CA-Zertifikatsdatei „%1“ existiert nicht</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="202"/>
        <source>the CA certificates file &quot;%1&quot; is not a readable file</source>
        <translation>die CA-Zertifikatsdatei „%1“ ist keine lesbare Datei</translation>
    </message>
</context>
<context>
    <name>Snapdock::ProfileDialog</name>
    <message>
        <location filename="../app/gui/dialogs/ProfileDialog.cpp" line="38"/>
        <source>Add connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ProfileDialog.cpp" line="38"/>
        <source>Edit connection &quot;%1&quot;</source>
        <translation>Verbindung „%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ProfileDialog.cpp" line="50"/>
        <source>e.g. Production</source>
        <translation>z. B. Produktion</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ProfileDialog.cpp" line="51"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ProfileDialog.cpp" line="55"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ProfileDialog.cpp" line="58"/>
        <source>api-key header</source>
        <translation>Header api-key</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ProfileDialog.cpp" line="59"/>
        <source>Authorization: Bearer</source>
        <translation>Authorization: Bearer</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ProfileDialog.cpp" line="60"/>
        <source>Send the key as:</source>
        <translation>Schlüssel senden als:</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ProfileDialog.cpp" line="64"/>
        <source>empty: the server needs no key</source>
        <translation>leer: Der Server benötigt keinen Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ProfileDialog.cpp" line="65"/>
        <source>unchanged (stored in the system keychain)</source>
        <translation>unverändert (im Systemschlüsselbund gespeichert)</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ProfileDialog.cpp" line="66"/>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ProfileDialog.cpp" line="69"/>
        <source>I understand that the key travels unencrypted over plain http:// to another machine</source>
        <translation>Mir ist bewusst, dass der Schlüssel unverschlüsselt über http:// an einen anderen Rechner übertragen wird</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ProfileDialog.cpp" line="74"/>
        <source>system certificates</source>
        <translation>Systemzertifikate</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ProfileDialog.cpp" line="79"/>
        <source>Trusted &amp;CA file:</source>
        <translation>Vertrauenswürdige &amp;CA-Datei:</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ProfileDialog.cpp" line="81"/>
        <source>CA certificates (PEM)</source>
        <translation>CA-Zertifikate (PEM)</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ProfileDialog.cpp" line="88"/>
        <source>SHA-256 fingerprint of a certificate to accept (optional)</source>
        <translation>SHA-256-Fingerabdruck eines zu akzeptierenden Zertifikats (optional)</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ProfileDialog.cpp" line="89"/>
        <source>Accepted &amp;certificate:</source>
        <translation>Akzeptiertes &amp;Zertifikat:</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ProfileDialog.cpp" line="97"/>
        <source>Backup &amp;folder:</source>
        <translation>Sicherungs&amp;ordner:</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ProfileDialog.cpp" line="99"/>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ProfileDialog.cpp" line="107"/>
        <source>REST URL of each cluster node, one per line (optional)</source>
        <translation>REST-URL jedes Cluster-Knotens, eine pro Zeile (optional)</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ProfileDialog.cpp" line="109"/>
        <source>Cluster &amp;nodes:</source>
        <translation>Cluster-&amp;Knoten:</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ProfileDialog.cpp" line="116"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ProfileDialog.cpp" line="201"/>
        <source>Tick the box above to send the key over plain http:// to this host, or use https://.</source>
        <translation>Setzen Sie oben das Häkchen, um den Schlüssel über unverschlüsseltes http:// an diesen Host zu senden, oder verwenden Sie https://.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ProfileDialog.cpp" line="205"/>
        <source>Testing %1 …</source>
        <translation>%1 wird getestet …</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ProfileDialog.cpp" line="215"/>
        <source>✓ Qdrant %1 is reachable.</source>
        <translation>✓ Qdrant %1 ist erreichbar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/dialogs/ProfileDialog.cpp" line="217"/>
        <source>✓ The key works (%n collection(s) visible).</source>
        <translation>
            <numerusform>✓ Der Schlüssel funktioniert (%n Collection sichtbar).</numerusform>
            <numerusform>✓ Der Schlüssel funktioniert (%n Collections sichtbar).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ProfileDialog.cpp" line="219"/>
        <source>⚠ This key can only read: backups work, restores do not.</source>
        <translation>⚠ Dieser Schlüssel kann nur lesen: Sicherungen funktionieren, Wiederherstellungen nicht.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ProfileDialog.cpp" line="220"/>
        <source>✓ The key may create snapshots and restore.</source>
        <translation>✓ Der Schlüssel darf Snapshots erstellen und wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ProfileDialog.cpp" line="223"/>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ProfileDialog.cpp" line="238"/>
        <source>The key would travel unencrypted to %1. Use https://, or tick the box to accept that.</source>
        <translation>Der Schlüssel würde unverschlüsselt an %1 übertragen. Verwenden Sie https://, oder setzen Sie das Häkchen, um dies zu akzeptieren.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ProfileDialog.cpp" line="266"/>
        <source>Storing the key in the system keychain …</source>
        <translation>Schlüssel wird im Systemschlüsselbund gespeichert …</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ProfileDialog.cpp" line="286"/>
        <source>No keychain available</source>
        <translation>Kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ProfileDialog.cpp" line="287"/>
        <source>The key could not be stored in the system keychain: %1

Snapdock never writes keys to disk. Keep the key for this run only?</source>
        <translation>Der Schlüssel konnte nicht im Systemschlüsselbund gespeichert werden: %1

Snapdock schreibt Schlüssel niemals auf den Datenträger. Den Schlüssel nur bis zum Beenden des Programms behalten?</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ProfileDialog.cpp" line="296"/>
        <source>The profile was saved without its key.</source>
        <translation>Die Verbindung wurde ohne ihren Schlüssel gespeichert.</translation>
    </message>
</context>
<context>
    <name>Snapdock::ProfileSidebar</name>
    <message>
        <location filename="../app/gui/widgets/ProfileSidebar.cpp" line="37"/>
        <source>&amp;Add Connection…</source>
        <translation>Verbindung &amp;hinzufügen …</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/ProfileSidebar.cpp" line="39"/>
        <source>&amp;Edit Connection…</source>
        <translation>Verbindung &amp;bearbeiten …</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/ProfileSidebar.cpp" line="40"/>
        <source>D&amp;uplicate Connection</source>
        <translation>Verbindung &amp;duplizieren</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/ProfileSidebar.cpp" line="41"/>
        <source>&amp;Remove Connection…</source>
        <translation>Verbindung &amp;entfernen …</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/ProfileSidebar.cpp" line="42"/>
        <source>&amp;Import Connections…</source>
        <translation>Verbindungen &amp;importieren …</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/ProfileSidebar.cpp" line="43"/>
        <source>E&amp;xport Connections…</source>
        <translation>Verbindungen e&amp;xportieren …</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/ProfileSidebar.cpp" line="53"/>
        <source>&lt;b&gt;Hosts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hosts&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/ProfileSidebar.cpp" line="76"/>
        <source>Export connections</source>
        <translation>Verbindungen exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/ProfileSidebar.cpp" line="76"/>
        <location filename="../app/gui/widgets/ProfileSidebar.cpp" line="88"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/ProfileSidebar.cpp" line="83"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/ProfileSidebar.cpp" line="88"/>
        <source>Import connections</source>
        <translation>Verbindungen importieren</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/ProfileSidebar.cpp" line="93"/>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/ProfileSidebar.cpp" line="148"/>
        <source>Remove connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/ProfileSidebar.cpp" line="149"/>
        <source>Remove the connection &quot;%1&quot; and its key from the keychain? Backups on disk and on the server are not touched.</source>
        <translation>Die Verbindung „%1“ und ihren Schlüssel aus dem Schlüsselbund entfernen? Sicherungen auf dem Datenträger und auf dem Server bleiben unberührt.</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/ProfileSidebar.cpp" line="170"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/ProfileSidebar.cpp" line="178"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Snapdock::ProfileStore</name>
    <message>
        <location filename="../app/core/profiles/ProfileStore.cpp" line="152"/>
        <location filename="../app/core/profiles/ProfileStore.cpp" line="157"/>
        <source>saving the connection profiles to &quot;%1&quot; failed</source>
        <translation>Speichern der Verbindungen in „%1“ fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/ProfileStore.cpp" line="187"/>
        <location filename="../app/core/profiles/ProfileStore.cpp" line="218"/>
        <location filename="../app/core/profiles/ProfileStore.cpp" line="239"/>
        <source>there is no connection profile with id &quot;%1&quot;</source>
        <translation>es gibt keine Verbindung mit der ID „%1“</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/ProfileStore.cpp" line="196"/>
        <source>&quot;%1&quot; is not a valid profile id</source>
        <translation>„%1“ ist keine gültige Verbindungs-ID</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/ProfileStore.cpp" line="199"/>
        <source>a connection profile with id &quot;%1&quot; already exists</source>
        <translation>eine Verbindung mit der ID „%1“ existiert bereits</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/ProfileStore.cpp" line="257"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/ProfileStore.cpp" line="282"/>
        <source>the profile file is not valid JSON (%1 at byte %2)</source>
        <translation>die Verbindungsdatei ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/ProfileStore.cpp" line="287"/>
        <source>the file is not a Snapdock profile export</source>
        <translation>die Datei ist kein Snapdock-Verbindungsexport</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/ProfileStore.cpp" line="290"/>
        <source>the profile file has no valid format version</source>
        <translation>die Verbindungsdatei hat keine gültige Formatversion</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/ProfileStore.cpp" line="293"/>
        <source>the profile file has format version %1, made by a newer Snapdock; this one reads up to version %2</source>
        <translation>die Verbindungsdatei hat die Formatversion %1 und stammt von einem neueren Snapdock; diese Version liest bis Formatversion %2</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/ProfileStore.cpp" line="299"/>
        <source>the profile file has no list of profiles</source>
        <translation>die Verbindungsdatei enthält keine Liste von Verbindungen</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/ProfileStore.cpp" line="308"/>
        <source>profile %1 in the file is not a JSON object</source>
        <translation>Verbindung %1 in der Datei ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/ProfileStore.cpp" line="317"/>
        <source>profile %1 in the file: %2</source>
        <translation>Verbindung %1 in der Datei: %2</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/ProfileStore.cpp" line="318"/>
        <source>profile &quot;%1&quot; in the file: %2</source>
        <translation>Verbindung „%1“ in der Datei: %2</translation>
    </message>
</context>
<context>
    <name>Snapdock::QdrantClient</name>
    <message>
        <location filename="../app/core/qdrant/QdrantClient.cpp" line="69"/>
        <source>asking the server for its version</source>
        <translation>Abfrage der Serverversion</translation>
    </message>
    <message>
        <location filename="../app/core/qdrant/QdrantClient.cpp" line="80"/>
        <source>listing collections</source>
        <translation>Auflisten der Collections</translation>
    </message>
    <message>
        <location filename="../app/core/qdrant/QdrantClient.cpp" line="90"/>
        <source>reading collection &quot;%1&quot;</source>
        <translation>Lesen der Collection „%1“</translation>
    </message>
    <message>
        <location filename="../app/core/qdrant/QdrantClient.cpp" line="102"/>
        <source>checking whether collection &quot;%1&quot; exists</source>
        <translation>Prüfen, ob die Collection „%1“ existiert</translation>
    </message>
    <message>
        <location filename="../app/core/qdrant/QdrantClient.cpp" line="117"/>
        <source>deleting collection &quot;%1&quot;</source>
        <translation>Löschen der Collection „%1“</translation>
    </message>
    <message>
        <location filename="../app/core/qdrant/QdrantClient.cpp" line="127"/>
        <source>listing aliases</source>
        <translation>Auflisten der Aliase</translation>
    </message>
    <message>
        <location filename="../app/core/qdrant/QdrantClient.cpp" line="137"/>
        <source>listing aliases of collection &quot;%1&quot;</source>
        <translation>Auflisten der Aliase der Collection „%1“</translation>
    </message>
    <message>
        <location filename="../app/core/qdrant/QdrantClient.cpp" line="147"/>
        <source>creating alias &quot;%1&quot; for collection &quot;%2&quot;</source>
        <translation>Anlegen des Alias „%1“ für die Collection „%2“</translation>
    </message>
    <message>
        <location filename="../app/core/qdrant/QdrantClient.cpp" line="162"/>
        <source>reading cluster information</source>
        <translation>Lesen der Cluster-Informationen</translation>
    </message>
    <message>
        <location filename="../app/core/qdrant/QdrantClient.cpp" line="172"/>
        <source>reading the shard placement of collection &quot;%1&quot;</source>
        <translation>Lesen der Shard-Verteilung der Collection „%1“</translation>
    </message>
    <message>
        <location filename="../app/core/qdrant/QdrantClient.cpp" line="182"/>
        <source>listing snapshots of %1</source>
        <translation>Auflisten der Snapshots %1</translation>
    </message>
    <message>
        <location filename="../app/core/qdrant/QdrantClient.cpp" line="192"/>
        <source>creating a snapshot of %1</source>
        <translation>Erstellen eines Snapshots %1</translation>
    </message>
    <message>
        <location filename="../app/core/qdrant/QdrantClient.cpp" line="206"/>
        <source>requesting a snapshot of %1</source>
        <translation>Anfordern eines Snapshots %1</translation>
    </message>
    <message>
        <location filename="../app/core/qdrant/QdrantClient.cpp" line="221"/>
        <source>deleting snapshot %1 of %2</source>
        <translation>Löschen des Snapshots %1 %2</translation>
    </message>
    <message>
        <location filename="../app/core/qdrant/QdrantClient.cpp" line="236"/>
        <source>downloading snapshot %1 of %2</source>
        <translation>Herunterladen des Snapshots %1 %2</translation>
    </message>
    <message>
        <location filename="../app/core/qdrant/QdrantClient.cpp" line="248"/>
        <source>streaming a snapshot of %1</source>
        <translation>Streamen eines Snapshots %1</translation>
    </message>
    <message>
        <location filename="../app/core/qdrant/QdrantClient.cpp" line="259"/>
        <source>uploading %1 to %2</source>
        <translation>Hochladen von %1 in die Snapshot-Liste %2</translation>
    </message>
    <message>
        <location filename="../app/core/qdrant/QdrantClient.cpp" line="269"/>
        <source>restoring %1 from %2</source>
        <translation>Wiederherstellen %1 aus %2</translation>
    </message>
</context>
<context>
    <name>Snapdock::QueueView</name>
    <message>
        <location filename="../app/gui/widgets/QueueView.cpp" line="92"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/QueueView.cpp" line="93"/>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/QueueView.cpp" line="94"/>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/QueueView.cpp" line="95"/>
        <source>C&amp;lear finished</source>
        <translation>Abgeschlossene ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/QueueView.cpp" line="96"/>
        <source>Open &amp;log</source>
        <translation>&amp;Protokoll öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/QueueView.cpp" line="129"/>
        <source>Cancel the selected jobs (Del, Esc)</source>
        <translation>Die ausgewählten Aufträge abbrechen (Entf, Esc)</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/QueueView.cpp" line="131"/>
        <source>Run the selected failed or cancelled jobs again</source>
        <translation>Die ausgewählten fehlgeschlagenen oder abgebrochenen Aufträge erneut ausführen</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/QueueView.cpp" line="132"/>
        <source>Remove the selected finished jobs from the list</source>
        <translation>Die ausgewählten abgeschlossenen Aufträge aus der Liste entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/QueueView.cpp" line="133"/>
        <source>Remove every finished job from the list</source>
        <translation>Alle abgeschlossenen Aufträge aus der Liste entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/QueueView.cpp" line="134"/>
        <source>Show what the selected job did</source>
        <translation>Anzeigen, was der ausgewählte Auftrag getan hat</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/QueueView.cpp" line="263"/>
        <source>queued: %1</source>
        <translation>eingereiht: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/QueueView.cpp" line="265"/>
        <source>started: %1</source>
        <translation>gestartet: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/QueueView.cpp" line="267"/>
        <source>stage: %1</source>
        <translation>Schritt: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/QueueView.cpp" line="269"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/QueueView.cpp" line="271"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/QueueView.cpp" line="273"/>
        <source>finished: %1</source>
        <translation>beendet: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/QueueView.cpp" line="275"/>
        <source>file: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/widgets/QueueView.cpp" line="307"/>
        <source>%n active</source>
        <translation>
            <numerusform>%n aktiv</numerusform>
            <numerusform>%n aktiv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/widgets/QueueView.cpp" line="307"/>
        <source>%n finished</source>
        <translation>
            <numerusform>%n abgeschlossen</numerusform>
            <numerusform>%n abgeschlossen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Snapdock::RestoreDialog</name>
    <message>
        <location filename="../app/gui/dialogs/RestoreDialog.cpp" line="40"/>
        <source>Let the server decide (Qdrant 1.9.3 and later use “snapshot”).</source>
        <translation>Den Server entscheiden lassen (Qdrant 1.9.3 und neuer verwenden „snapshot“).</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/RestoreDialog.cpp" line="42"/>
        <source>The snapshot wins: other replicas are re-synced from the restored data.</source>
        <translation>Der Snapshot hat Vorrang: Andere Replikate werden aus den wiederhergestellten Daten neu synchronisiert.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/RestoreDialog.cpp" line="44"/>
        <source>Existing replicas win: a transfer from another replica overwrites the restored data.</source>
        <translation>Vorhandene Replikate haben Vorrang: Eine Übertragung von einem anderen Replikat überschreibt die wiederhergestellten Daten.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/RestoreDialog.cpp" line="47"/>
        <source>Experts only: no synchronisation at all; a cluster may become inconsistent.</source>
        <translation>Nur für Experten: keinerlei Synchronisierung; ein Cluster kann inkonsistent werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/RestoreDialog.cpp" line="60"/>
        <source>Restore into %1</source>
        <translation>Wiederherstellen in %1</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/RestoreDialog.cpp" line="106"/>
        <source>Pre-flight check</source>
        <translation>Vorabprüfung</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/RestoreDialog.cpp" line="111"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/RestoreDialog.cpp" line="114"/>
        <source>Check &amp;again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/RestoreDialog.cpp" line="132"/>
        <source>Restore from</source>
        <translation>Wiederherstellen aus</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/RestoreDialog.cpp" line="133"/>
        <source>A &amp;file on this computer</source>
        <translation>Eine &amp;Datei auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/RestoreDialog.cpp" line="134"/>
        <source>A snapshot on the &amp;server</source>
        <translation>Ein Snapshot auf dem Se&amp;rver</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/RestoreDialog.cpp" line="135"/>
        <source>A &amp;URL the server downloads itself</source>
        <translation>Eine &amp;URL, von der der Server selbst herunterlädt</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/RestoreDialog.cpp" line="140"/>
        <source>/path/to/collection.snapshot</source>
        <translation>/pfad/zu/collection.snapshot</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/RestoreDialog.cpp" line="141"/>
        <source>&amp;Browse…</source>
        <translation>Dur&amp;chsuchen …</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/RestoreDialog.cpp" line="143"/>
        <source>collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/RestoreDialog.cpp" line="145"/>
        <source>snapshot name</source>
        <translation>Snapshot-Name</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/RestoreDialog.cpp" line="147"/>
        <source>https://storage.example.com/backups/articles.snapshot</source>
        <translation>https://storage.example.com/backups/articles.snapshot</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/RestoreDialog.cpp" line="174"/>
        <source>Restore into</source>
        <translation>Wiederherstellen in</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/RestoreDialog.cpp" line="175"/>
        <source>A &amp;new collection named</source>
        <translation>Eine &amp;neue Collection namens</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/RestoreDialog.cpp" line="176"/>
        <source>&amp;Replace the existing collection</source>
        <translation>Die vorhandene Collection &amp;ersetzen</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/RestoreDialog.cpp" line="186"/>
        <source>First take and download a &amp;safety snapshot of it (allows “Undo this restore”)</source>
        <translation>Vorher einen &amp;Sicherheits-Snapshot davon erstellen und herunterladen (ermöglicht „Diese Wiederherstellung rückgängig machen“)</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/RestoreDialog.cpp" line="214"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/RestoreDialog.cpp" line="216"/>
        <source>Server default</source>
        <translation>Serverstandard</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/RestoreDialog.cpp" line="217"/>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/RestoreDialog.cpp" line="218"/>
        <source>Replica</source>
        <translation>Replikat</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/RestoreDialog.cpp" line="219"/>
        <source>No sync</source>
        <translation>Keine Synchronisierung</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/RestoreDialog.cpp" line="222"/>
        <source>&amp;Verify the SHA-256 checksum before the collection is touched</source>
        <translation>SHA-256-Prüfsumme &amp;vor dem Ändern der Collection prüfen</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/RestoreDialog.cpp" line="225"/>
        <source>expected SHA-256 (64 hex digits)</source>
        <translation>erwarteter SHA-256 (64 Hexadezimalziffern)</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/RestoreDialog.cpp" line="227"/>
        <source>&amp;Keep the uploaded copy in the collection&apos;s snapshot list</source>
        <translation>Hochgeladene Kopie in der Snapshot-Liste der Collection &amp;behalten</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/RestoreDialog.cpp" line="229"/>
        <source>&amp;Priority:</source>
        <translation>Pri&amp;orität:</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/RestoreDialog.cpp" line="237"/>
        <source>Checksum:</source>
        <translation>Prüfsumme:</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/RestoreDialog.cpp" line="264"/>
        <source>Choose a snapshot</source>
        <translation>Snapshot auswählen</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/RestoreDialog.cpp" line="265"/>
        <source>Qdrant snapshots (*.snapshot)</source>
        <translation>Qdrant-Snapshots (*.snapshot)</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/RestoreDialog.cpp" line="265"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/RestoreDialog.cpp" line="367"/>
        <source>Re-create aliases (none were recorded at backup time)</source>
        <translation>Aliase neu anlegen (bei der Sicherung wurden keine erfasst)</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/RestoreDialog.cpp" line="368"/>
        <source>Re-create the aliases recorded at backup time: %1</source>
        <translation>Die bei der Sicherung erfassten Aliase neu anlegen: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/RestoreDialog.cpp" line="392"/>
        <source>A SHA-256 checksum has 64 hex digits.</source>
        <translation>Eine SHA-256-Prüfsumme hat 64 Hexadezimalziffern.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/RestoreDialog.cpp" line="459"/>
        <source>Type “%1” to confirm:</source>
        <translation>Geben Sie zur Bestätigung „%1“ ein:</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/RestoreDialog.cpp" line="475"/>
        <source>Waiting for the pre-flight check…</source>
        <translation>Warten auf die Vorabprüfung …</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/RestoreDialog.cpp" line="481"/>
        <source>Restore is disabled: the pre-flight check above found a problem.</source>
        <translation>Wiederherstellen ist gesperrt: Die Vorabprüfung oben hat ein Problem gefunden.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/RestoreDialog.cpp" line="484"/>
        <source>Type the name of the collection to replace (“%1”) to enable Restore.</source>
        <translation>Geben Sie den Namen der zu ersetzenden Collection („%1“) ein, um „Wiederherstellen“ zu aktivieren.</translation>
    </message>
</context>
<context>
    <name>Snapdock::RestoreJob</name>
    <message>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="30"/>
        <source>the snapshot file %1 does not exist</source>
        <translation>die Snapshot-Datei %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="34"/>
        <source>reading %1</source>
        <translation>Lesen von %1</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="38"/>
        <source>no target collection given</source>
        <translation>keine Ziel-Collection angegeben</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="48"/>
        <source>The metadata file next to the snapshot is unreadable and was ignored: %1</source>
        <translation>Die Metadatendatei neben dem Snapshot ist unlesbar und wurde ignoriert: %1</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="62"/>
        <source>reading the server version</source>
        <translation>Serverversion wird gelesen</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="66"/>
        <source>server version request</source>
        <translation>Abfrage der Serverversion</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="83"/>
        <source>checking the target collection</source>
        <translation>Ziel-Collection wird geprüft</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="87"/>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="146"/>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="267"/>
        <source>collection request</source>
        <translation>Abfrage der Collection</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="95"/>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="123"/>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="156"/>
        <source>restoring into collection &quot;%1&quot;</source>
        <translation>Wiederherstellen in die Collection „%1“</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="96"/>
        <source>To create it from the snapshot, restore it as a new collection (--new-collection).</source>
        <translation>Um sie aus dem Snapshot anzulegen, stellen Sie sie als neue Collection wieder her (--new-collection).</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="101"/>
        <source>restoring as new collection &quot;%1&quot;</source>
        <translation>Wiederherstellen als neue Collection „%1“</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="102"/>
        <source>To replace its data, restore into the existing collection (--collection), or choose another name.</source>
        <translation>Um ihre Daten zu ersetzen, stellen Sie in die vorhandene Collection wieder her (--collection), oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="116"/>
        <source>checking that the key may restore</source>
        <translation>Wiederherstellungsberechtigung des Schlüssels wird geprüft</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="125"/>
        <source>this key can only read</source>
        <translation>dieser Schlüssel kann nur lesen</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="142"/>
        <source>comparing the snapshot with the existing collection</source>
        <translation>Snapshot wird mit der vorhandenen Collection verglichen</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="173"/>
        <source>computing the snapshot&apos;s SHA-256</source>
        <translation>SHA-256 des Snapshots wird berechnet</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="199"/>
        <source>uploading and restoring</source>
        <translation>Wird hochgeladen und wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="211"/>
        <source>upload</source>
        <translation>Upload</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="214"/>
        <source>the upload was sent again from the start (Qdrant cannot resume uploads)</source>
        <translation>der Upload wurde erneut von Anfang an gesendet (Qdrant kann Uploads nicht fortsetzen)</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="240"/>
        <source>removing the uploaded copy from the server</source>
        <translation>Hochgeladene Kopie wird vom Server entfernt</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="246"/>
        <source>removal of the uploaded copy</source>
        <translation>Entfernen der hochgeladenen Kopie</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="255"/>
        <source>The uploaded copy %1 stays on the server: %2</source>
        <translation>Die hochgeladene Kopie %1 bleibt auf dem Server: %2</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="263"/>
        <source>reading the restored collection</source>
        <translation>Wiederhergestellte Collection wird gelesen</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="272"/>
        <source>The restored collection could not be read: %1</source>
        <translation>Die wiederhergestellte Collection konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Snapdock::RestorePlan</name>
    <message>
        <location filename="../app/core/jobs/RestorePlan.cpp" line="97"/>
        <source>safety snapshot: %1</source>
        <translation>Sicherheits-Snapshot: %1</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestorePlan.cpp" line="98"/>
        <source>safety snapshot of “%1” (nothing was restored)</source>
        <translation>Sicherheits-Snapshot von „%1“ (es wurde nichts wiederhergestellt)</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestorePlan.cpp" line="140"/>
        <source>restoring “%1” from %2</source>
        <translation>„%1“ wird aus %2 wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestorePlan.cpp" line="155"/>
        <source>reading “%1”</source>
        <translation>„%1“ wird gelesen</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestorePlan.cpp" line="170"/>
        <source>creating alias “%1”</source>
        <translation>Alias „%1“ wird angelegt</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestorePlan.cpp" line="175"/>
        <source>Alias “%1” could not be re-created: %2</source>
        <translation>Alias „%1“ konnte nicht neu angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>Snapdock::Scanner</name>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="288"/>
        <source>The shard has no replica_state.json.</source>
        <translation>Der Shard hat keine replica_state.json.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="293"/>
        <source>The archive is empty.</source>
        <translation>Das Archiv ist leer.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="294"/>
        <source>The archive does not look like a Qdrant collection, shard or full snapshot.</source>
        <translation>Das Archiv sieht nicht wie ein Collection-, Shard- oder Gesamtspeicher-Snapshot von Qdrant aus.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="321"/>
        <source>Shard %1 has no replica_state.json.</source>
        <translation>Shard %1 hat keine replica_state.json.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="325"/>
        <source>The archive has no shard directories.</source>
        <translation>Das Archiv hat keine Shard-Verzeichnisse.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="328"/>
        <source>config.json declares %1 shards but the archive has %2 shard directories.</source>
        <translation>config.json deklariert %1 Shards, aber das Archiv hat %2 Shard-Verzeichnisse.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="332"/>
        <source>The archive has no payload_index.json.</source>
        <translation>Das Archiv hat keine payload_index.json.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="334"/>
        <source>The archive has no version.info.</source>
        <translation>Das Archiv hat keine version.info.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="356"/>
        <source>Collection %1 is listed in config.json but its snapshot file %2 is missing.</source>
        <translation>Collection %1 ist in config.json aufgeführt, aber ihre Snapshot-Datei %2 fehlt.</translation>
    </message>
</context>
<context>
    <name>Snapdock::SecretJob</name>
    <message>
        <location filename="../app/core/profiles/SecretJob.cpp" line="13"/>
        <source>the key operation has not finished</source>
        <translation>der Schlüsselvorgang ist noch nicht abgeschlossen</translation>
    </message>
</context>
<context>
    <name>Snapdock::ServerSnapshotModel</name>
    <message>
        <location filename="../app/gui/models/ServerSnapshotModel.cpp" line="148"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ServerSnapshotModel.cpp" line="152"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ServerSnapshotModel.cpp" line="177"/>
        <source>The server did not report a creation time</source>
        <translation>Der Server hat keine Erstellungszeit gemeldet</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/models/ServerSnapshotModel.cpp" line="179"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/models/ServerSnapshotModel.cpp" line="181"/>
        <source>The server reported no SHA-256 for this snapshot</source>
        <translation>Der Server hat für diesen Snapshot keinen SHA-256 gemeldet</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ServerSnapshotModel.cpp" line="203"/>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ServerSnapshotModel.cpp" line="205"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ServerSnapshotModel.cpp" line="207"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ServerSnapshotModel.cpp" line="209"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>Snapdock::ServerSnapshotsView</name>
    <message>
        <location filename="../app/gui/widgets/ServerSnapshotsView.cpp" line="36"/>
        <source>Snapshots of</source>
        <translation>Snapshots von</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/ServerSnapshotsView.cpp" line="37"/>
        <source>Snapshots &amp;of:</source>
        <translation>Snapshots &amp;von:</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/ServerSnapshotsView.cpp" line="52"/>
        <source>Server snapshots</source>
        <translation>Server-Snapshots</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/ServerSnapshotsView.cpp" line="87"/>
        <source>Full storage</source>
        <translation>Gesamter Speicher</translation>
    </message>
</context>
<context>
    <name>Snapdock::SnapshotCompatibility</name>
    <message>
        <location filename="../app/core/jobs/SnapshotCompatibility.cpp" line="58"/>
        <source>The snapshot was taken on Qdrant %1 and the server runs %2; Qdrant only promises to restore snapshots from the same or the previous minor version.</source>
        <translation>Der Snapshot wurde mit Qdrant %1 erstellt, auf dem Server läuft %2; Qdrant sichert die Wiederherstellung nur für Snapshots derselben oder der vorherigen Minor-Version zu.</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/SnapshotCompatibility.cpp" line="71"/>
        <source>the collection has vectors %1 but the snapshot has %2</source>
        <translation>die Collection hat die Vektoren %1, der Snapshot aber %2</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/SnapshotCompatibility.cpp" line="75"/>
        <source>the collection has %1 shards but the snapshot has %2</source>
        <translation>die Collection hat %1 Shards, der Snapshot aber %2</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/SnapshotCompatibility.cpp" line="81"/>
        <source>; Qdrant would refuse it after the upload</source>
        <translation>; Qdrant würde ihn nach dem Upload ablehnen</translation>
    </message>
</context>
<context>
    <name>Snapdock::SnapshotDetailsPanel</name>
    <message>
        <location filename="../app/gui/widgets/SnapshotDetailsPanel.cpp" line="73"/>
        <source>Snapshot details</source>
        <translation>Snapshot-Details</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SnapshotDetailsPanel.cpp" line="86"/>
        <source>Select a snapshot or a local backup to see its details.</source>
        <translation>Wählen Sie einen Snapshot oder eine lokale Sicherung aus, um die Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SnapshotDetailsPanel.cpp" line="95"/>
        <source>Snapshot on the server</source>
        <translation>Snapshot auf dem Server</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SnapshotDetailsPanel.cpp" line="96"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SnapshotDetailsPanel.cpp" line="97"/>
        <source>Of</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SnapshotDetailsPanel.cpp" line="98"/>
        <source>the full storage</source>
        <translation>gesamter Speicher</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SnapshotDetailsPanel.cpp" line="99"/>
        <source>collection %1</source>
        <translation>Collection %1</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SnapshotDetailsPanel.cpp" line="100"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SnapshotDetailsPanel.cpp" line="101"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SnapshotDetailsPanel.cpp" line="103"/>
        <location filename="../app/gui/widgets/SnapshotDetailsPanel.cpp" line="172"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SnapshotDetailsPanel.cpp" line="105"/>
        <location filename="../app/gui/widgets/SnapshotDetailsPanel.cpp" line="118"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SnapshotDetailsPanel.cpp" line="105"/>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SnapshotDetailsPanel.cpp" line="106"/>
        <location filename="../app/gui/widgets/SnapshotDetailsPanel.cpp" line="181"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SnapshotDetailsPanel.cpp" line="106"/>
        <source>not reported by the server</source>
        <translation>vom Server nicht gemeldet</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SnapshotDetailsPanel.cpp" line="116"/>
        <source>Local backup</source>
        <translation>Lokale Sicherung</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SnapshotDetailsPanel.cpp" line="117"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SnapshotDetailsPanel.cpp" line="119"/>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SnapshotDetailsPanel.cpp" line="124"/>
        <source>The metadata file could not be read: %1</source>
        <translation>Die Metadatendatei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SnapshotDetailsPanel.cpp" line="126"/>
        <source>No metadata file (.snapdock.json) next to this snapshot.</source>
        <translation>Keine Metadatendatei (.snapdock.json) neben diesem Snapshot.</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SnapshotDetailsPanel.cpp" line="131"/>
        <source>The snapshot file is missing.</source>
        <translation>Die Snapshot-Datei fehlt.</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SnapshotDetailsPanel.cpp" line="136"/>
        <source>Reading the archive…</source>
        <translation>Archiv wird gelesen …</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SnapshotDetailsPanel.cpp" line="149"/>
        <source>The archive could not be read: %1</source>
        <translation>Das Archiv konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SnapshotDetailsPanel.cpp" line="167"/>
        <source>Recorded at backup time</source>
        <translation>Bei der Sicherung erfasst</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SnapshotDetailsPanel.cpp" line="168"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SnapshotDetailsPanel.cpp" line="169"/>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SnapshotDetailsPanel.cpp" line="169"/>
        <source>full storage</source>
        <translation>gesamter Speicher</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SnapshotDetailsPanel.cpp" line="170"/>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SnapshotDetailsPanel.cpp" line="171"/>
        <source>Server version</source>
        <translation>Serverversion</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SnapshotDetailsPanel.cpp" line="172"/>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SnapshotDetailsPanel.cpp" line="173"/>
        <source>Vectors</source>
        <translation>Vektoren</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SnapshotDetailsPanel.cpp" line="175"/>
        <location filename="../app/gui/widgets/SnapshotDetailsPanel.cpp" line="194"/>
        <source>Sparse vectors</source>
        <translation>Sparse-Vektoren</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SnapshotDetailsPanel.cpp" line="177"/>
        <source>Shards</source>
        <translation>Shards</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SnapshotDetailsPanel.cpp" line="177"/>
        <source>%1 (replication factor %2)</source>
        <translation>%1 (Replikationsfaktor %2)</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SnapshotDetailsPanel.cpp" line="178"/>
        <location filename="../app/gui/widgets/SnapshotDetailsPanel.cpp" line="197"/>
        <source>Payload schema</source>
        <translation>Payload-Schema</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SnapshotDetailsPanel.cpp" line="179"/>
        <source>Aliases</source>
        <translation>Aliase</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SnapshotDetailsPanel.cpp" line="180"/>
        <source>Backed up</source>
        <translation>Gesichert</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SnapshotDetailsPanel.cpp" line="188"/>
        <source>Archive contents</source>
        <translation>Archivinhalt</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SnapshotDetailsPanel.cpp" line="190"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SnapshotDetailsPanel.cpp" line="192"/>
        <source>Vector parameters</source>
        <translation>Vektorparameter</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SnapshotDetailsPanel.cpp" line="195"/>
        <source>Shards with data</source>
        <translation>Shards mit Daten</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SnapshotDetailsPanel.cpp" line="196"/>
        <source>Shards without data</source>
        <translation>Shards ohne Daten</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SnapshotDetailsPanel.cpp" line="198"/>
        <source>Collection config</source>
        <translation>Collection-Konfiguration</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SnapshotDetailsPanel.cpp" line="203"/>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SnapshotDetailsPanel.cpp" line="207"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/widgets/SnapshotDetailsPanel.cpp" line="210"/>
        <source>%n member(s) Qdrant refuses to unpack, e.g. %1</source>
        <translation>
            <numerusform>%n Eintrag, den Qdrant nicht entpackt, z. B. %1</numerusform>
            <numerusform>%n Einträge, die Qdrant nicht entpackt, z. B. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Snapdock::SnapshotScope</name>
    <message>
        <location filename="../app/core/qdrant/SnapshotScope.cpp" line="45"/>
        <source>collection &quot;%1&quot;</source>
        <translation>der Collection „%1“</translation>
    </message>
    <message>
        <location filename="../app/core/qdrant/SnapshotScope.cpp" line="47"/>
        <source>the full storage</source>
        <translation>des gesamten Speichers</translation>
    </message>
    <message>
        <location filename="../app/core/qdrant/SnapshotScope.cpp" line="49"/>
        <source>shard %1 of collection &quot;%2&quot;</source>
        <translation>des Shards %1 der Collection „%2“</translation>
    </message>
</context>
<context>
    <name>SourceInspector</name>
    <message>
        <location filename="../app/gui/dialogs/restore/SourceInspector.cpp" line="22"/>
        <source>unknown vectors</source>
        <translation>unbekannte Vektoren</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/restore/SourceInspector.cpp" line="35"/>
        <source>Enter the collection and the name of the snapshot on the server.</source>
        <translation>Geben Sie die Collection und den Namen des Snapshots auf dem Server ein.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/restore/SourceInspector.cpp" line="37"/>
        <source>Only collection snapshots can be restored into a collection.</source>
        <translation>Nur Collection-Snapshots können in eine Collection wiederhergestellt werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/restore/SourceInspector.cpp" line="39"/>
        <source>Snapshot “%1” of collection “%2”, read by the server from its own disk.</source>
        <translation>Snapshot „%1“ der Collection „%2“, vom Server direkt von seinem eigenen Datenträger gelesen.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/restore/SourceInspector.cpp" line="46"/>
        <source>Enter an http://, https:// or file:// URL of a collection snapshot.</source>
        <translation>Geben Sie eine http://-, https://- oder file://-URL eines Collection-Snapshots ein.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/restore/SourceInspector.cpp" line="48"/>
        <source>The server downloads the snapshot from this URL itself; its vectors and shard count are known only once it does.</source>
        <translation>Der Server lädt den Snapshot selbst von dieser URL herunter; Vektoren und Shard-Anzahl sind erst danach bekannt.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/restore/SourceInspector.cpp" line="61"/>
        <source>Choose a .snapshot file.</source>
        <translation>Wählen Sie eine .snapshot-Datei.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/restore/SourceInspector.cpp" line="65"/>
        <source>The file %1 does not exist or cannot be read.</source>
        <translation>Die Datei %1 existiert nicht oder kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/restore/SourceInspector.cpp" line="74"/>
        <location filename="../app/gui/dialogs/restore/SourceInspector.cpp" line="101"/>
        <source>This is a %1 snapshot; only collection snapshots can be restored here.</source>
        <translation>Dies ist ein %1-Snapshot; hier können nur Collection-Snapshots wiederhergestellt werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/restore/SourceInspector.cpp" line="81"/>
        <source>Backup of “%1” taken %2 on Qdrant %3 (%4).</source>
        <translation>Sicherung von „%1“, erstellt am %2 mit Qdrant %3 (%4).</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/restore/SourceInspector.cpp" line="82"/>
        <location filename="../app/gui/dialogs/restore/SourceInspector.cpp" line="89"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/restore/SourceInspector.cpp" line="84"/>
        <source>unknown version</source>
        <translation>unbekannte Version</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/dialogs/restore/SourceInspector.cpp" line="87"/>
        <source>%1, %n shard(s), %2 points.</source>
        <translation>
            <numerusform>%1, %n Shard, %2 Punkte.</numerusform>
            <numerusform>%1, %n Shards, %2 Punkte.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/restore/SourceInspector.cpp" line="97"/>
        <source>This file is not a readable snapshot: %1</source>
        <translation>Diese Datei ist kein lesbarer Snapshot: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/dialogs/restore/SourceInspector.cpp" line="106"/>
        <source>Qdrant refuses to unpack this archive: it contains %n unsafe member(s), e.g. %1.</source>
        <translation>
            <numerusform>Qdrant verweigert das Entpacken dieses Archivs: Es enthält %n unsicheren Eintrag, z. B. %1.</numerusform>
            <numerusform>Qdrant verweigert das Entpacken dieses Archivs: Es enthält %n unsichere Einträge, z. B. %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/dialogs/restore/SourceInspector.cpp" line="122"/>
        <source>No Snapdock metadata next to this file; read from the archive: %1, %n shard(s), %2. The Qdrant version it was taken on is unknown.</source>
        <translation>
            <numerusform>Keine Snapdock-Metadaten neben dieser Datei; aus dem Archiv gelesen: %1, %n Shard, %2. Mit welcher Qdrant-Version der Snapshot erstellt wurde, ist unbekannt.</numerusform>
            <numerusform>Keine Snapdock-Metadaten neben dieser Datei; aus dem Archiv gelesen: %1, %n Shards, %2. Mit welcher Qdrant-Version der Snapshot erstellt wurde, ist unbekannt.</numerusform>
        </translation>
    </message>
</context>
</TS>
