<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../src/cjeapp/ui/pages/activities_page.py" line="49"/>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/activities_page.py" line="59"/>
        <source>Create the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/activities_page.py" line="70"/>
        <source>Add the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/activities_page.py" line="74"/>
        <source>Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/activities_page.py" line="75"/>
        <source>Withdraw the selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/activities_page.py" line="78"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/activities_page.py" line="78"/>
        <source>Enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/activities_page.py" line="79"/>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/activities_page.py" line="79"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/activities_page.py" line="82"/>
        <source>Save the attendance of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/activities_page.py" line="83"/>
        <source>Attendance sheet (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/activities_page.py" line="84"/>
        <source>Allowance list (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/activities_page.py" line="85"/>
        <source>Allowance list (spreadsheet)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/activities_page.py" line="86"/>
        <source>Attestations for the group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/activities_page.py" line="94"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/activities_page.py" line="95"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/activities_page.py" line="96"/>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/activities_page.py" line="97"/>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/activities_page.py" line="106"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/activities_page.py" line="107"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/activities_page.py" line="108"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/activities_page.py" line="110"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/activities_page.py" line="111"/>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/activities_page.py" line="116"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/activities_page.py" line="121"/>
        <source>Participants and attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/activities_page.py" line="187"/>
        <source> · part %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/activities_page.py" line="204"/>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/activities_page.py" line="205"/>
        <source>Waiting list (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/activities_page.py" line="207"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/activities_page.py" line="243"/>
        <source>Type the day of the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/activities_page.py" line="274"/>
        <source>Find the person to enrol first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/activities_page.py" line="282"/>
        <source>Enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/activities_page.py" line="283"/>
        <source>The activity is full: added to the waiting list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/activities_page.py" line="296"/>
        <source>Withdrawn; the first person waiting takes the place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/activities_page.py" line="297"/>
        <source>Withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/activities_page.py" line="316"/>
        <source>Attendance saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/activities_page.py" line="348"/>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaColumns</name>
    <message>
        <location filename="../src/cjeapp/ui/models/agenda_model.py" line="29"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/models/agenda_model.py" line="30"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/models/agenda_model.py" line="31"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/models/agenda_model.py" line="32"/>
        <source>Counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/models/agenda_model.py" line="33"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/models/agenda_model.py" line="34"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/models/agenda_model.py" line="35"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../src/cjeapp/ui/pages/agenda_page.py" line="43"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/agenda_page.py" line="48"/>
        <source>Whole office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/agenda_page.py" line="52"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/agenda_page.py" line="56"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/agenda_page.py" line="57"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/agenda_page.py" line="72"/>
        <source>Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/agenda_page.py" line="74"/>
        <source>Reason for cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/agenda_page.py" line="75"/>
        <source>Cancel the appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/agenda_page.py" line="76"/>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/agenda_page.py" line="77"/>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/agenda_page.py" line="78"/>
        <source>Day sheet (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/agenda_page.py" line="79"/>
        <source>Export for a phone (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/agenda_page.py" line="154"/>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/agenda_page.py" line="168"/>
        <source>Choose an appointment in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/agenda_page.py" line="181"/>
        <source>Appointment moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/agenda_page.py" line="191"/>
        <source>Enter the reason for cancelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/agenda_page.py" line="198"/>
        <source>Appointment cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/agenda_page.py" line="231"/>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentStatus</name>
    <message>
        <location filename="../src/cjeapp/ui/models/agenda_model.py" line="23"/>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/models/agenda_model.py" line="24"/>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/models/agenda_model.py" line="25"/>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/models/agenda_model.py" line="26"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentsTab</name>
    <message>
        <location filename="../src/cjeapp/ui/client_file/appointments_tab.py" line="40"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/appointments_tab.py" line="40"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/appointments_tab.py" line="40"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/appointments_tab.py" line="41"/>
        <source>Counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/appointments_tab.py" line="41"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/appointments_tab.py" line="44"/>
        <source>Book an appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/appointments_tab.py" line="47"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/appointments_tab.py" line="47"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/appointments_tab.py" line="47"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/appointments_tab.py" line="48"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/appointments_tab.py" line="56"/>
        <source>Log the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/appointments_tab.py" line="60"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/appointments_tab.py" line="62"/>
        <source>Received by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/appointments_tab.py" line="63"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/appointments_tab.py" line="66"/>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/appointments_tab.py" line="71"/>
        <source>Requests (answered within 72 business hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/appointments_tab.py" line="92"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/appointments_tab.py" line="93"/>
        <source>Answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/appointments_tab.py" line="103"/>
        <source>Appointment booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/appointments_tab.py" line="119"/>
        <source>Request logged; answer due %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentTab</name>
    <message>
        <location filename="../src/cjeapp/ui/casework/assessment_tab.py" line="61"/>
        <source>Paste the MIFI referral e-mail here, then tick the needs it lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/assessment_tab.py" line="92"/>
        <source>Save the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/assessment_tab.py" line="93"/>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/assessment_tab.py" line="94"/>
        <source>New assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/assessment_tab.py" line="95"/>
        <source>Add these needs to the action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/assessment_tab.py" line="97"/>
        <source>Assessed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/assessment_tab.py" line="150"/>
        <source>New assessment, not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/assessment_tab.py" line="164"/>
        <source>Signed %1; a signed assessment no longer changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/assessment_tab.py" line="167"/>
        <source>Saved, not signed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/assessment_tab.py" line="218"/>
        <source>%1 item(s) added to the action plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../src/cjeapp/ui/dialogs/batch_dialog.py" line="71"/>
        <source>Attestations for the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/dialogs/batch_dialog.py" line="74"/>
        <source>%1 participant(s) completed “%2”. Each gets an attestation in their language: one PDF to print, and one file per person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/dialogs/batch_dialog.py" line="79"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/dialogs/batch_dialog.py" line="85"/>
        <source>Make the attestations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/dialogs/batch_dialog.py" line="87"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/dialogs/batch_dialog.py" line="89"/>
        <location filename="../src/cjeapp/ui/dialogs/batch_dialog.py" line="108"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/dialogs/batch_dialog.py" line="120"/>
        <source>Making the attestations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/dialogs/batch_dialog.py" line="137"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/dialogs/batch_dialog.py" line="155"/>
        <source>%1 attestations issued; files in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/dialogs/batch_dialog.py" line="157"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/dialogs/batch_dialog.py" line="161"/>
        <source>Stopped: no attestation was issued.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../src/cjeapp/ui/dialogs/booking_dialog.py" line="44"/>
        <source>Move the appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/dialogs/booking_dialog.py" line="45"/>
        <source>Book an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/dialogs/booking_dialog.py" line="62"/>
        <source>No free time that day for this length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/dialogs/booking_dialog.py" line="64"/>
        <source>Next open day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/dialogs/booking_dialog.py" line="70"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/dialogs/booking_dialog.py" line="72"/>
        <source>Counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/dialogs/booking_dialog.py" line="73"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/dialogs/booking_dialog.py" line="74"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/dialogs/booking_dialog.py" line="75"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/dialogs/booking_dialog.py" line="76"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/dialogs/booking_dialog.py" line="77"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/dialogs/booking_dialog.py" line="82"/>
        <source>Free times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/dialogs/booking_dialog.py" line="85"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/dialogs/booking_dialog.py" line="85"/>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/dialogs/booking_dialog.py" line="87"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../src/cjeapp/ui/settings/calendar_tab.py" line="32"/>
        <source>Quebec&apos;s statutory holidays are built in. Add the days the organization is closed; deadlines (72 business hours, five business days) skip them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/calendar_tab.py" line="36"/>
        <source>Closed on Good Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/calendar_tab.py" line="37"/>
        <source>Closed on Easter Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/calendar_tab.py" line="40"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/calendar_tab.py" line="40"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/calendar_tab.py" line="40"/>
        <location filename="../src/cjeapp/ui/settings/calendar_tab.py" line="56"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/calendar_tab.py" line="46"/>
        <source>e.g. Holiday break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/calendar_tab.py" line="49"/>
        <source>Add the closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/calendar_tab.py" line="50"/>
        <source>Remove the selected closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/calendar_tab.py" line="51"/>
        <source>Save the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/calendar_tab.py" line="54"/>
        <source>Closed from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/calendar_tab.py" line="55"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/calendar_tab.py" line="107"/>
        <source>Not saved yet: press Save the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/calendar_tab.py" line="128"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientColumns</name>
    <message>
        <location filename="../src/cjeapp/ui/models/client_tables.py" line="19"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/models/client_tables.py" line="20"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/models/client_tables.py" line="21"/>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/models/client_tables.py" line="22"/>
        <source>Counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/models/client_tables.py" line="23"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/models/client_tables.py" line="24"/>
        <source>MIFI number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientFileWindow</name>
    <message>
        <location filename="../src/cjeapp/ui/client_file/window.py" line="76"/>
        <source>Needs assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/window.py" line="78"/>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/window.py" line="80"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/window.py" line="82"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/window.py" line="84"/>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/window.py" line="86"/>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/window.py" line="89"/>
        <source>Appointments and requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/window.py" line="91"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/window.py" line="93"/>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/window.py" line="95"/>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/window.py" line="99"/>
        <source>Confidential notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/window.py" line="101"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/window.py" line="104"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/window.py" line="127"/>
        <source>Furniture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/window.py" line="151"/>
        <source>File — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/window.py" line="156"/>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/window.py" line="158"/>
        <source>MIFI no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/window.py" line="191"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/window.py" line="203"/>
        <source>Some fields need a correction; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/window.py" line="211"/>
        <source>Unsaved changes: Ctrl+S saves them, Esc again closes without saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/window.py" line="220"/>
        <source>Unsaved changes: save them, or close again to discard them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <location filename="../src/cjeapp/ui/pages/clients_page.py" line="22"/>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/clients_page.py" line="31"/>
        <source>Open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/clients_page.py" line="59"/>
        <source>%1 result(s) shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/clients_page.py" line="64"/>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <location filename="../src/cjeapp/ui/client_file/consents_tab.py" line="35"/>
        <location filename="../src/cjeapp/ui/client_file/consents_tab.py" line="51"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/consents_tab.py" line="35"/>
        <location filename="../src/cjeapp/ui/client_file/consents_tab.py" line="52"/>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/consents_tab.py" line="35"/>
        <location filename="../src/cjeapp/ui/client_file/consents_tab.py" line="53"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/consents_tab.py" line="36"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/consents_tab.py" line="36"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/consents_tab.py" line="36"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/consents_tab.py" line="54"/>
        <source>Partner (for a referral)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/consents_tab.py" line="55"/>
        <source>Expires on (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/consents_tab.py" line="58"/>
        <source>Record the consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/consents_tab.py" line="59"/>
        <source>Withdraw the selected consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/consents_tab.py" line="84"/>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/consents_tab.py" line="84"/>
        <source>Not valid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../src/cjeapp/ui/widgets/date_field.py" line="15"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <location filename="../src/cjeapp/ui/pages/desk_page.py" line="45"/>
        <source>New person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/desk_page.py" line="50"/>
        <source>Open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/desk_page.py" line="51"/>
        <source>Book an appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/desk_page.py" line="53"/>
        <source>Reason for the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/desk_page.py" line="54"/>
        <source>Add to waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/desk_page.py" line="68"/>
        <source>Take the next person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/desk_page.py" line="69"/>
        <source>Take this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/desk_page.py" line="71"/>
        <source>Outcome of the visit (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/desk_page.py" line="72"/>
        <source>End the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/desk_page.py" line="73"/>
        <source>Left without being seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/desk_page.py" line="102"/>
        <source>Waiting list and today&apos;s visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/desk_page.py" line="109"/>
        <source>Reception desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/desk_page.py" line="161"/>
        <location filename="../src/cjeapp/ui/pages/desk_page.py" line="182"/>
        <source>Choose a person in the results first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/desk_page.py" line="167"/>
        <source>Appointment booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/desk_page.py" line="188"/>
        <source>Enter the reason for the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/desk_page.py" line="195"/>
        <source>Added to the waiting list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/desk_page.py" line="210"/>
        <source>%1 is with you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../src/cjeapp/ui/client_file/documents_tab.py" line="47"/>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/documents_tab.py" line="47"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/documents_tab.py" line="48"/>
        <source>The person&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/documents_tab.py" line="60"/>
        <location filename="../src/cjeapp/ui/client_file/documents_tab.py" line="72"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/documents_tab.py" line="61"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/documents_tab.py" line="62"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/documents_tab.py" line="63"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/documents_tab.py" line="64"/>
        <source>Services from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/documents_tab.py" line="65"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/documents_tab.py" line="69"/>
        <source>Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/documents_tab.py" line="72"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/documents_tab.py" line="73"/>
        <location filename="../src/cjeapp/ui/client_file/documents_tab.py" line="118"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/documents_tab.py" line="73"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/documents_tab.py" line="76"/>
        <source>Reprint a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/documents_tab.py" line="78"/>
        <source>Why the document is revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/documents_tab.py" line="79"/>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/documents_tab.py" line="90"/>
        <source>Register of documents issued to this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/documents_tab.py" line="117"/>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/documents_tab.py" line="118"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/documents_tab.py" line="178"/>
        <source>Document %1 issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/documents_tab.py" line="186"/>
        <source>Choose a document in the register first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <location filename="../src/cjeapp/ui/models/visits_model.py" line="41"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/models/visits_model.py" line="42"/>
        <source>%1 h %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../src/cjeapp/ui/files.py" line="14"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../src/cjeapp/ui/first_run_dialog.py" line="27"/>
        <source>Set up cjeapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/first_run_dialog.py" line="28"/>
        <source>This database is new. Enter your organization and create the administrator account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/first_run_dialog.py" line="33"/>
        <source>e.g. Main office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/first_run_dialog.py" line="41"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/first_run_dialog.py" line="42"/>
        <source>Main office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/first_run_dialog.py" line="43"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/first_run_dialog.py" line="44"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/first_run_dialog.py" line="45"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/first_run_dialog.py" line="46"/>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpColumns</name>
    <message>
        <location filename="../src/cjeapp/ui/models/followups_model.py" line="19"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/models/followups_model.py" line="20"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/models/followups_model.py" line="21"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/models/followups_model.py" line="22"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/models/followups_model.py" line="23"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/models/followups_model.py" line="24"/>
        <source>Counsellor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpKind</name>
    <message>
        <location filename="../src/cjeapp/ui/models/followups_model.py" line="26"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/models/followups_model.py" line="27"/>
        <source>Plan follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/models/followups_model.py" line="28"/>
        <source>First meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <location filename="../src/cjeapp/ui/pages/followups_page.py" line="36"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/followups_page.py" line="41"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/followups_page.py" line="55"/>
        <source>Open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/followups_page.py" line="57"/>
        <source>Answer given (closes the request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/followups_page.py" line="58"/>
        <source>Close the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/followups_page.py" line="63"/>
        <source>Counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/followups_page.py" line="63"/>
        <source>Files with open work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/followups_page.py" line="64"/>
        <source>Hours booked this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/followups_page.py" line="64"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/followups_page.py" line="82"/>
        <source>Load per counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/followups_page.py" line="100"/>
        <source>%1 open, %2 overdue, %3 due later today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/followups_page.py" line="121"/>
        <source>Choose a request in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/followups_page.py" line="127"/>
        <source>Write the answer given before closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/followups_page.py" line="135"/>
        <source>Request closed after %1 h, on time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/followups_page.py" line="136"/>
        <source>Request closed after %1 h, late.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdTab</name>
    <message>
        <location filename="../src/cjeapp/ui/client_file/household_tab.py" line="34"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/household_tab.py" line="34"/>
        <location filename="../src/cjeapp/ui/client_file/household_tab.py" line="53"/>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/household_tab.py" line="34"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/household_tab.py" line="35"/>
        <location filename="../src/cjeapp/ui/client_file/household_tab.py" line="54"/>
        <source>School or daycare need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/household_tab.py" line="35"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/household_tab.py" line="50"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/household_tab.py" line="51"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/household_tab.py" line="52"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/household_tab.py" line="55"/>
        <source>School or daycare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/household_tab.py" line="59"/>
        <source>Add to the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/household_tab.py" line="60"/>
        <source>Remove the selected person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HousingTab</name>
    <message>
        <location filename="../src/cjeapp/ui/casework/housing_tab.py" line="43"/>
        <source>Help with furnishing is no longer offered. For furniture, refer the person to a partner organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/housing_tab.py" line="47"/>
        <source>Refer for furniture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/housing_tab.py" line="52"/>
        <location filename="../src/cjeapp/ui/casework/housing_tab.py" line="92"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/housing_tab.py" line="52"/>
        <location filename="../src/cjeapp/ui/casework/housing_tab.py" line="91"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/housing_tab.py" line="52"/>
        <location filename="../src/cjeapp/ui/casework/housing_tab.py" line="93"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/housing_tab.py" line="53"/>
        <location filename="../src/cjeapp/ui/casework/housing_tab.py" line="94"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/housing_tab.py" line="63"/>
        <source>Accessibility needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/housing_tab.py" line="64"/>
        <source>Pets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/housing_tab.py" line="65"/>
        <source>Near public transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/housing_tab.py" line="66"/>
        <source>Open a housing search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/housing_tab.py" line="71"/>
        <source>Add the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/housing_tab.py" line="78"/>
        <source>People in the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/housing_tab.py" line="79"/>
        <source>Monthly budget ($)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/housing_tab.py" line="80"/>
        <source>Area wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/housing_tab.py" line="81"/>
        <source>End of temporary lodging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/housing_tab.py" line="124"/>
        <source>No housing search yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/housing_tab.py" line="127"/>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/housing_tab.py" line="132"/>
        <source>temporary lodging ends %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../src/cjeapp/ui/dialogs/intake_dialog.py" line="37"/>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/dialogs/intake_dialog.py" line="49"/>
        <source>e.g. help with the RAMQ card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/dialogs/intake_dialog.py" line="50"/>
        <source>Open the file afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/dialogs/intake_dialog.py" line="56"/>
        <source>First name(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/dialogs/intake_dialog.py" line="57"/>
        <source>Last name(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/dialogs/intake_dialog.py" line="58"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/dialogs/intake_dialog.py" line="59"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/dialogs/intake_dialog.py" line="60"/>
        <source>Language spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/dialogs/intake_dialog.py" line="61"/>
        <source>Reason for the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/dialogs/intake_dialog.py" line="68"/>
        <source>These files may be the same person. Use one of them, or create a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/dialogs/intake_dialog.py" line="75"/>
        <source>Use this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/dialogs/intake_dialog.py" line="79"/>
        <source>Create the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/dialogs/intake_dialog.py" line="81"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/dialogs/intake_dialog.py" line="147"/>
        <source>Create a new file anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../src/cjeapp/ui/lock.py" line="64"/>
        <source>Session locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/lock.py" line="66"/>
        <source>The session of %1 is locked. Type your password to go on where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/lock.py" line="73"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/lock.py" line="91"/>
        <source>Wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/lock.py" line="94"/>
        <source>Type your password to unlock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/cjeapp/ui/main_window.py" line="49"/>
        <source>cjeapp — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/main_window.py" line="174"/>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/main_window.py" line="175"/>
        <source>&amp;Find a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/main_window.py" line="180"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/main_window.py" line="183"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../src/cjeapp/ui/navigation.py" line="23"/>
        <source>Reception desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/navigation.py" line="24"/>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/navigation.py" line="25"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/navigation.py" line="26"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/navigation.py" line="28"/>
        <source>Transport and housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/navigation.py" line="30"/>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/navigation.py" line="31"/>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/navigation.py" line="33"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/navigation.py" line="34"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../src/cjeapp/ui/client_file/notes_tab.py" line="20"/>
        <source>Confidential: only counsellors, coordination and direction read these notes. Each reading is logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/notes_tab.py" line="26"/>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/notes_tab.py" line="30"/>
        <source>Add the note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficesTab</name>
    <message>
        <location filename="../src/cjeapp/ui/settings/offices_tab.py" line="34"/>
        <source>Point of service (outside the main office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/offices_tab.py" line="38"/>
        <source>Add the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/offices_tab.py" line="40"/>
        <source>This computer is at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/offices_tab.py" line="41"/>
        <source>New office or point of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/offices_tab.py" line="42"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/offices_tab.py" line="43"/>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/offices_tab.py" line="45"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/offices_tab.py" line="61"/>
        <source>point of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/offices_tab.py" line="62"/>
        <source>office</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationTab</name>
    <message>
        <location filename="../src/cjeapp/ui/settings/organization_tab.py" line="31"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/organization_tab.py" line="31"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/organization_tab.py" line="31"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/organization_tab.py" line="31"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/organization_tab.py" line="32"/>
        <source>MIFI agreement number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/organization_tab.py" line="33"/>
        <source>Person in charge of personal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/organization_tab.py" line="33"/>
        <source>Their title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/organization_tab.py" line="34"/>
        <source>How to reach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/organization_tab.py" line="34"/>
        <source>Who signs documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/organization_tab.py" line="35"/>
        <source>Signer&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/organization_tab.py" line="43"/>
        <source>Logo for documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/organization_tab.py" line="44"/>
        <source>Scanned signature…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/organization_tab.py" line="45"/>
        <source>Remove logo and signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/organization_tab.py" line="50"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/organization_tab.py" line="70"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/organization_tab.py" line="85"/>
        <location filename="../src/cjeapp/ui/settings/organization_tab.py" line="105"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <location filename="../src/cjeapp/ui/pages/partners_page.py" line="36"/>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/partners_page.py" line="39"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/partners_page.py" line="42"/>
        <location filename="../src/cjeapp/ui/pages/partners_page.py" line="51"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/partners_page.py" line="42"/>
        <location filename="../src/cjeapp/ui/pages/partners_page.py" line="51"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/partners_page.py" line="42"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/partners_page.py" line="43"/>
        <location filename="../src/cjeapp/ui/pages/partners_page.py" line="52"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/partners_page.py" line="43"/>
        <location filename="../src/cjeapp/ui/pages/partners_page.py" line="52"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/partners_page.py" line="51"/>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/partners_page.py" line="52"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/partners_page.py" line="53"/>
        <source>What they offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/partners_page.py" line="60"/>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/partners_page.py" line="61"/>
        <source>Add as a new partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/partners_page.py" line="62"/>
        <source>Remove from the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/partners_page.py" line="143"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/partners_page.py" line="150"/>
        <source>Choose a partner in the list, or add a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../src/cjeapp/ui/dialogs/pdf_preview.py" line="75"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/dialogs/pdf_preview.py" line="76"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/dialogs/pdf_preview.py" line="77"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../src/cjeapp/ui/pages/placeholder.py" line="14"/>
        <source>This screen is not available yet in this version of cjeapp. The data it will use is already kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../src/cjeapp/ui/casework/plan_tab.py" line="48"/>
        <location filename="../src/cjeapp/ui/casework/plan_tab.py" line="66"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/plan_tab.py" line="48"/>
        <location filename="../src/cjeapp/ui/casework/plan_tab.py" line="70"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/plan_tab.py" line="48"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/plan_tab.py" line="49"/>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/plan_tab.py" line="49"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/plan_tab.py" line="66"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/plan_tab.py" line="67"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/plan_tab.py" line="68"/>
        <source>Who does them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/plan_tab.py" line="69"/>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/plan_tab.py" line="71"/>
        <source>Why abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/plan_tab.py" line="72"/>
        <source>Next reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/plan_tab.py" line="75"/>
        <source>Save the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/plan_tab.py" line="76"/>
        <source>Add as a new item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/plan_tab.py" line="78"/>
        <source>Why the plan is adjusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/plan_tab.py" line="79"/>
        <source>Adjust the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/plan_tab.py" line="80"/>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/plan_tab.py" line="80"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/plan_tab.py" line="82"/>
        <source>Print the plan (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/plan_tab.py" line="99"/>
        <source>History of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/plan_tab.py" line="193"/>
        <source>Choose an item in the plan first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/plan_tab.py" line="218"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesTab</name>
    <message>
        <location filename="../src/cjeapp/ui/settings/preferences_tab.py" line="45"/>
        <source>Set this amount from this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/preferences_tab.py" line="48"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/preferences_tab.py" line="50"/>
        <source>Language of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/preferences_tab.py" line="51"/>
        <source>Lock an idle session after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/preferences_tab.py" line="52"/>
        <source>Objectif Intégration allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/preferences_tab.py" line="53"/>
        <source>In force from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/preferences_tab.py" line="69"/>
        <source>Type the date from which the amount applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/preferences_tab.py" line="77"/>
        <source>Allowance of %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/preferences_tab.py" line="92"/>
        <source>Saved. The new language applies at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/preferences_tab.py" line="93"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePages</name>
    <message>
        <location filename="../src/cjeapp/ui/client_file/profile_tabs.py" line="35"/>
        <source>First name(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/profile_tabs.py" line="36"/>
        <source>Last name(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/profile_tabs.py" line="37"/>
        <source>Name in another script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/profile_tabs.py" line="38"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/profile_tabs.py" line="39"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/profile_tabs.py" line="40"/>
        <source>Gender (as the person says)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/profile_tabs.py" line="41"/>
        <source>Country of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/profile_tabs.py" line="42"/>
        <source>Citizenship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/profile_tabs.py" line="43"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/profile_tabs.py" line="44"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/profile_tabs.py" line="45"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/profile_tabs.py" line="46"/>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/profile_tabs.py" line="47"/>
        <source>Administrative region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/profile_tabs.py" line="51"/>
        <source>Immigration category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/profile_tabs.py" line="53"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/profile_tabs.py" line="55"/>
        <source>Arrival in Quebec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/profile_tabs.py" line="56"/>
        <source>MIFI client number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/profile_tabs.py" line="57"/>
        <source>Documents obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/profile_tabs.py" line="58"/>
        <source>Social insurance number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/profile_tabs.py" line="59"/>
        <source>RAMQ health card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/profile_tabs.py" line="60"/>
        <source>Driver&apos;s licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/profile_tabs.py" line="61"/>
        <source>Bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/profile_tabs.py" line="64"/>
        <source>Languages spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/profile_tabs.py" line="65"/>
        <source>French level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/profile_tabs.py" line="67"/>
        <source>Language of documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/profile_tabs.py" line="68"/>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/profile_tabs.py" line="68"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/profile_tabs.py" line="74"/>
        <source>Assigned counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/profile_tabs.py" line="76"/>
        <source>Office or point of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/profile_tabs.py" line="77"/>
        <source>Identity and contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/profile_tabs.py" line="77"/>
        <source>Immigration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/profile_tabs.py" line="78"/>
        <source>Languages and French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/profile_tabs.py" line="78"/>
        <source>Counsellor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <location filename="../src/cjeapp/ui/casework/referrals_tab.py" line="37"/>
        <source>Referred on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/referrals_tab.py" line="37"/>
        <location filename="../src/cjeapp/ui/casework/referrals_tab.py" line="55"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/referrals_tab.py" line="37"/>
        <location filename="../src/cjeapp/ui/casework/referrals_tab.py" line="56"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/referrals_tab.py" line="38"/>
        <source>Answer expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/referrals_tab.py" line="38"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/referrals_tab.py" line="57"/>
        <source>Answer expected by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/referrals_tab.py" line="58"/>
        <source>Plan item (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/referrals_tab.py" line="62"/>
        <source>Refer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/referrals_tab.py" line="64"/>
        <source>Set the outcome of the selected referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/referrals_tab.py" line="113"/>
        <source>Referral recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/referrals_tab.py" line="120"/>
        <source>Choose a referral in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../src/cjeapp/ui/pages/reports_page.py" line="87"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/reports_page.py" line="96"/>
        <source>Load a profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/reports_page.py" line="97"/>
        <source>Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/reports_page.py" line="98"/>
        <source>Export the package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/reports_page.py" line="100"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/reports_page.py" line="101"/>
        <source>Public key for the funder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/reports_page.py" line="108"/>
        <source>Person and field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/reports_page.py" line="108"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/reports_page.py" line="110"/>
        <source>Open the file at this field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/reports_page.py" line="112"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/reports_page.py" line="112"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/reports_page.py" line="119"/>
        <source>Show the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/reports_page.py" line="120"/>
        <source>Dashboard as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/reports_page.py" line="122"/>
        <source>Fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/reports_page.py" line="122"/>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/reports_page.py" line="123"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/reports_page.py" line="135"/>
        <source>Problems found (errors block the package)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/reports_page.py" line="182"/>
        <source>Type a period: the first and the last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/reports_page.py" line="187"/>
        <source>Profile %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/reports_page.py" line="191"/>
        <source>Reporting profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/reports_page.py" line="203"/>
        <source>Profile loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/reports_page.py" line="226"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/reports_page.py" line="226"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/reports_page.py" line="234"/>
        <source>%1 error(s), %2 warning(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/reports_page.py" line="249"/>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/reports_page.py" line="261"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/reports_page.py" line="267"/>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/reports_page.py" line="284"/>
        <source>Package written: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/reports_page.py" line="289"/>
        <source>The package was not written: fix the errors listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/reports_page.py" line="313"/>
        <source>People served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/reports_page.py" line="314"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/reports_page.py" line="315"/>
        <source>Walk-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/reports_page.py" line="316"/>
        <source>Median wait at the desk (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/reports_page.py" line="318"/>
        <source>Requests answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/reports_page.py" line="319"/>
        <source>Median time to answer (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/reports_page.py" line="321"/>
        <source>Answered within the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/reports_page.py" line="322"/>
        <source>Appointments kept or missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/reports_page.py" line="323"/>
        <source>No-shows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../src/cjeapp/ui/widgets/search_box.py" line="22"/>
        <source>Find a person: name, phone, e-mail, MIFI number or date of birth</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicesTab</name>
    <message>
        <location filename="../src/cjeapp/ui/casework/services_tab.py" line="56"/>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/services_tab.py" line="57"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/services_tab.py" line="65"/>
        <location filename="../src/cjeapp/ui/casework/services_tab.py" line="80"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/services_tab.py" line="66"/>
        <source>PASI volet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/services_tab.py" line="67"/>
        <location filename="../src/cjeapp/ui/casework/services_tab.py" line="80"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/services_tab.py" line="68"/>
        <location filename="../src/cjeapp/ui/casework/services_tab.py" line="81"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/services_tab.py" line="69"/>
        <source>Individual or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/services_tab.py" line="70"/>
        <source>Plan item (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/services_tab.py" line="71"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/services_tab.py" line="75"/>
        <source>Record the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/services_tab.py" line="80"/>
        <source>Volet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/services_tab.py" line="81"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/services_tab.py" line="88"/>
        <source>Common services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/services_tab.py" line="150"/>
        <source>Service recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../src/cjeapp/ui/pages/settings_page.py" line="18"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/settings_page.py" line="26"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/settings_page.py" line="27"/>
        <source>Offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/settings_page.py" line="28"/>
        <source>Staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/settings_page.py" line="29"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/settings_page.py" line="30"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../src/cjeapp/ui/sign_in_dialog.py" line="27"/>
        <location filename="../src/cjeapp/ui/sign_in_dialog.py" line="45"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/sign_in_dialog.py" line="40"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/sign_in_dialog.py" line="41"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <location filename="../src/cjeapp/ui/settings/staff_tab.py" line="34"/>
        <location filename="../src/cjeapp/ui/settings/staff_tab.py" line="47"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/staff_tab.py" line="34"/>
        <location filename="../src/cjeapp/ui/settings/staff_tab.py" line="48"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/staff_tab.py" line="34"/>
        <location filename="../src/cjeapp/ui/settings/staff_tab.py" line="49"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/staff_tab.py" line="35"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/staff_tab.py" line="50"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/staff_tab.py" line="53"/>
        <source>Create the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/staff_tab.py" line="54"/>
        <source>Give the selected account this role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/staff_tab.py" line="55"/>
        <source>Deactivate or reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/staff_tab.py" line="56"/>
        <source>Set this password on the selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/staff_tab.py" line="80"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/staff_tab.py" line="80"/>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/staff_tab.py" line="88"/>
        <source>Choose an account in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/staff_tab.py" line="111"/>
        <source>Account created. The person will be asked to change the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/staff_tab.py" line="120"/>
        <source>Role changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/staff_tab.py" line="126"/>
        <source>Account updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/settings/staff_tab.py" line="133"/>
        <source>Password changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../src/cjeapp/ui/client_file/timeline_tab.py" line="20"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/client_file/timeline_tab.py" line="20"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransportPage</name>
    <message>
        <location filename="../src/cjeapp/ui/pages/transport_page.py" line="42"/>
        <source>Transport and housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/transport_page.py" line="45"/>
        <source>Transport rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/transport_page.py" line="46"/>
        <source>Mileage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/transport_page.py" line="47"/>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/transport_page.py" line="58"/>
        <source>Rules are read from the top; the first that fits a request proposes the decision. The counsellor confirms it or decides otherwise with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/transport_page.py" line="64"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/transport_page.py" line="64"/>
        <location filename="../src/cjeapp/ui/pages/transport_page.py" line="84"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/transport_page.py" line="64"/>
        <location filename="../src/cjeapp/ui/pages/transport_page.py" line="85"/>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/transport_page.py" line="65"/>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/transport_page.py" line="65"/>
        <location filename="../src/cjeapp/ui/pages/transport_page.py" line="89"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/transport_page.py" line="70"/>
        <source>Any destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/transport_page.py" line="71"/>
        <source>Only the person&apos;s first request there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/transport_page.py" line="73"/>
        <source>Counsellor&apos;s presence: either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/transport_page.py" line="74"/>
        <source>Only when the counsellor must attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/transport_page.py" line="75"/>
        <source>Only when the counsellor need not attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/transport_page.py" line="78"/>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/transport_page.py" line="90"/>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/transport_page.py" line="98"/>
        <source>Save the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/transport_page.py" line="99"/>
        <source>Add as a new rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/transport_page.py" line="128"/>
        <source>first request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/transport_page.py" line="130"/>
        <source>counsellor attends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/transport_page.py" line="131"/>
        <source>counsellor need not attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/transport_page.py" line="142"/>
        <source> (off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/transport_page.py" line="144"/>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/transport_page.py" line="171"/>
        <source>Choose a rule in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/transport_page.py" line="190"/>
        <source>Rule saved; it applies to the next requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/transport_page.py" line="211"/>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/transport_page.py" line="211"/>
        <source>Trips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/transport_page.py" line="212"/>
        <source>Kilometres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/transport_page.py" line="212"/>
        <source>With an own car (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/transport_page.py" line="214"/>
        <source>Mileage (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/transport_page.py" line="215"/>
        <source>Mileage (spreadsheet)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/transport_page.py" line="217"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/transport_page.py" line="256"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/transport_page.py" line="256"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/transport_page.py" line="259"/>
        <source>The last twelve months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/transport_page.py" line="271"/>
        <source>Transport requests per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/transport_page.py" line="272"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/transport_page.py" line="273"/>
        <source>To decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/transport_page.py" line="274"/>
        <source>By destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/transport_page.py" line="282"/>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/transport_page.py" line="284"/>
        <source>Open searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/transport_page.py" line="285"/>
        <source>Leases signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/transport_page.py" line="286"/>
        <source>Searches abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/pages/transport_page.py" line="287"/>
        <source>Median days to a lease</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransportTab</name>
    <message>
        <location filename="../src/cjeapp/ui/casework/transport_tab.py" line="49"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/transport_tab.py" line="49"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/transport_tab.py" line="49"/>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/transport_tab.py" line="50"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/transport_tab.py" line="50"/>
        <location filename="../src/cjeapp/ui/casework/transport_tab.py" line="86"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/transport_tab.py" line="59"/>
        <source>The counsellor must attend the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/transport_tab.py" line="65"/>
        <source>Reason (needed when you decide otherwise than the rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/transport_tab.py" line="74"/>
        <source>Own car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/transport_tab.py" line="75"/>
        <source>Organization&apos;s vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/transport_tab.py" line="83"/>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/transport_tab.py" line="84"/>
        <source>Place (name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/transport_tab.py" line="85"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/transport_tab.py" line="85"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/transport_tab.py" line="90"/>
        <source>Evaluate the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/transport_tab.py" line="94"/>
        <source>Decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/transport_tab.py" line="97"/>
        <source>Trip on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/transport_tab.py" line="101"/>
        <source>Passengers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/transport_tab.py" line="103"/>
        <source>Record the trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/transport_tab.py" line="140"/>
        <source>To decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/transport_tab.py" line="179"/>
        <source>Proposed: %1 — rule “%2”. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/transport_tab.py" line="182"/>
        <source>Proposed: %1 (no rule applies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/transport_tab.py" line="197"/>
        <location filename="../src/cjeapp/ui/casework/transport_tab.py" line="217"/>
        <source>Choose a request in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/transport_tab.py" line="210"/>
        <source>Decision recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/casework/transport_tab.py" line="236"/>
        <source>Trip recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitColumns</name>
    <message>
        <location filename="../src/cjeapp/ui/models/visits_model.py" line="20"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/models/visits_model.py" line="21"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/models/visits_model.py" line="22"/>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/models/visits_model.py" line="23"/>
        <source>Waited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/models/visits_model.py" line="24"/>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/models/visits_model.py" line="25"/>
        <source>Visit length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/models/visits_model.py" line="26"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitStatus</name>
    <message>
        <location filename="../src/cjeapp/ui/models/visits_model.py" line="29"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/models/visits_model.py" line="30"/>
        <source>With a counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/models/visits_model.py" line="31"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/models/visits_model.py" line="32"/>
        <source>Left without being seen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../src/cjeapp/ui/messages.py" line="11"/>
        <source>Cannot continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
