<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>Activities</name>
        <message>
            <source>Demo</source>
            <translation>Démo</translation>
        </message>
        <message>
            <source>Webinar</source>
            <translation>Webinaire</translation>
        </message>
        <message>
            <source>Case study</source>
            <translation>Retour d’expérience</translation>
        </message>
        <message>
            <source>Helped a team</source>
            <translation>Aide à une équipe</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Atelier</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Publié</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>Ce mois-ci</translation>
        </message>
        <message>
            <source>Last 3 months</source>
            <translation>3 derniers mois</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Cette année</translation>
        </message>
        <message>
            <source>Custom dates</source>
            <translation>Dates personnalisées</translation>
        </message>
        <message>
            <source>{what} “{text}” is not a valid date: use YYYY-MM-DD, e.g. 2026-11-25.</source>
            <translation>{what} « {text} » n’est pas une date valide : utilisez le format AAAA-MM-JJ, par ex. 2026-11-25.</translation>
        </message>
        <message>
            <source>The date</source>
            <translation>La date</translation>
        </message>
        <message>
            <source>Unknown period “{period}”: choose one of {periods}.</source>
            <translation>Période inconnue : « {period} ». Choisissez parmi {periods}.</translation>
        </message>
        <message>
            <source>Say what kind of activity this was (a demo, a webinar, helping a team…).</source>
            <translation>Indiquez le type d’activité (une démo, un webinaire, l’aide à une équipe…).</translation>
        </message>
        <message>
            <source>The kind of activity is too long ({length} characters, at most {limit}).</source>
            <translation>Le type d’activité est trop long ({length} caractères, {limit} au maximum).</translation>
        </message>
        <message>
            <source>The description is too long ({length} characters, at most {limit}).</source>
            <translation>La description est trop longue ({length} caractères, {limit} au maximum).</translation>
        </message>
        <message>
            <source>Points must be a whole number, not “{points}”.</source>
            <translation>Les points doivent être un nombre entier, pas « {points} ».</translation>
        </message>
        <message>
            <source>Points must be between 0 and {limit} (or left empty), not {points}.</source>
            <translation>Les points doivent être compris entre 0 et {limit} (ou laissés vides), pas {points}.</translation>
        </message>
        <message>
            <source>The activity date</source>
            <translation>La date de l’activité</translation>
        </message>
        <message>
            <source>The start date</source>
            <translation>La date de début</translation>
        </message>
        <message>
            <source>The end date</source>
            <translation>La date de fin</translation>
        </message>
        <message>
            <source>The period starts ({start}) after it ends ({end}): swap the two dates.</source>
            <translation>La période commence ({start}) après sa fin ({end}) : inversez les deux dates.</translation>
        </message>
        <message>
            <source>Give the case study a title.</source>
            <translation>Donnez un titre au retour d’expérience.</translation>
        </message>
        <message>
            <source>The title is too long ({length} characters, at most {limit}).</source>
            <translation>Le titre est trop long ({length} caractères, {limit} au maximum).</translation>
        </message>
        <message>
            <source>The link “{link}” is not a web address: it must start with http:// or https:// (e.g. https://intranet.example.com/case-study).</source>
            <translation>Le lien « {link} » n’est pas une adresse web : il doit commencer par http:// ou https:// (par ex. https://intranet.example.com/retour-experience).</translation>
        </message>
        <message>
            <source>The text is too long ({length} characters, at most {limit}).</source>
            <translation>Le texte est trop long ({length} caractères, {limit} au maximum).</translation>
        </message>
        <message>
            <source>A published case study needs its text or a link to it.</source>
            <translation>Un retour d’expérience publié a besoin de son texte ou d’un lien vers celui-ci.</translation>
        </message>
        <message>
            <source>The case study's date</source>
            <translation>La date du retour d’expérience</translation>
        </message>
        <message>
            <source>There is no activity #{id} (it may have been deleted).</source>
            <translation>L’activité n° {id} n’existe pas (elle a peut-être été supprimée).</translation>
        </message>
        <message>
            <source>There is no case study #{id} (it may have been deleted).</source>
            <translation>Le retour d’expérience n° {id} n’existe pas (il a peut-être été supprimé).</translation>
        </message>
        <message>
            <source>There is no ambassador #{id} in the programme.</source>
            <translation>Aucun ambassadeur n° {id} dans le programme.</translation>
        </message>
        <message>
            <source>Unknown status “{status}”: a case study is a draft or published.</source>
            <translation>Statut inconnu : « {status} ». Un retour d’expérience est un brouillon ou est publié.</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesDialog</name>
        <message>
            <source>Activities: {name}</source>
            <translation>Activités : {name}</translation>
        </message>
        <message>
            <source>Log activity…</source>
            <translation>Nouvelle activité…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Cannot edit</source>
            <translation>Modification impossible</translation>
        </message>
        <message>
            <source>Delete activity</source>
            <translation>Supprimer l’activité</translation>
        </message>
        <message>
            <source>Delete this activity of {name}?</source>
            <translation>Supprimer cette activité de {name} ?</translation>
        </message>
        <message>
            <source>Cannot delete</source>
            <translation>Suppression impossible</translation>
        </message>
    </context>
    <context>
        <name>ActivityDialog</name>
        <message>
            <source>Edit activity: {name}</source>
            <translation>Modifier l’activité : {name}</translation>
        </message>
        <message>
            <source>Log activity: {name}</source>
            <translation>Nouvelle activité : {name}</translation>
        </message>
        <message>
            <source>Demo, webinar, helped a team… or type your own</source>
            <translation>Démo, webinaire, aide à une équipe… ou saisissez le vôtre</translation>
        </message>
        <message>
            <source>Kind of activity</source>
            <translation>Type d’activité</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>no points</source>
            <translation>sans points</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Points count in the recognition ranking; leave “no points” if you do not score</source>
            <translation>Les points comptent dans le classement de la reconnaissance ; laissez « sans points » si vous ne notez pas</translation>
        </message>
        <message>
            <source>e.g. Démo des communautés à l'équipe commerciale de Lyon (25 pers.)</source>
            <translation>par ex. Démo des communautés à l’équipe commerciale de Lyon (25 pers.)</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
    </context>
    <context>
        <name>ActivityModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
    </context>
    <context>
        <name>ActivitySection</name>
        <message>
            <source>pt</source>
            <translation>pt</translation>
        </message>
        <message>
            <source>pts</source>
            <translation>pts</translation>
        </message>
        <message>
            <source>activity</source>
            <translation>activité</translation>
        </message>
        <message>
            <source>activities</source>
            <translation>activités</translation>
        </message>
        <message>
            <source>ACTIVITIES</source>
            <translation>ACTIVITÉS</translation>
        </message>
        <message>
            <source>Log activity…</source>
            <translation>Nouvelle activité…</translation>
        </message>
        <message>
            <source>Record a demo, a webinar, a case study, help given to a team… (Ctrl+L)</source>
            <translation>Enregistrer une démo, un webinaire, un retour d’expérience, une aide apportée à une équipe… (Ctrl+L)</translation>
        </message>
        <message>
            <source>All activities…</source>
            <translation>Tout voir…</translation>
        </message>
        <message>
            <source>See, edit or delete every activity of this ambassador</source>
            <translation>Voir, modifier ou supprimer toutes les activités de cet ambassadeur</translation>
        </message>
        <message>
            <source>Nothing logged yet.</source>
            <translation>Aucune activité enregistrée pour l’instant.</translation>
        </message>
        <message>
            <source>last on {date}</source>
            <translation>dernière le {date}</translation>
        </message>
    </context>
    <context>
        <name>Adoption</name>
        <message>
            <source>(not set)</source>
            <translation>(non renseigné)</translation>
        </message>
    </context>
    <context>
        <name>AdoptionChart</name>
        <message>
            <source>{percent}%</source>
            <translation>{percent} %</translation>
        </message>
        <message>
            <source>{change} pts</source>
            <translation>{change} pts</translation>
        </message>
        <message>
            <source>No usage data yet: import an ESN usage export (File → Import ESN usage export…)</source>
            <translation>Pas encore de données d’usage : importez un export d’usage du RSE (Fichier → Importer un export d’usage du RSE…)</translation>
        </message>
        <message>
            <source>Contributors   ┃ tipping point {percent}   ░ 10–15%</source>
            <translation>Contributeurs ┃ point de bascule {percent} ░ 10–15 %</translation>
        </message>
        <message>
            <source>✓ reached</source>
            <translation>✓ atteint</translation>
        </message>
        <message>
            <source>{n} to win over</source>
            <translation>{n} à convaincre</translation>
        </message>
        <message>
            <source>… and {n} more in the table</source>
            <translation>… et {n} de plus dans le tableau</translation>
        </message>
    </context>
    <context>
        <name>AmbassadorEditDialog</name>
        <message>
            <source>Edit {name}</source>
            <translation>Modifier {name}</translation>
        </message>
        <message>
            <source>e.g. Get my team of 40 posting weekly</source>
            <translation>par ex. Faire publier chaque semaine mon équipe de 40 personnes</translation>
        </message>
        <message>
            <source>no number</source>
            <translation>sans chiffre</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>sans date</translation>
        </message>
        <message>
            <source>Member of the ambassadors' community</source>
            <translation>Membre de la communauté des ambassadeurs</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <source>Measurable target</source>
            <translation>Cible chiffrée</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Privileges</source>
            <translation>Privilèges</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>AmbassadorPanel</name>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Came in by</source>
            <translation>Entrée</translation>
        </message>
        <message>
            <source>HR validation</source>
            <translation>Validation RH</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Manager</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <source>Privileges</source>
            <translation>Privilèges</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Communauté</translation>
        </message>
        <message>
            <source>Eligibility</source>
            <translation>Éligibilité</translation>
        </message>
        <message>
            <source>HISTORY</source>
            <translation>HISTORIQUE</translation>
        </message>
        <message>
            <source>{objective} (by {date})</source>
            <translation>{objective} (d’ici le {date})</translation>
        </message>
        <message>
            <source>Nomination</source>
            <translation>Proposition</translation>
        </message>
        <message>
            <source>Application</source>
            <translation>Candidature spontanée</translation>
        </message>
        <message>
            <source>{date} by {name}</source>
            <translation>{date} par {name}</translation>
        </message>
        <message>
            <source>confirmed {date} by {name}</source>
            <translation>confirmé le {date} par {name}</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Membre</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Pas encore</translation>
        </message>
        <message>
            <source>Exception: {note}</source>
            <translation>Exception : {note}</translation>
        </message>
        <message>
            <source>Eligible</source>
            <translation>Éligible</translation>
        </message>
        <message>
            <source>Declined by {name}: {reason}</source>
            <translation>Refusé par {name} : {reason}</translation>
        </message>
        <message>
            <source>{date}: {status} by {name}</source>
            <translation>{date} : {status} ({name})</translation>
        </message>
        <message>
            <source>{date}: {status}</source>
            <translation>{date} : {status}</translation>
        </message>
    </context>
    <context>
        <name>Attendance</name>
        <message>
            <source>Teams attendance report</source>
            <translation>Rapport de présence Teams</translation>
        </message>
        <message>
            <source>Zoom participants report</source>
            <translation>Rapport des participants Zoom</translation>
        </message>
        <message>
            <source>“{name}” is damaged or not a text file: it cannot be read as an attendance report. Download the report again from Teams (the meeting's Attendance tab) or Zoom (Reports › Usage › Participants) and import that file as it is.</source>
            <translation>« {name} » est endommagé ou n’est pas un fichier texte : impossible de le lire comme un rapport de présence. Téléchargez à nouveau le rapport depuis Teams (onglet Présence de la réunion) ou Zoom (Rapports › Utilisation › Participants) et importez ce fichier tel quel.</translation>
        </message>
        <message>
            <source>an Excel workbook (or another zip file)</source>
            <translation>un classeur Excel (ou un autre fichier zip)</translation>
        </message>
        <message>
            <source>a legacy Office file</source>
            <translation>un ancien fichier Office</translation>
        </message>
        <message>
            <source>a PDF</source>
            <translation>un PDF</translation>
        </message>
        <message>
            <source>a database</source>
            <translation>une base de données</translation>
        </message>
        <message>
            <source>“{name}” is {what}, not an attendance report. Import the .csv file Teams downloads from the meeting's Attendance tab, or the CSV Zoom exports from Reports › Usage › Participants (if you opened it in Excel, import the original download instead).</source>
            <translation>« {name} » est {what}, pas un rapport de présence. Importez le fichier .csv que Teams télécharge depuis l’onglet Présence de la réunion, ou le CSV que Zoom exporte depuis Rapports › Utilisation › Participants (si vous l’avez ouvert dans Excel, importez plutôt le fichier téléchargé d’origine).</translation>
        </message>
        <message>
            <source>{name}: the duration “{text}” was not understood; the join times were used.</source>
            <translation>{name} : la durée « {text} » n’a pas été comprise ; les heures d’arrivée et de départ ont été utilisées.</translation>
        </message>
        <message>
            <source>The report</source>
            <translation>Le rapport</translation>
        </message>
        <message>
            <source>“{name}” is too large to be an attendance report (over 50 MB).</source>
            <translation>« {name} » est trop volumineux pour être un rapport de présence (plus de 50 Mo).</translation>
        </message>
        <message>
            <source>There is no file at {path}.</source>
            <translation>Aucun fichier à l’emplacement {path}.</translation>
        </message>
        <message>
            <source>{path} is a folder, not an attendance report.</source>
            <translation>{path} est un dossier, pas un rapport de présence.</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}.</source>
            <translation>Impossible de lire {path} : {reason}.</translation>
        </message>
        <message>
            <source>“{name}” is empty: download the attendance report again.</source>
            <translation>« {name} » est vide : téléchargez à nouveau le rapport de présence.</translation>
        </message>
        <message>
            <source>“{name}” is not a Teams attendance report or a Zoom participants report: no list of participants was found in it (Teams: a table with Name, First Join, Last Leave, In-Meeting Duration…; Zoom: Name (Original Name), User Email, Join Time…). Download the report again from the meeting's Attendance tab in Teams, or from Reports › Usage › Participants in Zoom, and import that file unchanged.</source>
            <translation>« {name} » n’est ni un rapport de présence Teams ni un rapport des participants Zoom : aucune liste de participants n’y a été trouvée (Teams : un tableau avec Nom, Première participation, Dernier départ, Durée de la réunion… ; Zoom : Nom (nom d’origine), E-mail de l’utilisateur, Heure d’arrivée…). Téléchargez à nouveau le rapport depuis l’onglet Présence de la réunion dans Teams, ou depuis Rapports › Utilisation › Participants dans Zoom, et importez ce fichier sans le modifier.</translation>
        </message>
        <message>
            <source>“{name}” has the headers of an attendance report but no participant in it: was the report downloaded before anyone joined? Download it again after the meeting.</source>
            <translation>« {name} » a les en-têtes d’un rapport de présence mais aucun participant : le rapport a-t-il été téléchargé avant que quiconque ne rejoigne la réunion ? Téléchargez-le à nouveau après la réunion.</translation>
        </message>
        <message>
            <source>The attendance threshold must be a share between 0 and 1 (got {threshold}).</source>
            <translation>Le seuil de présence doit être une part comprise entre 0 et 1 (reçu : {threshold}).</translation>
        </message>
        <message>
            <source>There is no training session number {id}.</source>
            <translation>Il n’y a pas de session de formation numéro {id}.</translation>
        </message>
        <message>
            <source>There is no person number {id} in the directory to match with.</source>
            <translation>Il n’y a pas de personne numéro {id} dans l’annuaire à associer.</translation>
        </message>
    </context>
    <context>
        <name>AttendanceReviewDialog</name>
        <message>
            <source>— leave unmatched —</source>
            <translation>— ne pas associer —</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Présents</translation>
        </message>
        <message>
            <source>Below threshold</source>
            <translation>Sous le seuil</translation>
        </message>
        <message>
            <source>Unmatched</source>
            <translation>Non associés</translation>
        </message>
        <message>
            <source>Guests and bots</source>
            <translation>Externes et robots</translation>
        </message>
        <message>
            <source>Enrolled, not in the report</source>
            <translation>Inscrits absents du rapport</translation>
        </message>
        <message>
            <source>email</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nom</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>à la main</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>Attendance report — {title}</source>
            <translation>Rapport de présence — {title}</translation>
        </message>
        <message>
            <source>{kind}: {file}</source>
            <translation>{kind} : {file}</translation>
        </message>
        <message>
            <source>report</source>
            <translation>rapport</translation>
        </message>
        <message>
            <source>Attendance threshold</source>
            <translation>Seuil de présence</translation>
        </message>
        <message>
            <source>Share of the session someone must have been present for</source>
            <translation>Part de la session pendant laquelle une personne doit avoir été présente</translation>
        </message>
        <message>
            <source>Attended when present for at least</source>
            <translation>Présent si connecté pendant au moins</translation>
        </message>
        <message>
            <source>of the session</source>
            <translation>de la session</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Durée</translation>
        </message>
        <message>
            <source>Matched by</source>
            <translation>Associé par</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <translation>Inscrit</translation>
        </message>
        <message>
            <source>Match with</source>
            <translation>Associer à</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Appliquer</translation>
        </message>
        <message>
            <source>Match {name} with</source>
            <translation>Associer {name} à</translation>
        </message>
        <message>
            <source>{person} (enrolled)</source>
            <translation>{person} (inscrit)</translation>
        </message>
        <message>
            <source>Search the directory…</source>
            <translation>Rechercher dans l’annuaire…</translation>
        </message>
        <message>
            <source>“{name}” is not among the unmatched participants.</source>
            <translation>« {name} » ne fait pas partie des participants non associés.</translation>
        </message>
        <message>
            <source>Who is “{name}”?</source>
            <translation>Qui est « {name} » ?</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no — added</source>
            <translation>non — ajouté</translation>
        </message>
        <message>
            <source>Guest</source>
            <translation>Invité externe</translation>
        </message>
        <message>
            <source>Note-taking bot</source>
            <translation>Robot de prise de notes</translation>
        </message>
        <message>
            <source>Organiser / trainer</source>
            <translation>Organisateur / formateur</translation>
        </message>
        <message>
            <source>{title} ({n})</source>
            <translation>{title} ({n})</translation>
        </message>
        <message>
            <source>{n} participant matched: {attended} attended (present {minutes} min or more), {below} will be marked absent.</source>
            <translation>{n} participant associé — présents ({minutes} min ou plus) : {attended} ; marqués absents : {below}.</translation>
        </message>
        <message>
            <source>{n} participants matched: {attended} attended (present {minutes} min or more), {below} will be marked absent.</source>
            <translation>{n} participants associés — présents ({minutes} min ou plus) : {attended} ; marqués absents : {below}.</translation>
        </message>
        <message>
            <source>{n} participant is still unmatched: match them by hand or leave them out.</source>
            <translation>{n} participant n’est pas encore associé : associez-le à la main ou laissez-le de côté.</translation>
        </message>
        <message>
            <source>{n} participants are still unmatched: match them by hand or leave them out.</source>
            <translation>{n} participants ne sont pas encore associés : associez-les à la main ou laissez-les de côté.</translation>
        </message>
        <message>
            <source>Everyone in the report is matched or set aside.</source>
            <translation>Tous les participants du rapport sont associés ou mis de côté.</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>There is no backup file at {path}.</source>
            <translation>Il n’y a pas de fichier de sauvegarde à l’emplacement {path}.</translation>
        </message>
        <message>
            <source>{file} is empty: it is not an ESN Desk backup.</source>
            <translation>{file} est vide : ce n’est pas une sauvegarde ESN Desk.</translation>
        </message>
        <message>
            <source>{file} is damaged and cannot be restored ({problem}).</source>
            <translation>{file} est endommagé et ne peut pas être restauré ({problem}).</translation>
        </message>
        <message>
            <source>{file} is not an ESN Desk programme: it cannot be restored.</source>
            <translation>{file} n’est pas un programme ESN Desk : il ne peut pas être restauré.</translation>
        </message>
        <message>
            <source>{file} is damaged or not an ESN Desk programme ({problem}).</source>
            <translation>{file} est endommagé ou n’est pas un programme ESN Desk ({problem}).</translation>
        </message>
        <message>
            <source>The backup {file} failed its integrity check ({problem}).</source>
            <translation>La sauvegarde {file} n’a pas passé la vérification d’intégrité ({problem}).</translation>
        </message>
        <message>
            <source>Choose another file: a backup cannot overwrite the programme itself.</source>
            <translation>Choisissez un autre fichier : une sauvegarde ne peut pas remplacer le programme lui-même.</translation>
        </message>
        <message>
            <source>{path} already exists: choose a new file name.</source>
            <translation>{path} existe déjà : choisissez un nouveau nom de fichier.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>Le dossier {folder} n’existe pas.</translation>
        </message>
        <message>
            <source>That file is the open programme itself: choose a backup to restore.</source>
            <translation>Ce fichier est le programme ouvert lui-même : choisissez une sauvegarde à restaurer.</translation>
        </message>
    </context>
    <context>
        <name>BackupsModel</name>
        <message>
            <source>When the programme was opened</source>
            <translation>À l’ouverture du programme</translation>
        </message>
        <message>
            <source>Automatic (changes of the last 30 minutes)</source>
            <translation>Automatique (modifications des 30 dernières minutes)</translation>
        </message>
        <message>
            <source>Before an import</source>
            <translation>Avant un import</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Avant une restauration</translation>
        </message>
        <message>
            <source>Before upgrading to a new version</source>
            <translation>Avant le passage à une nouvelle version</translation>
        </message>
        <message>
            <source>Before erasing personal data</source>
            <translation>Avant l’effacement de données personnelles</translation>
        </message>
        <message>
            <source>Backed up by hand</source>
            <translation>Sauvegarde manuelle</translation>
        </message>
        <message>
            <source>{size} KB</source>
            <translation>{size} Ko</translation>
        </message>
        <message>
            <source>{size} MB</source>
            <translation>{size} Mo</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Prise</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
    </context>
    <context>
        <name>BackupsPage</name>
        <message>
            <source>ESN Desk programme (*.esndesk);;All files (*)</source>
            <translation>Programme ESN Desk (*.esndesk);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Today {time}</source>
            <translation>Aujourd’hui à {time}</translation>
        </message>
        <message>
            <source>Yesterday {time}</source>
            <translation>Hier à {time}</translation>
        </message>
        <message>
            <source>today {time}</source>
            <translation>aujourd’hui à {time}</translation>
        </message>
        <message>
            <source>yesterday {time}</source>
            <translation>hier à {time}</translation>
        </message>
        <message>
            <source>{date} {time}</source>
            <translation>le {date} à {time}</translation>
        </message>
        <message>
            <source>Backups of this programme</source>
            <translation>Sauvegardes de ce programme</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Sauvegarder maintenant</translation>
        </message>
        <message>
            <source>Back up to a file…</source>
            <translation>Sauvegarder sous…</translation>
        </message>
        <message>
            <source>A verified copy you keep yourself (e.g. on a USB key)</source>
            <translation>Une copie vérifiée que vous conservez vous-même (par exemple sur une clé USB)</translation>
        </message>
        <message>
            <source>Restore from a file…</source>
            <translation>Restaurer un fichier…</translation>
        </message>
        <message>
            <source>Open the folder</source>
            <translation>Ouvrir le dossier</translation>
        </message>
        <message>
            <source>No backup yet</source>
            <translation>Aucune sauvegarde pour l’instant</translation>
        </message>
        <message>
            <source>ESN Desk backs the programme up when you open it, every 30 minutes while it changes, and before every import, restore or erasure. You can also back it up now.</source>
            <translation>ESN Desk sauvegarde le programme à son ouverture, toutes les 30 minutes tant qu’il change, et avant chaque import, restauration ou effacement. Vous pouvez aussi le sauvegarder maintenant.</translation>
        </message>
        <message>
            <source>This programme is open read-only in this window.</source>
            <translation>Ce programme est ouvert en lecture seule dans cette fenêtre.</translation>
        </message>
        <message>
            <source>Verified copies of this programme, newest first, in {folder}. Every change is backed up within 30 minutes, and before each import, restore, upgrade or erasure. Kept: every backup of the last 24 hours, then one a day for a week, one a week for four weeks and one a month for six months.</source>
            <translation>Copies vérifiées de ce programme, les plus récentes en premier, dans {folder}. Chaque modification est sauvegardée dans les 30 minutes, ainsi qu’avant chaque import, restauration, mise à niveau ou effacement. Sont conservées : toutes les sauvegardes des dernières 24 heures, puis une par jour pendant une semaine, une par semaine pendant quatre semaines et une par mois pendant six mois.</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Restaurer…</translation>
        </message>
        <message>
            <source>Restore the backup taken {when}</source>
            <translation>Restaurer la sauvegarde prise {when}</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <source>Put the programme back as it was {when}?</source>
            <translation>Remettre le programme tel qu’il était {when} ?</translation>
        </message>
        <message>
            <source>Every change made since then is undone. The programme as it is now is backed up first, so you can come back to it from this list.</source>
            <translation>Toutes les modifications faites depuis sont annulées. Le programme dans son état actuel est d’abord sauvegardé : vous pourrez y revenir depuis cette liste.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <source>Restored: the programme is back as it was {when}. Its state just before the restore is the newest backup in the list — restore that one to undo this.</source>
            <translation>Restauré : le programme est revenu tel qu’il était {when}. Son état juste avant la restauration est la sauvegarde la plus récente de la liste — restaurez-la pour annuler.</translation>
        </message>
        <message>
            <source>Restore a programme from a file</source>
            <translation>Restaurer un programme depuis un fichier</translation>
        </message>
        <message>
            <source>Restore from a file</source>
            <translation>Restaurer depuis un fichier</translation>
        </message>
        <message>
            <source>Replace the programme's content with {file}?</source>
            <translation>Remplacer le contenu du programme par {file} ?</translation>
        </message>
        <message>
            <source>The programme as it is now is backed up first, so you can come back to it from this list.</source>
            <translation>Le programme dans son état actuel est d’abord sauvegardé : vous pourrez y revenir depuis cette liste.</translation>
        </message>
        <message>
            <source>Restored: the programme is back as it was in {file}. Its state just before the restore is the newest backup in the list — restore that one to undo this.</source>
            <translation>Restauré : le programme a repris le contenu de {file}. Son état juste avant la restauration est la sauvegarde la plus récente de la liste — restaurez-la pour annuler.</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Restauration…</translation>
        </message>
        <message>
            <source>Cannot restore this backup</source>
            <translation>Impossible de restaurer cette sauvegarde</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Sauvegarde…</translation>
        </message>
        <message>
            <source>Backed up and verified: {file}</source>
            <translation>Sauvegardé et vérifié : {file}</translation>
        </message>
        <message>
            <source>Cannot back up</source>
            <translation>Impossible de sauvegarder</translation>
        </message>
        <message>
            <source>Back up to a file</source>
            <translation>Sauvegarder dans un fichier</translation>
        </message>
        <message>
            <source>Cannot back up to this file</source>
            <translation>Impossible de sauvegarder dans ce fichier</translation>
        </message>
    </context>
    <context>
        <name>CaseStudiesPage</name>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Ambassador</source>
            <translation>Ambassadeur</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Search title, ambassador, site, use case, text…</source>
            <translation>Rechercher un titre, un ambassadeur, un site, un cas d’usage, un texte…</translation>
        </message>
        <message>
            <source>Search the case studies</source>
            <translation>Rechercher dans les retours d’expérience</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <source>All case studies</source>
            <translation>Tous les retours d’expérience</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Publiés</translation>
        </message>
        <message>
            <source>Drafts</source>
            <translation>Brouillons</translation>
        </message>
        <message>
            <source>Case studies</source>
            <translation>Retours d’expérience</translation>
        </message>
        <message>
            <source>New case study…</source>
            <translation>Nouveau retour d’expérience…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <source>Open link</source>
            <translation>Ouvrir le lien</translation>
        </message>
        <message>
            <source>Open the published case study in your web browser</source>
            <translation>Ouvrir le retour d’expérience publié dans votre navigateur</translation>
        </message>
        <message>
            <source>No case study yet</source>
            <translation>Aucun retour d’expérience pour l’instant</translation>
        </message>
        <message>
            <source>Collect practical stories from the field — a sales team that replaced its email chains, a factory that runs its safety briefings in a community — and publish them: they bring more people on board than any feature list.</source>
            <translation>Recueillez des histoires concrètes du terrain — une équipe commerciale qui a remplacé ses chaînes d’e-mails, une usine qui mène ses points sécurité dans une communauté — et publiez-les : elles convainquent plus de monde que n’importe quelle liste de fonctionnalités.</translation>
        </message>
        <message>
            <source>{published} published · {drafts}</source>
            <translation>Publiés : {published} · {drafts}</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>brouillon</translation>
        </message>
        <message>
            <source>drafts</source>
            <translation>brouillons</translation>
        </message>
        <message>
            <source>Cannot edit</source>
            <translation>Modification impossible</translation>
        </message>
        <message>
            <source>Delete case study</source>
            <translation>Supprimer le retour d’expérience</translation>
        </message>
        <message>
            <source>Delete the case study “{title}”? This cannot be undone.</source>
            <translation>Supprimer le retour d’expérience « {title} » ? Cette action est irréversible.</translation>
        </message>
        <message>
            <source>Cannot delete</source>
            <translation>Suppression impossible</translation>
        </message>
    </context>
    <context>
        <name>CaseStudyDialog</name>
        <message>
            <source>— nobody in particular —</source>
            <translation>— personne en particulier —</translation>
        </message>
        <message>
            <source>Edit case study</source>
            <translation>Modifier le retour d’expérience</translation>
        </message>
        <message>
            <source>New case study</source>
            <translation>Nouveau retour d’expérience</translation>
        </message>
        <message>
            <source>e.g. Le fil des ventes : les retours clients partagés en 24 h</source>
            <translation>par ex. Le fil des ventes : les retours clients partagés en 24 h</translation>
        </message>
        <message>
            <source>Ambassador</source>
            <translation>Ambassadeur</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>The site where it happened</source>
            <translation>Le site où cela s’est passé</translation>
        </message>
        <message>
            <source>e.g. Commercial : partager les retours clients entre régions</source>
            <translation>par ex. Commercial : partager les retours clients entre régions</translation>
        </message>
        <message>
            <source>The story: the team, what they did before, what changed, the results.</source>
            <translation>L’histoire : l’équipe, ce qu’elle faisait avant, ce qui a changé, les résultats.</translation>
        </message>
        <message>
            <source>https://… (optional: where the case study is published)</source>
            <translation>https://… (facultatif : où le retour d’expérience est publié)</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Business use case</source>
            <translation>Cas d’usage métier</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Lien</translation>
        </message>
    </context>
    <context>
        <name>CaseStudyPanel</name>
        <message>
            <source>Ambassador</source>
            <translation>Ambassadeur</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Use case</source>
            <translation>Cas d’usage</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Lien</translation>
        </message>
        <message>
            <source>TEXT</source>
            <translation>TEXTE</translation>
        </message>
        <message>
            <source>No text here: see the link.</source>
            <translation>Pas de texte ici : voir le lien.</translation>
        </message>
        <message>
            <source>No text yet.</source>
            <translation>Pas encore de texte.</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Site × department</source>
            <translation>Site × direction</translation>
        </message>
        <message>
            <source>esn-desk: {message}</source>
            <translation>esn-desk : {message}</translation>
        </message>
        <message>
            <source>{year}-{month}-{day}</source>
            <translation>{day}/{month}/{year}</translation>
        </message>
        <message>
            <source>int</source>
            <translation>nombre entier</translation>
        </message>
        <message>
            <source>float</source>
            <translation>nombre</translation>
        </message>
        <message>
            <source>PATH</source>
            <translation>CHEMIN</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FICHIER</translation>
        </message>
        <message>
            <source>OUT</source>
            <translation>SORTIE</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NOM</translation>
        </message>
        <message>
            <source>sheet to read (default: detected)</source>
            <translation>feuille à lire (par défaut : détectée)</translation>
        </message>
        <message>
            <source>compute and report everything, write nothing</source>
            <translation>tout calculer et tout signaler, sans rien écrire</translation>
        </message>
        <message>
            <source>print one JSON object on stdout</source>
            <translation>afficher un objet JSON sur la sortie standard</translation>
        </message>
        <message>
            <source>print a JSON array</source>
            <translation>afficher un tableau JSON</translation>
        </message>
        <message>
            <source>{app}: run an enterprise-social-network ambassador programme. Without a command, opens the app.</source>
            <translation>{app} : animer un programme d’ambassadeurs du réseau social d’entreprise. Sans commande, ouvre l’application.</translation>
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation>afficher le numéro de version et quitter</translation>
        </message>
        <message>
            <source>programme file to use (created if missing); default: the one in the user data folder</source>
            <translation>fichier du programme à utiliser (créé s’il n’existe pas) ; par défaut : celui du dossier de données de l’utilisateur</translation>
        </message>
        <message>
            <source>open the app on a freshly generated demo programme</source>
            <translation>ouvrir l’application sur un programme de démonstration tout juste généré</translation>
        </message>
        <message>
            <source>DIR</source>
            <translation>DOSSIER</translation>
        </message>
        <message>
            <source>render every page of the main window to DIR/&lt;page&gt;.png at 1280×800 and exit</source>
            <translation>enregistrer chaque page de la fenêtre principale dans DOSSIER/&lt;page&gt;.png en 1280×800 et quitter</translation>
        </message>
        <message>
            <source>language of the app and of the command line for this run (default: View → Language, else the system's)</source>
            <translation>langue de l’application et de la ligne de commande pour cette exécution (par défaut : Affichage → Langue, sinon celle du système)</translation>
        </message>
        <message>
            <source>light or dark colours for this run, whatever the system's (e.g. for screenshots)</source>
            <translation>couleurs claires ou sombres pour cette exécution, quel que soit le réglage du système (par exemple pour des captures d’écran)</translation>
        </message>
        <message>
            <source>COMMAND</source>
            <translation>COMMANDE</translation>
        </message>
        <message>
            <source>write a verified backup of the programme (default: into the backups folder)</source>
            <translation>écrire une sauvegarde vérifiée du programme (par défaut : dans le dossier des sauvegardes)</translation>
        </message>
        <message>
            <source>Copy the programme with SQLite's backup API and check the copy. Without OUT, the copy goes to the backups folder (reason “manual”, rotated with the others); prints its path.</source>
            <translation>Copie le programme avec l’API de sauvegarde de SQLite et vérifie la copie. Sans SORTIE, la copie va dans le dossier des sauvegardes (motif « manual », renouvelée avec les autres) ; affiche son chemin.</translation>
        </message>
        <message>
            <source>file to write (must not exist)</source>
            <translation>fichier à écrire (ne doit pas exister)</translation>
        </message>
        <message>
            <source>replace the programme's content with a backup (the current state is backed up first)</source>
            <translation>remplacer le contenu du programme par une sauvegarde (l’état actuel est d’abord sauvegardé)</translation>
        </message>
        <message>
            <source>Check FILE (undamaged, an ESN Desk programme, not from a newer version), back up the current state (reason “before-restore”), then restore FILE into the programme.</source>
            <translation>Vérifie FICHIER (intact, un programme ESN Desk, pas d’une version plus récente), sauvegarde l’état actuel (motif « before-restore »), puis restaure FICHIER dans le programme.</translation>
        </message>
        <message>
            <source>write the demo programme to PATH and exit</source>
            <translation>écrire le programme de démonstration dans CHEMIN et quitter</translation>
        </message>
        <message>
            <source>import an HR spreadsheet (xlsx, xlsm, xls, ods, csv) into the directory</source>
            <translation>importer un tableur RH (xlsx, xlsm, xls, ods, csv) dans l’annuaire</translation>
        </message>
        <message>
            <source>Import an HR extract. Rows are matched on the employee ID (or the email when the file has no ID column); people are created or updated, never deleted.</source>
            <translation>Importe une extraction RH. Les lignes sont rapprochées par matricule (ou par e-mail si le fichier n’a pas de colonne de matricule) ; les personnes sont créées ou mises à jour, jamais supprimées.</translation>
        </message>
        <message>
            <source>sheet to read (default: the first visible sheet with a header row)</source>
            <translation>feuille à lire (par défaut : la première feuille visible qui a une ligne d’en-tête)</translation>
        </message>
        <message>
            <source>row holding the column names (default: detected)</source>
            <translation>ligne qui contient les noms de colonnes (par défaut : détectée)</translation>
        </message>
        <message>
            <source>the file lists every employee: active people absent from it are marked as left</source>
            <translation>le fichier liste tous les salariés : les personnes actives qui n’y figurent pas sont notées comme parties</translation>
        </message>
        <message>
            <source>read 03/01/2024 as 1 March (default: 3 January)</source>
            <translation>lire 03/01/2024 comme le 1er mars (par défaut : le 3 janvier)</translation>
        </message>
        <message>
            <source>import an existing ambassador roster (people must already be in the directory)</source>
            <translation>importer une liste d’ambassadeurs existante (les personnes doivent déjà être dans l’annuaire)</translation>
        </message>
        <message>
            <source>Import an ambassador roster: each row names a person of the directory (employee ID or email) with role, status, source, date, objective, notes. People not in the directory are rejected: import the HR extract first.</source>
            <translation>Importe une liste d’ambassadeurs : chaque ligne désigne une personne de l’annuaire (matricule ou e-mail) avec son rôle, son statut, sa source, sa date, son objectif et des notes. Les personnes absentes de l’annuaire sont rejetées : importez d’abord l’extraction RH.</translation>
        </message>
        <message>
            <source>import an ESN usage export (who published and who read during a period)</source>
            <translation>importer un export d’usage du RSE (qui a publié et qui a lu sur une période)</translation>
        </message>
        <message>
            <source>Import a usage export of the enterprise social network: one row per user with an email (or employee ID) and activity columns (posts, comments, reactions, views, last active date). A contributor wrote at least one post or comment in the period; a reader was active without writing.</source>
            <translation>Importe un export d’usage du réseau social d’entreprise : une ligne par utilisateur avec un e-mail (ou un matricule) et des colonnes d’activité (publications, commentaires, réactions, vues, date de dernière activité). Un contributeur a écrit au moins une publication ou un commentaire sur la période ; un lecteur a été actif sans écrire.</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-JJ</translation>
        </message>
        <message>
            <source>first day the export covers (default: 30 days before the end)</source>
            <translation>premier jour couvert par l’export (par défaut : 30 jours avant la fin)</translation>
        </message>
        <message>
            <source>last day the export covers (default: the latest “last active” date in the file, else today)</source>
            <translation>dernier jour couvert par l’export (par défaut : la date de dernière activité la plus récente du fichier, sinon aujourd’hui)</translation>
        </message>
        <message>
            <source>row holding the column names</source>
            <translation>ligne qui contient les noms de colonnes</translation>
        </message>
        <message>
            <source>read 03/01/2024 as 1 March</source>
            <translation>lire 03/01/2024 comme le 1er mars</translation>
        </message>
        <message>
            <source>one person's data: export it (access, portability) or erase it everywhere</source>
            <translation>les données d’une personne : les exporter (accès, portabilité) ou les effacer partout</translation>
        </message>
        <message>
            <source>ACTION</source>
            <translation>ACTION</translation>
        </message>
        <message>
            <source>remove a person from every table, overwriting the deleted data</source>
            <translation>retirer une personne de toutes les tables, en écrasant les données supprimées</translation>
        </message>
        <message>
            <source>Remove the person (email or employee ID) from the directory, the programme, kit, training and usage data, in one transaction, with the deleted content overwritten. Older backups still hold them until they rotate out (about 6 months at most), unless --purge-backups. Without --yes, shows what would be erased.</source>
            <translation>Retire la personne (e-mail ou matricule) de l’annuaire, du programme, du kit, des formations et des données d’usage, en une seule transaction, en écrasant le contenu supprimé. Les sauvegardes plus anciennes la contiennent encore jusqu’à leur rotation (6 mois environ au plus), sauf avec --purge-backups. Sans --yes, montre ce qui serait effacé.</translation>
        </message>
        <message>
            <source>EMAIL_OR_ID</source>
            <translation>E-MAIL_OU_MATRICULE</translation>
        </message>
        <message>
            <source>erase without asking</source>
            <translation>effacer sans demander de confirmation</translation>
        </message>
        <message>
            <source>also remove them from this programme's backups now: each backup holding them is rewritten without them (one of an older version is deleted)</source>
            <translation>la retirer aussi dès maintenant des sauvegardes de ce programme : chaque sauvegarde qui la contient est réécrite sans elle (celle d’une version antérieure est supprimée)</translation>
        </message>
        <message>
            <source>write everything held about a person to OUT/&lt;name&gt;.json and OUT/&lt;name&gt;.xlsx</source>
            <translation>écrire tout ce qui est conservé sur une personne dans SORTIE/&lt;nom&gt;.json et SORTIE/&lt;nom&gt;.xlsx</translation>
        </message>
        <message>
            <source>an existing folder</source>
            <translation>un dossier existant</translation>
        </message>
        <message>
            <source>contributors and readers per population (latest usage import) vs the tipping point</source>
            <translation>contributeurs et lecteurs par population (dernier import d’usage) face au point de bascule</translation>
        </message>
        <message>
            <source>print a JSON object</source>
            <translation>afficher un objet JSON</translation>
        </message>
        <message>
            <source>list programme members</source>
            <translation>lister les membres du programme</translation>
        </message>
        <message>
            <source>only this status</source>
            <translation>seulement ce statut</translation>
        </message>
        <message>
            <source>ambassadors per population against the programme's target</source>
            <translation>ambassadeurs par population face à l’objectif du programme</translation>
        </message>
        <message>
            <source>write an Excel workbook (people, roster, coverage, training, kit, steering-committee report)</source>
            <translation>écrire un classeur Excel (salariés, liste des ambassadeurs, couverture, formation, kit, rapport du comité de pilotage)</translation>
        </message>
        <message>
            <source>OUT.xlsx</source>
            <translation>SORTIE.xlsx</translation>
        </message>
        <message>
            <source>the workbook to write</source>
            <translation>le classeur à écrire</translation>
        </message>
        <message>
            <source>training sessions and webinars: list them, write their .ics invitations</source>
            <translation>sessions de formation et webinaires : les lister, écrire leurs invitations .ics</translation>
        </message>
        <message>
            <source>Training sessions and webinars of the programme.</source>
            <translation>Sessions de formation et webinaires du programme.</translation>
        </message>
        <message>
            <source>TRAINING_COMMAND</source>
            <translation>COMMANDE_FORMATION</translation>
        </message>
        <message>
            <source>list the sessions (start in the session's time zone, enrolment counts)</source>
            <translation>lister les sessions (début dans le fuseau horaire de la session, nombre d’inscriptions)</translation>
        </message>
        <message>
            <source>List every training session in time order, cancelled ones included.</source>
            <translation>Liste toutes les sessions de formation par ordre chronologique, y compris les sessions annulées.</translation>
        </message>
        <message>
            <source>print a JSON array: id, title, kind, format, start (ISO 8601 with offset), duration_minutes, enrolled (the invitees' emails), counts per status</source>
            <translation>afficher un tableau JSON : id, title, kind, format, start (ISO 8601 avec décalage horaire), duration_minutes, enrolled (les e-mails des invités), counts par statut</translation>
        </message>
        <message>
            <source>write a session's meeting request (.ics) for its invitees</source>
            <translation>écrire la demande de réunion (.ics) d’une session pour ses invités</translation>
        </message>
        <message>
            <source>Write OUT.ics: the session as a meeting request (METHOD:REQUEST) from the organiser of the programme settings to everyone invited or registered, or its cancellation (METHOD:CANCEL) for a cancelled session. Open it in Outlook, Thunderbird or Google Calendar.</source>
            <translation>Écrit SORTIE.ics : la session sous forme de demande de réunion (METHOD:REQUEST) envoyée par l’organisateur des paramètres du programme à toutes les personnes invitées ou inscrites, ou son annulation (METHOD:CANCEL) pour une session annulée. À ouvrir dans Outlook, Thunderbird ou Google Agenda.</translation>
        </message>
        <message>
            <source>SESSION</source>
            <translation>SESSION</translation>
        </message>
        <message>
            <source>the session's number (see training list)</source>
            <translation>le numéro de la session (voir training list)</translation>
        </message>
        <message>
            <source>OUT.ics</source>
            <translation>SORTIE.ics</translation>
        </message>
        <message>
            <source>record who attended a session from a Teams or Zoom attendance report</source>
            <translation>noter qui a assisté à une session d’après un rapport de présence Teams ou Zoom</translation>
        </message>
        <message>
            <source>Read REPORT (a Teams attendance report, English or French, or a Zoom participants report), match its participants with the directory by email then by name, and record as attended those present for at least the threshold's share of the session (the others as absent, with their minutes). Guests, note-taking bots and the organiser are listed, not recorded.</source>
            <translation>Lit RAPPORT (un rapport de présence Teams, en anglais ou en français, ou un rapport des participants Zoom), rapproche ses participants de l’annuaire par e-mail puis par nom, et note comme présents ceux qui ont assisté au moins à la part de la session fixée par le seuil (les autres comme absents, avec leurs minutes). Les invités externes, les robots de prise de notes et l’organisateur sont listés, pas enregistrés.</translation>
        </message>
        <message>
            <source>REPORT</source>
            <translation>RAPPORT</translation>
        </message>
        <message>
            <source>the .csv file Teams or Zoom downloads</source>
            <translation>le fichier .csv téléchargé depuis Teams ou Zoom</translation>
        </message>
        <message>
            <source>SHARE</source>
            <translation>PART</translation>
        </message>
        <message>
            <source>share of the session's duration someone must attend to count as attended (0.5)</source>
            <translation>part de la durée de la session à laquelle il faut avoir assisté pour être compté présent (0,5)</translation>
        </message>
        <message>
            <source>show the outcome without recording it</source>
            <translation>montrer le résultat sans l’enregistrer</translation>
        </message>
        <message>
            <source>print a JSON object: matched, attended, below_threshold (emails), unmatched, guests, bots, organizers (names), people (details)</source>
            <translation>afficher un objet JSON : matched, attended, below_threshold (e-mails), unmatched, guests, bots, organizers (noms), people (détails)</translation>
        </message>
        <message>
            <source>the visibility kit: signatures, stickers, name badges, directory badges</source>
            <translation>le kit de visibilité : signatures, autocollants, badges nominatifs, badges d’annuaire</translation>
        </message>
        <message>
            <source>Write the visibility kit of the ambassadors (default: the active ones).</source>
            <translation>Écrit le kit de visibilité des ambassadeurs (par défaut : les actifs).</translation>
        </message>
        <message>
            <source>KIT_COMMAND</source>
            <translation>COMMANDE_KIT</translation>
        </message>
        <message>
            <source>OUTDIR</source>
            <translation>DOSSIER_SORTIE</translation>
        </message>
        <message>
            <source>write an email signature per ambassador (.htm + .txt) and an index page</source>
            <translation>écrire une signature e-mail par ambassadeur (.htm + .txt) et une page d’index</translation>
        </message>
        <message>
            <source>Write OUTDIR/&lt;name&gt;.htm and &lt;name&gt;.txt for each active ambassador (for Outlook's Signatures folder, or to open and paste into Outlook on the web or Gmail), and OUTDIR/index.html listing them. Nothing is recorded as given: the app offers that.</source>
            <translation>Écrit DOSSIER_SORTIE/&lt;nom&gt;.htm et &lt;nom&gt;.txt pour chaque ambassadeur actif (pour le dossier Signatures d’Outlook, ou à ouvrir et coller dans Outlook sur le web ou Gmail), et DOSSIER_SORTIE/index.html qui les liste. Rien n’est noté comme remis : c’est l’application qui le propose.</translation>
        </message>
        <message>
            <source>signature template (default: “Ambassador line”)</source>
            <translation>modèle de signature (par défaut : « Ligne ambassadeur »)</translation>
        </message>
        <message>
            <source>write a round PNG per ambassador for their directory profile (photo or initials, ringed with the role and the ESN name)</source>
            <translation>écrire un PNG rond par ambassadeur pour son profil dans l’annuaire (photo ou initiales, entourées du rôle et du nom du RSE)</translation>
        </message>
        <message>
            <source>Write OUTDIR/&lt;name&gt; (&lt;employee ID or email&gt;).png for each ambassador: their photo from the photos folder (a file named after the employee ID or the email) or their initials, inside a ribbon saying the role and the ESN name. Default: active ambassadors.</source>
            <translation>Écrit DOSSIER_SORTIE/&lt;nom&gt; (&lt;matricule ou e-mail&gt;).png pour chaque ambassadeur : sa photo prise dans le dossier des photos (un fichier nommé d’après le matricule ou l’e-mail) ou ses initiales, dans un ruban qui indique le rôle et le nom du RSE. Par défaut : les ambassadeurs actifs.</translation>
        </message>
        <message>
            <source>only those not yet given their directory badge</source>
            <translation>seulement ceux qui n’ont pas encore reçu leur badge d’annuaire</translation>
        </message>
        <message>
            <source>photos folder (default: the one in the programme settings)</source>
            <translation>dossier des photos (par défaut : celui des paramètres du programme)</translation>
        </message>
        <message>
            <source>ribbon in each role's colour (default: the programme colour)</source>
            <translation>ruban à la couleur de chaque rôle (par défaut : la couleur du programme)</translation>
        </message>
        <message>
            <source>record the written badges as given today</source>
            <translation>noter les badges écrits comme remis aujourd’hui</translation>
        </message>
        <message>
            <source>ambassadors with this status (repeat for several; default: active)</source>
            <translation>ambassadeurs ayant ce statut (à répéter pour plusieurs statuts ; par défaut : active)</translation>
        </message>
        <message>
            <source>ROLE</source>
            <translation>RÔLE</translation>
        </message>
        <message>
            <source>only this role</source>
            <translation>seulement ce rôle</translation>
        </message>
        <message>
            <source>SITE</source>
            <translation>SITE</translation>
        </message>
        <message>
            <source>only this site</source>
            <translation>seulement ce site</translation>
        </message>
        <message>
            <source>write a PDF of printed name badges (label sheets such as L4785, 5395, or A4 card stock)</source>
            <translation>écrire un PDF de badges nominatifs à imprimer (planches d’étiquettes comme L4785, 5395, ou papier cartonné A4)</translation>
        </message>
        <message>
            <source>Write OUT.pdf: a name badge per ambassador (name, role in its colour, site, programme, QR code to the profile or a contact card) on the sheet's labels, at the paper's exact size. Print it at 100 % (“Actual size”), not “Fit to page”. Default: active ambassadors, the programme's badge sheet.</source>
            <translation>Écrit SORTIE.pdf : un badge nominatif par ambassadeur (nom, rôle dans sa couleur, site, programme, QR code vers le profil ou une fiche de contact) sur les étiquettes de la planche, au format exact du papier. Imprimez-le à 100 % (« Taille réelle »), pas « Ajuster à la page ». Par défaut : les ambassadeurs actifs, la planche de badges du programme.</translation>
        </message>
        <message>
            <source>write a PDF of laptop stickers (label sheets such as L7160, or round 5294)</source>
            <translation>écrire un PDF d’autocollants pour ordinateur portable (planches d’étiquettes comme L7160, ou rondes comme 5294)</translation>
        </message>
        <message>
            <source>Write OUT.pdf: laptop stickers (“Ask me about &lt;ESN&gt;”, …) on the sheet's labels, at the paper's exact size. Print it at 100 % (“Actual size”), not “Fit to page”. Default: 2 stickers per active ambassador, without names, on the programme's sticker sheet.</source>
            <translation>Écrit SORTIE.pdf : des autocollants pour ordinateur portable (« Parlez-moi de &lt;RSE&gt; », …) sur les étiquettes de la planche, au format exact du papier. Imprimez-le à 100 % (« Taille réelle »), pas « Ajuster à la page ». Par défaut : 2 autocollants par ambassadeur actif, sans nom, sur la planche d’autocollants du programme.</translation>
        </message>
        <message>
            <source>OUT.pdf</source>
            <translation>SORTIE.pdf</translation>
        </message>
        <message>
            <source>CODE</source>
            <translation>CODE</translation>
        </message>
        <message>
            <source>label sheet (default: from the settings)</source>
            <translation>planche d’étiquettes (par défaut : celle des paramètres)</translation>
        </message>
        <message>
            <source>first free label of a part-used sheet (1)</source>
            <translation>première étiquette libre d’une planche entamée (1)</translation>
        </message>
        <message>
            <source>only those not yet given this item</source>
            <translation>seulement ceux qui n’ont pas encore reçu cet élément</translation>
        </message>
        <message>
            <source>test print: outline every label</source>
            <translation>impression test : tracer le contour de chaque étiquette</translation>
        </message>
        <message>
            <source>record the printed items as given today</source>
            <translation>noter les éléments imprimés comme remis aujourd’hui</translation>
        </message>
        <message>
            <source>add photos from the photos folder</source>
            <translation>ajouter les photos du dossier des photos</translation>
        </message>
        <message>
            <source>leave out the QR code</source>
            <translation>ne pas mettre de QR code</translation>
        </message>
        <message>
            <source>the sticker's design (ask_me)</source>
            <translation>le modèle d’autocollant (ask_me)</translation>
        </message>
        <message>
            <source>print each ambassador's name</source>
            <translation>imprimer le nom de chaque ambassadeur</translation>
        </message>
        <message>
            <source>stickers per ambassador (2)</source>
            <translation>autocollants par ambassadeur (2)</translation>
        </message>
        <message>
            <source>a full sheet: one per ambassador with --names, else one sheet in all</source>
            <translation>une planche entière : une par ambassadeur avec --names, sinon une seule planche en tout</translation>
        </message>
        <message>
            <source>Restored {file}; the previous state is in {backup}</source>
            <translation>{file} restauré ; l’état précédent est dans {backup}</translation>
        </message>
        <message>
            <source>The demo needs at least 10 people.</source>
            <translation>La démonstration a besoin d’au moins 10 personnes.</translation>
        </message>
        <message>
            <source>Wrote the demo programme ({count} people) to {path}</source>
            <translation>Programme de démonstration ({count} personnes) écrit dans {path}</translation>
        </message>
        <message>
            <source>{file} is open in ESN Desk: reading it read-only.</source>
            <translation>{file} est ouvert dans ESN Desk : ouverture en lecture seule.</translation>
        </message>
        <message>
            <source>{option} must be a date written YYYY-MM-DD (got “{text}”).</source>
            <translation>{option} doit être une date écrite AAAA-MM-JJ (reçu : « {text} »).</translation>
        </message>
        <message>
            <source>Columns ignored: {columns}</source>
            <translation>Colonnes ignorées : {columns}</translation>
        </message>
        <message>
            <source>Rejected rows:</source>
            <translation>Lignes rejetées :</translation>
        </message>
        <message>
            <source>Warnings:</source>
            <translation>Avertissements :</translation>
        </message>
        <message>
            <source>… and {count} more (use --json for all of them)</source>
            <translation>… et {count} de plus (--json pour la liste complète)</translation>
        </message>
        <message>
            <source>Would import {file}, sheet “{sheet}”, header on row {row}: period {start} to {end}: {matched} people of the directory ({contributors} contributors, {readers} readers), {outside} not in the directory, {rejected} rejected.</source>
            <translation>Import simulé de {file} (feuille « {sheet} », en-tête en ligne {row}) — période du {start} au {end}, personnes de l’annuaire : {matched} (contributeurs : {contributors}, lecteurs : {readers}), hors annuaire : {outside}, lignes rejetées : {rejected}.</translation>
        </message>
        <message>
            <source>Imported {file}, sheet “{sheet}”, header on row {row}: period {start} to {end}: {matched} people of the directory ({contributors} contributors, {readers} readers), {outside} not in the directory, {rejected} rejected.</source>
            <translation>{file} importé (feuille « {sheet} », en-tête en ligne {row}) — période du {start} au {end}, personnes de l’annuaire : {matched} (contributeurs : {contributors}, lecteurs : {readers}), hors annuaire : {outside}, lignes rejetées : {rejected}.</translation>
        </message>
        <message>
            <source>Would import {file}, sheet “{sheet}”, header on row {row}: {created} added to the programme, {updated} updated, {unchanged} unchanged, {rejected} rejected.</source>
            <translation>Import simulé de {file} (feuille « {sheet} », en-tête en ligne {row}) — ajoutés au programme : {created}, mis à jour : {updated}, inchangés : {unchanged}, lignes rejetées : {rejected}.</translation>
        </message>
        <message>
            <source>Imported {file}, sheet “{sheet}”, header on row {row}: {created} added to the programme, {updated} updated, {unchanged} unchanged, {rejected} rejected.</source>
            <translation>{file} importé (feuille « {sheet} », en-tête en ligne {row}) — ajoutés au programme : {created}, mis à jour : {updated}, inchangés : {unchanged}, lignes rejetées : {rejected}.</translation>
        </message>
        <message>
            <source>Would import {file}, sheet “{sheet}”, header on row {row}: {created} created, {updated} updated, {unchanged} unchanged, {left} left, {rejected} rejected.</source>
            <translation>Import simulé de {file} (feuille « {sheet} », en-tête en ligne {row}) — créés : {created}, mis à jour : {updated}, inchangés : {unchanged}, partis : {left}, lignes rejetées : {rejected}.</translation>
        </message>
        <message>
            <source>Imported {file}, sheet “{sheet}”, header on row {row}: {created} created, {updated} updated, {unchanged} unchanged, {left} left, {rejected} rejected.</source>
            <translation>{file} importé (feuille « {sheet} », en-tête en ligne {row}) — créés : {created}, mis à jour : {updated}, inchangés : {unchanged}, partis : {left}, lignes rejetées : {rejected}.</translation>
        </message>
        <message>
            <source>row {row}</source>
            <translation>ligne {row}</translation>
        </message>
        <message>
            <source>{where} “{value}”: {message}</source>
            <translation>{where} « {value} » : {message}</translation>
        </message>
        <message>
            <source>{where}: {message}</source>
            <translation>{where} : {message}</translation>
        </message>
        <message>
            <source>“{value}”: {message}</source>
            <translation>« {value} » : {message}</translation>
        </message>
        <message>
            <source>No ambassador or candidate with status {status}.</source>
            <translation>Aucun ambassadeur ni candidat au statut « {status} ».</translation>
        </message>
        <message>
            <source>No ambassador or candidate yet.</source>
            <translation>Aucun ambassadeur ni candidat pour l’instant.</translation>
        </message>
        <message>
            <source>[left the company]</source>
            <translation>[a quitté l’entreprise]</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>Salariés</translation>
        </message>
        <message>
            <source>Ambassadors</source>
            <translation>Ambassadeurs</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Manquants</translation>
        </message>
        <message>
            <source>Contributors</source>
            <translation>Contributeurs</translation>
        </message>
        <message>
            <source>{percent}%</source>
            <translation>{percent} %</translation>
        </message>
        <message>
            <source>No usage data yet: import an ESN usage export with `esn-desk import-usage FILE`.</source>
            <translation>Pas encore de données d’usage : importez un export d’usage du RSE avec `esn-desk import-usage FICHIER`.</translation>
        </message>
        <message>
            <source>Period {start} to {end}: {contributors} contributors, {readers} readers (tipping point {tipping}).</source>
            <translation>Période du {start} au {end} : {contributors} de contributeurs, {readers} de lecteurs (point de bascule {tipping}).</translation>
        </message>
        <message>
            <source>Readers</source>
            <translation>Lecteurs</translation>
        </message>
        <message>
            <source>Tipping point</source>
            <translation>Point de bascule</translation>
        </message>
        <message>
            <source>reached</source>
            <translation>atteint</translation>
        </message>
        <message>
            <source>{n} more contributor</source>
            <translation>encore {n} contributeur</translation>
        </message>
        <message>
            <source>{n} more contributors</source>
            <translation>encore {n} contributeurs</translation>
        </message>
        <message>
            <source>No ambassador matches this selection: no badge was written.</source>
            <translation>Aucun ambassadeur ne correspond à cette sélection : aucun badge n’a été écrit.</translation>
        </message>
        <message>
            <source>The photos folder {folder} does not exist.</source>
            <translation>Le dossier des photos {folder} n’existe pas.</translation>
        </message>
        <message>
            <source>Wrote {n} directory badge ({photos} with a photo) to {folder}; recorded as given.</source>
            <translation>{n} badge d’annuaire ({photos} avec photo) écrit dans {folder} ; remise notée.</translation>
        </message>
        <message>
            <source>Wrote {n} directory badges ({photos} with a photo) to {folder}; recorded as given.</source>
            <translation>{n} badges d’annuaire ({photos} avec photo) écrits dans {folder} ; remise notée.</translation>
        </message>
        <message>
            <source>Wrote {n} directory badge ({photos} with a photo) to {folder}.</source>
            <translation>{n} badge d’annuaire ({photos} avec photo) écrit dans {folder}.</translation>
        </message>
        <message>
            <source>Wrote {n} directory badges ({photos} with a photo) to {folder}.</source>
            <translation>{n} badges d’annuaire ({photos} avec photo) écrits dans {folder}.</translation>
        </message>
        <message>
            <source>not written: {name}</source>
            <translation>non écrit : {name}</translation>
        </message>
        <message>
            <source>There is no active ambassador: no signature was written.</source>
            <translation>Il n’y a aucun ambassadeur actif : aucune signature n’a été écrite.</translation>
        </message>
        <message>
            <source>Wrote {n} signature (template “{template}”, .htm + .txt each) to {folder}; index: {index}</source>
            <translation>{n} signature (modèle « {template} », .htm + .txt) écrite dans {folder} ; index : {index}</translation>
        </message>
        <message>
            <source>Wrote {n} signatures (template “{template}”, .htm + .txt each) to {folder}; index: {index}</source>
            <translation>{n} signatures (modèle « {template} », .htm + .txt pour chacune) écrites dans {folder} ; index : {index}</translation>
        </message>
        <message>
            <source>warning: {problem}</source>
            <translation>attention : {problem}</translation>
        </message>
        <message>
            <source>--start must be between 1 and {last} on a {sheet} sheet (got {start}).</source>
            <translation>--start doit être compris entre 1 et {last} sur une planche {sheet} (reçu : {start}).</translation>
        </message>
        <message>
            <source>No ambassador matches this selection: no PDF was written.</source>
            <translation>Aucun ambassadeur ne correspond à cette sélection : aucun PDF n’a été écrit.</translation>
        </message>
        <message>
            <source>{programme} — name badges</source>
            <translation>{programme} — badges nominatifs</translation>
        </message>
        <message>
            <source>{programme} — stickers</source>
            <translation>{programme} — autocollants</translation>
        </message>
        <message>
            <source>{n} name badge</source>
            <translation>{n} badge nominatif</translation>
        </message>
        <message>
            <source>{n} name badges</source>
            <translation>{n} badges nominatifs</translation>
        </message>
        <message>
            <source>{n} sticker</source>
            <translation>{n} autocollant</translation>
        </message>
        <message>
            <source>{n} stickers</source>
            <translation>{n} autocollants</translation>
        </message>
        <message>
            <source>Wrote {items} for {people} on {sheets} (from label {start}) to {path}; recorded as given.</source>
            <translation>PDF écrit dans {path} : {items} pour {people} sur {sheets} (à partir de l’étiquette {start}) ; remise notée.</translation>
        </message>
        <message>
            <source>Wrote {items} for {people} on {sheets} (from label {start}) to {path}.</source>
            <translation>PDF écrit dans {path} : {items} pour {people} sur {sheets} (à partir de l’étiquette {start}).</translation>
        </message>
        <message>
            <source>{n} ambassador</source>
            <translation>{n} ambassadeur</translation>
        </message>
        <message>
            <source>{n} ambassadors</source>
            <translation>{n} ambassadeurs</translation>
        </message>
        <message>
            <source>{n} {sheet} sheet</source>
            <translation>{n} planche {sheet}</translation>
        </message>
        <message>
            <source>{n} {sheet} sheets</source>
            <translation>{n} planches {sheet}</translation>
        </message>
        <message>
            <source>Print at 100 % (not “Fit to page”).</source>
            <translation>Imprimez à 100 % (pas « Ajuster à la page »).</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>Le dossier {folder} n’existe pas.</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}</source>
            <translation>Impossible d’écrire {path} : {reason}</translation>
        </message>
        <message>
            <source>The export is an Excel workbook: give it the .xlsx extension (got “{name}”).</source>
            <translation>L’export est un classeur Excel : donnez-lui l’extension .xlsx (reçu : « {name} »).</translation>
        </message>
        <message>
            <source>Wrote {path} ({what}).</source>
            <translation>{path} écrit ({what}).</translation>
        </message>
        <message>
            <source>Wrote {json} and {xlsx}.</source>
            <translation>{json} et {xlsx} écrits.</translation>
        </message>
        <message>
            <source>Erasing {who} (person #{id}) would remove:</source>
            <translation>Effacer {who} (personne n° {id}) supprimerait :</translation>
        </message>
        <message>
            <source>{table}: {count}</source>
            <translation>{table} : {count}</translation>
        </message>
        <message>
            <source>nothing erased; run again with --yes to erase.</source>
            <translation>rien n’a été effacé ; relancez avec --yes pour effacer.</translation>
        </message>
        <message>
            <source>Backups:</source>
            <translation>Sauvegardes :</translation>
        </message>
        <message>
            <source>Unknown kit command “{command}”.</source>
            <translation>Commande de kit inconnue : « {command} ».</translation>
        </message>
        <message>
            <source>No training session yet.</source>
            <translation>Aucune session de formation pour l’instant.</translation>
        </message>
        <message>
            <source>+{count} waiting</source>
            <translation>+{count} en liste d’attente</translation>
        </message>
        <message>
            <source>[cancelled]</source>
            <translation>[annulée]</translation>
        </message>
        <message>
            <source>Wrote {path} (cancellation, METHOD:CANCEL, sequence {sequence}) for {n} invitee of “{title}”.</source>
            <translation>{path} écrit (annulation, METHOD:CANCEL, séquence {sequence}) pour {n} invité de « {title} ».</translation>
        </message>
        <message>
            <source>Wrote {path} (cancellation, METHOD:CANCEL, sequence {sequence}) for {n} invitees of “{title}”.</source>
            <translation>{path} écrit (annulation, METHOD:CANCEL, séquence {sequence}) pour les {n} invités de « {title} ».</translation>
        </message>
        <message>
            <source>Wrote {path} (meeting request, METHOD:REQUEST, sequence {sequence}) for {n} invitee of “{title}”.</source>
            <translation>{path} écrit (demande de réunion, METHOD:REQUEST, séquence {sequence}) pour {n} invité de « {title} ».</translation>
        </message>
        <message>
            <source>Wrote {path} (meeting request, METHOD:REQUEST, sequence {sequence}) for {n} invitees of “{title}”.</source>
            <translation>{path} écrit (demande de réunion, METHOD:REQUEST, séquence {sequence}) pour les {n} invités de « {title} ».</translation>
        </message>
        <message>
            <source>Would record {kind} {file} for “{title}”: {attended} attended (at least {minutes} min), {below} below the threshold, {unmatched} not found in the directory, {guests} guest(s), {bots} bot(s).</source>
            <translation>Simulation — présences d’après {file} ({kind}) pour « {title} » — présents : {attended} (au moins {minutes} min), sous le seuil : {below}, introuvables dans l’annuaire : {unmatched}, invités externes : {guests}, robots : {bots}.</translation>
        </message>
        <message>
            <source>Recorded {kind} {file} for “{title}”: {attended} attended (at least {minutes} min), {below} below the threshold, {unmatched} not found in the directory, {guests} guest(s), {bots} bot(s).</source>
            <translation>Présences enregistrées d’après {file} ({kind}) pour « {title} » — présents : {attended} (au moins {minutes} min), sous le seuil : {below}, introuvables dans l’annuaire : {unmatched}, invités externes : {guests}, robots : {bots}.</translation>
        </message>
        <message>
            <source>{name} ({minutes} min)</source>
            <translation>{name} ({minutes} min)</translation>
        </message>
        <message>
            <source>Below the threshold: {names}</source>
            <translation>Sous le seuil : {names}</translation>
        </message>
        <message>
            <source>Not found in the directory: {names}</source>
            <translation>Introuvables dans l’annuaire : {names}</translation>
        </message>
        <message>
            <source>Guests: {names}</source>
            <translation>Invités externes : {names}</translation>
        </message>
        <message>
            <source>Bots: {names}</source>
            <translation>Robots : {names}</translation>
        </message>
        <message>
            <source>Organiser: {names}</source>
            <translation>Organisateur : {names}</translation>
        </message>
        <message>
            <source>Unknown training command “{command}”.</source>
            <translation>Commande de formation inconnue : « {command} ».</translation>
        </message>
        <message>
            <source>Use either --demo or --db PATH, not both.</source>
            <translation>Utilisez soit --demo, soit --db CHEMIN, pas les deux.</translation>
        </message>
        <message>
            <source>unexpected error; the details are in {path}</source>
            <translation>erreur inattendue ; les détails sont dans {path}</translation>
        </message>
    </context>
    <context>
        <name>CommandLineParser</name>
        <message>
            <source>usage: </source>
            <translation>utilisation : </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>arguments positionnels </translation>
        </message>
        <message>
            <source>options</source>
            <translation>options </translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>afficher ce message d’aide et quitter</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argument %(argument_name)s : %(message)s</translation>
        </message>
        <message>
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>commande inconnue %(parser_name)r (choix possibles : %(choices)s)</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>arguments non reconnus : %s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>interdit avec l’argument %s</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>argument explicite ignoré : %r</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>les arguments suivants sont obligatoires : %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>l’un des arguments %s est obligatoire</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>une valeur est attendue</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>au plus une valeur est attendue</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>au moins une valeur est attendue</translation>
        </message>
        <message>
            <source>expected %s argument</source>
            <translation>%s valeur attendue</translation>
        </message>
        <message>
            <source>expected %s arguments</source>
            <translation>%s valeurs attendues</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>option ambiguë : %(option)s peut correspondre à %(matches)s</translation>
        </message>
        <message>
            <source>unexpected option string: %s</source>
            <translation>option inattendue : %s</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>%(value)r n’est pas un %(type)s valide</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>choix invalide : %(value)r (choisissez parmi %(choices)s)</translation>
        </message>
    </context>
    <context>
        <name>Coverage</name>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Site × department</source>
            <translation>Site × direction</translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>(non renseigné)</translation>
        </message>
    </context>
    <context>
        <name>CoverageChart</name>
        <message>
            <source>No active employee yet</source>
            <translation>Aucun salarié actif pour l’instant</translation>
        </message>
        <message>
            <source>Active ambassadors   ┃ target</source>
            <translation>Ambassadeurs actifs   ┃ objectif</translation>
        </message>
        <message>
            <source>✓ on target</source>
            <translation>✓ atteint</translation>
        </message>
        <message>
            <source>{n} to recruit</source>
            <translation>{n} à recruter</translation>
        </message>
        <message>
            <source>… and {n} more in the table</source>
            <translation>… et {n} de plus dans le tableau</translation>
        </message>
    </context>
    <context>
        <name>CoverageModel</name>
        <message>
            <source>Population</source>
            <translation>Population</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>Salariés</translation>
        </message>
        <message>
            <source>Ambassadors</source>
            <translation>Ambassadeurs</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <source>To recruit</source>
            <translation>À recruter</translation>
        </message>
        <message>
            <source>Per ambassador</source>
            <translation>Par ambassadeur</translation>
        </message>
        <message>
            <source>Contributors</source>
            <translation>Contributeurs</translation>
        </message>
        <message>
            <source>Readers</source>
            <translation>Lecteurs</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Évolution</translation>
        </message>
        <message>
            <source>Change of the contributors' share since the previous usage import, in points</source>
            <translation>Évolution de la part de contributeurs depuis l’import d’usage précédent, en points</translation>
        </message>
        <message>
            <source>Share of employees active in the latest usage period without publishing</source>
            <translation>Part des salariés actifs sur la dernière période d’usage sans avoir publié</translation>
        </message>
        <message>
            <source>No usage data yet: import an ESN usage export</source>
            <translation>Pas encore de données d’usage : importez un export d’usage du RSE</translation>
        </message>
        <message>
            <source>Share of employees who published in the latest usage period (tipping point {percent})</source>
            <translation>Part des salariés ayant publié sur la dernière période d’usage (point de bascule {percent})</translation>
        </message>
        <message>
            <source>nobody yet</source>
            <translation>aucun pour l’instant</translation>
        </message>
    </context>
    <context>
        <name>CoveragePage</name>
        <message>
            <source>By site</source>
            <translation>Par site</translation>
        </message>
        <message>
            <source>By department</source>
            <translation>Par direction</translation>
        </message>
        <message>
            <source>By country</source>
            <translation>Par pays</translation>
        </message>
        <message>
            <source>By site × department</source>
            <translation>Par site × direction</translation>
        </message>
        <message>
            <source>site</source>
            <translation>site</translation>
        </message>
        <message>
            <source>department</source>
            <translation>direction</translation>
        </message>
        <message>
            <source>country</source>
            <translation>pays</translation>
        </message>
        <message>
            <source>Group by</source>
            <translation>Regrouper par</translation>
        </message>
        <message>
            <source>Coverage per population</source>
            <translation>Couverture par population</translation>
        </message>
        <message>
            <source>1 per {n} employees</source>
            <translation>1 pour {n} salariés</translation>
        </message>
        <message>
            <source>no target set</source>
            <translation>aucun objectif défini</translation>
        </message>
        <message>
            <source>{n} active ambassador for {employees}: target {target} ({per}).</source>
            <translation>{n} ambassadeur actif pour {employees} : objectif {target} ({per}).</translation>
        </message>
        <message>
            <source>{n} active ambassadors for {employees}: target {target} ({per}).</source>
            <translation>{n} ambassadeurs actifs pour {employees} : objectif {target} ({per}).</translation>
        </message>
        <message>
            <source>{n} active employee</source>
            <translation>{n} salarié actif</translation>
        </message>
        <message>
            <source>{n} active employees</source>
            <translation>{n} salariés actifs</translation>
        </message>
        <message>
            <source>Counted within the programme's scope: {scope}.</source>
            <translation>Décompte limité au périmètre du programme : {scope}.</translation>
        </message>
        <message>
            <source>{names} and {n} more</source>
            <translation>{names} et {n} autres</translation>
        </message>
        <message>
            <source>Nobody is helping yet in: {names}.</source>
            <translation>Aucun ambassadeur pour l’instant dans : {names}.</translation>
        </message>
        <message>
            <source>Latest usage period ({start} – {end}): {contributors} of employees published, {readers} only read (tipping point {tipping}).</source>
            <translation>Dernière période d’usage ({start} – {end}) : {contributors} des salariés ont publié, {readers} ont seulement lu (point de bascule {tipping}).</translation>
        </message>
    </context>
    <context>
        <name>CrashHandler</name>
        <message>
            <source>{app} — unexpected error</source>
            <translation>{app} — erreur inattendue</translation>
        </message>
        <message>
            <source>Something went wrong, but your data is safe: every change you saw confirmed is already saved.</source>
            <translation>Un problème est survenu, mais vos données sont en sécurité : chaque modification confirmée à l’écran est déjà enregistrée.</translation>
        </message>
        <message>
            <source>The details were written to the log file:
{log}

You can keep working. If it happens again, send that file to support.</source>
            <translation>Le détail a été écrit dans le fichier journal :
{log}

Vous pouvez continuer à travailler. Si cela se reproduit, envoyez ce fichier au support.</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Applied / nominated</source>
            <translation>Candidats / proposés</translation>
        </message>
        <message>
            <source>HR-validated</source>
            <translation>Validés RH</translation>
        </message>
        <message>
            <source>Manager-confirmed</source>
            <translation>Confirmés par le manager</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actifs</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pause</translation>
        </message>
        <message>
            <source>{n} applied</source>
            <translation>candidats : {n}</translation>
        </message>
        <message>
            <source>{n} nominated</source>
            <translation>proposés : {n}</translation>
        </message>
        <message>
            <source>{n} HR-validated</source>
            <translation>validés RH : {n}</translation>
        </message>
        <message>
            <source>{n} manager-confirmed</source>
            <translation>confirmés par le manager : {n}</translation>
        </message>
        <message>
            <source>active ambassadors</source>
            <translation>ambassadeurs actifs</translation>
        </message>
        <message>
            <source>waiting for approval</source>
            <translation>en attente de validation</translation>
        </message>
        <message>
            <source>sites where nobody helps yet</source>
            <translation>sites encore sans ambassadeur</translation>
        </message>
        <message>
            <source>of employees publish</source>
            <translation>des salariés publient</translation>
        </message>
        <message>
            <source>ambassadors who left the company</source>
            <translation>ambassadeurs ayant quitté l’entreprise</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>À traiter</translation>
        </message>
        <message>
            <source>PIPELINE</source>
            <translation>ENTONNOIR DES CANDIDATURES</translation>
        </message>
        <message>
            <source>ADOPTION OVER TIME (USAGE IMPORTS)</source>
            <translation>ADOPTION DANS LE TEMPS (IMPORTS D’USAGE)</translation>
        </message>
        <message>
            <source>COVERAGE BY SITE AGAINST THE TARGET</source>
            <translation>COUVERTURE PAR SITE AU REGARD DE L’OBJECTIF</translation>
        </message>
        <message>
            <source>ADOPTION BY SITE AGAINST THE TIPPING POINT</source>
            <translation>ADOPTION PAR SITE AU REGARD DU POINT DE BASCULE</translation>
        </message>
        <message>
            <source>Upcoming training</source>
            <translation>Prochaines formations</translation>
        </message>
        <message>
            <source>NEEDS ATTENTION</source>
            <translation>À TRAITER</translation>
        </message>
        <message>
            <source>UPCOMING TRAINING</source>
            <translation>PROCHAINES FORMATIONS</translation>
        </message>
        <message>
            <source>{percent} of the target</source>
            <translation>{percent} de l’objectif</translation>
        </message>
        <message>
            <source>target: 1 per {n} active employees</source>
            <translation>objectif : 1 pour {n} salariés actifs</translation>
        </message>
        <message>
            <source>{n} more site below target.</source>
            <translation>{n} autre site sous l’objectif.</translation>
        </message>
        <message>
            <source>{n} more sites below target.</source>
            <translation>{n} autres sites sous l’objectif.</translation>
        </message>
        <message>
            <source>flagged on the roster</source>
            <translation>signalés dans la liste des ambassadeurs</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>tipping point {percent}</source>
            <translation>point de bascule {percent}</translation>
        </message>
        <message>
            <source>{reached} of {sites} sites reached</source>
            <translation>{reached} sites sur {sites} l’ont atteint</translation>
        </message>
        <message>
            <source>{change} since the previous import</source>
            <translation>{change} depuis l’import précédent</translation>
        </message>
        <message>
            <source>no usage data yet: File → Import ESN usage export…</source>
            <translation>pas encore de données d’usage : Fichier → Importer un export d’usage du RSE…</translation>
        </message>
        <message>
            <source>{population}: {ambassadors} of {target} ambassadors — {missing} to recruit</source>
            <translation>{population} : {ambassadors} sur {target} ambassadeurs — {missing} à recruter</translation>
        </message>
        <message>
            <source>{population}: {share} publish — {n} more contributor to reach the tipping point</source>
            <translation>{population} : {share} publient — encore {n} contributeur pour atteindre le point de bascule</translation>
        </message>
        <message>
            <source>{population}: {share} publish — {n} more contributors to reach the tipping point</source>
            <translation>{population} : {share} publient — encore {n} contributeurs pour atteindre le point de bascule</translation>
        </message>
        <message>
            <source>{name}: {detail}</source>
            <translation>{name} : {detail}</translation>
        </message>
        <message>
            <source>{n} active ambassador still needs training ({kinds})</source>
            <translation>{n} ambassadeur actif doit encore être formé ({kinds})</translation>
        </message>
        <message>
            <source>{n} active ambassadors still need training ({kinds})</source>
            <translation>{n} ambassadeurs actifs doivent encore être formés ({kinds})</translation>
        </message>
        <message>
            <source>Nothing needs your attention.</source>
            <translation>Rien à traiter.</translation>
        </message>
        <message>
            <source>{n} person invited</source>
            <translation>{n} personne invitée</translation>
        </message>
        <message>
            <source>{n} people invited</source>
            <translation>{n} personnes invitées</translation>
        </message>
        <message>
            <source>No session planned: plan one on the Training page.</source>
            <translation>Aucune session prévue : planifiez-en une sur la page Formation.</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>This programme has been closed.</source>
            <translation>Ce programme a été fermé.</translation>
        </message>
        <message>
            <source>{file} is open read-only in this window: nothing can be changed here. Close it in the window that has it open, then reopen it.</source>
            <translation>{file} est ouvert en lecture seule dans cette fenêtre : rien ne peut y être modifié. Fermez-le dans la fenêtre qui l’a ouvert, puis rouvrez-le.</translation>
        </message>
        <message>
            <source>This programme</source>
            <translation>Ce programme</translation>
        </message>
        <message>
            <source>{path} is a folder, not an ESN Desk programme file.</source>
            <translation>{path} est un dossier, pas un fichier de programme ESN Desk.</translation>
        </message>
        <message>
            <source>Cannot read {path}: {problem}.</source>
            <translation>Impossible de lire {path} : {problem}.</translation>
        </message>
        <message>
            <source>{file} is not an ESN Desk programme file (it is not a database). Choose a .esndesk file, or create a new programme with File → New programme.</source>
            <translation>{file} n’est pas un fichier de programme ESN Desk (ce n’est pas une base de données). Choisissez un fichier .esndesk, ou créez un nouveau programme avec Fichier → Nouveau programme.</translation>
        </message>
    </context>
    <context>
        <name>DesktopApp</name>
        <message>
            <source>Ambassador programme</source>
            <translation>Programme d’ambassadeurs</translation>
        </message>
        <message>
            <source>Programme already open</source>
            <translation>Programme déjà ouvert</translation>
        </message>
        <message>
            <source>Open read-only</source>
            <translation>Ouvrir en lecture seule</translation>
        </message>
        <message>
            <source>Cannot open this programme</source>
            <translation>Impossible d’ouvrir ce programme</translation>
        </message>
        <message>
            <source>The latest good backup of {file} was taken {when}. Put it in the programme's place? The damaged file is kept beside it, renamed “{damaged}”: nothing is deleted.</source>
            <translation>La dernière sauvegarde intacte de {file} a été prise {when}. La mettre à la place du programme ? Le fichier endommagé est conservé à côté, renommé « {damaged} » : rien n’est supprimé.</translation>
        </message>
        <message>
            <source>Use the backup</source>
            <translation>Utiliser la sauvegarde</translation>
        </message>
        <message>
            <source>Cannot use the backup</source>
            <translation>Impossible d’utiliser la sauvegarde</translation>
        </message>
        <message>
            <source>Backup in place</source>
            <translation>Sauvegarde en place</translation>
        </message>
        <message>
            <source>{file} now holds the backup taken {when}. The damaged file is kept as {aside}.</source>
            <translation>{file} contient désormais la sauvegarde prise {when}. Le fichier endommagé est conservé sous le nom {aside}.</translation>
        </message>
        <message>
            <source>Cannot write the screenshot {path}.</source>
            <translation>Impossible d’écrire la capture d’écran {path}.</translation>
        </message>
    </context>
    <context>
        <name>DirectoryBadge</name>
        <message>
            <source>AMBASSADOR</source>
            <translation>AMBASSADEUR</translation>
        </message>
        <message>
            <source>The folder {folder} cannot be created: {reason}.</source>
            <translation>Le dossier {folder} ne peut pas être créé : {reason}.</translation>
        </message>
        <message>
            <source>{path} is not a folder.</source>
            <translation>{path} n’est pas un dossier.</translation>
        </message>
        <message>
            <source>No badge could be written in {folder}: check that you may write there.</source>
            <translation>Aucun badge n’a pu être écrit dans {folder} : vérifiez que vous pouvez y écrire.</translation>
        </message>
    </context>
    <context>
        <name>DirectoryBadgePanel</name>
        <message>
            <source>Badge preview</source>
            <translation>Aperçu du badge</translation>
        </message>
        <message>
            <source>Preview the badge of</source>
            <translation>Prévisualiser le badge de</translation>
        </message>
        <message>
            <source>Ribbon in each role's colour</source>
            <translation>Bandeau à la couleur de chaque rôle</translation>
        </message>
        <message>
            <source>Otherwise the ribbon is in the programme colour (Programme settings)</source>
            <translation>Sinon, le bandeau est à la couleur du programme (paramètres du programme)</translation>
        </message>
        <message>
            <source>Choose photos folder…</source>
            <translation>Choisir le dossier des photos…</translation>
        </message>
        <message>
            <source>The folder holding the photos, each file named after the employee ID or the email address (E1234.jpg, anne.martin@example.com.png)</source>
            <translation>Le dossier des photos, chaque fichier portant le matricule ou l’adresse e-mail de la personne (E1234.jpg, anne.martin@example.com.png)</translation>
        </message>
        <message>
            <source>Export all…</source>
            <translation>Tout exporter…</translation>
        </message>
        <message>
            <source>Write one PNG per ambassador ({size} × {size} px, transparent around the circle) into a folder</source>
            <translation>Écrire un PNG par ambassadeur ({size} × {size} px, transparent autour du cercle) dans un dossier</translation>
        </message>
        <message>
            <source>PREVIEW</source>
            <translation>APERÇU</translation>
        </message>
        <message>
            <source>PHOTOS</source>
            <translation>PHOTOS</translation>
        </message>
        <message>
            <source>EXPORT</source>
            <translation>EXPORT</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(sans nom)</translation>
        </message>
        <message>
            <source>No photos folder chosen: badges show initials.</source>
            <translation>Aucun dossier de photos choisi : les badges affichent les initiales.</translation>
        </message>
        <message>
            <source>{folder}
(not found: badges show initials)</source>
            <translation>{folder}
(introuvable : les badges affichent les initiales)</translation>
        </message>
        <message>
            <source>{n} photo in the folder</source>
            <translation>{n} photo dans le dossier</translation>
        </message>
        <message>
            <source>{n} photos in the folder</source>
            <translation>{n} photos dans le dossier</translation>
        </message>
        <message>
            <source>{found} of the {n} ambassador found by employee ID or email.</source>
            <translation>{found} sur {n} ambassadeur trouvé par matricule ou e-mail.</translation>
        </message>
        <message>
            <source>{found} of the {n} ambassadors found by employee ID or email.</source>
            <translation>{found} sur {n} ambassadeurs trouvés par matricule ou e-mail.</translation>
        </message>
        <message>
            <source>{photos}; {found}</source>
            <translation>{photos} ; {found}</translation>
        </message>
        <message>
            <source>Files named after the employee ID or the email, .jpg or .png.</source>
            <translation>Fichiers nommés d’après le matricule ou l’e-mail, en .jpg ou .png.</translation>
        </message>
        <message>
            <source>{n} badge to export, {size} × {size} px PNG.</source>
            <translation>{n} badge à exporter, PNG de {size} × {size} px.</translation>
        </message>
        <message>
            <source>{n} badges to export, {size} × {size} px PNG.</source>
            <translation>{n} badges à exporter, PNG de {size} × {size} px.</translation>
        </message>
        <message>
            <source>No ambassador selected.</source>
            <translation>Aucun ambassadeur sélectionné.</translation>
        </message>
        <message>
            <source>Photo: {file}</source>
            <translation>Photo : {file}</translation>
        </message>
        <message>
            <source>No photo found: initials instead.</source>
            <translation>Aucune photo trouvée : initiales à la place.</translation>
        </message>
        <message>
            <source>Photos folder</source>
            <translation>Dossier des photos</translation>
        </message>
        <message>
            <source>Photos folder not saved</source>
            <translation>Dossier des photos non enregistré</translation>
        </message>
        <message>
            <source>Export the directory badges to</source>
            <translation>Exporter les badges d’annuaire dans</translation>
        </message>
        <message>
            <source>Writing the directory badges…</source>
            <translation>Écriture des badges d’annuaire…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Directory badges</source>
            <translation>Badges d’annuaire</translation>
        </message>
        <message>
            <source>Writing the directory badges… {done} of {total}: {name}</source>
            <translation>Écriture des badges d’annuaire… {done} sur {total} : {name}</translation>
        </message>
        <message>
            <source>Not written ({count}): {names}</source>
            <translation>Non écrits ({count}) : {names}</translation>
        </message>
        <message>
            <source>{n} badge written to {folder} before you cancelled.</source>
            <translation>{n} badge écrit dans {folder} avant l’annulation.</translation>
        </message>
        <message>
            <source>{n} badges written to {folder} before you cancelled.</source>
            <translation>{n} badges écrits dans {folder} avant l’annulation.</translation>
        </message>
        <message>
            <source>Export cancelled</source>
            <translation>Export annulé</translation>
        </message>
        <message>
            <source>Nothing written</source>
            <translation>Rien n’a été écrit</translation>
        </message>
        <message>
            <source>No badge could be written.</source>
            <translation>Aucun badge n’a pu être écrit.</translation>
        </message>
        <message>
            <source>{n} badge written to {folder} ({photos} with a photo).</source>
            <translation>{n} badge écrit dans {folder} ({photos} avec photo).</translation>
        </message>
        <message>
            <source>{n} badges written to {folder} ({photos} with a photo).</source>
            <translation>{n} badges écrits dans {folder} ({photos} avec photo).</translation>
        </message>
        <message>
            <source>Mark the {n} directory badge as given?</source>
            <translation>Noter la remise de {n} badge d’annuaire ?</translation>
        </message>
        <message>
            <source>Mark the {n} directory badges as given?</source>
            <translation>Noter la remise des {n} badges d’annuaire ?</translation>
        </message>
        <message>
            <source>Directory badges written</source>
            <translation>Badges d’annuaire écrits</translation>
        </message>
        <message>
            <source>Cannot record this</source>
            <translation>Impossible d’enregistrer</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Échec de l’export</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>Erreur inattendue</translation>
        </message>
        <message>
            <source>The badges could not all be written ({error}). The details are in the log file.</source>
            <translation>Les badges n’ont pas tous pu être écrits ({error}). Le détail figure dans le fichier journal.</translation>
        </message>
    </context>
    <context>
        <name>DirectoryPage</name>
        <message>
            <source>Search name, email, employee ID, job title, department or site…</source>
            <translation>Rechercher un nom, un e-mail, un matricule, un poste, une direction ou un site…</translation>
        </message>
        <message>
            <source>Search the directory</source>
            <translation>Rechercher dans l’annuaire</translation>
        </message>
        <message>
            <source>All sites</source>
            <translation>Tous les sites</translation>
        </message>
        <message>
            <source>Filter by site</source>
            <translation>Filtrer par site</translation>
        </message>
        <message>
            <source>All departments</source>
            <translation>Toutes directions</translation>
        </message>
        <message>
            <source>Filter by department</source>
            <translation>Filtrer par direction</translation>
        </message>
        <message>
            <source>All countries</source>
            <translation>Tous les pays</translation>
        </message>
        <message>
            <source>Filter by country</source>
            <translation>Filtrer par pays</translation>
        </message>
        <message>
            <source>Filter by status</source>
            <translation>Filtrer par statut</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Tout le monde</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>En poste</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Partis</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <source>Clear the search and every filter</source>
            <translation>Vider la recherche et retirer tous les filtres</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <source>No one matches</source>
            <translation>Aucun résultat</translation>
        </message>
        <message>
            <source>Try fewer letters, another spelling, or clear the filters.</source>
            <translation>Essayez avec moins de lettres, une autre orthographe, ou retirez les filtres.</translation>
        </message>
        <message>
            <source>Clear search and filters</source>
            <translation>Effacer la recherche et les filtres</translation>
        </message>
        <message>
            <source>No one in the directory yet</source>
            <translation>L’annuaire est encore vide</translation>
        </message>
        <message>
            <source>The directory is filled from your HR spreadsheet: every employee, with their site, department and manager. Import it now (you can also drop the file on this window), or open the demo programme to look around first.</source>
            <translation>L’annuaire se remplit à partir de votre fichier RH : chaque salarié, avec son site, sa direction et son manager. Importez-le maintenant (vous pouvez aussi déposer le fichier sur cette fenêtre) ou ouvrez le programme de démonstration pour découvrir l’application.</translation>
        </message>
        <message>
            <source>Import HR spreadsheet…</source>
            <translation>Importer le fichier RH…</translation>
        </message>
        <message>
            <source>Open the demo programme</source>
            <translation>Ouvrir le programme de démonstration</translation>
        </message>
        <message>
            <source>Add to the programme…</source>
            <translation>Ajouter au programme…</translation>
        </message>
        <message>
            <source>Export this person's data…</source>
            <translation>Exporter les données de cette personne…</translation>
        </message>
        <message>
            <source>Erase this person…</source>
            <translation>Effacer cette personne…</translation>
        </message>
        <message>
            <source>{matching} of {total}</source>
            <translation>{matching} sur {total}</translation>
        </message>
        <message>
            <source>Add {who} to the programme</source>
            <translation>Ajouter {who} au programme</translation>
        </message>
        <message>
            <source>{n} person was added. Not added:</source>
            <translation>{n} personne ajoutée. Non ajoutées :</translation>
        </message>
        <message>
            <source>{n} people were added. Not added:</source>
            <translation>{n} personnes ajoutées. Non ajoutées :</translation>
        </message>
        <message>
            <source>Added to the programme</source>
            <translation>Ajout au programme</translation>
        </message>
        <message>
            <source>person</source>
            <translation>personne</translation>
        </message>
        <message>
            <source>people</source>
            <translation>personnes</translation>
        </message>
    </context>
    <context>
        <name>DropImportDialog</name>
        <message>
            <source>HR extract (the people of the directory)</source>
            <translation>Extraction RH (les personnes de l’annuaire)</translation>
        </message>
        <message>
            <source>Ambassador roster</source>
            <translation>Liste des ambassadeurs</translation>
        </message>
        <message>
            <source>ESN usage export</source>
            <translation>Export d’usage du RSE</translation>
        </message>
        <message>
            <source>Attendance report of a training session</source>
            <translation>Rapport de présence d’une session de formation</translation>
        </message>
        <message>
            <source>Import a file</source>
            <translation>Importer un fichier</translation>
        </message>
        <message>
            <source>“{file}” looks like {kind} (columns {columns}).</source>
            <translation>« {file} » ressemble à {kind} (colonnes {columns}).</translation>
        </message>
        <message>
            <source>“{file}” looks like {kind}.</source>
            <translation>« {file} » ressemble à {kind}.</translation>
        </message>
        <message>
            <source>Import it as:</source>
            <translation>L’importer comme :</translation>
        </message>
        <message>
            <source>Training session</source>
            <translation>Session de formation</translation>
        </message>
        <message>
            <source>Create the training session first, on the Training page.</source>
            <translation>Créez d’abord la session sur la page Formation.</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importer…</translation>
        </message>
    </context>
    <context>
        <name>DueCard</name>
        <message>
            <source>Review and delete…</source>
            <translation>Vérifier et supprimer…</translation>
        </message>
        <message>
            <source>DUE FOR DELETION</source>
            <translation>À SUPPRIMER</translation>
        </message>
    </context>
    <context>
        <name>DueForDeletionDialog</name>
        <message>
            <source>Due for deletion</source>
            <translation>À supprimer</translation>
        </message>
        <message>
            <source>Deleting erases each of them from every table, as “Erase this person…” in the Directory does. The retention period is set in Programme settings.</source>
            <translation>La suppression efface chacune de ces personnes de toutes les tables, comme « Effacer cette personne… » dans l’Annuaire. La durée de conservation se règle dans les paramètres du programme.</translation>
        </message>
        <message>
            <source>People due for deletion</source>
            <translation>Personnes à supprimer</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Left on</source>
            <translation>Date de départ</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(sans nom)</translation>
        </message>
        <message>
            <source>A backup of the programme is taken first. This cannot be undone.</source>
            <translation>Une sauvegarde du programme est faite d’abord. Cette action est irréversible.</translation>
        </message>
        <message>
            <source>This cannot be undone.</source>
            <translation>Cette action est irréversible.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Delete all {count}</source>
            <translation>Tout supprimer ({count})</translation>
        </message>
    </context>
    <context>
        <name>EnrolmentModel</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>From the {tool} attendance report</source>
            <translation>D’après le rapport de présence {tool}</translation>
        </message>
    </context>
    <context>
        <name>EraseDialog</name>
        <message>
            <source>Taking a backup, then erasing {who}…</source>
            <translation>Sauvegarde, puis effacement de {who}…</translation>
        </message>
        <message>
            <source>Erasing {who}…</source>
            <translation>Effacement de {who}…</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <source>Cannot erase</source>
            <translation>Effacement impossible</translation>
        </message>
        <message>
            <source>{title}: {error}</source>
            <translation>{title} : {error}</translation>
        </message>
        <message>
            <source>{name} was erased</source>
            <translation>{name} : données effacées</translation>
        </message>
        <message>
            <source>{n} person was erased</source>
            <translation>{n} personne effacée</translation>
        </message>
        <message>
            <source>{n} people were erased</source>
            <translation>{n} personnes effacées</translation>
        </message>
        <message>
            <source>these {people}</source>
            <translation>ces {people}</translation>
        </message>
        <message>
            <source>Removed: {items}.</source>
            <translation>Éléments supprimés : {items}.</translation>
        </message>
        <message>
            <source>Nothing else held them.</source>
            <translation>Rien d’autre ne les concernait.</translation>
        </message>
        <message>
            <source>mention</source>
            <translation>mention</translation>
        </message>
        <message>
            <source>mentions</source>
            <translation>mentions</translation>
        </message>
        <message>
            <source>Cleared {mentions} of them in other records (a manager, a change history, an import's column names).</source>
            <translation>Effacé aussi : {mentions} dans d’autres enregistrements (un manager, un historique de modifications, les noms de colonnes d’un import).</translation>
        </message>
        <message>
            <source>The undo copy of the latest import held them too: it was deleted.</source>
            <translation>La copie d’annulation du dernier import contenait aussi ces données : elle a été supprimée.</translation>
        </message>
        <message>
            <source>The database log could not be emptied now (the programme is in use); it will be.</source>
            <translation>Le journal de la base de données n’a pas pu être vidé tout de suite (le programme est en cours d’utilisation) ; il le sera plus tard.</translation>
        </message>
        <message>
            <source>OLDER BACKUPS</source>
            <translation>SAUVEGARDES ANTÉRIEURES</translation>
        </message>
        <message>
            <source>This includes the backup taken just before the erase.</source>
            <translation>Y compris la sauvegarde faite juste avant l’effacement.</translation>
        </message>
        <message>
            <source>There are no backups of this programme: nothing else holds them.</source>
            <translation>Ce programme n’a pas de sauvegarde : aucune autre copie ne contient ces données.</translation>
        </message>
        <message>
            <source>Keep them until they rotate out</source>
            <translation>Les laisser expirer</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Purge older backups now</source>
            <translation>Purger les sauvegardes antérieures</translation>
        </message>
        <message>
            <source>Purging the older backups…</source>
            <translation>Purge des sauvegardes antérieures…</translation>
        </message>
        <message>
            <source>Purge backups</source>
            <translation>Purge des sauvegardes</translation>
        </message>
        <message>
            <source>Cannot purge the backups</source>
            <translation>Impossible de purger les sauvegardes</translation>
        </message>
        <message>
            <source>Purging the older backups… {done} of {total}</source>
            <translation>Purge des sauvegardes antérieures… {done} sur {total}</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Arrêter</translation>
        </message>
        <message>
            <source>person #{id}</source>
            <translation>personne n° {id}</translation>
        </message>
        <message>
            <source>Erase {name}</source>
            <translation>Effacer {name}</translation>
        </message>
        <message>
            <source>Erase {name}?</source>
            <translation>Effacer {name} ?</translation>
        </message>
        <message>
            <source>{name} will be removed from the directory, the programme, the kit, training and usage data, and mentions of them in other records are cleared. The deleted data is overwritten: it cannot be recovered from this file.</source>
            <translation>Les données de {name} seront retirées de l’annuaire, du programme, du kit, de la formation et des données d’usage, et les mentions de cette personne dans d’autres enregistrements seront effacées. Les données supprimées sont écrasées : elles ne pourront pas être récupérées depuis ce fichier.</translation>
        </message>
        <message>
            <source>WHAT WILL BE REMOVED</source>
            <translation>CE QUI SERA SUPPRIMÉ</translation>
        </message>
        <message>
            <source>A backup of the programme is taken first.</source>
            <translation>Une sauvegarde du programme est faite d’abord.</translation>
        </message>
        <message>
            <source>No backup is taken first (this programme is not backed up).</source>
            <translation>Aucune sauvegarde n’est faite avant (ce programme n’est pas sauvegardé).</translation>
        </message>
        <message>
            <source>I understand this cannot be undone</source>
            <translation>Je comprends que cette action est irréversible</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>Exports</name>
        <message>
            <source>people</source>
            <translation>personnes</translation>
        </message>
        <message>
            <source>roster</source>
            <translation>ambassadeurs</translation>
        </message>
        <message>
            <source>coverage</source>
            <translation>couverture</translation>
        </message>
        <message>
            <source>training</source>
            <translation>formation</translation>
        </message>
        <message>
            <source>kit</source>
            <translation>kit</translation>
        </message>
        <message>
            <source>report</source>
            <translation>rapport</translation>
        </message>
        <message>
            <source>Jan</source>
            <translation>janv.</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>févr.</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>mars</translation>
        </message>
        <message>
            <source>Apr</source>
            <translation>avr.</translation>
        </message>
        <message>
            <source>May</source>
            <translation>mai</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>juin</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>juil.</translation>
        </message>
        <message>
            <source>Aug</source>
            <translation>août</translation>
        </message>
        <message>
            <source>Sep</source>
            <translation>sept.</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>oct.</translation>
        </message>
        <message>
            <source>Nov</source>
            <translation>nov.</translation>
        </message>
        <message>
            <source>Dec</source>
            <translation>déc.</translation>
        </message>
        <message>
            <source>January</source>
            <translation>janvier</translation>
        </message>
        <message>
            <source>February</source>
            <translation>février</translation>
        </message>
        <message>
            <source>March</source>
            <translation>mars</translation>
        </message>
        <message>
            <source>April</source>
            <translation>avril</translation>
        </message>
        <message>
            <source>June</source>
            <translation>juin</translation>
        </message>
        <message>
            <source>July</source>
            <translation>juillet</translation>
        </message>
        <message>
            <source>August</source>
            <translation>août</translation>
        </message>
        <message>
            <source>September</source>
            <translation>septembre</translation>
        </message>
        <message>
            <source>October</source>
            <translation>octobre</translation>
        </message>
        <message>
            <source>November</source>
            <translation>novembre</translation>
        </message>
        <message>
            <source>December</source>
            <translation>décembre</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>{percent}%</source>
            <translation>{percent} %</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>du {start} au {end}</translation>
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <translation>{day} {month} {year}</translation>
        </message>
        <message>
            <source>{month} {year}</source>
            <translation>{month} {year}</translation>
        </message>
        <message>
            <source>About</source>
            <translation>À propos</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Exported on</source>
            <translation>Exporté le</translation>
        </message>
        <message>
            <source>Programme file</source>
            <translation>Fichier du programme</translation>
        </message>
        <message>
            <source>(in memory)</source>
            <translation>(en mémoire)</translation>
        </message>
        <message>
            <source>Written by</source>
            <translation>Généré par</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>Le dossier {folder} n’existe pas.</translation>
        </message>
        <message>
            <source>Cannot write {path}: {error}</source>
            <translation>Impossible d’écrire {path} : {error}</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom complet</translation>
        </message>
        <message>
            <source>Employee ID</source>
            <translation>Matricule</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Poste</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Manager email</source>
            <translation>E-mail du manager</translation>
        </message>
        <message>
            <source>Hire date</source>
            <translation>Date d’embauche</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Left on</source>
            <translation>Date de départ</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>En poste</translation>
        </message>
        <message>
            <source>Left the company</source>
            <translation>A quitté l’entreprise</translation>
        </message>
        <message>
            <source>active</source>
            <translation>en poste</translation>
        </message>
        <message>
            <source>left</source>
            <translation>parti</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Recherche</translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>(non renseigné)</translation>
        </message>
        <message>
            <source>{column}, descending</source>
            <translation>{column}, décroissant</translation>
        </message>
        <message>
            <source>{column}, ascending</source>
            <translation>{column}, croissant</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Filtres</translation>
        </message>
        <message>
            <source>none: the whole directory</source>
            <translation>aucun : tout l’annuaire</translation>
        </message>
        <message>
            <source>see below</source>
            <translation>voir ci-dessous</translation>
        </message>
        <message>
            <source>Sorted by</source>
            <translation>Trié par</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Applied on</source>
            <translation>Date de candidature</translation>
        </message>
        <message>
            <source>HR validated on</source>
            <translation>Validation RH le</translation>
        </message>
        <message>
            <source>HR validated by</source>
            <translation>Validation RH par</translation>
        </message>
        <message>
            <source>Manager confirmed on</source>
            <translation>Confirmation manager le</translation>
        </message>
        <message>
            <source>Manager confirmed by</source>
            <translation>Confirmation manager par</translation>
        </message>
        <message>
            <source>Activated on</source>
            <translation>Date d’activation</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <source>Objective target</source>
            <translation>Cible de l’objectif</translation>
        </message>
        <message>
            <source>Objective due</source>
            <translation>Échéance de l’objectif</translation>
        </message>
        <message>
            <source>Privileges</source>
            <translation>Privilèges</translation>
        </message>
        <message>
            <source>Community member</source>
            <translation>Membre de la communauté</translation>
        </message>
        <message>
            <source>Trainings attended</source>
            <translation>Formations suivies</translation>
        </message>
        <message>
            <source>Last training</source>
            <translation>Dernière formation</translation>
        </message>
        <message>
            <source>Kit received</source>
            <translation>Kit reçu</translation>
        </message>
        <message>
            <source>In the company</source>
            <translation>Dans l’entreprise</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>No: left the company</source>
            <translation>Non : a quitté l’entreprise</translation>
        </message>
        <message>
            <source>Roster</source>
            <translation>Liste des ambassadeurs</translation>
        </message>
        <message>
            <source>none: every ambassador and candidate</source>
            <translation>aucun : tous les ambassadeurs et candidats</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Lignes</translation>
        </message>
        <message>
            <source>Importing back</source>
            <translation>Réimporter</translation>
        </message>
        <message>
            <source>Edit Role, Status, Source, Applied on, Objective or Notes and import the file with Import → Roster: rows are matched on Employee ID (or Email).</source>
            <translation>Modifiez Rôle, Statut, Source, Date de candidature, Objectif ou Notes, puis importez le fichier avec Fichier → Importer la liste des ambassadeurs : les lignes sont rapprochées par Matricule (ou E-mail).</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>Salariés</translation>
        </message>
        <message>
            <source>Ambassadors</source>
            <translation>Ambassadeurs</translation>
        </message>
        <message>
            <source>Employees per ambassador</source>
            <translation>Salariés par ambassadeur</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <source>To recruit</source>
            <translation>À recruter</translation>
        </message>
        <message>
            <source>Coverage of target</source>
            <translation>Couverture de l’objectif</translation>
        </message>
        <message>
            <source>Contributors' share</source>
            <translation>Part de contributeurs</translation>
        </message>
        <message>
            <source>Readers' share</source>
            <translation>Part de lecteurs</translation>
        </message>
        <message>
            <source>Tipping point</source>
            <translation>Point de bascule</translation>
        </message>
        <message>
            <source>Tipping point reached</source>
            <translation>Point de bascule atteint</translation>
        </message>
        <message>
            <source>No usage data</source>
            <translation>Pas de données d’usage</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Couverture</translation>
        </message>
        <message>
            <source>{percent} of employees publishing</source>
            <translation>{percent} des salariés qui publient</translation>
        </message>
        <message>
            <source>Active ambassadors</source>
            <translation>Ambassadeurs actifs</translation>
        </message>
        <message>
            <source>Usage data</source>
            <translation>Données d’usage</translation>
        </message>
        <message>
            <source>By site</source>
            <translation>Par site</translation>
        </message>
        <message>
            <source>By department</source>
            <translation>Par direction</translation>
        </message>
        <message>
            <source>By country</source>
            <translation>Par pays</translation>
        </message>
        <message>
            <source>{target} ambassadors per 100 employees</source>
            <translation>{target} ambassadeurs pour 100 salariés</translation>
        </message>
        <message>
            <source>none imported yet</source>
            <translation>aucune importée pour l’instant</translation>
        </message>
        <message>
            <source>none: every active employee</source>
            <translation>aucun : tous les salariés en poste</translation>
        </message>
        <message>
            <source>{field} in {values}</source>
            <translation>{field} : {values}</translation>
        </message>
        <message>
            <source>programme scope: {scope}</source>
            <translation>périmètre du programme : {scope}</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Élément</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Prepared on</source>
            <translation>Préparé le</translation>
        </message>
        <message>
            <source>Given on</source>
            <translation>Remis le</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Prepared</source>
            <translation>À remettre</translation>
        </message>
        <message>
            <source>Given</source>
            <translation>Remis</translation>
        </message>
        <message>
            <source>Kit</source>
            <translation>Kit</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Avancement</translation>
        </message>
        <message>
            <source>Prepared only</source>
            <translation>À remettre</translation>
        </message>
        <message>
            <source>Given share</source>
            <translation>Part remise</translation>
        </message>
        <message>
            <source>Visibility kit</source>
            <translation>Kit de visibilité</translation>
        </message>
        <message>
            <source>none: every ambassador</source>
            <translation>aucun : tous les ambassadeurs</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Fuseau horaire</translation>
        </message>
        <message>
            <source>Duration (min)</source>
            <translation>Durée (min)</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Lien</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>Formateur</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Capacité</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulée</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Présences</translation>
        </message>
        <message>
            <source>Sessions attended</source>
            <translation>Sessions suivies</translation>
        </message>
        <message>
            <source>{session} (cancelled)</source>
            <translation>{session} (annulée)</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Formation</translation>
        </message>
        <message>
            <source>none: every session</source>
            <translation>aucun : toutes les sessions</translation>
        </message>
        <message>
            <source>People enrolled</source>
            <translation>Personnes inscrites</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Synthèse</translation>
        </message>
        <message>
            <source>Coverage by site</source>
            <translation>Couverture par site</translation>
        </message>
        <message>
            <source>Coverage by department</source>
            <translation>Couverture par direction</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Recrutement</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Adoption by site</source>
            <translation>Adoption par site</translation>
        </message>
        <message>
            <source>Contributors</source>
            <translation>Contributeurs</translation>
        </message>
        <message>
            <source>Readers</source>
            <translation>Lecteurs</translation>
        </message>
        <message>
            <source>Training by month</source>
            <translation>Formation par mois</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mois</translation>
        </message>
        <message>
            <source>Month starting</source>
            <translation>Début du mois</translation>
        </message>
        <message>
            <source>Sessions held</source>
            <translation>Sessions tenues</translation>
        </message>
        <message>
            <source>People trained</source>
            <translation>Personnes formées</translation>
        </message>
        <message>
            <source>Steering committee report — {date}</source>
            <translation>Rapport du comité de pilotage — {date}</translation>
        </message>
        <message>
            <source>Ambassadors wanted (target)</source>
            <translation>Ambassadeurs visés (objectif)</translation>
        </message>
        <message>
            <source>Coverage of the target</source>
            <translation>Couverture de l’objectif</translation>
        </message>
        <message>
            <source>Candidates in the pipeline</source>
            <translation>Candidats en cours de recrutement</translation>
        </message>
        <message>
            <source>Sites without an ambassador</source>
            <translation>Sites sans ambassadeur</translation>
        </message>
        <message>
            <source>Contributors' share (latest usage)</source>
            <translation>Part de contributeurs (dernier usage)</translation>
        </message>
        <message>
            <source>People trained (attended a session)</source>
            <translation>Personnes formées (présentes à une session)</translation>
        </message>
        <message>
            <source>Ambassadors vs target, by site</source>
            <translation>Ambassadeurs et objectif, par site</translation>
        </message>
        <message>
            <source>Pipeline by stage</source>
            <translation>Recrutement par étape</translation>
        </message>
        <message>
            <source>Contributors' share vs tipping point</source>
            <translation>Part de contributeurs et point de bascule</translation>
        </message>
        <message>
            <source>Share of employees</source>
            <translation>Part des salariés</translation>
        </message>
        <message>
            <source>People trained per month</source>
            <translation>Personnes formées par mois</translation>
        </message>
        <message>
            <source>No usage data imported yet: adoption is not charted.</source>
            <translation>Aucune donnée d’usage importée pour l’instant : l’adoption n’est pas représentée.</translation>
        </message>
        <message>
            <source>No training session held yet.</source>
            <translation>Aucune session de formation tenue pour l’instant.</translation>
        </message>
        <message>
            <source>Steering committee report</source>
            <translation>Rapport du comité de pilotage</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>UTF-8 with BOM</source>
            <translation>UTF-8 avec BOM</translation>
        </message>
        <message>
            <source>Drop a file here, paste its path and press Enter, or click Browse…</source>
            <translation>Déposez un fichier ici, collez son chemin et appuyez sur Entrée, ou cliquez sur Parcourir…</translation>
        </message>
        <message>
            <source>Spreadsheet file</source>
            <translation>Fichier tableur</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation>Lecture de {file}…</translation>
        </message>
        <message>
            <source>Excel workbook</source>
            <translation>Classeur Excel</translation>
        </message>
        <message>
            <source>Excel 97–2003 workbook</source>
            <translation>Classeur Excel 97–2003</translation>
        </message>
        <message>
            <source>OpenDocument spreadsheet</source>
            <translation>Classeur OpenDocument</translation>
        </message>
        <message>
            <source>CSV text file</source>
            <translation>Fichier texte CSV</translation>
        </message>
        <message>
            <source>{n} sheet</source>
            <translation>{n} feuille</translation>
        </message>
        <message>
            <source>{n} sheets</source>
            <translation>{n} feuilles</translation>
        </message>
        <message>
            <source>Header found on row {row} of “{sheet}”.</source>
            <translation>En-tête trouvé en ligne {row} de « {sheet} ».</translation>
        </message>
        <message>
            <source>No header row recognised in “{sheet}”: choose it next.</source>
            <translation>Aucune ligne d’en-tête reconnue dans « {sheet} » : vous la choisirez à l’étape suivante.</translation>
        </message>
        <message>
            <source>separated by semicolons</source>
            <translation>séparateur point-virgule</translation>
        </message>
        <message>
            <source>separated by commas</source>
            <translation>séparateur virgule</translation>
        </message>
        <message>
            <source>separated by tabs</source>
            <translation>séparateur tabulation</translation>
        </message>
        <message>
            <source>separated by vertical bars</source>
            <translation>séparateur barre verticale</translation>
        </message>
        <message>
            <source>separated by {separator}</source>
            <translation>séparateur {separator}</translation>
        </message>
        <message>
            <source>✓ {kind} ({sheets}, {encoding}, {separator}). {found}</source>
            <translation>✓ {kind} ({sheets}, {encoding}, {separator}). {found}</translation>
        </message>
        <message>
            <source>✓ {kind} ({sheets}). {found}</source>
            <translation>✓ {kind} ({sheets}). {found}</translation>
        </message>
        <message>
            <source>This file could not be read because of an unexpected error (details in the log).</source>
            <translation>Ce fichier n’a pas pu être lu à cause d’une erreur inattendue (détails dans le journal).</translation>
        </message>
    </context>
    <context>
        <name>HrImport</name>
        <message>
            <source>{file} has no sheet named “{sheet}”. Its sheets: {sheets}.</source>
            <translation>{file} n’a pas de feuille nommée « {sheet} ». Ses feuilles : {sheets}.</translation>
        </message>
        <message>
            <source>“{sheet}”</source>
            <translation>« {sheet} »</translation>
        </message>
        <message>
            <source>Sheet “{sheet}” of {file} has more than {limit} rows. ESN Desk imports HR extracts of up to that size; split the file or remove unrelated rows.</source>
            <translation>La feuille « {sheet} » de {file} a plus de {limit} lignes. ESN Desk importe des extractions RH jusqu’à cette taille ; découpez le fichier ou retirez les lignes sans rapport.</translation>
        </message>
        <message>
            <source>There is no file at {path}.</source>
            <translation>Il n’y a pas de fichier à l’emplacement {path}.</translation>
        </message>
        <message>
            <source>{path} is a folder; choose a spreadsheet file.</source>
            <translation>{path} est un dossier ; choisissez un fichier tableur.</translation>
        </message>
        <message>
            <source>{file} is empty (0 bytes). Export the HR extract again.</source>
            <translation>{file} est vide (0 octet). Exportez de nouveau l’extraction RH.</translation>
        </message>
        <message>
            <source>{file} cannot be opened ({error}). Close it in any program that has it open, check that you may read it, and try again.</source>
            <translation>{file} ne peut pas être ouvert ({error}). Fermez-le dans tout programme qui l’a ouvert, vérifiez que vous avez le droit de le lire, puis réessayez.</translation>
        </message>
        <message>
            <source>{file} is password-protected. Open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password, clear it), save, and import again.</source>
            <translation>{file} est protégé par un mot de passe. Ouvrez-le dans Excel, retirez le mot de passe (Fichier → Informations → Protéger le classeur → Chiffrer avec mot de passe, puis effacez-le), enregistrez-le et importez-le de nouveau.</translation>
        </message>
        <message>
            <source>{file} is a Word document, not a spreadsheet. Export the HR data as .xlsx or .csv.</source>
            <translation>{file} est un document Word, pas une feuille de calcul. Exportez les données RH au format .xlsx ou .csv.</translation>
        </message>
        <message>
            <source>{file} is an old Office file that is not a spreadsheet. Save it as .xlsx and try again.</source>
            <translation>{file} est un ancien fichier Office qui n’est pas une feuille de calcul. Enregistrez-le au format .xlsx et réessayez.</translation>
        </message>
        <message>
            <source>{file} is a PDF. Ask HR for the extract as Excel (.xlsx) or CSV, or export it again.</source>
            <translation>{file} est un PDF. Demandez aux RH l’extraction au format Excel (.xlsx) ou CSV, ou exportez-la de nouveau.</translation>
        </message>
        <message>
            <source>an image</source>
            <translation>une image</translation>
        </message>
        <message>
            <source>a compressed archive</source>
            <translation>une archive compressée</translation>
        </message>
        <message>
            <source>a Word (RTF) document</source>
            <translation>un document Word (RTF)</translation>
        </message>
        <message>
            <source>{file} is {what}, not a spreadsheet. Choose the .xlsx or .csv HR extract.</source>
            <translation>{file} est {what}, pas une feuille de calcul. Choisissez l’extraction RH au format .xlsx ou .csv.</translation>
        </message>
        <message>
            <source>{file} is a web page, not a spreadsheet. Save the HR extract as .xlsx or .csv.</source>
            <translation>{file} est une page web, pas une feuille de calcul. Enregistrez l’extraction RH au format .xlsx ou .csv.</translation>
        </message>
        <message>
            <source>{file} is not a spreadsheet (it holds binary data). Choose an .xlsx or .csv file.</source>
            <translation>{file} n’est pas une feuille de calcul (il contient des données binaires). Choisissez un fichier .xlsx ou .csv.</translation>
        </message>
        <message>
            <source>{file} was refused: one of its parts would inflate {ratio}-fold to {size} MB, which no real HR extract does (a 'zip bomb'?).</source>
            <translation>{file} a été refusé : l’une de ses parties se décompresserait {ratio} fois pour atteindre {size} Mo, ce qu’aucune vraie extraction RH ne fait (une « bombe zip » ?).</translation>
        </message>
        <message>
            <source>{file} was refused: it would inflate to {size} GB. Export only the sheet with the employees, or save it as CSV.</source>
            <translation>{file} a été refusé : il occuperait {size} Go une fois décompressé. Exportez seulement la feuille des salariés, ou enregistrez-le au format CSV.</translation>
        </message>
        <message>
            <source>{file} is an OpenDocument file that is not a spreadsheet. Choose the .ods, .xlsx or .csv HR extract.</source>
            <translation>{file} est un fichier OpenDocument qui n’est pas une feuille de calcul. Choisissez l’extraction RH au format .ods, .xlsx ou .csv.</translation>
        </message>
        <message>
            <source>{file} is a Word document, not a spreadsheet. Export the HR data as .xlsx.</source>
            <translation>{file} est un document Word, pas une feuille de calcul. Exportez les données RH au format .xlsx.</translation>
        </message>
        <message>
            <source>{file} is a PowerPoint presentation, not a spreadsheet. Choose the .xlsx or .csv HR extract.</source>
            <translation>{file} est une présentation PowerPoint, pas une feuille de calcul. Choisissez l’extraction RH au format .xlsx ou .csv.</translation>
        </message>
        <message>
            <source>{file} is a zip archive, not a spreadsheet. Extract the spreadsheet and import it.</source>
            <translation>{file} est une archive zip, pas une feuille de calcul. Extrayez-en la feuille de calcul et importez-la.</translation>
        </message>
        <message>
            <source>{file} is damaged or incomplete (perhaps a download or copy was cut short). Export or download it again.</source>
            <translation>{file} est endommagé ou incomplet (un téléchargement ou une copie a peut-être été interrompu). Exportez-le ou téléchargez-le de nouveau.</translation>
        </message>
        <message>
            <source>{file} uses a zip feature ESN Desk cannot read ({error}). Open it in Excel or LibreOffice, save it as .xlsx, and import again.</source>
            <translation>{file} utilise une fonction zip qu’ESN Desk ne sait pas lire ({error}). Ouvrez-le dans Excel ou LibreOffice, enregistrez-le au format .xlsx et importez-le de nouveau.</translation>
        </message>
        <message>
            <source>{file} was refused: sheet “{sheet}” expands to at least {cells} cells once its repeated rows and columns are written out, more than the {limit} ESN Desk reads from an .ods file. Open it in LibreOffice and save it as .xlsx (or delete the repeated rows below the employees), then import it again.</source>
            <translation>{file} a été refusé : une fois ses lignes et colonnes répétées développées, la feuille « {sheet} » compte au moins {cells} cellules, au-delà des {limit} qu’ESN Desk lit dans un fichier .ods. Ouvrez-le dans LibreOffice et enregistrez-le au format .xlsx (ou supprimez les lignes répétées sous les salariés), puis importez-le de nouveau.</translation>
        </message>
        <message>
            <source>{file} is damaged: the part holding its sheets (content.xml) is not well-formed XML ({detail}). Open it in LibreOffice, save it as .xlsx, and import it again.</source>
            <translation>{file} est endommagé : la partie qui contient ses feuilles (content.xml) n’est pas du XML bien formé ({detail}). Ouvrez-le dans LibreOffice, enregistrez-le au format .xlsx et importez-le de nouveau.</translation>
        </message>
        <message>
            <source>{file} is damaged: cell {cell} should refer to one of the workbook's shared texts by its number, but reads “{index}”, so its value is unknown. Open the file in Excel or LibreOffice, check that cell, save it as .xlsx, and import it again.</source>
            <translation>{file} est endommagé : la cellule {cell} devrait désigner par son numéro l’un des textes partagés du classeur, mais on y lit « {index} », si bien que sa valeur est inconnue. Ouvrez le fichier dans Excel ou LibreOffice, vérifiez cette cellule, enregistrez-le au format .xlsx et importez-le de nouveau.</translation>
        </message>
        <message>
            <source>{file} is damaged: a cell should refer to one of the workbook's shared texts by its number, but reads “{index}”, so its value is unknown. Open the file in Excel or LibreOffice, save it as .xlsx, and import it again.</source>
            <translation>{file} est endommagé : une cellule devrait désigner par son numéro l’un des textes partagés du classeur, mais on y lit « {index} », si bien que sa valeur est inconnue. Ouvrez le fichier dans Excel ou LibreOffice, enregistrez-le au format .xlsx et importez-le de nouveau.</translation>
        </message>
        <message>
            <source>{file} is password-protected. Open it in Excel, remove the password, save, and import again.</source>
            <translation>{file} est protégé par un mot de passe. Ouvrez-le dans Excel, retirez le mot de passe, enregistrez-le et importez-le de nouveau.</translation>
        </message>
        <message>
            <source>{file} cannot be read as a spreadsheet ({error}). Open it in Excel or LibreOffice and save it as .xlsx.</source>
            <translation>{file} ne peut pas être lu comme une feuille de calcul ({error}). Ouvrez-le dans Excel ou LibreOffice et enregistrez-le au format .xlsx.</translation>
        </message>
        <message>
            <source>{file} has no worksheet. Open it in Excel or LibreOffice, check that the employees are on a normal sheet, save it as .xlsx, and import again.</source>
            <translation>{file} n’a aucune feuille de calcul. Ouvrez-le dans Excel ou LibreOffice, vérifiez que les salariés sont sur une feuille normale, enregistrez-le au format .xlsx et importez-le de nouveau.</translation>
        </message>
        <message>
            <source>Sheet “{sheet}” of {file} is damaged and cannot be read ({error}). Open the file in Excel or LibreOffice, save it as .xlsx, and import again.</source>
            <translation>La feuille « {sheet} » de {file} est endommagée et illisible ({error}). Ouvrez le fichier dans Excel ou LibreOffice, enregistrez-le au format .xlsx et importez-le de nouveau.</translation>
        </message>
        <message>
            <source>{file} has no worksheet that can be read. Open it in Excel, save it as a normal .xlsx workbook (not 'Strict Open XML'), and import again.</source>
            <translation>{file} n’a aucune feuille lisible. Ouvrez-le dans Excel, enregistrez-le comme classeur .xlsx normal (pas « Strict Open XML ») et importez-le de nouveau.</translation>
        </message>
        <message>
            <source>{file} cannot be read as {encoding} ({error}).</source>
            <translation>{file} ne peut pas être lu en {encoding} ({error}).</translation>
        </message>
        <message>
            <source>{file} is larger than {size} MB; that is not an HR extract.</source>
            <translation>{file} dépasse {size} Mo ; ce n’est pas une extraction RH.</translation>
        </message>
        <message>
            <source>Line {line} of {file} is longer than {limit} characters, which no HR extract is: the file is damaged or is not a CSV export. Export it again, as .xlsx if you can.</source>
            <translation>La ligne {line} de {file} dépasse {limit} caractères, ce qu’aucune extraction RH ne fait : le fichier est endommagé ou n’est pas un export CSV. Exportez-le de nouveau, au format .xlsx si possible.</translation>
        </message>
        <message>
            <source>{file} is not a well-formed CSV file near line {line} ({error}): a quote that is never closed, or a value longer than {limit} characters. Fix that line in a text editor, or export the file again as .xlsx.</source>
            <translation>{file} n’est pas un fichier CSV bien formé vers la ligne {line} ({error}) : un guillemet jamais refermé, ou une valeur de plus de {limit} caractères. Corrigez cette ligne dans un éditeur de texte, ou exportez de nouveau le fichier au format .xlsx.</translation>
        </message>
        <message>
            <source>Sheet “{sheet}” has columns holding values after the first {limit}, which ESN Desk does not read: they were ignored. Move the columns to import into the first {limit}.</source>
            <translation>La feuille « {sheet} » contient des valeurs dans des colonnes situées après les {limit} premières, qu’ESN Desk ne lit pas : elles ont été ignorées. Placez les colonnes à importer parmi les {limit} premières.</translation>
        </message>
        <message>
            <source>Sheet “{sheet}” has {n} column after the first {limit} (column {last}), which ESN Desk does not read: it was ignored. Move the columns to import into the first {limit}.</source>
            <translation>La feuille « {sheet} » compte {n} colonne après les {limit} premières (colonne {last}), qu’ESN Desk ne lit pas : elle a été ignorée. Placez les colonnes à importer parmi les {limit} premières.</translation>
        </message>
        <message>
            <source>Sheet “{sheet}” has {n} columns after the first {limit} (up to column {last}), which ESN Desk does not read: they were ignored. Move the columns to import into the first {limit}.</source>
            <translation>La feuille « {sheet} » compte {n} colonnes après les {limit} premières (jusqu’à la colonne {last}), qu’ESN Desk ne lit pas : elles ont été ignorées. Placez les colonnes à importer parmi les {limit} premières.</translation>
        </message>
        <message>
            <source>Several columns are mapped to the same field ({fields}); keep one column per field.</source>
            <translation>Plusieurs colonnes sont associées au même champ ({fields}) ; gardez une seule colonne par champ.</translation>
        </message>
        <message>
            <source>Map a column to Employee ID or to Email: ESN Desk needs one of them to recognise each person from one import to the next.</source>
            <translation>Associez une colonne à Matricule ou à E-mail : ESN Desk a besoin de l’un des deux pour reconnaître chaque personne d’un import à l’autre.</translation>
        </message>
        <message>
            <source>Map a column to Last name or to Full name.</source>
            <translation>Associez une colonne à Nom ou à Nom complet.</translation>
        </message>
        <message>
            <source>Map a column to Posts or to Comments: contributors are the people who published something in the period, so ESN Desk needs at least one of those counts.</source>
            <translation>Associez une colonne à Publications ou à Commentaires : les contributeurs sont les personnes qui ont publié pendant la période, ESN Desk a donc besoin d’au moins l’un de ces compteurs.</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Lecture du fichier…</translation>
        </message>
        <message>
            <source>Checking the rows…</source>
            <translation>Vérification des lignes…</translation>
        </message>
        <message>
            <source>No header row found in the first {rows} rows of sheet “{sheet}” of {file}. ESN Desk looks for a row naming at least two columns such as {example} (row {row} reads: {cells}).</source>
            <translation>Aucune ligne d’en-tête trouvée dans les {rows} premières lignes de la feuille « {sheet} » de {file}. ESN Desk cherche une ligne qui nomme au moins deux colonnes comme {example} (la ligne {row} contient : {cells}).</translation>
        </message>
        <message>
            <source>No header row found in the first {rows} rows of sheet “{sheet}” of {file}. ESN Desk looks for a row naming at least two columns such as {example}.</source>
            <translation>Aucune ligne d’en-tête trouvée dans les {rows} premières lignes de la feuille « {sheet} » de {file}. ESN Desk cherche une ligne qui nomme au moins deux colonnes comme {example}.</translation>
        </message>
        <message>
            <source>Row {row} of sheet “{sheet}” is empty; choose the row with the column names.</source>
            <translation>La ligne {row} de la feuille « {sheet} » est vide ; choisissez la ligne qui contient les noms des colonnes.</translation>
        </message>
        <message>
            <source>{file} has no row that can be imported, so as a full extract it would mark everyone in the directory as having left. Nothing was imported: check the file (and its header row), or import it without “full extract”.</source>
            <translation>{file} n’a aucune ligne importable : en tant qu’extraction complète, il signalerait tout l’annuaire comme ayant quitté l’entreprise. Rien n’a été importé : vérifiez le fichier (et sa ligne d’en-tête), ou importez-le sans « extraction complète ».</translation>
        </message>
        <message>
            <source>Not a valid email address; manager left empty</source>
            <translation>Adresse e-mail invalide ; manager laissé vide</translation>
        </message>
        <message>
            <source>{problem}; hire date left empty</source>
            <translation>{problem} ; date d’embauche laissée vide</translation>
        </message>
        <message>
            <source>No {field}: every row needs one to identify the person</source>
            <translation>{field} manquant : chaque ligne doit en avoir un pour identifier la personne</translation>
        </message>
        <message>
            <source>No last name or full name</source>
            <translation>Ni nom ni nom complet</translation>
        </message>
        <message>
            <source>{field} {key} already appears on row {row}; only that first row is imported</source>
            <translation>{field} {key} déjà présent en ligne {row} ; seule cette première ligne est importée</translation>
        </message>
        <message>
            <source>{column}: {problem} ({value})</source>
            <translation>{column} : {problem} ({value})</translation>
        </message>
        <message>
            <source>{column}: {problem}</source>
            <translation>{column} : {problem}</translation>
        </message>
        <message>
            <source>Comparing with the directory…</source>
            <translation>Comparaison avec l’annuaire…</translation>
        </message>
        <message>
            <source>Matches nobody in the directory or in this file</source>
            <translation>Ne correspond à personne dans l’annuaire ni dans ce fichier</translation>
        </message>
        <message>
            <source>{leavers} of the {active} active people would be marked as having left: check this really is the complete HR extract</source>
            <translation>{leavers} des {active} personnes en poste seraient signalées comme ayant quitté l’entreprise : vérifiez qu’il s’agit bien de l’extraction RH complète</translation>
        </message>
        <message>
            <source>Adding new people…</source>
            <translation>Ajout des nouvelles personnes…</translation>
        </message>
        <message>
            <source>Updating changed people…</source>
            <translation>Mise à jour des personnes modifiées…</translation>
        </message>
        <message>
            <source>Marking leavers…</source>
            <translation>Signalement des partants…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <source>There is no import #{id}.</source>
            <translation>Il n’y a pas d’import n° {id}.</translation>
        </message>
        <message>
            <source>Import #{id} has already been undone.</source>
            <translation>L’import n° {id} a déjà été annulé.</translation>
        </message>
        <message>
            <source>Import #{id} can no longer be undone: only the latest import can be, right after it ran.</source>
            <translation>L’import n° {id} ne peut plus être annulé : seul le dernier import peut l’être, juste après son exécution.</translation>
        </message>
    </context>
    <context>
        <name>ImportDetection</name>
        <message>
            <source>an HR extract</source>
            <translation>une extraction RH</translation>
        </message>
        <message>
            <source>an ambassador roster</source>
            <translation>une liste d’ambassadeurs</translation>
        </message>
        <message>
            <source>an ESN usage export</source>
            <translation>un export d’usage du RSE</translation>
        </message>
        <message>
            <source>a Teams or Zoom attendance report</source>
            <translation>un rapport de présence Teams ou Zoom</translation>
        </message>
        <message>
            <source>{file} does not look like an HR extract, an ambassador roster, an ESN usage export or an attendance report: none of its first {rows} rows names the columns ESN Desk expects. Choose the kind of import below; the import then lets you pick the header row yourself.</source>
            <translation>{file} ne ressemble ni à une extraction RH, ni à une liste d’ambassadeurs, ni à un export d’usage du RSE, ni à un rapport de présence : aucune de ses {rows} premières lignes ne nomme les colonnes attendues par ESN Desk. Choisissez ci-dessous le type d’import ; l’assistant permet ensuite de choisir la ligne d’en-tête.</translation>
        </message>
    </context>
    <context>
        <name>ImportErrorFile</name>
        <message>
            <source>Row in the original file</source>
            <translation>Ligne dans le fichier d’origine</translation>
        </message>
        <message>
            <source>Why it was rejected</source>
            <translation>Motif du refus</translation>
        </message>
        <message>
            <source>Rejected rows</source>
            <translation>Lignes refusées</translation>
        </message>
    </context>
    <context>
        <name>ImportFields</name>
        <message>
            <source>Employee ID</source>
            <translation>Matricule</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nom complet</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Poste</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Manager email</source>
            <translation>E-mail du manager</translation>
        </message>
        <message>
            <source>Manager employee ID</source>
            <translation>Matricule du manager</translation>
        </message>
        <message>
            <source>Hire date</source>
            <translation>Date d’embauche</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Applied on</source>
            <translation>Date de candidature</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Last active</source>
            <translation>Dernière activité</translation>
        </message>
        <message>
            <source>Posts</source>
            <translation>Publications</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Commentaires</translation>
        </message>
        <message>
            <source>Reactions</source>
            <translation>Réactions</translation>
        </message>
        <message>
            <source>Views</source>
            <translation>Vues</translation>
        </message>
    </context>
    <context>
        <name>ImportValues</name>
        <message>
            <source>Not a valid email address</source>
            <translation>Adresse e-mail invalide</translation>
        </message>
        <message>
            <source>Not a real date</source>
            <translation>Date inexistante</translation>
        </message>
        <message>
            <source>A time, not a date</source>
            <translation>Une heure, pas une date</translation>
        </message>
        <message>
            <source>Not a date</source>
            <translation>Pas une date</translation>
        </message>
        <message>
            <source>Not a date (expected e.g. 2024-03-01 or 01/03/2024)</source>
            <translation>Pas une date (attendu par exemple 2024-03-01 ou 01/03/2024)</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)</source>
            <translation>Feuilles de calcul (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>— ignore this column —</source>
            <translation>— ignorer cette colonne —</translation>
        </message>
        <message>
            <source>Import HR spreadsheet</source>
            <translation>Importer l’extraction RH</translation>
        </message>
        <message>
            <source>Choose the HR spreadsheet</source>
            <translation>Choisir l’extraction RH</translation>
        </message>
        <message>
            <source>An extract from your HR system: .xlsx, .xlsm, .xls, .ods or .csv, with French or English column names. Title rows and extra columns are fine.</source>
            <translation>Une extraction de votre SIRH : .xlsx, .xlsm, .xls, .ods ou .csv, avec des noms de colonnes en français ou en anglais. Les lignes de titre et les colonnes en trop ne gênent pas.</translation>
        </message>
        <message>
            <source>Required: Employee ID or Email (to recognise people), and Last name or Full name.</source>
            <translation>Obligatoire : Matricule ou E-mail (pour reconnaître les personnes), et Nom ou Nom complet.</translation>
        </message>
        <message>
            <source>Directory field</source>
            <translation>Champ de l’annuaire</translation>
        </message>
        <message>
            <source>New people</source>
            <translation>Nouvelles personnes</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Modifications</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Sans changement</translation>
        </message>
        <message>
            <source>Marked as left</source>
            <translation>Partants</translation>
        </message>
        <message>
            <source>Rows refused</source>
            <translation>Lignes refusées</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Alertes</translation>
        </message>
        <message>
            <source>{file} was imported into the directory:</source>
            <translation>{file} a été importé dans l’annuaire :</translation>
        </message>
        <message>
            <source>Put the directory back exactly as it was before this import?</source>
            <translation>Remettre l’annuaire exactement dans l’état où il était avant cet import ?</translation>
        </message>
        <message>
            <source>Import ambassador roster</source>
            <translation>Importer la liste des ambassadeurs</translation>
        </message>
        <message>
            <source>Choose the roster spreadsheet</source>
            <translation>Choisir la liste des ambassadeurs</translation>
        </message>
        <message>
            <source>Your existing list of ambassadors and candidates: one row per person, with an employee ID or an email, and any of role, status, source, date, objective, notes. Import the HR extract first: the people must already be in the directory.</source>
            <translation>Votre liste actuelle d’ambassadeurs et de candidats : une ligne par personne, avec un matricule ou un e-mail, et au choix le rôle, le statut, la source, la date, l’objectif, les notes. Importez d’abord l’extraction RH : les personnes doivent déjà figurer dans l’annuaire.</translation>
        </message>
        <message>
            <source>Required: Employee ID or Email, to find each person in the directory. A missing status means Active.</source>
            <translation>Obligatoire : Matricule ou E-mail, pour retrouver chaque personne dans l’annuaire. Sans statut, une personne est considérée comme active.</translation>
        </message>
        <message>
            <source>Roster field</source>
            <translation>Champ de la liste</translation>
        </message>
        <message>
            <source>Added to the programme</source>
            <translation>Ajoutés au programme</translation>
        </message>
        <message>
            <source>{file} was imported into the programme:</source>
            <translation>{file} a été importé dans le programme :</translation>
        </message>
        <message>
            <source>Put the programme back exactly as it was before this import?</source>
            <translation>Remettre le programme exactement dans l’état où il était avant cet import ?</translation>
        </message>
        <message>
            <source>Import ESN usage export</source>
            <translation>Importer l’export d’usage du RSE</translation>
        </message>
        <message>
            <source>Choose the usage export</source>
            <translation>Choisir l’export d’usage</translation>
        </message>
        <message>
            <source>The user activity export of your enterprise social network (any vendor): one row per user with an email or employee ID and counts such as posts, comments, reactions, views, or the last active date.</source>
            <translation>L’export d’activité des utilisateurs de votre réseau social d’entreprise (quel que soit l’éditeur) : une ligne par utilisateur, avec un e-mail ou un matricule et des compteurs comme les publications, commentaires, réactions, vues, ou la date de dernière activité.</translation>
        </message>
        <message>
            <source>Required: Email or Employee ID, and Posts or Comments (a contributor is someone who published in the period).</source>
            <translation>Obligatoire : E-mail ou Matricule, et Publications ou Commentaires (un contributeur est une personne qui a publié pendant la période).</translation>
        </message>
        <message>
            <source>Usage field</source>
            <translation>Champ d’usage</translation>
        </message>
        <message>
            <source>People matched</source>
            <translation>Personnes reconnues</translation>
        </message>
        <message>
            <source>Contributors</source>
            <translation>Contributeurs</translation>
        </message>
        <message>
            <source>Readers</source>
            <translation>Lecteurs</translation>
        </message>
        <message>
            <source>Not in the directory</source>
            <translation>Hors annuaire</translation>
        </message>
        <message>
            <source>{file} was imported: adoption figures are updated:</source>
            <translation>{file} a été importé et les chiffres d’adoption sont à jour :</translation>
        </message>
        <message>
            <source>Remove this usage import and put the programme back as it was before it?</source>
            <translation>Retirer cet import d’usage et remettre le programme dans l’état où il était avant ?</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>back in the HR data</source>
            <translation>de retour dans les données RH</translation>
        </message>
        <message>
            <source>{field}: {old} → {new}</source>
            <translation>{field} : {old} → {new}</translation>
        </message>
    </context>
    <context>
        <name>ImportsModel</name>
        <message>
            <source>When</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nouveaux</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Modifiés</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Inchangés</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Partants</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refusés</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Alertes</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Columns: {mapping}</source>
            <translation>Colonnes : {mapping}</translation>
        </message>
        <message>
            <source>Sheet “{sheet}”, header on row {row}.</source>
            <translation>Feuille « {sheet} », en-tête en ligne {row}.</translation>
        </message>
        <message>
            <source>People of the directory found in the file</source>
            <translation>Personnes de l’annuaire trouvées dans le fichier</translation>
        </message>
        <message>
            <source>Added to the programme</source>
            <translation>Ajoutés au programme</translation>
        </message>
        <message>
            <source>Undone</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <source>Can be undone</source>
            <translation>Annulable</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>Ambassador roster</source>
            <translation>Liste des ambassadeurs</translation>
        </message>
        <message>
            <source>ESN usage</source>
            <translation>Usage du RSE</translation>
        </message>
        <message>
            <source>HR · full extract</source>
            <translation>RH · complète</translation>
        </message>
        <message>
            <source>HR · partial</source>
            <translation>RH · partielle</translation>
        </message>
    </context>
    <context>
        <name>ImportsPage</name>
        <message>
            <source>Imports, newest first</source>
            <translation>Imports, du plus récent au plus ancien</translation>
        </message>
        <message>
            <source>Import HR spreadsheet…</source>
            <translation>Importer l’extraction RH…</translation>
        </message>
        <message>
            <source>Other imports</source>
            <translation>Autres imports</translation>
        </message>
        <message>
            <source>Ambassador roster…</source>
            <translation>Liste des ambassadeurs…</translation>
        </message>
        <message>
            <source>ESN usage export…</source>
            <translation>Export d’usage du RSE…</translation>
        </message>
        <message>
            <source>Undo the latest import</source>
            <translation>Annuler le dernier import</translation>
        </message>
        <message>
            <source>No import yet</source>
            <translation>Aucun import pour l’instant</translation>
        </message>
        <message>
            <source>Import the HR extract (Excel or CSV) to fill the directory. Import it again whenever HR sends a new one: new people are added, changes are applied, and with a full extract leavers are marked.</source>
            <translation>Importez l’extraction RH (Excel ou CSV) pour remplir l’annuaire. Importez-la de nouveau à chaque nouvel envoi des RH : les nouvelles personnes sont ajoutées, les changements appliqués et, avec une extraction complète, les partants sont signalés.</translation>
        </message>
        <message>
            <source>Undo import #{id} of {file}</source>
            <translation>Annuler l’import n° {id} de {file}</translation>
        </message>
        <message>
            <source>Only the latest import can be undone, until the next one.</source>
            <translation>Seul le dernier import peut être annulé, jusqu’au suivant.</translation>
        </message>
        <message>
            <source>Put the programme back exactly as it was before importing {file}?

Any change made since that import is undone too.</source>
            <translation>Remettre le programme exactement dans l’état où il était avant l’import de {file} ?

Toute modification faite depuis cet import est aussi annulée.</translation>
        </message>
        <message>
            <source>Cannot undo</source>
            <translation>Impossible d’annuler</translation>
        </message>
    </context>
    <context>
        <name>IssuesModel</name>
        <message>
            <source>Refused</source>
            <translation>Refusée</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Alerte</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Colonne</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>What is wrong</source>
            <translation>Problème</translation>
        </message>
    </context>
    <context>
        <name>ItemProgress</name>
        <message>
            <source>{item} given</source>
            <translation>{item} : remises</translation>
        </message>
        <message>
            <source>{given} / {total} ({share} %)</source>
            <translation>{given} / {total} ({share} %)</translation>
        </message>
        <message>
            <source>{item}: given to {figures} of the active ambassadors</source>
            <translation>{item} : remise à {figures} des ambassadeurs actifs</translation>
        </message>
        <message>
            <source>{prepared} prepared · {missing} still to give</source>
            <translation>préparés : {prepared} · reste à remettre : {missing}</translation>
        </message>
        <message>
            <source>No active ambassador yet</source>
            <translation>Aucun ambassadeur actif pour l’instant</translation>
        </message>
    </context>
    <context>
        <name>KitBadges</name>
        <message>
            <source>“Ask me about &lt;ESN&gt;”</source>
            <translation>« Parlez-moi de &lt;RSE&gt; »</translation>
        </message>
        <message>
            <source>“&lt;ESN&gt; Ambassador”</source>
            <translation>« Ambassadeur &lt;RSE&gt; »</translation>
        </message>
        <message>
            <source>Programme name and ESN</source>
            <translation>Nom du programme et RSE</translation>
        </message>
        <message>
            <source>Unknown sticker design “{design}”: use {designs}.</source>
            <translation>Modèle d’autocollant inconnu « {design} » : utilisez {designs}.</translation>
        </message>
        <message>
            <source>our network</source>
            <translation>notre réseau</translation>
        </message>
        <message>
            <source>Ask me about</source>
            <translation>Parlez-moi de</translation>
        </message>
        <message>
            <source>Ambassador</source>
            <translation>Ambassadeur</translation>
        </message>
        <message>
            <source>Ambassadors</source>
            <translation>Ambassadeurs</translation>
        </message>
        <message>
            <source>Start at a label between 1 and {count} on a {code} sheet.</source>
            <translation>Commencez à une étiquette entre 1 et {count} sur une planche {code}.</translation>
        </message>
        <message>
            <source>Print between 1 and {count} stickers per ambassador.</source>
            <translation>Imprimez entre 1 et {count} autocollants par ambassadeur.</translation>
        </message>
    </context>
    <context>
        <name>KitItemState</name>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>Stickers</source>
            <translation>Autocollants</translation>
        </message>
        <message>
            <source>Name badge</source>
            <translation>Badge</translation>
        </message>
        <message>
            <source>Directory badge</source>
            <translation>Badge annuaire</translation>
        </message>
        <message>
            <source>✓ Given</source>
            <translation>✓ Remis</translation>
        </message>
        <message>
            <source>✓ Given {date}</source>
            <translation>✓ Remis le {date}</translation>
        </message>
        <message>
            <source>Prepared {date}</source>
            <translation>À remettre depuis le {date}</translation>
        </message>
        <message>
            <source>Prepared</source>
            <translation>À remettre</translation>
        </message>
        <message>
            <source>{item}: not prepared or given yet</source>
            <translation>{item} : rien de préparé ni de remis pour l’instant</translation>
        </message>
        <message>
            <source>{item}: given, prepared on {prepared}, given on {given}</source>
            <translation>{item} : remise le {given} (préparation le {prepared})</translation>
        </message>
        <message>
            <source>{item}: given, given on {given}</source>
            <translation>{item} : remise le {given}</translation>
        </message>
        <message>
            <source>{item}: given</source>
            <translation>{item} : remise faite</translation>
        </message>
        <message>
            <source>{item}: prepared, prepared on {prepared}</source>
            <translation>{item} : à remettre (préparation le {prepared})</translation>
        </message>
        <message>
            <source>{item}: prepared</source>
            <translation>{item} : à remettre</translation>
        </message>
        <message>
            <source>Cannot record this</source>
            <translation>Impossible d’enregistrer</translation>
        </message>
    </context>
    <context>
        <name>KitLayouts</name>
        <message>
            <source>Ø {diameter} mm</source>
            <translation>Ø {diameter} mm</translation>
        </message>
        <message>
            <source>{width} × {height} mm</source>
            <translation>{width} × {height} mm</translation>
        </message>
        <message>
            <source>{code} — {description}, {size}, {count} per {paper} sheet</source>
            <translation>{code} — {description}, {size}, {count} par feuille {paper}</translation>
        </message>
        <message>
            <source>address labels</source>
            <translation>étiquettes d’adresse</translation>
        </message>
        <message>
            <source>mini labels</source>
            <translation>mini-étiquettes</translation>
        </message>
        <message>
            <source>name badges</source>
            <translation>badges nominatifs</translation>
        </message>
        <message>
            <source>round labels</source>
            <translation>étiquettes rondes</translation>
        </message>
        <message>
            <source>name badges on plain card stock (cut along the marks)</source>
            <translation>badges nominatifs sur papier cartonné (à découper le long des repères)</translation>
        </message>
        <message>
            <source>Unknown label template “{code}”; known templates: {codes}.</source>
            <translation>Modèle de planche inconnu « {code} » ; modèles connus : {codes}.</translation>
        </message>
        <message>
            <source>Start at a label between 1 and {count} on a {code} sheet.</source>
            <translation>Commencez à une étiquette entre 1 et {count} sur une planche {code}.</translation>
        </message>
    </context>
    <context>
        <name>KitPage</name>
        <message>
            <source>For whom</source>
            <translation>Pour qui</translation>
        </message>
        <message>
            <source>Active ambassadors</source>
            <translation>Ambassadeurs actifs</translation>
        </message>
        <message>
            <source>Selected on the Ambassadors page</source>
            <translation>Sélectionnés sur la page Ambassadeurs</translation>
        </message>
        <message>
            <source>Active ambassadors who still lack it</source>
            <translation>Ambassadeurs actifs qui ne l’ont pas encore</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Pour</translation>
        </message>
        <message>
            <source>Email signatures</source>
            <translation>Signatures e-mail</translation>
        </message>
        <message>
            <source>Laptop stickers</source>
            <translation>Autocollants pour ordinateur</translation>
        </message>
        <message>
            <source>Name badges</source>
            <translation>Badges nominatifs</translation>
        </message>
        <message>
            <source>Directory badges</source>
            <translation>Badges d’annuaire</translation>
        </message>
        <message>
            <source>Who has what</source>
            <translation>Qui a reçu quoi</translation>
        </message>
        <message>
            <source>All roles</source>
            <translation>Tous les rôles</translation>
        </message>
        <message>
            <source>All sites</source>
            <translation>Tous les sites</translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>(non renseigné)</translation>
        </message>
        <message>
            <source>Nobody is selected on the Ambassadors page.</source>
            <translation>Personne n’est sélectionné sur la page Ambassadeurs.</translation>
        </message>
        <message>
            <source>{n} person</source>
            <translation>{n} personne</translation>
        </message>
        <message>
            <source>{n} people</source>
            <translation>{n} personnes</translation>
        </message>
        <message>
            <source>{n} person without an email signature yet</source>
            <translation>{n} personne sans signature e-mail pour l’instant</translation>
        </message>
        <message>
            <source>{n} people without an email signature yet</source>
            <translation>{n} personnes sans signature e-mail pour l’instant</translation>
        </message>
        <message>
            <source>{n} person without laptop stickers yet</source>
            <translation>{n} personne sans autocollants pour l’instant</translation>
        </message>
        <message>
            <source>{n} people without laptop stickers yet</source>
            <translation>{n} personnes sans autocollants pour l’instant</translation>
        </message>
        <message>
            <source>{n} person without a name badge yet</source>
            <translation>{n} personne sans badge nominatif pour l’instant</translation>
        </message>
        <message>
            <source>{n} people without a name badge yet</source>
            <translation>{n} personnes sans badge nominatif pour l’instant</translation>
        </message>
        <message>
            <source>{n} person without a directory badge yet</source>
            <translation>{n} personne sans badge d’annuaire pour l’instant</translation>
        </message>
        <message>
            <source>{n} people without a directory badge yet</source>
            <translation>{n} personnes sans badge d’annuaire pour l’instant</translation>
        </message>
    </context>
    <context>
        <name>KitPhotos</name>
        <message>
            <source>Ambassador</source>
            <translation>Ambassadeur</translation>
        </message>
    </context>
    <context>
        <name>KitSection</name>
        <message>
            <source>VISIBILITY KIT</source>
            <translation>KIT DE VISIBILITÉ</translation>
        </message>
        <message>
            <source>{item}: mark as given today</source>
            <translation>{item} : noter la remise aujourd’hui</translation>
        </message>
        <message>
            <source>Mark {item} as given</source>
            <translation>Noter la remise : {item}</translation>
        </message>
        <message>
            <source>{item}: forget (recorded by mistake)</source>
            <translation>{item} : effacer (noté par erreur)</translation>
        </message>
        <message>
            <source>Clear {item}</source>
            <translation>Effacer : {item}</translation>
        </message>
    </context>
    <context>
        <name>KitSignatures</name>
        <message>
            <source>Ambassador</source>
            <translation>Ambassadeur</translation>
        </message>
        <message>
            <source>{esn} {role}</source>
            <translation>{role} {esn}</translation>
        </message>
        <message>
            <source>Ask me about {esn}</source>
            <translation>Posez-moi vos questions sur {esn}</translation>
        </message>
        <message>
            <source>Ask me about it</source>
            <translation>Posez-moi vos questions</translation>
        </message>
        <message>
            <source>Join the community</source>
            <translation>Rejoignez la communauté</translation>
        </message>
        <message>
            <source>Join the community: {url}</source>
            <translation>Rejoignez la communauté : {url}</translation>
        </message>
        <message>
            <source>Leave out &lt;html&gt;, &lt;head&gt; and &lt;body&gt;: the template is the signature itself (the export adds them).</source>
            <translation>Retirez &lt;html&gt;, &lt;head&gt; et &lt;body&gt; : le modèle est la signature elle-même (l’export les ajoute).</translation>
        </message>
        <message>
            <source>Remove the &lt;style&gt; block: Gmail and Outlook drop it; put the CSS in style="…" attributes.</source>
            <translation>Retirez le bloc &lt;style&gt; : Gmail et Outlook l’ignorent ; mettez le CSS dans des attributs style="…".</translation>
        </message>
        <message>
            <source>Replace the &lt;div&gt; with table rows and cells: Outlook ignores the size and spacing of &lt;div&gt;s.</source>
            <translation>Remplacez la &lt;div&gt; par des lignes et des cellules de tableau : Outlook ignore la taille et les espacements des &lt;div&gt;.</translation>
        </message>
        <message>
            <source>Remove the &lt;link&gt; element: mail programs do not load style sheets.</source>
            <translation>Retirez l’élément &lt;link&gt; : les logiciels de messagerie ne chargent pas les feuilles de style.</translation>
        </message>
        <message>
            <source>Remove the &lt;svg&gt; drawing: Outlook and Gmail do not show it; use a PNG by https address.</source>
            <translation>Retirez le dessin &lt;svg&gt; : Outlook et Gmail ne l’affichent pas ; utilisez une image PNG par son adresse https.</translation>
        </message>
        <message>
            <source>Remove the video: mail programs do not play it.</source>
            <translation>Retirez la vidéo : les logiciels de messagerie ne la lisent pas.</translation>
        </message>
        <message>
            <source>Remove the audio: mail programs do not play it.</source>
            <translation>Retirez le son : les logiciels de messagerie ne le lisent pas.</translation>
        </message>
        <message>
            <source>Remove the &lt;canvas&gt;: mail programs do not show it.</source>
            <translation>Retirez le &lt;canvas&gt; : les logiciels de messagerie ne l’affichent pas.</translation>
        </message>
        <message>
            <source>An image is embedded in the signature (data: address): Gmail drops those. Put the image on a web server and use its https address (programme settings → signature image).</source>
            <translation>Une image est intégrée à la signature (adresse data:) : Gmail les supprime. Mettez l’image sur un serveur web et utilisez son adresse https (paramètres du programme → image de signature).</translation>
        </message>
        <message>
            <source>The image {url} is not on a secure address: use https:// (mail programs block http images).</source>
            <translation>L’image {url} n’est pas à une adresse sécurisée : utilisez https:// (les logiciels de messagerie bloquent les images en http).</translation>
        </message>
        <message>
            <source>The image “{url}” is not an absolute https address: mail programs only show images given as https://…</source>
            <translation>L’image « {url} » n’a pas d’adresse https absolue : les logiciels de messagerie n’affichent que les images données en https://…</translation>
        </message>
        <message>
            <source>An image is {width} px wide: keep the signature within {max} px (mail programs and phones cut or squeeze wider ones).</source>
            <translation>Une image fait {width} px de large : gardez la signature dans les {max} px (les logiciels de messagerie et les téléphones coupent ou écrasent les signatures plus larges).</translation>
        </message>
        <message>
            <source>A table is {width} px wide: keep the signature within {max} px (mail programs and phones cut or squeeze wider ones).</source>
            <translation>Un tableau fait {width} px de large : gardez la signature dans les {max} px (les logiciels de messagerie et les téléphones coupent ou écrasent les signatures plus larges).</translation>
        </message>
        <message>
            <source>A cell is {width} px wide: keep the signature within {max} px (mail programs and phones cut or squeeze wider ones).</source>
            <translation>Une cellule fait {width} px de large : gardez la signature dans les {max} px (les logiciels de messagerie et les téléphones coupent ou écrasent les signatures plus larges).</translation>
        </message>
        <message>
            <source>A &lt;{tag}&gt; is {width} px wide: keep the signature within {max} px (mail programs and phones cut or squeeze wider ones).</source>
            <translation>Un élément &lt;{tag}&gt; fait {width} px de large : gardez la signature dans les {max} px (les logiciels de messagerie et les téléphones coupent ou écrasent les signatures plus larges).</translation>
        </message>
        <message>
            <source>Remove the &lt;{tag}&gt; element: mail programs block it and it is not safe.</source>
            <translation>Retirez l’élément &lt;{tag}&gt; : les logiciels de messagerie le bloquent et il n’est pas sûr.</translation>
        </message>
        <message>
            <source>Remove the {attribute}=… attribute: mail programs block scripts and it is not safe.</source>
            <translation>Retirez l’attribut {attribute}=… : les logiciels de messagerie bloquent les scripts et il n’est pas sûr.</translation>
        </message>
        <message>
            <source>Remove the javascript: address: only https, mailto and tel are allowed.</source>
            <translation>Retirez l’adresse « javascript: » : seules les adresses https, mailto et tel sont autorisées.</translation>
        </message>
        <message>
            <source>A link has no address: wrap it in {% if … %} so it is left out when the field is empty.</source>
            <translation>Un lien n’a pas d’adresse : entourez-le d’un {% if … %} pour qu’il soit omis quand le champ est vide.</translation>
        </message>
        <message>
            <source>The link “{href}” is not allowed: links may only be https://…, mailto: or tel: addresses.</source>
            <translation>Le lien « {href} » n’est pas autorisé : un lien ne peut être qu’une adresse https://…, mailto: ou tel:.</translation>
        </message>
        <message>
            <source>An image has no address (src).</source>
            <translation>Une image n’a pas d’adresse (src).</translation>
        </message>
        <message>
            <source>Give each image a width (e.g. width="120"): Outlook shows images at their full size otherwise.</source>
            <translation>Donnez une largeur à chaque image (par exemple width="120") : sinon Outlook affiche les images en taille réelle.</translation>
        </message>
        <message>
            <source>Remove the CSS expression(): it runs code and mail programs block it.</source>
            <translation>Retirez l’expression() CSS : elle exécute du code et les logiciels de messagerie la bloquent.</translation>
        </message>
        <message>
            <source>Put the whole signature in a table (rows and cells): Outlook lays out paragraphs and loose text its own way.</source>
            <translation>Mettez toute la signature dans un tableau (lignes et cellules) : Outlook met en page à sa façon les paragraphes et le texte libre.</translation>
        </message>
        <message>
            <source>The signature is {length} characters of HTML: Gmail accepts at most {max}. Shorten the template (fewer styles, fewer nested tables).</source>
            <translation>La signature fait {length} caractères de HTML : Gmail en accepte au plus {max}. Raccourcissez le modèle (moins de styles, moins de tableaux imbriqués).</translation>
        </message>
        <message>
            <source>The HTML signature is empty.</source>
            <translation>La signature HTML est vide.</translation>
        </message>
        <message>
            <source>the power is too large for a signature</source>
            <translation>la puissance est trop grande pour une signature</translation>
        </message>
        <message>
            <source>repeating something that many times</source>
            <translation>répéter quelque chose autant de fois</translation>
        </message>
        <message>
            <source>building a text that long</source>
            <translation>construire un texte aussi long</translation>
        </message>
        <message>
            <source>a range of more than {count} items</source>
            <translation>une plage de plus de {count} éléments</translation>
        </message>
        <message>
            <source>“{field}” is not a field. Person fields: {fields}; programme fields: programme.esn_name, programme.programme_name, programme.community_url, programme.brand_color and the other programme settings; labels: {labels}</source>
            <translation>« {field} » n’est pas un champ. Champs de la personne : {fields} ; champs du programme : programme.esn_name, programme.programme_name, programme.community_url, programme.brand_color et les autres paramètres du programme ; mots traduits : {labels}</translation>
        </message>
        <message>
            <source>“{name}” is unknown: write person.…, programme.… or labels.… (e.g. {example})</source>
            <translation>« {name} » est inconnu : écrivez person.…, programme.… ou labels.… (par exemple {example})</translation>
        </message>
        <message>
            <source>“.{name}” cannot be used in a signature template</source>
            <translation>« .{name} » ne peut pas être utilisé dans un modèle de signature</translation>
        </message>
        <message>
            <source>this is not allowed in a signature template ({reason})</source>
            <translation>ceci n’est pas autorisé dans un modèle de signature ({reason})</translation>
        </message>
        <message>
            <source>division by zero</source>
            <translation>division par zéro</translation>
        </message>
        <message>
            <source>the template could not be computed ({reason})</source>
            <translation>le modèle n’a pas pu être calculé ({reason})</translation>
        </message>
        <message>
            <source>“{symbol}”</source>
            <translation>« {symbol} »</translation>
        </message>
        <message>
            <source>the end of the template</source>
            <translation>la fin du modèle</translation>
        </message>
        <message>
            <source>a name</source>
            <translation>un nom</translation>
        </message>
        <message>
            <source>a single “}” ends a “{{”: write “}}”</source>
            <translation>un seul « } » termine un « {{ » : écrivez « }} »</translation>
        </message>
        <message>
            <source>a “{{” is never closed: end it with “}}”</source>
            <translation>un « {{ » n’est jamais fermé : terminez-le par « }} »</translation>
        </message>
        <message>
            <source>a “{%” is never closed: end it with “%}”</source>
            <translation>un « {% » n’est jamais fermé : terminez-le par « %} »</translation>
        </message>
        <message>
            <source>the template ends inside a “{{% {tag} %}}” block: close it with “{{% end{tag} %}}”</source>
            <translation>le modèle se termine dans un bloc « {{% {tag} %}} » : fermez-le avec « {{% end{tag} %}} »</translation>
        </message>
        <message>
            <source>the template ends too early</source>
            <translation>le modèle se termine trop tôt</translation>
        </message>
        <message>
            <source>“{{% {tag} %}}” found where the open “{{% {block} %}}” block should be closed with “{{% end{block} %}}”</source>
            <translation>« {{% {tag} %}} » trouvé là où le bloc « {{% {block} %}} » ouvert doit être fermé par « {{% end{block} %}} »</translation>
        </message>
        <message>
            <source>“{{% {tag} %}}” closes a block that was never opened</source>
            <translation>« {{% {tag} %}} » ferme un bloc qui n’a jamais été ouvert</translation>
        </message>
        <message>
            <source>“{{% {tag} %}}” is not a known tag (use if, elif, else, for or set)</source>
            <translation>« {{% {tag} %}} » n’est pas une balise connue (utilisez if, elif, else, for ou set)</translation>
        </message>
        <message>
            <source>a text in quotes is never closed: add the closing {quote}</source>
            <translation>un texte entre guillemets n’est jamais fermé : ajoutez le {quote} de fin</translation>
        </message>
        <message>
            <source>the character “{char}” cannot be used here</source>
            <translation>le caractère « {char} » ne peut pas être utilisé ici</translation>
        </message>
        <message>
            <source>{found} found where {expected} was expected</source>
            <translation>{found} trouvé là où {expected} était attendu</translation>
        </message>
        <message>
            <source>{found} was not expected here</source>
            <translation>{found} n’était pas attendu ici</translation>
        </message>
        <message>
            <source>a name or a value is missing before {found}</source>
            <translation>il manque un nom ou une valeur avant {found}</translation>
        </message>
        <message>
            <source>a name is missing after a dot</source>
            <translation>il manque un nom après un point</translation>
        </message>
        <message>
            <source>“{% %}” is empty: write a tag such as if or for inside it</source>
            <translation>« {% %} » est vide : écrivez-y une balise comme if ou for</translation>
        </message>
        <message>
            <source>a comment “{#” is never closed: end it with “#}”</source>
            <translation>un commentaire « {# » n’est jamais fermé : terminez-le par « #} »</translation>
        </message>
        <message>
            <source>there is no filter named “{name}”</source>
            <translation>aucun filtre ne s’appelle « {name} »</translation>
        </message>
        <message>
            <source>there is no test named “{name}”</source>
            <translation>aucun test ne s’appelle « {name} »</translation>
        </message>
        <message>
            <source>a syntax error</source>
            <translation>une erreur de syntaxe</translation>
        </message>
        <message>
            <source>a syntax error ({detail})</source>
            <translation>une erreur de syntaxe ({detail})</translation>
        </message>
        <message>
            <source>Template “{name}” (HTML)</source>
            <translation>Modèle « {name} » (HTML)</translation>
        </message>
        <message>
            <source>The HTML template</source>
            <translation>Le modèle HTML</translation>
        </message>
        <message>
            <source>Template “{name}” (plain text)</source>
            <translation>Modèle « {name} » (texte brut)</translation>
        </message>
        <message>
            <source>The plain text template</source>
            <translation>Le modèle en texte brut</translation>
        </message>
        <message>
            <source>{where}, line {line}: {reason}.</source>
            <translation>{where}, ligne {line} : {reason}.</translation>
        </message>
        <message>
            <source>{where}: {reason}.</source>
            <translation>{where} : {reason}.</translation>
        </message>
        <message>
            <source>loops nested more than {depth} deep are not allowed in a signature</source>
            <translation>les boucles imbriquées sur plus de {depth} niveaux ne sont pas autorisées dans une signature</translation>
        </message>
        <message>
            <source>Ambassador line</source>
            <translation>Ligne ambassadeur</translation>
        </message>
        <message>
            <source>Banner</source>
            <translation>Bannière</translation>
        </message>
        <message>
            <source>Minimal</source>
            <translation>Minimaliste</translation>
        </message>
        <message>
            <source>With image</source>
            <translation>Avec image</translation>
        </message>
        <message>
            <source>Email signatures — {programme}</source>
            <translation>Signatures e-mail — {programme}</translation>
        </message>
        <message>
            <source>{n} signature, template “{template}”, exported {when}.</source>
            <translation>{n} signature, modèle « {template} », exportée le {when}.</translation>
        </message>
        <message>
            <source>{n} signatures, template “{template}”, exported {when}.</source>
            <translation>{n} signatures, modèle « {template} », exportées le {when}.</translation>
        </message>
        <message>
            <source>For classic Outlook, copy a person's &lt;code&gt;.htm&lt;/code&gt; and &lt;code&gt;.txt&lt;/code&gt; files into &lt;code&gt;{folder}&lt;/code&gt;; for Outlook on the web or Gmail, open the &lt;code&gt;.htm&lt;/code&gt; file, select all, copy and paste into the signature settings.</source>
            <translation>Pour Outlook classique, copiez les fichiers &lt;code&gt;.htm&lt;/code&gt; et &lt;code&gt;.txt&lt;/code&gt; d’une personne dans &lt;code&gt;{folder}&lt;/code&gt; ; pour Outlook sur le web ou Gmail, ouvrez le fichier &lt;code&gt;.htm&lt;/code&gt;, sélectionnez tout, copiez puis collez dans les paramètres de signature.</translation>
        </message>
        <message>
            <source>Ambassador and files</source>
            <translation>Ambassadeur et fichiers</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>Could not write {path}: {reason}.</source>
            <translation>Impossible d’écrire {path} : {reason}.</translation>
        </message>
        <message>
            <source>Give the template a name.</source>
            <translation>Donnez un nom au modèle.</translation>
        </message>
        <message>
            <source>A template name has at most {count} characters.</source>
            <translation>Un nom de modèle compte au plus {count} caractères.</translation>
        </message>
        <message>
            <source>A template name cannot contain control characters.</source>
            <translation>Un nom de modèle ne peut pas contenir de caractères de contrôle.</translation>
        </message>
        <message>
            <source>There is no signature template “{name}”: use one of {names}.</source>
            <translation>Aucun modèle de signature ne s’appelle « {name} ». Modèles disponibles : {names}.</translation>
        </message>
        <message>
            <source>There is already a template called “{name}”: choose another name.</source>
            <translation>Un modèle s’appelle déjà « {name} » : choisissez un autre nom.</translation>
        </message>
        <message>
            <source>“{name}” is a built-in template: use Save as… to keep your changes.</source>
            <translation>« {name} » est un modèle intégré : utilisez Enregistrer sous… pour garder vos modifications.</translation>
        </message>
        <message>
            <source>“{name}” is a built-in template: it cannot be renamed.</source>
            <translation>« {name} » est un modèle intégré : il ne peut pas être renommé.</translation>
        </message>
        <message>
            <source>“{name}” is a built-in template: it cannot be deleted.</source>
            <translation>« {name} » est un modèle intégré : il ne peut pas être supprimé.</translation>
        </message>
        <message>
            <source>Nobody to export signatures for: select at least one ambassador.</source>
            <translation>Personne pour qui exporter des signatures : sélectionnez au moins un ambassadeur.</translation>
        </message>
        <message>
            <source>Nothing was exported: the signature of {name} cannot be sent as it is. {problems}</source>
            <translation>Rien n’a été exporté : la signature de {name} ne peut pas être envoyée telle quelle. {problems}</translation>
        </message>
        <message>
            <source>{path} is a file, not a folder.</source>
            <translation>{path} est un fichier, pas un dossier.</translation>
        </message>
        <message>
            <source>Could not create the folder {folder}: {reason}.</source>
            <translation>Impossible de créer le dossier {folder} : {reason}.</translation>
        </message>
        <message>
            <source>Ambassador {number}</source>
            <translation>Ambassadeur {number}</translation>
        </message>
        <message>
            <source>Signature — {name}</source>
            <translation>Signature — {name}</translation>
        </message>
        <message>
            <source>{done} of {total} signatures written</source>
            <translation>{done} signatures écrites sur {total}</translation>
        </message>
        <message>
            <source>The plain-text version is empty: write its template too (mail programs show it when HTML is off).</source>
            <translation>La version en texte brut est vide : écrivez aussi son modèle (les logiciels de messagerie l’affichent quand le HTML est désactivé).</translation>
        </message>
    </context>
    <context>
        <name>KitTracking</name>
        <message>
            <source>Email signature</source>
            <translation>Signature e-mail</translation>
        </message>
        <message>
            <source>Laptop stickers</source>
            <translation>Autocollants</translation>
        </message>
        <message>
            <source>Name badge</source>
            <translation>Badge nominatif</translation>
        </message>
        <message>
            <source>Directory badge</source>
            <translation>Badge d’annuaire</translation>
        </message>
        <message>
            <source>Ambassador</source>
            <translation>Ambassadeur</translation>
        </message>
        <message>
            <source>Coach</source>
            <translation>Coach</translation>
        </message>
        <message>
            <source>Community manager</source>
            <translation>Community manager</translation>
        </message>
        <message>
            <source>Mentor</source>
            <translation>Mentor</translation>
        </message>
        <message>
            <source>Unknown status: {statuses}.</source>
            <translation>Statut inconnu : {statuses}.</translation>
        </message>
        <message>
            <source>Unknown filter “{facet}”: use {facets}.</source>
            <translation>Filtre inconnu « {facet} » : utilisez {facets}.</translation>
        </message>
        <message>
            <source>Unknown kit item “{item}”: use {items}.</source>
            <translation>Élément de kit inconnu « {item} » : utilisez {items}.</translation>
        </message>
        <message>
            <source>Unknown kit state “{state}”: use prepared or given.</source>
            <translation>État de kit inconnu « {state} » : utilisez prepared ou given.</translation>
        </message>
    </context>
    <context>
        <name>KitTrackingModel</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
    </context>
    <context>
        <name>KitTrackingTable</name>
        <message>
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <source>All active ambassadors</source>
            <translation>Tous les ambassadeurs actifs</translation>
        </message>
        <message>
            <source>Still lacking: {item}</source>
            <translation>Encore sans {item}</translation>
        </message>
        <message>
            <source>Kit item</source>
            <translation>Élément du kit</translation>
        </message>
        <message>
            <source>Mark as given</source>
            <translation>Noter la remise</translation>
        </message>
        <message>
            <source>Record the chosen item as given today to the selected ambassadors</source>
            <translation>Enregistrer la remise de l’élément choisi aujourd’hui aux ambassadeurs sélectionnés</translation>
        </message>
        <message>
            <source>Mark as prepared</source>
            <translation>Noter la préparation</translation>
        </message>
        <message>
            <source>Record the chosen item as prepared (printed, exported) but not given yet</source>
            <translation>Enregistrer l’élément choisi comme préparé (imprimé, exporté) mais pas encore remis</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <source>Forget the chosen item for the selected ambassadors (recorded by mistake)</source>
            <translation>Effacer l’élément choisi pour les ambassadeurs sélectionnés (noté par erreur)</translation>
        </message>
        <message>
            <source>For the selection:</source>
            <translation>Pour la sélection :</translation>
        </message>
        <message>
            <source>{n} ambassador still without {item}</source>
            <translation>{n} ambassadeur encore sans {item}</translation>
        </message>
        <message>
            <source>{n} ambassadors still without {item}</source>
            <translation>{n} ambassadeurs encore sans {item}</translation>
        </message>
        <message>
            <source>{n} active ambassador</source>
            <translation>{n} ambassadeur actif</translation>
        </message>
        <message>
            <source>{n} active ambassadors</source>
            <translation>{n} ambassadeurs actifs</translation>
        </message>
        <message>
            <source>Forget the {item} of {count} ambassadors?

Their prepared and given dates are removed.</source>
            <translation>Effacer « {item} » pour {count} ambassadeurs ?

Leurs dates de préparation et de remise sont supprimées.</translation>
        </message>
    </context>
    <context>
        <name>LabelPanel</name>
        <message>
            <source>Print at 100 % (“Actual size”), not “Fit to page”: scaling moves every label off its place.</source>
            <translation>Imprimez à 100 % (« Taille réelle »), pas « Ajuster à la page » : la mise à l’échelle décale toutes les étiquettes.</translation>
        </message>
        <message>
            <source>Label sheet</source>
            <translation>Planche d’étiquettes</translation>
        </message>
        <message>
            <source>Print each ambassador's name</source>
            <translation>Imprimer le nom de chaque ambassadeur</translation>
        </message>
        <message>
            <source>Stickers per ambassador:</source>
            <translation>Autocollants par ambassadeur :</translation>
        </message>
        <message>
            <source>A full sheet (each ambassador's own sheet when named)</source>
            <translation>Une planche entière (une par ambassadeur avec les noms)</translation>
        </message>
        <message>
            <source>Photo (from the photos folder)</source>
            <translation>Photo (du dossier des photos)</translation>
        </message>
        <message>
            <source>QR code (profile link, or contact card)</source>
            <translation>QR code (lien vers le profil ou carte de contact)</translation>
        </message>
        <message>
            <source>Start at label</source>
            <translation>Commencer à l’étiquette</translation>
        </message>
        <message>
            <source>First sheet preview</source>
            <translation>Aperçu de la première planche</translation>
        </message>
        <message>
            <source>Calibration for</source>
            <translation>Calibrage pour</translation>
        </message>
        <message>
            <source>PDF files</source>
            <translation>Fichiers PDF</translation>
        </message>
        <message>
            <source>Move everything right (negative: left) to match this printer</source>
            <translation>Tout décaler vers la droite (négatif : vers la gauche) pour cette imprimante</translation>
        </message>
        <message>
            <source>Move everything down (negative: up) to match this printer</source>
            <translation>Tout décaler vers le bas (négatif : vers le haut) pour cette imprimante</translation>
        </message>
        <message>
            <source> mm</source>
            <translation> mm</translation>
        </message>
        <message>
            <source>Test print: outline every label</source>
            <translation>Impression test : contour de chaque étiquette</translation>
        </message>
        <message>
            <source>Print on plain paper and hold it against a label sheet: adjust the calibration until the outlines match. Card stock templates always get cut marks.</source>
            <translation>Imprimez sur papier ordinaire et superposez la feuille à une planche d’étiquettes : ajustez le calibrage jusqu’à ce que les contours coïncident. Les modèles sur papier cartonné ont toujours des repères de coupe.</translation>
        </message>
        <message>
            <source>Preview…</source>
            <translation>Aperçu…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimer…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Enregistrer en PDF…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Stickers</source>
            <translation>Autocollants</translation>
        </message>
        <message>
            <source>Name badges</source>
            <translation>Badges nominatifs</translation>
        </message>
        <message>
            <source>Sheet:</source>
            <translation>Planche :</translation>
        </message>
        <message>
            <source>Design:</source>
            <translation>Modèle :</translation>
        </message>
        <message>
            <source>How many:</source>
            <translation>Quantité :</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Afficher :</translation>
        </message>
        <message>
            <source>(labels before it are already used)</source>
            <translation>(les étiquettes précédentes sont déjà utilisées)</translation>
        </message>
        <message>
            <source>Start at label:</source>
            <translation>Première étiquette :</translation>
        </message>
        <message>
            <source>Calibration for:</source>
            <translation>Calibrage pour :</translation>
        </message>
        <message>
            <source>right</source>
            <translation>à droite</translation>
        </message>
        <message>
            <source>down</source>
            <translation>vers le bas</translation>
        </message>
        <message>
            <source>Move by:</source>
            <translation>Décaler de :</translation>
        </message>
        <message>
            <source>First sheet</source>
            <translation>Première planche</translation>
        </message>
        <message>
            <source>The first sheet appears here once ambassadors are chosen.</source>
            <translation>La première planche s’affiche ici une fois les ambassadeurs choisis.</translation>
        </message>
        <message>
            <source>{n} sticker</source>
            <translation>{n} autocollant</translation>
        </message>
        <message>
            <source>{n} stickers</source>
            <translation>{n} autocollants</translation>
        </message>
        <message>
            <source>{n} name badge</source>
            <translation>{n} badge nominatif</translation>
        </message>
        <message>
            <source>{n} name badges</source>
            <translation>{n} badges nominatifs</translation>
        </message>
        <message>
            <source>Choose the ambassadors first (a selection, a filter or “not yet received”).</source>
            <translation>Choisissez d’abord les ambassadeurs (une sélection, un filtre ou « qui ne l’ont pas encore »).</translation>
        </message>
        <message>
            <source>{n} ambassador</source>
            <translation>{n} ambassadeur</translation>
        </message>
        <message>
            <source>{n} ambassadors</source>
            <translation>{n} ambassadeurs</translation>
        </message>
        <message>
            <source>{n} sheet of {code}</source>
            <translation>{n} planche {code}</translation>
        </message>
        <message>
            <source>{n} sheets of {code}</source>
            <translation>{n} planches {code}</translation>
        </message>
        <message>
            <source>{items} for {ambassadors} on {sheets}, from label {start}.</source>
            <translation>{items} pour {ambassadors} sur {sheets}, à partir de l’étiquette {start}.</translation>
        </message>
        <message>
            <source>Photos named after the employee ID or email in {folder}; initials when none is found.</source>
            <translation>Photos nommées d’après le matricule ou l’e-mail dans {folder} ; initiales quand il n’y en a pas.</translation>
        </message>
        <message>
            <source>No photos folder is set in the programme settings: badges show initials.</source>
            <translation>Aucun dossier de photos n’est défini dans les paramètres du programme : les badges affichent les initiales.</translation>
        </message>
        <message>
            <source>Preview — {sheet}</source>
            <translation>Aperçu — {sheet}</translation>
        </message>
        <message>
            <source>Print stickers</source>
            <translation>Imprimer les autocollants</translation>
        </message>
        <message>
            <source>Print name badges</source>
            <translation>Imprimer les badges nominatifs</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Enregistrer en PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Cannot save the PDF</source>
            <translation>Impossible d’enregistrer le PDF</translation>
        </message>
        <message>
            <source>{programme} — stickers ({code})</source>
            <translation>{programme} — autocollants ({code})</translation>
        </message>
        <message>
            <source>{programme} — name badges ({code})</source>
            <translation>{programme} — badges nominatifs ({code})</translation>
        </message>
        <message>
            <source>Preparing…</source>
            <translation>Préparation…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
        <message>
            <source>The stickers could not be written: {error}</source>
            <translation>Les autocollants n’ont pas pu être écrits : {error}</translation>
        </message>
        <message>
            <source>The name badges could not be written: {error}</source>
            <translation>Les badges nominatifs n’ont pas pu être écrits : {error}</translation>
        </message>
        <message>
            <source>Printing failed</source>
            <translation>Échec de l’impression</translation>
        </message>
        <message>
            <source>Unexpected error: {error}. The details are in the log.</source>
            <translation>Erreur inattendue : {error}. Le détail figure dans le journal.</translation>
        </message>
        <message>
            <source>Mark the {n} printed name badge as given?</source>
            <translation>Noter la remise de {n} badge nominatif imprimé ?</translation>
        </message>
        <message>
            <source>Mark the {n} printed name badges as given?</source>
            <translation>Noter la remise des {n} badges nominatifs imprimés ?</translation>
        </message>
        <message>
            <source>Mark the printed stickers of {n} ambassador as given?</source>
            <translation>Noter la remise des autocollants imprimés pour {n} ambassadeur ?</translation>
        </message>
        <message>
            <source>Mark the printed stickers of {n} ambassadors as given?</source>
            <translation>Noter la remise des autocollants imprimés pour {n} ambassadeurs ?</translation>
        </message>
        <message>
            <source>Record as given</source>
            <translation>Noter la remise</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Non enregistré</translation>
        </message>
    </context>
    <context>
        <name>LabelRenderer</name>
        <message>
            <source>The printer or file could not be opened for drawing.</source>
            <translation>L’imprimante ou le fichier n’a pas pu être ouvert pour le dessin.</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} sur {pages}</translation>
        </message>
        <message>
            <source>{code} test print: hold it against a {code} sheet. Print at 100 % (not fit to page); calibration {right} mm right, {down} mm down.</source>
            <translation>Impression test {code} : superposez-la à une planche {code}. Imprimez à 100 % (pas « Ajuster à la page ») ; calibrage {right} mm à droite, {down} mm vers le bas.</translation>
        </message>
        <message>
            <source>{code} labels</source>
            <translation>Étiquettes {code}</translation>
        </message>
    </context>
    <context>
        <name>Lock</name>
        <message>
            <source>%d %b %H:%M</source>
            <translation>le %d/%m à %H:%M</translation>
        </message>
        <message>
            <source>process {pid} on this computer by {user}, since {when}</source>
            <translation>processus {pid} sur cet ordinateur, ouvert par {user} depuis {when}</translation>
        </message>
        <message>
            <source>process {pid} on this computer, since {when}</source>
            <translation>processus {pid} sur cet ordinateur, depuis {when}</translation>
        </message>
        <message>
            <source>process {pid} on {host} by {user}, since {when}</source>
            <translation>processus {pid} sur {host}, ouvert par {user} depuis {when}</translation>
        </message>
        <message>
            <source>process {pid} on {host}, since {when}</source>
            <translation>processus {pid} sur {host}, depuis {when}</translation>
        </message>
        <message>
            <source>{file} is already open in ESN Desk ({holder}). Only one window can change a programme at a time: switch to that window, or open this one read-only to look without changing anything.</source>
            <translation>{file} est déjà ouvert dans ESN Desk ({holder}). Une seule fenêtre à la fois peut modifier un programme : passez à cette fenêtre, ou ouvrez celui-ci en lecture seule pour le consulter sans rien changer.</translation>
        </message>
        <message>
            <source>{file} is already open in ESN Desk. Only one window can change a programme at a time: switch to that window, or open this one read-only to look without changing anything.</source>
            <translation>{file} est déjà ouvert dans ESN Desk. Une seule fenêtre à la fois peut modifier un programme : passez à cette fenêtre, ou ouvrez celui-ci en lecture seule pour le consulter sans rien changer.</translation>
        </message>
        <message>
            <source>Cannot create the lock file {lock} beside {file} ({problem}): check that the folder is not read-only.</source>
            <translation>Impossible de créer le fichier de verrou {lock} à côté de {file} ({problem}) : vérifiez que le dossier n’est pas en lecture seule.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>ESN Desk programme (*.esndesk);;SQLite database (*.sqlite *.db);;All files (*)</source>
            <translation>Programme ESN Desk (*.esndesk);;Base de données SQLite (*.sqlite *.db);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>People (as the Directory shows them)…</source>
            <translation>Personnes (telles que l’annuaire les affiche)…</translation>
        </message>
        <message>
            <source>Ambassador roster…</source>
            <translation>Liste des ambassadeurs…</translation>
        </message>
        <message>
            <source>Coverage and adoption…</source>
            <translation>Couverture et adoption…</translation>
        </message>
        <message>
            <source>Training…</source>
            <translation>Formation…</translation>
        </message>
        <message>
            <source>Visibility kit…</source>
            <translation>Kit de visibilité…</translation>
        </message>
        <message>
            <source>Steering-committee report…</source>
            <translation>Rapport du comité de pilotage…</translation>
        </message>
        <message>
            <source>&amp;Redo “{action}”</source>
            <translation>&amp;Rétablir « {action} »</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>&amp;Undo “{action}”</source>
            <translation>&amp;Annuler « {action} »</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Pages</translation>
        </message>
        <message>
            <source>this programme</source>
            <translation>ce programme</translation>
        </message>
        <message>
            <source>Read-only: {file} is open in another ESN Desk window ({holder}). To change it, close it there, then open it again here.</source>
            <translation>Lecture seule : {file} est ouvert dans une autre fenêtre d’ESN Desk ({holder}). Pour le modifier, fermez-le là-bas puis rouvrez-le ici.</translation>
        </message>
        <message>
            <source>Read-only: {file} is open in another ESN Desk window. To change it, close it there, then open it again here.</source>
            <translation>Lecture seule : {file} est ouvert dans une autre fenêtre d’ESN Desk. Pour le modifier, fermez-le là-bas puis rouvrez-le ici.</translation>
        </message>
        <message>
            <source>You can look, search, print and export here, but not change anything.</source>
            <translation>Ici, vous pouvez consulter, rechercher, imprimer et exporter, mais sans rien modifier.</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>Erreur inattendue</translation>
        </message>
        <message>
            <source>Something went wrong ({error}); nothing was changed.

The details were written to {log}.</source>
            <translation>Un problème est survenu ({error}) ; rien n’a été modifié.

Le détail a été écrit dans {log}.</translation>
        </message>
        <message>
            <source>Cannot import this file</source>
            <translation>Impossible d’importer ce fichier</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;New programme…</source>
            <translation>&amp;Nouveau programme…</translation>
        </message>
        <message>
            <source>&amp;Open programme…</source>
            <translation>&amp;Ouvrir un programme…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Ouvrir un programme &amp;récent</translation>
        </message>
        <message>
            <source>Open the &amp;demo programme</source>
            <translation>Ouvrir le programme de dé&amp;monstration</translation>
        </message>
        <message>
            <source>&amp;Import HR spreadsheet…</source>
            <translation>&amp;Importer l’extraction RH…</translation>
        </message>
        <message>
            <source>Import ambassador &amp;roster…</source>
            <translation>Importer la &amp;liste des ambassadeurs…</translation>
        </message>
        <message>
            <source>Import ESN &amp;usage export…</source>
            <translation>Importer un export d’&amp;usage du RSE…</translation>
        </message>
        <message>
            <source>&amp;Export this page…</source>
            <translation>&amp;Exporter cette page…</translation>
        </message>
        <message>
            <source>E&amp;xport to Excel</source>
            <translation>Exporter &amp;vers Excel</translation>
        </message>
        <message>
            <source>Programme &amp;settings…</source>
            <translation>&amp;Paramètres du programme…</translation>
        </message>
        <message>
            <source>Show the data &amp;folder</source>
            <translation>Afficher le &amp;dossier des données</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <source>Undo the last roster change</source>
            <translation>Annuler la dernière modification des ambassadeurs</translation>
        </message>
        <message>
            <source>Redo the last undone roster change</source>
            <translation>Rétablir la dernière modification annulée des ambassadeurs</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Rechercher</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>Ac&amp;tualiser</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>Langue du système</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;ide</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
        <message>
            <source>Open the &amp;log file</source>
            <translation>Ouvrir le fichier &amp;journal</translation>
        </message>
        <message>
            <source>&amp;Privacy…</source>
            <translation>&amp;Confidentialité…</translation>
        </message>
        <message>
            <source>&amp;About {app}</source>
            <translation>À &amp;propos d’{app}</translation>
        </message>
        <message>
            <source>Clear the search (in the search box)</source>
            <translation>Effacer la recherche (dans la zone de recherche)</translation>
        </message>
        <message>
            <source>Move from search to results</source>
            <translation>Passer de la recherche aux résultats</translation>
        </message>
        <message>
            <source>Back to the search (in the table)</source>
            <translation>Revenir à la recherche (dans le tableau)</translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation>À propos d’{app}</translation>
        </message>
        <message>
            <source>&lt;p&gt;Run an enterprise-social-network ambassador programme from your laptop: directory, ambassadors, coverage, visibility kit and training.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Pilotez un programme d’ambassadeurs du réseau social d’entreprise depuis votre ordinateur : annuaire, ambassadeurs, couverture, kit de visibilité et formation.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Everything stays on this computer; the app makes no network connection.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Tout reste sur cet ordinateur ; l’application ne se connecte à aucun réseau.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;This programme:&lt;/b&gt;&lt;br&gt;{path}&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Ce programme :&lt;/b&gt;&lt;br&gt;{path}&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Data folder&lt;/b&gt; (settings, logs, backups):&lt;br&gt;{folder}&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Dossier des données&lt;/b&gt; (paramètres, journaux, sauvegardes) :&lt;br&gt;{folder}&lt;/p&gt;</translation>
        </message>
        <message>
            <source>WHAT IS STORED
The HR fields of the files you import (name, employee ID, work email, job title, department, site, city, country, phone, manager, hire date) and their history of changes; the programme (candidacies, approvals, roles, objectives, notes, activities, case studies, kit items, training enrolments and attendance); ESN usage counts per person (posts, comments, reactions, views, last active date).</source>
            <translation>CE QUI EST CONSERVÉ
Les champs RH des fichiers que vous importez (nom, matricule, e-mail professionnel, intitulé de poste, direction, site, ville, pays, téléphone, manager, date d’embauche) et l’historique de leurs modifications ; le programme (candidatures, validations, rôles, objectifs, notes, activités, retours d’expérience, éléments du kit, inscriptions et présences aux formations) ; les statistiques d’usage du RSE par personne (publications, commentaires, réactions, vues, date de dernière activité).</translation>
        </message>
        <message>
            <source>WHERE
Only on this computer, in the programme file {programme} (readable by your user account only), and in copies in {backups}: a safety copy before each schema upgrade, the undo copy of the latest import, and backups (kept: every backup of the last 24 hours, then one a day for a week, one a week for four weeks and one a month for six months). The Backups page lists these backups: restore one from there, back up now, or open their folder. The log file in {logs} holds no personal data beyond error details. ESN Desk makes no network connection.</source>
            <translation>OÙ
Uniquement sur cet ordinateur, dans le fichier du programme {programme} (lisible par votre seul compte utilisateur), et dans des copies rangées dans {backups} : une copie de sécurité avant chaque mise à niveau du schéma, la copie d’annulation du dernier import, et les sauvegardes (sont conservées : toutes les sauvegardes des dernières 24 heures, puis une par jour pendant une semaine, une par semaine pendant quatre semaines et une par mois pendant six mois). La page Sauvegardes liste ces sauvegardes : vous pouvez y en restaurer une, sauvegarder maintenant ou ouvrir leur dossier. Le fichier journal, dans {logs}, ne contient aucune donnée personnelle en dehors du détail des erreurs. ESN Desk ne se connecte à aucun réseau.</translation>
        </message>
        <message>
            <source>FOR HOW LONG
Until you erase it. People marked as having left the company for more than {period} (File → Programme settings) are due for deletion: the Dashboard then shows a “Due for deletion” card, whose “{review}” button erases them all at once. An erased person stays in older backups until those rotate out on the schedule above, unless you purge them (see below).</source>
            <translation>COMBIEN DE TEMPS
Jusqu’à ce que vous les effaciez. Les personnes signalées comme ayant quitté l’entreprise depuis plus de {period} (Fichier → Paramètres du programme) sont à supprimer : le tableau de bord affiche alors un encadré « À supprimer », dont le bouton « {review} » les efface toutes en une fois. Une personne effacée reste dans les sauvegardes plus anciennes jusqu’à leur rotation selon le calendrier ci-dessus, sauf si vous les purgez (voir ci-dessous).</translation>
        </message>
        <message>
            <source>{n} month</source>
            <translation>{n} mois</translation>
        </message>
        <message>
            <source>{n} months</source>
            <translation>{n} mois</translation>
        </message>
        <message>
            <source>HOW TO EXPORT OR ERASE A PERSON'S DATA
In the Directory, select the person: in their detail panel, “{export}” writes everything held about them (JSON and Excel), for an access or portability request, and “{erase}” removes them from every table and overwrites the freed space. After an erasure, “{purge}” removes them from every backup at once instead of waiting for the backups to rotate out.
From the command line:
esn-desk --db PROGRAMME person export EMAIL_OR_ID FOLDER
esn-desk --db PROGRAMME person erase EMAIL_OR_ID --yes --purge-backups</source>
            <translation>EXPORTER OU EFFACER LES DONNÉES D’UNE PERSONNE
Dans l’annuaire, sélectionnez la personne : dans son panneau de détail, « {export} » enregistre tout ce qui est conservé à son sujet (JSON et Excel), pour une demande d’accès ou de portabilité, et « {erase} » la retire de toutes les tables en écrasant l’espace libéré. Après un effacement, « {purge} » la retire aussitôt de toutes les sauvegardes, sans attendre leur rotation.
En ligne de commande :
esn-desk --db PROGRAMME person export E-MAIL_OU_MATRICULE DOSSIER
esn-desk --db PROGRAMME person erase E-MAIL_OU_MATRICULE --yes --purge-backups</translation>
        </message>
        <message>
            <source>Privacy</source>
            <translation>Confidentialité</translation>
        </message>
        <message>
            <source>Log file</source>
            <translation>Fichier journal</translation>
        </message>
        <message>
            <source>Nothing has been logged yet.</source>
            <translation>Rien n’a encore été journalisé.</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Classeur Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Writing {file}…</source>
            <translation>Écriture de {file}…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Exported {path}</source>
            <translation>Exporté : {path}</translation>
        </message>
        <message>
            <source>Export cancelled: {file} was not written.</source>
            <translation>Export annulé : {file} n’a pas été écrit.</translation>
        </message>
        <message>
            <source>Cannot export</source>
            <translation>Impossible d’exporter</translation>
        </message>
        <message>
            <source>New programme</source>
            <translation>Nouveau programme</translation>
        </message>
        <message>
            <source>Open programme</source>
            <translation>Ouvrir un programme</translation>
        </message>
        <message>
            <source>No other programme yet</source>
            <translation>Aucun autre programme pour l’instant</translation>
        </message>
        <message>
            <source>Clear the list</source>
            <translation>Vider la liste</translation>
        </message>
        <message>
            <source>Undone: {action}</source>
            <translation>Annulé : {action}</translation>
        </message>
        <message>
            <source>Redone: {action}</source>
            <translation>Rétabli : {action}</translation>
        </message>
        <message>
            <source>Backup restored.</source>
            <translation>Sauvegarde restaurée.</translation>
        </message>
        <message>
            <source>Cannot undo or redo</source>
            <translation>Impossible d’annuler ou de rétablir</translation>
        </message>
        <message>
            <source>{programme} (read-only)</source>
            <translation>{programme} (lecture seule)</translation>
        </message>
        <message>
            <source>person</source>
            <translation>personne</translation>
        </message>
        <message>
            <source>people</source>
            <translation>personnes</translation>
        </message>
        <message>
            <source>Backed up to {path}</source>
            <translation>Sauvegardé dans {path}</translation>
        </message>
        <message>
            <source>Automatic backup failed: {problem}</source>
            <translation>Échec de la sauvegarde automatique : {problem}</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>Match the columns</source>
            <translation>Associer les colonnes</translation>
        </message>
        <message>
            <source>{required} Columns left on “ignore” are not imported.</source>
            <translation>{required} Les colonnes laissées sur « ignorer » ne sont pas importées.</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>Colonne du fichier</translation>
        </message>
        <message>
            <source>Sample values</source>
            <translation>Exemples de valeurs</translation>
        </message>
        <message>
            <source>This file lists every employee (full extract): mark people missing from it as having left</source>
            <translation>Ce fichier liste tous les salariés (extraction complète) : signaler comme partants ceux qui n’y figurent pas</translation>
        </message>
        <message>
            <source>Dates like 03/01/2024 are day/month/year (3 January)</source>
            <translation>Les dates comme 03/01/2024 sont au format jour/mois/année (3 janvier)</translation>
        </message>
        <message>
            <source>Period start</source>
            <translation>Début de la période</translation>
        </message>
        <message>
            <source>Period end</source>
            <translation>Fin de la période</translation>
        </message>
        <message>
            <source>The export covers the period from</source>
            <translation>L’export couvre la période du</translation>
        </message>
        <message>
            <source>to</source>
            <translation>au</translation>
        </message>
        <message>
            <source>These columns are matched as you chose the last time you imported a file with the same column names.</source>
            <translation>Les colonnes sont associées comme vous l’avez choisi la dernière fois que vous avez importé un fichier avec les mêmes noms de colonnes.</translation>
        </message>
        <message>
            <source>ESN Desk matched the columns it recognised; check them and correct any that are wrong.</source>
            <translation>ESN Desk a associé les colonnes qu’il a reconnues ; vérifiez-les et corrigez celles qui sont fausses.</translation>
        </message>
        <message>
            <source>No column name was recognised: pick a field for each column to import.</source>
            <translation>Aucun nom de colonne n’a été reconnu : choisissez un champ pour chaque colonne à importer.</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(sans nom)</translation>
        </message>
        <message>
            <source>Field for column {letter} {name}</source>
            <translation>Champ de la colonne {letter} {name}</translation>
        </message>
        <message>
            <source>The period starts after it ends: check the two dates.</source>
            <translation>La période commence après sa fin : vérifiez les deux dates.</translation>
        </message>
    </context>
    <context>
        <name>Migrations</name>
        <message>
            <source>{file} is a database, but not an ESN Desk programme. Open a .esndesk file, or create a new programme with File → New programme.</source>
            <translation>{file} est une base de données, mais pas un programme ESN Desk. Ouvrez un fichier .esndesk, ou créez un nouveau programme avec Fichier → Nouveau programme.</translation>
        </message>
        <message>
            <source>{file} was saved by a newer version of ESN Desk (schema {version}, this version knows {latest}). Install the latest ESN Desk to open it.</source>
            <translation>{file} a été enregistré par une version plus récente d’ESN Desk (schéma {version}, cette version connaît le schéma {latest}). Installez la dernière version d’ESN Desk pour l’ouvrir.</translation>
        </message>
        <message>
            <source>The database</source>
            <translation>La base de données</translation>
        </message>
    </context>
    <context>
        <name>MissingModel</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Still needs</source>
            <translation>Formations manquantes</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>Backups</source>
            <translation>Sauvegardes</translation>
        </message>
        <message>
            <source>Case studies</source>
            <translation>Retours d’expérience</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Couverture</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <source>Directory</source>
            <translation>Annuaire</translation>
        </message>
        <message>
            <source>Imports</source>
            <translation>Imports</translation>
        </message>
        <message>
            <source>Visibility kit</source>
            <translation>Kit de visibilité</translation>
        </message>
        <message>
            <source>Recognition</source>
            <translation>Reconnaissance</translation>
        </message>
        <message>
            <source>Ambassadors</source>
            <translation>Ambassadeurs</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Formation</translation>
        </message>
    </context>
    <context>
        <name>People</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Employee ID</source>
            <translation>Matricule</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Poste</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
    </context>
    <context>
        <name>PeopleTableModel</name>
        <message>
            <source>Active</source>
            <translation>En poste</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Parti</translation>
        </message>
        <message>
            <source>{name} has left the company</source>
            <translation>{name} a quitté l’entreprise</translation>
        </message>
    </context>
    <context>
        <name>PersonPanel</name>
        <message>
            <source>Export this person's data…</source>
            <translation>Exporter ses données…</translation>
        </message>
        <message>
            <source>Erase this person…</source>
            <translation>Effacer cette personne…</translation>
        </message>
        <message>
            <source>Employee ID</source>
            <translation>Matricule</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nom complet</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Poste</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Manager email</source>
            <translation>E-mail du manager</translation>
        </message>
        <message>
            <source>Manager employee ID</source>
            <translation>Matricule du manager</translation>
        </message>
        <message>
            <source>Hire date</source>
            <translation>Date d’embauche</translation>
        </message>
        <message>
            <source>{when}: marked as having left</source>
            <translation>{when} : marqué comme ayant quitté l’entreprise</translation>
        </message>
        <message>
            <source>{when}: back in the HR data: {changes}</source>
            <translation>{when} : de retour dans les données RH : {changes}</translation>
        </message>
        <message>
            <source>{when}: back in the HR data</source>
            <translation>{when} : de retour dans les données RH</translation>
        </message>
        <message>
            <source>{when}: updated: {changes}</source>
            <translation>{when} : mis à jour : {changes}</translation>
        </message>
        <message>
            <source>{when}: updated</source>
            <translation>{when} : mis à jour</translation>
        </message>
        <message>
            <source>{when}: added ({source})</source>
            <translation>{when} : ajout ({source})</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>saisie manuelle</translation>
        </message>
        <message>
            <source>HR import: {file}</source>
            <translation>import RH : {file}</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Coordonnées</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Manager</translation>
        </message>
        <message>
            <source>Direct reports</source>
            <translation>Équipe directe</translation>
        </message>
        <message>
            <source>HR record</source>
            <translation>Dossier RH</translation>
        </message>
        <message>
            <source>First seen</source>
            <translation>Présent depuis</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>Dernière présence</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Add to the programme…</source>
            <translation>Ajouter au programme…</translation>
        </message>
        <message>
            <source>Record an application or a nomination for this person</source>
            <translation>Enregistrer une candidature spontanée ou une proposition pour cette personne</translation>
        </message>
        <message>
            <source>HISTORY</source>
            <translation>HISTORIQUE</translation>
        </message>
        <message>
            <source>PERSONAL DATA</source>
            <translation>DONNÉES PERSONNELLES</translation>
        </message>
        <message>
            <source>Everything held about them, as JSON and Excel (an access request)</source>
            <translation>Tout ce qui est conservé sur cette personne, en JSON et Excel (demande d’accès)</translation>
        </message>
        <message>
            <source>Remove them from every table (an erasure request)</source>
            <translation>La retirer de toutes les tables (demande d’effacement)</translation>
        </message>
        <message>
            <source>Select a person to see their details.</source>
            <translation>Sélectionnez une personne pour voir sa fiche.</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(sans nom)</translation>
        </message>
        <message>
            <source>Left the company on {date}</source>
            <translation>A quitté l’entreprise le {date}</translation>
        </message>
        <message>
            <source>Left the company</source>
            <translation>A quitté l’entreprise</translation>
        </message>
        <message>
            <source>Active employee</source>
            <translation>Salarié en poste</translation>
        </message>
    </context>
    <context>
        <name>PersonSearchDialog</name>
        <message>
            <source>Find people</source>
            <translation>Rechercher des personnes</translation>
        </message>
        <message>
            <source>Name, email, employee ID, site, department…</source>
            <translation>Nom, e-mail, matricule, site, direction…</translation>
        </message>
        <message>
            <source>Search the directory</source>
            <translation>Rechercher dans l’annuaire</translation>
        </message>
        <message>
            <source>People found</source>
            <translation>Personnes trouvées</translation>
        </message>
        <message>
            <source>Choose</source>
            <translation>Choisir</translation>
        </message>
        <message>
            <source>Type a name, an email or a site to find people.</source>
            <translation>Saisissez un nom, un e-mail ou un site pour trouver des personnes.</translation>
        </message>
        <message>
            <source>{name} — left the company</source>
            <translation>{name} — a quitté l’entreprise</translation>
        </message>
        <message>
            <source>person found</source>
            <translation>personne trouvée</translation>
        </message>
        <message>
            <source>people found</source>
            <translation>personnes trouvées</translation>
        </message>
        <message>
            <source>{found} (the first {shown}: type more to narrow)</source>
            <translation>{found} (les {shown} premières : précisez la recherche)</translation>
        </message>
        <message>
            <source>Nobody found.</source>
            <translation>Aucun résultat.</translation>
        </message>
    </context>
    <context>
        <name>Privacy</name>
        <message>
            <source>Older backups of this programme, made before the erase, still hold {name} until they rotate out: about 6 months at most. Purge the backups now to remove {name} from them at once.</source>
            <translation>Les sauvegardes antérieures de ce programme, faites avant l’effacement, contiennent encore {name} jusqu’à leur expiration : 6 mois au plus. Purgez les sauvegardes maintenant pour en retirer {name} tout de suite.</translation>
        </message>
        <message>
            <source>Directory record</source>
            <translation>Fiche annuaire</translation>
        </message>
        <message>
            <source>Change history</source>
            <translation>Historique des modifications</translation>
        </message>
        <message>
            <source>Candidacy</source>
            <translation>Candidature</translation>
        </message>
        <message>
            <source>Candidacy history</source>
            <translation>Historique de candidature</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Activités</translation>
        </message>
        <message>
            <source>Case studies</source>
            <translation>Retours d’expérience</translation>
        </message>
        <message>
            <source>Kit</source>
            <translation>Kit</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Formation</translation>
        </message>
        <message>
            <source>Network usage</source>
            <translation>Usage du réseau</translation>
        </message>
        <message>
            <source>Employee id</source>
            <translation>Matricule</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nom complet</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Poste</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Manager email</source>
            <translation>E-mail du manager</translation>
        </message>
        <message>
            <source>Manager employee id</source>
            <translation>Matricule du manager</translation>
        </message>
        <message>
            <source>Hire date</source>
            <translation>Date d’embauche</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Left on</source>
            <translation>Date de départ</translation>
        </message>
        <message>
            <source>First seen</source>
            <translation>Présent depuis</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>Dernière présence</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Changed at</source>
            <translation>Modifié le</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Import id</source>
            <translation>N° d’import</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Modifications</translation>
        </message>
        <message>
            <source>Person id</source>
            <translation>N° de personne</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Entrée</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Applied on</source>
            <translation>Candidature le</translation>
        </message>
        <message>
            <source>Motivation</source>
            <translation>Motivation</translation>
        </message>
        <message>
            <source>Eligibility override</source>
            <translation>Exception d’éligibilité</translation>
        </message>
        <message>
            <source>Hr validated on</source>
            <translation>Validé RH le</translation>
        </message>
        <message>
            <source>Hr validated by</source>
            <translation>Validé RH par</translation>
        </message>
        <message>
            <source>Manager confirmed on</source>
            <translation>Confirmé par le manager le</translation>
        </message>
        <message>
            <source>Manager confirmed by</source>
            <translation>Confirmé par le manager</translation>
        </message>
        <message>
            <source>Activated on</source>
            <translation>Activé le</translation>
        </message>
        <message>
            <source>Refused by</source>
            <translation>Refusé par</translation>
        </message>
        <message>
            <source>Refusal reason</source>
            <translation>Motif du refus</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <source>Objective target</source>
            <translation>Cible de l’objectif</translation>
        </message>
        <message>
            <source>Objective due</source>
            <translation>Échéance de l’objectif</translation>
        </message>
        <message>
            <source>Privileges</source>
            <translation>Privilèges</translation>
        </message>
        <message>
            <source>Community member</source>
            <translation>Membre de la communauté</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Created at</source>
            <translation>Créé le</translation>
        </message>
        <message>
            <source>Updated at</source>
            <translation>Mis à jour le</translation>
        </message>
        <message>
            <source>At</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>From status</source>
            <translation>Statut précédent</translation>
        </message>
        <message>
            <source>To status</source>
            <translation>Nouveau statut</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Happened on</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Use case</source>
            <translation>Cas d’usage</translation>
        </message>
        <message>
            <source>Written on</source>
            <translation>Rédigé le</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>Texte</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Lien</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Élément</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Prepared on</source>
            <translation>Préparé le</translation>
        </message>
        <message>
            <source>Given on</source>
            <translation>Remis le</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Starts at</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Timezone</source>
            <translation>Fuseau horaire</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>Period start</source>
            <translation>Début de période</translation>
        </message>
        <message>
            <source>Period end</source>
            <translation>Fin de période</translation>
        </message>
        <message>
            <source>Last active</source>
            <translation>Dernière activité</translation>
        </message>
        <message>
            <source>Posts</source>
            <translation>Publications</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Commentaires</translation>
        </message>
        <message>
            <source>Reactions</source>
            <translation>Réactions</translation>
        </message>
        <message>
            <source>Views</source>
            <translation>Vues</translation>
        </message>
        <message>
            <source>Contributor</source>
            <translation>Contributeur</translation>
        </message>
        <message>
            <source>Reader</source>
            <translation>Lecteur</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Identifiant</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Objet</translation>
        </message>
        <message>
            <source>Exported at</source>
            <translation>Exporté le</translation>
        </message>
        <message>
            <source>Erased {name} (#{id}):</source>
            <translation>Effacement de {name} (n° {id}) :</translation>
        </message>
        <message>
            <source>{table}: {count} row(s) deleted</source>
            <translation>{table} : {count} ligne(s) supprimée(s)</translation>
        </message>
        <message>
            <source>{column}: {count} value(s) cleared</source>
            <translation>{column} : {count} valeur(s) effacée(s)</translation>
        </message>
        <message>
            <source>The undo copy of the latest import was deleted (it held this person).</source>
            <translation>La copie d’annulation du dernier import a été supprimée (elle contenait cette personne).</translation>
        </message>
        <message>
            <source>The database log could not be emptied now (the programme is in use); it will be.</source>
            <translation>Le journal de la base de données n’a pas pu être vidé tout de suite (le programme est en cours d’utilisation) ; il le sera plus tard.</translation>
        </message>
        <message>
            <source>Give the person's email or employee ID.</source>
            <translation>Indiquez l’e-mail ou le matricule de la personne.</translation>
        </message>
        <message>
            <source>Nobody in the directory has the email or employee ID “{key}”.</source>
            <translation>Aucune personne de l’annuaire n’a l’e-mail ou le matricule « {key} ».</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(sans nom)</translation>
        </message>
        <message>
            <source>“{key}” matches {count} people ({who}): give the employee ID of the one you mean.</source>
            <translation>« {key} » correspond à {count} personnes ({who}) : indiquez le matricule de celle que vous voulez.</translation>
        </message>
        <message>
            <source>There is no person #{id} in the directory.</source>
            <translation>Aucune personne n° {id} dans l’annuaire.</translation>
        </message>
        <message>
            <source>Everything this programme holds about one person</source>
            <translation>Tout ce que ce programme conserve sur une personne</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>Le dossier {folder} n’existe pas.</translation>
        </message>
        <message>
            <source>Cannot write {path}: {error}</source>
            <translation>Impossible d’écrire {path} : {error}</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>About</source>
            <translation>À propos</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <source>The retention period cannot be negative.</source>
            <translation>La durée de conservation ne peut pas être négative.</translation>
        </message>
        <message>
            <source>{n} backup rewritten without them (the rest of each kept).</source>
            <translation>{n} sauvegarde réécrite sans leurs données (le reste conservé).</translation>
        </message>
        <message>
            <source>{n} backups rewritten without them (the rest of each kept).</source>
            <translation>{n} sauvegardes réécrites sans leurs données (le reste de chacune conservé).</translation>
        </message>
        <message>
            <source>{n} backup deleted: made by an earlier version of ESN Desk, they cannot be rewritten.</source>
            <translation>{n} sauvegarde supprimée : faite par une version antérieure d’ESN Desk, elle ne peut pas être réécrite.</translation>
        </message>
        <message>
            <source>{n} backups deleted: made by an earlier version of ESN Desk, they cannot be rewritten.</source>
            <translation>{n} sauvegardes supprimées : faites par une version antérieure d’ESN Desk, elles ne peuvent pas être réécrites.</translation>
        </message>
        <message>
            <source>{n} backup did not hold them: left as they were.</source>
            <translation>{n} sauvegarde ne les contenait pas : laissée telle quelle.</translation>
        </message>
        <message>
            <source>{n} backups did not hold them: left as they were.</source>
            <translation>{n} sauvegardes ne les contenaient pas : laissées telles quelles.</translation>
        </message>
        <message>
            <source>No backup held them.</source>
            <translation>Aucune sauvegarde ne les contenait.</translation>
        </message>
        <message>
            <source>Not changed: {file} — {why}</source>
            <translation>Non modifiée : {file} — {why}</translation>
        </message>
        <message>
            <source>Stopped before the end: the other backups still hold them until they rotate out.</source>
            <translation>Arrêté avant la fin : les autres sauvegardes les contiennent encore jusqu’à leur expiration.</translation>
        </message>
        <message>
            <source>{file} failed its integrity check after the purge ({problems}).</source>
            <translation>{file} n’a pas passé le contrôle d’intégrité après la purge ({problems}).</translation>
        </message>
    </context>
    <context>
        <name>PrivacyDialogs</name>
        <message>
            <source>This programme is open read-only in this window: nothing can be erased here.</source>
            <translation>Ce programme est ouvert en lecture seule dans cette fenêtre : rien ne peut y être effacé.</translation>
        </message>
        <message>
            <source>directory record</source>
            <translation>fiche d’annuaire</translation>
        </message>
        <message>
            <source>directory records</source>
            <translation>fiches d’annuaire</translation>
        </message>
        <message>
            <source>change in their HR history</source>
            <translation>modification de l’historique RH</translation>
        </message>
        <message>
            <source>changes in their HR history</source>
            <translation>modifications de l’historique RH</translation>
        </message>
        <message>
            <source>programme candidacy</source>
            <translation>candidature au programme</translation>
        </message>
        <message>
            <source>programme candidacies</source>
            <translation>candidatures au programme</translation>
        </message>
        <message>
            <source>candidacy history step</source>
            <translation>étape de l’historique de candidature</translation>
        </message>
        <message>
            <source>candidacy history steps</source>
            <translation>étapes de l’historique de candidature</translation>
        </message>
        <message>
            <source>activity</source>
            <translation>activité</translation>
        </message>
        <message>
            <source>activities</source>
            <translation>activités</translation>
        </message>
        <message>
            <source>kit item</source>
            <translation>élément du kit</translation>
        </message>
        <message>
            <source>kit items</source>
            <translation>éléments du kit</translation>
        </message>
        <message>
            <source>training enrolment</source>
            <translation>inscription à une formation</translation>
        </message>
        <message>
            <source>training enrolments</source>
            <translation>inscriptions à des formations</translation>
        </message>
        <message>
            <source>usage record</source>
            <translation>relevé d’usage</translation>
        </message>
        <message>
            <source>usage records</source>
            <translation>relevés d’usage</translation>
        </message>
        <message>
            <source>case study loses its author (the text is kept)</source>
            <translation>retour d’expérience perd son auteur (le texte est conservé)</translation>
        </message>
        <message>
            <source>case studies lose their author (the texts are kept)</source>
            <translation>retours d’expérience perdent leur auteur (les textes sont conservés)</translation>
        </message>
        <message>
            <source>{table} row</source>
            <translation>ligne de {table}</translation>
        </message>
        <message>
            <source>{table} rows</source>
            <translation>lignes de {table}</translation>
        </message>
        <message>
            <source>person</source>
            <translation>personne</translation>
        </message>
        <message>
            <source>people</source>
            <translation>personnes</translation>
        </message>
        <message>
            <source>month</source>
            <translation>mois</translation>
        </message>
        <message>
            <source>months</source>
            <translation>mois</translation>
        </message>
        <message>
            <source>{people} left more than {months} ago — their data should be deleted</source>
            <translation>{people} ayant quitté l’entreprise depuis plus de {months} : leurs données devraient être supprimées</translation>
        </message>
        <message>
            <source>person #{id}</source>
            <translation>personne n° {id}</translation>
        </message>
        <message>
            <source>Export {name}'s data to</source>
            <translation>Exporter les données de {name} vers</translation>
        </message>
        <message>
            <source>Cannot export</source>
            <translation>Export impossible</translation>
        </message>
        <message>
            <source>Data exported</source>
            <translation>Données exportées</translation>
        </message>
        <message>
            <source>Everything held about {name} was written to two files:

{json}
{xlsx}

in the folder {folder}</source>
            <translation>Tout ce qui est conservé sur {name} a été écrit dans deux fichiers :

{json}
{xlsx}

dans le dossier {folder}</translation>
        </message>
        <message>
            <source>Open the folder</source>
            <translation>Ouvrir le dossier</translation>
        </message>
    </context>
    <context>
        <name>Programme</name>
        <message>
            <source>Applied</source>
            <translation>Candidat</translation>
        </message>
        <message>
            <source>Nominated</source>
            <translation>Proposé</translation>
        </message>
        <message>
            <source>HR-validated</source>
            <translation>Validé RH</translation>
        </message>
        <message>
            <source>Manager-confirmed</source>
            <translation>Confirmé par le manager</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pause</translation>
        </message>
        <message>
            <source>Alumni</source>
            <translation>Ancien</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Refusé</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Retiré</translation>
        </message>
        <message>
            <source>applied</source>
            <translation>candidat</translation>
        </message>
        <message>
            <source>nominated</source>
            <translation>proposé</translation>
        </message>
        <message>
            <source>hr-validated</source>
            <translation>validé RH</translation>
        </message>
        <message>
            <source>manager-confirmed</source>
            <translation>confirmé par le manager</translation>
        </message>
        <message>
            <source>active</source>
            <translation>actif</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>en pause</translation>
        </message>
        <message>
            <source>alumni</source>
            <translation>ancien</translation>
        </message>
        <message>
            <source>declined</source>
            <translation>refusé</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>retiré</translation>
        </message>
        <message>
            <source>No approval: candidates can be activated at once</source>
            <translation>Sans validation : les candidats peuvent être activés tout de suite</translation>
        </message>
        <message>
            <source>HR validation</source>
            <translation>Validation RH</translation>
        </message>
        <message>
            <source>HR validation, then the line manager confirms</source>
            <translation>Validation RH, puis confirmation par le manager</translation>
        </message>
        <message>
            <source>Ambassador</source>
            <translation>Ambassadeur</translation>
        </message>
        <message>
            <source>Shows colleagues how the network helps their work; talks about practices, not technology.</source>
            <translation>Montre à ses collègues en quoi le réseau les aide dans leur travail ; parle des pratiques, pas de la technique.</translation>
        </message>
        <message>
            <source>Coach</source>
            <translation>Coach</translation>
        </message>
        <message>
            <source>Coaches a team on new ways of working. Coaching is not technical support: IT answers those.</source>
            <translation>Accompagne une équipe dans ses nouvelles façons de travailler. Le coaching n’est pas du support technique : c’est le rôle de l’informatique.</translation>
        </message>
        <message>
            <source>Community manager</source>
            <translation>Community manager</translation>
        </message>
        <message>
            <source>Runs a community: animates it, welcomes members, shares good practices.</source>
            <translation>Fait vivre une communauté : l’anime, accueille les membres, partage les bonnes pratiques.</translation>
        </message>
        <message>
            <source>Mentor</source>
            <translation>Mentor</translation>
        </message>
        <message>
            <source>Supports new ambassadors and coaches as they start.</source>
            <translation>Accompagne les nouveaux ambassadeurs et coachs à leurs débuts.</translation>
        </message>
        <message>
            <source>Call for applications (email)</source>
            <translation>Appel à candidatures (e-mail)</translation>
        </message>
        <message>
            <source>Call for applications (poster)</source>
            <translation>Appel à candidatures (affiche)</translation>
        </message>
        <message>
            <source>Pilot phase</source>
            <translation>Phase pilote</translation>
        </message>
        <message>
            <source>Serious game</source>
            <translation>Serious game</translation>
        </message>
        <message>
            <source>Digital passport</source>
            <translation>Passeport numérique</translation>
        </message>
        <message>
            <source>Community manager / mentor</source>
            <translation>Community manager / mentor</translation>
        </message>
        <message>
            <source>Further training</source>
            <translation>Formation approfondie</translation>
        </message>
        <message>
            <source>Preview of new features</source>
            <translation>Avant-première des nouveautés</translation>
        </message>
        <message>
            <source>Unknown approval flow “{flow}”.</source>
            <translation>Circuit de validation inconnu : « {flow} ».</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Poste</translation>
        </message>
        <message>
            <source>department</source>
            <translation>direction</translation>
        </message>
        <message>
            <source>site</source>
            <translation>site</translation>
        </message>
        <message>
            <source>country</source>
            <translation>pays</translation>
        </message>
        <message>
            <source>job title</source>
            <translation>poste</translation>
        </message>
        <message>
            <source>Employee is active</source>
            <translation>Le salarié n’a pas quitté l’entreprise</translation>
        </message>
        <message>
            <source>Hired at least {months} months ago</source>
            <translation>Embauché depuis au moins {months} mois</translation>
        </message>
        <message>
            <source>{field} is not {values}</source>
            <translation>{field} : tout sauf {values}</translation>
        </message>
        <message>
            <source>{field} is {values}</source>
            <translation>{field} : {values}</translation>
        </message>
        <message>
            <source>has left the company</source>
            <translation>a quitté l’entreprise</translation>
        </message>
        <message>
            <source>has no hire date in the HR data</source>
            <translation>n’a pas de date d’embauche dans les données RH</translation>
        </message>
        <message>
            <source>was hired {months} months ago</source>
            <translation>a été embauché il y a {months} mois</translation>
        </message>
        <message>
            <source>{field} is empty, not {allowed}</source>
            <translation>{field} vide, attendu : {allowed}</translation>
        </message>
        <message>
            <source>{field} is {value}, not {allowed}</source>
            <translation>{field} « {value} », attendu : {allowed}</translation>
        </message>
        <message>
            <source>{field} is {value}</source>
            <translation>{field} « {value} », hors du périmètre du programme</translation>
        </message>
        <message>
            <source>An eligibility rule needs a field and at least one value.</source>
            <translation>Une règle d’éligibilité a besoin d’un champ et d’au moins une valeur.</translation>
        </message>
        <message>
            <source>The seniority rule needs a number of months between 1 and 600.</source>
            <translation>La règle d’ancienneté demande un nombre de mois entre 1 et 600.</translation>
        </message>
        <message>
            <source>Unknown eligibility rule “{kind}”.</source>
            <translation>Règle d’éligibilité inconnue : « {kind} ».</translation>
        </message>
        <message>
            <source>The programme needs at least one role.</source>
            <translation>Le programme a besoin d’au moins un rôle.</translation>
        </message>
        <message>
            <source>Unknown entry “{entry}”: use application or nomination.</source>
            <translation>Type d’entrée inconnu : « {entry} ». Utilisez application (candidature spontanée) ou nomination (proposition).</translation>
        </message>
        <message>
            <source>{name} is not eligible: {reasons}. Add an override note to go ahead anyway.</source>
            <translation>{name} n’est pas éligible : {reasons}. Ajoutez une note d’exception pour l’ajouter quand même.</translation>
        </message>
        <message>
            <source>“{role}” is not one of the programme's roles ({roles}).</source>
            <translation>« {role} » ne fait pas partie des rôles du programme ({roles}).</translation>
        </message>
        <message>
            <source>{name} is already in the programme ({status}).</source>
            <translation>{name} fait déjà partie du programme ({status}).</translation>
        </message>
        <message>
            <source>Unknown status “{status}”.</source>
            <translation>Statut inconnu : « {status} ».</translation>
        </message>
        <message>
            <source>Say why the candidacy is declined (the note is kept in its history).</source>
            <translation>Indiquez pourquoi la candidature est refusée (la note est conservée dans son historique).</translation>
        </message>
        <message>
            <source>{name} is {status}: they can go to {options}, not {target}.</source>
            <translation>{name} est au statut « {status} » : passage possible vers {options}, pas vers « {target} ».</translation>
        </message>
        <message>
            <source>{name} is {status}: no move is possible (final status).</source>
            <translation>{name} est au statut « {status} » : aucun passage possible (statut final).</translation>
        </message>
        <message>
            <source>These cannot be edited here: {fields}.</source>
            <translation>Ces champs ne se modifient pas ici : {fields}.</translation>
        </message>
        <message>
            <source>“{role}” is not one of the programme's roles.</source>
            <translation>« {role} » ne fait pas partie des rôles du programme.</translation>
        </message>
        <message>
            <source>This change can no longer be undone: person #{id} is no longer in the directory as it was.</source>
            <translation>Cette modification ne peut plus être annulée : la personne n° {id} n’est plus dans l’annuaire telle qu’elle était.</translation>
        </message>
        <message>
            <source>This change can no longer be undone: the programme's history has changed since.</source>
            <translation>Cette modification ne peut plus être annulée : l’historique du programme a changé depuis.</translation>
        </message>
        <message>
            <source>{n} activity</source>
            <translation>{n} activité</translation>
        </message>
        <message>
            <source>{n} activities</source>
            <translation>{n} activités</translation>
        </message>
        <message>
            <source>{n} case study</source>
            <translation>{n} retour d’expérience</translation>
        </message>
        <message>
            <source>{n} case studies</source>
            <translation>{n} retours d’expérience</translation>
        </message>
        <message>
            <source>{activities} and {case_studies}</source>
            <translation>{activities} et {case_studies}</translation>
        </message>
        <message>
            <source>This cannot be undone: {name} now has {recorded} recorded, which removing their candidacy would lose.</source>
            <translation>Impossible d’annuler : {name} a désormais à son actif {recorded}, que le retrait de sa candidature ferait perdre.</translation>
        </message>
        <message>
            <source>{status} but has left the company: pause or end their role</source>
            <translation>{status}, mais a quitté l’entreprise : mettez son rôle en pause ou terminez-le</translation>
        </message>
        <message>
            <source>{status} {days} days ago, waiting for HR</source>
            <translation>{status} il y a {days} jours, en attente des RH</translation>
        </message>
        <message>
            <source>{status} {days} days ago, waiting for their manager</source>
            <translation>{status} il y a {days} jours, en attente de son manager</translation>
        </message>
        <message>
            <source>{status} {days} days ago, waiting for you to activate them</source>
            <translation>{status} il y a {days} jours, en attente de votre activation</translation>
        </message>
        <message>
            <source>There is no person #{id} in the directory.</source>
            <translation>Aucune personne n° {id} dans l’annuaire.</translation>
        </message>
        <message>
            <source>There is no candidacy #{id}.</source>
            <translation>Aucune candidature n° {id}.</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeSettingsDialog</name>
        <message>
            <source>Programme settings</source>
            <translation>Paramètres du programme</translation>
        </message>
        <message>
            <source>e.g. Talkspirit, Viva Engage, Workplace</source>
            <translation>par exemple Talkspirit, Viva Engage, Workplace</translation>
        </message>
        <message>
            <source>1 ambassador per {n} employees</source>
            <translation>1 ambassadeur pour {n} salariés</translation>
        </message>
        <message>
            <source>Ambassador target: employees per ambassador</source>
            <translation>Objectif d’ambassadeurs : salariés par ambassadeur</translation>
        </message>
        <message>
            <source>more than {n} days</source>
            <translation>plus de {n} jours</translation>
        </message>
        <message>
            <source>Flag candidacies waiting for more than</source>
            <translation>Signaler les candidatures en attente depuis plus de</translation>
        </message>
        <message>
            <source>Delete the data of people who left after, in months</source>
            <translation>Supprimer les données des partants après, en mois</translation>
        </message>
        <message>
            <source>People marked as having left the company for longer than this are listed on the Dashboard as due for deletion.</source>
            <translation>Les personnes signalées comme ayant quitté l’entreprise depuis plus longtemps que cela apparaissent « À supprimer » dans le tableau de bord.</translation>
        </message>
        <message>
            <source>https://…  (link to the ambassadors' community)</source>
            <translation>https://…  (lien vers la communauté des ambassadeurs)</translation>
        </message>
        <message>
            <source>Programme colour</source>
            <translation>Couleur du programme</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>https://…/banner.png  (optional: none by default)</source>
            <translation>https://…/banniere.png  (facultatif)</translation>
        </message>
        <message>
            <source>The address of a person's profile on the network, for the QR code on name badges: {email}, {employee_id}, {first_name} and {last_name} are replaced. Empty: the QR code holds a contact card instead.</source>
            <translation>L’adresse du profil d’une personne sur le réseau, pour le QR code des badges nominatifs : {email}, {employee_id}, {first_name} et {last_name} sont remplacés. Vide : le QR code contient une fiche de contact à la place.</translation>
        </message>
        <message>
            <source>photos named by employee ID or email</source>
            <translation>photos nommées par matricule ou e-mail</translation>
        </message>
        <message>
            <source>A folder of photos for name badges, each file named after the person's employee ID or email address (E1234.jpg, anne.martin@example.com.png).</source>
            <translation>Un dossier de photos pour les badges nominatifs, chaque fichier portant le matricule ou l’adresse e-mail de la personne (E1234.jpg, anne.martin@example.com.png).</translation>
        </message>
        <message>
            <source>Photos folder</source>
            <translation>Dossier des photos</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
        <message>
            <source>Programme name</source>
            <translation>Nom du programme</translation>
        </message>
        <message>
            <source>Enterprise social network</source>
            <translation>Réseau social d’entreprise</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Tipping point</source>
            <translation>Point de bascule</translation>
        </message>
        <message>
            <source>Share of a population that must publish on the network before the rest follows (field practice: 10–15 %).</source>
            <translation>Part d’une population qui doit publier sur le réseau pour que le reste suive (pratique de terrain : 10–15 %).</translation>
        </message>
        <message>
            <source>Ambassador target</source>
            <translation>Objectif d’ambassadeurs</translation>
        </message>
        <message>
            <source>Flag candidacies waiting</source>
            <translation>Signaler les candidatures en attente</translation>
        </message>
        <message>
            <source>Delete the data of people who left</source>
            <translation>Supprimer les données des partants</translation>
        </message>
        <message>
            <source>Community link</source>
            <translation>Lien de la communauté</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>Organisateur</translation>
        </message>
        <message>
            <source>Organiser email</source>
            <translation>E-mail de l’organisateur</translation>
        </message>
        <message>
            <source>VISIBILITY KIT</source>
            <translation>KIT DE VISIBILITÉ</translation>
        </message>
        <message>
            <source>Signature image</source>
            <translation>Image de signature</translation>
        </message>
        <message>
            <source>Profile address</source>
            <translation>Adresse du profil</translation>
        </message>
        <message>
            <source>after {n} month</source>
            <translation>après {n} mois</translation>
        </message>
        <message>
            <source>after {n} months</source>
            <translation>après {n} mois</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Folder</source>
            <comment>All other platforms</comment>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>File Folder</source>
            <comment>Match Windows Explorer</comment>
            <translation>Dossier de fichiers</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <comment>All other platforms</comment>
            <translation>Raccourci</translation>
        </message>
        <message>
            <source>Alias</source>
            <comment>macOS Finder</comment>
            <translation>Alias</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Lecteur</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Inconnu</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Voir dans :</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Fichiers de &amp;type :</translation>
        </message>
    </context>
    <context>
        <name>RecognitionPage</name>
        <message>
            <source>Rank</source>
            <translation>Rang</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Activités</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Dernière activité</translation>
        </message>
        <message>
            <source>What they did</source>
            <translation>Détail des activités</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Au</translation>
        </message>
        <message>
            <source>Ambassadors ranked by activity</source>
            <translation>Ambassadeurs classés par activité</translation>
        </message>
        <message>
            <source>Activities…</source>
            <translation>Activités…</translation>
        </message>
        <message>
            <source>See, edit or delete the selected ambassador's activities</source>
            <translation>Voir, modifier ou supprimer les activités de l’ambassadeur sélectionné</translation>
        </message>
        <message>
            <source>No activity logged yet</source>
            <translation>Aucune activité enregistrée pour l’instant</translation>
        </message>
        <message>
            <source>Log what ambassadors do — a demo, a webinar, a case study, help given to a team — from the Ambassadors page (“Log activity…”). The most active then appear here, ranked by points over the period you choose, so you can thank them by name.</source>
            <translation>Enregistrez ce que font les ambassadeurs — une démo, un webinaire, un retour d’expérience, une aide apportée à une équipe — depuis la page Ambassadeurs (« Nouvelle activité… »). Les plus actifs apparaissent alors ici, classés par points sur la période choisie, pour que vous puissiez les remercier nommément.</translation>
        </message>
        <message>
            <source>from</source>
            <translation>du</translation>
        </message>
        <message>
            <source>to</source>
            <translation>au</translation>
        </message>
        <message>
            <source>Nothing was logged between {start} and {end}. Choose a longer period.</source>
            <translation>Rien n’a été enregistré entre le {start} et le {end}. Choisissez une période plus longue.</translation>
        </message>
        <message>
            <source>{ambassadors} logged {activities} worth {points} in this period, ranked by points, then by number of activities.</source>
            <translation>Sur la période : {ambassadors}, {activities}, {points} — classement par points, puis par nombre d’activités.</translation>
        </message>
        <message>
            <source>ambassador</source>
            <translation>ambassadeur</translation>
        </message>
        <message>
            <source>ambassadors</source>
            <translation>ambassadeurs</translation>
        </message>
        <message>
            <source>activity</source>
            <translation>activité</translation>
        </message>
        <message>
            <source>activities</source>
            <translation>activités</translation>
        </message>
        <message>
            <source>point</source>
            <translation>point</translation>
        </message>
        <message>
            <source>points</source>
            <translation>points</translation>
        </message>
    </context>
    <context>
        <name>RecruitDialog</name>
        <message>
            <source>Add {name} to the programme</source>
            <translation>Ajouter {name} au programme</translation>
        </message>
        <message>
            <source>Application — they volunteered</source>
            <translation>Candidature spontanée — la personne est volontaire</translation>
        </message>
        <message>
            <source>Nomination — you solicit them</source>
            <translation>Proposition — vous la sollicitez</translation>
        </message>
        <message>
            <source>Who records it (you)</source>
            <translation>Qui l’enregistre (vous)</translation>
        </message>
        <message>
            <source>Motivation, how they were spotted, notes…</source>
            <translation>Motivation, comment la personne a été repérée, notes…</translation>
        </message>
        <message>
            <source>Why the programme makes an exception (required)</source>
            <translation>Pourquoi le programme fait une exception (obligatoire)</translation>
        </message>
        <message>
            <source>{failing} of {total} are not eligible ({reasons}). Without an exception note they are skipped.</source>
            <translation>{failing} sur {total} ne sont pas éligibles ({reasons}). Sans note d’exception, ils ne seront pas ajoutés.</translation>
        </message>
        <message>
            <source>Not eligible: {reasons}.</source>
            <translation>Non éligible : {reasons}.</translation>
        </message>
        <message>
            <source>Eligible under this programme's rules.</source>
            <translation>Éligible selon les règles de ce programme.</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Entrée</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Enregistré par</translation>
        </message>
        <message>
            <source>Motivation</source>
            <translation>Motivation</translation>
        </message>
        <message>
            <source>Exception</source>
            <translation>Exception</translation>
        </message>
        <message>
            <source>Add to the programme</source>
            <translation>Ajouter au programme</translation>
        </message>
    </context>
    <context>
        <name>RecruitmentRulesDialog</name>
        <message>
            <source>Recruitment rules</source>
            <translation>Règles de recrutement</translation>
        </message>
        <message>
            <source>Only employees who have not left</source>
            <translation>Seulement les salariés toujours dans l’entreprise</translation>
        </message>
        <message>
            <source>e.g. Informatique, IT — comma-separated</source>
            <translation>par ex. Informatique, IT — séparés par des virgules</translation>
        </message>
        <message>
            <source>any country (or e.g. France)</source>
            <translation>tous les pays (ou par ex. France)</translation>
        </message>
        <message>
            <source>any site</source>
            <translation>tous les sites</translation>
        </message>
        <message>
            <source> months</source>
            <translation> mois</translation>
        </message>
        <message>
            <source>no minimum</source>
            <translation>aucun minimum</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>Validation</translation>
        </message>
        <message>
            <source>Eligibility</source>
            <translation>Éligibilité</translation>
        </message>
        <message>
            <source>Departments not allowed</source>
            <translation>Directions exclues</translation>
        </message>
        <message>
            <source>Only these countries</source>
            <translation>Seulement ces pays</translation>
        </message>
        <message>
            <source>Only these sites</source>
            <translation>Seulement ces sites</translation>
        </message>
        <message>
            <source>Minimum seniority</source>
            <translation>Ancienneté minimale</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Rôles</translation>
        </message>
        <message>
            <source>One per line: name — what the role does (coaching is not IT support).</source>
            <translation>Un par ligne : nom — ce que fait le rôle (le coaching n’est pas du support informatique).</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>Review</source>
            <translation>Vérification</translation>
        </message>
        <message>
            <source>Nothing has been changed yet. Check the figures and the refused rows, then Import.</source>
            <translation>Rien n’a encore été modifié. Vérifiez les chiffres et les lignes refusées, puis cliquez sur Importer.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Applied on</source>
            <translation>Date de candidature</translation>
        </message>
        <message>
            <source>Employee ID</source>
            <translation>Matricule</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>What changes</source>
            <translation>Ce qui change</translation>
        </message>
        <message>
            <source>All problems</source>
            <translation>Tous les problèmes</translation>
        </message>
        <message>
            <source>Refused rows</source>
            <translation>Lignes refusées</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Alertes</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <source>Filter the problems…</source>
            <translation>Filtrer les problèmes…</translation>
        </message>
        <message>
            <source>Export refused rows…</source>
            <translation>Exporter les lignes refusées…</translation>
        </message>
        <message>
            <source>An Excel file with the refused rows and why; fix them there and import that file again.</source>
            <translation>Un fichier Excel avec les lignes refusées et leur motif ; corrigez-les dans ce fichier, puis importez-le de nouveau.</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problèmes</translation>
        </message>
        <message>
            <source>New people</source>
            <translation>Nouvelles personnes</translation>
        </message>
        <message>
            <source>Added to the programme</source>
            <translation>Ajoutés au programme</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Modifications</translation>
        </message>
        <message>
            <source>Leaving</source>
            <translation>Partants</translation>
        </message>
        <message>
            <source>Column names on row {row}</source>
            <translation>Noms des colonnes en ligne {row}</translation>
        </message>
        <message>
            <source>Sheet “{sheet}”, column names on row {row}</source>
            <translation>Feuille « {sheet} », noms des colonnes en ligne {row}</translation>
        </message>
        <message>
            <source>{where}; columns not imported: {columns}.</source>
            <translation>{where} ; colonnes non importées : {columns}.</translation>
        </message>
        <message>
            <source>{where}.</source>
            <translation>{where}.</translation>
        </message>
        <message>
            <source>(first role)</source>
            <translation>(premier rôle)</translation>
        </message>
        <message>
            <source>(today)</source>
            <translation>(aujourd’hui)</translation>
        </message>
        <message>
            <source>Period {start} – {end}: a contributor wrote at least one post or comment in it; a reader was active without writing.</source>
            <translation>Période du {start} au {end} : un contributeur y a écrit au moins une publication ou un commentaire ; un lecteur y a été actif sans écrire.</translation>
        </message>
        <message>
            <source>Nothing to import: no row matches anyone in the directory.</source>
            <translation>Rien à importer : aucune ligne ne correspond à une personne de l’annuaire.</translation>
        </message>
        <message>
            <source>Nothing to import: everyone in this file is already up to date (every row was refused).</source>
            <translation>Rien à importer : aucune ligne de ce fichier n’est importable (toutes ont été refusées).</translation>
        </message>
        <message>
            <source>Nothing to import: everyone in this file is already up to date.</source>
            <translation>Rien à importer : toutes les personnes de ce fichier sont déjà à jour.</translation>
        </message>
        <message>
            <source>Cannot import this file</source>
            <translation>Impossible d’importer ce fichier</translation>
        </message>
        <message>
            <source>{name} - refused rows.xlsx</source>
            <translation>{name} - lignes refusées.xlsx</translation>
        </message>
        <message>
            <source>Export refused rows</source>
            <translation>Exporter les lignes refusées</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Classeur Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Cannot save</source>
            <translation>Impossible d’enregistrer</translation>
        </message>
        <message>
            <source>{path} could not be written: {error}.</source>
            <translation>{path} n’a pas pu être écrit : {error}.</translation>
        </message>
        <message>
            <source>Refused rows exported</source>
            <translation>Lignes refusées exportées</translation>
        </message>
        <message>
            <source>{n} row written to {file}. Fix it there and import that file again.</source>
            <translation>{n} ligne écrite dans {file}. Corrigez-la dans ce fichier, puis importez-le de nouveau.</translation>
        </message>
        <message>
            <source>{n} rows written to {file}. Fix them there and import that file again.</source>
            <translation>{n} lignes écrites dans {file}. Corrigez-les dans ce fichier, puis importez-le de nouveau.</translation>
        </message>
    </context>
    <context>
        <name>RosterImport</name>
        <message>
            <source>Checking the rows…</source>
            <translation>Vérification des lignes…</translation>
        </message>
        <message>
            <source>A date in the future</source>
            <translation>Une date dans le futur</translation>
        </message>
        <message>
            <source>Not a status ESN Desk knows (use e.g. {statuses})</source>
            <translation>Statut inconnu d’ESN Desk (utilisez par exemple {statuses})</translation>
        </message>
        <message>
            <source>No {field}: every row needs one</source>
            <translation>{field} manquant : chaque ligne doit en avoir un</translation>
        </message>
        <message>
            <source>Already on row {row}; only that first row is imported</source>
            <translation>Déjà présent en ligne {row} ; seule cette première ligne est importée</translation>
        </message>
        <message>
            <source>Nobody in the directory has this employee ID: import the HR extract first</source>
            <translation>Aucune personne de l’annuaire n’a ce matricule : importez d’abord l’extraction RH</translation>
        </message>
        <message>
            <source>Nobody in the directory has this email: import the HR extract first</source>
            <translation>Aucune personne de l’annuaire n’a cet e-mail : importez d’abord l’extraction RH</translation>
        </message>
        <message>
            <source>{column}: {problem}</source>
            <translation>{column} : {problem}</translation>
        </message>
        <message>
            <source>Not one of the programme's roles; kept as written (add it under Recruitment rules if it is a real role)</source>
            <translation>Ne fait pas partie des rôles du programme ; conservé tel quel (ajoutez-le dans les règles de recrutement s’il s’agit d’un vrai rôle)</translation>
        </message>
        <message>
            <source>{name} has left the company according to the HR data; flagged on the roster</source>
            <translation>{name} a quitté l’entreprise d’après les données RH ; signalé dans la liste des ambassadeurs</translation>
        </message>
        <message>
            <source>{name} does not meet the programme's rules ({reasons}); imported as the roster says, with that exception noted</source>
            <translation>{name} ne remplit pas les règles du programme ({reasons}) ; importé comme l’indique la liste, avec cette exception notée</translation>
        </message>
        <message>
            <source>This plan is not a roster import.</source>
            <translation>Ce plan n’est pas un import de liste d’ambassadeurs.</translation>
        </message>
        <message>
            <source>Adding ambassadors…</source>
            <translation>Ajout des ambassadeurs…</translation>
        </message>
        <message>
            <source>{name} was added to the programme after the file was checked; nothing was imported. Check the file again.</source>
            <translation>{name} a été ajouté au programme après la vérification du fichier ; rien n’a été importé. Vérifiez de nouveau le fichier.</translation>
        </message>
        <message>
            <source>Updating the roster…</source>
            <translation>Mise à jour de la liste des ambassadeurs…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <source>{field}: {old} → {new}</source>
            <translation>{field} : {old} → {new}</translation>
        </message>
        <message>
            <source>Roster import: {file}</source>
            <translation>import de la liste : {file}</translation>
        </message>
        <message>
            <source>Row {row} of the roster file</source>
            <translation>ligne {row} du fichier des ambassadeurs</translation>
        </message>
        <message>
            <source>Imported from {file}: {note}</source>
            <translation>importé de {file} : {note}</translation>
        </message>
        <message>
            <source>[eligibility exception: {note}]</source>
            <translation>[exception aux règles d’éligibilité : {note}]</translation>
        </message>
        <message>
            <source>Updated {fields}</source>
            <translation>mise à jour : {fields}</translation>
        </message>
    </context>
    <context>
        <name>RosterPage</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Applied / nominated</source>
            <translation>Candidature / proposition</translation>
        </message>
        <message>
            <source>HR validates</source>
            <translation>Valider RH</translation>
        </message>
        <message>
            <source>Manager confirms</source>
            <translation>Accord manager</translation>
        </message>
        <message>
            <source>Activate</source>
            <translation>Activer</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Alumni</source>
            <translation>Ancien</translation>
        </message>
        <message>
            <source>Decline…</source>
            <translation>Refuser…</translation>
        </message>
        <message>
            <source>Withdrawn…</source>
            <translation>Retirer…</translation>
        </message>
        <message>
            <source>Pause: {who}</source>
            <translation>Mettre en pause : {who}</translation>
        </message>
        <message>
            <source>Move to alumni: {who}</source>
            <translation>Passer en ancien : {who}</translation>
        </message>
        <message>
            <source>Validate {who}</source>
            <translation>Valider {who}</translation>
        </message>
        <message>
            <source>Confirm {who}</source>
            <translation>Confirmer {who}</translation>
        </message>
        <message>
            <source>Activate {who}</source>
            <translation>Activer {who}</translation>
        </message>
        <message>
            <source>Pause {who}</source>
            <translation>Mettre {who} en pause</translation>
        </message>
        <message>
            <source>Move {who} to alumni</source>
            <translation>Passer {who} en ancien</translation>
        </message>
        <message>
            <source>Decline {who}</source>
            <translation>Refuser {who}</translation>
        </message>
        <message>
            <source>Withdraw {who}</source>
            <translation>Retirer {who}</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Tous</translation>
        </message>
        <message>
            <source>New candidates</source>
            <translation>Nouveaux candidats</translation>
        </message>
        <message>
            <source>Declined / withdrawn</source>
            <translation>Refusés / retirés</translation>
        </message>
        <message>
            <source>All roles</source>
            <translation>Tous les rôles</translation>
        </message>
        <message>
            <source>All sites</source>
            <translation>Tous les sites</translation>
        </message>
        <message>
            <source>All departments</source>
            <translation>Toutes les directions</translation>
        </message>
        <message>
            <source>All countries</source>
            <translation>Tous les pays</translation>
        </message>
        <message>
            <source>All sources</source>
            <translation>Toutes les sources</translation>
        </message>
        <message>
            <source>{status}  ⚠ left the company</source>
            <translation>{status}  ⚠ a quitté l’entreprise</translation>
        </message>
        <message>
            <source>Search name, email, site, department…</source>
            <translation>Rechercher un nom, un e-mail, un site, une direction…</translation>
        </message>
        <message>
            <source>Search the roster</source>
            <translation>Rechercher dans la liste des ambassadeurs</translation>
        </message>
        <message>
            <source>Pipeline stage</source>
            <translation>Étape du recrutement</translation>
        </message>
        <message>
            <source>{first} or {second}</source>
            <translation>{first} ou {second}</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Tout le monde</translation>
        </message>
        <message>
            <source>Ambassadors and candidates</source>
            <translation>Ambassadeurs et candidats</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Role, objective, privileges, community membership and notes</source>
            <translation>Rôle, objectif, privilèges, appartenance à la communauté et notes</translation>
        </message>
        <message>
            <source>Copy emails</source>
            <translation>Copier les e-mails</translation>
        </message>
        <message>
            <source>Copy the selected people's email addresses (for the community mailing list)</source>
            <translation>Copier les adresses e-mail des personnes sélectionnées (pour la liste de diffusion de la communauté)</translation>
        </message>
        <message>
            <source>No ambassador yet</source>
            <translation>Aucun ambassadeur pour l’instant</translation>
        </message>
        <message>
            <source>Recruit from the Directory: select a volunteer or someone you spotted and choose “Add to the programme…”. Candidates then go through the approval steps set for this programme.</source>
            <translation>Recrutez depuis l’Annuaire : sélectionnez un volontaire ou une personne repérée, puis choisissez « Ajouter au programme… ». Les candidats passent ensuite par les étapes de validation définies pour ce programme.</translation>
        </message>
        <message>
            <source>Recruitment rules…</source>
            <translation>Règles de recrutement…</translation>
        </message>
        <message>
            <source>Approval flow, eligibility rules, roles and sources of this programme</source>
            <translation>Circuit de validation, règles d’éligibilité, rôles et sources de ce programme</translation>
        </message>
        <message>
            <source>Log activity…</source>
            <translation>Nouvelle activité…</translation>
        </message>
        <message>
            <source>{active} active · {waiting} waiting for approval · {paused} paused</source>
            <translation>Actifs : {active} · en attente de validation : {waiting} · en pause : {paused}</translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>(non renseigné)</translation>
        </message>
        <message>
            <source>person</source>
            <translation>personne</translation>
        </message>
        <message>
            <source>people</source>
            <translation>personnes</translation>
        </message>
        <message>
            <source>{action}: {who}</source>
            <translation>{action} : {who}</translation>
        </message>
        <message>
            <source>Cannot do this</source>
            <translation>Action impossible</translation>
        </message>
        <message>
            <source>ambassador</source>
            <translation>ambassadeur</translation>
        </message>
        <message>
            <source>ambassadors</source>
            <translation>ambassadeurs</translation>
        </message>
        <message>
            <source>candidate</source>
            <translation>candidat</translation>
        </message>
        <message>
            <source>candidates</source>
            <translation>candidats</translation>
        </message>
        <message>
            <source>{n} person was moved. Not moved:</source>
            <translation>{n} personne a changé d’étape. Sans changement :</translation>
        </message>
        <message>
            <source>{n} people were moved. Not moved:</source>
            <translation>{n} personnes ont changé d’étape. Sans changement :</translation>
        </message>
        <message>
            <source>Some were left as they were</source>
            <translation>Certains n’ont pas changé</translation>
        </message>
        <message>
            <source>Edit {name}</source>
            <translation>Modifier {name}</translation>
        </message>
    </context>
    <context>
        <name>RunPage</name>
        <message>
            <source>Importing</source>
            <translation>Import en cours</translation>
        </message>
        <message>
            <source>You can cancel until the end: the directory is only changed when everything is written.</source>
            <translation>Vous pouvez annuler jusqu’à la fin : l’annuaire n’est modifié qu’une fois tout écrit.</translation>
        </message>
        <message>
            <source>Cancel the import</source>
            <translation>Annuler l’import</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
        <message>
            <source>Import cancelled</source>
            <translation>Import annulé</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was changed.</source>
            <translation>L’import a été annulé ; rien n’a été modifié.</translation>
        </message>
        <message>
            <source>Import failed</source>
            <translation>Échec de l’import</translation>
        </message>
        <message>
            <source>{error}

Nothing was changed.</source>
            <translation>{error}

Rien n’a été modifié.</translation>
        </message>
    </context>
    <context>
        <name>SaveDialog</name>
        <message>
            <source>Nothing to save.</source>
            <translation>Rien à enregistrer.</translation>
        </message>
    </context>
    <context>
        <name>SessionDialog</name>
        <message>
            <source>Add a site…</source>
            <translation>Ajouter un site…</translation>
        </message>
        <message>
            <source>Edit training session</source>
            <translation>Modifier la session de formation</translation>
        </message>
        <message>
            <source>New training session</source>
            <translation>Nouvelle session de formation</translation>
        </message>
        <message>
            <source>e.g. Viva Engage onboarding — Lyon</source>
            <translation>par ex. Prise en main de Viva Engage — Lyon</translation>
        </message>
        <message>
            <source>Kind of session</source>
            <translation>Type de session</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Start date and time</source>
            <translation>Date et heure de début</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Fuseau horaire</translation>
        </message>
        <message>
            <source>The time zone the start time is in (an IANA name such as Europe/Paris)</source>
            <translation>Le fuseau horaire de l’heure de début (un nom IANA comme Europe/Paris)</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Duration in minutes</source>
            <translation>Durée en minutes</translation>
        </message>
        <message>
            <source>Room and building, for on-site and hybrid sessions</source>
            <translation>Salle et bâtiment, pour les sessions en présentiel ou hybrides</translation>
        </message>
        <message>
            <source>https://teams.microsoft.com/… (the meeting link)</source>
            <translation>https://teams.microsoft.com/… (le lien de la réunion)</translation>
        </message>
        <message>
            <source>Sites the session is for, separated by commas</source>
            <translation>Sites concernés, séparés par des virgules</translation>
        </message>
        <message>
            <source>Sites</source>
            <translation>Sites</translation>
        </message>
        <message>
            <source>Add a site</source>
            <translation>Ajouter un site</translation>
        </message>
        <message>
            <source>Who leads the session</source>
            <translation>Qui anime la session</translation>
        </message>
        <message>
            <source>Unlimited</source>
            <translation>Sans limite</translation>
        </message>
        <message>
            <source> seats</source>
            <translation> places</translation>
        </message>
        <message>
            <source>Capacity (0 for unlimited)</source>
            <translation>Capacité (0 pour sans limite)</translation>
        </message>
        <message>
            <source>e.g. New ambassadors of the Lyon site</source>
            <translation>par ex. nouveaux ambassadeurs du site de Lyon</translation>
        </message>
        <message>
            <source>The agenda: it goes into the invitation.</source>
            <translation>L’ordre du jour : il figure dans l’invitation.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Durée</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Meeting link</source>
            <translation>Lien de la réunion</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>Formateur</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Capacité</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Public</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
    </context>
    <context>
        <name>SessionModel</name>
        <message>
            <source>{n} attended</source>
            <translation>Présents : {n}</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulée</translation>
        </message>
        <message>
            <source>Attendance to take</source>
            <translation>Présences à saisir</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Full</source>
            <translation>Complète</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planifiée</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Sites</source>
            <translation>Sites</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>Places</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
    </context>
    <context>
        <name>SessionPanel</name>
        <message>
            <source>When</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Lien</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>Formateur</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>Places</translation>
        </message>
        <message>
            <source>Sites</source>
            <translation>Sites</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Public</translation>
        </message>
        <message>
            <source>No session selected</source>
            <translation>Aucune session sélectionnée</translation>
        </message>
        <message>
            <source>Choose a session in the list, or plan a new one.</source>
            <translation>Choisissez une session dans la liste, ou planifiez-en une nouvelle.</translation>
        </message>
        <message>
            <source>{seats} · no limit</source>
            <translation>{seats} · sans limite</translation>
        </message>
        <message>
            <source>{seats} · {free} free</source>
            <translation>{seats} · places libres : {free}</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Ambassador programme</source>
            <translation>Programme d’ambassadeurs</translation>
        </message>
        <message>
            <source>our enterprise social network</source>
            <translation>notre réseau social d’entreprise</translation>
        </message>
        <message>
            <source>The programme needs a name.</source>
            <translation>Le programme doit avoir un nom.</translation>
        </message>
        <message>
            <source>The tipping point is set between 10 % and 15 % of employees: the share of people who must publish before the rest of a population follows.</source>
            <translation>Le point de bascule se situe entre 10 % et 15 % des salariés : la part de personnes qui doivent publier pour que le reste d’une population suive.</translation>
        </message>
        <message>
            <source>The waiting time before a candidacy needs attention is 1 to 365 days.</source>
            <translation>Le délai d’attente avant qu’une candidature soit signalée va de 1 à 365 jours.</translation>
        </message>
        <message>
            <source>People who left are kept 1 to 240 months before they are listed for purge.</source>
            <translation>Les personnes parties sont conservées de 1 à 240 mois avant d’être proposées à la suppression.</translation>
        </message>
        <message>
            <source>The ambassador target cannot be negative.</source>
            <translation>L’objectif d’ambassadeurs ne peut pas être négatif.</translation>
        </message>
        <message>
            <source>The community link must be a web address starting with https://.</source>
            <translation>Le lien de la communauté doit être une adresse web commençant par https://.</translation>
        </message>
        <message>
            <source>“{colour}” is not a colour: use the #RRGGBB form, e.g. #2f6fde.</source>
            <translation>« {colour} » n’est pas une couleur : utilisez la forme #RRVVBB, par exemple #2f6fde.</translation>
        </message>
        <message>
            <source>The signature image must be a web address starting with https:// (mail programs do not show images attached or embedded in a signature).</source>
            <translation>L’image de signature doit être une adresse web commençant par https:// (les messageries n’affichent pas les images jointes ou intégrées à une signature).</translation>
        </message>
        <message>
            <source>The profile address pattern must start with https://.</source>
            <translation>Le modèle d’adresse de profil doit commencer par https://.</translation>
        </message>
        <message>
            <source>“{email}” is not a valid email address for the organiser.</source>
            <translation>« {email} » n’est pas une adresse e-mail valide pour l’organisateur.</translation>
        </message>
    </context>
    <context>
        <name>SheetDiagram</name>
        <message>
            <source>Click the first free label of a part-used sheet</source>
            <translation>Cliquez sur la première étiquette libre d’une planche entamée</translation>
        </message>
    </context>
    <context>
        <name>SheetPage</name>
        <message>
            <source>Sheet and header row</source>
            <translation>Feuille et ligne d’en-tête</translation>
        </message>
        <message>
            <source>The highlighted row holds the column names; rows above it are skipped.</source>
            <translation>La ligne en surbrillance contient les noms des colonnes ; les lignes au-dessus sont ignorées.</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Feuille</translation>
        </message>
        <message>
            <source>Header row</source>
            <translation>Ligne d’en-tête</translation>
        </message>
        <message>
            <source>Column names on row</source>
            <translation>Noms des colonnes en ligne</translation>
        </message>
        <message>
            <source>Tip: click a row to use it as the header row.</source>
            <translation>Astuce : cliquez sur une ligne pour en faire la ligne d’en-tête.</translation>
        </message>
        <message>
            <source>{sheet}  (hidden)</source>
            <translation>{sheet}  (masquée)</translation>
        </message>
        <message>
            <source>Cannot read this sheet</source>
            <translation>Impossible de lire cette feuille</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Raccourci</translation>
        </message>
    </context>
    <context>
        <name>SignaturePanel</name>
        <message>
            <source>Ambassador number (internal)</source>
            <translation>Numéro d’ambassadeur (interne)</translation>
        </message>
        <message>
            <source>Person number (internal)</source>
            <translation>Numéro de personne (interne)</translation>
        </message>
        <message>
            <source>Employee ID</source>
            <translation>Matricule</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nom complet</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Intitulé de poste</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Role (as recorded)</source>
            <translation>Rôle (tel qu’enregistré)</translation>
        </message>
        <message>
            <source>Status (code)</source>
            <translation>Statut (code)</translation>
        </message>
        <message>
            <source>Initials</source>
            <translation>Initiales</translation>
        </message>
        <message>
            <source>Programme name</source>
            <translation>Nom du programme</translation>
        </message>
        <message>
            <source>Enterprise social network</source>
            <translation>Réseau social d’entreprise</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Tipping point</source>
            <translation>Point de bascule</translation>
        </message>
        <message>
            <source>Ambassadors wanted per 100 employees</source>
            <translation>Ambassadeurs visés pour 100 salariés</translation>
        </message>
        <message>
            <source>Days before a candidacy is flagged</source>
            <translation>Jours avant de signaler une candidature</translation>
        </message>
        <message>
            <source>Community link</source>
            <translation>Lien de la communauté</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>Organisateur</translation>
        </message>
        <message>
            <source>Organiser email</source>
            <translation>E-mail de l’organisateur</translation>
        </message>
        <message>
            <source>Sticker sheet</source>
            <translation>Planche d’autocollants</translation>
        </message>
        <message>
            <source>Name badge sheet</source>
            <translation>Planche de badges nominatifs</translation>
        </message>
        <message>
            <source>Programme colour</source>
            <translation>Couleur du programme</translation>
        </message>
        <message>
            <source>Signature image</source>
            <translation>Image de signature</translation>
        </message>
        <message>
            <source>Photos folder</source>
            <translation>Dossier des photos</translation>
        </message>
        <message>
            <source>Profile address</source>
            <translation>Adresse du profil</translation>
        </message>
        <message>
            <source>Months kept after leaving</source>
            <translation>Mois de conservation après le départ</translation>
        </message>
        <message>
            <source>Programme colour for text</source>
            <translation>Couleur du programme pour le texte</translation>
        </message>
        <message>
            <source>Text colour on the programme colour</source>
            <translation>Couleur du texte sur la couleur du programme</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Role and network name</source>
            <translation>Rôle et nom du réseau</translation>
        </message>
        <message>
            <source>Ask me about…</source>
            <translation>Posez-moi vos questions sur…</translation>
        </message>
        <message>
            <source>Ask me about it</source>
            <translation>Posez-moi vos questions</translation>
        </message>
        <message>
            <source>Join the community</source>
            <translation>Rejoignez la communauté</translation>
        </message>
        <message>
            <source>Join the community: link</source>
            <translation>Rejoignez la communauté : lien</translation>
        </message>
        <message>
            <source>Signature template</source>
            <translation>Modèle de signature</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Enregistrer sous…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Insert field</source>
            <translation>Insérer un champ</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Modèle</translation>
        </message>
        <message>
            <source>HTML template</source>
            <translation>Modèle HTML</translation>
        </message>
        <message>
            <source>Plain-text template</source>
            <translation>Modèle en texte brut</translation>
        </message>
        <message>
            <source>Plain text</source>
            <translation>Texte brut</translation>
        </message>
        <message>
            <source>Fields: {{ person.full_name }}, {{ person.job_title }}, {{ programme.esn_name }}… Words in the interface language: {{ labels.esn_role }}, {{ labels.ask_me_about }}… Links: {{ person.email | mailto }}, {{ person.phone | tel }}, {{ programme.community_url | https_url }}. Everything is escaped.</source>
            <translation>Champs : {{ person.full_name }}, {{ person.job_title }}, {{ programme.esn_name }}… Mots dans la langue de l’interface : {{ labels.esn_role }}, {{ labels.ask_me_about }}… Liens : {{ person.email | mailto }}, {{ person.phone | tel }}, {{ programme.community_url | https_url }}. Tout est échappé.</translation>
        </message>
        <message>
            <source>Preview the signature of</source>
            <translation>Prévisualiser la signature de</translation>
        </message>
        <message>
            <source>Copy to clipboard</source>
            <translation>Copier</translation>
        </message>
        <message>
            <source>Copies this person's signature as rich text and plain text, to paste into Outlook (File → Options → Mail → Signatures) or Gmail (Settings → Signature).</source>
            <translation>Copie la signature de cette personne en texte enrichi et en texte brut, à coller dans Outlook (Fichier → Options → Courrier → Signatures) ou Gmail (Paramètres → Signature).</translation>
        </message>
        <message>
            <source>Export all…</source>
            <translation>Tout exporter…</translation>
        </message>
        <message>
            <source>Writes a .htm and a .txt file per ambassador (for Outlook's Signatures folder) and an index page listing them.</source>
            <translation>Écrit un fichier .htm et un fichier .txt par ambassadeur (pour le dossier Signatures d’Outlook) et une page d’index qui les liste.</translation>
        </message>
        <message>
            <source>Preview for</source>
            <translation>Aperçu pour</translation>
        </message>
        <message>
            <source>Signature preview</source>
            <translation>Aperçu de la signature</translation>
        </message>
        <message>
            <source>Plain-text preview</source>
            <translation>Aperçu en texte brut</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Aperçu</translation>
        </message>
        <message>
            <source>Problems with the signature</source>
            <translation>Problèmes de la signature</translation>
        </message>
        <message>
            <source>Checks (Outlook and Gmail)</source>
            <translation>Vérifications (Outlook et Gmail)</translation>
        </message>
        <message>
            <source>Sample person (no ambassador selected)</source>
            <translation>Personne fictive (aucun ambassadeur sélectionné)</translation>
        </message>
        <message>
            <source>Export all ({count})…</source>
            <translation>Tout exporter ({count})…</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Sans titre</translation>
        </message>
        <message>
            <source>{name} (built-in)</source>
            <translation>{name} (intégré)</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>Words (interface language)</source>
            <translation>Mots (langue de l’interface)</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Lien</translation>
        </message>
        <message>
            <source>Email (mailto)</source>
            <translation>E-mail (mailto)</translation>
        </message>
        <message>
            <source>Phone (tel)</source>
            <translation>Téléphone (tel)</translation>
        </message>
        <message>
            <source>Community (https)</source>
            <translation>Communauté (https)</translation>
        </message>
        <message>
            <source>Signature templates</source>
            <translation>Modèles de signature</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <source>Discard your changes to “{name}”?</source>
            <translation>Abandonner vos modifications de « {name} » ?</translation>
        </message>
        <message>
            <source>Built-in templates are read-only: use Save as… to keep your changes.</source>
            <translation>Les modèles intégrés sont en lecture seule : utilisez Enregistrer sous… pour garder vos modifications.</translation>
        </message>
        <message>
            <source>Template not saved</source>
            <translation>Modèle non enregistré</translation>
        </message>
        <message>
            <source>Saved “{name}”.</source>
            <translation>« {name} » enregistré.</translation>
        </message>
        <message>
            <source>My signature</source>
            <translation>Ma signature</translation>
        </message>
        <message>
            <source>Save template as</source>
            <translation>Enregistrer le modèle sous</translation>
        </message>
        <message>
            <source>Name of the new template:</source>
            <translation>Nom du nouveau modèle :</translation>
        </message>
        <message>
            <source>{name} (copy)</source>
            <translation>{name} (copie)</translation>
        </message>
        <message>
            <source>Saved as “{name}”.</source>
            <translation>Enregistré sous « {name} ».</translation>
        </message>
        <message>
            <source>Delete template</source>
            <translation>Supprimer le modèle</translation>
        </message>
        <message>
            <source>Delete the signature template “{name}”? This cannot be undone.</source>
            <translation>Supprimer le modèle de signature « {name} » ? Cette action est définitive.</translation>
        </message>
        <message>
            <source>Template not deleted</source>
            <translation>Modèle non supprimé</translation>
        </message>
        <message>
            <source>Deleted “{name}”.</source>
            <translation>« {name} » supprimé.</translation>
        </message>
        <message>
            <source>{error} (the preview shows the last version that worked)</source>
            <translation>{error} (l’aperçu montre la dernière version qui fonctionnait)</translation>
        </message>
        <message>
            <source>Follows the rules of Outlook and Gmail ({length} of {max} characters).</source>
            <translation>Respecte les règles d’Outlook et de Gmail ({length} caractères sur {max}).</translation>
        </message>
        <message>
            <source>Nothing copied</source>
            <translation>Rien n’a été copié</translation>
        </message>
        <message>
            <source>Fix the problems listed under the preview first: {problem}</source>
            <translation>Corrigez d’abord les problèmes listés sous l’aperçu : {problem}</translation>
        </message>
        <message>
            <source>Copied the signature of {name}: paste it into Outlook (File → Options → Mail → Signatures) or Gmail (Settings → See all settings → Signature).</source>
            <translation>Signature de {name} copiée : collez-la dans Outlook (Fichier → Options → Courrier → Signatures) ou Gmail (Paramètres → Voir tous les paramètres → Signature).</translation>
        </message>
        <message>
            <source>Export signatures</source>
            <translation>Exporter les signatures</translation>
        </message>
        <message>
            <source>No ambassador is selected: there is nobody to export.</source>
            <translation>Aucun ambassadeur n’est sélectionné : il n’y a personne à exporter.</translation>
        </message>
        <message>
            <source>Export the signatures into folder</source>
            <translation>Exporter les signatures dans le dossier</translation>
        </message>
        <message>
            <source>Exporting {n} signature to {folder}…</source>
            <translation>Export de {n} signature vers {folder}…</translation>
        </message>
        <message>
            <source>Exporting {n} signatures to {folder}…</source>
            <translation>Export de {n} signatures vers {folder}…</translation>
        </message>
        <message>
            <source>The signatures were not exported.</source>
            <translation>Les signatures n’ont pas été exportées.</translation>
        </message>
        <message>
            <source>Signatures not exported</source>
            <translation>Signatures non exportées</translation>
        </message>
        <message>
            <source>{n} of them has warnings (see the checks).</source>
            <translation>{n} d’entre elles comporte des avertissements (voir les vérifications).</translation>
        </message>
        <message>
            <source>{n} of them have warnings (see the checks).</source>
            <translation>{n} d’entre elles comportent des avertissements (voir les vérifications).</translation>
        </message>
        <message>
            <source>Wrote {n} signature and index.html to {folder}.</source>
            <translation>{n} signature et index.html écrits dans {folder}.</translation>
        </message>
        <message>
            <source>Wrote {n} signatures and index.html to {folder}.</source>
            <translation>{n} signatures et index.html écrits dans {folder}.</translation>
        </message>
        <message>
            <source>Wrote {n} signature to {folder}.</source>
            <translation>{n} signature écrite dans {folder}.</translation>
        </message>
        <message>
            <source>Wrote {n} signatures to {folder}.</source>
            <translation>{n} signatures écrites dans {folder}.</translation>
        </message>
        <message>
            <source>Mark the {n} signature as given?</source>
            <translation>Noter la remise de {n} signature ?</translation>
        </message>
        <message>
            <source>Mark the {n} signatures as given?</source>
            <translation>Noter la remise des {n} signatures ?</translation>
        </message>
        <message>
            <source>Signatures exported</source>
            <translation>Signatures exportées</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Non enregistré</translation>
        </message>
        <message>
            <source>Recorded {count} as given.</source>
            <translation>Remise notée pour {count}.</translation>
        </message>
    </context>
    <context>
        <name>SignatureSheet</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>ATTENDANCE SHEET</source>
            <translation>FEUILLE D’ÉMARGEMENT</translation>
        </message>
        <message>
            <source>Online: {link}</source>
            <translation>En ligne : {link}</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>Formateur</translation>
        </message>
        <message>
            <source>Please sign on the line with your name. Not on the list? Write your name, site and department on a blank line at the end, and sign.</source>
            <translation>Signez sur la ligne à votre nom. Vous n’êtes pas sur la liste ? Écrivez vos nom, site et direction sur une ligne vierge à la fin, puis signez.</translation>
        </message>
        <message>
            <source>Signed by the trainer</source>
            <translation>Signature du formateur</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nom :</translation>
        </message>
        <message>
            <source>Present: ______   Walk-ins: ______</source>
            <translation>Présents : ______   Non inscrits : ______</translation>
        </message>
        <message>
            <source>{title} · {date} · printed {printed}</source>
            <translation>{title} · {date} · imprimé le {printed}</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} sur {pages}</translation>
        </message>
        <message>
            <source>The PDF could not be started: is the folder writable?</source>
            <translation>Impossible de créer le PDF : le dossier est-il accessible en écriture ?</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>Le dossier {folder} n’existe pas.</translation>
        </message>
        <message>
            <source>Cannot write in {folder}: {reason}</source>
            <translation>Impossible d’écrire dans {folder} : {reason}</translation>
        </message>
        <message>
            <source>Signature sheet — {title}</source>
            <translation>Feuille d’émargement — {title}</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}</source>
            <translation>Impossible d’écrire {path} : {reason}</translation>
        </message>
    </context>
    <context>
        <name>SiteInviteDialog</name>
        <message>
            <source>Invite a site</source>
            <translation>Inviter un site</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Who has not had</source>
            <translation>Qui n’a pas suivi</translation>
        </message>
        <message>
            <source>(any training: everyone of the site)</source>
            <translation>(sans condition : tout le site)</translation>
        </message>
        <message>
            <source>Active ambassadors only</source>
            <translation>Ambassadeurs actifs uniquement</translation>
        </message>
        <message>
            <source>Everyone of</source>
            <translation>Toutes les personnes de</translation>
        </message>
        <message>
            <source>who has not had</source>
            <translation>qui n’ont pas suivi</translation>
        </message>
        <message>
            <source>Invite</source>
            <translation>Inviter</translation>
        </message>
        <message>
            <source>{n} person to invite.</source>
            <translation>{n} personne à inviter.</translation>
        </message>
        <message>
            <source>{n} people to invite.</source>
            <translation>{n} personnes à inviter.</translation>
        </message>
    </context>
    <context>
        <name>StepDialog</name>
        <message>
            <source>Name of the person who decides</source>
            <translation>Nom de la personne qui décide</translation>
        </message>
        <message>
            <source>Why (kept in the history)</source>
            <translation>Motif (conservé dans l’historique)</translation>
        </message>
        <message>
            <source>Note (optional)</source>
            <translation>Note (facultative)</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Say why: the note is kept in the candidate's history.</source>
            <translation>Indiquez le motif : la note est conservée dans l’historique du candidat.</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <source>(in memory)</source>
            <translation>(en mémoire)</translation>
        </message>
        <message>
            <source>{file} cannot be opened: it is damaged or not an ESN Desk programme ({problem}).</source>
            <translation>{file} ne peut pas être ouvert : il est endommagé ou ce n’est pas un programme ESN Desk ({problem}).</translation>
        </message>
        <message>
            <source>There is no programme file at {path}.</source>
            <translation>Il n’y a pas de fichier de programme à l’emplacement {path}.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>Le dossier {folder} n’existe pas.</translation>
        </message>
        <message>
            <source>The database</source>
            <translation>La base de données</translation>
        </message>
        <message>
            <source>{file} needs upgrading to this version of ESN Desk, which cannot be done read-only: open it normally once.</source>
            <translation>{file} doit être mis à niveau pour cette version d’ESN Desk, ce qui est impossible en lecture seule : ouvrez-le une fois normalement.</translation>
        </message>
        <message>
            <source>This programme</source>
            <translation>Ce programme</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Import complete</source>
            <translation>Import terminé</translation>
        </message>
        <message>
            <source>Undo this import</source>
            <translation>Annuler cet import</translation>
        </message>
        <message>
            <source>{updated} updated, {unchanged} unchanged</source>
            <translation>modifications : {updated}, sans changement : {unchanged}</translation>
        </message>
        <message>
            <source>period {start} – {end}</source>
            <translation>période du {start} au {end}</translation>
        </message>
        <message>
            <source>{n} person of the directory: {contributors} contributors, {readers} readers</source>
            <translation>{n} personne de l’annuaire (contributeurs : {contributors}, lecteurs : {readers})</translation>
        </message>
        <message>
            <source>{n} people of the directory: {contributors} contributors, {readers} readers</source>
            <translation>{n} personnes de l’annuaire (contributeurs : {contributors}, lecteurs : {readers})</translation>
        </message>
        <message>
            <source>{n} row not in the directory (not counted)</source>
            <translation>{n} ligne hors annuaire (non comptée)</translation>
        </message>
        <message>
            <source>{n} rows not in the directory (not counted)</source>
            <translation>{n} lignes hors annuaire (non comptées)</translation>
        </message>
        <message>
            <source>{n} person added to the programme</source>
            <translation>{n} personne ajoutée au programme</translation>
        </message>
        <message>
            <source>{n} people added to the programme</source>
            <translation>{n} personnes ajoutées au programme</translation>
        </message>
        <message>
            <source>{n} new person</source>
            <translation>{n} nouvelle personne</translation>
        </message>
        <message>
            <source>{n} new people</source>
            <translation>{n} nouvelles personnes</translation>
        </message>
        <message>
            <source>{n} person marked as having left</source>
            <translation>{n} personne signalée comme ayant quitté l’entreprise</translation>
        </message>
        <message>
            <source>{n} people marked as having left</source>
            <translation>{n} personnes signalées comme ayant quitté l’entreprise</translation>
        </message>
        <message>
            <source>{n} row refused (not imported)</source>
            <translation>{n} ligne refusée (non importée)</translation>
        </message>
        <message>
            <source>{n} rows refused (not imported)</source>
            <translation>{n} lignes refusées (non importées)</translation>
        </message>
        <message>
            <source>Changed your mind? Undo puts everything back exactly as it was before this import.</source>
            <translation>Vous avez changé d’avis ? « Annuler cet import » remet tout exactement comme avant cet import.</translation>
        </message>
        <message>
            <source>Undo the import</source>
            <translation>Annuler l’import</translation>
        </message>
        <message>
            <source>Cannot undo</source>
            <translation>Impossible d’annuler</translation>
        </message>
        <message>
            <source>The import was undone: everything is as it was before.</source>
            <translation>L’import a été annulé : tout est comme avant.</translation>
        </message>
    </context>
    <context>
        <name>SystemErrors</name>
        <message>
            <source>its structure is damaged</source>
            <translation>sa structure est endommagée</translation>
        </message>
        <message>
            <source>it is not a database</source>
            <translation>ce n’est pas une base de données</translation>
        </message>
        <message>
            <source>the file cannot be opened</source>
            <translation>le fichier ne peut pas être ouvert</translation>
        </message>
        <message>
            <source>another program is using it</source>
            <translation>un autre programme l’utilise</translation>
        </message>
        <message>
            <source>the disk could not be read or written</source>
            <translation>le disque n’a pas pu être lu ou écrit</translation>
        </message>
        <message>
            <source>the file is read-only</source>
            <translation>le fichier est en lecture seule</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>le disque est plein</translation>
        </message>
        <message>
            <source>no such file or folder</source>
            <translation>fichier ou dossier introuvable</translation>
        </message>
        <message>
            <source>permission denied</source>
            <translation>accès refusé</translation>
        </message>
        <message>
            <source>the disk is read-only</source>
            <translation>le disque est en lecture seule</translation>
        </message>
        <message>
            <source>it is a folder</source>
            <translation>c’est un dossier</translation>
        </message>
        <message>
            <source>a part of the path is not a folder</source>
            <translation>une partie du chemin n’est pas un dossier</translation>
        </message>
        <message>
            <source>the file is in use</source>
            <translation>le fichier est utilisé</translation>
        </message>
    </context>
    <context>
        <name>Training</name>
        <message>
            <source>Webinar</source>
            <translation>Webinaire</translation>
        </message>
        <message>
            <source>On site</source>
            <translation>Présentiel</translation>
        </message>
        <message>
            <source>Hybrid</source>
            <translation>Hybride</translation>
        </message>
        <message>
            <source>Invited</source>
            <translation>Invité</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Inscrit</translation>
        </message>
        <message>
            <source>Waiting list</source>
            <translation>Liste d’attente</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Présent</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Absent</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Excusé</translation>
        </message>
        <message>
            <source>Choose the session's time zone (for example Europe/Paris).</source>
            <translation>Choisissez le fuseau horaire de la session (par exemple Europe/Paris).</translation>
        </message>
        <message>
            <source>“{zone}” is not a time zone: use a name such as Europe/Paris or America/New_York.</source>
            <translation>« {zone} » n’est pas un fuseau horaire : utilisez un nom comme Europe/Paris ou America/New_York.</translation>
        </message>
        <message>
            <source>The title is too long ({length} characters, at most {limit}).</source>
            <translation>Le titre est trop long ({length} caractères, {limit} au maximum).</translation>
        </message>
        <message>
            <source>Give the session a title.</source>
            <translation>Donnez un titre à la session.</translation>
        </message>
        <message>
            <source>The kind of session is too long ({length} characters, at most {limit}).</source>
            <translation>Le type de session est trop long ({length} caractères, {limit} au maximum).</translation>
        </message>
        <message>
            <source>Say what kind of session this is (onboarding, further training, …).</source>
            <translation>Indiquez le type de session (intégration, approfondissement…).</translation>
        </message>
        <message>
            <source>Unknown format “{format}”: choose webinar, on_site or hybrid.</source>
            <translation>Format inconnu « {format} » : choisissez webinar, on_site ou hybrid.</translation>
        </message>
        <message>
            <source>The duration must be a whole number of minutes, not “{duration}”.</source>
            <translation>La durée doit être un nombre entier de minutes, pas « {duration} ».</translation>
        </message>
        <message>
            <source>The duration must be between {minimum} minutes and {maximum} hours (got {duration} minutes).</source>
            <translation>La durée doit être comprise entre {minimum} minutes et {maximum} heures (reçu : {duration} minutes).</translation>
        </message>
        <message>
            <source>The capacity must be at least 1 person, or left empty for no limit (got {capacity}).</source>
            <translation>La capacité doit être d’au moins 1 personne, ou rester vide pour ne fixer aucune limite (reçu : {capacity}).</translation>
        </message>
        <message>
            <source>The meeting link “{link}” must be a web address starting with https:// (as Teams, Zoom or Webex give it).</source>
            <translation>Le lien de réunion « {link} » doit être une adresse web commençant par https:// (telle que Teams, Zoom ou Webex la fournissent).</translation>
        </message>
        <message>
            <source>The meeting link is too long (at most {limit} characters).</source>
            <translation>Le lien de réunion est trop long ({limit} caractères au maximum).</translation>
        </message>
        <message>
            <source>The session needs a start date and time.</source>
            <translation>La session doit avoir une date et une heure de début.</translation>
        </message>
        <message>
            <source>{moment} does not exist in {zone}: the clocks go forward that night. Choose another time.</source>
            <translation>{moment} n’existe pas dans le fuseau {zone} : on avance l’heure cette nuit-là. Choisissez une autre heure.</translation>
        </message>
        <message>
            <source>A site name is too long ({length} characters, at most {limit}).</source>
            <translation>Un nom de site est trop long ({length} caractères, {limit} au maximum).</translation>
        </message>
        <message>
            <source>The description is too long ({length} characters, at most {limit}).</source>
            <translation>La description est trop longue ({length} caractères, {limit} au maximum).</translation>
        </message>
        <message>
            <source>The place is too long ({length} characters, at most {limit}).</source>
            <translation>Le lieu est trop long ({length} caractères, {limit} au maximum).</translation>
        </message>
        <message>
            <source>The trainer's name is too long ({length} characters, at most {limit}).</source>
            <translation>Le nom du formateur est trop long ({length} caractères, {limit} au maximum).</translation>
        </message>
        <message>
            <source>The audience is too long ({length} characters, at most {limit}).</source>
            <translation>Le public est trop long ({length} caractères, {limit} au maximum).</translation>
        </message>
        <message>
            <source>The kind “{kind}…” is too long ({length} characters, at most {limit}).</source>
            <translation>Le type « {kind}… » est trop long ({length} caractères, {limit} au maximum).</translation>
        </message>
        <message>
            <source>Keep at least one kind of session.</source>
            <translation>Gardez au moins un type de session.</translation>
        </message>
        <message>
            <source>“{role}” is not one of the programme's roles ({roles}).</source>
            <translation>« {role} » ne fait pas partie des rôles du programme ({roles}).</translation>
        </message>
        <message>
            <source>“{kind}” is not a kind of session: add it to the kinds first, or choose one of {kinds}.</source>
            <translation>« {kind} » n’est pas un type de session : ajoutez-le d’abord aux types, ou choisissez parmi {kinds}.</translation>
        </message>
        <message>
            <source>“{title}” is cancelled: plan a new session instead of editing it.</source>
            <translation>« {title} » est annulée : planifiez une nouvelle session au lieu de la modifier.</translation>
        </message>
        <message>
            <source>There is no training session #{id} (it may have been deleted).</source>
            <translation>La session de formation n° {id} n’existe pas (elle a peut-être été supprimée).</translation>
        </message>
        <message>
            <source>Unknown enrolment status “{status}”: use one of {statuses}.</source>
            <translation>Statut d’inscription inconnu « {status} » : utilisez l’un de ceux-ci : {statuses}.</translation>
        </message>
        <message>
            <source>“{title}” is cancelled: nobody can be added to it.</source>
            <translation>« {title} » est annulée : personne ne peut y être ajouté.</translation>
        </message>
        <message>
            <source>The minutes present must be a whole number of 0 or more (got {minutes}).</source>
            <translation>Les minutes de présence doivent être un nombre entier, 0 ou plus (reçu : {minutes}).</translation>
        </message>
        <message>
            <source>Not in the directory: person {people}. Nobody was changed.</source>
            <translation>Introuvable dans l’annuaire : personne {people}. Aucune modification n’a été faite.</translation>
        </message>
        <message>
            <source>Training records are summed by site or by role, not by “{by}”.</source>
            <translation>Les formations se totalisent par site ou par rôle, pas par « {by} ».</translation>
        </message>
    </context>
    <context>
        <name>TrainingInvitation</name>
        <message>
            <source>Monday</source>
            <translation>lundi</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>mardi</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>mercredi</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>jeudi</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>vendredi</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>samedi</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>dimanche</translation>
        </message>
        <message>
            <source>January</source>
            <translation>janvier</translation>
        </message>
        <message>
            <source>February</source>
            <translation>février</translation>
        </message>
        <message>
            <source>March</source>
            <translation>mars</translation>
        </message>
        <message>
            <source>April</source>
            <translation>avril</translation>
        </message>
        <message>
            <source>May</source>
            <translation>mai</translation>
        </message>
        <message>
            <source>June</source>
            <translation>juin</translation>
        </message>
        <message>
            <source>July</source>
            <translation>juillet</translation>
        </message>
        <message>
            <source>August</source>
            <translation>août</translation>
        </message>
        <message>
            <source>September</source>
            <translation>septembre</translation>
        </message>
        <message>
            <source>October</source>
            <translation>octobre</translation>
        </message>
        <message>
            <source>November</source>
            <translation>novembre</translation>
        </message>
        <message>
            <source>December</source>
            <translation>décembre</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>{hours} h {minutes}</source>
            <translation>{hours} h {minutes}</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours} h</translation>
        </message>
        <message>
            <source>{weekday} {day} {month} {year}, {start}–{end} ({zone}, {offset})</source>
            <translation>{weekday} {day} {month} {year}, {start}–{end} ({zone}, {offset})</translation>
        </message>
        <message>
            <source>{weekday} {day} {month} {year}, {start}–{end_weekday} {end_day} {end} ({zone}, {offset})</source>
            <translation>{weekday} {day} {month} {year}, {start} – {end_weekday} {end_day} {end} ({zone}, {offset})</translation>
        </message>
        <message>
            <source>Join: {link}</source>
            <translation>Rejoindre la réunion : {link}</translation>
        </message>
        <message>
            <source>Place: {place}</source>
            <translation>Lieu : {place}</translation>
        </message>
        <message>
            <source>Trainer: {trainer}</source>
            <translation>Formateur : {trainer}</translation>
        </message>
        <message>
            <source>Unknown invitation method “{method}”: use REQUEST or CANCEL.</source>
            <translation>Méthode d’invitation inconnue « {method} » : utilisez REQUEST ou CANCEL.</translation>
        </message>
        <message>
            <source>Invitations need an organiser: set the organiser's email in Programme settings.</source>
            <translation>Les invitations ont besoin d’un organisateur : renseignez son adresse e-mail dans les paramètres du programme.</translation>
        </message>
        <message>
            <source>“{email}” is not a valid email address: set the organiser's email in Programme settings.</source>
            <translation>« {email} » n’est pas une adresse e-mail valide : renseignez l’adresse de l’organisateur dans les paramètres du programme.</translation>
        </message>
        <message>
            <source>CANCELLED: {title}</source>
            <translation>ANNULÉE : {title}</translation>
        </message>
        <message>
            <source>When: {when}</source>
            <translation>Date : {when}</translation>
        </message>
        <message>
            <source>Duration: {duration}</source>
            <translation>Durée : {duration}</translation>
        </message>
        <message>
            <source>Format: {format}</source>
            <translation>Format : {format}</translation>
        </message>
        <message>
            <source>Link: {link}</source>
            <translation>Lien : {link}</translation>
        </message>
        <message>
            <source>For: {audience}</source>
            <translation>Public : {audience}</translation>
        </message>
        <message>
            <source>Sites: {sites}</source>
            <translation>Sites : {sites}</translation>
        </message>
    </context>
    <context>
        <name>TrainingKinds</name>
        <message>
            <source>Onboarding</source>
            <translation>Intégration</translation>
        </message>
        <message>
            <source>Further training</source>
            <translation>Approfondissement</translation>
        </message>
        <message>
            <source>Preview of new features</source>
            <translation>Avant-première des nouveautés</translation>
        </message>
        <message>
            <source>Webinar for a remote site</source>
            <translation>Webinaire pour un site distant</translation>
        </message>
        <message>
            <source>Community meeting</source>
            <translation>Réunion de la communauté</translation>
        </message>
    </context>
    <context>
        <name>TrainingPage</name>
        <message>
            <source>{n} invited</source>
            <translation>invités : {n}</translation>
        </message>
        <message>
            <source>{n} registered</source>
            <translation>inscrits : {n}</translation>
        </message>
        <message>
            <source>{n} on the waiting list</source>
            <translation>en liste d’attente : {n}</translation>
        </message>
        <message>
            <source>{n} attended</source>
            <translation>présents : {n}</translation>
        </message>
        <message>
            <source>{n} absent</source>
            <translation>absents : {n}</translation>
        </message>
        <message>
            <source>{n} excused</source>
            <translation>excusés : {n}</translation>
        </message>
        <message>
            <source>Mark the selected people as attended (key {key})</source>
            <translation>Marquer les personnes sélectionnées comme présentes (touche {key})</translation>
        </message>
        <message>
            <source>Mark the selected people as absent (key {key})</source>
            <translation>Marquer les personnes sélectionnées comme absentes (touche {key})</translation>
        </message>
        <message>
            <source>Mark the selected people as excused (key {key})</source>
            <translation>Marquer les personnes sélectionnées comme excusées (touche {key})</translation>
        </message>
        <message>
            <source>Mark the selected people as registered (key {key})</source>
            <translation>Marquer les personnes sélectionnées comme inscrites (touche {key})</translation>
        </message>
        <message>
            <source>{n} person marked invited.</source>
            <translation>{n} personne marquée invitée.</translation>
        </message>
        <message>
            <source>{n} people marked invited.</source>
            <translation>{n} personnes marquées invitées.</translation>
        </message>
        <message>
            <source>{n} person marked registered.</source>
            <translation>{n} personne marquée inscrite.</translation>
        </message>
        <message>
            <source>{n} people marked registered.</source>
            <translation>{n} personnes marquées inscrites.</translation>
        </message>
        <message>
            <source>{n} person put on the waiting list.</source>
            <translation>{n} personne placée en liste d’attente.</translation>
        </message>
        <message>
            <source>{n} people put on the waiting list.</source>
            <translation>{n} personnes placées en liste d’attente.</translation>
        </message>
        <message>
            <source>{n} person marked attended.</source>
            <translation>{n} personne marquée présente.</translation>
        </message>
        <message>
            <source>{n} people marked attended.</source>
            <translation>{n} personnes marquées présentes.</translation>
        </message>
        <message>
            <source>{n} person marked absent.</source>
            <translation>{n} personne marquée absente.</translation>
        </message>
        <message>
            <source>{n} people marked absent.</source>
            <translation>{n} personnes marquées absentes.</translation>
        </message>
        <message>
            <source>{n} person marked excused.</source>
            <translation>{n} personne marquée excusée.</translation>
        </message>
        <message>
            <source>{n} people marked excused.</source>
            <translation>{n} personnes marquées excusées.</translation>
        </message>
        <message>
            <source>Training session</source>
            <translation>Session de formation</translation>
        </message>
        <message>
            <source>{seats} (+{n} waiting)</source>
            <translation>{seats} (+{n} en attente)</translation>
        </message>
        <message>
            <source>New session…</source>
            <translation>Nouvelle session…</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <source>Upcoming</source>
            <translation>À venir</translation>
        </message>
        <message>
            <source>Past</source>
            <translation>Passées</translation>
        </message>
        <message>
            <source>All sessions</source>
            <translation>Toutes les sessions</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Calendrier</translation>
        </message>
        <message>
            <source>Show or hide the month calendar (click a day to see its sessions)</source>
            <translation>Afficher ou masquer le calendrier du mois (cliquez sur un jour pour voir ses sessions)</translation>
        </message>
        <message>
            <source>Enrolled people</source>
            <translation>Personnes inscrites</translation>
        </message>
        <message>
            <source>Select people, then press A attended · B absent · E excused · R registered</source>
            <translation>Sélectionnez des personnes, puis appuyez sur A présent · B absent · E excusé · R inscrit</translation>
        </message>
        <message>
            <source>PEOPLE</source>
            <translation>PERSONNES</translation>
        </message>
        <message>
            <source>Invite</source>
            <translation>Inviter</translation>
        </message>
        <message>
            <source>The ambassadors selected on the Ambassadors page</source>
            <translation>Les ambassadeurs sélectionnés sur la page Ambassadeurs</translation>
        </message>
        <message>
            <source>Everyone of a site who has not had…</source>
            <translation>Les personnes d’un site qui n’ont pas suivi…</translation>
        </message>
        <message>
            <source>Search the directory…</source>
            <translation>Rechercher dans l’annuaire…</translation>
        </message>
        <message>
            <source>{status} ({key})</source>
            <translation>{status} ({key})</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Take the selected people off the session (Delete)</source>
            <translation>Retirer les personnes sélectionnées de la session (Suppr)</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Cancel…</source>
            <translation>Annuler…</translation>
        </message>
        <message>
            <source>Cancel the session (it stays listed, to send the cancellation)</source>
            <translation>Annuler la session (elle reste dans la liste, pour envoyer l’annulation)</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <source>Invitation</source>
            <translation>Invitation</translation>
        </message>
        <message>
            <source>Save invitation (.ics)…</source>
            <translation>Enregistrer l’invitation (.ics)…</translation>
        </message>
        <message>
            <source>Copy invitation text</source>
            <translation>Copier le texte de l’invitation</translation>
        </message>
        <message>
            <source>Import attendance…</source>
            <translation>Importer les présences…</translation>
        </message>
        <message>
            <source>Read a Teams attendance report or a Zoom participants report</source>
            <translation>Lire un rapport de présence Teams ou un rapport des participants Zoom</translation>
        </message>
        <message>
            <source>Signature sheet…</source>
            <translation>Émargement…</translation>
        </message>
        <message>
            <source>A PDF to print for on-site sessions: one line and a box per person</source>
            <translation>La feuille d’émargement en PDF, à imprimer pour les sessions en présentiel : une ligne et une case par personne</translation>
        </message>
        <message>
            <source>Ambassadors who still need training</source>
            <translation>Ambassadeurs encore à former</translation>
        </message>
        <message>
            <source>Session to invite them to</source>
            <translation>Session à laquelle les inviter</translation>
        </message>
        <message>
            <source>Invite them</source>
            <translation>Les inviter</translation>
        </message>
        <message>
            <source>Invite the selected people (or everyone listed) to the chosen session</source>
            <translation>Inviter les personnes sélectionnées (ou toute la liste) à la session choisie</translation>
        </message>
        <message>
            <source>Invite the selected people (all when none is selected) to</source>
            <translation>Inviter les personnes sélectionnées (toutes si aucune ne l’est) à</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>Who still needs training</source>
            <translation>Encore à former</translation>
        </message>
        <message>
            <source>No training session yet</source>
            <translation>Aucune session de formation pour l’instant</translation>
        </message>
        <message>
            <source>Plan onboardings, webinars for remote sites, previews of new features: invite people, send the calendar invitation, then take attendance by hand or from the Teams or Zoom report.</source>
            <translation>Planifiez des sessions d’intégration, des webinaires pour les sites distants, des avant-premières des nouveautés : invitez les participants, envoyez l’invitation d’agenda, puis saisissez les présences à la main ou depuis le rapport Teams ou Zoom.</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Paramètres…</translation>
        </message>
        <message>
            <source>Kinds of session, and the trainings each role requires</source>
            <translation>Types de session et formations requises pour chaque rôle</translation>
        </message>
        <message>
            <source>{n} upcoming session</source>
            <translation>{n} session à venir</translation>
        </message>
        <message>
            <source>{n} upcoming sessions</source>
            <translation>{n} sessions à venir</translation>
        </message>
        <message>
            <source>{n} session in all</source>
            <translation>{n} session au total</translation>
        </message>
        <message>
            <source>{n} sessions in all</source>
            <translation>{n} sessions au total</translation>
        </message>
        <message>
            <source>PEOPLE · {n}  ({statuses})</source>
            <translation>PERSONNES · {n}  ({statuses})</translation>
        </message>
        <message>
            <source>PEOPLE · {n}</source>
            <translation>PERSONNES · {n}</translation>
        </message>
        <message>
            <source>Waiting list ({n}): {names}. They get a seat, in order, when someone is excused or removed before the session, or when the capacity is raised.</source>
            <translation>Liste d’attente ({n}) : {names}. Ces personnes obtiennent une place, dans l’ordre, quand quelqu’un est excusé ou retiré avant la session, ou quand la capacité augmente.</translation>
        </message>
        <message>
            <source>Who still needs training ({n})</source>
            <translation>Encore à former ({n})</translation>
        </message>
        <message>
            <source>{trained} of {n} active ambassador has had every training their role requires.</source>
            <translation>Ambassadeurs actifs ayant suivi toutes les formations requises par leur rôle : {trained} sur {n}.</translation>
        </message>
        <message>
            <source>{trained} of {n} active ambassadors have had every training their role requires.</source>
            <translation>Ambassadeurs actifs ayant suivi toutes les formations requises par leur rôle : {trained} sur {n}.</translation>
        </message>
        <message>
            <source>{site} {n}</source>
            <translation>{site} ({n})</translation>
        </message>
        <message>
            <source>no site</source>
            <translation>sans site</translation>
        </message>
        <message>
            <source>Still to train by site: {sites}.</source>
            <translation>Encore à former par site : {sites}.</translation>
        </message>
        <message>
            <source>{role} {n} of {total}</source>
            <translation>{role} ({n} sur {total})</translation>
        </message>
        <message>
            <source>By role: {roles}.</source>
            <translation>Par rôle : {roles}.</translation>
        </message>
        <message>
            <source>No upcoming session: plan one first</source>
            <translation>Aucune session à venir : planifiez-en une d’abord</translation>
        </message>
        <message>
            <source>{n} person invited</source>
            <translation>{n} personne invitée</translation>
        </message>
        <message>
            <source>{n} people invited</source>
            <translation>{n} personnes invitées</translation>
        </message>
        <message>
            <source>{n} on the waiting list (the session is full)</source>
            <translation>{n} en liste d’attente (la session est complète)</translation>
        </message>
        <message>
            <source>{n} person already enrolled</source>
            <translation>{n} personne déjà inscrite</translation>
        </message>
        <message>
            <source>{n} people already enrolled</source>
            <translation>{n} personnes déjà inscrites</translation>
        </message>
        <message>
            <source>nobody to add</source>
            <translation>personne à ajouter</translation>
        </message>
        <message>
            <source>{title}: {outcome}.</source>
            <translation>{title} : {outcome}.</translation>
        </message>
        <message>
            <source>Planned “{title}”.</source>
            <translation>Session « {title} » planifiée.</translation>
        </message>
        <message>
            <source>Cannot edit</source>
            <translation>Modification impossible</translation>
        </message>
        <message>
            <source>Saved. Send the updated invitation (.ics) so calendars follow.</source>
            <translation>Enregistré. Envoyez l’invitation mise à jour (.ics) pour que les agendas suivent.</translation>
        </message>
        <message>
            <source>Cancel session</source>
            <translation>Annuler la session</translation>
        </message>
        <message>
            <source>Cancel “{title}” ({day})? It stays in the list with its {n} invitee, so that you can send them the cancellation (Invitation › Save invitation).</source>
            <translation>Annuler « {title} » ({day}) ? Elle reste dans la liste avec {n} destinataire, pour que vous puissiez lui envoyer l’annulation (Invitation › Enregistrer l’invitation).</translation>
        </message>
        <message>
            <source>Cancel “{title}” ({day})? It stays in the list with its {n} invitees, so that you can send them the cancellation (Invitation › Save invitation).</source>
            <translation>Annuler « {title} » ({day}) ? Elle reste dans la liste avec ses {n} destinataires, pour que vous puissiez leur envoyer l’annulation (Invitation › Enregistrer l’invitation).</translation>
        </message>
        <message>
            <source>Cannot cancel</source>
            <translation>Annulation impossible</translation>
        </message>
        <message>
            <source>“{title}” is cancelled: save the invitation (.ics) to send the cancellation.</source>
            <translation>« {title} » est annulée : enregistrez l’invitation (.ics) pour envoyer l’annulation.</translation>
        </message>
        <message>
            <source>Delete “{title}” ({day}) with its {n} enrolment and attendance? This cannot be undone.</source>
            <translation>Supprimer « {title} » ({day}) avec {n} inscription et les présences ? Cette action est irréversible.</translation>
        </message>
        <message>
            <source>Delete “{title}” ({day}) with its {n} enrolments and attendance? This cannot be undone.</source>
            <translation>Supprimer « {title} » ({day}) avec ses {n} inscriptions et les présences ? Cette action est irréversible.</translation>
        </message>
        <message>
            <source>To call it off, cancel it instead: invitees can then be told.</source>
            <translation>Pour simplement l’annuler, utilisez plutôt Annuler : les destinataires pourront alors être prévenus.</translation>
        </message>
        <message>
            <source>Delete session</source>
            <translation>Supprimer la session</translation>
        </message>
        <message>
            <source>Cannot delete</source>
            <translation>Suppression impossible</translation>
        </message>
        <message>
            <source>Deleted “{title}”.</source>
            <translation>Session « {title} » supprimée.</translation>
        </message>
        <message>
            <source>{what}: nobody to invite.</source>
            <translation>{what} : personne à inviter.</translation>
        </message>
        <message>
            <source>Cannot invite</source>
            <translation>Invitation impossible</translation>
        </message>
        <message>
            <source>Select ambassadors on the Ambassadors page first, then invite them from here.</source>
            <translation>Sélectionnez d’abord des ambassadeurs sur la page Ambassadeurs, puis invitez-les d’ici.</translation>
        </message>
        <message>
            <source>From the Ambassadors page</source>
            <translation>Depuis la page Ambassadeurs</translation>
        </message>
        <message>
            <source>{site}, without {kind}</source>
            <translation>{site}, sans {kind}</translation>
        </message>
        <message>
            <source>Invite people</source>
            <translation>Inviter des personnes</translation>
        </message>
        <message>
            <source>From the directory</source>
            <translation>Depuis l’annuaire</translation>
        </message>
        <message>
            <source>Cannot change</source>
            <translation>Modification impossible</translation>
        </message>
        <message>
            <source>Cannot remove</source>
            <translation>Retrait impossible</translation>
        </message>
        <message>
            <source>{n} person taken off the session.</source>
            <translation>{n} personne retirée de la session.</translation>
        </message>
        <message>
            <source>{n} people taken off the session.</source>
            <translation>{n} personnes retirées de la session.</translation>
        </message>
        <message>
            <source>{n} person moved up from the waiting list.</source>
            <translation>{n} personne de la liste d’attente a obtenu une place.</translation>
        </message>
        <message>
            <source>{n} people moved up from the waiting list.</source>
            <translation>{n} personnes de la liste d’attente ont obtenu une place.</translation>
        </message>
        <message>
            <source>Cannot make the invitation</source>
            <translation>Impossible de créer l’invitation</translation>
        </message>
        <message>
            <source>Save invitation</source>
            <translation>Enregistrer l’invitation</translation>
        </message>
        <message>
            <source>Calendar invitation (*.ics)</source>
            <translation>Invitation d’agenda (*.ics)</translation>
        </message>
        <message>
            <source>Cannot save the invitation</source>
            <translation>Impossible d’enregistrer l’invitation</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}</source>
            <translation>Impossible d’écrire {path} : {reason}</translation>
        </message>
        <message>
            <source>Saved the cancellation for {n} invitee to {path}. Open it in Outlook (or attach it to an email) to send it.</source>
            <translation>Annulation pour {n} destinataire enregistrée dans {path}. Ouvrez-la dans Outlook (ou joignez-la à un e-mail) pour l’envoyer.</translation>
        </message>
        <message>
            <source>Saved the cancellation for {n} invitees to {path}. Open it in Outlook (or attach it to an email) to send it.</source>
            <translation>Annulation pour {n} destinataires enregistrée dans {path}. Ouvrez-la dans Outlook (ou joignez-la à un e-mail) pour l’envoyer.</translation>
        </message>
        <message>
            <source>Saved the invitation for {n} invitee to {path}. Open it in Outlook (or attach it to an email) to send it.</source>
            <translation>Invitation pour {n} destinataire enregistrée dans {path}. Ouvrez-la dans Outlook (ou joignez-la à un e-mail) pour l’envoyer.</translation>
        </message>
        <message>
            <source>Saved the invitation for {n} invitees to {path}. Open it in Outlook (or attach it to an email) to send it.</source>
            <translation>Invitation pour {n} destinataires enregistrée dans {path}. Ouvrez-la dans Outlook (ou joignez-la à un e-mail) pour l’envoyer.</translation>
        </message>
        <message>
            <source>The invitation text is on the clipboard: paste it in an email or a post.</source>
            <translation>Le texte de l’invitation est dans le presse-papiers : collez-le dans un e-mail ou une publication.</translation>
        </message>
        <message>
            <source>Import attendance report</source>
            <translation>Importer un rapport de présence</translation>
        </message>
        <message>
            <source>Attendance reports (*.csv *.txt *.tsv);;All files (*)</source>
            <translation>Rapports de présence (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Cannot read the attendance report</source>
            <translation>Impossible de lire le rapport de présence</translation>
        </message>
        <message>
            <source>Cannot open {path}: {reason}</source>
            <translation>Impossible d’ouvrir {path} : {reason}</translation>
        </message>
        <message>
            <source>Attendance imported from {file}: {attended} attended, {below} absent (below the threshold), {n} participant left unmatched, {guests} guests.</source>
            <translation>Présences importées depuis {file}. Présents : {attended} ; absents (sous le seuil) : {below} ; participants non associés : {n} ; invités externes : {guests}.</translation>
        </message>
        <message>
            <source>Attendance imported from {file}: {attended} attended, {below} absent (below the threshold), {n} participants left unmatched, {guests} guests.</source>
            <translation>Présences importées depuis {file}. Présents : {attended} ; absents (sous le seuil) : {below} ; participants non associés : {n} ; invités externes : {guests}.</translation>
        </message>
        <message>
            <source>Save signature sheet</source>
            <translation>Enregistrer la feuille d’émargement</translation>
        </message>
        <message>
            <source>Signature sheet {name}.pdf</source>
            <translation>Feuille d’émargement {name}.pdf</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Cannot write the signature sheet</source>
            <translation>Impossible d’écrire la feuille d’émargement</translation>
        </message>
        <message>
            <source>Saved the signature sheet ({people}, {pages}) to {path}.</source>
            <translation>Feuille d’émargement ({people}, {pages}) enregistrée dans {path}.</translation>
        </message>
        <message>
            <source>{n} person</source>
            <translation>{n} personne</translation>
        </message>
        <message>
            <source>{n} people</source>
            <translation>{n} personnes</translation>
        </message>
        <message>
            <source>{n} page</source>
            <translation>{n} page</translation>
        </message>
        <message>
            <source>{n} pages</source>
            <translation>{n} pages</translation>
        </message>
    </context>
    <context>
        <name>TrainingSection</name>
        <message>
            <source>TRAINING</source>
            <translation>FORMATION</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours} h</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>{n} session attended ({hours}), last on {last}</source>
            <translation>{n} session suivie ({hours}), la dernière le {last}</translation>
        </message>
        <message>
            <source>{n} sessions attended ({hours}), last on {last}</source>
            <translation>{n} sessions suivies ({hours}), la dernière le {last}</translation>
        </message>
        <message>
            <source>No session attended yet</source>
            <translation>Aucune session suivie pour l’instant</translation>
        </message>
        <message>
            <source>Still needs: {kinds}</source>
            <translation>Reste à suivre : {kinds}</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>annulée</translation>
        </message>
        <message>
            <source>• {date}: {title} — {state}</source>
            <translation>• {date} : {title} — {state}</translation>
        </message>
    </context>
    <context>
        <name>TrainingSettingsDialog</name>
        <message>
            <source>Training settings</source>
            <translation>Paramètres de formation</translation>
        </message>
        <message>
            <source>Kinds of session, one per line</source>
            <translation>Types de session, un par ligne</translation>
        </message>
        <message>
            <source>Kinds of session</source>
            <translation>Types de session</translation>
        </message>
        <message>
            <source>One per line. They are offered when you plan a session.</source>
            <translation>Un par ligne. Ils sont proposés quand vous planifiez une session.</translation>
        </message>
        <message>
            <source>REQUIRED FOR EACH ROLE</source>
            <translation>FORMATIONS REQUISES PAR RÔLE</translation>
        </message>
        <message>
            <source>{role} requires {kind}</source>
            <translation>{role} doit suivre : {kind}</translation>
        </message>
    </context>
    <context>
        <name>TrendChart</name>
        <message>
            <source>Import an ESN usage export each month to see adoption progress here</source>
            <translation>Importez chaque mois un export d’usage du RSE pour suivre ici la progression de l’adoption</translation>
        </message>
        <message>
            <source>━ contributors   ━ readers (lighter)   ┅ tipping point</source>
            <translation>━ contributeurs   ━ lecteurs (plus clair)   ┅ point de bascule</translation>
        </message>
    </context>
    <context>
        <name>UsageImport</name>
        <message>
            <source>Not a number</source>
            <translation>Pas un nombre</translation>
        </message>
        <message>
            <source>Not a whole number of zero or more</source>
            <translation>Pas un nombre entier positif ou nul</translation>
        </message>
        <message>
            <source>Not a plausible count (more than {limit})</source>
            <translation>Nombre invraisemblable (plus de {limit})</translation>
        </message>
        <message>
            <source>Checking the rows…</source>
            <translation>Vérification des lignes…</translation>
        </message>
        <message>
            <source>No {field}: every row needs one</source>
            <translation>{field} manquant : chaque ligne doit en avoir un</translation>
        </message>
        <message>
            <source>Already on row {row}; only that first row is counted</source>
            <translation>Déjà présent en ligne {row} ; seule cette première ligne est comptée</translation>
        </message>
        <message>
            <source>{column}: {problem}</source>
            <translation>{column} : {problem}</translation>
        </message>
        <message>
            <source>Not in the directory (a guest, an external partner, or someone not yet in the HR extract): not counted</source>
            <translation>Hors annuaire (un invité, un partenaire externe ou une personne pas encore dans l’extraction RH) : non compté</translation>
        </message>
        <message>
            <source>The period starts ({start}) after it ends ({end}); check the dates.</source>
            <translation>La période commence ({start}) après sa fin ({end}) ; vérifiez les dates.</translation>
        </message>
        <message>
            <source>This plan is not a usage import.</source>
            <translation>Ce plan n’est pas un import d’usage.</translation>
        </message>
        <message>
            <source>Saving the usage figures…</source>
            <translation>Enregistrement des chiffres d’usage…</translation>
        </message>
    </context>
</TS>
