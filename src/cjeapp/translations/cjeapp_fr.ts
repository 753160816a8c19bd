<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/about_dialog.py" line="52"/>
        <source>About cjeapp</source>
        <translation>À propos de cjeapp</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="56"/>
        <source>Files, action plans, documents and the year-end report of organizations that welcome newcomers to Quebec.</source>
        <translation>Dossiers, plans d&apos;action, documents et reddition de comptes annuelle des organismes qui accueillent les personnes immigrantes au Québec.</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="61"/>
        <source>Python %1 · Qt %2 · PySide6 %3
Database: %4
Log: %5</source>
        <translation>Python %1 · Qt %2 · PySide6 %3
Base de données : %4
Journal : %5</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="65"/>
        <source>(no log file)</source>
        <translation>(aucun fichier journal)</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="69"/>
        <source>Qt and PySide6 are used under the GNU LGPL version 3: in the installed program they are separate libraries (the _internal/PySide6 folder) that can be replaced by another build of the same version.</source>
        <translation>Qt et PySide6 sont utilisés sous la licence GNU LGPL version 3 : dans le programme installé, ce sont des bibliothèques distinctes (le dossier _internal/PySide6) qui peuvent être remplacées par une autre compilation de la même version.</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="74"/>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="75"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="76"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="79"/>
        <source>Copy the versions</source>
        <translation>Copier les versions</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="80"/>
        <source>Licences…</source>
        <translation>Licences…</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="81"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="109"/>
        <source>Versions copied</source>
        <translation>Versions copiées</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../ui/pages/activities_page.py" line="86"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="91"/>
        <source>Find an activity by its title</source>
        <translation>Chercher une activité par son titre</translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="93"/>
        <source>To come and under way</source>
        <translation>À venir et en cours</translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="94"/>
        <location filename="../ui/pages/activities_page.py" line="277"/>
        <source>To come</source>
        <translation>À venir</translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="95"/>
        <location filename="../ui/pages/activities_page.py" line="278"/>
        <source>Under way</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="96"/>
        <location filename="../ui/pages/activities_page.py" line="279"/>
        <source>Ended</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="97"/>
        <location filename="../ui/pages/activities_page.py" line="276"/>
        <source>No session yet</source>
        <translation>Sans séance</translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="98"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="271"/>
        <source>Every office</source>
        <translation>Tous les bureaux</translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="102"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="103"/>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="107"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="108"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="109"/>
        <source>Places left</source>
        <translation>Places libres</translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="124"/>
        <source>Create the activity</source>
        <translation>Créer l&apos;activité</translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="139"/>
        <source>Add the session</source>
        <translation>Ajouter la séance</translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="143"/>
        <source>Enrol</source>
        <translation>Inscrire</translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="147"/>
        <source>Enrolled since</source>
        <translation>Date d&apos;inscription</translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="148"/>
        <source>Withdraw the selected person</source>
        <translation>Désinscrire la personne choisie</translation>
    </message>
    <message>
        <location filename="../ui/pages/activity_attendance.py" line="29"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../ui/pages/activity_attendance.py" line="30"/>
        <source>Enrolment</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <location filename="../ui/pages/activity_attendance.py" line="31"/>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <location filename="../ui/pages/activity_attendance.py" line="32"/>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="150"/>
        <source>Save the attendance of the session</source>
        <translation>Enregistrer les présences de la séance</translation>
    </message>
    <message>
        <location filename="../ui/pages/activity_papers.py" line="36"/>
        <source>Attendance sheet (PDF)…</source>
        <translation>Feuille de présence (PDF)…</translation>
    </message>
    <message>
        <location filename="../ui/pages/activity_papers.py" line="38"/>
        <source>Allowance list (PDF)…</source>
        <translation>Liste pour l&apos;allocation (PDF)…</translation>
    </message>
    <message>
        <location filename="../ui/pages/activity_papers.py" line="40"/>
        <source>Allowance list (spreadsheet)…</source>
        <translation>Liste pour l&apos;allocation (chiffrier)…</translation>
    </message>
    <message>
        <location filename="../ui/pages/activity_papers.py" line="42"/>
        <source>Attestations for the group…</source>
        <translation>Attestations du groupe…</translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="163"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="164"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="166"/>
        <source>Parts</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="168"/>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="175"/>
        <source>New activity</source>
        <translation>Nouvelle activité</translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="185"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="190"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="209"/>
        <source>since</source>
        <translation>depuis le</translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="220"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="221"/>
        <source>Paper</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="283"/>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="285"/>
        <source>Full, %1 waiting</source>
        <translation>Complet, %1 en attente</translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="319"/>
        <source>No activity matches. Change the search or the filters, or create the activity below.</source>
        <translation>Aucune activité ne correspond. Modifiez la recherche ou les filtres, ou créez l’activité ci-dessous.</translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="322"/>
        <source>No activity to come. Create one below: its sessions, then enrol the participants.</source>
        <translation>Aucune activité à venir. Créez-en une ci-dessous : ses séances, puis inscrivez les participants.</translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="188"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="192"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="193"/>
        <source>Part</source>
        <translation>Partie</translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="203"/>
        <source>Attendance of the session chosen under “Sessions”</source>
        <translation>Présences de la séance choisie sous « Séances »</translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="219"/>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="355"/>
        <source> · part %1</source>
        <translation> · partie %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/activity_attendance.py" line="56"/>
        <source>Enrolled</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <location filename="../ui/pages/activity_attendance.py" line="58"/>
        <source>Waiting list (%1)</source>
        <translation>Liste d&apos;attente (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/activity_attendance.py" line="61"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../ui/pages/activity_attendance.py" line="69"/>
        <source>Not yet enrolled</source>
        <translation>Avant l&apos;inscription</translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="409"/>
        <source>Type the day of the session.</source>
        <translation>Tapez le jour de la séance.</translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="444"/>
        <source>Find the person to enrol first.</source>
        <translation>Trouvez d&apos;abord la personne à inscrire.</translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="461"/>
        <source>Enrolled since %1.</source>
        <translation>Inscription depuis le %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="464"/>
        <source>Enrolled.</source>
        <translation>Inscrite.</translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="459"/>
        <source>The activity is full: added to the waiting list.</source>
        <translation>L&apos;activité est complète : ajoutée à la liste d&apos;attente.</translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="477"/>
        <source>Withdrawn; the first person waiting takes the place.</source>
        <translation>Désinscrite; la première personne en attente prend la place.</translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="478"/>
        <source>Withdrawn.</source>
        <translation>Désinscrite.</translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="492"/>
        <source>Attendance saved.</source>
        <translation>Présences enregistrées.</translation>
    </message>
    <message>
        <location filename="../ui/pages/activity_papers.py" line="82"/>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>AgendaColumns</name>
    <message>
        <location filename="../ui/models/agenda_model.py" line="32"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../ui/models/agenda_model.py" line="33"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/models/agenda_model.py" line="34"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../ui/models/agenda_model.py" line="35"/>
        <source>Counsellor</source>
        <translation>Conseillère</translation>
    </message>
    <message>
        <location filename="../ui/models/agenda_model.py" line="36"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/models/agenda_model.py" line="37"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../ui/models/agenda_model.py" line="38"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../ui/pages/agenda_page.py" line="58"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../ui/pages/agenda_page.py" line="59"/>
        <source>Whole office</source>
        <translation>Tout le bureau</translation>
    </message>
    <message>
        <location filename="../ui/pages/agenda_page.py" line="61"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../ui/pages/agenda_page.py" line="66"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../ui/pages/agenda_page.py" line="67"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location filename="../ui/pages/agenda_page.py" line="75"/>
        <source>New appointment…</source>
        <translation>Nouveau rendez-vous…</translation>
    </message>
    <message>
        <location filename="../ui/pages/agenda_page.py" line="76"/>
        <source>Appointment slip…</source>
        <translation>Fiche de rendez-vous…</translation>
    </message>
    <message>
        <location filename="../ui/pages/agenda_page.py" line="77"/>
        <source>Move…</source>
        <translation>Déplacer…</translation>
    </message>
    <message>
        <location filename="../ui/pages/agenda_page.py" line="79"/>
        <source>Reason for cancelling</source>
        <translation>Motif de l&apos;annulation</translation>
    </message>
    <message>
        <location filename="../ui/pages/agenda_page.py" line="80"/>
        <source>Cancel the appointment</source>
        <translation>Annuler le rendez-vous</translation>
    </message>
    <message>
        <location filename="../ui/pages/agenda_page.py" line="81"/>
        <source>Attended</source>
        <translation>Présent</translation>
    </message>
    <message>
        <location filename="../ui/pages/agenda_page.py" line="82"/>
        <source>No-show</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../ui/pages/agenda_page.py" line="83"/>
        <source>Day sheet (PDF)…</source>
        <translation>Feuille de route (PDF)…</translation>
    </message>
    <message>
        <location filename="../ui/pages/agenda_page.py" line="84"/>
        <source>Export for a phone (.ics)…</source>
        <translation>Exporter pour un téléphone (.ics)…</translation>
    </message>
    <message>
        <location filename="../ui/pages/agenda_page.py" line="177"/>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/agenda_page.py" line="189"/>
        <source>Choose an appointment in the list first.</source>
        <translation>Choisissez d&apos;abord un rendez-vous dans la liste.</translation>
    </message>
    <message>
        <location filename="../ui/pages/agenda_page.py" line="196"/>
        <source>New appointment: who is it for?</source>
        <translation>Nouveau rendez-vous : pour qui ?</translation>
    </message>
    <message>
        <location filename="../ui/pages/agenda_page.py" line="209"/>
        <source>Appointment booked.</source>
        <translation>Rendez-vous fixé.</translation>
    </message>
    <message>
        <location filename="../ui/pages/agenda_page.py" line="225"/>
        <source>Appointment moved.</source>
        <translation>Rendez-vous déplacé.</translation>
    </message>
    <message>
        <location filename="../ui/pages/agenda_page.py" line="241"/>
        <source>Enter the reason for cancelling.</source>
        <translation>Entrez le motif de l&apos;annulation.</translation>
    </message>
    <message>
        <location filename="../ui/pages/agenda_page.py" line="237"/>
        <source>Appointment cancelled.</source>
        <translation>Rendez-vous annulé.</translation>
    </message>
    <message>
        <location filename="../ui/pages/agenda_page.py" line="272"/>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>AppointmentSlip</name>
    <message>
        <location filename="../ui/dialogs/appointment_slip.py" line="28"/>
        <source>Appointment slip</source>
        <translation>Fiche de rendez-vous</translation>
    </message>
</context>
<context>
    <name>AppointmentStatus</name>
    <message>
        <location filename="../ui/models/agenda_model.py" line="26"/>
        <source>Booked</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location filename="../ui/models/agenda_model.py" line="27"/>
        <source>Attended</source>
        <translation>Présent</translation>
    </message>
    <message>
        <location filename="../ui/models/agenda_model.py" line="28"/>
        <source>No-show</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../ui/models/agenda_model.py" line="29"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>AppointmentsTab</name>
    <message>
        <location filename="../ui/client_file/appointments_tab.py" line="48"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../ui/client_file/appointments_tab.py" line="50"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/client_file/appointments_tab.py" line="51"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../ui/client_file/appointments_tab.py" line="52"/>
        <source>Counsellor</source>
        <translation>Conseillère</translation>
    </message>
    <message>
        <location filename="../ui/client_file/appointments_tab.py" line="53"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/client_file/appointments_tab.py" line="57"/>
        <source>Book an appointment…</source>
        <translation>Prendre rendez-vous…</translation>
    </message>
    <message>
        <location filename="../ui/client_file/appointments_tab.py" line="58"/>
        <source>Appointment slip…</source>
        <translation>Fiche de rendez-vous…</translation>
    </message>
    <message>
        <location filename="../ui/client_file/appointments_tab.py" line="60"/>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <location filename="../ui/client_file/appointments_tab.py" line="62"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../ui/client_file/appointments_tab.py" line="63"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../ui/client_file/appointments_tab.py" line="65"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/client_file/appointments_tab.py" line="71"/>
        <source>Log the request</source>
        <translation>Consigner la demande</translation>
    </message>
    <message>
        <location filename="../ui/client_file/appointments_tab.py" line="74"/>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../ui/client_file/appointments_tab.py" line="75"/>
        <source>Received by</source>
        <translation>Reçue par</translation>
    </message>
    <message>
        <location filename="../ui/client_file/appointments_tab.py" line="76"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../ui/client_file/appointments_tab.py" line="79"/>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="../ui/client_file/appointments_tab.py" line="85"/>
        <source>Requests (answered within 72 business hours)</source>
        <translation>Demandes (réponse dans les 72 heures ouvrables)</translation>
    </message>
    <message>
        <location filename="../ui/client_file/appointments_tab.py" line="108"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../ui/client_file/appointments_tab.py" line="109"/>
        <source>Answered %1</source>
        <translation>Répondue le %1</translation>
    </message>
    <message>
        <location filename="../ui/client_file/appointments_tab.py" line="115"/>
        <source>Appointment booked.</source>
        <translation>Rendez-vous fixé.</translation>
    </message>
    <message>
        <location filename="../ui/client_file/appointments_tab.py" line="120"/>
        <source>Choose an appointment in the list first.</source>
        <translation>Choisissez d&apos;abord un rendez-vous dans la liste.</translation>
    </message>
    <message>
        <location filename="../ui/client_file/appointments_tab.py" line="135"/>
        <source>Request logged; answer due %1.</source>
        <translation>Demande consignée; réponse attendue au plus tard le %1.</translation>
    </message>
</context>
<context>
    <name>AssessmentTab</name>
    <message>
        <location filename="../ui/client_file/assessment_tab.py" line="76"/>
        <source>Paste the MIFI referral e-mail here, then tick the needs it lists.</source>
        <translation>Collez ici le courriel de référence du MIFI, puis cochez les besoins qu&apos;il nomme.</translation>
    </message>
    <message>
        <location filename="../ui/client_file/assessment_tab.py" line="78"/>
        <source>Read the e-mail</source>
        <translation>Lire le courriel</translation>
    </message>
    <message>
        <location filename="../ui/client_file/assessment_tab.py" line="80"/>
        <source>Ticks the needs the e-mail names and highlights the person&apos;s details it gives on labelled lines (name, MIFI number, date of birth, phone, languages…), to copy into the file after checking them.</source>
        <translation>Coche les besoins que le courriel nomme et surligne les renseignements sur la personne qu&apos;il donne sur des lignes étiquetées (nom, numéro MIFI, date de naissance, téléphone, langues…), à copier dans le dossier après vérification.</translation>
    </message>
    <message>
        <location filename="../ui/client_file/assessment_tab.py" line="113"/>
        <source>Save the assessment</source>
        <translation>Enregistrer l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../ui/client_file/assessment_tab.py" line="114"/>
        <source>Sign</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../ui/client_file/assessment_tab.py" line="115"/>
        <source>New assessment</source>
        <translation>Nouvelle évaluation</translation>
    </message>
    <message>
        <location filename="../ui/client_file/assessment_tab.py" line="116"/>
        <source>Add these needs to the action plan</source>
        <translation>Ajouter ces besoins au plan d&apos;action</translation>
    </message>
    <message>
        <location filename="../ui/client_file/assessment_tab.py" line="118"/>
        <source>Assessed on</source>
        <translation>Évaluation du</translation>
    </message>
    <message>
        <location filename="../ui/client_file/assessment_tab.py" line="177"/>
        <source>New assessment, not saved yet.</source>
        <translation>Nouvelle évaluation, pas encore enregistrée.</translation>
    </message>
    <message>
        <location filename="../ui/client_file/assessment_tab.py" line="192"/>
        <source>Signed %1; a signed assessment no longer changes.</source>
        <translation>Signée le %1; une évaluation signée ne change plus.</translation>
    </message>
    <message>
        <location filename="../ui/client_file/assessment_tab.py" line="195"/>
        <source>Saved, not signed yet.</source>
        <translation>Enregistrée, pas encore signée.</translation>
    </message>
    <message>
        <location filename="../ui/client_file/assessment_tab.py" line="226"/>
        <source>Needs found in the e-mail and ticked: %1. Check them, then save.</source>
        <translation>Besoins trouvés dans le courriel et cochés : %1. Vérifiez-les, puis enregistrez.</translation>
    </message>
    <message>
        <location filename="../ui/client_file/assessment_tab.py" line="228"/>
        <source>No need named in the e-mail was recognized; tick them by hand.</source>
        <translation>Aucun besoin nommé dans le courriel n’a été reconnu; cochez-les à la main.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/client_file/assessment_tab.py" line="281"/>
        <source>%n item(s) added to the action plan.</source>
        <translation>
            <numerusform>%n élément ajouté au plan d&apos;action.</numerusform>
            <numerusform>%n éléments ajoutés au plan d&apos;action.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../ui/privacy/audit_tab.py" line="56"/>
        <source>Every person</source>
        <translation>Toutes les personnes</translation>
    </message>
    <message>
        <location filename="../ui/privacy/audit_tab.py" line="58"/>
        <source>Every staff member</source>
        <translation>Tout le personnel</translation>
    </message>
    <message>
        <location filename="../ui/privacy/audit_tab.py" line="60"/>
        <source>Every action</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <location filename="../ui/privacy/audit_tab.py" line="64"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../ui/privacy/audit_tab.py" line="65"/>
        <source>Export the selection (CSV)…</source>
        <translation>Exporter la sélection (CSV)…</translation>
    </message>
    <message>
        <location filename="../ui/privacy/audit_tab.py" line="66"/>
        <source>Check the chain</source>
        <translation>Vérifier la chaîne</translation>
    </message>
    <message>
        <location filename="../ui/privacy/audit_tab.py" line="67"/>
        <location filename="../ui/privacy/audit_tab.py" line="172"/>
        <source>Seal the log…</source>
        <translation>Sceller le journal…</translation>
    </message>
    <message>
        <location filename="../ui/privacy/audit_tab.py" line="69"/>
        <source>A dated seal of the log as it stands (its last entry&apos;s number and hash, signed with the organization&apos;s key), to keep away from this computer: printed, or given to an auditor. A log later cut or rewritten no longer matches it (cjeapp check --against SEAL).</source>
        <translation>Un sceau daté du journal tel qu&apos;il est (le numéro et l&apos;empreinte de sa dernière entrée, signés avec la clé de l&apos;organisme), à garder loin de cet ordinateur : imprimé, ou remis à un vérificateur. Un journal tronqué ou réécrit par la suite ne lui correspond plus (cjeapp check --against SCEAU).</translation>
    </message>
    <message>
        <location filename="../ui/privacy/audit_tab.py" line="79"/>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../ui/privacy/audit_tab.py" line="80"/>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location filename="../ui/privacy/audit_tab.py" line="82"/>
        <location filename="../ui/privacy/audit_tab.py" line="95"/>
        <source>Staff member</source>
        <translation>Membre du personnel</translation>
    </message>
    <message>
        <location filename="../ui/privacy/audit_tab.py" line="83"/>
        <location filename="../ui/privacy/audit_tab.py" line="96"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/privacy/audit_tab.py" line="84"/>
        <source>Record kind</source>
        <translation>Type d&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../ui/privacy/audit_tab.py" line="86"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../ui/privacy/audit_tab.py" line="94"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../ui/privacy/audit_tab.py" line="97"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../ui/privacy/audit_tab.py" line="97"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../ui/privacy/audit_tab.py" line="150"/>
        <source>%1 entries match; the newest %2 are shown. Narrow the period or export the selection.</source>
        <translation>%1 entrées correspondent; les %2 plus récentes sont affichées. Réduisez la période ou exportez la sélection.</translation>
    </message>
    <message>
        <location filename="../ui/privacy/audit_tab.py" line="155"/>
        <source>%1 entries match.</source>
        <translation>%1 entrées correspondent.</translation>
    </message>
    <message>
        <location filename="../ui/privacy/audit_tab.py" line="164"/>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/privacy/audit_tab.py" line="173"/>
        <source>Seal of the audit log (*.json)</source>
        <translation>Sceau du journal d&apos;audit (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/privacy/audit_tab.py" line="182"/>
        <source>Sealed: %1. Keep this file away from this computer.</source>
        <translation>Scellé : %1. Gardez ce fichier loin de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../ui/privacy/audit_tab.py" line="192"/>
        <source>Checking every entry…</source>
        <translation>Vérification de chaque entrée…</translation>
    </message>
</context>
<context>
    <name>BackupBanner</name>
    <message>
        <location filename="../ui/widgets/backup_banner.py" line="37"/>
        <location filename="../ui/widgets/backup_banner.py" line="111"/>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../ui/widgets/backup_banner.py" line="97"/>
        <source>The backup folder %1 cannot be reached: no backup can be made until the key is plugged in or the share connected.</source>
        <translation>Le dossier des sauvegardes %1 est inaccessible : aucune sauvegarde ne peut être faite tant que la clé n&apos;est pas branchée ou le partage connecté.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/backup_banner.py" line="101"/>
        <source>No backup of this database has been made yet.</source>
        <translation>Aucune sauvegarde de cette base de données n&apos;a encore été faite.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/backup_banner.py" line="103"/>
        <source>Backups are late: the last one was made on %1.</source>
        <translation>Les sauvegardes sont en retard : la dernière date du %1.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/backup_banner.py" line="106"/>
        <source>Check Settings › Backups.</source>
        <translation>Voyez Paramètres › Sauvegardes.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/backup_banner.py" line="107"/>
        <source>Tell your administrator.</source>
        <translation>Prévenez votre administrateur ou administratrice.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/backup_banner.py" line="111"/>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../ui/backups.py" line="135"/>
        <source>Backing up the database before closing…</source>
        <translation>Sauvegarde de la base de données avant la fermeture…</translation>
    </message>
    <message>
        <location filename="../ui/backups.py" line="141"/>
        <source>The backup at closing could not be made. Nothing saved is lost: the database itself is intact.</source>
        <translation>La sauvegarde de fermeture n&apos;a pas pu être faite. Rien de ce qui est enregistré n&apos;est perdu : la base de données elle-même est intacte.</translation>
    </message>
    <message>
        <location filename="../ui/backups.py" line="144"/>
        <source>Backup not made</source>
        <translation>Sauvegarde non faite</translation>
    </message>
    <message>
        <location filename="../ui/backups.py" line="155"/>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <location filename="../ui/backups.py" line="168"/>
        <source>Nothing was restored; the database is as it was.</source>
        <translation>Rien n&apos;a été restauré; la base de données est telle qu&apos;elle était.</translation>
    </message>
    <message>
        <location filename="../ui/backups.py" line="173"/>
        <source>The backup of %1 is now the database.</source>
        <translation>La sauvegarde du %1 est maintenant la base de données.</translation>
    </message>
    <message>
        <location filename="../ui/backups.py" line="176"/>
        <source>The database as it was is kept in %1.</source>
        <translation>La base telle qu&apos;elle était est conservée dans %1.</translation>
    </message>
    <message>
        <location filename="../ui/backups.py" line="178"/>
        <source>Sign in again to continue.</source>
        <translation>Connectez-vous de nouveau pour continuer.</translation>
    </message>
    <message>
        <location filename="../ui/backups.py" line="179"/>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <location filename="../ui/backups.py" line="187"/>
        <source>The audit logs disagree</source>
        <translation>Les journaux d&apos;audit ne concordent pas</translation>
    </message>
    <message>
        <location filename="../ui/backups.py" line="188"/>
        <source>Restore anyway? The restore will say in the audit log that it was made without holding the backup&apos;s log against the file&apos;s.</source>
        <translation>Restaurer quand même ? La restauration indiquera dans le journal d&apos;audit qu&apos;elle a été faite sans confronter le journal de la sauvegarde à celui du fichier.</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <location filename="../ui/settings/backups_tab.py" line="63"/>
        <source>The program backs up the database when it closes and once a day while it is open. Backups are encrypted like the database: they open only with a staff member&apos;s password or the recovery key. Choose a folder on another disk, a USB key or the office&apos;s network share, so that a lost or broken PC loses nothing.</source>
        <translation>Le programme sauvegarde la base de données à la fermeture et une fois par jour pendant qu&apos;il est ouvert. Les sauvegardes sont chiffrées comme la base : elles ne s&apos;ouvrent qu&apos;avec le mot de passe d&apos;un membre du personnel ou la clé de récupération. Choisissez un dossier sur un autre disque, une clé USB ou le partage réseau du bureau, pour qu&apos;un PC perdu ou en panne ne fasse rien perdre.</translation>
    </message>
    <message>
        <location filename="../ui/settings/backups_tab.py" line="70"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/settings/backups_tab.py" line="78"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../ui/settings/backups_tab.py" line="83"/>
        <location filename="../ui/settings/backups_tab.py" line="211"/>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <location filename="../ui/settings/backups_tab.py" line="87"/>
        <source>daily</source>
        <translation>quotidiennes</translation>
    </message>
    <message>
        <location filename="../ui/settings/backups_tab.py" line="87"/>
        <source>weekly</source>
        <translation>hebdomadaires</translation>
    </message>
    <message>
        <location filename="../ui/settings/backups_tab.py" line="88"/>
        <source>monthly</source>
        <translation>mensuelles</translation>
    </message>
    <message>
        <location filename="../ui/settings/backups_tab.py" line="90"/>
        <source>Backups kept</source>
        <translation>Sauvegardes conservées</translation>
    </message>
    <message>
        <location filename="../ui/settings/backups_tab.py" line="96"/>
        <source>Warn when the last backup is older than</source>
        <translation>Avertir quand la dernière sauvegarde date de plus de</translation>
    </message>
    <message>
        <location filename="../ui/settings/backups_tab.py" line="98"/>
        <source>Save the backup settings</source>
        <translation>Enregistrer les réglages des sauvegardes</translation>
    </message>
    <message>
        <location filename="../ui/settings/backups_tab.py" line="100"/>
        <source>Made on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <location filename="../ui/settings/backups_tab.py" line="102"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../ui/settings/backups_tab.py" line="103"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../ui/settings/backups_tab.py" line="108"/>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../ui/settings/backups_tab.py" line="109"/>
        <source>Restore the selected backup…</source>
        <translation>Restaurer la sauvegarde choisie…</translation>
    </message>
    <message>
        <location filename="../ui/settings/backups_tab.py" line="136"/>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <location filename="../ui/settings/backups_tab.py" line="140"/>
        <location filename="../ui/settings/backups_tab.py" line="171"/>
        <source>Looking at the backup folder…</source>
        <translation>Recherche dans le dossier des sauvegardes…</translation>
    </message>
    <message>
        <location filename="../ui/settings/backups_tab.py" line="179"/>
        <source>%1 backups in %2.</source>
        <translation>%1 sauvegardes dans %2.</translation>
    </message>
    <message>
        <location filename="../ui/settings/backups_tab.py" line="182"/>
        <source>No backup in %1 yet.</source>
        <translation>Aucune sauvegarde dans %1 pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../ui/settings/backups_tab.py" line="230"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/settings/backups_tab.py" line="244"/>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <location filename="../ui/settings/backups_tab.py" line="251"/>
        <source>Backup made and verified: %1.</source>
        <translation>Sauvegarde faite et vérifiée : %1.</translation>
    </message>
    <message>
        <location filename="../ui/settings/backups_tab.py" line="264"/>
        <source>Choose the backup to restore in the list.</source>
        <translation>Choisissez dans la liste la sauvegarde à restaurer.</translation>
    </message>
    <message>
        <location filename="../ui/settings/backups_tab.py" line="267"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../ui/settings/backups_tab.py" line="268"/>
        <source>Put the backup of %1 in place of the database?

Everything entered since then will no longer show. The current database is kept aside, encrypted, in %2. Every open window closes and everyone signs in again.</source>
        <translation>Mettre la sauvegarde du %1 à la place de la base de données?

Tout ce qui a été saisi depuis n&apos;apparaîtra plus. La base actuelle est mise de côté, chiffrée, dans %2. Toutes les fenêtres ouvertes se ferment et chacun se connecte de nouveau.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../ui/dialogs/batch_dialog.py" line="58"/>
        <source>Attestations for the group</source>
        <translation>Attestations du groupe</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/batch_dialog.py" line="87"/>
        <source>%n participant(s) completed “%1”. Each gets an attestation in their language: one PDF to print, and one file per person.</source>
        <translation>
            <numerusform>%n personne a terminé « %1 ». Elle reçoit une attestation dans sa langue : un PDF à imprimer, et un fichier par personne.</numerusform>
            <numerusform>%n personnes ont terminé « %1 ». Chacune reçoit une attestation dans sa langue : un PDF à imprimer, et un fichier par personne.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/batch_dialog.py" line="63"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/batch_dialog.py" line="64"/>
        <source>Make the attestations</source>
        <translation>Produire les attestations</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/batch_dialog.py" line="71"/>
        <location filename="../ui/dialogs/batch_dialog.py" line="94"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/batch_dialog.py" line="112"/>
        <source>Making the attestations…</source>
        <translation>Production des attestations…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/batch_dialog.py" line="122"/>
        <source>%1 attestations issued; files in %2.</source>
        <translation>%1 attestations émises; fichiers dans %2.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/batch_dialog.py" line="124"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/batch_dialog.py" line="127"/>
        <source>Stopped: no attestation was issued.</source>
        <translation>Arrêté : aucune attestation n&apos;a été émise.</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../ui/pages/board_page.py" line="74"/>
        <source>First day of the period</source>
        <translation>Premier jour de la période</translation>
    </message>
    <message>
        <location filename="../ui/pages/board_page.py" line="77"/>
        <source>Last day of the period</source>
        <translation>Dernier jour de la période</translation>
    </message>
    <message>
        <location filename="../ui/pages/board_page.py" line="79"/>
        <source>Every office</source>
        <translation>Tous les bureaux</translation>
    </message>
    <message>
        <location filename="../ui/pages/board_page.py" line="80"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="../ui/pages/board_page.py" line="82"/>
        <source>Every counsellor</source>
        <translation>Toutes les conseillères et tous les conseillers</translation>
    </message>
    <message>
        <location filename="../ui/pages/board_page.py" line="83"/>
        <source>Counsellor</source>
        <translation>Conseillère ou conseiller</translation>
    </message>
    <message>
        <location filename="../ui/pages/board_page.py" line="84"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../ui/pages/board_page.py" line="85"/>
        <source>PDF for the board…</source>
        <translation>PDF pour le conseil d&apos;administration…</translation>
    </message>
    <message>
        <location filename="../ui/pages/board_page.py" line="86"/>
        <source>Spreadsheet…</source>
        <translation>Tableur…</translation>
    </message>
    <message>
        <location filename="../ui/pages/board_page.py" line="97"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../ui/pages/board_page.py" line="97"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../ui/pages/board_page.py" line="105"/>
        <source>Board</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../ui/pages/board_page.py" line="145"/>
        <source>Working out the figures…</source>
        <translation>Calcul des chiffres…</translation>
    </message>
    <message>
        <location filename="../ui/pages/board_page.py" line="157"/>
        <source>%1 to %2, beside %3 to %4.</source>
        <translation>Du %1 au %2, à côté de la même période l&apos;an dernier (du %3 au %4).</translation>
    </message>
    <message>
        <location filename="../ui/pages/board_page.py" line="183"/>
        <source>Caseload: %1</source>
        <translation>Charge de travail : %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/board_page.py" line="184"/>
        <location filename="../ui/pages/board_page.py" line="239"/>
        <location filename="../ui/pages/board_page.py" line="259"/>
        <source>a year earlier: %1</source>
        <translation>l&apos;an dernier : %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/board_page.py" line="206"/>
        <source>See the records…</source>
        <translation>Voir les dossiers…</translation>
    </message>
    <message>
        <location filename="../ui/pages/board_page.py" line="207"/>
        <source>See the records: %1</source>
        <translation>Voir les dossiers : %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/board_page.py" line="211"/>
        <source>Click a bar to see its records.</source>
        <translation>Cliquez sur une barre pour voir ses dossiers.</translation>
    </message>
    <message>
        <location filename="../ui/pages/board_page.py" line="247"/>
        <source>This period</source>
        <translation>Cette période</translation>
    </message>
    <message>
        <location filename="../ui/pages/board_page.py" line="248"/>
        <source>A year earlier</source>
        <translation>L&apos;an dernier</translation>
    </message>
    <message>
        <location filename="../ui/pages/board_page.py" line="281"/>
        <source>Writing the file…</source>
        <translation>Écriture du fichier…</translation>
    </message>
    <message>
        <location filename="../ui/pages/board_page.py" line="288"/>
        <source>Spreadsheet (*.xlsx)</source>
        <translation>Tableur (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/pages/board_page.py" line="290"/>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/board_page.py" line="291"/>
        <source>Nothing was saved.</source>
        <translation>Rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>BoardRecordsDialog</name>
    <message>
        <location filename="../ui/dialogs/board_records.py" line="56"/>
        <source>Records behind the board: %1</source>
        <translation>Dossiers derrière le tableau de bord : %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/board_records.py" line="60"/>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/board_records.py" line="61"/>
        <source>&amp;Figure</source>
        <translation>&amp;Chiffre</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/board_records.py" line="66"/>
        <source>Records behind the figure</source>
        <translation>Dossiers derrière le chiffre</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/board_records.py" line="68"/>
        <source>Open the file</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/board_records.py" line="69"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/board_records.py" line="108"/>
        <source>Reading the records…</source>
        <translation>Lecture des dossiers…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/board_records.py" line="119"/>
        <source>%1 records; the first %2 are listed.</source>
        <translation>%1 dossiers; les %2 premiers sont affichés.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/board_records.py" line="123"/>
        <source>%Ln record(s).</source>
        <translation>
            <numerusform>%Ln dossier.</numerusform>
            <numerusform>%Ln dossiers.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/board_records.py" line="125"/>
        <source>No record behind this figure.</source>
        <translation>Aucun dossier derrière ce chiffre.</translation>
    </message>
</context>
<context>
    <name>BookingDecisionDialog</name>
    <message>
        <location filename="../ui/dialogs/decision_dialogs.py" line="76"/>
        <source>Decide a double booking</source>
        <translation>Régler un rendez-vous en double</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/decision_dialogs.py" line="117"/>
        <source>%1 has two appointments at the same time. Choose the one that does not stay, then move it to a free time or cancel it.</source>
        <translation>%1 a deux rendez-vous en même temps. Choisissez celui qui ne reste pas, puis déplacez-le à une heure libre ou annulez-le.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/decision_dialogs.py" line="80"/>
        <source>The appointment that does not stay</source>
        <translation>Le rendez-vous qui ne reste pas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/decision_dialogs.py" line="122"/>
        <source>Booked by phone: %1</source>
        <translation>Téléphone de la personne : %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/decision_dialogs.py" line="83"/>
        <source>What becomes of it</source>
        <translation>Ce qu&apos;il devient</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/decision_dialogs.py" line="85"/>
        <source>Move it to</source>
        <translation>Le déplacer au</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/decision_dialogs.py" line="87"/>
        <source>Free time to move it to</source>
        <translation>Heure libre où le déplacer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/decision_dialogs.py" line="88"/>
        <source>Cancel it, because</source>
        <translation>L&apos;annuler, parce que</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/decision_dialogs.py" line="89"/>
        <source>Booked twice at the same time</source>
        <translation>Réservé deux fois à la même heure</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/decision_dialogs.py" line="90"/>
        <source>Reason for cancelling</source>
        <translation>Motif de l&apos;annulation</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/decision_dialogs.py" line="100"/>
        <source>Apply the decision</source>
        <translation>Appliquer la décision</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/decision_dialogs.py" line="132"/>
        <source>booked or changed by %1 on %2</source>
        <translation>réservé ou modifié par %1 le %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/decision_dialogs.py" line="168"/>
        <source>No free time in the next ten days</source>
        <translation>Aucune heure libre dans les dix prochains jours</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/decision_dialogs.py" line="169"/>
        <source>Tell %1 of the change (phone: %2). The counsellor&apos;s calendar gets the change at its next export.</source>
        <translation>Prévenez %1 du changement (téléphone : %2). Le calendrier de la conseillère reçoit le changement à sa prochaine exportation.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/decision_dialogs.py" line="176"/>
        <source>Choose the appointment that does not stay.</source>
        <translation>Choisissez le rendez-vous qui ne reste pas.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/decision_dialogs.py" line="182"/>
        <source>No free time is offered: cancel it instead, or move it from the Agenda.</source>
        <translation>Aucune heure libre n&apos;est offerte : annulez-le plutôt, ou déplacez-le depuis l&apos;Agenda.</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../ui/dialogs/booking_dialog.py" line="57"/>
        <source>Move the appointment</source>
        <translation>Déplacer le rendez-vous</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/booking_dialog.py" line="58"/>
        <source>Book an appointment</source>
        <translation>Prendre rendez-vous</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/booking_dialog.py" line="73"/>
        <source>No free time that day for this length.</source>
        <translation>Aucune heure libre ce jour-là pour cette durée.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/booking_dialog.py" line="75"/>
        <source>Next open day</source>
        <translation>Jour ouvrable suivant</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/booking_dialog.py" line="81"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/booking_dialog.py" line="83"/>
        <source>Counsellor</source>
        <translation>Conseillère</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/booking_dialog.py" line="84"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/booking_dialog.py" line="85"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/booking_dialog.py" line="86"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/booking_dialog.py" line="87"/>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/booking_dialog.py" line="88"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/booking_dialog.py" line="93"/>
        <source>Free times</source>
        <translation>Heures libres</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/booking_dialog.py" line="96"/>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/booking_dialog.py" line="96"/>
        <source>Book</source>
        <translation>Réserver</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/booking_dialog.py" line="97"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/booking_dialog.py" line="111"/>
        <source>Appointment slip…</source>
        <translation>Fiche de rendez-vous…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/booking_dialog.py" line="112"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/booking_dialog.py" line="119"/>
        <source>Give the person their slip: the day, the time, the address, what to bring and the interpreter, in their language when it is written in it, else in French and English.</source>
        <translation>Remettez sa fiche à la personne : le jour, l&apos;heure, l&apos;adresse, ce qu&apos;il faut apporter et l&apos;interprète, dans sa langue quand la fiche y est écrite, sinon en français et en anglais.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/booking_dialog.py" line="285"/>
        <source>Moved: %1, %2 from %3 to %4, with %5.</source>
        <translation>Déplacé : %1, %2 de %3 à %4, avec %5.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/booking_dialog.py" line="286"/>
        <source>Booked: %1, %2 from %3 to %4, with %5.</source>
        <translation>Fixé : %1, %2 de %3 à %4, avec %5.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/booking_dialog.py" line="291"/>
        <source>Appointment booked</source>
        <translation>Rendez-vous fixé</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../ui/settings/calendar_tab.py" line="36"/>
        <source>Quebec&apos;s statutory holidays are built in. Add the days the organization is closed; deadlines (72 business hours, five business days) skip them.</source>
        <translation>Les jours fériés du Québec sont déjà inscrits. Ajoutez les jours où l&apos;organisme est fermé; les délais (72 heures ouvrables, cinq jours ouvrables) les sautent.</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_tab.py" line="40"/>
        <source>Closed on Good Friday</source>
        <translation>Fermé le Vendredi saint</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_tab.py" line="41"/>
        <source>Closed on Easter Monday</source>
        <translation>Fermé le lundi de Pâques</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_tab.py" line="43"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_tab.py" line="45"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_tab.py" line="46"/>
        <location filename="../ui/settings/calendar_tab.py" line="61"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_tab.py" line="51"/>
        <source>e.g. Holiday break</source>
        <translation>p. ex. Congé des fêtes</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_tab.py" line="54"/>
        <source>Add the closure</source>
        <translation>Ajouter la fermeture</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_tab.py" line="55"/>
        <source>Remove the selected closure</source>
        <translation>Retirer la fermeture choisie</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_tab.py" line="56"/>
        <source>Save the calendar</source>
        <translation>Enregistrer le calendrier</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_tab.py" line="59"/>
        <source>Closed from</source>
        <translation>Fermé du</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_tab.py" line="60"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_tab.py" line="110"/>
        <source>Not saved yet: press Save the calendar.</source>
        <translation>Pas encore enregistré : appuyez sur Enregistrer le calendrier.</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_tab.py" line="124"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>CapacityDecisionDialog</name>
    <message>
        <location filename="../ui/dialogs/decision_dialogs.py" line="204"/>
        <source>Decide who goes on the waiting list</source>
        <translation>Choisir qui passe en liste d&apos;attente</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/decision_dialogs.py" line="234"/>
        <source>« %1 » has %2 places and %3 people enrolled. Tick the %4 who go to the head of the waiting list; tell them.</source>
        <translation>« %1 » a %2 places et %3 personnes inscrites. Cochez les %4 qui passent en tête de la liste d&apos;attente; prévenez-les.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/decision_dialogs.py" line="210"/>
        <source>People enrolled</source>
        <translation>Personnes inscrites</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/decision_dialogs.py" line="218"/>
        <source>Put them on the waiting list</source>
        <translation>Les mettre en liste d&apos;attente</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/decision_dialogs.py" line="255"/>
        <source>Tick exactly %1 people: as many as there are people enrolled beyond the places.</source>
        <translation>Cochez exactement %1 personnes : autant qu&apos;il y a de personnes inscrites au-delà des places.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="259"/>
        <source>The check, row by row</source>
        <translation>La vérification, ligne par ligne</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="262"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="263"/>
        <source>Nothing is imported yet. Fix the file for the rows in error (the report lists them), or leave them out.</source>
        <translation>Rien n&apos;est encore importé. Corrigez le fichier pour les lignes en erreur (le rapport les énumère), ou laissez-les de côté.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="269"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="270"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="272"/>
        <source>Row is about</source>
        <translation>La ligne porte sur</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="273"/>
        <source>What to fix, or what it may be a copy of</source>
        <translation>À corriger, ou ce dont ce pourrait être un doublon</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="277"/>
        <source>Import the good rows and leave out those in error</source>
        <translation>Importer les bonnes lignes et laisser de côté celles en erreur</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="278"/>
        <source>Save the report…</source>
        <translation>Enregistrer le rapport…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="308"/>
        <source>Checking…</source>
        <translation>Vérification en cours…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="318"/>
        <source>Rows: %1 — ready: %2, likely duplicates: %3, in error: %4.</source>
        <translation>Lignes : %1 — prêtes : %2, doublons probables : %3, en erreur : %4.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="332"/>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
</context>
<context>
    <name>ClientColumns</name>
    <message>
        <location filename="../ui/models/client_tables.py" line="21"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/models/client_tables.py" line="22"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../ui/models/client_tables.py" line="23"/>
        <source>Municipality</source>
        <translation>Municipalité</translation>
    </message>
    <message>
        <location filename="../ui/models/client_tables.py" line="24"/>
        <source>Counsellor</source>
        <translation>Conseillère</translation>
    </message>
    <message>
        <location filename="../ui/models/client_tables.py" line="25"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../ui/models/client_tables.py" line="26"/>
        <source>MIFI number</source>
        <translation>No MIFI</translation>
    </message>
</context>
<context>
    <name>ClientFileWindow</name>
    <message>
        <location filename="../ui/client_file/window.py" line="96"/>
        <source>Needs assessment</source>
        <translation>Évaluation des besoins</translation>
    </message>
    <message>
        <location filename="../ui/client_file/window.py" line="99"/>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <location filename="../ui/client_file/window.py" line="101"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../ui/client_file/window.py" line="103"/>
        <source>Referrals</source>
        <translation>Références</translation>
    </message>
    <message>
        <location filename="../ui/client_file/window.py" line="105"/>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location filename="../ui/client_file/window.py" line="107"/>
        <source>Housing</source>
        <translation>Logement</translation>
    </message>
    <message>
        <location filename="../ui/client_file/window.py" line="110"/>
        <source>Appointments and requests</source>
        <translation>Rendez-vous et demandes</translation>
    </message>
    <message>
        <location filename="../ui/client_file/window.py" line="112"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../ui/client_file/window.py" line="114"/>
        <source>Household</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <location filename="../ui/client_file/window.py" line="116"/>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <location filename="../ui/client_file/window.py" line="120"/>
        <source>Confidential notes</source>
        <translation>Notes confidentielles</translation>
    </message>
    <message>
        <location filename="../ui/client_file/window.py" line="122"/>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../ui/client_file/window.py" line="128"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/client_file/window.py" line="160"/>
        <source>Furniture</source>
        <translation>Mobilier</translation>
    </message>
    <message>
        <location filename="../ui/client_file/window.py" line="174"/>
        <source>Copied from the e-mail: %1. Check them, then press Save.</source>
        <translation>Copié du courriel : %1. Vérifiez, puis appuyez sur Enregistrer.</translation>
    </message>
    <message>
        <location filename="../ui/client_file/window.py" line="248"/>
        <source>File — %1</source>
        <translation>Dossier — %1</translation>
    </message>
    <message>
        <location filename="../ui/client_file/window.py" line="253"/>
        <source>born %1</source>
        <translation>né(e) le %1</translation>
    </message>
    <message>
        <location filename="../ui/client_file/window.py" line="256"/>
        <source>MIFI no. %1</source>
        <translation>no MIFI %1</translation>
    </message>
    <message>
        <location filename="../ui/client_file/window.py" line="258"/>
        <source>interpreter needed: %1</source>
        <translation>interprète requis : %1</translation>
    </message>
    <message>
        <location filename="../ui/client_file/window.py" line="296"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/client_file/window.py" line="315"/>
        <source>Some fields need a correction; nothing was saved.</source>
        <translation>Certains champs sont à corriger; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/client_file/window.py" line="323"/>
        <source>Unsaved changes: Ctrl+S saves them, Esc again closes without saving.</source>
        <translation>Modifications non enregistrées : Ctrl+S les enregistre, Échap de nouveau ferme sans enregistrer.</translation>
    </message>
    <message>
        <location filename="../ui/client_file/window.py" line="337"/>
        <source>Unsaved changes: save them, or close again to discard them.</source>
        <translation>Modifications non enregistrées : enregistrez-les, ou fermez de nouveau pour les abandonner.</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <location filename="../ui/pages/clients_page.py" line="35"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../ui/pages/clients_page.py" line="43"/>
        <source>Open file</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/clients_page.py" line="81"/>
        <source>%n result(s) shown</source>
        <translation>
            <numerusform>%n résultat affiché</numerusform>
            <numerusform>%n résultats affichés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/clients_page.py" line="92"/>
        <source>%1 people</source>
        <translation>%1 personnes</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <location filename="../ui/client_file/consents_tab.py" line="52"/>
        <location filename="../ui/client_file/consents_tab.py" line="74"/>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location filename="../ui/client_file/consents_tab.py" line="53"/>
        <location filename="../ui/client_file/consents_tab.py" line="75"/>
        <source>Given on</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <location filename="../ui/client_file/consents_tab.py" line="54"/>
        <location filename="../ui/client_file/consents_tab.py" line="76"/>
        <source>Method</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../ui/client_file/consents_tab.py" line="55"/>
        <location filename="../ui/client_file/consents_tab.py" line="77"/>
        <source>Explained in</source>
        <translation>Expliqué en</translation>
    </message>
    <message>
        <location filename="../ui/client_file/consents_tab.py" line="56"/>
        <source>Recorded by</source>
        <translation>Consigné par</translation>
    </message>
    <message>
        <location filename="../ui/client_file/consents_tab.py" line="57"/>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <location filename="../ui/client_file/consents_tab.py" line="58"/>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location filename="../ui/client_file/consents_tab.py" line="61"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/client_file/consents_tab.py" line="78"/>
        <source>Partner (for a referral)</source>
        <translation>Partenaire (pour une référence)</translation>
    </message>
    <message>
        <location filename="../ui/client_file/consents_tab.py" line="80"/>
        <source>Expires on (optional)</source>
        <translation>Expire le (facultatif)</translation>
    </message>
    <message>
        <location filename="../ui/client_file/consents_tab.py" line="82"/>
        <source>Record the consent</source>
        <translation>Consigner le consentement</translation>
    </message>
    <message>
        <location filename="../ui/client_file/consents_tab.py" line="83"/>
        <source>Withdraw the selected consent</source>
        <translation>Retirer le consentement choisi</translation>
    </message>
    <message>
        <location filename="../ui/client_file/consents_tab.py" line="61"/>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <location filename="../ui/client_file/consents_tab.py" line="62"/>
        <source>Not valid</source>
        <translation>Non valide</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../ui/crash_dialog.py" line="29"/>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <location filename="../ui/crash_dialog.py" line="32"/>
        <source>Something unexpected stopped the last action (%1). What was saved before is not lost; the action that failed was not recorded, so do it again if it is still needed.

The program keeps running. The log is here:
%2

If it happens again, copy the report below and send it to whoever helps you: it holds no one&apos;s personal information.</source>
        <translation>Un problème imprévu a arrêté la dernière action (%1). Ce qui a été enregistré avant n&apos;est pas perdu; l&apos;action qui a échoué n&apos;a pas été enregistrée : refaites-la si elle est encore nécessaire.

Le programme continue de fonctionner. Le journal se trouve ici :
%2

Si cela se reproduit, copiez le rapport et envoyez-le à la personne qui vous aide : il ne contient aucun renseignement personnel.</translation>
    </message>
    <message>
        <location filename="../ui/crash_dialog.py" line="38"/>
        <source>(no log file)</source>
        <translation>(aucun fichier journal)</translation>
    </message>
    <message>
        <location filename="../ui/crash_dialog.py" line="40"/>
        <source>Copy the report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <location filename="../ui/crash_dialog.py" line="41"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../ui/crash_dialog.py" line="58"/>
        <source>Report copied</source>
        <translation>Rapport copié</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../ui/widgets/date_field.py" line="63"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../ui/widgets/date_field.py" line="64"/>
        <source>Type the date (2026-11-22, 22/11/2026 or 22 novembre 2026) or choose it in the calendar (Alt+Down).</source>
        <translation>Tapez la date (2026-11-22, 22/11/2026 ou 22 novembre 2026) ou choisissez-la dans le calendrier (Alt+Bas).</translation>
    </message>
    <message>
        <location filename="../ui/widgets/date_field.py" line="67"/>
        <source>Choose in a calendar</source>
        <translation>Choisir dans un calendrier</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <location filename="../ui/pages/desk_page.py" line="56"/>
        <source>New person…</source>
        <translation>Nouvelle personne…</translation>
    </message>
    <message>
        <location filename="../ui/pages/desk_page.py" line="61"/>
        <source>People found</source>
        <translation>Personnes trouvées</translation>
    </message>
    <message>
        <location filename="../ui/pages/desk_page.py" line="62"/>
        <source>Open file</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../ui/pages/desk_page.py" line="63"/>
        <source>Book an appointment…</source>
        <translation>Prendre rendez-vous…</translation>
    </message>
    <message>
        <location filename="../ui/pages/desk_page.py" line="65"/>
        <source>Reason for the visit</source>
        <translation>Motif de la visite</translation>
    </message>
    <message>
        <location filename="../ui/pages/desk_page.py" line="66"/>
        <source>Add to waiting list</source>
        <translation>Inscrire à la file d&apos;attente</translation>
    </message>
    <message>
        <location filename="../ui/pages/desk_page.py" line="76"/>
        <source>Take the next person</source>
        <translation>Prendre la personne suivante</translation>
    </message>
    <message>
        <location filename="../ui/pages/desk_page.py" line="77"/>
        <source>Take this person</source>
        <translation>Prendre cette personne</translation>
    </message>
    <message>
        <location filename="../ui/pages/desk_page.py" line="79"/>
        <source>Outcome of the visit (optional)</source>
        <translation>Résultat de la visite (facultatif)</translation>
    </message>
    <message>
        <location filename="../ui/pages/desk_page.py" line="80"/>
        <source>End the visit</source>
        <translation>Terminer la visite</translation>
    </message>
    <message>
        <location filename="../ui/pages/desk_page.py" line="81"/>
        <source>Left without being seen</source>
        <translation>Partie sans être vue</translation>
    </message>
    <message>
        <location filename="../ui/pages/desk_page.py" line="110"/>
        <source>Waiting list and today&apos;s visits</source>
        <translation>File d&apos;attente et visites du jour</translation>
    </message>
    <message>
        <location filename="../ui/pages/desk_page.py" line="117"/>
        <source>Reception desk</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../ui/pages/desk_page.py" line="200"/>
        <location filename="../ui/pages/desk_page.py" line="229"/>
        <source>Choose a person in the results first.</source>
        <translation>Choisissez d&apos;abord une personne dans les résultats.</translation>
    </message>
    <message>
        <location filename="../ui/pages/desk_page.py" line="206"/>
        <source>Appointment booked.</source>
        <translation>Rendez-vous fixé.</translation>
    </message>
    <message>
        <location filename="../ui/pages/desk_page.py" line="242"/>
        <source>Enter the reason for the visit.</source>
        <translation>Entrez le motif de la visite.</translation>
    </message>
    <message>
        <location filename="../ui/pages/desk_page.py" line="238"/>
        <source>Added to the waiting list.</source>
        <translation>Inscrite à la file d&apos;attente.</translation>
    </message>
    <message>
        <location filename="../ui/pages/desk_page.py" line="258"/>
        <source>%1 is with you.</source>
        <translation>%1 est avec vous.</translation>
    </message>
</context>
<context>
    <name>DeskSessions</name>
    <message>
        <location filename="../ui/desk_sessions.py" line="43"/>
        <location filename="../ui/desk_sessions.py" line="62"/>
        <source>Change person</source>
        <translation>Changer de personne</translation>
    </message>
    <message>
        <location filename="../ui/desk_sessions.py" line="63"/>
        <source>Your role changed since your session was put aside: it opens again with your new role; what it held unsaved is lost.</source>
        <translation>Votre rôle a changé depuis que votre session a été mise de côté : elle s&apos;ouvre de nouveau avec votre nouveau rôle; ce qu&apos;elle contenait sans être enregistré est perdu.</translation>
    </message>
    <message>
        <location filename="../ui/desk_sessions.py" line="92"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../ui/desk_sessions.py" line="93"/>
        <source>The sessions of %1 are still open at this computer, locked. Quitting closes them too, and what they have not saved is lost. Quit anyway?</source>
        <translation>Les sessions de %1 sont encore ouvertes sur cet ordinateur, verrouillées. Quitter les ferme aussi, et ce qui n&apos;y a pas été enregistré est perdu. Quitter quand même ?</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../ui/client_file/documents_tab.py" line="66"/>
        <location filename="../ui/client_file/documents_tab.py" line="156"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../ui/client_file/documents_tab.py" line="66"/>
        <location filename="../ui/client_file/documents_tab.py" line="156"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../ui/client_file/documents_tab.py" line="67"/>
        <location filename="../ui/client_file/documents_tab.py" line="163"/>
        <source>The person&apos;s language</source>
        <translation>Langue de la personne</translation>
    </message>
    <message>
        <location filename="../ui/client_file/documents_tab.py" line="76"/>
        <location filename="../ui/client_file/documents_tab.py" line="86"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../ui/client_file/documents_tab.py" line="77"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/client_file/documents_tab.py" line="78"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../ui/client_file/documents_tab.py" line="79"/>
        <source>Referral</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../ui/client_file/documents_tab.py" line="80"/>
        <source>Services from</source>
        <translation>Services du</translation>
    </message>
    <message>
        <location filename="../ui/client_file/documents_tab.py" line="81"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../ui/client_file/documents_tab.py" line="82"/>
        <source>Preview…</source>
        <translation>Aperçu…</translation>
    </message>
    <message>
        <location filename="../ui/client_file/documents_tab.py" line="85"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../ui/client_file/documents_tab.py" line="87"/>
        <location filename="../ui/client_file/documents_tab.py" line="151"/>
        <source>Issued</source>
        <translation>Émis</translation>
    </message>
    <message>
        <location filename="../ui/client_file/documents_tab.py" line="89"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/client_file/documents_tab.py" line="91"/>
        <source>Reprint a copy</source>
        <translation>Réimprimer une copie</translation>
    </message>
    <message>
        <location filename="../ui/client_file/documents_tab.py" line="93"/>
        <source>Why the document is revoked</source>
        <translation>Pourquoi le document est révoqué</translation>
    </message>
    <message>
        <location filename="../ui/client_file/documents_tab.py" line="94"/>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <location filename="../ui/client_file/documents_tab.py" line="105"/>
        <source>Register of documents issued to this person</source>
        <translation>Registre des documents émis pour cette personne</translation>
    </message>
    <message>
        <location filename="../ui/client_file/documents_tab.py" line="111"/>
        <source>Is a printed or e-mailed attestation genuine? Drop its PDF here.</source>
        <translation>Une attestation imprimée ou reçue par courriel est-elle authentique ? Déposez son PDF ici.</translation>
    </message>
    <message>
        <location filename="../ui/client_file/documents_tab.py" line="150"/>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <location filename="../ui/client_file/documents_tab.py" line="151"/>
        <source>Copy</source>
        <translation>Copie</translation>
    </message>
    <message>
        <location filename="../ui/client_file/documents_tab.py" line="219"/>
        <source>Document %1 issued.</source>
        <translation>Document %1 émis.</translation>
    </message>
    <message>
        <location filename="../ui/client_file/documents_tab.py" line="226"/>
        <source>Choose a document in the register first.</source>
        <translation>Choisissez d&apos;abord un document du registre.</translation>
    </message>
</context>
<context>
    <name>DuplicateChoices</name>
    <message>
        <location filename="../ui/dialogs/import_duplicates.py" line="43"/>
        <source>Likely duplicates: choose what to do with each (left out unless you choose)</source>
        <translation>Doublons probables : choisissez quoi faire de chacun (laissés de côté si vous ne choisissez pas)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_duplicates.py" line="45"/>
        <source>Leave it out</source>
        <translation>Laisser de côté</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_duplicates.py" line="46"/>
        <source>Create it anyway</source>
        <translation>Créer quand même</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_duplicates.py" line="49"/>
        <source>Link it to the existing file (nothing changed)</source>
        <translation>Lier au dossier existant (rien n&apos;est modifié)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_duplicates.py" line="51"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_duplicates.py" line="52"/>
        <source>Row is about</source>
        <translation>La ligne porte sur</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_duplicates.py" line="53"/>
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_duplicates.py" line="56"/>
        <source>May be</source>
        <translation>Peut être</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_duplicates.py" line="59"/>
        <source>What to do with the selected row</source>
        <translation>Que faire de la ligne choisie</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_duplicates.py" line="62"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_duplicates.py" line="67"/>
        <source>Kept if merged</source>
        <translation>Gardé si fusionné</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_duplicates.py" line="69"/>
        <source>The row beside the existing file</source>
        <translation>La ligne à côté du dossier existant</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_duplicates.py" line="70"/>
        <source>The existing file&apos;s value</source>
        <translation>La valeur du dossier existant</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_duplicates.py" line="71"/>
        <source>This row&apos;s value</source>
        <translation>La valeur de cette ligne</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_duplicates.py" line="72"/>
        <source>Value kept for the selected field</source>
        <translation>Valeur gardée pour le champ choisi</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_duplicates.py" line="87"/>
        <source>For the selected field, keep:</source>
        <translation>Pour le champ choisi, garder :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_duplicates.py" line="127"/>
        <source>The row beside the existing file. Merging fills the file&apos;s empty fields (in green); where both have a value (in orange), the file&apos;s stays unless you choose the row&apos;s.</source>
        <translation>La ligne à côté du dossier existant. La fusion remplit les champs vides du dossier (en vert); là où les deux ont une valeur (en orange), celle du dossier reste, sauf si vous choisissez celle de la ligne.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_duplicates.py" line="60"/>
        <location filename="../ui/dialogs/import_duplicates.py" line="63"/>
        <source>This row</source>
        <translation>Cette ligne</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_duplicates.py" line="47"/>
        <source>Merge into the existing file (empty fields filled, other differences as you choose)</source>
        <translation>Fusionner avec le dossier existant (champs vides remplis, autres différences selon votre choix)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_duplicates.py" line="60"/>
        <location filename="../ui/dialogs/import_duplicates.py" line="65"/>
        <source>Existing file</source>
        <translation>Dossier existant</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_duplicates.py" line="130"/>
        <source>It may repeat %1. Leave the row out, or create it anyway if it is not the same.</source>
        <translation>Elle pourrait répéter %1. Laissez la ligne de côté, ou créez-la quand même si ce n&apos;est pas la même chose.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_duplicates.py" line="80"/>
        <source>For the selected row:</source>
        <translation>Pour la ligne choisie :</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <location filename="../ui/models/visits_model.py" line="49"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../ui/models/visits_model.py" line="50"/>
        <source>%1 h %2</source>
        <translation>%1 h %2</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <location filename="../ui/dialogs/exchange_dialog.py" line="55"/>
        <source>Exchange with the office</source>
        <translation>Échanger avec le bureau</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exchange_dialog.py" line="56"/>
        <source>%1 changes of this laptop wait for %2. When the office&apos;s database can be reached (the office&apos;s network, or its file), exchange now; otherwise exchange by file.</source>
        <translation>%1 changements de ce portable attendent d&apos;aller à %2. Quand la base de données du bureau est joignable (le réseau du bureau, ou son fichier), échangez maintenant; sinon, échangez par fichier.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exchange_dialog.py" line="64"/>
        <source>postgresql://…@server/cjeapp, or the office&apos;s file</source>
        <translation>postgresql://…@serveur/cjeapp, ou le fichier du bureau</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exchange_dialog.py" line="69"/>
        <source>The office&apos;s database</source>
        <translation>Base de données du bureau</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exchange_dialog.py" line="70"/>
        <source>Your password at the office</source>
        <translation>Votre mot de passe au bureau</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exchange_dialog.py" line="71"/>
        <source>Exchange now</source>
        <translation>Échanger maintenant</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exchange_dialog.py" line="73"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exchange_dialog.py" line="74"/>
        <source>Directly</source>
        <translation>Directement</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exchange_dialog.py" line="78"/>
        <source>Write the file for the office…</source>
        <translation>Écrire le fichier pour le bureau…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exchange_dialog.py" line="79"/>
        <source>Import the office&apos;s file…</source>
        <translation>Importer le fichier du bureau…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exchange_dialog.py" line="82"/>
        <source>By file (USB key, e-mail)</source>
        <translation>Par fichier (clé USB, courriel)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exchange_dialog.py" line="102"/>
        <source>Give the office&apos;s database first, or exchange by file.</source>
        <translation>Indiquez d&apos;abord la base de données du bureau, ou échangez par fichier.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exchange_dialog.py" line="109"/>
        <source>Exchanging with the office…</source>
        <translation>Échange avec le bureau en cours…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exchange_dialog.py" line="115"/>
        <source>Exchanged: %1 changes sent, %2 received, %3 new conflicts for the coordinator.</source>
        <translation>Échange fait : %1 changements envoyés, %2 reçus, %3 nouveaux conflits pour la coordination.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exchange_dialog.py" line="121"/>
        <source>%1 of your changes were about files the office destroyed under Law 25: not kept, and gone from this laptop.</source>
        <translation>%1 de vos changements portaient sur des dossiers que le bureau a détruits en vertu de la Loi 25 : ils n’ont pas été gardés et ne sont plus sur ce portable.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exchange_dialog.py" line="131"/>
        <source>The office could not be reached or refused: %1 Exchange by file instead.</source>
        <translation>Le bureau n&apos;a pas pu être joint ou a refusé : %1 Échangez plutôt par fichier.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/exchange_dialog.py" line="140"/>
        <source>The office refused %n of this laptop&apos;s changes; the office&apos;s version replaces them here.</source>
        <translation>
            <numerusform>Le bureau a refusé %n changement de ce portable; la version du bureau le remplace ici.</numerusform>
            <numerusform>Le bureau a refusé %n changements de ce portable; la version du bureau les remplace ici.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exchange_dialog.py" line="152"/>
        <source>Exchange file (*.cjex)</source>
        <translation>Fichier d&apos;échange (*.cjex)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exchange_dialog.py" line="153"/>
        <source>File written for the office: %1 changes. Bring it there; its file comes back.</source>
        <translation>Fichier écrit pour le bureau : %1 changements. Apportez-le au bureau; son fichier vous reviendra.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exchange_dialog.py" line="168"/>
        <source>Imported: %1 changes from the office; %2 records left this laptop.</source>
        <translation>Importé : %1 changements du bureau; %2 enregistrements ont quitté ce portable.</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="75"/>
        <source>Exchanges with the laptops</source>
        <translation>Échanges avec les portables</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="77"/>
        <location filename="../ui/pages/exchange_page.py" line="103"/>
        <source>Laptop</source>
        <translation>Portable</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="78"/>
        <source>Counsellor</source>
        <translation>Conseillère ou conseiller</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="79"/>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="80"/>
        <source>Last exchange</source>
        <translation>Dernier échange</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="81"/>
        <location filename="../ui/pages/exchange_page.py" line="288"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="82"/>
        <source>Changes waiting</source>
        <translation>Changements en attente</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="83"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="85"/>
        <source>Register a laptop…</source>
        <translation>Inscrire un portable…</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="86"/>
        <source>Write the file for this laptop…</source>
        <translation>Écrire le fichier pour ce portable…</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="87"/>
        <source>Import an exchange file…</source>
        <translation>Importer un fichier d&apos;échange…</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="88"/>
        <source>Retire this laptop…</source>
        <translation>Retirer ce portable…</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="89"/>
        <source>A laptop lost, stolen or replaced: its files are refused from now on.</source>
        <translation>Un portable perdu, volé ou remplacé : ses fichiers seront désormais refusés.</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="96"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="97"/>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="98"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="99"/>
        <source>At the office (shown)</source>
        <translation>Au bureau (affiché)</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="101"/>
        <source>On the laptop (kept)</source>
        <translation>Sur le portable (gardé)</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="104"/>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="107"/>
        <source>Decide…</source>
        <translation>Régler…</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="109"/>
        <source>A double booking or an activity past its capacity: choose which appointment moves or who goes on the waiting list.</source>
        <translation>Un rendez-vous en double ou une activité au-delà de sa capacité : choisissez quel rendez-vous est déplacé ou qui passe en liste d&apos;attente.</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="111"/>
        <source>Keep the office&apos;s value</source>
        <translation>Garder la valeur du bureau</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="112"/>
        <source>Take the laptop&apos;s value</source>
        <translation>Prendre la valeur du portable</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="113"/>
        <source>Open the person&apos;s file</source>
        <translation>Ouvrir le dossier de la personne</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="114"/>
        <source>Open the office&apos;s other file</source>
        <translation>Ouvrir l&apos;autre dossier du bureau</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="116"/>
        <source>Perhaps one person with two files: the file the office already had, beside the one the laptop made.</source>
        <translation>Peut-être une personne avec deux dossiers : le dossier que le bureau avait déjà, à côté de celui que le portable a créé.</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="131"/>
        <source>Conflicts to decide: both sides changed the same thing. The office&apos;s value is shown until you decide; the laptop&apos;s is kept here.</source>
        <translation>Conflits à trancher : les deux côtés ont modifié la même chose. La valeur du bureau est affichée jusqu&apos;à votre décision; celle du portable est gardée ici.</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="165"/>
        <source>(not a person&apos;s file)</source>
        <translation>(pas le dossier d&apos;une personne)</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="169"/>
        <source>Deleted on one side, changed on the other</source>
        <translation>Supprimé d&apos;un côté, modifié de l&apos;autre</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="171"/>
        <source>The counsellor booked twice at that time</source>
        <translation>Rendez-vous en double à cette heure</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="173"/>
        <source>Activity enrolled past its capacity</source>
        <translation>Activité inscrite au-delà de sa capacité</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="175"/>
        <source>Perhaps one person with two files</source>
        <translation>Peut-être une seule personne avec deux dossiers</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="177"/>
        <source>A change the office refused</source>
        <translation>Un changement refusé par le bureau</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="179"/>
        <source>Another detail of the record</source>
        <translation>Un autre renseignement de la fiche</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="184"/>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="184"/>
        <source>kept, and changed</source>
        <translation>gardé et modifié</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="202"/>
        <source>office: %1 · laptop: %2</source>
        <translation>bureau : %1 · portable : %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="209"/>
        <source>%1, born %2</source>
        <translation>%1, née ou né le %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="223"/>
        <source>The office already had: %1</source>
        <translation>Le bureau avait déjà : %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="226"/>
        <source>At the office: %1</source>
        <translation>Au bureau : %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="228"/>
        <source>On the laptop: %1</source>
        <translation>Sur le portable : %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="241"/>
        <source>Choose a conflict about a person&apos;s file first.</source>
        <translation>Choisissez d&apos;abord un conflit qui touche le dossier d&apos;une personne.</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="265"/>
        <location filename="../ui/pages/exchange_page.py" line="285"/>
        <source>Choose the laptop in the list first.</source>
        <translation>Choisissez d&apos;abord le portable dans la liste.</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="277"/>
        <source>Exchange file (*.cjex)</source>
        <translation>Fichier d&apos;échange (*.cjex)</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="278"/>
        <source>File written for %1: %2 changes.</source>
        <translation>Fichier écrit pour %1 : %2 changements.</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="290"/>
        <source>Retire a laptop</source>
        <translation>Retirer un portable</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="291"/>
        <source>Retire %1? From now on the office refuses its files and writes none for it. What was done on it since its last exchange (%2) will not reach the office. Do this when the laptop is lost, stolen or replaced.</source>
        <translation>Retirer %1? Le bureau refusera désormais ses fichiers et n’en écrira plus pour lui. Ce qui a été fait sur ce portable depuis son dernier échange (%2) n’arrivera pas au bureau. Faites-le quand le portable est perdu, volé ou remplacé.</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="303"/>
        <source>%1 is retired. If it was lost or stolen, have the password of %2 changed: it opened the laptop.</source>
        <translation>%1 est retiré. S’il a été perdu ou volé, faites changer le mot de passe de %2 : il ouvrait le portable.</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="307"/>
        <source>Its %1 conflicts below are still to decide.</source>
        <translation>Ses %1 conflits ci-dessous restent à trancher.</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="326"/>
        <source>%1 changes were about files destroyed under Law 25: not kept.</source>
        <translation>%1 changements portaient sur des dossiers détruits en vertu de la Loi 25 : ils n’ont pas été gardés.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/exchange_page.py" line="329"/>
        <source>%n change(s) refused: the laptop may not make them (listed below with the reason).</source>
        <translation>
            <numerusform>%n changement refusé : le portable ne peut pas le faire (dans la liste ci-dessous, avec le motif).</numerusform>
            <numerusform>%n changements refusés : le portable ne peut pas les faire (dans la liste ci-dessous, avec le motif).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="340"/>
        <source>Choose a double booking or an activity past its capacity in the list first.</source>
        <translation>Choisissez d&apos;abord dans la liste un rendez-vous en double ou une activité au-delà de sa capacité.</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="369"/>
        <source>Decided; the conflict is closed and the laptop gets the change at its next exchange.</source>
        <translation>Réglé; le conflit est fermé et le portable recevra le changement à son prochain échange.</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="390"/>
        <source>Exchange file</source>
        <translation>Fichier d&apos;échange</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="391"/>
        <source>Exchange file (*.cjex);;All files (*)</source>
        <translation>Fichier d&apos;échange (*.cjex);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="322"/>
        <source>Imported from %1: %2 changes written, %3 new conflicts.</source>
        <translation>Importé de %1 : %2 changements écrits, %3 nouveaux conflits.</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="376"/>
        <source>Choose the conflict in the list first.</source>
        <translation>Choisissez d&apos;abord le conflit dans la liste.</translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="384"/>
        <source>Decided; the laptop gets the value at its next exchange.</source>
        <translation>Décidé; le portable recevra la valeur à son prochain échange.</translation>
    </message>
</context>
<context>
    <name>FileClaim</name>
    <message>
        <location filename="../ui/file_claim.py" line="43"/>
        <source>This file is already open in cjeapp. Use the window already open, or close it first.</source>
        <translation>Ce fichier est déjà ouvert dans cjeapp. Utilisez la fenêtre déjà ouverte, ou fermez-la d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../ui/file_claim.py" line="47"/>
        <source>This file is already open in cjeapp on the computer « %1 » (process %2). Use the window already open, or close it first: two programs writing to one file could mix their work.</source>
        <translation>Ce fichier est déjà ouvert dans cjeapp sur l&apos;ordinateur « %1 » (processus %2). Utilisez la fenêtre déjà ouverte, ou fermez-la d&apos;abord : deux programmes qui écrivent dans un même fichier pourraient mêler leur travail.</translation>
    </message>
    <message>
        <location filename="../ui/file_claim.py" line="78"/>
        <source>File already open</source>
        <translation>Fichier déjà ouvert</translation>
    </message>
    <message>
        <location filename="../ui/file_claim.py" line="80"/>
        <source>The folder of %1 cannot be written: cjeapp needs to write beside the file. Ask whoever manages this folder.</source>
        <translation>Le dossier de %1 ne peut pas être écrit : cjeapp doit écrire à côté du fichier. Demandez à la personne qui gère ce dossier.</translation>
    </message>
    <message>
        <location filename="../ui/file_claim.py" line="85"/>
        <source>If that computer stopped without closing cjeapp (a power cut), and nobody is working in this file there now, you may open it here.</source>
        <translation>Si cet ordinateur s&apos;est arrêté sans fermer cjeapp (une panne de courant) et que personne n&apos;y travaille dans ce fichier en ce moment, vous pouvez l&apos;ouvrir ici.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../ui/dialogs/import_file_page.py" line="49"/>
        <source>The file</source>
        <translation>Le fichier</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_file_page.py" line="55"/>
        <source>No file chosen.</source>
        <translation>Aucun fichier choisi.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_file_page.py" line="57"/>
        <source>Choose the file…</source>
        <translation>Choisir le fichier…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_file_page.py" line="59"/>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_file_page.py" line="80"/>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_file_page.py" line="82"/>
        <source>Delimiter</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_file_page.py" line="62"/>
        <location filename="../ui/dialogs/import_file_page.py" line="88"/>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_file_page.py" line="50"/>
        <source>An Excel (.xlsx, .xls), LibreOffice (.ods) or CSV file. Its row of column titles is found among the first rows: give another if it is not the right one.</source>
        <translation>Un fichier Excel (.xlsx, .xls), LibreOffice (.ods) ou CSV. Sa ligne de titres de colonnes est trouvée parmi les premières lignes : indiquez-en une autre si ce n&apos;est pas la bonne.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_file_page.py" line="66"/>
        <location filename="../ui/dialogs/import_file_page.py" line="67"/>
        <source>Column titles on row</source>
        <translation>Titres de colonnes à la ligne</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_file_page.py" line="93"/>
        <source>The rows are</source>
        <translation>Contenu des lignes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_file_page.py" line="122"/>
        <source>Spreadsheet to import</source>
        <translation>Tableur à importer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_file_page.py" line="123"/>
        <source>Spreadsheets (*.xlsx *.xls *.ods *.csv *.txt)</source>
        <translation>Tableurs (*.xlsx *.xls *.ods *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_file_page.py" line="149"/>
        <source>Above them, left out: %1</source>
        <translation>Au-dessus, laissé de côté : %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_file_page.py" line="154"/>
        <source>Rows: %1, columns: %2. The first rows:</source>
        <translation>Lignes : %1, colonnes : %2. Les premières lignes :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_file_page.py" line="162"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../ui/files.py" line="18"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>FindPersonDialog</name>
    <message>
        <location filename="../ui/dialogs/find_person_dialog.py" line="34"/>
        <source>Find the person</source>
        <translation>Trouver la personne</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/find_person_dialog.py" line="38"/>
        <source>People found</source>
        <translation>Personnes trouvées</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/find_person_dialog.py" line="41"/>
        <source>Choose</source>
        <translation>Choisir</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/find_person_dialog.py" line="42"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/find_person_dialog.py" line="77"/>
        <source>Nobody matches. Check the spelling; a person without a file is welcomed at the Reception desk first.</source>
        <translation>Personne ne correspond. Vérifiez l&apos;orthographe; une personne sans dossier est d&apos;abord accueillie à l&apos;Accueil.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/find_person_dialog.py" line="97"/>
        <source>Type a name, a phone number or a MIFI number, then choose the person in the list.</source>
        <translation>Tapez un nom, un numéro de téléphone ou un numéro MIFI, puis choisissez la personne dans la liste.</translation>
    </message>
</context>
<context>
    <name>FindingsDialog</name>
    <message>
        <location filename="../ui/dialogs/findings_dialog.py" line="52"/>
        <location filename="../ui/dialogs/findings_dialog.py" line="62"/>
        <source>Points to resolve</source>
        <translation>Points à régler</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/findings_dialog.py" line="54"/>
        <source>What the check of the database found in records that are otherwise sound. None of these stops a backup; each is someone&apos;s to resolve.</source>
        <translation>Ce que la vérification de la base de données a trouvé dans des enregistrements par ailleurs sains. Aucun de ces points n&apos;empêche une sauvegarde; chacun revient à quelqu&apos;un à régler.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/findings_dialog.py" line="58"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/findings_dialog.py" line="59"/>
        <source>What was found</source>
        <translation>Ce qui a été trouvé</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/findings_dialog.py" line="60"/>
        <source>Who resolves it</source>
        <translation>Qui le règle</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/findings_dialog.py" line="67"/>
        <source>Decide…</source>
        <translation>Régler…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/findings_dialog.py" line="68"/>
        <source>Open the file</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/findings_dialog.py" line="69"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/findings_dialog.py" line="104"/>
        <source>Checking the records…</source>
        <translation>Vérification des enregistrements…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/findings_dialog.py" line="111"/>
        <source>%n point(s) to resolve.</source>
        <translation>
            <numerusform>%n point à régler.</numerusform>
            <numerusform>%n points à régler.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/findings_dialog.py" line="115"/>
        <source>Nothing to resolve.</source>
        <translation>Rien à régler.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/findings_dialog.py" line="144"/>
        <source>Choose the point to resolve in the list.</source>
        <translation>Choisissez le point à régler dans la liste.</translation>
    </message>
</context>
<context>
    <name>FindingsStatus</name>
    <message>
        <location filename="../ui/findings_status.py" line="36"/>
        <source>Points to resolve</source>
        <translation>Points à régler</translation>
    </message>
    <message>
        <location filename="../ui/findings_status.py" line="39"/>
        <source>&amp;Points to resolve…</source>
        <translation>&amp;Points à régler…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/findings_status.py" line="67"/>
        <source>%n point(s) to resolve</source>
        <translation>
            <numerusform>%n point à régler</numerusform>
            <numerusform>%n points à régler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../ui/first_run_dialog.py" line="39"/>
        <source>Set up cjeapp</source>
        <translation>Configurer cjeapp</translation>
    </message>
    <message>
        <location filename="../ui/first_run_dialog.py" line="40"/>
        <source>This database is new. Enter your organization and create the administrator account. The database will be encrypted: your password opens it.</source>
        <translation>Cette base de données est nouvelle. Inscrivez votre organisme et créez le compte d&apos;administration. La base sera chiffrée : votre mot de passe l&apos;ouvre.</translation>
    </message>
    <message>
        <location filename="../ui/first_run_dialog.py" line="46"/>
        <source>e.g. Main office</source>
        <translation>p. ex. Bureau principal</translation>
    </message>
    <message>
        <location filename="../ui/first_run_dialog.py" line="54"/>
        <source>Organization</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../ui/first_run_dialog.py" line="55"/>
        <source>Main office</source>
        <translation>Bureau principal</translation>
    </message>
    <message>
        <location filename="../ui/first_run_dialog.py" line="56"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../ui/first_run_dialog.py" line="57"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/first_run_dialog.py" line="58"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/first_run_dialog.py" line="59"/>
        <source>Password again</source>
        <translation>Mot de passe (confirmation)</translation>
    </message>
    <message>
        <location filename="../ui/first_run_dialog.py" line="79"/>
        <location filename="../ui/first_run_dialog.py" line="106"/>
        <source>The office has a server: connect this PC to it…</source>
        <translation>Le bureau a un serveur : y connecter ce PC…</translation>
    </message>
    <message>
        <location filename="../ui/first_run_dialog.py" line="83"/>
        <source>In an office with several PCs, every seat works on the office&apos;s PostgreSQL server. Ask the person who runs it for its address (and the password of its role, if it has one).</source>
        <translation>Dans un bureau de plusieurs PC, chaque poste travaille sur le serveur PostgreSQL du bureau. Demandez son adresse à la personne qui s&apos;en occupe (et le mot de passe de son rôle, s&apos;il en a un).</translation>
    </message>
    <message>
        <location filename="../ui/first_run_dialog.py" line="105"/>
        <source>Set up a database on this PC instead</source>
        <translation>Créer plutôt une base sur ce PC</translation>
    </message>
</context>
<context>
    <name>FollowUpColumns</name>
    <message>
        <location filename="../ui/models/followups_model.py" line="21"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../ui/models/followups_model.py" line="22"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../ui/models/followups_model.py" line="23"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../ui/models/followups_model.py" line="24"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/models/followups_model.py" line="25"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../ui/models/followups_model.py" line="26"/>
        <source>Counsellor</source>
        <translation>Conseillère</translation>
    </message>
</context>
<context>
    <name>FollowUpKind</name>
    <message>
        <location filename="../ui/models/followups_model.py" line="28"/>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../ui/models/followups_model.py" line="29"/>
        <source>Plan follow-up</source>
        <translation>Relance du plan</translation>
    </message>
    <message>
        <location filename="../ui/models/followups_model.py" line="30"/>
        <source>First meeting</source>
        <translation>Première rencontre</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <location filename="../ui/pages/followups_page.py" line="44"/>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <location filename="../ui/pages/followups_page.py" line="45"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../ui/pages/followups_page.py" line="50"/>
        <source>Open file</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../ui/pages/followups_page.py" line="52"/>
        <source>Answer given (closes the request)</source>
        <translation>Réponse donnée (ferme la demande)</translation>
    </message>
    <message>
        <location filename="../ui/pages/followups_page.py" line="53"/>
        <source>Close the request</source>
        <translation>Fermer la demande</translation>
    </message>
    <message>
        <location filename="../ui/pages/followups_page.py" line="57"/>
        <source>Counsellor</source>
        <translation>Conseillère</translation>
    </message>
    <message>
        <location filename="../ui/pages/followups_page.py" line="59"/>
        <source>Files with open work</source>
        <translation>Dossiers actifs</translation>
    </message>
    <message>
        <location filename="../ui/pages/followups_page.py" line="61"/>
        <source>Hours booked this week</source>
        <translation>Heures réservées cette semaine</translation>
    </message>
    <message>
        <location filename="../ui/pages/followups_page.py" line="64"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../ui/pages/followups_page.py" line="80"/>
        <source>Load per counsellor</source>
        <translation>Charge par conseillère</translation>
    </message>
    <message>
        <location filename="../ui/pages/followups_page.py" line="108"/>
        <source>%1 open, %2 overdue, %3 due later today</source>
        <translation>%1 ouverts, %2 en retard, %3 à faire plus tard aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../ui/pages/followups_page.py" line="125"/>
        <source>Choose a request in the list first.</source>
        <translation>Choisissez d&apos;abord une demande dans la liste.</translation>
    </message>
    <message>
        <location filename="../ui/pages/followups_page.py" line="133"/>
        <source>Write the answer given before closing.</source>
        <translation>Écrivez la réponse donnée avant de fermer.</translation>
    </message>
    <message>
        <location filename="../ui/pages/followups_page.py" line="141"/>
        <source>Request closed after %1 h, on time.</source>
        <translation>Demande fermée après %1 h, dans les délais.</translation>
    </message>
    <message>
        <location filename="../ui/pages/followups_page.py" line="142"/>
        <source>Request closed after %1 h, late.</source>
        <translation>Demande fermée après %1 h, en retard.</translation>
    </message>
</context>
<context>
    <name>FunderMarks</name>
    <message>
        <location filename="../ui/client_file/funder_marks.py" line="23"/>
        <source>The organization&apos;s policy gives every person a counsellor.</source>
        <translation>La politique de l&apos;organisme attribue une conseillère à chaque personne.</translation>
    </message>
    <message>
        <location filename="../ui/client_file/funder_marks.py" line="25"/>
        <source>The funder&apos;s package requires it for every person served.</source>
        <translation>Le paquet du bailleur de fonds l&apos;exige pour chaque personne servie.</translation>
    </message>
    <message>
        <location filename="../ui/client_file/funder_marks.py" line="33"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location filename="../ui/client_file/funder_marks.py" line="44"/>
        <source>* asked for every person: the funder&apos;s package or the organization&apos;s policy requires it.</source>
        <translation>* demandé pour chaque personne : le paquet du bailleur de fonds ou la politique de l&apos;organisme l&apos;exige.</translation>
    </message>
    <message>
        <location filename="../ui/client_file/funder_marks.py" line="55"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/client_file/funder_marks.py" line="58"/>
        <source>For the funder&apos;s package (saved all the same):</source>
        <translation>Pour le paquet du bailleur de fonds (enregistré quand même) :</translation>
    </message>
    <message>
        <location filename="../ui/client_file/funder_marks.py" line="71"/>
        <source>What the funder&apos;s package will say of this person</source>
        <translation>Ce que le paquet du bailleur de fonds dira de cette personne</translation>
    </message>
</context>
<context>
    <name>HouseholdTab</name>
    <message>
        <location filename="../ui/client_file/household_tab.py" line="39"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/client_file/household_tab.py" line="40"/>
        <location filename="../ui/client_file/household_tab.py" line="59"/>
        <location filename="../ui/client_file/household_tab.py" line="79"/>
        <source>Relationship</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../ui/client_file/household_tab.py" line="42"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location filename="../ui/client_file/household_tab.py" line="43"/>
        <location filename="../ui/client_file/household_tab.py" line="60"/>
        <source>School or daycare need</source>
        <translation>Besoin scolaire ou de garde</translation>
    </message>
    <message>
        <location filename="../ui/client_file/household_tab.py" line="45"/>
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <location filename="../ui/client_file/household_tab.py" line="56"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../ui/client_file/household_tab.py" line="57"/>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../ui/client_file/household_tab.py" line="58"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../ui/client_file/household_tab.py" line="61"/>
        <source>School or daycare</source>
        <translation>École ou service de garde</translation>
    </message>
    <message>
        <location filename="../ui/client_file/household_tab.py" line="62"/>
        <source>Add to the household</source>
        <translation>Ajouter au ménage</translation>
    </message>
    <message>
        <location filename="../ui/client_file/household_tab.py" line="63"/>
        <source>Remove the selected person</source>
        <translation>Retirer la personne choisie</translation>
    </message>
    <message>
        <location filename="../ui/client_file/household_tab.py" line="75"/>
        <source>Link this file to the household</source>
        <translation>Lier ce dossier au ménage</translation>
    </message>
    <message>
        <location filename="../ui/client_file/household_tab.py" line="77"/>
        <source>Person with a file</source>
        <translation>Personne qui a un dossier</translation>
    </message>
    <message>
        <location filename="../ui/client_file/household_tab.py" line="84"/>
        <source>Someone without a file (a child, for example)</source>
        <translation>Une personne sans dossier (un enfant, par exemple)</translation>
    </message>
    <message>
        <location filename="../ui/client_file/household_tab.py" line="88"/>
        <source>Someone who already has a file</source>
        <translation>Une personne qui a déjà un dossier</translation>
    </message>
    <message>
        <location filename="../ui/client_file/household_tab.py" line="129"/>
        <source>Find the person by name, phone or MIFI number, then choose them in the list beside.</source>
        <translation>Cherchez la personne par son nom, son téléphone ou son numéro MIFI, puis choisissez-la dans la liste à côté.</translation>
    </message>
</context>
<context>
    <name>HousingTab</name>
    <message>
        <location filename="../ui/client_file/housing_tab.py" line="55"/>
        <source>Help with furnishing is no longer offered. For furniture, refer the person to a partner organization.</source>
        <translation>L&apos;aide à l&apos;ameublement n&apos;est plus offerte. Pour le mobilier, référez la personne à un organisme partenaire.</translation>
    </message>
    <message>
        <location filename="../ui/client_file/housing_tab.py" line="59"/>
        <source>Refer for furniture…</source>
        <translation>Référer pour du mobilier…</translation>
    </message>
    <message>
        <location filename="../ui/client_file/housing_tab.py" line="64"/>
        <location filename="../ui/client_file/housing_tab.py" line="99"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/client_file/housing_tab.py" line="66"/>
        <location filename="../ui/client_file/housing_tab.py" line="98"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../ui/client_file/housing_tab.py" line="67"/>
        <location filename="../ui/client_file/housing_tab.py" line="100"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../ui/client_file/housing_tab.py" line="68"/>
        <location filename="../ui/client_file/housing_tab.py" line="101"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/client_file/housing_tab.py" line="76"/>
        <source>Accessibility needed</source>
        <translation>Accessibilité requise</translation>
    </message>
    <message>
        <location filename="../ui/client_file/housing_tab.py" line="77"/>
        <source>Pets</source>
        <translation>Animaux</translation>
    </message>
    <message>
        <location filename="../ui/client_file/housing_tab.py" line="78"/>
        <source>Near public transit</source>
        <translation>Près du transport en commun</translation>
    </message>
    <message>
        <location filename="../ui/client_file/housing_tab.py" line="79"/>
        <source>Open a housing search</source>
        <translation>Ouvrir une recherche de logement</translation>
    </message>
    <message>
        <location filename="../ui/client_file/housing_tab.py" line="84"/>
        <source>Add the step</source>
        <translation>Ajouter l&apos;étape</translation>
    </message>
    <message>
        <location filename="../ui/client_file/housing_tab.py" line="87"/>
        <source>People in the household</source>
        <translation>Personnes dans le ménage</translation>
    </message>
    <message>
        <location filename="../ui/client_file/housing_tab.py" line="89"/>
        <source>Monthly budget ($)</source>
        <translation>Budget mensuel ($)</translation>
    </message>
    <message>
        <location filename="../ui/client_file/housing_tab.py" line="91"/>
        <source>Area wanted</source>
        <translation>Secteur souhaité</translation>
    </message>
    <message>
        <location filename="../ui/client_file/housing_tab.py" line="92"/>
        <source>End of temporary lodging</source>
        <translation>Fin de l&apos;hébergement temporaire</translation>
    </message>
    <message>
        <location filename="../ui/client_file/housing_tab.py" line="134"/>
        <source>No housing search yet.</source>
        <translation>Aucune recherche de logement pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../ui/client_file/housing_tab.py" line="137"/>
        <source>%1 people</source>
        <translation>%1 personnes</translation>
    </message>
    <message>
        <location filename="../ui/client_file/housing_tab.py" line="142"/>
        <source>temporary lodging ends %1</source>
        <translation>hébergement temporaire jusqu&apos;au %1</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="353"/>
        <source>The import</source>
        <translation>L&apos;importation</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="357"/>
        <source>Stop (nothing will be imported)</source>
        <translation>Arrêter (rien ne sera importé)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="380"/>
        <source>Stopped: nothing was imported.</source>
        <translation>Arrêtée : rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="384"/>
        <source>Importing…</source>
        <translation>Importation en cours…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="400"/>
        <source>Rows imported: %1 (existing files completed: %3, linked: %4); rows left out: %2. The batch can be undone for 30 days in Import, as long as nobody has worked on what it brought.</source>
        <translation>Lignes importées : %1 (dossiers existants complétés : %3, liés : %4); lignes laissées de côté : %2. Le lot peut être annulé pendant 30 jours dans Importer, tant que personne n&apos;a travaillé sur ce qu&apos;il a apporté.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="425"/>
        <source>Import from a spreadsheet</source>
        <translation>Importer d&apos;un tableur</translation>
    </message>
</context>
<context>
    <name>ImportsPage</name>
    <message>
        <location filename="../ui/pages/imports_page.py" line="35"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../ui/pages/imports_page.py" line="44"/>
        <source>Imported on</source>
        <translation>Importé le</translation>
    </message>
    <message>
        <location filename="../ui/pages/imports_page.py" line="48"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../ui/pages/imports_page.py" line="49"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../ui/pages/imports_page.py" line="52"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../ui/pages/imports_page.py" line="54"/>
        <source>Undone</source>
        <translation>Annulé le</translation>
    </message>
    <message>
        <location filename="../ui/pages/imports_page.py" line="37"/>
        <source>Bring in the lists kept in Excel, LibreOffice or CSV files — people, services given, activity attendance, partners: each row is checked as its screen checks it, likely duplicates are shown beside the existing file, and the whole file is imported at once or not at all. A batch can be undone for 30 days, as long as nobody has worked on what it brought.</source>
        <translation>Faites entrer les listes tenues dans des fichiers Excel, LibreOffice ou CSV — personnes, services rendus, présences aux activités, partenaires : chaque ligne est vérifiée comme son écran la vérifie, les doublons probables sont montrés à côté du dossier existant, et le fichier entier est importé d&apos;un coup ou pas du tout. Un lot peut être annulé pendant 30 jours, tant que personne n&apos;a travaillé sur ce qu&apos;il a apporté.</translation>
    </message>
    <message>
        <location filename="../ui/pages/imports_page.py" line="46"/>
        <source>Rows of</source>
        <translation>Lignes de</translation>
    </message>
    <message>
        <location filename="../ui/pages/imports_page.py" line="50"/>
        <source>Imported</source>
        <translation>Importées</translation>
    </message>
    <message>
        <location filename="../ui/pages/imports_page.py" line="57"/>
        <source>Import from a file…</source>
        <translation>Importer d&apos;un fichier…</translation>
    </message>
    <message>
        <location filename="../ui/pages/imports_page.py" line="58"/>
        <source>Undo the selected import…</source>
        <translation>Annuler l&apos;importation choisie…</translation>
    </message>
    <message>
        <location filename="../ui/pages/imports_page.py" line="68"/>
        <source>Find an import (file, person…)</source>
        <translation>Trouver une importation (fichier, personne…)</translation>
    </message>
    <message>
        <location filename="../ui/pages/imports_page.py" line="96"/>
        <source>Choose the import to undo in the list.</source>
        <translation>Choisissez dans la liste l&apos;importation à annuler.</translation>
    </message>
    <message>
        <location filename="../ui/pages/imports_page.py" line="99"/>
        <source>Undo an import</source>
        <translation>Annuler une importation</translation>
    </message>
    <message>
        <location filename="../ui/pages/imports_page.py" line="100"/>
        <source>Undo the import of %2 (%1 rows)? What it created goes to the tombstones, as a deletion does, and the files it completed get their empty fields back; the audit log keeps the trace.</source>
        <translation>Annuler l&apos;importation de %2 (%1 lignes)? Ce qu&apos;elle a créé va aux éléments supprimés, comme une suppression, et les dossiers qu&apos;elle a complétés retrouvent leurs champs vides; le journal d&apos;audit en garde la trace.</translation>
    </message>
    <message>
        <location filename="../ui/pages/imports_page.py" line="113"/>
        <source>Import undone; rows undone: %1.</source>
        <translation>Importation annulée; lignes annulées : %1.</translation>
    </message>
</context>
<context>
    <name>IncidentsTab</name>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="48"/>
        <source>Risk of serious injury only</source>
        <translation>Risque de préjudice sérieux seulement</translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="50"/>
        <source>Words in the nature or the information</source>
        <translation>Mots de la nature ou des renseignements</translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="52"/>
        <source>Known on</source>
        <translation>Connu le</translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="54"/>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="55"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="58"/>
        <source>Serious risk</source>
        <translation>Risque sérieux</translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="58"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="59"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="60"/>
        <source>Notices</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="67"/>
        <source>Sensitivity of the information, how it may be misused, what the consequences could be</source>
        <translation>Sensibilité des renseignements, utilisation malveillante possible, conséquences appréhendées</translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="72"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="73"/>
        <source>The incident presents a risk of serious injury</source>
        <translation>L&apos;incident présente un risque de préjudice sérieux</translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="77"/>
        <source>Became known on</source>
        <translation>Connu le</translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="78"/>
        <source>Occurred on</source>
        <translation>Survenu le</translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="79"/>
        <source>Nature of the incident</source>
        <translation>Nature de l&apos;incident</translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="80"/>
        <source>Circumstances</source>
        <translation>Circonstances</translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="81"/>
        <source>Information concerned</source>
        <translation>Renseignements visés</translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="83"/>
        <source>People concerned</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="84"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="85"/>
        <source>Why (or why not)</source>
        <translation>Pourquoi (ou pourquoi pas)</translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="86"/>
        <source>Commission notified on</source>
        <translation>Avis à la Commission le</translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="88"/>
        <source>People notified on</source>
        <translation>Avis aux personnes le</translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="90"/>
        <source>Notices sent</source>
        <translation>Avis transmis</translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="91"/>
        <source>Measures taken</source>
        <translation>Mesures prises</translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="94"/>
        <source>Record as a new incident</source>
        <translation>Inscrire comme nouvel incident</translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="95"/>
        <source>Save the changes</source>
        <translation>Enregistrer les changements</translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="96"/>
        <source>Empty the form</source>
        <translation>Vider le formulaire</translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="97"/>
        <source>Export the register (CSV)…</source>
        <translation>Exporter le registre (CSV)…</translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="139"/>
        <source>Not required</source>
        <translation>Non requis</translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="141"/>
        <source>To send</source>
        <translation>À transmettre</translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="143"/>
        <source>Sent on %1</source>
        <translation>Transmis le %1</translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="202"/>
        <source>Incident recorded in the register.</source>
        <translation>Incident inscrit au registre.</translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="207"/>
        <source>Choose an incident in the register first.</source>
        <translation>Choisissez d&apos;abord un incident dans le registre.</translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="217"/>
        <source>Changes saved.</source>
        <translation>Changements enregistrés.</translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="226"/>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../ui/dialogs/intake_dialog.py" line="62"/>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/intake_dialog.py" line="81"/>
        <source>e.g. prefers not to say; no interpreter today</source>
        <translation>p. ex. préfère ne pas répondre; pas d’interprète aujourd’hui</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/intake_dialog.py" line="83"/>
        <source>e.g. help with the RAMQ card</source>
        <translation>p. ex. aide pour la carte RAMQ</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/intake_dialog.py" line="84"/>
        <source>Open the file afterwards</source>
        <translation>Ouvrir le dossier ensuite</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/intake_dialog.py" line="98"/>
        <source>Reason for the visit</source>
        <translation>Motif de la visite</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/intake_dialog.py" line="101"/>
        <source>These files may be the same person. Use one of them, or create a new file.</source>
        <translation>Ces dossiers sont peut-être la même personne. Utilisez l&apos;un d&apos;eux, ou créez un nouveau dossier.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/intake_dialog.py" line="108"/>
        <source>Use this file</source>
        <translation>Utiliser ce dossier</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/intake_dialog.py" line="112"/>
        <location filename="../ui/dialogs/intake_dialog.py" line="226"/>
        <source>Create the file</source>
        <translation>Créer le dossier</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/intake_dialog.py" line="113"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/intake_dialog.py" line="220"/>
        <source>Create a new file anyway</source>
        <translation>Créer quand même un nouveau dossier</translation>
    </message>
</context>
<context>
    <name>JobPanel</name>
    <message>
        <location filename="../ui/widgets/job_panel.py" line="49"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/widgets/job_panel.py" line="92"/>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../ui/dialogs/keys_dialog.py" line="33"/>
        <source>Hand the keys to colleagues</source>
        <translation>Remettre les clés aux collègues</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keys_dialog.py" line="35"/>
        <source>These colleagues have chosen their password, and wait for the keys that open the confidential notes and sign for the organization. Hand them over only to someone you know has just set up their account (a new colleague, a password reset): a key pair you do not recognize may have been planted.</source>
        <translation>Ces collègues ont choisi leur mot de passe et attendent les clés qui ouvrent les notes confidentielles et signent pour l&apos;organisme. Ne les remettez qu&apos;à une personne dont vous savez qu&apos;elle vient de créer son compte (nouvelle ou nouveau collègue, mot de passe réinitialisé) : une paire de clés que vous ne reconnaissez pas a peut-être été placée là par quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keys_dialog.py" line="42"/>
        <source>Colleague</source>
        <translation>Collègue</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keys_dialog.py" line="43"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keys_dialog.py" line="44"/>
        <source>Key pair made</source>
        <translation>Paire de clés créée le</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keys_dialog.py" line="46"/>
        <source>Already holds the keys</source>
        <translation>A déjà les clés</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keys_dialog.py" line="47"/>
        <source>yes, on another key pair: ask them before handing over</source>
        <translation>oui, sur une autre paire de clés : vérifiez auprès de la personne avant de remettre</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keys_dialog.py" line="48"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keys_dialog.py" line="50"/>
        <source>Colleagues waiting for the keys</source>
        <translation>Collègues en attente des clés</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keys_dialog.py" line="53"/>
        <source>Hand over the keys</source>
        <translation>Remettre les clés</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keys_dialog.py" line="54"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/keys_dialog.py" line="78"/>
        <source>%n colleague(s) waiting.</source>
        <translation>
            <numerusform>%n collègue en attente.</numerusform>
            <numerusform>%n collègues en attente.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keys_dialog.py" line="79"/>
        <source>Nobody is waiting for the keys.</source>
        <translation>Personne n&apos;attend les clés.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keys_dialog.py" line="102"/>
        <source>{name} has the keys from now on (at their next sign-in).</source>
        <translation>{name} a les clés dès maintenant (à sa prochaine connexion).</translation>
    </message>
</context>
<context>
    <name>LanguageList</name>
    <message>
        <location filename="../ui/client_file/form_fields.py" line="47"/>
        <source>Another language: type its name</source>
        <translation>Autre langue : tapez son nom</translation>
    </message>
    <message>
        <location filename="../ui/client_file/form_fields.py" line="48"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../ui/client_file/form_fields.py" line="78"/>
        <source>Choose a language in the list that opens as you type.</source>
        <translation>Choisissez une langue dans la liste qui s&apos;ouvre pendant que vous tapez.</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../ui/widgets/language_picker.py" line="41"/>
        <source>Type a language&apos;s name</source>
        <translation>Tapez le nom d&apos;une langue</translation>
    </message>
</context>
<context>
    <name>LaptopBackupsDialog</name>
    <message>
        <location filename="../ui/dialogs/laptop_backups_dialog.py" line="22"/>
        <source>Backups of this laptop</source>
        <translation>Sauvegardes du portable</translation>
    </message>
</context>
<context>
    <name>LaptopExchange</name>
    <message>
        <location filename="../ui/laptop_exchange.py" line="76"/>
        <source>E&amp;xchange with the office…</source>
        <translation>É&amp;changer avec le bureau…</translation>
    </message>
    <message>
        <location filename="../ui/laptop_exchange.py" line="78"/>
        <source>&amp;Backups of this laptop…</source>
        <translation>&amp;Sauvegardes du portable…</translation>
    </message>
    <message>
        <location filename="../ui/laptop_exchange.py" line="68"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../ui/laptop_exchange.py" line="69"/>
        <source>Last exchange: %1 · %2 changes waiting</source>
        <translation>Dernier échange : %1 · %2 changements en attente</translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <location filename="../ui/about_dialog.py" line="34"/>
        <source>Licences of the components</source>
        <translation>Licences des composants</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="38"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../ui/lock.py" line="76"/>
        <source>Session locked</source>
        <translation>Session verrouillée</translation>
    </message>
    <message>
        <location filename="../ui/lock.py" line="78"/>
        <source>The session of %1 is locked. Type your password to go on where you left off.</source>
        <translation>La session de %1 est verrouillée. Tapez votre mot de passe pour reprendre là où vous étiez.</translation>
    </message>
    <message>
        <location filename="../ui/lock.py" line="85"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../ui/lock.py" line="86"/>
        <source>Change person…</source>
        <translation>Changer de personne…</translation>
    </message>
    <message>
        <location filename="../ui/lock.py" line="88"/>
        <source>A colleague signs in at this computer; this session stays locked, kept as it is, until its owner signs in again.</source>
        <translation>Une ou un collègue se connecte à cet ordinateur; cette session reste verrouillée, gardée telle quelle, jusqu&apos;à ce que sa ou son titulaire se reconnecte.</translation>
    </message>
    <message>
        <location filename="../ui/lock.py" line="118"/>
        <source>Checking…</source>
        <translation>Vérification en cours…</translation>
    </message>
    <message>
        <location filename="../ui/lock.py" line="132"/>
        <source>Type your password to unlock.</source>
        <translation>Tapez votre mot de passe pour déverrouiller.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="160"/>
        <source>cjeapp — %1</source>
        <translation>cjeapp — %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="99"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="135"/>
        <source>Colleagues waiting for the keys</source>
        <translation>Collègues en attente des clés</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="182"/>
        <source>Integrity check of the database: no problem found.</source>
        <translation>Vérification d’intégrité de la base de données : aucun problème.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="202"/>
        <source>%n colleague(s) waiting for the keys</source>
        <translation>
            <numerusform>%n collègue attend les clés</numerusform>
            <numerusform>%n collègues attendent les clés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="215"/>
        <source>Damaged database: make no changes and call for help.</source>
        <translation>Base de données endommagée : ne faites aucun changement et demandez de l’aide.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="379"/>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="380"/>
        <source>&amp;Find a person</source>
        <translation>&amp;Trouver une personne</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="385"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="388"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="391"/>
        <source>&amp;Change person…</source>
        <translation>&amp;Changer de personne…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="394"/>
        <source>Hand the &amp;keys to colleagues…</source>
        <translation>Remettre les &amp;clés aux collègues…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="403"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="404"/>
        <source>&amp;About cjeapp</source>
        <translation>À &amp;propos de cjeapp</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="519"/>
        <source>Backup made and verified.</source>
        <translation>Sauvegarde faite et vérifiée.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="537"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="538"/>
        <source>Nothing was restored: finish or close the open windows, then restore again.</source>
        <translation>Rien n&apos;a été restauré : terminez ou fermez les fenêtres ouvertes, puis restaurez de nouveau.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="80"/>
        <source>Which column is which</source>
        <translation>Quelle colonne est quoi</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="81"/>
        <source>Proposed from the column titles; change what is wrong. Then translate the file&apos;s words the program does not know.</source>
        <translation>Proposé d&apos;après les titres des colonnes; changez ce qui est faux. Traduisez ensuite les mots du fichier que le programme ne connaît pas.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="87"/>
        <source>Saved mapping</source>
        <translation>Correspondance enregistrée</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="93"/>
        <source>Words of the file to translate</source>
        <translation>Mots du fichier à traduire</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="99"/>
        <source>e.g. Liste de Julie</source>
        <translation>p. ex. Liste de Julie</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="100"/>
        <source>Save this mapping</source>
        <translation>Enregistrer cette correspondance</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="112"/>
        <source>Keep it as</source>
        <translation>La garder sous le nom</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="157"/>
        <source>Proposed from the titles</source>
        <translation>Proposée d&apos;après les titres</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="178"/>
        <source>— not in the file —</source>
        <translation>— absent du fichier —</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="233"/>
        <source>Words of the file to translate: %1</source>
        <translation>Mots du fichier à traduire : %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="235"/>
        <source>Every word of the file is known.</source>
        <translation>Tous les mots du fichier sont connus.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="246"/>
        <source>Saved.</source>
        <translation>Enregistrée.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../ui/messages.py" line="23"/>
        <source>Cannot continue</source>
        <translation>Impossible de continuer</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../ui/navigation.py" line="26"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../ui/navigation.py" line="27"/>
        <source>Reception desk</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../ui/navigation.py" line="28"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../ui/navigation.py" line="29"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../ui/navigation.py" line="30"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location filename="../ui/navigation.py" line="32"/>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <location filename="../ui/navigation.py" line="34"/>
        <source>Transport and housing</source>
        <translation>Transport et logement</translation>
    </message>
    <message>
        <location filename="../ui/navigation.py" line="36"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location filename="../ui/navigation.py" line="37"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../ui/navigation.py" line="39"/>
        <source>Exchanges</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <location filename="../ui/navigation.py" line="41"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../ui/navigation.py" line="42"/>
        <source>Board</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../ui/navigation.py" line="43"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../ui/navigation.py" line="44"/>
        <source>Privacy</source>
        <translation>Vie privée</translation>
    </message>
    <message>
        <location filename="../ui/navigation.py" line="45"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../ui/client_file/notes_tab.py" line="30"/>
        <source>Confidential: only counsellors, coordination and direction read these notes. Each reading is logged.</source>
        <translation>Confidentiel : seules les conseillères, la coordination et la direction lisent ces notes. Chaque lecture est journalisée.</translation>
    </message>
    <message>
        <location filename="../ui/client_file/notes_tab.py" line="36"/>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <location filename="../ui/client_file/notes_tab.py" line="40"/>
        <source>Add the note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <location filename="../ui/client_file/notes_tab.py" line="71"/>
        <source>(sealed with a case-notes key you have not been given yet: a colleague who reads the notes passes it on when they next sign in)</source>
        <translation>(scellée avec une clé des notes qui ne vous a pas encore été remise : une ou un collègue qui lit les notes vous la transmet à sa prochaine connexion)</translation>
    </message>
    <message>
        <location filename="../ui/client_file/notes_tab.py" line="74"/>
        <source>(not sealed: kept in clear before the notes were sealed, or written outside the program) {text}</source>
        <translation>(non scellée : conservée en clair avant le scellement des notes, ou écrite hors du programme) {text}</translation>
    </message>
</context>
<context>
    <name>OfficesTab</name>
    <message>
        <location filename="../ui/settings/offices_tab.py" line="37"/>
        <source>Point of service (outside the main office)</source>
        <translation>Point de service (hors du bureau principal)</translation>
    </message>
    <message>
        <location filename="../ui/settings/offices_tab.py" line="41"/>
        <source>Add the office</source>
        <translation>Ajouter le bureau</translation>
    </message>
    <message>
        <location filename="../ui/settings/offices_tab.py" line="43"/>
        <source>This computer is at</source>
        <translation>Ce poste se trouve à</translation>
    </message>
    <message>
        <location filename="../ui/settings/offices_tab.py" line="44"/>
        <source>New office or point of service</source>
        <translation>Nouveau bureau ou point de service</translation>
    </message>
    <message>
        <location filename="../ui/settings/offices_tab.py" line="45"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/settings/offices_tab.py" line="46"/>
        <source>Municipality</source>
        <translation>Municipalité</translation>
    </message>
    <message>
        <location filename="../ui/settings/offices_tab.py" line="48"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../ui/settings/offices_tab.py" line="69"/>
        <source>point of service</source>
        <translation>point de service</translation>
    </message>
    <message>
        <location filename="../ui/settings/offices_tab.py" line="70"/>
        <source>office</source>
        <translation>bureau</translation>
    </message>
</context>
<context>
    <name>OrganizationTab</name>
    <message>
        <location filename="../ui/settings/organization_tab.py" line="38"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/settings/organization_tab.py" line="38"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../ui/settings/organization_tab.py" line="38"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../ui/settings/organization_tab.py" line="38"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../ui/settings/organization_tab.py" line="39"/>
        <source>MIFI agreement number</source>
        <translation>No d&apos;entente avec le MIFI</translation>
    </message>
    <message>
        <location filename="../ui/settings/organization_tab.py" line="40"/>
        <source>Person in charge of personal information</source>
        <translation>Responsable des renseignements personnels</translation>
    </message>
    <message>
        <location filename="../ui/settings/organization_tab.py" line="40"/>
        <source>Their title</source>
        <translation>Sa fonction</translation>
    </message>
    <message>
        <location filename="../ui/settings/organization_tab.py" line="41"/>
        <source>How to reach them</source>
        <translation>Pour la joindre</translation>
    </message>
    <message>
        <location filename="../ui/settings/organization_tab.py" line="41"/>
        <source>Who signs documents</source>
        <translation>Signataire des documents</translation>
    </message>
    <message>
        <location filename="../ui/settings/organization_tab.py" line="42"/>
        <source>Signer&apos;s title</source>
        <translation>Fonction du signataire</translation>
    </message>
    <message>
        <location filename="../ui/settings/organization_tab.py" line="42"/>
        <source>Signer&apos;s title in English</source>
        <translation>Titre du signataire en anglais</translation>
    </message>
    <message>
        <location filename="../ui/settings/organization_tab.py" line="45"/>
        <source>Printed under the signature on documents in English (for example, Executive Director); the French title is printed when it is empty.</source>
        <translation>Imprimé sous la signature des documents en anglais (par exemple, Executive Director); vide, c&apos;est le titre français qui est imprimé.</translation>
    </message>
    <message>
        <location filename="../ui/settings/organization_tab.py" line="56"/>
        <source>Optional. The QR code of each new document begins with this address, so a phone opens your verification page; the signed text after it can be checked with your public key alone.</source>
        <translation>Facultatif. Le code QR de chaque nouveau document commence par cette adresse, pour qu&apos;un téléphone ouvre votre page de vérification; le texte signé qui la suit se vérifie avec votre seule clé publique.</translation>
    </message>
    <message>
        <location filename="../ui/settings/organization_tab.py" line="59"/>
        <source>Address for checking documents</source>
        <translation>Adresse de vérification des documents</translation>
    </message>
    <message>
        <location filename="../ui/settings/organization_tab.py" line="61"/>
        <source>Logo for documents…</source>
        <translation>Logo des documents…</translation>
    </message>
    <message>
        <location filename="../ui/settings/organization_tab.py" line="62"/>
        <source>Scanned signature…</source>
        <translation>Signature numérisée…</translation>
    </message>
    <message>
        <location filename="../ui/settings/organization_tab.py" line="63"/>
        <source>Remove logo and signature</source>
        <translation>Retirer le logo et la signature</translation>
    </message>
    <message>
        <location filename="../ui/settings/organization_tab.py" line="68"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/settings/organization_tab.py" line="102"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../ui/settings/organization_tab.py" line="131"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>PackageFindings</name>
    <message>
        <location filename="../ui/pages/package_findings.py" line="49"/>
        <source>Problems found, by kind</source>
        <translation>Problèmes trouvés, par genre</translation>
    </message>
    <message>
        <location filename="../ui/pages/package_findings.py" line="51"/>
        <source>Field and problem</source>
        <translation>Champ et problème</translation>
    </message>
    <message>
        <location filename="../ui/pages/package_findings.py" line="56"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../ui/pages/package_findings.py" line="58"/>
        <source>Opens the next person&apos;s file concerned by the chosen kind of problem</source>
        <translation>Ouvre le dossier de la personne suivante concernée par le genre de problème choisi</translation>
    </message>
    <message>
        <location filename="../ui/pages/package_findings.py" line="60"/>
        <source>Where the walk is</source>
        <translation>Où en est le parcours</translation>
    </message>
    <message>
        <location filename="../ui/pages/package_findings.py" line="107"/>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2 : %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/package_findings.py" line="109"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/package_findings.py" line="110"/>
        <source>%n rows</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/package_findings.py" line="162"/>
        <source>Every person of this kind was opened.</source>
        <translation>Le dossier de chaque personne de ce genre a été ouvert.</translation>
    </message>
    <message>
        <location filename="../ui/pages/package_findings.py" line="167"/>
        <source>Person %1 of %2</source>
        <translation>Personne %1 sur %2</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <location filename="../ui/pages/partners_page.py" line="42"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location filename="../ui/pages/partners_page.py" line="44"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../ui/pages/partners_page.py" line="47"/>
        <location filename="../ui/pages/partners_page.py" line="58"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/pages/partners_page.py" line="48"/>
        <location filename="../ui/pages/partners_page.py" line="58"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/pages/partners_page.py" line="49"/>
        <source>Contact</source>
        <translation>Personne-ressource</translation>
    </message>
    <message>
        <location filename="../ui/pages/partners_page.py" line="50"/>
        <location filename="../ui/pages/partners_page.py" line="59"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../ui/pages/partners_page.py" line="51"/>
        <location filename="../ui/pages/partners_page.py" line="59"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../ui/pages/partners_page.py" line="58"/>
        <source>Contact person</source>
        <translation>Personne-ressource</translation>
    </message>
    <message>
        <location filename="../ui/pages/partners_page.py" line="59"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../ui/pages/partners_page.py" line="60"/>
        <source>What they offer</source>
        <translation>Ce qu&apos;il offre</translation>
    </message>
    <message>
        <location filename="../ui/pages/partners_page.py" line="65"/>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <location filename="../ui/pages/partners_page.py" line="66"/>
        <source>Add as a new partner</source>
        <translation>Ajouter comme nouveau partenaire</translation>
    </message>
    <message>
        <location filename="../ui/pages/partners_page.py" line="67"/>
        <source>Remove from the directory</source>
        <translation>Retirer du répertoire</translation>
    </message>
    <message>
        <location filename="../ui/pages/partners_page.py" line="78"/>
        <source>Find a partner (name, contact, phone…)</source>
        <translation>Trouver un partenaire (nom, personne-ressource, téléphone…)</translation>
    </message>
    <message>
        <location filename="../ui/pages/partners_page.py" line="142"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/pages/partners_page.py" line="149"/>
        <source>Choose a partner in the list, or add a new one.</source>
        <translation>Choisissez un partenaire dans la liste, ou ajoutez-en un.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../ui/dialogs/pdf_preview.py" line="80"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/pdf_preview.py" line="81"/>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/pdf_preview.py" line="82"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../ui/widgets/person_picker.py" line="28"/>
        <source>Name, phone or MIFI number</source>
        <translation>Nom, téléphone ou no MIFI</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../ui/pages/placeholder.py" line="16"/>
        <source>This screen is not available yet in this version of cjeapp. The data it will use is already kept.</source>
        <translation>Cet écran n&apos;est pas encore offert dans cette version de cjeapp. Les données qu&apos;il utilisera sont déjà conservées.</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../ui/client_file/plan_tab.py" line="60"/>
        <location filename="../ui/client_file/plan_tab.py" line="78"/>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../ui/client_file/plan_tab.py" line="60"/>
        <location filename="../ui/client_file/plan_tab.py" line="82"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/client_file/plan_tab.py" line="60"/>
        <source>Target</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../ui/client_file/plan_tab.py" line="61"/>
        <source>Reminder</source>
        <translation>Relance</translation>
    </message>
    <message>
        <location filename="../ui/client_file/plan_tab.py" line="61"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../ui/client_file/plan_tab.py" line="78"/>
        <source>Area</source>
        <translation>Volet</translation>
    </message>
    <message>
        <location filename="../ui/client_file/plan_tab.py" line="79"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../ui/client_file/plan_tab.py" line="80"/>
        <source>Who does them</source>
        <translation>Qui s&apos;en charge</translation>
    </message>
    <message>
        <location filename="../ui/client_file/plan_tab.py" line="81"/>
        <source>Target date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../ui/client_file/plan_tab.py" line="83"/>
        <source>Why abandoned</source>
        <translation>Motif d&apos;abandon</translation>
    </message>
    <message>
        <location filename="../ui/client_file/plan_tab.py" line="84"/>
        <source>Next reminder</source>
        <translation>Prochaine relance</translation>
    </message>
    <message>
        <location filename="../ui/client_file/plan_tab.py" line="87"/>
        <source>Save the item</source>
        <translation>Enregistrer l&apos;élément</translation>
    </message>
    <message>
        <location filename="../ui/client_file/plan_tab.py" line="88"/>
        <source>Add as a new item</source>
        <translation>Ajouter comme nouvel élément</translation>
    </message>
    <message>
        <location filename="../ui/client_file/plan_tab.py" line="90"/>
        <source>Why the plan is adjusted</source>
        <translation>Pourquoi le plan est ajusté</translation>
    </message>
    <message>
        <location filename="../ui/client_file/plan_tab.py" line="91"/>
        <source>Adjust the plan</source>
        <translation>Ajuster le plan</translation>
    </message>
    <message>
        <location filename="../ui/client_file/plan_tab.py" line="92"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../ui/client_file/plan_tab.py" line="92"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../ui/client_file/plan_tab.py" line="94"/>
        <source>Print the plan (PDF)…</source>
        <translation>Imprimer le plan (PDF)…</translation>
    </message>
    <message>
        <location filename="../ui/client_file/plan_tab.py" line="111"/>
        <source>History of the plan</source>
        <translation>Historique du plan</translation>
    </message>
    <message>
        <location filename="../ui/client_file/plan_tab.py" line="219"/>
        <source>Choose an item in the plan first.</source>
        <translation>Choisissez d&apos;abord un élément du plan.</translation>
    </message>
    <message>
        <location filename="../ui/client_file/plan_tab.py" line="246"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>PreferencesTab</name>
    <message>
        <location filename="../ui/settings/preferences_tab.py" line="50"/>
        <source>Set this amount from this date</source>
        <translation>Appliquer ce montant à partir de cette date</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_tab.py" line="58"/>
        <source>Set this rate from this date</source>
        <translation>Appliquer ce taux à partir de cette date</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_tab.py" line="61"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_tab.py" line="63"/>
        <source>Language of this computer</source>
        <translation>Langue de ce poste</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_tab.py" line="64"/>
        <source>Lock an idle session after</source>
        <translation>Verrouiller une session inactive après</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_tab.py" line="65"/>
        <source>Objectif Intégration allowance</source>
        <translation>Allocation Objectif Intégration</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_tab.py" line="66"/>
        <location filename="../ui/settings/preferences_tab.py" line="69"/>
        <source>In force from</source>
        <translation>En vigueur à partir du</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_tab.py" line="68"/>
        <source>Mileage rate (own car)</source>
        <translation>Taux au kilomètre (voiture personnelle)</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_tab.py" line="102"/>
        <source>Type the date from which the amount applies.</source>
        <translation>Tapez la date à partir de laquelle le montant s&apos;applique.</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_tab.py" line="106"/>
        <source>Allowance of %1 from %2.</source>
        <translation>Allocation de %1 à partir du %2.</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_tab.py" line="120"/>
        <source>Type the date from which the rate applies.</source>
        <translation>Tapez la date à partir de laquelle le taux s’applique.</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_tab.py" line="126"/>
        <source>Mileage rate of %1 per km from %2.</source>
        <translation>Taux de %1 le km à partir du %2.</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_tab.py" line="139"/>
        <source>Saved. The new language applies at the next start.</source>
        <translation>Enregistré. La nouvelle langue s&apos;appliquera au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_tab.py" line="140"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../ui/pages/privacy_page.py" line="26"/>
        <source>Privacy</source>
        <translation>Vie privée</translation>
    </message>
    <message>
        <location filename="../ui/pages/privacy_page.py" line="34"/>
        <source>Requests from people</source>
        <translation>Demandes des personnes</translation>
    </message>
    <message>
        <location filename="../ui/pages/privacy_page.py" line="37"/>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../ui/pages/privacy_page.py" line="41"/>
        <source>Confidentiality incidents</source>
        <translation>Incidents de confidentialité</translation>
    </message>
    <message>
        <location filename="../ui/pages/privacy_page.py" line="43"/>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
</context>
<context>
    <name>ProfilePages</name>
    <message>
        <location filename="../ui/client_file/profile_tabs.py" line="76"/>
        <source>Empty once every field marked * is known</source>
        <translation>Vide dès que chaque champ marqué * est connu</translation>
    </message>
    <message>
        <location filename="../ui/client_file/profile_tabs.py" line="87"/>
        <source>Social insurance number</source>
        <translation>Numéro d&apos;assurance sociale</translation>
    </message>
    <message>
        <location filename="../ui/client_file/profile_tabs.py" line="88"/>
        <source>RAMQ health card</source>
        <translation>Carte d&apos;assurance maladie (RAMQ)</translation>
    </message>
    <message>
        <location filename="../ui/client_file/profile_tabs.py" line="89"/>
        <source>Driver&apos;s licence</source>
        <translation>Permis de conduire</translation>
    </message>
    <message>
        <location filename="../ui/client_file/profile_tabs.py" line="90"/>
        <source>Bank account</source>
        <translation>Compte bancaire</translation>
    </message>
    <message>
        <location filename="../ui/client_file/profile_tabs.py" line="97"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../ui/client_file/profile_tabs.py" line="97"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../ui/client_file/profile_tabs.py" line="99"/>
        <source>An interpreter is needed for appointments</source>
        <translation>Un ou une interprète est nécessaire aux rendez-vous</translation>
    </message>
    <message>
        <location filename="../ui/client_file/profile_tabs.py" line="112"/>
        <source>Identity and contact</source>
        <translation>Identité et coordonnées</translation>
    </message>
    <message>
        <location filename="../ui/client_file/profile_tabs.py" line="112"/>
        <source>Immigration</source>
        <translation>Immigration</translation>
    </message>
    <message>
        <location filename="../ui/client_file/profile_tabs.py" line="113"/>
        <source>Languages and French</source>
        <translation>Langues et français</translation>
    </message>
    <message>
        <location filename="../ui/client_file/profile_tabs.py" line="113"/>
        <source>Counsellor</source>
        <translation>Conseillère</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../ui/recovery_dialogs.py" line="31"/>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <location filename="../ui/recovery_dialogs.py" line="33"/>
        <source>The database is encrypted: without a staff password or this recovery key, nobody can read it. If every password is lost, this key is the only way back in. Write it down now and keep it under lock, away from this computer. It will not be shown again.</source>
        <translation>La base de données est chiffrée : sans le mot de passe d&apos;un membre du personnel ou cette clé de récupération, personne ne peut la lire. Si tous les mots de passe sont perdus, cette clé est le seul moyen d&apos;y revenir. Notez-la maintenant et gardez-la sous clé, loin de cet ordinateur. Elle ne sera plus affichée.</translation>
    </message>
    <message>
        <location filename="../ui/recovery_dialogs.py" line="45"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../ui/recovery_dialogs.py" line="47"/>
        <source>I have written the recovery key down in a safe place</source>
        <translation>J&apos;ai noté la clé de récupération et je la garde en lieu sûr</translation>
    </message>
</context>
<context>
    <name>ReferralDetailsDialog</name>
    <message>
        <location filename="../ui/dialogs/referral_details_dialog.py" line="53"/>
        <source>Details found in the e-mail</source>
        <translation>Renseignements trouvés dans le courriel</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/referral_details_dialog.py" line="56"/>
        <source>Tick what to copy into the file. What the file already holds stays unless you tick it; languages are added to those already there. Nothing is saved until you press Save in the file.</source>
        <translation>Cochez ce qui doit être copié dans le dossier. Ce que le dossier contient déjà reste tel quel à moins de le cocher; les langues s&apos;ajoutent à celles qui y sont. Rien n&apos;est enregistré avant que vous appuyiez sur Enregistrer dans le dossier.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/referral_details_dialog.py" line="61"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/referral_details_dialog.py" line="61"/>
        <source>In the e-mail</source>
        <translation>Dans le courriel</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/referral_details_dialog.py" line="62"/>
        <source>In the file</source>
        <translation>Dans le dossier</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/referral_details_dialog.py" line="78"/>
        <source>The name in the e-mail is not the one in the file: make sure the e-mail is about this person before copying anything.</source>
        <translation>Le nom dans le courriel n&apos;est pas celui du dossier : assurez-vous que le courriel concerne bien cette personne avant de copier quoi que ce soit.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/referral_details_dialog.py" line="87"/>
        <source>Copy into the file</source>
        <translation>Copier dans le dossier</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <location filename="../ui/client_file/referrals_tab.py" line="42"/>
        <source>Referred on</source>
        <translation>Référée le</translation>
    </message>
    <message>
        <location filename="../ui/client_file/referrals_tab.py" line="44"/>
        <location filename="../ui/client_file/referrals_tab.py" line="58"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../ui/client_file/referrals_tab.py" line="45"/>
        <location filename="../ui/client_file/referrals_tab.py" line="59"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../ui/client_file/referrals_tab.py" line="46"/>
        <source>Answer expected</source>
        <translation>Réponse attendue</translation>
    </message>
    <message>
        <location filename="../ui/client_file/referrals_tab.py" line="49"/>
        <location filename="../ui/client_file/referrals_tab.py" line="65"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/client_file/referrals_tab.py" line="60"/>
        <source>Answer expected by</source>
        <translation>Réponse attendue au plus tard le</translation>
    </message>
    <message>
        <location filename="../ui/client_file/referrals_tab.py" line="62"/>
        <source>Plan item (optional)</source>
        <translation>Élément du plan (facultatif)</translation>
    </message>
    <message>
        <location filename="../ui/client_file/referrals_tab.py" line="63"/>
        <source>Refer</source>
        <translation>Référer</translation>
    </message>
    <message>
        <location filename="../ui/client_file/referrals_tab.py" line="66"/>
        <source>Set the outcome of the selected referral</source>
        <translation>Inscrire ce résultat pour la référence choisie</translation>
    </message>
    <message>
        <location filename="../ui/client_file/referrals_tab.py" line="113"/>
        <source>Referral recorded.</source>
        <translation>Référence consignée.</translation>
    </message>
    <message>
        <location filename="../ui/client_file/referrals_tab.py" line="120"/>
        <source>Choose a referral in the list first.</source>
        <translation>Choisissez d&apos;abord une référence dans la liste.</translation>
    </message>
</context>
<context>
    <name>RegisterLaptopDialog</name>
    <message>
        <location filename="../ui/dialogs/register_laptop_dialog.py" line="43"/>
        <source>Register a laptop</source>
        <translation>Inscrire un portable</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/register_laptop_dialog.py" line="45"/>
        <source>The laptop gets its counsellor&apos;s files and what everyone shares (staff names, partners, activities), nothing else. Its database is written encrypted: carry it to the laptop, where the counsellor opens it with their own password.</source>
        <translation>Le portable reçoit les dossiers de sa conseillère ou de son conseiller et ce que tout le monde partage (noms du personnel, partenaires, activités), rien d&apos;autre. Sa base de données est écrite chiffrée : apportez-la au portable, où la personne l&apos;ouvre avec son propre mot de passe.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/register_laptop_dialog.py" line="51"/>
        <source>e.g. Laptop of the Disraeli point of service</source>
        <translation>p. ex. Portable du point de service de Disraeli</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/register_laptop_dialog.py" line="53"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/register_laptop_dialog.py" line="63"/>
        <source>Counsellor</source>
        <translation>Conseillère ou conseiller</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/register_laptop_dialog.py" line="64"/>
        <source>Laptop&apos;s name</source>
        <translation>Nom du portable</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/register_laptop_dialog.py" line="65"/>
        <location filename="../ui/dialogs/register_laptop_dialog.py" line="80"/>
        <source>Write its database to</source>
        <translation>Écrire sa base de données dans</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/register_laptop_dialog.py" line="66"/>
        <source>The counsellor&apos;s password</source>
        <translation>Mot de passe de la personne</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/register_laptop_dialog.py" line="68"/>
        <source>Register and write</source>
        <translation>Inscrire et écrire</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/register_laptop_dialog.py" line="81"/>
        <source>cjeapp database (*.cjeapp)</source>
        <translation>Base de données cjeapp (*.cjeapp)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/register_laptop_dialog.py" line="93"/>
        <source>Laptop of %1</source>
        <translation>Portable de %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/register_laptop_dialog.py" line="98"/>
        <source>Writing the laptop&apos;s database…</source>
        <translation>Écriture de la base de données du portable…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/register_laptop_dialog.py" line="105"/>
        <source>Registered: %1 (%2 records). Carry it to the laptop with its key file (.keys).</source>
        <translation>Inscrit : %1 (%2 enregistrements). Apportez-le au portable avec son fichier de clés (.keys).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/register_laptop_dialog.py" line="108"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/register_laptop_dialog.py" line="111"/>
        <source>The laptop&apos;s database is encrypted: it opens with the counsellor&apos;s password, or with this recovery key when the password is lost. Write the key down now and keep it at the office. It will not be shown again.</source>
        <translation>La base de données du portable est chiffrée : elle s&apos;ouvre avec le mot de passe de la personne, ou avec cette clé de récupération si le mot de passe est perdu. Notez la clé maintenant et gardez-la au bureau. Elle ne sera plus affichée.</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="56"/>
        <source>Appointments of the day</source>
        <translation>Rendez-vous du jour</translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="57"/>
        <source>Appointments of</source>
        <translation>Rendez-vous du</translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="59"/>
        <source>Next working day</source>
        <translation>Prochain jour ouvrable</translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="63"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="65"/>
        <location filename="../ui/pages/reminders_page.py" line="85"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="66"/>
        <source>Phone or e-mail</source>
        <translation>Téléphone ou courriel</translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="67"/>
        <source>No phone or e-mail</source>
        <translation>Ni téléphone ni courriel</translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="68"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="69"/>
        <source>Interpreter</source>
        <translation>Interprète</translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="70"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="71"/>
        <location filename="../ui/pages/reminders_page.py" line="87"/>
        <source>Counsellor</source>
        <translation>Conseillère ou conseiller</translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="72"/>
        <source>Called</source>
        <translation>Appel fait</translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="75"/>
        <source>Appointments to remind</source>
        <translation>Rendez-vous à rappeler</translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="76"/>
        <source>Mark as called</source>
        <translation>Noter l&apos;appel fait</translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="77"/>
        <source>Not called after all</source>
        <translation>Finalement pas appelé</translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="83"/>
        <source>Missed on</source>
        <translation>Manqué le</translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="86"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="89"/>
        <source>Missed appointments of the last 30 days</source>
        <translation>Rendez-vous manqués des 30 derniers jours</translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="90"/>
        <source>Print the list…</source>
        <translation>Imprimer la liste…</translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="91"/>
        <source>Spreadsheet…</source>
        <translation>Tableur…</translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="116"/>
        <location filename="../ui/pages/reminders_page.py" line="227"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="141"/>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="142"/>
        <source>Yes, %1</source>
        <translation>Oui, %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/reminders_page.py" line="184"/>
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n rendez-vous</numerusform>
            <numerusform>%n rendez-vous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/reminders_page.py" line="185"/>
        <source>%n called</source>
        <translation>
            <numerusform>%n appel fait</numerusform>
            <numerusform>%n appels faits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="187"/>
        <source>No appointment that day.</source>
        <translation>Aucun rendez-vous ce jour-là.</translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="189"/>
        <source>Missed appointments in the last 30 days: %1 of %2 held.</source>
        <translation>Rendez-vous manqués dans les 30 derniers jours : %1 sur %2 tenus.</translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="207"/>
        <source>Choose an appointment in the list first.</source>
        <translation>Choisissez d&apos;abord un rendez-vous dans la liste.</translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="243"/>
        <source>Spreadsheet (*.xlsx)</source>
        <translation>Tableur (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="245"/>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../ui/pages/reports_page.py" line="78"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="86"/>
        <source>Load a profile…</source>
        <translation>Charger un profil…</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="87"/>
        <source>Validate</source>
        <translation>Valider</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="88"/>
        <source>Export the package…</source>
        <translation>Exporter le paquet…</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="90"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="91"/>
        <source>Public key for the funder…</source>
        <translation>Clé publique pour le bailleur de fonds…</translation>
    </message>
    <message>
        <location filename="../ui/pages/package_findings.py" line="54"/>
        <source>Open the file at this field</source>
        <translation>Ouvrir le dossier à ce champ</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="104"/>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="105"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="112"/>
        <source>Show the figures</source>
        <translation>Afficher les chiffres</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="113"/>
        <source>Dashboard as PDF…</source>
        <translation>Tableau de bord en PDF…</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="115"/>
        <source>Fiscal year</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="116"/>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="117"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="125"/>
        <source>Problems found (errors block the package)</source>
        <translation>Problèmes trouvés (les erreurs bloquent le paquet)</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="137"/>
        <source>Check a funder package before sending it: drop the .zip here.</source>
        <translation>Vérifiez un paquet pour le bailleur de fonds avant de l’envoyer : déposez le .zip ici.</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="194"/>
        <source>Type a period: the first and the last day.</source>
        <translation>Tapez une période : le premier et le dernier jour.</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="200"/>
        <source>Profile %1 %2</source>
        <translation>Profil %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="204"/>
        <source>Reporting profile</source>
        <translation>Profil de reddition de comptes</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="215"/>
        <source>Profile loaded.</source>
        <translation>Profil chargé.</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="230"/>
        <source>Validating…</source>
        <translation>Validation…</translation>
    </message>
    <message>
        <location filename="../ui/pages/package_findings.py" line="103"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../ui/pages/package_findings.py" line="104"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../ui/pages/package_findings.py" line="52"/>
        <location filename="../ui/pages/package_findings.py" line="85"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../ui/pages/package_findings.py" line="87"/>
        <source>Referrals</source>
        <translation>Références</translation>
    </message>
    <message>
        <location filename="../ui/pages/package_findings.py" line="88"/>
        <source>Group activities</source>
        <translation>Activités de groupe</translation>
    </message>
    <message>
        <location filename="../ui/pages/package_findings.py" line="89"/>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location filename="../ui/pages/package_findings.py" line="90"/>
        <source>Housing</source>
        <translation>Logement</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="272"/>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="286"/>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="289"/>
        <source>Exporting %1…</source>
        <translation>Exportation de %1…</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="313"/>
        <source>Package written: %1 (%2).</source>
        <translation>Paquet écrit : %1 (%2).</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="321"/>
        <source>The package was not written: fix the errors listed.</source>
        <translation>Le paquet n&apos;a pas été écrit : corrigez les erreurs listées.</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="366"/>
        <source>People served</source>
        <translation>Personnes servies</translation>
    </message>
    <message>
        <location filename="../ui/pages/package_findings.py" line="86"/>
        <location filename="../ui/pages/reports_page.py" line="367"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/reports_page.py" line="246"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/reports_page.py" line="247"/>
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n avertissement.</numerusform>
            <numerusform>%n avertissements.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="368"/>
        <source>Walk-ins</source>
        <translation>Visites sans rendez-vous</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="369"/>
        <source>Median wait at the desk (min)</source>
        <translation>Attente médiane à l&apos;accueil (min)</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="371"/>
        <source>Requests answered</source>
        <translation>Demandes répondues</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="372"/>
        <source>Median time to answer (h)</source>
        <translation>Délai médian de réponse (h)</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="374"/>
        <source>Answered within the deadline</source>
        <translation>Répondues dans le délai</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="375"/>
        <source>Appointments kept or missed</source>
        <translation>Rendez-vous honorés ou manqués</translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="376"/>
        <source>No-shows</source>
        <translation>Absences</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="64"/>
        <source>Open requests only</source>
        <translation>Demandes ouvertes seulement</translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="66"/>
        <location filename="../ui/privacy/requests_tab.py" line="114"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="67"/>
        <location filename="../ui/privacy/requests_tab.py" line="115"/>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="68"/>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="70"/>
        <source>Answer due</source>
        <translation>Réponse due</translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="72"/>
        <source>Answered</source>
        <translation>Répondue</translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="73"/>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="80"/>
        <source>Empty when the person asked themselves</source>
        <translation>Vide quand la personne a demandé elle-même</translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="84"/>
        <source>Record the request</source>
        <translation>Inscrire la demande</translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="86"/>
        <source>Choose a request in the register.</source>
        <translation>Choisissez une demande dans le registre.</translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="95"/>
        <source>Record the answer</source>
        <translation>Inscrire la réponse</translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="96"/>
        <source>Open the file (to rectify)</source>
        <translation>Ouvrir le dossier (pour rectifier)</translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="98"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="99"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="100"/>
        <source>Withhold counsellors&apos; notes</source>
        <translation>Ne pas transmettre les notes des intervenants</translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="102"/>
        <source>Why (the exception of the Act)</source>
        <translation>Pourquoi (l&apos;exception prévue par la Loi)</translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="103"/>
        <source>Make the person&apos;s copy…</source>
        <translation>Produire la copie de la personne…</translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="104"/>
        <source>See and print the readable copy…</source>
        <translation>Voir et imprimer la copie lisible…</translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="116"/>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="117"/>
        <source>Asked by</source>
        <translation>Demandée par</translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="118"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="121"/>
        <source>Answered on</source>
        <translation>Répondue le</translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="122"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="125"/>
        <source>Copy in</source>
        <translation>Copie en</translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="129"/>
        <source>New request</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="132"/>
        <source>The request chosen</source>
        <translation>La demande choisie</translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="205"/>
        <source>No change to the file since the request.</source>
        <translation>Aucun changement au dossier depuis la demande.</translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="211"/>
        <source>Changes to the file since the request: %1</source>
        <translation>Changements au dossier depuis la demande : %1</translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="230"/>
        <source>Request recorded; the answer is due within 30 days.</source>
        <translation>Demande inscrite; la réponse est due dans les 30 jours.</translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="245"/>
        <source>Answer recorded.</source>
        <translation>Réponse inscrite.</translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="258"/>
        <source>Say why the notes are withheld, or untick the box.</source>
        <translation>Dites pourquoi les notes ne sont pas transmises, ou décochez la case.</translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="262"/>
        <location filename="../ui/privacy/requests_tab.py" line="302"/>
        <source>The person&apos;s copy</source>
        <translation>Copie de la personne</translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="263"/>
        <source>Encrypted zip (*.zip)</source>
        <translation>Zip chiffré (*.zip)</translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="289"/>
        <source>Written, encrypted: %1. Passphrase to give the person by another way (phone, in person): %2</source>
        <translation>Écrit, chiffré : %1. Phrase de passe à remettre à la personne par un autre moyen (téléphone, en personne) : %2</translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="291"/>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="292"/>
        <source>Give this passphrase to the person by another way than the file:

%1</source>
        <translation>Remettez cette phrase de passe à la personne par un autre moyen que le fichier :

%1</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <location filename="../ui/privacy/retention_tab.py" line="41"/>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <location filename="../ui/privacy/retention_tab.py" line="45"/>
        <source>Keep files this long</source>
        <translation>Conserver les dossiers aussi longtemps</translation>
    </message>
    <message>
        <location filename="../ui/privacy/retention_tab.py" line="47"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../ui/privacy/retention_tab.py" line="48"/>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <location filename="../ui/privacy/retention_tab.py" line="51"/>
        <source>To destroy since</source>
        <translation>À détruire depuis</translation>
    </message>
    <message>
        <location filename="../ui/privacy/retention_tab.py" line="54"/>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <location filename="../ui/privacy/retention_tab.py" line="56"/>
        <source>Held back</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <location filename="../ui/privacy/retention_tab.py" line="59"/>
        <source>Destroy the files chosen…</source>
        <translation>Détruire les dossiers choisis…</translation>
    </message>
    <message>
        <location filename="../ui/privacy/retention_tab.py" line="61"/>
        <source>Destroyed on</source>
        <translation>Détruits le</translation>
    </message>
    <message>
        <location filename="../ui/privacy/retention_tab.py" line="64"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../ui/privacy/retention_tab.py" line="65"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../ui/privacy/retention_tab.py" line="66"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../ui/privacy/retention_tab.py" line="67"/>
        <source>What was destroyed</source>
        <translation>Ce qui a été détruit</translation>
    </message>
    <message>
        <location filename="../ui/privacy/retention_tab.py" line="75"/>
        <source>Keep a file after its last activity for</source>
        <translation>Conserver un dossier après sa dernière activité pendant</translation>
    </message>
    <message>
        <location filename="../ui/privacy/retention_tab.py" line="84"/>
        <source>Register of destructions</source>
        <translation>Registre des destructions</translation>
    </message>
    <message>
        <location filename="../ui/privacy/retention_tab.py" line="104"/>
        <source>Looking for the files past their retention…</source>
        <translation>Recherche des dossiers dont la conservation est échue…</translation>
    </message>
    <message>
        <location filename="../ui/privacy/retention_tab.py" line="122"/>
        <source>Files past their retention: %1. Destroying a file erases the person&apos;s identity, contact details and every text about them for good; the counts the funder needs stay, with no one&apos;s name.</source>
        <translation>Dossiers dont la conservation est échue : %1. Détruire un dossier efface pour de bon l&apos;identité de la personne, ses coordonnées et tout texte à son sujet; les comptes dont le bailleur de fonds a besoin restent, sans le nom de personne.</translation>
    </message>
    <message>
        <location filename="../ui/privacy/retention_tab.py" line="147"/>
        <source>Destroy the files chosen (%1) for good? Their names, contact details and every text about them will be erased and cannot be brought back.</source>
        <translation>Détruire pour de bon les dossiers choisis (%1)? Les noms, les coordonnées et tout texte à leur sujet seront effacés sans retour possible.</translation>
    </message>
    <message>
        <location filename="../ui/privacy/retention_tab.py" line="167"/>
        <source>Files destroyed: %1; the register says so.</source>
        <translation>Dossiers détruits : %1; le registre en fait état.</translation>
    </message>
    <message>
        <location filename="../ui/privacy/retention_tab.py" line="134"/>
        <source>Retention period saved.</source>
        <translation>Durée de conservation enregistrée.</translation>
    </message>
    <message>
        <location filename="../ui/privacy/retention_tab.py" line="143"/>
        <source>Choose files in the list (not those held back).</source>
        <translation>Choisissez des dossiers dans la liste (pas ceux qui sont retenus).</translation>
    </message>
    <message>
        <location filename="../ui/privacy/retention_tab.py" line="146"/>
        <source>Destroy files</source>
        <translation>Détruire des dossiers</translation>
    </message>
    <message>
        <location filename="../ui/privacy/retention_tab.py" line="161"/>
        <source>Destroying…</source>
        <translation>Destruction en cours…</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../ui/widgets/search_box.py" line="25"/>
        <source>Find a person: name, phone, e-mail, MIFI number or date of birth</source>
        <translation>Trouver une personne : nom, téléphone, courriel, no MIFI ou date de naissance</translation>
    </message>
</context>
<context>
    <name>SecondPersonDialog</name>
    <message>
        <location filename="../ui/dialogs/second_person_dialog.py" line="33"/>
        <source>A second person confirms</source>
        <translation>Une deuxième personne confirme</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/second_person_dialog.py" line="35"/>
        <source>This gives the power to read case notes or to sign for the organization. The director or the person in charge of personal information confirms it here with their own user name and password, or the organization&apos;s recovery key is typed.</source>
        <translation>Ceci donne le pouvoir de lire les notes confidentielles ou de signer pour l&apos;organisme. La direction ou la personne responsable de la protection des renseignements personnels le confirme ici avec son propre nom d&apos;utilisateur et son mot de passe, ou la clé de récupération de l&apos;organisme est saisie.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/second_person_dialog.py" line="43"/>
        <source>Use the recovery key instead</source>
        <translation>Utiliser plutôt la clé de récupération</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/second_person_dialog.py" line="48"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/second_person_dialog.py" line="49"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/second_person_dialog.py" line="51"/>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
</context>
<context>
    <name>ServerAddressBox</name>
    <message>
        <location filename="../ui/widgets/server_address_box.py" line="47"/>
        <source>if the server&apos;s role has one</source>
        <translation>si le rôle du serveur en a un</translation>
    </message>
    <message>
        <location filename="../ui/widgets/server_address_box.py" line="50"/>
        <source>Try and use this server</source>
        <translation>Essayer et utiliser ce serveur</translation>
    </message>
    <message>
        <location filename="../ui/widgets/server_address_box.py" line="52"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../ui/widgets/server_address_box.py" line="53"/>
        <source>Server password</source>
        <translation>Mot de passe du serveur</translation>
    </message>
    <message>
        <location filename="../ui/widgets/server_address_box.py" line="74"/>
        <source>Write the server&apos;s address as postgresql://user@host/database.</source>
        <translation>Écrivez l&apos;adresse du serveur sous la forme postgresql://utilisateur@hôte/base.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/server_address_box.py" line="84"/>
        <source>Connecting to the server…</source>
        <translation>Connexion au serveur…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/server_address_box.py" line="96"/>
        <source>The server&apos;s password could not be kept on this PC: %1</source>
        <translation>Le mot de passe du serveur n&apos;a pas pu être gardé sur ce PC : %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/server_address_box.py" line="102"/>
        <source>This PC now works on the office&apos;s server.</source>
        <translation>Ce PC travaille maintenant sur le serveur du bureau.</translation>
    </message>
</context>
<context>
    <name>ServerCopyTab</name>
    <message>
        <location filename="../ui/settings/server_copy_tab.py" line="37"/>
        <source>The office&apos;s database is on the server: the person who runs the server backs it up with PostgreSQL&apos;s own tools (the README says how). Here, the office keeps copies of its own: the whole office in one encrypted file, read from one moment of the server while everyone keeps working, and verified table by table. The copy opens in cjeapp with your user name and password, or with the recovery key shown at the end; cjeapp migrate-store puts it back on an empty server.</source>
        <translation>La base du bureau est sur le serveur : la personne qui s&apos;occupe du serveur la sauvegarde avec les outils de PostgreSQL (le README explique comment). Ici, le bureau garde ses propres copies : tout le bureau dans un seul fichier chiffré, lu à un même moment du serveur pendant que chacun continue de travailler, et vérifié table par table. La copie s&apos;ouvre dans cjeapp avec votre nom d&apos;utilisateur et votre mot de passe, ou avec la clé de récupération affichée à la fin ; cjeapp migrate-store la remet sur un serveur vide.</translation>
    </message>
    <message>
        <location filename="../ui/settings/server_copy_tab.py" line="47"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/settings/server_copy_tab.py" line="54"/>
        <location filename="../ui/settings/server_copy_tab.py" line="85"/>
        <source>Copy to the file</source>
        <translation>Copier dans le fichier</translation>
    </message>
    <message>
        <location filename="../ui/settings/server_copy_tab.py" line="55"/>
        <source>Your password</source>
        <translation>Votre mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/settings/server_copy_tab.py" line="56"/>
        <source>Copy the server now</source>
        <translation>Copier le serveur maintenant</translation>
    </message>
    <message>
        <location filename="../ui/settings/server_copy_tab.py" line="65"/>
        <source>The office&apos;s database is on the server, where each person connects as their own login and reads only what their role allows: nobody&apos;s login reads the whole office, not even the administrator&apos;s, who reads no case notes. The person who runs the server copies it with the owner&apos;s role: cjeapp backup --db postgresql://OWNER@SERVER/DATABASE --user ADMIN --to FILE (the README says how, under &quot;The office&apos;s server&quot;). The copy is an encrypted file that opens in cjeapp with the administrator&apos;s password.</source>
        <translation>La base du bureau est sur le serveur, où chaque personne se connecte avec son propre compte de connexion et ne lit que ce que son rôle permet : aucun compte ne lit tout le bureau, pas même celui de l&apos;administrateur, qui ne lit pas les notes confidentielles. La personne qui s&apos;occupe du serveur le copie avec le rôle propriétaire : cjeapp backup --db postgresql://PROPRIÉTAIRE@SERVEUR/BASE --user ADMIN --to FICHIER (le README explique comment, sous « The office&apos;s server »). La copie est un fichier chiffré qui s&apos;ouvre dans cjeapp avec le mot de passe de l&apos;administrateur.</translation>
    </message>
    <message>
        <location filename="../ui/settings/server_copy_tab.py" line="86"/>
        <source>cjeapp database (*.cjeapp)</source>
        <translation>Base de données cjeapp (*.cjeapp)</translation>
    </message>
    <message>
        <location filename="../ui/settings/server_copy_tab.py" line="102"/>
        <source>Choose the file to copy the server into.</source>
        <translation>Choisissez le fichier où copier le serveur.</translation>
    </message>
    <message>
        <location filename="../ui/settings/server_copy_tab.py" line="110"/>
        <source>Copying the server…</source>
        <translation>Copie du serveur en cours…</translation>
    </message>
    <message>
        <location filename="../ui/settings/server_copy_tab.py" line="123"/>
        <source>Copied and verified: %1 (%2 records). Keep it with its key file (.keys) beside it.</source>
        <translation>Copié et vérifié : %1 (%2 enregistrements). Gardez-le avec son fichier de clés (.keys) à côté.</translation>
    </message>
    <message>
        <location filename="../ui/settings/server_copy_tab.py" line="127"/>
        <source>The copy is encrypted: it opens with your user name and password, or with this recovery key when the password is lost. Write the key down now and keep it apart from the copy. It will not be shown again.</source>
        <translation>La copie est chiffrée : elle s&apos;ouvre avec votre nom d&apos;utilisateur et votre mot de passe, ou avec cette clé de récupération si le mot de passe est perdu. Notez la clé maintenant et gardez-la à part de la copie. Elle ne sera plus affichée.</translation>
    </message>
    <message>
        <location filename="../ui/settings/server_copy_tab.py" line="134"/>
        <source>Stopped: no copy was kept.</source>
        <translation>Arrêté : aucune copie n&apos;a été gardée.</translation>
    </message>
</context>
<context>
    <name>ServerTab</name>
    <message>
        <location filename="../ui/settings/server_tab.py" line="26"/>
        <source>In an office with several PCs, every seat works on the office&apos;s PostgreSQL server, so that everyone sees the same files at once. Connecting this PC takes effect at the next start. The records of this PC&apos;s own file are not copied by this: to move an office&apos;s file to the server, the person who runs the server uses cjeapp migrate-store (the README says how).</source>
        <translation>Dans un bureau de plusieurs PC, chaque poste travaille sur le serveur PostgreSQL du bureau, pour que tous voient les mêmes dossiers en même temps. La connexion de ce PC prend effet au prochain démarrage. Les dossiers du propre fichier de ce PC ne sont pas copiés pour autant : pour déplacer le fichier d&apos;un organisme vers le serveur, la personne qui s&apos;occupe du serveur utilise cjeapp migrate-store (le README explique comment).</translation>
    </message>
    <message>
        <location filename="../ui/settings/server_tab.py" line="33"/>
        <source>Work on this PC&apos;s own file again</source>
        <translation>Revenir au propre fichier de ce PC</translation>
    </message>
    <message>
        <location filename="../ui/settings/server_tab.py" line="47"/>
        <source>Now: %1.</source>
        <translation>Maintenant : %1.</translation>
    </message>
    <message>
        <location filename="../ui/settings/server_tab.py" line="51"/>
        <source>From the next start: the server %1.</source>
        <translation>Dès le prochain démarrage : le serveur %1.</translation>
    </message>
    <message>
        <location filename="../ui/settings/server_tab.py" line="54"/>
        <source>From the next start: this PC&apos;s own file.</source>
        <translation>Dès le prochain démarrage : le propre fichier de ce PC.</translation>
    </message>
</context>
<context>
    <name>ServicesTab</name>
    <message>
        <location filename="../ui/client_file/services_tab.py" line="69"/>
        <source>Individual</source>
        <translation>Individuel</translation>
    </message>
    <message>
        <location filename="../ui/client_file/services_tab.py" line="70"/>
        <source>Group</source>
        <translation>De groupe</translation>
    </message>
    <message>
        <location filename="../ui/client_file/services_tab.py" line="75"/>
        <location filename="../ui/client_file/services_tab.py" line="88"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../ui/client_file/services_tab.py" line="76"/>
        <source>PASI volet</source>
        <translation>Volet du PASI</translation>
    </message>
    <message>
        <location filename="../ui/client_file/services_tab.py" line="77"/>
        <location filename="../ui/client_file/services_tab.py" line="86"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/client_file/services_tab.py" line="78"/>
        <location filename="../ui/client_file/services_tab.py" line="90"/>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../ui/client_file/services_tab.py" line="79"/>
        <source>Individual or group</source>
        <translation>Individuel ou de groupe</translation>
    </message>
    <message>
        <location filename="../ui/client_file/services_tab.py" line="80"/>
        <source>Plan item (optional)</source>
        <translation>Élément du plan (facultatif)</translation>
    </message>
    <message>
        <location filename="../ui/client_file/services_tab.py" line="81"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../ui/client_file/services_tab.py" line="82"/>
        <source>Record the service</source>
        <translation>Consigner le service</translation>
    </message>
    <message>
        <location filename="../ui/client_file/services_tab.py" line="89"/>
        <source>Volet</source>
        <translation>Volet</translation>
    </message>
    <message>
        <location filename="../ui/client_file/services_tab.py" line="92"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../ui/client_file/services_tab.py" line="98"/>
        <source>Common services</source>
        <translation>Services courants</translation>
    </message>
    <message>
        <location filename="../ui/client_file/services_tab.py" line="154"/>
        <source>Service recorded.</source>
        <translation>Service consigné.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../ui/pages/settings_page.py" line="25"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="39"/>
        <source>Organization</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="40"/>
        <source>Offices</source>
        <translation>Bureaux</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="41"/>
        <source>Staff accounts</source>
        <translation>Comptes du personnel</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="42"/>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="43"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="45"/>
        <location filename="../ui/pages/settings_page.py" line="47"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="48"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../ui/sign_in_dialog.py" line="43"/>
        <location filename="../ui/sign_in_dialog.py" line="73"/>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../ui/sign_in_dialog.py" line="65"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/sign_in_dialog.py" line="66"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/sign_in_dialog.py" line="67"/>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/sign_in_dialog.py" line="68"/>
        <source>New password again</source>
        <translation>Nouveau mot de passe (confirmation)</translation>
    </message>
    <message>
        <location filename="../ui/sign_in_dialog.py" line="74"/>
        <source>Recovery key…</source>
        <translation>Clé de récupération…</translation>
    </message>
    <message>
        <location filename="../ui/sign_in_dialog.py" line="135"/>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../ui/sign_in_dialog.py" line="166"/>
        <source>This database is being encrypted; this happens once and may take a minute…</source>
        <translation>Chiffrement de la base de données en cours; cela n&apos;arrive qu&apos;une fois et peut prendre une minute…</translation>
    </message>
    <message>
        <location filename="../ui/sign_in_dialog.py" line="175"/>
        <source>The new password is set: sign in with it.</source>
        <translation>Le nouveau mot de passe est enregistré : connectez-vous avec celui-ci.</translation>
    </message>
    <message>
        <location filename="../ui/sign_in_dialog.py" line="207"/>
        <source>Your password was reset. Choose a new one (at least 8 characters) to continue; the administrator will not know it.</source>
        <translation>Votre mot de passe a été réinitialisé. Choisissez-en un nouveau (au moins 8 caractères) pour continuer; l’administrateur ne le connaîtra pas.</translation>
    </message>
    <message>
        <location filename="../ui/sign_in_dialog.py" line="216"/>
        <source>The two new passwords differ; type them again.</source>
        <translation>Les deux nouveaux mots de passe diffèrent; tapez-les de nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/sign_in_dialog.py" line="227"/>
        <source>Saving your new password…</source>
        <translation>Enregistrement de votre nouveau mot de passe…</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="44"/>
        <location filename="../ui/settings/staff_tab.py" line="67"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="45"/>
        <location filename="../ui/settings/staff_tab.py" line="68"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="46"/>
        <location filename="../ui/settings/staff_tab.py" line="69"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="47"/>
        <location filename="../ui/settings/staff_tab.py" line="70"/>
        <source>Title on documents</source>
        <translation>Titre sur les documents</translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="49"/>
        <source>In charge of personal information</source>
        <translation>Responsable des renseignements personnels</translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="50"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="51"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="61"/>
        <source>How the person&apos;s title is printed on French documents, such as the action plan (English documents say Counsellor).</source>
        <translation>Comment le titre de la personne s&apos;imprime sur les documents en français, comme le plan d&apos;action (en anglais : Counsellor).</translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="71"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="72"/>
        <source>Create the account</source>
        <translation>Créer le compte</translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="73"/>
        <source>Give the selected account this role</source>
        <translation>Donner ce rôle au compte choisi</translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="74"/>
        <source>Deactivate or reactivate</source>
        <translation>Désactiver ou réactiver</translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="75"/>
        <source>Set this password on the selected account</source>
        <translation>Donner ce mot de passe au compte choisi</translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="77"/>
        <source>Give the selected account this title</source>
        <translation>Donner ce titre au compte choisi</translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="78"/>
        <source>In charge of personal information: designate or withdraw</source>
        <translation>Responsable des renseignements personnels : désigner ou retirer</translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="81"/>
        <source>The person designated reaches Vie privée (requests, copies, incidents, retention, the audit log) whatever their role; the director always does.</source>
        <translation>La personne désignée accède à Vie privée (demandes, copies, incidents, conservation, journal d&apos;audit) quel que soit son rôle; la direction y accède toujours.</translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="89"/>
        <source>Find an account (name, user name, role)</source>
        <translation>Trouver un compte (nom, nom d&apos;utilisateur, rôle)</translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="101"/>
        <source>Sign-ins the server refused</source>
        <translation>Connexions refusées par le serveur</translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="103"/>
        <source>The server checks each password itself and makes each failure wait; the newest it refused (a wrong password, a name that is no one&apos;s) are listed here, from its own log.</source>
        <translation>Le serveur vérifie lui-même chaque mot de passe et fait attendre après chaque échec; les plus récentes connexions qu&apos;il a refusées (mauvais mot de passe, nom qui n&apos;est celui de personne) sont listées ici, tirées de son propre journal.</translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="168"/>
        <source>Title changed: the next documents print it.</source>
        <translation>Titre modifié : les prochains documents l&apos;impriment.</translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="177"/>
        <source>Designation saved: it applies at the person&apos;s next sign-in.</source>
        <translation>Désignation enregistrée : elle s&apos;applique à la prochaine connexion de la personne.</translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="208"/>
        <source>Account unlocked: the person may sign in again.</source>
        <translation>Compte déverrouillé : la personne peut se connecter de nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="221"/>
        <source>The server refused no sign-in lately.</source>
        <translation>Le serveur n&apos;a refusé aucune connexion récemment.</translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="225"/>
        <source>Sign-ins the server refused, newest first:</source>
        <translation>Connexions refusées par le serveur, les plus récentes d&apos;abord :</translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="51"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="40"/>
        <source>Conseillère</source>
        <translation>Conseillère</translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="41"/>
        <source>Conseiller</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="39"/>
        <source>Conseillère ou conseiller</source>
        <translation>Conseillère ou conseiller</translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="52"/>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="76"/>
        <source>Unlock after failed sign-ins</source>
        <translation>Déverrouiller après des échecs de connexion</translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="124"/>
        <source>Choose an account in the list first.</source>
        <translation>Choisissez d&apos;abord un compte dans la liste.</translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="149"/>
        <source>Account created. The person will be asked to change the password.</source>
        <translation>Compte créé. La personne devra changer le mot de passe.</translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="159"/>
        <source>Role changed.</source>
        <translation>Rôle modifié.</translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="187"/>
        <source>Account updated.</source>
        <translation>Compte mis à jour.</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../ui/client_file/timeline_tab.py" line="28"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../ui/client_file/timeline_tab.py" line="29"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/client_file/timeline_tab.py" line="30"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../ui/client_file/timeline_tab.py" line="43"/>
        <source>Walk-in</source>
        <translation>Sans rendez-vous</translation>
    </message>
    <message>
        <location filename="../ui/client_file/timeline_tab.py" line="44"/>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="../ui/client_file/timeline_tab.py" line="45"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../ui/client_file/timeline_tab.py" line="46"/>
        <source>Referral</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../ui/client_file/timeline_tab.py" line="47"/>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../ui/client_file/timeline_tab.py" line="48"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../ui/client_file/timeline_tab.py" line="49"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../ui/client_file/timeline_tab.py" line="50"/>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location filename="../ui/client_file/timeline_tab.py" line="51"/>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <location filename="../ui/client_file/timeline_tab.py" line="52"/>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location filename="../ui/client_file/timeline_tab.py" line="53"/>
        <source>Housing</source>
        <translation>Logement</translation>
    </message>
    <message>
        <location filename="../ui/client_file/timeline_tab.py" line="54"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../ui/client_file/timeline_tab.py" line="55"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../ui/pages/today_page.py" line="100"/>
        <source>Arrived</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location filename="../ui/pages/today_page.py" line="102"/>
        <location filename="../ui/pages/today_page.py" line="108"/>
        <location filename="../ui/pages/today_page.py" line="115"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../ui/pages/today_page.py" line="103"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../ui/pages/today_page.py" line="106"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/pages/today_page.py" line="109"/>
        <source>Counsellor</source>
        <translation>Conseillère</translation>
    </message>
    <message>
        <location filename="../ui/pages/today_page.py" line="110"/>
        <location filename="../ui/pages/today_page.py" line="117"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/pages/today_page.py" line="113"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../ui/pages/today_page.py" line="116"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../ui/pages/today_page.py" line="119"/>
        <source>Waiting at reception</source>
        <translation>En attente à l&apos;accueil</translation>
    </message>
    <message>
        <location filename="../ui/pages/today_page.py" line="120"/>
        <source>No one is waiting at reception.</source>
        <translation>Personne n&apos;attend à l&apos;accueil.</translation>
    </message>
    <message>
        <location filename="../ui/pages/today_page.py" line="121"/>
        <source>Reception desk</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../ui/pages/today_page.py" line="122"/>
        <location filename="../ui/pages/today_page.py" line="186"/>
        <source>Today&apos;s appointments</source>
        <translation>Rendez-vous d&apos;aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../ui/pages/today_page.py" line="123"/>
        <source>No appointment today.</source>
        <translation>Aucun rendez-vous aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../ui/pages/today_page.py" line="124"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../ui/pages/today_page.py" line="125"/>
        <source>Follow-ups overdue or due today</source>
        <translation>Suivis en retard ou prévus aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../ui/pages/today_page.py" line="126"/>
        <source>Nothing overdue, nothing due today.</source>
        <translation>Aucun suivi en retard ni prévu aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../ui/pages/today_page.py" line="127"/>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <location filename="../ui/pages/today_page.py" line="171"/>
        <source>Today, %1</source>
        <translation>Aujourd&apos;hui, %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/today_page.py" line="185"/>
        <source>My appointments today</source>
        <translation>Mes rendez-vous aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../ui/pages/today_page.py" line="191"/>
        <source>%1 (%2 overdue)</source>
        <translation>%1 (dont %2 en retard)</translation>
    </message>
    <message>
        <location filename="../ui/pages/today_page.py" line="214"/>
        <source>Waiting: %1</source>
        <translation>En attente : %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/today_page.py" line="216"/>
        <source>Appointments: %1</source>
        <translation>Rendez-vous : %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/today_page.py" line="219"/>
        <source>Follow-ups overdue: %1</source>
        <translation>Suivis en retard : %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/today_page.py" line="221"/>
        <source>Nothing needs attention right now.</source>
        <translation>Rien ne demande votre attention pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>TransportPage</name>
    <message>
        <location filename="../ui/pages/transport_page.py" line="68"/>
        <source>Transport and housing</source>
        <translation>Transport et logement</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="70"/>
        <source>Transport rules</source>
        <translation>Règles de transport</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="71"/>
        <source>Mileage</source>
        <translation>Kilométrage</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="72"/>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="97"/>
        <source>Rules are read from the top; the first that fits a request proposes the decision. The counsellor confirms it or decides otherwise with a reason.</source>
        <translation>Les règles se lisent de haut en bas; la première qui convient à une demande propose la décision. La conseillère la confirme ou décide autrement en donnant un motif.</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="104"/>
        <source>#</source>
        <translation>Nº</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="105"/>
        <location filename="../ui/pages/transport_page.py" line="127"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="107"/>
        <location filename="../ui/pages/transport_page.py" line="128"/>
        <location filename="../ui/pages/transport_page.py" line="265"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="109"/>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="110"/>
        <location filename="../ui/pages/transport_page.py" line="132"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="115"/>
        <source>Any destination</source>
        <translation>Toute destination</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="116"/>
        <source>Only the person&apos;s first request there</source>
        <translation>Seulement la première demande de la personne pour cet endroit</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="118"/>
        <source>Counsellor&apos;s presence: either</source>
        <translation>Présence de la conseillère : peu importe</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="119"/>
        <source>Only when the counsellor must attend</source>
        <translation>Seulement si la conseillère doit être présente</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="120"/>
        <source>Only when the counsellor need not attend</source>
        <translation>Seulement si la conseillère n&apos;a pas à être présente</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="123"/>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="133"/>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="137"/>
        <source>Save the rule</source>
        <translation>Enregistrer la règle</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="138"/>
        <source>Add as a new rule</source>
        <translation>Ajouter comme nouvelle règle</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="168"/>
        <source>first request</source>
        <translation>première demande</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="170"/>
        <source>counsellor attends</source>
        <translation>conseillère présente</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="171"/>
        <source>counsellor need not attend</source>
        <translation>conseillère non requise</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="105"/>
        <source> (off)</source>
        <translation> (inactive)</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="108"/>
        <source>Any</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="206"/>
        <source>Choose a rule in the list first.</source>
        <translation>Choisissez d&apos;abord une règle dans la liste.</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="228"/>
        <source>Rule saved; it applies to the next requests.</source>
        <translation>Règle enregistrée; elle s&apos;applique aux prochaines demandes.</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="249"/>
        <location filename="../ui/pages/transport_page.py" line="264"/>
        <source>Staff member</source>
        <translation>Membre du personnel</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="250"/>
        <source>Trips</source>
        <translation>Trajets</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="252"/>
        <source>Kilometres</source>
        <translation>Kilomètres</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="254"/>
        <source>With an own car (km)</source>
        <translation>En voiture personnelle (km)</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="256"/>
        <source>To reimburse</source>
        <translation>À rembourser</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="257"/>
        <source>no rate set</source>
        <translation>aucun taux fixé</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="260"/>
        <source>Own car</source>
        <translation>Voiture personnelle</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="260"/>
        <source>Organization</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="262"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="266"/>
        <source>Vehicle</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="267"/>
        <source>Km</source>
        <translation>Km</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="269"/>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="271"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="274"/>
        <source>Mileage (PDF)…</source>
        <translation>Kilométrage (PDF)…</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="275"/>
        <source>Mileage (spreadsheet)…</source>
        <translation>Kilométrage (chiffrier)…</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="277"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="285"/>
        <source>Trips of the month (own car at the rate set in Paramètres for each day)</source>
        <translation>Déplacements du mois (voiture personnelle au taux fixé dans Paramètres pour chaque jour)</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="328"/>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="328"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="331"/>
        <source>The last twelve months</source>
        <translation>Les douze derniers mois</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="348"/>
        <source>Transport requests per month</source>
        <translation>Demandes de transport par mois</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="349"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="350"/>
        <source>To decide</source>
        <translation>À décider</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="351"/>
        <source>By destination</source>
        <translation>Par destination</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="358"/>
        <source>Housing</source>
        <translation>Logement</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="360"/>
        <source>Open searches</source>
        <translation>Recherches en cours</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="361"/>
        <source>Leases signed</source>
        <translation>Baux signés</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="362"/>
        <source>Searches abandoned</source>
        <translation>Recherches abandonnées</translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="363"/>
        <source>Median days to a lease</source>
        <translation>Jours jusqu&apos;au bail (médiane)</translation>
    </message>
</context>
<context>
    <name>TransportTab</name>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="57"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="59"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="61"/>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="63"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="66"/>
        <location filename="../ui/client_file/transport_tab.py" line="100"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="74"/>
        <source>The counsellor must attend the meeting</source>
        <translation>La conseillère doit assister au rendez-vous</translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="80"/>
        <source>Reason (needed when you decide otherwise than the rule)</source>
        <translation>Motif (requis si vous décidez autrement que la règle)</translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="89"/>
        <source>Own car</source>
        <translation>Voiture personnelle</translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="90"/>
        <source>Organization&apos;s vehicle</source>
        <translation>Véhicule de l&apos;organisme</translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="95"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="96"/>
        <source>Place (name)</source>
        <translation>Lieu (nom)</translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="98"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="99"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="102"/>
        <source>Evaluate the request</source>
        <translation>Évaluer la demande</translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="106"/>
        <source>Decide</source>
        <translation>Décider</translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="109"/>
        <source>Trip on</source>
        <translation>Trajet le</translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="113"/>
        <source>Passengers</source>
        <translation>Passagers</translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="115"/>
        <source>Record the trip</source>
        <translation>Consigner le trajet</translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="64"/>
        <source>To decide</source>
        <translation>À décider</translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="130"/>
        <source>New request</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="134"/>
        <source>The chosen request</source>
        <translation>La demande choisie</translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="191"/>
        <source>Record each trip made for this request.</source>
        <translation>Inscrivez chaque déplacement fait pour cette demande.</translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="193"/>
        <source>Only an approved request has trips.</source>
        <translation>Seule une demande approuvée a des déplacements.</translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="195"/>
        <source>Decide first: trips are recorded once the request is approved.</source>
        <translation>Décidez d&apos;abord : les déplacements s&apos;inscrivent une fois la demande approuvée.</translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="223"/>
        <source>The same request?</source>
        <translation>La même demande ?</translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="227"/>
        <source>Nothing saved: the request already exists.</source>
        <translation>Rien n&apos;a été enregistré : la demande existe déjà.</translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="235"/>
        <source>Proposed: %1 — rule “%2”. %3</source>
        <translation>Proposé : %1 — règle « %2 ». %3</translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="238"/>
        <source>Proposed: %1 (no rule applies).</source>
        <translation>Proposé : %1 (aucune règle ne s&apos;applique).</translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="251"/>
        <location filename="../ui/client_file/transport_tab.py" line="268"/>
        <source>Choose a request in the list first.</source>
        <translation>Choisissez d&apos;abord une demande dans la liste.</translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="260"/>
        <source>Decision recorded.</source>
        <translation>Décision consignée.</translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="277"/>
        <source>Trip recorded.</source>
        <translation>Trajet consigné.</translation>
    </message>
</context>
<context>
    <name>UseRecoveryKeyDialog</name>
    <message>
        <location filename="../ui/recovery_dialogs.py" line="72"/>
        <source>Use the recovery key</source>
        <translation>Utiliser la clé de récupération</translation>
    </message>
    <message>
        <location filename="../ui/recovery_dialogs.py" line="74"/>
        <source>Type the recovery key given when the database was set up, the user name of an account, and the new password for it.</source>
        <translation>Tapez la clé de récupération remise à la création de la base, le nom d&apos;utilisateur d&apos;un compte et son nouveau mot de passe.</translation>
    </message>
    <message>
        <location filename="../ui/recovery_dialogs.py" line="86"/>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <location filename="../ui/recovery_dialogs.py" line="87"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/recovery_dialogs.py" line="88"/>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/recovery_dialogs.py" line="89"/>
        <source>New password again</source>
        <translation>Nouveau mot de passe (confirmation)</translation>
    </message>
    <message>
        <location filename="../ui/recovery_dialogs.py" line="106"/>
        <source>The two new passwords differ; type them again.</source>
        <translation>Les deux nouveaux mots de passe diffèrent; tapez-les de nouveau.</translation>
    </message>
</context>
<context>
    <name>VerifyBox</name>
    <message>
        <location filename="../ui/widgets/verify_box.py" line="53"/>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/verify_box.py" line="70"/>
        <source>Checking…</source>
        <translation>Vérification en cours…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/verify_box.py" line="77"/>
        <source>This file is too large to be one of ours.</source>
        <translation>Ce fichier est trop gros pour être l’un des nôtres.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/verify_box.py" line="78"/>
        <source>The file cannot be read: %1</source>
        <translation>Le fichier ne peut pas être lu : %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/verify_box.py" line="86"/>
        <source>Verify a file</source>
        <translation>Vérifier un fichier</translation>
    </message>
</context>
<context>
    <name>VisitColumns</name>
    <message>
        <location filename="../ui/models/visits_model.py" line="26"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../ui/models/visits_model.py" line="27"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../ui/models/visits_model.py" line="28"/>
        <source>Arrived</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location filename="../ui/models/visits_model.py" line="29"/>
        <source>Waited</source>
        <translation>Attente</translation>
    </message>
    <message>
        <location filename="../ui/models/visits_model.py" line="30"/>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <location filename="../ui/models/visits_model.py" line="31"/>
        <source>Visit length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../ui/models/visits_model.py" line="32"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>VisitStatus</name>
    <message>
        <location filename="../ui/models/visits_model.py" line="35"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../ui/models/visits_model.py" line="36"/>
        <source>With a counsellor</source>
        <translation>Avec une conseillère</translation>
    </message>
    <message>
        <location filename="../ui/models/visits_model.py" line="37"/>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../ui/models/visits_model.py" line="38"/>
        <source>Left without being seen</source>
        <translation>Partie sans être vue</translation>
    </message>
</context>
</TS>
