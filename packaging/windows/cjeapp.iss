; cjeapp for Windows: Inno Setup 6 script (build steps in build.ps1 and the README).
; A per-user installation without administrator rights, in French (or English), in
; %LOCALAPPDATA%\Programs\cjeapp. Installing a newer version over an older one replaces the
; program and keeps the data; uninstalling keeps the data unless the person asks otherwise.
; The data (database, backups, log, settings) is not in the program's folder: it lives in
; %LOCALAPPDATA%\cjeapp (cjeapp.locations, through platformdirs).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define BuildDir "..\..\dist\cjeapp"

[Setup]
; The same AppId for every version: a new installer upgrades in place.
AppId={{6E1D0C2A-4F7B-4C89-9B1E-2A7C5D3F8E41}
AppName=cjeapp
AppVersion={#AppVersion}
AppPublisher=cjeapp
AppComments=Accueil et accompagnement des personnes immigrantes (PASI)
PrivilegesRequired=lowest
DefaultDirName={autopf}\cjeapp
DefaultGroupName=cjeapp
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
OutputDir=..\..\dist
OutputBaseFilename=cjeapp-{#AppVersion}-installation
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayIcon={app}\cjeapp.exe
UninstallDisplayName=cjeapp
CloseApplications=yes
ShowLanguageDialog=auto

[Languages]
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "{#BuildDir}\cjeapp.exe"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BuildDir}\cjeapp-cli.exe"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BuildDir}\THIRD-PARTY-LICENCES.txt"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BuildDir}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade removes the previous version's libraries first (none of them is data).
Type: filesandordirs; Name: "{app}\_internal"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Icons]
Name: "{autoprograms}\cjeapp"; Filename: "{app}\cjeapp.exe"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\cjeapp"; Filename: "{app}\cjeapp.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\cjeapp.exe"; Description: "{cm:LaunchProgram,cjeapp}"; Flags: nowait postinstall skipifsilent

[CustomMessages]
fr.AppComment=Accueil et accompagnement des personnes immigrantes
en.AppComment=Reception and support of newcomers
fr.RemoveData=Supprimer aussi les données de cjeapp sur cet ordinateur (base de données, sauvegardes, journal, réglages) ?%n%n%1%n%nElles sont chiffrées. Répondez Non pour les garder : une nouvelle installation les retrouvera.
en.RemoveData=Also remove cjeapp's data from this computer (database, backups, log, settings)?%n%n%1%n%nThey are encrypted. Answer No to keep them: a new installation will find them.

[Code]
// The data folder platformdirs gives cjeapp on Windows (user_data_dir, not roaming).
function DataFolder(): String;
begin
  Result := ExpandConstant('{localappdata}\cjeapp');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(DataFolder()) and (not UninstallSilent()) then
    if MsgBox(FmtMessage(CustomMessage('RemoveData'), [DataFolder()]), mbConfirmation,
              MB_YESNO or MB_DEFBUTTON2) = IDYES then
      DelTree(DataFolder(), True, True, True);
end;
