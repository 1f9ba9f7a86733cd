"""Command families: one package per API, one module per command."""
