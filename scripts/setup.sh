#!/usr/bin/env bash
# Set up everything cjeapp needs on Debian: Qt's system libraries, a virtual environment
# with the package and its test tools, and the compiled translations.
# Usage: scripts/setup.sh [--gui] [--test]
#   --gui adds the libraries a real on-screen window needs; --test adds what the tests open
#   the program's files with (LibreOffice Calc, headless, for the spreadsheets; zbarimg for
#   the QR codes of documents), PostgreSQL (the tests start a throwaway server of their
#   own on loopback; the packaged cluster is not used), and what reads the program as a
#   screen reader does (a virtual display, a session bus, AT-SPI and its Python binding,
#   with the libraries of a real window).
set -euo pipefail
cd "$(dirname "$0")/.."

gui=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
     libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1)
packages=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core)
for option in "$@"; do
  case "$option" in
    --gui) packages+=("${gui[@]}") ;;
    --test) packages+=(libreoffice-calc-nogui zbar-tools postgresql postgresql-contrib
                       xvfb dbus at-spi2-core python3-pyatspi "${gui[@]}") ;;
  esac
done
python3 -c 'import ensurepip, venv' 2>/dev/null || packages+=(python3-venv)
missing=()
if command -v dpkg >/dev/null 2>&1; then
  for package in "${packages[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
stamp=".venv/.cjeapp-installed-$(sha256sum pyproject.toml | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
  .venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test]"
  rm -f .venv/.cjeapp-installed-*
  touch "$stamp"
fi
.venv/bin/python scripts/translations.py build
