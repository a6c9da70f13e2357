"""Command line entry point (placeholder until the CLI lands)."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    print("bruinpapier: the command line is being built", file=sys.stderr)
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
