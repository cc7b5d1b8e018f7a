; Inno Setup 6 (6.3 or later) script for 先导区申报助手 (pilotzone): a per-user install, no admin rights.
;   iscc /DAppVersion=<__version__ of app\__init__.py> installer\pilotzone.iss   (build-windows.ps1 does this)
; Packs the PyInstaller one-folder build build\bundle\pilotzone\ into build\installer\pilotzone-setup-<version>.exe.
; This file is UTF-8 with a byte-order mark: keep it so, or Inno Setup reads the Chinese text as ANSI.

#ifndef AppVersion
  #error Pass the version from app/__init__.py: iscc /DAppVersion=<version> installer\pilotzone.iss
#endif
#define AppName "先导区申报助手"
#define AppExe "pilotzone.exe"
#define BundleDir SourcePath + "..\build\bundle\pilotzone"
#if FileExists(SourcePath + "..\resources\icons\pilotzone.ico")
  #define AppIcon SourcePath + "..\resources\icons\pilotzone.ico"
#else
  #define AppIcon SourcePath + "pilotzone.ico"
#endif
#if !FileExists(BundleDir + "\" + AppExe)
  #error build\bundle\pilotzone\pilotzone.exe is missing: run PyInstaller on installer\pilotzone.spec first
#endif

[Setup]
AppId={{6B1E0F3C-52A7-4C1D-9B8E-3F2D7A9C4E15}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=pilotzone
; per user: {autopf} is %LOCALAPPDATA%\Programs with PrivilegesRequired=lowest
PrivilegesRequired=lowest
DefaultDirName={autopf}\pilotzone
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\build\installer
OutputBaseFilename=pilotzone-setup-{#AppVersion}
SetupIconFile={#AppIcon}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
ChangesAssociations=yes
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; ChineseSimplified.isl is an unofficial translation and not shipped with Inno Setup: download it from
; https://jrsoftware.org/files/istrans/ into Inno Setup's Languages folder to get a Chinese setup wizard.
#if FileExists(CompilerPath + "Languages\ChineseSimplified.isl")
Name: "chinesesimp"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif

[CustomMessages]
english.AssocTask=Open .pzd dossier files with {#AppName}
english.DossierFileType=pilotzone dossier (.pzd)
#if FileExists(CompilerPath + "Languages\ChineseSimplified.isl")
chinesesimp.AssocTask=用{#AppName}打开 .pzd 申报材料文件
chinesesimp.DossierFileType=先导区申报材料（.pzd）
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "assoc"; Description: "{cm:AssocTask}"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Registry]
; .pzd association for this user only (HKCU\Software\Classes), removed by the uninstaller
Root: HKCU; Subkey: "Software\Classes\.pzd"; ValueType: string; ValueName: ""; ValueData: "pilotzone.dossier"; Flags: uninsdeletevalue; Tasks: assoc
Root: HKCU; Subkey: "Software\Classes\.pzd\OpenWithProgids"; ValueType: string; ValueName: "pilotzone.dossier"; ValueData: ""; Flags: uninsdeletevalue; Tasks: assoc
Root: HKCU; Subkey: "Software\Classes\pilotzone.dossier"; ValueType: string; ValueName: ""; ValueData: "{cm:DossierFileType}"; Flags: uninsdeletekey; Tasks: assoc
Root: HKCU; Subkey: "Software\Classes\pilotzone.dossier\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: assoc
Root: HKCU; Subkey: "Software\Classes\pilotzone.dossier\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: assoc

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
