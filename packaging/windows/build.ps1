# Build cjeapp's Windows installer. Run in PowerShell on Windows 10 or 11 (x64) with
# Python 3.11 (python.org, "py" launcher) and Inno Setup 6 installed:
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# Result: dist\cjeapp\ (the one-folder program) and dist\cjeapp-VERSION-installation.exe.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
if (-not (Test-Path .venv\Scripts\python.exe)) { py -3.11 -m venv .venv }
.venv\Scripts\python -m pip install --disable-pip-version-check -q --upgrade pip
.venv\Scripts\python -m pip install --disable-pip-version-check -q -e . "pyinstaller>=6.5,<7"
.venv\Scripts\python scripts\translations.py build
.venv\Scripts\pyinstaller --noconfirm --clean --log-level WARN --distpath dist `
  --workpath build\pyinstaller packaging\cjeapp.spec
# The frozen program lists the components it carries, with their licences.
dist\cjeapp\cjeapp-cli.exe licences --out dist\cjeapp\THIRD-PARTY-LICENCES.txt
$version = (.venv\Scripts\python -c "import cjeapp; print(cjeapp.__version__)").Trim()
$iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"
& $iscc "/DAppVersion=$version" packaging\windows\cjeapp.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
