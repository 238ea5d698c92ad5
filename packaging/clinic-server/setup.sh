#!/usr/bin/env bash
# Sets up (or checks) the clinic server for mgdesk on Debian or Ubuntu, with the
# distribution's own PostgreSQL.  Run as root on the server; see README.md beside it.
#
#   bash setup.sh install SUBNET             # e.g. 192.168.10.0/24: role, database, network access, backups
#   bash setup.sh add-user NAME              # one login per member of staff (asks for the password)
#   bash setup.sh restore-test [DUMP]        # restore a backup into a scratch database and count its rows
#
# The database is "mgdesk", owned by the role "mgdesk_owner" (no login); staff log
# in with their own roles, members of "mgdesk_staff", so the audit names them.
# mgdesk creates its tables itself on first connection (the same migrations as for
# a workstation's file).  Backups: pg_dump every night at 01:30 into
# /var/backups/mgdesk, 30 days kept.
set -euo pipefail

say() { printf 'clinic-server: %s\n' "$*" >&2; }
[ "$(id -u)" = 0 ] || { say "run me as root (sudo bash $0 ...)"; exit 1; }
db=mgdesk
backups=/var/backups/mgdesk
as_postgres() { runuser -u postgres -- "$@"; }
sql() { as_postgres psql -v ON_ERROR_STOP=1 -qAt "$@"; }

ensure_postgresql() {
  if ! command -v psql >/dev/null 2>&1 || ! id postgres >/dev/null 2>&1; then
    say "installing Debian's postgresql package"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
}

install_server() {
  local subnet=${1:?give the clinic subnet, e.g. 192.168.10.0/24}
  ensure_postgresql
  sql -d postgres <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'mgdesk_owner') THEN CREATE ROLE mgdesk_owner NOLOGIN; END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'mgdesk_staff') THEN CREATE ROLE mgdesk_staff NOLOGIN; END IF;
END \$\$;
SQL
  if [ -z "$(sql -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]; then
    sql -d postgres -c "CREATE DATABASE $db OWNER mgdesk_owner ENCODING 'UTF8' TEMPLATE template0"
  fi
  # Staff act as the owner inside the database (they create and migrate the tables),
  # and log in under their own names, which the audit records.
  sql -d "$db" <<SQL
REVOKE ALL ON DATABASE $db FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE $db TO mgdesk_staff;
GRANT mgdesk_owner TO mgdesk_staff;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT ALL ON SCHEMA public TO mgdesk_owner;
SQL
  local hba line
  hba=$(sql -d postgres -c "SHOW hba_file")
  line="hostssl $db +mgdesk_staff $subnet scram-sha-256"
  if ! grep -qxF "$line" "$hba"; then
    printf '# mgdesk workstations: TLS and a password, members of mgdesk_staff only\n%s\n' "$line" >>"$hba"
    say "added to $hba: $line"
  fi
  sql -d postgres -c "ALTER SYSTEM SET listen_addresses = '*'" -c "ALTER SYSTEM SET password_encryption = 'scram-sha-256'"
  # Debian's cluster has TLS on with a self-signed certificate (ssl = on); replace it with the clinic's own.
  pg_ctlcluster "$(pg_version)" main restart
  mkdir -p "$backups"
  chown postgres: "$backups"
  chmod 0700 "$backups"
  cat >/etc/cron.d/mgdesk-backup <<CRON
# mgdesk: nightly dump of the clinic database, custom format, 30 days kept.
30 1 * * * postgres pg_dump --format=custom --file=$backups/$db-\$(date +\%Y\%m\%d).dump $db && find $backups -name '$db-*.dump' -mtime +30 -delete
CRON
  say "done: database $db on port 5432, reachable from $subnet over TLS; nightly backups in $backups"
  say "next: bash $0 add-user NAME for each member of staff; test a restore with bash $0 restore-test"
}

pg_version() { sql -d postgres -c "SHOW server_version_num" | cut -c1-2; }

add_user() {
  local name=${1:?give the login name, e.g. nurse2}
  ensure_postgresql
  say "password for $name (typed twice; give it to them, they keep it in ~/.pgpass):"
  as_postgres createuser --pwprompt --no-createdb --no-createrole --no-superuser --role=mgdesk_staff "$name"
  # In mgdesk's database they act as the owner of its tables; the audit still names them (session_user).
  sql -d postgres -c "ALTER ROLE \"$name\" IN DATABASE $db SET role = 'mgdesk_owner'"
}

restore_test() {
  local dump=${1:-}
  [ -n "$dump" ] || dump=$(find "$backups" -name "$db-*.dump" | sort | tail -n 1)
  [ -f "$dump" ] || { say "no backup found in $backups (give the dump file)"; exit 1; }
  local scratch=mgdesk_restore_test
  sql -d postgres -c "DROP DATABASE IF EXISTS $scratch" -c "CREATE DATABASE $scratch OWNER mgdesk_owner"
  as_postgres pg_restore --exit-on-error --no-owner --role=mgdesk_owner -d "$scratch" "$dump"
  say "restored $dump; rows per table (compare with the live database):"
  for table in patients medication_courses mg_results audit_log; do
    printf '  %-20s %s (live: %s)\n' "$table" "$(sql -d "$scratch" -c "SELECT count(*) FROM $table")" \
      "$(sql -d "$db" -c "SELECT count(*) FROM $table")"
  done
  sql -d postgres -c "DROP DATABASE $scratch"
}

case "${1:-}" in
  install) shift; install_server "$@" ;;
  add-user) shift; add_user "$@" ;;
  restore-test) shift; restore_test "$@" ;;
  *) sed -n '2,8p' "$0" >&2; exit 2 ;;
esac
