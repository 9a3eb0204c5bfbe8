"""`python -m kontakt`: the same as the `kontakt` command."""

import sys

from kontakt.cli import main

sys.exit(main())
