#!/usr/bin/env bash
# Install the Debian packages broadsheet's tests and demo use, when they are missing.
set -euo pipefail
want=(python3-venv postgresql tesseract-ocr tesseract-ocr-eng chromium fontconfig fonts-liberation
      fonts-dejavu-core libpango-1.0-0 libpangoft2-1.0-0 poppler-utils)
want+=(tesseract-ocr-script-latn)  # OCR reads with the Latin-script model when installed (eng otherwise)
missing=()
for pkg in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "note: missing Debian packages (${missing[*]}); run as root to install them; dependent tests skip" >&2
  exit 0
fi
echo "installing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q >/dev/null
apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
