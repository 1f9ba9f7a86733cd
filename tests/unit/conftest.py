"""Fixtures the unit tests share beyond tests/conftest.py."""

from tests.bundle_fixtures import bundle, certs  # noqa: F401 (fixtures)
