"""`python -m desktop` is the `thidua` command."""

import sys

from desktop.cli import main

sys.exit(main())
