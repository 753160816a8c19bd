<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../src/cjeapp/ui/first_run_dialog.py" line="27" />
        <source>Set up cjeapp</source>
        <translation>Configurer cjeapp</translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/first_run_dialog.py" line="28" />
        <source>This database is new. Enter your organization and create the administrator account.</source>
        <translation>Cette base de données est nouvelle. Entrez votre organisme et créez le compte d'administration.</translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/first_run_dialog.py" line="33" />
        <source>e.g. Main office</source>
        <translation>p. ex. Bureau principal</translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/first_run_dialog.py" line="41" />
        <source>Organization</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/first_run_dialog.py" line="42" />
        <source>Main office</source>
        <translation>Bureau principal</translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/first_run_dialog.py" line="43" />
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/first_run_dialog.py" line="44" />
        <source>User name</source>
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/first_run_dialog.py" line="45" />
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/first_run_dialog.py" line="46" />
        <source>Password again</source>
        <translation>Mot de passe (confirmation)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/cjeapp/ui/main_window.py" line="30" />
        <source>cjeapp — %1</source>
        <translation>cjeapp — %1</translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/main_window.py" line="59" />
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/main_window.py" line="60" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../src/cjeapp/ui/navigation.py" line="23" />
        <source>Reception desk</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/navigation.py" line="24" />
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/navigation.py" line="25" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/navigation.py" line="26" />
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/navigation.py" line="28" />
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/navigation.py" line="30" />
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/navigation.py" line="31" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../src/cjeapp/ui/pages/placeholder.py" line="14" />
        <source>This screen is not available yet in this version of cjeapp. The data it will use is already kept.</source>
        <translation>Cet écran n'est pas encore offert dans cette version de cjeapp. Les données qu'il utilisera sont déjà conservées.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../src/cjeapp/ui/sign_in_dialog.py" line="27" />
        <location filename="../src/cjeapp/ui/sign_in_dialog.py" line="45" />
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/sign_in_dialog.py" line="40" />
        <source>User name</source>
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <location filename="../src/cjeapp/ui/sign_in_dialog.py" line="41" />
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../src/cjeapp/ui/messages.py" line="11" />
        <source>Cannot continue</source>
        <translation>Impossible de continuer</translation>
    </message>
</context>
</TS>