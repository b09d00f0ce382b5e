; Inno Setup 6 script of Thi đua for Windows 10 (1809+) and 11.
; Built by `uv run python installer/build.py` (which passes /DAppVersion=...), or by hand:
;   ISCC.exe /DAppVersion=0.1.0 installer\thidua.iss
; Installs for the current user only, without administrator rights. The user's data and backups
; live in %LOCALAPPDATA%\ThiDua\ThiDua and are NEVER touched by setup or by the uninstaller.
; The AppId below is fixed forever: a newer setup upgrades the same installation in place.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
; A release uses the strongest compression; installer/wine_check.sh builds its second, upgrade
; setup with /DCompression=lzma2/fast to save a minute.
#ifndef Compression
  #define Compression "lzma2/max"
#endif
#define AppName "Thi đua - Khen thưởng"
#define AppExe "thidua.exe"

[Setup]
AppId={{954C08BA-2AC9-4C41-9FD5-3254F97CAA06}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=ThiDua
VersionInfoVersion={#AppVersion}
; Per-user install: no UAC prompt. The folder is spelled out: %LOCALAPPDATA%\Programs is where
; {autopf} points in a per-user install on Windows 10/11, and Wine (CI) cannot expand {autopf}
; per user (installer/README.md).
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\ThiDua
DefaultGroupName=Thi đua
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
MinVersion=10.0.17763
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SourceDir=.
OutputDir=Output
OutputBaseFilename=ThiDua-{#AppVersion}-setup
SetupIconFile=build\thidua.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression={#Compression}
SolidCompression=yes
WizardStyle=modern
; An open copy of the program is closed (and reopened) when upgrading.
CloseApplications=yes
RestartApplications=no

[Languages]
#if FileExists(AddBackslash(CompilerPath) + "Languages\Vietnamese.isl")
Name: "vi"; MessagesFile: "compiler:Languages\Vietnamese.isl"
#else
Name: "vi"; MessagesFile: "compiler:Default.isl"
#endif

[LangOptions]
LanguageName=Tiếng Việt
LanguageID=$042A
LanguageCodePage=0

[Messages]
; Vietnamese for the pages a clerk sees (Inno Setup ships no official Vietnamese file).
SetupAppTitle=Cài đặt
SetupWindowTitle=Cài đặt - %1
WelcomeLabel1=Chào mừng đến với trình cài đặt [name]
WelcomeLabel2=Chương trình sẽ cài [name/ver] vào máy tính của bạn.%n%nNên đóng các chương trình khác trước khi tiếp tục.
ButtonBack=< &Quay lại
ButtonNext=&Tiếp >
ButtonInstall=&Cài đặt
ButtonCancel=Hủy
ButtonFinish=&Hoàn tất
ButtonBrowse=&Chọn...
ButtonYes=&Có
ButtonNo=&Không
ExitSetupTitle=Thoát cài đặt
ExitSetupMessage=Việc cài đặt chưa xong. Nếu thoát bây giờ, chương trình sẽ không được cài.%n%nBạn có thể chạy lại trình cài đặt sau.%n%nThoát cài đặt?
WizardSelectDir=Chọn thư mục cài đặt
SelectDirDesc=Cài [name] vào đâu?
SelectDirLabel3=Trình cài đặt sẽ cài [name] vào thư mục sau.
SelectDirBrowseLabel=Bấm Tiếp để tiếp tục. Muốn chọn thư mục khác, bấm Chọn.
WizardSelectTasks=Chọn tác vụ bổ sung
SelectTasksDesc=Cần làm thêm những việc nào?
SelectTasksLabel2=Chọn các tác vụ bổ sung khi cài [name], rồi bấm Tiếp.
WizardReady=Sẵn sàng cài đặt
ReadyLabel1=Trình cài đặt đã sẵn sàng cài [name] vào máy tính.
ReadyLabel2a=Bấm Cài đặt để bắt đầu, hoặc Quay lại để xem lại lựa chọn.
WizardInstalling=Đang cài đặt
InstallingLabel=Xin chờ trong khi [name] được cài vào máy tính.
FinishedHeadingLabel=Đã cài xong [name]
FinishedLabelNoIcons=Đã cài [name] vào máy tính.
FinishedLabel=Đã cài [name] vào máy tính. Có thể mở chương trình từ các biểu tượng đã tạo.
ClickFinish=Bấm Hoàn tất để đóng trình cài đặt.
RunEntryExec=Mở %1
StatusExtractFiles=Đang chép tệp...
StatusCreateIcons=Đang tạo biểu tượng...
StatusUninstalling=Đang gỡ %1...
ConfirmUninstall=Gỡ %1 khỏi máy tính?%n%nDữ liệu và các bản sao lưu của đơn vị KHÔNG bị xóa.
UninstalledAll=Đã gỡ %1 khỏi máy tính. Dữ liệu và bản sao lưu vẫn được giữ nguyên.
UninstallStatusLabel=Xin chờ trong khi %1 được gỡ khỏi máy tính.
UninstallAppFullTitle=Gỡ %1
AdminPrivilegesRequired=Cần quyền quản trị để cài chương trình này.
SetupAlreadyRunning=Trình cài đặt đang chạy.
WindowsVersionNotSupported=Chương trình cần Windows 10 (bản 1809 trở lên) hoặc Windows 11.
DiskSpaceMBLabel=Cần ít nhất [mb] MB dung lượng đĩa trống.
SetupAborted=Cài đặt chưa hoàn tất.%n%nHãy khắc phục sự cố rồi chạy lại trình cài đặt.
UninstallAppTitle=Gỡ cài đặt
InformationTitle=Thông tin
ConfirmTitle=Xác nhận
ErrorTitle=Lỗi
ReadyLabel2b=Bấm Cài đặt để bắt đầu.
ReadyMemoDir=Thư mục cài đặt:
ReadyMemoTasks=Tác vụ bổ sung:
WizardPreparing=Chuẩn bị cài đặt
PreparingDesc=Trình cài đặt đang chuẩn bị cài [name] vào máy tính.
ApplicationsFound=Các chương trình sau đang dùng tệp cần cập nhật. Nên để trình cài đặt tự đóng chúng (dữ liệu đã lưu không bị ảnh hưởng).
ApplicationsFound2=Các chương trình sau đang dùng tệp cần cập nhật. Nên để trình cài đặt tự đóng chúng; sau khi cài xong, trình cài đặt sẽ mở lại chúng.
CloseApplications=&Tự động đóng các chương trình
DontCloseApplications=&Không đóng các chương trình
StatusClosingApplications=Đang đóng các chương trình...
SetupAppRunningError=Chương trình %1 đang mở.%n%nHãy đóng chương trình rồi bấm OK để tiếp tục, hoặc Hủy để thoát.
UninstallAppRunningError=Chương trình %1 đang mở.%n%nHãy đóng chương trình rồi bấm OK để tiếp tục, hoặc Hủy để thoát.
WizardUninstalling=Tình trạng gỡ cài đặt
WinVersionTooLowError=Chương trình cần %1 phiên bản %2 trở lên.

[CustomMessages]
vi.OpenProgram=Mở Thi đua
vi.UninstallProgram=Gỡ Thi đua
vi.AdditionalIcons=Biểu tượng bổ sung:
vi.CreateDesktopIcon=Tạo biểu tượng trên &màn hình nền

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; Upgrade in place: clear the previous version's program files (never the user's data).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "dist\thidua\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Thi đua"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "{cm:OpenProgram}"
Name: "{autoprograms}\{cm:UninstallProgram}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Thi đua"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:OpenProgram}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] for the data folder: the uninstaller removes only what setup installed,
; so %LOCALAPPDATA%\ThiDua\ThiDua (thidua.db, backups, logs) stays for a later reinstall.
