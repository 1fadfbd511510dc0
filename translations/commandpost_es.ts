<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>IncidentHeader</name>
    <message>
        <location filename="../qml/incident/IncidentHeader.qml" line="24"/>
        <source>Incident title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/incident/IncidentHeader.qml" line="29"/>
        <source>Status: %1 · Commander: %2 · Declared %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/incident/IncidentHeader.qml" line="31"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentList</name>
    <message>
        <location filename="../qml/incident/IncidentList.qml" line="21"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/incident/IncidentList.qml" line="26"/>
        <source>Incidents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/incident/IncidentList.qml" line="40"/>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/incident/IncidentList.qml" line="53"/>
        <source>%1 · IC %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/incident/IncidentList.qml" line="54"/>
        <source>%1 · no commander</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="13"/>
        <source>%1 — Command Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="14"/>
        <source>Command Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="72"/>
        <source>No incident selected. Declare one with commandpost-cli declare, or pick one on the left.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../lib/ui/rolelistmodel.cpp" line="59"/>
        <source>Incident Commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/ui/rolelistmodel.cpp" line="60"/>
        <source>Deputy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/ui/rolelistmodel.cpp" line="61"/>
        <source>Scribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/ui/rolelistmodel.cpp" line="62"/>
        <source>Internal Liaison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/ui/rolelistmodel.cpp" line="63"/>
        <source>Customer Liaison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/ui/rolelistmodel.cpp" line="64"/>
        <source>Resolution Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/ui/rolelistmodel.cpp" line="69"/>
        <source>SME: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolesPanel</name>
    <message>
        <location filename="../qml/roles/RolesPanel.qml" line="9"/>
        <location filename="../qml/roles/RolesPanel.qml" line="15"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/roles/RolesPanel.qml" line="25"/>
        <source>unfilled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../lib/ui/sectionlistmodel.cpp" line="23"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/ui/sectionlistmodel.cpp" line="24"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/ui/sectionlistmodel.cpp" line="25"/>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/ui/sectionlistmodel.cpp" line="26"/>
        <source>Command post / bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/ui/sectionlistmodel.cpp" line="27"/>
        <source>Current actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/ui/sectionlistmodel.cpp" line="28"/>
        <source>Exit criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/ui/sectionlistmodel.cpp" line="29"/>
        <source>Next commander</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../qml/components/ServerDialog.qml" line="10"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ServerDialog.qml" line="30"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ServerDialog.qml" line="35"/>
        <source>http://incidents.example:8470</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ServerDialog.qml" line="38"/>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ServerDialog.qml" line="44"/>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ServerDialog.qml" line="44"/>
        <source>cpt_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/components/ServerDialog.qml" line="58"/>
        <source>Send %n refused event(s) again</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/ServerDialog.qml" line="64"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ServerDialog.qml" line="69"/>
        <source>Work locally</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeverityBadge</name>
    <message>
        <location filename="../qml/components/SeverityBadge.qml" line="22"/>
        <source>Severity %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../qml/components/SyncIndicator.qml" line="23"/>
        <source>Sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SyncIndicator.qml" line="38"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SyncIndicator.qml" line="49"/>
        <source>synced %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cp::CurrentIncident</name>
    <message>
        <location filename="../lib/ui/currentincident.cpp" line="49"/>
        <source>overdue %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cp::IncidentActions</name>
    <message>
        <location filename="../lib/ui/incidentactions.cpp" line="32"/>
        <source>Select an incident first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/ui/incidentactions.cpp" line="75"/>
        <source>%1 takes command (briefed, announced, confirmed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/ui/incidentactions.cpp" line="76"/>
        <source>Command handed from %1 to %2 (briefed, announced, confirmed).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cp::ReminderListModel</name>
    <message>
        <location filename="../lib/ui/reminderlistmodel.cpp" line="12"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/ui/reminderlistmodel.cpp" line="15"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/ui/reminderlistmodel.cpp" line="16"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/ui/reminderlistmodel.cpp" line="59"/>
        <source>External update overdue by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/ui/reminderlistmodel.cpp" line="60"/>
        <source>Internal update overdue by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/ui/reminderlistmodel.cpp" line="61"/>
        <source>External update due in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/ui/reminderlistmodel.cpp" line="62"/>
        <source>Internal update due in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/ui/reminderlistmodel.cpp" line="65"/>
        <source>%1, have you finished “%2”? %3 over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/ui/reminderlistmodel.cpp" line="67"/>
        <source>%1 has not acknowledged “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/ui/reminderlistmodel.cpp" line="69"/>
        <source>No %1 named yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/ui/reminderlistmodel.cpp" line="71"/>
        <source>“%1” not updated for %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cp::SyncStatus</name>
    <message>
        <location filename="../lib/ui/syncstatus.cpp" line="41"/>
        <source>Local only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/ui/syncstatus.cpp" line="43"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/ui/syncstatus.cpp" line="45"/>
        <source>Syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/ui/syncstatus.cpp" line="47"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/ui/syncstatus.cpp" line="49"/>
        <source>Offline, retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/ui/syncstatus.cpp" line="51"/>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/ui/syncstatus.cpp" line="60"/>
        <source>%n event(s) not sent yet</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/ui/syncstatus.cpp" line="62"/>
        <source>%n event(s) refused by the server</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/ui/syncstatus.cpp" line="64"/>
        <source>no server set (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/ui/syncstatus.cpp" line="135"/>
        <source>That address cannot be used (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/ui/syncstatus.cpp" line="137"/>
        <source>Give the server&apos;s address, e.g. http://incidents.example:8470</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/ui/syncstatus.cpp" line="144"/>
        <source>Give your token: commandpost-server user add NAME prints it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cp::TaskListModel</name>
    <message>
        <location filename="../lib/ui/tasklistmodel.cpp" line="69"/>
        <source>%1, have you finished?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/ui/tasklistmodel.cpp" line="71"/>
        <source>Waiting for %1 to acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/ui/tasklistmodel.cpp" line="73"/>
        <source>Blocked: what does %1 need?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
