"""Tables generated at development time: types/*.json (scripts/gen_types.py)
and paging.py (scripts/gen_paging.py)."""
