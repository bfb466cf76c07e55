"""``annotator team init-db --project URL`` and ``annotator team add-user NAME --role R --project URL``: the
roles of a shared project on PostgreSQL, enforced by the database (docs/team.md)."""

from __future__ import annotations

import argparse
import sys

from annotator.cli.common import PROJECT_HELP, output_args, report

HELP = "a shared PostgreSQL project's roles: init-db (groups and row-level security), add-user NAME --role R"


def add_arguments(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="team_command", required=True, metavar="init-db|add-user")
    init = sub.add_parser("init-db", help="create the annotator, curator and manager groups and their policies "
                                          "(run by the owner of the project's tables)")
    init.add_argument("--project", required=True, help=PROJECT_HELP)
    output_args(init)
    add = sub.add_parser("add-user", help="make NAME a login role in a group, and an annotator of the project")
    add.add_argument("name", metavar="NAME", help="the person's role and annotator's name")
    add.add_argument("--role", required=True, choices=["annotator", "curator", "manager"],
                     help="annotator: their assigned documents and own sets; curator: every set, writes the "
                          "curated one; manager: everything")
    add.add_argument("--project", required=True, help=PROJECT_HELP)
    output_args(add)


def run(args: argparse.Namespace) -> int:
    from annotator.store import StoreError, is_server_url, open_project
    from annotator.store.postgres import PostgresProject
    from annotator.store.roles import add_member, init_roles

    if not is_server_url(args.project):
        print("annotator: team roles are for a shared project on PostgreSQL (--project postgresql://…); a "
              "project file has one writer at a time", file=sys.stderr)
        return 2
    with open_project(args.project) as project:
        if not isinstance(project, PostgresProject):
            raise StoreError(f"{args.project} is not a PostgreSQL project")
        if args.team_command == "init-db":
            groups = init_roles(project)
            report(args, {"groups": groups},
                   "roles ready: " + ", ".join(f"{role} = {group}" for role, group in groups.items()))
        else:
            group = add_member(project, args.name, args.role)
            report(args, {"name": args.name, "role": args.role, "group": group},
                   f"{args.name}: {args.role} ({group}); set a password with: ALTER ROLE \"{args.name}\" "
                   "PASSWORD '…' (or use a client certificate, see docs/team.md)")
    return 0
