<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <name>MainWindow</name>
    <message>
        <location filename="../src/cjeapp/ui/main_window.py" line="30"/>
        <source>cjeapp — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/main_window.py" line="59"/>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/main_window.py" line="60"/>
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
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/navigation.py" line="30"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/navigation.py" line="31"/>
        <source>Settings</source>
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
    <name>parent</name>
    <message>
        <location filename="../src/cjeapp/ui/messages.py" line="11"/>
        <source>Cannot continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
