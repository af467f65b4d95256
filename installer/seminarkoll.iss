; Inno Setup script for Seminarkoll on Windows: a per-user install, no administrator rights.
; Build on Windows after the PyInstaller folder (see installer/README.md):
;   iscc installer\seminarkoll.iss      ->  dist\Seminarkoll-0.1.0-setup.exe
; The uninstaller removes only what this script installed: the user's databases and backups in
; %LOCALAPPDATA%\Seminarkoll\ are never touched.

#define AppName "Seminarkoll"
#define AppVersion "0.1.0"
#define AppExe "seminarkoll.exe"

[Setup]
AppId={{7B3E2C1A-5D4F-4E8B-9A61-2C0F3B7D9E15}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher={#AppName}
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=Seminarkoll-{#AppVersion}-setup
SetupIconFile=..\resources\icons\seminarkoll.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
ChangesAssociations=yes
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "sv"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
sv.AssociateFiles=Öppna SQLite-databaser (.sqlite3) med Seminarkoll
en.AssociateFiles=Open SQLite databases (.sqlite3) with Seminarkoll
sv.DesktopIcon=Skapa en genväg på skrivbordet
en.DesktopIcon=Create a desktop shortcut
sv.FileTypeName=Seminarkoll-databas
en.FileTypeName=Seminarkoll database

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked
Name: "associate"; Description: "{cm:AssociateFiles}"; Flags: unchecked

[Files]
Source: "..\dist\seminarkoll\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Registry]
Root: HKA; Subkey: "Software\Classes\.sqlite3\OpenWithProgids"; ValueType: string; ValueName: "Seminarkoll.Database"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\Seminarkoll.Database"; ValueType: string; ValueName: ""; ValueData: "{cm:FileTypeName}"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\Seminarkoll.Database\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\Seminarkoll.Database\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" --db ""%1"""; Tasks: associate

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
