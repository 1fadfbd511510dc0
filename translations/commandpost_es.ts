<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>DeclareDialog</name>
    <message>
        <location filename="../qml/incident/DeclareDialog.qml" line="13"/>
        <source>Declare an incident</source>
        <translation>Declarar un incidente</translation>
    </message>
    <message>
        <location filename="../qml/incident/DeclareDialog.qml" line="27"/>
        <source>What is broken, as users see it</source>
        <translation>Qué falla, tal como lo ven los usuarios</translation>
    </message>
    <message>
        <location filename="../qml/incident/DeclareDialog.qml" line="27"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../qml/incident/DeclareDialog.qml" line="34"/>
        <source>Severity</source>
        <translation>Severidad</translation>
    </message>
    <message>
        <location filename="../qml/incident/DeclareDialog.qml" line="36"/>
        <source>SEV1 — critical, public impact</source>
        <translation>SEV1 — crítico, impacto público</translation>
    </message>
    <message>
        <location filename="../qml/incident/DeclareDialog.qml" line="37"/>
        <source>SEV2 — critical, customers impacted</source>
        <translation>SEV2 — crítico, clientes afectados</translation>
    </message>
    <message>
        <location filename="../qml/incident/DeclareDialog.qml" line="38"/>
        <source>SEV3 — minor impact, or about to get worse</source>
        <translation>SEV3 — impacto menor, o a punto de empeorar</translation>
    </message>
    <message>
        <location filename="../qml/incident/DeclareDialog.qml" line="39"/>
        <source>SEV4 — no customer impact</source>
        <translation>SEV4 — sin impacto en clientes</translation>
    </message>
    <message>
        <location filename="../qml/incident/DeclareDialog.qml" line="40"/>
        <source>SEV5 — cosmetic</source>
        <translation>SEV5 — estético</translation>
    </message>
    <message>
        <location filename="../qml/incident/DeclareDialog.qml" line="43"/>
        <source>If unsure, pick the higher severity.</source>
        <translation>Si dudas, elige la severidad más alta.</translation>
    </message>
    <message>
        <location filename="../qml/incident/DeclareDialog.qml" line="44"/>
        <source>What is known so far</source>
        <translation>Lo que se sabe hasta ahora</translation>
    </message>
    <message>
        <location filename="../qml/incident/DeclareDialog.qml" line="44"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../qml/incident/DeclareDialog.qml" line="45"/>
        <source>Declare</source>
        <translation>Declarar</translation>
    </message>
</context>
<context>
    <name>EntryReview</name>
    <message>
        <location filename="../qml/review/EntryReview.qml" line="16"/>
        <source>Entries to review</source>
        <translation>Entradas por revisar</translation>
    </message>
    <message>
        <location filename="../qml/review/EntryReview.qml" line="29"/>
        <source>Unpin</source>
        <translation>Dejar de fijar</translation>
    </message>
    <message>
        <location filename="../qml/review/EntryReview.qml" line="29"/>
        <source>Pin</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <location filename="../qml/review/EntryReview.qml" line="37"/>
        <source>%1 (was: %2)</source>
        <translation>%1 (antes: %2)</translation>
    </message>
    <message>
        <location filename="../qml/review/EntryReview.qml" line="38"/>
        <source>%1 (corrected)</source>
        <translation>%1 (corregido)</translation>
    </message>
    <message>
        <location filename="../qml/review/EntryReview.qml" line="40"/>
        <source>Corrected time</source>
        <translation>Hora corregida</translation>
    </message>
    <message>
        <location filename="../qml/review/EntryReview.qml" line="41"/>
        <source>Corrected text</source>
        <translation>Texto corregido</translation>
    </message>
    <message>
        <location filename="../qml/review/EntryReview.qml" line="43"/>
        <source>Correct</source>
        <translation>Corregir</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../qml/review/ExportDialog.qml" line="13"/>
        <location filename="../qml/review/ExportDialog.qml" line="54"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../qml/review/ExportDialog.qml" line="37"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../qml/review/ExportDialog.qml" line="39"/>
        <source>Postmortem, Markdown</source>
        <translation>Post mortem, Markdown</translation>
    </message>
    <message>
        <location filename="../qml/review/ExportDialog.qml" line="40"/>
        <source>Postmortem, HTML</source>
        <translation>Post mortem, HTML</translation>
    </message>
    <message>
        <location filename="../qml/review/ExportDialog.qml" line="41"/>
        <source>Postmortem, PDF</source>
        <translation>Post mortem, PDF</translation>
    </message>
    <message>
        <location filename="../qml/review/ExportDialog.qml" line="42"/>
        <source>Timeline, CSV</source>
        <translation>Cronología, CSV</translation>
    </message>
    <message>
        <location filename="../qml/review/ExportDialog.qml" line="43"/>
        <source>Whole log, JSON</source>
        <translation>Registro completo, JSON</translation>
    </message>
    <message>
        <location filename="../qml/review/ExportDialog.qml" line="52"/>
        <source>File to write</source>
        <translation>Archivo de destino</translation>
    </message>
    <message>
        <location filename="../qml/review/ExportDialog.qml" line="55"/>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
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
        <translation>, vence el %1</translation>
    </message>
    <message>
        <location filename="../qml/review/FollowUps.qml" line="30"/>
        <source>Action item</source>
        <translation>Acción de seguimiento</translation>
    </message>
    <message>
        <location filename="../qml/review/FollowUps.qml" line="31"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../qml/review/FollowUps.qml" line="33"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
</context>
<context>
    <name>HandoffDialog</name>
    <message>
        <location filename="../qml/roles/HandoffDialog.qml" line="14"/>
        <source>Hand off command</source>
        <translation>Traspasar el mando</translation>
    </message>
    <message>
        <location filename="../qml/roles/HandoffDialog.qml" line="20"/>
        <source>Tick the three steps first: brief, announce, confirm.</source>
        <translation>Marca primero los tres pasos: informar, anunciar, confirmar.</translation>
    </message>
    <message>
        <location filename="../qml/roles/HandoffDialog.qml" line="32"/>
        <source>Current commander: %1</source>
        <translation>Comandante actual: %1</translation>
    </message>
    <message>
        <location filename="../qml/roles/HandoffDialog.qml" line="32"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../qml/roles/HandoffDialog.qml" line="33"/>
        <source>New commander</source>
        <translation>Nuevo comandante</translation>
    </message>
    <message>
        <location filename="../qml/roles/HandoffDialog.qml" line="34"/>
        <source>1. Briefed the new commander on the state document</source>
        <translation>1. Informé al nuevo comandante con el documento de estado</translation>
    </message>
    <message>
        <location filename="../qml/roles/HandoffDialog.qml" line="35"/>
        <source>2. Announced the handoff on the bridge</source>
        <translation>2. Anuncié el traspaso en la llamada</translation>
    </message>
    <message>
        <location filename="../qml/roles/HandoffDialog.qml" line="36"/>
        <source>3. The new commander confirmed: “I have command”</source>
        <translation>3. El nuevo comandante confirmó: “Tengo el mando”</translation>
    </message>
    <message>
        <location filename="../qml/roles/HandoffDialog.qml" line="39"/>
        <source>Hand off</source>
        <translation>Traspasar</translation>
    </message>
</context>
<context>
    <name>IncidentHeader</name>
    <message>
        <location filename="../qml/incident/IncidentHeader.qml" line="43"/>
        <source>Incident title</source>
        <translation>Título del incidente</translation>
    </message>
    <message>
        <location filename="../qml/incident/IncidentHeader.qml" line="56"/>
        <source>Commander: %1 · Declared %2 · running %3</source>
        <translation>Comandante: %1 · Declarado a las %2 · duración %3</translation>
    </message>
    <message>
        <location filename="../qml/incident/IncidentHeader.qml" line="65"/>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <location filename="../qml/incident/IncidentHeader.qml" line="66"/>
        <source>Change status, now %1</source>
        <translation>Cambiar estado, ahora %1</translation>
    </message>
    <message>
        <location filename="../qml/incident/IncidentHeader.qml" line="84"/>
        <source>External update: %1</source>
        <translation>Actualización externa: %1</translation>
    </message>
    <message>
        <location filename="../qml/incident/IncidentHeader.qml" line="89"/>
        <source>Internal update: %1</source>
        <translation>Actualización interna: %1</translation>
    </message>
    <message>
        <location filename="../qml/incident/IncidentHeader.qml" line="57"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>IncidentList</name>
    <message>
        <location filename="../qml/incident/IncidentList.qml" line="27"/>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <location filename="../qml/incident/IncidentList.qml" line="35"/>
        <source>Incidents (%1)</source>
        <translation>Incidentes (%1)</translation>
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
        <translation>%1 · sin comandante</translation>
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
        <translation>Investigando</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="23"/>
        <location filename="../lib/ui/labels.cpp" line="41"/>
        <source>Identified</source>
        <translation>Identificado</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="24"/>
        <location filename="../lib/ui/labels.cpp" line="42"/>
        <source>Mitigated</source>
        <translation>Mitigado</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="25"/>
        <location filename="../lib/ui/labels.cpp" line="44"/>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="26"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="27"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="28"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="29"/>
        <source>Blocked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="30"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="38"/>
        <source>Impact started</source>
        <translation>Inicio del impacto</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="39"/>
        <source>Detected</source>
        <translation>Detectado</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="40"/>
        <source>Acknowledged</source>
        <translation>Reconocido</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="43"/>
        <source>Recovered</source>
        <translation>Recuperado</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="52"/>
        <source>Incident Commander</source>
        <translation>Comandante del incidente</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="53"/>
        <source>Deputy</source>
        <translation>Adjunto</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="54"/>
        <source>Scribe</source>
        <translation>Escriba</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="55"/>
        <source>Internal Liaison</source>
        <translation>Enlace interno</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="56"/>
        <source>Customer Liaison</source>
        <translation>Enlace con clientes</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="57"/>
        <source>Resolution Lead</source>
        <translation>Responsable de resolución</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="60"/>
        <source>SME: %1</source>
        <translation>Experto: %1</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="67"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="68"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="69"/>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="70"/>
        <source>Command post / bridge</source>
        <translation>Puesto de mando / llamada</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="71"/>
        <source>Current actions</source>
        <translation>Acciones en curso</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="72"/>
        <source>Exit criteria</source>
        <translation>Criterios de salida</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="73"/>
        <source>Next commander</source>
        <translation>Próximo comandante</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="81"/>
        <source>Observation</source>
        <translation>Observación</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="82"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="83"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="84"/>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="85"/>
        <source>To do</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="87"/>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="88"/>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="89"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="90"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="91"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="92"/>
        <source>Update</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="93"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
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
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="99"/>
        <source>Shortcuts</source>
        <translation>Atajos</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="123"/>
        <source>Declare incident</source>
        <translation>Declarar incidente</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="145"/>
        <source>Command</source>
        <translation>Mando</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="146"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="147"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="169"/>
        <source>No incident selected. Declare one with %1, or pick one on the left.</source>
        <translation>Ningún incidente seleccionado. Declara uno con %1 o elige uno a la izquierda.</translation>
    </message>
</context>
<context>
    <name>MilestoneEditor</name>
    <message>
        <location filename="../qml/review/MilestoneEditor.qml" line="26"/>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <location filename="../qml/review/MilestoneEditor.qml" line="31"/>
        <source>Set</source>
        <translation>Aplicar</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../qml/components/PreferencesDialog.qml" line="13"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../qml/components/PreferencesDialog.qml" line="24"/>
        <location filename="../qml/components/PreferencesDialog.qml" line="32"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../qml/components/PreferencesDialog.qml" line="42"/>
        <source>The new language applies when Command Post starts again.</source>
        <translation>El nuevo idioma se aplica cuando Command Post se vuelva a iniciar.</translation>
    </message>
    <message>
        <location filename="../qml/components/PreferencesDialog.qml" line="46"/>
        <source>Show times in UTC</source>
        <translation>Mostrar horas en UTC</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message numerus="yes">
        <location filename="../qml/components/ReminderBanner.qml" line="33"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n más</numerusform>
            <numerusform>%n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../qml/review/ReviewPanel.qml" line="19"/>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <location filename="../qml/review/ReviewPanel.qml" line="26"/>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <location filename="../qml/review/ReviewPanel.qml" line="33"/>
        <source>Follow-ups (Ctrl+E exports the postmortem)</source>
        <translation>Seguimiento (Ctrl+E exporta el post mortem)</translation>
    </message>
    <message>
        <location filename="../qml/review/ReviewPanel.qml" line="42"/>
        <source>Entries: pin and correct</source>
        <translation>Entradas: fijar y corregir</translation>
    </message>
</context>
<context>
    <name>RoleRow</name>
    <message>
        <location filename="../qml/roles/RoleRow.qml" line="43"/>
        <source>unfilled</source>
        <translation>sin asignar</translation>
    </message>
    <message>
        <location filename="../qml/roles/RoleRow.qml" line="43"/>
        <source>unfilled — name someone</source>
        <translation>sin asignar — nombra a alguien</translation>
    </message>
    <message>
        <location filename="../qml/roles/RoleRow.qml" line="53"/>
        <source>One person&apos;s name</source>
        <translation>Nombre de una persona</translation>
    </message>
    <message>
        <location filename="../qml/roles/RoleRow.qml" line="54"/>
        <source>Person for %1</source>
        <translation>Persona para %1</translation>
    </message>
    <message>
        <location filename="../qml/roles/RoleRow.qml" line="63"/>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <location filename="../qml/roles/RoleRow.qml" line="63"/>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <location filename="../qml/roles/RoleRow.qml" line="64"/>
        <source>Assign %1</source>
        <translation>Asignar %1</translation>
    </message>
    <message>
        <location filename="../qml/roles/RoleRow.qml" line="69"/>
        <source>Hand off…</source>
        <translation>Traspasar…</translation>
    </message>
    <message>
        <location filename="../qml/roles/RoleRow.qml" line="70"/>
        <source>Hand off command</source>
        <translation>Traspasar el mando</translation>
    </message>
    <message>
        <location filename="../qml/roles/RoleRow.qml" line="75"/>
        <source>Relieve</source>
        <translation>Relevar</translation>
    </message>
    <message>
        <location filename="../qml/roles/RoleRow.qml" line="76"/>
        <source>Relieve %1</source>
        <translation>Relevar %1</translation>
    </message>
</context>
<context>
    <name>RolesPanel</name>
    <message>
        <location filename="../qml/roles/RolesPanel.qml" line="16"/>
        <location filename="../qml/roles/RolesPanel.qml" line="37"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../qml/roles/RolesPanel.qml" line="53"/>
        <source>SME area, e.g. database</source>
        <translation>Área del experto, p. ej. base de datos</translation>
    </message>
    <message>
        <location filename="../qml/roles/RolesPanel.qml" line="54"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../qml/roles/RolesPanel.qml" line="57"/>
        <source>Add SME</source>
        <translation>Añadir experto</translation>
    </message>
</context>
<context>
    <name>ScribeEntryRow</name>
    <message>
        <location filename="../qml/scribe/ScribeEntryRow.qml" line="40"/>
        <source>%1 (corrected)</source>
        <translation>%1 (corregido)</translation>
    </message>
    <message>
        <location filename="../qml/scribe/ScribeEntryRow.qml" line="48"/>
        <source>Corrected text</source>
        <translation>Texto corregido</translation>
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
        <translation>Qué pasó — p. ej. 14:02 dec: revertir 4512 @dana</translation>
    </message>
    <message>
        <location filename="../qml/scribe/ScribeView.qml" line="56"/>
        <source>Timeline entry</source>
        <translation>Entrada de cronología</translation>
    </message>
    <message>
        <location filename="../qml/scribe/ScribeView.qml" line="67"/>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <location filename="../qml/scribe/ScribeView.qml" line="68"/>
        <source>%1 · the time is taken at your first keystroke</source>
        <translation>%1 · la hora se toma en tu primera pulsación</translation>
    </message>
    <message>
        <location filename="../qml/scribe/ScribeView.qml" line="76"/>
        <source>Recent entries</source>
        <translation>Entradas recientes</translation>
    </message>
</context>
<context>
    <name>ScribeWindow</name>
    <message>
        <location filename="../qml/scribe/ScribeWindow.qml" line="13"/>
        <source>Scribe — %1</source>
        <translation>Escriba — %1</translation>
    </message>
    <message>
        <location filename="../qml/scribe/ScribeWindow.qml" line="13"/>
        <source>Scribe</source>
        <translation>Escriba</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <location filename="../qml/document/SectionEditor.qml" line="63"/>
        <source>not written yet</source>
        <translation>aún sin redactar</translation>
    </message>
    <message>
        <location filename="../qml/document/SectionEditor.qml" line="64"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../qml/document/SectionEditor.qml" line="66"/>
        <source>stale</source>
        <translation>desactualizada</translation>
    </message>
    <message>
        <location filename="../qml/document/SectionEditor.qml" line="67"/>
        <source>conflict</source>
        <translation>conflicto</translation>
    </message>
    <message>
        <location filename="../qml/document/SectionEditor.qml" line="70"/>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <location filename="../qml/document/SectionEditor.qml" line="70"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../qml/document/SectionEditor.qml" line="71"/>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <location filename="../qml/document/SectionEditor.qml" line="92"/>
        <source>Also written: %1</source>
        <translation>También escrito: %1</translation>
    </message>
    <message>
        <location filename="../qml/document/SectionEditor.qml" line="102"/>
        <source>Text of %1</source>
        <translation>Texto de %1</translation>
    </message>
    <message>
        <location filename="../qml/document/SectionEditor.qml" line="108"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../qml/document/SectionEditor.qml" line="108"/>
        <source>Save %1</source>
        <translation>Guardar %1</translation>
    </message>
    <message>
        <location filename="../qml/document/SectionEditor.qml" line="109"/>
        <source>Stop editing %1</source>
        <translation>Dejar de editar %1</translation>
    </message>
    <message>
        <location filename="../qml/document/SectionEditor.qml" line="109"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../qml/components/ServerDialog.qml" line="12"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../qml/components/ServerDialog.qml" line="34"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../qml/components/ServerDialog.qml" line="39"/>
        <source>http://incidents.example:8470</source>
        <translation>http://incidents.example:8470</translation>
    </message>
    <message>
        <location filename="../qml/components/ServerDialog.qml" line="40"/>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
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
        <translation>sin cambios</translation>
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
            <numerusform>Reenviar %n evento rechazado</numerusform>
            <numerusform>Reenviar %n eventos rechazados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/ServerDialog.qml" line="69"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location filename="../qml/components/ServerDialog.qml" line="74"/>
        <source>Work locally</source>
        <translation>Trabajar en local</translation>
    </message>
</context>
<context>
    <name>SeverityBadge</name>
    <message>
        <location filename="../qml/components/SeverityBadge.qml" line="21"/>
        <source>Severity %1</source>
        <translation>Severidad %1</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../qml/components/ShortcutSheet.qml" line="9"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="26"/>
        <source>Declare an incident</source>
        <translation>Declarar un incidente</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="30"/>
        <source>New task: the cursor in its title</source>
        <translation>Nueva tarea: el cursor en su título</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="34"/>
        <source>The task list, to act on the selected task</source>
        <translation>La lista de tareas, para actuar sobre la tarea elegida</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="38"/>
        <source>Assign the first empty role</source>
        <translation>Asignar el primer rol vacío</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="39"/>
        <source>Hand off command</source>
        <translation>Traspasar el mando</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="43"/>
        <source>Compose the external update</source>
        <translation>Redactar la actualización externa</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="47"/>
        <source>Compose the internal update</source>
        <translation>Redactar la actualización interna</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="48"/>
        <source>Change status</source>
        <translation>Cambiar el estado</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="49"/>
        <source>Change severity</source>
        <translation>Cambiar la gravedad</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="53"/>
        <source>Scribe window (timeline entry, keyboard only)</source>
        <translation>Ventana del escriba (entrada de la cronología, solo teclado)</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="57"/>
        <source>Export the postmortem (md, html, pdf), timeline (csv) or log (json)</source>
        <translation>Exportar el postmortem (md, html, pdf), la cronología (csv) o el registro (json)</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="59"/>
        <source>Command panels</source>
        <translation>Paneles de mando</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="63"/>
        <source>Timeline chart</source>
        <translation>Gráfico de la cronología</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="67"/>
        <source>Postmortem review</source>
        <translation>Revisión postmortem</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="68"/>
        <source>Next view</source>
        <translation>Vista siguiente</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="72"/>
        <source>Previous view</source>
        <translation>Vista anterior</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="73"/>
        <source>Next panel</source>
        <translation>Panel siguiente</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="74"/>
        <source>Previous panel</source>
        <translation>Panel anterior</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="78"/>
        <source>Next incident in the list</source>
        <translation>Incidente siguiente de la lista</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="82"/>
        <source>Previous incident in the list</source>
        <translation>Incidente anterior de la lista</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="83"/>
        <source>Server settings</source>
        <translation>Ajustes del servidor</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="87"/>
        <source>Preferences: language, times in UTC</source>
        <translation>Preferencias: idioma, horas en UTC</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="88"/>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="89"/>
        <source>This sheet</source>
        <translation>Esta lista</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="93"/>
        <source>Open the incident above</source>
        <translation>Abrir el incidente de arriba</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="97"/>
        <source>Open the incident below</source>
        <translation>Abrir el incidente de abajo</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="101"/>
        <source>Acknowledge the selected task: its timebox starts</source>
        <translation>Reconocer la tarea elegida: su plazo empieza</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="102"/>
        <source>The selected task is done</source>
        <translation>La tarea elegida está hecha</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="106"/>
        <source>Give the selected task 5 minutes more</source>
        <translation>Dar 5 minutos más a la tarea elegida</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="107"/>
        <source>The selected task is blocked</source>
        <translation>La tarea elegida está bloqueada</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="111"/>
        <source>Save the section, or publish the update</source>
        <translation>Guardar la sección o publicar la actualización</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="115"/>
        <source>Stop editing the section without saving</source>
        <translation>Dejar de editar la sección sin guardar</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="119"/>
        <source>Declare, hand off, connect or export</source>
        <translation>Declarar, traspasar, conectar o exportar</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="120"/>
        <source>Close, changing nothing</source>
        <translation>Cerrar sin cambiar nada</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="161"/>
        <source>Anywhere in the console</source>
        <translation>En toda la consola</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="162"/>
        <source>In the incident list</source>
        <translation>En la lista de incidentes</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="164"/>
        <source>In the task list (Up and Down select)</source>
        <translation>En la lista de tareas (Arriba y Abajo eligen)</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="165"/>
        <source>Writing a section or an update</source>
        <translation>Al escribir una sección o una actualización</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="166"/>
        <source>In a dialog</source>
        <translation>En un diálogo</translation>
    </message>
</context>
<context>
    <name>StateDocument</name>
    <message>
        <location filename="../qml/document/StateDocument.qml" line="13"/>
        <location filename="../qml/document/StateDocument.qml" line="22"/>
        <source>State document</source>
        <translation>Documento de estado</translation>
    </message>
</context>
<context>
    <name>StoreProblemBar</name>
    <message>
        <location filename="../qml/components/StoreProblemBar.qml" line="24"/>
        <source>The local store is damaged: what is shown may be incomplete. Keep working with care and recover it as below.</source>
        <translation>El almacén local está dañado: lo que se muestra puede estar incompleto. Siga trabajando con cuidado y recupérelo como se indica abajo.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../qml/components/SyncIndicator.qml" line="25"/>
        <source>Sync: %1</source>
        <translation>Sincronización: %1</translation>
    </message>
    <message>
        <location filename="../qml/components/SyncIndicator.qml" line="40"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/components/SyncIndicator.qml" line="51"/>
        <source>synced %1</source>
        <translation>sincronizado a las %1</translation>
    </message>
</context>
<context>
    <name>TaskDelegate</name>
    <message>
        <location filename="../qml/tasks/TaskDelegate.qml" line="26"/>
        <source>Task %1 for %2, %3</source>
        <translation>Tarea %1 para %2, %3</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskDelegate.qml" line="36"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskDelegate.qml" line="46"/>
        <source>%1 left of %2 min</source>
        <translation>quedan %1 de %2 min</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskDelegate.qml" line="58"/>
        <source>Ack</source>
        <translation>Reconocer</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskDelegate.qml" line="59"/>
        <source>Acknowledge %1</source>
        <translation>Reconocer %1</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskDelegate.qml" line="64"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskDelegate.qml" line="65"/>
        <source>%1 is done</source>
        <translation>%1 está hecha</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskDelegate.qml" line="71"/>
        <source>More actions for %1</source>
        <translation>Más acciones para %1</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskDelegate.qml" line="75"/>
        <source>Extend 5 min</source>
        <translation>Ampliar 5 min</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskDelegate.qml" line="76"/>
        <source>Blocked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskDelegate.qml" line="77"/>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskDelegate.qml" line="78"/>
        <source>Cancel task</source>
        <translation>Cancelar tarea</translation>
    </message>
</context>
<context>
    <name>TasksPanel</name>
    <message numerus="yes">
        <location filename="../qml/tasks/TasksPanel.qml" line="16"/>
        <source>Tasks — %n overdue</source>
        <translation>
            <numerusform>Tareas — %n vencida</numerusform>
            <numerusform>Tareas — %n vencidas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/tasks/TasksPanel.qml" line="16"/>
        <location filename="../qml/tasks/TasksPanel.qml" line="55"/>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TasksPanel.qml" line="43"/>
        <source>What needs doing</source>
        <translation>Qué hay que hacer</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TasksPanel.qml" line="43"/>
        <source>New task</source>
        <translation>Nueva tarea</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TasksPanel.qml" line="44"/>
        <source>Who (one name)</source>
        <translation>Quién (un nombre)</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TasksPanel.qml" line="44"/>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TasksPanel.qml" line="45"/>
        <source>Timebox in minutes</source>
        <translation>Plazo en minutos</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TasksPanel.qml" line="46"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TasksPanel.qml" line="46"/>
        <source>Add the task</source>
        <translation>Añadir la tarea</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TasksPanel.qml" line="62"/>
        <source>No tasks yet. Name one person and a timebox.</source>
        <translation>Aún no hay tareas. Indica una persona y un plazo.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="26"/>
        <source>Incident Commander</source>
        <translation>Comandante del incidente</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="27"/>
        <source>Deputy</source>
        <translation>Adjunto</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="28"/>
        <source>Scribe</source>
        <translation>Escriba</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="29"/>
        <source>Internal Liaison</source>
        <translation>Enlace interno</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="30"/>
        <source>Customer Liaison</source>
        <translation>Enlace con clientes</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="31"/>
        <source>Resolution Lead</source>
        <translation>Responsable de resolución</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="34"/>
        <source>SME (%1)</source>
        <translation>Experto (%1)</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="51"/>
        <source>investigating</source>
        <translation>investigando</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="52"/>
        <source>identified</source>
        <translation>identificado</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="53"/>
        <source>mitigated</source>
        <translation>mitigado</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="54"/>
        <source>resolved</source>
        <translation>resuelto</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="55"/>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="56"/>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="57"/>
        <source>done</source>
        <translation>hecha</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="58"/>
        <source>blocked</source>
        <translation>bloqueada</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="59"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="60"/>
        <source>impact started</source>
        <translation>inicio del impacto</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="61"/>
        <source>detected</source>
        <translation>detección</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="62"/>
        <source>acknowledged</source>
        <translation>reconocimiento</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="63"/>
        <source>recovered</source>
        <translation>recuperación</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="64"/>
        <source>internal</source>
        <translation>internas</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="65"/>
        <source>external</source>
        <translation>externas</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="83"/>
        <source>Declared %1: %2</source>
        <translation>Declarado como %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="86"/>
        <source>Incident details edited</source>
        <translation>Datos del incidente editados</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="89"/>
        <source>Severity → %1</source>
        <translation>Severidad → %1</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="94"/>
        <source>Status → %1</source>
        <translation>Estado → %1</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="98"/>
        <source>Milestone %1 at %2 UTC</source>
        <translation>Hito %1 a las %2 UTC</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="103"/>
        <source>%1 is %2</source>
        <translation>%1 es %2</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="107"/>
        <source>%1 relieved</source>
        <translation>%1 relevado</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="110"/>
        <source>Task for %1 (%2 min): %3</source>
        <translation>Tarea para %1 (%2 min): %3</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="115"/>
        <source>Acknowledged: %1</source>
        <translation>Reconocida: %1</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="118"/>
        <source>Task changed: %1</source>
        <translation>Tarea cambiada: %1</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="121"/>
        <source>Extended by %1 min: %2</source>
        <translation>Ampliada %1 min: %2</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="125"/>
        <source>Task %1: %2</source>
        <translation>Tarea %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="129"/>
        <source>Document, %1: %2</source>
        <translation>Documento, %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="133"/>
        <source>%1 update: %2</source>
        <translation>Actualización %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="134"/>
        <source>External</source>
        <translation>externa</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="135"/>
        <source>Internal</source>
        <translation>interna</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="139"/>
        <source>%1 updates every %2 min</source>
        <translation>Actualizaciones %1 cada %2 min</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="145"/>
        <source>Follow-up for %1: %2</source>
        <translation>Seguimiento para %1: %2</translation>
    </message>
</context>
<context>
    <name>TimelineChartView</name>
    <message>
        <location filename="../qml/timeline/TimelineChartView.qml" line="19"/>
        <source>Timeline chart</source>
        <translation>Gráfico de cronología</translation>
    </message>
    <message>
        <location filename="../qml/timeline/TimelineChartView.qml" line="46"/>
        <source>Severity (higher is worse)</source>
        <translation>Severidad (más alto es peor)</translation>
    </message>
    <message>
        <location filename="../qml/timeline/TimelineChartView.qml" line="48"/>
        <source>Status (higher is further)</source>
        <translation>Estado (más alto es más avanzado)</translation>
    </message>
    <message>
        <location filename="../qml/timeline/TimelineChartView.qml" line="50"/>
        <source>Task timeboxes</source>
        <translation>Plazos de tareas</translation>
    </message>
    <message>
        <location filename="../qml/timeline/TimelineChartView.qml" line="53"/>
        <source>Updates published</source>
        <translation>Actualizaciones publicadas</translation>
    </message>
    <message>
        <location filename="../qml/timeline/TimelineChartView.qml" line="56"/>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
</context>
<context>
    <name>TimelineList</name>
    <message>
        <location filename="../qml/timeline/TimelineList.qml" line="18"/>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location filename="../qml/timeline/TimelineList.qml" line="19"/>
        <source>Show kind</source>
        <translation>Mostrar tipo</translation>
    </message>
    <message>
        <location filename="../qml/timeline/TimelineList.qml" line="24"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../qml/timeline/TimelineList.qml" line="25"/>
        <source>Show person</source>
        <translation>Mostrar persona</translation>
    </message>
    <message>
        <location filename="../qml/timeline/TimelineList.qml" line="28"/>
        <source>Pinned only</source>
        <translation>Solo fijadas</translation>
    </message>
    <message>
        <location filename="../qml/timeline/TimelineList.qml" line="29"/>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <location filename="../qml/timeline/TimelineList.qml" line="32"/>
        <source>Times in UTC</source>
        <translation>Horas en UTC</translation>
    </message>
    <message>
        <location filename="../qml/timeline/TimelineList.qml" line="43"/>
        <source>Timeline entries</source>
        <translation>Entradas de cronología</translation>
    </message>
    <message>
        <location filename="../qml/timeline/TimelineList.qml" line="62"/>
        <source>%1 (corrected)</source>
        <translation>%1 (corregido)</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message numerus="yes">
        <location filename="../qml/timeline/TimelinePanel.qml" line="13"/>
        <source>Timeline — %n point(s) drawn</source>
        <translation>
            <numerusform>Cronología — %n punto dibujado</numerusform>
            <numerusform>Cronología — %n puntos dibujados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpdateClock</name>
    <message>
        <location filename="../qml/updates/UpdateClock.qml" line="28"/>
        <source>none expected</source>
        <translation>ninguna prevista</translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdateClock.qml" line="30"/>
        <source>next due in %1</source>
        <translation>próxima en %1</translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdateClock.qml" line="32"/>
        <source>Compose</source>
        <translation>Redactar</translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdateClock.qml" line="32"/>
        <source>Compose, %1</source>
        <translation>Redactar, %1</translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdateClock.qml" line="34"/>
        <source>every (min)</source>
        <translation>cada (min)</translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdateClock.qml" line="40"/>
        <source>%1 update every N minutes</source>
        <translation>%1: actualización cada N minutos</translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdateClock.qml" line="43"/>
        <source>Set</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdateClock.qml" line="44"/>
        <source>Set the cadence, %1</source>
        <translation>Fijar la cadencia, %1</translation>
    </message>
</context>
<context>
    <name>UpdatesPanel</name>
    <message>
        <location filename="../qml/updates/UpdatesPanel.qml" line="15"/>
        <source>Updates</source>
        <translation>Actualizaciones</translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdatesPanel.qml" line="19"/>
        <source>Summary: %1
Impact: 
What we are doing: 
Next update at: </source>
        <translation>Resumen: %1
Impacto: 
Qué estamos haciendo: 
Próxima actualización: </translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdatesPanel.qml" line="37"/>
        <location filename="../qml/updates/UpdatesPanel.qml" line="65"/>
        <source>External</source>
        <translation>Externa</translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdatesPanel.qml" line="49"/>
        <location filename="../qml/updates/UpdatesPanel.qml" line="65"/>
        <source>Internal</source>
        <translation>Interna</translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdatesPanel.qml" line="66"/>
        <source>Audience</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdatesPanel.qml" line="68"/>
        <source>next in</source>
        <translation>próxima en</translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdatesPanel.qml" line="69"/>
        <source>Next update in minutes (0: the cadence)</source>
        <translation>Próxima actualización en minutos (0: según la cadencia)</translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdatesPanel.qml" line="72"/>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdatesPanel.qml" line="75"/>
        <source>Publish the update</source>
        <translation>Publicar la actualización</translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdatesPanel.qml" line="85"/>
        <source>Write the update, or press Compose for the template; %1 publishes</source>
        <translation>Escribe la actualización o pulsa Redactar para la plantilla; %1 la publica</translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdatesPanel.qml" line="86"/>
        <source>Update text</source>
        <translation>Texto de la actualización</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../lib/domain/validation.cpp" line="154"/>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="156"/>
        <location filename="../lib/domain/validation.cpp" line="166"/>
        <source>is longer than %1 characters</source>
        <translation>supera los %1 caracteres</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="164"/>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="168"/>
        <source>may hold only letters, digits and . _ : -</source>
        <translation>solo puede contener letras, dígitos y . _ : -</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="178"/>
        <location filename="../lib/domain/validation.cpp" line="182"/>
        <location filename="../lib/domain/validation.cpp" line="185"/>
        <source>must be a string</source>
        <translation>debe ser un texto</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="187"/>
        <source>must name one person, not &apos;%1&apos;</source>
        <translation>debe nombrar a una sola persona, no &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="190"/>
        <source>must not start or end with spaces</source>
        <translation>no puede empezar ni terminar con espacios</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="194"/>
        <location filename="../lib/domain/validation.cpp" line="200"/>
        <source>must be a whole number of minutes</source>
        <translation>debe ser un número entero de minutos</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="197"/>
        <source>must be between 1 and %1</source>
        <translation>debe estar entre 1 y %1</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="205"/>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="213"/>
        <source>must be one of %1</source>
        <translation>debe ser uno de %1</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="218"/>
        <source>must be one of %1, or sme:&lt;area&gt;</source>
        <translation>debe ser uno de %1, o sme:&lt;área&gt;</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="225"/>
        <source>must be an event id or null</source>
        <translation>debe ser un id de evento o null</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="239"/>
        <source>occurred_at: must be an ISO 8601 time with a zone</source>
        <translation>occurred_at: debe ser una hora ISO 8601 con zona</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="241"/>
        <source>occurred_at: must lie between 1970 and 9999 (in UTC)</source>
        <translation>occurred_at: debe estar entre 1970 y 9999 (en UTC)</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="272"/>
        <source>data: fields this version does not know carry %1 characters, more than %2</source>
        <translation>data: los campos que esta versión no conoce suman %1 caracteres, más de %2</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="286"/>
        <source>data.%1: is required</source>
        <translation>data.%1: es obligatorio</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="292"/>
        <source>data.%1: must not be null</source>
        <translation>data.%1: no puede ser null</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="304"/>
        <source>data: nothing to change; give at least one of %1</source>
        <translation>data: nada que cambiar; indica al menos uno de %1</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="317"/>
        <source>type: is required</source>
        <translation>type: es obligatorio</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="319"/>
        <source>type: unknown event type &apos;%1&apos;</source>
        <translation>type: tipo de evento desconocido &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>cp::CurrentIncident</name>
    <message>
        <location filename="../lib/ui/currentincident.cpp" line="61"/>
        <source>overdue %1</source>
        <translation>%1 de retraso</translation>
    </message>
    <message>
        <location filename="../lib/ui/currentincident.cpp" line="87"/>
        <source>critical, public impact</source>
        <translation>crítico, impacto público</translation>
    </message>
    <message>
        <location filename="../lib/ui/currentincident.cpp" line="87"/>
        <source>critical, customers impacted</source>
        <translation>crítico, clientes afectados</translation>
    </message>
    <message>
        <location filename="../lib/ui/currentincident.cpp" line="88"/>
        <source>minor impact, or about to get worse</source>
        <translation>impacto menor, o a punto de empeorar</translation>
    </message>
    <message>
        <location filename="../lib/ui/currentincident.cpp" line="89"/>
        <source>no customer impact</source>
        <translation>sin impacto en clientes</translation>
    </message>
    <message>
        <location filename="../lib/ui/currentincident.cpp" line="89"/>
        <source>cosmetic</source>
        <translation>estético</translation>
    </message>
    <message>
        <location filename="../lib/ui/currentincident.cpp" line="95"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../lib/ui/currentincident.cpp" line="103"/>
        <source>Time to detect</source>
        <translation>Tiempo hasta detección</translation>
    </message>
    <message>
        <location filename="../lib/ui/currentincident.cpp" line="104"/>
        <source>Time to acknowledge</source>
        <translation>Tiempo hasta reconocimiento</translation>
    </message>
    <message>
        <location filename="../lib/ui/currentincident.cpp" line="105"/>
        <source>Time to identify</source>
        <translation>Tiempo hasta identificación</translation>
    </message>
    <message>
        <location filename="../lib/ui/currentincident.cpp" line="106"/>
        <source>Time to mitigate</source>
        <translation>Tiempo hasta mitigación</translation>
    </message>
    <message>
        <location filename="../lib/ui/currentincident.cpp" line="107"/>
        <source>Time to recover</source>
        <translation>Tiempo hasta recuperación</translation>
    </message>
    <message>
        <location filename="../lib/ui/currentincident.cpp" line="108"/>
        <source>Time to resolve</source>
        <translation>Tiempo hasta resolución</translation>
    </message>
    <message>
        <location filename="../lib/ui/currentincident.cpp" line="121"/>
        <source>Time at %1</source>
        <translation>Tiempo en %1</translation>
    </message>
</context>
<context>
    <name>cp::Preferences</name>
    <message>
        <location filename="../lib/ui/preferences.cpp" line="51"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
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
        <translation>Actualización externa con %1 de retraso</translation>
    </message>
    <message>
        <location filename="../lib/ui/reminderlistmodel.cpp" line="60"/>
        <source>Internal update overdue by %1</source>
        <translation>Actualización interna con %1 de retraso</translation>
    </message>
    <message>
        <location filename="../lib/ui/reminderlistmodel.cpp" line="61"/>
        <source>External update due in %1</source>
        <translation>Próxima actualización externa en %1</translation>
    </message>
    <message>
        <location filename="../lib/ui/reminderlistmodel.cpp" line="62"/>
        <source>Internal update due in %1</source>
        <translation>Próxima actualización interna en %1</translation>
    </message>
    <message>
        <location filename="../lib/ui/reminderlistmodel.cpp" line="65"/>
        <source>%1, have you finished “%2”? %3 over</source>
        <translation>%1, ¿has terminado “%2”? Plazo superado en %3</translation>
    </message>
    <message>
        <location filename="../lib/ui/reminderlistmodel.cpp" line="67"/>
        <source>%1 has not acknowledged “%2”</source>
        <translation>%1 no ha reconocido “%2”</translation>
    </message>
    <message>
        <location filename="../lib/ui/reminderlistmodel.cpp" line="69"/>
        <source>No %1 named yet</source>
        <translation>Aún sin asignar: %1</translation>
    </message>
    <message>
        <location filename="../lib/ui/reminderlistmodel.cpp" line="71"/>
        <source>“%1” not updated for %2</source>
        <translation>“%1” sin actualizar desde hace %2</translation>
    </message>
</context>
<context>
    <name>cp::Scribe</name>
    <message>
        <location filename="../lib/ui/scribe.cpp" line="108"/>
        <source>Select an incident first.</source>
        <translation>Selecciona primero un incidente.</translation>
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
        <translation>Disco lleno: el almacén local no admite más</translation>
    </message>
    <message>
        <location filename="../lib/ui/syncstatus.cpp" line="56"/>
        <source>Local store busy (another program holds it)</source>
        <translation>Almacén local ocupado (otro programa lo tiene)</translation>
    </message>
    <message>
        <location filename="../lib/ui/syncstatus.cpp" line="58"/>
        <source>Local store cannot be written</source>
        <translation>No se puede escribir en el almacén local</translation>
    </message>
    <message>
        <location filename="../lib/ui/syncstatus.cpp" line="63"/>
        <source>Local only</source>
        <translation>Solo local</translation>
    </message>
    <message>
        <location filename="../lib/ui/syncstatus.cpp" line="65"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../lib/ui/syncstatus.cpp" line="67"/>
        <source>Syncing</source>
        <translation>Sincronizando</translation>
    </message>
    <message>
        <location filename="../lib/ui/syncstatus.cpp" line="69"/>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <location filename="../lib/ui/syncstatus.cpp" line="71"/>
        <source>Offline, retrying</source>
        <translation>Sin conexión, reintentando</translation>
    </message>
    <message>
        <location filename="../lib/ui/syncstatus.cpp" line="73"/>
        <source>Not signed in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/ui/syncstatus.cpp" line="82"/>
        <source>%n event(s) not sent yet</source>
        <translation>
            <numerusform>%n evento aún sin enviar</numerusform>
            <numerusform>%n eventos aún sin enviar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/ui/syncstatus.cpp" line="84"/>
        <source>%n event(s) refused by the server</source>
        <translation>
            <numerusform>%n evento rechazado por el servidor</numerusform>
            <numerusform>%n eventos rechazados por el servidor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/ui/syncstatus.cpp" line="86"/>
        <source>no server set (Ctrl+,)</source>
        <translation>ningún servidor configurado (Ctrl+,)</translation>
    </message>
    <message>
        <location filename="../lib/ui/syncstatus.cpp" line="157"/>
        <source>That address cannot be used (%1).</source>
        <translation>No se puede usar esa dirección (%1).</translation>
    </message>
    <message>
        <location filename="../lib/ui/syncstatus.cpp" line="159"/>
        <source>Give the server&apos;s address, e.g. http://incidents.example:8470</source>
        <translation>Indica la dirección del servidor, p. ej. http://incidents.example:8470</translation>
    </message>
    <message>
        <location filename="../lib/ui/syncstatus.cpp" line="166"/>
        <source>Give your token: commandpost-server user add NAME prints it.</source>
        <translation>Indica tu token: lo muestra commandpost-server user add NAME.</translation>
    </message>
</context>
<context>
    <name>cp::TaskListModel</name>
    <message>
        <location filename="../lib/ui/tasklistmodel.cpp" line="54"/>
        <source>%1, have you finished?</source>
        <translation>%1, ¿has terminado?</translation>
    </message>
    <message>
        <location filename="../lib/ui/tasklistmodel.cpp" line="56"/>
        <source>Waiting for %1 to acknowledge</source>
        <translation>Esperando a que %1 la reconozca</translation>
    </message>
    <message>
        <location filename="../lib/ui/tasklistmodel.cpp" line="58"/>
        <source>Blocked: what does %1 need?</source>
        <translation>Bloqueada: ¿qué necesita %1?</translation>
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
        <translation>El almacén local está dañado.</translation>
    </message>
</context>
<context>
    <name>cp::app::Commands</name>
    <message>
        <location filename="../lib/app/commands.cpp" line="70"/>
        <source>no incident matches &apos;%1&apos;</source>
        <translation>ningún incidente coincide con «%1»</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="71"/>
        <source>&apos;%1&apos; matches %2 incidents; give more characters</source>
        <translation>«%1» coincide con %2 incidentes; escriba más caracteres</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="79"/>
        <source>no task matches &apos;%1&apos;</source>
        <translation>ninguna tarea coincide con «%1»</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="80"/>
        <source>&apos;%1&apos; matches %2 tasks; give more characters</source>
        <translation>«%1» coincide con %2 tareas; escriba más caracteres</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="88"/>
        <source>no timeline entry matches &apos;%1&apos;</source>
        <translation>ninguna entrada de la cronología coincide con «%1»</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="89"/>
        <source>&apos;%1&apos; matches %2 timeline entries; give more characters</source>
        <translation>«%1» coincide con %2 entradas de la cronología; escriba más caracteres</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="95"/>
        <location filename="../lib/app/commands.cpp" line="350"/>
        <location filename="../lib/app/commands.cpp" line="370"/>
        <source>Select an incident first.</source>
        <translation>Seleccione primero un incidente.</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="110"/>
        <source>%1 is in the future; check the time</source>
        <translation>%1 está en el futuro; revise la hora</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="115"/>
        <source>%1 is more than %2 days before the incident was declared (%3); check the date</source>
        <translation>%1 es más de %2 días antes de la declaración del incidente (%3); revise la fecha</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="157"/>
        <source>The commander is not relieved: hand command off to the next commander instead.</source>
        <translation>El comandante no se releva: traspase el mando al siguiente comandante.</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="168"/>
        <source>%1 has command already.</source>
        <translation>%1 ya tiene el mando.</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="209"/>
        <source>Section %1 is in conflict: read both texts, then write the merge from its head (%2).</source>
        <translation>La sección %1 está en conflicto: lea ambos textos y escriba la fusión a partir de su versión actual (%2).</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="254"/>
        <source>Only timeline entries (notes) can be corrected; set a milestone or status for the rest.</source>
        <translation>Solo se pueden corregir las entradas de la cronología (notas); para lo demás, fije un hito o un estado.</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="286"/>
        <source>&apos;%1&apos; is not a time: write HH:MM or an ISO 8601 time</source>
        <translation>«%1» no es una hora: escriba HH:MM o una hora ISO 8601</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="317"/>
        <source>%1 is not during the incident (declared %2, closed %3): give a date and time</source>
        <translation>%1 no es durante el incidente (declarado %2, cerrado %3): indique fecha y hora</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="336"/>
        <source>&apos;%1&apos; is not a date: write YYYY-MM-DD</source>
        <translation>«%1» no es una fecha: escriba AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="353"/>
        <source>&apos;%1&apos; is not one of md, html, csv, json</source>
        <translation>«%1» no es uno de md, html, csv, json</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="373"/>
        <source>&apos;%1&apos; is not one of md, html, pdf, csv, json</source>
        <translation>«%1» no es uno de md, html, pdf, csv, json</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="375"/>
        <source>Choose where to save the report.</source>
        <translation>Elija dónde guardar el informe.</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="387"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
</TS>
