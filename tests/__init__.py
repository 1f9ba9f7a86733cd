"""The test suite.  scripts/ is put on sys.path here, so that every test
module can ``import testbed`` (scripts/testbed.py: the moto server and the
throwaway identities that the suite shares with scripts/local_cloud.py and
the benchmarks)."""

import pathlib
import sys

SCRIPTS = str(pathlib.Path(__file__).resolve().parent.parent / 'scripts')
if SCRIPTS not in sys.path:
    sys.path.append(SCRIPTS)
