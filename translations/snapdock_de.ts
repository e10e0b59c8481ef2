<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AutostartEntry</name>
    <message>
        <location filename="../app/gui/controllers/AutostartEntry.cpp" line="82"/>
        <source>Backup and restore for Qdrant collections</source>
        <translation>Sicherung und Wiederherstellung für Qdrant-Collections</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/AutostartEntry.cpp" line="115"/>
        <source>writing the login item to the registry key %1</source>
        <translation>Schreiben des Autostart-Eintrags in den Registrierungsschlüssel %1</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/AutostartEntry.cpp" line="123"/>
        <source>removing %1</source>
        <translation>Entfernen von %1</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/AutostartEntry.cpp" line="130"/>
        <source>creating the folder %1</source>
        <translation>Anlegen des Ordners %1</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/AutostartEntry.cpp" line="136"/>
        <source>writing %1</source>
        <translation>Schreiben von %1</translation>
    </message>
</context>
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
    <name>ScheduleFolders</name>
    <message>
        <location filename="../app/gui/controllers/ScheduleFolders.cpp" line="47"/>
        <source>the host &quot;%1&quot; has no backup folder</source>
        <translation>der Host „%1“ hat keinen Sicherungsordner</translation>
    </message>
</context>
<context>
    <name>Snapdock</name>
    <message>
        <location filename="../app/core/support/Error.cpp" line="25"/>
        <source>cannot connect to the server</source>
        <translation>keine Verbindung zum Server möglich</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="27"/>
        <source>the secure connection failed</source>
        <translation>die sichere Verbindung ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="29"/>
        <source>the server stopped responding</source>
        <translation>der Server antwortet nicht mehr</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="31"/>
        <source>the server rejected the API key</source>
        <translation>der Server hat den API-Schlüssel abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="33"/>
        <source>the API key is not allowed to do this</source>
        <translation>der API-Schlüssel hat dafür keine Berechtigung</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="35"/>
        <source>not found on the server</source>
        <translation>auf dem Server nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="37"/>
        <source>it already exists</source>
        <translation>existiert bereits</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="39"/>
        <source>the snapshot file is not valid</source>
        <translation>die Snapshot-Datei ist ungültig</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="41"/>
        <source>the snapshot does not fit the existing collection</source>
        <translation>der Snapshot passt nicht zur vorhandenen Collection</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="43"/>
        <source>the server refused the request</source>
        <translation>der Server hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="45"/>
        <source>the server is rate limiting requests</source>
        <translation>der Server drosselt die Anfragen</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="47"/>
        <source>the upload is larger than a proxy in front of Qdrant allows</source>
        <translation>der Upload ist größer, als ein Proxy vor Qdrant zulässt</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="49"/>
        <source>the server&apos;s disk is full</source>
        <translation>der Datenträger des Servers ist voll</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="51"/>
        <source>the server reported an internal error</source>
        <translation>der Server hat einen internen Fehler gemeldet</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="53"/>
        <source>the answer is not a Qdrant response</source>
        <translation>die Antwort stammt nicht von Qdrant</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="55"/>
        <source>the server sent an unsafe file name</source>
        <translation>der Server hat einen unsicheren Dateinamen gesendet</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="57"/>
        <source>the local disk is full</source>
        <translation>der lokale Datenträger ist voll</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="59"/>
        <source>permission denied on a local file or folder</source>
        <translation>Zugriff auf eine lokale Datei oder einen lokalen Ordner verweigert</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="61"/>
        <source>a local file operation failed</source>
        <translation>ein lokaler Dateivorgang ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="63"/>
        <source>invalid input</source>
        <translation>ungültige Eingabe</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="65"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="67"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="78"/>
        <source>Check the host URL and port, and that Qdrant is running and reachable.</source>
        <translation>Prüfen Sie Host-URL und Port und ob Qdrant läuft und erreichbar ist.</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="80"/>
        <source>Check the server certificate, or configure its CA file or pinned fingerprint.</source>
        <translation>Prüfen Sie das Serverzertifikat, oder legen Sie dessen CA-Datei oder einen gepinnten Fingerabdruck fest.</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="82"/>
        <source>Check the network and the server&apos;s load, then retry.</source>
        <translation>Prüfen Sie das Netzwerk und die Auslastung des Servers, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="84"/>
        <source>Check the API key (--api-key, --api-key-file or QDRANT_API_KEY).</source>
        <translation>Prüfen Sie den API-Schlüssel (--api-key, --api-key-file oder QDRANT_API_KEY).</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="85"/>
        <source>Check the API key in the connection&apos;s settings.</source>
        <translation>Prüfen Sie den API-Schlüssel in den Einstellungen der Verbindung.</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="87"/>
        <source>Use a key with manage access; a read-only key can only list and download.</source>
        <translation>Verwenden Sie einen Schlüssel mit Verwaltungszugriff; ein Nur-Lese-Schlüssel kann nur auflisten und herunterladen.</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="89"/>
        <source>Check the name; list what exists with list-collections or list-snapshots.</source>
        <translation>Prüfen Sie den Namen; was vorhanden ist, zeigen list-collections und list-snapshots.</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="90"/>
        <source>Check the name, then refresh the host.</source>
        <translation>Prüfen Sie den Namen, und aktualisieren Sie dann den Host.</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="92"/>
        <source>Choose another name, or use --collection to replace an existing collection.</source>
        <translation>Wählen Sie einen anderen Namen, oder verwenden Sie --collection, um eine vorhandene Collection zu ersetzen.</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="93"/>
        <source>Choose another name, or replace the existing collection.</source>
        <translation>Wählen Sie einen anderen Namen, oder ersetzen Sie die vorhandene Collection.</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="95"/>
        <source>Use an uncompressed Qdrant .snapshot file whose checksum matches.</source>
        <translation>Verwenden Sie eine unkomprimierte Qdrant-.snapshot-Datei mit passender Prüfsumme.</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="97"/>
        <source>Restore into a new collection (--new-collection) instead.</source>
        <translation>Stellen Sie stattdessen in eine neue Collection wieder her (--new-collection).</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="98"/>
        <source>Restore into a new collection instead.</source>
        <translation>Stellen Sie stattdessen in eine neue Collection wieder her.</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="100"/>
        <source>Wait a moment and retry.</source>
        <translation>Warten Sie einen Moment, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="102"/>
        <source>Raise the proxy&apos;s body size limit (nginx: client_max_body_size), or recover from a URL.</source>
        <translation>Erhöhen Sie die maximale Anfragegröße des Proxys (nginx: client_max_body_size), oder stellen Sie von einer URL wieder her.</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="104"/>
        <source>Free space on the Qdrant server, e.g. by deleting old snapshots.</source>
        <translation>Schaffen Sie Platz auf dem Qdrant-Server, z. B. durch Löschen alter Snapshots.</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="106"/>
        <source>See the Qdrant server log for details.</source>
        <translation>Details finden Sie im Protokoll des Qdrant-Servers.</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="108"/>
        <source>Check that the URL points at a Qdrant server&apos;s REST port (usually 6333).</source>
        <translation>Prüfen Sie, ob die URL auf den REST-Port eines Qdrant-Servers zeigt (meist 6333).</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="110"/>
        <source>Free disk space or choose another output folder.</source>
        <translation>Geben Sie Speicherplatz frei, oder wählen Sie einen anderen Ausgabeordner.</translation>
    </message>
    <message>
        <location filename="../app/core/support/Error.cpp" line="112"/>
        <source>Choose a folder you can write to, or fix its permissions.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen, oder korrigieren Sie seine Berechtigungen.</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="54"/>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="56"/>
        <source>%1 is not a valid URL: %2</source>
        <translation>%1 ist keine gültige URL: %2</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="59"/>
        <source>%1 must start with http:// or https://</source>
        <translation>%1 muss mit http:// oder https:// beginnen</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="61"/>
        <source>%1 has no host name</source>
        <translation>%1 enthält keinen Hostnamen</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="64"/>
        <source>%1 must not contain a user name or password; enter the API key separately</source>
        <translation>%1 darf weder Benutzernamen noch Passwort enthalten; geben Sie den API-Schlüssel separat ein</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="73"/>
        <source>the profile has no &quot;%1&quot;</source>
        <translation>in der Verbindung fehlt &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="77"/>
        <source>the profile&apos;s &quot;%1&quot; is not a string</source>
        <translation>&quot;%1&quot; der Verbindung ist keine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="89"/>
        <source>%1 dimensions</source>
        <translation>%1 Dimensionen</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="89"/>
        <source>%1 dimensions, %2</source>
        <translation>%1 Dimensionen, %2</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/DrillReport.cpp" line="25"/>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/DrillReport.cpp" line="56"/>
        <source>no indexed fields</source>
        <translation>keine indizierten Felder</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/DrillReport.cpp" line="67"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/DrillReport.cpp" line="78"/>
        <location filename="../app/core/jobs/DrillReport.cpp" line="88"/>
        <location filename="../app/core/jobs/DrillReport.cpp" line="89"/>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="96"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="98"/>
        <source>one unnamed vector (%1)</source>
        <translation>ein unbenannter Vektor (%1)</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/JobRebuilder.cpp" line="96"/>
        <source>job %1 cannot be resumed: the journal&apos;s record of it lacks %2</source>
        <translation>Auftrag %1 kann nicht fortgesetzt werden: Im Journal fehlt dazu %2</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/CalendarRule.cpp" line="35"/>
        <source>%1 cannot be expressed as an OS calendar timer; choose another timing for the installed job</source>
        <translation>%1 lässt sich nicht als Kalender-Timer des Betriebssystems ausdrücken; wählen Sie für den installierten Auftrag einen anderen Zeitplan</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/CalendarRule.cpp" line="77"/>
        <source>Every %1 hours</source>
        <translation>Alle %1 Stunden</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/CalendarRule.cpp" line="135"/>
        <source>The cron expression &quot;%1&quot;</source>
        <translation>Der Cron-Ausdruck „%1“</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/CronExpression.cpp" line="60"/>
        <source>minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/CronExpression.cpp" line="62"/>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/CronExpression.cpp" line="64"/>
        <source>day-of-month</source>
        <translation>Tag des Monats</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/CronExpression.cpp" line="66"/>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/CronExpression.cpp" line="68"/>
        <source>day-of-week</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/CronExpression.cpp" line="100"/>
        <source>cron expression &quot;%1&quot;: %2</source>
        <translation>Cron-Ausdruck „%1“: %2</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/CronExpression.cpp" line="130"/>
        <source>&quot;%1&quot; in the %2 field is neither a number nor a month name (jan-dec)</source>
        <translation>„%1“ im Feld %2 ist weder eine Zahl noch ein Monatsname (jan-dec)</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/CronExpression.cpp" line="132"/>
        <source>&quot;%1&quot; in the %2 field is neither a number nor a day name (sun-sat)</source>
        <translation>„%1“ im Feld %2 ist weder eine Zahl noch ein Tagesname (sun-sat)</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/CronExpression.cpp" line="138"/>
        <source>&quot;%1&quot; in the %2 field is not a number</source>
        <translation>„%1“ im Feld %2 ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/CronExpression.cpp" line="149"/>
        <source>%1 in the %2 field is out of range (%3-%4)</source>
        <translation>%1 im Feld %2 liegt außerhalb des Bereichs (%3-%4)</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/CronExpression.cpp" line="163"/>
        <source>the %1 field &quot;%2&quot; has an empty list item</source>
        <translation>das Feld %1 „%2“ enthält einen leeren Listeneintrag</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/CronExpression.cpp" line="175"/>
        <source>the step in &quot;%1&quot; of the %2 field must be a whole number from 1 to %3</source>
        <translation>die Schrittweite in „%1“ im Feld %2 muss eine ganze Zahl von 1 bis %3 sein</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/CronExpression.cpp" line="194"/>
        <source>the range &quot;%1&quot; in the %2 field runs backwards</source>
        <translation>der Bereich „%1“ im Feld %2 ist absteigend</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/FolderTemplate.cpp" line="65"/>
        <source>the folder template &quot;%1&quot; has a } without a {</source>
        <translation>die Ordnervorlage „%1“ enthält eine } ohne {</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/FolderTemplate.cpp" line="72"/>
        <source>the folder template &quot;%1&quot; has a { without a }</source>
        <translation>die Ordnervorlage „%1“ enthält eine { ohne }</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/FolderTemplate.cpp" line="78"/>
        <source>the folder template &quot;%1&quot; has the unknown placeholder {%2}; known are %3</source>
        <translation>die Ordnervorlage „%1“ enthält den unbekannten Platzhalter {%2}; bekannt sind %3</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/FolderTemplate.cpp" line="98"/>
        <source>the folder template &quot;%1&quot; contains \; separate folders with /</source>
        <translation>die Ordnervorlage „%1“ enthält \; trennen Sie Ordner mit /</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/FolderTemplate.cpp" line="101"/>
        <source>the folder template &quot;%1&quot; must be relative to the backup folder, not absolute</source>
        <translation>die Ordnervorlage „%1“ muss relativ zum Sicherungsordner sein, nicht absolut</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/FolderTemplate.cpp" line="105"/>
        <source>the folder template &quot;%1&quot; has an empty folder name (two / in a row, or a / at the end)</source>
        <translation>die Ordnervorlage „%1“ enthält einen leeren Ordnernamen (zwei / hintereinander oder ein / am Ende)</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/FolderTemplate.cpp" line="111"/>
        <source>the folder template &quot;%1&quot; must not contain . or .. as a folder name</source>
        <translation>die Ordnervorlage „%1“ darf . oder .. nicht als Ordnernamen enthalten</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/FolderTemplate.cpp" line="121"/>
        <source>the folder name &quot;%1&quot; in the folder template is not a safe file name on every system (no : &lt; &gt; &quot; | ? * or control characters, no reserved Windows names such as CON, no dot or space at the end)</source>
        <translation>der Ordnername „%1“ in der Ordnervorlage ist nicht auf jedem System ein sicherer Dateiname (kein : &lt; &gt; &quot; | ? * und keine Steuerzeichen, keine reservierten Windows-Namen wie CON, kein Punkt oder Leerzeichen am Ende)</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/Schedule.cpp" line="33"/>
        <source>the schedule&apos;s &quot;%1&quot; must be true or false</source>
        <translation>„%1“ des Zeitplans muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/Schedule.cpp" line="44"/>
        <source>the schedule&apos;s &quot;%1&quot; must be a whole number</source>
        <translation>„%1“ des Zeitplans muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/Schedule.cpp" line="55"/>
        <source>the schedule&apos;s &quot;%1&quot; must be a string</source>
        <translation>„%1“ des Zeitplans muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/Schedule.cpp" line="66"/>
        <source>the schedule&apos;s &quot;%1&quot; must be a JSON object</source>
        <translation>„%1“ des Zeitplans muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleTiming.cpp" line="42"/>
        <source>Mondays</source>
        <translation>Montag</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleTiming.cpp" line="44"/>
        <source>Tuesdays</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleTiming.cpp" line="46"/>
        <source>Wednesdays</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleTiming.cpp" line="48"/>
        <source>Thursdays</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleTiming.cpp" line="50"/>
        <source>Fridays</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleTiming.cpp" line="52"/>
        <source>Saturdays</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleTiming.cpp" line="54"/>
        <source>Sundays</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleTiming.cpp" line="64"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleTiming.cpp" line="64"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleTiming.cpp" line="125"/>
        <source>the timing&apos;s &quot;%1&quot; must be a time written as HH:mm</source>
        <translation>„%1“ der Zeitsteuerung muss eine Uhrzeit im Format HH:mm sein</translation>
    </message>
    <message>
        <location filename="../app/core/retention/LocalPruner.cpp" line="52"/>
        <source>removing %1: %2</source>
        <translation>Entfernen von %1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/retention/RetentionPlanner.cpp" line="75"/>
        <source>kept: the newest backup</source>
        <translation>behalten: die neueste Sicherung</translation>
    </message>
    <message>
        <location filename="../app/core/retention/RetentionPlanner.cpp" line="75"/>
        <source>kept: one of the last %1</source>
        <translation>behalten: eine der letzten %1</translation>
    </message>
    <message>
        <location filename="../app/core/retention/RetentionPlanner.cpp" line="101"/>
        <source>kept: pinned</source>
        <translation>behalten: fixiert</translation>
    </message>
    <message>
        <location filename="../app/core/retention/RetentionPlanner.cpp" line="105"/>
        <source>kept: no retention rule given</source>
        <translation>behalten: keine Aufbewahrungsregel angegeben</translation>
    </message>
    <message>
        <location filename="../app/core/retention/RetentionPlanner.cpp" line="124"/>
        <source>removed: no rule keeps it</source>
        <translation>entfernt: keine Regel behält sie</translation>
    </message>
</context>
<context>
    <name>Snapdock::Application</name>
    <message>
        <location filename="../app/gui/SnapdockApplication.cpp" line="70"/>
        <source>Backup and restore for Qdrant collections.</source>
        <translation>Sicherung und Wiederherstellung für Qdrant-Collections.</translation>
    </message>
    <message>
        <location filename="../app/gui/SnapdockApplication.cpp" line="74"/>
        <source>Save a screenshot of the main window to FILE and quit.</source>
        <translation>Ein Bildschirmfoto des Hauptfensters in FILE speichern und beenden.</translation>
    </message>
    <message>
        <location filename="../app/gui/SnapdockApplication.cpp" line="77"/>
        <source>Keep settings in the INI file FILE.</source>
        <translation>Einstellungen in der INI-Datei FILE ablegen.</translation>
    </message>
    <message>
        <location filename="../app/gui/SnapdockApplication.cpp" line="80"/>
        <source>Start in the tray without showing the window (as the login item does).</source>
        <translation>Im Infobereich starten, ohne das Fenster anzuzeigen (wie beim Autostart).</translation>
    </message>
</context>
<context>
    <name>Snapdock::ArchivePreview</name>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="157"/>
        <source>Collection snapshot, %1 in %2 members.</source>
        <translation>Collection-Snapshot, %1 in %2 Einträgen.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="158"/>
        <source>Vectors: %1.</source>
        <translation>Vektoren: %1.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="161"/>
        <source>Sparse vectors: %1.</source>
        <translation>Sparse-Vektoren: %1.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="162"/>
        <source>%1 shard(s), replication factor %2.</source>
        <translation>%1 Shard(s), Replikationsfaktor %2.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="166"/>
        <source>Data present for shard(s) %1.</source>
        <translation>Daten vorhanden für Shard(s) %1.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="168"/>
        <source>No local data for shard(s) %1.</source>
        <translation>Keine lokalen Daten für Shard(s) %1.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="171"/>
        <source>No payload index.</source>
        <translation>Kein Payload-Index.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="172"/>
        <source>Payload index on %1 field(s): %2.</source>
        <translation>Payload-Index auf %1 Feld(ern): %2.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="174"/>
        <source>Collection storage format %1.</source>
        <translation>Speicherformat der Collection: %1.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="178"/>
        <source>Shard snapshot, %1 in %2 members.</source>
        <translation>Shard-Snapshot, %1 in %2 Einträgen.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="179"/>
        <source>The shard has local data.</source>
        <translation>Der Shard hat lokale Daten.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="179"/>
        <source>The shard has no local data.</source>
        <translation>Der Shard hat keine lokalen Daten.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="184"/>
        <source>Written by peer %1; replicas: %2.</source>
        <translation>Geschrieben von Peer %1; Replikate: %2.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="186"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="191"/>
        <source>Full storage snapshot, %1 in %2 members, with %3 collection(s): %4.</source>
        <translation>Snapshot des gesamten Speichers, %1 in %2 Einträgen, mit %3 Collection(s): %4.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="199"/>
        <source>No aliases.</source>
        <translation>Keine Aliase.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="199"/>
        <source>Aliases: %1.</source>
        <translation>Aliase: %1.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="203"/>
        <source>Not recognised as a Qdrant snapshot: %1 in %2 members.</source>
        <translation>Nicht als Qdrant-Snapshot erkannt: %1 in %2 Einträgen.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="207"/>
        <source>It contains %1 link or unsafe member(s) (first: %2); Qdrant refuses to restore such an archive.</source>
        <translation>Es enthält %1 Link(s) oder unsichere Einträge (erster: %2); Qdrant verweigert die Wiederherstellung eines solchen Archivs.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchivePreview.cpp" line="225"/>
        <source>Decompress it first (for example: %1 file &gt; file.snapshot), then use the result.</source>
        <translation>Dekomprimieren Sie die Datei zuerst (zum Beispiel: %1 file &gt; file.snapshot), und verwenden Sie dann das Ergebnis.</translation>
    </message>
</context>
<context>
    <name>Snapdock::BackupJob</name>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="75"/>
        <source>creating the output folder %1</source>
        <translation>Anlegen des Ausgabeordners %1</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="79"/>
        <source>reading the server version</source>
        <translation>Serverversion wird gelesen</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="83"/>
        <source>server version request</source>
        <translation>Abfrage der Serverversion</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="101"/>
        <source>reading the collection&apos;s configuration</source>
        <translation>Konfiguration der Collection wird gelesen</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="105"/>
        <source>collection request</source>
        <translation>Abfrage der Collection</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="123"/>
        <source>reading aliases</source>
        <translation>Aliase werden gelesen</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="128"/>
        <source>alias request</source>
        <translation>Abfrage der Aliase</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="135"/>
        <source>The aliases could not be read: %1</source>
        <translation>Die Aliase konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="146"/>
        <source>listing snapshots</source>
        <translation>Snapshots werden aufgelistet</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="150"/>
        <location filename="../app/core/jobs/BackupJob.cpp" line="246"/>
        <source>snapshot listing</source>
        <translation>Auflisten der Snapshots</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="174"/>
        <source>%1 has no snapshots</source>
        <translation>keine Snapshots %1 vorhanden</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="187"/>
        <source>resuming the download of snapshot %1 of %2</source>
        <translation>Download des Snapshots %1 %2 wird fortgesetzt</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="189"/>
        <source>The snapshot the interrupted backup was downloading is no longer on the server; run the backup again.</source>
        <translation>Der Snapshot, den die unterbrochene Sicherung heruntergeladen hat, ist nicht mehr auf dem Server; führen Sie die Sicherung erneut aus.</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="196"/>
        <source>snapshot %1 of %2</source>
        <translation>Snapshot %1 %2</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="221"/>
        <source>creating the snapshot on the server</source>
        <translation>Snapshot wird auf dem Server erstellt</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="225"/>
        <location filename="../app/core/jobs/BackupJob.cpp" line="231"/>
        <source>snapshot creation</source>
        <translation>Erstellen des Snapshots</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="241"/>
        <source>looking for the snapshot the server may have made</source>
        <translation>Suche nach dem Snapshot, den der Server eventuell erstellt hat</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="259"/>
        <source>adopted snapshot %1, which the server finished after the connection was lost</source>
        <translation>Snapshot %1 übernommen, den der Server nach dem Verbindungsabbruch fertiggestellt hat</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="266"/>
        <source>waiting for the server to finish the snapshot it may be making (check %1 of %2)</source>
        <translation>Warten, bis der Server den Snapshot fertigstellt, den er eventuell gerade erstellt (Prüfung %1 von %2)</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="302"/>
        <source>downloading %1 into %2 needs %3, but only %4 is free</source>
        <translation>zum Herunterladen von %1 nach %2 werden %3 benötigt, aber nur %4 sind frei</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="322"/>
        <source>the interrupted download of %1 had to start again from the beginning</source>
        <translation>der unterbrochene Download von %1 musste von vorn beginnen</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="332"/>
        <source>checking the %1 of %2 downloaded before the interruption</source>
        <translation>die vor der Unterbrechung heruntergeladenen %1 von %2 werden geprüft</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="350"/>
        <source>the bytes of the interrupted download of %1 could not be read again, so it started again from the beginning</source>
        <translation>die Bytes des unterbrochenen Downloads von %1 konnten nicht erneut gelesen werden, daher wurde er von vorn begonnen</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="362"/>
        <source>continued the download an interrupted run had begun</source>
        <translation>Download fortgesetzt, den ein unterbrochener Lauf begonnen hatte</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="394"/>
        <source>downloading %1, resuming at %2</source>
        <translation>%1 wird heruntergeladen, Fortsetzung bei %2</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="395"/>
        <source>download resumed at %1 of %2</source>
        <translation>Download bei %1 von %2 fortgesetzt</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="399"/>
        <source>downloading %1</source>
        <translation>%1 wird heruntergeladen</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="403"/>
        <source>the server could not resume the download, so it started again from the beginning</source>
        <translation>der Server konnte den Download nicht fortsetzen, daher wurde er von vorn begonnen</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="406"/>
        <location filename="../app/core/jobs/BackupJob.cpp" line="418"/>
        <location filename="../app/core/jobs/BackupJob.cpp" line="420"/>
        <source>download</source>
        <translation>Download</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="430"/>
        <source>writing the metadata file</source>
        <translation>Metadatendatei wird geschrieben</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="457"/>
        <source>deleting the snapshot from the server</source>
        <translation>Snapshot wird vom Server gelöscht</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/BackupJob.cpp" line="461"/>
        <source>The snapshot stays on the server: %1</source>
        <translation>Der Snapshot bleibt auf dem Server: %1</translation>
    </message>
</context>
<context>
    <name>Snapdock::CalendarRule</name>
    <message>
        <location filename="../app/core/scheduling/CalendarRule.cpp" line="169"/>
        <source>The cron expression &quot;%1&quot;</source>
        <translation>Der Cron-Ausdruck „%1“</translation>
    </message>
</context>
<context>
    <name>Snapdock::Cli</name>
    <message>
        <location filename="../app/cli/ApiKeySource.cpp" line="39"/>
        <source>cannot read the API key file &quot;%1&quot;: %2</source>
        <translation>die API-Schlüsseldatei &quot;%1&quot; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ApiKeySource.cpp" line="45"/>
        <source>the API key file &quot;%1&quot; has an empty first line</source>
        <translation>die erste Zeile der API-Schlüsseldatei &quot;%1&quot; ist leer</translation>
    </message>
    <message>
        <location filename="../app/cli/ApiKeySource.cpp" line="49"/>
        <source>the API key file &quot;%1&quot; is readable by other users; restrict it with chmod 600</source>
        <translation>die API-Schlüsseldatei &quot;%1&quot; ist für andere Benutzer lesbar; schränken Sie den Zugriff mit chmod 600 ein</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="66"/>
        <source>--host must be an http:// or https:// URL, e.g. http://localhost:6333, not &quot;%1&quot;.</source>
        <translation>--host muss eine http://- oder https://-URL sein, z. B. http://localhost:6333, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="119"/>
        <source>the jobs are not journaled, so a crash cannot be resumed: %1</source>
        <translation>die Aufträge werden nicht im Journal erfasst, daher kann nach einem Absturz nicht fortgesetzt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="126"/>
        <source>the jobs are not recorded in the history: %1</source>
        <translation>die Aufträge werden nicht im Verlauf erfasst: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="131"/>
        <source>%1 interrupted job(s) can be resumed: snapdock-cli jobs</source>
        <translation>fortsetzbare unterbrochene Aufträge: %1 (snapdock-cli jobs)</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="193"/>
        <source>the API key travels unencrypted over http:// to %1; use https://, or pass --allow-insecure-key to silence this warning.</source>
        <translation>der API-Schlüssel wird unverschlüsselt über http:// an %1 übertragen; verwenden Sie https://, oder geben Sie --allow-insecure-key an, um diese Warnung zu unterdrücken.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="215"/>
        <source>the command %1 is not available in this build.</source>
        <translation>der Befehl %1 ist in diesem Build nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="225"/>
        <source>interrupted; cancelling (press Ctrl-C again to quit at once)</source>
        <translation>unterbrochen; wird abgebrochen (erneut Strg+C drücken, um sofort zu beenden)</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="131"/>
        <source>Try &apos;%1&apos;.</source>
        <translation>Versuchen Sie &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="140"/>
        <source>%1 must be a whole number from 0 to %2, not &quot;%3&quot;.</source>
        <translation>%1 muss eine ganze Zahl von 0 bis %2 sein, nicht &quot;%3&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="183"/>
        <source>--max-age must be a duration such as 26h, 90m, 7d or 1d12h, not &quot;%1&quot;.</source>
        <translation>--max-age muss eine Dauer wie 26h, 90m, 7d oder 1d12h sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="190"/>
        <source>--job must be a job number as &apos;snapdock-cli jobs&apos; lists it, not &quot;%1&quot;.</source>
        <translation>--job muss eine Auftragsnummer sein, wie &apos;snapdock-cli jobs&apos; sie auflistet, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="211"/>
        <source>--ca-cert: cannot read the file &quot;%1&quot;.</source>
        <translation>--ca-cert: die Datei &quot;%1&quot; kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="213"/>
        <source>--ca-cert: &quot;%1&quot; contains no PEM certificate.</source>
        <translation>--ca-cert: &quot;%1&quot; enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="218"/>
        <source>--pin-sha256 must be a SHA-256 fingerprint: 64 hex digits, colons allowed (openssl x509 -noout -fingerprint -sha256 -in CERT), not &quot;%1&quot;.</source>
        <translation>--pin-sha256 muss ein SHA-256-Fingerabdruck sein: 64 Hexadezimalziffern, Doppelpunkte erlaubt (openssl x509 -noout -fingerprint -sha256 -in CERT), nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="239"/>
        <source>--concurrency must be a number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--concurrency muss eine Zahl von 1 bis %1 sein, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="255"/>
        <source>--priority must be snapshot, replica or no_sync, not &quot;%1&quot;.</source>
        <translation>--priority muss snapshot, replica oder no_sync sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="285"/>
        <source>--collection and --all cannot be used together.</source>
        <translation>--collection und --all können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="287"/>
        <source>--full-storage cannot be combined with --collection or --all.</source>
        <translation>--full-storage kann nicht mit --collection oder --all kombiniert werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="289"/>
        <source>backup needs --collection NAME, --all or --full-storage.</source>
        <translation>backup benötigt --collection NAME, --all oder --full-storage.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="294"/>
        <source>restore needs --snapshot FILE.</source>
        <translation>restore benötigt --snapshot FILE.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="296"/>
        <source>--collection and --new-collection cannot be used together.</source>
        <translation>--collection und --new-collection können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="298"/>
        <source>restore needs --collection NAME (replace an existing collection) or --new-collection NAME (create one).</source>
        <translation>restore benötigt --collection NAME (eine vorhandene Collection ersetzen) oder --new-collection NAME (eine neue anlegen).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="302"/>
        <source>restore takes a single --collection.</source>
        <translation>restore akzeptiert nur eine einzige --collection.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="307"/>
        <source>--collection and --full-storage cannot be used together.</source>
        <translation>--collection und --full-storage können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="309"/>
        <source>%1 needs --collection NAME or --full-storage.</source>
        <translation>%1 benötigt --collection NAME oder --full-storage.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="311"/>
        <source>%1 takes a single --collection.</source>
        <translation>%1 akzeptiert nur eine einzige --collection.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="314"/>
        <source>--snapshot and --latest cannot be used together.</source>
        <translation>--snapshot und --latest können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="316"/>
        <source>download needs --snapshot NAME or --latest.</source>
        <translation>download benötigt --snapshot NAME oder --latest.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="321"/>
        <source>prune needs --dir DIR.</source>
        <translation>prune benötigt --dir DIR.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="323"/>
        <source>prune needs at least one rule: --keep-last, --keep-hourly, --keep-daily, --keep-weekly, --keep-monthly, --keep-yearly or --keep-on-server (without one nothing would be removed).</source>
        <translation>prune benötigt mindestens eine Regel: --keep-last, --keep-hourly, --keep-daily, --keep-weekly, --keep-monthly, --keep-yearly oder --keep-on-server (ohne Regel würde nichts entfernt).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="330"/>
        <source>verify needs either --snapshot FILE (a restore drill on --host) or --dir DIR (check every backup&apos;s SHA-256 locally).</source>
        <translation>verify benötigt entweder --snapshot FILE (ein Wiederherstellungstest auf --host) oder --dir DIR (den SHA-256 jeder Sicherung lokal prüfen).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="336"/>
        <source>status needs --dir DIR.</source>
        <translation>status benötigt --dir DIR.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="338"/>
        <source>status needs --max-age DURATION, e.g. --max-age 26h.</source>
        <translation>status benötigt --max-age DURATION, z. B. --max-age 26h.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="344"/>
        <source>%1 needs either --job ID (see &apos;snapdock-cli jobs&apos;) or --all.</source>
        <translation>%1 benötigt entweder --job ID (siehe &apos;snapdock-cli jobs&apos;) oder --all.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="348"/>
        <source>run-schedule needs the schedule&apos;s ID (the schedule editor shows it).</source>
        <translation>run-schedule benötigt die ID des Zeitplans (der Zeitplan-Editor zeigt sie an).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="367"/>
        <source>%1 needs a non-empty value.</source>
        <translation>%1 benötigt einen nicht leeren Wert.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="417"/>
        <source>unknown option &quot;%1&quot;.</source>
        <translation>unbekannte Option &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="425"/>
        <source>option %1 needs a value.</source>
        <translation>Option %1 benötigt einen Wert.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="428"/>
        <source>option %1 does not take a value.</source>
        <translation>Option %1 akzeptiert keinen Wert.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="446"/>
        <source>unknown command &quot;%1&quot;.</source>
        <translation>unbekannter Befehl &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="456"/>
        <source>no help for &quot;%1&quot;.</source>
        <translation>keine Hilfe für &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="464"/>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>unerwartetes Argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="472"/>
        <source>missing command.</source>
        <translation>Befehl fehlt.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="478"/>
        <source>option %1 is not valid for %2.</source>
        <translation>Option %1 ist für %2 nicht gültig.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliHelp.cpp" line="26"/>
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
        <location filename="../app/cli/CliHelp.cpp" line="47"/>
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
        <location filename="../app/cli/CliHelp.cpp" line="58"/>
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
        <location filename="../app/cli/CliHelp.cpp" line="69"/>
        <source>Usage: snapdock-cli list-collections [options]

Lists the collections on the server.
</source>
        <translation>Aufruf: snapdock-cli list-collections [Optionen]

Listet die Collections auf dem Server auf.
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliHelp.cpp" line="72"/>
        <source>Usage: snapdock-cli list-snapshots (--collection NAME | --full-storage) [options]

Lists the snapshots stored on the server: name, size, creation time, SHA-256.
</source>
        <translation>Aufruf: snapdock-cli list-snapshots (--collection NAME | --full-storage) [Optionen]

Listet die auf dem Server gespeicherten Snapshots auf: Name, Größe, Erstellungszeit, SHA-256.
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliHelp.cpp" line="76"/>
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
        <location filename="../app/cli/CliHelp.cpp" line="85"/>
        <source>Usage: snapdock-cli prune --dir DIR [--keep-last N] [--keep-hourly N] [--keep-daily N]
         [--keep-weekly N] [--keep-monthly N] [--keep-yearly N] [--keep-on-server K]
         [--collection NAME]... [--dry-run] [options]

Removes old backups from DIR (searched recursively) with restic&apos;s &apos;forget&apos; rules: each rule
keeps the newest backup of each of the last N hours/days/weeks/months/years that have one,
and a backup kept by any rule stays. Backups are grouped per host and collection; pinned
backups are never removed; a backup&apos;s metadata file goes with it. Every decision is shown
with its reason.

  --dir DIR               the folder holding the backups
  --keep-last N           keep the N newest backups
  --keep-hourly N         keep the newest backup of each of the last N hours
  --keep-daily N          ... of each of the last N days
  --keep-weekly N         ... of each of the last N ISO weeks
  --keep-monthly N        ... of each of the last N months
  --keep-yearly N         ... of each of the last N years
  --keep-on-server K      also keep only the K newest snapshots of each collection on --host
  --collection NAME       only this collection (repeat for several)
  --dry-run               show what would be removed, remove nothing
</source>
        <translation>Aufruf: snapdock-cli prune --dir DIR [--keep-last N] [--keep-hourly N] [--keep-daily N]
         [--keep-weekly N] [--keep-monthly N] [--keep-yearly N] [--keep-on-server K]
         [--collection NAME]... [--dry-run] [Optionen]

Entfernt alte Sicherungen aus DIR (rekursiv durchsucht) nach den &apos;forget&apos;-Regeln von restic:
Jede Regel behält die neueste Sicherung jeder der letzten N Stunden/Tage/Wochen/Monate/Jahre,
in denen es eine gibt, und eine Sicherung, die irgendeine Regel behält, bleibt erhalten.
Sicherungen werden nach Host und Collection gruppiert; fixierte Sicherungen werden nie
entfernt; die Metadatendatei einer Sicherung wird mit ihr entfernt. Jede Entscheidung wird
mit ihrer Begründung angezeigt.

  --dir DIR               der Ordner mit den Sicherungen
  --keep-last N           die N neuesten Sicherungen behalten
  --keep-hourly N         die neueste Sicherung jeder der letzten N Stunden behalten
  --keep-daily N          ... jedes der letzten N Tage
  --keep-weekly N         ... jeder der letzten N ISO-Wochen
  --keep-monthly N        ... jedes der letzten N Monate
  --keep-yearly N         ... jedes der letzten N Jahre
  --keep-on-server K      außerdem nur die K neuesten Snapshots jeder Collection auf --host
                          behalten
  --collection NAME       nur diese Collection (für mehrere wiederholen)
  --dry-run               anzeigen, was entfernt würde, aber nichts entfernen
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliHelp.cpp" line="105"/>
        <source>Usage: snapdock-cli verify (--snapshot FILE | --dir DIR) [options]

--snapshot: a restore drill. Restores FILE into a scratch collection
NAME__snapdock_verify_TIMESTAMP on --host, compares points count, vector configuration, shard
count and payload schema with the metadata recorded at backup time, then deletes the scratch
collection (also when something failed). Exit code 0 only when everything matched.
--dir: checks the SHA-256 of every backup in DIR (recursively) against its metadata file.

  --snapshot FILE         the backup to restore (its .snapdock.json must be next to it)
  --dir DIR               verify every backup in DIR locally, without a server
</source>
        <translation>Aufruf: snapdock-cli verify (--snapshot FILE | --dir DIR) [Optionen]

--snapshot: ein Wiederherstellungstest. Stellt FILE in eine Test-Collection
NAME__snapdock_verify_TIMESTAMP auf --host wieder her, vergleicht Punktanzahl,
Vektorkonfiguration, Shard-Anzahl und Payload-Schema mit den bei der Sicherung erfassten
Metadaten und löscht die Test-Collection anschließend (auch wenn etwas fehlgeschlagen ist).
Exit-Code 0 nur, wenn alles übereinstimmt.
--dir: prüft den SHA-256 jeder Sicherung in DIR (rekursiv) gegen ihre Metadatendatei.

  --snapshot FILE         die wiederherzustellende Sicherung (ihre .snapdock.json muss
                          daneben liegen)
  --dir DIR               jede Sicherung in DIR lokal prüfen, ohne Server
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliHelp.cpp" line="115"/>
        <source>Usage: snapdock-cli status --dir DIR --max-age DURATION [--collection NAME]... [options]

For each host and collection with backups in DIR (searched recursively): the newest backup
whose SHA-256 matches its metadata, and its age. Exits non-zero when any collection&apos;s newest
verified backup is older than DURATION, or when DIR holds no backup: for Nagios, Prometheus
textfile collectors or healthchecks.

  --dir DIR               the folder holding the backups
  --max-age DURATION      e.g. 26h, 90m, 7d, 1d12h
  --collection NAME       only this collection (repeat for several)
</source>
        <translation>Aufruf: snapdock-cli status --dir DIR --max-age DURATION [--collection NAME]... [Optionen]

Für jeden Host und jede Collection mit Sicherungen in DIR (rekursiv durchsucht): die neueste
Sicherung, deren SHA-256 zu ihren Metadaten passt, und ihr Alter. Endet mit einem Exit-Code
ungleich null, wenn die neueste geprüfte Sicherung einer Collection älter als DURATION ist
oder DIR keine Sicherung enthält: für Nagios, Textfile-Collectors von Prometheus oder
Healthchecks.

  --dir DIR               der Ordner mit den Sicherungen
  --max-age DURATION      z. B. 26h, 90m, 7d, 1d12h
  --collection NAME       nur diese Collection (für mehrere wiederholen)
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliHelp.cpp" line="125"/>
        <source>Usage: snapdock-cli jobs [options]

Lists the jobs a crash, a kill or a power loss interrupted (in this program or the desktop
application), with the bytes already downloaded. Resume them with &apos;snapdock-cli resume&apos;.
</source>
        <translation>Aufruf: snapdock-cli jobs [Optionen]

Listet die Aufträge auf, die ein Absturz, ein kill oder ein Stromausfall unterbrochen hat (in
diesem Programm oder in der Desktopanwendung), mit den bereits heruntergeladenen Bytes. Setzen
Sie sie mit &apos;snapdock-cli resume&apos; fort.
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliHelp.cpp" line="130"/>
        <source>Usage: snapdock-cli resume (--job ID... | --all) [options]

Resumes interrupted jobs: a download continues from its .part file (the final SHA-256 still
covers the whole file); a restore runs again from the start. The host comes from the job;
the key from --api-key, --api-key-file or QDRANT_API_KEY as usual.

  --job ID                resume this job (see &apos;snapdock-cli jobs&apos;; repeat for several)
  --all                   resume every interrupted job
</source>
        <translation>Aufruf: snapdock-cli resume (--job ID... | --all) [Optionen]

Setzt unterbrochene Aufträge fort: Ein Download wird ab seiner .part-Datei fortgesetzt (der
abschließende SHA-256 deckt weiterhin die ganze Datei ab); eine Wiederherstellung läuft erneut
von vorn. Der Host stammt aus dem Auftrag, der Schlüssel wie üblich aus --api-key,
--api-key-file oder QDRANT_API_KEY.

  --job ID                diesen Auftrag fortsetzen (siehe &apos;snapdock-cli jobs&apos;; für
                          mehrere wiederholen)
  --all                   alle unterbrochenen Aufträge fortsetzen
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliHelp.cpp" line="138"/>
        <source>Usage: snapdock-cli discard (--job ID... | --all) [options]

Forgets interrupted jobs and deletes their partial files.

  --job ID                discard this job (repeat for several)
  --all                   discard every interrupted job
</source>
        <translation>Aufruf: snapdock-cli discard (--job ID... | --all) [Optionen]

Verwirft unterbrochene Aufträge und löscht ihre unvollständigen Dateien.

  --job ID                diesen Auftrag verwerfen (für mehrere wiederholen)
  --all                   alle unterbrochenen Aufträge verwerfen
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliHelp.cpp" line="144"/>
        <source>Usage: snapdock-cli run-schedule ID [options]

Runs a schedule made in the desktop application now: backs up its collections into its
folder, applies its retention, runs its restore drill when one is due, records everything in
the history and calls its webhook. This is what the installed systemd timer, launchd agent or
Task Scheduler task calls. The server and its TLS settings are the schedule&apos;s connection
profile (--host is ignored). The key comes from the keychain, else from the profile&apos;s key file
&lt;config&gt;/keys/&lt;profile-id&gt;.key (chmod 600; ~/.config/Snapdock/snapdock/keys on Linux), else
from --api-key-file or QDRANT_API_KEY. A schedule never runs twice at once: a second run
exits with code 12.
</source>
        <translation>Aufruf: snapdock-cli run-schedule ID [Optionen]

Führt einen in der Desktopanwendung angelegten Zeitplan sofort aus: sichert seine Collections
in seinen Ordner, wendet seine Aufbewahrungsregeln an, führt seinen Wiederherstellungstest
aus, wenn einer fällig ist, erfasst alles im Verlauf und ruft seinen Webhook auf. Dies ruft
der installierte systemd-Timer, launchd-Agent oder die Aufgabe der Windows-Aufgabenplanung
auf. Server und TLS-Einstellungen stammen aus der Verbindung des Zeitplans (--host wird
ignoriert). Der Schlüssel stammt aus dem Schlüsselbund, sonst aus der Schlüsseldatei der
Verbindung &lt;config&gt;/keys/&lt;profile-id&gt;.key (chmod 600; ~/.config/Snapdock/snapdock/keys unter
Linux), sonst aus --api-key-file oder QDRANT_API_KEY. Ein Zeitplan läuft nie zweimal
gleichzeitig: Ein zweiter Lauf endet mit Exit-Code 12.
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliHelp.cpp" line="157"/>
        <source>Usage: snapdock-cli COMMAND [options]

Backs up and restores Qdrant collections through the snapshot API.

Commands:
  backup            create, download and verify snapshots of collections
  restore           upload a snapshot file into a collection
  list-collections  list the collections on the server
  list-snapshots    list the snapshots stored on the server
  download          download a snapshot already on the server
  verify            check backups: a restore drill, or SHA-256 of a folder
  prune             remove old backups by retention rules
  status            report collections whose newest backup is too old
  jobs              list interrupted jobs
  resume            resume interrupted jobs
  discard           forget interrupted jobs and delete their partial files
  run-schedule ID   run a schedule now (what the OS timer calls)
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
  verify            Sicherungen prüfen: Wiederherstellungstest oder SHA-256 eines Ordners
  prune             alte Sicherungen nach Aufbewahrungsregeln entfernen
  status            Collections melden, deren neueste Sicherung zu alt ist
  jobs              unterbrochene Aufträge auflisten
  resume            unterbrochene Aufträge fortsetzen
  discard           unterbrochene Aufträge verwerfen und ihre unvollständigen Dateien löschen
  run-schedule ID   einen Zeitplan sofort ausführen (was der Timer des Systems aufruft)
  help COMMAND      die Optionen von COMMAND anzeigen
</translation>
    </message>
    <message>
        <location filename="../app/cli/ListCollectionsCommand.cpp" line="30"/>
        <source>No collections on %1.</source>
        <translation>Keine Collections auf %1.</translation>
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
   10  restore drill mismatch: the restored collection differs from the backup&apos;s metadata
   11  recovery point too old: a collection has no verified backup younger than --max-age
   12  run-schedule: the schedule is already running (another process holds its lock)
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
   10  Wiederherstellungstest abweichend: Die wiederhergestellte Collection weicht von
       den Metadaten der Sicherung ab
   11  Wiederherstellungspunkt zu alt: Eine Collection hat keine geprüfte Sicherung,
       die jünger als --max-age ist
   12  run-schedule: Der Zeitplan läuft bereits (ein anderer Prozess hält seine Sperre)
  130  abgebrochen (Strg+C / SIGTERM)
</translation>
    </message>
    <message>
        <location filename="../app/cli/JobSelection.cpp" line="28"/>
        <source>the job journal %1 could not be opened</source>
        <translation>das Auftragsjournal %1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/cli/JobSelection.cpp" line="48"/>
        <source>--job %1: process %2 is still running this job</source>
        <translation>--job %1: Prozess %2 führt diesen Auftrag noch aus</translation>
    </message>
    <message>
        <location filename="../app/cli/JobSelection.cpp" line="49"/>
        <source>--job %1: there is no interrupted job with this number</source>
        <translation>--job %1: es gibt keinen unterbrochenen Auftrag mit dieser Nummer</translation>
    </message>
    <message>
        <location filename="../app/cli/JobSelection.cpp" line="50"/>
        <source>&apos;snapdock-cli jobs&apos; lists the interrupted jobs.</source>
        <translation>&apos;snapdock-cli jobs&apos; listet die unterbrochenen Aufträge auf.</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="72"/>
        <source>Backups without readable metadata:</source>
        <translation>Sicherungen ohne lesbare Metadaten:</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="74"/>
        <source>Full-storage backups of %1:</source>
        <translation>Sicherungen des gesamten Speichers von %1:</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="76"/>
        <source>Backups of shard %1 of &quot;%2&quot; on %3:</source>
        <translation>Sicherungen von Shard %1 der Collection &quot;%2&quot; auf %3:</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="77"/>
        <source>Backups of &quot;%1&quot; on %2:</source>
        <translation>Sicherungen von &quot;%1&quot; auf %2:</translation>
    </message>
</context>
<context>
    <name>Snapdock::Cli::BackupCommand</name>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="66"/>
        <source>listing collections</source>
        <translation>Auflisten der Collections</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="72"/>
        <source>No collections on %1: nothing to back up.</source>
        <translation>Keine Collections auf %1: nichts zu sichern.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="105"/>
        <source>full storage</source>
        <translation>gesamter Speicher</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="139"/>
        <source>backup of %1 failed: %2</source>
        <translation>Sicherung von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="151"/>
        <source>Backed up %1 of %2 requested to %3:</source>
        <translation>%1 von %2 angeforderten Sicherungen in %3 erstellt:</translation>
    </message>
</context>
<context>
    <name>Snapdock::Cli::DiscardCommand</name>
    <message>
        <location filename="../app/cli/DiscardCommand.cpp" line="45"/>
        <source>Discarded job %1 (%2) and removed %3.</source>
        <translation>Auftrag %1 (%2) verworfen und %3 entfernt.</translation>
    </message>
    <message>
        <location filename="../app/cli/DiscardCommand.cpp" line="46"/>
        <source>Discarded job %1 (%2).</source>
        <translation>Auftrag %1 (%2) verworfen.</translation>
    </message>
    <message>
        <location filename="../app/cli/DiscardCommand.cpp" line="50"/>
        <source>discarded with snapdock-cli discard; it will not be resumed</source>
        <translation>mit snapdock-cli discard verworfen; er wird nicht fortgesetzt</translation>
    </message>
    <message>
        <location filename="../app/cli/DiscardCommand.cpp" line="57"/>
        <source>No interrupted jobs to discard.</source>
        <translation>Keine unterbrochenen Aufträge zu verwerfen.</translation>
    </message>
</context>
<context>
    <name>Snapdock::Cli::DownloadCommand</name>
    <message>
        <location filename="../app/cli/DownloadCommand.cpp" line="32"/>
        <source>full storage</source>
        <translation>gesamter Speicher</translation>
    </message>
    <message>
        <location filename="../app/cli/DownloadCommand.cpp" line="63"/>
        <source>Downloaded %1:</source>
        <translation>%1 heruntergeladen:</translation>
    </message>
</context>
<context>
    <name>Snapdock::Cli::JobsCommand</name>
    <message>
        <location filename="../app/cli/JobsCommand.cpp" line="75"/>
        <source>No interrupted jobs.</source>
        <translation>Keine unterbrochenen Aufträge.</translation>
    </message>
    <message>
        <location filename="../app/cli/JobsCommand.cpp" line="80"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/JobsCommand.cpp" line="80"/>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <location filename="../app/cli/JobsCommand.cpp" line="80"/>
        <source>COLLECTION</source>
        <translation>COLLECTION</translation>
    </message>
    <message>
        <location filename="../app/cli/JobsCommand.cpp" line="80"/>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <location filename="../app/cli/JobsCommand.cpp" line="80"/>
        <source>DOWNLOADED</source>
        <translation>HERUNTERGELADEN</translation>
    </message>
    <message>
        <location filename="../app/cli/JobsCommand.cpp" line="80"/>
        <source>INTERRUPTED SINCE</source>
        <translation>UNTERBROCHEN SEIT</translation>
    </message>
    <message>
        <location filename="../app/cli/JobsCommand.cpp" line="80"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../app/cli/JobsCommand.cpp" line="86"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../app/cli/JobsCommand.cpp" line="93"/>
        <source>(full storage)</source>
        <translation>(gesamter Speicher)</translation>
    </message>
    <message>
        <location filename="../app/cli/JobsCommand.cpp" line="111"/>
        <source>Resume them with &apos;snapdock-cli resume --all&apos; (or --job ID), or drop them and their partial files with &apos;snapdock-cli discard&apos;.</source>
        <translation>Setzen Sie sie mit &apos;snapdock-cli resume --all&apos; (oder --job ID) fort, oder verwerfen Sie sie samt ihrer unvollständigen Dateien mit &apos;snapdock-cli discard&apos;.</translation>
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
    <name>Snapdock::Cli::LocalVerifyCommand</name>
    <message>
        <location filename="../app/cli/LocalVerifyCommand.cpp" line="29"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../app/cli/LocalVerifyCommand.cpp" line="31"/>
        <source>MISMATCH</source>
        <translation>ABWEICHUNG</translation>
    </message>
    <message>
        <location filename="../app/cli/LocalVerifyCommand.cpp" line="33"/>
        <source>MISSING METADATA</source>
        <translation>METADATEN FEHLEN</translation>
    </message>
    <message>
        <location filename="../app/cli/LocalVerifyCommand.cpp" line="35"/>
        <source>UNREADABLE</source>
        <translation>UNLESBAR</translation>
    </message>
    <message>
        <location filename="../app/cli/LocalVerifyCommand.cpp" line="73"/>
        <source>verify</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../app/cli/LocalVerifyCommand.cpp" line="103"/>
        <source>RESULT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <location filename="../app/cli/LocalVerifyCommand.cpp" line="103"/>
        <source>COLLECTION</source>
        <translation>COLLECTION</translation>
    </message>
    <message>
        <location filename="../app/cli/LocalVerifyCommand.cpp" line="103"/>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <location filename="../app/cli/LocalVerifyCommand.cpp" line="103"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../app/cli/LocalVerifyCommand.cpp" line="103"/>
        <source>PROBLEM</source>
        <translation>PROBLEM</translation>
    </message>
    <message>
        <location filename="../app/cli/LocalVerifyCommand.cpp" line="126"/>
        <source>no backups found in %1: nothing to verify.</source>
        <translation>keine Sicherungen in %1 gefunden: nichts zu prüfen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/LocalVerifyCommand.cpp" line="133"/>
        <source>%n backup(s) checked: %1.</source>
        <translation>
            <numerusform>%n Sicherung geprüft: %1.</numerusform>
            <numerusform>%n Sicherungen geprüft: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/LocalVerifyCommand.cpp" line="138"/>
        <source>%1 of %2 backups did not verify.</source>
        <translation>%1 von %2 Sicherungen haben die Prüfung nicht bestanden.</translation>
    </message>
</context>
<context>
    <name>Snapdock::Cli::OutputPrinter</name>
    <message>
        <location filename="../app/cli/OutputPrinter.cpp" line="84"/>
        <source>snapdock-cli: warning: %1</source>
        <translation>snapdock-cli: Warnung: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/OutputPrinter.cpp" line="95"/>
        <source>snapdock-cli: error: %1</source>
        <translation>snapdock-cli: Fehler: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/OutputPrinter.cpp" line="102"/>
        <source>COLLECTION</source>
        <translation>COLLECTION</translation>
    </message>
    <message>
        <location filename="../app/cli/OutputPrinter.cpp" line="102"/>
        <source>RESULT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <location filename="../app/cli/OutputPrinter.cpp" line="102"/>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <location filename="../app/cli/OutputPrinter.cpp" line="102"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../app/cli/OutputPrinter.cpp" line="102"/>
        <source>FILE / ERROR</source>
        <translation>DATEI / FEHLER</translation>
    </message>
    <message>
        <location filename="../app/cli/OutputPrinter.cpp" line="105"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../app/cli/OutputPrinter.cpp" line="106"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/cli/OutputPrinter.cpp" line="107"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/cli/OutputPrinter.cpp" line="109"/>
        <source>(full storage)</source>
        <translation>(gesamter Speicher)</translation>
    </message>
</context>
<context>
    <name>Snapdock::Cli::PruneCommand</name>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="112"/>
        <source>--keep-on-server needs --host URL, the server whose old snapshots to delete</source>
        <translation>--keep-on-server benötigt --host URL, den Server, dessen alte Snapshots gelöscht werden sollen</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="117"/>
        <source>--dir: &quot;%1&quot; is not a folder</source>
        <translation>--dir: &quot;%1&quot; ist kein Ordner</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="141"/>
        <source>Dry run: nothing is deleted.</source>
        <translation>Probelauf: Es wird nichts gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="146"/>
        <source>No --keep-* rule given: the backups in %1 are left as they are.</source>
        <translation>Keine --keep-*-Regel angegeben: Die Sicherungen in %1 bleiben unverändert.</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="204"/>
        <source>1 backup</source>
        <translation>1 Sicherung</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="204"/>
        <source>%1 backups</source>
        <translation>%1 Sicherungen</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="208"/>
        <source>No backups found in %1.</source>
        <translation>Keine Sicherungen in %1 gefunden.</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="210"/>
        <source>Would remove %1, %2 would be freed; would keep %3.</source>
        <translation>Zu entfernen: %1 (%2 würden frei); zu behalten: %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="215"/>
        <source>Removed %1, %2 freed; kept %3.</source>
        <translation>Entfernt: %1, %2 freigegeben; behalten: %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="221"/>
        <source>%1 could not be removed (see above).</source>
        <translation>Nicht entfernt werden konnten: %1 (siehe oben).</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="231"/>
        <source>TIME (%1)</source>
        <translation>ZEIT (%1)</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="231"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="231"/>
        <location filename="../app/cli/PruneCommand.cpp" line="379"/>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="231"/>
        <location filename="../app/cli/PruneCommand.cpp" line="379"/>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="231"/>
        <source>REASONS</source>
        <translation>GRÜNDE</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="255"/>
        <location filename="../app/cli/PruneCommand.cpp" line="387"/>
        <source>KEEP</source>
        <translation>BEHALTEN</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="258"/>
        <location filename="../app/cli/PruneCommand.cpp" line="391"/>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="261"/>
        <location filename="../app/cli/PruneCommand.cpp" line="387"/>
        <source>REMOVED</source>
        <translation>ENTFERNT</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="261"/>
        <location filename="../app/cli/PruneCommand.cpp" line="387"/>
        <source>WOULD REMOVE</source>
        <translation>WÜRDE ENTFERNEN</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="264"/>
        <source>%1 (snapshot missing)</source>
        <translation>%1 (Snapshot fehlt)</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="302"/>
        <source>backups of other servers are in %1 (%2); their collections are not pruned on %3.</source>
        <translation>Sicherungen anderer Server liegen in %1 (%2); ihre Collections werden auf %3 nicht bereinigt.</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="316"/>
        <location filename="../app/cli/PruneCommand.cpp" line="325"/>
        <source>cannot read the job journal, so the snapshots that running jobs download are not known: %1</source>
        <translation>das Auftragsjournal kann nicht gelesen werden, daher ist unbekannt, welche Snapshots laufende Aufträge herunterladen: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="347"/>
        <source>No collections of %1 found in %2: no server snapshots to prune (name them with --collection).</source>
        <translation>Keine Collections von %1 in %2 gefunden: keine Server-Snapshots zu bereinigen (geben Sie sie mit --collection an).</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="379"/>
        <source>CREATED (UTC)</source>
        <translation>ERSTELLT (UTC)</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="379"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="379"/>
        <source>REASON</source>
        <translation>GRUND</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="394"/>
        <source>NOT DONE</source>
        <translation>NICHT AUSGEFÜHRT</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="427"/>
        <source>collection &quot;%1&quot; is not on %2 (any more): no snapshots to prune there.</source>
        <translation>die Collection &quot;%1&quot; ist (nicht mehr) auf %2: dort gibt es keine Snapshots zu bereinigen.</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="435"/>
        <source>Snapshots of &quot;%1&quot; on %2:</source>
        <translation>Snapshots von &quot;%1&quot; auf %2:</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="460"/>
        <source>1 snapshot</source>
        <translation>1 Snapshot</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="460"/>
        <source>%1 snapshots</source>
        <translation>%1 Snapshots</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="463"/>
        <source>Server: would delete %1, %2 would be freed; would keep %3.</source>
        <translation>Server – zu löschen: %1 (%2 würden frei); zu behalten: %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/PruneCommand.cpp" line="466"/>
        <source>Server: deleted %1, %2 freed; kept %3.</source>
        <translation>Server – gelöscht: %1, %2 freigegeben; behalten: %3.</translation>
    </message>
</context>
<context>
    <name>Snapdock::Cli::RestoreCommand</name>
    <message>
        <location filename="../app/cli/RestoreCommand.cpp" line="30"/>
        <source>the snapshot file &quot;%1&quot; does not exist or is not a file</source>
        <translation>die Snapshot-Datei &quot;%1&quot; existiert nicht oder ist keine Datei</translation>
    </message>
    <message>
        <location filename="../app/cli/RestoreCommand.cpp" line="104"/>
        <source> (%1 points)</source>
        <translation> (%1 Punkte)</translation>
    </message>
    <message>
        <location filename="../app/cli/RestoreCommand.cpp" line="105"/>
        <source>Created collection %1 from %2%3.</source>
        <translation>Collection %1 aus %2%3 angelegt.</translation>
    </message>
    <message>
        <location filename="../app/cli/RestoreCommand.cpp" line="106"/>
        <source>Restored collection %1 from %2%3.</source>
        <translation>Collection %1 aus %2%3 wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../app/cli/RestoreCommand.cpp" line="110"/>
        <source>The uploaded copy &quot;%1&quot; stays in the collection&apos;s snapshot list.</source>
        <translation>Die hochgeladene Kopie &quot;%1&quot; bleibt in der Snapshot-Liste der Collection.</translation>
    </message>
</context>
<context>
    <name>Snapdock::Cli::ResultRow</name>
    <message>
        <location filename="../app/cli/OutputPrinter.cpp" line="54"/>
        <source>full storage</source>
        <translation>gesamter Speicher</translation>
    </message>
</context>
<context>
    <name>Snapdock::Cli::ResumeCommand</name>
    <message>
        <location filename="../app/cli/ResumeCommand.cpp" line="45"/>
        <source>--host %1 is not the host of job %2 (%3); leave --host out to resume it on its own host</source>
        <translation>--host %1 ist nicht der Host von Auftrag %2 (%3); lassen Sie --host weg, um ihn auf seinem eigenen Host fortzusetzen</translation>
    </message>
    <message>
        <location filename="../app/cli/ResumeCommand.cpp" line="67"/>
        <source>the API key travels unencrypted over http:// to %1; use https://, or pass --allow-insecure-key to silence this warning.</source>
        <translation>der API-Schlüssel wird unverschlüsselt über http:// an %1 übertragen; verwenden Sie https://, oder geben Sie --allow-insecure-key an, um diese Warnung zu unterdrücken.</translation>
    </message>
    <message>
        <location filename="../app/cli/ResumeCommand.cpp" line="93"/>
        <source>No interrupted jobs to resume.</source>
        <translation>Keine unterbrochenen Aufträge fortzusetzen.</translation>
    </message>
    <message>
        <location filename="../app/cli/ResumeCommand.cpp" line="125"/>
        <source>full storage</source>
        <translation>gesamter Speicher</translation>
    </message>
    <message>
        <location filename="../app/cli/ResumeCommand.cpp" line="149"/>
        <source>job %1 (%2) cannot be resumed: %3</source>
        <translation>Auftrag %1 (%2) kann nicht fortgesetzt werden: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/ResumeCommand.cpp" line="159"/>
        <source>backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <location filename="../app/cli/ResumeCommand.cpp" line="162"/>
        <source>restore</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../app/cli/ResumeCommand.cpp" line="166"/>
        <source>%1 of %2 failed: %3</source>
        <translation>%1 von %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/ResumeCommand.cpp" line="178"/>
        <source>Resumed %1 of %2 interrupted jobs:</source>
        <translation>%1 von %2 unterbrochenen Aufträgen fortgesetzt:</translation>
    </message>
</context>
<context>
    <name>Snapdock::Cli::RunScheduleCommand</name>
    <message>
        <location filename="../app/cli/RunScheduleCommand.cpp" line="40"/>
        <source>The schedule editor of the desktop application shows each schedule&apos;s ID.</source>
        <translation>Der Zeitplan-Editor der Desktopanwendung zeigt die ID jedes Zeitplans an.</translation>
    </message>
    <message>
        <location filename="../app/cli/RunScheduleCommand.cpp" line="47"/>
        <source>The schedule &quot;%1&quot; is disabled: nothing to do.</source>
        <translation>Der Zeitplan &quot;%1&quot; ist deaktiviert: nichts zu tun.</translation>
    </message>
    <message>
        <location filename="../app/cli/RunScheduleCommand.cpp" line="56"/>
        <source>the connection of schedule &quot;%1&quot; no longer exists</source>
        <translation>die Verbindung des Zeitplans &quot;%1&quot; existiert nicht mehr</translation>
    </message>
    <message>
        <location filename="../app/cli/RunScheduleCommand.cpp" line="110"/>
        <source>The API key of &quot;%1&quot; comes from %2.</source>
        <translation>Der API-Schlüssel von &quot;%1&quot; stammt aus %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/RunScheduleCommand.cpp" line="133"/>
        <source>the run is not recorded in the history: %1</source>
        <translation>der Lauf wird nicht im Verlauf erfasst: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RunScheduleCommand.cpp" line="227"/>
        <source>Schedule &quot;%1&quot;: %2</source>
        <translation>Zeitplan &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/RunScheduleCommand.cpp" line="229"/>
        <source>removed by the retention policy: %1</source>
        <translation>durch die Aufbewahrungsrichtlinie entfernt: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/RunScheduleCommand.cpp" line="231"/>
        <source>%n old snapshot(s) deleted from the server</source>
        <translation>
            <numerusform>%n alter Snapshot vom Server gelöscht</numerusform>
            <numerusform>%n alte Snapshots vom Server gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/RunScheduleCommand.cpp" line="233"/>
        <source>restore drill of %1: passed</source>
        <translation>Wiederherstellungstest von %1: bestanden</translation>
    </message>
    <message>
        <location filename="../app/cli/RunScheduleCommand.cpp" line="234"/>
        <source>restore drill of %1: FAILED</source>
        <translation>Wiederherstellungstest von %1: FEHLGESCHLAGEN</translation>
    </message>
</context>
<context>
    <name>Snapdock::Cli::StatusCommand</name>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="51"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="53"/>
        <source>NO BACKUP</source>
        <translation>KEINE SICHERUNG</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="55"/>
        <source>NOT VERIFIED</source>
        <translation>NICHT GEPRÜFT</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="57"/>
        <source>TOO OLD</source>
        <translation>ZU ALT</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="120"/>
        <source>no backups found in %1: there is no recovery point at all.</source>
        <translation>keine Sicherungen in %1 gefunden: Es gibt überhaupt keinen Wiederherstellungspunkt.</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="133"/>
        <source>%1 of %2 recovery points breach the maximum age of %3.</source>
        <translation>%1 von %2 Wiederherstellungspunkten überschreiten das Höchstalter von %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="144"/>
        <source>COLLECTION</source>
        <translation>COLLECTION</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="144"/>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="144"/>
        <source>LAST VERIFIED BACKUP</source>
        <translation>LETZTE GEPRÜFTE SICHERUNG</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="144"/>
        <source>AGE</source>
        <translation>ALTER</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="144"/>
        <source>NEWEST OK</source>
        <translation>NEUESTE OK</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="144"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="146"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="146"/>
        <source>NO</source>
        <translation>NEIN</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="147"/>
        <source>(full storage)</source>
        <translation>(gesamter Speicher)</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="154"/>
        <source>the newest backup %1 does not verify: %2</source>
        <translation>die neueste Sicherung %1 besteht die Prüfung nicht: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="158"/>
        <source>Recovery points in %1 (maximum age %2):</source>
        <translation>Wiederherstellungspunkte in %1 (Höchstalter %2):</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/StatusCommand.cpp" line="163"/>
        <source>%n backup file(s) without metadata are not counted.</source>
        <translation>
            <numerusform>%n Sicherungsdatei ohne Metadaten wird nicht gezählt.</numerusform>
            <numerusform>%n Sicherungsdateien ohne Metadaten werden nicht gezählt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Snapdock::Cli::VerifyCommand</name>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="31"/>
        <source>the snapshot file &quot;%1&quot; does not exist or is not a file</source>
        <translation>die Snapshot-Datei &quot;%1&quot; existiert nicht oder ist keine Datei</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="86"/>
        <source>the scratch collection &quot;%1&quot; is still on %2: remove it by hand.</source>
        <translation>die Test-Collection &quot;%1&quot; ist noch auf %2: Entfernen Sie sie manuell.</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="103"/>
        <source>Restore drill of &quot;%1&quot; from %2 on %3, in the scratch collection &quot;%4&quot;:</source>
        <translation>Wiederherstellungstest von &quot;%1&quot; aus %2 auf %3, in der Test-Collection &quot;%4&quot;:</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="109"/>
        <source>CHECK</source>
        <translation>PRÜFUNG</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="109"/>
        <source>RECORDED AT BACKUP</source>
        <translation>BEI SICHERUNG ERFASST</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="109"/>
        <source>RESTORED</source>
        <translation>WIEDERHERGESTELLT</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="109"/>
        <source>RESULT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="111"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="164"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="111"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="164"/>
        <source>MISMATCH</source>
        <translation>ABWEICHUNG</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="115"/>
        <source>Scratch collection &quot;%1&quot;: removed.</source>
        <translation>Test-Collection &quot;%1&quot;: entfernt.</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="117"/>
        <source>Drill passed: the backup restores to what was recorded at backup time.</source>
        <translation>Test bestanden: Die Sicherung stellt wieder her, was bei der Sicherung erfasst wurde.</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="126"/>
        <location filename="../app/cli/VerifyCommand.cpp" line="143"/>
        <source>the drill is not recorded in the history: %1</source>
        <translation>der Test wird nicht im Verlauf erfasst: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="133"/>
        <source>Restore drill of %1</source>
        <translation>Wiederherstellungstest von %1</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="160"/>
        <source>scratch collection: %1</source>
        <translation>Test-Collection: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="163"/>
        <source>%1: recorded %2, restored %3: %4</source>
        <translation>%1: erfasst %2, wiederhergestellt %3: %4</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="168"/>
        <source>scratch collection removed</source>
        <translation>Test-Collection entfernt</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="168"/>
        <source>scratch collection NOT removed</source>
        <translation>Test-Collection NICHT entfernt</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="189"/>
        <source>the drill&apos;s result is not recorded in the history: %1</source>
        <translation>das Ergebnis des Tests wird nicht im Verlauf erfasst: %1</translation>
    </message>
</context>
<context>
    <name>Snapdock::CollectionTableModel</name>
    <message>
        <location filename="../app/gui/models/CollectionTableModel.cpp" line="224"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../app/gui/models/CollectionTableModel.cpp" line="226"/>
        <source>loading…</source>
        <translation>wird geladen …</translation>
    </message>
    <message>
        <location filename="../app/gui/models/CollectionTableModel.cpp" line="228"/>
        <source>green</source>
        <translation>grün</translation>
    </message>
    <message>
        <location filename="../app/gui/models/CollectionTableModel.cpp" line="230"/>
        <source>yellow</source>
        <translation>gelb</translation>
    </message>
    <message>
        <location filename="../app/gui/models/CollectionTableModel.cpp" line="232"/>
        <source>grey</source>
        <translation>grau</translation>
    </message>
    <message>
        <location filename="../app/gui/models/CollectionTableModel.cpp" line="234"/>
        <source>red</source>
        <translation>rot</translation>
    </message>
    <message>
        <location filename="../app/gui/models/CollectionTableModel.cpp" line="246"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../app/gui/models/CollectionTableModel.cpp" line="294"/>
        <source>No successful backup recorded</source>
        <translation>Keine erfolgreiche Sicherung verzeichnet</translation>
    </message>
    <message>
        <location filename="../app/gui/models/CollectionTableModel.cpp" line="296"/>
        <source>⚠ %1
%2</source>
        <translation>⚠ %1
%2</translation>
    </message>
    <message>
        <location filename="../app/gui/models/CollectionTableModel.cpp" line="305"/>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location filename="../app/gui/models/CollectionTableModel.cpp" line="307"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/gui/models/CollectionTableModel.cpp" line="309"/>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../app/gui/models/CollectionTableModel.cpp" line="311"/>
        <source>Vectors</source>
        <translation>Vektoren</translation>
    </message>
    <message>
        <location filename="../app/gui/models/CollectionTableModel.cpp" line="313"/>
        <source>Shards</source>
        <translation>Shards</translation>
    </message>
    <message>
        <location filename="../app/gui/models/CollectionTableModel.cpp" line="315"/>
        <source>Aliases</source>
        <translation>Aliase</translation>
    </message>
    <message>
        <location filename="../app/gui/models/CollectionTableModel.cpp" line="317"/>
        <source>Last backup</source>
        <translation>Letzte Sicherung</translation>
    </message>
    <message>
        <location filename="../app/gui/models/CollectionTableModel.cpp" line="319"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location filename="../app/gui/models/CollectionTableModel.cpp" line="321"/>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
</context>
<context>
    <name>Snapdock::CollectionsView</name>
    <message>
        <location filename="../app/gui/widgets/CollectionsView.cpp" line="26"/>
        <source>Filter collections</source>
        <translation>Collections filtern</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/CollectionsView.cpp" line="39"/>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
</context>
<context>
    <name>Snapdock::CronExpression</name>
    <message>
        <location filename="../app/core/scheduling/CronExpression.cpp" line="212"/>
        <source>the cron expression is empty</source>
        <translation>der Cron-Ausdruck ist leer</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/CronExpression.cpp" line="223"/>
        <source>unknown shortcut; use @hourly, @daily, @weekly, @monthly or @yearly</source>
        <translation>unbekanntes Kürzel; verwenden Sie @hourly, @daily, @weekly, @monthly oder @yearly</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/CronExpression.cpp" line="229"/>
        <source>a cron expression has five fields (minute hour day-of-month month day-of-week), this one has %1</source>
        <translation>ein Cron-Ausdruck hat fünf Felder (Minute Stunde Tag-des-Monats Monat Wochentag), dieser hat %1</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/CronExpression.cpp" line="265"/>
        <source>it never matches: none of its months has any of its days</source>
        <translation>er trifft nie zu: Keiner seiner Monate hat einen seiner Tage</translation>
    </message>
</context>
<context>
    <name>Snapdock::DrillLauncher</name>
    <message>
        <location filename="../app/gui/controllers/DrillLauncher.cpp" line="40"/>
        <source>Verify %1 by restoring</source>
        <translation>%1 durch Wiederherstellen prüfen</translation>
    </message>
</context>
<context>
    <name>Snapdock::DrillResultDialog</name>
    <message>
        <location filename="../app/gui/dialogs/DrillResultDialog.cpp" line="25"/>
        <source>Restore drill passed</source>
        <translation>Wiederherstellungstest bestanden</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/DrillResultDialog.cpp" line="25"/>
        <source>Restore drill failed</source>
        <translation>Wiederherstellungstest fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/DrillResultDialog.cpp" line="29"/>
        <source>✓ The backup %1 restores and matches its record.</source>
        <translation>✓ Die Sicherung %1 lässt sich wiederherstellen und stimmt mit ihrem Datensatz überein.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/DrillResultDialog.cpp" line="30"/>
        <source>✗ The backup %1 did not pass the restore drill.</source>
        <translation>✗ Die Sicherung %1 hat den Wiederherstellungstest nicht bestanden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/dialogs/DrillResultDialog.cpp" line="35"/>
        <source>%n check(s) differ from what was recorded at backup time.</source>
        <translation>
            <numerusform>%n Prüfung weicht von dem ab, was bei der Sicherung erfasst wurde.</numerusform>
            <numerusform>%n Prüfungen weichen von dem ab, was bei der Sicherung erfasst wurde.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/DrillResultDialog.cpp" line="37"/>
        <source>The scratch collection %1 was deleted.</source>
        <translation>Die Test-Collection %1 wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/DrillResultDialog.cpp" line="38"/>
        <source>⚠ The scratch collection %1 could not be deleted; remove it by hand.</source>
        <translation>⚠ Die Test-Collection %1 konnte nicht gelöscht werden; entfernen Sie sie manuell.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/DrillResultDialog.cpp" line="47"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/DrillResultDialog.cpp" line="47"/>
        <source>Recorded at backup</source>
        <translation>Bei der Sicherung erfasst</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/DrillResultDialog.cpp" line="47"/>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/DrillResultDialog.cpp" line="47"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/DrillResultDialog.cpp" line="61"/>
        <source>✓ matches</source>
        <translation>✓ stimmt überein</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/DrillResultDialog.cpp" line="61"/>
        <source>✗ differs</source>
        <translation>✗ weicht ab</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/DrillResultDialog.cpp" line="83"/>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/DrillResultDialog.cpp" line="85"/>
        <source>Vectors</source>
        <translation>Vektoren</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/DrillResultDialog.cpp" line="87"/>
        <source>Sparse vectors</source>
        <translation>Sparse-Vektoren</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/DrillResultDialog.cpp" line="89"/>
        <source>Shards</source>
        <translation>Shards</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/DrillResultDialog.cpp" line="91"/>
        <source>Payload schema</source>
        <translation>Payload-Schema</translation>
    </message>
</context>
<context>
    <name>Snapdock::FolderTemplate</name>
    <message>
        <location filename="../app/core/scheduling/FolderTemplate.cpp" line="218"/>
        <source>no valid time to expand the folder template &quot;%1&quot; with</source>
        <translation>keine gültige Zeit, mit der die Ordnervorlage „%1“ ausgefüllt werden kann</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/FolderTemplate.cpp" line="229"/>
        <source>the folder name %1 made from the folder template is not a safe file name</source>
        <translation>der aus der Ordnervorlage gebildete Ordnername %1 ist kein sicherer Dateiname</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/FolderTemplate.cpp" line="244"/>
        <source>the backup folder &quot;%1&quot; is not an absolute path</source>
        <translation>der Sicherungsordner „%1“ ist kein absoluter Pfad</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/FolderTemplate.cpp" line="256"/>
        <source>the folder %1 would lie outside the backup folder &quot;%2&quot;</source>
        <translation>der Ordner %1 läge außerhalb des Sicherungsordners „%2“</translation>
    </message>
</context>
<context>
    <name>Snapdock::FolderVerifyJob</name>
    <message>
        <location filename="../app/core/catalog/FolderVerifyJob.cpp" line="42"/>
        <source>looking for backups in %1</source>
        <translation>Sicherungen in %1 werden gesucht</translation>
    </message>
    <message>
        <location filename="../app/core/catalog/FolderVerifyJob.cpp" line="66"/>
        <source>no metadata file next to it; nothing to verify against</source>
        <translation>keine Metadatendatei daneben; nichts, wogegen geprüft werden kann</translation>
    </message>
    <message>
        <location filename="../app/core/catalog/FolderVerifyJob.cpp" line="70"/>
        <source>the metadata records no SHA-256 checksum</source>
        <translation>die Metadaten enthalten keine SHA-256-Prüfsumme</translation>
    </message>
    <message>
        <location filename="../app/core/catalog/FolderVerifyJob.cpp" line="72"/>
        <source>the snapshot file is missing</source>
        <translation>die Snapshot-Datei fehlt</translation>
    </message>
    <message>
        <location filename="../app/core/catalog/FolderVerifyJob.cpp" line="76"/>
        <source>%1 bytes, but the metadata records %2</source>
        <translation>%1 Bytes, laut Metadaten aber %2</translation>
    </message>
    <message>
        <location filename="../app/core/catalog/FolderVerifyJob.cpp" line="97"/>
        <source>verifying %1 of %2: %3</source>
        <translation>%1 von %2 wird geprüft: %3</translation>
    </message>
    <message>
        <location filename="../app/core/catalog/FolderVerifyJob.cpp" line="122"/>
        <source>SHA-256 %1, but the metadata records %2</source>
        <translation>SHA-256 %1, laut Metadaten aber %2</translation>
    </message>
    <message>
        <location filename="../app/core/catalog/FolderVerifyJob.cpp" line="141"/>
        <source>verifying the backups in %1</source>
        <translation>Prüfen der Sicherungen in %1</translation>
    </message>
    <message>
        <location filename="../app/core/catalog/FolderVerifyJob.cpp" line="142"/>
        <source>%1 of %2 backups did not verify</source>
        <translation>%1 von %2 Sicherungen haben die Prüfung nicht bestanden</translation>
    </message>
</context>
<context>
    <name>Snapdock::HistoryRecorder</name>
    <message>
        <location filename="../app/core/history/HistoryRecorder.cpp" line="74"/>
        <source>started: %1</source>
        <translation>gestartet: %1</translation>
    </message>
    <message>
        <location filename="../app/core/history/HistoryRecorder.cpp" line="76"/>
        <source>retry of queue job %1</source>
        <translation>Wiederholung von Auftrag %1 der Warteschlange</translation>
    </message>
    <message>
        <location filename="../app/core/history/HistoryRecorder.cpp" line="97"/>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <location filename="../app/core/history/HistoryRecorder.cpp" line="100"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/core/history/HistoryRecorder.cpp" line="103"/>
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
        <location filename="../app/gui/widgets/HostBrowser.cpp" line="52"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HostBrowser.cpp" line="98"/>
        <source>No snapshots on the server for %1.</source>
        <translation>Keine Snapshots %1 auf dem Server.</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HostBrowser.cpp" line="115"/>
        <source>Could not delete snapshot %1: %2</source>
        <translation>Snapshot %1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HostBrowser.cpp" line="127"/>
        <source>No backups in this folder yet.</source>
        <translation>In diesem Ordner gibt es noch keine Sicherungen.</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HostBrowser.cpp" line="152"/>
        <source>Server Snapshots</source>
        <translation>Server-Snapshots</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HostBrowser.cpp" line="153"/>
        <source>Local Backups</source>
        <translation>Lokale Sicherungen</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HostBrowser.cpp" line="249"/>
        <source>Choose a host to see its collections.</source>
        <translation>Wählen Sie einen Host, um seine Collections zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HostBrowser.cpp" line="272"/>
        <location filename="../app/gui/widgets/HostBrowser.cpp" line="306"/>
        <source>Looking for backups…</source>
        <translation>Sicherungen werden gesucht …</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HostBrowser.cpp" line="276"/>
        <source>Reading the API key from the keychain…</source>
        <translation>API-Schlüssel wird aus dem Schlüsselbund gelesen …</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HostBrowser.cpp" line="280"/>
        <source>Loading collections from %1…</source>
        <translation>Collections werden von %1 geladen …</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HostBrowser.cpp" line="332"/>
        <source>There are no collections on this server.</source>
        <translation>Auf diesem Server gibt es keine Collections.</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HostBrowser.cpp" line="342"/>
        <source>Could not load the collections: %1</source>
        <translation>Die Collections konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HostBrowser.cpp" line="359"/>
        <source>Loading the snapshots of %1…</source>
        <translation>Snapshots %1 werden geladen …</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HostBrowser.cpp" line="366"/>
        <source>Could not list the snapshots: %1</source>
        <translation>Die Snapshots konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HostBrowser.cpp" line="374"/>
        <source>No backups yet: the folder does not exist.</source>
        <translation>Noch keine Sicherungen: Der Ordner existiert nicht.</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HostBrowser.cpp" line="376"/>
        <source>Could not read the backup folder: %1</source>
        <translation>Der Sicherungsordner konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HostBrowser.cpp" line="488"/>
        <source>Download Snapshots To</source>
        <translation>Snapshots herunterladen nach</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HostBrowser.cpp" line="506"/>
        <source>Delete Server Snapshots</source>
        <translation>Server-Snapshots löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/widgets/HostBrowser.cpp" line="507"/>
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
        <location filename="../app/gui/widgets/HostBrowser.cpp" line="509"/>
        <source>Delete from Server</source>
        <translation>Vom Server löschen</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HostBrowser.cpp" line="525"/>
        <source>Delete Local Backups</source>
        <translation>Lokale Sicherungen löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/widgets/HostBrowser.cpp" line="526"/>
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
        <location filename="../app/gui/widgets/HostBrowser.cpp" line="530"/>
        <source>Delete Files</source>
        <translation>Dateien löschen</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/HostBrowser.cpp" line="592"/>
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
        <source>Verify &amp;Checksum</source>
        <translation>&amp;Prüfsumme prüfen</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/HostBrowserActions.cpp" line="67"/>
        <source>&amp;Pin</source>
        <translation>&amp;Fixieren</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/HostBrowserActions.cpp" line="67"/>
        <source>Keep the selected backups: retention never removes a pinned backup</source>
        <translation>Die ausgewählten Sicherungen behalten: Die Aufbewahrung entfernt nie eine fixierte Sicherung</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/HostBrowserActions.cpp" line="68"/>
        <source>U&amp;npin</source>
        <translation>Fi&amp;xierung aufheben</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/HostBrowserActions.cpp" line="68"/>
        <source>Let retention remove the selected backups again</source>
        <translation>Der Aufbewahrung wieder erlauben, die ausgewählten Sicherungen zu entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/HostBrowserActions.cpp" line="70"/>
        <source>Verify by &amp;Restoring…</source>
        <translation>Durch Wiederherstellen p&amp;rüfen …</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/HostBrowserActions.cpp" line="71"/>
        <source>Restore the backup into a scratch collection, compare it with its record, then delete the scratch collection</source>
        <translation>Die Sicherung in eine Test-Collection wiederherstellen, mit ihrem Datensatz vergleichen und die Test-Collection dann löschen</translation>
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
    <name>Snapdock::InterruptedJobsBanner</name>
    <message>
        <location filename="../app/gui/widgets/InterruptedJobsBanner.cpp" line="31"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/InterruptedJobsBanner.cpp" line="32"/>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen …</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/InterruptedJobsBanner.cpp" line="39"/>
        <source>Continue the interrupted jobs in the queue; downloads go on from their partial files</source>
        <translation>Die unterbrochenen Aufträge in der Warteschlange fortsetzen; Downloads werden ab ihren unvollständigen Dateien fortgesetzt</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/InterruptedJobsBanner.cpp" line="40"/>
        <source>Forget the interrupted jobs and delete their partial files</source>
        <translation>Die unterbrochenen Aufträge verwerfen und ihre unvollständigen Dateien löschen</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/InterruptedJobsBanner.cpp" line="86"/>
        <source>Discard Interrupted Jobs</source>
        <translation>Unterbrochene Aufträge verwerfen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/widgets/InterruptedJobsBanner.cpp" line="87"/>
        <source>Forget %n interrupted job(s) and delete their partial downloads?

This cannot be undone.</source>
        <translation>
            <numerusform>%n unterbrochenen Auftrag verwerfen und seinen unvollständigen Download löschen?

Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n unterbrochene Aufträge verwerfen und ihre unvollständigen Downloads löschen?

Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/InterruptedJobsBanner.cpp" line="90"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>Snapdock::InterruptedJobsController</name>
    <message>
        <location filename="../app/gui/controllers/InterruptedJobsController.cpp" line="51"/>
        <source>The list of interrupted jobs could not be read: %1</source>
        <translation>Die Liste der unterbrochenen Aufträge konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/InterruptedJobsController.cpp" line="58"/>
        <source>full storage</source>
        <translation>gesamter Speicher</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/InterruptedJobsController.cpp" line="64"/>
        <source>%1 (%2 of %3 downloaded)</source>
        <translation>%1 (%2 von %3 heruntergeladen)</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/InterruptedJobsController.cpp" line="67"/>
        <source>%1 (%2 downloaded)</source>
        <translation>%1 (%2 heruntergeladen)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/controllers/InterruptedJobsController.cpp" line="79"/>
        <source>%n job(s) were interrupted when Snapdock or snapdock-cli stopped: %1</source>
        <translation>
            <numerusform>%n Auftrag wurde unterbrochen, als Snapdock oder snapdock-cli beendet wurde: %1</numerusform>
            <numerusform>%n Aufträge wurden unterbrochen, als Snapdock oder snapdock-cli beendet wurde: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/InterruptedJobsController.cpp" line="88"/>
        <source>%1 — %2 on %3</source>
        <translation>%1 – %2 auf %3</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/InterruptedJobsController.cpp" line="113"/>
        <source>%1: no connection profile for %2; add one or resume with snapdock-cli resume</source>
        <translation>%1: keine Verbindung für %2; legen Sie eine an, oder setzen Sie mit snapdock-cli resume fort</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/InterruptedJobsController.cpp" line="127"/>
        <location filename="../app/gui/controllers/InterruptedJobsController.cpp" line="157"/>
        <source>%1 cannot be resumed: %2</source>
        <translation>%1 kann nicht fortgesetzt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/InterruptedJobsController.cpp" line="168"/>
        <source>the full storage</source>
        <translation>gesamter Speicher</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/InterruptedJobsController.cpp" line="169"/>
        <source>Resume restore of %1</source>
        <translation>Wiederherstellung fortsetzen: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/InterruptedJobsController.cpp" line="170"/>
        <source>Resume download of %1</source>
        <translation>Download fortsetzen: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/InterruptedJobsController.cpp" line="171"/>
        <source>Resume backup of %1</source>
        <translation>Sicherung fortsetzen: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/InterruptedJobsController.cpp" line="190"/>
        <source>%1 could not be discarded: %2</source>
        <translation>%1 konnte nicht verworfen werden: %2</translation>
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
    <name>Snapdock::JobBookkeeper</name>
    <message>
        <location filename="../app/core/jobs/JobBookkeeper.cpp" line="102"/>
        <source>started: %1</source>
        <translation>gestartet: %1</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/JobBookkeeper.cpp" line="104"/>
        <source>resumes the interrupted run %1</source>
        <translation>setzt den unterbrochenen Lauf %1 fort</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/JobBookkeeper.cpp" line="136"/>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/JobBookkeeper.cpp" line="137"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/JobBookkeeper.cpp" line="138"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
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
    <name>Snapdock::JobRebuilder</name>
    <message>
        <location filename="../app/core/jobs/JobRebuilder.cpp" line="107"/>
        <source>Download a full-storage snapshot</source>
        <translation>Snapshot des gesamten Speichers herunterladen</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/JobRebuilder.cpp" line="107"/>
        <source>Download a snapshot of %1</source>
        <translation>Snapshot von %1 herunterladen</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/JobRebuilder.cpp" line="109"/>
        <source>Back up the full storage</source>
        <translation>Gesamten Speicher sichern</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/JobRebuilder.cpp" line="109"/>
        <source>Back up %1</source>
        <translation>Sicherung von %1</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/JobRebuilder.cpp" line="128"/>
        <source>Restore %1</source>
        <translation>Wiederherstellung von %1</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/JobRebuilder.cpp" line="155"/>
        <source>job %1 cannot be resumed: its host &quot;%2&quot; is not an http:// or https:// URL</source>
        <translation>Auftrag %1 kann nicht fortgesetzt werden: Sein Host „%2“ ist keine http://- oder https://-URL</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/JobRebuilder.cpp" line="185"/>
        <source>the collection</source>
        <translation>die Collection</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/JobRebuilder.cpp" line="189"/>
        <source>the output folder</source>
        <translation>der Ausgabeordner</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/JobRebuilder.cpp" line="192"/>
        <source>where the snapshot comes from</source>
        <translation>die Herkunft des Snapshots</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/JobRebuilder.cpp" line="196"/>
        <source>the snapshot name</source>
        <translation>der Snapshot-Name</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/JobRebuilder.cpp" line="208"/>
        <source>the snapshot file</source>
        <translation>die Snapshot-Datei</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/JobRebuilder.cpp" line="210"/>
        <source>the target collection</source>
        <translation>die Ziel-Collection</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/JobRebuilder.cpp" line="213"/>
        <source>the kind of target</source>
        <translation>die Art des Ziels</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/JobRebuilder.cpp" line="217"/>
        <source>the priority</source>
        <translation>die Priorität</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/JobRebuilder.cpp" line="249"/>
        <source>job %1 cannot be resumed: this version cannot resume %2 jobs</source>
        <translation>Auftrag %1 kann nicht fortgesetzt werden: Diese Version kann %2-Aufträge nicht fortsetzen</translation>
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
    <name>Snapdock::LaunchdAgent</name>
    <message>
        <location filename="../app/core/scheduling/LaunchdAgent.cpp" line="84"/>
        <source>this timing needs more than %1 launchd calendar intervals; choose a simpler timing for the installed job</source>
        <translation>diese Zeitsteuerung benötigt mehr als %1 launchd-Kalenderintervalle; wählen Sie für den installierten Auftrag eine einfachere Zeitsteuerung</translation>
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
        <location filename="../app/gui/controllers/LocalBackupController.cpp" line="120"/>
        <source>%1 has no readable .snapdock.json to record the pin in</source>
        <translation>%1 hat keine lesbare .snapdock.json, in der die Fixierung vermerkt werden kann</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/LocalBackupController.cpp" line="145"/>
        <source>deleting %1</source>
        <translation>Löschen von %1</translation>
    </message>
</context>
<context>
    <name>Snapdock::LocalBackupModel</name>
    <message>
        <location filename="../app/gui/models/LocalBackupModel.cpp" line="192"/>
        <source>Pinned</source>
        <translation>Fixiert</translation>
    </message>
    <message>
        <location filename="../app/gui/models/LocalBackupModel.cpp" line="194"/>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location filename="../app/gui/models/LocalBackupModel.cpp" line="196"/>
        <source>Snapshot file</source>
        <translation>Snapshot-Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/models/LocalBackupModel.cpp" line="198"/>
        <source>Backed up</source>
        <translation>Gesichert</translation>
    </message>
    <message>
        <location filename="../app/gui/models/LocalBackupModel.cpp" line="200"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../app/gui/models/LocalBackupModel.cpp" line="202"/>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../app/gui/models/LocalBackupModel.cpp" line="204"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../app/gui/models/LocalBackupModel.cpp" line="206"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/gui/models/LocalBackupModel.cpp" line="234"/>
        <source>mismatch ✗</source>
        <translation>abweichend ✗</translation>
    </message>
    <message>
        <location filename="../app/gui/models/LocalBackupModel.cpp" line="236"/>
        <source>snapshot missing</source>
        <translation>Snapshot fehlt</translation>
    </message>
    <message>
        <location filename="../app/gui/models/LocalBackupModel.cpp" line="238"/>
        <source>metadata unreadable</source>
        <translation>Metadaten unlesbar</translation>
    </message>
    <message>
        <location filename="../app/gui/models/LocalBackupModel.cpp" line="240"/>
        <source>size differs ✗</source>
        <translation>Größe abweichend ✗</translation>
    </message>
    <message>
        <location filename="../app/gui/models/LocalBackupModel.cpp" line="242"/>
        <source>cannot verify</source>
        <translation>nicht prüfbar</translation>
    </message>
    <message>
        <location filename="../app/gui/models/LocalBackupModel.cpp" line="244"/>
        <source>no metadata</source>
        <translation>keine Metadaten</translation>
    </message>
    <message>
        <location filename="../app/gui/models/LocalBackupModel.cpp" line="246"/>
        <source>verifying…</source>
        <translation>wird geprüft …</translation>
    </message>
    <message>
        <location filename="../app/gui/models/LocalBackupModel.cpp" line="248"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../app/gui/models/LocalBackupModel.cpp" line="250"/>
        <source>verified ✓</source>
        <translation>geprüft ✓</translation>
    </message>
    <message>
        <location filename="../app/gui/models/LocalBackupModel.cpp" line="263"/>
        <source>Full storage</source>
        <translation>Gesamter Speicher</translation>
    </message>
    <message>
        <location filename="../app/gui/models/LocalBackupModel.cpp" line="314"/>
        <source>Pinned: retention never removes this backup</source>
        <translation>Fixiert: Die Aufbewahrung entfernt diese Sicherung nie</translation>
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
        <location filename="../app/gui/widgets/LocalBackupsView.cpp" line="39"/>
        <source>Local backups</source>
        <translation>Lokale Sicherungen</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/LocalBackupsView.cpp" line="65"/>
        <source>No backup folder</source>
        <translation>Kein Sicherungsordner</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/LocalBackupsView.cpp" line="65"/>
        <source>Folder: %1</source>
        <translation>Ordner: %1</translation>
    </message>
</context>
<context>
    <name>Snapdock::LocalPruner</name>
    <message>
        <location filename="../app/core/retention/LocalPruner.cpp" line="71"/>
        <source>it has no metadata file, so its backup time is unknown</source>
        <translation>sie hat keine Metadatendatei, daher ist ihr Sicherungszeitpunkt unbekannt</translation>
    </message>
    <message>
        <location filename="../app/core/retention/LocalPruner.cpp" line="72"/>
        <source>its metadata file cannot be read, so its backup time is unknown (%1)</source>
        <translation>ihre Metadatendatei kann nicht gelesen werden, daher ist ihr Sicherungszeitpunkt unbekannt (%1)</translation>
    </message>
    <message>
        <location filename="../app/core/retention/LocalPruner.cpp" line="82"/>
        <source>its snapshot file is missing, so no rule counts it</source>
        <translation>ihre Snapshot-Datei fehlt, daher zählt keine Regel sie</translation>
    </message>
    <message>
        <location filename="../app/core/retention/LocalPruner.cpp" line="111"/>
        <source>%1 is not among the scanned backups, so it was left alone</source>
        <translation>%1 gehört nicht zu den durchsuchten Sicherungen und wurde daher nicht angetastet</translation>
    </message>
    <message>
        <location filename="../app/core/retention/LocalPruner.cpp" line="144"/>
        <source>%1 is outside the backup folder %2, so it was left alone</source>
        <translation>%1 liegt außerhalb des Sicherungsordners %2 und wurde daher nicht angetastet</translation>
    </message>
    <message>
        <location filename="../app/core/retention/LocalPruner.cpp" line="148"/>
        <source>%1 is write-protected, so the backup was left in place (make it writable to let prune remove it, or pin it to keep it)</source>
        <translation>%1 ist schreibgeschützt, daher wurde die Sicherung belassen (machen Sie sie beschreibbar, damit prune sie entfernen kann, oder fixieren Sie sie, um sie zu behalten)</translation>
    </message>
</context>
<context>
    <name>Snapdock::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="67"/>
        <location filename="../app/gui/MainWindow.cpp" line="372"/>
        <source>Snapdock</source>
        <translation>Snapdock</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="87"/>
        <source>&amp;Queue</source>
        <translation>&amp;Warteschlange</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="98"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="106"/>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="132"/>
        <source>Restore drill failed</source>
        <translation>Wiederherstellungstest fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="138"/>
        <source>Ready.</source>
        <translation>Bereit.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="139"/>
        <source>History is not available: the history database could not be opened.</source>
        <translation>Der Verlauf ist nicht verfügbar: Die Verlaufsdatenbank konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="152"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="153"/>
        <source>&amp;Restore from File…</source>
        <translation>Aus Datei &amp;wiederherstellen …</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="156"/>
        <source>Restore a snapshot</source>
        <translation>Snapshot wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="156"/>
        <source>Qdrant snapshots (*.snapshot)</source>
        <translation>Qdrant-Snapshots (*.snapshot)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="167"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="170"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="174"/>
        <source>&amp;Host</source>
        <translation>H&amp;ost</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="182"/>
        <source>&amp;Backup</source>
        <translation>&amp;Sicherung</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="198"/>
        <source>S&amp;chedules</source>
        <translation>&amp;Zeitpläne</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="209"/>
        <source>&amp;Tasks</source>
        <translation>&amp;Aufgaben</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="216"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="217"/>
        <source>&amp;About Snapdock</source>
        <translation>&amp;Über Snapdock</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="220"/>
        <source>About Snapdock</source>
        <translation>Über Snapdock</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="221"/>
        <source>&lt;b&gt;Snapdock %1&lt;/b&gt;&lt;br&gt;Backup and restore for Qdrant collections.</source>
        <translation>&lt;b&gt;Snapdock %1&lt;/b&gt;&lt;br&gt;Sicherung und Wiederherstellung für Qdrant-Collections.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="229"/>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="248"/>
        <source>&amp;Schedules</source>
        <translation>Zeit&amp;pläne</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="259"/>
        <source>Recovery point of &quot;%1&quot; too old</source>
        <translation>Wiederherstellungspunkt von „%1“ zu alt</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="260"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="295"/>
        <source>Verify by Restoring</source>
        <translation>Durch Wiederherstellen prüfen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="296"/>
        <source>Restore %1 into a scratch collection on:</source>
        <translation>%1 in eine Test-Collection wiederherstellen auf:</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="299"/>
        <source>Verify</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="327"/>
        <source>Connected to %1.</source>
        <translation>Verbunden mit %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="365"/>
        <source>%1 finished.</source>
        <translation>%1 abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="365"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="379"/>
        <source>Select or add a host to restore into first.</source>
        <translation>Wählen Sie zuerst einen Host als Ziel der Wiederherstellung aus, oder fügen Sie einen hinzu.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="397"/>
        <source>The host &quot;%1&quot; of this restore is no longer configured.</source>
        <translation>Der Host „%1“ dieser Wiederherstellung ist nicht mehr eingerichtet.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="449"/>
        <source>Tasks are running</source>
        <translation>Aufgaben laufen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MainWindow.cpp" line="450"/>
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
    <name>Snapdock::MissedRunPolicy</name>
    <message>
        <location filename="../app/core/scheduling/MissedRunPolicy.cpp" line="61"/>
        <source>catching up the run due %1</source>
        <translation>Nachholen des um %1 fälligen Laufs</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/MissedRunPolicy.cpp" line="66"/>
        <source>%1 (1 earlier run missed)</source>
        <translation>%1 (1 früherer Lauf verpasst)</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/MissedRunPolicy.cpp" line="67"/>
        <source>%1 (%2 earlier runs missed)</source>
        <translation>%1 (%2 frühere Läufe verpasst)</translation>
    </message>
</context>
<context>
    <name>Snapdock::PreferencesDialog</name>
    <message>
        <location filename="../app/gui/dialogs/PreferencesDialog.cpp" line="22"/>
        <source>&amp;Start Snapdock when I log in (in the tray, so schedules run)</source>
        <translation>Snapdock beim Anmelden &amp;starten (im Infobereich, damit Zeitpläne laufen)</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/PreferencesDialog.cpp" line="26"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/PreferencesDialog.cpp" line="27"/>
        <source>All: finished runs and tasks too</source>
        <translation>Alle: auch abgeschlossene Läufe und Aufgaben</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/PreferencesDialog.cpp" line="28"/>
        <source>Failures only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/PreferencesDialog.cpp" line="29"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/PreferencesDialog.cpp" line="37"/>
        <source>Desktop &amp;notifications:</source>
        <translation>Desktop-&amp;Benachrichtigungen:</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/PreferencesDialog.cpp" line="53"/>
        <source>Could not change the login item: %1</source>
        <translation>Der Autostart-Eintrag konnte nicht geändert werden: %1</translation>
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
        <location filename="../app/core/profiles/Profile.cpp" line="142"/>
        <source>unknown authentication scheme &quot;%1&quot; (expected &quot;api-key&quot; or &quot;bearer&quot;)</source>
        <translation>unbekanntes Authentifizierungsschema &quot;%1&quot; (erwartet: &quot;api-key&quot; oder &quot;bearer&quot;)</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="147"/>
        <source>the profile&apos;s &quot;nodeUrls&quot; is not a list</source>
        <translation>&quot;nodeUrls&quot; der Verbindung ist keine Liste</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="150"/>
        <source>the profile&apos;s &quot;nodeUrls&quot; contains something that is not a URL</source>
        <translation>&quot;nodeUrls&quot; der Verbindung enthält etwas, das keine URL ist</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="158"/>
        <source>the profile&apos;s &quot;allowKeyOverPlainHttp&quot; is not true or false</source>
        <translation>&quot;allowKeyOverPlainHttp&quot; der Verbindung ist weder true noch false</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="186"/>
        <source>the profile needs a name</source>
        <translation>die Verbindung benötigt einen Namen</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="187"/>
        <source>the server URL</source>
        <translation>die Server-URL</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="190"/>
        <source>the node URL &quot;%1&quot;</source>
        <translation>die Knoten-URL „%1“</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="195"/>
        <source>the pinned certificate fingerprint must be a SHA-256 fingerprint: 64 hexadecimal digits, optionally separated by colons</source>
        <translation>der Fingerabdruck des gepinnten Zertifikats muss ein SHA-256-Fingerabdruck sein: 64 Hexadezimalziffern, optional durch Doppelpunkte getrennt</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="201"/>
        <source>the CA certificates file &quot;%1&quot; does not exist</source>
        <translation>die CA-Zertifikatsdatei „%1“ existiert nicht</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/Profile.cpp" line="204"/>
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
    <name>Snapdock::PruneController</name>
    <message>
        <location filename="../app/gui/controllers/PruneController.cpp" line="36"/>
        <source>the schedule &quot;%1&quot; keeps every backup: set a retention rule first</source>
        <translation>der Zeitplan „%1“ behält alle Sicherungen: Legen Sie zuerst eine Aufbewahrungsregel fest</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/PruneController.cpp" line="115"/>
        <source>Prune the backups of schedule &quot;%1&quot;</source>
        <translation>Sicherungen des Zeitplans „%1“ bereinigen</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/PruneController.cpp" line="125"/>
        <source>removed %1</source>
        <translation>%1 entfernt</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/controllers/PruneController.cpp" line="131"/>
        <source>%n old backup(s) removed</source>
        <translation>
            <numerusform>%n alte Sicherung entfernt</numerusform>
            <numerusform>%n alte Sicherungen entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/controllers/PruneController.cpp" line="134"/>
        <source>%n backup(s) could not be removed</source>
        <translation>
            <numerusform>%n Sicherung konnte nicht entfernt werden</numerusform>
            <numerusform>%n Sicherungen konnten nicht entfernt werden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Snapdock::PruneDialog</name>
    <message>
        <location filename="../app/gui/dialogs/PruneDialog.cpp" line="31"/>
        <source>Prune the backups of &quot;%1&quot;</source>
        <translation>Sicherungen von „%1“ bereinigen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/dialogs/PruneDialog.cpp" line="38"/>
        <source>Policy: %1.
In %2: %n backup(s) would be removed, freeing %3; %4 kept. Nothing has been removed yet.</source>
        <translation>
            <numerusform>Richtlinie: %1.
In %2: %n Sicherung würde entfernt, %3 würden frei; %4 behalten. Bisher wurde nichts entfernt.</numerusform>
            <numerusform>Richtlinie: %1.
In %2: %n Sicherungen würden entfernt, %3 würden frei; %4 behalten. Bisher wurde nichts entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/dialogs/PruneDialog.cpp" line="45"/>
        <source>&amp;Remove %n backup(s)</source>
        <translation>
            <numerusform>%n Sicherung &amp;entfernen</numerusform>
            <numerusform>%n Sicherungen &amp;entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/PruneDialog.cpp" line="53"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/PruneDialog.cpp" line="53"/>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/PruneDialog.cpp" line="53"/>
        <source>Backed up</source>
        <translation>Gesichert</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/PruneDialog.cpp" line="53"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/PruneDialog.cpp" line="53"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/PruneDialog.cpp" line="84"/>
        <source>keep</source>
        <translation>behalten</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/PruneDialog.cpp" line="84"/>
        <source>remove</source>
        <translation>entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/PruneDialog.cpp" line="95"/>
        <source>Full storage</source>
        <translation>Gesamter Speicher</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/dialogs/PruneDialog.cpp" line="115"/>
        <source>Removing %n backup(s)…</source>
        <translation>
            <numerusform>%n Sicherung wird entfernt …</numerusform>
            <numerusform>%n Sicherungen werden entfernt …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/dialogs/PruneDialog.cpp" line="124"/>
        <source>Removed %n backup(s), freeing %1.</source>
        <translation>
            <numerusform>%n Sicherung entfernt, %1 freigegeben.</numerusform>
            <numerusform>%n Sicherungen entfernt, %1 freigegeben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/PruneDialog.cpp" line="129"/>
        <source>✗ %1: %2</source>
        <translation>✗ %1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/PruneDialog.cpp" line="137"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/PruneDialog.cpp" line="139"/>
        <source>not removed</source>
        <translation>nicht entfernt</translation>
    </message>
</context>
<context>
    <name>Snapdock::QdrantClient</name>
    <message>
        <location filename="../app/core/qdrant/QdrantClient.cpp" line="70"/>
        <source>asking the server for its version</source>
        <translation>Abfrage der Serverversion</translation>
    </message>
    <message>
        <location filename="../app/core/qdrant/QdrantClient.cpp" line="81"/>
        <source>listing collections</source>
        <translation>Auflisten der Collections</translation>
    </message>
    <message>
        <location filename="../app/core/qdrant/QdrantClient.cpp" line="91"/>
        <source>reading collection &quot;%1&quot;</source>
        <translation>Lesen der Collection „%1“</translation>
    </message>
    <message>
        <location filename="../app/core/qdrant/QdrantClient.cpp" line="103"/>
        <source>checking whether collection &quot;%1&quot; exists</source>
        <translation>Prüfen, ob die Collection „%1“ existiert</translation>
    </message>
    <message>
        <location filename="../app/core/qdrant/QdrantClient.cpp" line="118"/>
        <source>deleting collection &quot;%1&quot;</source>
        <translation>Löschen der Collection „%1“</translation>
    </message>
    <message>
        <location filename="../app/core/qdrant/QdrantClient.cpp" line="128"/>
        <source>listing aliases</source>
        <translation>Auflisten der Aliase</translation>
    </message>
    <message>
        <location filename="../app/core/qdrant/QdrantClient.cpp" line="138"/>
        <source>listing aliases of collection &quot;%1&quot;</source>
        <translation>Auflisten der Aliase der Collection „%1“</translation>
    </message>
    <message>
        <location filename="../app/core/qdrant/QdrantClient.cpp" line="148"/>
        <source>creating alias &quot;%1&quot; for collection &quot;%2&quot;</source>
        <translation>Anlegen des Alias „%1“ für die Collection „%2“</translation>
    </message>
    <message>
        <location filename="../app/core/qdrant/QdrantClient.cpp" line="163"/>
        <source>reading cluster information</source>
        <translation>Lesen der Cluster-Informationen</translation>
    </message>
    <message>
        <location filename="../app/core/qdrant/QdrantClient.cpp" line="173"/>
        <source>reading the shard placement of collection &quot;%1&quot;</source>
        <translation>Lesen der Shard-Verteilung der Collection „%1“</translation>
    </message>
    <message>
        <location filename="../app/core/qdrant/QdrantClient.cpp" line="183"/>
        <source>listing snapshots of %1</source>
        <translation>Auflisten der Snapshots %1</translation>
    </message>
    <message>
        <location filename="../app/core/qdrant/QdrantClient.cpp" line="193"/>
        <source>creating a snapshot of %1</source>
        <translation>Erstellen eines Snapshots %1</translation>
    </message>
    <message>
        <location filename="../app/core/qdrant/QdrantClient.cpp" line="207"/>
        <source>requesting a snapshot of %1</source>
        <translation>Anfordern eines Snapshots %1</translation>
    </message>
    <message>
        <location filename="../app/core/qdrant/QdrantClient.cpp" line="222"/>
        <source>deleting snapshot %1 of %2</source>
        <translation>Löschen des Snapshots %1 %2</translation>
    </message>
    <message>
        <location filename="../app/core/qdrant/QdrantClient.cpp" line="237"/>
        <source>downloading snapshot %1 of %2</source>
        <translation>Herunterladen des Snapshots %1 %2</translation>
    </message>
    <message>
        <location filename="../app/core/qdrant/QdrantClient.cpp" line="249"/>
        <source>streaming a snapshot of %1</source>
        <translation>Streamen eines Snapshots %1</translation>
    </message>
    <message>
        <location filename="../app/core/qdrant/QdrantClient.cpp" line="260"/>
        <source>uploading %1 to %2</source>
        <translation>Hochladen von %1 in die Snapshot-Liste %2</translation>
    </message>
    <message>
        <location filename="../app/core/qdrant/QdrantClient.cpp" line="270"/>
        <source>restoring %1 from %2</source>
        <translation>Wiederherstellen %1 aus %2</translation>
    </message>
</context>
<context>
    <name>Snapdock::QueueView</name>
    <message>
        <location filename="../app/gui/widgets/QueueView.cpp" line="93"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/QueueView.cpp" line="94"/>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/QueueView.cpp" line="95"/>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/QueueView.cpp" line="96"/>
        <source>C&amp;lear finished</source>
        <translation>Abgeschlossene ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/QueueView.cpp" line="97"/>
        <source>Open &amp;log</source>
        <translation>&amp;Protokoll öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/QueueView.cpp" line="130"/>
        <source>Cancel the selected jobs (Del, Esc)</source>
        <translation>Die ausgewählten Aufträge abbrechen (Entf, Esc)</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/QueueView.cpp" line="132"/>
        <source>Run the selected failed or cancelled jobs again</source>
        <translation>Die ausgewählten fehlgeschlagenen oder abgebrochenen Aufträge erneut ausführen</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/QueueView.cpp" line="133"/>
        <source>Remove the selected finished jobs from the list</source>
        <translation>Die ausgewählten abgeschlossenen Aufträge aus der Liste entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/QueueView.cpp" line="134"/>
        <source>Remove every finished job from the list</source>
        <translation>Alle abgeschlossenen Aufträge aus der Liste entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/QueueView.cpp" line="135"/>
        <source>Show what the selected job did</source>
        <translation>Anzeigen, was der ausgewählte Auftrag getan hat</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/QueueView.cpp" line="272"/>
        <source>queued: %1</source>
        <translation>eingereiht: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/QueueView.cpp" line="274"/>
        <source>started: %1</source>
        <translation>gestartet: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/QueueView.cpp" line="276"/>
        <source>stage: %1</source>
        <translation>Schritt: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/QueueView.cpp" line="278"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/QueueView.cpp" line="280"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/QueueView.cpp" line="282"/>
        <source>finished: %1</source>
        <translation>beendet: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/QueueView.cpp" line="284"/>
        <source>file: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/widgets/QueueView.cpp" line="316"/>
        <source>%n active</source>
        <translation>
            <numerusform>%n aktiv</numerusform>
            <numerusform>%n aktiv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/widgets/QueueView.cpp" line="316"/>
        <source>%n finished</source>
        <translation>
            <numerusform>%n abgeschlossen</numerusform>
            <numerusform>%n abgeschlossen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Snapdock::RecoveryPointMonitor</name>
    <message>
        <location filename="../app/gui/controllers/RecoveryPointMonitor.cpp" line="39"/>
        <source>no backup</source>
        <translation>keine Sicherung</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/RecoveryPointMonitor.cpp" line="42"/>
        <source>no backup checks out</source>
        <translation>keine Sicherung besteht die Prüfung</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/RecoveryPointMonitor.cpp" line="43"/>
        <source>no backup checks out (%1)</source>
        <translation>keine Sicherung besteht die Prüfung (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/RecoveryPointMonitor.cpp" line="45"/>
        <source>the newest good backup is %1 old (limit %2)</source>
        <translation>die neueste gute Sicherung ist %1 alt (Grenze %2)</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/RecoveryPointMonitor.cpp" line="192"/>
        <source>no backup yet</source>
        <translation>noch keine Sicherung</translation>
    </message>
</context>
<context>
    <name>Snapdock::RecoveryPointWatchdog</name>
    <message>
        <location filename="../app/core/monitoring/RecoveryPointWatchdog.cpp" line="92"/>
        <source>the file does not match its metadata (size or SHA-256 differs)</source>
        <translation>die Datei passt nicht zu ihren Metadaten (Größe oder SHA-256 weicht ab)</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/RecoveryPointWatchdog.cpp" line="155"/>
        <source>the snapshot file %1 is missing</source>
        <translation>die Snapshot-Datei %1 fehlt</translation>
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
    <name>Snapdock::RestoreDrillJob</name>
    <message>
        <location filename="../app/core/jobs/RestoreDrillJob.cpp" line="45"/>
        <source>a restore drill needs the name of a collection</source>
        <translation>ein Wiederherstellungstest benötigt den Namen einer Collection</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreDrillJob.cpp" line="47"/>
        <source>a restore drill needs a valid time</source>
        <translation>ein Wiederherstellungstest benötigt eine gültige Zeit</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreDrillJob.cpp" line="59"/>
        <source>the scratch collection name is too long</source>
        <translation>der Name der Test-Collection ist zu lang</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreDrillJob.cpp" line="77"/>
        <source>the snapshot file %1 does not exist</source>
        <translation>die Snapshot-Datei %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreDrillJob.cpp" line="83"/>
        <source>no metadata file next to %1; a drill compares against what was recorded at backup time</source>
        <translation>keine Metadatendatei neben %1; ein Test vergleicht mit dem, was bei der Sicherung erfasst wurde</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreDrillJob.cpp" line="93"/>
        <source>%1 is a %2 snapshot; a restore drill restores collection snapshots</source>
        <translation>%1 ist ein %2-Snapshot; ein Wiederherstellungstest stellt Collection-Snapshots wieder her</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreDrillJob.cpp" line="139"/>
        <source>restoring into &quot;%1&quot;: %2</source>
        <translation>Wiederherstellen in „%1“: %2</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreDrillJob.cpp" line="172"/>
        <source>comparing &quot;%1&quot; with the backup&apos;s metadata</source>
        <translation>„%1“ wird mit den Metadaten der Sicherung verglichen</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreDrillJob.cpp" line="175"/>
        <location filename="../app/core/jobs/RestoreDrillJob.cpp" line="226"/>
        <source>collection request</source>
        <translation>Abfrage der Collection</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreDrillJob.cpp" line="203"/>
        <source>deleting the scratch collection &quot;%1&quot;</source>
        <translation>Test-Collection „%1“ wird gelöscht</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreDrillJob.cpp" line="206"/>
        <source>scratch collection removal</source>
        <translation>Entfernen der Test-Collection</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreDrillJob.cpp" line="246"/>
        <source>The scratch collection &quot;%1&quot; is still on the server and must be removed by hand (DELETE /collections/%1): %2</source>
        <translation>Die Test-Collection „%1“ ist noch auf dem Server und muss manuell entfernt werden (DELETE /collections/%1): %2</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreDrillJob.cpp" line="253"/>
        <source>restore drill of &quot;%1&quot;</source>
        <translation>Wiederherstellungstest von „%1“</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreDrillJob.cpp" line="260"/>
        <source>%1: recorded %2, restored %3</source>
        <translation>%1: erfasst %2, wiederhergestellt %3</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreDrillJob.cpp" line="262"/>
        <source>restore drill of &quot;%1&quot;: the restored collection differs from the backup&apos;s metadata</source>
        <translation>Wiederherstellungstest von „%1“: Die wiederhergestellte Collection weicht von den Metadaten der Sicherung ab</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreDrillJob.cpp" line="265"/>
        <source>Do not rely on this backup: take a new one and check the Qdrant server log.</source>
        <translation>Verlassen Sie sich nicht auf diese Sicherung: Erstellen Sie eine neue, und prüfen Sie das Protokoll des Qdrant-Servers.</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreDrillJob.cpp" line="271"/>
        <source>the drill passed, but deleting the scratch collection &quot;%1&quot; failed</source>
        <translation>der Test war erfolgreich, aber das Löschen der Test-Collection „%1“ ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreDrillJob.cpp" line="272"/>
        <source>Remove the collection &quot;%1&quot; by hand.</source>
        <translation>Entfernen Sie die Collection „%1“ manuell.</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreDrillJob.cpp" line="302"/>
        <source>%1 failed (%2) on attempt %3</source>
        <translation>%1 fehlgeschlagen (%2) bei Versuch %3</translation>
    </message>
</context>
<context>
    <name>Snapdock::RestoreJob</name>
    <message>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="28"/>
        <source>running the interrupted restore again from the start</source>
        <translation>unterbrochene Wiederherstellung wird erneut von vorn ausgeführt</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="29"/>
        <source>The restore was interrupted before it finished and ran again from the start: Qdrant cannot resume an upload.</source>
        <translation>Die Wiederherstellung wurde vor ihrem Abschluss unterbrochen und erneut von vorn ausgeführt: Qdrant kann einen Upload nicht fortsetzen.</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="35"/>
        <source>the snapshot file %1 does not exist</source>
        <translation>die Snapshot-Datei %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="39"/>
        <source>reading %1</source>
        <translation>Lesen von %1</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="43"/>
        <source>no target collection given</source>
        <translation>keine Ziel-Collection angegeben</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="53"/>
        <source>The metadata file next to the snapshot is unreadable and was ignored: %1</source>
        <translation>Die Metadatendatei neben dem Snapshot ist unlesbar und wurde ignoriert: %1</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="67"/>
        <source>reading the server version</source>
        <translation>Serverversion wird gelesen</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="71"/>
        <source>server version request</source>
        <translation>Abfrage der Serverversion</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="88"/>
        <source>checking the target collection</source>
        <translation>Ziel-Collection wird geprüft</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="92"/>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="151"/>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="272"/>
        <source>collection request</source>
        <translation>Abfrage der Collection</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="100"/>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="128"/>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="161"/>
        <source>restoring into collection &quot;%1&quot;</source>
        <translation>Wiederherstellen in die Collection „%1“</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="101"/>
        <source>To create it from the snapshot, restore it as a new collection (--new-collection).</source>
        <translation>Um sie aus dem Snapshot anzulegen, stellen Sie sie als neue Collection wieder her (--new-collection).</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="106"/>
        <source>restoring as new collection &quot;%1&quot;</source>
        <translation>Wiederherstellen als neue Collection „%1“</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="107"/>
        <source>To replace its data, restore into the existing collection (--collection), or choose another name.</source>
        <translation>Um ihre Daten zu ersetzen, stellen Sie in die vorhandene Collection wieder her (--collection), oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="121"/>
        <source>checking that the key may restore</source>
        <translation>Wiederherstellungsberechtigung des Schlüssels wird geprüft</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="130"/>
        <source>this key can only read</source>
        <translation>dieser Schlüssel kann nur lesen</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="147"/>
        <source>comparing the snapshot with the existing collection</source>
        <translation>Snapshot wird mit der vorhandenen Collection verglichen</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="178"/>
        <source>computing the snapshot&apos;s SHA-256</source>
        <translation>SHA-256 des Snapshots wird berechnet</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="204"/>
        <source>uploading and restoring</source>
        <translation>Wird hochgeladen und wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="216"/>
        <source>upload</source>
        <translation>Upload</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="219"/>
        <source>the upload was sent again from the start (Qdrant cannot resume uploads)</source>
        <translation>der Upload wurde erneut von Anfang an gesendet (Qdrant kann Uploads nicht fortsetzen)</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="245"/>
        <source>removing the uploaded copy from the server</source>
        <translation>Hochgeladene Kopie wird vom Server entfernt</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="251"/>
        <source>removal of the uploaded copy</source>
        <translation>Entfernen der hochgeladenen Kopie</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="260"/>
        <source>The uploaded copy %1 stays on the server: %2</source>
        <translation>Die hochgeladene Kopie %1 bleibt auf dem Server: %2</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="268"/>
        <source>reading the restored collection</source>
        <translation>Wiederhergestellte Collection wird gelesen</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RestoreJob.cpp" line="277"/>
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
    <name>Snapdock::RetentionEditor</name>
    <message>
        <location filename="../app/gui/dialogs/schedule/RetentionEditor.cpp" line="22"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/RetentionEditor.cpp" line="31"/>
        <source>Keep the last</source>
        <translation>Die letzten behalten</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/RetentionEditor.cpp" line="32"/>
        <source>Hourly</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/RetentionEditor.cpp" line="33"/>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/RetentionEditor.cpp" line="34"/>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/RetentionEditor.cpp" line="35"/>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/RetentionEditor.cpp" line="36"/>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/RetentionEditor.cpp" line="41"/>
        <source>leave them all</source>
        <translation>alle belassen</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/RetentionEditor.cpp" line="47"/>
        <source>Keep the &amp;last:</source>
        <translation>Die &amp;letzten behalten:</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/RetentionEditor.cpp" line="48"/>
        <source>&amp;Hourly:</source>
        <translation>&amp;Stündlich:</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/RetentionEditor.cpp" line="49"/>
        <source>&amp;Daily:</source>
        <translation>&amp;Täglich:</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/RetentionEditor.cpp" line="50"/>
        <source>&amp;Weekly:</source>
        <translation>Wö&amp;chentlich:</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/RetentionEditor.cpp" line="51"/>
        <source>&amp;Monthly:</source>
        <translation>&amp;Monatlich:</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/RetentionEditor.cpp" line="52"/>
        <source>&amp;Yearly:</source>
        <translation>&amp;Jährlich:</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/RetentionEditor.cpp" line="61"/>
        <source>Snapshots left on the &amp;server per collection:</source>
        <translation>Auf dem Se&amp;rver verbleibende Snapshots pro Collection:</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/RetentionEditor.cpp" line="142"/>
        <source>Local backups: keep everything (no rule set). Pinned backups are always kept.</source>
        <translation>Lokale Sicherungen: alles behalten (keine Regel festgelegt). Fixierte Sicherungen werden immer behalten.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/RetentionEditor.cpp" line="143"/>
        <source>Local backups: %1. Pinned backups are always kept.</source>
        <translation>Lokale Sicherungen: %1. Fixierte Sicherungen werden immer behalten.</translation>
    </message>
</context>
<context>
    <name>Snapdock::RetentionPlanner</name>
    <message>
        <location filename="../app/core/retention/RetentionPlanner.cpp" line="43"/>
        <source>kept: newest hourly for %1</source>
        <translation>behalten: neueste der Stunde %1</translation>
    </message>
    <message>
        <location filename="../app/core/retention/RetentionPlanner.cpp" line="49"/>
        <source>kept: newest daily for %1</source>
        <translation>behalten: neueste des Tages %1</translation>
    </message>
    <message>
        <location filename="../app/core/retention/RetentionPlanner.cpp" line="55"/>
        <source>kept: newest weekly for %1</source>
        <translation>behalten: neueste der Woche %1</translation>
    </message>
    <message>
        <location filename="../app/core/retention/RetentionPlanner.cpp" line="61"/>
        <source>kept: newest monthly for %1</source>
        <translation>behalten: neueste des Monats %1</translation>
    </message>
    <message>
        <location filename="../app/core/retention/RetentionPlanner.cpp" line="67"/>
        <source>kept: newest yearly for %1</source>
        <translation>behalten: neueste des Jahres %1</translation>
    </message>
    <message>
        <location filename="../app/core/retention/RetentionPlanner.cpp" line="155"/>
        <source>kept: pinned</source>
        <translation>behalten: fixiert</translation>
    </message>
    <message>
        <location filename="../app/core/retention/RetentionPlanner.cpp" line="159"/>
        <source>kept: no backup time is recorded, so no rule can place it</source>
        <translation>behalten: kein Sicherungszeitpunkt erfasst, daher kann keine Regel sie einordnen</translation>
    </message>
    <message>
        <location filename="../app/core/retention/RetentionPlanner.cpp" line="160"/>
        <source>kept: %1</source>
        <translation>behalten: %1</translation>
    </message>
</context>
<context>
    <name>Snapdock::RetentionPolicy</name>
    <message>
        <location filename="../app/core/retention/RetentionPolicy.cpp" line="62"/>
        <source>keep everything (no rule)</source>
        <translation>alles behalten (keine Regel)</translation>
    </message>
    <message>
        <location filename="../app/core/retention/RetentionPolicy.cpp" line="65"/>
        <source>the newest backup</source>
        <translation>die neueste Sicherung</translation>
    </message>
    <message>
        <location filename="../app/core/retention/RetentionPolicy.cpp" line="65"/>
        <source>the last %1</source>
        <translation>die letzten %1</translation>
    </message>
    <message>
        <location filename="../app/core/retention/RetentionPolicy.cpp" line="67"/>
        <source>%1 hourly</source>
        <translation>%1 stündliche</translation>
    </message>
    <message>
        <location filename="../app/core/retention/RetentionPolicy.cpp" line="69"/>
        <source>%1 daily</source>
        <translation>%1 tägliche</translation>
    </message>
    <message>
        <location filename="../app/core/retention/RetentionPolicy.cpp" line="71"/>
        <source>%1 weekly</source>
        <translation>%1 wöchentliche</translation>
    </message>
    <message>
        <location filename="../app/core/retention/RetentionPolicy.cpp" line="73"/>
        <source>%1 monthly</source>
        <translation>%1 monatliche</translation>
    </message>
    <message>
        <location filename="../app/core/retention/RetentionPolicy.cpp" line="75"/>
        <source>%1 yearly</source>
        <translation>%1 jährliche</translation>
    </message>
    <message>
        <location filename="../app/core/retention/RetentionPolicy.cpp" line="76"/>
        <source>keep %1</source>
        <translation>%1 behalten</translation>
    </message>
    <message>
        <location filename="../app/core/retention/RetentionPolicy.cpp" line="84"/>
        <source>the retention rule %1 must not be negative (it is %2)</source>
        <translation>die Aufbewahrungsregel %1 darf nicht negativ sein (sie ist %2)</translation>
    </message>
    <message>
        <location filename="../app/core/retention/RetentionPolicy.cpp" line="107"/>
        <source>unknown retention rule &quot;%1&quot;</source>
        <translation>unbekannte Aufbewahrungsregel „%1“</translation>
    </message>
    <message>
        <location filename="../app/core/retention/RetentionPolicy.cpp" line="112"/>
        <source>the retention rule %1 must be a whole number, not %2</source>
        <translation>die Aufbewahrungsregel %1 muss eine ganze Zahl sein, nicht %2</translation>
    </message>
</context>
<context>
    <name>Snapdock::Scanner</name>
    <message>
        <location filename="../app/core/archive/ArchiveScanner.cpp" line="238"/>
        <source>The shard has no replica_state.json.</source>
        <translation>Der Shard hat keine replica_state.json.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchiveScanner.cpp" line="243"/>
        <source>The archive is empty.</source>
        <translation>Das Archiv ist leer.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchiveScanner.cpp" line="244"/>
        <source>The archive does not look like a Qdrant collection, shard or full snapshot.</source>
        <translation>Das Archiv sieht nicht wie ein Collection-, Shard- oder Gesamtspeicher-Snapshot von Qdrant aus.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchiveScanner.cpp" line="271"/>
        <source>Shard %1 has no replica_state.json.</source>
        <translation>Shard %1 hat keine replica_state.json.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchiveScanner.cpp" line="275"/>
        <source>The archive has no shard directories.</source>
        <translation>Das Archiv hat keine Shard-Verzeichnisse.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchiveScanner.cpp" line="278"/>
        <source>config.json declares %1 shards but the archive has %2 shard directories.</source>
        <translation>config.json deklariert %1 Shards, aber das Archiv hat %2 Shard-Verzeichnisse.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchiveScanner.cpp" line="282"/>
        <source>The archive has no payload_index.json.</source>
        <translation>Das Archiv hat keine payload_index.json.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchiveScanner.cpp" line="284"/>
        <source>The archive has no version.info.</source>
        <translation>Das Archiv hat keine version.info.</translation>
    </message>
    <message>
        <location filename="../app/core/archive/ArchiveScanner.cpp" line="306"/>
        <source>Collection %1 is listed in config.json but its snapshot file %2 is missing.</source>
        <translation>Collection %1 ist in config.json aufgeführt, aber ihre Snapshot-Datei %2 fehlt.</translation>
    </message>
</context>
<context>
    <name>Snapdock::Schedule</name>
    <message>
        <location filename="../app/core/scheduling/Schedule.cpp" line="86"/>
        <source>the schedule needs a name</source>
        <translation>der Zeitplan benötigt einen Namen</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/Schedule.cpp" line="88"/>
        <source>&quot;%1&quot; is not a valid schedule id</source>
        <translation>„%1“ ist keine gültige Zeitplan-ID</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/Schedule.cpp" line="90"/>
        <source>the schedule needs a host to back up</source>
        <translation>der Zeitplan benötigt einen Host, der gesichert werden soll</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/Schedule.cpp" line="92"/>
        <source>&quot;%1&quot; is not a valid connection profile id</source>
        <translation>„%1“ ist keine gültige Verbindungs-ID</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/Schedule.cpp" line="99"/>
        <source>the number of snapshots to keep on the server must be from 0 to %1</source>
        <translation>die Anzahl der auf dem Server zu behaltenden Snapshots muss zwischen 0 und %1 liegen</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/Schedule.cpp" line="103"/>
        <source>the maximum age of the newest backup must be from 0 (off) to %1 hours</source>
        <translation>das Höchstalter der neuesten Sicherung muss zwischen 0 (aus) und %1 Stunden liegen</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/Schedule.cpp" line="106"/>
        <source>restore drills must be every 1 to %1 days</source>
        <translation>Wiederherstellungstests müssen alle 1 bis %1 Tage stattfinden</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/Schedule.cpp" line="109"/>
        <source>&quot;%1&quot; is not a valid connection profile id for restore drills</source>
        <translation>„%1“ ist keine gültige Verbindungs-ID für Wiederherstellungstests</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/Schedule.cpp" line="115"/>
        <source>the webhook URL &quot;%1&quot; must be an http:// or https:// URL with a host</source>
        <translation>die Webhook-URL „%1“ muss eine http://- oder https://-URL mit Host sein</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/Schedule.cpp" line="155"/>
        <source>the schedule has no &quot;name&quot;</source>
        <translation>der Zeitplan hat keinen &quot;name&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/Schedule.cpp" line="157"/>
        <source>the schedule has no &quot;timing&quot;</source>
        <translation>der Zeitplan hat kein &quot;timing&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/Schedule.cpp" line="201"/>
        <source>the schedule&apos;s &quot;createdAt&quot; is not a date and time (ISO 8601)</source>
        <translation>&quot;createdAt&quot; des Zeitplans ist kein Datum mit Uhrzeit (ISO 8601)</translation>
    </message>
</context>
<context>
    <name>Snapdock::ScheduleDialog</name>
    <message>
        <location filename="../app/gui/dialogs/ScheduleDialog.cpp" line="63"/>
        <source>New schedule</source>
        <translation>Neuer Zeitplan</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ScheduleDialog.cpp" line="63"/>
        <location filename="../app/gui/dialogs/ScheduleDialog.cpp" line="289"/>
        <source>Edit schedule &quot;%1&quot;</source>
        <translation>Zeitplan „%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ScheduleDialog.cpp" line="65"/>
        <source>&amp;Schedule</source>
        <translation>&amp;Zeitplan</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ScheduleDialog.cpp" line="66"/>
        <source>&amp;Retention &amp;&amp; checks</source>
        <translation>&amp;Aufbewahrung &amp;&amp; Prüfungen</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ScheduleDialog.cpp" line="67"/>
        <source>&amp;Alerts &amp;&amp; background</source>
        <translation>&amp;Warnungen &amp;&amp; Hintergrund</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ScheduleDialog.cpp" line="105"/>
        <source>e.g. Nightly production</source>
        <translation>z. B. Produktion nachts</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ScheduleDialog.cpp" line="106"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ScheduleDialog.cpp" line="107"/>
        <source>&amp;Enabled</source>
        <translation>Akti&amp;viert</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ScheduleDialog.cpp" line="113"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ScheduleDialog.cpp" line="116"/>
        <source>Back up:</source>
        <translation>Sichern:</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ScheduleDialog.cpp" line="120"/>
        <source>Folders below the host&apos;s backup folder. Placeholders: %1</source>
        <translation>Ordner unterhalb des Sicherungsordners des Hosts. Platzhalter: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ScheduleDialog.cpp" line="130"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ScheduleDialog.cpp" line="135"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ScheduleDialog.cpp" line="147"/>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ScheduleDialog.cpp" line="153"/>
        <source>Restore drill</source>
        <translation>Wiederherstellungstest</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ScheduleDialog.cpp" line="156"/>
        <source>&amp;Verify backups by restoring them into a scratch collection</source>
        <translation>Sicherungen durch Wiederherstellen in eine Test-Collection &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ScheduleDialog.cpp" line="157"/>
        <source>Restores the new backup into NAME__snapdock_verify_TIME, compares points, vectors, shards and payload schema with the record, then deletes the scratch collection.</source>
        <translation>Stellt die neue Sicherung in NAME__snapdock_verify_TIME wieder her, vergleicht Punkte, Vektoren, Shards und Payload-Schema mit dem Datensatz und löscht die Test-Collection anschließend.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ScheduleDialog.cpp" line="162"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ScheduleDialog.cpp" line="163"/>
        <source>At most every:</source>
        <translation>Höchstens alle:</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ScheduleDialog.cpp" line="165"/>
        <source>The schedule&apos;s own host</source>
        <translation>Der eigene Host des Zeitplans</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ScheduleDialog.cpp" line="168"/>
        <source>Restore on:</source>
        <translation>Wiederherstellen auf:</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ScheduleDialog.cpp" line="171"/>
        <source>Recovery point</source>
        <translation>Wiederherstellungspunkt</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ScheduleDialog.cpp" line="176"/>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ScheduleDialog.cpp" line="177"/>
        <source>not watched</source>
        <translation>nicht überwacht</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ScheduleDialog.cpp" line="178"/>
        <source>Warn when the newest good backup of a collection is older than this.</source>
        <translation>Warnen, wenn die neueste gute Sicherung einer Collection älter als dieser Wert ist.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ScheduleDialog.cpp" line="179"/>
        <source>Warn when older than:</source>
        <translation>Warnen, wenn älter als:</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ScheduleDialog.cpp" line="190"/>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ScheduleDialog.cpp" line="194"/>
        <source>Receives a JSON summary of each run (POST). Leave empty for none.</source>
        <translation>Empfängt eine JSON-Zusammenfassung jedes Laufs (POST). Leer lassen für keinen.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ScheduleDialog.cpp" line="195"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ScheduleDialog.cpp" line="196"/>
        <source>after successful runs</source>
        <translation>nach erfolgreichen Läufen</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ScheduleDialog.cpp" line="197"/>
        <source>after failed runs</source>
        <translation>nach fehlgeschlagenen Läufen</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ScheduleDialog.cpp" line="202"/>
        <source>Post:</source>
        <translation>Senden:</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ScheduleDialog.cpp" line="205"/>
        <source>While Snapdock is closed</source>
        <translation>Während Snapdock geschlossen ist</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ScheduleDialog.cpp" line="238"/>
        <source>The stored retention policy could not be read: %1</source>
        <translation>Die gespeicherte Aufbewahrungsrichtlinie konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ScheduleDialog.cpp" line="296"/>
        <source>Saved. Updating the OS job…</source>
        <translation>Gespeichert. Systemauftrag wird aktualisiert …</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ScheduleDialog.cpp" line="309"/>
        <source>The schedule was saved, but the OS job could not be updated: %1</source>
        <translation>Der Zeitplan wurde gespeichert, aber der Systemauftrag konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ScheduleDialog.cpp" line="338"/>
        <source>Add a host first.</source>
        <translation>Fügen Sie zuerst einen Host hinzu.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ScheduleDialog.cpp" line="343"/>
        <source>Reading the API key…</source>
        <translation>API-Schlüssel wird gelesen …</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ScheduleDialog.cpp" line="350"/>
        <source>Listing the collections of %1…</source>
        <translation>Collections von %1 werden aufgelistet …</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ScheduleDialog.cpp" line="359"/>
        <source>Not connected (%1). Type the names, separated by commas.</source>
        <translation>Nicht verbunden (%1). Geben Sie die Namen durch Kommas getrennt ein.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ScheduleDialog.cpp" line="370"/>
        <location filename="../app/gui/dialogs/ScheduleDialog.cpp" line="397"/>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ScheduleDialog.cpp" line="379"/>
        <source>✗ The host &quot;%1&quot; has no backup folder; set one in its connection settings.</source>
        <translation>✗ Der Host „%1“ hat keinen Sicherungsordner; legen Sie einen in seinen Verbindungseinstellungen fest.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ScheduleDialog.cpp" line="388"/>
        <source>collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/ScheduleDialog.cpp" line="397"/>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
</context>
<context>
    <name>Snapdock::ScheduleLock</name>
    <message>
        <location filename="../app/core/scheduling/ScheduleLock.cpp" line="52"/>
        <source>&quot;%1&quot; is not a valid schedule id</source>
        <translation>„%1“ ist keine gültige Zeitplan-ID</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleLock.cpp" line="61"/>
        <source>cannot create the folder &quot;%1&quot; for schedule locks: &quot;%2&quot; is a file</source>
        <translation>der Ordner „%1“ für Zeitplansperren kann nicht angelegt werden: „%2“ ist eine Datei</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleLock.cpp" line="68"/>
        <source>cannot create the folder &quot;%1&quot; for schedule locks</source>
        <translation>der Ordner „%1“ für Zeitplansperren kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleLock.cpp" line="77"/>
        <location filename="../app/core/scheduling/ScheduleLock.cpp" line="82"/>
        <source>cannot create the schedule lock file &quot;%1&quot;</source>
        <translation>die Sperrdatei „%1“ des Zeitplans kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleLock.cpp" line="103"/>
        <source>pid %1</source>
        <translation>PID %1</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleLock.cpp" line="104"/>
        <source>pid %1 on host %2</source>
        <translation>PID %1 auf Host %2</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleLock.cpp" line="111"/>
        <source>schedule &quot;%1&quot; is already running</source>
        <translation>Zeitplan „%1“ läuft bereits</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleLock.cpp" line="112"/>
        <source>schedule &quot;%1&quot; is already running (%2)</source>
        <translation>Zeitplan „%1“ läuft bereits (%2)</translation>
    </message>
</context>
<context>
    <name>Snapdock::ScheduleRun</name>
    <message>
        <location filename="../app/core/scheduling/ScheduleRun.cpp" line="40"/>
        <source>the full storage</source>
        <translation>der gesamte Speicher</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleRun.cpp" line="128"/>
        <source>the connection &quot;%1&quot; has no absolute backup folder for the schedule&apos;s backups</source>
        <translation>die Verbindung „%1“ hat keinen absoluten Sicherungsordner für die Sicherungen des Zeitplans</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleRun.cpp" line="138"/>
        <source>listing the collections</source>
        <translation>Collections werden aufgelistet</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleRun.cpp" line="162"/>
        <source>backing up collection %1</source>
        <translation>Sichern der Collection %1</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleRun.cpp" line="163"/>
        <location filename="../app/core/scheduling/ScheduleRun.cpp" line="181"/>
        <location filename="../app/core/scheduling/ScheduleRun.cpp" line="255"/>
        <source>backup of %1</source>
        <translation>Sicherung von %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/scheduling/ScheduleRun.cpp" line="174"/>
        <source>backing up %n collection(s)</source>
        <translation>
            <numerusform>%n Collection wird gesichert</numerusform>
            <numerusform>%n Collections werden gesichert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleRun.cpp" line="194"/>
        <source>Back up %1 (schedule &quot;%2&quot;)</source>
        <translation>Sicherung von %1 (Zeitplan „%2“)</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleRun.cpp" line="276"/>
        <source>retention for %1</source>
        <translation>Aufbewahrung für %1</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleRun.cpp" line="283"/>
        <source>applying the retention policy (%1)</source>
        <translation>Aufbewahrungsrichtlinie wird angewendet (%1)</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleRun.cpp" line="296"/>
        <source>Apply the retention policy of schedule &quot;%1&quot;</source>
        <translation>Aufbewahrungsrichtlinie des Zeitplans „%1“ anwenden</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleRun.cpp" line="308"/>
        <source>retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleRun.cpp" line="315"/>
        <source>removed %1</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleRun.cpp" line="318"/>
        <source>removing %1</source>
        <translation>Entfernen von %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/scheduling/ScheduleRun.cpp" line="324"/>
        <source>%n old backup(s) removed</source>
        <translation>
            <numerusform>%n alte Sicherung entfernt</numerusform>
            <numerusform>%n alte Sicherungen entfernt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleRun.cpp" line="336"/>
        <source>the history was not updated: %1</source>
        <translation>der Verlauf wurde nicht aktualisiert: %1</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleRun.cpp" line="357"/>
        <source>Keep the %1 newest snapshots of %2 on the server</source>
        <translation>Die %1 neuesten Snapshots von %2 auf dem Server behalten</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleRun.cpp" line="367"/>
        <source>removing old snapshots from the server</source>
        <translation>alte Snapshots werden vom Server entfernt</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleRun.cpp" line="377"/>
        <source>removing old snapshots of %1 from the server</source>
        <translation>Entfernen alter Snapshots von %1 vom Server</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleRun.cpp" line="397"/>
        <location filename="../app/core/scheduling/ScheduleRun.cpp" line="420"/>
        <source>restore drill</source>
        <translation>Wiederherstellungstest</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleRun.cpp" line="398"/>
        <source>the drill&apos;s target connection is not available to this run</source>
        <translation>die Zielverbindung des Tests ist für diesen Lauf nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleRun.cpp" line="412"/>
        <source>Restore drill of %1 (schedule &quot;%2&quot;)</source>
        <translation>Wiederherstellungstest von %1 (Zeitplan „%2“)</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleRun.cpp" line="431"/>
        <source>restore drill of %1</source>
        <translation>Wiederherstellungstest von %1</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleRun.cpp" line="466"/>
        <source>the webhook was not called: no network access in this run</source>
        <translation>der Webhook wurde nicht aufgerufen: kein Netzwerkzugriff in diesem Lauf</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleRun.cpp" line="470"/>
        <source>calling the webhook</source>
        <translation>Webhook wird aufgerufen</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleRun.cpp" line="475"/>
        <source>the webhook failed: %1</source>
        <translation>der Webhook ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Snapdock::ScheduleRunSummary</name>
    <message>
        <location filename="../app/core/scheduling/ScheduleRunSummary.cpp" line="39"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleRunSummary.cpp" line="40"/>
        <source>%1 of %2 backups succeeded</source>
        <translation>%1 von %2 Sicherungen erfolgreich</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleRunSummary.cpp" line="42"/>
        <source>%n old backup(s) removed</source>
        <translation>%n alte Sicherung(en) entfernt</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleRunSummary.cpp" line="44"/>
        <source>%n server snapshot(s) deleted</source>
        <translation>%n Server-Snapshot(s) gelöscht</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleRunSummary.cpp" line="46"/>
        <source>restore drill passed</source>
        <translation>Wiederherstellungstest bestanden</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleRunSummary.cpp" line="46"/>
        <source>restore drill failed</source>
        <translation>Wiederherstellungstest fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Snapdock::ScheduleRunner</name>
    <message>
        <location filename="../app/gui/controllers/ScheduleRunner.cpp" line="75"/>
        <source>the schedule &quot;%1&quot; is already running</source>
        <translation>der Zeitplan „%1“ läuft bereits</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/ScheduleRunner.cpp" line="79"/>
        <source>the API key of the schedule&apos;s host is still being read from the keychain; try again in a moment</source>
        <translation>der API-Schlüssel des Hosts des Zeitplans wird noch aus dem Schlüsselbund gelesen; versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/ScheduleRunner.cpp" line="137"/>
        <source>the host of schedule &quot;%1&quot; no longer exists</source>
        <translation>der Host des Zeitplans „%1“ existiert nicht mehr</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/ScheduleRunner.cpp" line="178"/>
        <source>starting</source>
        <translation>wird gestartet</translation>
    </message>
</context>
<context>
    <name>Snapdock::ScheduleSelection</name>
    <message>
        <location filename="../app/core/scheduling/ScheduleSelection.cpp" line="110"/>
        <source>choose at least one collection, or the full-storage snapshot</source>
        <translation>wählen Sie mindestens eine Collection oder den Snapshot des gesamten Speichers</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleSelection.cpp" line="114"/>
        <source>the list of collections contains an empty name</source>
        <translation>die Liste der Collections enthält einen leeren Namen</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleSelection.cpp" line="116"/>
        <source>the collection &quot;%1&quot; is listed twice</source>
        <translation>die Collection „%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleSelection.cpp" line="123"/>
        <source>the collection name pattern is empty</source>
        <translation>das Muster für Collection-Namen ist leer</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleSelection.cpp" line="152"/>
        <source>the selection&apos;s &quot;mode&quot; must be &quot;all&quot;, &quot;list&quot; or &quot;pattern&quot;</source>
        <translation>&quot;mode&quot; der Auswahl muss &quot;all&quot;, &quot;list&quot; oder &quot;pattern&quot; sein</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleSelection.cpp" line="157"/>
        <location filename="../app/core/scheduling/ScheduleSelection.cpp" line="160"/>
        <source>the selection&apos;s &quot;names&quot; must be a list of collection names</source>
        <translation>&quot;names&quot; der Auswahl muss eine Liste von Collection-Namen sein</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleSelection.cpp" line="167"/>
        <source>the selection&apos;s &quot;pattern&quot; must be a string</source>
        <translation>&quot;pattern&quot; der Auswahl muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleSelection.cpp" line="173"/>
        <source>the selection&apos;s &quot;includeFullStorage&quot; must be true or false</source>
        <translation>&quot;includeFullStorage&quot; der Auswahl muss true oder false sein</translation>
    </message>
</context>
<context>
    <name>Snapdock::ScheduleStore</name>
    <message>
        <location filename="../app/core/scheduling/ScheduleStore.cpp" line="58"/>
        <source>there is no schedule with id &quot;%1&quot;</source>
        <translation>es gibt keinen Zeitplan mit der ID „%1“</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleStore.cpp" line="103"/>
        <source>saving the schedules to &quot;%1&quot; failed</source>
        <translation>Speichern der Zeitpläne in „%1“ fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleStore.cpp" line="108"/>
        <source>reading the schedules from &quot;%1&quot; failed</source>
        <translation>Lesen der Zeitpläne aus „%1“ fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleStore.cpp" line="119"/>
        <source>it is not a JSON object</source>
        <translation>es ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleStore.cpp" line="122"/>
        <source>the stored schedule &quot;%1&quot; cannot be read: %2</source>
        <translation>der gespeicherte Zeitplan „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleStore.cpp" line="198"/>
        <source>a schedule with id &quot;%1&quot; already exists</source>
        <translation>ein Zeitplan mit der ID „%1“ existiert bereits</translation>
    </message>
</context>
<context>
    <name>Snapdock::ScheduleTableModel</name>
    <message>
        <location filename="../app/gui/models/ScheduleTableModel.cpp" line="158"/>
        <source>All collections</source>
        <translation>Alle Collections</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ScheduleTableModel.cpp" line="162"/>
        <source>Full storage</source>
        <translation>Gesamter Speicher</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/models/ScheduleTableModel.cpp" line="167"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/models/ScheduleTableModel.cpp" line="172"/>
        <source>Matching “%1”</source>
        <translation>Passend zu „%1“</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ScheduleTableModel.cpp" line="175"/>
        <source>%1 + full storage</source>
        <translation>%1 + gesamter Speicher</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ScheduleTableModel.cpp" line="263"/>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ScheduleTableModel.cpp" line="265"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ScheduleTableModel.cpp" line="267"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ScheduleTableModel.cpp" line="269"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ScheduleTableModel.cpp" line="271"/>
        <source>Next run</source>
        <translation>Nächster Lauf</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ScheduleTableModel.cpp" line="273"/>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ScheduleTableModel.cpp" line="275"/>
        <source>Recovery point</source>
        <translation>Wiederherstellungspunkt</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ScheduleTableModel.cpp" line="286"/>
        <source>%1 (disabled)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ScheduleTableModel.cpp" line="295"/>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ScheduleTableModel.cpp" line="297"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ScheduleTableModel.cpp" line="299"/>
        <source>due now</source>
        <translation>jetzt fällig</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ScheduleTableModel.cpp" line="303"/>
        <source>running…</source>
        <translation>läuft …</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ScheduleTableModel.cpp" line="305"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ScheduleTableModel.cpp" line="308"/>
        <source>%1 — did not finish</source>
        <translation>%1 – nicht abgeschlossen</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ScheduleTableModel.cpp" line="309"/>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ScheduleTableModel.cpp" line="361"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ScheduleTableModel.cpp" line="361"/>
        <source>full storage</source>
        <translation>gesamter Speicher</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ScheduleTableModel.cpp" line="396"/>
        <source>(host removed)</source>
        <translation>(Host entfernt)</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ScheduleTableModel.cpp" line="405"/>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ScheduleTableModel.cpp" line="407"/>
        <source>partly failed</source>
        <translation>teilweise fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ScheduleTableModel.cpp" line="409"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ScheduleTableModel.cpp" line="411"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ScheduleTableModel.cpp" line="420"/>
        <source>not watched</source>
        <translation>nicht überwacht</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ScheduleTableModel.cpp" line="422"/>
        <source>cannot check</source>
        <translation>nicht prüfbar</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ScheduleTableModel.cpp" line="424"/>
        <source>checking…</source>
        <translation>wird geprüft …</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ScheduleTableModel.cpp" line="428"/>
        <source>no good backup</source>
        <translation>keine gute Sicherung</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ScheduleTableModel.cpp" line="429"/>
        <source>%1 old (max %2)</source>
        <translation>%1 alt (max. %2)</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ScheduleTableModel.cpp" line="433"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ScheduleTableModel.cpp" line="434"/>
        <source>ok, %1 old</source>
        <translation>ok, %1 alt</translation>
    </message>
</context>
<context>
    <name>Snapdock::ScheduleTiming</name>
    <message>
        <location filename="../app/core/scheduling/ScheduleTiming.cpp" line="138"/>
        <source>the interval must be from %1 to %2 hours, not %3</source>
        <translation>das Intervall muss zwischen %1 und %2 Stunden liegen, nicht %3</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleTiming.cpp" line="151"/>
        <source>a daily timing needs at least one time of day</source>
        <translation>eine tägliche Zeitsteuerung benötigt mindestens eine Uhrzeit</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleTiming.cpp" line="155"/>
        <source>a daily timing contains an invalid time of day</source>
        <translation>eine tägliche Zeitsteuerung enthält eine ungültige Uhrzeit</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleTiming.cpp" line="161"/>
        <source>a daily timing can have at most %1 times of day; use every-hours or cron instead</source>
        <translation>eine tägliche Zeitsteuerung kann höchstens %1 Uhrzeiten haben; verwenden Sie stattdessen every-hours oder cron</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleTiming.cpp" line="173"/>
        <source>a weekly timing needs at least one day of the week</source>
        <translation>eine wöchentliche Zeitsteuerung benötigt mindestens einen Wochentag</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleTiming.cpp" line="175"/>
        <source>a weekly timing needs a valid time of day</source>
        <translation>eine wöchentliche Zeitsteuerung benötigt eine gültige Uhrzeit</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleTiming.cpp" line="179"/>
        <source>a weekly timing contains an invalid day of the week</source>
        <translation>eine wöchentliche Zeitsteuerung enthält einen ungültigen Wochentag</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleTiming.cpp" line="273"/>
        <source>Every hour</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleTiming.cpp" line="273"/>
        <source>Every %1 hours</source>
        <translation>Alle %1 Stunden</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleTiming.cpp" line="275"/>
        <location filename="../app/core/scheduling/ScheduleTiming.cpp" line="280"/>
        <source>Every day at %1</source>
        <translation>Täglich um %1</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleTiming.cpp" line="282"/>
        <source>Monday to Friday at %1</source>
        <translation>Montag bis Freitag um %1</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleTiming.cpp" line="286"/>
        <source>%1 at %2</source>
        <translation>Jeden %1 um %2</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleTiming.cpp" line="289"/>
        <source>cron: %1</source>
        <translation>cron: %1</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleTiming.cpp" line="325"/>
        <source>the timing&apos;s &quot;hours&quot; must be a whole number</source>
        <translation>&quot;hours&quot; der Zeitsteuerung muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleTiming.cpp" line="331"/>
        <source>the timing&apos;s &quot;times&quot; must be a list of times written as HH:mm</source>
        <translation>&quot;times&quot; der Zeitsteuerung muss eine Liste von Uhrzeiten im Format HH:mm sein</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleTiming.cpp" line="344"/>
        <source>the timing&apos;s &quot;days&quot; must be a list of weekday names (monday ... sunday)</source>
        <translation>&quot;days&quot; der Zeitsteuerung muss eine Liste von Wochentagsnamen sein (monday ... sunday)</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleTiming.cpp" line="349"/>
        <source>the timing&apos;s &quot;days&quot; contains &quot;%1&quot;, which is not a weekday name (monday ... sunday)</source>
        <translation>&quot;days&quot; der Zeitsteuerung enthält &quot;%1&quot;, das kein Wochentagsname ist (monday ... sunday)</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleTiming.cpp" line="363"/>
        <source>the timing&apos;s &quot;expression&quot; must be a cron expression</source>
        <translation>&quot;expression&quot; der Zeitsteuerung muss ein Cron-Ausdruck sein</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleTiming.cpp" line="367"/>
        <source>the timing&apos;s &quot;kind&quot; must be &quot;everyHours&quot;, &quot;daily&quot;, &quot;weekly&quot; or &quot;cron&quot;, not &quot;%1&quot;</source>
        <translation>&quot;kind&quot; der Zeitsteuerung muss &quot;everyHours&quot;, &quot;daily&quot;, &quot;weekly&quot; oder &quot;cron&quot; sein, nicht &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Snapdock::ScheduleUnitWriter</name>
    <message>
        <location filename="../app/core/scheduling/ScheduleUnitWriter.cpp" line="106"/>
        <source>the schedule id &quot;%1&quot; cannot name an OS job</source>
        <translation>die Zeitplan-ID „%1“ taugt nicht als Name eines Systemauftrags</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleUnitWriter.cpp" line="109"/>
        <source>snapdock-cli was not found at &quot;%1&quot;</source>
        <translation>snapdock-cli wurde nicht unter „%1“ gefunden</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleUnitWriter.cpp" line="110"/>
        <source>Install Snapdock&apos;s command-line tool next to the application; the OS job runs it.</source>
        <translation>Installieren Sie das Befehlszeilenwerkzeug von Snapdock neben der Anwendung; der Systemauftrag führt es aus.</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleUnitWriter.cpp" line="138"/>
        <source>unknown platform</source>
        <translation>unbekannte Plattform</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleUnitWriter.cpp" line="238"/>
        <source>the schedule&apos;s OS job is not installed</source>
        <translation>der Systemauftrag des Zeitplans ist nicht installiert</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleUnitWriter.cpp" line="239"/>
        <source>Install it first.</source>
        <translation>Installieren Sie ihn zuerst.</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleUnitWriter.cpp" line="311"/>
        <source>cannot run %1</source>
        <translation>%1 kann nicht ausgeführt werden</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleUnitWriter.cpp" line="315"/>
        <source>&quot;%1&quot; failed with exit code %2</source>
        <translation>„%1“ ist mit Exit-Code %2 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleUnitWriter.cpp" line="318"/>
        <source>The timer needs a systemd user session; to run while nobody is logged in, enable lingering with &quot;loginctl enable-linger&quot;.</source>
        <translation>Der Timer benötigt eine systemd-Benutzersitzung; damit er auch läuft, wenn niemand angemeldet ist, aktivieren Sie Lingering mit „loginctl enable-linger“.</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleUnitWriter.cpp" line="342"/>
        <source>cannot create the folder &quot;%1&quot;</source>
        <translation>der Ordner „%1“ kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleUnitWriter.cpp" line="348"/>
        <source>cannot write &quot;%1&quot;</source>
        <translation>„%1“ kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../app/core/scheduling/ScheduleUnitWriter.cpp" line="361"/>
        <source>cannot remove &quot;%1&quot;</source>
        <translation>„%1“ kann nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>Snapdock::ScheduledKeySource</name>
    <message>
        <location filename="../app/core/profiles/ScheduledKeySource.cpp" line="42"/>
        <source>the keychain</source>
        <translation>dem Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/ScheduledKeySource.cpp" line="44"/>
        <source>the key file %1</source>
        <translation>der Schlüsseldatei %1</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/ScheduledKeySource.cpp" line="46"/>
        <source>QDRANT_API_KEY</source>
        <translation>QDRANT_API_KEY</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/ScheduledKeySource.cpp" line="48"/>
        <source>nowhere: the connection has no API key</source>
        <translation>keiner Quelle: die Verbindung hat keinen API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/ScheduledKeySource.cpp" line="56"/>
        <location filename="../app/core/profiles/ScheduledKeySource.cpp" line="85"/>
        <source>looking up the API key</source>
        <translation>Suche nach dem API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/ScheduledKeySource.cpp" line="96"/>
        <source>the keychain holds an empty key</source>
        <translation>der Schlüsselbund enthält einen leeren Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/ScheduledKeySource.cpp" line="131"/>
        <source>no API key found for the scheduled run (keychain: %1; no key file; QDRANT_API_KEY not set)</source>
        <translation>kein API-Schlüssel für den geplanten Lauf gefunden (Schlüsselbund: %1; keine Schlüsseldatei; QDRANT_API_KEY nicht gesetzt)</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/ScheduledKeySource.cpp" line="134"/>
        <source>Unlock the keychain, or set QDRANT_API_KEY.</source>
        <translation>Entsperren Sie den Schlüsselbund, oder setzen Sie QDRANT_API_KEY.</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/ScheduledKeySource.cpp" line="135"/>
        <source>Unlock the keychain, or put the key into %1 (chmod 600), or set QDRANT_API_KEY.</source>
        <translation>Entsperren Sie den Schlüsselbund, legen Sie den Schlüssel in %1 ab (chmod 600), oder setzen Sie QDRANT_API_KEY.</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/ScheduledKeySource.cpp" line="162"/>
        <source>the API key file &quot;%1&quot; does not exist</source>
        <translation>die API-Schlüsseldatei „%1“ existiert nicht</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/ScheduledKeySource.cpp" line="166"/>
        <location filename="../app/core/profiles/ScheduledKeySource.cpp" line="178"/>
        <source>the API key file &quot;%1&quot; is not a regular file</source>
        <translation>die API-Schlüsseldatei „%1“ ist keine reguläre Datei</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/ScheduledKeySource.cpp" line="170"/>
        <source>cannot read the API key file &quot;%1&quot;: %2</source>
        <translation>die API-Schlüsseldatei &quot;%1&quot; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/ScheduledKeySource.cpp" line="175"/>
        <source>cannot inspect the API key file &quot;%1&quot;</source>
        <translation>die API-Schlüsseldatei „%1“ kann nicht untersucht werden</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/ScheduledKeySource.cpp" line="181"/>
        <source>the API key file &quot;%1&quot; belongs to another user</source>
        <translation>die API-Schlüsseldatei „%1“ gehört einem anderen Benutzer</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/ScheduledKeySource.cpp" line="182"/>
        <source>Use a key file owned by the user the schedule runs as.</source>
        <translation>Verwenden Sie eine Schlüsseldatei, die dem Benutzer gehört, unter dem der Zeitplan läuft.</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/ScheduledKeySource.cpp" line="185"/>
        <source>the API key file &quot;%1&quot; is accessible to other users (mode %2)</source>
        <translation>die API-Schlüsseldatei „%1“ ist für andere Benutzer zugänglich (Modus %2)</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/ScheduledKeySource.cpp" line="187"/>
        <source>Restrict it with chmod 600 %1.</source>
        <translation>Schränken Sie den Zugriff mit chmod 600 %1 ein.</translation>
    </message>
    <message>
        <location filename="../app/core/profiles/ScheduledKeySource.cpp" line="194"/>
        <source>the API key file &quot;%1&quot; has an empty first line</source>
        <translation>die erste Zeile der API-Schlüsseldatei &quot;%1&quot; ist leer</translation>
    </message>
</context>
<context>
    <name>Snapdock::ScheduledPathPanel</name>
    <message>
        <location filename="../app/gui/dialogs/schedule/ScheduledPathPanel.cpp" line="29"/>
        <source>a systemd user timer</source>
        <translation>systemd-Benutzer-Timer</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/ScheduledPathPanel.cpp" line="31"/>
        <source>a launchd agent</source>
        <translation>launchd-Agent</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/ScheduledPathPanel.cpp" line="33"/>
        <source>a Task Scheduler task</source>
        <translation>Aufgabe der Windows-Aufgabenplanung</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/ScheduledPathPanel.cpp" line="43"/>
        <source>Run also when Snapdock is &amp;closed</source>
        <translation>Auch ausführen, wenn Snapdock &amp;geschlossen ist</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/ScheduledPathPanel.cpp" line="45"/>
        <source>&amp;Test the scheduled path now</source>
        <translation>Geplante Ausführung jetzt &amp;testen</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/ScheduledPathPanel.cpp" line="48"/>
        <source>Installs %1 that runs “snapdock-cli run-schedule” at the schedule&apos;s times, also when nobody is logged in to Snapdock.</source>
        <translation>Installiert einen Systemauftrag (%1), der „snapdock-cli run-schedule“ zu den Zeiten des Zeitplans ausführt, auch wenn niemand bei Snapdock angemeldet ist.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/ScheduledPathPanel.cpp" line="56"/>
        <source>The output of snapdock-cli appears here.</source>
        <translation>Die Ausgabe von snapdock-cli erscheint hier.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/ScheduledPathPanel.cpp" line="91"/>
        <source>Installed as %1.</source>
        <translation>Installiert als %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/ScheduledPathPanel.cpp" line="110"/>
        <source>Removing the OS job…</source>
        <translation>Systemauftrag wird entfernt …</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/ScheduledPathPanel.cpp" line="119"/>
        <location filename="../app/gui/dialogs/schedule/ScheduledPathPanel.cpp" line="144"/>
        <source>Could not install the OS job: %1</source>
        <translation>Der Systemauftrag konnte nicht installiert werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/ScheduledPathPanel.cpp" line="123"/>
        <source>Installing %1…</source>
        <translation>%1 wird installiert …</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/ScheduledPathPanel.cpp" line="139"/>
        <source>Installed as %1 in %2.</source>
        <translation>Installiert als %1 in %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/ScheduledPathPanel.cpp" line="141"/>
        <source>The OS job was removed.</source>
        <translation>Der Systemauftrag wurde entfernt.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/ScheduledPathPanel.cpp" line="145"/>
        <source>Could not remove the OS job: %1</source>
        <translation>Der Systemauftrag konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/ScheduledPathPanel.cpp" line="180"/>
        <source>Could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/ScheduledPathPanel.cpp" line="188"/>
        <source>Running %1 %2 …</source>
        <translation>%1 %2 wird ausgeführt …</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/ScheduledPathPanel.cpp" line="209"/>
        <source>snapdock-cli stopped unexpectedly.</source>
        <translation>snapdock-cli wurde unerwartet beendet.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/ScheduledPathPanel.cpp" line="211"/>
        <source>✓ The scheduled path works: snapdock-cli finished with exit code 0.</source>
        <translation>✓ Die geplante Ausführung funktioniert: snapdock-cli wurde mit Exit-Code 0 beendet.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/ScheduledPathPanel.cpp" line="213"/>
        <source>✗ snapdock-cli finished with exit code %1.</source>
        <translation>✗ snapdock-cli wurde mit Exit-Code %1 beendet.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/ScheduledPathPanel.cpp" line="241"/>
        <source>Runs “snapdock-cli run-schedule %1” now, as the OS job would.</source>
        <translation>Führt „snapdock-cli run-schedule %1“ jetzt aus, so wie es der Systemauftrag täte.</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/ScheduledPathPanel.cpp" line="242"/>
        <source>Save the schedule first.</source>
        <translation>Speichern Sie zuerst den Zeitplan.</translation>
    </message>
</context>
<context>
    <name>Snapdock::ScheduledPruneTask</name>
    <message>
        <location filename="../app/core/scheduling/ScheduledPruneTask.cpp" line="71"/>
        <source>applying retention</source>
        <translation>Anwenden der Aufbewahrung</translation>
    </message>
</context>
<context>
    <name>Snapdock::SchedulesView</name>
    <message>
        <location filename="../app/gui/widgets/SchedulesView.cpp" line="49"/>
        <source>Schedules</source>
        <translation>Zeitpläne</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SchedulesView.cpp" line="81"/>
        <source>The OS job could not be removed: %1</source>
        <translation>Der Systemauftrag konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SchedulesView.cpp" line="85"/>
        <source>Cannot prune: %1</source>
        <translation>Bereinigen nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SchedulesView.cpp" line="111"/>
        <source>&amp;New Schedule…</source>
        <translation>&amp;Neuer Zeitplan …</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SchedulesView.cpp" line="111"/>
        <source>Create a scheduled backup</source>
        <translation>Eine geplante Sicherung anlegen</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SchedulesView.cpp" line="112"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SchedulesView.cpp" line="112"/>
        <source>Edit the selected schedule</source>
        <translation>Den ausgewählten Zeitplan bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SchedulesView.cpp" line="113"/>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Duplizieren …</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SchedulesView.cpp" line="113"/>
        <source>A new schedule with the settings of the selected one</source>
        <translation>Ein neuer Zeitplan mit den Einstellungen des ausgewählten</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SchedulesView.cpp" line="114"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SchedulesView.cpp" line="114"/>
        <source>Delete the selected schedule (its backups stay)</source>
        <translation>Den ausgewählten Zeitplan löschen (seine Sicherungen bleiben erhalten)</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SchedulesView.cpp" line="115"/>
        <source>&amp;Run Now</source>
        <translation>Jetzt &amp;ausführen</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SchedulesView.cpp" line="115"/>
        <source>Run the selected schedule now</source>
        <translation>Den ausgewählten Zeitplan jetzt ausführen</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SchedulesView.cpp" line="116"/>
        <source>&amp;Prune Now…</source>
        <translation>Jetzt be&amp;reinigen …</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SchedulesView.cpp" line="117"/>
        <source>Apply the schedule&apos;s retention policy to its local backups (shows what would go first)</source>
        <translation>Die Aufbewahrungsrichtlinie des Zeitplans auf seine lokalen Sicherungen anwenden (zeigt vorher, was entfernt würde)</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SchedulesView.cpp" line="119"/>
        <location filename="../app/gui/widgets/SchedulesView.cpp" line="264"/>
        <source>Disa&amp;ble</source>
        <translation>Deakti&amp;vieren</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SchedulesView.cpp" line="119"/>
        <source>Stop or resume running the selected schedule</source>
        <translation>Die Ausführung des ausgewählten Zeitplans anhalten oder fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SchedulesView.cpp" line="137"/>
        <source>Copy of %1</source>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SchedulesView.cpp" line="167"/>
        <source>Add a host first: a schedule backs up one host.</source>
        <translation>Fügen Sie zuerst einen Host hinzu: Ein Zeitplan sichert einen Host.</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SchedulesView.cpp" line="190"/>
        <source>Could not start the run: %1</source>
        <translation>Der Lauf konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SchedulesView.cpp" line="203"/>
        <source>The host of &quot;%1&quot; no longer exists.</source>
        <translation>Der Host von „%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SchedulesView.cpp" line="206"/>
        <source>Looking at the backups of &quot;%1&quot;…</source>
        <translation>Sicherungen von „%1“ werden untersucht …</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SchedulesView.cpp" line="226"/>
        <location filename="../app/gui/widgets/SchedulesView.cpp" line="230"/>
        <source>Delete Schedule</source>
        <translation>Zeitplan löschen</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SchedulesView.cpp" line="227"/>
        <source>Delete the schedule &quot;%1&quot; and remove its OS job?

Its backups stay where they are.</source>
        <translation>Den Zeitplan „%1“ löschen und seinen Systemauftrag entfernen?

Seine Sicherungen bleiben, wo sie sind.</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SchedulesView.cpp" line="229"/>
        <source>Delete the schedule &quot;%1&quot;?

Its backups stay where they are.</source>
        <translation>Den Zeitplan „%1“ löschen?

Seine Sicherungen bleiben, wo sie sind.</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SchedulesView.cpp" line="264"/>
        <source>Ena&amp;ble</source>
        <translation>Akti&amp;vieren</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/SchedulesView.cpp" line="266"/>
        <source>No schedules yet. “New Schedule…” backs up a host at the times you choose.</source>
        <translation>Noch keine Zeitpläne. „Neuer Zeitplan …“ sichert einen Host zu den von Ihnen gewählten Zeiten.</translation>
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
    <name>Snapdock::SelectionEditor</name>
    <message>
        <location filename="../app/gui/dialogs/schedule/SelectionEditor.cpp" line="26"/>
        <source>&amp;All collections</source>
        <translation>&amp;Alle Collections</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/SelectionEditor.cpp" line="27"/>
        <source>These &amp;collections:</source>
        <translation>Diese &amp;Collections:</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/SelectionEditor.cpp" line="28"/>
        <source>Names &amp;matching:</source>
        <translation>Namen &amp;passend zu:</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/SelectionEditor.cpp" line="34"/>
        <source>Also take a &amp;full-storage snapshot (all collections and aliases of the node)</source>
        <translation>Zusätzlich einen Snapshot des &amp;gesamten Speichers erstellen (alle Collections und Aliase des Knotens)</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/SelectionEditor.cpp" line="43"/>
        <source>Collections to back up</source>
        <translation>Zu sichernde Collections</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/SelectionEditor.cpp" line="44"/>
        <source>names separated by commas</source>
        <translation>Namen durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/SelectionEditor.cpp" line="47"/>
        <source>e.g. prod_*  (* any characters, ? one character)</source>
        <translation>z. B. prod_*  (* beliebige Zeichen, ? ein Zeichen)</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/SelectionEditor.cpp" line="141"/>
        <source>%1 (not on the server)</source>
        <translation>%1 (nicht auf dem Server)</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/SelectionEditor.cpp" line="142"/>
        <source>The server has no collection of this name now; a run reports it as failed.</source>
        <translation>Der Server hat derzeit keine Collection dieses Namens; ein Lauf meldet sie als fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>Snapdock::ServerSnapshotModel</name>
    <message>
        <location filename="../app/gui/models/ServerSnapshotModel.cpp" line="143"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ServerSnapshotModel.cpp" line="147"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ServerSnapshotModel.cpp" line="172"/>
        <source>The server did not report a creation time</source>
        <translation>Der Server hat keine Erstellungszeit gemeldet</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/models/ServerSnapshotModel.cpp" line="174"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/models/ServerSnapshotModel.cpp" line="176"/>
        <source>The server reported no SHA-256 for this snapshot</source>
        <translation>Der Server hat für diesen Snapshot keinen SHA-256 gemeldet</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ServerSnapshotModel.cpp" line="196"/>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ServerSnapshotModel.cpp" line="198"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ServerSnapshotModel.cpp" line="200"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../app/gui/models/ServerSnapshotModel.cpp" line="202"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>Snapdock::ServerSnapshotPruner</name>
    <message>
        <location filename="../app/core/retention/ServerSnapshotPruner.cpp" line="55"/>
        <source>kept: the newest on the server</source>
        <translation>behalten: der neueste auf dem Server</translation>
    </message>
    <message>
        <location filename="../app/core/retention/ServerSnapshotPruner.cpp" line="56"/>
        <source>kept: one of the %1 newest on the server</source>
        <translation>behalten: einer der %1 neuesten auf dem Server</translation>
    </message>
    <message>
        <location filename="../app/core/retention/ServerSnapshotPruner.cpp" line="59"/>
        <source>kept: a running Snapdock job is downloading it</source>
        <translation>behalten: ein laufender Snapdock-Auftrag lädt ihn herunter</translation>
    </message>
    <message>
        <location filename="../app/core/retention/ServerSnapshotPruner.cpp" line="62"/>
        <source>removed: no snapshots are to be kept on the server</source>
        <translation>entfernt: auf dem Server sollen keine Snapshots behalten werden</translation>
    </message>
    <message>
        <location filename="../app/core/retention/ServerSnapshotPruner.cpp" line="63"/>
        <source>removed: older than the newest</source>
        <translation>entfernt: älter als der neueste</translation>
    </message>
    <message>
        <location filename="../app/core/retention/ServerSnapshotPruner.cpp" line="64"/>
        <source>removed: older than the %1 newest</source>
        <translation>entfernt: älter als die %1 neuesten</translation>
    </message>
    <message>
        <location filename="../app/core/retention/ServerSnapshotPruner.cpp" line="75"/>
        <source>the number of snapshots to keep on the server must not be negative (it is %1)</source>
        <translation>die Anzahl der auf dem Server zu behaltenden Snapshots darf nicht negativ sein (sie ist %1)</translation>
    </message>
    <message>
        <location filename="../app/core/retention/ServerSnapshotPruner.cpp" line="80"/>
        <source>listing the snapshots of %1</source>
        <translation>Snapshots %1 werden aufgelistet</translation>
    </message>
    <message>
        <location filename="../app/core/retention/ServerSnapshotPruner.cpp" line="84"/>
        <source>snapshot listing</source>
        <translation>Auflisten der Snapshots</translation>
    </message>
    <message>
        <location filename="../app/core/retention/ServerSnapshotPruner.cpp" line="114"/>
        <source>deleting old snapshot %1 of %2 of %3</source>
        <translation>alter Snapshot %1 von %2 %3 wird gelöscht</translation>
    </message>
    <message>
        <location filename="../app/core/retention/ServerSnapshotPruner.cpp" line="118"/>
        <source>snapshot deletion</source>
        <translation>Löschen des Snapshots</translation>
    </message>
    <message>
        <location filename="../app/core/retention/ServerSnapshotPruner.cpp" line="126"/>
        <source>The snapshot %1 was already gone from the server.</source>
        <translation>Der Snapshot %1 war bereits nicht mehr auf dem Server.</translation>
    </message>
    <message>
        <location filename="../app/core/retention/ServerSnapshotPruner.cpp" line="146"/>
        <source>%1 of %2 old snapshots could not be deleted from the server.</source>
        <translation>%1 von %2 alten Snapshots konnten nicht vom Server gelöscht werden.</translation>
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
        <location filename="../app/gui/widgets/ServerSnapshotsView.cpp" line="46"/>
        <source>Server snapshots</source>
        <translation>Server-Snapshots</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/ServerSnapshotsView.cpp" line="81"/>
        <source>Full storage</source>
        <translation>Gesamter Speicher</translation>
    </message>
</context>
<context>
    <name>Snapdock::SnapshotCompatibility</name>
    <message>
        <location filename="../app/core/jobs/SnapshotCompatibility.cpp" line="60"/>
        <source>The snapshot was taken on Qdrant %1 and the server runs %2; Qdrant only promises to restore snapshots from the same or the previous minor version.</source>
        <translation>Der Snapshot wurde mit Qdrant %1 erstellt, auf dem Server läuft %2; Qdrant sichert die Wiederherstellung nur für Snapshots derselben oder der vorherigen Minor-Version zu.</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/SnapshotCompatibility.cpp" line="73"/>
        <source>the collection has vectors %1 but the snapshot has %2</source>
        <translation>die Collection hat die Vektoren %1, der Snapshot aber %2</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/SnapshotCompatibility.cpp" line="77"/>
        <source>the collection has %1 shards but the snapshot has %2</source>
        <translation>die Collection hat %1 Shards, der Snapshot aber %2</translation>
    </message>
    <message>
        <location filename="../app/core/jobs/SnapshotCompatibility.cpp" line="83"/>
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
    <name>Snapdock::TimingEditor</name>
    <message>
        <location filename="../app/gui/dialogs/schedule/TimingEditor.cpp" line="84"/>
        <source>Every few hours</source>
        <translation>Alle paar Stunden</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/TimingEditor.cpp" line="85"/>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/TimingEditor.cpp" line="86"/>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/TimingEditor.cpp" line="87"/>
        <location filename="../app/gui/dialogs/schedule/TimingEditor.cpp" line="124"/>
        <source>Cron expression</source>
        <translation>Cron-Ausdruck</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/TimingEditor.cpp" line="93"/>
        <source>every </source>
        <translation>alle </translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/TimingEditor.cpp" line="94"/>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/TimingEditor.cpp" line="96"/>
        <source>counted from midnight</source>
        <translation>ab Mitternacht gezählt</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/TimingEditor.cpp" line="101"/>
        <source>e.g. 02:30, 14:00</source>
        <translation>z. B. 02:30, 14:00</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/TimingEditor.cpp" line="102"/>
        <source>Times of day</source>
        <translation>Uhrzeiten</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/TimingEditor.cpp" line="103"/>
        <location filename="../app/gui/dialogs/schedule/TimingEditor.cpp" line="116"/>
        <source>at</source>
        <translation>um</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/TimingEditor.cpp" line="123"/>
        <source>minute hour day-of-month month day-of-week, e.g. 30 2 * * 1-5</source>
        <translation>Minute Stunde Tag-des-Monats Monat Wochentag, z. B. 30 2 * * 1-5</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/TimingEditor.cpp" line="140"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/TimingEditor.cpp" line="142"/>
        <source>Next runs:</source>
        <translation>Nächste Läufe:</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/TimingEditor.cpp" line="209"/>
        <source>“%1” is not a time of day; write it as HH:MM, e.g. 02:30</source>
        <translation>„%1“ ist keine Uhrzeit; schreiben Sie sie als HH:MM, z. B. 02:30</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/TimingEditor.cpp" line="214"/>
        <source>enter at least one time of day, e.g. 02:30</source>
        <translation>geben Sie mindestens eine Uhrzeit ein, z. B. 02:30</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/TimingEditor.cpp" line="224"/>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <location filename="../app/gui/dialogs/schedule/TimingEditor.cpp" line="235"/>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
</context>
<context>
    <name>Snapdock::TrayController</name>
    <message>
        <location filename="../app/gui/controllers/TrayController.cpp" line="38"/>
        <location filename="../app/gui/controllers/TrayController.cpp" line="149"/>
        <source>Snapdock</source>
        <translation>Snapdock</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/TrayController.cpp" line="86"/>
        <source>Snapdock is still running</source>
        <translation>Snapdock läuft weiter</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/TrayController.cpp" line="87"/>
        <source>Schedules keep running in the background. Quit from the tray icon&apos;s menu.</source>
        <translation>Zeitpläne laufen im Hintergrund weiter. Beenden Sie Snapdock über das Menü des Symbols im Infobereich.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/controllers/TrayController.cpp" line="107"/>
        <source>Snapdock — %n task(s) running</source>
        <translation>
            <numerusform>Snapdock – %n Aufgabe läuft</numerusform>
            <numerusform>Snapdock – %n Aufgaben laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/controllers/TrayController.cpp" line="110"/>
        <source>Snapdock — the last run of %n schedule(s) failed</source>
        <translation>
            <numerusform>Snapdock – der letzte Lauf von %n Zeitplan ist fehlgeschlagen</numerusform>
            <numerusform>Snapdock – der letzte Lauf von %n Zeitplänen ist fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/TrayController.cpp" line="113"/>
        <source>Snapdock — schedules paused</source>
        <translation>Snapdock – Zeitpläne pausiert</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/TrayController.cpp" line="113"/>
        <source>Snapdock — all good</source>
        <translation>Snapdock – alles in Ordnung</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/TrayController.cpp" line="154"/>
        <source>Schedule &quot;%1&quot; failed</source>
        <translation>Zeitplan „%1“ fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/TrayController.cpp" line="156"/>
        <source>Schedule &quot;%1&quot; finished</source>
        <translation>Zeitplan „%1“ abgeschlossen</translation>
    </message>
</context>
<context>
    <name>Snapdock::TrayIcon</name>
    <message>
        <location filename="../app/gui/widgets/TrayIcon.cpp" line="32"/>
        <source>&amp;Show Snapdock</source>
        <translation>Snapdock &amp;anzeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/TrayIcon.cpp" line="33"/>
        <source>&amp;Run Schedule</source>
        <translation>Zeitplan a&amp;usführen</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/TrayIcon.cpp" line="34"/>
        <source>&amp;Pause Schedules</source>
        <translation>Zeitpläne &amp;pausieren</translation>
    </message>
    <message>
        <location filename="../app/gui/widgets/TrayIcon.cpp" line="37"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>Snapdock::WebhookNotifier</name>
    <message>
        <location filename="../app/core/monitoring/WebhookNotifier.cpp" line="53"/>
        <source>the webhook URL must be an http:// or https:// URL, not &quot;%1&quot;</source>
        <translation>die Webhook-URL muss eine http://- oder https://-URL sein, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/WebhookNotifier.cpp" line="84"/>
        <location filename="../app/core/monitoring/WebhookNotifier.cpp" line="135"/>
        <source>sending the webhook</source>
        <translation>Senden des Webhooks</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/WebhookNotifier.cpp" line="154"/>
        <source>sending the webhook to %1</source>
        <translation>Senden des Webhooks an %1</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/WebhookNotifier.cpp" line="157"/>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <location filename="../app/core/monitoring/WebhookNotifier.cpp" line="163"/>
        <source>the webhook redirects to %1, another origin; Snapdock does not follow such redirects</source>
        <translation>der Webhook leitet auf %1 um, einen anderen Ursprung; Snapdock folgt solchen Umleitungen nicht</translation>
    </message>
</context>
<context>
    <name>Snapdock::WindowsTaskXml</name>
    <message>
        <location filename="../app/core/scheduling/WindowsTaskXml.cpp" line="174"/>
        <source>this timing needs more than %1 Task Scheduler triggers; choose a simpler timing for the installed task</source>
        <translation>diese Zeitsteuerung benötigt mehr als %1 Trigger der Aufgabenplanung; wählen Sie für die installierte Aufgabe eine einfachere Zeitsteuerung</translation>
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
