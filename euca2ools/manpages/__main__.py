"""python -m euca2ools.manpages DIRECTORY: write the pages there."""

import sys

from . import main

sys.exit(main())
