<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>DeclareDialog</name>
    <message>
        <location filename="../qml/incident/DeclareDialog.qml" line="13"/>
        <source>Declare an incident</source>
        <translation>Incident ausrufen</translation>
    </message>
    <message>
        <location filename="../qml/incident/DeclareDialog.qml" line="27"/>
        <source>What is broken, as users see it</source>
        <translation>Was aus Nutzersicht kaputt ist</translation>
    </message>
    <message>
        <location filename="../qml/incident/DeclareDialog.qml" line="27"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../qml/incident/DeclareDialog.qml" line="34"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../qml/incident/DeclareDialog.qml" line="36"/>
        <source>SEV1 — critical, public impact</source>
        <translation>SEV1 — kritisch, öffentliche Auswirkung</translation>
    </message>
    <message>
        <location filename="../qml/incident/DeclareDialog.qml" line="37"/>
        <source>SEV2 — critical, customers impacted</source>
        <translation>SEV2 — kritisch, Kunden betroffen</translation>
    </message>
    <message>
        <location filename="../qml/incident/DeclareDialog.qml" line="38"/>
        <source>SEV3 — minor impact, or about to get worse</source>
        <translation>SEV3 — geringe Auswirkung oder droht schlimmer zu werden</translation>
    </message>
    <message>
        <location filename="../qml/incident/DeclareDialog.qml" line="39"/>
        <source>SEV4 — no customer impact</source>
        <translation>SEV4 — keine Auswirkung auf Kunden</translation>
    </message>
    <message>
        <location filename="../qml/incident/DeclareDialog.qml" line="40"/>
        <source>SEV5 — cosmetic</source>
        <translation>SEV5 — kosmetisch</translation>
    </message>
    <message>
        <location filename="../qml/incident/DeclareDialog.qml" line="43"/>
        <source>If unsure, pick the higher severity.</source>
        <translation>Im Zweifel den höheren Schweregrad wählen.</translation>
    </message>
    <message>
        <location filename="../qml/incident/DeclareDialog.qml" line="44"/>
        <source>What is known so far</source>
        <translation>Bisheriger Kenntnisstand</translation>
    </message>
    <message>
        <location filename="../qml/incident/DeclareDialog.qml" line="44"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../qml/incident/DeclareDialog.qml" line="45"/>
        <source>Declare</source>
        <translation>Ausrufen</translation>
    </message>
</context>
<context>
    <name>EntryReview</name>
    <message>
        <location filename="../qml/review/EntryReview.qml" line="16"/>
        <source>Entries to review</source>
        <translation>Zu prüfende Einträge</translation>
    </message>
    <message>
        <location filename="../qml/review/EntryReview.qml" line="29"/>
        <source>Unpin</source>
        <translation>Nicht mehr anheften</translation>
    </message>
    <message>
        <location filename="../qml/review/EntryReview.qml" line="29"/>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <location filename="../qml/review/EntryReview.qml" line="37"/>
        <source>%1 (was: %2)</source>
        <translation>%1 (vorher: %2)</translation>
    </message>
    <message>
        <location filename="../qml/review/EntryReview.qml" line="38"/>
        <source>%1 (corrected)</source>
        <translation>%1 (korrigiert)</translation>
    </message>
    <message>
        <location filename="../qml/review/EntryReview.qml" line="40"/>
        <source>Corrected time</source>
        <translation>Korrigierte Zeit</translation>
    </message>
    <message>
        <location filename="../qml/review/EntryReview.qml" line="41"/>
        <source>Corrected text</source>
        <translation>Korrigierter Text</translation>
    </message>
    <message>
        <location filename="../qml/review/EntryReview.qml" line="43"/>
        <source>Correct</source>
        <translation>Korrigieren</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../qml/review/ExportDialog.qml" line="13"/>
        <location filename="../qml/review/ExportDialog.qml" line="54"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../qml/review/ExportDialog.qml" line="37"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../qml/review/ExportDialog.qml" line="39"/>
        <source>Postmortem, Markdown</source>
        <translation>Postmortem, Markdown</translation>
    </message>
    <message>
        <location filename="../qml/review/ExportDialog.qml" line="40"/>
        <source>Postmortem, HTML</source>
        <translation>Postmortem, HTML</translation>
    </message>
    <message>
        <location filename="../qml/review/ExportDialog.qml" line="41"/>
        <source>Postmortem, PDF</source>
        <translation>Postmortem, PDF</translation>
    </message>
    <message>
        <location filename="../qml/review/ExportDialog.qml" line="42"/>
        <source>Timeline, CSV</source>
        <translation>Timeline, CSV</translation>
    </message>
    <message>
        <location filename="../qml/review/ExportDialog.qml" line="43"/>
        <source>Whole log, JSON</source>
        <translation>Gesamtes Log, JSON</translation>
    </message>
    <message>
        <location filename="../qml/review/ExportDialog.qml" line="52"/>
        <source>File to write</source>
        <translation>Zieldatei</translation>
    </message>
    <message>
        <location filename="../qml/review/ExportDialog.qml" line="55"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <location filename="../qml/review/FollowUps.qml" line="24"/>
        <source>%1 — %2%3</source>
        <translation>%1 — %2%3</translation>
    </message>
    <message>
        <location filename="../qml/review/FollowUps.qml" line="25"/>
        <source>, due %1</source>
        <translation>, fällig %1</translation>
    </message>
    <message>
        <location filename="../qml/review/FollowUps.qml" line="30"/>
        <source>Action item</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../qml/review/FollowUps.qml" line="31"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../qml/review/FollowUps.qml" line="33"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
</context>
<context>
    <name>HandoffDialog</name>
    <message>
        <location filename="../qml/roles/HandoffDialog.qml" line="14"/>
        <source>Hand off command</source>
        <translation>Kommando übergeben</translation>
    </message>
    <message>
        <location filename="../qml/roles/HandoffDialog.qml" line="20"/>
        <source>Tick the three steps first: brief, announce, confirm.</source>
        <translation>Erst die drei Schritte abhaken: einweisen, ankündigen, bestätigen.</translation>
    </message>
    <message>
        <location filename="../qml/roles/HandoffDialog.qml" line="32"/>
        <source>Current commander: %1</source>
        <translation>Aktueller Commander: %1</translation>
    </message>
    <message>
        <location filename="../qml/roles/HandoffDialog.qml" line="32"/>
        <source>none</source>
        <translation>niemand</translation>
    </message>
    <message>
        <location filename="../qml/roles/HandoffDialog.qml" line="33"/>
        <source>New commander</source>
        <translation>Neuer Commander</translation>
    </message>
    <message>
        <location filename="../qml/roles/HandoffDialog.qml" line="34"/>
        <source>1. Briefed the new commander on the state document</source>
        <translation>1. Neuen Commander anhand des Lagedokuments eingewiesen</translation>
    </message>
    <message>
        <location filename="../qml/roles/HandoffDialog.qml" line="35"/>
        <source>2. Announced the handoff on the bridge</source>
        <translation>2. Übergabe auf der Bridge angekündigt</translation>
    </message>
    <message>
        <location filename="../qml/roles/HandoffDialog.qml" line="36"/>
        <source>3. The new commander confirmed: “I have command”</source>
        <translation>3. Neuer Commander hat bestätigt: „Ich habe das Kommando“</translation>
    </message>
    <message>
        <location filename="../qml/roles/HandoffDialog.qml" line="39"/>
        <source>Hand off</source>
        <translation>Übergeben</translation>
    </message>
</context>
<context>
    <name>IncidentHeader</name>
    <message>
        <location filename="../qml/incident/IncidentHeader.qml" line="43"/>
        <source>Incident title</source>
        <translation>Incident-Titel</translation>
    </message>
    <message>
        <location filename="../qml/incident/IncidentHeader.qml" line="56"/>
        <source>Commander: %1 · Declared %2 · running %3</source>
        <translation>Commander: %1 · ausgerufen %2 · läuft seit %3</translation>
    </message>
    <message>
        <location filename="../qml/incident/IncidentHeader.qml" line="65"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../qml/incident/IncidentHeader.qml" line="66"/>
        <source>Change status, now %1</source>
        <translation>Status ändern, aktuell %1</translation>
    </message>
    <message>
        <location filename="../qml/incident/IncidentHeader.qml" line="84"/>
        <source>External update: %1</source>
        <translation>Externes Update: %1</translation>
    </message>
    <message>
        <location filename="../qml/incident/IncidentHeader.qml" line="89"/>
        <source>Internal update: %1</source>
        <translation>Internes Update: %1</translation>
    </message>
    <message>
        <location filename="../qml/incident/IncidentHeader.qml" line="57"/>
        <source>none</source>
        <translation>niemand</translation>
    </message>
</context>
<context>
    <name>IncidentList</name>
    <message>
        <location filename="../qml/incident/IncidentList.qml" line="27"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../qml/incident/IncidentList.qml" line="35"/>
        <source>Incidents (%1)</source>
        <translation>Incidents (%1)</translation>
    </message>
    <message>
        <location filename="../qml/incident/IncidentList.qml" line="50"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <location filename="../qml/incident/IncidentList.qml" line="63"/>
        <source>%1 · IC %2</source>
        <translation>%1 · IC %2</translation>
    </message>
    <message>
        <location filename="../qml/incident/IncidentList.qml" line="64"/>
        <source>%1 · no commander</source>
        <translation>%1 · kein Commander</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/incident/IncidentList.qml" line="65"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../lib/ui/labels.cpp" line="22"/>
        <source>Investigating</source>
        <translation>Wird untersucht</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="23"/>
        <location filename="../lib/ui/labels.cpp" line="41"/>
        <source>Identified</source>
        <translation>Identifiziert</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="24"/>
        <location filename="../lib/ui/labels.cpp" line="42"/>
        <source>Mitigated</source>
        <translation>Eingedämmt</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="25"/>
        <location filename="../lib/ui/labels.cpp" line="44"/>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="26"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="27"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="28"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="29"/>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="30"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="38"/>
        <source>Impact started</source>
        <translation>Beginn der Auswirkung</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="39"/>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="40"/>
        <source>Acknowledged</source>
        <translation>Quittiert</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="43"/>
        <source>Recovered</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="52"/>
        <source>Incident Commander</source>
        <translation>Incident Commander</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="53"/>
        <source>Deputy</source>
        <translation>Stellvertretung</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="54"/>
        <source>Scribe</source>
        <translation>Scribe</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="55"/>
        <source>Internal Liaison</source>
        <translation>Interne Kommunikation</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="56"/>
        <source>Customer Liaison</source>
        <translation>Kundenkommunikation</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="57"/>
        <source>Resolution Lead</source>
        <translation>Resolution Lead</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="60"/>
        <source>SME: %1</source>
        <translation>SME: %1</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="67"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="68"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="69"/>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="70"/>
        <source>Command post / bridge</source>
        <translation>Leitstand / Bridge</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="71"/>
        <source>Current actions</source>
        <translation>Laufende Maßnahmen</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="72"/>
        <source>Exit criteria</source>
        <translation>Abschlusskriterien</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="73"/>
        <source>Next commander</source>
        <translation>Nächster Commander</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="81"/>
        <source>Observation</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="82"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="83"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="84"/>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="85"/>
        <source>To do</source>
        <translation>To-do</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="87"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="88"/>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="89"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="90"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="91"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="92"/>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="93"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="15"/>
        <source>%1 — Command Post</source>
        <translation>%1 — Command Post</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="16"/>
        <source>Command Post</source>
        <translation>Command Post</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="98"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="99"/>
        <source>Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="123"/>
        <source>Declare incident</source>
        <translation>Incident ausrufen</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="145"/>
        <source>Command</source>
        <translation>Kommando</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="146"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="147"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="169"/>
        <source>No incident selected. Declare one with %1, or pick one on the left.</source>
        <translation>Kein Incident ausgewählt. Mit %1 einen ausrufen oder links einen wählen.</translation>
    </message>
</context>
<context>
    <name>MilestoneEditor</name>
    <message>
        <location filename="../qml/review/MilestoneEditor.qml" line="26"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../qml/review/MilestoneEditor.qml" line="31"/>
        <source>Set</source>
        <translation>Setzen</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../qml/components/PreferencesDialog.qml" line="13"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../qml/components/PreferencesDialog.qml" line="24"/>
        <location filename="../qml/components/PreferencesDialog.qml" line="32"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../qml/components/PreferencesDialog.qml" line="42"/>
        <source>The new language applies when Command Post starts again.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Command Post.</translation>
    </message>
    <message>
        <location filename="../qml/components/PreferencesDialog.qml" line="46"/>
        <source>Show times in UTC</source>
        <translation>Zeiten in UTC anzeigen</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message numerus="yes">
        <location filename="../qml/components/ReminderBanner.qml" line="33"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../qml/review/ReviewPanel.qml" line="19"/>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <location filename="../qml/review/ReviewPanel.qml" line="26"/>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <location filename="../qml/review/ReviewPanel.qml" line="33"/>
        <source>Follow-ups (Ctrl+E exports the postmortem)</source>
        <translation>Follow-ups (Ctrl+E exportiert das Postmortem)</translation>
    </message>
    <message>
        <location filename="../qml/review/ReviewPanel.qml" line="42"/>
        <source>Entries: pin and correct</source>
        <translation>Einträge: anheften und korrigieren</translation>
    </message>
</context>
<context>
    <name>RoleRow</name>
    <message>
        <location filename="../qml/roles/RoleRow.qml" line="43"/>
        <source>unfilled</source>
        <translation>unbesetzt</translation>
    </message>
    <message>
        <location filename="../qml/roles/RoleRow.qml" line="43"/>
        <source>unfilled — name someone</source>
        <translation>unbesetzt — jemanden benennen</translation>
    </message>
    <message>
        <location filename="../qml/roles/RoleRow.qml" line="53"/>
        <source>One person&apos;s name</source>
        <translation>Name einer Person</translation>
    </message>
    <message>
        <location filename="../qml/roles/RoleRow.qml" line="54"/>
        <source>Person for %1</source>
        <translation>Person für %1</translation>
    </message>
    <message>
        <location filename="../qml/roles/RoleRow.qml" line="63"/>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location filename="../qml/roles/RoleRow.qml" line="63"/>
        <source>Assign</source>
        <translation>Besetzen</translation>
    </message>
    <message>
        <location filename="../qml/roles/RoleRow.qml" line="64"/>
        <source>Assign %1</source>
        <translation>%1 besetzen</translation>
    </message>
    <message>
        <location filename="../qml/roles/RoleRow.qml" line="69"/>
        <source>Hand off…</source>
        <translation>Übergeben…</translation>
    </message>
    <message>
        <location filename="../qml/roles/RoleRow.qml" line="70"/>
        <source>Hand off command</source>
        <translation>Kommando übergeben</translation>
    </message>
    <message>
        <location filename="../qml/roles/RoleRow.qml" line="75"/>
        <source>Relieve</source>
        <translation>Entbinden</translation>
    </message>
    <message>
        <location filename="../qml/roles/RoleRow.qml" line="76"/>
        <source>Relieve %1</source>
        <translation>%1 ablösen</translation>
    </message>
</context>
<context>
    <name>RolesPanel</name>
    <message>
        <location filename="../qml/roles/RolesPanel.qml" line="16"/>
        <location filename="../qml/roles/RolesPanel.qml" line="37"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../qml/roles/RolesPanel.qml" line="53"/>
        <source>SME area, e.g. database</source>
        <translation>SME-Bereich, z. B. Datenbank</translation>
    </message>
    <message>
        <location filename="../qml/roles/RolesPanel.qml" line="54"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../qml/roles/RolesPanel.qml" line="57"/>
        <source>Add SME</source>
        <translation>SME hinzufügen</translation>
    </message>
</context>
<context>
    <name>ScribeEntryRow</name>
    <message>
        <location filename="../qml/scribe/ScribeEntryRow.qml" line="40"/>
        <source>%1 (corrected)</source>
        <translation>%1 (korrigiert)</translation>
    </message>
    <message>
        <location filename="../qml/scribe/ScribeEntryRow.qml" line="48"/>
        <source>Corrected text</source>
        <translation>Korrigierter Text</translation>
    </message>
</context>
<context>
    <name>ScribeView</name>
    <message>
        <location filename="../qml/scribe/ScribeView.qml" line="41"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../qml/scribe/ScribeView.qml" line="55"/>
        <source>What happened — e.g. 14:02 dec: roll back 4512 @dana</source>
        <translation>Was ist passiert — z. B. 14:02 dec: 4512 zurückrollen @dana</translation>
    </message>
    <message>
        <location filename="../qml/scribe/ScribeView.qml" line="56"/>
        <source>Timeline entry</source>
        <translation>Timeline-Eintrag</translation>
    </message>
    <message>
        <location filename="../qml/scribe/ScribeView.qml" line="67"/>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <location filename="../qml/scribe/ScribeView.qml" line="68"/>
        <source>%1 · the time is taken at your first keystroke</source>
        <translation>%1 · die Zeit wird beim ersten Tastendruck erfasst</translation>
    </message>
    <message>
        <location filename="../qml/scribe/ScribeView.qml" line="76"/>
        <source>Recent entries</source>
        <translation>Letzte Einträge</translation>
    </message>
</context>
<context>
    <name>ScribeWindow</name>
    <message>
        <location filename="../qml/scribe/ScribeWindow.qml" line="13"/>
        <source>Scribe — %1</source>
        <translation>Scribe — %1</translation>
    </message>
    <message>
        <location filename="../qml/scribe/ScribeWindow.qml" line="13"/>
        <source>Scribe</source>
        <translation>Scribe</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <location filename="../qml/document/SectionEditor.qml" line="63"/>
        <source>not written yet</source>
        <translation>noch nicht geschrieben</translation>
    </message>
    <message>
        <location filename="../qml/document/SectionEditor.qml" line="64"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../qml/document/SectionEditor.qml" line="66"/>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <location filename="../qml/document/SectionEditor.qml" line="67"/>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location filename="../qml/document/SectionEditor.qml" line="70"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location filename="../qml/document/SectionEditor.qml" line="70"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../qml/document/SectionEditor.qml" line="71"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../qml/document/SectionEditor.qml" line="92"/>
        <source>Also written: %1</source>
        <translation>Ebenfalls geschrieben: %1</translation>
    </message>
    <message>
        <location filename="../qml/document/SectionEditor.qml" line="102"/>
        <source>Text of %1</source>
        <translation>Text von %1</translation>
    </message>
    <message>
        <location filename="../qml/document/SectionEditor.qml" line="108"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../qml/document/SectionEditor.qml" line="108"/>
        <source>Save %1</source>
        <translation>%1 speichern</translation>
    </message>
    <message>
        <location filename="../qml/document/SectionEditor.qml" line="109"/>
        <source>Stop editing %1</source>
        <translation>Bearbeiten von %1 beenden</translation>
    </message>
    <message>
        <location filename="../qml/document/SectionEditor.qml" line="109"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../qml/components/ServerDialog.qml" line="12"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../qml/components/ServerDialog.qml" line="34"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../qml/components/ServerDialog.qml" line="39"/>
        <source>http://incidents.example:8470</source>
        <translation>http://incidents.example:8470</translation>
    </message>
    <message>
        <location filename="../qml/components/ServerDialog.qml" line="40"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location filename="../qml/components/ServerDialog.qml" line="42"/>
        <location filename="../qml/components/ServerDialog.qml" line="49"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../qml/components/ServerDialog.qml" line="48"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../qml/components/ServerDialog.qml" line="48"/>
        <source>cpt_…</source>
        <translation>cpt_…</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/ServerDialog.qml" line="62"/>
        <source>Send %n refused event(s) again</source>
        <translation>
            <numerusform>%n abgelehntes Ereignis erneut senden</numerusform>
            <numerusform>%n abgelehnte Ereignisse erneut senden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/ServerDialog.qml" line="69"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../qml/components/ServerDialog.qml" line="74"/>
        <source>Work locally</source>
        <translation>Lokal arbeiten</translation>
    </message>
</context>
<context>
    <name>SeverityBadge</name>
    <message>
        <location filename="../qml/components/SeverityBadge.qml" line="21"/>
        <source>Severity %1</source>
        <translation>Schweregrad %1</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../qml/components/ShortcutSheet.qml" line="9"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="26"/>
        <source>Declare an incident</source>
        <translation>Incident ausrufen</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="30"/>
        <source>New task: the cursor in its title</source>
        <translation>Neue Aufgabe: der Cursor in ihrem Titel</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="34"/>
        <source>The task list, to act on the selected task</source>
        <translation>Die Aufgabenliste, um die gewählte Aufgabe zu bearbeiten</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="38"/>
        <source>Assign the first empty role</source>
        <translation>Erste unbesetzte Rolle besetzen</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="39"/>
        <source>Hand off command</source>
        <translation>Kommando übergeben</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="43"/>
        <source>Compose the external update</source>
        <translation>Externes Update verfassen</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="47"/>
        <source>Compose the internal update</source>
        <translation>Internes Update verfassen</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="48"/>
        <source>Change status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="49"/>
        <source>Change severity</source>
        <translation>Schweregrad ändern</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="53"/>
        <source>Scribe window (timeline entry, keyboard only)</source>
        <translation>Scribe-Fenster (Timeline-Eintrag, nur Tastatur)</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="57"/>
        <source>Export the postmortem (md, html, pdf), timeline (csv) or log (json)</source>
        <translation>Postmortem (md, html, pdf), Timeline (csv) oder Log (json) exportieren</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="59"/>
        <source>Command panels</source>
        <translation>Kommando-Bereiche</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="63"/>
        <source>Timeline chart</source>
        <translation>Timeline-Diagramm</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="67"/>
        <source>Postmortem review</source>
        <translation>Postmortem-Review</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="68"/>
        <source>Next view</source>
        <translation>Nächste Ansicht</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="72"/>
        <source>Previous view</source>
        <translation>Vorige Ansicht</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="73"/>
        <source>Next panel</source>
        <translation>Nächster Bereich</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="74"/>
        <source>Previous panel</source>
        <translation>Voriger Bereich</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="78"/>
        <source>Next incident in the list</source>
        <translation>Nächster Incident der Liste</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="82"/>
        <source>Previous incident in the list</source>
        <translation>Voriger Incident der Liste</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="83"/>
        <source>Server settings</source>
        <translation>Servereinstellungen</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="87"/>
        <source>Preferences: language, times in UTC</source>
        <translation>Einstellungen: Sprache, Zeiten in UTC</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="88"/>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="89"/>
        <source>This sheet</source>
        <translation>Diese Übersicht</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="93"/>
        <source>Open the incident above</source>
        <translation>Den Incident darüber öffnen</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="97"/>
        <source>Open the incident below</source>
        <translation>Den Incident darunter öffnen</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="101"/>
        <source>Acknowledge the selected task: its timebox starts</source>
        <translation>Gewählte Aufgabe bestätigen: ihre Zeitvorgabe läuft</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="102"/>
        <source>The selected task is done</source>
        <translation>Die gewählte Aufgabe ist erledigt</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="106"/>
        <source>Give the selected task 5 minutes more</source>
        <translation>Der gewählten Aufgabe 5 Minuten mehr geben</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="107"/>
        <source>The selected task is blocked</source>
        <translation>Die gewählte Aufgabe ist blockiert</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="111"/>
        <source>Save the section, or publish the update</source>
        <translation>Abschnitt speichern oder Update veröffentlichen</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="115"/>
        <source>Stop editing the section without saving</source>
        <translation>Bearbeiten des Abschnitts ohne Speichern beenden</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="119"/>
        <source>Declare, hand off, connect or export</source>
        <translation>Ausrufen, übergeben, verbinden oder exportieren</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="120"/>
        <source>Close, changing nothing</source>
        <translation>Schließen, ohne etwas zu ändern</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="161"/>
        <source>Anywhere in the console</source>
        <translation>Überall in der Konsole</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="162"/>
        <source>In the incident list</source>
        <translation>In der Incident-Liste</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="164"/>
        <source>In the task list (Up and Down select)</source>
        <translation>In der Aufgabenliste (Auf und Ab wählen)</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="165"/>
        <source>Writing a section or an update</source>
        <translation>Beim Schreiben eines Abschnitts oder Updates</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="166"/>
        <source>In a dialog</source>
        <translation>In einem Dialog</translation>
    </message>
</context>
<context>
    <name>StateDocument</name>
    <message>
        <location filename="../qml/document/StateDocument.qml" line="13"/>
        <location filename="../qml/document/StateDocument.qml" line="22"/>
        <source>State document</source>
        <translation>Lagedokument</translation>
    </message>
</context>
<context>
    <name>StoreProblemBar</name>
    <message>
        <location filename="../qml/components/StoreProblemBar.qml" line="24"/>
        <source>The local store is damaged: what is shown may be incomplete. Keep working with care and recover it as below.</source>
        <translation>Der lokale Speicher ist beschädigt: Die Anzeige kann unvollständig sein. Arbeiten Sie vorsichtig weiter und stellen Sie ihn wie unten beschrieben wieder her.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../qml/components/SyncIndicator.qml" line="25"/>
        <source>Sync: %1</source>
        <translation>Sync: %1</translation>
    </message>
    <message>
        <location filename="../qml/components/SyncIndicator.qml" line="40"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/components/SyncIndicator.qml" line="51"/>
        <source>synced %1</source>
        <translation>synchronisiert %1</translation>
    </message>
</context>
<context>
    <name>TaskDelegate</name>
    <message>
        <location filename="../qml/tasks/TaskDelegate.qml" line="26"/>
        <source>Task %1 for %2, %3</source>
        <translation>Aufgabe %1 für %2, %3</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskDelegate.qml" line="36"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskDelegate.qml" line="46"/>
        <source>%1 left of %2 min</source>
        <translation>noch %1 von %2 min</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskDelegate.qml" line="58"/>
        <source>Ack</source>
        <translation>Quittieren</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskDelegate.qml" line="59"/>
        <source>Acknowledge %1</source>
        <translation>%1 bestätigen</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskDelegate.qml" line="64"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskDelegate.qml" line="65"/>
        <source>%1 is done</source>
        <translation>%1 ist erledigt</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskDelegate.qml" line="71"/>
        <source>More actions for %1</source>
        <translation>Weitere Aktionen für %1</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskDelegate.qml" line="75"/>
        <source>Extend 5 min</source>
        <translation>5 min verlängern</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskDelegate.qml" line="76"/>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskDelegate.qml" line="77"/>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskDelegate.qml" line="78"/>
        <source>Cancel task</source>
        <translation>Aufgabe abbrechen</translation>
    </message>
</context>
<context>
    <name>TasksPanel</name>
    <message numerus="yes">
        <location filename="../qml/tasks/TasksPanel.qml" line="16"/>
        <source>Tasks — %n overdue</source>
        <translation>
            <numerusform>Aufgaben — %n überfällig</numerusform>
            <numerusform>Aufgaben — %n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/tasks/TasksPanel.qml" line="16"/>
        <location filename="../qml/tasks/TasksPanel.qml" line="55"/>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TasksPanel.qml" line="43"/>
        <source>What needs doing</source>
        <translation>Was ist zu tun</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TasksPanel.qml" line="43"/>
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TasksPanel.qml" line="44"/>
        <source>Who (one name)</source>
        <translation>Wer (ein Name)</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TasksPanel.qml" line="44"/>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TasksPanel.qml" line="45"/>
        <source>Timebox in minutes</source>
        <translation>Timebox in Minuten</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TasksPanel.qml" line="46"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TasksPanel.qml" line="46"/>
        <source>Add the task</source>
        <translation>Aufgabe hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TasksPanel.qml" line="62"/>
        <source>No tasks yet. Name one person and a timebox.</source>
        <translation>Noch keine Aufgaben. Eine Person und eine Timebox angeben.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="26"/>
        <source>Incident Commander</source>
        <translation>Incident Commander</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="27"/>
        <source>Deputy</source>
        <translation>Stellvertretung</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="28"/>
        <source>Scribe</source>
        <translation>Scribe</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="29"/>
        <source>Internal Liaison</source>
        <translation>Interne Kommunikation</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="30"/>
        <source>Customer Liaison</source>
        <translation>Kundenkommunikation</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="31"/>
        <source>Resolution Lead</source>
        <translation>Resolution Lead</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="34"/>
        <source>SME (%1)</source>
        <translation>SME (%1)</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="51"/>
        <source>investigating</source>
        <translation>wird untersucht</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="52"/>
        <source>identified</source>
        <translation>identifiziert</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="53"/>
        <source>mitigated</source>
        <translation>eingedämmt</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="54"/>
        <source>resolved</source>
        <translation>behoben</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="55"/>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="56"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="57"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="58"/>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="59"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="60"/>
        <source>impact started</source>
        <translation>Beginn der Auswirkung</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="61"/>
        <source>detected</source>
        <translation>erkannt</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="62"/>
        <source>acknowledged</source>
        <translation>quittiert</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="63"/>
        <source>recovered</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="64"/>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="65"/>
        <source>external</source>
        <translation>extern</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="83"/>
        <source>Declared %1: %2</source>
        <translation>Ausgerufen als %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="86"/>
        <source>Incident details edited</source>
        <translation>Incident-Angaben geändert</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="89"/>
        <source>Severity → %1</source>
        <translation>Schweregrad → %1</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="94"/>
        <source>Status → %1</source>
        <translation>Status → %1</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="98"/>
        <source>Milestone %1 at %2 UTC</source>
        <translation>Meilenstein %1 um %2 UTC</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="103"/>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="107"/>
        <source>%1 relieved</source>
        <translation>%1 entbunden</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="110"/>
        <source>Task for %1 (%2 min): %3</source>
        <translation>Aufgabe für %1 (%2 min): %3</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="115"/>
        <source>Acknowledged: %1</source>
        <translation>Quittiert: %1</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="118"/>
        <source>Task changed: %1</source>
        <translation>Aufgabe geändert: %1</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="121"/>
        <source>Extended by %1 min: %2</source>
        <translation>Um %1 min verlängert: %2</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="125"/>
        <source>Task %1: %2</source>
        <translation>Aufgabe %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="129"/>
        <source>Document, %1: %2</source>
        <translation>Dokument, %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="133"/>
        <source>%1 update: %2</source>
        <translation>%1 Update: %2</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="134"/>
        <source>External</source>
        <translation>Externes</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="135"/>
        <source>Internal</source>
        <translation>Internes</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="139"/>
        <source>%1 updates every %2 min</source>
        <translation>Updates (%1) alle %2 min</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="145"/>
        <source>Follow-up for %1: %2</source>
        <translation>Follow-up für %1: %2</translation>
    </message>
</context>
<context>
    <name>TimelineChartView</name>
    <message>
        <location filename="../qml/timeline/TimelineChartView.qml" line="19"/>
        <source>Timeline chart</source>
        <translation>Timeline-Diagramm</translation>
    </message>
    <message>
        <location filename="../qml/timeline/TimelineChartView.qml" line="46"/>
        <source>Severity (higher is worse)</source>
        <translation>Schweregrad (höher ist schlimmer)</translation>
    </message>
    <message>
        <location filename="../qml/timeline/TimelineChartView.qml" line="48"/>
        <source>Status (higher is further)</source>
        <translation>Status (höher ist weiter)</translation>
    </message>
    <message>
        <location filename="../qml/timeline/TimelineChartView.qml" line="50"/>
        <source>Task timeboxes</source>
        <translation>Aufgaben-Timeboxen</translation>
    </message>
    <message>
        <location filename="../qml/timeline/TimelineChartView.qml" line="53"/>
        <source>Updates published</source>
        <translation>Veröffentlichte Updates</translation>
    </message>
    <message>
        <location filename="../qml/timeline/TimelineChartView.qml" line="56"/>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
</context>
<context>
    <name>TimelineList</name>
    <message>
        <location filename="../qml/timeline/TimelineList.qml" line="18"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location filename="../qml/timeline/TimelineList.qml" line="19"/>
        <source>Show kind</source>
        <translation>Art anzeigen</translation>
    </message>
    <message>
        <location filename="../qml/timeline/TimelineList.qml" line="24"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../qml/timeline/TimelineList.qml" line="25"/>
        <source>Show person</source>
        <translation>Person anzeigen</translation>
    </message>
    <message>
        <location filename="../qml/timeline/TimelineList.qml" line="28"/>
        <source>Pinned only</source>
        <translation>Nur angeheftete</translation>
    </message>
    <message>
        <location filename="../qml/timeline/TimelineList.qml" line="29"/>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <location filename="../qml/timeline/TimelineList.qml" line="32"/>
        <source>Times in UTC</source>
        <translation>Zeiten in UTC</translation>
    </message>
    <message>
        <location filename="../qml/timeline/TimelineList.qml" line="43"/>
        <source>Timeline entries</source>
        <translation>Timeline-Einträge</translation>
    </message>
    <message>
        <location filename="../qml/timeline/TimelineList.qml" line="62"/>
        <source>%1 (corrected)</source>
        <translation>%1 (korrigiert)</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message numerus="yes">
        <location filename="../qml/timeline/TimelinePanel.qml" line="13"/>
        <source>Timeline — %n point(s) drawn</source>
        <translation>
            <numerusform>Timeline — %n Punkt gezeichnet</numerusform>
            <numerusform>Timeline — %n Punkte gezeichnet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpdateClock</name>
    <message>
        <location filename="../qml/updates/UpdateClock.qml" line="28"/>
        <source>none expected</source>
        <translation>keines erwartet</translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdateClock.qml" line="30"/>
        <source>next due in %1</source>
        <translation>nächstes fällig in %1</translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdateClock.qml" line="32"/>
        <source>Compose</source>
        <translation>Verfassen</translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdateClock.qml" line="32"/>
        <source>Compose, %1</source>
        <translation>Verfassen, %1</translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdateClock.qml" line="34"/>
        <source>every (min)</source>
        <translation>Intervall (min)</translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdateClock.qml" line="40"/>
        <source>%1 update every N minutes</source>
        <translation>%1: Update alle N Minuten</translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdateClock.qml" line="43"/>
        <source>Set</source>
        <translation>Setzen</translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdateClock.qml" line="44"/>
        <source>Set the cadence, %1</source>
        <translation>Takt setzen, %1</translation>
    </message>
</context>
<context>
    <name>UpdatesPanel</name>
    <message>
        <location filename="../qml/updates/UpdatesPanel.qml" line="15"/>
        <source>Updates</source>
        <translation>Updates</translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdatesPanel.qml" line="19"/>
        <source>Summary: %1
Impact: 
What we are doing: 
Next update at: </source>
        <translation>Zusammenfassung: %1
Auswirkung: 
Was wir tun: 
Nächstes Update um: </translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdatesPanel.qml" line="37"/>
        <location filename="../qml/updates/UpdatesPanel.qml" line="65"/>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdatesPanel.qml" line="49"/>
        <location filename="../qml/updates/UpdatesPanel.qml" line="65"/>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdatesPanel.qml" line="66"/>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdatesPanel.qml" line="68"/>
        <source>next in</source>
        <translation>nächstes in</translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdatesPanel.qml" line="69"/>
        <source>Next update in minutes (0: the cadence)</source>
        <translation>Nächstes Update in Minuten (0: laut Intervall)</translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdatesPanel.qml" line="72"/>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdatesPanel.qml" line="75"/>
        <source>Publish the update</source>
        <translation>Update veröffentlichen</translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdatesPanel.qml" line="85"/>
        <source>Write the update, or press Compose for the template; %1 publishes</source>
        <translation>Update schreiben oder „Verfassen“ für die Vorlage drücken; %1 veröffentlicht</translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdatesPanel.qml" line="86"/>
        <source>Update text</source>
        <translation>Update-Text</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../lib/domain/validation.cpp" line="154"/>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="156"/>
        <location filename="../lib/domain/validation.cpp" line="166"/>
        <source>is longer than %1 characters</source>
        <translation>ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="164"/>
        <source>is required</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="168"/>
        <source>may hold only letters, digits and . _ : -</source>
        <translation>darf nur Buchstaben, Ziffern und . _ : - enthalten</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="178"/>
        <location filename="../lib/domain/validation.cpp" line="182"/>
        <location filename="../lib/domain/validation.cpp" line="185"/>
        <source>must be a string</source>
        <translation>muss ein Text sein</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="187"/>
        <source>must name one person, not &apos;%1&apos;</source>
        <translation>muss eine Person nennen, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="190"/>
        <source>must not start or end with spaces</source>
        <translation>darf nicht mit Leerzeichen beginnen oder enden</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="194"/>
        <location filename="../lib/domain/validation.cpp" line="200"/>
        <source>must be a whole number of minutes</source>
        <translation>muss eine ganze Zahl von Minuten sein</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="197"/>
        <source>must be between 1 and %1</source>
        <translation>muss zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="205"/>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="213"/>
        <source>must be one of %1</source>
        <translation>muss eines von %1 sein</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="218"/>
        <source>must be one of %1, or sme:&lt;area&gt;</source>
        <translation>muss eines von %1 sein, oder sme:&lt;Bereich&gt;</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="225"/>
        <source>must be an event id or null</source>
        <translation>muss eine Ereignis-ID oder null sein</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="239"/>
        <source>occurred_at: must be an ISO 8601 time with a zone</source>
        <translation>occurred_at: muss eine ISO-8601-Zeit mit Zone sein</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="241"/>
        <source>occurred_at: must lie between 1970 and 9999 (in UTC)</source>
        <translation>occurred_at: muss zwischen 1970 und 9999 liegen (in UTC)</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="272"/>
        <source>data: fields this version does not know carry %1 characters, more than %2</source>
        <translation>data: Felder, die diese Version nicht kennt, umfassen %1 Zeichen, mehr als %2</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="286"/>
        <source>data.%1: is required</source>
        <translation>data.%1: fehlt</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="292"/>
        <source>data.%1: must not be null</source>
        <translation>data.%1: darf nicht null sein</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="304"/>
        <source>data: nothing to change; give at least one of %1</source>
        <translation>data: nichts zu ändern; mindestens eines von %1 angeben</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="317"/>
        <source>type: is required</source>
        <translation>type: fehlt</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="319"/>
        <source>type: unknown event type &apos;%1&apos;</source>
        <translation>type: unbekannter Ereignistyp &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>cp::CurrentIncident</name>
    <message>
        <location filename="../lib/ui/currentincident.cpp" line="61"/>
        <source>overdue %1</source>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <location filename="../lib/ui/currentincident.cpp" line="87"/>
        <source>critical, public impact</source>
        <translation>kritisch, öffentliche Auswirkung</translation>
    </message>
    <message>
        <location filename="../lib/ui/currentincident.cpp" line="87"/>
        <source>critical, customers impacted</source>
        <translation>kritisch, Kunden betroffen</translation>
    </message>
    <message>
        <location filename="../lib/ui/currentincident.cpp" line="88"/>
        <source>minor impact, or about to get worse</source>
        <translation>geringe Auswirkung oder droht schlimmer zu werden</translation>
    </message>
    <message>
        <location filename="../lib/ui/currentincident.cpp" line="89"/>
        <source>no customer impact</source>
        <translation>keine Auswirkung auf Kunden</translation>
    </message>
    <message>
        <location filename="../lib/ui/currentincident.cpp" line="89"/>
        <source>cosmetic</source>
        <translation>kosmetisch</translation>
    </message>
    <message>
        <location filename="../lib/ui/currentincident.cpp" line="95"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../lib/ui/currentincident.cpp" line="103"/>
        <source>Time to detect</source>
        <translation>Zeit bis Erkennung</translation>
    </message>
    <message>
        <location filename="../lib/ui/currentincident.cpp" line="104"/>
        <source>Time to acknowledge</source>
        <translation>Zeit bis Quittierung</translation>
    </message>
    <message>
        <location filename="../lib/ui/currentincident.cpp" line="105"/>
        <source>Time to identify</source>
        <translation>Zeit bis Identifikation</translation>
    </message>
    <message>
        <location filename="../lib/ui/currentincident.cpp" line="106"/>
        <source>Time to mitigate</source>
        <translation>Zeit bis Eindämmung</translation>
    </message>
    <message>
        <location filename="../lib/ui/currentincident.cpp" line="107"/>
        <source>Time to recover</source>
        <translation>Zeit bis Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../lib/ui/currentincident.cpp" line="108"/>
        <source>Time to resolve</source>
        <translation>Zeit bis Behebung</translation>
    </message>
    <message>
        <location filename="../lib/ui/currentincident.cpp" line="121"/>
        <source>Time at %1</source>
        <translation>Dauer in %1</translation>
    </message>
</context>
<context>
    <name>cp::Preferences</name>
    <message>
        <location filename="../lib/ui/preferences.cpp" line="51"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>cp::ReminderListModel</name>
    <message>
        <location filename="../lib/ui/reminderlistmodel.cpp" line="12"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../lib/ui/reminderlistmodel.cpp" line="15"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../lib/ui/reminderlistmodel.cpp" line="16"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../lib/ui/reminderlistmodel.cpp" line="59"/>
        <source>External update overdue by %1</source>
        <translation>Externes Update seit %1 überfällig</translation>
    </message>
    <message>
        <location filename="../lib/ui/reminderlistmodel.cpp" line="60"/>
        <source>Internal update overdue by %1</source>
        <translation>Internes Update seit %1 überfällig</translation>
    </message>
    <message>
        <location filename="../lib/ui/reminderlistmodel.cpp" line="61"/>
        <source>External update due in %1</source>
        <translation>Externes Update fällig in %1</translation>
    </message>
    <message>
        <location filename="../lib/ui/reminderlistmodel.cpp" line="62"/>
        <source>Internal update due in %1</source>
        <translation>Internes Update fällig in %1</translation>
    </message>
    <message>
        <location filename="../lib/ui/reminderlistmodel.cpp" line="65"/>
        <source>%1, have you finished “%2”? %3 over</source>
        <translation>%1, ist „%2“ fertig? %3 über der Zeit</translation>
    </message>
    <message>
        <location filename="../lib/ui/reminderlistmodel.cpp" line="67"/>
        <source>%1 has not acknowledged “%2”</source>
        <translation>%1 hat „%2“ nicht quittiert</translation>
    </message>
    <message>
        <location filename="../lib/ui/reminderlistmodel.cpp" line="69"/>
        <source>No %1 named yet</source>
        <translation>%1: noch niemand benannt</translation>
    </message>
    <message>
        <location filename="../lib/ui/reminderlistmodel.cpp" line="71"/>
        <source>“%1” not updated for %2</source>
        <translation>„%1“ seit %2 nicht aktualisiert</translation>
    </message>
</context>
<context>
    <name>cp::Scribe</name>
    <message>
        <location filename="../lib/ui/scribe.cpp" line="108"/>
        <source>Select an incident first.</source>
        <translation>Zuerst ein Incident auswählen.</translation>
    </message>
</context>
<context>
    <name>cp::Shortcuts</name>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="193"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>cp::SyncStatus</name>
    <message>
        <location filename="../lib/ui/syncstatus.cpp" line="54"/>
        <source>Disk full: the local store cannot take more</source>
        <translation>Festplatte voll: der lokale Speicher nimmt nichts mehr auf</translation>
    </message>
    <message>
        <location filename="../lib/ui/syncstatus.cpp" line="56"/>
        <source>Local store busy (another program holds it)</source>
        <translation>Lokaler Speicher belegt (ein anderes Programm hält ihn)</translation>
    </message>
    <message>
        <location filename="../lib/ui/syncstatus.cpp" line="58"/>
        <source>Local store cannot be written</source>
        <translation>Lokaler Speicher nicht beschreibbar</translation>
    </message>
    <message>
        <location filename="../lib/ui/syncstatus.cpp" line="63"/>
        <source>Local only</source>
        <translation>Nur lokal</translation>
    </message>
    <message>
        <location filename="../lib/ui/syncstatus.cpp" line="65"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../lib/ui/syncstatus.cpp" line="67"/>
        <source>Syncing</source>
        <translation>Synchronisiere</translation>
    </message>
    <message>
        <location filename="../lib/ui/syncstatus.cpp" line="69"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../lib/ui/syncstatus.cpp" line="71"/>
        <source>Offline, retrying</source>
        <translation>Offline, neuer Versuch läuft</translation>
    </message>
    <message>
        <location filename="../lib/ui/syncstatus.cpp" line="73"/>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/ui/syncstatus.cpp" line="82"/>
        <source>%n event(s) not sent yet</source>
        <translation>
            <numerusform>%n Ereignis noch nicht gesendet</numerusform>
            <numerusform>%n Ereignisse noch nicht gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/ui/syncstatus.cpp" line="84"/>
        <source>%n event(s) refused by the server</source>
        <translation>
            <numerusform>%n Ereignis vom Server abgelehnt</numerusform>
            <numerusform>%n Ereignisse vom Server abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/ui/syncstatus.cpp" line="86"/>
        <source>no server set (Ctrl+,)</source>
        <translation>kein Server eingerichtet (Ctrl+,)</translation>
    </message>
    <message>
        <location filename="../lib/ui/syncstatus.cpp" line="157"/>
        <source>That address cannot be used (%1).</source>
        <translation>Diese Adresse ist nicht verwendbar (%1).</translation>
    </message>
    <message>
        <location filename="../lib/ui/syncstatus.cpp" line="159"/>
        <source>Give the server&apos;s address, e.g. http://incidents.example:8470</source>
        <translation>Adresse des Servers angeben, z. B. http://incidents.example:8470</translation>
    </message>
    <message>
        <location filename="../lib/ui/syncstatus.cpp" line="166"/>
        <source>Give your token: commandpost-server user add NAME prints it.</source>
        <translation>Token angeben: commandpost-server user add NAME gibt ihn aus.</translation>
    </message>
</context>
<context>
    <name>cp::TaskListModel</name>
    <message>
        <location filename="../lib/ui/tasklistmodel.cpp" line="54"/>
        <source>%1, have you finished?</source>
        <translation>%1, fertig?</translation>
    </message>
    <message>
        <location filename="../lib/ui/tasklistmodel.cpp" line="56"/>
        <source>Waiting for %1 to acknowledge</source>
        <translation>Warte auf Quittierung durch %1</translation>
    </message>
    <message>
        <location filename="../lib/ui/tasklistmodel.cpp" line="58"/>
        <source>Blocked: what does %1 need?</source>
        <translation>Blockiert: Was braucht %1?</translation>
    </message>
</context>
<context>
    <name>cp::TimelineChart</name>
    <message>
        <location filename="../lib/ui/timelinechart.cpp" line="190"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
</context>
<context>
    <name>cp::Workspace</name>
    <message>
        <location filename="../lib/ui/workspace.cpp" line="34"/>
        <source>Command Post</source>
        <translation>Command Post</translation>
    </message>
    <message>
        <location filename="../lib/ui/workspace.cpp" line="34"/>
        <source>The local store is damaged.</source>
        <translation>Der lokale Speicher ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>cp::app::Commands</name>
    <message>
        <location filename="../lib/app/commands.cpp" line="70"/>
        <source>no incident matches &apos;%1&apos;</source>
        <translation>kein Vorfall passt zu „%1“</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="71"/>
        <source>&apos;%1&apos; matches %2 incidents; give more characters</source>
        <translation>„%1“ passt zu %2 Vorfällen; geben Sie mehr Zeichen an</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="79"/>
        <source>no task matches &apos;%1&apos;</source>
        <translation>keine Aufgabe passt zu „%1“</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="80"/>
        <source>&apos;%1&apos; matches %2 tasks; give more characters</source>
        <translation>„%1“ passt zu %2 Aufgaben; geben Sie mehr Zeichen an</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="88"/>
        <source>no timeline entry matches &apos;%1&apos;</source>
        <translation>kein Zeitleisteneintrag passt zu „%1“</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="89"/>
        <source>&apos;%1&apos; matches %2 timeline entries; give more characters</source>
        <translation>„%1“ passt zu %2 Zeitleisteneinträgen; geben Sie mehr Zeichen an</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="95"/>
        <location filename="../lib/app/commands.cpp" line="350"/>
        <location filename="../lib/app/commands.cpp" line="370"/>
        <source>Select an incident first.</source>
        <translation>Wählen Sie zuerst einen Vorfall aus.</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="110"/>
        <source>%1 is in the future; check the time</source>
        <translation>%1 liegt in der Zukunft; prüfen Sie die Uhrzeit</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="115"/>
        <source>%1 is more than %2 days before the incident was declared (%3); check the date</source>
        <translation>%1 liegt mehr als %2 Tage vor der Ausrufung des Vorfalls (%3); prüfen Sie das Datum</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="157"/>
        <source>The commander is not relieved: hand command off to the next commander instead.</source>
        <translation>Die Einsatzleitung wird nicht abgelöst: Übergeben Sie die Leitung stattdessen an die nächste Person.</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="168"/>
        <source>%1 has command already.</source>
        <translation>%1 hat die Leitung bereits.</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="209"/>
        <source>Section %1 is in conflict: read both texts, then write the merge from its head (%2).</source>
        <translation>Abschnitt %1 ist im Konflikt: Lesen Sie beide Texte und schreiben Sie dann die Zusammenführung auf Basis des aktuellen Stands (%2).</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="254"/>
        <source>Only timeline entries (notes) can be corrected; set a milestone or status for the rest.</source>
        <translation>Nur Zeitleisteneinträge (Notizen) können korrigiert werden; setzen Sie für den Rest einen Meilenstein oder Status.</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="286"/>
        <source>&apos;%1&apos; is not a time: write HH:MM or an ISO 8601 time</source>
        <translation>„%1“ ist keine Uhrzeit: schreiben Sie HH:MM oder eine ISO-8601-Zeit</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="317"/>
        <source>%1 is not during the incident (declared %2, closed %3): give a date and time</source>
        <translation>%1 liegt nicht im Vorfall (ausgerufen %2, geschlossen %3): bitte Datum und Uhrzeit angeben</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="336"/>
        <source>&apos;%1&apos; is not a date: write YYYY-MM-DD</source>
        <translation>„%1“ ist kein Datum: schreiben Sie JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="353"/>
        <source>&apos;%1&apos; is not one of md, html, csv, json</source>
        <translation>„%1“ ist keines von md, html, csv, json</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="373"/>
        <source>&apos;%1&apos; is not one of md, html, pdf, csv, json</source>
        <translation>„%1“ ist keines von md, html, pdf, csv, json</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="375"/>
        <source>Choose where to save the report.</source>
        <translation>Wählen Sie, wo der Bericht gespeichert wird.</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="387"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
</TS>
