<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/about_dialog.py" line="52"/>
        <source>About cjeapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="56"/>
        <source>Files, action plans, documents and the year-end report of organizations that welcome newcomers to Quebec.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="61"/>
        <source>Python %1 · Qt %2 · PySide6 %3
Database: %4
Log: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="65"/>
        <source>(no log file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="69"/>
        <source>Qt and PySide6 are used under the GNU LGPL version 3: in the installed program they are separate libraries (the _internal/PySide6 folder) that can be replaced by another build of the same version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="74"/>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="75"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="76"/>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="79"/>
        <source>Copy the versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="80"/>
        <source>Licences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="81"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="109"/>
        <source>Versions copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../ui/pages/activities_page.py" line="86"/>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="91"/>
        <source>Find an activity by its title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="93"/>
        <source>To come and under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="94"/>
        <location filename="../ui/pages/activities_page.py" line="277"/>
        <source>To come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="95"/>
        <location filename="../ui/pages/activities_page.py" line="278"/>
        <source>Under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="96"/>
        <location filename="../ui/pages/activities_page.py" line="279"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="97"/>
        <location filename="../ui/pages/activities_page.py" line="276"/>
        <source>No session yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="98"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="271"/>
        <source>Every office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="102"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="103"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="107"/>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="108"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="109"/>
        <source>Places left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="124"/>
        <source>Create the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="139"/>
        <source>Add the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="143"/>
        <source>Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="147"/>
        <source>Enrolled since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="148"/>
        <source>Withdraw the selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activity_attendance.py" line="29"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activity_attendance.py" line="30"/>
        <source>Enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activity_attendance.py" line="31"/>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activity_attendance.py" line="32"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="150"/>
        <source>Save the attendance of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activity_papers.py" line="36"/>
        <source>Attendance sheet (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activity_papers.py" line="38"/>
        <source>Allowance list (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activity_papers.py" line="40"/>
        <source>Allowance list (spreadsheet)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activity_papers.py" line="42"/>
        <source>Attestations for the group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="163"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="164"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="166"/>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="168"/>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="175"/>
        <source>New activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="185"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="190"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="209"/>
        <source>since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="220"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="221"/>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="283"/>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="285"/>
        <source>Full, %1 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="319"/>
        <source>No activity matches. Change the search or the filters, or create the activity below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="322"/>
        <source>No activity to come. Create one below: its sessions, then enrol the participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="188"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="192"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="193"/>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="203"/>
        <source>Attendance of the session chosen under “Sessions”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="219"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="355"/>
        <source> · part %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activity_attendance.py" line="56"/>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activity_attendance.py" line="58"/>
        <source>Waiting list (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activity_attendance.py" line="61"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activity_attendance.py" line="69"/>
        <source>Not yet enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="409"/>
        <source>Type the day of the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="444"/>
        <source>Find the person to enrol first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="461"/>
        <source>Enrolled since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="464"/>
        <source>Enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="459"/>
        <source>The activity is full: added to the waiting list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="477"/>
        <source>Withdrawn; the first person waiting takes the place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="478"/>
        <source>Withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activities_page.py" line="492"/>
        <source>Attendance saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/activity_papers.py" line="82"/>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaColumns</name>
    <message>
        <location filename="../ui/models/agenda_model.py" line="32"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/agenda_model.py" line="33"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/agenda_model.py" line="34"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/agenda_model.py" line="35"/>
        <source>Counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/agenda_model.py" line="36"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/agenda_model.py" line="37"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/agenda_model.py" line="38"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../ui/pages/agenda_page.py" line="58"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/agenda_page.py" line="59"/>
        <source>Whole office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/agenda_page.py" line="61"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/agenda_page.py" line="66"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/agenda_page.py" line="67"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/agenda_page.py" line="75"/>
        <source>New appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/agenda_page.py" line="76"/>
        <source>Appointment slip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/agenda_page.py" line="77"/>
        <source>Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/agenda_page.py" line="79"/>
        <source>Reason for cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/agenda_page.py" line="80"/>
        <source>Cancel the appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/agenda_page.py" line="81"/>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/agenda_page.py" line="82"/>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/agenda_page.py" line="83"/>
        <source>Day sheet (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/agenda_page.py" line="84"/>
        <source>Export for a phone (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/agenda_page.py" line="177"/>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/agenda_page.py" line="189"/>
        <source>Choose an appointment in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/agenda_page.py" line="196"/>
        <source>New appointment: who is it for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/agenda_page.py" line="209"/>
        <source>Appointment booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/agenda_page.py" line="225"/>
        <source>Appointment moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/agenda_page.py" line="241"/>
        <source>Enter the reason for cancelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/agenda_page.py" line="237"/>
        <source>Appointment cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/agenda_page.py" line="272"/>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentSlip</name>
    <message>
        <location filename="../ui/dialogs/appointment_slip.py" line="28"/>
        <source>Appointment slip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentStatus</name>
    <message>
        <location filename="../ui/models/agenda_model.py" line="26"/>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/agenda_model.py" line="27"/>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/agenda_model.py" line="28"/>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/agenda_model.py" line="29"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentsTab</name>
    <message>
        <location filename="../ui/client_file/appointments_tab.py" line="48"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/appointments_tab.py" line="50"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/appointments_tab.py" line="51"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/appointments_tab.py" line="52"/>
        <source>Counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/appointments_tab.py" line="53"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/appointments_tab.py" line="57"/>
        <source>Book an appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/appointments_tab.py" line="58"/>
        <source>Appointment slip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/appointments_tab.py" line="60"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/appointments_tab.py" line="62"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/appointments_tab.py" line="63"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/appointments_tab.py" line="65"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/appointments_tab.py" line="71"/>
        <source>Log the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/appointments_tab.py" line="74"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/appointments_tab.py" line="75"/>
        <source>Received by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/appointments_tab.py" line="76"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/appointments_tab.py" line="79"/>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/appointments_tab.py" line="85"/>
        <source>Requests (answered within 72 business hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/appointments_tab.py" line="108"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/appointments_tab.py" line="109"/>
        <source>Answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/appointments_tab.py" line="115"/>
        <source>Appointment booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/appointments_tab.py" line="120"/>
        <source>Choose an appointment in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/appointments_tab.py" line="135"/>
        <source>Request logged; answer due %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentTab</name>
    <message>
        <location filename="../ui/client_file/assessment_tab.py" line="76"/>
        <source>Paste the MIFI referral e-mail here, then tick the needs it lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/assessment_tab.py" line="78"/>
        <source>Read the e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/assessment_tab.py" line="80"/>
        <source>Ticks the needs the e-mail names and highlights the person&apos;s details it gives on labelled lines (name, MIFI number, date of birth, phone, languages…), to copy into the file after checking them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/assessment_tab.py" line="113"/>
        <source>Save the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/assessment_tab.py" line="114"/>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/assessment_tab.py" line="115"/>
        <source>New assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/assessment_tab.py" line="116"/>
        <source>Add these needs to the action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/assessment_tab.py" line="118"/>
        <source>Assessed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/assessment_tab.py" line="177"/>
        <source>New assessment, not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/assessment_tab.py" line="192"/>
        <source>Signed %1; a signed assessment no longer changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/assessment_tab.py" line="195"/>
        <source>Saved, not signed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/assessment_tab.py" line="226"/>
        <source>Needs found in the e-mail and ticked: %1. Check them, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/assessment_tab.py" line="228"/>
        <source>No need named in the e-mail was recognized; tick them by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/client_file/assessment_tab.py" line="281"/>
        <source>%n item(s) added to the action plan.</source>
        <translation>
            <numerusform>%n item added to the action plan.</numerusform>
            <numerusform>%n items added to the action plan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../ui/privacy/audit_tab.py" line="56"/>
        <source>Every person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/audit_tab.py" line="58"/>
        <source>Every staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/audit_tab.py" line="60"/>
        <source>Every action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/audit_tab.py" line="64"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/audit_tab.py" line="65"/>
        <source>Export the selection (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/audit_tab.py" line="66"/>
        <source>Check the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/audit_tab.py" line="67"/>
        <location filename="../ui/privacy/audit_tab.py" line="172"/>
        <source>Seal the log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/audit_tab.py" line="69"/>
        <source>A dated seal of the log as it stands (its last entry&apos;s number and hash, signed with the organization&apos;s key), to keep away from this computer: printed, or given to an auditor. A log later cut or rewritten no longer matches it (cjeapp check --against SEAL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/audit_tab.py" line="79"/>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/audit_tab.py" line="80"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/audit_tab.py" line="82"/>
        <location filename="../ui/privacy/audit_tab.py" line="95"/>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/audit_tab.py" line="83"/>
        <location filename="../ui/privacy/audit_tab.py" line="96"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/audit_tab.py" line="84"/>
        <source>Record kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/audit_tab.py" line="86"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/audit_tab.py" line="94"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/audit_tab.py" line="97"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/audit_tab.py" line="97"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/audit_tab.py" line="150"/>
        <source>%1 entries match; the newest %2 are shown. Narrow the period or export the selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/audit_tab.py" line="155"/>
        <source>%1 entries match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/audit_tab.py" line="164"/>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/audit_tab.py" line="173"/>
        <source>Seal of the audit log (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/audit_tab.py" line="182"/>
        <source>Sealed: %1. Keep this file away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/audit_tab.py" line="192"/>
        <source>Checking every entry…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupBanner</name>
    <message>
        <location filename="../ui/widgets/backup_banner.py" line="37"/>
        <location filename="../ui/widgets/backup_banner.py" line="111"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/backup_banner.py" line="97"/>
        <source>The backup folder %1 cannot be reached: no backup can be made until the key is plugged in or the share connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/backup_banner.py" line="101"/>
        <source>No backup of this database has been made yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/backup_banner.py" line="103"/>
        <source>Backups are late: the last one was made on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/backup_banner.py" line="106"/>
        <source>Check Settings › Backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/backup_banner.py" line="107"/>
        <source>Tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/backup_banner.py" line="111"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../ui/backups.py" line="135"/>
        <source>Backing up the database before closing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backups.py" line="141"/>
        <source>The backup at closing could not be made. Nothing saved is lost: the database itself is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backups.py" line="144"/>
        <source>Backup not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backups.py" line="155"/>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backups.py" line="168"/>
        <source>Nothing was restored; the database is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backups.py" line="173"/>
        <source>The backup of %1 is now the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backups.py" line="176"/>
        <source>The database as it was is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backups.py" line="178"/>
        <source>Sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backups.py" line="179"/>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backups.py" line="187"/>
        <source>The audit logs disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backups.py" line="188"/>
        <source>Restore anyway? The restore will say in the audit log that it was made without holding the backup&apos;s log against the file&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <location filename="../ui/settings/backups_tab.py" line="63"/>
        <source>The program backs up the database when it closes and once a day while it is open. Backups are encrypted like the database: they open only with a staff member&apos;s password or the recovery key. Choose a folder on another disk, a USB key or the office&apos;s network share, so that a lost or broken PC loses nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/backups_tab.py" line="70"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/backups_tab.py" line="78"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/backups_tab.py" line="83"/>
        <location filename="../ui/settings/backups_tab.py" line="211"/>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/backups_tab.py" line="87"/>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/backups_tab.py" line="87"/>
        <source>weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/backups_tab.py" line="88"/>
        <source>monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/backups_tab.py" line="90"/>
        <source>Backups kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/backups_tab.py" line="96"/>
        <source>Warn when the last backup is older than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/backups_tab.py" line="98"/>
        <source>Save the backup settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/backups_tab.py" line="100"/>
        <source>Made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/backups_tab.py" line="102"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/backups_tab.py" line="103"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/backups_tab.py" line="108"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/backups_tab.py" line="109"/>
        <source>Restore the selected backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/backups_tab.py" line="136"/>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/backups_tab.py" line="140"/>
        <location filename="../ui/settings/backups_tab.py" line="171"/>
        <source>Looking at the backup folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/backups_tab.py" line="179"/>
        <source>%1 backups in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/backups_tab.py" line="182"/>
        <source>No backup in %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/backups_tab.py" line="230"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/backups_tab.py" line="244"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/backups_tab.py" line="251"/>
        <source>Backup made and verified: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/backups_tab.py" line="264"/>
        <source>Choose the backup to restore in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/backups_tab.py" line="267"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/backups_tab.py" line="268"/>
        <source>Put the backup of %1 in place of the database?

Everything entered since then will no longer show. The current database is kept aside, encrypted, in %2. Every open window closes and everyone signs in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../ui/dialogs/batch_dialog.py" line="58"/>
        <source>Attestations for the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/batch_dialog.py" line="87"/>
        <source>%n participant(s) completed “%1”. Each gets an attestation in their language: one PDF to print, and one file per person.</source>
        <translation>
            <numerusform>%n participant completed “%1”. They get an attestation in their language: one PDF to print, and one file per person.</numerusform>
            <numerusform>%n participants completed “%1”. Each gets an attestation in their language: one PDF to print, and one file per person.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/batch_dialog.py" line="63"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/batch_dialog.py" line="64"/>
        <source>Make the attestations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/batch_dialog.py" line="71"/>
        <location filename="../ui/dialogs/batch_dialog.py" line="94"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/batch_dialog.py" line="112"/>
        <source>Making the attestations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/batch_dialog.py" line="122"/>
        <source>%1 attestations issued; files in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/batch_dialog.py" line="124"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/batch_dialog.py" line="127"/>
        <source>Stopped: no attestation was issued.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../ui/pages/board_page.py" line="74"/>
        <source>First day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/board_page.py" line="77"/>
        <source>Last day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/board_page.py" line="79"/>
        <source>Every office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/board_page.py" line="80"/>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/board_page.py" line="82"/>
        <source>Every counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/board_page.py" line="83"/>
        <source>Counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/board_page.py" line="84"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/board_page.py" line="85"/>
        <source>PDF for the board…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/board_page.py" line="86"/>
        <source>Spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/board_page.py" line="97"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/board_page.py" line="97"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/board_page.py" line="105"/>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/board_page.py" line="145"/>
        <source>Working out the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/board_page.py" line="157"/>
        <source>%1 to %2, beside %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/board_page.py" line="183"/>
        <source>Caseload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/board_page.py" line="184"/>
        <location filename="../ui/pages/board_page.py" line="239"/>
        <location filename="../ui/pages/board_page.py" line="259"/>
        <source>a year earlier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/board_page.py" line="206"/>
        <source>See the records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/board_page.py" line="207"/>
        <source>See the records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/board_page.py" line="211"/>
        <source>Click a bar to see its records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/board_page.py" line="247"/>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/board_page.py" line="248"/>
        <source>A year earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/board_page.py" line="281"/>
        <source>Writing the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/board_page.py" line="288"/>
        <source>Spreadsheet (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/board_page.py" line="290"/>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/board_page.py" line="291"/>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardRecordsDialog</name>
    <message>
        <location filename="../ui/dialogs/board_records.py" line="56"/>
        <source>Records behind the board: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/board_records.py" line="60"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/board_records.py" line="61"/>
        <source>&amp;Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/board_records.py" line="66"/>
        <source>Records behind the figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/board_records.py" line="68"/>
        <source>Open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/board_records.py" line="69"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/board_records.py" line="108"/>
        <source>Reading the records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/board_records.py" line="119"/>
        <source>%1 records; the first %2 are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/board_records.py" line="123"/>
        <source>%Ln record(s).</source>
        <translation>
            <numerusform>%Ln record.</numerusform>
            <numerusform>%Ln records.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/board_records.py" line="125"/>
        <source>No record behind this figure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingDecisionDialog</name>
    <message>
        <location filename="../ui/dialogs/decision_dialogs.py" line="76"/>
        <source>Decide a double booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/decision_dialogs.py" line="117"/>
        <source>%1 has two appointments at the same time. Choose the one that does not stay, then move it to a free time or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/decision_dialogs.py" line="80"/>
        <source>The appointment that does not stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/decision_dialogs.py" line="122"/>
        <source>Booked by phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/decision_dialogs.py" line="83"/>
        <source>What becomes of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/decision_dialogs.py" line="85"/>
        <source>Move it to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/decision_dialogs.py" line="87"/>
        <source>Free time to move it to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/decision_dialogs.py" line="88"/>
        <source>Cancel it, because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/decision_dialogs.py" line="89"/>
        <source>Booked twice at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/decision_dialogs.py" line="90"/>
        <source>Reason for cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/decision_dialogs.py" line="100"/>
        <source>Apply the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/decision_dialogs.py" line="132"/>
        <source>booked or changed by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/decision_dialogs.py" line="168"/>
        <source>No free time in the next ten days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/decision_dialogs.py" line="169"/>
        <source>Tell %1 of the change (phone: %2). The counsellor&apos;s calendar gets the change at its next export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/decision_dialogs.py" line="176"/>
        <source>Choose the appointment that does not stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/decision_dialogs.py" line="182"/>
        <source>No free time is offered: cancel it instead, or move it from the Agenda.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../ui/dialogs/booking_dialog.py" line="57"/>
        <source>Move the appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/booking_dialog.py" line="58"/>
        <source>Book an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/booking_dialog.py" line="73"/>
        <source>No free time that day for this length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/booking_dialog.py" line="75"/>
        <source>Next open day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/booking_dialog.py" line="81"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/booking_dialog.py" line="83"/>
        <source>Counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/booking_dialog.py" line="84"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/booking_dialog.py" line="85"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/booking_dialog.py" line="86"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/booking_dialog.py" line="87"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/booking_dialog.py" line="88"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/booking_dialog.py" line="93"/>
        <source>Free times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/booking_dialog.py" line="96"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/booking_dialog.py" line="96"/>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/booking_dialog.py" line="97"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/booking_dialog.py" line="111"/>
        <source>Appointment slip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/booking_dialog.py" line="112"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/booking_dialog.py" line="119"/>
        <source>Give the person their slip: the day, the time, the address, what to bring and the interpreter, in their language when it is written in it, else in French and English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/booking_dialog.py" line="285"/>
        <source>Moved: %1, %2 from %3 to %4, with %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/booking_dialog.py" line="286"/>
        <source>Booked: %1, %2 from %3 to %4, with %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/booking_dialog.py" line="291"/>
        <source>Appointment booked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../ui/settings/calendar_tab.py" line="36"/>
        <source>Quebec&apos;s statutory holidays are built in. Add the days the organization is closed; deadlines (72 business hours, five business days) skip them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_tab.py" line="40"/>
        <source>Closed on Good Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_tab.py" line="41"/>
        <source>Closed on Easter Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_tab.py" line="43"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_tab.py" line="45"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_tab.py" line="46"/>
        <location filename="../ui/settings/calendar_tab.py" line="61"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_tab.py" line="51"/>
        <source>e.g. Holiday break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_tab.py" line="54"/>
        <source>Add the closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_tab.py" line="55"/>
        <source>Remove the selected closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_tab.py" line="56"/>
        <source>Save the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_tab.py" line="59"/>
        <source>Closed from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_tab.py" line="60"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_tab.py" line="110"/>
        <source>Not saved yet: press Save the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_tab.py" line="124"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapacityDecisionDialog</name>
    <message>
        <location filename="../ui/dialogs/decision_dialogs.py" line="204"/>
        <source>Decide who goes on the waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/decision_dialogs.py" line="234"/>
        <source>« %1 » has %2 places and %3 people enrolled. Tick the %4 who go to the head of the waiting list; tell them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/decision_dialogs.py" line="210"/>
        <source>People enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/decision_dialogs.py" line="218"/>
        <source>Put them on the waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/decision_dialogs.py" line="255"/>
        <source>Tick exactly %1 people: as many as there are people enrolled beyond the places.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="259"/>
        <source>The check, row by row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="262"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="263"/>
        <source>Nothing is imported yet. Fix the file for the rows in error (the report lists them), or leave them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="269"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="270"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="272"/>
        <source>Row is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="273"/>
        <source>What to fix, or what it may be a copy of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="277"/>
        <source>Import the good rows and leave out those in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="278"/>
        <source>Save the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="308"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="318"/>
        <source>Rows: %1 — ready: %2, likely duplicates: %3, in error: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="332"/>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientColumns</name>
    <message>
        <location filename="../ui/models/client_tables.py" line="21"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/client_tables.py" line="22"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/client_tables.py" line="23"/>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/client_tables.py" line="24"/>
        <source>Counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/client_tables.py" line="25"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/client_tables.py" line="26"/>
        <source>MIFI number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientFileWindow</name>
    <message>
        <location filename="../ui/client_file/window.py" line="96"/>
        <source>Needs assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/window.py" line="99"/>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/window.py" line="101"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/window.py" line="103"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/window.py" line="105"/>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/window.py" line="107"/>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/window.py" line="110"/>
        <source>Appointments and requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/window.py" line="112"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/window.py" line="114"/>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/window.py" line="116"/>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/window.py" line="120"/>
        <source>Confidential notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/window.py" line="122"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/window.py" line="128"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/window.py" line="160"/>
        <source>Furniture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/window.py" line="174"/>
        <source>Copied from the e-mail: %1. Check them, then press Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/window.py" line="248"/>
        <source>File — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/window.py" line="253"/>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/window.py" line="256"/>
        <source>MIFI no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/window.py" line="258"/>
        <source>interpreter needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/window.py" line="296"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/window.py" line="315"/>
        <source>Some fields need a correction; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/window.py" line="323"/>
        <source>Unsaved changes: Ctrl+S saves them, Esc again closes without saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/window.py" line="337"/>
        <source>Unsaved changes: save them, or close again to discard them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <location filename="../ui/pages/clients_page.py" line="35"/>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/clients_page.py" line="43"/>
        <source>Open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/clients_page.py" line="81"/>
        <source>%n result(s) shown</source>
        <translation>
            <numerusform>%n result shown</numerusform>
            <numerusform>%n results shown</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/clients_page.py" line="92"/>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <location filename="../ui/client_file/consents_tab.py" line="52"/>
        <location filename="../ui/client_file/consents_tab.py" line="74"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/consents_tab.py" line="53"/>
        <location filename="../ui/client_file/consents_tab.py" line="75"/>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/consents_tab.py" line="54"/>
        <location filename="../ui/client_file/consents_tab.py" line="76"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/consents_tab.py" line="55"/>
        <location filename="../ui/client_file/consents_tab.py" line="77"/>
        <source>Explained in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/consents_tab.py" line="56"/>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/consents_tab.py" line="57"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/consents_tab.py" line="58"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/consents_tab.py" line="61"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/consents_tab.py" line="78"/>
        <source>Partner (for a referral)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/consents_tab.py" line="80"/>
        <source>Expires on (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/consents_tab.py" line="82"/>
        <source>Record the consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/consents_tab.py" line="83"/>
        <source>Withdraw the selected consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/consents_tab.py" line="61"/>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/consents_tab.py" line="62"/>
        <source>Not valid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../ui/crash_dialog.py" line="29"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/crash_dialog.py" line="32"/>
        <source>Something unexpected stopped the last action (%1). What was saved before is not lost; the action that failed was not recorded, so do it again if it is still needed.

The program keeps running. The log is here:
%2

If it happens again, copy the report below and send it to whoever helps you: it holds no one&apos;s personal information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/crash_dialog.py" line="38"/>
        <source>(no log file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/crash_dialog.py" line="40"/>
        <source>Copy the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/crash_dialog.py" line="41"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/crash_dialog.py" line="58"/>
        <source>Report copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../ui/widgets/date_field.py" line="63"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/date_field.py" line="64"/>
        <source>Type the date (2026-11-22, 22/11/2026 or 22 novembre 2026) or choose it in the calendar (Alt+Down).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/date_field.py" line="67"/>
        <source>Choose in a calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <location filename="../ui/pages/desk_page.py" line="56"/>
        <source>New person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/desk_page.py" line="61"/>
        <source>People found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/desk_page.py" line="62"/>
        <source>Open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/desk_page.py" line="63"/>
        <source>Book an appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/desk_page.py" line="65"/>
        <source>Reason for the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/desk_page.py" line="66"/>
        <source>Add to waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/desk_page.py" line="76"/>
        <source>Take the next person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/desk_page.py" line="77"/>
        <source>Take this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/desk_page.py" line="79"/>
        <source>Outcome of the visit (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/desk_page.py" line="80"/>
        <source>End the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/desk_page.py" line="81"/>
        <source>Left without being seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/desk_page.py" line="110"/>
        <source>Waiting list and today&apos;s visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/desk_page.py" line="117"/>
        <source>Reception desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/desk_page.py" line="200"/>
        <location filename="../ui/pages/desk_page.py" line="229"/>
        <source>Choose a person in the results first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/desk_page.py" line="206"/>
        <source>Appointment booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/desk_page.py" line="242"/>
        <source>Enter the reason for the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/desk_page.py" line="238"/>
        <source>Added to the waiting list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/desk_page.py" line="258"/>
        <source>%1 is with you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskSessions</name>
    <message>
        <location filename="../ui/desk_sessions.py" line="43"/>
        <location filename="../ui/desk_sessions.py" line="62"/>
        <source>Change person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/desk_sessions.py" line="63"/>
        <source>Your role changed since your session was put aside: it opens again with your new role; what it held unsaved is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/desk_sessions.py" line="92"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/desk_sessions.py" line="93"/>
        <source>The sessions of %1 are still open at this computer, locked. Quitting closes them too, and what they have not saved is lost. Quit anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../ui/client_file/documents_tab.py" line="66"/>
        <location filename="../ui/client_file/documents_tab.py" line="156"/>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/documents_tab.py" line="66"/>
        <location filename="../ui/client_file/documents_tab.py" line="156"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/documents_tab.py" line="67"/>
        <location filename="../ui/client_file/documents_tab.py" line="163"/>
        <source>The person&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/documents_tab.py" line="76"/>
        <location filename="../ui/client_file/documents_tab.py" line="86"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/documents_tab.py" line="77"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/documents_tab.py" line="78"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/documents_tab.py" line="79"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/documents_tab.py" line="80"/>
        <source>Services from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/documents_tab.py" line="81"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/documents_tab.py" line="82"/>
        <source>Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/documents_tab.py" line="85"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/documents_tab.py" line="87"/>
        <location filename="../ui/client_file/documents_tab.py" line="151"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/documents_tab.py" line="89"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/documents_tab.py" line="91"/>
        <source>Reprint a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/documents_tab.py" line="93"/>
        <source>Why the document is revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/documents_tab.py" line="94"/>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/documents_tab.py" line="105"/>
        <source>Register of documents issued to this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/documents_tab.py" line="111"/>
        <source>Is a printed or e-mailed attestation genuine? Drop its PDF here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/documents_tab.py" line="150"/>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/documents_tab.py" line="151"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/documents_tab.py" line="219"/>
        <source>Document %1 issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/documents_tab.py" line="226"/>
        <source>Choose a document in the register first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateChoices</name>
    <message>
        <location filename="../ui/dialogs/import_duplicates.py" line="43"/>
        <source>Likely duplicates: choose what to do with each (left out unless you choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_duplicates.py" line="45"/>
        <source>Leave it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_duplicates.py" line="46"/>
        <source>Create it anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_duplicates.py" line="49"/>
        <source>Link it to the existing file (nothing changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_duplicates.py" line="51"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_duplicates.py" line="52"/>
        <source>Row is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_duplicates.py" line="53"/>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_duplicates.py" line="56"/>
        <source>May be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_duplicates.py" line="59"/>
        <source>What to do with the selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_duplicates.py" line="62"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_duplicates.py" line="67"/>
        <source>Kept if merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_duplicates.py" line="69"/>
        <source>The row beside the existing file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_duplicates.py" line="70"/>
        <source>The existing file&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_duplicates.py" line="71"/>
        <source>This row&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_duplicates.py" line="72"/>
        <source>Value kept for the selected field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_duplicates.py" line="87"/>
        <source>For the selected field, keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_duplicates.py" line="127"/>
        <source>The row beside the existing file. Merging fills the file&apos;s empty fields (in green); where both have a value (in orange), the file&apos;s stays unless you choose the row&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_duplicates.py" line="60"/>
        <location filename="../ui/dialogs/import_duplicates.py" line="63"/>
        <source>This row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_duplicates.py" line="47"/>
        <source>Merge into the existing file (empty fields filled, other differences as you choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_duplicates.py" line="60"/>
        <location filename="../ui/dialogs/import_duplicates.py" line="65"/>
        <source>Existing file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_duplicates.py" line="130"/>
        <source>It may repeat %1. Leave the row out, or create it anyway if it is not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_duplicates.py" line="80"/>
        <source>For the selected row:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <location filename="../ui/models/visits_model.py" line="49"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/visits_model.py" line="50"/>
        <source>%1 h %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <location filename="../ui/dialogs/exchange_dialog.py" line="55"/>
        <source>Exchange with the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exchange_dialog.py" line="56"/>
        <source>%1 changes of this laptop wait for %2. When the office&apos;s database can be reached (the office&apos;s network, or its file), exchange now; otherwise exchange by file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exchange_dialog.py" line="64"/>
        <source>postgresql://…@server/cjeapp, or the office&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exchange_dialog.py" line="69"/>
        <source>The office&apos;s database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exchange_dialog.py" line="70"/>
        <source>Your password at the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exchange_dialog.py" line="71"/>
        <source>Exchange now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exchange_dialog.py" line="73"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exchange_dialog.py" line="74"/>
        <source>Directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exchange_dialog.py" line="78"/>
        <source>Write the file for the office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exchange_dialog.py" line="79"/>
        <source>Import the office&apos;s file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exchange_dialog.py" line="82"/>
        <source>By file (USB key, e-mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exchange_dialog.py" line="102"/>
        <source>Give the office&apos;s database first, or exchange by file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exchange_dialog.py" line="109"/>
        <source>Exchanging with the office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exchange_dialog.py" line="115"/>
        <source>Exchanged: %1 changes sent, %2 received, %3 new conflicts for the coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exchange_dialog.py" line="121"/>
        <source>%1 of your changes were about files the office destroyed under Law 25: not kept, and gone from this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exchange_dialog.py" line="131"/>
        <source>The office could not be reached or refused: %1 Exchange by file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/exchange_dialog.py" line="140"/>
        <source>The office refused %n of this laptop&apos;s changes; the office&apos;s version replaces them here.</source>
        <translation>
            <numerusform>The office refused %n of this laptop&apos;s changes; the office&apos;s version replaces it here.</numerusform>
            <numerusform>The office refused %n of this laptop&apos;s changes; the office&apos;s version replaces them here.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exchange_dialog.py" line="152"/>
        <source>Exchange file (*.cjex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exchange_dialog.py" line="153"/>
        <source>File written for the office: %1 changes. Bring it there; its file comes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exchange_dialog.py" line="168"/>
        <source>Imported: %1 changes from the office; %2 records left this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="75"/>
        <source>Exchanges with the laptops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="77"/>
        <location filename="../ui/pages/exchange_page.py" line="103"/>
        <source>Laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="78"/>
        <source>Counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="79"/>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="80"/>
        <source>Last exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="81"/>
        <location filename="../ui/pages/exchange_page.py" line="288"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="82"/>
        <source>Changes waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="83"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="85"/>
        <source>Register a laptop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="86"/>
        <source>Write the file for this laptop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="87"/>
        <source>Import an exchange file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="88"/>
        <source>Retire this laptop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="89"/>
        <source>A laptop lost, stolen or replaced: its files are refused from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="96"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="97"/>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="98"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="99"/>
        <source>At the office (shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="101"/>
        <source>On the laptop (kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="104"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="107"/>
        <source>Decide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="109"/>
        <source>A double booking or an activity past its capacity: choose which appointment moves or who goes on the waiting list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="111"/>
        <source>Keep the office&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="112"/>
        <source>Take the laptop&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="113"/>
        <source>Open the person&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="114"/>
        <source>Open the office&apos;s other file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="116"/>
        <source>Perhaps one person with two files: the file the office already had, beside the one the laptop made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="131"/>
        <source>Conflicts to decide: both sides changed the same thing. The office&apos;s value is shown until you decide; the laptop&apos;s is kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="165"/>
        <source>(not a person&apos;s file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="169"/>
        <source>Deleted on one side, changed on the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="171"/>
        <source>The counsellor booked twice at that time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="173"/>
        <source>Activity enrolled past its capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="175"/>
        <source>Perhaps one person with two files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="177"/>
        <source>A change the office refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="179"/>
        <source>Another detail of the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="184"/>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="184"/>
        <source>kept, and changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="202"/>
        <source>office: %1 · laptop: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="209"/>
        <source>%1, born %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="223"/>
        <source>The office already had: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="226"/>
        <source>At the office: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="228"/>
        <source>On the laptop: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="241"/>
        <source>Choose a conflict about a person&apos;s file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="265"/>
        <location filename="../ui/pages/exchange_page.py" line="285"/>
        <source>Choose the laptop in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="277"/>
        <source>Exchange file (*.cjex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="278"/>
        <source>File written for %1: %2 changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="290"/>
        <source>Retire a laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="291"/>
        <source>Retire %1? From now on the office refuses its files and writes none for it. What was done on it since its last exchange (%2) will not reach the office. Do this when the laptop is lost, stolen or replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="303"/>
        <source>%1 is retired. If it was lost or stolen, have the password of %2 changed: it opened the laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="307"/>
        <source>Its %1 conflicts below are still to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="326"/>
        <source>%1 changes were about files destroyed under Law 25: not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/exchange_page.py" line="329"/>
        <source>%n change(s) refused: the laptop may not make them (listed below with the reason).</source>
        <translation>
            <numerusform>%n change refused: the laptop may not make it (listed below with the reason).</numerusform>
            <numerusform>%n changes refused: the laptop may not make them (listed below with the reason).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="340"/>
        <source>Choose a double booking or an activity past its capacity in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="369"/>
        <source>Decided; the conflict is closed and the laptop gets the change at its next exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="390"/>
        <source>Exchange file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="391"/>
        <source>Exchange file (*.cjex);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="322"/>
        <source>Imported from %1: %2 changes written, %3 new conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="376"/>
        <source>Choose the conflict in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/exchange_page.py" line="384"/>
        <source>Decided; the laptop gets the value at its next exchange.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileClaim</name>
    <message>
        <location filename="../ui/file_claim.py" line="43"/>
        <source>This file is already open in cjeapp. Use the window already open, or close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/file_claim.py" line="47"/>
        <source>This file is already open in cjeapp on the computer « %1 » (process %2). Use the window already open, or close it first: two programs writing to one file could mix their work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/file_claim.py" line="78"/>
        <source>File already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/file_claim.py" line="80"/>
        <source>The folder of %1 cannot be written: cjeapp needs to write beside the file. Ask whoever manages this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/file_claim.py" line="85"/>
        <source>If that computer stopped without closing cjeapp (a power cut), and nobody is working in this file there now, you may open it here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../ui/dialogs/import_file_page.py" line="49"/>
        <source>The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_file_page.py" line="55"/>
        <source>No file chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_file_page.py" line="57"/>
        <source>Choose the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_file_page.py" line="59"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_file_page.py" line="80"/>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_file_page.py" line="82"/>
        <source>Delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_file_page.py" line="62"/>
        <location filename="../ui/dialogs/import_file_page.py" line="88"/>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_file_page.py" line="50"/>
        <source>An Excel (.xlsx, .xls), LibreOffice (.ods) or CSV file. Its row of column titles is found among the first rows: give another if it is not the right one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_file_page.py" line="66"/>
        <location filename="../ui/dialogs/import_file_page.py" line="67"/>
        <source>Column titles on row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_file_page.py" line="93"/>
        <source>The rows are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_file_page.py" line="122"/>
        <source>Spreadsheet to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_file_page.py" line="123"/>
        <source>Spreadsheets (*.xlsx *.xls *.ods *.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_file_page.py" line="149"/>
        <source>Above them, left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_file_page.py" line="154"/>
        <source>Rows: %1, columns: %2. The first rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_file_page.py" line="162"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../ui/files.py" line="18"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindPersonDialog</name>
    <message>
        <location filename="../ui/dialogs/find_person_dialog.py" line="34"/>
        <source>Find the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/find_person_dialog.py" line="38"/>
        <source>People found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/find_person_dialog.py" line="41"/>
        <source>Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/find_person_dialog.py" line="42"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/find_person_dialog.py" line="77"/>
        <source>Nobody matches. Check the spelling; a person without a file is welcomed at the Reception desk first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/find_person_dialog.py" line="97"/>
        <source>Type a name, a phone number or a MIFI number, then choose the person in the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsDialog</name>
    <message>
        <location filename="../ui/dialogs/findings_dialog.py" line="52"/>
        <location filename="../ui/dialogs/findings_dialog.py" line="62"/>
        <source>Points to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/findings_dialog.py" line="54"/>
        <source>What the check of the database found in records that are otherwise sound. None of these stops a backup; each is someone&apos;s to resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/findings_dialog.py" line="58"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/findings_dialog.py" line="59"/>
        <source>What was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/findings_dialog.py" line="60"/>
        <source>Who resolves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/findings_dialog.py" line="67"/>
        <source>Decide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/findings_dialog.py" line="68"/>
        <source>Open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/findings_dialog.py" line="69"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/findings_dialog.py" line="104"/>
        <source>Checking the records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/findings_dialog.py" line="111"/>
        <source>%n point(s) to resolve.</source>
        <translation>
            <numerusform>%n point to resolve.</numerusform>
            <numerusform>%n points to resolve.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/findings_dialog.py" line="115"/>
        <source>Nothing to resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/findings_dialog.py" line="144"/>
        <source>Choose the point to resolve in the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsStatus</name>
    <message>
        <location filename="../ui/findings_status.py" line="36"/>
        <source>Points to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/findings_status.py" line="39"/>
        <source>&amp;Points to resolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/findings_status.py" line="67"/>
        <source>%n point(s) to resolve</source>
        <translation>
            <numerusform>%n point to resolve</numerusform>
            <numerusform>%n points to resolve</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../ui/first_run_dialog.py" line="39"/>
        <source>Set up cjeapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/first_run_dialog.py" line="40"/>
        <source>This database is new. Enter your organization and create the administrator account. The database will be encrypted: your password opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/first_run_dialog.py" line="46"/>
        <source>e.g. Main office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/first_run_dialog.py" line="54"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/first_run_dialog.py" line="55"/>
        <source>Main office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/first_run_dialog.py" line="56"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/first_run_dialog.py" line="57"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/first_run_dialog.py" line="58"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/first_run_dialog.py" line="59"/>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/first_run_dialog.py" line="79"/>
        <location filename="../ui/first_run_dialog.py" line="106"/>
        <source>The office has a server: connect this PC to it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/first_run_dialog.py" line="83"/>
        <source>In an office with several PCs, every seat works on the office&apos;s PostgreSQL server. Ask the person who runs it for its address (and the password of its role, if it has one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/first_run_dialog.py" line="105"/>
        <source>Set up a database on this PC instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpColumns</name>
    <message>
        <location filename="../ui/models/followups_model.py" line="21"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/followups_model.py" line="22"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/followups_model.py" line="23"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/followups_model.py" line="24"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/followups_model.py" line="25"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/followups_model.py" line="26"/>
        <source>Counsellor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpKind</name>
    <message>
        <location filename="../ui/models/followups_model.py" line="28"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/followups_model.py" line="29"/>
        <source>Plan follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/followups_model.py" line="30"/>
        <source>First meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <location filename="../ui/pages/followups_page.py" line="44"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/followups_page.py" line="45"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/followups_page.py" line="50"/>
        <source>Open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/followups_page.py" line="52"/>
        <source>Answer given (closes the request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/followups_page.py" line="53"/>
        <source>Close the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/followups_page.py" line="57"/>
        <source>Counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/followups_page.py" line="59"/>
        <source>Files with open work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/followups_page.py" line="61"/>
        <source>Hours booked this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/followups_page.py" line="64"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/followups_page.py" line="80"/>
        <source>Load per counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/followups_page.py" line="108"/>
        <source>%1 open, %2 overdue, %3 due later today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/followups_page.py" line="125"/>
        <source>Choose a request in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/followups_page.py" line="133"/>
        <source>Write the answer given before closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/followups_page.py" line="141"/>
        <source>Request closed after %1 h, on time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/followups_page.py" line="142"/>
        <source>Request closed after %1 h, late.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunderMarks</name>
    <message>
        <location filename="../ui/client_file/funder_marks.py" line="23"/>
        <source>The organization&apos;s policy gives every person a counsellor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/funder_marks.py" line="25"/>
        <source>The funder&apos;s package requires it for every person served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/funder_marks.py" line="33"/>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/funder_marks.py" line="44"/>
        <source>* asked for every person: the funder&apos;s package or the organization&apos;s policy requires it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/funder_marks.py" line="55"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/funder_marks.py" line="58"/>
        <source>For the funder&apos;s package (saved all the same):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/funder_marks.py" line="71"/>
        <source>What the funder&apos;s package will say of this person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdTab</name>
    <message>
        <location filename="../ui/client_file/household_tab.py" line="39"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/household_tab.py" line="40"/>
        <location filename="../ui/client_file/household_tab.py" line="59"/>
        <location filename="../ui/client_file/household_tab.py" line="79"/>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/household_tab.py" line="42"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/household_tab.py" line="43"/>
        <location filename="../ui/client_file/household_tab.py" line="60"/>
        <source>School or daycare need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/household_tab.py" line="45"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/household_tab.py" line="56"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/household_tab.py" line="57"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/household_tab.py" line="58"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/household_tab.py" line="61"/>
        <source>School or daycare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/household_tab.py" line="62"/>
        <source>Add to the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/household_tab.py" line="63"/>
        <source>Remove the selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/household_tab.py" line="75"/>
        <source>Link this file to the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/household_tab.py" line="77"/>
        <source>Person with a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/household_tab.py" line="84"/>
        <source>Someone without a file (a child, for example)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/household_tab.py" line="88"/>
        <source>Someone who already has a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/household_tab.py" line="129"/>
        <source>Find the person by name, phone or MIFI number, then choose them in the list beside.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HousingTab</name>
    <message>
        <location filename="../ui/client_file/housing_tab.py" line="55"/>
        <source>Help with furnishing is no longer offered. For furniture, refer the person to a partner organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/housing_tab.py" line="59"/>
        <source>Refer for furniture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/housing_tab.py" line="64"/>
        <location filename="../ui/client_file/housing_tab.py" line="99"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/housing_tab.py" line="66"/>
        <location filename="../ui/client_file/housing_tab.py" line="98"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/housing_tab.py" line="67"/>
        <location filename="../ui/client_file/housing_tab.py" line="100"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/housing_tab.py" line="68"/>
        <location filename="../ui/client_file/housing_tab.py" line="101"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/housing_tab.py" line="76"/>
        <source>Accessibility needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/housing_tab.py" line="77"/>
        <source>Pets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/housing_tab.py" line="78"/>
        <source>Near public transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/housing_tab.py" line="79"/>
        <source>Open a housing search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/housing_tab.py" line="84"/>
        <source>Add the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/housing_tab.py" line="87"/>
        <source>People in the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/housing_tab.py" line="89"/>
        <source>Monthly budget ($)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/housing_tab.py" line="91"/>
        <source>Area wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/housing_tab.py" line="92"/>
        <source>End of temporary lodging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/housing_tab.py" line="134"/>
        <source>No housing search yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/housing_tab.py" line="137"/>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/housing_tab.py" line="142"/>
        <source>temporary lodging ends %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="353"/>
        <source>The import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="357"/>
        <source>Stop (nothing will be imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="380"/>
        <source>Stopped: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="384"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="400"/>
        <source>Rows imported: %1 (existing files completed: %3, linked: %4); rows left out: %2. The batch can be undone for 30 days in Import, as long as nobody has worked on what it brought.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="425"/>
        <source>Import from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportsPage</name>
    <message>
        <location filename="../ui/pages/imports_page.py" line="35"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/imports_page.py" line="44"/>
        <source>Imported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/imports_page.py" line="48"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/imports_page.py" line="49"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/imports_page.py" line="52"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/imports_page.py" line="54"/>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/imports_page.py" line="37"/>
        <source>Bring in the lists kept in Excel, LibreOffice or CSV files — people, services given, activity attendance, partners: each row is checked as its screen checks it, likely duplicates are shown beside the existing file, and the whole file is imported at once or not at all. A batch can be undone for 30 days, as long as nobody has worked on what it brought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/imports_page.py" line="46"/>
        <source>Rows of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/imports_page.py" line="50"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/imports_page.py" line="57"/>
        <source>Import from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/imports_page.py" line="58"/>
        <source>Undo the selected import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/imports_page.py" line="68"/>
        <source>Find an import (file, person…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/imports_page.py" line="96"/>
        <source>Choose the import to undo in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/imports_page.py" line="99"/>
        <source>Undo an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/imports_page.py" line="100"/>
        <source>Undo the import of %2 (%1 rows)? What it created goes to the tombstones, as a deletion does, and the files it completed get their empty fields back; the audit log keeps the trace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/imports_page.py" line="113"/>
        <source>Import undone; rows undone: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentsTab</name>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="48"/>
        <source>Risk of serious injury only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="50"/>
        <source>Words in the nature or the information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="52"/>
        <source>Known on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="54"/>
        <source>Nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="55"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="58"/>
        <source>Serious risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="58"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="59"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="60"/>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="67"/>
        <source>Sensitivity of the information, how it may be misused, what the consequences could be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="72"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="73"/>
        <source>The incident presents a risk of serious injury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="77"/>
        <source>Became known on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="78"/>
        <source>Occurred on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="79"/>
        <source>Nature of the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="80"/>
        <source>Circumstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="81"/>
        <source>Information concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="83"/>
        <source>People concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="84"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="85"/>
        <source>Why (or why not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="86"/>
        <source>Commission notified on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="88"/>
        <source>People notified on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="90"/>
        <source>Notices sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="91"/>
        <source>Measures taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="94"/>
        <source>Record as a new incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="95"/>
        <source>Save the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="96"/>
        <source>Empty the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="97"/>
        <source>Export the register (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="139"/>
        <source>Not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="141"/>
        <source>To send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="143"/>
        <source>Sent on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="202"/>
        <source>Incident recorded in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="207"/>
        <source>Choose an incident in the register first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="217"/>
        <source>Changes saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/incidents_tab.py" line="226"/>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../ui/dialogs/intake_dialog.py" line="62"/>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/intake_dialog.py" line="81"/>
        <source>e.g. prefers not to say; no interpreter today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/intake_dialog.py" line="83"/>
        <source>e.g. help with the RAMQ card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/intake_dialog.py" line="84"/>
        <source>Open the file afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/intake_dialog.py" line="98"/>
        <source>Reason for the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/intake_dialog.py" line="101"/>
        <source>These files may be the same person. Use one of them, or create a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/intake_dialog.py" line="108"/>
        <source>Use this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/intake_dialog.py" line="112"/>
        <location filename="../ui/dialogs/intake_dialog.py" line="226"/>
        <source>Create the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/intake_dialog.py" line="113"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/intake_dialog.py" line="220"/>
        <source>Create a new file anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobPanel</name>
    <message>
        <location filename="../ui/widgets/job_panel.py" line="49"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/job_panel.py" line="92"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../ui/dialogs/keys_dialog.py" line="33"/>
        <source>Hand the keys to colleagues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keys_dialog.py" line="35"/>
        <source>These colleagues have chosen their password, and wait for the keys that open the confidential notes and sign for the organization. Hand them over only to someone you know has just set up their account (a new colleague, a password reset): a key pair you do not recognize may have been planted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keys_dialog.py" line="42"/>
        <source>Colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keys_dialog.py" line="43"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keys_dialog.py" line="44"/>
        <source>Key pair made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keys_dialog.py" line="46"/>
        <source>Already holds the keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keys_dialog.py" line="47"/>
        <source>yes, on another key pair: ask them before handing over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keys_dialog.py" line="48"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keys_dialog.py" line="50"/>
        <source>Colleagues waiting for the keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keys_dialog.py" line="53"/>
        <source>Hand over the keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keys_dialog.py" line="54"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/keys_dialog.py" line="78"/>
        <source>%n colleague(s) waiting.</source>
        <translation>
            <numerusform>%n colleague waiting.</numerusform>
            <numerusform>%n colleagues waiting.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keys_dialog.py" line="79"/>
        <source>Nobody is waiting for the keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/keys_dialog.py" line="102"/>
        <source>{name} has the keys from now on (at their next sign-in).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageList</name>
    <message>
        <location filename="../ui/client_file/form_fields.py" line="47"/>
        <source>Another language: type its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/form_fields.py" line="48"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/form_fields.py" line="78"/>
        <source>Choose a language in the list that opens as you type.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../ui/widgets/language_picker.py" line="41"/>
        <source>Type a language&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaptopBackupsDialog</name>
    <message>
        <location filename="../ui/dialogs/laptop_backups_dialog.py" line="22"/>
        <source>Backups of this laptop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaptopExchange</name>
    <message>
        <location filename="../ui/laptop_exchange.py" line="76"/>
        <source>E&amp;xchange with the office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/laptop_exchange.py" line="78"/>
        <source>&amp;Backups of this laptop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/laptop_exchange.py" line="68"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/laptop_exchange.py" line="69"/>
        <source>Last exchange: %1 · %2 changes waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <location filename="../ui/about_dialog.py" line="34"/>
        <source>Licences of the components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="38"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../ui/lock.py" line="76"/>
        <source>Session locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lock.py" line="78"/>
        <source>The session of %1 is locked. Type your password to go on where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lock.py" line="85"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lock.py" line="86"/>
        <source>Change person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lock.py" line="88"/>
        <source>A colleague signs in at this computer; this session stays locked, kept as it is, until its owner signs in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lock.py" line="118"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lock.py" line="132"/>
        <source>Type your password to unlock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="160"/>
        <source>cjeapp — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="99"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="135"/>
        <source>Colleagues waiting for the keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="182"/>
        <source>Integrity check of the database: no problem found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="202"/>
        <source>%n colleague(s) waiting for the keys</source>
        <translation>
            <numerusform>%n colleague waiting for the keys</numerusform>
            <numerusform>%n colleagues waiting for the keys</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="215"/>
        <source>Damaged database: make no changes and call for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="379"/>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="380"/>
        <source>&amp;Find a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="385"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="388"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="391"/>
        <source>&amp;Change person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="394"/>
        <source>Hand the &amp;keys to colleagues…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="403"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="404"/>
        <source>&amp;About cjeapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="519"/>
        <source>Backup made and verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="537"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="538"/>
        <source>Nothing was restored: finish or close the open windows, then restore again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="80"/>
        <source>Which column is which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="81"/>
        <source>Proposed from the column titles; change what is wrong. Then translate the file&apos;s words the program does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="87"/>
        <source>Saved mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="93"/>
        <source>Words of the file to translate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="99"/>
        <source>e.g. Liste de Julie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="100"/>
        <source>Save this mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="112"/>
        <source>Keep it as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="157"/>
        <source>Proposed from the titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="178"/>
        <source>— not in the file —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="233"/>
        <source>Words of the file to translate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="235"/>
        <source>Every word of the file is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/import_wizard.py" line="246"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../ui/messages.py" line="23"/>
        <source>Cannot continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../ui/navigation.py" line="26"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/navigation.py" line="27"/>
        <source>Reception desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/navigation.py" line="28"/>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/navigation.py" line="29"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/navigation.py" line="30"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/navigation.py" line="32"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/navigation.py" line="34"/>
        <source>Transport and housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/navigation.py" line="36"/>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/navigation.py" line="37"/>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/navigation.py" line="39"/>
        <source>Exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/navigation.py" line="41"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/navigation.py" line="42"/>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/navigation.py" line="43"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/navigation.py" line="44"/>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/navigation.py" line="45"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../ui/client_file/notes_tab.py" line="30"/>
        <source>Confidential: only counsellors, coordination and direction read these notes. Each reading is logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/notes_tab.py" line="36"/>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/notes_tab.py" line="40"/>
        <source>Add the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/notes_tab.py" line="71"/>
        <source>(sealed with a case-notes key you have not been given yet: a colleague who reads the notes passes it on when they next sign in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/notes_tab.py" line="74"/>
        <source>(not sealed: kept in clear before the notes were sealed, or written outside the program) {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficesTab</name>
    <message>
        <location filename="../ui/settings/offices_tab.py" line="37"/>
        <source>Point of service (outside the main office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/offices_tab.py" line="41"/>
        <source>Add the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/offices_tab.py" line="43"/>
        <source>This computer is at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/offices_tab.py" line="44"/>
        <source>New office or point of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/offices_tab.py" line="45"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/offices_tab.py" line="46"/>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/offices_tab.py" line="48"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/offices_tab.py" line="69"/>
        <source>point of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/offices_tab.py" line="70"/>
        <source>office</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationTab</name>
    <message>
        <location filename="../ui/settings/organization_tab.py" line="38"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/organization_tab.py" line="38"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/organization_tab.py" line="38"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/organization_tab.py" line="38"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/organization_tab.py" line="39"/>
        <source>MIFI agreement number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/organization_tab.py" line="40"/>
        <source>Person in charge of personal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/organization_tab.py" line="40"/>
        <source>Their title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/organization_tab.py" line="41"/>
        <source>How to reach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/organization_tab.py" line="41"/>
        <source>Who signs documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/organization_tab.py" line="42"/>
        <source>Signer&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/organization_tab.py" line="42"/>
        <source>Signer&apos;s title in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/organization_tab.py" line="45"/>
        <source>Printed under the signature on documents in English (for example, Executive Director); the French title is printed when it is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/organization_tab.py" line="56"/>
        <source>Optional. The QR code of each new document begins with this address, so a phone opens your verification page; the signed text after it can be checked with your public key alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/organization_tab.py" line="59"/>
        <source>Address for checking documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/organization_tab.py" line="61"/>
        <source>Logo for documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/organization_tab.py" line="62"/>
        <source>Scanned signature…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/organization_tab.py" line="63"/>
        <source>Remove logo and signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/organization_tab.py" line="68"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/organization_tab.py" line="102"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/organization_tab.py" line="131"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageFindings</name>
    <message>
        <location filename="../ui/pages/package_findings.py" line="49"/>
        <source>Problems found, by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/package_findings.py" line="51"/>
        <source>Field and problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/package_findings.py" line="56"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/package_findings.py" line="58"/>
        <source>Opens the next person&apos;s file concerned by the chosen kind of problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/package_findings.py" line="60"/>
        <source>Where the walk is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/package_findings.py" line="107"/>
        <source>%1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/package_findings.py" line="109"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/package_findings.py" line="110"/>
        <source>%n rows</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/package_findings.py" line="162"/>
        <source>Every person of this kind was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/package_findings.py" line="167"/>
        <source>Person %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <location filename="../ui/pages/partners_page.py" line="42"/>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/partners_page.py" line="44"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/partners_page.py" line="47"/>
        <location filename="../ui/pages/partners_page.py" line="58"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/partners_page.py" line="48"/>
        <location filename="../ui/pages/partners_page.py" line="58"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/partners_page.py" line="49"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/partners_page.py" line="50"/>
        <location filename="../ui/pages/partners_page.py" line="59"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/partners_page.py" line="51"/>
        <location filename="../ui/pages/partners_page.py" line="59"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/partners_page.py" line="58"/>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/partners_page.py" line="59"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/partners_page.py" line="60"/>
        <source>What they offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/partners_page.py" line="65"/>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/partners_page.py" line="66"/>
        <source>Add as a new partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/partners_page.py" line="67"/>
        <source>Remove from the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/partners_page.py" line="78"/>
        <source>Find a partner (name, contact, phone…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/partners_page.py" line="142"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/partners_page.py" line="149"/>
        <source>Choose a partner in the list, or add a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../ui/dialogs/pdf_preview.py" line="80"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/pdf_preview.py" line="81"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/pdf_preview.py" line="82"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../ui/widgets/person_picker.py" line="28"/>
        <source>Name, phone or MIFI number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../ui/pages/placeholder.py" line="16"/>
        <source>This screen is not available yet in this version of cjeapp. The data it will use is already kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../ui/client_file/plan_tab.py" line="60"/>
        <location filename="../ui/client_file/plan_tab.py" line="78"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/plan_tab.py" line="60"/>
        <location filename="../ui/client_file/plan_tab.py" line="82"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/plan_tab.py" line="60"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/plan_tab.py" line="61"/>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/plan_tab.py" line="61"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/plan_tab.py" line="78"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/plan_tab.py" line="79"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/plan_tab.py" line="80"/>
        <source>Who does them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/plan_tab.py" line="81"/>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/plan_tab.py" line="83"/>
        <source>Why abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/plan_tab.py" line="84"/>
        <source>Next reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/plan_tab.py" line="87"/>
        <source>Save the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/plan_tab.py" line="88"/>
        <source>Add as a new item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/plan_tab.py" line="90"/>
        <source>Why the plan is adjusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/plan_tab.py" line="91"/>
        <source>Adjust the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/plan_tab.py" line="92"/>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/plan_tab.py" line="92"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/plan_tab.py" line="94"/>
        <source>Print the plan (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/plan_tab.py" line="111"/>
        <source>History of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/plan_tab.py" line="219"/>
        <source>Choose an item in the plan first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/plan_tab.py" line="246"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesTab</name>
    <message>
        <location filename="../ui/settings/preferences_tab.py" line="50"/>
        <source>Set this amount from this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_tab.py" line="58"/>
        <source>Set this rate from this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_tab.py" line="61"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_tab.py" line="63"/>
        <source>Language of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_tab.py" line="64"/>
        <source>Lock an idle session after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_tab.py" line="65"/>
        <source>Objectif Intégration allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_tab.py" line="66"/>
        <location filename="../ui/settings/preferences_tab.py" line="69"/>
        <source>In force from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_tab.py" line="68"/>
        <source>Mileage rate (own car)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_tab.py" line="102"/>
        <source>Type the date from which the amount applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_tab.py" line="106"/>
        <source>Allowance of %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_tab.py" line="120"/>
        <source>Type the date from which the rate applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_tab.py" line="126"/>
        <source>Mileage rate of %1 per km from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_tab.py" line="139"/>
        <source>Saved. The new language applies at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/preferences_tab.py" line="140"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../ui/pages/privacy_page.py" line="26"/>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/privacy_page.py" line="34"/>
        <source>Requests from people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/privacy_page.py" line="37"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/privacy_page.py" line="41"/>
        <source>Confidentiality incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/privacy_page.py" line="43"/>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePages</name>
    <message>
        <location filename="../ui/client_file/profile_tabs.py" line="76"/>
        <source>Empty once every field marked * is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/profile_tabs.py" line="87"/>
        <source>Social insurance number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/profile_tabs.py" line="88"/>
        <source>RAMQ health card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/profile_tabs.py" line="89"/>
        <source>Driver&apos;s licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/profile_tabs.py" line="90"/>
        <source>Bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/profile_tabs.py" line="97"/>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/profile_tabs.py" line="97"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/profile_tabs.py" line="99"/>
        <source>An interpreter is needed for appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/profile_tabs.py" line="112"/>
        <source>Identity and contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/profile_tabs.py" line="112"/>
        <source>Immigration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/profile_tabs.py" line="113"/>
        <source>Languages and French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/profile_tabs.py" line="113"/>
        <source>Counsellor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../ui/recovery_dialogs.py" line="31"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/recovery_dialogs.py" line="33"/>
        <source>The database is encrypted: without a staff password or this recovery key, nobody can read it. If every password is lost, this key is the only way back in. Write it down now and keep it under lock, away from this computer. It will not be shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/recovery_dialogs.py" line="45"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/recovery_dialogs.py" line="47"/>
        <source>I have written the recovery key down in a safe place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralDetailsDialog</name>
    <message>
        <location filename="../ui/dialogs/referral_details_dialog.py" line="53"/>
        <source>Details found in the e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/referral_details_dialog.py" line="56"/>
        <source>Tick what to copy into the file. What the file already holds stays unless you tick it; languages are added to those already there. Nothing is saved until you press Save in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/referral_details_dialog.py" line="61"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/referral_details_dialog.py" line="61"/>
        <source>In the e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/referral_details_dialog.py" line="62"/>
        <source>In the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/referral_details_dialog.py" line="78"/>
        <source>The name in the e-mail is not the one in the file: make sure the e-mail is about this person before copying anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/referral_details_dialog.py" line="87"/>
        <source>Copy into the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <location filename="../ui/client_file/referrals_tab.py" line="42"/>
        <source>Referred on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/referrals_tab.py" line="44"/>
        <location filename="../ui/client_file/referrals_tab.py" line="58"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/referrals_tab.py" line="45"/>
        <location filename="../ui/client_file/referrals_tab.py" line="59"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/referrals_tab.py" line="46"/>
        <source>Answer expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/referrals_tab.py" line="49"/>
        <location filename="../ui/client_file/referrals_tab.py" line="65"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/referrals_tab.py" line="60"/>
        <source>Answer expected by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/referrals_tab.py" line="62"/>
        <source>Plan item (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/referrals_tab.py" line="63"/>
        <source>Refer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/referrals_tab.py" line="66"/>
        <source>Set the outcome of the selected referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/referrals_tab.py" line="113"/>
        <source>Referral recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/referrals_tab.py" line="120"/>
        <source>Choose a referral in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterLaptopDialog</name>
    <message>
        <location filename="../ui/dialogs/register_laptop_dialog.py" line="43"/>
        <source>Register a laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/register_laptop_dialog.py" line="45"/>
        <source>The laptop gets its counsellor&apos;s files and what everyone shares (staff names, partners, activities), nothing else. Its database is written encrypted: carry it to the laptop, where the counsellor opens it with their own password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/register_laptop_dialog.py" line="51"/>
        <source>e.g. Laptop of the Disraeli point of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/register_laptop_dialog.py" line="53"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/register_laptop_dialog.py" line="63"/>
        <source>Counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/register_laptop_dialog.py" line="64"/>
        <source>Laptop&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/register_laptop_dialog.py" line="65"/>
        <location filename="../ui/dialogs/register_laptop_dialog.py" line="80"/>
        <source>Write its database to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/register_laptop_dialog.py" line="66"/>
        <source>The counsellor&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/register_laptop_dialog.py" line="68"/>
        <source>Register and write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/register_laptop_dialog.py" line="81"/>
        <source>cjeapp database (*.cjeapp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/register_laptop_dialog.py" line="93"/>
        <source>Laptop of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/register_laptop_dialog.py" line="98"/>
        <source>Writing the laptop&apos;s database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/register_laptop_dialog.py" line="105"/>
        <source>Registered: %1 (%2 records). Carry it to the laptop with its key file (.keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/register_laptop_dialog.py" line="108"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/register_laptop_dialog.py" line="111"/>
        <source>The laptop&apos;s database is encrypted: it opens with the counsellor&apos;s password, or with this recovery key when the password is lost. Write the key down now and keep it at the office. It will not be shown again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="56"/>
        <source>Appointments of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="57"/>
        <source>Appointments of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="59"/>
        <source>Next working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="63"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="65"/>
        <location filename="../ui/pages/reminders_page.py" line="85"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="66"/>
        <source>Phone or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="67"/>
        <source>No phone or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="68"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="69"/>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="70"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="71"/>
        <location filename="../ui/pages/reminders_page.py" line="87"/>
        <source>Counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="72"/>
        <source>Called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="75"/>
        <source>Appointments to remind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="76"/>
        <source>Mark as called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="77"/>
        <source>Not called after all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="83"/>
        <source>Missed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="86"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="89"/>
        <source>Missed appointments of the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="90"/>
        <source>Print the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="91"/>
        <source>Spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="116"/>
        <location filename="../ui/pages/reminders_page.py" line="227"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="141"/>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="142"/>
        <source>Yes, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/reminders_page.py" line="184"/>
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n appointment</numerusform>
            <numerusform>%n appointments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/reminders_page.py" line="185"/>
        <source>%n called</source>
        <translation>
            <numerusform>%n called</numerusform>
            <numerusform>%n called</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="187"/>
        <source>No appointment that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="189"/>
        <source>Missed appointments in the last 30 days: %1 of %2 held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="207"/>
        <source>Choose an appointment in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="243"/>
        <source>Spreadsheet (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reminders_page.py" line="245"/>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../ui/pages/reports_page.py" line="78"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="86"/>
        <source>Load a profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="87"/>
        <source>Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="88"/>
        <source>Export the package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="90"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="91"/>
        <source>Public key for the funder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/package_findings.py" line="54"/>
        <source>Open the file at this field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="104"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="105"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="112"/>
        <source>Show the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="113"/>
        <source>Dashboard as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="115"/>
        <source>Fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="116"/>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="117"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="125"/>
        <source>Problems found (errors block the package)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="137"/>
        <source>Check a funder package before sending it: drop the .zip here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="194"/>
        <source>Type a period: the first and the last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="200"/>
        <source>Profile %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="204"/>
        <source>Reporting profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="215"/>
        <source>Profile loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="230"/>
        <source>Validating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/package_findings.py" line="103"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/package_findings.py" line="104"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/package_findings.py" line="52"/>
        <location filename="../ui/pages/package_findings.py" line="85"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/package_findings.py" line="87"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/package_findings.py" line="88"/>
        <source>Group activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/package_findings.py" line="89"/>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/package_findings.py" line="90"/>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="272"/>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="286"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="289"/>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="313"/>
        <source>Package written: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="321"/>
        <source>The package was not written: fix the errors listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="366"/>
        <source>People served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/package_findings.py" line="86"/>
        <location filename="../ui/pages/reports_page.py" line="367"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/reports_page.py" line="246"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/reports_page.py" line="247"/>
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n warning.</numerusform>
            <numerusform>%n warnings.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="368"/>
        <source>Walk-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="369"/>
        <source>Median wait at the desk (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="371"/>
        <source>Requests answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="372"/>
        <source>Median time to answer (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="374"/>
        <source>Answered within the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="375"/>
        <source>Appointments kept or missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reports_page.py" line="376"/>
        <source>No-shows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="64"/>
        <source>Open requests only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="66"/>
        <location filename="../ui/privacy/requests_tab.py" line="114"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="67"/>
        <location filename="../ui/privacy/requests_tab.py" line="115"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="68"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="70"/>
        <source>Answer due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="72"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="73"/>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="80"/>
        <source>Empty when the person asked themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="84"/>
        <source>Record the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="86"/>
        <source>Choose a request in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="95"/>
        <source>Record the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="96"/>
        <source>Open the file (to rectify)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="98"/>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="99"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="100"/>
        <source>Withhold counsellors&apos; notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="102"/>
        <source>Why (the exception of the Act)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="103"/>
        <source>Make the person&apos;s copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="104"/>
        <source>See and print the readable copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="116"/>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="117"/>
        <source>Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="118"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="121"/>
        <source>Answered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="122"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="125"/>
        <source>Copy in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="129"/>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="132"/>
        <source>The request chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="205"/>
        <source>No change to the file since the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="211"/>
        <source>Changes to the file since the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="230"/>
        <source>Request recorded; the answer is due within 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="245"/>
        <source>Answer recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="258"/>
        <source>Say why the notes are withheld, or untick the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="262"/>
        <location filename="../ui/privacy/requests_tab.py" line="302"/>
        <source>The person&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="263"/>
        <source>Encrypted zip (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="289"/>
        <source>Written, encrypted: %1. Passphrase to give the person by another way (phone, in person): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="291"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/requests_tab.py" line="292"/>
        <source>Give this passphrase to the person by another way than the file:

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <location filename="../ui/privacy/retention_tab.py" line="41"/>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/retention_tab.py" line="45"/>
        <source>Keep files this long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/retention_tab.py" line="47"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/retention_tab.py" line="48"/>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/retention_tab.py" line="51"/>
        <source>To destroy since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/retention_tab.py" line="54"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/retention_tab.py" line="56"/>
        <source>Held back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/retention_tab.py" line="59"/>
        <source>Destroy the files chosen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/retention_tab.py" line="61"/>
        <source>Destroyed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/retention_tab.py" line="64"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/retention_tab.py" line="65"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/retention_tab.py" line="66"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/retention_tab.py" line="67"/>
        <source>What was destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/retention_tab.py" line="75"/>
        <source>Keep a file after its last activity for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/retention_tab.py" line="84"/>
        <source>Register of destructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/retention_tab.py" line="104"/>
        <source>Looking for the files past their retention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/retention_tab.py" line="122"/>
        <source>Files past their retention: %1. Destroying a file erases the person&apos;s identity, contact details and every text about them for good; the counts the funder needs stay, with no one&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/retention_tab.py" line="147"/>
        <source>Destroy the files chosen (%1) for good? Their names, contact details and every text about them will be erased and cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/retention_tab.py" line="167"/>
        <source>Files destroyed: %1; the register says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/retention_tab.py" line="134"/>
        <source>Retention period saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/retention_tab.py" line="143"/>
        <source>Choose files in the list (not those held back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/retention_tab.py" line="146"/>
        <source>Destroy files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/privacy/retention_tab.py" line="161"/>
        <source>Destroying…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../ui/widgets/search_box.py" line="25"/>
        <source>Find a person: name, phone, e-mail, MIFI number or date of birth</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecondPersonDialog</name>
    <message>
        <location filename="../ui/dialogs/second_person_dialog.py" line="33"/>
        <source>A second person confirms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/second_person_dialog.py" line="35"/>
        <source>This gives the power to read case notes or to sign for the organization. The director or the person in charge of personal information confirms it here with their own user name and password, or the organization&apos;s recovery key is typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/second_person_dialog.py" line="43"/>
        <source>Use the recovery key instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/second_person_dialog.py" line="48"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/second_person_dialog.py" line="49"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/second_person_dialog.py" line="51"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerAddressBox</name>
    <message>
        <location filename="../ui/widgets/server_address_box.py" line="47"/>
        <source>if the server&apos;s role has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/server_address_box.py" line="50"/>
        <source>Try and use this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/server_address_box.py" line="52"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/server_address_box.py" line="53"/>
        <source>Server password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/server_address_box.py" line="74"/>
        <source>Write the server&apos;s address as postgresql://user@host/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/server_address_box.py" line="84"/>
        <source>Connecting to the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/server_address_box.py" line="96"/>
        <source>The server&apos;s password could not be kept on this PC: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/server_address_box.py" line="102"/>
        <source>This PC now works on the office&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerCopyTab</name>
    <message>
        <location filename="../ui/settings/server_copy_tab.py" line="37"/>
        <source>The office&apos;s database is on the server: the person who runs the server backs it up with PostgreSQL&apos;s own tools (the README says how). Here, the office keeps copies of its own: the whole office in one encrypted file, read from one moment of the server while everyone keeps working, and verified table by table. The copy opens in cjeapp with your user name and password, or with the recovery key shown at the end; cjeapp migrate-store puts it back on an empty server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/server_copy_tab.py" line="47"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/server_copy_tab.py" line="54"/>
        <location filename="../ui/settings/server_copy_tab.py" line="85"/>
        <source>Copy to the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/server_copy_tab.py" line="55"/>
        <source>Your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/server_copy_tab.py" line="56"/>
        <source>Copy the server now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/server_copy_tab.py" line="65"/>
        <source>The office&apos;s database is on the server, where each person connects as their own login and reads only what their role allows: nobody&apos;s login reads the whole office, not even the administrator&apos;s, who reads no case notes. The person who runs the server copies it with the owner&apos;s role: cjeapp backup --db postgresql://OWNER@SERVER/DATABASE --user ADMIN --to FILE (the README says how, under &quot;The office&apos;s server&quot;). The copy is an encrypted file that opens in cjeapp with the administrator&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/server_copy_tab.py" line="86"/>
        <source>cjeapp database (*.cjeapp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/server_copy_tab.py" line="102"/>
        <source>Choose the file to copy the server into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/server_copy_tab.py" line="110"/>
        <source>Copying the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/server_copy_tab.py" line="123"/>
        <source>Copied and verified: %1 (%2 records). Keep it with its key file (.keys) beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/server_copy_tab.py" line="127"/>
        <source>The copy is encrypted: it opens with your user name and password, or with this recovery key when the password is lost. Write the key down now and keep it apart from the copy. It will not be shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/server_copy_tab.py" line="134"/>
        <source>Stopped: no copy was kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerTab</name>
    <message>
        <location filename="../ui/settings/server_tab.py" line="26"/>
        <source>In an office with several PCs, every seat works on the office&apos;s PostgreSQL server, so that everyone sees the same files at once. Connecting this PC takes effect at the next start. The records of this PC&apos;s own file are not copied by this: to move an office&apos;s file to the server, the person who runs the server uses cjeapp migrate-store (the README says how).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/server_tab.py" line="33"/>
        <source>Work on this PC&apos;s own file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/server_tab.py" line="47"/>
        <source>Now: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/server_tab.py" line="51"/>
        <source>From the next start: the server %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/server_tab.py" line="54"/>
        <source>From the next start: this PC&apos;s own file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicesTab</name>
    <message>
        <location filename="../ui/client_file/services_tab.py" line="69"/>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/services_tab.py" line="70"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/services_tab.py" line="75"/>
        <location filename="../ui/client_file/services_tab.py" line="88"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/services_tab.py" line="76"/>
        <source>PASI volet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/services_tab.py" line="77"/>
        <location filename="../ui/client_file/services_tab.py" line="86"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/services_tab.py" line="78"/>
        <location filename="../ui/client_file/services_tab.py" line="90"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/services_tab.py" line="79"/>
        <source>Individual or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/services_tab.py" line="80"/>
        <source>Plan item (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/services_tab.py" line="81"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/services_tab.py" line="82"/>
        <source>Record the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/services_tab.py" line="89"/>
        <source>Volet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/services_tab.py" line="92"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/services_tab.py" line="98"/>
        <source>Common services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/services_tab.py" line="154"/>
        <source>Service recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../ui/pages/settings_page.py" line="25"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="39"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="40"/>
        <source>Offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="41"/>
        <source>Staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="42"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="43"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="45"/>
        <location filename="../ui/pages/settings_page.py" line="47"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="48"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../ui/sign_in_dialog.py" line="43"/>
        <location filename="../ui/sign_in_dialog.py" line="73"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sign_in_dialog.py" line="65"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sign_in_dialog.py" line="66"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sign_in_dialog.py" line="67"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sign_in_dialog.py" line="68"/>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sign_in_dialog.py" line="74"/>
        <source>Recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sign_in_dialog.py" line="135"/>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sign_in_dialog.py" line="166"/>
        <source>This database is being encrypted; this happens once and may take a minute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sign_in_dialog.py" line="175"/>
        <source>The new password is set: sign in with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sign_in_dialog.py" line="207"/>
        <source>Your password was reset. Choose a new one (at least 8 characters) to continue; the administrator will not know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sign_in_dialog.py" line="216"/>
        <source>The two new passwords differ; type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sign_in_dialog.py" line="227"/>
        <source>Saving your new password…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="44"/>
        <location filename="../ui/settings/staff_tab.py" line="67"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="45"/>
        <location filename="../ui/settings/staff_tab.py" line="68"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="46"/>
        <location filename="../ui/settings/staff_tab.py" line="69"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="47"/>
        <location filename="../ui/settings/staff_tab.py" line="70"/>
        <source>Title on documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="49"/>
        <source>In charge of personal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="50"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="51"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="61"/>
        <source>How the person&apos;s title is printed on French documents, such as the action plan (English documents say Counsellor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="71"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="72"/>
        <source>Create the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="73"/>
        <source>Give the selected account this role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="74"/>
        <source>Deactivate or reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="75"/>
        <source>Set this password on the selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="77"/>
        <source>Give the selected account this title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="78"/>
        <source>In charge of personal information: designate or withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="81"/>
        <source>The person designated reaches Vie privée (requests, copies, incidents, retention, the audit log) whatever their role; the director always does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="89"/>
        <source>Find an account (name, user name, role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="101"/>
        <source>Sign-ins the server refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="103"/>
        <source>The server checks each password itself and makes each failure wait; the newest it refused (a wrong password, a name that is no one&apos;s) are listed here, from its own log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="168"/>
        <source>Title changed: the next documents print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="177"/>
        <source>Designation saved: it applies at the person&apos;s next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="208"/>
        <source>Account unlocked: the person may sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="221"/>
        <source>The server refused no sign-in lately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="225"/>
        <source>Sign-ins the server refused, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="51"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="40"/>
        <source>Conseillère</source>
        <translation>Conseillère (feminine)</translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="41"/>
        <source>Conseiller</source>
        <translation>Conseiller (masculine)</translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="39"/>
        <source>Conseillère ou conseiller</source>
        <translation>Conseillère ou conseiller (both forms)</translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="52"/>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="76"/>
        <source>Unlock after failed sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="124"/>
        <source>Choose an account in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="149"/>
        <source>Account created. The person will be asked to change the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="159"/>
        <source>Role changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/staff_tab.py" line="187"/>
        <source>Account updated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../ui/client_file/timeline_tab.py" line="28"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/timeline_tab.py" line="29"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/timeline_tab.py" line="30"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/timeline_tab.py" line="43"/>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/timeline_tab.py" line="44"/>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/timeline_tab.py" line="45"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/timeline_tab.py" line="46"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/timeline_tab.py" line="47"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/timeline_tab.py" line="48"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/timeline_tab.py" line="49"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/timeline_tab.py" line="50"/>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/timeline_tab.py" line="51"/>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/timeline_tab.py" line="52"/>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/timeline_tab.py" line="53"/>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/timeline_tab.py" line="54"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/timeline_tab.py" line="55"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../ui/pages/today_page.py" line="100"/>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/today_page.py" line="102"/>
        <location filename="../ui/pages/today_page.py" line="108"/>
        <location filename="../ui/pages/today_page.py" line="115"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/today_page.py" line="103"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/today_page.py" line="106"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/today_page.py" line="109"/>
        <source>Counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/today_page.py" line="110"/>
        <location filename="../ui/pages/today_page.py" line="117"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/today_page.py" line="113"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/today_page.py" line="116"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/today_page.py" line="119"/>
        <source>Waiting at reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/today_page.py" line="120"/>
        <source>No one is waiting at reception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/today_page.py" line="121"/>
        <source>Reception desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/today_page.py" line="122"/>
        <location filename="../ui/pages/today_page.py" line="186"/>
        <source>Today&apos;s appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/today_page.py" line="123"/>
        <source>No appointment today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/today_page.py" line="124"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/today_page.py" line="125"/>
        <source>Follow-ups overdue or due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/today_page.py" line="126"/>
        <source>Nothing overdue, nothing due today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/today_page.py" line="127"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/today_page.py" line="171"/>
        <source>Today, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/today_page.py" line="185"/>
        <source>My appointments today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/today_page.py" line="191"/>
        <source>%1 (%2 overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/today_page.py" line="214"/>
        <source>Waiting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/today_page.py" line="216"/>
        <source>Appointments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/today_page.py" line="219"/>
        <source>Follow-ups overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/today_page.py" line="221"/>
        <source>Nothing needs attention right now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransportPage</name>
    <message>
        <location filename="../ui/pages/transport_page.py" line="68"/>
        <source>Transport and housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="70"/>
        <source>Transport rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="71"/>
        <source>Mileage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="72"/>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="97"/>
        <source>Rules are read from the top; the first that fits a request proposes the decision. The counsellor confirms it or decides otherwise with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="104"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="105"/>
        <location filename="../ui/pages/transport_page.py" line="127"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="107"/>
        <location filename="../ui/pages/transport_page.py" line="128"/>
        <location filename="../ui/pages/transport_page.py" line="265"/>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="109"/>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="110"/>
        <location filename="../ui/pages/transport_page.py" line="132"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="115"/>
        <source>Any destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="116"/>
        <source>Only the person&apos;s first request there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="118"/>
        <source>Counsellor&apos;s presence: either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="119"/>
        <source>Only when the counsellor must attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="120"/>
        <source>Only when the counsellor need not attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="123"/>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="133"/>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="137"/>
        <source>Save the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="138"/>
        <source>Add as a new rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="168"/>
        <source>first request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="170"/>
        <source>counsellor attends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="171"/>
        <source>counsellor need not attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="105"/>
        <source> (off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="108"/>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="206"/>
        <source>Choose a rule in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="228"/>
        <source>Rule saved; it applies to the next requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="249"/>
        <location filename="../ui/pages/transport_page.py" line="264"/>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="250"/>
        <source>Trips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="252"/>
        <source>Kilometres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="254"/>
        <source>With an own car (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="256"/>
        <source>To reimburse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="257"/>
        <source>no rate set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="260"/>
        <source>Own car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="260"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="262"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="266"/>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="267"/>
        <source>Km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="269"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="271"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="274"/>
        <source>Mileage (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="275"/>
        <source>Mileage (spreadsheet)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="277"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="285"/>
        <source>Trips of the month (own car at the rate set in Paramètres for each day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="328"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="328"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="331"/>
        <source>The last twelve months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="348"/>
        <source>Transport requests per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="349"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="350"/>
        <source>To decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="351"/>
        <source>By destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="358"/>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="360"/>
        <source>Open searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="361"/>
        <source>Leases signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="362"/>
        <source>Searches abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transport_page.py" line="363"/>
        <source>Median days to a lease</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransportTab</name>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="57"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="59"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="61"/>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="63"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="66"/>
        <location filename="../ui/client_file/transport_tab.py" line="100"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="74"/>
        <source>The counsellor must attend the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="80"/>
        <source>Reason (needed when you decide otherwise than the rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="89"/>
        <source>Own car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="90"/>
        <source>Organization&apos;s vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="95"/>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="96"/>
        <source>Place (name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="98"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="99"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="102"/>
        <source>Evaluate the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="106"/>
        <source>Decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="109"/>
        <source>Trip on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="113"/>
        <source>Passengers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="115"/>
        <source>Record the trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="64"/>
        <source>To decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="130"/>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="134"/>
        <source>The chosen request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="191"/>
        <source>Record each trip made for this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="193"/>
        <source>Only an approved request has trips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="195"/>
        <source>Decide first: trips are recorded once the request is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="223"/>
        <source>The same request?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="227"/>
        <source>Nothing saved: the request already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="235"/>
        <source>Proposed: %1 — rule “%2”. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="238"/>
        <source>Proposed: %1 (no rule applies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="251"/>
        <location filename="../ui/client_file/transport_tab.py" line="268"/>
        <source>Choose a request in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="260"/>
        <source>Decision recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/client_file/transport_tab.py" line="277"/>
        <source>Trip recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UseRecoveryKeyDialog</name>
    <message>
        <location filename="../ui/recovery_dialogs.py" line="72"/>
        <source>Use the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/recovery_dialogs.py" line="74"/>
        <source>Type the recovery key given when the database was set up, the user name of an account, and the new password for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/recovery_dialogs.py" line="86"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/recovery_dialogs.py" line="87"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/recovery_dialogs.py" line="88"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/recovery_dialogs.py" line="89"/>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/recovery_dialogs.py" line="106"/>
        <source>The two new passwords differ; type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyBox</name>
    <message>
        <location filename="../ui/widgets/verify_box.py" line="53"/>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/verify_box.py" line="70"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/verify_box.py" line="77"/>
        <source>This file is too large to be one of ours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/verify_box.py" line="78"/>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/verify_box.py" line="86"/>
        <source>Verify a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitColumns</name>
    <message>
        <location filename="../ui/models/visits_model.py" line="26"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/visits_model.py" line="27"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/visits_model.py" line="28"/>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/visits_model.py" line="29"/>
        <source>Waited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/visits_model.py" line="30"/>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/visits_model.py" line="31"/>
        <source>Visit length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/visits_model.py" line="32"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitStatus</name>
    <message>
        <location filename="../ui/models/visits_model.py" line="35"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/visits_model.py" line="36"/>
        <source>With a counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/visits_model.py" line="37"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/visits_model.py" line="38"/>
        <source>Left without being seen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
