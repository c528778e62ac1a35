; Inno Setup 6 script: the Windows installer of Review Desk (提案审查台).
;
; packaging/build.ps1 builds the bundle (dist\review-desk\) and compiles this with:
;   ISCC.exe /DAppVersion=0.1.0 /DSourceDir=<repo>\dist\review-desk /DOutputDir=<repo>\dist ^
;            packaging\windows\review_desk.iss
; The version comes from the package metadata; nothing here needs editing for a release.
;
; What it does: installs for the current user without administrator rights (a dialog lets
; an administrator install for all users), a Start-menu entry (and a desktop icon when
; ticked), opens .rdesk session files by double-click ("review-desk.exe" open "%1"), an
; uninstaller in Settings > Apps. The user's data (session files, settings, logs, own
; templates) is never touched by installing, updating or uninstalling.
;
; Saved as UTF-8 with a byte order mark, so Inno Setup reads the Chinese names right.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z (packaging\build.ps1 does)
#endif
#ifndef AppVersionNumeric
  ; the Windows file version: numbers only (build.ps1 passes 1.2.3 for 1.2.3.dev4)
  #define AppVersionNumeric AppVersion
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\review-desk"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#define AppExe "review-desk.exe"
#define CliExe "review-desk-cli.exe"
#define ProgId "ReviewDesk.Session.1"
#define Ext ".rdesk"
; Inno Setup 6.4 and later ship the Simplified Chinese wizard texts; with an older
; compiler the installer is built in English only.
#define HaveChinese FileExists(CompilerPath + "Languages\ChineseSimplified.isl")

[Setup]
AppId={{6B7D2E7A-3C1F-4E55-9A0B-52D1C8A4F1E3}
AppName={cm:AppTitle}
AppVersion={#AppVersion}
AppVerName={cm:AppTitle} {#AppVersion}
AppPublisher=Review Desk
AppComments={cm:AppComment}
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductName=Review Desk
DefaultDirName={autopf}\Review Desk
DefaultGroupName={cm:AppTitle}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 runs on Windows 10 and later
MinVersion=10.0
ChangesAssociations=yes
CloseApplications=yes
SetupIconFile=..\..\src\review_desk\resources\icons\review-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={cm:AppTitle}
OutputDir={#OutputDir}
OutputBaseFilename=review-desk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
#if HaveChinese
Name: "zh"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif

[CustomMessages]
en.AppTitle=Review Desk
en.AppComment=Review the proposals of a CPPCC plenary session, offline
en.SessionFile=Review Desk session
#if HaveChinese
zh.AppTitle=提案审查台
zh.AppComment=离线审查政协全体会议的提案
zh.SessionFile=提案审查台会议文件
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; the whole one-folder bundle: review-desk.exe (window), review-desk-cli.exe (commands), _internal\
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; an update replaces the bundled libraries wholesale: no stale file of an older version stays
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{cm:AppTitle}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{cm:AppTitle}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; the .rdesk file type: double-click opens it in the desk
Root: HKA; Subkey: "Software\Classes\{#Ext}"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#Ext}\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:SessionFile}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" open ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: "{#Ext}"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{cm:AppTitle}"; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{cm:AppTitle}}"; Flags: nowait postinstall skipifsilent
