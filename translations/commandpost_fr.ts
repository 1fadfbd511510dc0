<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <location filename="../qml/Main.qml" line="50"/>
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
    <name>SeverityBadge</name>
    <message>
        <location filename="../qml/components/SeverityBadge.qml" line="22"/>
        <source>Severity %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
