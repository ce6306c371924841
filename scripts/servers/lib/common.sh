#!/usr/bin/env bash
# What the server scripts share; each of them sources this file. (It lives below scripts/servers so
# that scripts/test.sh, which starts every scripts/servers/*.sh, does not take it for a server.)

# The account the servers run as: the current one, or `assaytest` (created when missing) for root,
# as which PostgreSQL, MariaDB and ClickHouse refuse to run or should not.
server_account() {
  if [ "$(id -u)" -ne 0 ]; then id -un; return; fi
  if ! id -u assaytest >/dev/null 2>&1; then
    # Another server script may create the same account at the same time.
    useradd --system --no-create-home --shell /usr/sbin/nologin assaytest 2>/dev/null || id -u assaytest >/dev/null
  fi
  echo assaytest
}

# Runs a command as the servers' account.
server_as_account() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u assaytest -- "$@"; else "$@"; fi
}

# A TCP port free on 127.0.0.1 now.
server_free_port() {
  server_free_ports 1
}

# COUNT TCP ports free on 127.0.0.1 now, on one line, all different: each is held while the next is
# chosen, where ports chosen one at a time may repeat (a port freed is free to be chosen again).
server_free_ports() {
  python3 -c '
import socket, sys
held = [socket.socket() for _ in range(int(sys.argv[1]))]
for s in held:
    s.bind(("127.0.0.1", 0))
print(" ".join(str(s.getsockname()[1]) for s in held))' "$1"
}

# A password made for this run: 32 hexadecimal digits.
server_new_password() {
  python3 -c 'import secrets; print(secrets.token_hex(16))'
}
