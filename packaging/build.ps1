# Build the Windows installer of Review Desk from a checkout (PowerShell 5.1 or 7):
#
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1           # fresh venv
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1 -NoVenv   # this Python as it is
#
# Needs Python 3.11+ (python.org, 64-bit) and Inno Setup 6 (ISCC.exe; winget install
# JRSoftware.InnoSetup). Writes dist\review-desk\ (the one-folder app: review-desk.exe
# opens the window, review-desk-cli.exe runs the commands), a portable zip of it and
# dist\review-desk-VERSION-setup.exe (the installer reviewers run).
param(
    [switch]$NoVenv,
    [string]$Python = "python",
    [string]$Iscc = ""
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

function Invoke-Native {
    # run a program with the rest of the words as its arguments; stop when it fails
    # (PowerShell does not stop for a native program's exit code). A simple function on
    # purpose: $args passes words like -m and --version through untouched.
    $program, $rest = $args
    & $program @rest
    if ($LASTEXITCODE -ne 0) { throw "$program $rest failed with exit code $LASTEXITCODE" }
}

$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root
$started = Get-Date

if ($NoVenv) {
    $Py = $Python
    & $Py -c "import PyInstaller" 2>$null
    if ($LASTEXITCODE -ne 0) { Invoke-Native $Py -m pip install -q "pyinstaller>=6.10" }
} else {
    Invoke-Native $Python -m venv --clear build\venv
    $Py = Join-Path $Root "build\venv\Scripts\python.exe"
    Invoke-Native $Py -m pip install -q --upgrade pip
    Invoke-Native $Py -m pip install -q . "pyinstaller>=6.10"
}

# the translations and icons the bundle carries are built from their sources
Invoke-Native $Py translations\build.py --release
Invoke-Native $Py packaging\icons\make_icons.py --check

Invoke-Native $Py -m PyInstaller --noconfirm --clean --log-level WARN `
    --distpath dist --workpath build\pyinstaller packaging\review_desk.spec

$App = Join-Path $Root "dist\review-desk"
$Version = (& $Py -c "from importlib.metadata import version; print(version('review-desk'))").Trim()
$Numeric = ([regex]::Match($Version, '^\d+(\.\d+){0,3}')).Value
Invoke-Native (Join-Path $App "review-desk-cli.exe") --version

$Zip = Join-Path $Root "dist\review-desk-$Version-windows-x64.zip"
if (Test-Path $Zip) { Remove-Item $Zip }
Compress-Archive -Path $App -DestinationPath $Zip

if (-not $Iscc) {
    $found = Get-Command ISCC.exe -ErrorAction SilentlyContinue
    if ($found) { $Iscc = $found.Source }
}
if (-not $Iscc) {
    foreach ($candidate in @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
                             "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
                             "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe")) {
        if (Test-Path $candidate) { $Iscc = $candidate; break }
    }
}
if (-not $Iscc) { throw "Inno Setup 6 (ISCC.exe) not found: install it or pass -Iscc PATH" }
Invoke-Native $Iscc /Q "/DAppVersion=$Version" "/DAppVersionNumeric=$Numeric" `
    "/DSourceDir=$App" "/DOutputDir=$(Join-Path $Root 'dist')" packaging\windows\review_desk.iss

$seconds = [int]((Get-Date) - $started).TotalSeconds
Write-Host "bundle: $App; portable zip: $Zip"
Write-Host "installer: dist\review-desk-$Version-setup.exe; built in $seconds s"
