; NSIS installer for mgdesk on Windows (the PyInstaller one-folder bundle).
;
;   makensis /DVERSION=0.2.0 /DBUNDLE=..\..\dist\mgdesk /DOUTFILE=..\..\dist\mgdesk-0.2.0-setup.exe mgdesk.nsi
;
; Per-user install by default (no administrator rights needed); IT installs
; for all users with /AllUsers.  Silent install and uninstall with /S.
; The uninstaller removes exactly what the installer wrote (the bundle
; folder, the Start-menu shortcut, the Add/Remove Programs entry) and never
; the users' databases and settings, which live in their own profile folders.

Unicode true
!ifndef VERSION
  !error "pass /DVERSION=x.y.z (from mgdesk/__init__.py)"
!endif
!ifndef BUNDLE
  !error "pass /DBUNDLE=path\to\dist\mgdesk (the PyInstaller one-folder bundle)"
!endif
!ifndef OUTFILE
  !define OUTFILE "mgdesk-${VERSION}-setup.exe"
!endif

!define APPNAME "mgdesk"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\mgdesk"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"

Name "${APPNAME} ${VERSION}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APPNAME}"
SetCompressor /SOLID lzma
VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${APPNAME}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "mgdesk installer"
VIAddVersionKey "LegalCopyright" "mgdesk authors, GPL-3.0-or-later"

Var AllUsers

!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
; The installer's own language: the languages mgdesk's window speaks
; (resources/translations/README.md), offered in a list at start unless silent.
; The window's language is chosen in mgdesk itself (Settings > Language).
!define MUI_LANGDLL_ALLLANGUAGES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "Spanish"
!insertmacro MUI_LANGUAGE "PortugueseBR"
!insertmacro MUI_LANGUAGE "Arabic"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString NeedsAdmin ${LANG_ENGLISH} "/AllUsers needs administrator rights."
LangString NeedsAdmin ${LANG_FRENCH} "/AllUsers nécessite les droits d'administrateur."
LangString NeedsAdmin ${LANG_SPANISH} "/AllUsers necesita derechos de administrador."
LangString NeedsAdmin ${LANG_PORTUGUESEBR} "/AllUsers precisa de direitos de administrador."
LangString NeedsAdmin ${LANG_ARABIC} "يحتاج /AllUsers إلى صلاحيات المسؤول."

Function .onInit
  ${IfNot} ${Silent}
    !insertmacro MUI_LANGDLL_DISPLAY
  ${EndIf}
  StrCpy $AllUsers 0
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/AllUsers" $1
  ${IfNot} ${Errors}
    StrCpy $AllUsers 1
    SetShellVarContext all
    StrCpy $INSTDIR "$PROGRAMFILES64\${APPNAME}"
  ${EndIf}
FunctionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
  ; The uninstaller learns the mode from the marker the installer left.
  ${If} ${FileExists} "$INSTDIR\all-users.txt"
    SetShellVarContext all
  ${EndIf}
FunctionEnd

Section "mgdesk" SecMain
  ${If} $AllUsers == 1
    UserInfo::GetAccountType
    Pop $0
    ${If} $0 != "admin"
      MessageBox MB_ICONSTOP "$(NeedsAdmin)" /SD IDOK
      Abort
    ${EndIf}
  ${EndIf}
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE}\*.*"
  ${If} $AllUsers == 1
    FileOpen $0 "$INSTDIR\all-users.txt" w
    FileWrite $0 "installed for all users"
    FileClose $0
  ${EndIf}
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${APPNAME}.lnk" "$INSTDIR\mgdesk.exe"
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  ${If} $AllUsers == 1
    WriteRegStr HKLM "${UNINSTKEY}" "DisplayName" "${APPNAME}"
    WriteRegStr HKLM "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
    WriteRegStr HKLM "${UNINSTKEY}" "Publisher" "mgdesk"
    WriteRegStr HKLM "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\mgdesk.exe"
    WriteRegStr HKLM "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
    WriteRegStr HKLM "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
    WriteRegStr HKLM "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
    WriteRegDWORD HKLM "${UNINSTKEY}" "EstimatedSize" $0
    WriteRegDWORD HKLM "${UNINSTKEY}" "NoModify" 1
    WriteRegDWORD HKLM "${UNINSTKEY}" "NoRepair" 1
  ${Else}
    WriteRegStr HKCU "${UNINSTKEY}" "DisplayName" "${APPNAME}"
    WriteRegStr HKCU "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
    WriteRegStr HKCU "${UNINSTKEY}" "Publisher" "mgdesk"
    WriteRegStr HKCU "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\mgdesk.exe"
    WriteRegStr HKCU "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
    WriteRegStr HKCU "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
    WriteRegStr HKCU "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
    WriteRegDWORD HKCU "${UNINSTKEY}" "EstimatedSize" $0
    WriteRegDWORD HKCU "${UNINSTKEY}" "NoModify" 1
    WriteRegDWORD HKCU "${UNINSTKEY}" "NoRepair" 1
  ${EndIf}
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APPNAME}.lnk"
  ; Only the bundle folder the installer wrote; the users' databases and
  ; settings are under their own %APPDATA%\mgdesk and stay.
  RMDir /r "$INSTDIR\_internal"
  RMDir /r "$INSTDIR\licenses"
  Delete "$INSTDIR\sbom.cdx.json"
  Delete "$INSTDIR\mgdesk.exe"
  Delete "$INSTDIR\mgdesk-cli.exe"
  Delete "$INSTDIR\all-users.txt"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  ${If} ${FileExists} "$INSTDIR\*.*"
    DetailPrint "$INSTDIR kept: it holds files mgdesk did not install."
  ${EndIf}
  DeleteRegKey HKLM "${UNINSTKEY}"
  DeleteRegKey HKCU "${UNINSTKEY}"
SectionEnd
