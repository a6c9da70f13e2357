; Inno Setup script: a per-user installer around dist\bruinpapier\ (built on Windows with
; `python packaging\build.py`), with a Start menu entry and the .bruinpapier file type.
; Compile with: iscc /DAppVersion=0.1.0 packaging\windows\bruinpapier.iss

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6C1E8F2A-4B7D-4E0B-9A55-B6A3F0D2C9E1}
AppName=Bruinpapier
AppVersion={#AppVersion}
AppPublisher=Bruinpapier
DefaultDirName={localappdata}\Programs\Bruinpapier
DefaultGroupName=Bruinpapier
PrivilegesRequired=lowest
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=bruinpapier-{#AppVersion}-setup
SetupIconFile=..\icons\bruinpapier.ico
UninstallDisplayIcon={app}\bruinpapier.exe
Compression=lzma2
SolidCompression=yes

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\bruinpapier\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Bruinpapier"; Filename: "{app}\bruinpapier.exe"

[Registry]
Root: HKCU; Subkey: "Software\Classes\.bruinpapier"; ValueType: string; ValueName: ""; ValueData: "Bruinpapier.Workshop"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\Bruinpapier.Workshop"; ValueType: string; ValueName: ""; ValueData: "Bruinpapier-traject"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Bruinpapier.Workshop\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\bruinpapier.exe,0"
Root: HKCU; Subkey: "Software\Classes\Bruinpapier.Workshop\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\bruinpapier.exe"" ""%1"""
