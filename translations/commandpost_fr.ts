<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>DeclareDialog</name>
    <message>
        <location filename="../qml/incident/DeclareDialog.qml" line="13"/>
        <source>Declare an incident</source>
        <translation>Déclarer un incident</translation>
    </message>
    <message>
        <location filename="../qml/incident/DeclareDialog.qml" line="27"/>
        <source>What is broken, as users see it</source>
        <translation>Ce qui est cassé, vu par les utilisateurs</translation>
    </message>
    <message>
        <location filename="../qml/incident/DeclareDialog.qml" line="27"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../qml/incident/DeclareDialog.qml" line="34"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../qml/incident/DeclareDialog.qml" line="36"/>
        <source>SEV1 — critical, public impact</source>
        <translation>SEV1 — critique, impact public</translation>
    </message>
    <message>
        <location filename="../qml/incident/DeclareDialog.qml" line="37"/>
        <source>SEV2 — critical, customers impacted</source>
        <translation>SEV2 — critique, clients impactés</translation>
    </message>
    <message>
        <location filename="../qml/incident/DeclareDialog.qml" line="38"/>
        <source>SEV3 — minor impact, or about to get worse</source>
        <translation>SEV3 — impact mineur, ou sur le point de s’aggraver</translation>
    </message>
    <message>
        <location filename="../qml/incident/DeclareDialog.qml" line="39"/>
        <source>SEV4 — no customer impact</source>
        <translation>SEV4 — aucun impact client</translation>
    </message>
    <message>
        <location filename="../qml/incident/DeclareDialog.qml" line="40"/>
        <source>SEV5 — cosmetic</source>
        <translation>SEV5 — cosmétique</translation>
    </message>
    <message>
        <location filename="../qml/incident/DeclareDialog.qml" line="43"/>
        <source>If unsure, pick the higher severity.</source>
        <translation>En cas de doute, choisissez le niveau le plus grave.</translation>
    </message>
    <message>
        <location filename="../qml/incident/DeclareDialog.qml" line="44"/>
        <source>What is known so far</source>
        <translation>Ce que l’on sait à ce stade</translation>
    </message>
    <message>
        <location filename="../qml/incident/DeclareDialog.qml" line="44"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../qml/incident/DeclareDialog.qml" line="45"/>
        <source>Declare</source>
        <translation>Déclarer</translation>
    </message>
</context>
<context>
    <name>EntryReview</name>
    <message>
        <location filename="../qml/review/EntryReview.qml" line="16"/>
        <source>Entries to review</source>
        <translation>Entrées à revoir</translation>
    </message>
    <message>
        <location filename="../qml/review/EntryReview.qml" line="29"/>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <location filename="../qml/review/EntryReview.qml" line="29"/>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <location filename="../qml/review/EntryReview.qml" line="37"/>
        <source>%1 (was: %2)</source>
        <translation>%1 (avant : %2)</translation>
    </message>
    <message>
        <location filename="../qml/review/EntryReview.qml" line="38"/>
        <source>%1 (corrected)</source>
        <translation>%1 (corrigé)</translation>
    </message>
    <message>
        <location filename="../qml/review/EntryReview.qml" line="40"/>
        <source>Corrected time</source>
        <translation>Heure corrigée</translation>
    </message>
    <message>
        <location filename="../qml/review/EntryReview.qml" line="41"/>
        <source>Corrected text</source>
        <translation>Texte corrigé</translation>
    </message>
    <message>
        <location filename="../qml/review/EntryReview.qml" line="43"/>
        <source>Correct</source>
        <translation>Corriger</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../qml/review/ExportDialog.qml" line="13"/>
        <location filename="../qml/review/ExportDialog.qml" line="54"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../qml/review/ExportDialog.qml" line="37"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../qml/review/ExportDialog.qml" line="39"/>
        <source>Postmortem, Markdown</source>
        <translation>Post-mortem, Markdown</translation>
    </message>
    <message>
        <location filename="../qml/review/ExportDialog.qml" line="40"/>
        <source>Postmortem, HTML</source>
        <translation>Post-mortem, HTML</translation>
    </message>
    <message>
        <location filename="../qml/review/ExportDialog.qml" line="41"/>
        <source>Postmortem, PDF</source>
        <translation>Post-mortem, PDF</translation>
    </message>
    <message>
        <location filename="../qml/review/ExportDialog.qml" line="42"/>
        <source>Timeline, CSV</source>
        <translation>Chronologie, CSV</translation>
    </message>
    <message>
        <location filename="../qml/review/ExportDialog.qml" line="43"/>
        <source>Whole log, JSON</source>
        <translation>Journal complet, JSON</translation>
    </message>
    <message>
        <location filename="../qml/review/ExportDialog.qml" line="52"/>
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <location filename="../qml/review/ExportDialog.qml" line="55"/>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
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
        <translation>, échéance %1</translation>
    </message>
    <message>
        <location filename="../qml/review/FollowUps.qml" line="30"/>
        <source>Action item</source>
        <translation>Action à mener</translation>
    </message>
    <message>
        <location filename="../qml/review/FollowUps.qml" line="31"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../qml/review/FollowUps.qml" line="33"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>HandoffDialog</name>
    <message>
        <location filename="../qml/roles/HandoffDialog.qml" line="14"/>
        <source>Hand off command</source>
        <translation>Transmettre le commandement</translation>
    </message>
    <message>
        <location filename="../qml/roles/HandoffDialog.qml" line="20"/>
        <source>Tick the three steps first: brief, announce, confirm.</source>
        <translation>Cochez d’abord les trois étapes : briefer, annoncer, confirmer.</translation>
    </message>
    <message>
        <location filename="../qml/roles/HandoffDialog.qml" line="32"/>
        <source>Current commander: %1</source>
        <translation>Commandant actuel : %1</translation>
    </message>
    <message>
        <location filename="../qml/roles/HandoffDialog.qml" line="32"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../qml/roles/HandoffDialog.qml" line="33"/>
        <source>New commander</source>
        <translation>Nouveau commandant</translation>
    </message>
    <message>
        <location filename="../qml/roles/HandoffDialog.qml" line="34"/>
        <source>1. Briefed the new commander on the state document</source>
        <translation>1. J’ai briefé le nouveau commandant sur le document de situation</translation>
    </message>
    <message>
        <location filename="../qml/roles/HandoffDialog.qml" line="35"/>
        <source>2. Announced the handoff on the bridge</source>
        <translation>2. J’ai annoncé la passation sur le bridge</translation>
    </message>
    <message>
        <location filename="../qml/roles/HandoffDialog.qml" line="36"/>
        <source>3. The new commander confirmed: “I have command”</source>
        <translation>3. Le nouveau commandant a confirmé : « Je prends le commandement »</translation>
    </message>
    <message>
        <location filename="../qml/roles/HandoffDialog.qml" line="39"/>
        <source>Hand off</source>
        <translation>Transmettre</translation>
    </message>
</context>
<context>
    <name>IncidentHeader</name>
    <message>
        <location filename="../qml/incident/IncidentHeader.qml" line="43"/>
        <source>Incident title</source>
        <translation>Titre de l’incident</translation>
    </message>
    <message>
        <location filename="../qml/incident/IncidentHeader.qml" line="56"/>
        <source>Commander: %1 · Declared %2 · running %3</source>
        <translation>Commandant : %1 · Déclaré à %2 · en cours depuis %3</translation>
    </message>
    <message>
        <location filename="../qml/incident/IncidentHeader.qml" line="65"/>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <location filename="../qml/incident/IncidentHeader.qml" line="66"/>
        <source>Change status, now %1</source>
        <translation>Changer le statut, actuellement %1</translation>
    </message>
    <message>
        <location filename="../qml/incident/IncidentHeader.qml" line="84"/>
        <source>External update: %1</source>
        <translation>Point externe : %1</translation>
    </message>
    <message>
        <location filename="../qml/incident/IncidentHeader.qml" line="89"/>
        <source>Internal update: %1</source>
        <translation>Point interne : %1</translation>
    </message>
    <message>
        <location filename="../qml/incident/IncidentHeader.qml" line="57"/>
        <source>none</source>
        <translation>aucun</translation>
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
        <translation>%1 · Cdt %2</translation>
    </message>
    <message>
        <location filename="../qml/incident/IncidentList.qml" line="64"/>
        <source>%1 · no commander</source>
        <translation>%1 · sans commandant</translation>
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
        <translation>Investigation en cours</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="23"/>
        <location filename="../lib/ui/labels.cpp" line="41"/>
        <source>Identified</source>
        <translation>Identifié</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="24"/>
        <location filename="../lib/ui/labels.cpp" line="42"/>
        <source>Mitigated</source>
        <translation>Atténué</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="25"/>
        <location filename="../lib/ui/labels.cpp" line="44"/>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="26"/>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="27"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="28"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="29"/>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="30"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="38"/>
        <source>Impact started</source>
        <translation>Début de l’impact</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="39"/>
        <source>Detected</source>
        <translation>Détecté</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="40"/>
        <source>Acknowledged</source>
        <translation>Acquitté</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="43"/>
        <source>Recovered</source>
        <translation>Rétabli</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="52"/>
        <source>Incident Commander</source>
        <translation>Commandant d’incident</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="53"/>
        <source>Deputy</source>
        <translation>Adjoint</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="54"/>
        <source>Scribe</source>
        <translation>Scribe</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="55"/>
        <source>Internal Liaison</source>
        <translation>Liaison interne</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="56"/>
        <source>Customer Liaison</source>
        <translation>Liaison clients</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="57"/>
        <source>Resolution Lead</source>
        <translation>Responsable résolution</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="60"/>
        <source>SME: %1</source>
        <translation>Expert : %1</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="67"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="68"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="69"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="70"/>
        <source>Command post / bridge</source>
        <translation>Poste de commandement / bridge</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="71"/>
        <source>Current actions</source>
        <translation>Actions en cours</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="72"/>
        <source>Exit criteria</source>
        <translation>Critères de sortie</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="73"/>
        <source>Next commander</source>
        <translation>Prochain commandant</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="81"/>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="82"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="83"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="84"/>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="85"/>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="87"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="88"/>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="89"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="90"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="91"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="92"/>
        <source>Update</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../lib/ui/labels.cpp" line="93"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
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
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="99"/>
        <source>Shortcuts</source>
        <translation>Raccourcis</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="123"/>
        <source>Declare incident</source>
        <translation>Déclarer un incident</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="145"/>
        <source>Command</source>
        <translation>Commandement</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="146"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="147"/>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="169"/>
        <source>No incident selected. Declare one with %1, or pick one on the left.</source>
        <translation>Aucun incident sélectionné. Déclarez-en un avec %1, ou choisissez-en un à gauche.</translation>
    </message>
</context>
<context>
    <name>MilestoneEditor</name>
    <message>
        <location filename="../qml/review/MilestoneEditor.qml" line="26"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../qml/review/MilestoneEditor.qml" line="31"/>
        <source>Set</source>
        <translation>Définir</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../qml/components/PreferencesDialog.qml" line="13"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../qml/components/PreferencesDialog.qml" line="24"/>
        <location filename="../qml/components/PreferencesDialog.qml" line="32"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../qml/components/PreferencesDialog.qml" line="42"/>
        <source>The new language applies when Command Post starts again.</source>
        <translation>La nouvelle langue s’appliquera au prochain démarrage de Command Post.</translation>
    </message>
    <message>
        <location filename="../qml/components/PreferencesDialog.qml" line="46"/>
        <source>Show times in UTC</source>
        <translation>Afficher les heures en UTC</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message numerus="yes">
        <location filename="../qml/components/ReminderBanner.qml" line="33"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../qml/review/ReviewPanel.qml" line="19"/>
        <source>Metrics</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../qml/review/ReviewPanel.qml" line="26"/>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <location filename="../qml/review/ReviewPanel.qml" line="33"/>
        <source>Follow-ups (Ctrl+E exports the postmortem)</source>
        <translation>Actions de suivi (Ctrl+E exporte le post-mortem)</translation>
    </message>
    <message>
        <location filename="../qml/review/ReviewPanel.qml" line="42"/>
        <source>Entries: pin and correct</source>
        <translation>Entrées : épingler et corriger</translation>
    </message>
</context>
<context>
    <name>RoleRow</name>
    <message>
        <location filename="../qml/roles/RoleRow.qml" line="43"/>
        <source>unfilled</source>
        <translation>non attribué</translation>
    </message>
    <message>
        <location filename="../qml/roles/RoleRow.qml" line="43"/>
        <source>unfilled — name someone</source>
        <translation>non attribué — désignez quelqu’un</translation>
    </message>
    <message>
        <location filename="../qml/roles/RoleRow.qml" line="53"/>
        <source>One person&apos;s name</source>
        <translation>Nom d’une seule personne</translation>
    </message>
    <message>
        <location filename="../qml/roles/RoleRow.qml" line="54"/>
        <source>Person for %1</source>
        <translation>Personne pour %1</translation>
    </message>
    <message>
        <location filename="../qml/roles/RoleRow.qml" line="63"/>
        <source>Change</source>
        <translation>Changer</translation>
    </message>
    <message>
        <location filename="../qml/roles/RoleRow.qml" line="63"/>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
    <message>
        <location filename="../qml/roles/RoleRow.qml" line="64"/>
        <source>Assign %1</source>
        <translation>Attribuer %1</translation>
    </message>
    <message>
        <location filename="../qml/roles/RoleRow.qml" line="69"/>
        <source>Hand off…</source>
        <translation>Transmettre…</translation>
    </message>
    <message>
        <location filename="../qml/roles/RoleRow.qml" line="70"/>
        <source>Hand off command</source>
        <translation>Transmettre le commandement</translation>
    </message>
    <message>
        <location filename="../qml/roles/RoleRow.qml" line="75"/>
        <source>Relieve</source>
        <translation>Relever</translation>
    </message>
    <message>
        <location filename="../qml/roles/RoleRow.qml" line="76"/>
        <source>Relieve %1</source>
        <translation>Relever %1</translation>
    </message>
</context>
<context>
    <name>RolesPanel</name>
    <message>
        <location filename="../qml/roles/RolesPanel.qml" line="16"/>
        <location filename="../qml/roles/RolesPanel.qml" line="37"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../qml/roles/RolesPanel.qml" line="53"/>
        <source>SME area, e.g. database</source>
        <translation>Domaine d’expertise, ex. base de données</translation>
    </message>
    <message>
        <location filename="../qml/roles/RolesPanel.qml" line="54"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../qml/roles/RolesPanel.qml" line="57"/>
        <source>Add SME</source>
        <translation>Ajouter un expert</translation>
    </message>
</context>
<context>
    <name>ScribeEntryRow</name>
    <message>
        <location filename="../qml/scribe/ScribeEntryRow.qml" line="40"/>
        <source>%1 (corrected)</source>
        <translation>%1 (corrigé)</translation>
    </message>
    <message>
        <location filename="../qml/scribe/ScribeEntryRow.qml" line="48"/>
        <source>Corrected text</source>
        <translation>Texte corrigé</translation>
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
        <translation>Ce qui s’est passé — ex. 14:02 dec: rollback 4512 @dana</translation>
    </message>
    <message>
        <location filename="../qml/scribe/ScribeView.qml" line="56"/>
        <source>Timeline entry</source>
        <translation>Entrée de chronologie</translation>
    </message>
    <message>
        <location filename="../qml/scribe/ScribeView.qml" line="67"/>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location filename="../qml/scribe/ScribeView.qml" line="68"/>
        <source>%1 · the time is taken at your first keystroke</source>
        <translation>%1 · l’heure est relevée à votre première frappe</translation>
    </message>
    <message>
        <location filename="../qml/scribe/ScribeView.qml" line="76"/>
        <source>Recent entries</source>
        <translation>Entrées récentes</translation>
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
        <translation>pas encore rédigé</translation>
    </message>
    <message>
        <location filename="../qml/document/SectionEditor.qml" line="64"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../qml/document/SectionEditor.qml" line="66"/>
        <source>stale</source>
        <translation>obsolète</translation>
    </message>
    <message>
        <location filename="../qml/document/SectionEditor.qml" line="67"/>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <location filename="../qml/document/SectionEditor.qml" line="70"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location filename="../qml/document/SectionEditor.qml" line="70"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../qml/document/SectionEditor.qml" line="71"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location filename="../qml/document/SectionEditor.qml" line="92"/>
        <source>Also written: %1</source>
        <translation>Autre version : %1</translation>
    </message>
    <message>
        <location filename="../qml/document/SectionEditor.qml" line="102"/>
        <source>Text of %1</source>
        <translation>Texte de %1</translation>
    </message>
    <message>
        <location filename="../qml/document/SectionEditor.qml" line="108"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../qml/document/SectionEditor.qml" line="108"/>
        <source>Save %1</source>
        <translation>Enregistrer %1</translation>
    </message>
    <message>
        <location filename="../qml/document/SectionEditor.qml" line="109"/>
        <source>Stop editing %1</source>
        <translation>Arrêter de modifier %1</translation>
    </message>
    <message>
        <location filename="../qml/document/SectionEditor.qml" line="109"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../qml/components/ServerDialog.qml" line="12"/>
        <source>Server</source>
        <translation>Serveur</translation>
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
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../qml/components/ServerDialog.qml" line="42"/>
        <location filename="../qml/components/ServerDialog.qml" line="49"/>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <location filename="../qml/components/ServerDialog.qml" line="48"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
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
            <numerusform>Renvoyer %n événement refusé</numerusform>
            <numerusform>Renvoyer %n événements refusés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/components/ServerDialog.qml" line="69"/>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../qml/components/ServerDialog.qml" line="74"/>
        <source>Work locally</source>
        <translation>Travailler en local</translation>
    </message>
</context>
<context>
    <name>SeverityBadge</name>
    <message>
        <location filename="../qml/components/SeverityBadge.qml" line="21"/>
        <source>Severity %1</source>
        <translation>Gravité %1</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../qml/components/ShortcutSheet.qml" line="9"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="26"/>
        <source>Declare an incident</source>
        <translation>Déclarer un incident</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="30"/>
        <source>New task: the cursor in its title</source>
        <translation>Nouvelle tâche : le curseur dans son titre</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="34"/>
        <source>The task list, to act on the selected task</source>
        <translation>La liste des tâches, pour agir sur la tâche choisie</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="38"/>
        <source>Assign the first empty role</source>
        <translation>Attribuer le premier rôle vacant</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="39"/>
        <source>Hand off command</source>
        <translation>Transmettre le commandement</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="43"/>
        <source>Compose the external update</source>
        <translation>Rédiger le point externe</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="47"/>
        <source>Compose the internal update</source>
        <translation>Rédiger le point interne</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="48"/>
        <source>Change status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="49"/>
        <source>Change severity</source>
        <translation>Changer la gravité</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="53"/>
        <source>Scribe window (timeline entry, keyboard only)</source>
        <translation>Fenêtre du scribe (saisie de la chronologie, au clavier seul)</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="57"/>
        <source>Export the postmortem (md, html, pdf), timeline (csv) or log (json)</source>
        <translation>Exporter le postmortem (md, html, pdf), la chronologie (csv) ou le journal (json)</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="59"/>
        <source>Command panels</source>
        <translation>Panneaux de commandement</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="63"/>
        <source>Timeline chart</source>
        <translation>Graphique de la chronologie</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="67"/>
        <source>Postmortem review</source>
        <translation>Revue postmortem</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="68"/>
        <source>Next view</source>
        <translation>Vue suivante</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="72"/>
        <source>Previous view</source>
        <translation>Vue précédente</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="73"/>
        <source>Next panel</source>
        <translation>Panneau suivant</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="74"/>
        <source>Previous panel</source>
        <translation>Panneau précédent</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="78"/>
        <source>Next incident in the list</source>
        <translation>Incident suivant de la liste</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="82"/>
        <source>Previous incident in the list</source>
        <translation>Incident précédent de la liste</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="83"/>
        <source>Server settings</source>
        <translation>Réglages du serveur</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="87"/>
        <source>Preferences: language, times in UTC</source>
        <translation>Préférences : langue, heures en UTC</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="88"/>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="89"/>
        <source>This sheet</source>
        <translation>Cette liste</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="93"/>
        <source>Open the incident above</source>
        <translation>Ouvrir l’incident du dessus</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="97"/>
        <source>Open the incident below</source>
        <translation>Ouvrir l’incident du dessous</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="101"/>
        <source>Acknowledge the selected task: its timebox starts</source>
        <translation>Acquitter la tâche choisie : son délai commence</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="102"/>
        <source>The selected task is done</source>
        <translation>La tâche choisie est terminée</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="106"/>
        <source>Give the selected task 5 minutes more</source>
        <translation>Donner 5 minutes de plus à la tâche choisie</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="107"/>
        <source>The selected task is blocked</source>
        <translation>La tâche choisie est bloquée</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="111"/>
        <source>Save the section, or publish the update</source>
        <translation>Enregistrer la section, ou publier le point</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="115"/>
        <source>Stop editing the section without saving</source>
        <translation>Arrêter de modifier la section sans enregistrer</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="119"/>
        <source>Declare, hand off, connect or export</source>
        <translation>Déclarer, transmettre, se connecter ou exporter</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="120"/>
        <source>Close, changing nothing</source>
        <translation>Fermer sans rien changer</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="161"/>
        <source>Anywhere in the console</source>
        <translation>Partout dans la console</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="162"/>
        <source>In the incident list</source>
        <translation>Dans la liste des incidents</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="164"/>
        <source>In the task list (Up and Down select)</source>
        <translation>Dans la liste des tâches (Haut et Bas choisissent)</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="165"/>
        <source>Writing a section or an update</source>
        <translation>En écrivant une section ou un point</translation>
    </message>
    <message>
        <location filename="../lib/ui/shortcuts.cpp" line="166"/>
        <source>In a dialog</source>
        <translation>Dans une boîte de dialogue</translation>
    </message>
</context>
<context>
    <name>StateDocument</name>
    <message>
        <location filename="../qml/document/StateDocument.qml" line="13"/>
        <location filename="../qml/document/StateDocument.qml" line="22"/>
        <source>State document</source>
        <translation>Document de situation</translation>
    </message>
</context>
<context>
    <name>StoreProblemBar</name>
    <message>
        <location filename="../qml/components/StoreProblemBar.qml" line="24"/>
        <source>The local store is damaged: what is shown may be incomplete. Keep working with care and recover it as below.</source>
        <translation>Le stockage local est endommagé : l’affichage peut être incomplet. Continuez avec prudence et restaurez-le comme indiqué ci-dessous.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../qml/components/SyncIndicator.qml" line="25"/>
        <source>Sync: %1</source>
        <translation>Synchro : %1</translation>
    </message>
    <message>
        <location filename="../qml/components/SyncIndicator.qml" line="40"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/components/SyncIndicator.qml" line="51"/>
        <source>synced %1</source>
        <translation>synchronisé à %1</translation>
    </message>
</context>
<context>
    <name>TaskDelegate</name>
    <message>
        <location filename="../qml/tasks/TaskDelegate.qml" line="26"/>
        <source>Task %1 for %2, %3</source>
        <translation>Tâche %1 pour %2, %3</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskDelegate.qml" line="36"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskDelegate.qml" line="46"/>
        <source>%1 left of %2 min</source>
        <translation>%1 restant sur %2 min</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskDelegate.qml" line="58"/>
        <source>Ack</source>
        <translation>Acquitter</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskDelegate.qml" line="59"/>
        <source>Acknowledge %1</source>
        <translation>Acquitter %1</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskDelegate.qml" line="64"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskDelegate.qml" line="65"/>
        <source>%1 is done</source>
        <translation>%1 est terminée</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskDelegate.qml" line="71"/>
        <source>More actions for %1</source>
        <translation>Plus d’actions pour %1</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskDelegate.qml" line="75"/>
        <source>Extend 5 min</source>
        <translation>Prolonger de 5 min</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskDelegate.qml" line="76"/>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskDelegate.qml" line="77"/>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TaskDelegate.qml" line="78"/>
        <source>Cancel task</source>
        <translation>Annuler la tâche</translation>
    </message>
</context>
<context>
    <name>TasksPanel</name>
    <message numerus="yes">
        <location filename="../qml/tasks/TasksPanel.qml" line="16"/>
        <source>Tasks — %n overdue</source>
        <translation>
            <numerusform>Tâches — %n en retard</numerusform>
            <numerusform>Tâches — %n en retard</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/tasks/TasksPanel.qml" line="16"/>
        <location filename="../qml/tasks/TasksPanel.qml" line="55"/>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TasksPanel.qml" line="43"/>
        <source>What needs doing</source>
        <translation>Ce qu’il faut faire</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TasksPanel.qml" line="43"/>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TasksPanel.qml" line="44"/>
        <source>Who (one name)</source>
        <translation>Qui (un seul nom)</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TasksPanel.qml" line="44"/>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TasksPanel.qml" line="45"/>
        <source>Timebox in minutes</source>
        <translation>Durée impartie en minutes</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TasksPanel.qml" line="46"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TasksPanel.qml" line="46"/>
        <source>Add the task</source>
        <translation>Ajouter la tâche</translation>
    </message>
    <message>
        <location filename="../qml/tasks/TasksPanel.qml" line="62"/>
        <source>No tasks yet. Name one person and a timebox.</source>
        <translation>Aucune tâche pour l’instant. Désignez une personne et une durée impartie.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="26"/>
        <source>Incident Commander</source>
        <translation>Commandant d’incident</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="27"/>
        <source>Deputy</source>
        <translation>Adjoint</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="28"/>
        <source>Scribe</source>
        <translation>Scribe</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="29"/>
        <source>Internal Liaison</source>
        <translation>Liaison interne</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="30"/>
        <source>Customer Liaison</source>
        <translation>Liaison clients</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="31"/>
        <source>Resolution Lead</source>
        <translation>Responsable résolution</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="34"/>
        <source>SME (%1)</source>
        <translation>Expert (%1)</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="51"/>
        <source>investigating</source>
        <translation>investigation en cours</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="52"/>
        <source>identified</source>
        <translation>identifié</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="53"/>
        <source>mitigated</source>
        <translation>atténué</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="54"/>
        <source>resolved</source>
        <translation>résolu</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="55"/>
        <source>closed</source>
        <translation>clos</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="56"/>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="57"/>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="58"/>
        <source>blocked</source>
        <translation>bloqué</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="59"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="60"/>
        <source>impact started</source>
        <translation>début de l’impact</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="61"/>
        <source>detected</source>
        <translation>détection</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="62"/>
        <source>acknowledged</source>
        <translation>acquittement</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="63"/>
        <source>recovered</source>
        <translation>rétablissement</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="64"/>
        <source>internal</source>
        <translation>internes</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="65"/>
        <source>external</source>
        <translation>externes</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="83"/>
        <source>Declared %1: %2</source>
        <translation>Déclaré en %1 : %2</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="86"/>
        <source>Incident details edited</source>
        <translation>Détails de l’incident modifiés</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="89"/>
        <source>Severity → %1</source>
        <translation>Gravité → %1</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="94"/>
        <source>Status → %1</source>
        <translation>Statut → %1</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="98"/>
        <source>Milestone %1 at %2 UTC</source>
        <translation>Jalon %1 à %2 UTC</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="103"/>
        <source>%1 is %2</source>
        <translation>%1 est %2</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="107"/>
        <source>%1 relieved</source>
        <translation>%1 libéré</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="110"/>
        <source>Task for %1 (%2 min): %3</source>
        <translation>Tâche pour %1 (%2 min) : %3</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="115"/>
        <source>Acknowledged: %1</source>
        <translation>Acquittée : %1</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="118"/>
        <source>Task changed: %1</source>
        <translation>Tâche modifiée : %1</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="121"/>
        <source>Extended by %1 min: %2</source>
        <translation>Prolongée de %1 min : %2</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="125"/>
        <source>Task %1: %2</source>
        <translation>Tâche %1 : %2</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="129"/>
        <source>Document, %1: %2</source>
        <translation>Document, %1 : %2</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="133"/>
        <source>%1 update: %2</source>
        <translation>Point %1 : %2</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="134"/>
        <source>External</source>
        <translation>externe</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="135"/>
        <source>Internal</source>
        <translation>interne</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="139"/>
        <source>%1 updates every %2 min</source>
        <translation>Points %1 toutes les %2 min</translation>
    </message>
    <message>
        <location filename="../lib/report/timelinerows.cpp" line="145"/>
        <source>Follow-up for %1: %2</source>
        <translation>Suivi pour %1 : %2</translation>
    </message>
</context>
<context>
    <name>TimelineChartView</name>
    <message>
        <location filename="../qml/timeline/TimelineChartView.qml" line="19"/>
        <source>Timeline chart</source>
        <translation>Graphique de chronologie</translation>
    </message>
    <message>
        <location filename="../qml/timeline/TimelineChartView.qml" line="46"/>
        <source>Severity (higher is worse)</source>
        <translation>Gravité (plus haut = plus grave)</translation>
    </message>
    <message>
        <location filename="../qml/timeline/TimelineChartView.qml" line="48"/>
        <source>Status (higher is further)</source>
        <translation>Statut (plus haut = plus avancé)</translation>
    </message>
    <message>
        <location filename="../qml/timeline/TimelineChartView.qml" line="50"/>
        <source>Task timeboxes</source>
        <translation>Durées imparties des tâches</translation>
    </message>
    <message>
        <location filename="../qml/timeline/TimelineChartView.qml" line="53"/>
        <source>Updates published</source>
        <translation>Points publiés</translation>
    </message>
    <message>
        <location filename="../qml/timeline/TimelineChartView.qml" line="56"/>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
</context>
<context>
    <name>TimelineList</name>
    <message>
        <location filename="../qml/timeline/TimelineList.qml" line="18"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../qml/timeline/TimelineList.qml" line="19"/>
        <source>Show kind</source>
        <translation>Afficher le type</translation>
    </message>
    <message>
        <location filename="../qml/timeline/TimelineList.qml" line="24"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../qml/timeline/TimelineList.qml" line="25"/>
        <source>Show person</source>
        <translation>Afficher la personne</translation>
    </message>
    <message>
        <location filename="../qml/timeline/TimelineList.qml" line="28"/>
        <source>Pinned only</source>
        <translation>Épinglées seulement</translation>
    </message>
    <message>
        <location filename="../qml/timeline/TimelineList.qml" line="29"/>
        <source>Newest first</source>
        <translation>Plus récentes d’abord</translation>
    </message>
    <message>
        <location filename="../qml/timeline/TimelineList.qml" line="32"/>
        <source>Times in UTC</source>
        <translation>Heures en UTC</translation>
    </message>
    <message>
        <location filename="../qml/timeline/TimelineList.qml" line="43"/>
        <source>Timeline entries</source>
        <translation>Entrées de chronologie</translation>
    </message>
    <message>
        <location filename="../qml/timeline/TimelineList.qml" line="62"/>
        <source>%1 (corrected)</source>
        <translation>%1 (corrigé)</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message numerus="yes">
        <location filename="../qml/timeline/TimelinePanel.qml" line="13"/>
        <source>Timeline — %n point(s) drawn</source>
        <translation>
            <numerusform>Chronologie — %n point tracé</numerusform>
            <numerusform>Chronologie — %n points tracés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpdateClock</name>
    <message>
        <location filename="../qml/updates/UpdateClock.qml" line="28"/>
        <source>none expected</source>
        <translation>aucun attendu</translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdateClock.qml" line="30"/>
        <source>next due in %1</source>
        <translation>prochain dans %1</translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdateClock.qml" line="32"/>
        <source>Compose</source>
        <translation>Rédiger</translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdateClock.qml" line="32"/>
        <source>Compose, %1</source>
        <translation>Rédiger, %1</translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdateClock.qml" line="34"/>
        <source>every (min)</source>
        <translation>toutes les (min)</translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdateClock.qml" line="40"/>
        <source>%1 update every N minutes</source>
        <translation>%1 : un point toutes les N minutes</translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdateClock.qml" line="43"/>
        <source>Set</source>
        <translation>Définir</translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdateClock.qml" line="44"/>
        <source>Set the cadence, %1</source>
        <translation>Fixer la cadence, %1</translation>
    </message>
</context>
<context>
    <name>UpdatesPanel</name>
    <message>
        <location filename="../qml/updates/UpdatesPanel.qml" line="15"/>
        <source>Updates</source>
        <translation>Points de situation</translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdatesPanel.qml" line="19"/>
        <source>Summary: %1
Impact: 
What we are doing: 
Next update at: </source>
        <translation>Résumé : %1
Impact : 
Ce que nous faisons : 
Prochain point à : </translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdatesPanel.qml" line="37"/>
        <location filename="../qml/updates/UpdatesPanel.qml" line="65"/>
        <source>External</source>
        <translation>Externe</translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdatesPanel.qml" line="49"/>
        <location filename="../qml/updates/UpdatesPanel.qml" line="65"/>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdatesPanel.qml" line="66"/>
        <source>Audience</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdatesPanel.qml" line="68"/>
        <source>next in</source>
        <translation>prochain dans</translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdatesPanel.qml" line="69"/>
        <source>Next update in minutes (0: the cadence)</source>
        <translation>Prochain point dans N minutes (0 : selon la cadence)</translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdatesPanel.qml" line="72"/>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdatesPanel.qml" line="75"/>
        <source>Publish the update</source>
        <translation>Publier le point</translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdatesPanel.qml" line="85"/>
        <source>Write the update, or press Compose for the template; %1 publishes</source>
        <translation>Écrivez le point, ou appuyez sur Rédiger pour le modèle ; %1 le publie</translation>
    </message>
    <message>
        <location filename="../qml/updates/UpdatesPanel.qml" line="86"/>
        <source>Update text</source>
        <translation>Texte du point</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../lib/domain/validation.cpp" line="154"/>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="156"/>
        <location filename="../lib/domain/validation.cpp" line="166"/>
        <source>is longer than %1 characters</source>
        <translation>dépasse %1 caractères</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="164"/>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="168"/>
        <source>may hold only letters, digits and . _ : -</source>
        <translation>ne peut contenir que des lettres, des chiffres et . _ : -</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="178"/>
        <location filename="../lib/domain/validation.cpp" line="182"/>
        <location filename="../lib/domain/validation.cpp" line="185"/>
        <source>must be a string</source>
        <translation>doit être un texte</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="187"/>
        <source>must name one person, not &apos;%1&apos;</source>
        <translation>doit nommer une seule personne, pas « %1 »</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="190"/>
        <source>must not start or end with spaces</source>
        <translation>ne doit pas commencer ni finir par des espaces</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="194"/>
        <location filename="../lib/domain/validation.cpp" line="200"/>
        <source>must be a whole number of minutes</source>
        <translation>doit être un nombre entier de minutes</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="197"/>
        <source>must be between 1 and %1</source>
        <translation>doit être entre 1 et %1</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="205"/>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="213"/>
        <source>must be one of %1</source>
        <translation>doit être l’un de %1</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="218"/>
        <source>must be one of %1, or sme:&lt;area&gt;</source>
        <translation>doit être l’un de %1, ou sme:&lt;domaine&gt;</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="225"/>
        <source>must be an event id or null</source>
        <translation>doit être un identifiant d’événement ou null</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="239"/>
        <source>occurred_at: must be an ISO 8601 time with a zone</source>
        <translation>occurred_at : doit être une heure ISO 8601 avec fuseau</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="241"/>
        <source>occurred_at: must lie between 1970 and 9999 (in UTC)</source>
        <translation>occurred_at : doit se situer entre 1970 et 9999 (en UTC)</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="272"/>
        <source>data: fields this version does not know carry %1 characters, more than %2</source>
        <translation>data : les champs inconnus de cette version comptent %1 caractères, plus que %2</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="286"/>
        <source>data.%1: is required</source>
        <translation>data.%1 : est obligatoire</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="292"/>
        <source>data.%1: must not be null</source>
        <translation>data.%1 : ne doit pas être null</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="304"/>
        <source>data: nothing to change; give at least one of %1</source>
        <translation>data : rien à modifier ; indiquez au moins l’un de %1</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="317"/>
        <source>type: is required</source>
        <translation>type : est obligatoire</translation>
    </message>
    <message>
        <location filename="../lib/domain/validation.cpp" line="319"/>
        <source>type: unknown event type &apos;%1&apos;</source>
        <translation>type : type d’événement inconnu « %1 »</translation>
    </message>
</context>
<context>
    <name>cp::CurrentIncident</name>
    <message>
        <location filename="../lib/ui/currentincident.cpp" line="61"/>
        <source>overdue %1</source>
        <translation>en retard de %1</translation>
    </message>
    <message>
        <location filename="../lib/ui/currentincident.cpp" line="87"/>
        <source>critical, public impact</source>
        <translation>critique, impact public</translation>
    </message>
    <message>
        <location filename="../lib/ui/currentincident.cpp" line="87"/>
        <source>critical, customers impacted</source>
        <translation>critique, clients impactés</translation>
    </message>
    <message>
        <location filename="../lib/ui/currentincident.cpp" line="88"/>
        <source>minor impact, or about to get worse</source>
        <translation>impact mineur, ou sur le point de s’aggraver</translation>
    </message>
    <message>
        <location filename="../lib/ui/currentincident.cpp" line="89"/>
        <source>no customer impact</source>
        <translation>aucun impact client</translation>
    </message>
    <message>
        <location filename="../lib/ui/currentincident.cpp" line="89"/>
        <source>cosmetic</source>
        <translation>cosmétique</translation>
    </message>
    <message>
        <location filename="../lib/ui/currentincident.cpp" line="95"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../lib/ui/currentincident.cpp" line="103"/>
        <source>Time to detect</source>
        <translation>Délai de détection</translation>
    </message>
    <message>
        <location filename="../lib/ui/currentincident.cpp" line="104"/>
        <source>Time to acknowledge</source>
        <translation>Délai d’acquittement</translation>
    </message>
    <message>
        <location filename="../lib/ui/currentincident.cpp" line="105"/>
        <source>Time to identify</source>
        <translation>Délai d’identification</translation>
    </message>
    <message>
        <location filename="../lib/ui/currentincident.cpp" line="106"/>
        <source>Time to mitigate</source>
        <translation>Délai d’atténuation</translation>
    </message>
    <message>
        <location filename="../lib/ui/currentincident.cpp" line="107"/>
        <source>Time to recover</source>
        <translation>Délai de rétablissement</translation>
    </message>
    <message>
        <location filename="../lib/ui/currentincident.cpp" line="108"/>
        <source>Time to resolve</source>
        <translation>Délai de résolution</translation>
    </message>
    <message>
        <location filename="../lib/ui/currentincident.cpp" line="121"/>
        <source>Time at %1</source>
        <translation>Durée en %1</translation>
    </message>
</context>
<context>
    <name>cp::Preferences</name>
    <message>
        <location filename="../lib/ui/preferences.cpp" line="51"/>
        <source>System language</source>
        <translation>Langue du système</translation>
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
        <translation>Point externe en retard de %1</translation>
    </message>
    <message>
        <location filename="../lib/ui/reminderlistmodel.cpp" line="60"/>
        <source>Internal update overdue by %1</source>
        <translation>Point interne en retard de %1</translation>
    </message>
    <message>
        <location filename="../lib/ui/reminderlistmodel.cpp" line="61"/>
        <source>External update due in %1</source>
        <translation>Point externe attendu dans %1</translation>
    </message>
    <message>
        <location filename="../lib/ui/reminderlistmodel.cpp" line="62"/>
        <source>Internal update due in %1</source>
        <translation>Point interne attendu dans %1</translation>
    </message>
    <message>
        <location filename="../lib/ui/reminderlistmodel.cpp" line="65"/>
        <source>%1, have you finished “%2”? %3 over</source>
        <translation>%1, avez-vous terminé « %2 » ? %3 de dépassement</translation>
    </message>
    <message>
        <location filename="../lib/ui/reminderlistmodel.cpp" line="67"/>
        <source>%1 has not acknowledged “%2”</source>
        <translation>%1 n’a pas acquitté « %2 »</translation>
    </message>
    <message>
        <location filename="../lib/ui/reminderlistmodel.cpp" line="69"/>
        <source>No %1 named yet</source>
        <translation>Rôle « %1 » pas encore attribué</translation>
    </message>
    <message>
        <location filename="../lib/ui/reminderlistmodel.cpp" line="71"/>
        <source>“%1” not updated for %2</source>
        <translation>« %1 » non mis à jour depuis %2</translation>
    </message>
</context>
<context>
    <name>cp::Scribe</name>
    <message>
        <location filename="../lib/ui/scribe.cpp" line="108"/>
        <source>Select an incident first.</source>
        <translation>Sélectionnez d’abord un incident.</translation>
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
        <translation>Disque plein : le stockage local ne peut plus rien recevoir</translation>
    </message>
    <message>
        <location filename="../lib/ui/syncstatus.cpp" line="56"/>
        <source>Local store busy (another program holds it)</source>
        <translation>Stockage local occupé (un autre programme le tient)</translation>
    </message>
    <message>
        <location filename="../lib/ui/syncstatus.cpp" line="58"/>
        <source>Local store cannot be written</source>
        <translation>Impossible d’écrire dans le stockage local</translation>
    </message>
    <message>
        <location filename="../lib/ui/syncstatus.cpp" line="63"/>
        <source>Local only</source>
        <translation>Local uniquement</translation>
    </message>
    <message>
        <location filename="../lib/ui/syncstatus.cpp" line="65"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../lib/ui/syncstatus.cpp" line="67"/>
        <source>Syncing</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../lib/ui/syncstatus.cpp" line="69"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../lib/ui/syncstatus.cpp" line="71"/>
        <source>Offline, retrying</source>
        <translation>Hors ligne, nouvelle tentative</translation>
    </message>
    <message>
        <location filename="../lib/ui/syncstatus.cpp" line="73"/>
        <source>Not signed in</source>
        <translation>Non authentifié</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/ui/syncstatus.cpp" line="82"/>
        <source>%n event(s) not sent yet</source>
        <translation>
            <numerusform>%n événement pas encore envoyé</numerusform>
            <numerusform>%n événements pas encore envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/ui/syncstatus.cpp" line="84"/>
        <source>%n event(s) refused by the server</source>
        <translation>
            <numerusform>%n événement refusé par le serveur</numerusform>
            <numerusform>%n événements refusés par le serveur</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/ui/syncstatus.cpp" line="86"/>
        <source>no server set (Ctrl+,)</source>
        <translation>aucun serveur défini (Ctrl+,)</translation>
    </message>
    <message>
        <location filename="../lib/ui/syncstatus.cpp" line="157"/>
        <source>That address cannot be used (%1).</source>
        <translation>Cette adresse est inutilisable (%1).</translation>
    </message>
    <message>
        <location filename="../lib/ui/syncstatus.cpp" line="159"/>
        <source>Give the server&apos;s address, e.g. http://incidents.example:8470</source>
        <translation>Indiquez l’adresse du serveur, ex. http://incidents.example:8470</translation>
    </message>
    <message>
        <location filename="../lib/ui/syncstatus.cpp" line="166"/>
        <source>Give your token: commandpost-server user add NAME prints it.</source>
        <translation>Indiquez votre jeton : la commande commandpost-server user add NAME l’affiche.</translation>
    </message>
</context>
<context>
    <name>cp::TaskListModel</name>
    <message>
        <location filename="../lib/ui/tasklistmodel.cpp" line="54"/>
        <source>%1, have you finished?</source>
        <translation>%1, avez-vous terminé ?</translation>
    </message>
    <message>
        <location filename="../lib/ui/tasklistmodel.cpp" line="56"/>
        <source>Waiting for %1 to acknowledge</source>
        <translation>En attente de l’acquittement de %1</translation>
    </message>
    <message>
        <location filename="../lib/ui/tasklistmodel.cpp" line="58"/>
        <source>Blocked: what does %1 need?</source>
        <translation>Bloqué : de quoi %1 a-t-il besoin ?</translation>
    </message>
</context>
<context>
    <name>cp::TimelineChart</name>
    <message>
        <location filename="../lib/ui/timelinechart.cpp" line="190"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
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
        <translation>Le stockage local est endommagé.</translation>
    </message>
</context>
<context>
    <name>cp::app::Commands</name>
    <message>
        <location filename="../lib/app/commands.cpp" line="70"/>
        <source>no incident matches &apos;%1&apos;</source>
        <translation>aucun incident ne correspond à « %1 »</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="71"/>
        <source>&apos;%1&apos; matches %2 incidents; give more characters</source>
        <translation>« %1 » correspond à %2 incidents ; saisissez plus de caractères</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="79"/>
        <source>no task matches &apos;%1&apos;</source>
        <translation>aucune tâche ne correspond à « %1 »</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="80"/>
        <source>&apos;%1&apos; matches %2 tasks; give more characters</source>
        <translation>« %1 » correspond à %2 tâches ; saisissez plus de caractères</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="88"/>
        <source>no timeline entry matches &apos;%1&apos;</source>
        <translation>aucune entrée de la chronologie ne correspond à « %1 »</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="89"/>
        <source>&apos;%1&apos; matches %2 timeline entries; give more characters</source>
        <translation>« %1 » correspond à %2 entrées de la chronologie ; saisissez plus de caractères</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="95"/>
        <location filename="../lib/app/commands.cpp" line="350"/>
        <location filename="../lib/app/commands.cpp" line="370"/>
        <source>Select an incident first.</source>
        <translation>Sélectionnez d’abord un incident.</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="110"/>
        <source>%1 is in the future; check the time</source>
        <translation>%1 est dans le futur ; vérifiez l’heure</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="115"/>
        <source>%1 is more than %2 days before the incident was declared (%3); check the date</source>
        <translation>%1 est plus de %2 jours avant la déclaration de l’incident (%3) ; vérifiez la date</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="157"/>
        <source>The commander is not relieved: hand command off to the next commander instead.</source>
        <translation>Le commandant n’est pas relevé : passez plutôt le commandement au prochain commandant.</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="168"/>
        <source>%1 has command already.</source>
        <translation>%1 a déjà le commandement.</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="209"/>
        <source>Section %1 is in conflict: read both texts, then write the merge from its head (%2).</source>
        <translation>La section %1 est en conflit : lisez les deux textes, puis écrivez la fusion à partir de sa version actuelle (%2).</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="254"/>
        <source>Only timeline entries (notes) can be corrected; set a milestone or status for the rest.</source>
        <translation>Seules les entrées de la chronologie (notes) peuvent être corrigées ; pour le reste, définissez un jalon ou un statut.</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="286"/>
        <source>&apos;%1&apos; is not a time: write HH:MM or an ISO 8601 time</source>
        <translation>« %1 » n’est pas une heure : écrivez HH:MM ou une heure ISO 8601</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="317"/>
        <source>%1 is not during the incident (declared %2, closed %3): give a date and time</source>
        <translation>%1 n’est pas pendant l’incident (déclaré %2, clos %3) : indiquez une date et une heure</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="336"/>
        <source>&apos;%1&apos; is not a date: write YYYY-MM-DD</source>
        <translation>« %1 » n’est pas une date : écrivez AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="353"/>
        <source>&apos;%1&apos; is not one of md, html, csv, json</source>
        <translation>« %1 » n’est pas l’un de md, html, csv, json</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="373"/>
        <source>&apos;%1&apos; is not one of md, html, pdf, csv, json</source>
        <translation>« %1 » n’est pas l’un de md, html, pdf, csv, json</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="375"/>
        <source>Choose where to save the report.</source>
        <translation>Choisissez où enregistrer le rapport.</translation>
    </message>
    <message>
        <location filename="../lib/app/commands.cpp" line="387"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
</TS>
