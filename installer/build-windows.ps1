# Build the Windows installer build\installer\pilotzone-setup-<version>.exe (see installer\README.md).
#   powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1 [-Python C:\path\python.exe] [-Iscc C:\path\ISCC.exe]
# Prerequisites: Python 3.11 x64, Inno Setup 6.3+. Creates the venv build\venv-windows, installs the
# project and PyInstaller into it, runs installer\pilotzone.spec, smoke-tests the CLI and runs iscc.
# Keep this file ASCII: Windows PowerShell 5.1 reads BOM-less scripts in the ANSI code page.
param(
    [string]$Python = "",
    [string]$Iscc = ""
)
$ErrorActionPreference = "Stop"
$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root

function Invoke-Checked([string]$Exe, [string[]]$Arguments) {
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "'$Exe $($Arguments -join ' ')' failed with exit code $LASTEXITCODE" }
}

# 1. Python 3.11 x64 (the py launcher's 3.11 unless -Python is given)
if (-not $Python) {
    if (Get-Command py -ErrorAction SilentlyContinue) {
        $Python = (& py -3.11 -c "import sys; print(sys.executable)")
        if ($LASTEXITCODE -ne 0) { throw "Python 3.11 not found by the py launcher: install Python 3.11 x64 or pass -Python" }
    } else {
        $Python = "python"
    }
}
Invoke-Checked $Python @("-c", "import sys, struct; assert sys.version_info[:2] == (3, 11) and struct.calcsize('P') == 8, 'need Python 3.11 x64, not ' + sys.version")

# 2. a fresh build venv with the project and PyInstaller
$Venv = Join-Path $Root "build\venv-windows"
if (Test-Path $Venv) { Remove-Item -Recurse -Force $Venv }
Invoke-Checked $Python @("-m", "venv", $Venv)
$VenvPython = Join-Path $Venv "Scripts\python.exe"
Invoke-Checked $VenvPython @("-m", "pip", "install", "--quiet", "--upgrade", "pip")
Invoke-Checked $VenvPython @("-m", "pip", "install", "--quiet", ".", "pyinstaller>=6.22,<7")

# 3. the version, from its one place (app\__init__.py)
$Version = (& $VenvPython installer\version.py).Trim()
if ($LASTEXITCODE -ne 0 -or -not $Version) { throw "could not read the version from app\__init__.py" }
Write-Host "Building pilotzone $Version"

# 4. the one-folder bundle: build\bundle\pilotzone\ (pilotzone.exe, pilotzone-cli.exe, _internal\)
Invoke-Checked $VenvPython @("-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
    "--distpath", "build\bundle", "--workpath", "build\pyinstaller", "installer\pilotzone.spec")
$Cli = Join-Path $Root "build\bundle\pilotzone\pilotzone-cli.exe"
Invoke-Checked $Cli @("--version")
Invoke-Checked $Cli @("check", "examples\binjiang.json")
$Size = (Get-ChildItem -Recurse -File "build\bundle\pilotzone" | Measure-Object -Sum Length).Sum / 1MB
Write-Host ("Bundle: {0:N0} MB unpacked" -f $Size)

# 5. the installer
if (-not $Iscc) {
    $Found = Get-Command iscc -ErrorAction SilentlyContinue
    $Candidates = @(
        $(if ($Found) { $Found.Source }),
        (Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"),
        (Join-Path $env:ProgramFiles "Inno Setup 6\ISCC.exe"),
        (Join-Path $env:LOCALAPPDATA "Programs\Inno Setup 6\ISCC.exe")
    ) | Where-Object { $_ -and (Test-Path $_) }
    if (-not $Candidates) { throw "ISCC.exe (Inno Setup 6) not found: install it or pass -Iscc" }
    $Iscc = @($Candidates)[0]
}
Invoke-Checked $Iscc @("/DAppVersion=$Version", "installer\pilotzone.iss")
Write-Host "Installer: build\installer\pilotzone-setup-$Version.exe"
