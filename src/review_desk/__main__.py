"""`python -m review_desk`."""

import sys

from review_desk.cli import main

sys.exit(main())
