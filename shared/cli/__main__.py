"""`python -m shared.cli` runs the `factdrop` command."""

from shared.cli import main

main()
